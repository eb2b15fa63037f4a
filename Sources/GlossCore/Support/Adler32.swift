/// The Adler-32 checksum of RFC 1950, which closes a zlib stream.
package enum Adler32 {
  /// The modulus of both sums.
  private static let modulus: UInt32 = 65_521
  /// How many bytes can be summed before the sums must be reduced (zlib's NMAX).
  private static let blockLength = 5_552

  /// The checksum of `bytes`.
  package static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var low: UInt32 = 1
    var high: UInt32 = 0
    var index = 0
    while index < bytes.count {
      let end = min(bytes.count, index + blockLength)
      while index < end {
        low &+= UInt32(bytes[index])
        high &+= low
        index += 1
      }
      low %= modulus
      high %= modulus
    }
    return high << 16 | low
  }
}
