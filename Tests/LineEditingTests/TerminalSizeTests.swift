import Testing

@testable import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Terminal size")
struct TerminalSizeTests {
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
