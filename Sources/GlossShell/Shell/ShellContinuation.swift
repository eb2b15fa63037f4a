/// Whether a command continues on the next line — it ends in a backslash,
/// or leaves a quote or a bracket open — decided as its lines come, so a
/// command of many lines is read in time linear in its length (the whole
/// command is not read again for each line).
struct ShellContinuation {
  private var quote: Unicode.Scalar?
  private var depth = 0
  private var escaped = false
  private var inComment = false

  /// Whether the text fed so far needs another line.
  var needsMore: Bool { quote != nil || depth > 0 || escaped }

  /// Reads more of the command.
  mutating func feed(_ text: some StringProtocol) {
    let scalars = Array(text.unicodeScalars)
    for (position, scalar) in scalars.enumerated() {
      if inComment {
        if scalar == "\n" { inComment = false }
        continue
      }
      if escaped {
        escaped = false
        continue
      }
      if scalar == "\\" && quote != "'" {
        escaped = true
        continue
      }
      if let open = quote {
        if scalar == open { quote = nil }
        continue
      }
      switch scalar {
      case "\"", "'": quote = scalar
      case "#" where !Self.isOccurrenceMark(scalars, at: position): inComment = true
      case "(", "[", "{": depth += 1
      case ")", "]", "}": depth = max(0, depth - 1)
      default: break
      }
    }
  }

  /// Forgets a trailing backslash that the script drops (and replaces with a space).
  mutating func dropTrailingBackslash() {
    escaped = false
  }

  /// Whether the `#` at `index` is the start of `#N` rather than a comment.
  static func isOccurrenceMark(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    index + 1 < scalars.count && scalars[index + 1].properties.numericType == .decimal
  }
}
