import GlossCore
import Testing

/// `add --all` over hundreds of thousands of matches: one change whose
/// checks cost a logarithm per span, not the document's spans (issue 17).
@Suite struct BulkAddTests {
  private func session(_ text: String) -> AnnotationSession {
    AnnotationSession(
      corpus: Corpus(root: "/tmp", documents: [Document(id: "doc", text: SourceText(text))]), annotator: "ana")
  }

  @Test func twoHundredThousandMatchesAreAddedAsOneChange() throws {
    let count = 200_000
    var session = session(String(repeating: "ab ", count: count) + "\n")
    let ranges = try session.ranges(of: "ab", in: "doc")
    #expect(ranges.count == count)
    let added = try session.add(to: "doc", layer: "entity", label: "PERSON", ranges: ranges)
    #expect(added.count == count)
    let spans = try session.annotations(for: "doc").spans
    #expect(spans.count == count)
    #expect(spans.first?.id == "s1" && spans.last?.range == (3 * count - 3)..<(3 * count - 1))
    #expect(session.undoableSteps.count == 1)
    // The same spans again are duplicates; one nest-crossing span conflicts. Nothing more is staged.
    #expect(throws: StoreError.self) {
      try session.add(to: "doc", layer: "entity", label: "PERSON", ranges: [6..<8, 0..<2])
    }
    #expect(throws: StoreError.self) {
      try session.add(to: "doc", layer: "entity", label: "ORG", ranges: [100..<101, 1..<4])
    }
    #expect(try session.annotations(for: "doc").spans.count == count)
    #expect(session.undo() != nil)
    #expect(try session.annotations(for: "doc").spans.isEmpty)
  }

  @Test func theSameAsAddingOneByOne() throws {
    // Rejected spans are replaced, duplicates and crossings refused, as by add(range:).
    let text = "Ana met Bob and Cy in Rome.\n"
    var base = session(text)
    try base.add(to: "doc", layer: "entity", label: "PERSON", range: 0..<3, status: .rejected)
    try base.add(to: "doc", layer: "entity", label: "GPE", range: 22..<26)
    try base.add(to: "doc", layer: "syntax", label: "NOUN", range: 8..<11)
    let ranges = [0..<3, 8..<11, 16..<18, 8..<18]
    var one = base
    var bulk = base
    for range in ranges { try one.add(to: "doc", layer: "entity", label: "PERSON", range: range) }
    try bulk.add(to: "doc", layer: "entity", label: "PERSON", ranges: ranges)
    #expect(try one.annotations(for: "doc") == bulk.annotations(for: "doc"))
    for (label, bad) in [("GPE", [23..<27]), ("GPE", [22..<26]), ("ORG", [4..<9, 6..<11])] {
      var single = base
      var failures: [String] = []
      for range in bad {
        do { try single.add(to: "doc", layer: "entity", label: label, range: range) } catch {
          failures.append("\(error)")
        }
      }
      var many = base
      do {
        try many.add(to: "doc", layer: "entity", label: label, ranges: bad)
        Issue.record("\(bad) should be refused")
      } catch {
        #expect(failures.first == "\(error)")
      }
      #expect(try many.annotations(for: "doc") == base.annotations(for: "doc"))
    }
  }

  @Test func theIndexFindsWhatAScanFinds() throws {
    var random = SeededGenerator(seed: 17)
    let scheme = Scheme.standard
    for layer in ["entity", "syntax"] {
      var spans: [Span] = []
      var index = OverlapIndex(layer: layer, scheme: scheme, spans: [])
      for number in 0..<2_000 {
        let start = Int.random(in: 0..<5_000, using: &random)
        let length = Int.random(in: 0..<40, using: &random) == 0 ? 300 : Int.random(in: 1...12, using: &random)
        let span = Span(
          id: "s\(number)", layer: layer, label: layer == "entity" ? "PERSON" : "NOUN", start: start,
          end: start + length, annotator: "a",
          status: Int.random(in: 0..<5, using: &random) == 0 ? .rejected : .accepted)
        let scanned = scheme.overlapConflict(for: span, among: spans)
        let indexed = index.conflict(for: span)
        #expect((scanned == nil) == (indexed == nil), "\(layer) \(span.range)")
        if scanned == nil {
          spans.append(span)
          index.insert(span)
        }
      }
    }
  }
}
