/// How Gloss spells CSV (RFC 4180), shared by every CSV writer: the span
/// export and the shell's tables and concordances.
///
/// A field that holds a comma, a double quote or a line break (LF or CR)
/// goes in double quotes with its quotes doubled; any other field is
/// written as it is, so plain tables stay readable.
package enum CSV {
  /// `value` as one CSV field, quoted when it must be.
  package static func field(_ value: String) -> String {
    guard value.unicodeScalars.contains(where: needsQuotes) else { return value }
    var quoted = String.UnicodeScalarView()
    quoted.append(quote)
    for scalar in value.unicodeScalars {
      if scalar == quote { quoted.append(quote) }
      quoted.append(scalar)
    }
    quoted.append(quote)
    return String(quoted)
  }

  /// `fields` as one CSV record, separated by commas, without a line end
  /// (the export ends records with CR LF, the shell with LF).
  package static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }

  /// The quote character.
  private static let quote: Unicode.Scalar = "\""

  /// Whether a field with `scalar` must be quoted.
  private static func needsQuotes(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == quote || scalar == "\n" || scalar == "\r"
  }
}
