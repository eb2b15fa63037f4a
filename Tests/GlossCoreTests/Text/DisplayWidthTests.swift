import GlossCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Display width")
struct DisplayWidthTests {
  @Test("Display width counts columns, not bytes or scalars")
  func displayWidth() {
    #expect(DisplayWidth.of("") == 0)
    #expect(DisplayWidth.of("treaty") == 6)
    #expect(DisplayWidth.of("žluťoučký") == 9)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test("East Asian wide and fullwidth characters and emoji take two columns")
  func wideCharacters() {
    #expect(DisplayWidth.of("漢字") == 4)
    #expect(DisplayWidth.of("한국") == 4)
    #expect(DisplayWidth.of("カナ") == 4)
    #expect(DisplayWidth.of("ＡＢ") == 4)
    #expect(DisplayWidth.of("😀") == 2)
    #expect(DisplayWidth.of("a漢b") == 4)
  }

  @Test("Combining marks, format characters and controls take none")
  func zeroWidth() {
    #expect(DisplayWidth.of("\u{301}") == 0)
    #expect(DisplayWidth.of("\u{20DD}") == 0)  // combining enclosing circle
    #expect(DisplayWidth.of("\u{200B}") == 0)  // zero width space
    #expect(DisplayWidth.of("\u{200D}") == 0)  // zero width joiner
    #expect(DisplayWidth.of("\u{7}") == 0)
    #expect(DisplayWidth.of("\u{7F}") == 0)
    #expect(DisplayWidth.of("\u{85}") == 0)
    #expect(DisplayWidth.of("👩\u{200D}👧") == 4)
  }
}
