extension EntityMatcher {
  /// A facility or place whose kind comes first: `Estádio da Luz`, `Stade de
  /// France`, `Camp David` (FAC); `Mount Everest`, `Lake Victoria` (LOC).
  ///
  /// The head may take one joiner (`of`, `de`, `da`) and then up to three
  /// capitalized words that are not common or time words.
  func headFirstName(at index: Int, sentenceEnd end: Int) -> Match? {
    let label = pieces[index].classes.contains(.facilityHead) ? "FAC" : "LOC"
    var next = index + 1
    if next < end && pieces[next].classes.contains(.nameJoiner) && pieces[next].shape.contains(.lower) {
      next += 1
    }
    let nameStart = next
    while next < end && next - nameStart < 4 {
      let piece = pieces[next]
      if piece.isCapitalizedWord && piece.classes.isDisjoint(with: [.common, .time, .personTitle, .speech]) {
        next += 1
      } else if next > nameStart && piece.shape.contains(.hyphen) && next + 1 < end
        && pieces[next + 1].shape.contains(.word)
      {
        next += 2
      } else {
        break
      }
    }
    return next > nameStart ? found(index, next, label) : nil
  }
}
