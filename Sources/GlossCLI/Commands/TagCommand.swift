import ArgumentParser
import GlossCore
import GlossFormats
import GlossShell
import GlossTaggers
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

/// `gloss tag`: run the taggers on documents and commit their suggestions,
/// or tag a stream of JSON Lines for other programs.
struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag documents with the shipped taggers; suggestions are committed for review.",
    discussion: """
      Suggestions are stored as `suggested` spans, one revision for the whole
      run; review them in the shell (`review DOC`) or with `gloss accept` /
      `gloss reject`. Spans a person accepted or rejected are never touched,
      and tagging again does not duplicate suggestions.

      With --jsonl, Gloss reads JSON Lines on standard input, each
      {"id", "text", "meta": {"dct"}}, and writes one line per input, in
      order and flushed at once, in the project's JSON document shape with the
      suggested spans; a malformed line yields {"id", "error"} and the stream
      goes on. No corpus is needed.

      Tagging also computes each document's syntax — the part of speech,
      lemma, head and relation of every token, from the shipped POS model,
      lemma data and parser — into Annotations/.cache/syntax (git-ignored; a
      person's corrections are `syntax` spans, versioned like the others).
      It is recomputed only when the text or a model changed. --layers
      syntax computes only that.

      When the corpus has entity models of its own (Models/entities-r<REVISION>.glossmodel,
      from `gloss train entities --from accepted`), the newest one also tags
      entities, after the entity rules (it fills their gaps), as the annotator
      tagger:entities-perceptron@1/<FILE>; the run says which model it used.

      Examples:
        gloss tag
        gloss tag 003_6658ac4e4684006a --layers time
        gloss tag --jsonl --layers time < documents.jsonl > tagged.jsonl
      """)

  @OptionGroup var corpus: CorpusOptions

  @Argument(help: ArgumentHelp("Documents to tag (default: all).", valueName: "doc"))
  var documents: [String] = []

  @Option(
    help: ArgumentHelp(
      "The layers to tag, comma-separated (default: every layer with a tagger and syntax: \((StandardTaggers.layers + ["syntax"]).joined(separator: ","))).",
      valueName: "layers"))
  var layers: String?

  @Flag(help: "Tag JSON Lines from standard input to standard output.")
  var jsonl = false

  @Option(name: [.short, .long], help: "The commit message.")
  var message: String?

  @Flag(help: "Print a table of what tagging changed in each document (by default one summary line).")
  var details = false

  /// The layers named, or nil for all.
  var named: [String]? { layers.map { $0.split(separator: ",").map { $0.filter { $0 != " " } } } }
  /// The selected span layers, or nil for all.
  var selectedLayers: [String]? { named?.filter { $0 != SyntaxLayer.name } }
  /// Whether the syntax is computed: with every layer, or when `syntax` is named.
  var computesSyntax: Bool { !jsonl && (named?.contains(SyntaxLayer.name) ?? true) }

  func validate() throws {
    if jsonl && !documents.isEmpty { throw ValidationError("--jsonl reads documents from standard input; give no DOC") }
  }

  func run() throws {
    let tagger: CombinedTagger
    var entityModel: String?
    if computesSyntax, selectedLayers?.isEmpty == true {
      try reporting { try tagSyntax(try corpus.session().corpus) }
      return
    }
    do {
      if jsonl {
        tagger = try StandardTaggers.tagger(layers: selectedLayers)
      } else {
        (tagger, entityModel) = try CorpusTaggers.tagger(layers: selectedLayers, corpusAt: corpus.corpus)
      }
    } catch {
      throw CLIFailure("\(error)")
    }
    if jsonl {
      StandardInputTagging(tagging: JSONLinesTagging(tagger: tagger)).run()
      return
    }
    try reporting {
      var session = try corpus.session()
      if let entityModel {
        Console.writeError(
          "entity model: \(entityModel) (after the entity rules, as \(CorpusTaggers.annotator(modelAt: entityModel)))")
      }
      let ids = documents.isEmpty ? session.corpus.documents.map(\.id) : documents
      // The syntax first: the clause tagger then reads the parse from its cache.
      let cache = computesSyntax ? try tagSyntax(session.corpus) : nil
      var report = TaggingReport()
      var progress = ProgressReporter("tag", total: ids.count, unit: "docs")
      defer { progress.finish() }
      for id in ids {
        let syntax = try cache.flatMap { cache in cache.syntax(of: try session.document(id)) }
        report.add(id, try TaggingRun.tag(id, with: tagger, in: &session, syntax: syntax))
        progress.advance()
      }
      progress.finish()
      Console.writeOutput(Array((details ? report.table(style: Style()) : report.summary).utf8))
      guard session.hasStagedChanges else {
        Console.writeError("nothing changed; no revision written")
        return
      }
      let text =
        message
        ?? "tag \(ids.count == 1 ? ids[0] : "\(ids.count) documents") with \(tagger.taggers.map(\.name).joined(separator: ", "))"
      let revision = try session.commit(message: text)
      Console.writeError("committed revision \(revision.number): \(revision.message)")
    }
  }
}

extension TagCommand {
  /// Computes the syntax of the selected documents whose cache is not
  /// current, and returns the tagging that reads it back.
  @discardableResult
  func tagSyntax(_ corpus: Corpus) throws -> SyntaxTagging {
    let tagging = SyntaxTagging(annotator: try SyntaxAnnotator.sharedShipped(), corpus: corpus)
    let lookup = AnnotationSession(corpus: corpus, annotator: "")
    let selected = try documents.isEmpty ? corpus.documents : documents.map { try lookup.document($0) }
    var progress = ProgressReporter("syntax", total: selected.count, unit: "docs")
    let summary = try tagging.run(selected) { progress.advance() }
    progress.finish()
    Console.writeError(summary.description)
    return tagging
  }
}

/// The streaming batch mode of `gloss tag --jsonl` on standard input.
struct StandardInputTagging {
  /// Tags each line.
  let tagging: JSONLinesTagging

  /// Reads standard input line by line until its end.
  func run() {
    let input = StreamLineReader()
    var lineNumber = 0
    while let line = input.readLineBytes() {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      Console.writeOutput(
        tagging.output(for: line, at: FileLocation(path: JSONLinesTagging.inputName, line: lineNumber)))
    }
  }
}
