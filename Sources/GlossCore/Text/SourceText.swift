/// The text of a document exactly as stored, addressed by Unicode scalar
/// offsets.
///
/// Gloss stores and exposes every offset as a count of Unicode scalars (code
/// points) from the start of the text — the numbers Python's `str` slicing,
/// spaCy, brat and doccano use. `SourceText` keeps the UTF-8 bytes and is the
/// single place where scalar offsets are converted to UTF-8 or UTF-16 offsets,
/// so no other code ever needs `String.Index` or `Character` arithmetic.
public struct SourceText: Sendable, Hashable {
  /// The text's UTF-8 bytes, unchanged from the source file.
  public let utf8: [UInt8]

  /// The number of Unicode scalars in the text.
  public let scalarCount: Int

  /// Whether every byte is ASCII, in which case scalar and byte offsets agree.
  public let isASCII: Bool

  /// The UTF-8 offset of every `checkpointStride`-th scalar (empty for ASCII).
  private let checkpoints: [Int32]

  /// How many scalars lie between two checkpoints.
  private static let checkpointStride = 64

  /// Creates a text from bytes, checking that they are well-formed UTF-8.
  ///
  /// The bytes are kept as they are: no newline translation, trimming or
  /// normalization. A byte order mark is kept as the scalar U+FEFF at offset 0.
  ///
  /// - Throws: ``TextDecodingError`` naming the byte offset of the first
  ///   ill-formed sequence.
  public init(validatingUTF8 bytes: [UInt8]) throws(TextDecodingError) {
    var scalars = 0
    var ascii = true
    var marks: [Int32] = []
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if scalars & (Self.checkpointStride - 1) == 0 { marks.append(Int32(index)) }
      if lead < 0x80 {
        index += 1
        scalars += 1
        continue
      }
      ascii = false
      let length = try Self.sequenceLength(bytes, at: index)
      index += length
      scalars += 1
    }
    self.utf8 = bytes
    self.scalarCount = scalars
    self.isASCII = ascii
    self.checkpoints = ascii ? [] : marks
  }

  /// Creates a text from a Swift string (always well-formed).
  public init(_ string: String) {
    // A Swift string is valid UTF-8 by construction, so this cannot throw.
    do {
      try self.init(validatingUTF8: Array(string.utf8))
    } catch {
      preconditionFailure("a Swift String is always valid UTF-8")
    }
  }

  /// The whole text as a Swift string.
  public var string: String { String(decoding: utf8, as: UTF8.self) }

  /// The scalar range covering the whole text.
  public var range: Range<Int> { 0..<scalarCount }

  /// The UTF-8 byte offset where the scalar at `scalarOffset` starts.
  ///
  /// `scalarOffset` may equal ``scalarCount`` (the end of the text).
  public func utf8Offset(ofScalar scalarOffset: Int) -> Int {
    precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset out of range")
    if isASCII { return scalarOffset }
    if scalarOffset == scalarCount { return utf8.count }
    let checkpoint = scalarOffset / Self.checkpointStride
    var byte = Int(checkpoints[checkpoint])
    var remaining = scalarOffset - checkpoint * Self.checkpointStride
    while remaining > 0 {
      byte += Self.leadLength(utf8[byte])
      remaining -= 1
    }
    return byte
  }

  /// The scalar offset of the scalar that starts at UTF-8 offset `byteOffset`.
  ///
  /// `byteOffset` must fall on a scalar boundary or at the end of the text.
  public func scalarOffset(ofUTF8 byteOffset: Int) -> Int {
    precondition(byteOffset >= 0 && byteOffset <= utf8.count, "byte offset out of range")
    if isASCII { return byteOffset }
    if byteOffset == utf8.count { return scalarCount }
    // The last checkpoint at or before byteOffset.
    var low = 0
    var high = checkpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(checkpoints[middle]) <= byteOffset { low = middle } else { high = middle - 1 }
    }
    var byte = Int(checkpoints[low])
    var scalar = low * Self.checkpointStride
    while byte < byteOffset {
      byte += Self.leadLength(utf8[byte])
      scalar += 1
    }
    return scalar
  }

  /// The UTF-16 code unit offset of the scalar at `scalarOffset`, the unit
  /// UIMA CAS and JavaScript strings count in.
  public func utf16Offset(ofScalar scalarOffset: Int) -> Int {
    let byteEnd = utf8Offset(ofScalar: scalarOffset)
    if isASCII { return byteEnd }
    // Scalars outside the Basic Multilingual Plane take two UTF-16 units and
    // four UTF-8 bytes; count them up to the offset.
    var supplementary = 0
    var byte = 0
    while byte < byteEnd {
      let lead = utf8[byte]
      if lead >= 0xF0 { supplementary += 1 }
      byte += Self.leadLength(lead)
    }
    return scalarOffset + supplementary
  }

  /// The scalar offset at UTF-16 code unit offset `utf16Offset`, the inverse
  /// of ``utf16Offset(ofScalar:)``.
  ///
  /// Returns `nil` when the offset is negative, past the end of the text, or
  /// falls between the two halves of a surrogate pair (inside a scalar
  /// outside the Basic Multilingual Plane), which no scalar offset can name.
  public func scalarOffset(ofUTF16 utf16Offset: Int) -> Int? {
    guard utf16Offset >= 0 else { return nil }
    if isASCII { return utf16Offset <= scalarCount ? utf16Offset : nil }
    var units = 0
    var scalar = 0
    var byte = 0
    while units < utf16Offset {
      guard byte < utf8.count else { return nil }
      let lead = utf8[byte]
      units += lead >= 0xF0 ? 2 : 1
      byte += Self.leadLength(lead)
      scalar += 1
    }
    return units == utf16Offset ? scalar : nil
  }

  /// The number of UTF-16 code units in the text.
  public var utf16Count: Int { utf16Offset(ofScalar: scalarCount) }

  /// The UTF-8 byte ranges of scalar ranges sorted by position (such as a
  /// tokenization), converted in one pass over the text instead of one
  /// lookup per offset.
  public func utf8Ranges(of ranges: [Range<Int>]) -> [Range<Int>] {
    if isASCII { return ranges }
    var result: [Range<Int>] = []
    result.reserveCapacity(ranges.count)
    var scalar = 0
    var byte = 0
    func advance(to target: Int) {
      if target < scalar {
        byte = utf8Offset(ofScalar: target)
        scalar = target
      }
      while scalar < target {
        byte += Self.leadLength(utf8[byte])
        scalar += 1
      }
    }
    for range in ranges {
      advance(to: range.lowerBound)
      let lower = byte
      advance(to: range.upperBound)
      result.append(lower..<byte)
    }
    return result
  }

  /// The scalar at `scalarOffset`.
  public func scalar(at scalarOffset: Int) -> Unicode.Scalar {
    let byte = utf8Offset(ofScalar: scalarOffset)
    return Self.decode(utf8, at: byte)
  }

  /// The text covered by a scalar range.
  public func text(in range: Range<Int>) -> String {
    let lower = utf8Offset(ofScalar: range.lowerBound)
    let upper = utf8Offset(ofScalar: range.upperBound)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }

  /// The number of bytes in a UTF-8 sequence that starts with `lead`.
  @inline(__always)
  static func leadLength(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  /// Decodes the well-formed scalar starting at `index`.
  @inline(__always)
  static func decode(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar {
    let lead = UInt32(bytes[index])
    let value: UInt32
    switch leadLength(bytes[index]) {
    case 1: value = lead
    case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
    case 3:
      value =
        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
        | UInt32(bytes[index + 2] & 0x3F)
    default:
      value =
        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Checks the multi-byte sequence at `index` and returns its length.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) throws(TextDecodingError) -> Int {
    let lead = bytes[index]
    let length: Int
    var lowerSecond: UInt8 = 0x80
    var upperSecond: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowerSecond = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upperSecond = 0x9F  // no surrogates
    case 0xF0:
      length = 4
      lowerSecond = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upperSecond = 0x8F  // nothing above U+10FFFF
    default: throw TextDecodingError(byteOffset: index, reason: .invalidLeadByte(lead))
    }
    // Check the bytes that are there before complaining that some are
    // missing, so `E2 41` is a bad continuation (as Python reports it), not
    // a truncated sequence.
    for offset in 1..<length {
      guard index + offset < bytes.count else {
        throw TextDecodingError(byteOffset: index, reason: .truncatedSequence)
      }
      let byte = bytes[index + offset]
      let valid = offset == 1 ? (byte >= lowerSecond && byte <= upperSecond) : (byte & 0xC0 == 0x80)
      guard valid else {
        throw TextDecodingError(byteOffset: index, reason: .invalidContinuation(byte))
      }
    }
    return length
  }
}
