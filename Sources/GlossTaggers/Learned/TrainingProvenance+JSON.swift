import GlossCore

extension TrainingProvenance.Source {
  /// Writes the record as a JSON object (`name`, `sha256`, `revision` for a
  /// store's spans, `sentences`, `tokens`): how model and data files record
  /// what they were made from.
  package func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("name")
    json.string(name)
    json.key("sha256")
    json.string(sha256)
    if let revision {
      json.key("revision")
      json.integer(revision)
    }
    json.key("sentences")
    json.integer(sentences)
    json.key("tokens")
    json.integer(tokens)
    json.endObject()
  }

  /// The record of a JSON object that ``write(to:)`` wrote; a missing name
  /// or digest reads as empty, a missing count as zero.
  package init(json: JSONValue) {
    self.init(
      name: json["name"]?.stringValue ?? "", sha256: json["sha256"]?.stringValue ?? "",
      revision: json["revision"]?.intValue, sentences: json["sentences"]?.intValue ?? 0,
      tokens: json["tokens"]?.intValue ?? 0)
  }
}
