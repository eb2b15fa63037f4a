/// How many terminal columns text takes, for aligning tables, completion
/// lists, carets under errors and progress bars.
///
/// The widths come from Unicode properties, not from `wcwidth(3)`, so they
/// are the same in every locale (in the "C" locale `wcwidth` knows no
/// character beyond ASCII) and on every platform.
public enum DisplayWidth {
  /// The first scalar past the C0 controls.
  private static let firstPrintable: UInt32 = 0x20
  /// DEL and the C1 controls, which take no column.
  private static let controls: Range<UInt32> = 0x7F..<0xA0
  /// Below the combining diacritical marks every printable scalar is narrow.
  private static let firstCombiningMark: UInt32 = 0x300
  /// The columns of a wide character.
  private static let wideColumns = 2

  /// The columns `text` takes on a terminal: wide East Asian characters and
  /// emoji take two, combining marks, format characters (such as the zero
  /// width joiner) and controls none, everything else one.
  public static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The columns one scalar takes (0, 1 or 2), as ``of(_:)-(String)``
  /// counts them.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < firstPrintable || controls.contains(value) { return 0 }
    if value < firstCombiningMark { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation { return wideColumns }
    // East Asian wide and fullwidth blocks: Hangul Jamo, CJK radicals to
    // Yi, Hangul syllables, compatibility ideographs, vertical and small
    // forms, fullwidth forms, CJK extensions B and beyond.
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return wideColumns
    default:
      return 1
    }
  }
}
