import GlossCore
import Testing

@testable import GlossTaggers

/// The lemma data file: a round trip, the same bytes from the same inputs,
/// and broken files named by path and byte offset.
@Suite struct LemmaDataFileTests {
  static let path = "broken.glosslemmas"

  @Test func readsBackWhatItWrote() throws {
    let data = try LemmatizerTests.data()
    let bytes = data.fileBytes()
    let read = try LemmaData(fileBytes: bytes)
    #expect(read == data)
    #expect(read.fileBytes() == bytes)
    #expect(read.wordNetLemmas.count == 36)
    #expect(read.exceptionCount == 19)
    #expect(read.sources.map(\.name).suffix(2) == ["adv.exc", "tiny.conllu"])
    #expect(Lemmatizer(data: read).lemma(of: "geese", tag: .noun) == "goose")
  }

  @Test func theSameInputsGiveTheSameBytes() throws {
    let once = try LemmatizerTests.data().fileBytes()
    let shuffled = LemmatizerTests.treebank.reversed().map { $0 }
    #expect(try LemmatizerTests.data(shuffled).fileBytes() == once)
    let header = String(decoding: once.prefix(while: { $0 != 0x0A }), as: UTF8.self)
    #expect(header == "GLOSSLEMMAS 1")
  }

  /// The error reading `bytes`, which must be one.
  static func error(_ bytes: [UInt8]) -> ModelFileError? {
    do {
      _ = try LemmaData(fileBytes: bytes, path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test func brokenFilesAreNamedWithTheByteWhereTheyBreak() throws {
    let bytes = try LemmatizerTests.data().fileBytes()
    let binaryStart = bytes.indices.filter { bytes[$0] == 0x0A }[1] + 1

    let notOurs = try #require(Self.error(Array("GLOSSMODEL 4\n{}\n".utf8)))
    #expect(notOurs.location == FileLocation(path: Self.path, byteOffset: 0))

    let truncated = try #require(Self.error(Array(bytes.dropLast(3))))
    #expect(truncated.location.path == Self.path)
    #expect((truncated.location.byteOffset ?? 0) > binaryStart)
    #expect(truncated.description.hasPrefix("broken.glosslemmas: byte "))

    var miscounted = bytes
    miscounted[binaryStart] ^= 0x01  // the noun lemma count
    let wrongCount = try #require(Self.error(miscounted))
    #expect(wrongCount.location.byteOffset == binaryStart)
    #expect(wrongCount.message.contains("noun lemmas"))

    let trailing = try #require(Self.error(bytes + [0]))
    #expect(trailing.location.byteOffset == bytes.count)

    var badMetadata = bytes
    badMetadata[binaryStart - 2] = UInt8(ascii: ",")  // the closing brace
    let metadata = try #require(Self.error(badMetadata))
    #expect(metadata.location.line == 2)
  }

  @Test func aMissingFileIsAModelFileError() {
    do {
      _ = try LemmaData(contentsOfFile: "/nonexistent/lemmas.glosslemmas")
      Issue.record("read a file that does not exist")
    } catch {
      #expect(error.fileSystemError != nil)
      #expect(error.location.path == "/nonexistent/lemmas.glosslemmas")
    }
  }
}
