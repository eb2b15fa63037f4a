import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Distributional word classes learned from unlabeled text: words that are
/// followed (or preceded) by the same words fall into the same class, so a
/// ``SequenceModel`` trained with them generalizes from a treebank word to
/// words it never saw labeled.
///
/// Each word has a class in two *views*: ``View/right`` groups words by the
/// words that follow them, ``View/left`` by the words before them. In each
/// view the classes form a three-level hierarchy (``fineCount`` fine classes,
/// each in one of ``middleCount`` middle classes, each in one of
/// ``coarseCount`` coarse ones), like the prefixes of Brown clusters' bit
/// strings.
///
/// The classes come from the *predictive exchange* algorithm (Uszkoreit and
/// Brants 2008): starting from an assignment by frequency rank, every word in
/// turn moves to the class that best predicts its neighbours, maximizing the
/// likelihood of the class bigram model P(next word | class of word), until
/// few words move. The middle and coarse levels cluster the fine classes
/// themselves the same way. Deterministic: the same text gives the same
/// classes.
///
/// Words are kept as 32-bit fingerprints of their lower-cased form (as in
/// ``EnglishLexicon``), so a model file stores them in a few bytes each.
public struct WordClusters: Sendable, Hashable {
  /// Which neighbours a view groups words by.
  public enum View: Int, Sendable, CaseIterable {
    /// Grouped by the words that follow.
    case right = 0
    /// Grouped by the words that precede.
    case left = 1
  }

  /// Fine classes per view, one byte each: `right | left << 8`, by word
  /// fingerprint.
  package private(set) var words: [UInt32: UInt16]
  /// For each view, the middle class of each fine class.
  package private(set) var middle: [[UInt8]]
  /// For each view, the coarse class of each middle class.
  package private(set) var coarse: [[UInt8]]

  /// No classes: a model trained with them has no cluster features.
  public init() {
    words = [:]
    middle = [[], []]
    coarse = [[], []]
  }

  package init(words: [UInt32: UInt16], middle: [[UInt8]], coarse: [[UInt8]]) {
    precondition(middle.count == 2 && coarse.count == 2)
    self.words = words
    self.middle = middle
    self.coarse = coarse
  }

  /// The number of words with a class.
  public var count: Int { words.count }

  /// Whether there are no classes.
  public var isEmpty: Bool { words.isEmpty }

  /// The number of fine classes per view.
  public var fineCount: Int { middle[0].count }

  /// The number of middle classes per view.
  public var middleCount: Int { coarse[0].count }

  /// The number of coarse classes per view.
  public var coarseCount: Int { Int(coarse[0].max() ?? 0) + 1 }

  /// The fine, middle and coarse class of `word` in `view`, or nil for a
  /// word without a class.
  public func classes(of word: String, view: View) -> (fine: Int, middle: Int, coarse: Int)? {
    let bytes = Array(word.utf8)
    let packed = bytes.withUnsafeBufferPointer { signature($0, 0..<$0.count) }
    guard packed != Self.unknown else { return nil }
    let shift = UInt64(view.rawValue * 24)
    return (
      Int((packed >> shift) & 0xFF), Int((packed >> (shift + 8)) & 0xFF), Int((packed >> (shift + 16)) & 0xFF)
    )
  }

  /// The signature of a word without a class.
  package static let unknown: UInt64 = 1 << 63

  /// The word's classes packed into one value: for the right view the fine,
  /// middle and coarse class in bytes 0, 1 and 2, for the left view in
  /// bytes 3, 4 and 5; ``unknown`` for a word without a class.
  @inline(__always)
  package func signature(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard let packed = words[EnglishLexicon.fingerprint(bytes, range)] else { return Self.unknown }
    let right = Int(packed & 0xFF)
    let left = Int(packed >> 8)
    let rightMiddle = middle[0][right]
    let leftMiddle = middle[1][left]
    return UInt64(right) | UInt64(rightMiddle) << 8 | UInt64(coarse[0][Int(rightMiddle)]) << 16
      | UInt64(left) << 24 | UInt64(leftMiddle) << 32 | UInt64(coarse[1][Int(leftMiddle)]) << 40
  }

  // MARK: - Learning

