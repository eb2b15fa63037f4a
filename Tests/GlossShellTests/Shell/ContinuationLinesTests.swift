import Testing

@testable import GlossShell

/// A command continued over many lines is read in linear time (issue 17.5):
/// each line used to read the whole command again.
@Suite struct ContinuationLinesTests {
  @Test func manyContinuationLinesAreReadInLinearTime() {
    let count = 20_000
    let source =
      "let x = [\n" + String(repeating: "word = \"treaty\" |\n", count: count) + "word = \"pact\"]\nshow news\n"
    let started = ContinuousClock.now
    let script = ShellScript(source: source)
    #expect(ContinuousClock.now - started < .seconds(2))
    #expect(script.commands.count == 2)
    #expect(script.commands[0].lines.count == count + 2)
    #expect(script.commands[1].lines.map(\.number) == [count + 3])
    // Columns still map back to their lines.
    let last = script.commands[0].text.unicodeScalars.count
    #expect(script.commands[0].location(ofColumn: last).line == count + 2)
  }

  @Test func joinsAsBefore() {
    let script = ShellScript(
      source: "annotate news \\\n  \"Kim\" as entity:PERSON\nquery [word = \"a\n b\"]\n# x (\nshow\n")
    #expect(
      script.commands.map(\.text) == [
        "annotate news    \"Kim\" as entity:PERSON", "query [word = \"a\n b\"]", "# x (", "show",
      ])
    #expect(script.commands[1].location(ofColumn: 18).line == 4)
    #expect(script.commands[1].location(ofColumn: 18).column == 1)
  }
}
