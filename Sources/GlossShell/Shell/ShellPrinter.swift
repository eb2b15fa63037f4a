/// Prints a command's output in the session's format.
public enum ShellPrinter {
  /// Writes `result` to `output` as text (through the pager when it asks
  /// for one and the output has one), CSV where the command has a CSV form,
  /// or one JSON line.
  public static func print(_ result: CommandOutput, format: ShellSettings.Format, to output: any ShellOutput) {
    switch format {
    case .table:
      if result.pages, output.page(result.text) { return }
      if !result.text.isEmpty { output.write(result.text) }
    case .csv where result.csv != nil:
      output.write(result.csv!)
    case .json, .csv:
      if !result.json.isEmpty { output.write(result.json + [UInt8(ascii: "\n")]) }
    }
  }
}
