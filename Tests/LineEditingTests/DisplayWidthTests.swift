import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import LineEditing

@Suite("Display width and terminal size")
struct DisplayWidthTests {
  @Test("Display width counts columns, not bytes or scalars")
  func displayWidth() {
    #expect(Terminal.displayWidth("") == 0)
    #expect(Terminal.displayWidth("treaty") == 6)
    #expect(Terminal.displayWidth("žluťoučký") == 9)
    #expect(Terminal.displayWidth("e\u{301}") == 1)
  }

  @Test("East Asian wide and fullwidth characters and emoji take two columns")
  func wideCharacters() {
    #expect(Terminal.displayWidth("漢字") == 4)
    #expect(Terminal.displayWidth("한국") == 4)
    #expect(Terminal.displayWidth("カナ") == 4)
    #expect(Terminal.displayWidth("ＡＢ") == 4)
    #expect(Terminal.displayWidth("😀") == 2)
    #expect(Terminal.displayWidth("a漢b") == 4)
  }

  @Test("Combining marks, format characters and controls take none")
  func zeroWidth() {
    #expect(Terminal.displayWidth(of: "\u{301}") == 0)
    #expect(Terminal.displayWidth(of: "\u{20DD}") == 0)  // combining enclosing circle
    #expect(Terminal.displayWidth(of: "\u{200B}") == 0)  // zero width space
    #expect(Terminal.displayWidth(of: "\u{200D}") == 0)  // zero width joiner
    #expect(Terminal.displayWidth(of: "\u{7}") == 0)
    #expect(Terminal.displayWidth(of: "\u{7F}") == 0)
    #expect(Terminal.displayWidth(of: "\u{85}") == 0)
    #expect(Terminal.displayWidth("👩\u{200D}👧") == 4)
  }

  @Test("Widths do not depend on the locale")
  func localeIndependent() {
    let before = String(cString: setlocale(LC_CTYPE, nil))
    defer { setlocale(LC_CTYPE, before) }
    setlocale(LC_CTYPE, "C")
    #expect(Terminal.displayWidth("漢字é") == 5)
    TerminalLocale.configureForUTF8()
    #expect(Terminal.displayWidth("漢字é") == 5)
  }

  @Test("A pipe is not a terminal and has no size")
  func sizeOfAPipe() {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    defer {
      close(descriptors[0])
      close(descriptors[1])
    }
    #expect(Terminal.size(of: descriptors[1]) == nil)
    #expect(Terminal.width(of: descriptors[1]) == nil)
    #expect(Terminal.height(of: descriptors[1]) == nil)
  }
}
