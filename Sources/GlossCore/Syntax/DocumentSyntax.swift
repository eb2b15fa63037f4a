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
  public private(set) var tagNames: [String] = [""]
  /// The names of the lemma codes; code 0 is "not known".
  public private(set) var lemmaNames: [String] = [""]
  /// The names of the relation codes; code 0 is "not parsed".
  public private(set) var relationNames: [String] = [""]
  /// Each token's part-of-speech code.
  public private(set) var tagCodes: [UInt8] = []
  /// Each token's lemma code.
  public private(set) var lemmaCodes: [UInt32] = []
  /// Each token's head as an offset from the token (0: the root).
  public private(set) var headOffsets: [Int32] = []
  /// Each token's relation code.
  public private(set) var relationCodes: [UInt8] = []

  private var tagIndex: [String: UInt8] = ["": 0]
  private var lemmaIndex: [String: UInt32] = ["": 0]
  private var relationIndex: [String: UInt8] = ["": 0]

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
    tagCodes.append(Self.code(token.tag, names: &tagNames, index: &tagIndex, limit: Self.maximumNameCount - 1))
    lemmaCodes.append(Self.code(token.lemma, names: &lemmaNames, index: &lemmaIndex))
    headOffsets.append(token.head.map { Int32($0 - position) } ?? 0)
    relationCodes.append(Self.code(token.relation, names: &relationNames, index: &relationIndex))
  }

  /// Token `position`'s syntax.
  public subscript(position: Int) -> TokenSyntax {
    get {
      let offset = Int(headOffsets[position])
      return TokenSyntax(
        tag: tagNames[Int(tagCodes[position])], lemma: lemmaNames[Int(lemmaCodes[position])],
        head: offset == 0 ? nil : position + offset, relation: relationNames[Int(relationCodes[position])])
    }
    set {
      tagCodes[position] = Self.code(newValue.tag, names: &tagNames, index: &tagIndex, limit: Self.maximumNameCount - 1)
      lemmaCodes[position] = Self.code(newValue.lemma, names: &lemmaNames, index: &lemmaIndex)
      headOffsets[position] = newValue.head.map { Int32($0 - position) } ?? 0
      relationCodes[position] = Self.code(newValue.relation, names: &relationNames, index: &relationIndex)
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
    guard tagNames.first == "", lemmaNames.first == "", relationNames.first == "",
      tagNames.count <= Self.maximumNameCount, relationNames.count <= Int(UInt8.max) + 1,
      lemmaCodes.count == count, headOffsets.count == count, relationCodes.count == count,
      tagCodes.allSatisfy({ Int($0) < tagNames.count }), lemmaCodes.allSatisfy({ Int($0) < lemmaNames.count }),
      relationCodes.allSatisfy({ Int($0) < relationNames.count }),
      headOffsets.indices.allSatisfy({ (0..<count).contains($0 + Int(headOffsets[$0])) })
    else { return nil }
    self.tagNames = tagNames
    self.lemmaNames = lemmaNames
    self.relationNames = relationNames
    self.tagCodes = tagCodes
    self.lemmaCodes = lemmaCodes
    self.headOffsets = headOffsets
    self.relationCodes = relationCodes
    tagIndex = Self.index(tagNames)
    lemmaIndex = Self.index(lemmaNames)
    relationIndex = Self.index(relationNames)
  }

  private static func index<Code: FixedWidthInteger>(_ names: [String]) -> [String: Code] {
    var index: [String: Code] = [:]
    for (code, name) in names.enumerated() { index[name] = Code(code) }
    return index
  }

  private static func code<Code: FixedWidthInteger>(
    _ name: String, names: inout [String], index: inout [String: Code], limit: Int = Int(Code.max)
  ) -> Code {
    if let known = index[name] { return known }
    // Names past the limit (a damaged model's) stay "not known".
    guard names.count <= limit else { return 0 }
    let code = Code(names.count)
    names.append(name)
    index[name] = code
    return code
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
