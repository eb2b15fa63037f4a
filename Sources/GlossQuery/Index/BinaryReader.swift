/// Reads what ``BinaryWriter`` wrote; any inconsistency is an error, and the
/// cache is then rebuilt.
struct BinaryReader {
  struct Truncated: Error {}

  let bytes: [UInt8]
  var offset = 0

  mutating func int() throws(Truncated) -> Int {
    guard offset + 8 <= bytes.count else { throw Truncated() }
    var value: Int64 = 0
    withUnsafeMutableBytes(of: &value) { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + 8]))
      }
    }
    offset += 8
    return Int(Int64(littleEndian: value))
  }

  mutating func string() throws(Truncated) -> String {
    let count = try int()
    guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  mutating func strings() throws(Truncated) -> [String] {
    let count = try int()
    guard count >= 0 else { throw Truncated() }
    var result: [String] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(try string()) }
    return result
  }

  mutating func array<T: FixedWidthInteger>(of type: T.Type) throws(Truncated) -> [T] {
    let count = try int()
    let size = count * MemoryLayout<T>.stride
    guard count >= 0, offset + size <= bytes.count else { throw Truncated() }
    let start = offset
    offset += size
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + size]))
      }
      initialized = count
    }
  }
}

extension BinaryReader {
  /// A column ``BinaryWriter/packed(_:)`` wrote.
  mutating func packed() throws(Truncated) -> PackedInts {
    switch try int() {
    case 1: return PackedInts(storage: .u8(try array(of: UInt8.self)))
    case 2: return PackedInts(storage: .u16(try array(of: UInt16.self)))
    case 4: return PackedInts(storage: .u32(try array(of: UInt32.self)))
    default: throw Truncated()
    }
  }
}
