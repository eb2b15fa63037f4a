/// Splits a line of the shell language into words.
///
/// Words are separated by spaces; `"…"` and `'…'` quote (with `\"`, `\\`,
/// `\n` and `\t` escapes inside double quotes); `#` outside quotes starts a
/// comment, except `#N` (a `#` followed by a digit), which picks the N-th
/// occurrence of a text. A line ending in `\`, or with an open quote or bracket, continues
/// on the next one.
public enum ShellLexer {
  /// The words of `line`.
  static func words(_ line: String) throws(ShellError) -> [ShellWord] {
    let scalars = Array(line.unicodeScalars)
    var words: [ShellWord] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
        continue
      }
      if scalar == "#" && !ShellContinuation.isOccurrenceMark(scalars, at: index) { break }
      let start = index
      var text = String.UnicodeScalarView()
      var quoted = false
      while index < scalars.count, !scalars[index].properties.isWhitespace {
        let current = scalars[index]
        if current == "\"" || current == "'" {
          quoted = true
          let quote = current
          index += 1
          var closed = false
          while index < scalars.count {
            let inner = scalars[index]
            if inner == quote {
              closed = true
              index += 1
              break
            }
            if quote == "\"" && inner == "\\" && index + 1 < scalars.count {
              let escaped = scalars[index + 1]
              switch escaped {
              case "n": text.append("\n")
              case "t": text.append("\t")
              default: text.append(escaped)
              }
              index += 2
              continue
            }
            text.append(inner)
            index += 1
          }
          if !closed {
            throw ShellError("this quote is never closed", column: start + 1, width: index - start)
          }
          continue
        }
        if current == "\\" && index + 1 < scalars.count {
          text.append(scalars[index + 1])
          index += 2
          continue
        }
        text.append(current)
        index += 1
      }
      words.append(ShellWord(text: String(text), column: start + 1, width: index - start, isQuoted: quoted))
    }
    return words
  }

  /// Whether `text` needs another line: it ends in a backslash, or leaves a
  /// quote or a bracket open.
  public static func needsContinuation(_ text: String) -> Bool {
    var continuation = ShellContinuation()
    continuation.feed(text)
    return continuation.needsMore
  }
}
