import Testing

/// Wire datelines: the city that opens a story.
extension EntityTaggerTests {
  @Test(arguments: [
    ("OSLO, April 2 — The fund sold its stake.", ["OSLO/GPE"]),
    ("NEW YORK, Feb. 3 (Reuters) - Stocks fell.", ["NEW YORK/GPE", "Reuters/ORG"]),
    ("KAMPALA (AP) — Rain closed the roads.", ["KAMPALA/GPE", "AP/ORG"]),
    ("DENVER — A judge ruled on Friday.", ["DENVER/GPE"]),
    ("KHARKIV, Ukraine, May 2 (Reuters) - Shelling resumed.", ["KHARKIV/GPE", "Ukraine/GPE", "Reuters/ORG"]),
    ("Wilmington, Del., June 3 — The company filed suit.", ["Wilmington/GPE"]),
  ])
  func datelineCities(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func capitalsThatAreNoDatelineAreNotPlaces() {
    #expect(Self.entities("PS -- the meeting moved.").isEmpty)
    #expect(Self.entities("BREAKING NEWS ON THE VOTE").isEmpty)
    #expect(Self.entities("Officials said on March 3 that talks would resume.").isEmpty)
  }
}
