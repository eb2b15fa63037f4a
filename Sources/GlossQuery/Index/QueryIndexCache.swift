import GlossCore

/// Opens a query engine over a corpus's committed annotations.
public enum QueryIndexCache {
  /// An engine over `corpus` and its store's committed annotations.
  public static func openEngine(corpus: Corpus) throws(StoreError) -> QueryEngine {
    try QueryEngine(corpus: corpus, store: AnnotationStore(corpus: corpus))
  }
}
