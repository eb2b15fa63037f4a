import GlossCore

extension QueryEngine {
  /// The warnings for documents whose committed spans are left out of the
  /// index because their text changed after they were annotated (see
  /// ``AnnotationStore/anchoredAnnotations(for:)``), one per document.
  ///
  /// Only documents without indexed spans can be such; each of them costs a
  /// look at its spans file, so the check is cheap where most documents
  /// have spans.
  public func staleDocumentWarnings(store: AnnotationStore) -> [String] {
    var warnings: [String] = []
    for (position, document) in corpus.documents.enumerated()
    where position < index.spanTables.count && index.spanTables[position].count == 0 {
      do {
        _ = try store.anchoredAnnotations(for: document.id)
      } catch {
        if let warning = error.skippedStaleWarning { warnings.append(warning) }
      }
    }
    return warnings
  }
}
