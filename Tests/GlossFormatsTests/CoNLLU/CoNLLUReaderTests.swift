import Foundation
import GlossFormats
import Testing

/// The path of a fixture in `Tests/Fixtures`, failing the test if it is missing.
private func fixture(_ name: String) throws -> String {
  let path = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(name).path
  try #require(FileManager.default.fileExists(atPath: path), "missing fixture \(path)")
  return path
}

@Suite struct CoNLLUReaderTests {
  @Test func readsTheFixture() throws {
    var reader = try CoNLLUReader(contentsOfFile: try fixture("sample.conllu"))
    let sentences = try reader.readAll()
    try #require(sentences.count == 2)

    let first = sentences[0]
    #expect(first.lineNumber == 1)
    #expect(first.newDocumentID == "doc1")
    #expect(first.startsDocument && first.startsParagraph)
    #expect(first.sentenceID == "doc1-s1")
    #expect(first.text == "I don't like it.")
    #expect(first.metadata("newpar id") == "doc1-p1")
    #expect(first.words.map(\.form) == ["do", "n't", "like", "it", "."])
    #expect(first.multiwordTokens == [CoNLLUMultiwordToken(range: 1...2, form: "don't")])
    let word = first.words[0]
    #expect(word.id == 1 && word.lemma == "do" && word.upos == "AUX" && word.xpos == "VBP")
    #expect(word.feats == "Mood=Ind" && word.head == 3 && word.deprel == "aux" && word.deps == "3:aux")
    #expect(first.words[3].misc == "SpaceAfter=No" && !first.words[3].spaceAfter)
    #expect(first.surfaceTokens.map(\.form) == ["don't", "like", "it", "."])
    #expect(first.surfaceTokens[0].isMultiword)

    let second = sentences[1]
    #expect(second.lineNumber == 12)
    #expect(!second.startsParagraph && second.newDocumentID == nil)
    #expect(second.words.count == 5)
    #expect(second.emptyNodes.count == 1)
    let node = second.emptyNodes[0]
    #expect(node.major == 5 && node.minor == 1 && node.form == "went" && node.deps == "2:conj:and")
    #expect(node.head == "_" && node.misc == "CopyOf=2")
    #expect(second.surfaceTokens.map(\.form) == ["Sue", "went", "and", "Bob", "too"])
  }

  @Test func streamsSentencesOneAtATime() throws {
    var reader = CoNLLUReader(string: "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n\n1\tb\t_\t_\t_\t_\t0\troot\t_\t_")
    #expect(try reader.next()?.words.map(\.form) == ["a"])
    #expect(try reader.next()?.words.map(\.form) == ["b"])
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
  }

  @Test func acceptsCRLFAndBareNewpar() throws {
    var reader = CoNLLUReader(string: "# newpar\r\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\r\n\r\n")
    let sentence = try #require(try reader.next())
    #expect(sentence.startsParagraph)
    #expect(sentence.words[0].head == nil)
    #expect(sentence.words[0].misc == "_")
  }

  @Test(arguments: [
    ("1\ta\t_\t_\t_\t_\t0\troot\t_", CoNLLUError.Code.wrongColumnCount),
    ("x\ta\t_\t_\t_\t_\t0\troot\t_\t_", .invalidID),
    ("0\ta\t_\t_\t_\t_\t0\troot\t_\t_", .invalidID),
    ("2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_", .invalidID),
    ("1.x\ta\t_\t_\t_\t_\t_\t_\t_\t_", .invalidID),
    ("1\ta\t_\t_\t_\t_\troot\troot\t_\t_", .invalidHead),
  ])
  func reportsMalformedLines(line: String, code: CoNLLUError.Code) {
    var reader = CoNLLUReader(
      string: "# sent_id = 1\n1\tok\t_\t_\t_\t_\t0\troot\t_\t_\n" + line + "\n", path: "bad.conllu")
    #expect(throws: CoNLLUError.self) { try reader.next() }
    var again = CoNLLUReader(
      string: "# sent_id = 1\n1\tok\t_\t_\t_\t_\t0\troot\t_\t_\n" + line + "\n", path: "bad.conllu")
    do {
      _ = try again.next()
    } catch {
      #expect(error.code == code)
      #expect(error.location.line == 3)
      #expect(error.location.path == "bad.conllu")
      #expect(error.description.hasPrefix("bad.conllu:3: "))
    }
  }

  @Test func reportsUnreadableFiles() {
    #expect(throws: CoNLLUError.self) { try CoNLLUReader(contentsOfFile: "/nonexistent/file.conllu") }
  }
}
