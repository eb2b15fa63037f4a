/// For frequent training words, the set of labels they were seen with (an
/// "ambiguity class"): a cheap stand-in for word clusters that also tells the
/// model what the next words can be.
///
/// Keys are the ``FeatureHash`` of the case-folded word, so lookups need no
/// string; values are bit masks over the model's first 32 labels.
public struct WordLexicon: Sendable, Hashable {
  /// Label masks by folded-word hash.
  package var classes: [UInt64: UInt32]

  /// An empty lexicon.
  public init() {
    classes = [:]
  }

  package init(classes: [UInt64: UInt32]) {
    self.classes = classes
  }

  /// The number of words.
  public var count: Int { classes.count }

  /// The hash under which a word's class is stored.
  @inline(__always)
  package static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = FeatureHash(template: 0)
    hash.add(bytes, range, fold: true)
    return hash.value
  }

  /// Builds the lexicon of `data`: every word seen at least `minimumCount`
  /// times, with the labels that make up at least `minimumShare` of its uses.
  public static func build(from data: [LabeledSequence], minimumCount: Int = 3, minimumShare: Double = 0.02)
    -> WordLexicon
  {
    var counts: [UInt64: [Int: Int]] = [:]
    for sequence in data {
      sequence.tokens.bytes.withUnsafeBufferPointer { bytes in
        for (index, range) in sequence.tokens.tokens.enumerated() {
          counts[key(bytes, range), default: [:]][sequence.labels[index], default: 0] += 1
        }
      }
    }
    var classes: [UInt64: UInt32] = [:]
    for (word, labels) in counts {
      let total = labels.values.reduce(0, +)
      guard total >= minimumCount else { continue }
      var mask: UInt32 = 0
      for (label, count) in labels where label < 32 && Double(count) >= minimumShare * Double(total) {
        mask |= 1 << UInt32(label)
      }
      classes[word] = mask
    }
    return WordLexicon(classes: classes)
  }
}
