/// One command of the shell language: its name and help, how Tab completes
/// its arguments, and what it does.
///
/// The interpreter's dispatch, `help` and Tab completion all read the one
/// registry of these, ``ShellCommands/all``, as swift-argument-parser's
/// tools are driven by each command's configuration.
public protocol ShellCommand {
  /// The command's name, syntax, summary and examples.
  static var configuration: ShellCommandConfiguration { get }

  /// What Tab offers for the word being typed after the command's name.
  static func complete(_ context: CompletionContext) -> ShellCompletion

  /// Runs the command on its arguments.
  static func run(_ arguments: inout ShellArguments, in interpreter: inout ShellInterpreter) throws(ShellError)
    -> CommandOutput
}

extension ShellCommand {
  /// By default Tab offers nothing after the command's name.
  public static func complete(_ context: CompletionContext) -> ShellCompletion { .none }
}

/// What `help` says of a shell command.
public struct ShellCommandConfiguration: Sendable {
  /// The command's name.
  public var name: String
  /// Other names it answers to (`exit` for `quit`).
  public var aliases: [String]
  /// Its syntax, used in `help` and in every usage error.
  public var usage: String
  /// One line on what it does.
  public var summary: String
  /// Examples on the bundled corpus.
  public var examples: [String]

  /// Creates a configuration.
  public init(name: String, aliases: [String] = [], usage: String, summary: String, examples: [String]) {
    self.name = name
    self.aliases = aliases
    self.usage = usage
    self.summary = summary
    self.examples = examples
  }
}
