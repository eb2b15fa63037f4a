import GlossCore

/// The advice a front end adds to errors from the libraries: which command
/// or option helps.
///
/// The libraries describe a problem only; they do not know which front end
/// reports it. Where an error reaches the user, the front end appends this
/// advice in its own words: `no document 'nwes' in Corpus/ (did you mean
/// 'news'?)` reads `…; \`gloss docs\` lists them` on the command line and
/// `…; \`docs\` lists them` in the shell, where commands have no prefix.
public struct ErrorAdvice: Sendable {
  /// What commands start with: `gloss ` on the command line, nothing in the shell.
  public var commandPrefix: String

  /// Advice naming commands with `commandPrefix`.
  public init(commandPrefix: String) {
    self.commandPrefix = commandPrefix
  }

  /// The command line's advice.
  public static let commandLine = ErrorAdvice(commandPrefix: "gloss ")
  /// The shell's advice.
  public static let shell = ErrorAdvice(commandPrefix: "")

  /// What to do about `error`, or `nil` when its description says enough.
  public func advice(for error: any Error) -> String? {
    switch error {
    case let error as StoreError: return advice(for: error)
    case let error as CorpusError: return advice(for: error)
    default: return nil
    }
  }

  /// What to do about a store error: the command that lists what exists.
  public func advice(for error: StoreError) -> String? {
    switch error {
    case .unknownDocument: return "`\(commandPrefix)docs` lists them"
    case .unknownSpan(let document, _): return "`\(commandPrefix)show \(document)` lists its spans"
    default: return nil
    }
  }

  /// What to do about a corpus error: where gloss looks for a corpus.
  public func advice(for error: CorpusError) -> String? {
    switch error.kind {
    case .noCorpusFolder: return "run gloss in a corpus folder (one holding Corpus/) or pass --corpus DIR"
    default: return nil
    }
  }

  /// The error's description followed by its advice, if any (`…; advice`).
  public func message(for error: any Error) -> String {
    let description = "\(error)"
    return advice(for: error).map { "\(description); \($0)" } ?? description
  }
}
