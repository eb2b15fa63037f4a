import GlossCore
import Testing

@Suite struct SchemeTests {
  @Test func theStandardSchemeHasItsLayersAndTheSyntaxCorrections() {
    let scheme = Scheme.standard
    #expect(scheme.layerNames == ["entity", "time", "clause", "syntax"])
    #expect(scheme.layer(named: "syntax")?.labels.map(\.name).sorted() == UniversalDependencies.tags.sorted())
    #expect(scheme.layer(named: "syntax")?.attributes.map(\.name) == ["lemma", "head", "deprel"])
    #expect(scheme.layers.map(\.overlapPolicy) == [.nest, .nest, .nest, OverlapPolicy.none])
    #expect(scheme.layer(named: "entity")?.labels.count == 11)
    #expect(scheme.layer(named: "time")?.attribute(named: "value")?.isRequired == true)
    #expect(scheme.qualifiedLabels.contains("clause:REL"))
  }

  @Test func attributeValuesAreChecked() {
    let span = Span(
      id: "s1", layer: "time", label: "DURATION", start: 0, end: 3, attributes: ["value": "P20Y", "mod": "ROUGHLY"],
      annotator: "a", status: .accepted)
    #expect(throws: SpanValidationError.self) { try span.validateLabels(scheme: .standard) }
    var fixed = span
    fixed.attributes["mod"] = "MORE_THAN"
    #expect(throws: Never.self) { try fixed.validateLabels(scheme: .standard) }
  }
}
