extension EntityMatcher {
  /// A quoted title after the kind of work it names: `the film “Past
  /// Lives”`, `her album "1989"`, `a report titled “Fault Lines”`
  /// (WORK_OF_ART, the quotation marks outside).
  ///
  /// The title starts with a capital or a digit, is in title case (only
  /// joiners such as `of`, `the`, `and` in lowercase), and ends at the
  /// closing mark within twelve pieces of the same sentence.
  func quotedTitle(at index: Int, sentenceEnd end: Int) -> Match? {
    let first = sentenceBounds[0]
    guard index >= first + 2, pieces[index - 2].classes.contains(.workNoun), pieces[index - 2].shape.contains(.lower),
      pieces[index].shape.contains(.upper) || pieces[index].shape.contains(.digit),
      Mark.openQuotes.contains(pieces[index - 1].lowerHash)
    else { return nil }
    // Title case throughout, so a quoted sentence is no title.
    var close = index + 1
    while close < end && close - index < 12 && !Mark.closeQuotes.contains(pieces[close].lowerHash) {
      let piece = pieces[close]
      if piece.shape.contains(.lower) && !piece.classes.contains(.nameJoiner) && !piece.shape.contains(.joined) {
        return nil
      }
      close += 1
    }
    guard close < end, Mark.closeQuotes.contains(pieces[close].lowerHash) else { return nil }
    return found(index, close, "WORK_OF_ART")
  }

  /// Whether the nationality's word at `index` names a language: after `in`,
  /// `speaks`, `fluent`… and before a stop, `and`/`or` or `-language`
  /// (`in French.`, `speaks fluent Russian and English`), not before a noun
  /// (`in French politics`).
  func isLanguage(at index: Int, sentenceEnd end: Int) -> Bool {
    let first = sentenceBounds[0]
    var cue = index - 1
    // `in English and French`: the cue before the first language.
    while cue > first + 1 && !pieces[cue].classes.contains(.languageCue)
      && (pieces[cue].lowerHash == Mark.and || pieces[cue].lowerHash == Mark.or || pieces[cue].lowerHash == Mark.comma)
      && pieces[cue - 1].classes.contains(.language)
    {
      cue -= 2
    }
    guard cue >= first, pieces[cue].classes.contains(.languageCue), pieces[cue].shape.contains(.lower) else {
      return false
    }
    let next = index + 1
    guard next < end else { return true }
    let after = pieces[next]
    if after.shape.contains(.hyphen) { return next + 1 < end && pieces[next + 1].lowerHash == Mark.language }
    return !after.shape.contains(.word) || after.lowerHash == Mark.and || after.lowerHash == Mark.or
  }
}
