extension SpanChange {
  /// Writes the change as `{"op": "add"|"remove", "span": …}`,
  /// `{"op": "update", "before": …, "after": …}` or, for done layers,
  /// `{"op": "done", "before": ["entity"], "after": []}`, the shape of
  /// history files and of `diff` in JSON.
  package func write(to writer: inout JSONWriter, text: SourceText?) {
    writer.beginObject()
    writer.key("op")
    switch self {
    case .add(let span):
      writer.string("add")
      writer.key("span")
      span.write(to: &writer, text: text)
    case .remove(let span):
      writer.string("remove")
      writer.key("span")
      span.write(to: &writer, text: text)
    case .update(let before, let after):
      writer.string("update")
      writer.key("before")
      before.write(to: &writer, text: text)
      writer.key("after")
      after.write(to: &writer, text: text)
    case .done(let before, let after):
      writer.string("done")
      for (key, layers) in [("before", before), ("after", after)] {
        writer.key(key)
        writer.beginArray()
        for layer in layers { writer.string(layer) }
        writer.endArray()
      }
    }
    writer.endObject()
  }

  /// Reads a change ``write(to:text:)`` wrote.
  package init(json value: JSONValue) throws(SpanDecodingError) {
    switch value["op"]?.stringValue {
    case "add": self = .add(try Span(json: value["span"] ?? .null))
    case "remove": self = .remove(try Span(json: value["span"] ?? .null))
    case "update":
      self = .update(before: try Span(json: value["before"] ?? .null), after: try Span(json: value["after"] ?? .null))
    case "done":
      guard let before = value["before"]?.stringArrayValue, let after = value["after"]?.stringArrayValue else {
        throw SpanDecodingError("a done change needs \"before\" and \"after\" arrays of layer names")
      }
      self = .done(before: before.sorted(), after: after.sorted())
    default: throw SpanDecodingError("a change needs \"op\": add, remove, update or done")
    }
  }
}
