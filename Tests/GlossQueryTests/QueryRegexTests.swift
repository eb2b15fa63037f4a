import GlossCore
import Testing

@testable import GlossQuery

/// The query language's own regular-expression engine: its syntax, and that
/// no pattern can make a query outlast its limits (issue 17).
@Suite struct QueryRegexTests {
  private func matches(_ pattern: String, _ value: String, ignoresCase: Bool = false) throws -> Bool {
    try QueryRegex(pattern, ignoresCase: ignoresCase).matches(in: value)
  }

  @Test func supportedSyntax() throws {
    #expect(try matches("^trea", "treaty"))
    #expect(try !matches("^trea", "retreat"))
    #expect(try matches("^stra.*an$", "strangeman"))
    #expect(try matches(#"^\d{4}$"#, "2024"))
    #expect(try !matches(#"^\d{4}$"#, "20245"))
    #expect(try matches(#"^\d{2,3}-x?$"#, "123-"))
    #expect(try matches("colou?r|grey", "a grey day"))
    #expect(try matches("^(?:ab)+$", "ababab"))
    #expect(try !matches("^(?:ab)+$", "ababa"))
    #expect(try matches("^[A-Z][a-z_]+$", "Treaty_x"))
    #expect(try !matches("^[^aeiou]+$", "treaty"))
    #expect(try matches(#"\bsign\b"#, "to sign it"))
    #expect(try !matches(#"\bsign\b"#, "signed"))
    #expect(try matches(#"\w+\s\W"#, "ab ."))
    #expect(try matches("TREATY", "the treaty", ignoresCase: true))
    #expect(try matches("(?i)^[a-c]+$", "AbC"))
    #expect(try matches("^a{2,}$", "aaaa"))
    #expect(try matches("^a.?$", "a"))
    #expect(try matches(#"^\.\(\)$"#, ".()"))
    #expect(try matches("^(?<year>\\d+)x*?$", "2024"))
    #expect(try matches("", "anything"))
    #expect(try matches("^$", ""))
    #expect(try matches("é", "café"))
    #expect(try !matches("^a.b$", "a\nb"), "`.` does not match a line break, as in Swift's Regex")
    #expect(try matches(#"^a\sb$"#, "a\nb"))
  }

  /// One compiled pattern tests many values (a lexicon) with the same buffers.
  @Test func reusedAcrossValues() throws {
    let regex = try QueryRegex("^(ab|a)+c?$")
    let results = try ["ab", "abab", "aab", "abc", "b", "", "abca"].map { try regex.matches(in: $0) }
    #expect(results == [true, true, true, true, false, false, false])
  }

  @Test func unsupportedSyntaxIsRefusedWithItsPlace() {
    for (pattern, words, offset) in [
      (#"(a)\1"#, "back-references", 3), ("a(?=b)", "look-ahead", 1), ("a*+", "possessive", 1),
      ("(ab", "not closed", 0), ("[ab", "not closed", 0), ("*a", "nothing to repeat", 0),
      ("a**", "cannot follow", 2), ("a{3,1}", "reversed", 1), ("a{5000}", "up to 1000", 1),
      (#"\p{L}"#, "not supported", 0), ("a)", "unbalanced", 1),
      (String(repeating: "(", count: 20_000), "nested more than 100", 100),
    ] {
      #expect(throws: QueryRegexError.self) { try QueryRegex(pattern) }
      do {
        _ = try QueryRegex(pattern)
      } catch {
        #expect(error.message.contains(words), "\(pattern): \(error)")
        #expect(error.offset == offset, "\(pattern): \(error)")
      }
    }
    #expect(throws: QueryRegexError.self) { try QueryRegex(String(repeating: "(a{1000})", count: 30)) }
  }

  /// `^(a+)+$` on a word of 30 a's ending in b took minutes with Swift's
  /// backtracking `Regex`, beyond any time limit.
  @Test func catastrophicPatternsRunInLinearTime() throws {
    let word = String(repeating: "a", count: 30)
    let fixture = QueryFixture(
      [("a", "\(word)b and \(word) here.", ["title": word + "b"])],
      spans: ["a": [QueryFixture.span(1, "entity:PERSON", 0..<31)]])
    let started = ContinuousClock.now
    #expect(try fixture.run(#"[word ~ "^(a+)+$"]"#) == ["a 36..66"])
    #expect(try fixture.run(#"[word ~ "^(a|aa)+$"]"#) == ["a 36..66"])
    #expect(try fixture.run(#"[word ~ "^(a*)*c$"]"#) == [])
    #expect(try fixture.run(#"entity[text ~ "^(a+)+c"]"#) == [])
    #expect(try fixture.run(#"sentence[text ~ "(a+)+c"]"#) == [])
    #expect(try fixture.run(#"doc[title ~ "^(a|a)+$"]"#) == [])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  /// A long match counts its steps and stops when the query is cancelled.
  @Test func longMatchingStopsOnCancellation() {
    let value = String(repeating: "ab", count: 40_000)
    let steps = RegexSteps(LimitCheck(limits: QueryLimits(isCancelled: { true })))
    #expect(throws: QueryInterruption.cancelled) {
      try QueryRegex("(a|b|ab|ba)*c").matches(in: value, steps: steps)
    }
    let never = RegexSteps(LimitCheck(limits: .none))
    #expect(throws: Never.self) { _ = try QueryRegex("(a|b|ab|ba)*c").matches(in: value, steps: never) }
  }

  @Test func queryNamesTheUnsupportedFeature() throws {
    let fixture = QueryFixture.treaty()
    #expect {
      _ = try fixture.run(#"[word ~ "(a)\1"]"#)
    } throws: { error in
      (error as? QueryError)?.message.contains("back-references") ?? false
    }
  }
}
