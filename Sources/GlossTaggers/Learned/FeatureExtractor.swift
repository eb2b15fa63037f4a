/// Turns a sentence into the hashed sparse features of a ``SequenceModel``.
///
/// Static features (those that do not depend on predicted labels) are
/// computed once per sentence into a reusable ``FeatureBuffer``: the word,
/// its lower-cased form, prefixes and suffixes, its shape, the neighbouring
/// words, suffixes and shapes, the ambiguity class (``WordLexicon``) of
/// the word and its neighbours and, with an ``EnglishLexicon``, the
/// WordNet signature of the word and its neighbours and the word list's
/// verdict on the word and, with ``WordClusters``, the word's classes at
/// every level of both views, the class of the word before by what follows
/// it and that of the word after by what precedes it. Dynamic features combine the labels already
/// predicted to the left with the current word.
public struct FeatureExtractor: Sendable, Hashable {
  /// The version of the feature templates; a model records it and refuses
  /// to load under another.
  public static let templateVersion = 1

  /// Table size as a power of two.
  public var hashBits: Int
  /// Ambiguity classes of frequent words.
  public var lexicon: WordLexicon
  /// WordNet's parts of speech and a word list (empty: no such features).
  public var english: EnglishLexicon
  /// Distributional word classes (empty: no such features).
  public var clusters: WordClusters

  /// The number of static features per token (before extra features).
  package static let staticCount = 32
  /// The number of features per token from a first pass's labels.
  package static let hintCount = 10
  /// The number of features per token from an English lexicon.
  package static let englishCount = 6
  /// The number of features per token from word clusters.
  package static let clusterCount = 8
  /// The number of label-dependent features per token.
  package static let dynamicCount = 4

  /// Creates an extractor; with an empty `english` lexicon, the features
  /// are those of a model made before English-lexicon features existed.
  public init(
    hashBits: Int, lexicon: WordLexicon, english: EnglishLexicon = EnglishLexicon(),
    clusters: WordClusters = WordClusters()
  ) {
    precondition((8...26).contains(hashBits), "hash bits between 8 and 26")
    self.hashBits = hashBits
    self.lexicon = lexicon
    self.english = english
    self.clusters = clusters
  }

  // MARK: - Static features

  /// Fills `buffer` with the static features of `tokens`.
  ///
  /// `hints`, when not empty, are a first pass's predicted label indices
  /// (one per token): the second pass of a stacked model sees them for the
  /// word and its neighbours, including those to the right it has not
  /// decided yet. With `reversed`, the features are those of the sentence
  /// read from its last token to its first (buffer position `p` is token
  /// `count - 1 - p`), for a right-to-left model.
  ///
  /// `words`, when given, is the buffer that an extractor with the same
  /// lexicons filled for the same tokens (reading them in the order
  /// `wordsReversed` says): its per-word values are copied instead of being
  /// computed again, which saves a stacked model's second pass the lexicon
  /// look-ups of its first.
  ///
  /// Each token's features are written group by group, in the order of
  /// their templates' introduction, which the model files depend on.
  package func extract(
    _ tokens: TokenSequence, extra: [[String]] = [], hints: [Int] = [], reversed: Bool = false,
    words: FeatureBuffer? = nil, wordsReversed: Bool = false, into buffer: inout FeatureBuffer
  ) {
    let n = tokens.count
    buffer.reset(tokenCount: n)
    let total = n * featuresPerToken(withHints: !hints.isEmpty) + Self.extraFeatureCount(extra, tokenCount: n)
    // The features are written through a pointer into an array of their
    // final size (appending checks uniqueness and capacity every time).
    var features: [Int32] = []
    swap(&features, &buffer.staticFeatures)
    features.removeAll(keepingCapacity: true)
    features.append(contentsOf: repeatElement(0, count: total))
    var written = 0
    defer {
      precondition(written == total, "feature count \(written) is not the expected \(total)")
      swap(&features, &buffer.staticFeatures)
    }
    let order = TokenOrder(count: n, reversed: reversed)
    tokens.bytes.withUnsafeBufferPointer { bytes in
      tokens.tokens.withUnsafeBufferPointer { ranges in
        if let words, words.lowerHash.count == n {
          buffer.copyWordValues(from: words, inOppositeOrder: reversed != wordsReversed)
        } else {
          computeWordValues(bytes, ranges, order, into: &buffer)
        }
        features.withUnsafeMutableBufferPointer { out in
          var writer = FeatureWriter(out: out, bits: hashBits)
          let sentence = SentenceValues(buffer, hints: hints, order: order)
          for i in 0..<n {
            let token = order.token(i)
            let range = ranges[token]
            Self.putWordFeatures(bytes, range, sentence, i, &writer)
            Self.putWindowFeatures(sentence, i, &writer)
            Self.putAmbiguityClassFeatures(sentence, i, &writer)
            Self.putPairFeatures(sentence, i, &writer)
            Self.putWidePairFeatures(bytes, range, sentence, i, &writer)
            if !hints.isEmpty { Self.putHintFeatures(sentence, i, &writer) }
            if !english.isEmpty { Self.putEnglishFeatures(bytes, range, sentence, i, &writer) }
            if !clusters.isEmpty { Self.putClusterFeatures(sentence, i, &writer) }
            if token < extra.count { Self.putExtraFeatures(extra[token], &writer) }
            buffer.offsets[i + 1] = writer.cursor
          }
          written = writer.cursor
        }
      }
    }
  }

