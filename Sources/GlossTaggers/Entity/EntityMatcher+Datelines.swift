extension EntityMatcher {
  /// A wire story's dateline city at the start of a sentence:
  /// `BRUSSELS, March 14 —`, `TOKYO (AP) —`, `KYIV, Ukraine, May 2
  /// (Reuters) -`, `Wilmington, Del., June 3 —` (GPE).
  ///
  /// The city is a run of capitalized words: all in capitals, when a date,
  /// an agency in parentheses or a dash follows; in title case only before
  /// a date followed by a dash or an agency, the full dateline shape.
  func dateline(at index: Int, sentenceEnd end: Int) -> Match? {
    let allCaps = pieces[index].shape.contains(.allCaps)
    var next = index
    while next < end {
      let piece = pieces[next]
      if piece.isCapitalizedWord && (!allCaps || piece.shape.contains(.allCaps)) {
        next += 1
      } else if next > index && piece.shape.contains(.hyphen) && next + 1 < end
        && pieces[next + 1].shape.contains(.upper)
      {
        next += 2
      } else {
        break
      }
    }
    // `PS --` is no city: three letters at least.
    guard next > index, next - index <= 5, next < end, pieces[next - 1].end - pieces[index].start >= 3 else {
      return nil
    }
    let city = found(index, next, "GPE")
    var cursor = next
    if allCaps && Mark.dashes.contains(pieces[cursor].lowerHash) { return city }
    if agencyAndDash(at: cursor, sentenceEnd: end) { return city }
    guard pieces[cursor].lowerHash == Mark.comma else { return nil }
    cursor += 1
    // A state or country after the city: `KYIV, Ukraine,`, `Wilmington, Del.,`.
    var region = cursor
    while region < end && region - cursor < 3 && pieces[region].shape.contains(.upper)
      && !pieces[region].classes.contains(.time)
    {
      region += 1
    }
    if region > cursor && region < end && pieces[region].lowerHash == Mark.comma { cursor = region + 1 }
    if allCaps && region > cursor && agencyAndDash(at: region, sentenceEnd: end) { return city }
    // A date: `March 14`, `Dec. 1`.
    guard cursor + 1 < end, pieces[cursor].classes.contains(.time), pieces[cursor].shape.contains(.upper),
      pieces[cursor + 1].shape.contains(.digit)
    else { return nil }
    if allCaps { return city }
    cursor += 2
    return cursor < end
      && (Mark.dashes.contains(pieces[cursor].lowerHash) || agencyAndDash(at: cursor, sentenceEnd: end))
      ? city : nil
  }

  /// Whether `(Agency) —` starts at `index`.
  private func agencyAndDash(at index: Int, sentenceEnd end: Int) -> Bool {
    guard index + 3 < end, pieces[index].lowerHash == Mark.openParen, pieces[index + 1].shape.contains(.upper) else {
      return false
    }
    var close = index + 2
    while close < end && close - index < 6 && pieces[close].lowerHash != Mark.closeParen { close += 1 }
    return close + 1 < end && pieces[close].lowerHash == Mark.closeParen
      && Mark.dashes.contains(pieces[close + 1].lowerHash)
  }
}
