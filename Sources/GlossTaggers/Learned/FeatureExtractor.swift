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
  package func extract(
    _ tokens: TokenSequence, extra: [[String]] = [], hints: [Int] = [], reversed: Bool = false,
    words: FeatureBuffer? = nil, wordsReversed: Bool = false, into buffer: inout FeatureBuffer
  ) {
    let n = tokens.count
    buffer.reset(tokenCount: n)
    let perToken =
      Self.staticCount + (hints.isEmpty ? 0 : Self.hintCount) + (english.isEmpty ? 0 : Self.englishCount)
      + (clusters.isEmpty ? 0 : Self.clusterCount)
    var extraCount = 0
    for p in 0..<n {
      let index = reversed ? n - 1 - p : p
      if index < extra.count { extraCount += extra[index].count }
    }
    // The features are written through a pointer into an array of their
    // final size (appending checks uniqueness and capacity every time).
    let total = n * perToken + extraCount
    var features: [Int32] = []
    swap(&features, &buffer.staticFeatures)
    features.removeAll(keepingCapacity: true)
    features.append(contentsOf: repeatElement(0, count: total))
    var cursor = 0
    defer {
      precondition(cursor == total, "feature count \(cursor) is not the expected \(total)")
      swap(&features, &buffer.staticFeatures)
    }
    let bits = hashBits
    tokens.bytes.withUnsafeBufferPointer { bytes in
      tokens.tokens.withUnsafeBufferPointer { ranges in
        @inline(__always) func token(_ p: Int) -> Int { reversed ? n - 1 - p : p }
        // Per-token hashes reused by the neighbours' features.
        if let words, words.lowerHash.count == n {
          for p in 0..<n {
            let q = reversed == wordsReversed ? p : n - 1 - p
            buffer.lowerHash[p] = words.lowerHash[q]
            buffer.shapeHash[p] = words.shapeHash[q]
            buffer.suffix3Hash[p] = words.suffix3Hash[q]
            buffer.wordClass[p] = words.wordClass[q]
            buffer.englishSignature[p] = words.englishSignature[q]
            buffer.clusterSignature[p] = words.clusterSignature[q]
          }
        } else {
          for p in 0..<n {
            let range = ranges[token(p)]
            var lower = FeatureHash(template: 1)
            lower.add(bytes, range, fold: true)
            buffer.lowerHash[p] = lower.value
            buffer.shapeHash[p] = Self.shape(bytes, range)
            buffer.suffix3Hash[p] = Self.affix(bytes, range, scalars: 3, suffix: true, template: 2).value
            let mask = lexicon.classes[WordLexicon.key(bytes, range)]
            buffer.wordClass[p] = mask.map { UInt64($0) } ?? UInt64.max
            buffer.englishSignature[p] = english.signature(bytes, range)
            if !clusters.isEmpty { buffer.clusterSignature[p] = clusters.signature(bytes, range) }
          }
        }
        features.withUnsafeMutableBufferPointer { out in
          let lowerHash = buffer.lowerHash
          let shapeHash = buffer.shapeHash
          let suffix3Hash = buffer.suffix3Hash
          let wordClass = buffer.wordClass
          let signature = buffer.englishSignature
          let cluster = buffer.clusterSignature
          /// Byte `k` of a cluster signature (0x100 for a word without
          /// classes, 0x1000 and up for the markers past the sentence's edges).
          @inline(__always) func level(_ value: UInt64, _ k: UInt64) -> UInt64 {
            if value == WordClusters.unknown { return 0x100 }
            if value >> 48 == 0x5EED { return 0x1000 | (value >> 40) & 0x10 | value & 0xF }
            return (value >> (8 * k)) & 0xFF
          }
          /// A per-token value, or a boundary marker outside the sentence.
          @inline(__always) func at(_ values: [UInt64], _ index: Int) -> UInt64 {
            if index < 0 { return 0x5EED_0000_0000_0000 &+ UInt64(-index) }
            if index >= n { return 0x5EED_1000_0000_0000 &+ UInt64(index - n) }
            return values[index]
          }
          @inline(__always) func hint(_ k: Int) -> UInt64 {
            k < 0 ? 0xFFFF_0001 : k >= n ? 0xFFFF_0002 : UInt64(hints[token(k)])
          }
          @inline(__always) func put(_ hash: FeatureHash) {
            out[cursor] = hash.bucket(bits: bits)
            cursor += 1
          }
          @inline(__always) func put(_ template: UInt8, _ a: UInt64) {
            var hash = FeatureHash(template: template)
            hash.add(a)
            put(hash)
          }
          @inline(__always) func put(_ template: UInt8, _ a: UInt64, _ b: UInt64) {
            var hash = FeatureHash(template: template)
            hash.add(a)
            hash.add(b)
            put(hash)
          }
          @inline(__always) func put(_ template: UInt8, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            var hash = FeatureHash(template: template)
            hash.add(a)
            hash.add(b)
            hash.add(c)
            put(hash)
          }
          for i in 0..<n {
            let range = ranges[token(i)]
            put(FeatureHash(template: 3))  // bias
            put(4, lowerHash[i])
            var form = FeatureHash(template: 5)
            form.add(bytes, range, fold: false)
            put(form)
            for length in 1...4 { put(Self.affix(bytes, range, scalars: length, suffix: true, template: UInt8(5 + length))) }
            for length in 1...3 { put(Self.affix(bytes, range, scalars: length, suffix: false, template: UInt8(9 + length))) }
            put(13, shapeHash[i])
            put(14, at(lowerHash, i - 1))
            put(15, at(lowerHash, i - 2))
            put(16, at(lowerHash, i + 1))
            put(17, at(lowerHash, i + 2))
            put(18, at(suffix3Hash, i - 1))
            put(19, at(suffix3Hash, i + 1))
            put(20, at(shapeHash, i - 1))
            put(21, at(shapeHash, i + 1))
            put(22, wordClass[i])
            put(23, at(wordClass, i - 1))
            put(24, at(wordClass, i + 1))
            put(25, at(wordClass, i + 2))
            put(26, lowerHash[i], at(lowerHash, i + 1))
            put(27, at(lowerHash, i - 1), lowerHash[i])
            put(28, i == 0 ? 1 : 0, shapeHash[i])
            put(29, wordClass[i], at(wordClass, i + 1))
            put(Self.affix(bytes, range, scalars: 5, suffix: true, template: 34))
            put(35, at(lowerHash, i - 1), at(lowerHash, i + 1))
            put(36, at(wordClass, i - 1), wordClass[i])
            put(37, lowerHash[i], at(wordClass, i + 1))
            put(38, at(wordClass, i - 1), wordClass[i], at(wordClass, i + 1))
            if !hints.isEmpty {
              put(41, hint(i))
              put(42, hint(i + 1))
              put(43, hint(i + 2))
              put(44, hint(i + 1), hint(i + 2))
              put(45, lowerHash[i], hint(i + 1))
              put(46, hint(i), hint(i + 1))
              put(47, hint(i - 1), hint(i + 1))
              put(48, suffix3Hash[i], hint(i + 1))
              put(49, hint(i - 1), hint(i), hint(i + 1))
              put(50, lowerHash[i], hint(i - 1))
            }
            if !english.isEmpty {
              let first = range.isEmpty ? 0 : bytes[range.lowerBound]
              let capitalized: UInt64 = first >= 0x41 && first <= 0x5A ? 1 : 0
              // WordNet's part: the signature without the word list's bits.
              let wordNetOnly: UInt64 = ~(0x30 as UInt64)
              let listed = (signature[i] >> 4) & 3
              put(51, signature[i] & wordNetOnly)
              put(52, signature[i] & wordNetOnly, capitalized, i == 0 ? 1 : 0)
              put(53, at(signature, i + 1) & wordNetOnly)
              put(54, at(signature, i - 1) & wordNetOnly)
              put(55, listed)
              put(56, listed, capitalized)
            }
            if !clusters.isEmpty {
              let here = cluster[i]
              let before = at(cluster, i - 1)
              let after = at(cluster, i + 1)
              for k in 0..<6 as Range<UInt64> { put(57 + UInt8(k), level(here, k)) }
              // Every level of both views of the word; the right view of the
              // word before (what follows it) and the left view of the word
              // after (what precedes it).
              put(63, level(before, 0))
              put(64, level(after, 3))
            }
            let index = token(i)
            for feature in (index < extra.count ? extra[index] : []) {
              var hash = FeatureHash(template: 40)
              for byte in feature.utf8 { hash.add(byte) }
              put(hash)
            }
            buffer.offsets[i + 1] = cursor
          }
        }
      }
    }
  }

  /// The label-dependent features of token `i`, given the two previous
  /// labels (-1 before the sentence), written to `out`.
  @inline(__always)
  package func dynamicFeatures(
    _ buffer: borrowing FeatureBuffer, at i: Int, previous: Int, beforePrevious: Int, into out: inout [Int32]
  ) {
    let p1 = UInt64(bitPattern: Int64(previous))
    let p2 = UInt64(bitPattern: Int64(beforePrevious))
    var a = FeatureHash(template: 30)
    a.add(p1)
    out[0] = a.bucket(bits: hashBits)
    var b = FeatureHash(template: 31)
    b.add(p1)
    b.add(p2)
    out[1] = b.bucket(bits: hashBits)
    var c = FeatureHash(template: 32)
    c.add(p1)
    c.add(buffer.lowerHash[i])
    out[2] = c.bucket(bits: hashBits)
    var d = FeatureHash(template: 33)
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
    var hash = FeatureHash(template: 9)
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

/// Reusable storage for the features of one sentence, so tagging allocates
/// nothing per token once the buffer has grown to the longest sentence.
public struct FeatureBuffer: Sendable {
  package var staticFeatures: [Int32] = []
  package var offsets: [Int] = [0]
  package var lowerHash: [UInt64] = []
  package var shapeHash: [UInt64] = []
  package var suffix3Hash: [UInt64] = []
  package var wordClass: [UInt64] = []
  package var englishSignature: [UInt64] = []
  package var clusterSignature: [UInt64] = []

  /// An empty buffer.
  public init() {}

  mutating func reset(tokenCount n: Int) {
    staticFeatures.removeAll(keepingCapacity: true)
    Self.reset(&lowerHash, n)
    Self.reset(&shapeHash, n)
    Self.reset(&suffix3Hash, n)
    Self.reset(&wordClass, n)
    Self.reset(&englishSignature, n)
    Self.reset(&clusterSignature, n)
    offsets.removeAll(keepingCapacity: true)
    offsets.append(contentsOf: repeatElement(0, count: n + 1))
  }

  private static func reset(_ values: inout [UInt64], _ n: Int) {
    values.removeAll(keepingCapacity: true)
    values.append(contentsOf: repeatElement(0, count: n))
  }
}
