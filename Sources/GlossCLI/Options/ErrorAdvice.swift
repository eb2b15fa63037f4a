import GlossCore

/// The front end's advice for errors from the libraries: which `gloss`
/// command or option helps.
///
/// The libraries describe a problem only; they do not know which front end
/// reports it. Where an error reaches the user, the front end appends this
/// advice, so `no document 'nwes' in Corpus/ (did you mean 'news'?)` reads
/// `…; \`gloss docs\` lists them` on the command line and in the shell.
enum ErrorAdvice {
  /// What to do about `error`, or `nil` when its description says enough.
  static func advice(for error: any Error) -> String? {
    switch error {
    case let error as StoreError: return advice(for: error)
    case let error as CorpusError: return advice(for: error)
    default: return nil
    }
  }

  /// What to do about a store error: the command that lists what exists.
  static func advice(for error: StoreError) -> String? {
    switch error {
    case .unknownDocument: return "`gloss docs` lists them"
    case .unknownSpan(let document, _): return "`gloss show \(document)` lists its spans"
    default: return nil
    }
  }

  /// What to do about a corpus error: where gloss looks for a corpus.
  static func advice(for error: CorpusError) -> String? {
    switch error.kind {
    case .noCorpusFolder: return "run gloss in a corpus folder (one holding Corpus/) or pass --corpus DIR"
    default: return nil
    }
  }

  /// The error's description followed by its advice, if any (`…; advice`).
  static func message(for error: any Error) -> String {
    let description = "\(error)"
    return advice(for: error).map { "\(description); \($0)" } ?? description
  }
}
