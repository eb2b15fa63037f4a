extension EntityMatcher {
  /// A named storm with its head word: `Hurricane Melissa`, `Tropical Storm
  /// Chantal`, `Typhoon Haiyan` (EVENT).
  ///
  /// The name is one capitalized word that is not a common, suffix or time
  /// word and is not followed by another capitalized word, so `Hurricane
  /// Center` and a headline's `Hurricane Season Ends` are not storms. Pass
  /// two tags the name alone (`Melissa`) as the storm too.
  func storm(at index: Int, sentenceEnd end: Int) -> Match? {
    var head = index
    while head < end && (pieces[head].classes.contains(.stormModifier) || pieces[head].shape.contains(.hyphen))
      && !pieces[head].classes.contains(.stormHead)
    {
      head += 1
    }
    let name = head + 1
    guard name < end, pieces[head].classes.contains(.stormHead), pieces[head].shape.contains(.upper),
      pieces[name].isCapitalizedWord, !pieces[name].shape.contains(.allCaps),
      pieces[name].classes.isDisjoint(with: Self.notInPersonName.union(.stormModifier)),
      name + 1 == end || !pieces[name + 1].isCapitalizedWord
    else { return nil }
    return found(index, name + 1, "EVENT")
  }
}
