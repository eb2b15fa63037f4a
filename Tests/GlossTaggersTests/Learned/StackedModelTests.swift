import GlossTaggers
import Testing

/// Stacked models: a second pass over a first pass's labels on both sides.
@Suite struct StackedModelTests {
  /// A task only the right context decides: `X` before `a` is `A`, before
  /// `b` it is `B`; the other words tag themselves.
  static let labels = ["A", "B", "W"]

  static var data: [LabeledSequence] {
    var data: [LabeledSequence] = []
    for (k, filler) in ["x", "y", "z", "v"].enumerated() {
      for (cue, label) in [("a", 0), ("b", 1)] {
        for count in 0..<(3 + k) {
          let words = Array(repeating: filler, count: count % 2) + ["X", cue, filler, "."]
          let tags = Array(repeating: 2, count: count % 2) + [label, 2, 2, 2]
          data.append(LabeledSequence(tokens: TokenSequence(words: words), labels: tags))
        }
      }
    }
    return data
  }

  static func train() -> SequenceModel {
    SequenceModel.trainStacked(
      kind: "tiny", labels: labels, data: data,
      options: TrainingOptions(epochs: 8, seed: 3, hashBits: 12, lexiconMinimumCount: 2), folds: 3,
      sources: [])
  }

  @Test func learnsAndIsDeterministic() {
    let model = Self.train()
    #expect(model.firstPass != nil)
    #expect(model.labels(for: ["X", "a", "y", "."]) == ["A", "W", "W", "W"])
    #expect(model.labels(for: ["y", "X", "b", "z", "."]) == ["W", "B", "W", "W", "W"])
    #expect(Self.train().fileBytes() == model.fileBytes())
  }

  @Test func fileHoldsBothPasses() throws {
    let model = Self.train()
    let bytes = model.fileBytes()
    let loaded = try SequenceModel(fileBytes: bytes)
    #expect(loaded.firstPass != nil)
    #expect(loaded.fileBytes() == bytes)
    #expect(loaded.labels(for: ["v", "X", "b", "v", "."]) == model.labels(for: ["v", "X", "b", "v", "."]))
    // Cut inside the first pass: refused, not misread.
    #expect(throws: ModelFileError.self) { try SequenceModel(fileBytes: Array(bytes.prefix(bytes.count / 3))) }
  }
}