  /// How many features each token has, not counting extra ones.
  private func featuresPerToken(withHints: Bool) -> Int {
    Self.staticCount + (withHints ? Self.hintCount : 0) + (english.isEmpty ? 0 : Self.englishCount)
      + (clusters.isEmpty ? 0 : Self.clusterCount)
  }

  /// How many extra features the first `tokenCount` tokens have.
  private static func extraFeatureCount(_ extra: [[String]], tokenCount: Int) -> Int {
    var count = 0
    for index in 0..<min(tokenCount, extra.count) { count += extra[index].count }
    return count
  }

  /// Computes the per-word values that the features of a word and of its
  /// neighbours share: the lower-cased word, its shape and three-scalar
  /// suffix, its ambiguity class and its English and cluster signatures.
  private func computeWordValues(
    _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ order: TokenOrder,
    into buffer: inout FeatureBuffer
  ) {
    for p in 0..<order.count {
      let range = ranges[order.token(p)]
      var lower = FeatureHash(template: Self.lowercasedValueTemplate)
      lower.add(bytes, range, fold: true)
      buffer.lowerHash[p] = lower.value
      buffer.shapeHash[p] = Self.shape(bytes, range)
      buffer.suffix3Hash[p] =
        Self.affix(bytes, range, scalars: Self.valueSuffixScalars, suffix: true, template: Self.suffixValueTemplate)
        .value
      let mask = lexicon.classes[WordLexicon.key(bytes, range)]
      buffer.wordClass[p] = mask.map { UInt64($0) } ?? Self.noAmbiguityClass
      buffer.englishSignature[p] = english.signature(bytes, range)
      if !clusters.isEmpty { buffer.clusterSignature[p] = clusters.signature(bytes, range) }
    }
  }

  // MARK: - Feature groups

  /// The word itself: a bias, the word lower-cased and as written, its
  /// suffixes of one to four scalars, its prefixes of one to three, its
  /// shape.
  @inline(__always)
  private static func putWordFeatures(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ s: SentenceValues, _ i: Int,
    _ w: inout FeatureWriter
  ) {
    w.put(FeatureHash(template: FeatureTemplate.bias.rawValue))
    w.put(.lowercased, s.lowerHash[i])
    var form = FeatureHash(template: FeatureTemplate.form.rawValue)
    form.add(bytes, range, fold: false)
    w.put(form)
    for length in 1...longestSuffix {
      let template = FeatureTemplate.suffix1.rawValue + UInt8(length - 1)
      w.put(affix(bytes, range, scalars: length, suffix: true, template: template))
    }
    for length in 1...longestPrefix {
      let template = FeatureTemplate.prefix1.rawValue + UInt8(length - 1)
      w.put(affix(bytes, range, scalars: length, suffix: false, template: template))
    }
    w.put(.shape, s.shapeHash[i])
  }