  /// Learns classes from `sentences` (tokens of unlabeled text): every word
  /// seen at least `minimumCount` times (case folded) gets a class.
  ///
  /// `fineCount`, `middleCount` and `coarseCount` (at most 256, decreasing)
  /// are the sizes of the three levels; `iterations` bounds the exchange
  /// passes of each level.
  public static func learn(
    from sentences: [TokenSequence], minimumCount: Int = 3, fineCount: Int = 256, middleCount: Int = 64,
    coarseCount: Int = 16, iterations: Int = 12
  ) -> WordClusters {
    precondition(fineCount <= 256 && middleCount <= fineCount && coarseCount <= middleCount && coarseCount >= 1)
    // Word ids by fingerprint; counts.
    var ids: [UInt32: Int32] = [:]
    var fingerprints: [UInt32] = []
    var counts: [Int] = []
    var corpus: [[Int32]] = []
    corpus.reserveCapacity(sentences.count)
    for sentence in sentences {
      var row: [Int32] = []
      row.reserveCapacity(sentence.count)
      sentence.bytes.withUnsafeBufferPointer { bytes in
        for range in sentence.tokens {
          let fingerprint = EnglishLexicon.fingerprint(bytes, range)
          if let id = ids[fingerprint] {
            counts[Int(id)] += 1
            row.append(id)
          } else {
            let id = Int32(fingerprints.count)
            ids[fingerprint] = id
            fingerprints.append(fingerprint)
            counts.append(1)
            row.append(id)
          }
        }
      }
      corpus.append(row)
    }
    // Clustered words in decreasing frequency (ties by fingerprint, for
    // determinism); the others share one context id, sentence edges another.
    let kept = counts.indices.filter { counts[$0] >= minimumCount }.sorted {
      counts[$0] != counts[$1] ? counts[$0] > counts[$1] : fingerprints[$0] < fingerprints[$1]
    }
    guard !kept.isEmpty else { return WordClusters() }
    var item = [Int32](repeating: -1, count: counts.count)
    for (rank, id) in kept.enumerated() { item[id] = Int32(rank) }
    let rare = Int32(kept.count)
    let edge = rare + 1
    let contextCount = kept.count + 2
    var views: [[Int]] = []
    var middles: [[UInt8]] = []
    var coarses: [[UInt8]] = []
    for view in View.allCases {
      // Each clustered word's neighbours (on the view's side) with counts.
      var pairs: [UInt64: Int32] = [:]
      for row in corpus {
        for (position, id) in row.enumerated() {
          let word = item[Int(id)]
          guard word >= 0 else { continue }
          let neighbour = view == .right ? position + 1 : position - 1
          let context: Int32
          if neighbour < 0 || neighbour >= row.count {
            context = edge
          } else {
            let other = item[Int(row[neighbour])]
            context = other >= 0 ? other : rare
          }
          pairs[UInt64(UInt32(word)) << 32 | UInt64(UInt32(context)), default: 0] += 1
        }
      }
      let table = SparseRows(pairs: pairs, rowCount: kept.count)
      let initial = kept.indices.map { $0 % fineCount }
      let fine = exchange(
        table, contextCount: contextCount, classCount: fineCount, initial: initial, iterations: iterations)
      // The fine classes' own context counts, clustered into middle classes,
      // and those into coarse ones.
      let fineTable = table.merged(by: fine, into: fineCount)
      let middle = exchange(
        fineTable, contextCount: contextCount, classCount: middleCount, initial: ranked(fineTable, middleCount),
        iterations: iterations * 2)
      let middleTable = fineTable.merged(by: middle, into: middleCount)
      let coarse = exchange(
        middleTable, contextCount: contextCount, classCount: coarseCount,
        initial: ranked(middleTable, coarseCount), iterations: iterations * 2)
      views.append(fine)
      middles.append(middle.map { UInt8($0) })
      coarses.append(coarse.map { UInt8($0) })
    }
    var words: [UInt32: UInt16] = [:]
    words.reserveCapacity(kept.count)
    for (rank, id) in kept.enumerated() {
      words[fingerprints[id]] = UInt16(views[0][rank]) | UInt16(views[1][rank]) << 8
    }
    return WordClusters(words: words, middle: middles, coarse: coarses)
  }

