import GlossCore

/// Computes a document's syntax: the part of speech of every token (the POS
/// model), its lemma (the ``Lemmatizer``) and its head and relation (the
/// ``DependencyParser``), sentence by sentence over Gloss's tokenizer.
///
/// The result is stamped with ``modelDigest``, the digest of the three model
/// files, so a cached syntax is recomputed exactly when a model changes.
public struct SyntaxAnnotator: Sendable {
  /// The tagger, lemmatizer and parser.
  public let pipeline: SyntaxPipeline
  /// The SHA-256 (hex) of the three models' digests together.
  public let modelDigest: String

  /// Reusable buffers for ``annotate(_:tokenization:workspace:)``.
  public typealias Workspace = SyntaxPipeline.Workspace

  /// An annotator from loaded models; `lemmaDigest` identifies the lemma
  /// data (the SHA-256 of its file).
  public init(pipeline: SyntaxPipeline, lemmaDigest: String) {
    self.pipeline = pipeline
    let parts = [pipeline.tagger.fileSHA256 ?? "in-memory", lemmaDigest, pipeline.parser.fileSHA256 ?? "in-memory"]
    modelDigest = SHA256.hexDigest(of: Array(parts.joined(separator: "\n").utf8))
  }

  /// The annotator of the shipped models (or the files given).
  public static func shipped(
    partOfSpeech: String? = nil, lemmas: String? = nil, parser: String? = nil
  ) throws -> SyntaxAnnotator {
    let lemmaPath = try ModelCatalog.resolve(lemmas, shipped: ModelCatalog.lemmas)
    let lemmaBytes = try FileSystem.readFile(atPath: lemmaPath)
    let pipeline = SyntaxPipeline(
      tagger: try SequenceModel(
        contentsOfFile: try ModelCatalog.resolve(partOfSpeech, shipped: ModelCatalog.partOfSpeech)),
      lemmatizer: Lemmatizer(data: try LemmaData(fileBytes: lemmaBytes, path: lemmaPath)),
      parser: try DependencyParser(contentsOfFile: try ModelCatalog.resolve(parser, shipped: ModelCatalog.parser)))
    return SyntaxAnnotator(pipeline: pipeline, lemmaDigest: SHA256.hexDigest(of: lemmaBytes))
  }

  /// The shipped models, loaded once per process and shared by everything
  /// that reads them (the syntax cache and the clause tagger).
  ///
  /// - Throws: the error of the first load, when the models cannot be read.
  public static func sharedShipped() throws -> SyntaxAnnotator {
    try sharedLoad.get()
  }

  private static let sharedLoad = Result { try SyntaxAnnotator.shipped() }

  /// The syntax of `document` as ``SyntaxCache`` keeps it: on the tokens of
  /// ``DocumentSyntax/tokenizer``, with the flags that project it onto the
  /// query index's tokens (`indexTokens`, Gloss's default tokenizer's).
  public func entry(for document: Document, indexTokens: [Range<Int>], workspace: inout Workspace) -> SyntaxCache.Entry
  {
    let tokenization = DocumentSyntax.tokenizer.tokenize(document.text)
    let syntax = annotate(document, tokenization: tokenization, workspace: &workspace)
    var continues = [Bool](repeating: false, count: syntax.count)
    var coarse = 0
    for (position, token) in tokenization.tokens.enumerated() {
      while coarse < indexTokens.count, indexTokens[coarse].upperBound <= token.lowerBound { coarse += 1 }
      continues[position] = coarse < indexTokens.count && indexTokens[coarse].lowerBound < token.lowerBound
    }
    return SyntaxCache.Entry(syntax: syntax, modelDigest: modelDigest, continuesToken: continues)
  }

  /// The syntax of every token of `document` (tokenized with
  /// ``DocumentSyntax/tokenizer`` unless `tokenization` is given).
  public func annotate(
    _ document: Document, tokenization: Tokenization? = nil, workspace: inout Workspace
  ) -> DocumentSyntax {
    let tokenization = tokenization ?? DocumentSyntax.tokenizer.tokenize(document.text)
    let bytes = document.text.utf8
    let byteRanges = document.text.utf8Ranges(of: tokenization.tokens)
    var syntax = DocumentSyntax()
    syntax.reserveCapacity(tokenization.tokens.count)
    for sentence in tokenization.sentenceTokenRanges() {
      let tokens = TokenSequence(bytes: bytes, tokens: Array(byteRanges[sentence]))
      annotate(tokens, firstToken: sentence.lowerBound, into: &syntax, workspace: &workspace)
    }
    return syntax
  }

  /// Tags, lemmatizes and parses one sentence, appending its tokens to `syntax`.
  func annotate(
    _ tokens: TokenSequence, firstToken: Int, into syntax: inout DocumentSyntax, workspace: inout Workspace
  ) {
    pipeline.analyze(tokens, workspace: &workspace)
    let relations = pipeline.parser.relations
    for position in 0..<tokens.count {
      let head = Int(workspace.parse.heads[position])
      syntax.append(
        TokenSyntax(
          tag: workspace.tags[position].rawValue, lemma: workspace.lemmas[position],
          head: head == 0 ? nil : firstToken + head - 1,
          relation: relations[Int(workspace.parse.relations[position])]))
    }
  }
}
