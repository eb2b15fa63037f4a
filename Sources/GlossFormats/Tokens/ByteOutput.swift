/// Appending to an output buffer without building `String`s: the CoNLL
/// writers write token forms straight from the text's UTF-8 bytes.
extension Array where Element == UInt8 {
  /// Appends the bytes `source[range]`.
  @inline(__always)
  mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
  }

  /// Appends a non-negative integer in decimal.
  @inline(__always)
  mutating func appendDecimal(_ value: Int) {
    if value < 10 {
      append(UInt8(truncatingIfNeeded: 0x30 + value))
      return
    }
    var digits = 0
    var rest = value
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let start = count
    append(contentsOf: repeatElement(0x30, count: digits))
    rest = value
    var position = start + digits
    while rest > 0 {
      position -= 1
      self[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
      rest /= 10
    }
  }

  /// Appends the UTF-8 of a string.
  @inline(__always)
  mutating func append(_ string: String) {
    append(contentsOf: string.utf8)
  }
}

/// Reading scalars from well-formed UTF-8 bytes, for the writers that work
/// on a text's bytes.
enum UTF8Bytes {
  /// The scalar value starting at `index`.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F), 4
    )
  }

  /// The scalar value that ends just before byte `end`.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> UInt32 {
    var start = end - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(bytes, at: start).value
  }

  /// Unicode `White_Space`, as `Unicode.Scalar.Properties.isWhitespace`.
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return Unicode.Scalar(value)?.properties.isWhitespace ?? false
  }

  /// Unicode `Alphabetic`, as `Unicode.Scalar.Properties.isAlphabetic`.
  @inline(__always)
  static func isAlphabetic(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value >= 0xC0 && value <= 0xFF { return value != 0xD7 && value != 0xF7 }
    return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
  }
}
