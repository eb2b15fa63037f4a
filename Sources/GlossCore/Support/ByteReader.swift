/// Reads what ``ByteWriter`` writes from a byte buffer, front to back:
/// single bytes, fixed-width little-endian integers, unsigned LEB128
/// numbers, and length-prefixed strings and integer arrays.
///
/// Every read checks the data first and throws ``ByteReadError`` (with the
/// offset of the item) when the data is cut short, a LEB128 number is too
/// long or a count is impossible; bad file data never stops the program.
/// After an error the offset is unspecified: a reader does not go on past
/// damage.
///
/// The type is public only so that other modules of the package inline its
/// reads (the compiler does not inline members of a `package` type across
/// modules); every member is `package`.
public struct ByteReader: Sendable {
  /// The longest LEB128 number: ten bytes carry 64 bits.
  @usableFromInline static let maximumLEB128Count = 10
  /// The bits left for the tenth LEB128 byte (64 − 9 × 7).
  @usableFromInline static let lastLEB128ByteLimit: UInt8 = 1
  /// The longest LEB128 number read inline: two bytes, 14 bits.
  @usableFromInline static let shortLEB128Count = 2

  /// The data read from.
  @usableFromInline let bytes: [UInt8]
  /// Where reading stops: the data's end, or an earlier limit.
  @usableFromInline let end: Int
  /// The offset of the next byte to read.
  @usableFromInline var position: Int

  /// A reader over `bytes[start..<end]` (by default all of `bytes`),
  /// starting at `start`.
  ///
  /// - Precondition: `0 <= start <= end <= bytes.count`.
  package init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
    let end = end ?? bytes.count
    precondition(
      start >= 0 && start <= end && end <= bytes.count, "byte range \(start)..<\(end) outside 0..<\(bytes.count)")
    self.bytes = bytes
    self.end = end
    position = start
  }

  /// The offset of the next byte to read, from the start of the data.
  package var offset: Int { position }

  /// Whether every byte up to the end has been read.
  package var isAtEnd: Bool { position == end }

  /// The number of bytes left to read.
  @usableFromInline
  package var remainingCount: Int { end - position }

  /// Reads one byte.
  @inlinable
  package mutating func readByte() throws(ByteReadError) -> UInt8 {
    guard position < end else { throw ByteReadError(.truncated, at: position) }
    defer { position += 1 }
    return bytes[position]
  }

  /// Reads the next `count` bytes as they are.
  package mutating func readBytes(_ count: Int) throws(ByteReadError) -> ArraySlice<UInt8> {
    guard count >= 0 else { throw ByteReadError(.badCount(Int64(count)), at: position) }
    guard count <= end - position else { throw ByteReadError(.truncated, at: position) }
    defer { position += count }
    return bytes[position..<(position + count)]
  }

  /// Reads an integer of `type`'s width, least significant byte first.
  @inlinable
  package mutating func readLittleEndian<T: FixedWidthInteger>(_ type: T.Type = T.self) throws(ByteReadError) -> T {
    let size = MemoryLayout<T>.size
    guard size <= end - position else { throw ByteReadError(.truncated, at: position) }
    var value = T.zero
    withUnsafeMutableBytes(of: &value) { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + size)]))
      }
    }
    position += size
    return T(littleEndian: value)
  }

  /// Reads an unsigned LEB128 number (see ``ByteWriter/appendLEB128(_:)``).
  ///
  /// Redundant high zero groups are accepted; more than ten bytes, or a
  /// tenth byte with more than the 64th bit, is ``ByteReadError/Reason/overlongLEB128``.
  /// Numbers of one or two bytes, the common case of delta-coded lists,
  /// are read inline in the caller.
  @inlinable @inline(__always)
  package mutating func readLEB128() throws(ByteReadError) -> UInt64 {
    let start = position
    if end - start >= Self.shortLEB128Count {
      // In range: `end` is at most `bytes.count`.
      let (first, second) = bytes.withUnsafeBufferPointer { ($0[start], $0[start + 1]) }
      if first & ByteWriter.continuationBit == 0 {
        position = start + 1
        return UInt64(first)
      }
      if second & ByteWriter.continuationBit == 0 {
        position = start + Self.shortLEB128Count
        return UInt64(first & ~ByteWriter.continuationBit) | UInt64(second) << UInt64(ByteWriter.payloadBits)
      }
    }
    return try readLongLEB128()
  }

  /// Reads a LEB128 number of any length, for ``readLEB128()``.
  @usableFromInline
  mutating func readLongLEB128() throws(ByteReadError) -> UInt64 {
    let start = position
    var index = start
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for byteNumber in 1...Self.maximumLEB128Count {
      guard index < end else { throw ByteReadError(.truncated, at: start) }
      let byte = bytes[index]
      index += 1
      if byteNumber == Self.maximumLEB128Count && byte > Self.lastLEB128ByteLimit {
        throw ByteReadError(.overlongLEB128, at: start)
      }
      value |= UInt64(byte & ~ByteWriter.continuationBit) << shift
      if byte & ByteWriter.continuationBit == 0 {
        position = index
        return value
      }
      shift += UInt64(ByteWriter.payloadBits)
    }
    throw ByteReadError(.overlongLEB128, at: start)
  }

  /// Reads a count written as a little-endian `Int64`, which must not be
  /// negative.
  @usableFromInline
  package mutating func readCount() throws(ByteReadError) -> Int {
    let start = position
    let count = try readLittleEndian(Int64.self)
    guard count >= 0, let exact = Int(exactly: count) else { throw ByteReadError(.badCount(count), at: start) }
    return exact
  }

  /// Reads a string that ``ByteWriter/appendString(_:)`` wrote; bytes that
  /// are not UTF-8 become U+FFFD.
  package mutating func readString() throws(ByteReadError) -> String {
    let count = try readCount()
    return String(decoding: try readBytes(count), as: UTF8.self)
  }

  /// Reads strings that ``ByteWriter/appendStrings(_:)`` wrote.
  package mutating func readStrings() throws(ByteReadError) -> [String] {
    let start = position
    let count = try readCount()
    // Each string takes at least its 8-byte length, so a count larger than
    // that allows is damage, not a reason to reserve memory.
    guard count <= remainingCount / MemoryLayout<Int64>.size else {
      throw ByteReadError(.badCount(Int64(count)), at: start)
    }
    var result: [String] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(try readString()) }
    return result
  }

  /// Reads an array of integers that ``ByteWriter/appendArray(_:)`` wrote.
  @inlinable
  package mutating func readArray<T: FixedWidthInteger>(of type: T.Type) throws(ByteReadError) -> [T] {
    let start = position
    let count = try readCount()
    let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
    guard !overflow else { throw ByteReadError(.badCount(Int64(count)), at: start) }
    guard size <= remainingCount else { throw ByteReadError(.truncated, at: start) }
    let first = position
    position += size
    #if _endian(little)
      return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        bytes.withUnsafeBytes { source in
          UnsafeMutableRawBufferPointer(buffer).copyMemory(
            from: UnsafeRawBufferPointer(rebasing: source[first..<(first + size)]))
        }
        initialized = count
      }
    #else
      var values: [T] = []
      values.reserveCapacity(count)
      var element = ByteReader(bytes, from: first, to: first + size)
      for _ in 0..<count { values.append(try element.readLittleEndian(T.self)) }
      return values
    #endif
  }
}
