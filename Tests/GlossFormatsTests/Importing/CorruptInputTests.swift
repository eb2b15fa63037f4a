import GlossCore
import GlossFormats
import Testing

/// Foreign or broken input is refused with the file and line, before
/// anything is staged.
@Suite struct CorruptInputTests {
  private let corpus = Corpus(
    root: "/tmp", documents: [Document(id: "doc", text: SourceText("Ana met Bob in Zoë’s 😀 town.\n"))])

  private func read(_ format: ImportFormat, _ content: String, name: String? = nil) throws -> ImportError {
    let root = FormatRoundTripTests.folder()
    let path = root + "/" + (name ?? "input")
    try AtomicFile.write(Array(content.utf8), toPath: path)
    if format == .brat {
      try AtomicFile.write(Array("Ana met Bob in Zoë’s 😀 town.\n".utf8), toPath: root + "/doc.txt")
    }
    do {
      _ = try format.makeImporter().read(path: path, corpus: corpus)
    } catch {
      return error
    }
    Issue.record("\(format) accepted \(content)")
    return ImportError(.syntax, path: "", line: 0, "")
  }

  @Test func brokenCSV() throws {
    let header = "document,layer,label,start,end,text,status,annotator,attributes\r\n"
    var error = try read(.csv, header + "doc,entity,PERSON,0,3,Ana,accepted\r\n")
    #expect(error.kind == .syntax && error.location.line == 2)
    error = try read(.csv, header + "doc,entity,PERSON,0,3,Ann,accepted,a,\r\n")
    #expect(error.kind == .textMismatch && error.location.line == 2)
    error = try read(.csv, header + "doc,entity,PERSON,0,3,Ana,accepted,a,\r\n\"doc,entity")
    #expect(error.kind == .truncated && error.location.line == 3)
    error = try read(.csv, header + "doc,entity,PERSON,0,99,Ana,accepted,a,\r\n")
    #expect(error.kind == .badOffset)
    error = try read(.csv, "doc,entity,PERSON,0,3,Ana,accepted,a,\r\n")
    #expect(error.kind == .syntax && error.location.line == 1)
    // A quoted field across lines: the next record's line is still right.
    error = try read(
      .csv, header + "doc,entity,PERSON,0,3,Ana,accepted,\"a\nb\",\r\nnope,entity,PERSON,0,3,Ana,accepted,a,\r\n")
    #expect(error.kind == .unknownDocument && error.location.line == 4)
  }

  @Test func coNLLWithAWrongColumnCount() throws {
    let error = try read(.conll2003, "-DOCSTART- -X- O O\n\nAna _ _ B-PERSON\nmet O\n")
    #expect(error.kind == .syntax)
    #expect(error.location.line == 4)
    #expect(error.description.contains("input:4:"))
  }

  @Test func truncatedCoNLL() throws {
    let error = try read(.conll2003, "Ana _ _ B-PERSON\nmet _ _ O\nBo")
    #expect(error.kind == .truncated)
  }

  @Test func coNLLWhoseTokensAreNotTheText() throws {
    let error = try read(.conll2003, "Ana _ _ B-PERSON\nate _ _ O\n")
    #expect(error.kind == .textMismatch)
    #expect(error.location.line == 2)
  }

  @Test func unknownLabelsAndOffsetsOutsideTheText() throws {
    let unknown = try read(.brat, "T1\tWIZARD 0 3\tAna\n", name: "doc.ann")
    #expect(unknown.kind == .invalidSpan)
    #expect(unknown.location.line == 1)
    let outside = try read(
      .doccano, #"{"text": "Ana met Bob in Zoë’s 😀 town.\n", "label": [[0, 3, "PERSON"], [20, 99, "GPE"]]}"# + "\n")
    #expect(outside.kind == .badOffset)
    // Between the two UTF-16 units of the emoji.
    let inside = try read(.doccano, #"{"text": "Ana met Bob in Zoë’s 😀 town.\n", "label": [[22, 26, "GPE"]]}"# + "\n")
    #expect(inside.kind == .badOffset)
  }

  @Test func textThatDoesNotMatchTheDocument() throws {
    let error = try read(.jsonl, #"{"id": "doc", "text": "Ana met Bob.", "spans": []}"# + "\n")
    #expect(error.kind == .textMismatch)
    // é written decomposed is not the corpus's é, though Swift's == says it is.
    let decomposed = try read(.spacy, #"{"text": "Ana met Bob in Zoe\u0301’s 😀 town.\n", "entities": []}"# + "\n")
    #expect(decomposed.kind == .textMismatch)
  }

  @Test func truncatedJSON() throws {
    let error = try read(.labelstudio, #"[{"id": 1, "data": {"text": "Ana"#)
    #expect(error.kind == .truncated)
  }

  @Test func xmlWithADocumentTypeOrEntities() throws {
    let external = """
      <?xml version="1.0"?>
      <!DOCTYPE x [ <!ENTITY e SYSTEM "file:///etc/passwd"> ]>
      <xmi:XMI xmlns:xmi="http://www.omg.org/XMI"/>
      """
    let error = try read(.xmi, external, name: "doc.xmi")
    #expect(error.kind == .forbiddenXML)
    #expect(error.location.line == 2)
    let entity = try read(.xmi, "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" a=\"&e;\"/>", name: "doc.xmi")
    #expect(entity.kind == .forbiddenXML)
    let truncated = try read(
      .xmi, "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"><cas:Sofa sofaString=\"Ana", name: "doc.xmi")
    #expect(truncated.kind == .truncated)
  }

  @Test func anUnreadableFileKeepsTheSystemError() throws {
    let path = FormatRoundTripTests.folder() + "/missing.csv"
    let error = try #require(throws: ImportError.self) {
      _ = try ImportFormat.csv.makeImporter().read(path: path, corpus: corpus)
    }
    #expect(error.kind == .unreadable)
    #expect(error.fileSystemError?.path == path && error.fileSystemError?.operation == "read")
    #expect(error.location == FileLocation(path: path))
    #expect(error.description.hasPrefix("\(path): cannot read: cannot read '\(path)'"))
  }

  @Test func aRefusedSpanKeepsTheValidationError() throws {
    let location = FileLocation(path: "input.jsonl", line: 3)
    let wizard = ImportedDocument(
      documentID: "doc", spans: [ImportedSpan(layer: "entity", label: "WIZARD", range: 0..<3, location: location)])
    let error = try #require(throws: ImportError.self) { try SpanImport.validate([wizard], corpus: corpus) }
    #expect(error.kind == .invalidSpan && error.location == location)
    #expect(error.spanValidationError.map { if case .unknownLabel = $0 { true } else { false } } == true)
    #expect(error.description.hasPrefix("input.jsonl:3: doc: unknown label 'WIZARD'"))
  }
}