  /// The window: the words two either side, the three-scalar suffixes and
  /// the shapes of the words either side.
  @inline(__always)
  private static func putWindowFeatures(_ s: SentenceValues, _ i: Int, _ w: inout FeatureWriter) {
    w.put(.previousWord, s.at(s.lowerHash, i - 1))
    w.put(.wordBeforePrevious, s.at(s.lowerHash, i - 2))
    w.put(.nextWord, s.at(s.lowerHash, i + 1))
    w.put(.wordAfterNext, s.at(s.lowerHash, i + 2))
    w.put(.previousSuffix, s.at(s.suffix3Hash, i - 1))
    w.put(.nextSuffix, s.at(s.suffix3Hash, i + 1))
    w.put(.previousShape, s.at(s.shapeHash, i - 1))
    w.put(.nextShape, s.at(s.shapeHash, i + 1))
  }

  /// The ambiguity classes (``WordLexicon``) of the word, the word before
  /// and the two after.
  @inline(__always)
  private static func putAmbiguityClassFeatures(_ s: SentenceValues, _ i: Int, _ w: inout FeatureWriter) {
    w.put(.ambiguityClass, s.wordClass[i])
    w.put(.previousClass, s.at(s.wordClass, i - 1))
    w.put(.nextClass, s.at(s.wordClass, i + 1))
    w.put(.classAfterNext, s.at(s.wordClass, i + 2))
  }

  /// Pairs: the word with the next and with the previous, the shape at the
  /// sentence's start, the word's class with the next word's.
  @inline(__always)
  private static func putPairFeatures(_ s: SentenceValues, _ i: Int, _ w: inout FeatureWriter) {
    w.put(.wordAndNextWord, s.lowerHash[i], s.at(s.lowerHash, i + 1))
    w.put(.previousWordAndWord, s.at(s.lowerHash, i - 1), s.lowerHash[i])
    w.put(.sentenceStartAndShape, i == 0 ? 1 : 0, s.shapeHash[i])
    w.put(.classAndNextClass, s.wordClass[i], s.at(s.wordClass, i + 1))
  }

  /// The templates added second: the five-scalar suffix, then the words
  /// either side together, the classes of the word and the one before, the
  /// word with the next class, and the three classes around the word.
  @inline(__always)
  private static func putWidePairFeatures(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ s: SentenceValues, _ i: Int,
    _ w: inout FeatureWriter
  ) {
    w.put(affix(bytes, range, scalars: longSuffix, suffix: true, template: FeatureTemplate.suffix5.rawValue))
    w.put(.previousAndNextWord, s.at(s.lowerHash, i - 1), s.at(s.lowerHash, i + 1))
    w.put(.previousClassAndClass, s.at(s.wordClass, i - 1), s.wordClass[i])
    w.put(.wordAndNextClass, s.lowerHash[i], s.at(s.wordClass, i + 1))
    w.put(.classTrigram, s.at(s.wordClass, i - 1), s.wordClass[i], s.at(s.wordClass, i + 1))
  }

  /// A first pass's labels of the word and its neighbours, alone and with
  /// the word or its suffix.
  @inline(__always)
  private static func putHintFeatures(_ s: SentenceValues, _ i: Int, _ w: inout FeatureWriter) {
    w.put(.hint, s.hint(i))
    w.put(.nextHint, s.hint(i + 1))
    w.put(.hintAfterNext, s.hint(i + 2))
    w.put(.nextTwoHints, s.hint(i + 1), s.hint(i + 2))
    w.put(.wordAndNextHint, s.lowerHash[i], s.hint(i + 1))
    w.put(.hintAndNextHint, s.hint(i), s.hint(i + 1))
    w.put(.previousAndNextHint, s.hint(i - 1), s.hint(i + 1))
    w.put(.suffixAndNextHint, s.suffix3Hash[i], s.hint(i + 1))
    w.put(.hintTrigram, s.hint(i - 1), s.hint(i), s.hint(i + 1))
    w.put(.wordAndPreviousHint, s.lowerHash[i], s.hint(i - 1))
  }

