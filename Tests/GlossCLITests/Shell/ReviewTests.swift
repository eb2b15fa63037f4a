import GlossCore
import GlossTestSupport
import Testing

@testable import GlossCLI

/// `tag` and `review` in the shell language.
@Suite struct ReviewTests {
  static let text = "Signed in June 2024, after over two decades, and ratified in 1996.\n"

  /// Keys fed from a list, as a script would.
  final class Keys: ReviewInput {
    var lines: [String]
    init(_ lines: [String]) { self.lines = lines }
    func readKey(prompt: String) -> Character? { lines.isEmpty ? nil : lines.removeFirst().first }
    func readLine(prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
  }

  private func interpreter(_ folder: TemporaryCorpus) throws -> ShellInterpreter {
    let session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
    var interpreter = ShellInterpreter(session: session, settings: ShellSettings(annotator: "ana", color: false))
    interpreter.reviewOutput = { _ in }
    return interpreter
  }

  @Test func reviewWalksSuggestionsWithSingleKeys() throws {
    let folder = try TemporaryCorpus(["d": Self.text], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let tagged = try shell.execute("tag d time")
    #expect(tagged.text.contains("staged 3 suggestions"))
    var shown: [String] = []
    shell.reviewOutput = { shown.append($0) }
    shell.reviewInput = Keys(["a", "?", "l", "time:WEEK", "l", "time:DATE", "q"])
    let output = try shell.execute("review d")
    #expect(output.text.contains("1 accepted, 0 rejected, 1 relabelled, 0 skipped; 1 still pending (stopped)"))
    #expect(shown.first?.contains("[[June 2024]]") == true)
    #expect(shown.contains { $0.contains("keys: a accept") })
    let spans = try shell.session.annotations(for: "d").spans
    #expect(spans.map(\.status) == [.accepted, .accepted, .suggested])
    #expect(spans.map(\.label) == ["DATE", "DATE", "DATE"])
    // Tagging again keeps the reviewed spans and adds nothing.
    #expect(try shell.execute("tag d time").text.contains("staged 0 suggestions"))
    #expect(try shell.execute("review d time").text.contains("still pending"))
  }

  @Test func reviewInAScriptReadsTheFollowingLines() throws {
    let folder = try TemporaryCorpus(["d": Self.text], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    try folder.write(
      Array("""
        tag d time
        review d time
        a
        # comments between keys are skipped
        r
        s
        commit -m "reviewed the dates"

        """.utf8), to: "review.gloss")
    let result = try GlossProcess.run(["run", "review.gloss"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("1 accepted, 1 rejected, 0 relabelled, 1 skipped"))
    let store = AnnotationStore(corpus: try folder.load())
    #expect(try store.annotations(for: "d").spans.map(\.status) == [.accepted, .rejected, .suggested])
  }

  @Test func helpAndCompletionKnowTagAndReview() throws {
    let folder = try TemporaryCorpus(["d": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    #expect(try shell.execute("help review").text.contains("a accept, r reject"))
    #expect(try shell.execute("help").text.contains("tag DOC"))
    let completer = ShellCompleter(corpus: try folder.load())
    #expect(completer.completions("rev").candidates == ["review"])
    #expect(completer.completions("tag ").candidates == ["d"])
    #expect(completer.completions("tag d ti").candidates == ["time"])
    #expect(throws: ShellError.self) { try shell.execute("tag d colour") }
    #expect(try shell.execute("review d").text.contains("no suggestions"))
  }
}
