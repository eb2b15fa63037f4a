import GlossCore

/// Turns a document's tokens into ``NamePiece``s in one pass over its bytes.
///
/// Tokens are split where a hyphen joins two words (so `Russia-North Korea`
/// can yield `Russia` and `North Korea`, and `US-led` yields `US`) and after a
/// run-together lowercase function word (`theState Duma` yields `State
/// Duma`). The pieces array is the only allocation, and it is reused.
struct NamePieceScanner {
  private let lexicon: [UInt64: WordClass]

  init(lexicon: [UInt64: WordClass]) {
    self.lexicon = lexicon
  }

  /// The pieces of every sentence of the text, in order; `sentenceBounds`
  /// gets each sentence's first piece index (and the total at the end).
  func scan(
    _ text: SourceText, tokenization: Tokenization, into pieces: inout [NamePiece],
    sentenceBounds: inout [Int]
  ) {
    pieces.removeAll(keepingCapacity: true)
    sentenceBounds.removeAll(keepingCapacity: true)
    pieces.reserveCapacity(tokenization.tokens.count + tokenization.tokens.count / 8)
    text.utf8.withUnsafeBufferPointer { bytes in
      var cursor = Cursor(isASCII: text.isASCII)
      var sentence = 0
      let sentences = tokenization.sentences
      var sentenceStartPending = true
      var sawWord = false
      for token in tokenization.tokens {
        while sentence < sentences.count && sentences[sentence].upperBound <= token.lowerBound {
          sentence += 1
          sentenceStartPending = true
        }
        if sentenceStartPending {
          if let last = pieces.indices.last { pieces[last].shape.insert(.sentenceEnd) }
          sentenceBounds.append(pieces.count)
          sentenceStartPending = false
          sawWord = false
        }
        let startByte = cursor.advance(to: token.lowerBound, in: bytes)
        let endByte = cursor.advance(to: token.upperBound, in: bytes)
        let firstPiece = pieces.count
        split(token: token, bytes: bytes, from: startByte, to: endByte, into: &pieces)
        // The first word of the sentence, after any opening punctuation.
        if !sawWord {
          for index in firstPiece..<pieces.count where pieces[index].shape.contains(.word) {
            pieces[index].shape.insert(.sentenceStart)
            sawWord = true
            break
          }
        }
        if firstPiece > 0 && pieces[firstPiece - 1].end == token.lowerBound {
          pieces[firstPiece].shape.insert(.joined)
        }
      }
    }
    if let last = pieces.indices.last { pieces[last].shape.insert(.sentenceEnd) }
    sentenceBounds.append(pieces.count)
  }

  /// Splits one token, bytes `[from, to)` and scalars `token`, into pieces.
  private func split(
    token: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into pieces: inout [NamePiece]
  ) {
    var segmentByte = from
    var segmentScalar = token.lowerBound
    var byte = from
    var scalar = token.lowerBound
    // A run-together function word: `theState`.
    if bytes[from] >= 0x61 && bytes[from] <= 0x7A {
      var end = from
      while end < to && bytes[end] >= 0x61 && bytes[end] <= 0x7A { end += 1 }
      if end < to && end - from <= 4 && bytes[end] >= 0x41 && bytes[end] <= 0x5A
        && Self.runTogetherPrefixes.contains(lowerHash(bytes, from, end))
      {
        append(bytes, from, end, token.lowerBound, token.lowerBound + (end - from), joined: false, into: &pieces)
        segmentByte = end
        segmentScalar = token.lowerBound + (end - from)
        byte = end
        scalar = segmentScalar
      }
    }
    while byte < to {
      let lead = bytes[byte]
      if lead == 0x2D && byte > segmentByte && byte + 1 < to && Self.isWordByte(bytes[byte - 1])
        && Self.isWordByte(bytes[byte + 1])
      {
        append(bytes, segmentByte, byte, segmentScalar, scalar, joined: segmentByte != from, into: &pieces)
        append(bytes, byte, byte + 1, scalar, scalar + 1, joined: true, into: &pieces)
        segmentByte = byte + 1
        segmentScalar = scalar + 1
      }
      byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      scalar += 1
    }
    append(bytes, segmentByte, to, segmentScalar, token.upperBound, joined: segmentByte != from, into: &pieces)
  }

