/// Prints a command's output in the session's format.
enum ShellPrinter {
  /// Writes `output` to standard output as text or as one JSON line.
  static func print(_ output: CommandOutput, format: ShellSettings.Format) {
    switch format {
    case .table:
      if !output.text.isEmpty { Console.writeOutput(Array(output.text.utf8)) }
    case .json:
      if !output.json.isEmpty { Console.writeOutput(output.json + [UInt8(ascii: "\n")]) }
    }
  }
}
