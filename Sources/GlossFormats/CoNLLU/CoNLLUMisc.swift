/// Reading the `Key=Value|…` lists of the MISC column.
enum CoNLLUMisc {
  /// Whether `item` is one of the `|`-separated items of `misc`.
  static func contains(_ item: String, in misc: String) -> Bool {
    if misc == "_" { return false }
    return misc.utf8.split(separator: UInt8(ascii: "|")).contains { $0.elementsEqual(item.utf8) }
  }
}
