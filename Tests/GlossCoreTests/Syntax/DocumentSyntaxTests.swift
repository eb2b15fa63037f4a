import GlossCore
import Testing

/// The syntax columns of a document and their projection onto the query
/// index's tokens (a hyphenated word the syntax's tokenizer split).
@Suite struct DocumentSyntaxTests {
  static func token(_ tag: String, _ lemma: String, _ head: Int?, _ relation: String) -> TokenSyntax {
    TokenSyntax(tag: tag, lemma: lemma, head: head, relation: relation)
  }

  /// "Kim wrote a well-known song." on the tokens of ``DocumentSyntax/tokenizer``:
  /// Kim wrote a well - known song .
  static let song = DocumentSyntax([
    token("PROPN", "Kim", 1, "nsubj"),
    token("VERB", "write", nil, "root"),
    token("DET", "a", 6, "det"),
    token("ADV", "well", 5, "advmod"),
    token("PUNCT", "-", 5, "punct"),
    token("ADJ", "known", 6, "amod"),
    token("NOUN", "song", 1, "obj"),
    token("PUNCT", ".", 1, "punct"),
  ])
  static let songText = "Kim wrote a well-known song."

  @Test func tokensReadBackWithHeadsAsIndices() {
    let syntax = Self.song
    #expect(syntax.count == 8)
    #expect(syntax[0] == Self.token("PROPN", "Kim", 1, "nsubj"))
    #expect(syntax[1].head == nil && syntax[1].relation == "root" && syntax[1].isParsed)
    #expect(syntax[2].head == 6 && syntax.head(of: 2) == 6)
    #expect(syntax[7].head == 1 && syntax.head(of: 7) == 1)
    #expect(syntax.head(of: 1) == nil)
    // Heads are kept as offsets from the token.
    #expect(syntax.headOffsets == [1, 0, 4, 2, 1, 1, -5, -6])
    // Each distinct name is one code; code 0 is "not known".
    #expect(syntax.tagNames == ["", "PROPN", "VERB", "DET", "ADV", "PUNCT", "ADJ", "NOUN"])
    #expect(syntax.tagCodes == [1, 2, 3, 4, 5, 6, 7, 5])
    #expect(syntax.relationNames.first == "" && syntax.lemmaNames.first == "")
    #expect(!TokenSyntax(tag: "NOUN", lemma: "x", head: nil, relation: "").isParsed)
  }

  @Test func settingATokenReplacesItsColumns() {
    var syntax = Self.song
    syntax[6] = Self.token("PROPN", "Song", nil, "root")
    syntax[1] = Self.token("VERB", "write", 6, "acl")
    #expect(syntax[6] == Self.token("PROPN", "Song", nil, "root"))
    #expect(syntax.head(of: 1) == 6 && syntax[1].relation == "acl")
    #expect(syntax[0] == Self.song[0])
    #expect(syntax != Self.song)
  }

  @Test func equalityIgnoresTheOrderOfTheNameTables() {
    var a = DocumentSyntax()
    a.append(Self.token("NOUN", "cat", nil, "root"))
    a.append(Self.token("VERB", "sleep", 0, "acl"))
    // b's lemma table starts with "nap"; its tokens are then made equal to a's.
    var b = DocumentSyntax()
    b.append(Self.token("NOUN", "nap", nil, "root"))
    b.append(Self.token("VERB", "sleep", 0, "acl"))
    b[0] = Self.token("NOUN", "cat", nil, "root")
    #expect(a.lemmaNames != b.lemmaNames)
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    b[1] = Self.token("AUX", "sleep", 0, "acl")
    #expect(a != b)
    #expect(DocumentSyntax() == DocumentSyntax([]))
  }

  @Test func tooManyTagsLeaveTheRestUnknown() {
    var syntax = DocumentSyntax()
    for number in 0..<300 { syntax.append(Self.token("T\(number)", "", nil, "root")) }
    #expect(syntax.tagNames.count == DocumentSyntax.maximumNameCount)
    #expect(syntax[254].tag == "T254")
    #expect(syntax[255].tag == "")
    #expect(syntax[299].tag == "")
  }

