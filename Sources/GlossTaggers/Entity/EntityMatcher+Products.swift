extension EntityMatcher {
  /// A product named by its maker and model: `Boeing 737`, `Airbus A320`,
  /// `the BYD Seal`, `a Toyota Corolla` (PRODUCT).
  ///
  /// A model that starts with a digit, or mixes letters and digits, follows
  /// any maker; a model that is a plain capitalized word needs a determiner
  /// before the maker (`the Tesla Model 3`, not `Tesla Chief …`) and must
  /// not be a common, title or suffix word.
  func product(madeBy index: Int, sentenceEnd end: Int) -> Match? {
    var next = index + 1
    guard next < end else { return nil }
    let model = pieces[next]
    // `737`, not `2024` or `5 percent`.
    let number =
      model.shape.contains(.digit) && model.end - model.start <= 3
      && (next + 1 == end || !isPercent(next + 1))
    let numbered =
      number || model.shape.contains(.alphanumeric) || (model.shape.contains(.upper) && isDesignation(next))
    if !numbered {
      guard index > sentenceBounds.first!, pieces[index - 1].classes.contains(.determiner),
        pieces[index - 1].shape.contains(.lower), model.isCapitalizedWord,
        model.classes.isDisjoint(with: Self.notInPersonName.union([.productMaker, .organizationNoun]))
      else { return nil }
    }
    // The model: up to three words, digits or hyphenated parts.
    var words = 0
    while next < end && words < 3 {
      let piece = pieces[next]
      if piece.shape.contains(.hyphen) && next + 1 < end && pieces[next + 1].shape.contains(.word) {
        next += 2
      } else if (piece.shape.contains(.digit) && piece.end - piece.start <= 4) || piece.shape.contains(.alphanumeric)
        || (piece.isCapitalizedWord && piece.classes.isDisjoint(with: Self.notInPersonName.union([.organizationNoun])))
      {
        next += 1
        words += 1
      } else {
        break
      }
    }
    return next > index + 1 ? found(index, next, "PRODUCT") : nil
  }

  /// A model's designation before a kind of vehicle or weapon: `F-16 jets`,
  /// `WC-130J Super Hercules aircraft`, `S-400 missile systems` (PRODUCT).
  func designation(at index: Int, sentenceEnd end: Int) -> Match? {
    guard pieces[index].shape.contains(.upper), isDesignation(index) else { return nil }
    var next = index + 3
    // A name after the designation: `Super Hercules`, `Fighting Falcon`.
    while next < end && next - index < 6 && pieces[next].isCapitalizedWord
      && pieces[next].classes.isDisjoint(with: Self.notInPersonName)
    {
      next += 1
    }
    guard next < end, pieces[next].classes.contains(.vehicle), pieces[next].shape.contains(.lower) else { return nil }
    return found(index, next, "PRODUCT")
  }

  /// Whether letters, a hyphen and a number start at `index`: `F-16`,
  /// `WC-130J`, `Su-57`, `A320` is not (no hyphen).
  private func isDesignation(_ index: Int) -> Bool {
    guard index + 2 < pieces.count else { return false }
    let letters = pieces[index]
    return letters.end - letters.start <= 3 && pieces[index + 1].shape.contains(.hyphen)
      && pieces[index + 2].shape.contains(.digit) && pieces[index + 2].shape.contains(.joined)
  }
}
