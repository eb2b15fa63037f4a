import GlossCore

/// Brings a corpus's cached syntax up to date: computes a document's syntax
/// when its cache file is missing, was made for another text, or by other
/// models (another digest), and writes it to the ``SyntaxCache``.
public struct SyntaxTagging: Sendable {
  /// What happened to one document.
  public enum Outcome: Sendable, Hashable {
    /// The syntax was computed and written.
    case computed
    /// The cached syntax was already made by these models for this text.
    case current
  }

  /// The models.
  public let annotator: SyntaxAnnotator
  /// Where the syntax is kept.
  public let cache: SyntaxCache
  /// The tokenizer of the query index, which the cache records how to project onto.
  private let indexTokenizer = Tokenizer()

  /// Tagging for `corpus` with `annotator`.
  public init(annotator: SyntaxAnnotator, corpus: Corpus) {
    self.annotator = annotator
    self.cache = SyntaxCache(corpus: corpus)
  }

  /// What a run over several documents did.
  public struct Summary: Sendable, Hashable, CustomStringConvertible {
    /// Documents whose syntax was computed.
    public var computed = 0
    /// Documents whose syntax was already current.
    public var current = 0
    /// The tokens of the documents computed.
    public var tokens = 0

    /// `syntax: computed for N documents (T tokens), M already current`.
    public var description: String {
      "syntax: computed for \(computed) document\(computed == 1 ? "" : "s") (\(tokens) tokens), \(current) already current"
    }
  }

  /// Brings the syntax of `documents` up to date, calling `advance` after each.
  public func run(_ documents: [Document], advance: () -> Void = {}) throws -> Summary {
    var workspace = SyntaxAnnotator.Workspace()
    var summary = Summary()
    for document in documents {
      switch try run(document, workspace: &workspace, tokens: &summary.tokens) {
      case .computed: summary.computed += 1
      case .current: summary.current += 1
      }
      advance()
    }
    return summary
  }

  /// Computes and caches `document`'s syntax unless it is current.
  ///
  /// - Throws: ``FileSystemError`` when the cache file cannot be written, or
  ///   ``SyntaxTaggingError`` when the store's `.gitignore` does not keep
  ///   `.cache/` out of git (the cache is never written where it could be
  ///   committed).
  public func run(_ document: Document, workspace: inout SyntaxAnnotator.Workspace) throws -> Outcome {
    var tokens = 0
    return try run(document, workspace: &workspace, tokens: &tokens)
  }

  private func run(_ document: Document, workspace: inout SyntaxAnnotator.Workspace, tokens: inout Int) throws
    -> Outcome
  {
    if cache.read(document)?.modelDigest == annotator.modelDigest { return .current }
    let entry = annotator.entry(
      for: document, indexTokens: indexTokenizer.tokenize(document.text).tokens, workspace: &workspace)
    guard try cache.write(entry, for: document) else { throw SyntaxTaggingError(folder: cache.folder) }
    tokens += entry.syntax.count
    return .computed
  }
}

extension SyntaxTagging {
  /// The cached syntax of `document` when these models made it for its
  /// current text, or `nil`.
  public func syntax(of document: Document) -> DocumentSyntax? {
    guard let entry = cache.read(document), entry.modelDigest == annotator.modelDigest else { return nil }
    return entry.syntax
  }
}

/// The syntax cache could not be written because git would see it.
public struct SyntaxTaggingError: Error, CustomStringConvertible {
  /// The cache folder.
  public var folder: String

  /// What happened and what to do.
  public var description: String {
    "the syntax cache \(folder) is not written because the store's .gitignore does not list .cache/; "
      + "add a line '.cache/' to Annotations/.gitignore"
  }
}
