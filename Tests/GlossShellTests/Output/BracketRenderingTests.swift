import GlossCore
import Testing

@testable import GlossShell

/// Nested clauses drawn as brackets under the text.
@Suite struct BracketRenderingTests {
  func clause(_ id: String, _ label: String, _ range: Range<Int>) -> Span {
    Span(
      id: id, layer: "clause", label: label, start: range.lowerBound, end: range.upperBound, annotator: "t",
      status: .accepted)
  }

  @Test func nestedClausesGetOneRowPerLevelUnderTheirColumns() {
    let text = SourceText("If it rains, we stay home.")
    let rendered = BracketRendering.render(
      text, spans: [clause("s1", "MAIN", 0..<26), clause("s2", "SUB", 0..<11)], width: 80, style: Style.plain)
    #expect(
      rendered == """
        If it rains, we stay home.
        └─────── MAIN s1 ────────┘
        └ SUB s2 ─┘
        """)
  }

  @Test func aBracketCutByTheWrapGoesOnUnderTheNextLine() {
    let text = SourceText("one two three four five six")
    let rendered = BracketRendering.render(text, spans: [clause("s1", "MAIN", 4..<23)], width: 14, style: Style.plain)
    let lines = rendered.split(separator: "\n").map(String.init)
    #expect(lines[0] == "one two three ")
    #expect(lines[1].hasPrefix("    └") && !lines[1].hasSuffix("┘"))
    #expect(lines[2] == "four five six")
    #expect(lines[3].hasPrefix("─") && lines[3].hasSuffix("┘"))
    #expect(lines[3].count == "four five".count)
  }
}
