import GlossCore

/// The syntax of every token of the corpus for queries: part of speech,
/// lemma, head and relation as codes into corpus-wide name tables, in flat
/// arrays parallel to the token arrays of ``CorpusIndex``.
///
/// The columns stay empty (and cost nothing) until a document has syntax;
/// then they cost 10 bytes a token. A token without syntax has code 0 in
/// every column ("not known").
public struct SyntaxColumns: Sendable {
  /// The part-of-speech names; code 0 is "not known".
  public var tagNames: [String] { tagTable.names }
  /// The lemma names; code 0 is "not known".
  public var lemmaNames: [String] { lemmaTable.names }
  /// The relation names; code 0 is "not parsed".
  public var relationNames: [String] { relationTable.names }
  /// Each token's part-of-speech code.
  public private(set) var tags: [UInt8] = []
  /// Each token's lemma code.
  public private(set) var lemmas: [UInt32] = []
  /// Each token's head as an offset from the token (0: root or none).
  public private(set) var headOffsets: [Int32] = []
  /// Each token's relation code.
  public private(set) var relations: [UInt8] = []
  /// How many documents have syntax.
  public private(set) var documentCount = 0
  /// Which documents have syntax.
  private var hasSyntax: [Bool] = []

  private var tagTable = NameTable<UInt8>()
  private var lemmaTable = NameTable<UInt32>()
  private var relationTable = NameTable<UInt8>()

  /// No syntax.
  public init() {}

  /// Whether any document has syntax.
  public var isEmpty: Bool { documentCount == 0 }

  /// Whether document `document` has syntax.
  public func hasSyntax(document: Int) -> Bool { document < hasSyntax.count && hasSyntax[document] }

  /// Sets the syntax of document `document`, whose tokens are
  /// `tokens` of the `tokenCount` tokens of the corpus (`nil` or a syntax
  /// of another length: none).
  mutating func set(
    _ syntax: DocumentSyntax?, document: Int, documentCount total: Int, tokens: Range<Int>, tokenCount: Int
  ) {
    if hasSyntax.count < total { hasSyntax.append(contentsOf: repeatElement(false, count: total - hasSyntax.count)) }
    let valid = syntax.flatMap { $0.count == tokens.count ? $0 : nil }
    if valid != nil, tags.isEmpty {
      tags = [UInt8](repeating: 0, count: tokenCount)
      lemmas = [UInt32](repeating: 0, count: tokenCount)
      headOffsets = [Int32](repeating: 0, count: tokenCount)
      relations = [UInt8](repeating: 0, count: tokenCount)
    }
    documentCount += (valid != nil ? 1 : 0) - (hasSyntax[document] ? 1 : 0)
    hasSyntax[document] = valid != nil
    guard !tags.isEmpty else { return }
    guard let syntax = valid else {
      for token in tokens { clear(token) }
      return
    }
    let tagCodes = syntax.tagNames.map { tagTable.code(for: $0) }
    let lemmaCodes = syntax.lemmaNames.map { lemmaTable.code(for: $0) }
    let relationCodes = syntax.relationNames.map { relationTable.code(for: $0) }
    for (position, token) in tokens.enumerated() {
      tags[token] = tagCodes[Int(syntax.tagCodes[position])]
      lemmas[token] = lemmaCodes[Int(syntax.lemmaCodes[position])]
      headOffsets[token] = syntax.headOffsets[position]
      relations[token] = relationCodes[Int(syntax.relationCodes[position])]
    }
  }

  private mutating func clear(_ token: Int) {
    tags[token] = 0
    lemmas[token] = 0
    headOffsets[token] = 0
    relations[token] = 0
  }

  /// The part of speech of `token` (corpus-wide index), or `nil`.
  public func tag(of token: Int) -> String? { tags.isEmpty || tags[token] == 0 ? nil : tagNames[Int(tags[token])] }

  /// The lemma of `token`, or `nil`.
  public func lemma(of token: Int) -> String? {
    lemmas.isEmpty || lemmas[token] == 0 ? nil : lemmaNames[Int(lemmas[token])]
  }

  /// The relation of `token` to its head, or `nil`.
  public func relation(of token: Int) -> String? {
    relations.isEmpty || relations[token] == 0 ? nil : relationNames[Int(relations[token])]
  }

  /// The head of `token` (corpus-wide index), or `nil` for a root or a
  /// token without a parse.
  public func head(of token: Int) -> Int? {
    guard !headOffsets.isEmpty, headOffsets[token] != 0 else { return nil }
    return token + Int(headOffsets[token])
  }

  /// The bytes the columns occupy (approximately).
  public var memoryFootprint: Int {
    tags.count * (1 + 4 + 4 + 1) + lemmaNames.reduce(0) { $0 + $1.utf8.count + 16 } * 2
  }
}
