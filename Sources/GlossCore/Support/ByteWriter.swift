/// Appends binary data to a byte buffer: single bytes, fixed-width
/// little-endian integers, unsigned LEB128 numbers, and length-prefixed
/// strings and integer arrays.
///
/// It is the one writer behind Gloss's binary files (the `.glossmodel`
/// format and the query-index cache), so that every file spells a number
/// the same way; ``ByteReader`` reads what it writes.
///
/// The type is public only so that other modules of the package inline its
/// appends (the compiler does not inline members of a `package` type across
/// modules); every member is `package`.
public struct ByteWriter: Sendable {
  /// The bit that marks a LEB128 byte as followed by another.
  @usableFromInline static let continuationBit: UInt8 = 0x80
  /// The bits of a value that one LEB128 byte carries.
  @usableFromInline static let payloadBits = 7

  /// The bytes written so far (stored under another name so that the
  /// inlinable appends can reach it).
  @usableFromInline var storage: [UInt8] = []

  /// The bytes written so far.
  package var bytes: [UInt8] { storage }

  /// Creates an empty writer.
  package init() {}

  /// The number of bytes written so far.
  @inlinable
  package var count: Int { storage.count }

  /// Reserves room for at least `capacity` bytes, for writers that know
  /// roughly how much they will write.
  package mutating func reserveCapacity(_ capacity: Int) {
    storage.reserveCapacity(capacity)
  }

  /// Appends one byte.
  @inlinable
  package mutating func append(_ byte: UInt8) {
    storage.append(byte)
  }

  /// Appends `newBytes` as they are.
  @inlinable
  package mutating func append<S: Sequence>(contentsOf newBytes: S) where S.Element == UInt8 {
    storage.append(contentsOf: newBytes)
  }

  /// Appends `value` in its width, least significant byte first.
  @inlinable
  package mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { storage.append(contentsOf: $0) }
  }

  /// Appends `value` as unsigned LEB128: seven bits a byte, least
  /// significant first, the high bit set on every byte but the last (1 to
  /// 10 bytes; values below 128 take one).
  @inlinable
  package mutating func appendLEB128(_ value: UInt64) {
    var rest = value
    while rest >= UInt64(Self.continuationBit) {
      storage.append(UInt8(truncatingIfNeeded: rest) | Self.continuationBit)
      rest >>= UInt64(Self.payloadBits)
    }
    storage.append(UInt8(rest))
  }

  /// The number of bytes ``appendLEB128(_:)`` writes for `value`, for
  /// formats that choose the smaller of two layouts before writing.
  package static func leb128Count(of value: UInt64) -> Int {
    var count = 1
    var rest = value >> UInt64(payloadBits)
    while rest > 0 {
      count += 1
      rest >>= UInt64(payloadBits)
    }
    return count
  }

  /// Appends a string: its UTF-8 byte count as a little-endian `Int64`,
  /// then its UTF-8 bytes.
  package mutating func appendString(_ value: String) {
    appendLittleEndian(Int64(value.utf8.count))
    storage.append(contentsOf: value.utf8)
  }

  /// Appends the number of `values` as a little-endian `Int64`, then each
  /// string as ``appendString(_:)`` writes it.
  package mutating func appendStrings(_ values: [String]) {
    appendLittleEndian(Int64(values.count))
    for value in values { appendString(value) }
  }

  /// Appends the number of `values` as a little-endian `Int64`, then each
  /// value little-endian in its width. On a little-endian machine the
  /// values are copied in one piece, so large columns write at memory speed.
  @inlinable
  package mutating func appendArray<T: FixedWidthInteger>(_ values: [T]) {
    appendLittleEndian(Int64(values.count))
    #if _endian(little)
      values.withUnsafeBytes { storage.append(contentsOf: $0) }
    #else
      for value in values { appendLittleEndian(value) }
    #endif
  }
}
