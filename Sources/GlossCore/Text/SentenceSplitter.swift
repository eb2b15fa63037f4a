/// Groups tokens into sentences, from the features the tokenizer recorded.
///
/// A sentence ends:
/// - after a terminal run (`.`, `?`, `!`, `…`, `?!`, `...`) and the closing
///   quotes and brackets glued to it, when the next token can start a
///   sentence (a capital, a digit, an opening quote or bracket, a bullet),
///   or a lowercase word after a space (web text often starts sentences in
///   lowercase) unless the run is an ellipsis;
/// - after an abbreviation or initial only when the next word is one that
///   commonly starts sentences (`etc. The`) and a space comes between them,
///   never after a title (`Dr.`);
/// - at a blank line;
/// - at a single line break before a bullet, or unless the next line
///   continues the sentence in lowercase or the line ends in a comma, colon
///   or dash; in news text a single line break separates headlines, bullets
///   and paragraphs.
enum SentenceSplitter {
  /// Splits `tokens` into sentences.
  ///
  /// An abbreviation or initial that ends a sentence (`… etc.` before a new
  /// sentence or the end of the text) lends its period to the sentence, as
  /// in Universal Dependencies: the period becomes a token of its own
  /// (`etc` `.`), and `tokens` is updated accordingly.
  static func split(tokens: inout [Range<Int>], features: [TokenFeatures]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    guard !tokens.isEmpty else { return sentences }
    var finalAbbreviations: [Int] = []
    sentences.reserveCapacity(tokens.count / 12 + 1)
    var start = 0
    var index = 0
    let count = tokens.count
    while index < count {
      var last = index
      let current = features[index]
      if current.contains(.terminal) {
        // Closing quotes and brackets glued to the terminal belong to it.
        while last + 1 < count {
          let next = features[last + 1]
          if next.contains(.newlineBefore) { break }
          if next.contains(.straightQuote) && next.contains(.spaceBefore) { break }
          if next.contains(.closing) && !next.contains(.opening) || next.contains(.straightQuote)
            || next.contains(.closing) && !next.contains(.spaceBefore)
          {
            last += 1
          } else {
            break
          }
        }
      }
      if last + 1 >= count || endsSentence(current, before: features[last + 1], previous: features[last]) {
        if last == index && !current.isDisjoint(with: [.abbreviation, .initial]) {
          finalAbbreviations.append(index)
        }
        sentences.append(tokens[start].lowerBound..<tokens[last].upperBound)
        start = last + 1
      }
      index = last + 1
    }
    if !finalAbbreviations.isEmpty { splitFinalPeriods(&tokens, at: finalAbbreviations) }
    return sentences
  }

  /// Splits the last scalar (the period) off the tokens at `indices`
  /// (ascending), in one pass.
  private static func splitFinalPeriods(_ tokens: inout [Range<Int>], at indices: [Int]) {
    var result: [Range<Int>] = []
    result.reserveCapacity(tokens.count + indices.count)
    var next = 0
    for (index, token) in tokens.enumerated() {
      if next < indices.count && indices[next] == index {
        result.append(token.lowerBound..<(token.upperBound - 1))
        result.append((token.upperBound - 1)..<token.upperBound)
        next += 1
      } else {
        result.append(token)
      }
    }
    tokens = result
  }

  /// Whether a sentence ends between the token with features `current` (the
  /// last one looked at, possibly followed by closing quotes `previous`) and
  /// the token with features `next`.
  private static func endsSentence(_ current: TokenFeatures, before next: TokenFeatures, previous: TokenFeatures)
    -> Bool
  {
    if next.contains(.blankLineBefore) { return true }
    if next.contains(.newlineBefore) {
      if next.contains(.bullet) { return true }
      if next.contains(.startsLower) { return false }
      if previous.contains(.connector) && !previous.contains(.terminal) { return false }
      return true
    }
    if current.contains(.terminal) {
      if next.contains(.startsUpper) || next.contains(.startsDigit) || next.contains(.opening)
        || next.contains(.bullet)
      {
        return true
      }
      if next.contains(.startsLower) {
        // A lone period after a word ends a sentence even before a lowercase
        // word (abbreviations keep their period inside the token); an
        // ellipsis before a lowercase word usually does not.
        // After a closing quote a lowercase word continues the sentence
        // ("Stop!" he said).
        return !current.contains(.ellipsis) && next.contains(.spaceBefore)
          && !previous.contains(.closing)
      }
      return false
    }
    if current.contains(.abbreviation) || current.contains(.initial) {
      // Inc.One: a word glued to the period does not start a sentence.
      guard next.contains(.spaceBefore) else { return false }
      return next.contains(.sentenceStarter) || current.contains(.listEnd) && next.contains(.startsUpper)
    }
    if current.contains(.emoticon) || current.contains(.pictograph) {
      return next.contains(.startsUpper) && !next.contains(.pictograph)
    }
    return false
  }
}
