/// Encodes ``MessagePackValue``s as Python's `msgpack` (and so spaCy's
/// `srsly`) encodes them: each integer in the smallest form that holds it,
/// strings as `str`, binary data as `bin`.
package enum MessagePackWriter {
  /// The bytes of `value`.
  package static func encode(_ value: MessagePackValue) -> [UInt8] {
    var bytes: [UInt8] = []
    append(value, to: &bytes)
    return bytes
  }

  /// Appends the bytes of `value` to `bytes`.
  package static func append(_ value: MessagePackValue, to bytes: inout [UInt8]) {
    switch value {
    case .null: bytes.append(0xC0)
    case .bool(let flag): bytes.append(flag ? 0xC3 : 0xC2)
    case .int(let number): appendInteger(number, to: &bytes)
    case .uint(let number):
      if let small = Int64(exactly: number) {
        appendInteger(small, to: &bytes)
      } else {
        bytes.append(0xCF)
        appendBigEndian(number, to: &bytes)
      }
    case .double(let number):
      bytes.append(0xCB)
      appendBigEndian(number.bitPattern, to: &bytes)
    case .string(let string):
      let utf8 = Array(string.utf8)
      appendHeader(utf8.count, fixed: 0xA0, fixedLimit: 32, eight: 0xD9, sixteen: 0xDA, thirtyTwo: 0xDB, to: &bytes)
      bytes += utf8
    case .binary(let data):
      appendHeader(data.count, fixed: nil, fixedLimit: 0, eight: 0xC4, sixteen: 0xC5, thirtyTwo: 0xC6, to: &bytes)
      bytes += data
    case .array(let elements):
      appendHeader(elements.count, fixed: 0x90, fixedLimit: 16, eight: nil, sixteen: 0xDC, thirtyTwo: 0xDD, to: &bytes)
      for element in elements { append(element, to: &bytes) }
    case .map(let entries):
      appendHeader(entries.count, fixed: 0x80, fixedLimit: 16, eight: nil, sixteen: 0xDE, thirtyTwo: 0xDF, to: &bytes)
      for entry in entries {
        append(entry.key, to: &bytes)
        append(entry.value, to: &bytes)
      }
    }
  }

  private static func appendInteger(_ number: Int64, to bytes: inout [UInt8]) {
    switch number {
    case 0..<128: bytes.append(UInt8(number))
    case 128...Int64(UInt8.max):
      bytes.append(0xCC)
      bytes.append(UInt8(number))
    case 256...Int64(UInt16.max):
      bytes.append(0xCD)
      appendBigEndian(UInt16(number), to: &bytes)
    case 65_536...Int64(UInt32.max):
      bytes.append(0xCE)
      appendBigEndian(UInt32(number), to: &bytes)
    case Int64(UInt32.max)...:
      bytes.append(0xCF)
      appendBigEndian(UInt64(number), to: &bytes)
    case -32..<0: bytes.append(UInt8(bitPattern: Int8(number)))
    case Int64(Int8.min)..<0:
      bytes.append(0xD0)
      bytes.append(UInt8(bitPattern: Int8(number)))
    case Int64(Int16.min)..<0:
      bytes.append(0xD1)
      appendBigEndian(UInt16(bitPattern: Int16(number)), to: &bytes)
    case Int64(Int32.min)..<0:
      bytes.append(0xD2)
      appendBigEndian(UInt32(bitPattern: Int32(number)), to: &bytes)
    default:
      bytes.append(0xD3)
      appendBigEndian(UInt64(bitPattern: number), to: &bytes)
    }
  }

  /// A length header: the fixed form below `fixedLimit`, else the 8-, 16- or
  /// 32-bit form (the formats without an 8-bit form pass `nil`).
  private static func appendHeader(
    _ count: Int, fixed: UInt8?, fixedLimit: Int, eight: UInt8?, sixteen: UInt8, thirtyTwo: UInt8,
    to bytes: inout [UInt8]
  ) {
    if let fixed, count < fixedLimit {
      bytes.append(fixed | UInt8(count))
    } else if let eight, count <= Int(UInt8.max) {
      bytes += [eight, UInt8(count)]
    } else if count <= Int(UInt16.max) {
      bytes.append(sixteen)
      appendBigEndian(UInt16(count), to: &bytes)
    } else {
      bytes.append(thirtyTwo)
      appendBigEndian(UInt32(count), to: &bytes)
    }
  }

  /// Appends `value` most significant byte first, as MessagePack orders them.
  package static func appendBigEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.bigEndian) { bytes += $0 }
  }
}
