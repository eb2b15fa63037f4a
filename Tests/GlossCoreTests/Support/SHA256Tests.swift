import Testing

@testable import GlossCore

@Suite struct SHA256Tests {
  private func hex(_ text: String) -> String {
    SHA256.hexDigest(of: Array(text.utf8))
  }

  @Test func standardVectors() {
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
      ) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test func oneMillionA() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    let digest = hasher.finalize()
    #expect(digest.count == 32)
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(
      SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == expected)
    #expect(hexString(digest) == expected)
  }

  @Test func updatesSplitAcrossBlockBoundaries() {
    // 200 bytes cover padding into one and two extra blocks at different split points.
    let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 200] {
      let prefix = Array(message[..<length])
      let whole = SHA256.hexDigest(of: prefix)
      for split in 0...length {
        var hasher = SHA256()
        hasher.update(Array(prefix[..<split]))
        hasher.update(Array(prefix[split...]))
        #expect(hexString(hasher.finalize()) == whole, "length \(length), split at \(split)")
      }
      var bytewise = SHA256()
      for byte in prefix { bytewise.update([byte]) }
      #expect(hexString(bytewise.finalize()) == whole)
    }
  }

  @Test func finalizeLeavesHasherUsable() {
    var hasher = SHA256()
    hasher.update(Array("ab".utf8))
    _ = hasher.finalize()
    hasher.update(Array("c".utf8))
    #expect(hexString(hasher.finalize()) == hex("abc"))
  }

  @Test func rawBufferUpdate() {
    var hasher = SHA256()
    Array("abc".utf8).withUnsafeBytes { hasher.update($0) }
    #expect(hexString(hasher.finalize()) == hex("abc"))
  }

  private func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }
}
