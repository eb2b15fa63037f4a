import Foundation
import GlossCore
import GlossEvaluation
import GlossFormats
import Testing

/// The package root, found from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The tokenizer's exact output (every token and sentence range, both hyphen
/// policies) on the UD English EWT texts, the seed corpus and the interop
/// fixture, pinned by a digest per text in
/// `Tests/Fixtures/tokenizer-golden.txt`, so speed work cannot change a
/// single boundary.
///
/// `GLOSS_WRITE_TOKENIZER_GOLDEN=1` rewrites the fixture (only after a
/// deliberate change of the rules); `GLOSS_TOKENIZER_DUMP=DIR` writes every
/// range to `DIR/NAME.POLICY.txt` for diffing two builds.
@Suite struct TokenizerGoldenTests {
  static let goldenPath = packageRoot.appendingPathComponent("Tests/Fixtures/tokenizer-golden.txt").path

  /// The texts: name and text.
  static func texts() throws -> [(String, SourceText)] {
    var texts: [(String, SourceText)] = []
    for split in ["dev", "test", "train"] {
      let path = packageRoot.appendingPathComponent("Data/ud-english-ewt/en_ewt-ud-\(split).conllu").path
      try #require(FileManager.default.fileExists(atPath: path), "missing file \(path)")
      var reader = try CoNLLUReader(contentsOfFile: path)
      texts.append(("ewt-\(split)", GoldTokenization(try reader.readAll()).text))
    }
    for folder in ["Corpus", "Tests/Fixtures/interop/Corpus"] {
      let url = packageRoot.appendingPathComponent(folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
      for name in names {
        let bytes = try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
        texts.append(("\(folder)/\(name)", try SourceText(validatingUTF8: bytes)))
      }
    }
    return texts
  }

  /// `NAME POLICY TOKENS SENTENCES DIGEST` for every text and policy.
  static func lines(dumpingTo dump: String?) throws -> [String] {
    var lines: [String] = []
    for (name, text) in try texts() {
      for (policy, tokenizer) in [("whole", Tokenizer()), ("ud", Tokenizer.universalDependencies)] {
        let tokenization = tokenizer.tokenize(text)
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: Int) {
          var v = UInt64(bitPattern: Int64(value))
          for _ in 0..<8 {
            digest = (digest ^ (v & 0xFF)) &* 0x100_0000_01b3
            v >>= 8
          }
        }
        for range in tokenization.tokens {
          mix(range.lowerBound)
          mix(range.upperBound)
        }
        mix(-1)
        for range in tokenization.sentences {
          mix(range.lowerBound)
          mix(range.upperBound)
        }
        lines.append(
          "\(name) \(policy) \(tokenization.tokens.count) \(tokenization.sentences.count) \(String(digest, radix: 16))")
        if let dump {
          let file = "\(dump)/\(name.replacingOccurrences(of: "/", with: "_")).\(policy).txt"
          let body =
            tokenization.tokens.map { "t \($0.lowerBound) \($0.upperBound)" }.joined(separator: "\n") + "\n"
            + tokenization.sentences.map { "s \($0.lowerBound) \($0.upperBound)" }.joined(separator: "\n") + "\n"
          try body.write(toFile: file, atomically: true, encoding: .utf8)
        }
      }
    }
    return lines
  }

  @Test func tokenizationIsUnchanged() throws {
    let environment = ProcessInfo.processInfo.environment
    let actual = try Self.lines(dumpingTo: environment["GLOSS_TOKENIZER_DUMP"])
    if environment["GLOSS_WRITE_TOKENIZER_GOLDEN"] == "1" {
      try (actual.joined(separator: "\n") + "\n").write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: Self.goldenPath, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(actual.count == expected.count)
    for (a, e) in zip(actual, expected) {
      #expect(a == e)
    }
  }
}
