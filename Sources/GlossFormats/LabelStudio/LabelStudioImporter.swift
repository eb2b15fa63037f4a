import GlossCore

/// Reads Label Studio tasks (a JSON array, or one task object): `labels`
/// results become spans of the layer named by `from_name` when the scheme
/// has it, otherwise of the first layer with the label; per-region
/// `textarea` results with the same `id` set attributes named by their
/// `from_name`. Offsets are Unicode scalar offsets checked against
/// `value.text`; when they do not match, they are read as UTF-16 units (what
/// older Label Studio versions wrote) and checked again.
///
/// The document is `data.document`, or the corpus document with exactly the
/// task's `data.text`. Annotations and predictions are both read.
public struct LabelStudioImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    let root = try ImportInput.parseJSON(source.utf8, path: path)
    let tasks = root.arrayValue ?? [root]
    let lines = ImportInput.lines(source.utf8)
    let oneLineEach = lines.count == tasks.count + 2
    var result: [ImportedDocument] = []
    for (index, task) in tasks.enumerated() {
      let location = FileLocation(path: path, line: oneLineEach ? index + 2 : 1)
      let text = try ImportInput.string(task["data"]?["text"], "data.text", at: location)
      let document = try ImportInput.document(
        task["data"]?["document"]?.stringValue, text: text, in: corpus, at: location)
      var spans: [ImportedSpan] = []
      let groups = (task["annotations"]?.arrayValue ?? []) + (task["predictions"]?.arrayValue ?? [])
      for group in groups {
        guard let results = group["result"]?.arrayValue else {
          throw ImportError(.syntax, at: location, "an annotation without 'result'")
        }
        var byID: [String: Int] = [:]
        for item in results where item["type"]?.stringValue == "labels" {
          let value = item["value"]
          var range = try ImportInput.checkRange(
            try ImportInput.integer(value?["start"], "value.start", at: location),
            try ImportInput.integer(value?["end"], "value.end", at: location),
            in: document.text, at: location)
          if let quoted = value?["text"]?.stringValue, Array(quoted.utf8) != Array(document.text.text(in: range).utf8) {
            guard let lower = document.text.scalarOffset(ofUTF16: range.lowerBound),
              let upper = document.text.scalarOffset(ofUTF16: range.upperBound),
              Array(document.text.text(in: lower..<upper).utf8) == Array(quoted.utf8)
            else {
              throw ImportError(
                .textMismatch, at: location,
                "'\(quoted)' is not the text at \(range.lowerBound)..\(range.upperBound) of '\(document.id)'")
            }
            range = lower..<upper
          }
          guard let labels = value?["labels"]?.arrayValue, labels.count == 1, let label = labels[0].stringValue else {
            throw ImportError(.syntax, at: location, "a region needs exactly one label in value.labels")
          }
          let fromName = item["from_name"]?.stringValue ?? ""
          var layer = fromName
          if corpus.scheme.layer(named: fromName) == nil {
            layer = try CoNLL2003Importer.layer(of: label, in: corpus.scheme, at: location)
          }
          if let id = item["id"]?.stringValue { byID[id] = spans.count }
          spans.append(
            ImportedSpan(
              layer: layer, label: label, range: range,
              status: item["origin"]?.stringValue == "prediction" ? .suggested : nil,
              location: location))
        }
        for item in results where item["type"]?.stringValue == "textarea" {
          guard let id = item["id"]?.stringValue, let target = byID[id], let name = item["from_name"]?.stringValue,
            let value = item["value"]?["text"]?.arrayValue?.first?.stringValue
          else { continue }
          spans[target].attributes[name] = value
        }
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }
}
