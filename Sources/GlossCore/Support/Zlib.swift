/// zlib streams (RFC 1950) around DEFLATE data (RFC 1951), in Swift, so that
/// Gloss reads and writes compressed formats (spaCy's `.spacy` files) with no
/// system library.
///
/// ``compress(_:)`` writes one block of fixed Huffman codes (``Deflater``),
/// ``store(_:)`` stored (uncompressed) blocks; ``decompress(_:)`` inflates
/// all three block types
/// (stored, fixed and dynamic Huffman codes), so it reads what zlib itself
/// wrote.
package enum Zlib {
  /// The header of a stream: deflate, 32 KiB window, no dictionary, fastest
  /// level (its check bits make `0x7801` a multiple of 31).
  private static let header: [UInt8] = [0x78, 0x01]
  /// The most bytes one stored block holds.
  private static let storedBlockLimit = 65_535
  /// The compression method of RFC 1950 (deflate).
  private static let deflateMethod: UInt8 = 8
  /// The bit of the second header byte that announces a preset dictionary.
  private static let dictionaryFlag: UInt8 = 0x20

  /// A zlib stream holding `bytes` in stored blocks.
  package static func store(_ bytes: [UInt8]) -> [UInt8] {
    var output = header
    output.reserveCapacity(bytes.count + bytes.count / storedBlockLimit * 5 + 11)
    var start = 0
    repeat {
      let end = min(bytes.count, start + storedBlockLimit)
      output.append(end == bytes.count ? 1 : 0)  // BFINAL, BTYPE 00: stored
      let length = UInt16(end - start)
      output += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
      output += bytes[start..<end]
      start = end
    } while start < bytes.count
    appendChecksum(of: bytes, to: &output)
    return output
  }

  /// A zlib stream holding `bytes` compressed (one block of fixed Huffman
  /// codes, see ``Deflater``), or stored when that is not smaller.
  package static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var output = header + Deflater.deflate(bytes)
    guard output.count < bytes.count + bytes.count / storedBlockLimit * 5 + 5 else { return store(bytes) }
    appendChecksum(of: bytes, to: &output)
    return output
  }

  private static func appendChecksum(of bytes: [UInt8], to output: inout [UInt8]) {
    let check = Adler32.checksum(bytes)
    output += [UInt8(check >> 24), UInt8(check >> 16 & 0xFF), UInt8(check >> 8 & 0xFF), UInt8(check & 0xFF)]
  }

  /// The bytes a zlib stream holds, checked against its Adler-32.
  package static func decompress(_ stream: [UInt8]) throws(ZlibError) -> [UInt8] {
    guard stream.count >= 6 else { throw ZlibError("too short to be a zlib stream", at: 0) }
    guard stream[0] & 0x0F == deflateMethod, (UInt16(stream[0]) << 8 | UInt16(stream[1])) % 31 == 0 else {
      throw ZlibError("not a zlib stream (bad header)", at: 0)
    }
    guard stream[1] & dictionaryFlag == 0 else {
      throw ZlibError("the stream needs a preset dictionary, which is not supported", at: 1)
    }
    var inflater = Inflater(stream, start: header.count)
    let bytes = try inflater.run()
    let end = inflater.alignedOffset
    guard end + 4 <= stream.count else { throw ZlibError("the stream ends before its checksum", at: end) }
    let stored = stream[end..<end + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    guard stored == Adler32.checksum(bytes) else {
      throw ZlibError("the checksum does not match the data (the file is damaged)", at: end)
    }
    return bytes
  }
}

/// Inflates DEFLATE blocks (RFC 1951), decoding each Huffman code bit by bit
/// over canonical code counts (as zlib's `puff` does).
struct Inflater {
  /// A canonical Huffman code: how many codes have each length, and the
  /// symbols in code order.
  struct Code {
    var counts = [Int](repeating: 0, count: Inflater.maximumBits + 1)
    var symbols: [Int]

    /// The code of `lengths` (one per symbol, 0: unused), or `nil` when the
    /// lengths over-subscribe the code.
    init?(lengths: [Int]) {
      for length in lengths { counts[length] += 1 }
      var left = 1
      for length in 1...Inflater.maximumBits {
        left = left * 2 - counts[length]
        if left < 0 { return nil }
      }
      var offsets = [Int](repeating: 0, count: Inflater.maximumBits + 2)
      for length in 1...Inflater.maximumBits { offsets[length + 1] = offsets[length] + counts[length] }
      symbols = [Int](repeating: 0, count: lengths.count)
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }
  }

