import Testing

@testable import GlossCore

/// ``ByteWriter`` and ``ByteReader``: what one writes the other reads back,
/// the exact bytes of each encoding, and damaged data as an error.
@Suite struct ByteReaderTests {
  /// LEB128 numbers at the edges of their byte counts.
  static let edgeNumbers: [UInt64] = [
    0, 1, 127, 128, 255, 300, 16_383, 16_384, UInt64(UInt32.max), 1 << 56, 1 << 63 - 1, 1 << 63, UInt64.max,
  ]

  @Test(arguments: edgeNumbers)
  func leb128RoundTrips(value: UInt64) throws {
    var writer = ByteWriter()
    writer.appendLEB128(value)
    #expect(writer.count == ByteWriter.leb128Count(of: value))
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readLEB128() == value)
    #expect(reader.isAtEnd)
  }

  @Test func leb128Bytes() {
    func bytes(_ value: UInt64) -> [UInt8] {
      var writer = ByteWriter()
      writer.appendLEB128(value)
      return writer.bytes
    }
    #expect(bytes(0) == [0x00])
    #expect(bytes(127) == [0x7F])
    #expect(bytes(128) == [0x80, 0x01])
    #expect(bytes(300) == [0xAC, 0x02])
    #expect(bytes(UInt64.max) == [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
  }

  @Test func leb128WithRedundantZeroGroupsReads() throws {
    var reader = ByteReader([0x80, 0x80, 0x00])
    #expect(try reader.readLEB128() == 0)
    #expect(reader.isAtEnd)
  }

  @Test func truncatedLEB128IsAnError() throws {
    var reader = ByteReader([0x05, 0xFF, 0xFF])
    #expect(try reader.readLEB128() == 5)
    #expect(throws: ByteReadError(.truncated, at: 1)) { try reader.readLEB128() }
    var empty = ByteReader([])
    #expect(throws: ByteReadError(.truncated, at: 0)) { try empty.readLEB128() }
  }

  @Test func overlongLEB128IsAnError() throws {
    // Eleven bytes, and ten whose last carries more than the 64th bit.
    var eleven = ByteReader([UInt8](repeating: 0x80, count: 10) + [0x00])
    #expect(throws: ByteReadError(.overlongLEB128, at: 0)) { try eleven.readLEB128() }
    var tooLarge = ByteReader([0x07] + [UInt8](repeating: 0xFF, count: 9) + [0x02])
    #expect(try tooLarge.readLEB128() == 7)
    #expect(throws: ByteReadError(.overlongLEB128, at: 1)) { try tooLarge.readLEB128() }
    #expect(ByteReadError(.overlongLEB128, at: 1).description == "bad LEB128 number at byte 1")
  }

  @Test func leb128StopsAtTheReadersEnd() throws {
    // A reader over part of the data does not read past its end.
    var reader = ByteReader([0x01, 0x80, 0x01], from: 1, to: 2)
    #expect(throws: ByteReadError(.truncated, at: 1)) { try reader.readLEB128() }
    var whole = ByteReader([0x01, 0x80, 0x01], from: 1)
    #expect(try whole.readLEB128() == 128)
  }

  @Test func littleEndianIntegersRoundTrip() throws {
    var writer = ByteWriter()
    writer.appendLittleEndian(UInt16(0x0102))
    writer.appendLittleEndian(UInt32.max)
    writer.appendLittleEndian(Int64.min)
    writer.appendLittleEndian(UInt64(0x0102_0304_0506_0708))
    writer.appendLittleEndian(Int8(-1))
    #expect(writer.bytes.prefix(2) == [0x02, 0x01])
    #expect(writer.bytes[14..<22] == [0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01])
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readLittleEndian(UInt16.self) == 0x0102)
    #expect(try reader.readLittleEndian(UInt32.self) == UInt32.max)
    #expect(try reader.readLittleEndian(Int64.self) == Int64.min)
    #expect(try reader.readLittleEndian(UInt64.self) == 0x0102_0304_0506_0708)
    #expect(try reader.readLittleEndian(Int8.self) == -1)
    #expect(reader.isAtEnd)
    #expect(throws: ByteReadError(.truncated, at: 23)) { try reader.readByte() }
  }

  @Test func truncatedIntegerIsAnErrorAtItsStart() throws {
    var reader = ByteReader([1, 2, 3, 4, 5])
    #expect(try reader.readByte() == 1)
    #expect(throws: ByteReadError(.truncated, at: 1)) { try reader.readLittleEndian(UInt64.self) }
    #expect(ByteReadError(.truncated, at: 1).description == "truncated at byte 1")
  }

  @Test func bytesStringsAndArraysRoundTrip() throws {
    var writer = ByteWriter()
    writer.append(0xAB)
    writer.append(contentsOf: [1, 2, 3])
    writer.appendString("é 😀")
    writer.appendStrings(["", "a", "漢字"])
    writer.appendArray([Int32(-1), 0, Int32.max])
    writer.appendArray([UInt16]())
    var reader = ByteReader(writer.bytes)
    #expect(try reader.readByte() == 0xAB)
    #expect(try reader.readBytes(3) == [1, 2, 3])
    #expect(try reader.readString() == "é 😀")
    #expect(try reader.readStrings() == ["", "a", "漢字"])
    #expect(try reader.readArray(of: Int32.self) == [-1, 0, Int32.max])
    #expect(try reader.readArray(of: UInt16.self) == [])
    #expect(reader.isAtEnd)
  }

  @Test func stringAndArrayLayout() {
    var writer = ByteWriter()
    writer.appendString("ab")
    writer.appendArray([UInt16(0x0102)])
    #expect(writer.bytes == [2, 0, 0, 0, 0, 0, 0, 0, 0x61, 0x62, 1, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x01])
  }

  @Test func impossibleCountsAreErrors() {
    // A negative count, a count beyond the data, and one whose byte size
    // overflows: each an error, none a trap or a huge allocation.
    var negative = ByteWriter()
    negative.appendLittleEndian(Int64(-1))
    var reader = ByteReader(negative.bytes)
    #expect(throws: ByteReadError(.badCount(-1), at: 0)) { try reader.readString() }
    var long = ByteWriter()
    long.appendLittleEndian(Int64(5))
    long.append(contentsOf: [1, 2])
    reader = ByteReader(long.bytes)
    #expect(throws: ByteReadError(.truncated, at: 8)) { try reader.readString() }
    reader = ByteReader(long.bytes)
    #expect(throws: ByteReadError(.truncated, at: 0)) { try reader.readArray(of: UInt32.self) }
    reader = ByteReader(long.bytes)
    #expect(throws: ByteReadError(.badCount(5), at: 0)) { try reader.readStrings() }
    var huge = ByteWriter()
    huge.appendLittleEndian(Int64.max)
    reader = ByteReader(huge.bytes)
    #expect(throws: ByteReadError(.badCount(Int64.max), at: 0)) { try reader.readArray(of: UInt64.self) }
    reader = ByteReader(huge.bytes)
    #expect(throws: ByteReadError(.badCount(Int64.max), at: 0)) { try reader.readStrings() }
    reader = ByteReader([1, 2])
    #expect(throws: ByteReadError(.badCount(-1), at: 0)) { try reader.readBytes(-1) }
  }

  @Test func offsetsAndLimits() throws {
    var reader = ByteReader([9, 8, 7, 6], from: 1, to: 3)
    #expect(reader.offset == 1)
    #expect(reader.remainingCount == 2)
    #expect(try reader.readBytes(2) == [8, 7])
    #expect(reader.offset == 3)
    #expect(reader.isAtEnd)
    #expect(throws: ByteReadError(.truncated, at: 3)) { try reader.readByte() }
  }
}
