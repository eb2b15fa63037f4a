/// A document's bytes are not well-formed UTF-8.
///
/// Gloss never guesses an encoding or replaces bytes: the byte offset tells
/// the user exactly where to look (`xxd -s OFFSET -l 16 FILE`).
public struct TextDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Why a byte sequence was rejected.
  public enum Reason: Hashable, Sendable {
    /// A byte that cannot start a UTF-8 sequence.
    case invalidLeadByte(UInt8)
    /// A byte that should continue a sequence but does not, or makes it
    /// overlong, a surrogate, or larger than U+10FFFF.
    case invalidContinuation(UInt8)
    /// The text ends inside a multi-byte sequence.
    case truncatedSequence
  }

  /// The offset, in bytes from the start of the file, of the ill-formed sequence.
  public var byteOffset: Int
  /// What is wrong with it.
  public var reason: Reason

  /// Creates an error for the sequence at `byteOffset`.
  public init(byteOffset: Int, reason: Reason) {
    self.byteOffset = byteOffset
    self.reason = reason
  }

  /// The message a person reads.
  public var description: String {
    "invalid UTF-8 at byte \(byteOffset): \(explanation)"
  }

  /// What is wrong with the bytes, without their location (for messages
  /// that name the place themselves).
  public var explanation: String {
    switch reason {
    case .invalidLeadByte(let byte):
      return "byte 0x\(Self.hex(byte)) cannot start a character"
    case .invalidContinuation(let byte):
      return "byte 0x\(Self.hex(byte)) does not continue the character"
    case .truncatedSequence:
      return "the text ends in the middle of a character"
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
