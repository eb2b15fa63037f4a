import GlossCore
import Testing

@testable import GlossQuery

/// Rejected suggestions are decisions, not annotations: queries leave them
/// out unless a span pattern's condition tests `status`.
@Suite struct RejectedSpanTests {
  let fixture = QueryFixture(
    [("a", "Putin met Kim in Pyongyang in June.", [:])],
    spans: [
      "a": [
        QueryFixture.span(1, "entity:PERSON", 0..<5),
        QueryFixture.span(2, "entity:PERSON", 10..<13, status: .rejected, annotator: "tagger:people@1"),
        QueryFixture.span(3, "entity:GPE", 17..<26, status: .suggested, annotator: "tagger:people@1"),
        QueryFixture.span(4, "time:DATE", 30..<34, status: .rejected, annotator: "tagger:time@1", ["value": "XXXX-06"]),
      ]
    ])

  @Test func plainPatternsLeaveRejectedSpansOut() throws {
    #expect(try fixture.run("entity") == ["a 0..5 entity:PERSON", "a 17..26 entity:GPE"])
    #expect(try fixture.run("entity:PERSON") == ["a 0..5 entity:PERSON"])
    #expect(try fixture.run("time").isEmpty)
    #expect(try fixture.run(#"entity[text = "Kim"]"#).isEmpty)
    #expect(try fixture.run(#"[word = "Kim"] within entity"#).isEmpty)
    #expect(try fixture.run("entity or time").count == 2)
  }

  @Test func aConditionOnStatusSeesThem() throws {
    #expect(try fixture.run("entity[status = rejected]") == ["a 10..13 entity:PERSON"])
    #expect(try fixture.run("entity[status != accepted]") == ["a 10..13 entity:PERSON", "a 17..26 entity:GPE"])
    #expect(try fixture.run(#"entity[text = "Kim" | status = accepted]"#).count == 2)
    #expect(try fixture.run("time[!(status = accepted)]") == ["a 30..34 time:DATE"])
    #expect(try fixture.run(#"[word = "Kim"] within entity[status = rejected]"#) == ["a 10..13"])
  }

  @Test func explainSaysSo() throws {
    let engine = fixture.engine
    #expect(try engine.plan(try engine.parse("entity")).explain.contains("rejected ones left out"))
    #expect(!(try engine.plan(try engine.parse("entity[status = rejected]")).explain.contains("left out")))
  }
}
