import GlossCore
import Testing

@testable import GlossQuery

/// Every construct evaluated on a hand-annotated corpus, with every expected match listed.
@Suite struct QueryEvaluationTests {
  let fixture = QueryFixture.treaty()

  @Test func literalWordIsCaseSensitiveUnlessFlagged() throws {
    #expect(try fixture.run(#""treaty""#) == ["a 45..51", "b 74..80"])
    #expect(try fixture.run(#""treaty"%c"#) == ["a 45..51", "b 4..10", "b 74..80"])
    #expect(try fixture.run(#"[lower="treaty"]"#) == ["a 45..51", "b 4..10", "b 74..80"])
  }

  @Test func quotedPhraseIsATokenSequence() throws {
    #expect(try fixture.run(#""North Korea""#) == ["b 51..62"])
    #expect(try fixture.run(#""June 2024.""#) == ["a 30..40"])
  }

  @Test func regexShapeAndNegation() throws {
    #expect(try fixture.run(#"[word ~ "^\d{4}$"]"#) == ["a 35..39", "b 84..88"])
    #expect(try fixture.run(#"[shape = "dddd"]"#) == ["a 35..39", "b 84..88"])
    #expect(
      try fixture.run(#"[shape = "Xxxxx" & !word = "Putin"]"#) == [
        "a 17..26", "b 4..10", "b 14..25", "b 40..46", "b 51..56", "b 57..62",
      ])
    #expect(try fixture.run(#"[word = "Kim" | word = "Russia"]"#) == ["a 10..13", "b 40..46"])
    #expect(try fixture.run(#"[word != "." & word ~ "^P"]"#) == ["a 0..5", "a 17..26", "a 66..71", "b 14..25"])
  }

  @Test func sequencesWithGapsAndQuantifiers() throws {
    // the treaty … signed: the shortest match per start, inside a sentence.
    #expect(try fixture.run(#""treaty" []{0,3} "signed""#) == ["a 45..62"])
    #expect(try fixture.run(#""treaty" []{0,1} "signed""#) == ["a 45..62"])
    #expect(try fixture.run(#""treaty" "signed""#) == [])
    #expect(try fixture.run(#""in" [shape="Xxxx"]? "2024""#) == ["a 27..39", "b 81..88"])
    #expect(try fixture.run(#"[lower="the"] []+ ".""#) == ["a 41..72", "b 0..39", "b 70..89"])
    // A sequence never crosses a sentence end.
    #expect(try fixture.run(#""2024" "." "The""#) == [])
  }

  @Test func matchingStrategies() throws {
    // "Kim Jong Un"-like runs: b has "North Korea" (51..56, 57..62) and "Russia" (40..46).
    let run = #"[shape = "Xxxxx"]+"#
    #expect(try fixture.run(run).contains("b 51..62"))
    #expect(!(try fixture.run(run).contains("b 57..62")), "standard drops a match inside an earlier one")
    #expect(try fixture.run(run, matching: .longest).contains("b 57..62"))
    #expect(try fixture.run(run, matching: .longest).contains("b 51..62"))
    let shortest = try fixture.run(run, matching: .shortest)
    #expect(shortest.contains("b 51..56") && shortest.contains("b 57..62") && !shortest.contains("b 51..62"))
    // Fixed-length sequences are the same in every strategy, overlaps included.
    for matching in SequenceMatching.allCases {
      #expect(try fixture.run(#"[] []"#, matching: matching) == (try fixture.run(#"[] []"#, matching: .shortest)))
    }
  }

  @Test func spansByLayerLabelAndFields() throws {
    #expect(
      try fixture.run("entity:PERSON") == ["a 0..5 entity:PERSON", "a 10..13 entity:PERSON", "a 66..71 entity:PERSON"])
    #expect(try fixture.run("time") == ["a 30..39 time:DATE", "b 84..88 time:DATE"])
    #expect(try fixture.run(#"time.value >= "2024-06""#) == ["a 30..39 time:DATE"])
    #expect(try fixture.run(#"time.value ~ "^2024""#) == ["a 30..39 time:DATE", "b 84..88 time:DATE"])
    #expect(try fixture.run(#"entity[text = "North Korea"]"#) == ["b 51..62 entity:GPE"])
    #expect(
      try fixture.run(#"entity:PERSON[status = suggested & annotator ~ "^tagger:"]"#) == [
        "a 10..13 entity:PERSON", "a 66..71 entity:PERSON",
      ])
    #expect(try fixture.run(#"entity[revision >= 1 & label != "PERSON"]"#).count == 4)
    #expect(try fixture.run(#"entity:GPE[id = "s3"]"#) == ["a 17..26 entity:GPE", "b 51..62 entity:GPE"])
  }

  @Test func structure() throws {
    #expect(
      try fixture.run("entity within clause:MAIN") == [
        "a 0..5 entity:PERSON", "a 10..13 entity:PERSON", "a 17..26 entity:GPE", "a 66..71 entity:PERSON",
        "b 4..25 entity:LAW", "b 40..46 entity:GPE", "b 51..62 entity:GPE",
      ])
    #expect(try fixture.run("entity not within clause") == [])
    #expect(try fixture.run("clause contains time:DATE") == ["a 0..39 clause:MAIN", "b 40..88 clause:MAIN"])
    #expect(try fixture.run("clause contains{2,} entity:PERSON") == ["a 0..39 clause:MAIN"])
    #expect(try fixture.run("clause contains{1} entity:PERSON") == ["a 41..71 clause:MAIN"])
    #expect(try fixture.run("clause not contains entity:PERSON") == ["b 0..38 clause:MAIN", "b 40..88 clause:MAIN"])
    #expect(try fixture.run(#""Korea" overlaps entity"#) == ["b 57..62"])
    #expect(try fixture.run(#"clause overlaps "2024""#) == ["a 0..39 clause:MAIN", "b 40..88 clause:MAIN"])
  }

  @Test func precedence() throws {
    #expect(try fixture.run(#""treaty" before entity:PERSON within 3"#) == ["a 45..51"])
    #expect(try fixture.run(#""treaty" before entity:PERSON within 2"#) == [])
    #expect(try fixture.run(#""treaty" .. entity:PERSON"#) == ["a 45..51"])
    #expect(try fixture.run(#"entity:PERSON after "treaty""#) == ["a 66..71 entity:PERSON"])
    #expect(try fixture.run(#"time near entity:GPE within 2"#) == ["a 30..39 time:DATE"])
    #expect(
      try fixture.run(#"time near entity:GPE within 4 in sentence"#) == ["a 30..39 time:DATE", "b 84..88 time:DATE"])
    #expect(try fixture.run(#""Putin" before time in sentence"#) == ["a 0..5"])
    #expect(try fixture.run(#""Putin" not before time in sentence"#) == ["a 66..71"])
    #expect(try fixture.run(#"entity:LAW before entity:GPE in sentence"#) == [])
    #expect(try fixture.run(#"entity:LAW before entity:GPE in document"#) == ["b 4..25 entity:LAW"])
  }

  @Test func booleanOperators() throws {
    #expect(
      try fixture.run("entity:GPE or time") == [
        "a 17..26 entity:GPE", "a 30..39 time:DATE", "b 40..46 entity:GPE", "b 51..62 entity:GPE", "b 84..88 time:DATE",
      ])
    #expect(try fixture.run(#"entity and "Putin""#) == ["a 0..5 entity:PERSON", "a 66..71 entity:PERSON"])
    #expect(try fixture.run(#"entity:PERSON and not "Putin""#) == ["a 10..13 entity:PERSON"])
    #expect(
      try fixture.run(#"(entity:GPE or entity:LAW) within sentence[text ~ "ratified"]"#) == ["b 4..25 entity:LAW"])
  }

  @Test func regionsAndDocumentFilters() throws {
    #expect(try fixture.run("sentence") == ["a 0..40", "a 41..72", "b 0..39", "b 40..89"])
    #expect(try fixture.run(#"document[dct >= "2024-07"]"#) == ["b 0..89"])
    #expect(try fixture.run(#"entity:GPE within doc[title = "summit"%c]"#) == ["a 17..26 entity:GPE"])
    #expect(
      try fixture.run(#"entity within document[id = "b"] and entity:GPE"#) == [
        "b 40..46 entity:GPE", "b 51..62 entity:GPE",
      ])
  }

  @Test func theIssuesFourNeeds() throws {
    // A DATE inside a clause that also contains a PERSON.
    #expect(try fixture.run("time:DATE within (clause contains entity:PERSON)") == ["a 30..39 time:DATE"])
    // The word treaty within 5 tokens before a LAW entity (here, in either case).
    #expect(try fixture.run(#""treaty"%c before entity:LAW within 5"#) == [])
    #expect(try fixture.run(#""The" before entity:LAW within 5"#) == ["b 0..3"])
    // Sentences with two GPE entities and no DATE.
    #expect(try fixture.run("sentence contains{2,} entity:GPE not contains time:DATE") == [])
    #expect(try fixture.run("sentence contains{2,} entity:GPE") == ["b 40..89"])
    // PERSON spans suggested by a tagger and not yet reviewed.
    #expect(try fixture.run(#"entity:PERSON[status = suggested & annotator ~ "^tagger:"]"#).count == 2)
  }

  @Test func namedResultSets() throws {
    var fixture = self.fixture
    let people = try fixture.engine.run(try fixture.engine.parse("entity:PERSON"))
    fixture.engine.define("people", as: people)
    #expect(
      try fixture.run("people within clause") == [
        "a 0..5 entity:PERSON", "a 10..13 entity:PERSON", "a 66..71 entity:PERSON",
      ])
    #expect(try fixture.run(#"people and not "Kim""#) == ["a 0..5 entity:PERSON", "a 66..71 entity:PERSON"])
    #expect(try fixture.run("people or time").count == 5)
  }

  @Test func incrementalUpdateOfOneDocument() throws {
    var fixture = self.fixture
    var changed = fixture.annotations["b"]!
    changed = DocumentAnnotations(
      documentID: "b", revision: 2, spans: changed.spans + [QueryFixture.span(7, "entity:PERSON", 40..<46)])
    fixture.engine.update(documentID: "b", annotations: changed)
    #expect(try fixture.run("entity:PERSON within doc[id = \"b\"]") == ["b 40..46 entity:PERSON"])
    #expect(try fixture.run(#"entity[revision = 2]"#).count == 4)
  }

  @Test func concordanceAlignsContext() throws {
    let matches = try fixture.engine.run(try fixture.engine.parse(#""treaty"%c"#))
    let kwic = Concordance(matches: matches, corpus: fixture.corpus, index: fixture.engine.index, width: .tokens(2))
    #expect(kwic.lines.map(\.left) == [". The ", "The ", "signed the "])
    #expect(kwic.lines.map(\.keyword) == ["treaty", "Treaty", "treaty"])
    #expect(kwic.lines.map(\.right) == [" was signed", " on Partnership", " in 2024"])
    let byRight = Concordance(
      matches: matches, corpus: fixture.corpus, index: fixture.engine.index, width: .characters(4), order: .right)
    #expect(byRight.lines.map(\.right) == [" in ", " on ", " was"])
  }

  @Test func frequencyTables() throws {
    let matches = try fixture.engine.run(try fixture.engine.parse("entity"))
    let byLabel = FrequencyTable(matches: matches, grouping: .label, engine: fixture.engine)
    #expect(byLabel.rows.map(\.value) == ["entity:GPE", "entity:PERSON", "entity:LAW"])
    #expect(byLabel.rows.map(\.count) == [3, 3, 1])
    #expect(byLabel.total == 7)
    #expect(byLabel.rows[0].perDocument.map(\.0) == ["a", "b"])
    let byLower = FrequencyTable(
      matches: try fixture.engine.run(try fixture.engine.parse(#""treaty"%c"#)), grouping: .lowercase,
      engine: fixture.engine)
    #expect(byLower.rows.map(\.value) == ["treaty"])
    #expect(byLower.rows[0].share == 1)
    let byValue = FrequencyTable(
      matches: try fixture.engine.run(try fixture.engine.parse("time")), grouping: .attribute("value"),
      engine: fixture.engine)
    #expect(byValue.rows.map(\.value) == ["2024", "2024-06"])
  }

  @Test func tokensLongerThan255ScalarsKeepTheirEnds() throws {
    let long = "https://example.org/" + String(repeating: "a", count: 300)
    let fixture = QueryFixture([("u", "See \(long) now.", [:])], spans: [:])
    #expect(try fixture.run(#"[word ~ "^https"] "now""#) == ["u 4..\(4 + long.count + 4)"])
    let (decoded, _) = try QueryIndexCache.decode(QueryIndexCache.encode(fixture.engine.index, stamps: [[0, 0]]))
    #expect(decoded.tokenEnd(1) == Int32(4 + long.count))
  }

  @Test func timeLimitAndCancellation() throws {
    let expression = try fixture.engine.parse("[]")
    #expect(throws: QueryInterruption.cancelled) {
      try fixture.engine.run(expression, limits: QueryLimits(isCancelled: { true }))
    }
  }
}
