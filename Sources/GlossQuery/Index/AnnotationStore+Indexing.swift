import GlossCore

extension AnnotationStore {
  /// A document's committed annotations for the query index: those of a
  /// document whose text changed since they were made are left out (the
  /// document is stale; editing it is refused until it is re-anchored),
  /// instead of matching shifted spans or failing every query of the corpus.
  func annotationsForIndex(_ documentID: String) throws(StoreError) -> DocumentAnnotations {
    do {
      return try anchoredAnnotations(for: documentID)
    } catch {
      guard case .staleText = error else { throw error }
      return DocumentAnnotations(documentID: documentID)
    }
  }
}
