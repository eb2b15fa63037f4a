import GlossCore
import Testing

@testable import GlossCLI

@Suite struct ErrorAdviceTests {
  @Test func storeErrorsGetTheCommandThatListsWhatExists() {
    let unknownDocument = StoreError.unknownDocument("nwes", suggestion: "news")
    #expect(
      ErrorAdvice.message(for: unknownDocument)
        == "no document 'nwes' in Corpus/ (did you mean 'news'?); `gloss docs` lists them")
    #expect(
      ErrorAdvice.message(for: StoreError.unknownSpan(documentID: "news", spanID: "s9"))
        == "document 'news' has no span 's9'; `gloss show news` lists its spans")
  }

  @Test func aMissingCorpusFolderGetsWhereGlossLooks() {
    let error = CorpusError(.noCorpusFolder, path: "/tmp/Corpus", message: "no Corpus/ folder here")
    #expect(
      ErrorAdvice.message(for: error)
        == "/tmp/Corpus: no Corpus/ folder here; run gloss in a corpus folder (one holding Corpus/) or pass --corpus DIR")
  }

  @Test func otherErrorsAreReportedAsTheyAre() {
    let error = StoreError.nothingToCommit
    #expect(ErrorAdvice.advice(for: error) == nil)
    #expect(ErrorAdvice.message(for: error) == error.description)
  }
}