  /// The English lexicon: WordNet's parts of speech of the word (also with
  /// its capital and place in the sentence) and of its neighbours, and the
  /// word list's verdict (also with the capital).
  @inline(__always)
  private static func putEnglishFeatures(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ s: SentenceValues, _ i: Int,
    _ w: inout FeatureWriter
  ) {
    let first = range.isEmpty ? 0 : bytes[range.lowerBound]
    let capitalized: UInt64 = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") ? 1 : 0
    let signature = s.signature[i]
    let listed = (signature >> wordListShift) & wordListBits
    w.put(.wordNet, signature & wordNetOnly)
    w.put(.wordNetCapitalizedStart, signature & wordNetOnly, capitalized, i == 0 ? 1 : 0)
    w.put(.nextWordNet, s.at(s.signature, i + 1) & wordNetOnly)
    w.put(.previousWordNet, s.at(s.signature, i - 1) & wordNetOnly)
    w.put(.wordList, listed)
    w.put(.wordListCapitalized, listed, capitalized)
  }

  /// Word clusters: every level of both views of the word; the right view
  /// of the word before (what follows it) and the left view of the word
  /// after (what precedes it).
  @inline(__always)
  private static func putClusterFeatures(_ s: SentenceValues, _ i: Int, _ w: inout FeatureWriter) {
    let here = s.cluster[i]
    let before = s.at(s.cluster, i - 1)
    let after = s.at(s.cluster, i + 1)
    for level in 0..<clusterLevels {
      w.put(FeatureTemplate.clusterLevel.rawValue + UInt8(level), clusterClass(here, level: level))
    }
    w.put(.previousRightCluster, clusterClass(before, level: rightFineLevel))
    w.put(.nextLeftCluster, clusterClass(after, level: leftFineLevel))
  }

  /// The caller's feature strings for the word.
  @inline(__always)
  private static func putExtraFeatures(_ features: [String], _ w: inout FeatureWriter) {
    for feature in features {
      var hash = FeatureHash(template: FeatureTemplate.extra.rawValue)
      for byte in feature.utf8 { hash.add(byte) }
      w.put(hash)
    }
  }

  // MARK: - Values

  /// The template of the hash of a lower-cased word, a per-word value.
  private static let lowercasedValueTemplate: UInt8 = 1
  /// The template of the hash of a three-scalar suffix, a per-word value.
  private static let suffixValueTemplate: UInt8 = 2
  /// The template of the hash of a word's shape, a per-word value.
  private static let shapeValueTemplate: UInt8 = 9
  /// The longest suffix and prefix of ``putWordFeatures``, in scalars.
  private static let longestSuffix = 4
  private static let longestPrefix = 3
  /// The suffix of ``putWidePairFeatures``, in scalars.
  private static let longSuffix = 5
  /// The suffix kept as a per-word value for the neighbours' features.
  private static let valueSuffixScalars = 3
  /// The ambiguity class of a word the lexicon does not know.
  private static let noAmbiguityClass = UInt64.max
  /// An English signature without the word list's bits: WordNet's part.
  private static let wordNetOnly: UInt64 = ~(0x30 as UInt64)
  /// Where the word list's two bits are in an English signature.
  private static let wordListShift: UInt64 = 4
  private static let wordListBits: UInt64 = 0b11
  /// The levels of a cluster signature: fine, middle, coarse in each view.
  private static let clusterLevels = 6
  /// The level of the right view's fine class.
  private static let rightFineLevel = 0
  /// The level of the left view's fine class.
  private static let leftFineLevel = 3

  /// Level `level` of a cluster signature (a byte), or a value no class
  /// has: ``clusterlessWord`` for a word without classes, and for the
  /// markers past the sentence's edges ``outsideSentence`` with the side
  /// and the distance.
  @inline(__always)
  private static func clusterClass(_ value: UInt64, level: Int) -> UInt64 {
    if value == WordClusters.unknown { return clusterlessWord }
    if SentenceValues.isEdgeMarker(value) {
      return outsideSentence | (value >> edgeSideShift) & edgeSide | value & edgeDistance
    }
    return (value >> (bitsPerLevel * UInt64(level))) & levelMask
  }

