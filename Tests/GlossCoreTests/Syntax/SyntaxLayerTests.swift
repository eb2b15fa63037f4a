import GlossCore
import Testing

/// A person's corrections (`syntax` spans) applied over the predicted syntax.
@Suite struct SyntaxLayerTests {
  /// "Kim signed it." : Kim 0..<3, signed 4..<10, it 11..<13, . 13..<14.
  static let tokens = DocumentSyntax.tokenizer.tokenize("Kim signed it.").tokens
  static let predicted = DocumentSyntax([
    TokenSyntax(tag: "PROPN", lemma: "Kim", head: 1, relation: "nsubj"),
    TokenSyntax(tag: "VERB", lemma: "sign", head: nil, relation: "root"),
    TokenSyntax(tag: "PRON", lemma: "it", head: 1, relation: "obj"),
    TokenSyntax(tag: "PUNCT", lemma: ".", head: 1, relation: "punct"),
  ])

  static func correction(
    _ range: Range<Int>, _ tag: String, _ attributes: [String: String] = [:], status: SpanStatus = .accepted,
    layer: String = SyntaxLayer.name
  ) -> Span {
    Span(
      id: "s\(range.lowerBound)", layer: layer, label: tag, start: range.lowerBound, end: range.upperBound,
      attributes: attributes, annotator: "ana", status: status)
  }

  static func apply(_ spans: [Span], to syntax: DocumentSyntax = predicted) -> (syntax: DocumentSyntax, ignored: Int) {
    SyntaxLayer.applying(spans, to: syntax, tokens: tokens)
  }

  @Test func theFixtureTokens() {
    #expect(Self.tokens == [0..<3, 4..<10, 11..<13, 13..<14])
  }

  @Test func noCorrectionsKeepThePrediction() {
    let (syntax, ignored) = Self.apply([])
    #expect(syntax == Self.predicted && ignored == 0)
  }

  @Test func aCorrectionReplacesTheTagAndOnlyTheAttributesItHas() {
    let (syntax, ignored) = Self.apply([Self.correction(0..<3, "NOUN", ["lemma": "kim"])])
    #expect(ignored == 0)
    #expect(syntax[0] == TokenSyntax(tag: "NOUN", lemma: "kim", head: 1, relation: "nsubj"))
    #expect((1..<4).allSatisfy { syntax[$0] == Self.predicted[$0] })
    // The label alone: the tag; the lemma, head and relation as predicted.
    let tagOnly = Self.apply([Self.correction(11..<13, "DET")]).syntax
    #expect(tagOnly[2] == TokenSyntax(tag: "DET", lemma: "it", head: 1, relation: "obj"))
  }

  @Test func theHeadIsTheStartOffsetOfTheHeadToken() {
    // it → Kim (offset 0) as appos; the relation given.
    let (syntax, ignored) = Self.apply([Self.correction(11..<13, "PRON", ["head": "0", "deprel": "appos"])])
    #expect(ignored == 0)
    #expect(syntax[2] == TokenSyntax(tag: "PRON", lemma: "it", head: 0, relation: "appos"))
    // A relation without a head keeps the predicted head.
    let relationOnly = Self.apply([Self.correction(11..<13, "PRON", ["deprel": "iobj"])]).syntax
    #expect(relationOnly[2] == TokenSyntax(tag: "PRON", lemma: "it", head: 1, relation: "iobj"))
  }

  @Test func rootMakesTheTokenARootWithRelationRootUnlessOneIsGiven() {
    let (syntax, ignored) = Self.apply([
      Self.correction(13..<14, "PUNCT", ["head": "root"]),
      Self.correction(4..<10, "VERB", ["head": "13", "deprel": "ccomp"]),
    ])
    #expect(ignored == 0)
    #expect(syntax[3] == TokenSyntax(tag: "PUNCT", lemma: ".", head: nil, relation: "root"))
    #expect(syntax[1] == TokenSyntax(tag: "VERB", lemma: "sign", head: 3, relation: "ccomp"))
    let labelled = Self.apply([Self.correction(0..<3, "PROPN", ["head": "root", "deprel": "vocative"])]).syntax
    #expect(labelled[0].head == nil && labelled[0].relation == "vocative")
  }

