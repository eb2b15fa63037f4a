import Testing

@testable import GlossCore

/// zlib streams: what ``Zlib/compress(_:)`` writes inflates back, and what
/// Python's zlib wrote (fixed and dynamic Huffman blocks) inflates to the
/// bytes it compressed.
@Suite struct ZlibTests {
  /// The bytes of a hexadecimal string.
  static func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count, by: 2).map {
      UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
    }
  }

  @Test(arguments: [0, 1, 65_535, 65_536, 140_000])
  func storedBlocksRoundTrip(length: Int) throws {
    var generator = SeededGenerator(seed: UInt64(length))
    let data = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let stream = Zlib.store(data)
    #expect(stream.prefix(2) == [0x78, 0x01])
    #expect(stream.count == data.count + 11 + 5 * (max(data.count - 1, 0) / 65_535))
    #expect(try Zlib.decompress(stream) == data)
    // Random bytes do not shrink: compress stores them.
    if length >= 1_000 { #expect(Zlib.compress(data) == stream) }
  }

  @Test(arguments: [1, 2, 3, 4, 257, 258, 259, 1_000, 40_000, 200_000])
  func compressedBlocksRoundTrip(length: Int) throws {
    // Repeats near and far (beyond the 32 KiB window), runs, and noise.
    var generator = SeededGenerator(seed: UInt64(length))
    var data: [UInt8] = []
    while data.count < length {
      switch UInt8.random(in: 0...3, using: &generator) {
      case 0: data += [UInt8](repeating: 0, count: Int.random(in: 1...300, using: &generator))
      case 1: data += Array("spaCy DocBin token rows ".utf8)
      case 2 where data.count > 10: data += data.suffix(Int.random(in: 1...min(data.count, 40_000), using: &generator))
      default: data += (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
      }
    }
    data = Array(data.prefix(length))
    let stream = Zlib.compress(data)
    #expect(try Zlib.decompress(stream) == data)
    if length >= 1_000 { #expect(stream.count < data.count / 2, "\(stream.count) bytes for \(data.count)") }
  }

  @Test func inflatesFixedHuffmanBlocksWrittenByZlib() throws {
    // Python: zlib.compress(b"Ana met Bob.", 9)
    let stream = Self.bytes(hex: "78da73cc4b54c84d2d5170ca4fd20300198603d8")
    #expect(try Zlib.decompress(stream) == Array("Ana met Bob.".utf8))
    // zlib.compress(b"the quick brown fox jumps over the lazy dog. " * 20, 9): back references.
    let repeated = Self.bytes(
      hex:
        "78da2bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb8179a38a47158f2aa6aa6200e521459c"
    )
    #expect(
      try Zlib.decompress(repeated)
        == Array(String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 20).utf8))
  }

  @Test func inflatesDynamicHuffmanBlocksWrittenByZlib() throws {
    let text = (0..<60).map { "w\(($0 * $0 * 7) % 97)x\(($0 * 13) % 31)" }.joined(separator: " ")
    let stream = Self.bytes(
      hex:
        "78da2d8fd911442108045331040e118ccc097f07defe58850d0cfd04b25e427d3d2bd859ef386a3d0d98921448a2a02461b0cb06811215abcd2905512a94c8d9c8d90b25d10d4b363848f68119871c24ce40928033bc36b489c062bd2b20d18411058f60c13c92e4061e165cde88152f3b891e322891ef96a9cf26726cb6b68ddfb1096d9bccb131199bdc63b3636c5cdac6eed86c6b9bf3b7f1b1393536323676da866fdbf0af75d8d03add1e339cb3a875b8d626a2753ab0be78f98ef11ff5026b8b"
    )
    #expect((stream[2] >> 1) & 3 == 2, "the fixture is a dynamic block")
    #expect(try Zlib.decompress(stream) == Array(text.utf8))
  }

  @Test func damageIsAnErrorWithItsOffset() {
    var stream = Zlib.store(Array("Ana met Bob.".utf8))
    stream[stream.count - 1] ^= 0xFF
    #expect(throws: ZlibError.self) { try Zlib.decompress(stream) }
    #expect(throws: ZlibError.self) { try Zlib.decompress(Array("PK\u{3}\u{4} not zlib".utf8)) }
    #expect(throws: ZlibError.self) {
      try Zlib.decompress(Array(Zlib.store(Array(repeating: 7, count: 100)).prefix(20)))
    }
    do {
      _ = try Zlib.decompress([0x78, 0x01, 0x06, 0, 0, 0, 0])
      Issue.record("a block of the reserved type was accepted")
    } catch {
      #expect(error.description.contains("reserved type"))
    }
  }

  @Test func adler32MatchesKnownValues() {
    // zlib.adler32(b"Wikipedia") == 0x11E60398
    #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
    #expect(Adler32.checksum([]) == 1)
  }
}
