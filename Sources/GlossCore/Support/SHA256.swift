/// An incremental SHA-256 hasher (FIPS 180-4), written in plain Swift.
///
/// Gloss uses it to fingerprint corpus files and snapshots without pulling in
/// a crypto library. Feed bytes with `update` in as many pieces as convenient,
/// then call `finalize()` for the 32-byte digest.
package struct SHA256 {
  /// The eight 32-bit working hash values, H0 through H7.
  private var state: State = State()
  /// Bytes received but not yet compressed: always fewer than 64.
  private var pending: [UInt8]
  /// The total number of bytes fed so far.
  private var byteCount: UInt64 = 0

  /// Creates a hasher with the standard initial hash value.
  package init() {
    pending = []
    pending.reserveCapacity(SHA256.blockSize)
  }

  /// Feeds `bytes` into the hash.
  ///
  /// Whole 64-byte blocks are compressed straight from `bytes`; only a
  /// partial block at either end is copied into the internal buffer.
  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    byteCount &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(SHA256.blockSize - pending.count, bytes.count)
      pending.append(contentsOf: bytes[0..<take])
      offset = take
      guard pending.count == SHA256.blockSize else { return }
      pending.withUnsafeBytes { SHA256.compress(&state, blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let remaining = bytes.count - offset
    let whole = remaining - remaining % SHA256.blockSize
    if whole > 0 {
      SHA256.compress(
        &state,
        blocks: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + whole)])
      )
      offset += whole
    }
    if offset < bytes.count {
      pending.append(contentsOf: bytes[offset...])
    }
  }

  /// Feeds `bytes` into the hash.
  package mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Returns the 32-byte digest of everything fed so far.
  ///
  /// The hasher itself is left unchanged, so more bytes can still be added
  /// to compute the digest of a longer message.
  package func finalize() -> [UInt8] {
    var copy = self
    let bitLength = byteCount &* 8
    var padding: [UInt8] = [0x80]
    let used = (pending.count + 1) % SHA256.blockSize
    let zeros = used <= 56 ? 56 - used : SHA256.blockSize + 56 - used
    padding.append(contentsOf: repeatElement(0, count: zeros))
    for shift in stride(from: 56, through: 0, by: -8) {
      padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    let savedCount = copy.byteCount
    copy.update(padding)
    copy.byteCount = savedCount
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in copy.state.words {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// Returns the SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
  package static func hexDigest(of bytes: [UInt8]) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in hasher.finalize() {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  // MARK: - Compression

  /// The size of one message block in bytes.
  private static let blockSize = 64

  /// The working hash values H0 through H7.
  private struct State {
    var a: UInt32 = 0x6a09_e667
    var b: UInt32 = 0xbb67_ae85
    var c: UInt32 = 0x3c6e_f372
    var d: UInt32 = 0xa54f_f53a
    var e: UInt32 = 0x510e_527f
    var f: UInt32 = 0x9b05_688c
    var g: UInt32 = 0x1f83_d9ab
    var h: UInt32 = 0x5be0_cd19

    var words: [UInt32] { [a, b, c, d, e, f, g, h] }
  }

  /// The round constants: the first 32 bits of the fractional parts of the
  /// cube roots of the first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7,
    0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc,
    0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351,
    0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e,
    0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585,
    0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f,
    0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Rotates `x` right by `n` bits (0 < n < 32).
  @inline(__always)
  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x >> n) | (x << (32 - n))
  }

  /// Compresses every whole 64-byte block of `blocks` into `state`.
  ///
  /// The message schedule lives in one stack allocation shared by all blocks.
  private static func compress(_ state: inout State, blocks: UnsafeRawBufferPointer) {
    let blockCount = blocks.count / blockSize
    guard blockCount > 0 else { return }
    roundConstants.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for block in 0..<blockCount {
          let base = block * blockSize
          for t in 0..<16 {
            w[t] = UInt32(
              bigEndian: blocks.loadUnaligned(fromByteOffset: base + t * 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = w[t - 15]
            let y = w[t - 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
          }
          var a = state.a
          var b = state.b
          var c = state.c
          var d = state.d
          var e = state.e
          var f = state.f
          var g = state.g
          var h = state.h
          for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            h = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ t2
          }
          state.a &+= a
          state.b &+= b
          state.c &+= c
          state.d &+= d
          state.e &+= e
          state.f &+= f
          state.g &+= g
          state.h &+= h
        }
      }
    }
  }
}
