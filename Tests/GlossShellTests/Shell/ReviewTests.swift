import GlossCore
import GlossTaggers
import GlossTestSupport
import Testing

@testable import GlossShell

/// `tag` and `review` in the shell language.
@Suite struct ReviewTests {
  static let text = "Signed in June 2024, after over two decades, and ratified in 1996.\n"

  /// Keys fed from a list, as a script would.
  final class Keys: ReviewInput {
    var lines: [String]
    /// The prompts of the lines read.
    var prompts: [String] = []
    init(_ lines: [String]) { self.lines = lines }
    func readKey(prompt: String) -> Character? { lines.isEmpty ? nil : lines.removeFirst().first }
    func readLine(prompt: String, vocabulary: [String]) -> String? {
      prompts.append(prompt)
      return lines.isEmpty ? nil : lines.removeFirst()
    }
  }

  private func interpreter(_ folder: TemporaryCorpus) throws -> ShellInterpreter {
    try GlossShellTests.interpreter(folder)
  }

  @Test func reviewWalksSuggestionsWithSingleKeys() throws {
    let folder = try TemporaryCorpus(["d": Self.text], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let tagged = try shell.execute("tag d time")
    #expect(tagged.text.contains("staged 3 suggestions"))
    let recorded = RecordedWrites()
    shell.output = recorded
    shell.reviewInput = Keys(["a", "?", "l", "time:WEEK", "l", "time:DATE", "q"])
    let output = try shell.execute("review d")
    #expect(output.text.contains("1 accepted, 0 rejected, 1 relabelled, 0 skipped; 1 still pending (stopped)"))
    #expect(recorded.writes.first?.contains("[[June 2024]]") == true)
    #expect(recorded.writes.contains { $0.contains("keys: a accept") })
    let spans = try shell.session.annotations(for: "d").spans
    #expect(spans.map(\.status) == [.accepted, .accepted, .suggested])
    #expect(spans.map(\.label) == ["DATE", "DATE", "DATE"])
    // Tagging again keeps the reviewed spans and adds nothing.
    #expect(try shell.execute("tag d time").text.contains("staged 0 suggestions"))
    #expect(try shell.execute("review d time").text.contains("still pending"))
  }

  @Test func helpAndCompletionKnowTagAndReview() throws {
    let folder = try TemporaryCorpus(["d": Self.text])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    #expect(try shell.execute("help review").text.contains("a accept, r reject"))
    #expect(try shell.execute("help").text.contains("tag [DOC…]"))
    let completer = ShellCompleter(corpus: try folder.load())
    #expect(completer.completions("rev").candidates == ["review"])
    #expect(completer.completions("tag ").candidates == ["d", "entity", "time", "clause", "syntax"])
    #expect(completer.completions("tag d ti").candidates == ["time"])
    #expect(throws: ShellError.self) { try shell.execute("tag d colour") }
    #expect(try shell.execute("review d").text.contains("no suggestions"))
  }

  static let sentences =
    "The meeting was held on 3 March 2021.\nApple said on Monday that Tim Cook will visit Paris in May.\n"
    + "Officials in Brasilia met in 1998.\n"

  /// The `[n/N] ID` lines shown by a review, as span ids in order.
  private static func shownIDs(_ shown: [String]) -> [String] {
    shown.compactMap { line -> String? in
      guard let open = line.firstIndex(of: "["), line[open...].contains("/") else { return nil }
      let words = line[open...].split(separator: " ")
      return words.count > 1 && words[0].hasSuffix("]") ? String(words[1]) : nil
    }
  }

  @Test func reviewUncertainFollowsTheModelsMarginLeastCertainFirst() throws {
    let folder = try TemporaryCorpus(["d": Self.sentences], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let path = try #require(ModelCatalog.shipped(ModelCatalog.entities))
    shell.uncertaintyModel = { _ in path }
    _ = try shell.execute("tag d time")
    let pending = try shell.session.annotations(for: "d").spans.filter { $0.status == .suggested }
    #expect(pending.count >= 3)
    let recorded = RecordedWrites()
    shell.output = recorded
    shell.reviewInput = Keys(Array(repeating: "s", count: pending.count))
    let output = try shell.execute("review d time --uncertain")
    #expect(output.text.contains("\(pending.count) skipped"))
    #expect(
      recorded.writes.first?.contains("least certain sentences first (entity model entities-en-ewt.glossmodel)") == true
    )
    // The order is the sentences' margins, ascending, as `gloss suggest` ranks them.
    let model = try SequenceModel(contentsOfFile: path)
    let features = try EntityFeatures.load(for: model, name: path)
    let document = try shell.session.document("d")
    let margins = SentenceUncertainty.sentences(
      in: TaggingContext(document), model: model, features: features, reviewed: [])
    let byID = Dictionary(uniqueKeysWithValues: pending.map { ($0.id, $0) })
    let order = Self.shownIDs(recorded.writes)
    #expect(Set(order) == Set(pending.map(\.id)))
    let shownMargins = order.map { id in
      margins.first { $0.range.contains(byID[id]!.start) }!.margin
    }
    #expect(shownMargins == shownMargins.sorted())
    #expect(order != pending.map(\.id), "this text's least certain sentence is not its first")
    #expect(order == ShellInterpreter.uncertainFirst(pending, margins: margins).map(\.id))
  }

  @Test func reviewUncertainWithoutAModelKeepsTextOrder() throws {
    let folder = try TemporaryCorpus(["d": Self.sentences], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    shell.uncertaintyModel = { _ in nil }
    _ = try shell.execute("tag d time")
    let pending = try shell.session.annotations(for: "d").spans.filter { $0.status == .suggested }
    let recorded = RecordedWrites()
    shell.output = recorded
    shell.reviewInput = Keys(Array(repeating: "s", count: pending.count))
    _ = try shell.execute("review d --uncertain")
    #expect(recorded.writes.first == "no entity model; in text order\n")
    #expect(Self.shownIDs(recorded.writes) == pending.map(\.id))
    #expect(throws: ShellError.self) { try shell.execute("review d time entity") }
  }
  @Test func edgeAndValueKeysFixASuggestionBeforeItIsAccepted() throws {
    let folder = try TemporaryCorpus(["d": Self.text], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute("tag d time")
    let before = try shell.session.annotations(for: "d").spans
    #expect(before.first?.range == 10..<19)  // June 2024
    let steps = shell.session.undoableSteps.count
    let recorded = RecordedWrites()
    shell.output = recorded
    // "Signed in June 2024, …": < takes "in" in, . the comma, , drops it
    // again, > > drop "in" and "June", u undoes the last, v sets the value.
    // The second is narrowed and skipped; the third cannot lose its only token.
    let keys = Keys(["<", ".", "?", ",", ">", ">", "u", "v", "2024-07", "a", ",", "s", "v", "", ",", "x", "q"])
    shell.reviewInput = keys
    let output = try shell.execute("review d")
    #expect(output.text.contains("1 accepted, 0 rejected, 0 relabelled, 1 skipped; 2 still pending (stopped)"))
    #expect(output.text.contains("1 fixed before deciding"))
    let shown = recorded.writes.joined()
    #expect(shown.contains("[[in June 2024]],"))
    #expect(shown.contains("[[in June 2024,]]"))
    #expect(shown.contains("[[2024]],"))
    #expect(shown.contains("< start one token left"))
    #expect(shown.contains("undid: resize"))
    #expect(shown.contains("would leave the span empty"))
    #expect(keys.prompts == ["value (now 2024-06)? ", "value (now 1996)? "])
    let after = try shell.session.annotations(for: "d").spans
    #expect(after[0].id == before[0].id)
    #expect(after[0].range == 10..<19)
    #expect(after[0].attributes["value"] == "2024-07")
    #expect(after[0].status == .accepted)
    // A skipped suggestion keeps its fixes, still pending.
    #expect(after[1].range == 27..<35 && after[1].status == .suggested)
    #expect(after[2] == before[2])
    // Each fix was its own step: < . , > > (then one undone), v, accept; s2's ,.
    #expect(shell.session.undoableSteps.count == steps + 7)
    // Undo takes back s2's fix, the accept, then the value, one by one.
    _ = try shell.execute("undo")
    #expect(try shell.session.annotations(for: "d").spans[1] == before[1])
    _ = try shell.execute("undo")
    #expect(try shell.session.annotations(for: "d").spans[0].status == .suggested)
    _ = try shell.execute("undo")
    #expect(try shell.session.annotations(for: "d").spans[0].attributes["value"] != "2024-07")
  }

  @Test func valueIsRefusedOnALayerWithoutOneAndEdgesStayInTheText() throws {
    let folder = try TemporaryCorpus(["d": "Paris"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    _ = try shell.execute("annotate d \"Paris\" as entity:GPE")
    _ = try shell.execute("accept d s1")
    _ = try shell.execute("reject d s1")
    // A suggestion to review: a span marked suggested by hand is one too.
    _ = try shell.execute("annotate d 0..5 as time:DATE value=XXXX")
    try shell.session.setStatus(in: "d", spanIDs: ["s1", "s2"], to: .suggested)
    let recorded = RecordedWrites()
    shell.output = recorded
    shell.reviewInput = Keys(["v", "s", "<", ".", "v", "2025", "r"])
    let output = try shell.execute("review d")
    #expect(output.text.contains("0 accepted, 1 rejected, 0 relabelled, 1 skipped"))
    let shown = recorded.writes.joined()
    #expect(shown.contains("spans of entity have no value"))
    #expect(shown.contains("leaves the text"))
    let span = try #require(try shell.session.annotations(for: "d").span(id: "s2"))
    #expect(span.attributes["value"] == "2025")
    #expect(span.status == .rejected)
  }

  @Test func aScriptTakesTheSameKeysAsLines() throws {
    let folder = try TemporaryCorpus(["d": Self.text], metadata: ["d": #"{"dct": "2024-11-10"}"#])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    shell.output = RecordedWrites()
    var runner = ScriptRunner(interpreter: shell, name: "fix.gloss", options: .init(dryRun: true))
    let status = runner.run(
      source: "tag d time\nreview d\n<\n# the value\nv\n2024-06\na\nq\nshow d time --spans-only\n")
    #expect(status == 0)
    let span = try runner.interpreter.session.annotations(for: "d").spans[0]
    #expect(span.range == 7..<19)
    #expect(span.attributes["value"] == "2024-06")
    #expect(span.status == .accepted)
  }
}
