import GlossCore
import GlossTestSupport
import Testing

@Suite struct ImportCommandTests {
  private func corpus() throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(["doc": "Zoë 😀 met Ana Pérez in New York.\n"])
    for (label, text) in [("PERSON", "Zoë"), ("PERSON", "Ana Pérez"), ("GPE", "New York"), ("PERSON", "Ana")] {
      let result = try GlossProcess.run(["add", "doc", "entity:\(label)", "--text", text], in: folder.root)
      #expect(result.status == 0, "\(result.standardError)")
    }
    // Reviewed, so the training-data exports (CoNLL, spaCy) take it.
    let done = try GlossProcess.run(["done", "doc", "entity"], in: folder.root)
    #expect(done.status == 0, "\(done.standardError)")
    return folder
  }

  @Test func whatBratHoldsBeyondSpansIsNamedOnStandardError() throws {
    let folder = try TemporaryCorpus(["news": "Ana met Bob.\n"])
    defer { folder.remove() }
    try folder.write(Array("Ana met Bob.\n".utf8), to: "brat/news.txt")
    let ann = "T1\tPERSON 0 3\tAna\nT2\tPERSON 8 11\tBob\nR1\tKnows Arg1:T1 Arg2:T2\n"
    try folder.write(Array(ann.utf8), to: "brat/news.ann")
    let result = try GlossProcess.run(["import", "brat", "brat"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("imported 2 spans in 1 document"), "\(result.standardOutput)")
    #expect(
      result.standardError.contains(
        "warning: brat/news.ann:3: relation R1 was not imported: Gloss has no relations between spans (1 relation skipped)"
      ), "\(result.standardError)")
  }

  @Test func exportsThenImportsEveryFormatAsOneRevision() throws {
    let source = try corpus()
    defer { source.remove() }
    for format in ["json", "jsonl", "conllu", "brat", "xmi", "labelstudio", "doccano", "spacy", "conll2003", "csv"] {
      let exported = try GlossProcess.run(["export", format, "-o", "out.\(format)"], in: source.root)
      #expect(exported.status == 0, "\(format): \(exported.standardError)")
      let target = try TemporaryCorpus(["doc": "Zoë 😀 met Ana Pérez in New York.\n"])
      defer { target.remove() }
      let imported = try GlossProcess.run(["import", format, source.root + "/out.\(format)"], in: target.root)
      #expect(imported.status == 0, "\(format): \(imported.standardError)")
      #expect(imported.standardOutput.contains("committed revision 1"), "\(format)")
      let back = try GlossProcess.run(["export", "csv"], in: target.root)
      let rows = back.standardOutput.split(separator: "\r\n").count - 1
      // One CoNLL column, or spaCy's doc.ents, cannot hold "Ana" nested in "Ana Pérez".
      #expect(rows == (["conll2003", "conllu", "spacy"].contains(format) ? 3 : 4), "\(format): \(back.standardOutput)")
    }
  }

  @Test func coNLLNamesTheSpansItCannotHold() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["export", "conll2003", "--labels", "conll", "--tags", "bioes"], in: folder.root)
    #expect(result.status == 0)
    #expect(result.standardError.contains("1 span cannot be expressed"))
    #expect(result.standardError.contains("doc s4 entity:PERSON [10, 13) overlaps s2"))
    #expect(result.standardOutput.contains("Ana _ _ B-PER\nPérez _ _ E-PER\n"))
    #expect(result.standardOutput.contains("New _ _ B-LOC\nYork _ _ E-LOC\n"))
  }

  @Test func aBadFileImportsNothing() throws {
    let folder = try TemporaryCorpus(["doc": "Zoë met Ana.\n"])
    defer { folder.remove() }
    try folder.write(
      Array("-DOCSTART- -X- O O\n\nZoë _ _ B-PERSON\nmet _ _ O\nAna _ _ B-WIZARD\n. _ _ O\n".utf8), to: "bad.conll")
    let result = try GlossProcess.run(["import", "conll2003", "bad.conll"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("bad.conll:5: unknown label 'WIZARD'"), "\(result.standardError)")
    let spans = try GlossProcess.run(["export", "csv", "--status", "all"], in: folder.root)
    #expect(spans.standardOutput.split(separator: "\r\n").count == 1)
  }

  @Test func layerOptionImportsOnlyThatLayer() throws {
    let folder = try TemporaryCorpus(["doc": "Zoë met Ana in June 2024.\n"])
    defer { folder.remove() }
    // spaCy's shape cannot carry a TIMEX3 value, so the time span would fail the scheme.
    try folder.write(
      Array(
        #"{"text": "Zoë met Ana in June 2024.\n", "entities": [[0, 3, "PERSON"], [8, 11, "PERSON"]], "spans": {"time": [[15, 24, "DATE"]]}, "meta": {"id": "doc"}}"#
          .utf8) + [0x0A], to: "train.jsonl")
    let whole = try GlossProcess.run(["import", "spacy", "train.jsonl"], in: folder.root)
    #expect(whole.status != 0 && whole.standardError.contains("value"), "\(whole.standardError)")
    let entities = try GlossProcess.run(["import", "spacy", "train.jsonl", "--layer", "entity"], in: folder.root)
    #expect(entities.status == 0, "\(entities.standardError)")
    #expect(
      entities.standardOutput.contains("imported 2 spans in 1 document; left out 1 span of other layers (time 1)"))
  }

  @Test func folderFormatsNeedAFolder() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["export", "brat"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("-o FOLDER"))
  }
}
