import GlossCore
import GlossTaggers
import Testing

/// The hand-made gold of the seed articles (`Notebooks/gold/<layer>.gloss`)
/// and an exact-span scorer, until `gloss eval` measures taggers.
///
/// The gold scripts give every span as `annotate DOC START..END as
/// LAYER:LABEL`, which is all this reader understands; a missing script or
/// corpus fails the test.
struct SeedGold {
  /// A gold or tagged span.
  struct Item: Hashable {
    var document: String
    var label: String
    var range: Range<Int>
  }

  /// Precision, recall and F1 of one label or all of them.
  struct Score: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
      func percent(_ value: Double) -> String { String(Int((value * 1000).rounded())).padded(5) }
      return "P \(percent(precision)) R \(percent(recall)) F1 \(percent(f1))  (tp \(truePositives), "
        + "fp \(falsePositives), fn \(falseNegatives))"
    }
    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
  }

  static let root: String = {
    // Tests/GlossTaggersTests/Entity/SeedGold.swift → the package root.
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
  }()

  let corpus: Corpus
  let spans: [Item]

  /// Loads the corpus and the gold of `layer`.
  init(layer: String) throws {
    corpus = try Corpus.load(at: Self.root)
    let bytes = try FileSystem.readFile(atPath: Self.root + "/Notebooks/gold/\(layer).gloss")
    var items: [Item] = []
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let words = line.split(separator: " ")
      guard words.count >= 5, words[0] == "annotate", words[3] == "as" else { continue }
      let bounds = words[2].split(separator: ".", omittingEmptySubsequences: true)
      let label = words[4].split(separator: ":")
      guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), label.count == 2,
        label[0] == layer[...]
      else {
        Issue.record("unreadable gold line: \(line)")
        continue
      }
      items.append(Item(document: String(words[1]), label: String(label[1]), range: start..<end))
    }
    spans = items
  }

  /// The tagger's spans of `layer` on every gold document.
  func tagged(by tagger: some Tagger, layer: String) -> [Item] {
    corpus.documents.flatMap { document in
      tagger.suggestions(in: TaggingContext(document)).filter { $0.layer == layer }.map {
        Item(document: document.id, label: $0.label, range: $0.range)
      }
    }
  }

  /// Exact span-and-label scores, overall (key `""`) and per label.
  func score(_ predicted: [Item]) -> [String: Score] {
    let gold = Set(spans)
    let guessed = Set(predicted)
    var scores: [String: Score] = ["": Score()]
    for item in guessed {
      let hit = gold.contains(item)
      for key in ["", item.label] {
        if hit {
          scores[key, default: Score()].truePositives += 1
        } else {
          scores[key, default: Score()].falsePositives += 1
        }
      }
    }
    for item in gold where !guessed.contains(item) {
      for key in ["", item.label] { scores[key, default: Score()].falseNegatives += 1 }
    }
    return scores
  }

  /// A readable report of scores and of the differences.
  func report(_ predicted: [Item]) -> String {
    let scores = score(predicted)
    var lines = scores.keys.sorted().map { "\($0.isEmpty ? "all" : $0)".padded(12) + "\(scores[$0]!)" }
    let gold = Set(spans)
    let guessed = Set(predicted)
    for item in guessed.subtracting(gold).sorted(by: Self.order) { lines.append("  + \(describe(item))") }
    for item in gold.subtracting(guessed).sorted(by: Self.order) { lines.append("  - \(describe(item))") }
    return lines.joined(separator: "\n")
  }

  private func describe(_ item: Item) -> String {
    let text = corpus.document(item.document)!.text.text(in: item.range)
    return "\(item.document.prefix(3)) \(item.range.lowerBound)..\(item.range.upperBound) \(item.label) \(text)"
  }

  private static func order(_ a: Item, _ b: Item) -> Bool {
    (a.document, a.range.lowerBound, a.label) < (b.document, b.range.lowerBound, b.label)
  }
}

extension String {
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
