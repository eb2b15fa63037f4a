/// Tagging, lemmatizing and parsing in one: the UPOS model's tags, the
/// lemmatizer's lemmas of the words with those tags, then the parser's
/// tree over words, tags and lemmas — what ``DependencyParser`` expects at
/// work and what its training data imitates.
public struct SyntaxPipeline: Sendable {
  /// The part-of-speech model (such as `Models/pos-en-ewt.glossmodel`).
  public let tagger: SequenceModel
  /// The lemmatizer.
  public let lemmatizer: Lemmatizer
  /// The parser.
  public let parser: DependencyParser
  /// Each tagger label's UPOS tag (`X` for a label that is none).
  private let tagOfLabel: [UniversalPartOfSpeech]

  /// A pipeline of `tagger`, `lemmatizer` and `parser`.
  public init(tagger: SequenceModel, lemmatizer: Lemmatizer, parser: DependencyParser) {
    self.tagger = tagger
    self.lemmatizer = lemmatizer
    self.parser = parser
    tagOfLabel = tagger.labels.map { UniversalPartOfSpeech(rawValue: $0) ?? .other }
  }

  /// Reusable buffers; the last sentence's tags and lemmas are left in
  /// ``tags`` and ``lemmas``, its tree in ``parse``.
  public struct Workspace: Sendable {
    var tagging = SequenceModel.Workspace()
    var words: [String] = []
    /// The parser's workspace, with the heads and relations of the last sentence.
    public internal(set) var parse = DependencyParser.Workspace()
    /// The predicted tags of the last sentence.
    public internal(set) var tags: [UniversalPartOfSpeech] = []
    /// The lemmas of the last sentence.
    public internal(set) var lemmas: [String] = []

    /// An empty workspace.
    public init() {}
  }

  /// Tags, lemmatizes and parses `words`.
  public func analyze(_ words: [String], workspace: inout Workspace) {
    let tokens = TokenSequence(words: words)
    tag(tokens, words: words, workspace: &workspace)
    parser.parse(tokens, tags: workspace.tags, lemmas: workspace.lemmas, workspace: &workspace.parse)
  }

  /// Tags, lemmatizes and parses `tokens`.
  public func analyze(_ tokens: TokenSequence, workspace: inout Workspace) {
    tag(tokens, workspace: &workspace)
    parser.parse(tokens, tags: workspace.tags, lemmas: workspace.lemmas, workspace: &workspace.parse)
  }

  /// Tags and lemmatizes `tokens` without parsing.
  public func tag(_ tokens: TokenSequence, workspace: inout Workspace) {
    workspace.words.removeAll(keepingCapacity: true)
    for index in 0..<tokens.count { workspace.words.append(tokens.word(at: index)) }
    tag(tokens, words: workspace.words, workspace: &workspace)
  }

  /// Tags and lemmatizes `words` (`tokens` the same words) without parsing.
  public func tag(_ tokens: TokenSequence, words: [String], workspace: inout Workspace) {
    tagger.tag(tokens, workspace: &workspace.tagging)
    workspace.tags.removeAll(keepingCapacity: true)
    for label in workspace.tagging.labels { workspace.tags.append(tagOfLabel[label]) }
    workspace.lemmas = lemmatizer.lemmas(of: words, tags: workspace.tags)
  }
}
