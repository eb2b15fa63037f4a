import Testing

/// The built-in lists of companies, sports bodies, legislatures and events.
extension EntityTaggerTests {
  @Test(arguments: [
    (
      "Juventus beat Real Madrid in the Champions League.",
      ["Juventus/ORG", "Real Madrid/ORG", "Champions League/EVENT"]
    ),
    ("The Boston Celtics and the NBA agreed.", ["Boston Celtics/ORG", "NBA/ORG"]),
    (
      "Liverpool FC left Liverpool for the Europa League final.",
      ["Liverpool FC/ORG", "Liverpool/GPE", "Europa League/EVENT"]
    ),
    ("Serie A clubs asked UEFA for more time.", ["Serie A/ORG", "UEFA/ORG"]),
    (
      "Siemens and Nestlé reported, and the Bundestag and the Riksdag voted.",
      ["Siemens/ORG", "Nestlé/ORG", "Bundestag/ORG", "Riksdag/ORG"]
    ),
    ("The Bank of England followed the Fed.", ["Bank of England/ORG", "Fed/ORG"]),
    ("Ghanaian and Jamaican fans travelled.", ["Ghanaian/NORP", "Jamaican/NORP"]),
  ])
  func builtInLists(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }
}
