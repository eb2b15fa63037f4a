import GlossCore
import GlossFormats
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Exports an in-memory corpus with non-ASCII text to every importable
/// format, reads it back with the format's importer, and compares spans.
@Suite struct FormatRoundTripTests {
  /// Curly quotes, an em dash, accented names, an emoji outside the BMP and
  /// a ZWJ sequence before the names, a contraction, a CRLF and a tab.
  static let text =
    "“Peace,” said José — and Zoë 😀 met 👩‍👩‍👧 Ana Pérez in Pyongyang on 3 May 2024.\r\nIt's Putin's\ttreaty; they don't mind New York Boston.\n"

  static func span(_ id: Int, _ layer: String, _ label: String, _ quote: String, attributes: [String: String] = [:])
    -> Span
  {
    let range = SourceText(text).ranges(of: quote)[0]
    return Span(
      id: "s\(id)", layer: layer, label: label, start: range.lowerBound, end: range.upperBound, attributes: attributes,
      annotator: "t", status: .accepted)
  }

  static let spans: [Span] = [
    span(1, "entity", "PERSON", "José"), span(2, "entity", "PERSON", "Zoë"), span(3, "entity", "PERSON", "Ana Pérez"),
    span(4, "entity", "GPE", "Pyongyang"), span(5, "time", "DATE", "3 May 2024", attributes: ["value": "2024-05-03"]),
    span(6, "entity", "PERSON", "Putin"), span(7, "entity", "GPE", "New York"), span(8, "entity", "GPE", "Boston"),
  ]

  static let document = Document(id: "doc", text: SourceText(text))

  /// A fresh temporary folder.
  static func folder() -> String {
    var template = Array("/tmp/gloss-formats-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }

  /// Writes the export of `format` under `root` and returns the path to import.
  static func export(_ format: ExportFormat, spans: [Span] = spans, to root: String) throws -> String {
    let path = root + "/export." + format.rawValue
    let export = CorpusExport(format: format, filter: ExportFilter(statuses: Set(SpanStatus.allCases)))
    _ = try export.run(
      documents: [document], spans: { _ in spans }, doneLayers: { _ in spans.map(\.layer) },
      to: try export.destination(path: path) { _ in })
    return path
  }

  static func key(_ layer: String, _ label: String, _ range: Range<Int>, _ attributes: [String: String]) -> String {
    "\(layer):\(label) \(range) \(attributes.sorted { $0.key < $1.key })"
  }

  @Test(arguments: [
    (ExportFormat.json, ImportFormat.json, true), (.jsonl, .jsonl, true), (.brat, .brat, true), (.xmi, .xmi, true),
    (.labelstudio, .labelstudio, true), (.conllu, .conllu, true), (.conll2003, .conll2003, false),
    (.doccano, .doccano, false), (.spacy, .spacy, false), (.csv, .csv, true), (.docbin, .docbin, true),
  ])
  func exportThenImportGivesTheSameSpans(export format: ExportFormat, importer: ImportFormat, keepsAttributes: Bool)
    throws
  {
    let root = Self.folder()
    // Formats without attributes carry only the entity layer back (a DATE needs its value).
    let spans = keepsAttributes ? Self.spans : Self.spans.filter { $0.layer == "entity" }
    let path = try Self.export(format, spans: spans, to: root)
    let corpus = Corpus(root: root, documents: [Self.document])
    let imported = try importer.makeImporter().read(path: path, corpus: corpus)
    try SpanImport.validate(imported, corpus: corpus)
    #expect(imported.map(\.documentID) == ["doc"])
    let got = imported.flatMap(\.spans).map { Self.key($0.layer, $0.label, $0.range, $0.attributes) }.sorted()
    let want = spans.map { Self.key($0.layer, $0.label, $0.range, keepsAttributes ? $0.attributes : [:]) }.sorted()
    #expect(got == want)
  }

  @Test func xmiCountsUTF16UnitsAndDoccanoToo() throws {
    let root = Self.folder()
    let xmi = try FileSystem.readFile(atPath: try Self.export(.xmi, to: root) + "/doc.xmi")
    let zoe = Self.spans[1]
    let begin = SourceText(Self.text).utf16Offset(ofScalar: zoe.start)
    #expect(begin == zoe.start)  // the emoji comes after Zoë
    let ana = Self.spans[2]
    let anaBegin = SourceText(Self.text).utf16Offset(ofScalar: ana.start)
    #expect(anaBegin == ana.start + 4)  // 😀 and the three astral scalars of 👩‍👩‍👧
    #expect(String(decoding: xmi, as: UTF8.self).contains("begin=\"\(anaBegin)\""))
    #expect(String(decoding: xmi, as: UTF8.self).contains("&#13;&#10;"))
  }

  @Test func coNLLReportsWhatItCannotHold() {
    var spans = Self.spans
    spans.append(Self.span(9, "entity", "ORG", "Ana"))  // nested in Ana Pérez
    spans.append(
      Span(
        id: "s10", layer: "entity", label: "ORG", start: Self.spans[2].start + 1, end: Self.spans[2].end,
        annotator: "t", status: .accepted))
    var exporter = CoNLL2003Exporter()
    let output = exporter.export(ExportDocument(document: Self.document, spans: spans.filter { $0.layer == "entity" }))
    #expect(output.diagnostics.map(\.span.id).sorted() == ["s10", "s9"])
    #expect(output.diagnostics.contains { $0.reason == .overlaps(spanID: "s3") })
    #expect(output.diagnostics.contains { $0.reason == .notTokenAligned })
  }

  @Test func coNLLUWritesMultiwordTokensAndTimexValues() {
    var exporter = CoNLLUExporter(tokenizer: .universalDependencies)
    let output = exporter.export(ExportDocument(document: Self.document, spans: Self.spans))
    let text = String(decoding: output.chunks[0].bytes, as: UTF8.self)
    #expect(text.hasPrefix("# newdoc id = doc\n# sent_id = doc-1\n# text = “Peace,” said"))
    #expect(text.contains("\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"))
    #expect(text.contains("\tPutin's\t"))
    #expect(text.contains("NE=B-PERSON"))
    #expect(text.contains("Time=B-DATE|TimeValue=2024-05-03"))
    #expect(output.diagnostics.isEmpty)
  }
}
