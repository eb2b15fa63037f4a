import Foundation
import GlossCore
import Testing

@testable import GlossTaggers

/// Training on a tiny treebank, parsing, and the parser's file.
@Suite struct DependencyParserTests {
  static let fixtures =
    URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/Tests/Fixtures"

  /// The sentences of `Tests/Fixtures/parser-tiny.conllu` (gold tags and lemmas).
  static func examples() throws -> [DependencyExample] {
    let text = try String(contentsOfFile: fixtures + "/parser-tiny.conllu", encoding: .utf8)
    return text.components(separatedBy: "\n\n").compactMap { block in
      let rows = block.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t") }
      guard !rows.isEmpty else { return nil }
      return DependencyExample(
        tokens: TokenSequence(words: rows.map { String($0[1]) }),
        tags: rows.map { UniversalPartOfSpeech(rawValue: String($0[3]))! }, lemmas: rows.map { String($0[2]) },
        heads: rows.map { Int32($0[6])! }, relations: rows.map { String($0[7]) })
    }
  }

  static func tinyParser() throws -> DependencyParser {
    DependencyParser.train(
      try examples(),
      options: ParserTrainingOptions(iterations: 12, transitionHashBits: 14, relationHashBits: 12, minimumWeight: 0))
  }

  /// The heads and relation names `parser` gives `example`.
  static func parse(_ example: DependencyExample, with parser: DependencyParser) -> ([Int32], [String]) {
    var workspace = DependencyParser.Workspace()
    parser.parse(example.tokens, tags: example.tags, lemmas: example.lemmas, workspace: &workspace)
    return (workspace.heads, workspace.relations.map { parser.relations[Int($0)] })
  }

  @Test func trainingOnATinyTreebankLearnsIt() throws {
    let parser = try Self.tinyParser()
    #expect(parser.relations.contains("nsubj:pass") && parser.relations.contains("compound:prt"))
    for example in try Self.examples() {
      let (heads, relations) = Self.parse(example, with: parser)
      // The non-projective sentence is learned as lifted.
      #expect(heads == Projectivity.projectivized(example.heads))
      #expect(relations == example.relations)
    }
  }

  @Test func everyWordGetsAHeadAndOneHangsFromTheRoot() throws {
    let parser = try Self.tinyParser()
    let words = ["Dogs", "bark", "at", "night", "and", "cats", "sleep", "."]
    let tags: [UniversalPartOfSpeech] = [
      .noun, .verb, .adposition, .noun, .coordinatingConjunction, .noun, .verb, .punctuation,
    ]
    var workspace = DependencyParser.Workspace()
    parser.parse(TokenSequence(words: words), tags: tags, lemmas: words, workspace: &workspace)
    #expect(workspace.heads.count == words.count)
    #expect(workspace.heads.filter { $0 == 0 }.count == 1)
    #expect(workspace.heads.allSatisfy { (0...Int32(words.count)).contains($0) })
    parser.parse(TokenSequence(words: []), tags: [], lemmas: [], workspace: &workspace)
    #expect(workspace.heads.isEmpty)
  }

  @Test func aModelFileRoundTripParsesIdentically() throws {
    let parser = try Self.tinyParser()
    let path = NSTemporaryDirectory() + "gloss-parser-\(UInt64.random(in: 0...UInt64.max)).glossmodel"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try parser.write(toFile: path)
    let read = try DependencyParser(contentsOfFile: path)
    #expect(read.fileSHA256 == SHA256.hexDigest(of: parser.fileBytes()))
    #expect(read.fileBytes() == parser.fileBytes())
    #expect(read.relations == parser.relations)
    for example in try Self.examples() {
      #expect(Self.parse(example, with: read) == Self.parse(example, with: parser))
    }
  }

  /// The shipped parser reads back to the very bytes of its file.
  @Test func theShippedParserFileRoundTrips() throws {
    let path = Self.fixtures.replacingOccurrences(of: "/Tests/Fixtures", with: "/Models/") + ModelCatalog.parser
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let parser = try DependencyParser(contentsOfFile: path)
    #expect(parser.fileBytes() == bytes)
    #expect(parser.relations.count == 51 && parser.relations.contains("obl:unmarked"))
    #expect(parser.provenance.sources.first?.name == "en_ewt-ud-train.conllu")
    #expect(parser.provenance.runs == 3)
  }

  @Test func truncatedFilesNameTheFileAndTheOffset() throws {
    let bytes = try Self.tinyParser().fileBytes()
    let cut = bytes.count - 10
    let error = try #require(throws: ModelFileError.self) {
      try DependencyParser(fileBytes: Array(bytes[..<cut]), path: "cut.glossmodel")
    }
    #expect(error.location.path == "cut.glossmodel")
    #expect(error.location.byteOffset != nil)
    #expect(error.location.byteOffset! <= cut)
  }

  @Test func foreignFilesAreRefusedAtTheirFirstByte() throws {
    let error = try #require(throws: ModelFileError.self) {
      try DependencyParser(fileBytes: Array("GLOSSMODEL 4\n{}\n".utf8), path: "pos.glossmodel")
    }
    #expect(error.location.path == "pos.glossmodel")
    #expect(error.location.byteOffset == 0)
    #expect(error.message.contains("parser model file"))
  }

  @Test func aMissingFileIsAModelFileError() {
    #expect(throws: ModelFileError.self) { try DependencyParser(contentsOfFile: "/nonexistent/parser.glossmodel") }
  }
}
