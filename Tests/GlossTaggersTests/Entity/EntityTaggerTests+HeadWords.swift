import Testing

/// Facilities and places whose kind comes first.
extension EntityTaggerTests {
  @Test(arguments: [
    ("Fans filled the Stade de France.", ["Stade de France/FAC"]),
    ("The final is at the Estadio Azteca.", ["Estadio Azteca/FAC"]),
    ("Climbers left Mount Kenya early.", ["Mount Kenya/LOC"]),
    ("Boats crossed Lake Victoria.", ["Lake Victoria/LOC"]),
    ("Tourists walked through Gorky Park.", ["Gorky Park/FAC"]),
  ])
  func headFirstNames(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func aFamilyNameThatIsASuffixWordStillStartsAName() {
    #expect(Self.entities("President Park Geun-hye resigned.") == ["Park Geun-hye/PERSON"])
  }
}