  /// An initial assignment of `table`'s rows to `classCount` classes by
  /// decreasing row total.
  private static func ranked(_ table: SparseRows, _ classCount: Int) -> [Int] {
    let order = table.totals.indices.sorted {
      table.totals[$0] != table.totals[$1] ? table.totals[$0] > table.totals[$1] : $0 < $1
    }
    var initial = [Int](repeating: 0, count: order.count)
    for (rank, row) in order.enumerated() { initial[row] = rank % classCount }
    return initial
  }

  /// Rows of context counts (compressed sparse rows).
  struct SparseRows {
    var offsets: [Int]
    var contexts: [Int32]
    var counts: [Int32]
    var totals: [Int]

    init(offsets: [Int], contexts: [Int32], counts: [Int32]) {
      self.offsets = offsets
      self.contexts = contexts
      self.counts = counts
      totals = (0..<(offsets.count - 1)).map { row in
        (offsets[row]..<offsets[row + 1]).reduce(0) { $0 + Int(counts[$1]) }
      }
    }

    /// Rows from `(row << 32 | context) → count` pairs.
    init(pairs: [UInt64: Int32], rowCount: Int) {
      let keys = pairs.keys.sorted()
      var offsets = [Int](repeating: 0, count: rowCount + 1)
      var contexts: [Int32] = []
      var counts: [Int32] = []
      contexts.reserveCapacity(keys.count)
      counts.reserveCapacity(keys.count)
      for key in keys {
        offsets[Int(key >> 32) + 1] += 1
        contexts.append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
        counts.append(pairs[key]!)
      }
      for row in 0..<rowCount { offsets[row + 1] += offsets[row] }
      self.init(offsets: offsets, contexts: contexts, counts: counts)
    }

    /// The rows summed by class.
    func merged(by assignment: [Int], into classCount: Int) -> SparseRows {
      var pairs: [UInt64: Int32] = [:]
      for row in 0..<(offsets.count - 1) {
        for k in offsets[row]..<offsets[row + 1] {
          pairs[UInt64(assignment[row]) << 32 | UInt64(UInt32(contexts[k])), default: 0] += counts[k]
        }
      }
      return SparseRows(pairs: pairs, rowCount: classCount)
    }
  }

  /// The predictive exchange algorithm: moves each row to the class that
  /// maximizes Σ N(class, context) log N(class, context) − Σ N(class) log N(class)
  /// until no row moves or after `iterations` passes.
  static func exchange(
    _ table: SparseRows, contextCount: Int, classCount: Int, initial: [Int], iterations: Int
  ) -> [Int] {
    let k = classCount
    var assignment = initial
    var joint = [Int32](repeating: 0, count: contextCount * k)
    var classTotals = [Int](repeating: 0, count: k)
    let rowCount = table.offsets.count - 1
    for row in 0..<rowCount {
      let c = assignment[row]
      classTotals[c] += table.totals[row]
      for index in table.offsets[row]..<table.offsets[row + 1] {
        joint[Int(table.contexts[index]) * k + c] += table.counts[index]
      }
    }
    // x log x, tabulated for small counts.
    let tableSize = 1 << 16
    let xlogx = (0..<tableSize).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }
    @inline(__always) func f(_ x: Int) -> Double {
      x < tableSize ? xlogx[x] : Double(x) * log(Double(x))
    }
    var gain = [Double](repeating: 0, count: k)
    for _ in 0..<max(1, iterations) {
      var moved = 0
      for row in 0..<rowCount {
        let from = assignment[row]
        let total = table.totals[row]
        let range = table.offsets[row]..<table.offsets[row + 1]
        // Take the row out of its class.
        classTotals[from] -= total
        for index in range { joint[Int(table.contexts[index]) * k + from] -= table.counts[index] }
        for c in 0..<k { gain[c] = f(classTotals[c]) - f(classTotals[c] + total) }
        joint.withUnsafeBufferPointer { joint in
          for index in range {
            let base = Int(table.contexts[index]) * k
            let n = Int(table.counts[index])
            for c in 0..<k {
              let m = Int(joint[base + c])
              gain[c] += f(m + n) - f(m)
            }
          }
        }
        var best = from
        for c in 0..<k where gain[c] > gain[best] + 1e-9 { best = c }
        if best != from { moved += 1 }
        assignment[row] = best
        classTotals[best] += total
        for index in range { joint[Int(table.contexts[index]) * k + best] += table.counts[index] }
      }
      if moved == 0 { break }
    }
    return assignment
  }
}
