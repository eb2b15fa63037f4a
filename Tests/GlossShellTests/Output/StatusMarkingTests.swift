import GlossCore
import Testing

@testable import GlossShell

/// Suggested and rejected spans look different from accepted ones, in the
/// terminal without colour too, and in the HTML of `render`.
@Suite struct StatusMarkingTests {
  static let text = SourceText("Putin met Kim in Pyongyang.")

  static func span(_ number: Int, _ label: String, _ range: Range<Int>, _ status: SpanStatus) -> Span {
    Span(
      id: SpanID.make(number), layer: "entity", label: label, start: range.lowerBound, end: range.upperBound,
      attributes: [:], annotator: "tagger:x@1", status: status)
  }

  static let spans = [
    span(1, "PERSON", 0..<5, .accepted), span(2, "PERSON", 10..<13, .suggested), span(3, "GPE", 17..<26, .rejected),
  ]

  @Test func plainMarksTellTheStatusesApart() {
    let plain = SpanRendering.markedText(Self.text, spans: Self.spans, style: .plain)
    #expect(plain == "[Putin]PERSON met [Kim]PERSON? in [Pyongyang]GPE✗.")
  }

  @Test func colourAddsItalicsAndStrikeThrough() {
    let coloured = SpanRendering.markedText(Self.text, spans: Self.spans, style: Style(isEnabled: true))
    #expect(coloured.contains("\u{1B}[3m\u{1B}[30;"))  // Kim in italics
    #expect(coloured.contains("\u{1B}[9m\u{1B}[30;"))  // Pyongyang struck through
    #expect(coloured.components(separatedBy: "\u{1B}[3m").count == 2)
  }

  @Test func bracketsMarkTheLabel() {
    let spans = [
      Self.span(4, "MAIN", 0..<26, .accepted), Self.span(5, "SUB", 6..<26, .suggested),
      Self.span(6, "SUB", 0..<26, .rejected),
    ]
    let drawn = BracketRendering.render(Self.text, spans: spans, style: .plain)
    #expect(drawn.contains(" MAIN s4 "))
    #expect(drawn.contains(" SUB? s5 "))
    #expect(drawn.contains(" SUB✗ s6 "))
  }

  @Test func htmlStylesAndExplainsEachStatus() {
    let document = Document(id: "d", text: Self.text, metadata: DocumentMetadata(fields: [:]))
    let html = HTMLReport(items: [.init(document: document, spans: Self.spans)], title: "t").render()
    #expect(html.contains(#".sp[data-status="suggested"] { outline: 1px dashed"#))
    #expect(html.contains(#".sp[data-status="rejected"] { text-decoration: line-through"#))
    #expect(html.contains(#"<span class="chip rejected">rejected</span>"#))
    #expect(
      html.contains(
        #"data-id="s3" data-layer="entity" data-label="GPE" data-start="17" data-end="26" data-status="rejected""#))
  }
}
