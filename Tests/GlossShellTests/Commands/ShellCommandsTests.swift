import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// The one registry of commands drives dispatch, `help` and completion.
@Suite struct ShellCommandsTests {
  @Test func namesAreUniqueAndEveryExampleUsesItsCommand() {
    let names = ShellCommands.all.flatMap { [$0.configuration.name] + $0.configuration.aliases }
    #expect(Set(names).count == names.count)
    for command in ShellCommands.all {
      let configuration = command.configuration
      #expect(configuration.usage.hasPrefix(configuration.name), "\(configuration.name)")
      #expect(!configuration.examples.isEmpty, "\(configuration.name)")
      for example in configuration.examples {
        let first = String(example.prefix { $0 != " " })
        #expect(ShellCommands.named(first) != nil, "\(configuration.name): \(example)")
      }
    }
  }

  @Test func helpCompletionAndDispatchReadTheRegistry() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    let listing = try shell.execute("help").text
    let completer = ShellCompleter(corpus: try folder.load())
    let offered = Set(completer.completions("").candidates)
    for command in ShellCommands.all {
      let name = command.configuration.name
      #expect(listing.contains(command.configuration.usage), "\(name)")
      #expect(offered.contains(name), "\(name)")
      #expect(try shell.execute("help \(name)").text.contains(command.configuration.summary), "\(name)")
      // Dispatch finds every command: none is unknown.
      let failure = error(&shell, "\(name) --no-such-option")
      #expect(failure.map { !$0.message.hasPrefix("unknown command") } ?? true, "\(name)")
    }
    #expect(try shell.execute("exit").text.isEmpty)
    #expect(shell.wantsToQuit)
  }

  @Test func usageErrorsShowTheRegisteredSyntax() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    #expect(error(&shell, "docs extra")?.message == "unexpected 'extra'; usage: docs")
    #expect(error(&shell, "undo now")?.message == "unexpected 'now'; usage: \(ShellCommands.Undo.configuration.usage)")
    #expect(
      error(&shell, "relabel query entity")?.message
        == "expected 'as LAYER:LABEL' after the query; usage: relabel query QUERY as LAYER:LABEL [--dry-run]")
  }
}
