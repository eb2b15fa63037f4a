import Foundation
import GlossCore
import GlossFormats
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// CoNLL-U's LEMMA, UPOS, HEAD and DEPREL columns: written from a document's
/// syntax (placeholders where there is none or its tree is broken), and read
/// back as `syntax` corrections where a treebank's gold columns differ from
/// the cached prediction.
@Suite struct CoNLLUSyntaxTests {
  /// Kim 0..<3 signed 4..<10 the 11..<14 pact 15..<19 . | It 21..<23 was 24..<27 signed 28..<34 .
  static let text = "Kim signed the pact. It was signed.\n"

  static func token(_ tag: String, _ lemma: String, _ head: Int?, _ relation: String) -> TokenSyntax {
    TokenSyntax(tag: tag, lemma: lemma, head: head, relation: relation)
  }

  static let predicted = DocumentSyntax([
    token("PROPN", "Kim", 1, "nsubj"),
    token("VERB", "sign", nil, "root"),
    token("DET", "the", 3, "det"),
    token("NOUN", "pact", 1, "obj"),
    token("PUNCT", ".", 1, "punct"),
    token("PRON", "it", 7, "nsubj:pass"),
    token("AUX", "be", 7, "aux:pass"),
    token("VERB", "sign", nil, "root"),
    token("PUNCT", ".", 7, "punct"),
  ])

  static let kim = Span(
    id: "s1", layer: "entity", label: "PERSON", start: 0, end: 3, annotator: "ana", status: .accepted)

  static let firstSentence = """
    # sent_id = d-1
    # text = Kim signed the pact.
    1\tKim\tKim\tPROPN\t_\t_\t2\tnsubj\t_\tNE=B-PERSON
    2\tsigned\tsign\tVERB\t_\t_\t0\troot\t_\t_
    3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
    4\tpact\tpact\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_


    """

  static let secondSentence = """
    # sent_id = d-2
    # text = It was signed.
    1\tIt\tit\tPRON\t_\t_\t3\tnsubj:pass\t_\t_
    2\twas\tbe\tAUX\t_\t_\t3\taux:pass\t_\t_
    3\tsigned\tsign\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
    4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_


    """

  static let placeholderSecondSentence = """
    # sent_id = d-2
    # text = It was signed.
    1\tIt\t_\tX\t_\t_\t0\troot\t_\t_
    2\twas\t_\tX\t_\t_\t1\tdep\t_\t_
    3\tsigned\t_\tX\t_\t_\t1\tdep\t_\tSpaceAfter=No
    4\t.\t_\tX\t_\t_\t1\tdep\t_\t_


    """

  static let placeholderFirstSentence = """
    # sent_id = d-1
    # text = Kim signed the pact.
    1\tKim\t_\tX\t_\t_\t0\troot\t_\tNE=B-PERSON
    2\tsigned\t_\tX\t_\t_\t1\tdep\t_\t_
    3\tthe\t_\tX\t_\t_\t1\tdep\t_\t_
    4\tpact\t_\tX\t_\t_\t1\tdep\t_\tSpaceAfter=No
    5\t.\t_\tX\t_\t_\t1\tdep\t_\t_


    """

  /// A fresh folder for a corpus whose store's `.gitignore` keeps the cache out of git.
  static func corpusRoot() throws -> String {
    var template = Array("/tmp/gloss-conllu-syntax-XXXXXX".utf8CString)
    let root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    try FileSystem.createDirectory(atPath: root + "/Annotations", intermediate: true)
    try AtomicFile.write(Array(".cache/\n".utf8), toPath: root + "/Annotations/.gitignore")
    return root
  }