  static let maximumBits = 15
  static let lengthBases = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
  static let distanceBases = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
    6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtraBits = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
  /// The order in which a dynamic block lists its code-length code lengths.
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
  static let endOfBlock = 256
  static let fixedLiterals = Code(
    lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
      + [Int](repeating: 8, count: 8))!
  static let fixedDistances = Code(lengths: [Int](repeating: 5, count: 30))!

  let input: [UInt8]
  var position: Int
  var bitBuffer = 0
  var bitCount = 0
  var output: [UInt8] = []

  init(_ input: [UInt8], start: Int) {
    self.input = input
    self.position = start
  }

  /// The offset of the first byte after the last one read.
  var alignedOffset: Int { position }

  mutating func run() throws(ZlibError) -> [UInt8] {
    var last = false
    while !last {
      last = try bits(1) == 1
      switch try bits(2) {
      case 0: try stored()
      case 1: try codes(Self.fixedLiterals, Self.fixedDistances)
      case 2:
        let (literals, distances) = try dynamicCodes()
        try codes(literals, distances)
      default: throw ZlibError("a block of the reserved type 3", at: position)
      }
    }
    return output
  }

  mutating func bits(_ count: Int) throws(ZlibError) -> Int {
    while bitCount < count {
      guard position < input.count else { throw ZlibError("the compressed data ends early", at: position) }
      bitBuffer |= Int(input[position]) << bitCount
      position += 1
      bitCount += 8
    }
    let value = bitBuffer & (1 << count - 1)
    bitBuffer >>= count
    bitCount -= count
    return value
  }

  mutating func stored() throws(ZlibError) {
    bitBuffer = 0
    bitCount = 0
    guard position + 4 <= input.count else { throw ZlibError("a stored block ends early", at: position) }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
    guard length == ~complement & 0xFFFF else {
      throw ZlibError("a stored block's length does not match its complement", at: position)
    }
    position += 4
    guard position + length <= input.count else { throw ZlibError("a stored block ends early", at: position) }
    output += input[position..<position + length]
    position += length
  }

  mutating func decode(_ code: Code) throws(ZlibError) -> Int {
    var value = 0
    var first = 0
    var index = 0
    for length in 1...Self.maximumBits {
      value |= try bits(1)
      let count = code.counts[length]
      if value - count < first { return code.symbols[index + value - first] }
      index += count
      first = (first + count) << 1
      value <<= 1
    }
    throw ZlibError("an invalid Huffman code", at: position)
  }

  mutating func codes(_ literals: Code, _ distances: Code) throws(ZlibError) {
    while true {
      let symbol = try decode(literals)
      if symbol < Self.endOfBlock {
        output.append(UInt8(symbol))
        continue
      }
      if symbol == Self.endOfBlock { return }
      let lengthIndex = symbol - Self.endOfBlock - 1
      guard lengthIndex < Self.lengthBases.count else { throw ZlibError("an invalid length code", at: position) }
      let length = Self.lengthBases[lengthIndex] + (try bits(Self.lengthExtraBits[lengthIndex]))
      let distanceIndex = try decode(distances)
      guard distanceIndex < Self.distanceBases.count else {
        throw ZlibError("an invalid distance code", at: position)
      }
      let distance = Self.distanceBases[distanceIndex] + (try bits(Self.distanceExtraBits[distanceIndex]))
      guard distance <= output.count else { throw ZlibError("a distance reaches before the data", at: position) }
      let start = output.count - distance
      for offset in 0..<length { output.append(output[start + offset]) }
    }
  }

  mutating func dynamicCodes() throws(ZlibError) -> (Code, Code) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeLengthCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw ZlibError("a dynamic block declares too many codes", at: position)
    }
    var codeLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[index]] = try bits(3) }
    guard let lengthCode = Code(lengths: codeLengths) else {
      throw ZlibError("an invalid code-length code", at: position)
    }
    var lengths: [Int] = []
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(lengthCode)
      switch symbol {
      case 0...15: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw ZlibError("a repeat with nothing before it", at: position) }
        lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
      case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
      default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
      }
    }
    guard lengths.count == literalCount + distanceCount, lengths[Self.endOfBlock] != 0,
      let literals = Code(lengths: Array(lengths[0..<literalCount])),
      let distances = Code(lengths: Array(lengths[literalCount...]))
    else { throw ZlibError("an invalid dynamic Huffman code", at: position) }
    return (literals, distances)
  }
}
