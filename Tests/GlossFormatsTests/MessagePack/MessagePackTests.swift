import Testing

@testable import GlossFormats

/// MessagePack: the writer writes the bytes Python's msgpack (through
/// spaCy's srsly) writes, and the reader reads them back.
@Suite struct MessagePackTests {
  /// The bytes of a hexadecimal string.
  static func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count, by: 2).map {
      UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
    }
  }

  /// `srsly.msgpack_dumps({"a": [1, -1, -33, 127, 128, 300, 70000, 2**40,
  /// 2**64 - 1, -2**40], "b": None, "c": True, "d": 1.5, "s": "x" * 40,
  /// "bin": b"\x00\x01", "t": "日本"})`.
  static let python = bytes(
    hex:
      "87a1619a01ffd0df7fcc80cd012cce00011170cf0000010000000000cfffffffffffffffffd3ffffff0000000000a162c0a163c3a164cb3ff8"
      + "000000000000a173d92878787878787878787878787878787878787878787878787878787878787878787878787878787878a362696ec4"
      + "020001a174a6e697a5e69cac")

  static let value = MessagePackValue.map([
    MessagePackEntry(
      .string("a"),
      .array([
        .int(1), .int(-1), .int(-33), .int(127), .int(128), .int(300), .int(70_000), .int(1 << 40), .uint(UInt64.max),
        .int(-(1 << 40)),
      ])),
    MessagePackEntry(.string("b"), .null), MessagePackEntry(.string("c"), .bool(true)),
    MessagePackEntry(.string("d"), .double(1.5)),
    MessagePackEntry(.string("s"), .string(String(repeating: "x", count: 40))),
    MessagePackEntry(.string("bin"), .binary([0, 1])), MessagePackEntry(.string("t"), .string("日本")),
  ])

  @Test func writesWhatPythonWrites() {
    #expect(MessagePackWriter.encode(Self.value) == Self.python)
  }

  @Test func readsWhatPythonWrites() throws {
    let decoded = try MessagePackReader.decode(Self.python)
    #expect(decoded == Self.value)
    #expect(decoded["t"]?.stringValue == "日本")
    #expect(decoded["a"]?.arrayValue?[8] == .uint(UInt64.max))
  }

  @Test(arguments: [0, 15, 16, 255, 256, 65_535, 65_536])
  func lengthsRoundTripAcrossTheirForms(count: Int) throws {
    let value = MessagePackValue.array([
      .string(String(repeating: "é", count: count)), .binary([UInt8](repeating: 9, count: count)),
      .array([MessagePackValue](repeating: .null, count: min(count, 70_000))),
      .map((0..<min(count, 300)).map { MessagePackEntry(.array([.int(Int64($0)), .null]), .int(Int64(-$0))) }),
    ])
    #expect(try MessagePackReader.decode(MessagePackWriter.encode(value)) == value)
  }

  @Test func damagedDataIsAnError() {
    #expect(throws: MessagePackError.self) { try MessagePackReader.decode([0xDA, 0x00]) }
    #expect(throws: MessagePackError.self) { try MessagePackReader.decode([0x92, 0x01]) }
    #expect(throws: MessagePackError.self) { try MessagePackReader.decode([0x01, 0x02]) }
    #expect(throws: MessagePackError.self) { try MessagePackReader.decode([0xA2, 0xFF, 0xFE]) }
    #expect(throws: MessagePackError.self) { try MessagePackReader.decode([0xD4, 0x01, 0x00]) }
    #expect(throws: MessagePackError.self) {
      try MessagePackReader.decode([UInt8](repeating: 0x91, count: 100) + [0xC0])
    }
  }
}
