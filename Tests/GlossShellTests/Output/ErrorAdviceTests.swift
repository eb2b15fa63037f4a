import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

@Suite struct ErrorAdviceTests {
  @Test func storeErrorsGetTheCommandThatListsWhatExists() {
    let unknownDocument = StoreError.unknownDocument("nwes", suggestion: "news")
    #expect(
      ErrorAdvice.commandLine.message(for: unknownDocument)
        == "no document 'nwes' in Corpus/ (did you mean 'news'?); `gloss docs` lists them")
    #expect(
      ErrorAdvice.commandLine.message(for: StoreError.unknownSpan(documentID: "news", spanID: "s9"))
        == "document 'news' has no span 's9'; `gloss show news` lists its spans")
  }

  @Test func aMissingCorpusFolderGetsWhereGlossLooks() {
    let error = CorpusError(.noCorpusFolder, path: "/tmp/Corpus", message: "no Corpus/ folder here")
    #expect(
      ErrorAdvice.commandLine.message(for: error)
        == "/tmp/Corpus: no Corpus/ folder here; run gloss in a corpus folder (one holding Corpus/) or pass --corpus DIR"
    )
  }

  @Test func otherErrorsAreReportedAsTheyAre() {
    let error = StoreError.nothingToCommit
    #expect(ErrorAdvice.commandLine.advice(for: error) == nil)
    #expect(ErrorAdvice.commandLine.message(for: error) == error.description)
  }
}

@Suite struct ShellErrorAdviceTests {
  @Test func theShellNamesItsOwnCommands() throws {
    let folder = try TemporaryCorpus(["news": "Putin met Kim.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    #expect(
      error(&shell, "show nwes")?.message == "no document 'nwes' in Corpus/ (did you mean 'news'?); `docs` lists them")
    #expect(error(&shell, "remove news s9")?.message == "document 'news' has no span 's9'; `show news` lists its spans")
  }
}