  /// The class value of a word without classes.
  private static let clusterlessWord: UInt64 = 0x100
  /// The bit of the class values past the sentence's edges.
  private static let outsideSentence: UInt64 = 0x1000
  /// How far right an edge marker's side bit (``SentenceValues/afterEnd``)
  /// moves to become ``edgeSide``.
  private static let edgeSideShift: UInt64 = 40
  /// The side bit of a class value past the sentence's edges: set after its end.
  private static let edgeSide: UInt64 = 0x10
  /// The distance from the edge, in the low bits of an edge marker.
  private static let edgeDistance: UInt64 = 0xF
  /// The bits of one level in a cluster signature.
  private static let bitsPerLevel: UInt64 = 8
  private static let levelMask: UInt64 = 0xFF

  /// The label-dependent features of token `i`, given the two previous
  /// labels (-1 before the sentence), written to `out`.
  @inline(__always)
  package func dynamicFeatures(
    _ buffer: borrowing FeatureBuffer, at i: Int, previous: Int, beforePrevious: Int, into out: inout [Int32]
  ) {
    let p1 = UInt64(bitPattern: Int64(previous))
    let p2 = UInt64(bitPattern: Int64(beforePrevious))
    var a = FeatureHash(template: FeatureTemplate.previousLabel.rawValue)
    a.add(p1)
    out[0] = a.bucket(bits: hashBits)
    var b = FeatureHash(template: FeatureTemplate.previousTwoLabels.rawValue)
    b.add(p1)
    b.add(p2)
    out[1] = b.bucket(bits: hashBits)
    var c = FeatureHash(template: FeatureTemplate.previousLabelAndWord.rawValue)
    c.add(p1)
    c.add(buffer.lowerHash[i])
    out[2] = c.bucket(bits: hashBits)
    var d = FeatureHash(template: FeatureTemplate.previousLabelAndClass.rawValue)
    d.add(p1)
    d.add(buffer.wordClass[i])
    out[3] = d.bucket(bits: hashBits)
  }

  // MARK: - Word pieces

  /// The hash of the first or last `scalars` Unicode scalars (case-folded).
  @inline(__always)
  static func affix(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalars: Int, suffix: Bool, template: UInt8
  ) -> FeatureHash {
    var hash = FeatureHash(template: template)
    if suffix {
      var start = range.upperBound
      var taken = 0
      while start > range.lowerBound && taken < scalars {
        start -= 1
        if bytes[start] & 0xC0 != 0x80 { taken += 1 }
      }
      hash.add(bytes, start..<range.upperBound, fold: true)
    } else {
      var end = range.lowerBound
      var taken = 0
      while end < range.upperBound && taken < scalars {
        end += 1
        while end < range.upperBound && bytes[end] & 0xC0 == 0x80 { end += 1 }
        taken += 1
      }
      hash.add(bytes, range.lowerBound..<end, fold: true)
    }
    return hash
  }

  /// The hash of the word's shape: letters as X/x, digits as d, other ASCII
  /// as itself, other scalars as u; runs of one class collapsed, plus
  /// whether the word is long.
  @inline(__always)
  static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = FeatureHash(template: shapeValueTemplate)
    var last: UInt8 = 0
    var run = 0
    for index in range {
      let byte = bytes[index]
      let cls: UInt8
      switch byte {
      case 0x41...0x5A: cls = UInt8(ascii: "X")
      case 0x61...0x7A: cls = UInt8(ascii: "x")
      case 0x30...0x39: cls = UInt8(ascii: "d")
      case 0x80...0xBF: continue
      case 0xC0...0xFF: cls = UInt8(ascii: "u")
      default: cls = byte
      }
      if cls == last {
        run += 1
        if run > 2 { continue }
      } else {
        run = 1
      }
      last = cls
      hash.add(cls)
    }
    return hash.value
  }
}

/// The order in which the extractor reads a sentence's tokens: buffer
/// position `p` is token `p`, or token `count - 1 - p` read right to left.
private struct TokenOrder {
  /// The number of tokens.
  let count: Int
  /// Whether the sentence is read from its last token to its first.
  let reversed: Bool

