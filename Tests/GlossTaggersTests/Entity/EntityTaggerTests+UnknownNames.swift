import Testing

/// Names that no list holds, told by their shape and context: products with
/// model numbers, celestial and natural places, particles in people's
/// names, acronyms in brackets, events with their year.
extension EntityTaggerTests {
  @Test(arguments: [
    ("Samsung unveiled the Galaxy S24 Ultra on Wednesday.", ["Samsung/ORG", "Galaxy S24 Ultra/PRODUCT"]),
    ("Phones running Android 15 get it.", ["Android 15/PRODUCT"]),
    ("Reviewers preferred the Pixel 9 Pro.", ["Pixel 9 Pro/PRODUCT"]),
  ])
  func productsWithModelNumbers(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func numbersAfterCountingWordsAreNoProducts() {
    #expect(Self.entities("The firm closed the Route 66 stores near the Gate 5 exit.").isEmpty)
    #expect(Self.entities("Call Phone 410-468-3798 today.").isEmpty)
    #expect(Self.entities("Trials entered Phase 3 in May.").isEmpty)
  }

  @Test func celestialAndNaturalPlacesAreLocations() {
    #expect(
      Self.entities("The rover landed in Jezero Crater on Mars, and Jupiter rose.")
        == ["Jezero Crater/LOC", "Mars/LOC", "Jupiter/LOC"])
    #expect(Self.entities("Quakes along the Nankai Trough worry engineers.") == ["Nankai Trough/LOC"])
  }

  @Test func namesWithParticlesArePeople() {
    #expect(
      Self.entities("Ursula von der Leyen met Luiz Inácio Lula da Silva.")
        == ["Ursula von der Leyen/PERSON", "Luiz Inácio Lula da Silva/PERSON"])
  }

  @Test func aBracketedAcronymTakesTheLabelOfTheNameBeforeIt() {
    #expect(
      Self.entities("The Federal Financial Supervisory Authority (BaFin) fined the bank. BaFin declined to comment.")
        == ["Federal Financial Supervisory Authority/ORG", "BaFin/ORG", "BaFin/ORG"])
    // A place's acronym must start as the place does: not `(HANO)` after `New Orleans`.
    #expect(Self.entities("It sued the Housing Office of New Orleans (HANO).").contains("HANO/GPE") == false)
  }

  @Test func anEventKeepsItsYear() {
    #expect(Self.entities("Athletes prepared for the 2028 Olympics.") == ["2028 Olympics/EVENT"])
  }

  @Test func aBareNumberAfterANameNeedsAProductsContext() {
    #expect(Self.entities("Users can upgrade to Windows 11 now.") == ["Windows 11/PRODUCT"])
    #expect(Self.entities("Reviewers liked Pixel 9 overall.").isEmpty)
    #expect(Self.entities("Results for Q3 improved.").isEmpty)
  }

  @Test func oneWordWithARoleInAnAppositiveIsAPerson() {
    #expect(Self.entities("Marquez, a forward for the club, scored twice.") == ["Marquez/PERSON"])
  }

  @Test func aPlaceAfterInIsATownButNotItsOtherMentions() {
    #expect(Self.entities("The summit opened in Brasília on Monday.") == ["Brasília/GPE"])
  }
}

extension EntityTaggerTests {
  @Test func aNameWithAYearIsAnEventEdition() {
    #expect(Self.entities("The startup showed its robot at CES 2026 in Las Vegas.").contains("CES 2026/EVENT"))
    #expect(Self.entities("Sales rose in Summer 2024.").isEmpty)
  }
}

extension EntityTaggerTests {
  @Test func aNameBeforeItsKindOfProductIsAProduct() {
    #expect(Self.entities("Engineers steered the Perseverance rover north.") == ["Perseverance/PRODUCT"])
    #expect(Self.entities("Buyers liked its Corvane Aero headset.") == ["Corvane Aero/PRODUCT"])
    #expect(Self.entities("Developers upgraded to Kubernetes v1.30 last week.").contains("Kubernetes v1.30/PRODUCT"))
  }
}

extension EntityTaggerTests {
  @Test func aNameInAnAppositiveAfterARoleIsAPerson() {
    #expect(Self.entities("The startup's founder, Mia Torvane, said sales doubled.") == ["Mia Torvane/PERSON"])
    #expect(
      Self.entities("We met the coach, Old Trafford Stadium staff said.").contains("Old Trafford Stadium/PERSON")
        == false)
  }
}
