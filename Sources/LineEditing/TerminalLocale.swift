#if canImport(Glibc)
  import Glibc
#endif

/// Puts the process's character-type locale into a UTF-8 mode.
///
/// libedit decodes keystrokes with the C library's multibyte functions. In the
/// default "C" locale it drops non-ASCII input, so an interactive session must
/// call ``configureForUTF8()`` before reading lines. Only `LC_CTYPE` is changed:
/// number and date formatting keep the "C" conventions.
public enum TerminalLocale {
  /// Selects the user's `LC_CTYPE` locale, falling back to `C.UTF-8`.
  ///
  /// First tries the locale named by the environment (`LC_ALL`, `LC_CTYPE`,
  /// `LANG`). If that locale is not installed, or its codeset is not UTF-8,
  /// switches to `C.UTF-8`. Safe to call more than once.
  ///
  /// - Returns: `true` when the resulting codeset is UTF-8.
  @discardableResult
  public static func configureForUTF8() -> Bool {
    if setlocale(LC_CTYPE, "") != nil, isUTF8 {
      return true
    }
    if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8 {
      return true
    }
    return setlocale(LC_CTYPE, "C.utf8") != nil && isUTF8
  }

  /// Whether the current `LC_CTYPE` codeset is UTF-8.
  public static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).lowercased()
    return name == "utf-8" || name == "utf8"
  }
}
