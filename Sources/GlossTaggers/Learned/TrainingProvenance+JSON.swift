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

extension TrainingProvenance {
  /// Writes the provenance as a JSON object (`epochs`, `seed` as a string,
  /// `runs` when more than one, `sources`): the `training` object of model
  /// files.
  package func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("epochs")
    json.integer(epochs)
    json.key("seed")
    json.string(String(seed))
    if runs > 1 {
      json.key("runs")
      json.integer(runs)
    }
    json.key("sources")
    json.beginArray()
    for source in sources { source.write(to: &json) }
    json.endArray()
    json.endObject()
  }

  /// The provenance of a JSON object that ``write(to:)`` wrote; what is
  /// missing reads as empty, zero, or one run.
  package init(json: JSONValue?) {
    self.init(
      sources: (json?["sources"]?.arrayValue ?? []).map(Source.init(json:)), epochs: json?["epochs"]?.intValue ?? 0,
      seed: UInt64(json?["seed"]?.stringValue ?? "0") ?? 0, runs: json?["runs"]?.intValue ?? 1)
  }
}
