import GlossCore
import GlossQuery
import GlossTestSupport
import Testing

@Suite struct IndexProgressTests {
  @Test func indexingReportsEachDocument() throws {
    let folder = try TemporaryCorpus(["a": "One text.\n", "b": "Two texts.\n", "c": "Three.\n"])
    defer { folder.remove() }
    var calls: [(Int, Int)] = []
    _ = try QueryIndexCache.open(corpus: try folder.load()) { done, total in calls.append((done, total)) }
    #expect(calls.map(\.0) == [1, 2, 3])
    #expect(calls.allSatisfy { $0.1 == 3 })
  }
}