  /// Removes a folder made by ``corpusRoot()``.
  static func remove(_ root: String) {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A corpus of `documents` (id → text) at `root`, with `predicted` cached for the ones named.
  static func corpus(at root: String, _ documents: [String: String], predicted: [String: DocumentSyntax] = [:]) throws
    -> Corpus
  {
    let corpus = Corpus(
      root: root,
      documents: documents.keys.sorted().map { Document(id: $0, text: SourceText(documents[$0]!)) })
    let cache = SyntaxCache(corpus: corpus)
    for (id, syntax) in predicted {
      let entry = SyntaxCache.Entry(
        syntax: syntax, modelDigest: "m", continuesToken: Array(repeating: false, count: syntax.count))
      #expect(try cache.write(entry, for: corpus.document(id)!))
    }
    return corpus
  }

  /// The CoNLL-U of `documents` and the export's summary.
  static func export(
    _ documents: [Document], spans: [Span] = [kim], writesSyntax: Bool = true,
    syntax: @escaping (Document, [Span]) -> DocumentSyntax?
  ) throws -> (text: String, summary: CorpusExport.Summary) {
    var options = ExportOptions()
    options.writesSyntax = writesSyntax
    let export = CorpusExport(format: .conllu, options: options)
    var bytes: [UInt8] = []
    let summary = try export.run(
      documents: documents, spans: { _ in spans }, doneLayers: { _ in spans.map(\.layer) + ["entity"] },
      syntax: syntax,
      to: try export.destination(path: nil) { bytes += $0 })
    return (String(decoding: bytes, as: UTF8.self), summary)
  }

  static let document = Document(id: "d", text: SourceText(text))

  @Test func theColumnsComeFromTheSyntax() throws {
    let (output, summary) = try Self.export([Self.document]) { _, _ in Self.predicted }
    #expect(output == "# newdoc id = d\n" + Self.firstSentence + Self.secondSentence)
    #expect(summary.notes.isEmpty)
  }

  @Test func aSentenceWhoseTreeIsBrokenGetsPlaceholdersAndANote() throws {
    var twoRoots = Self.predicted
    twoRoots[5] = Self.token("PRON", "it", nil, "root")
    var (output, summary) = try Self.export([Self.document]) { _, _ in twoRoots }
    #expect(output == "# newdoc id = d\n" + Self.firstSentence + Self.placeholderSecondSentence)
    #expect(summary.notes == ["d sentence 2: the sentence has 2 roots, not one; placeholders written for it"])

    // A head in the other sentence.
    var across = Self.predicted
    across[3] = Self.token("NOUN", "pact", 7, "obj")
    (output, summary) = try Self.export([Self.document]) { _, _ in across }
    #expect(output == "# newdoc id = d\n" + Self.placeholderFirstSentence + Self.secondSentence)
    #expect(summary.notes == ["d sentence 1: word 4's head is outside its sentence; placeholders written for it"])

    // A relation that is not UD's, and a cycle.
    var unknown = Self.predicted
    unknown[0] = Self.token("PROPN", "Kim", 1, "subj")
    unknown[6] = Self.token("AUX", "be", 8, "aux")
    unknown[8] = Self.token("PUNCT", ".", 6, "punct")
    (output, summary) = try Self.export([Self.document]) { _, _ in unknown }
    #expect(output == "# newdoc id = d\n" + Self.placeholderFirstSentence + Self.placeholderSecondSentence)
    #expect(
      summary.notes == [
        "d sentence 1: 'subj' is not a UD relation; placeholders written for it",
        "d sentence 2: word 2 is in a cycle of heads; placeholders written for it",
      ])
  }

