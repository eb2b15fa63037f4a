import ArgumentParser
import GlossCore
import GlossQuery
import GlossShell
import LineEditing

/// `gloss query`: run a query of the query language (QUERY.md) once.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Find the matches of a query and print them in context, or count them.",
    discussion: """
      The query language is described in QUERY.md. With --format json every
      match is one JSON object on its own line, with doc, start, end, text
      and, for spans, layer, label, id, status and attrs.

      Examples:
        gloss query '"treaty"%c'
        gloss query 'time:DATE within (clause contains entity:PERSON)' --format json
        gloss query 'entity' --count-by label
        gloss query '[lower="north"] [lower="korea"]' --sort right --width 40c
      """)

  @OptionGroup var corpus: CorpusOptions

  @Argument(help: ArgumentHelp("The query.", valueName: "query"))
  var query: String

  @Option(help: "Output: table (people), json (one object per match per line) or csv.")
  var format: String = "table"

  @Option(help: "Show at most this many matches (default: all).")
  var limit: Int?

  @Option(help: "Sort by doc, match, left or right.")
  var sort: String = "doc"

  @Option(help: "Context on each side: N tokens, or Nc characters.")
  var width: String = "8"

  @Option(
    name: .customLong("count-by"),
    help:
      "Count the matches by label, text, lowercase, lemma, pos, deprel, doc or an attribute instead of listing them.")
  var countBy: String?

  @Option(help: "Stop the query after this many seconds.")
  var timeout: Double?

  @Option(
    help: "How sequences with + * {n,m} match: shortest, standard (longest, not inside an earlier match) or longest.")
  var matching: SequenceMatching = .standard

  func run() throws {
    var interpreter = try reporting { try corpus.interpreter() }
    guard let order = Concordance.Order(rawValue: sort) else {
      throw ValidationError("--sort is doc, match, left or right, not '\(sort)'")
    }
    guard ["table", "json", "csv"].contains(format) else {
      throw ValidationError("--format is table, json or csv, not '\(format)'")
    }
    interpreter.settings.queryTimeLimit = timeout
    interpreter.settings.matching = matching
    let raw = ShellInterpreter.RawQuery(text: query, column: 1)
    do {
      if let countBy {
        // The shell's count command, with the query as typed.
        let line = "count \(query) by \(countBy)"
        interpreter.settings.format = ShellSettings.Format(rawValue: format) ?? .table
        let output = try interpreter.execute(line)
        interpreter.print(output)
        return
      }
      let matches = try interpreter.run(raw)
      var options = ShellInterpreter.ConcordanceOptions(width: .tokens(8), limit: limit, order: order)
      var arguments = ShellArguments(
        command: ShellWord(text: "query", column: 1, width: 5, isQuoted: false),
        words: [
          ShellWord(text: "--width", column: 1, width: 7, isQuoted: false),
          ShellWord(text: width, column: 9, width: width.count, isQuoted: false),
        ])
      try options.read(&arguments, usage: "--width N|Nc")
      let output = interpreter.concordanceOutput(matches, options: options, summary: nil)
      switch format {
      case "json":
        Console.writeOutput(interpreter.jsonLines(matches, width: options.width, order: order, limit: limit))
      case "csv":
        Console.writeOutput(Array((output.csv ?? "").utf8))
      default:
        ShellPrinter.print(output, format: .table, to: interpreter.output)
      }
    } catch {
      guard let column = error.column else { throw CLIFailure(error.message) }
      let line = countBy == nil ? query : "count \(query) by \(countBy!)"
      let shown = SpanRendering.oneLine(line)
      let indent = DisplayWidth.of(String(String.UnicodeScalarView(shown.unicodeScalars.prefix(column - 1))))
      throw CLIFailure(
        error.message + "\n  " + shown + "\n  " + String(repeating: " ", count: indent) + "^"
          + String(repeating: "~", count: error.width - 1))
    }
  }
}

extension SequenceMatching: ExpressibleByArgument {}
