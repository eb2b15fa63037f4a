import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

@Suite struct ShellImportTests {
  static let text = "Zoë 😀 met Ana Pérez in New York.\n"
  static let conll =
    "-DOCSTART- -X- O O\n\nZoë _ _ B-PERSON\n😀 _ _ O\nmet _ _ O\nAna _ _ B-PERSON\nPérez _ _ I-PERSON\nin _ _ O\nNew _ _ B-GPE\nYork _ _ I-GPE\n. _ _ O\n\n"

  @Test func importStagesSoStatusUndoAndCommitWork() throws {
    let folder = try TemporaryCorpus(["doc": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.conll.utf8), to: "in.conll")
    var shell = try interpreter(folder)
    var output = try shell.execute("import conll2003 \(folder.root)/in.conll")
    #expect(output.text.contains("staged 3 spans in 1 document"), "\(output.text)")
    // Staged, not written.
    #expect(try AnnotationStore(corpus: try folder.load()).headRevision() == 0)
    output = try shell.execute("status")
    #expect(output.text.contains("entity:PERSON [0, 3)"), "\(output.text)")
    #expect(output.text.contains("entity:GPE [23, 31)"), "\(output.text)")
    // One undo step takes the whole import back.
    #expect(try shell.execute("undo").text.contains("undid"))
    #expect(!shell.session.hasStagedChanges)
    _ = try shell.execute("import conll2003 \(folder.root)/in.conll")
    // Importing again skips what is already staged.
    output = try shell.execute("import conll2003 \(folder.root)/in.conll")
    #expect(output.text.contains("nothing new to import (3 already present, skipped)"), "\(output.text)")
    output = try shell.execute(#"commit -m "from conll""#)
    #expect(output.text.contains("committed revision 1: from conll"))
    let spans = try AnnotationStore(corpus: try folder.load()).annotations(for: "doc").spans
    #expect(spans.map(\.qualifiedLabel).sorted() == ["entity:GPE", "entity:PERSON", "entity:PERSON"])
    #expect(Set(spans.map(\.range)) == [0..<3, 10..<19, 23..<31])
  }

  @Test func dryRunStagesNothingAndJSONReportsCounts() throws {
    let folder = try TemporaryCorpus(["doc": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.conll.utf8), to: "in.conll")
    var shell = try interpreter(folder)
    let output = try shell.execute("import conll2003 \(folder.root)/in.conll --dry-run")
    #expect(output.text.contains("would import 3 spans in 1 document"), "\(output.text)")
    #expect(!shell.session.hasStagedChanges)
    _ = try shell.execute("set format json")
    let json = try JSONParser.parse(try shell.execute("import conll2003 \(folder.root)/in.conll --dry-run").json)
    #expect(json["added"]?.intValue == 3)
    #expect(!shell.session.hasStagedChanges)
  }

  @Test func exportThenImportRoundTripsInTheShell() throws {
    let source = try TemporaryCorpus(["doc": Self.text])
    defer { source.remove() }
    var shell = try interpreter(source)
    _ = try shell.execute(#"annotate doc "Ana Pérez" as entity:PERSON"#)
    _ = try shell.execute(#"annotate doc "New York" as entity:GPE"#)
    _ = try shell.execute("done doc entity")  // reviewed: CoNLL-U is training data
    _ = try shell.execute(#"commit -m "two""#)
    for format in ["jsonl", "doccano", "labelstudio", "brat", "xmi", "conllu"] {
      _ = try shell.execute("export \(format) -o \(source.root)/out.\(format)")
      let target = try TemporaryCorpus(["doc": Self.text])
      defer { target.remove() }
      var other = try interpreter(target)
      let output = try other.execute("import \(format) \(source.root)/out.\(format)")
      #expect(output.text.contains("staged 2 spans in 1 document"), "\(format): \(output.text)")
      let spans = try other.session.annotations(for: "doc").spans
      #expect(Set(spans.map(\.range)) == [10..<19, 23..<31], "\(format)")
    }
  }

  @Test func badInputStagesNothingAndPointsAtTheWord() throws {
    let folder = try TemporaryCorpus(["doc": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.conll.replacingOccurrences(of: "B-GPE", with: "B-WIZARD").utf8), to: "bad.conll")
    var shell = try interpreter(folder)
    var failure = try #require(error(&shell, "import conll2003 \(folder.root)/bad.conll"))
    #expect(failure.message.contains("bad.conll:9: unknown label 'WIZARD'"), "\(failure.message)")
    #expect(failure.column == 18)
    #expect(!shell.session.hasStagedChanges)
    failure = try #require(error(&shell, "import conl2003 x"))
    #expect(failure.message.contains("did you mean 'conll2003'"))
    failure = try #require(error(&shell, "import conll2003 \(folder.root)/missing.conll"))
    #expect(failure.message.contains("no such file"))
    failure = try #require(error(&shell, "import conll2003 \(folder.root)/bad.conll --layer entiy"))
    #expect(failure.message.contains("did you mean 'entity'"))
    failure = try #require(error(&shell, "import conll2003"))
    #expect(failure.message.contains("needs a file or folder"))
    #expect(try shell.execute("help import").text.contains("import FORMAT PATH"))
  }

  @Test func completesFormatsPathsAndOptions() throws {
    let folder = try TemporaryCorpus(["doc": Self.text])
    defer { folder.remove() }
    try folder.write(Array(Self.conll.utf8), to: "in.conll")
    let completer = ShellCompleter(corpus: try folder.load())
    #expect(completer.completions("imp").candidates == ["import"])
    #expect(completer.completions("import conll").candidates == ["conll2003", "conllu"])
    #expect(completer.completions("import conll2003 \(folder.root)/in.c").candidates == ["\(folder.root)/in.conll"])
    #expect(completer.completions("import conll2003 x.conll --d").candidates == ["--dry-run"])
  }
}
