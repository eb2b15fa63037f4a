import GlossCore
import Testing

@testable import GlossQuery

/// Deeply nested queries are refused with the place and the limit, where
/// they used to overflow the stack (issue 17.2).
@Suite struct QueryDepthTests {
  let vocabulary = QueryVocabulary(scheme: .standard, metadataFields: ["dct", "title", "id"], resultSets: [])

  private func error(_ query: String) -> QueryError? {
    do {
      _ = try QueryParser.parse(query, vocabulary: vocabulary)
      return nil
    } catch {
      return error
    }
  }

  @Test func deepQueriesAreRefused() throws {
    let open = String(repeating: "(", count: 20_000)
    let close = String(repeating: ")", count: 20_000)
    let withins: String = "entity" + String(repeating: " within entity", count: 10_000)
    let ors: String = Array(repeating: "entity", count: 5_000).joined(separator: " or ")
    let nots: String = "[" + String(repeating: "!", count: 20_000) + "word = \"a\"]"
    let bars: String = "[" + Array(repeating: "word = \"a\"", count: 5_000).joined(separator: " | ") + "]"
    let fields: String = "entity[" + open + "status = accepted]"
    let ands: String = "doc[" + Array(repeating: "title = \"a\"", count: 5_000).joined(separator: " & ") + "]"
    let cases: [(String, Int)] = [
      (open + "entity" + close, 201), (withins, 6 + 200 * 14 + 2), (ors, 6 + 200 * 10 + 2), (nots, 202),
      (bars, 1 + 10 + 200 * 13 + 2), (fields, 208), (ands, 4 + 11 + 200 * 14 + 2),
    ]
    for (query, column) in cases {
      let found = try #require(error(query))
      #expect(found.message.contains("nested more than 200 levels"), "\(found.message)")
      #expect(found.column == column, "\(query.prefix(30))")
      #expect(found.message.contains("deep at column \(column) "), "\(found.message)")
    }
  }

  @Test func nestingUpToTheLimitParsesAndRuns() throws {
    let fixture = QueryFixture.treaty()
    let deep = String(repeating: "(", count: 150) + "entity:PERSON" + String(repeating: ")", count: 150)
    #expect(try fixture.run(deep).count == 3)
    let chain = "entity:PERSON" + String(repeating: " within clause", count: 150)
    #expect(try fixture.run(chain).count == 3)
  }
}