  /// The token at buffer position `p`.
  @inline(__always)
  func token(_ p: Int) -> Int { reversed ? count - 1 - p : p }
}

/// The per-word values of a sentence that the feature groups read, by
/// buffer position, with markers for the positions past its edges.
private struct SentenceValues {
  let lowerHash: [UInt64]
  let shapeHash: [UInt64]
  let suffix3Hash: [UInt64]
  let wordClass: [UInt64]
  let signature: [UInt64]
  let cluster: [UInt64]
  /// A first pass's labels by token (empty: none).
  let hints: [Int]
  let order: TokenOrder

  /// The marker of the positions before the sentence's start, plus the
  /// distance from it.
  static let beforeStart: UInt64 = 0x5EED_0000_0000_0000
  /// The marker of the positions after the sentence's end, plus the
  /// distance from it.
  static let afterEnd: UInt64 = 0x5EED_1000_0000_0000
  /// The hint before the sentence's start.
  static let hintBeforeStart: UInt64 = 0xFFFF_0001
  /// The hint after the sentence's end.
  static let hintAfterEnd: UInt64 = 0xFFFF_0002
  /// Where the tag common to both markers starts.
  private static let markerShift: UInt64 = 48

  init(_ buffer: FeatureBuffer, hints: [Int], order: TokenOrder) {
    lowerHash = buffer.lowerHash
    shapeHash = buffer.shapeHash
    suffix3Hash = buffer.suffix3Hash
    wordClass = buffer.wordClass
    signature = buffer.englishSignature
    cluster = buffer.clusterSignature
    self.hints = hints
    self.order = order
  }

  /// Whether `value` is a marker past the sentence's edges.
  @inline(__always)
  static func isEdgeMarker(_ value: UInt64) -> Bool {
    value >> markerShift == beforeStart >> markerShift
  }

  /// A per-word value at `index`, or a marker outside the sentence.
  @inline(__always)
  func at(_ values: [UInt64], _ index: Int) -> UInt64 {
    if index < 0 { return Self.beforeStart &+ UInt64(-index) }
    if index >= order.count { return Self.afterEnd &+ UInt64(index - order.count) }
    return values[index]
  }

  /// The first pass's label at position `k`, or a marker outside the
  /// sentence.
  @inline(__always)
  func hint(_ k: Int) -> UInt64 {
    k < 0 ? Self.hintBeforeStart : k >= order.count ? Self.hintAfterEnd : UInt64(hints[order.token(k)])
  }
}

/// Writes the buckets of a sentence's features through a pointer into their
/// array, which already has its final size.
private struct FeatureWriter {
  /// The sentence's features.
  let out: UnsafeMutableBufferPointer<Int32>
  /// The table size as a power of two.
  let bits: Int
  /// How many features are written.
  private(set) var cursor = 0

  init(out: UnsafeMutableBufferPointer<Int32>, bits: Int) {
    self.out = out
    self.bits = bits
  }

  /// Writes the bucket of a finished hash.
  @inline(__always)
  mutating func put(_ hash: FeatureHash) {
    out[cursor] = hash.bucket(bits: bits)
    cursor += 1
  }

  /// Writes the feature of `template` with one value.
  @inline(__always)
  mutating func put(_ template: FeatureTemplate, _ a: UInt64) {
    put(template.rawValue, a)
  }

  /// Writes the feature of the template numbered `template` with one value.
  @inline(__always)
  mutating func put(_ template: UInt8, _ a: UInt64) {
    var hash = FeatureHash(template: template)
    hash.add(a)
    put(hash)
  }

  /// Writes the feature of `template` with two values.
  @inline(__always)
  mutating func put(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) {
    var hash = FeatureHash(template: template.rawValue)
    hash.add(a)
    hash.add(b)
    put(hash)
  }

  /// Writes the feature of `template` with three values.
  @inline(__always)
  mutating func put(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
    var hash = FeatureHash(template: template.rawValue)
    hash.add(a)
    hash.add(b)
    hash.add(c)
    put(hash)
  }
}
