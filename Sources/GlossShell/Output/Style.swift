/// Whether and how output is coloured.
///
/// The front end decides: colour on a terminal, off for pipes and files and
/// whenever `NO_COLOR` is set (https://no-color.org), or forced either way.
public struct Style: Sendable {
  /// Whether escape sequences are written at all.
  public var isEnabled: Bool

  /// A style that colours when `isEnabled`.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// No colour: files, pipes, notebooks.
  public static let plain = Style(isEnabled: false)

  /// `text` in bold.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// `text` dimmed, for secondary information.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// `text` in italics, for suggestions not yet reviewed.
  func italic(_ text: String) -> String { wrap(text, "3") }
  /// `text` struck through, for rejected suggestions.
  func struck(_ text: String) -> String { wrap(text, "9") }
  /// `text` in red, for errors and removals.
  func red(_ text: String) -> String { wrap(text, "31") }
  /// `text` in green, for additions.
  func green(_ text: String) -> String { wrap(text, "32") }
  /// `text` in yellow, for warnings.
  func yellow(_ text: String) -> String { wrap(text, "33") }

  /// `text` highlighted in the colour of `label` (stable across runs).
  func highlight(_ text: String, label: String) -> String {
    guard isEnabled else { return text }
    let palette = ["30;46", "30;43", "30;42", "30;45", "30;44", "30;41", "30;106", "30;103", "30;102", "30;105"]
    var hash: UInt32 = 2_166_136_261
    for byte in label.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return wrap(text, palette[Int(hash % UInt32(palette.count))])
  }

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
