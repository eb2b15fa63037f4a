import ArgumentParser
import GlossCore
import GlossShell

/// Options every command that works on a corpus shares.
struct CorpusOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The corpus folder (holding Corpus/ and Annotations/).", valueName: "dir"))
  var corpus: String = "."

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who is annotating; recorded on new spans and commits (default: $GLOSS_ANNOTATOR, else git's user.name, else the login name).",
      valueName: "name"))
  var annotator: String?

  /// The annotator's name: the option, else ``AnnotatorIdentity``'s default.
  var annotatorName: String {
    AnnotatorIdentity.resolve(explicit: annotator, corpusRoot: corpus)
  }

  /// Loads the corpus, warning on standard error about files that did not load.
  func load() throws -> Corpus {
    let corpus: Corpus
    do {
      corpus = try Corpus.load(at: self.corpus)
    } catch {
      throw CLIFailure(ErrorAdvice.commandLine.message(for: error))
    }
    for problem in corpus.problems {
      Console.writeError("warning: \(problem)")
    }
    let store = AnnotationStore(corpus: corpus)
    do {
      try store.recoverIfNeeded()
    } catch {
      throw CLIFailure(ErrorAdvice.commandLine.message(for: error))
    }
    return corpus
  }

  /// Loads the corpus and opens an annotation session on it.
  func session() throws -> AnnotationSession {
    AnnotationSession(corpus: try load(), annotator: annotatorName)
  }

  /// A session for a command that only reads (inside `reporting`): every
  /// document at the newest committed revision, even while another process commits.
  func readingSession() throws -> AnnotationSession {
    var session = try session()
    try session.readCommittedRevision()
    return session
  }
}
