import GlossCore
import Testing

@Suite struct SourceTextTests {
  // "a😀e\u{301}b": in Python, len() is 5; UTF-8 offsets of the scalars are
  // 0, 1, 5, 6, 8 (9 bytes); UTF-16 offsets 0, 1, 3, 4, 5 (6 units).
  private let mixed = SourceText("a😀e\u{301}b")

  @Test func countsScalars() {
    #expect(mixed.scalarCount == 5)
    #expect(mixed.utf8.count == 9)
    #expect(!mixed.isASCII)
    #expect(SourceText("plain").isASCII)
  }

  @Test func convertsScalarOffsets() {
    #expect((0...5).map { mixed.utf8Offset(ofScalar: $0) } == [0, 1, 5, 6, 8, 9])
    #expect((0...5).map { mixed.utf16Offset(ofScalar: $0) } == [0, 1, 3, 4, 5, 6])
    #expect([0, 1, 5, 6, 8, 9].map { mixed.scalarOffset(ofUTF8: $0) } == [0, 1, 2, 3, 4, 5])
  }

  @Test func convertsUTF16OffsetsBackToScalars() {
    #expect([0, 1, 3, 4, 5, 6].map { mixed.scalarOffset(ofUTF16: $0) } == [0, 1, 2, 3, 4, 5])
    // Between the two halves of the emoji's surrogate pair, and past the end.
    #expect(mixed.scalarOffset(ofUTF16: 2) == nil)
    #expect(mixed.scalarOffset(ofUTF16: 7) == nil)
    #expect(mixed.scalarOffset(ofUTF16: -1) == nil)
    #expect(mixed.utf16Count == 6)
    let curly = SourceText("“Zoë” — 👩‍👩‍👧 met Bob")
    #expect(curly.scalarOffset(ofUTF16: curly.utf16Offset(ofScalar: 15)) == 15)
    #expect(SourceText("abc").scalarOffset(ofUTF16: 3) == 3)
    #expect(SourceText("abc").scalarOffset(ofUTF16: 4) == nil)
  }

  @Test func readsScalarsAndSlices() {
    #expect(mixed.scalar(at: 1) == "😀")
    #expect(mixed.scalar(at: 3) == "\u{301}")
    #expect(mixed.text(in: 2..<4) == "e\u{301}")
    #expect(mixed.text(in: 1..<2) == "😀")
    #expect(mixed.string == "a😀e\u{301}b")
    #expect(mixed.range == 0..<5)
  }

  @Test func convertsPastManyCheckpoints() {
    // 200 two-byte scalars, a four-byte one, then ASCII: crosses several
    // checkpoints (one every 64 scalars).
    let text = SourceText(String(repeating: "é", count: 200) + "😀" + "xyz")
    #expect(text.scalarCount == 204)
    #expect(text.utf8Offset(ofScalar: 130) == 260)
    #expect(text.utf8Offset(ofScalar: 201) == 404)
    #expect(text.utf16Offset(ofScalar: 201) == 202)
    #expect(text.scalarOffset(ofUTF8: 404) == 201)
    #expect(text.scalarOffset(ofUTF8: 128) == 64)
    #expect(text.text(in: 199..<202) == "é😀x")
  }

  @Test func acceptsWellFormedUTF8AndKeepsTheBOM() throws {
    let text = try SourceText(validatingUTF8: [0xEF, 0xBB, 0xBF, 0x41, 0xF4, 0x8F, 0xBF, 0xBF])
    #expect(text.scalarCount == 3)
    #expect(text.scalar(at: 0) == "\u{FEFF}")
    #expect(text.scalar(at: 2) == "\u{10FFFF}")
  }

  // Python: bytes(...).decode("utf-8") reports the same positions.
  @Test(
    arguments: [
      ([0x41, 0xC0, 0x80], 1, TextDecodingError.Reason.invalidLeadByte(0xC0)),  // overlong 2-byte
      ([0xE0, 0x80, 0x80], 0, .invalidContinuation(0x80)),  // overlong 3-byte
      ([0xF0, 0x80, 0x80, 0x80], 0, .invalidContinuation(0x80)),  // overlong 4-byte
      ([0x61, 0xED, 0xA0, 0x80], 1, .invalidContinuation(0xA0)),  // surrogate U+D800
      ([0xF4, 0x90, 0x80, 0x80], 0, .invalidContinuation(0x90)),  // above U+10FFFF
      ([0x61, 0xE2, 0x82], 1, .truncatedSequence),  // truncated €
      ([0x61, 0xE2, 0x41, 0x41], 1, .invalidContinuation(0x41)),
      ([0x61, 0xE2, 0x41], 1, .invalidContinuation(0x41)),
      ([0x61, 0x80], 1, .invalidLeadByte(0x80)),  // lone continuation
      ([0x61, 0xFF], 1, .invalidLeadByte(0xFF)),
    ] as [([UInt8], Int, TextDecodingError.Reason)])
  func rejectsIllFormedUTF8(bytes: [UInt8], offset: Int, reason: TextDecodingError.Reason) {
    #expect(throws: TextDecodingError(byteOffset: offset, reason: reason)) {
      try SourceText(validatingUTF8: bytes)
    }
  }

  @Test func describesErrors() {
    let error = TextDecodingError(byteOffset: 7, reason: .invalidLeadByte(0xC0))
    #expect(error.description == "invalid UTF-8 at byte 7: byte 0xC0 cannot start a character")
  }
}
