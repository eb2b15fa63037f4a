import GlossCore
import GlossEvaluation
import GlossFormats
import GlossTaggers
import Testing

@Suite struct SpanEvaluationTests {
  private func span(_ label: String, _ range: Range<Int>, layer: String = "time", value: String? = nil) -> Span {
    Span(
      id: "s", layer: layer, label: label, start: range.lowerBound, end: range.upperBound,
      attributes: value.map { ["value": $0] } ?? [:], annotator: "t", status: .accepted)
  }

  @Test func exactAndOverlapMatchPerLabel() throws {
    var evaluation = SpanEvaluation()
    let gold = [
      span("DATE", 0..<9, value: "2024-06"), span("DATE", 20..<24, value: "1996"),
      span("DURATION", 30..<46, value: "P20Y"), span("PERSON", 50..<55, layer: "entity"),
    ]
    let predicted = [
      span("DATE", 0..<9, value: "2024-06"),  // exact
      span("DATE", 19..<24, value: "1996"),  // overlap only
      span("DATE", 30..<46, value: "P20Y"),  // wrong type: no label match; TIMEX3 type wrong
      span("SET", 60..<70, value: "P1W"),  // spurious
    ]
    evaluation.add(gold: gold, predicted: predicted, layers: ["time"])
    let time = try #require(evaluation.layers["time"])
    #expect(evaluation.layers["entity"] == nil)
    #expect(time.total.exact == BoundaryScore(gold: 3, predicted: 4, correct: 1))
    #expect(time.total.overlap == BoundaryScore(gold: 3, predicted: 4, correct: 2))
    #expect(time.labels["DATE"]?.exact == BoundaryScore(gold: 2, predicted: 3, correct: 1))
    #expect(time.labels["DURATION"]?.overlap == BoundaryScore(gold: 1, predicted: 0, correct: 0))
    #expect(time.labels["SET"]?.exact == BoundaryScore(gold: 0, predicted: 1, correct: 0))
    #expect(evaluation.timex.matched == 3)
    #expect(evaluation.timex.sameType == 2)
    #expect(evaluation.timex.sameValue == 3)
    #expect(evaluation.timex.sameTypeAndValue == 2)
  }

  @Test func eachGoldSpanMatchesOnceByOverlap() {
    var evaluation = SpanEvaluation()
    evaluation.add(gold: [span("DATE", 0..<10)], predicted: [span("DATE", 0..<4), span("DATE", 5..<10)])
    #expect(evaluation.layers["time"]?.total.overlap == BoundaryScore(gold: 1, predicted: 2, correct: 1))
  }

  @Test func taggerEvaluationOnHandMadeGold() throws {
    let line = #"""
      {"id": "d", "text": "Signed in June 2024, after over two decades, on Tuesday.", "meta": {"dct": "2024-11-10"},
       "spans": [{"layer": "time", "label": "DATE", "start": 10, "end": 19, "attrs": {"value": "2024-06"}},
                 {"layer": "time", "label": "DURATION", "start": 27, "end": 43, "attrs": {"value": "P20Y", "mod": "MORE_THAN"}},
                 {"layer": "time", "label": "DATE", "start": 48, "end": 55, "attrs": {"value": "2024-11-12"}},
                 {"layer": "entity", "label": "PERSON", "start": 0, "end": 6, "status": "rejected"}]}
      """#
    let gold = try ProjectJSONReader.documents(in: Array(line.utf8), path: "gold.jsonl")
    let evaluation = TaggerEvaluation.evaluate(TimeTagger(), on: gold)
    #expect(evaluation.layers.keys.sorted() == ["time"])
    #expect(evaluation.layers["time"]?.total.exact == BoundaryScore(gold: 3, predicted: 3, correct: 3))
    // Tuesday resolves to the past one (2024-11-05), not the gold's.
    #expect(evaluation.timex.sameTypeAndValue == 2)
  }
}