  private func append(
    _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ start: Int, _ end: Int, joined: Bool,
    into pieces: inout [NamePiece]
  ) {
    var hash = NameHash.offset
    var lower = NameHash.offset
    var letters = 0
    var uppers = 0
    var upperAfterLower = false
    var previousWasLower = false
    var digits = 0
    for index in from..<to {
      let byte = bytes[index]
      hash = (hash ^ UInt64(byte)) &* NameHash.prime
      let isUpper = byte >= 0x41 && byte <= 0x5A
      lower = (lower ^ UInt64(isUpper ? byte | 0x20 : byte)) &* NameHash.prime
      if isUpper {
        letters += 1
        uppers += 1
        upperAfterLower = upperAfterLower || previousWasLower
        previousWasLower = false
      } else if byte >= 0x61 && byte <= 0x7A {
        letters += 1
        previousWasLower = true
      } else {
        previousWasLower = false
        if byte >= 0x30 && byte <= 0x39 { digits += 1 }
      }
    }
    var shape: NamePiece.Shape = joined ? [.joined] : []
    let first = bytes[from]
    if first >= 0x41 && first <= 0x5A {
      shape.insert([.word, .upper])
    } else if first >= 0x61 && first <= 0x7A {
      shape.insert([.word, .lower])
    } else if first >= 0x30 && first <= 0x39 {
      shape.insert([.word, .digit])
    } else if first >= 0x80 {
      // Decode the first scalar only when it is not ASCII.
      var iterator = bytes[from..<to].makeIterator()
      var decoder = UTF8()
      if case .scalarValue(let scalar) = decoder.decode(&iterator) {
        let properties = scalar.properties
        if properties.isUppercase {
          shape.insert([.word, .upper])
        } else if properties.isLowercase || properties.isAlphabetic {
          shape.insert([.word, .lower])
        }
      }
    } else if first == 0x2D && to - from == 1 && joined {
      shape.insert(.hyphen)
    }
    if letters >= 2 && uppers == letters { shape.insert(.allCaps) }
    if upperAfterLower { shape.insert(.mixedCase) }
    if digits > 0 && letters > 0 && !shape.contains(.digit) { shape.insert(.alphanumeric) }
    if to - from > 4 && bytes[to - 3] == 0x69 && bytes[to - 2] == 0x6E && bytes[to - 1] == 0x67 {
      shape.insert(.endsInING)
    }
    let classes = shape.contains(.word) || first == 0x26 ? lexicon[lower] ?? [] : []
    pieces.append(
      NamePiece(
        start: start, end: end, hash: hash, lowerHash: lower, shape: shape, classes: classes,
        firstByte: first | NamePiece.asciiLowercaseBit))
  }

  private func lowerHash(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
    var lower = NameHash.offset
    for index in from..<to { lower = (lower ^ UInt64(bytes[index] | 0x20)) &* NameHash.prime }
    return lower
  }

  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
  }

  /// Lowercase words that run into a capitalized name in careless text.
  private static let runTogetherPrefixes: Set<UInt64> = Set(
    ["the", "of", "in", "to", "and", "at", "by", "for", "on", "from"].map {
      NameHash.hash($0[...], lowercased: true)
    })
}

/// Walks a text's bytes forward, converting increasing scalar offsets to
/// byte offsets in linear time overall.
private struct Cursor {
  var isASCII: Bool
  var byte = 0
  var scalar = 0

  mutating func advance(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if isASCII { return target }
    while scalar < target {
      let lead = bytes[byte]
      byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      scalar += 1
    }
    return byte
  }
}
