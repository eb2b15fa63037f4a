/// Decodes MessagePack bytes into ``MessagePackValue``s: every type of the
/// specification but the extension types, which spaCy does not write.
package struct MessagePackReader {
  /// How deep arrays and maps may nest before the data is refused (a damaged
  /// file must not exhaust the stack).
  private static let maximumDepth = 64

  private let bytes: [UInt8]
  private var position = 0

  /// Decodes the single value that `bytes` holds.
  package static func decode(_ bytes: [UInt8]) throws(MessagePackError) -> MessagePackValue {
    var reader = MessagePackReader(bytes: bytes)
    let value = try reader.value(depth: 0)
    guard reader.position == bytes.count else {
      throw MessagePackError("\(bytes.count - reader.position) bytes follow the value", at: reader.position)
    }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private mutating func value(depth: Int) throws(MessagePackError) -> MessagePackValue {
    guard depth < Self.maximumDepth else { throw MessagePackError("nested too deeply", at: position) }
    let start = position
    let marker = try byte()
    switch marker {
    case 0x00...0x7F: return .int(Int64(marker))
    case 0x80...0x8F: return try map(Int(marker & 0x0F), depth: depth)
    case 0x90...0x9F: return try array(Int(marker & 0x0F), depth: depth)
    case 0xA0...0xBF: return try string(Int(marker & 0x1F))
    case 0xC0: return .null
    case 0xC2: return .bool(false)
    case 0xC3: return .bool(true)
    case 0xC4: return .binary(try take(Int(try integer(UInt8.self))))
    case 0xC5: return .binary(try take(Int(try integer(UInt16.self))))
    case 0xC6: return .binary(try take(Int(try integer(UInt32.self))))
    case 0xCA: return .double(Double(Float(bitPattern: try integer(UInt32.self))))
    case 0xCB: return .double(Double(bitPattern: try integer(UInt64.self)))
    case 0xCC: return .int(Int64(try integer(UInt8.self)))
    case 0xCD: return .int(Int64(try integer(UInt16.self)))
    case 0xCE: return .int(Int64(try integer(UInt32.self)))
    case 0xCF:
      let number = try integer(UInt64.self)
      return Int64(exactly: number).map { .int($0) } ?? .uint(number)
    case 0xD0: return .int(Int64(Int8(bitPattern: try integer(UInt8.self))))
    case 0xD1: return .int(Int64(Int16(bitPattern: try integer(UInt16.self))))
    case 0xD2: return .int(Int64(Int32(bitPattern: try integer(UInt32.self))))
    case 0xD3: return .int(Int64(bitPattern: try integer(UInt64.self)))
    case 0xD9: return try string(Int(try integer(UInt8.self)))
    case 0xDA: return try string(Int(try integer(UInt16.self)))
    case 0xDB: return try string(Int(try integer(UInt32.self)))
    case 0xDC: return try array(Int(try integer(UInt16.self)), depth: depth)
    case 0xDD: return try array(Int(try integer(UInt32.self)), depth: depth)
    case 0xDE: return try map(Int(try integer(UInt16.self)), depth: depth)
    case 0xDF: return try map(Int(try integer(UInt32.self)), depth: depth)
    case 0xE0...0xFF: return .int(Int64(Int8(bitPattern: marker)))
    default:
      throw MessagePackError("unsupported type byte 0x\(String(marker, radix: 16)) (an extension type?)", at: start)
    }
  }

  private mutating func byte() throws(MessagePackError) -> UInt8 {
    guard position < bytes.count else { throw MessagePackError("the data ends inside a value", at: position) }
    position += 1
    return bytes[position - 1]
  }

  private mutating func take(_ count: Int) throws(MessagePackError) -> [UInt8] {
    guard count <= bytes.count - position else {
      throw MessagePackError("the data ends inside a value of \(count) bytes", at: position)
    }
    position += count
    return Array(bytes[position - count..<position])
  }

  private mutating func integer<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type) throws(MessagePackError) -> T {
    var value: T = 0
    for byte in try take(MemoryLayout<T>.size) { value = value << 8 | T(byte) }
    return value
  }

  private mutating func string(_ count: Int) throws(MessagePackError) -> MessagePackValue {
    let start = position
    let utf8 = try take(count)
    guard let string = String(validating: utf8, as: UTF8.self) else {
      throw MessagePackError("a string that is not UTF-8", at: start)
    }
    return .string(string)
  }

  private mutating func array(_ count: Int, depth: Int) throws(MessagePackError) -> MessagePackValue {
    // Each element takes at least a byte: a count beyond the data is damage.
    guard count <= bytes.count - position else { throw MessagePackError("an array longer than the data", at: position) }
    var elements: [MessagePackValue] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try value(depth: depth + 1)) }
    return .array(elements)
  }

  private mutating func map(_ count: Int, depth: Int) throws(MessagePackError) -> MessagePackValue {
    guard count <= (bytes.count - position) / 2 else {
      throw MessagePackError("a map longer than the data", at: position)
    }
    var entries: [MessagePackEntry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let key = try value(depth: depth + 1)
      entries.append(MessagePackEntry(key, try value(depth: depth + 1)))
    }
    return .map(entries)
  }
}
