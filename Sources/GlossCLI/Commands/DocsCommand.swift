import ArgumentParser
import GlossCore
import GlossShell

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
      var session = try corpus.readingSession()
      print(try CorpusViews.documents(&session).render(style: Style()), terminator: "")
      if session.corpus.documents.contains(where: \.metadata.isDCTInferred) {
        print("(a dct ending in ? was inferred, not stated in the text)")
      }
    }
  }
}
