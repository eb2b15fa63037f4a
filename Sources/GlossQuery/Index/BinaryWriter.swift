#if canImport(Glibc)
  import Glibc
#endif

/// Writes the index cache: integers, strings and arrays of fixed-width
/// integers copied as raw bytes (the cache is local to one machine).
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }

  mutating func array<T: FixedWidthInteger>(_ values: [T]) {
    int(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

extension BinaryWriter {
  /// A packed column: its width, then its values as raw bytes.
  mutating func packed(_ column: PackedInts) {
    int(column.width)
    switch column.storage {
    case .u8(let values): array(values)
    case .u16(let values): array(values)
    case .u32(let values): array(values)
    }
  }
}
