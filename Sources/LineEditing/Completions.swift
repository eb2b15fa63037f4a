/// Tab-completion candidates for the text before the cursor.
///
/// A completer names the partial word it completes (``stem``) as well as the
/// candidates, because only it knows where words start in its language: after
/// a space for a command name, after `[` or `=` in a query, after `/` in a
/// path.
public struct Completions: Sendable, Equatable {
  /// The partial word being completed.
  ///
  /// This must be a suffix of the text before the cursor; each candidate
  /// replaces it. Candidates usually start with the stem, in which case
  /// completion only inserts text.
  public var stem: String

  /// The words that could replace ``stem``, in the order to list them.
  public var candidates: [String]

  /// Creates completions.
  ///
  /// - Parameters:
  ///   - stem: The partial word before the cursor that candidates replace.
  ///   - candidates: The possible replacements.
  public init(stem: String, candidates: [String]) {
    self.stem = stem
    self.candidates = candidates
  }

  /// No candidates: completion beeps.
  public static let none = Completions(stem: "", candidates: [])

  /// Completes the last word of a line from a fixed vocabulary.
  ///
  /// The stem is the text after the last separator; the candidates are the
  /// vocabulary words that start with it, in vocabulary order.
  ///
  /// - Parameters:
  ///   - vocabulary: The words that can be completed.
  ///   - lineBeforeCursor: The text before the cursor.
  ///   - separators: Characters that end a word; whitespace by default.
  /// - Returns: The stem and the matching words.
  public static func words(
    from vocabulary: some Sequence<String>,
    completing lineBeforeCursor: String,
    separators: (Character) -> Bool = { $0.isWhitespace }
  ) -> Completions {
    let stem: Substring
    if let lastSeparator = lineBeforeCursor.lastIndex(where: separators) {
      stem = lineBeforeCursor[lineBeforeCursor.index(after: lastSeparator)...]
    } else {
      stem = lineBeforeCursor[...]
    }
    return Completions(
      stem: String(stem),
      candidates: vocabulary.filter { $0.hasPrefix(stem) }
    )
  }
}

/// Computes completions for the text before the cursor.
///
/// The closure runs on the thread that called
/// ``LineReader/readLine(prompt:)``, each time the user presses Tab.
public typealias Completer = (_ lineBeforeCursor: String) -> Completions

extension Completions {
  /// The longest common prefix of the candidates, compared by character.
  var commonPrefix: String {
    guard let first = candidates.first else { return "" }
    var prefix = Substring(first)
    for word in candidates.dropFirst() {
      var end = prefix.startIndex
      var wordIndex = word.startIndex
      while end < prefix.endIndex, wordIndex < word.endIndex,
        prefix[end] == word[wordIndex]
      {
        prefix.formIndex(after: &end)
        word.formIndex(after: &wordIndex)
      }
      prefix = prefix[..<end]
    }
    return String(prefix)
  }
}