  @Test func rejectedCorrectionsAndOtherLayersAreLeftOut() {
    let (syntax, ignored) = Self.apply([
      Self.correction(0..<3, "NOUN", ["lemma": "kim"], status: .rejected),
      Self.correction(4..<10, "NOUN", layer: "entity"),
    ])
    #expect(syntax == Self.predicted)
    #expect(ignored == 0)
    // Suggested corrections count (only rejection withdraws one).
    #expect(Self.apply([Self.correction(0..<3, "NOUN", status: .suggested)]).syntax[0].tag == "NOUN")
  }

  @Test func correctionsThatNoLongerCoverOneTokenAreCountedAsIgnored() {
    let (syntax, ignored) = Self.apply([
      Self.correction(0..<2, "NOUN"),  // part of Kim
      Self.correction(0..<10, "NOUN"),  // Kim signed
      Self.correction(1..<3, "NOUN"),  // starts inside Kim
      Self.correction(20..<22, "NOUN"),  // past the text
    ])
    #expect(ignored == 4)
    #expect(syntax == Self.predicted)
  }

  @Test func aHeadThatIsNoTokenStartIsIgnoredAndCounted() {
    let (syntax, ignored) = Self.apply([
      Self.correction(11..<13, "PRON", ["head": "5"]),  // inside signed
      Self.correction(0..<3, "PROPN", ["head": "0"]),  // itself
      Self.correction(13..<14, "PUNCT", ["head": "sign"]),  // not a number
    ])
    #expect(ignored == 3)
    #expect(syntax[2].head == 1 && syntax[0].head == 1 && syntax[3].head == 1)
  }

  @Test func withoutAPredictionCorrectionsFillBlankTokens() {
    for base in [DocumentSyntax(), DocumentSyntax([Self.predicted[0]])] {
      let (syntax, ignored) = Self.apply(
        [Self.correction(4..<10, "VERB", ["lemma": "sign", "head": "root"])], to: base)
      #expect(ignored == 0)
      #expect(syntax.count == 4)
      #expect(syntax[1] == TokenSyntax(tag: "VERB", lemma: "sign", head: nil, relation: "root"))
      #expect(syntax[0] == TokenSyntax(tag: "", lemma: "", head: nil, relation: ""))
      #expect(!syntax[0].isParsed)
    }
  }

  @Test func attributesOfATokenApplyBackToIt() {
    let corrected = TokenSyntax(tag: "NOUN", lemma: "signing", head: 0, relation: "acl")
    let attributes = SyntaxLayer.attributes(for: corrected, tokens: Self.tokens)
    #expect(attributes == ["lemma": "signing", "head": "0", "deprel": "acl"])
    #expect(Self.apply([Self.correction(4..<10, "NOUN", attributes)]).syntax[1] == corrected)
    let root = SyntaxLayer.attributes(for: Self.predicted[1], tokens: Self.tokens)
    #expect(root == ["lemma": "sign", "head": "root", "deprel": "root"])
    #expect(SyntaxLayer.attributes(for: TokenSyntax(tag: "X", lemma: "", head: nil, relation: ""), tokens: []) == [:])
  }

  @Test func tokenStartingAtAnOffset() {
    #expect(SyntaxLayer.token(startingAt: 0, in: Self.tokens) == 0)
    #expect(SyntaxLayer.token(startingAt: 13, in: Self.tokens) == 3)
    #expect(SyntaxLayer.token(startingAt: 3, in: Self.tokens) == nil)
    #expect(SyntaxLayer.token(startingAt: 14, in: Self.tokens) == nil)
    #expect(SyntaxLayer.token(startingAt: 0, in: []) == nil)
  }
}
