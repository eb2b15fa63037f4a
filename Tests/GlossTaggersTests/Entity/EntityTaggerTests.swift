import GlossCore
import GlossTaggers
import GlossTestSupport
import Testing

/// The entity tagger on sentences written for these tests.
@Suite struct EntityTaggerTests {
  /// The tagged names of `text` as "text/LABEL", in order.
  static func entities(_ text: String, tagger: EntityTagger = EntityTagger()) -> [String] {
    let source = SourceText(text)
    return tagger.suggestions(in: TaggingContext(documentID: "t", text: source)).map {
      "\(source.text(in: $0.range))/\($0.label)"
    }
  }

  @Test(arguments: [
    ("Talks in Berlin ended before the minister flew to Tokyo.", ["Berlin/GPE", "Tokyo/GPE"]),
    ("Protesters marched through Buenos Aires and Sao Paulo.", ["Buenos Aires/GPE", "Sao Paulo/GPE"]),
    ("The United States and the United Kingdom disagreed.", ["United States/GPE", "United Kingdom/GPE"]),
    ("Exports from the Republic of Korea rose.", ["Republic of Korea/GPE"]),
    ("Ships crossed the South China Sea near the Korean Peninsula.", ["South China Sea/LOC", "Korean Peninsula/LOC"]),
    ("Several Canadian and Mexican firms bid.", ["Canadian/NORP", "Mexican/NORP"]),
    ("NATO and the European Union met in Brussels.", ["NATO/ORG", "European Union/ORG", "Brussels/GPE"]),
    ("The bill passed the Senate on a close vote.", ["Senate/ORG"]),
  ])
  func gazetteerNames(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test(arguments: [
    ("She met Chancellor Olaf Scholz on Monday.", ["Olaf Scholz/PERSON"]),
    ("Prime Minister Fumio Kishida spoke first.", ["Fumio Kishida/PERSON"]),
    ("A statement from spokeswoman Maria Zakharova followed.", ["Maria Zakharova/PERSON"]),
    ("The visit of Xi Jinping was brief.", ["Xi Jinping/PERSON"]),
    ("Tanaka Hiroshi, the new envoy, arrived.", ["Tanaka Hiroshi/PERSON"]),
    ("We asked Sarah about the plan.", ["Sarah/PERSON"]),
    ("Jane Holloway said the vote was fair.", ["Jane Holloway/PERSON"]),
    ("Dr. Alan Whitfield treated the patients.", ["Alan Whitfield/PERSON"]),
  ])
  func people(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test(arguments: [
    ("He joined the Federal Trade Commission in May.", ["Federal Trade Commission/ORG"]),
    (
      "She studied at Stanford University and the University of Chicago.",
      ["Stanford University/ORG", "University of Chicago/ORG"]
    ),
    ("The Green Party won seats.", ["Green Party/ORG"]),
    ("Delays at Heathrow Airport grew.", ["Heathrow Airport/FAC"]),
    ("The Treaty of Versailles ended the war.", ["Treaty of Versailles/LAW"]),
    (
      "Both sides cited the Paris Agreement and Article 2 of the UN Charter.",
      ["Paris Agreement/LAW", "Article 2/LAW", "UN Charter/LAW"]
    ),
    ("Congress amended the Clean Air Act.", ["Congress/ORG", "Clean Air Act/LAW"]),
    ("Fishing on the Mekong River resumed.", ["Mekong River/LOC"]),
  ])
  func suffixPatterns(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func extentsLeaveTitlesDeterminersAndPossessivesOutside() {
    #expect(
      Self.entities("President Emmanuel Macron's speech in the Netherlands")
        == ["Emmanuel Macron/PERSON", "Netherlands/GPE"])
    #expect(Self.entities("Japan’s navy and the US-led coalition") == ["Japan/GPE", "US/GPE"])
  }

  @Test func hyphenatedTokensAreSplitWhereNamesEnd() {
    #expect(Self.entities("The India-Pakistan border stayed calm.") == ["India/GPE", "Pakistan/GPE"])
    #expect(Self.entities("Analysts watched the Iran-Iraq Peace Accord.") == ["Iran-Iraq Peace Accord/LAW"])
    #expect(Self.entities("They met leader Kim Jong-un twice.") == ["Kim Jong-un/PERSON"])
  }

  @Test func laterMentionsAndFamilyNamesFollowTheFirstMention() {
    let text =
      "Governor Ellen Marsh signed it. Marsh later said the Harlow Commission agreed. "
      + "Harlow Commission staff welcomed it, and Marsh smiled."
    #expect(
      Self.entities(text) == [
        "Ellen Marsh/PERSON", "Marsh/PERSON", "Harlow Commission/ORG", "Harlow Commission/ORG", "Marsh/PERSON",
      ])
  }

  @Test func sentenceInitialAndHeadlineWordsAreNotNames() {
    #expect(Self.entities("However, Treaty talks stalled. Experts disagree.").isEmpty)
    #expect(Self.entities("Leaders Discuss Trade Deal in Seoul") == ["Seoul/GPE"])
    #expect(Self.entities("In June and on Monday nothing happened.").isEmpty)
  }

  @Test func corpusGazetteersExtendTheBuiltInOnes() throws {
    var gazetteer = Gazetteer.standard
    gazetteer.add(list: "# rivers of the story\nRiver Quell\n\nOld Mill\n", label: "FAC")
    gazetteer.add("Zorbland", label: "GPE")
    let tagger = EntityTagger(gazetteer: gazetteer)
    #expect(
      Self.entities("From Zorbland we walked past the Old Mill to Paris.", tagger: tagger)
        == ["Zorbland/GPE", "Old Mill/FAC", "Paris/GPE"])
  }

  @Test func aCorpusFolderOfListsIsRead() throws {
    let folder = try TemporaryCorpus(["d": "Ask about Vexmoor.\n"])
    defer { folder.remove() }
    try folder.write(Array("Vexmoor\n".utf8), to: "Gazetteers/GPE.txt")
    let tagger = try EntityTagger(corpusAt: folder.root)
    #expect(Self.entities("Ask about Vexmoor.", tagger: tagger) == ["Vexmoor/GPE"])
    try folder.write([0x41, 0xFF, 0x0A], to: "Gazetteers/ORG.txt")
    #expect(throws: GazetteerError.self) { _ = try EntityTagger(corpusAt: folder.root) }
  }

  @Test func nonASCIITextKeepsScalarOffsets() {
    let text = "« Zürich » and “Москва” aside, Zürich hosted Chancellor Angela Merkel."
    let source = SourceText(text)
    let spans = EntityTagger().suggestions(in: TaggingContext(documentID: "t", text: source))
    #expect(spans.map { source.text(in: $0.range) }.contains("Angela Merkel"))
  }
}
