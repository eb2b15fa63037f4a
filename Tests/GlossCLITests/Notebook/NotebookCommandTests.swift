import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss notebook run`, `check` and `export` as real processes.
@Suite struct NotebookCommandTests {
  static let text = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.\n"

  static let notebook = """
    # A small notebook

    Annotate one name and look at it.

    ```gloss
    annotate news "Vladimir Putin" as entity:PERSON
    commit -m "a person"
    show news entity
    ```

    A mistake, on purpose:

    ```gloss expect-error
    show news entty
    ```

    ```sh
    echo "not Gloss: left alone"
    ```

    ```gloss
    export jsonl -o people.jsonl
    ```

    """

  @Test func runWritesOutputsOnACopyAndIsByteStable() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.notebook.utf8), to: "note.md")
    var result = try GlossProcess.run(["notebook", "run", "note.md"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let written = try folder.read("note.md")
    #expect(written.contains("news  (revision 1, 1 spans)"))
    #expect(written.contains("[Vladimir Putin]PERSON"))
    #expect(written.contains("error: unknown layer 'entty' (did you mean 'entity'?)"))
    #expect(written.contains("```sh\necho \"not Gloss: left alone\"\n```\n\n```gloss"))
    #expect(written.contains("wrote 1 document to people.jsonl"))
    #expect(!written.contains("\u{1B}["), "no colour in notebooks")
    // The corpus it documents is untouched, and no file was left behind.
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/Annotations/news.spans.jsonl"))
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/people.jsonl"))
    // Running again rewrites nothing.
    result = try GlossProcess.run(["notebook", "run", "note.md"], in: folder.root)
    #expect(result.status == 0)
    #expect(result.standardError.contains("outputs unchanged"))
    #expect(try folder.read("note.md") == written)
    result = try GlossProcess.run(["notebook", "check", "note.md"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
  }

  @Test func aReceivedNotebookWritesOnlyInItsCopyAndItsFolder() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    let outside = try TemporaryCorpus([:])
    defer { outside.remove() }
    try folder.write(
      Array("```gloss\nexport jsonl -o \(outside.root)/stolen.jsonl\n```\n".utf8), to: "notes/absolute.md")
    try folder.write(
      Array("```gloss\nrender -o ../../../../../../../tmp/escaped-\(getpid()).html\n```\n".utf8), to: "notes/dots.md")
    try folder.write(Array("```gloss\nexport jsonl -o beside.jsonl\n```\n".utf8), to: "notes/inside.md")
    for name in ["absolute", "dots"] {
      let result = try GlossProcess.run(["notebook", "run", "--in-place", "notes/\(name).md"], in: folder.root)
      #expect(result.status == 1)
      #expect(try folder.read("notes/\(name).md").contains("a script or notebook writes only inside"))
    }
    #expect(try FileSystem.contentsOfDirectory(atPath: outside.root + "/Corpus").isEmpty)
    #expect(!FileSystem.fileExists(atPath: outside.root + "/stolen.jsonl"))
    #expect(!FileSystem.fileExists(atPath: "/tmp/escaped-\(getpid()).html"))
    // Relative paths land in the corpus folder; the person may allow more.
    var result = try GlossProcess.run(["notebook", "run", "--in-place", "notes/inside.md"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileSystem.fileExists(atPath: folder.root + "/beside.jsonl"))
    result = try GlossProcess.run(
      ["notebook", "run", "--in-place", "--allow-write", outside.root, "notes/absolute.md"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileSystem.fileExists(atPath: outside.root + "/stolen.jsonl"))
  }

  @Test func inPlaceRunsOnTheCorpusItself() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.notebook.utf8), to: "note.md")
    let result = try GlossProcess.run(
      ["notebook", "run", "--in-place", "note.md", "--annotator", "ana"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try folder.read("Annotations/news.spans.jsonl").contains(#""annotator":"ana""#))
    #expect(FileManager.default.fileExists(atPath: folder.root + "/people.jsonl"))
  }

  @Test func checkFailsWithADiffWhereAnOutputChanged() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.notebook.utf8), to: "note.md")
    _ = try GlossProcess.run(["notebook", "run", "note.md"], in: folder.root)
    let edited = try folder.read("note.md").replacingOccurrences(
      of: "(revision 1, 1 spans)", with: "(revision 1, 2 spans)")
    try folder.write(Array(edited.utf8), to: "note.md")
    let result = try GlossProcess.run(["notebook", "check", "note.md"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("--- note.md:5 (recorded output)\n+++ note.md:5 (output now)\n@@ "))
    #expect(result.standardError.contains("\n-news  (revision 1, 2 spans)\n+news  (revision 1, 1 spans)\n"))
    #expect(result.standardError.contains("note.md: 1 output changed"))
    #expect(try folder.read("note.md") == edited, "check writes nothing")
  }

  @Test func aFailingBlockIsShownAndFailsTheRun() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array("```gloss\nshow nope\ndocs\n```\n".utf8), to: "bad.md")
    let result = try GlossProcess.run(["notebook", "run", "bad.md"], in: folder.root)
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad.md:1: error: "))
    let written = try folder.read("bad.md")
    #expect(written.contains("```output\nerror: "))
    #expect(!written.contains("tokens"), "the block stops at its first error")
  }

  @Test func exportsJupyterAndRunsIt() throws {
    let folder = try TemporaryCorpus(["news": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.notebook.utf8), to: "note.md")
    _ = try GlossProcess.run(["notebook", "run", "note.md"], in: folder.root)
    var result = try GlossProcess.run(
      ["notebook", "export", "--ipynb", "note.md", "-o", "note.ipynb"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let json = try JSONSerialization.jsonObject(with: Data(try folder.read("note.ipynb").utf8)) as? [String: Any]
    #expect(json?["nbformat"] as? Int == 4)
    let kernelspec = (json?["metadata"] as? [String: Any])?["kernelspec"] as? [String: Any]
    #expect(kernelspec?["display_name"] as? String == "Gloss")
    let cells = json?["cells"] as? [[String: Any]] ?? []
    #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "code", "markdown", "code", "markdown", "code"])
    let first = (cells[1]["outputs"] as? [[String: Any]])?.first
    #expect(first?["output_type"] as? String == "execute_result")
    let exported = try folder.read("note.ipynb")
    // Running the .ipynb writes the same outputs back.
    result = try GlossProcess.run(["notebook", "run", "note.ipynb"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try folder.read("note.ipynb") == exported)
    result = try GlossProcess.run(["notebook", "check", "note.ipynb"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
  }
}
