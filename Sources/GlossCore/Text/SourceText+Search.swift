extension SourceText {
  /// The scalar ranges of every non-overlapping occurrence of `needle`, in
  /// text order.
  ///
  /// Matching is exact (bytewise on UTF-8, which for valid text is the same
  /// as scalar by scalar), so it finds what the user quoted and nothing else.
  public func ranges(of needle: String) -> [Range<Int>] {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, pattern.count <= utf8.count else { return [] }
    var result: [Range<Int>] = []
    let first = pattern[0]
    var byte = 0
    let lastStart = utf8.count - pattern.count
    while byte <= lastStart {
      if utf8[byte] == first && utf8[byte..<byte + pattern.count].elementsEqual(pattern) {
        let start = scalarOffset(ofUTF8: byte)
        result.append(start..<scalarOffset(ofUTF8: byte + pattern.count))
        byte += pattern.count
      } else {
        byte += 1
      }
    }
    return result
  }
}
