/// What a model was trained on and how, recorded in its file.
public struct TrainingProvenance: Sendable, Hashable {
  /// One training source: a file (with its digest) or a corpus store.
  public struct Source: Sendable, Hashable {
    /// The file name or corpus description.
    public var name: String
    /// The SHA-256 of the file, or an identity of the corpus state.
    public var sha256: String
    /// The store revision the spans were read at, for corpus sources.
    public var revision: Int?
    /// Sentences used.
    public var sentences: Int
    /// Tokens used.
    public var tokens: Int

    /// Creates a source record.
    public init(name: String, sha256: String, revision: Int? = nil, sentences: Int, tokens: Int) {
      self.name = name
      self.sha256 = sha256
      self.revision = revision
      self.sentences = sentences
      self.tokens = tokens
    }
  }

  /// The sources, in training order.
  public var sources: [Source]
  /// Passes over the data.
  public var epochs: Int
  /// The shuffling seed.
  public var seed: UInt64
  /// Training runs averaged (see ``TrainingOptions/runs``).
  public var runs: Int

  /// Creates a record.
  public init(sources: [Source], epochs: Int, seed: UInt64, runs: Int = 1) {
    self.sources = sources
    self.epochs = epochs
    self.seed = seed
    self.runs = runs
  }
}
