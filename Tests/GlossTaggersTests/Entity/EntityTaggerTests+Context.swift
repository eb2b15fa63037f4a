import Testing

/// Names told by the words around them.
extension EntityTaggerTests {
  @Test(arguments: [
    ("Analysts at Brightwater and Kessel said rates would fall.", ["Brightwater/ORG", "Kessel/ORG"]),
    ("She is chief executive of Norvale, a lender.", ["Norvale/ORG"]),
    (
      "Shares of Crestline jumped after the Denver-based Palmer Foods raised its forecast.",
      ["Crestline/ORG", "Denver/GPE", "Palmer Foods/ORG"]
    ),
    ("The Denver-based Quillon hired staff.", ["Denver/GPE", "Quillon/ORG"]),
    ("Investors sold Harlan shares, and Vextra gained 3.2 percent.", ["Harlan/ORG", "Vextra/ORG"]),
    ("Volmark, the Dutch chipmaker, cut jobs.", ["Volmark/ORG", "Dutch/NORP"]),
    ("The rules favour Ostrava, Europe’s largest steel producer, over rivals.", ["Ostrava/ORG", "Europe/LOC"]),
    ("The deal was approved by the Commission on Friday.", ["Commission/ORG"]),
  ])
  func organizationsByContext(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test(arguments: [
    ("“It was close,” said Imke Vos, a senior forecaster at the agency.", ["Imke Vos/PERSON"]),
    ("Teodor Hale, 54, was arrested.", ["Teodor Hale/PERSON"]),
    ("Club president Nils Varga and midfielder Jonas Pirk trained.", ["Nils Varga/PERSON", "Jonas Pirk/PERSON"]),
    ("Trade Commissioner Aino Lepp met them.", ["Aino Lepp/PERSON"]),
    (
      "Coach Ilse Brandt praised midfielder Aino Lepp. “Aino is ready,” Brandt said.",
      ["Ilse Brandt/PERSON", "Aino Lepp/PERSON", "Aino/PERSON", "Brandt/PERSON"]
    ),
  ])
  func peopleByContext(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test(arguments: [
    "Overall, the company said demand was strong.",
    "Separately, the group reported a loss.",
    "Inflation rose 3 percent in May.",
    "Energy shares fell and Steel stocks slipped.",
    "Grant applications rose 5 percent.",
    "Will the new rules help? Mark my words.",
    "A team of Scientist researchers met.",
  ])
  func sentenceOpeningsAreNoNames(_ text: String) {
    #expect(Self.entities(text).isEmpty, "\(Self.entities(text))")
  }

  @Test func anInstitutionWordAloneIsNotTheStartOfALongerName() {
    #expect(Self.entities("He spoke for the Council on Tariff Reform.").isEmpty)
  }

  @Test func andJoinsANameOnlyWhenASuffixFollows() {
    #expect(
      Self.entities("The Food and Drug Administration and the Department of Housing and Urban Development agreed.")
        == ["Food and Drug Administration/ORG", "Department of Housing and Urban Development/ORG"])
    #expect(Self.entities("Britain and the European Commission agreed.") == ["Britain/GPE", "European Commission/ORG"])
    #expect(
      Self.entities("Britain and European Commission officials met at the Eiffel Tower and Notre-Dame Cathedral.")
        == ["Britain/GPE", "European Commission/ORG", "Eiffel Tower/FAC", "Notre-Dame Cathedral/FAC"])
    #expect(
      Self.entities("The U.S. Department of Housing and Urban Development agreed.")
        == ["U.S. Department of Housing and Urban Development/ORG"])
  }

  @Test func aKindOfPlaceBeforeOfNamesAPlace() {
    #expect(Self.entities("Troops entered the village of Staromlynivka.") == ["Staromlynivka/GPE"])
  }

  @Test func aPossessiveStaysInsideASaintsOrARoyalsName() {
    #expect(Self.entities("Crowds filled St. Peter's Square.") == ["St. Peter's Square/FAC"])
    #expect(Self.entities("President Putin's Security Council met.") == ["Putin/PERSON", "Security Council/ORG"])
  }

  @Test func aSuffixWordBeforeATitleBelongsToTheTitle() {
    #expect(Self.entities("U.S. District Judge Mara Quist ruled.") == ["U.S./GPE", "Mara Quist/PERSON"])
  }

  @Test func aCountryAfterAirOrStatisticsNamesAnOrganisation() {
    #expect(Self.entities("Air Canada and Statistics Norway reported.") == ["Air Canada/ORG", "Statistics Norway/ORG"])
  }
}
