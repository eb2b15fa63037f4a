import GlossCore

/// How the query-index cache stores a packed column: its width in bytes as
/// an `Int64`, then its values as an array of that width.
extension PackedInts {
  /// Appends the column to the cache being written.
  func write(to writer: inout ByteWriter) {
    writer.appendLittleEndian(Int64(width))
    switch storage {
    case .u8(let values): writer.appendArray(values)
    case .u16(let values): writer.appendArray(values)
    case .u32(let values): writer.appendArray(values)
    }
  }

  /// Reads a column that ``write(to:)`` wrote; an unknown width makes the
  /// cache invalid.
  init(reading reader: inout ByteReader) throws {
    switch try reader.readLittleEndian(Int64.self) {
    case 1: self.init(storage: .u8(try reader.readArray(of: UInt8.self)))
    case 2: self.init(storage: .u16(try reader.readArray(of: UInt16.self)))
    case 4: self.init(storage: .u32(try reader.readArray(of: UInt32.self)))
    default: throw QueryIndexCache.Invalid()
    }
  }
}
