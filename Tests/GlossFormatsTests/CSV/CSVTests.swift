import GlossFormats
import Testing

/// The one CSV spelling (RFC 4180) behind the span export and the shell.
@Suite struct CSVTests {
  @Test func plainFieldsStayAsTheyAre() {
    #expect(CSV.field("") == "")
    #expect(CSV.field("Putin") == "Putin")
    #expect(CSV.field("Zoë’s 😀 ;=") == "Zoë’s 😀 ;=")
  }

  @Test func commasQuotesAndLineBreaksAreQuoted() {
    #expect(CSV.field("a,b") == "\"a,b\"")
    #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSV.field("a\nb") == "\"a\nb\"")
  }

  /// A carriage return alone or in CR LF (one Character in Swift) is a
  /// line break too: the shell once left such fields bare.
  @Test func carriageReturnsAreQuoted() {
    #expect(CSV.field("a\rb") == "\"a\rb\"")
    #expect(CSV.field("a\r\nb") == "\"a\r\nb\"")
    #expect(CSV.field("\r") == "\"\r\"")
  }

  @Test func recordsJoinFieldsWithCommas() {
    #expect(CSV.record(["doc", "1", "a,b", ""]) == "doc,1,\"a,b\",")
    #expect(CSV.record([]) == "")
  }
}
