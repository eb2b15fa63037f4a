import GlossCore

/// Checks imported spans against the corpus and stages them in a session.
public enum SpanImport {
  /// Checks every span: a known document, a non-empty range inside its text
  /// that does not start or end on whitespace, and a layer, label and
  /// attributes of the corpus scheme.
  ///
  /// - Throws: ``ImportError`` at the file and line of the first bad span.
  public static func validate(_ documents: [ImportedDocument], corpus: Corpus) throws(ImportError) {
    for item in documents {
      guard let document = corpus.document(item.documentID) else {
        let location = item.spans.first?.location ?? FileLocation(path: "<input>", line: 1)
        throw ImportError(.unknownDocument, at: location, "no document '\(item.documentID)' in the corpus")
      }
      for imported in item.spans {
        let span = Span(
          id: "s0", layer: imported.layer, label: imported.label, start: imported.range.lowerBound,
          end: imported.range.upperBound, attributes: imported.attributes, annotator: "import",
          status: imported.status ?? .accepted)
        do {
          try span.validate(in: document.text, scheme: corpus.scheme)
        } catch {
          throw ImportError(error, documentID: item.documentID, at: imported.location)
        }
      }
    }
  }

  /// Validates, then stages every span as one undo step; spans whose layer,
  /// label and range already exist in the document are skipped and counted.
  ///
  /// - Throws: ``ImportError`` from validation (nothing staged), or
  ///   ``StoreError`` (nothing staged: the step is rolled back).
  public static func stage(
    _ documents: [ImportedDocument], into session: inout AnnotationSession, summary: String
  ) throws -> ImportSummary {
    try validate(documents, corpus: session.corpus)
    var result = ImportSummary()
    try session.group(summary) { (session: inout AnnotationSession) throws(StoreError) in
      for item in documents {
        var existing = Set(
          try session.annotations(for: item.documentID).spans.map {
            SpanKey(layer: $0.layer, label: $0.label, range: $0.range)
          })
        var added = 0
        for imported in item.spans {
          let key = SpanKey(layer: imported.layer, label: imported.label, range: imported.range)
          guard existing.insert(key).inserted else {
            result.alreadyPresent += 1
            continue
          }
          try session.add(
            to: item.documentID, layer: imported.layer, label: imported.label, range: imported.range,
            attributes: imported.attributes, status: imported.status ?? .accepted, annotator: imported.annotator)
          added += 1
        }
        if added > 0 { result.documents += 1 }
        result.added += added
      }
    }
    return result
  }

  private struct SpanKey: Hashable {
    var layer: String
    var label: String
    var range: Range<Int>
  }
}