  @Test func groupsOfFineTokensInCoarseTokens() {
    let fine = DocumentSyntax.tokenizer.tokenize(Self.songText).tokens
    let coarse = Tokenizer().tokenize(Self.songText).tokens
    #expect(fine == [0..<3, 4..<9, 10..<11, 12..<16, 16..<17, 17..<22, 23..<27, 27..<28])
    #expect(coarse == [0..<3, 4..<9, 10..<11, 12..<22, 23..<27, 27..<28])
    #expect(DocumentSyntax.groups(of: fine, in: coarse) == [0..<1, 1..<2, 2..<3, 3..<6, 6..<7, 7..<8])
    #expect(DocumentSyntax.groups(of: fine, in: fine) == fine.indices.map { $0..<($0 + 1) })
    // Tokens that do not nest have no groups.
    #expect(DocumentSyntax.groups(of: [0..<2, 2..<5], in: [0..<3, 3..<5]) == nil)
    // A coarse token with no fine token in it, or a fine token left over.
    #expect(DocumentSyntax.groups(of: [0..<3], in: [0..<3, 4..<5]) == nil)
    #expect(DocumentSyntax.groups(of: [0..<3, 4..<5], in: [0..<3]) == nil)
    #expect(DocumentSyntax.groups(of: [], in: []) == [])
  }

  @Test func aHyphenPrefixStaysOneTokenForBothTokenizers() {
    // anti-war keeps its hyphen in Universal Dependencies too: nothing to project.
    let text = "an anti-war song"
    let fine = DocumentSyntax.tokenizer.tokenize(text).tokens
    #expect(fine == [0..<2, 3..<11, 12..<16])
    #expect(fine == Tokenizer().tokenize(text).tokens)
    #expect(DocumentSyntax.groups(of: fine, in: fine) == [0..<1, 1..<2, 2..<3])
  }

  @Test func groupsFromContinuationFlags() {
    #expect(
      DocumentSyntax.groups(continuing: [false, false, false, false, true, true, false, false])
        == [0..<1, 1..<2, 2..<3, 3..<6, 6..<7, 7..<8])
    // A first token cannot continue anything: it starts a group.
    #expect(DocumentSyntax.groups(continuing: [true, true, false]) == [0..<2, 2..<3])
    #expect(DocumentSyntax.groups(continuing: []) == [])
  }

  @Test func aSplitWordProjectsAsItsHeadWordWithTheLemmasJoined() {
    let groups = DocumentSyntax.groups(continuing: [false, false, false, false, true, true, false, false])
    let projected = Self.song.projected(onto: groups)
    #expect(projected.count == 6)
    // well-known: known's tag and relation (its head, song, is outside the group), the lemmas joined.
    #expect(projected[3] == Self.token("ADJ", "well-known", 4, "amod"))
    // Heads are renumbered onto the groups.
    #expect(projected[0] == Self.token("PROPN", "Kim", 1, "nsubj"))
    #expect(projected[1] == Self.token("VERB", "write", nil, "root"))
    #expect(projected[2] == Self.token("DET", "a", 4, "det"))
    #expect(projected[4] == Self.token("NOUN", "song", 1, "obj"))
    #expect(projected[5] == Self.token("PUNCT", ".", 1, "punct"))
    // One group per token: the same syntax.
    #expect(Self.song.projected(onto: Self.song.headOffsets.indices.map { $0..<($0 + 1) }) == Self.song)
  }

  @Test func aSplitWordHoldingTheRootIsTheRoot() {
    // "well-known." : well - known . ; known is the root.
    let syntax = DocumentSyntax([
      Self.token("ADV", "well", 2, "advmod"),
      Self.token("PUNCT", "-", 2, "punct"),
      Self.token("ADJ", "know", nil, "root"),
      Self.token("PUNCT", ".", 2, "punct"),
    ])
    let projected = syntax.projected(onto: [0..<3, 3..<4])
    #expect(projected[0] == Self.token("ADJ", "well-know", nil, "root"))
    #expect(projected[1] == Self.token("PUNCT", ".", 0, "punct"))
  }

  @Test func entryProjectsOntoTheIndexTokens() {
    let entry = SyntaxCache.Entry(
      syntax: Self.song, modelDigest: "m", continuesToken: [false, false, false, false, true, true, false, false])
    #expect(entry.indexSyntax.count == Tokenizer().tokenize(Self.songText).tokens.count)
    #expect(entry.indexSyntax[3].lemma == "well-known")
  }
}
