import Testing

@testable import LineEditing

@Suite("Completion helpers")
struct CompletionTests {
  private let vocabulary = ["count", "concordance", "commit", "doc-000", "doc-002"]

  @Test("The stem is the last word before the cursor")
  func wordsFromVocabulary() {
    let completions = Completions.words(from: vocabulary, completing: "show co")
    #expect(completions.stem == "co")
    #expect(completions.candidates == ["count", "concordance", "commit"])
    #expect(Completions.words(from: vocabulary, completing: "").candidates == vocabulary)
    #expect(Completions.words(from: vocabulary, completing: "count ").stem == "")
    #expect(Completions.words(from: vocabulary, completing: "x").candidates.isEmpty)
  }

  @Test("Custom separators start words after them")
  func customSeparators() {
    let completions = Completions.words(
      from: ["lemma", "pos"], completing: "[le", separators: { $0 == "[" || $0 == " " })
    #expect(completions == Completions(stem: "le", candidates: ["lemma"]))
  }

  @Test(
    "Common prefix of the candidates",
    arguments: [
      (["doc-000", "doc-002"], "doc-00"),
      (["count", "concordance", "commit"], "co"),
      (["alone"], "alone"),
      (["abc", "xyz"], ""),
      (["žluť", "žluva"], "žlu"),
      ([], ""),
    ])
  func commonPrefix(candidates: [String], expected: String) {
    #expect(Completions(stem: "", candidates: candidates).commonPrefix == expected)
  }

  @Test("Columns fill top to bottom and fit the width")
  func columns() {
    let words = ["count", "concordance", "commit", "doc-000", "doc-002"]
    #expect(
      ColumnLayout.rows(of: words, width: 80) == [
        "count        concordance  commit       doc-000      doc-002"
      ])
    #expect(
      ColumnLayout.rows(of: words, width: 40) == [
        "count        commit       doc-002",
        "concordance  doc-000",
      ])
    #expect(
      ColumnLayout.rows(of: words, width: 30) == [
        "count        doc-000",
        "concordance  doc-002",
        "commit",
      ])
    #expect(ColumnLayout.rows(of: words, width: 5) == words)
    #expect(ColumnLayout.rows(of: [], width: 80).isEmpty)
  }
}
