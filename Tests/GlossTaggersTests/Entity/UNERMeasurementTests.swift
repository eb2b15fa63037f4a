import GlossCore
import GlossTaggers
import Testing

#if canImport(Glibc)
  import Glibc
#endif

private enum Environment {
  /// `GLOSS_UNER_SPLIT=dev` measures on the dev split.
  static var unerSplit: String? { getenv("GLOSS_UNER_SPLIT").map { String(cString: $0) } }
}

/// The entity tagger measured on Universal NER English EWT (web text it was
/// not written for), mapped to UNER's classes: PERSON→PER, ORG→ORG,
/// GPE/LOC/FAC→LOC; UNER's OTH and the tagger's other labels are left out.
@Suite struct UNERMeasurementTests {
  static let path = SeedGold.root + "/Data/uner-english-ewt/en_ewt-ud-test.iob2"
  /// The dev split, for trying rules without looking at the test split.
  static let devPath = SeedGold.root + "/Data/uner-english-ewt/en_ewt-ud-dev.iob2"

  /// One UNER document rebuilt from its sentences' `# text` lines (a blank
  /// line between sentences), with its gold spans in scalar offsets.
  struct Document {
    var text = ""
    var gold: [SeedGold.Item] = []
  }

  static func documents() throws -> [Document] {
    let split = Environment.unerSplit == "dev" ? devPath : path
    let bytes = try FileSystem.readFile(atPath: split)
    var documents: [Document] = []
    var current = Document()
    var sentence: [Unicode.Scalar] = []
    var offset = 0  // scalar offset of the sentence in the document
    var cursor = 0  // scalar offset of the next token in the sentence
    var open: (label: String, start: Int, end: Int)?
    func close() {
      if let span = open {
        current.gold.append(SeedGold.Item(document: "", label: span.label, range: span.start..<span.end))
      }
      open = nil
    }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("# newdoc") {
        close()
        if !current.text.isEmpty { documents.append(current) }
        current = Document()
      } else if line.hasPrefix("# text = ") {
        if !current.text.isEmpty { current.text += "\n\n" }
        offset = current.text.unicodeScalars.count
        sentence = Array(line.dropFirst(9).unicodeScalars)
        current.text += String(line.dropFirst(9))
        cursor = 0
      } else if line.isEmpty {
        close()
      } else if !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3 else { continue }
        let token = Array(fields[1].unicodeScalars)
        // Find the token in the sentence text (tokens follow in order).
        var start = cursor
        while start < sentence.count && !sentence[start...].starts(with: token) { start += 1 }
        guard start < sentence.count else { continue }
        cursor = start + token.count
        let tag = fields[2]
        if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && open == nil) {
          close()
          open = (String(tag.dropFirst(2)), offset + start, offset + cursor)
        } else if tag.hasPrefix("I-") {
          open?.end = offset + cursor
        } else {
          close()
        }
      }
    }
    close()
    if !current.text.isEmpty { documents.append(current) }
    return documents
  }

  static func uner(_ label: String) -> String? {
    switch label {
    case "PERSON", "PER": "PER"
    case "ORG": "ORG"
    case "GPE", "LOC", "FAC": "LOC"
    default: nil
    }
  }

  @Test func perOrgLocOnUNERTest() throws {
    let tagger = EntityTagger()
    var scores: [String: SeedGold.Score] = [:]
    var words = 0
    for document in try Self.documents() {
      let text = SourceText(document.text)
      let context = TaggingContext(documentID: "uner", text: text)
      words += context.tokenization.tokens.count
      let guessed = Set(
        tagger.suggestions(in: context).compactMap { span in
          Self.uner(span.label).map { SeedGold.Item(document: "", label: $0, range: span.range) }
        })
      let gold = Set(
        document.gold.compactMap { item in
          Self.uner(item.label).map { SeedGold.Item(document: "", label: $0, range: item.range) }
        })
      for item in guessed {
        let hit = gold.contains(item)
        for key in ["all", item.label] {
          if hit {
            scores[key, default: .init()].truePositives += 1
          } else {
            scores[key, default: .init()].falsePositives += 1
          }
        }
      }
      for item in gold.subtracting(guessed) {
        for key in ["all", item.label] { scores[key, default: .init()].falseNegatives += 1 }
      }
    }
    print("entity tagger on UNER EWT test (\(words) tokens), exact span, PER/ORG/LOC:")
    for key in scores.keys.sorted() { print("  \(key)\t\(scores[key]!)") }
    #expect(words > 20_000)
    // Measured P 0.814, R 0.451, F1 0.581 (P 0.817, R 0.405 before issue 15; P 0.814, R 0.366 before branch
    // `entities`).
    #expect(scores["all"]!.precision >= 0.80)
    #expect(scores["all"]!.recall >= 0.44)
  }
}
