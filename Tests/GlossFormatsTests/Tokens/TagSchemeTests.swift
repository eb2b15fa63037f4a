import GlossFormats
import Testing

@Suite struct TagSchemeTests {
  // "Ana Pérez visited New York Boston ." — PER, then two adjacent LOC names.
  private let spans: [(tokens: Range<Int>, type: String)] = [(0..<2, "PER"), (3..<5, "LOC"), (5..<6, "LOC")]

  @Test func writesEachScheme() {
    #expect(TagScheme.iob2.tags(count: 7, spans: spans) == ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-LOC", "O"])
    #expect(TagScheme.iob1.tags(count: 7, spans: spans) == ["I-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "O"])
    #expect(TagScheme.bioes.tags(count: 7, spans: spans) == ["B-PER", "E-PER", "O", "B-LOC", "E-LOC", "S-LOC", "O"])
  }

  @Test func readsEverySchemeBackToTheSameSpans() throws {
    for scheme in TagScheme.allCases {
      let decoded = try TagScheme.spans(in: scheme.tags(count: 7, spans: spans)).get()
      #expect(decoded.map(\.tokens) == spans.map(\.tokens), "\(scheme)")
      #expect(decoded.map(\.type) == spans.map(\.type), "\(scheme)")
    }
  }

  @Test func refusesWhatIsNotATag() {
    guard case .failure(let error) = TagScheme.spans(in: ["O", "X-PER"]) else {
      Issue.record("X-PER accepted")
      return
    }
    #expect(error.index == 1)
  }

  @Test func mapsLabelsToCoNLLClasses() {
    #expect(
      ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"].map(LabelSet.conll.type(for:)) == [
        "PER", "ORG", "LOC", "LOC", "LOC", "MISC", "MISC",
      ])
    #expect(LabelSet.ontonotes.type(for: "GPE") == "GPE")
    #expect(LabelSet.label(for: "PER") == "PERSON")
  }
}
