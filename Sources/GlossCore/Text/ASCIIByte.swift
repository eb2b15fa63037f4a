/// Tests and case mapping of single UTF-8 bytes that are ASCII, for code
/// that reads words in place in a byte buffer (every byte of a multi-byte
/// UTF-8 sequence is 0x80 or above, so none of them is mistaken for ASCII).
package enum ASCIIByte {
  /// The lower-case letter of an ASCII capital; any other byte unchanged.
  @inline(__always)
  package static func lowercased(_ byte: UInt8) -> UInt8 {
    isUppercase(byte) ? byte | 0x20 : byte
  }

  /// The capital of an ASCII lower-case letter; any other byte unchanged.
  @inline(__always)
  package static func uppercased(_ byte: UInt8) -> UInt8 {
    isLowercase(byte) ? byte & ~0x20 : byte
  }

  /// Whether `byte` is an ASCII capital, `A` to `Z`.
  @inline(__always)
  package static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// Whether `byte` is an ASCII lower-case letter, `a` to `z`.
  @inline(__always)
  package static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// Whether `byte` is an ASCII digit, `0` to `9`.
  @inline(__always)
  package static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Whether `byte` is an English vowel letter, in lower case.
  @inline(__always)
  package static func isVowel(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
      || byte == UInt8(ascii: "u")
  }

  /// Whether `byte` is not ASCII: a byte of a multi-byte UTF-8 sequence.
  @inline(__always)
  package static func isNonASCII(_ byte: UInt8) -> Bool { byte >= 0x80 }
}
