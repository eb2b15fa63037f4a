/// Prints a command's output in the session's format.
enum ShellPrinter {
  /// Writes `output` to standard output as text (through the pager when it
  /// asks for one on a terminal), CSV where the command has a CSV form, or
  /// one JSON line.
  static func print(_ output: CommandOutput, format: ShellSettings.Format) {
    switch format {
    case .table:
      if output.pages, Pager.show(output.text) { return }
      if !output.text.isEmpty { Console.writeOutput(Array(output.text.utf8)) }
    case .csv where output.csv != nil:
      Console.writeOutput(Array(output.csv!.utf8))
    case .json, .csv:
      if !output.json.isEmpty { Console.writeOutput(output.json + [UInt8(ascii: "\n")]) }
    }
  }
}
