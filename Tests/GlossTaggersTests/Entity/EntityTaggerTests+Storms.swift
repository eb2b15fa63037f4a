import Testing

/// Named storms: the head word inside the name, and the name alone later.
extension EntityTaggerTests {
  @Test(arguments: [
    ("Typhoon Haikui flooded the coast.", ["Typhoon Haikui/EVENT"]),
    ("Rain from Tropical Storm Odile reached Texas.", ["Tropical Storm Odile/EVENT", "Texas/GPE"]),
    ("Cyclone Freddy lasted five weeks.", ["Cyclone Freddy/EVENT"]),
  ])
  func stormNames(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func aStormsNameAloneIsTheStormNotAPerson() {
    #expect(
      Self.entities("Hurricane Laura hit Louisiana. During Laura, power failed.")
        == ["Hurricane Laura/EVENT", "Louisiana/GPE", "Laura/EVENT"])
  }

  @Test func stormWordsBeforeOtherNamesAreNoStorms() {
    #expect(
      Self.entities("The US National Hurricane Center issued a warning.") == [
        "US/GPE", "National Hurricane Center/ORG",
      ])
    #expect(Self.entities("Hurricane Season Starts Early as Ocean Heats Up").isEmpty)
  }
}
