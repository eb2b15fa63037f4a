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
          throw ImportError(error, documentID: item.documentID, at: location(of: error, in: imported))
        }
      }
    }
  }

  /// Where the problem `error` names was read: an attribute's own line when
  /// it has one, else the span's.
  static func location(of error: SpanValidationError, in span: ImportedSpan) -> FileLocation {
    switch error {
    case .unknownAttribute(_, let name, _, _), .invalidAttributeValue(_, let name, _, _):
      return span.attributeLocations[name] ?? span.location
    default:
      return span.location
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
    try checkOverlaps(documents, in: &session)
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

  /// Checks that every new span fits its layer's overlap policy among the
  /// document's spans and the file's earlier spans.
  ///
  /// - Throws: ``ImportError`` (``ImportError/Kind/invalidSpan``) at the
  ///   file and line of the first span that breaks it, naming the span it
  ///   conflicts with.
  static func checkOverlaps(_ documents: [ImportedDocument], in session: inout AnnotationSession) throws {
    let scheme = session.corpus.scheme
    for item in documents {
      var present = try session.annotations(for: item.documentID).spans
      var keys = Set(present.map { SpanKey(layer: $0.layer, label: $0.label, range: $0.range) })
      for (index, imported) in item.spans.enumerated() {
        guard keys.insert(SpanKey(layer: imported.layer, label: imported.label, range: imported.range)).inserted
        else { continue }
        let span = Span(
          id: "import \(index)", layer: imported.layer, label: imported.label,
          start: imported.range.lowerBound, end: imported.range.upperBound, attributes: imported.attributes,
          annotator: imported.annotator ?? session.annotator, status: imported.status ?? .accepted)
        if span.status != .rejected {
          // A rejected span of the same extent is replaced, as by `annotate`.
          present.removeAll { $0.status == .rejected && $0.layer == span.layer && $0.range == span.range }
        }
        if let conflicting = scheme.overlapConflict(for: span, among: present) {
          let error = StoreError.overlap(
            documentID: item.documentID, span: span, conflicting: conflicting,
            policy: scheme.layer(named: span.layer)!.overlapPolicy)
          throw ImportError(.invalidSpan, at: imported.location, error.description)
        }
        present.append(span)
      }
    }
  }

  private struct SpanKey: Hashable {
    var layer: String
    var label: String
    var range: Range<Int>
  }
}
