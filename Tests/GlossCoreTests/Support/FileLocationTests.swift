import GlossCore
import Testing

@Suite struct FileLocationTests {
  @Test(arguments: [
    (FileLocation(path: "Corpus/a.txt", line: 3, column: 14), "Corpus/a.txt:3:14"),
    (FileLocation(path: "Corpus/a.txt", line: 3), "Corpus/a.txt:3"),
    (FileLocation(path: "Corpus/a.txt"), "Corpus/a.txt"),
    // Without a line, a column means nothing and is left out.
    (FileLocation(path: "Corpus/a.txt", column: 14), "Corpus/a.txt"),
    // Line and column win over the byte offset, which names only what has no line.
    (FileLocation(path: "Corpus/a.txt", line: 2, column: 5, byteOffset: 40), "Corpus/a.txt:2:5"),
    (FileLocation(path: "Corpus/a.txt", byteOffset: 7), "Corpus/a.txt: byte 7"),
  ])
  func rendersLikeACompiler(location: FileLocation, expected: String) {
    #expect(location.description == expected)
  }

  @Test func everyFileErrorRendersItsLocationTheSameWay() {
    let location = FileLocation(path: "scheme.json", line: 2, column: 9)
    let errors: [any Error] = [
      CorpusError(.invalidMetadata, at: location, message: "bad"),
      SchemeError(at: location, message: "bad"),
      StoreError.corruptFile(location, message: "bad"),
    ]
    for error in errors {
      #expect("\(error)".hasPrefix("scheme.json:2:9: bad"))
    }
  }

  @Test func aJSONErrorIsPlacedInItsFile() throws {
    let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse("{\n  \"a\" 1\n}") }
    #expect(
      error.location(inFile: "f.json") == FileLocation(path: "f.json", line: 2, column: 7, byteOffset: error.byteOffset)
    )
    // Bytes that start at line 10 of the file: lines shift, the offset would mislead and is dropped.
    #expect(error.location(inFile: "f.jsonl", firstLine: 10) == FileLocation(path: "f.jsonl", line: 11, column: 7))
  }

  @Test func aSchemeWithBrokenJSONIsNamedAtItsLineAndColumn() {
    #expect {
      _ = try Scheme(json: Array("{\"layers\": [\n  {\"name\" \"x\"}]}".utf8), path: "scheme.json")
    } throws: { error in
      "\(error)".hasPrefix("scheme.json:2:11: ")
    }
  }
}
