import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// `done`/`undone` in the shell, and what reads the review state: `docs`,
/// `doc[done ~ …]`, training-data exports and `eval`.
@Suite struct DoneShellTests {
  static let documents = [
    "a": "Putin met Kim Jong Un in Pyongyang on 19 June 2024.\n",
    "b": "Vladimir Putin flew to Pyongyang.\n",
    "c": "Nothing happened.\n",
  ]

  /// An output that keeps the notes (standard error) apart.
  final class Notes: ShellOutput {
    var notes: [String] = []
    var columns: Int? { nil }
    func write(_ bytes: [UInt8]) {}
    func note(_ text: String) { notes.append(text) }
    func page(_ text: String) -> Bool { false }
    func progress(_ title: String, total: Int, unit: String) -> (any ProgressDisplay)? { nil }
  }

  private func annotated(_ folder: TemporaryCorpus) throws -> ShellInterpreter {
    var shell = try interpreter(folder)
    _ = try shell.execute(#"annotate a "Putin" as entity:PERSON"#)
    _ = try shell.execute(#"annotate a "Pyongyang" as entity:GPE"#)
    _ = try shell.execute(#"annotate b "Vladimir Putin" as entity:PERSON"#)
    _ = try shell.execute(#"commit -m "entities""#)
    return shell
  }

  @Test func doneIsStagedShownByStatusAndUndone() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    var shell = try annotated(folder)
    #expect(try shell.execute("done a entity").text.contains("staged entity done"))
    #expect(try shell.execute("status").text.contains("~ done: (none) → entity"))
    #expect(try shell.execute("undo").text.contains("mark entity of a done"))
    #expect(try shell.execute("status").text.contains("nothing staged"))
    #expect(error(&shell, "done a entiy")?.message.contains("did you mean 'entity'") == true)
    _ = try shell.execute("done a")
    _ = try shell.execute("commit -m reviewed")
    #expect(try shell.execute("undone a").text.contains("staged entity not done"))
  }

  @Test func docsListsTheDoneLayersAndQueriesTestThem() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    var shell = try annotated(folder)
    _ = try shell.execute("done a entity time")
    let docs = try shell.execute("docs").text
    #expect(docs.contains("done"))
    #expect(docs.split(separator: "\n").contains { $0.hasPrefix("a ") && $0.contains("entity time") })
    // Staged review state is queried like staged spans.
    let staged = try shell.execute(#"query doc[done ~ "entity"]"#).text
    #expect(staged.contains("Pyongyang") && !staged.contains("Vladimir"))
    _ = try shell.execute("commit -m reviewed")
    #expect(try shell.execute(#"count doc[done ~ "time"]"#).text.contains("1"))
    #expect(!(try shell.execute(#"query doc[done = ""]"#).text.contains("Pyongyang on")))
  }

  @Test func trainingExportsTakeDoneDocumentsAndSayWhatTheyLeftOut() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    var shell = try annotated(folder)
    _ = try shell.execute("done a entity")
    _ = try shell.execute("commit -m reviewed")
    let notes = Notes()
    shell.output = notes
    #expect(try shell.execute("export conll2003 -o \(folder.root)/out.conll").text.contains("wrote 1 document"))
    #expect(
      notes.notes == [
        "conll2003: exported 1 document done for entity; left out 2 not done: b, c — use --all-documents to export them too"
      ])
    let conll = try folder.read("out.conll")
    #expect(conll.contains("Pyongyang") && !conll.contains("Vladimir"))
    notes.notes = []
    #expect(
      try shell.execute("export conll2003 --all-documents -o \(folder.root)/all.conll").text.contains(
        "wrote 3 documents"))
    #expect(notes.notes.isEmpty)
    #expect(try folder.read("all.conll").contains("Vladimir"))
    // spaCy without --layer: every layer a document has spans on must be done.
    _ = try shell.execute("export spacy -o \(folder.root)/out.jsonl")
    #expect(try folder.read("out.jsonl").split(separator: "\n").count == 1)
    // Other formats are unchanged.
    _ = try shell.execute("export jsonl -o \(folder.root)/out.all.jsonl")
    #expect(try folder.read("out.all.jsonl").split(separator: "\n").count == 3)
  }

  @Test func evalTakesOnlyDoneLayersAsGold() throws {
    let folder = try TemporaryCorpus(Self.documents)
    defer { folder.remove() }
    var shell = try annotated(folder)
    var text = try shell.execute("eval entity").text
    #expect(text.contains("layers marked done (entity in 0 of 3 documents)"))
    #expect(text.contains("(0 documents)"))
    _ = try shell.execute("done a entity")
    _ = try shell.execute("done b entity")
    text = try shell.execute("eval entity").text
    #expect(text.contains("entity in 2 of 3") && text.contains("(2 documents)"))
  }
}
