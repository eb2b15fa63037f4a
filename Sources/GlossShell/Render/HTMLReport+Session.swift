import GlossCore

extension HTMLReport {
  /// The report of the documents `ids` (every document when empty) of a
  /// session, staged changes included, with the spans on `layers` (all when
  /// empty) whose status is in `statuses`. Documents whose text changed
  /// after they were annotated are left out, with a warning in ``skipped``.
  public static func make(
    session: inout AnnotationSession, documentIDs ids: [String], layers: [String], statuses: Set<SpanStatus>
  ) throws(StoreError) -> HTMLReport {
    var items: [Item] = []
    var skipped: [String] = []
    let documents =
      ids.isEmpty ? session.corpus.documents : try ids.map { id throws(StoreError) in try session.document(id) }
    for document in documents {
      let annotations: DocumentAnnotations
      do {
        annotations = try session.anchoredAnnotations(for: document.id)
      } catch {
        guard let warning = error.skippedStaleWarning else { throw error }
        skipped.append(warning)
        continue
      }
      let spans = annotations.spans.filter {
        (layers.isEmpty || layers.contains($0.layer)) && statuses.contains($0.status)
      }
      items.append(Item(document: document, spans: spans))
    }
    let title =
      documents.count == 1
      ? "Gloss · \(documents[0].metadata.title ?? documents[0].id)" : "Gloss · \(items.count) documents"
    var report = HTMLReport(items: items, title: title)
    report.skipped = skipped
    return report
  }
}
