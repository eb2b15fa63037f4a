import Testing

/// Products: a maker and its model, and designations before a vehicle.
extension EntityTaggerTests {
  @Test(arguments: [
    ("The Airbus A350 landed safely.", ["Airbus A350/PRODUCT"]),
    ("Regulators grounded the Boeing 737 MAX again.", ["Boeing 737 MAX/PRODUCT"]),
    ("He bought a Toyota Corolla in May.", ["Toyota Corolla/PRODUCT"]),
    ("Pilots flew F-16 jets over the sea.", ["F-16/PRODUCT"]),
    ("Crews flew WC-130J Super Hercules aircraft into the storm.", ["WC-130J Super Hercules/PRODUCT"]),
  ])
  func products(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func makersWithoutAModelStayCompanies() {
    #expect(Self.entities("Boeing shares rose after the Toyota chief spoke.") == ["Boeing/ORG", "Toyota/ORG"])
    #expect(Self.entities("Boeing 2024 results disappointed.") == ["Boeing/ORG"])
    #expect(Self.entities("The COVID-19 pandemic slowed traffic.").isEmpty)
  }
}