  @Test func aCorrectionThatBreaksTheTreeGivesPlaceholders() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text], predicted: ["d": Self.predicted])
    let cache = SyntaxCache(corpus: corpus)
    // "It" corrected to be a root: sentence 2 has two.
    let correction = Span(
      id: "s2", layer: SyntaxLayer.name, label: "PRON", start: 21, end: 23, attributes: ["head": "root"],
      annotator: "ana", status: .accepted)
    let (output, summary) = try Self.export([Self.document], spans: [Self.kim, correction]) {
      cache.correctedSyntax(of: $0, spans: $1)
    }
    #expect(output == "# newdoc id = d\n" + Self.firstSentence + Self.placeholderSecondSentence)
    #expect(summary.notes == ["d sentence 2: the sentence has 2 roots, not one; placeholders written for it"])
    // A correction that keeps a tree is written.
    let lemma = Span(
      id: "s3", layer: SyntaxLayer.name, label: "NOUN", start: 15, end: 19, attributes: ["lemma": "Pact"],
      annotator: "ana", status: .accepted)
    let corrected = try Self.export([Self.document], spans: [Self.kim, lemma]) {
      cache.correctedSyntax(of: $0, spans: $1)
    }
    #expect(corrected.text.contains("4\tpact\tPact\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n"))
    #expect(corrected.summary.notes.isEmpty)
  }

  @Test func placeholderSyntaxWritesNoColumnsAndNoNote() throws {
    let (output, summary) = try Self.export([Self.document], writesSyntax: false) { _, _ in Self.predicted }
    #expect(output == "# newdoc id = d\n" + Self.placeholderFirstSentence + Self.placeholderSecondSentence)
    #expect(summary.notes.isEmpty)
  }

  @Test func documentsWithoutSyntaxAreCountedInOneNote() throws {
    let other = Document(id: "e", text: SourceText("Kim left.\n"))
    let (output, summary) = try Self.export([Self.document, other]) { document, _ in
      document.id == "d"
        ? nil
        : DocumentSyntax([
          Self.token("PROPN", "Kim", 1, "nsubj"), Self.token("VERB", "leave", nil, "root"),
          Self.token("PUNCT", ".", 1, "punct"),
        ])
    }
    #expect(output.hasPrefix("# newdoc id = d\n" + Self.placeholderFirstSentence + Self.placeholderSecondSentence))
    #expect(
      output.contains(
        "1\tKim\tKim\tPROPN\t_\t_\t2\tnsubj\t_\tNE=B-PERSON\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"))
    #expect(
      summary.notes == [
        "1 document has no syntax yet (gloss tag computes it): UPOS X and a flat placeholder tree written for it"
      ])
    #expect(summary.note(format: .conllu)?.contains("conllu: 1 document has no syntax yet") == true)
  }

  @Test func syntaxOnOtherTokensIsNotWritten() throws {
    let (output, summary) = try Self.export([Self.document]) { _, _ in DocumentSyntax([Self.predicted[0]]) }
    #expect(output == "# newdoc id = d\n" + Self.placeholderFirstSentence + Self.placeholderSecondSentence)
    #expect(summary.notes == ["d: its syntax was computed on other tokens; placeholders written (run gloss tag)"])
  }

  @Test func unknownTagsLemmasAndTabsAreWrittenSafely() throws {
    var odd = Self.predicted
    odd[0] = Self.token("NNP", "", 1, "nsubj")
    odd[2] = Self.token("DET", "th\te", 3, "det")
    let (output, _) = try Self.export([Self.document], spans: []) { _, _ in odd }
    #expect(output.contains("1\tKim\t_\tX\t_\t_\t2\tnsubj\t_\t_\n"))
    #expect(output.contains("3\tthe\tth e\tDET\t_\t_\t4\tdet\t_\t_\n"))
  }

  // MARK: - Import

  /// Imports `conllu` into `corpus` and returns the spans per document.
  static func importing(_ conllu: String, into corpus: Corpus) throws -> [String: [ImportedSpan]] {
    let path = corpus.root + "/gold.conllu"
    try AtomicFile.write(Array(conllu.utf8), toPath: path)
    var result: [String: [ImportedSpan]] = [:]
    for document in try CoNLLUImporter().read(path: path, corpus: corpus) {
      result[document.documentID] = document.spans
    }
    return result
  }

  static func describe(_ spans: [ImportedSpan]?) -> [String] {
    (spans ?? []).map { span in
      "\(span.layer):\(span.label) \(span.range) "
        + span.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
  }

  @Test func goldColumnsThatDifferFromThePredictionBecomeSyntaxSpans() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text], predicted: ["d": Self.predicted])
    // pact is a PROPN in the gold; It is an expl.
    let gold =
      "# newdoc id = d\n"
      + Self.firstSentence.replacingOccurrences(of: "4\tpact\tpact\tNOUN", with: "4\tpact\tpact\tPROPN")
      + Self.secondSentence.replacingOccurrences(of: "\t3\tnsubj:pass\t", with: "\t3\texpl\t")
    let spans = try Self.importing(gold, into: corpus)
    #expect(
      Self.describe(spans["d"]) == [
        "syntax:PROPN 15..<19 deprel=obj head=4 lemma=pact",
        "entity:PERSON 0..<3 ",
        "syntax:PRON 21..<23 deprel=expl head=28 lemma=it",
      ])
  }

  @Test func exportedSyntaxImportsBackAsNoCorrections() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text], predicted: ["d": Self.predicted])
    let cache = SyntaxCache(corpus: corpus)
    let (output, _) = try Self.export(corpus.documents) { cache.correctedSyntax(of: $0, spans: $1) }
    #expect(Self.describe(try Self.importing(output, into: corpus)["d"]) == ["entity:PERSON 0..<3 "])
  }

  @Test func placeholderSentencesAddNoSpans() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text], predicted: ["d": Self.predicted])
    let (output, _) = try Self.export(corpus.documents, writesSyntax: false) { _, _ in nil }
    #expect(Self.describe(try Self.importing(output, into: corpus)["d"]) == ["entity:PERSON 0..<3 "])
    // Without a prediction too.
    let bareRoot = try Self.corpusRoot()
    defer { Self.remove(bareRoot) }
    let bare = try Self.corpus(at: bareRoot, ["d": Self.text])
    #expect(Self.describe(try Self.importing(output, into: bare)["d"]) == ["entity:PERSON 0..<3 "])
  }

  @Test func withoutAPredictionEveryGoldWordIsASpan() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text])
    let gold = "# newdoc id = d\n" + Self.firstSentence + Self.placeholderSecondSentence
    let spans = Self.describe(try Self.importing(gold, into: corpus)["d"])
    #expect(
      spans == [
        "syntax:PROPN 0..<3 deprel=nsubj head=4 lemma=Kim",
        "syntax:VERB 4..<10 deprel=root head=root lemma=sign",
        "syntax:DET 11..<14 deprel=det head=15 lemma=the",
        "syntax:NOUN 15..<19 deprel=obj head=4 lemma=pact",
        "syntax:PUNCT 19..<20 deprel=punct head=4 lemma=.",
        "entity:PERSON 0..<3 ",
      ])
    // Applied back over no prediction, the spans give the gold columns.
    let corrections = try CoNLLUImporter().read(path: corpus.root + "/gold.conllu", corpus: corpus)[0].spans
      .filter { $0.layer == SyntaxLayer.name }.enumerated().map { number, span in
        Span(
          id: "s\(number + 1)", layer: span.layer, label: span.label, start: span.range.lowerBound,
          end: span.range.upperBound, attributes: span.attributes, annotator: "ana", status: .accepted)
      }
    let syntax = try #require(SyntaxCache(corpus: corpus).correctedSyntax(of: corpus.documents[0], spans: corrections))
    #expect((0..<5).map { syntax[$0] } == (0..<5).map { Self.predicted[$0] })
  }

  @Test func aMissingBlankLineBetweenSentencesIsAnErrorNotWrongOffsets() throws {
    let root = try Self.corpusRoot()
    defer { Self.remove(root) }
    let corpus = try Self.corpus(at: root, ["d": Self.text], predicted: ["d": Self.predicted])
    // The two sentences run together: words 1–5 then 1–4, which would put the
    // first sentence's spans on the second's words.
    let joined = "# newdoc id = d\n" + Self.firstSentence.dropLast() + Self.secondSentence
    let error = #expect(throws: ImportError.self) { try Self.importing(joined, into: corpus) }
    #expect(error?.message.contains("word ID 1 where 6 was expected") == true, "\(String(describing: error))")
    var reader = CoNLLUReader(string: "1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n3\tb\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
    #expect(throws: CoNLLUError.self) { try reader.next() }
  }
}
