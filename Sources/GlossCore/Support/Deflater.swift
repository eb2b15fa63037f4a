/// Compresses bytes into one DEFLATE block with the fixed Huffman codes of
/// RFC 1951 (§3.2.6), finding repeats with a hash of three bytes and a
/// bounded chain of earlier positions (greedy matching, as zlib's fast
/// levels): no code tables to write, and spaCy's token arrays, mostly zero
/// bytes and repeated IDs, shrink several times over.
struct Deflater {
  /// The farthest back a match may start (the window of a zlib stream).
  private static let window = 32_768
  /// The shortest and longest match DEFLATE can express.
  private static let minimumMatch = 3
  private static let maximumMatch = 258
  /// How many earlier positions with the same hash are tried.
  private static let chainLimit = 48
  private static let hashBits = 15
  /// The reversed fixed code and its length of each literal/length symbol.
  private static let literalCodes: [(code: UInt32, length: Int)] = (0..<288).map { symbol in
    let (code, length) =
      switch symbol {
      case 0..<144: (0x30 + symbol, 8)
      case 144..<256: (0x190 + symbol - 144, 9)
      case 256..<280: (symbol - 256, 7)
      default: (0xC0 + symbol - 280, 8)
      }
    return (reversed(UInt32(code), length), length)
  }

  private var output: [UInt8] = []
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0

  /// The DEFLATE data (one final block) of `bytes`.
  static func deflate(_ bytes: [UInt8]) -> [UInt8] {
    var deflater = Deflater()
    deflater.output.reserveCapacity(bytes.count / 2 + 16)
    deflater.write(1, bits: 1)  // BFINAL
    deflater.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
    var head = [Int](repeating: -1, count: 1 << hashBits)
    var previous = [Int](repeating: -1, count: window)
    func hash(_ position: Int) -> Int {
      let value = Int(bytes[position]) << 16 | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2])
      return (value &* 2_654_435_761) >> (32 - hashBits) & (1 << hashBits - 1)
    }
    func insert(_ position: Int) {
      guard position + minimumMatch <= bytes.count else { return }
      let key = hash(position)
      previous[position % window] = head[key]
      head[key] = position
    }
    var position = 0
    while position < bytes.count {
      var bestLength = 0
      var bestDistance = 0
      if position + minimumMatch <= bytes.count {
        var candidate = head[hash(position)]
        var tries = 0
        let limit = min(maximumMatch, bytes.count - position)
        while candidate >= 0, position - candidate <= window, tries < chainLimit {
          var length = 0
          while length < limit && bytes[candidate + length] == bytes[position + length] { length += 1 }
          if length > bestLength {
            bestLength = length
            bestDistance = position - candidate
            if length == limit { break }
          }
          let next = previous[candidate % window]
          guard next < candidate else { break }
          candidate = next
          tries += 1
        }
      }
      if bestLength >= minimumMatch {
        deflater.writeMatch(length: bestLength, distance: bestDistance)
        for offset in position..<position + bestLength { insert(offset) }
        position += bestLength
      } else {
        deflater.writeSymbol(Int(bytes[position]))
        insert(position)
        position += 1
      }
    }
    deflater.writeSymbol(Inflater.endOfBlock)
    if deflater.bitCount > 0 { deflater.output.append(UInt8(deflater.bitBuffer & 0xFF)) }
    return deflater.output
  }

  private mutating func write(_ value: UInt32, bits: Int) {
    bitBuffer |= UInt64(value) << bitCount
    bitCount += bits
    while bitCount >= 8 {
      output.append(UInt8(bitBuffer & 0xFF))
      bitBuffer >>= 8
      bitCount -= 8
    }
  }

  private mutating func writeSymbol(_ symbol: Int) {
    let code = Self.literalCodes[symbol]
    write(code.code, bits: code.length)
  }

  private mutating func writeMatch(length: Int, distance: Int) {
    let lengthIndex = Inflater.lengthBases.lastIndex { $0 <= length }!
    writeSymbol(Inflater.endOfBlock + 1 + lengthIndex)
    write(UInt32(length - Inflater.lengthBases[lengthIndex]), bits: Inflater.lengthExtraBits[lengthIndex])
    let distanceIndex = Inflater.distanceBases.lastIndex { $0 <= distance }!
    write(Self.reversed(UInt32(distanceIndex), 5), bits: 5)
    write(UInt32(distance - Inflater.distanceBases[distanceIndex]), bits: Inflater.distanceExtraBits[distanceIndex])
  }

  /// The low `length` bits of `code` in reverse order (Huffman codes are
  /// packed starting with their most significant bit).
  private static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
    var result: UInt32 = 0
    for bit in 0..<length where code & (1 << bit) != 0 { result |= 1 << (length - 1 - bit) }
    return result
  }
}
