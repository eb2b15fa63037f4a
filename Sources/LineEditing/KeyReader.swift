#if canImport(Glibc)
  import Glibc
#endif

/// Reads single keys from a terminal, for one-key prompts such as the
/// shell's `review` (`a` accept, `r` reject…).
///
/// The terminal is switched to raw mode (no line buffering, no echo, and
/// Ctrl-C arriving as a key rather than a signal) only while a key is being
/// read, and its previous mode is restored before ``readKey()`` returns —
/// also when the key was Ctrl-C — so the terminal is never left raw.
public final class KeyReader {
  /// A key, or why there is none.
  public enum Key: Sendable, Hashable {
    /// A typed character.
    case character(Character)
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D, or the end of input.
    case endOfInput
  }

  private let descriptor: Int32

  /// A reader on `fileDescriptor`, or `nil` when it is not a terminal.
  public init?(fileDescriptor: Int32 = STDIN_FILENO) {
    guard isatty(fileDescriptor) == 1 else { return nil }
    descriptor = fileDescriptor
  }

  /// Blocks until a key is pressed and returns it.
  public func readKey() -> Key {
    var saved = termios()
    guard tcgetattr(descriptor, &saved) == 0 else { return .endOfInput }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    // TCSANOW/TCSADRAIN, not TCSAFLUSH: keys typed ahead (a quick "a a a"
    // through a review) stay in the input queue instead of being discarded.
    guard tcsetattr(descriptor, TCSANOW, &raw) == 0 else { return .endOfInput }
    defer { tcsetattr(descriptor, TCSADRAIN, &saved) }
    guard let lead = readByte() else { return .endOfInput }
    switch lead {
    case 0x03: return .interrupt
    case 0x04: return .endOfInput
    case 0x0D: return .character("\n")
    default: break
    }
    // A multi-byte UTF-8 character: read its continuation bytes.
    var bytes = [lead]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    while bytes.count < length, let next = readByte() { bytes.append(next) }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.first.map { .character($0) } ?? .endOfInput
  }

  private func readByte() -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let count = read(descriptor, &byte, 1)
      if count == 1 { return byte }
      if count < 0 && errno == EINTR { continue }
      return nil
    }
  }
}
