/// The tokenizer's engine: one pass over UTF-8 bytes that cuts the text into
/// whitespace-separated chunks and each chunk into tokens.
///
/// A chunk's scalars are decoded into a buffer that is reused for every
/// chunk (a raw buffer, so appending a scalar is one store), so the only
/// allocations are the growth of the result arrays. The
/// splitting rules themselves are in `TokenScanner+Rules.swift`.
struct TokenScanner {
  /// Whether a hyphen between two words is split off (``Tokenizer/HyphenPolicy/split``).
  let splitHyphens: Bool
  /// The tokens found so far, as scalar ranges.
  private(set) var tokens: [Range<Int>] = []
  /// What the sentence splitter needs to know about each token.
  private(set) var features: [TokenFeatures] = []

  /// Suffix tokens of the current chunk, innermost last, as chunk ranges
  /// (reused).
  var suffixes: [Range<Int>] = []
  /// The scalar offset of the current chunk in the text.
  private var chunkStart = 0
  /// Features of the whitespace before the current chunk.
  private var chunkLeading: TokenFeatures = []
  /// Whether the next chunk starts with a digit, perhaps after `(` or `+`
  /// (for `No. 5`, `Ph. (03) 9221`).
  var nextStartsDigit = false
  /// Whether an opening single quote (`'Language`) has been split off in
  /// this paragraph and not yet closed: an apostrophe after `-in` then
  /// closes it (`Origin'`) rather than standing for a dropped g (`lovin'`).
  var singleQuoteOpen = false

  init(splitHyphens: Bool) {
    self.splitHyphens = splitHyphens
  }

  /// Tokenizes `bytes`, which must be well-formed UTF-8.
  mutating func scan(_ bytes: [UInt8]) {
    tokens.reserveCapacity(bytes.count / 4)
    features.reserveCapacity(bytes.count / 4)
    bytes.withUnsafeBufferPointer { scan($0) }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    // The scalars of the current chunk, in a buffer reused for every chunk
    // (grown if a chunk is longer).
    var capacity = 256
    var chunk = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
    defer { chunk.deallocate() }
    var length = 0
    let count = bytes.count
    var index = 0
    var scalarIndex = 0
    var newlines = 0
    while index < count {
      let lead = bytes[index]
      let value: UInt32
      let size: Int
      let kind: CharacterClass
      if lead < 0x80 {
        value = UInt32(lead)
        size = 1
        kind = CharacterClass.ascii(value)
      } else {
        size = SourceText.leadLength(lead)
        value = Self.decode(bytes, at: index, length: size)
        kind = CharacterClass.of(value)
      }
      if kind.contains(.space) {
        if length > 0 {
          flushChunk(bytes, after: index, UnsafeBufferPointer(start: chunk, count: length))
          length = 0
        }
        if kind.contains(.newline) {
          // Count `\r\n` once.
          if !(value == Scalars.carriageReturn && index + 1 < count
            && bytes[index + 1] == UInt8(ascii: "\n"))
          {
            newlines += 1
          }
        }
      } else {
        if length == 0 {
          chunkStart = scalarIndex
          var leading: TokenFeatures = .spaceBefore
          if newlines > 0 || scalarIndex == 0 { leading.insert(.newlineBefore) }
          if newlines > 1 || scalarIndex == 0 {
            leading.insert(.blankLineBefore)
            singleQuoteOpen = false
          }
          chunkLeading = leading
          newlines = 0
        } else if length == capacity {
          let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
          grown.moveInitialize(from: chunk, count: length)
          chunk.deallocate()
          chunk = grown
          capacity *= 2
        }
        chunk[length] = value
        length += 1
      }
      index += size
      scalarIndex += 1
    }
    if length > 0 { flushChunk(bytes, after: count, UnsafeBufferPointer(start: chunk, count: length)) }
  }

  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
    let lead = UInt32(bytes[index])
    switch length {
    case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
    case 3:
      return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
        | UInt32(bytes[index + 2] & 0x3F)
    default:
      return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
    }
  }

  /// Splits the chunk `scalars` into tokens; `end` is the byte offset just
  /// after it.
  private mutating func flushChunk(
    _ bytes: UnsafeBufferPointer<UInt8>, after end: Int, _ scalars: UnsafeBufferPointer<UInt32>
  ) {
    var next = end
    while next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
    // A bracket or plus sign may come first: Ph. (03) 9221, Tel. +44.
    if next + 1 < bytes.count && (bytes[next] == 0x28 || bytes[next] == 0x2B) { next += 1 }
    nextStartsDigit = next < bytes.count && bytes[next] >= 0x30 && bytes[next] <= 0x39
    split(scalars)
  }

  /// Appends the token `range` of chunk `c`, computing its features.
  mutating func emit(
    _ c: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ extra: TokenFeatures = []
  ) {
    var flags = extra
    if range.lowerBound == 0 { flags.formUnion(chunkLeading) }
    let first = c[range.lowerBound]
    let kind = CharacterClass.of(first)
    if kind.contains(.upper) {
      flags.insert(.startsUpper)
      if let key = Abbreviations.key(c, range), Abbreviations.isSentenceStarter(key) {
        flags.insert(.sentenceStarter)
      }
    } else if kind.contains(.lower) {
      flags.insert(.startsLower)
    } else if kind.contains(.digit) {
      flags.insert(.startsDigit)
    } else if kind.contains(.pictograph) {
      flags.insert(.pictograph)
    } else if Scalars.isTerminal(first) {
      var allTerminal = true
      var strong = false
      var ellipsis = first == Scalars.ellipsis
      for index in range {
        let scalar = c[index]
        if !Scalars.isTerminal(scalar) {
          allTerminal = false
          break
        }
        if scalar == Scalars.question || scalar == Scalars.exclamation || scalar > 0x2000 && scalar != Scalars.ellipsis
        {
          strong = true
        }
        if scalar == Scalars.ellipsis { ellipsis = true }
      }
      if allTerminal {
        flags.insert(.terminal)
        if strong { flags.insert(.strongTerminal) }
        if ellipsis || (!strong && range.count > 1) { flags.insert(.ellipsis) }
      }
    } else if range.count == 1 || c[range.upperBound - 1] == first
      || (first == Scalars.leftSingle && c[range.upperBound - 1] == Scalars.rightSingle)
    {
      if Scalars.isClosing(first) { flags.insert(.closing) }
      if Scalars.isOpening(first) { flags.insert(.opening) }
      if first == Scalars.quote || first == Scalars.apostrophe { flags.insert(.straightQuote) }
      if range.count == 1 && Scalars.isBullet(first) { flags.insert(.bullet) }
      switch first {
      case Scalars.comma, Scalars.colon, Scalars.semicolon, Scalars.hyphen, Scalars.enDash,
        Scalars.emDash:
        flags.insert(.connector)
      default: break
      }
    }
    tokens.append((chunkStart + range.lowerBound)..<(chunkStart + range.upperBound))
    features.append(flags)
  }
}
