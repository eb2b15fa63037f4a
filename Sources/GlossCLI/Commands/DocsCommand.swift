import ArgumentParser
import GlossCore

/// `gloss docs`: the documents of the corpus with their sizes and spans.
struct DocsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docs",
    abstract: "List the documents with token, sentence and span counts.",
    discussion: """
      Examples:
        gloss docs
        gloss docs --corpus ~/corpora/treaty
      """)

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    try reporting {
      var session = try corpus.session()
      var table = TextTable(
        ["id", "tokens", "sentences", "accepted", "suggested", "rejected", "rev", "dct", "title"],
        alignments: [.left, .right, .right, .right, .right, .right, .right, .left, .left])
      let tokenizer = Tokenizer()
      for document in session.corpus.documents {
        let tokenization = tokenizer.tokenize(document.text)
        let annotations = try session.annotations(for: document.id)
        let counts = Dictionary(grouping: annotations.spans, by: \.status).mapValues(\.count)
        var title = document.metadata.title ?? ""
        if try session.isStale(document.id) { title = "(STALE: text changed since annotated) " + title }
        var dct = document.metadata.dct ?? ""
        if document.metadata.isDCTInferred && !dct.isEmpty { dct += "?" }
        table.append([
          document.id, String(tokenization.tokens.count), String(tokenization.sentences.count),
          String(counts[.accepted] ?? 0), String(counts[.suggested] ?? 0), String(counts[.rejected] ?? 0),
          String(annotations.revision), dct, title,
        ])
      }
      print(table.render(style: Style()), terminator: "")
      if session.corpus.documents.contains(where: \.metadata.isDCTInferred) {
        print("(a dct ending in ? was inferred, not stated in the text)")
      }
    }
  }
}
