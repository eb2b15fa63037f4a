extension Span {
  /// Writes the span as the project's JSON object: `id`, `layer`, `label`,
  /// `start`, `end`, `text` (when the text is given), `attrs`, `annotator`,
  /// `status`, in that order.
  package func write(to writer: inout JSONWriter, text: SourceText?) {
    writer.beginObject()
    writer.key("id")
    writer.string(id)
    writer.key("layer")
    writer.string(layer)
    writer.key("label")
    writer.string(label)
    writer.key("start")
    writer.integer(start)
    writer.key("end")
    writer.integer(end)
    if let text, end <= text.scalarCount {
      writer.key("text")
      writer.string(text.text(in: range))
    }
    writer.key("attrs")
    writer.beginObject()
    for name in attributes.keys.sorted() {
      writer.key(name)
      writer.string(attributes[name]!)
    }
    writer.endObject()
    writer.key("annotator")
    writer.string(annotator)
    writer.key("status")
    writer.string(status.rawValue)
    writer.endObject()
  }

  /// Reads a span from its JSON object.
  ///
  /// - Throws: a message naming the missing or mistyped field.
  package init(json value: JSONValue) throws(SpanDecodingError) {
    func string(_ key: String) throws(SpanDecodingError) -> String {
      guard let text = value[key]?.stringValue else { throw SpanDecodingError("span needs a string \"\(key)\"") }
      return text
    }
    func integer(_ key: String) throws(SpanDecodingError) -> Int {
      guard let number = value[key]?.intValue else { throw SpanDecodingError("span needs an integer \"\(key)\"") }
      return number
    }
    var attributes: [String: String] = [:]
    if let object = value["attrs"]?.objectValue {
      for (key, attribute) in object {
        guard let text = attribute.stringValue else {
          throw SpanDecodingError("span attribute \"\(key)\" must be a string")
        }
        attributes[key] = text
      }
    }
    let statusText = try string("status")
    guard let status = SpanStatus(rawValue: statusText) else {
      throw SpanDecodingError("span status \"\(statusText)\" is not suggested, accepted or rejected")
    }
    let start = try integer("start")
    let end = try integer("end")
    guard start >= 0 else {
      throw SpanDecodingError("span start \(start) is negative; offsets count Unicode scalars from 0")
    }
    guard end > start else {
      throw SpanDecodingError("span end \(end) is not after its start \(start); a span covers at least one character")
    }
    self.init(
      id: try string("id"), layer: try string("layer"), label: try string("label"),
      start: start, end: end, attributes: attributes, annotator: try string("annotator"), status: status)
  }
}

/// A JSON object is not a valid span; the message names the field.
package struct SpanDecodingError: Error, Sendable {
  /// What is wrong.
  package var message: String
  /// Creates the error.
  package init(_ message: String) { self.message = message }
}
