/// The syntax of every token of a document, in the columns queries and
/// exports read: a part of speech, a lemma, a head and a relation per token
/// of Gloss's tokenizer.
///
/// The columns hold small codes into name tables, so a document costs a few
/// bytes per token in memory and on disk (see ``SyntaxCache``), not one span
/// per token. Heads are kept as offsets from the token (most are close), so
/// they fit in a byte or two when written.
public struct DocumentSyntax: Sendable, Hashable {
  /// The names of the part-of-speech codes; code 0 is "not known".
  public var tagNames: [String] { tags.names }
  /// The names of the lemma codes; code 0 is "not known".
  public var lemmaNames: [String] { lemmas.names }
  /// The names of the relation codes; code 0 is "not parsed".
  public var relationNames: [String] { relations.names }
  /// Each token's part-of-speech code.
  public private(set) var tagCodes: [UInt8] = []
  /// Each token's lemma code.
  public private(set) var lemmaCodes: [UInt32] = []
  /// Each token's head as an offset from the token (0: the root).
  public private(set) var headOffsets: [Int32] = []
  /// Each token's relation code.
  public private(set) var relationCodes: [UInt8] = []

  private var tags = NameTable<UInt8>(limit: maximumNameCount - 1)
  private var lemmas = NameTable<UInt32>()
  private var relations = NameTable<UInt8>()

  /// The most part-of-speech tags and relations a document can name (one
  /// byte each).
  public static let maximumNameCount = Int(UInt8.max) + 1

  /// A document with no tokens.
  public init() {}

  /// The syntax of `tokens`, in order.
  public init(_ tokens: [TokenSyntax]) {
    reserveCapacity(tokens.count)
    for token in tokens { append(token) }
  }

  /// The number of tokens.
  public var count: Int { tagCodes.count }

  /// Reserves room for `count` tokens.
  public mutating func reserveCapacity(_ count: Int) {
    tagCodes.reserveCapacity(count)
    lemmaCodes.reserveCapacity(count)
    headOffsets.reserveCapacity(count)
    relationCodes.reserveCapacity(count)
  }

  /// Appends the next token's syntax.
  public mutating func append(_ token: TokenSyntax) {
    let position = count
    tagCodes.append(tags.code(for: token.tag))
    lemmaCodes.append(lemmas.code(for: token.lemma))
    headOffsets.append(token.head.map { Int32($0 - position) } ?? 0)
    relationCodes.append(relations.code(for: token.relation))
  }

  /// Token `position`'s syntax.
  public subscript(position: Int) -> TokenSyntax {
    get {
      let offset = Int(headOffsets[position])
      return TokenSyntax(
        tag: tags[tagCodes[position]], lemma: lemmas[lemmaCodes[position]],
        head: offset == 0 ? nil : position + offset, relation: relations[relationCodes[position]])
    }
    set {
      tagCodes[position] = tags.code(for: newValue.tag)
      lemmaCodes[position] = lemmas.code(for: newValue.lemma)
      headOffsets[position] = newValue.head.map { Int32($0 - position) } ?? 0
      relationCodes[position] = relations.code(for: newValue.relation)
    }
  }

  /// The index of token `position`'s head, or `nil` for a root or a token
  /// without a parse.
  public func head(of position: Int) -> Int? {
    let offset = Int(headOffsets[position])
    return offset == 0 ? nil : position + offset
  }

  /// Rebuilds a document from its tables and columns (as ``SyntaxCache``
  /// reads them); `nil` when a code names no entry or a head lies outside.
  init?(
    tagNames: [String], lemmaNames: [String], relationNames: [String], tagCodes: [UInt8], lemmaCodes: [UInt32],
    headOffsets: [Int32], relationCodes: [UInt8]
  ) {
    let count = tagCodes.count
    guard let tags = NameTable<UInt8>(names: tagNames, limit: Self.maximumNameCount - 1),
      let lemmas = NameTable<UInt32>(names: lemmaNames), let relations = NameTable<UInt8>(names: relationNames),
      lemmaCodes.count == count, headOffsets.count == count, relationCodes.count == count,
      tagCodes.allSatisfy({ Int($0) < tagNames.count }), lemmaCodes.allSatisfy({ Int($0) < lemmaNames.count }),
      relationCodes.allSatisfy({ Int($0) < relationNames.count }),
      headOffsets.indices.allSatisfy({ (0..<count).contains($0 + Int(headOffsets[$0])) })
    else { return nil }
    self.tags = tags
    self.lemmas = lemmas
    self.relations = relations
    self.tagCodes = tagCodes
    self.lemmaCodes = lemmaCodes
    self.headOffsets = headOffsets
    self.relationCodes = relationCodes
  }

  /// Equal when every token has the same syntax (the tables' order aside).
  public static func == (a: DocumentSyntax, b: DocumentSyntax) -> Bool {
    a.count == b.count && a.headOffsets == b.headOffsets && (0..<a.count).allSatisfy { a[$0] == b[$0] }
  }

  /// Hashes the token count and heads (equal documents hash alike).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(headOffsets)
  }
}
