extension SourceText {
  /// The distinct spellings in the text of `needle` when case and accents
  /// are ignored (`Viktor Orban` finds `Viktor Orbán`, `north korea` finds
  /// `North Korea`), most frequent first, at most `limit` of them.
  ///
  /// It is meant for the hint of an error, when the exact text was not found:
  /// it folds the whole text, so it costs a pass over it.
  public func looseSpellings(of needle: String, limit: Int = 3) -> [String] {
    let pattern = needle.unicodeScalars.flatMap(Self.folded)
    guard !pattern.isEmpty else { return [] }
    // The folded text, and for each folded scalar the offset it came from.
    var folded: [Unicode.Scalar] = []
    var origin: [Int] = []
    folded.reserveCapacity(scalarCount)
    origin.reserveCapacity(scalarCount)
    var offset = 0
    for scalar in string.unicodeScalars {
      for part in Self.folded(scalar) {
        folded.append(part)
        origin.append(offset)
      }
      offset += 1
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    var index = 0
    while index + pattern.count <= folded.count {
      if folded[index] == pattern[0] && folded[index..<index + pattern.count].elementsEqual(pattern) {
        let last = index + pattern.count - 1
        var end = origin[last] + 1
        // Take along combining marks that followed the last scalar.
        while end < scalarCount, scalar(at: end).properties.generalCategory == .nonspacingMark { end += 1 }
        let spelling = text(in: origin[index]..<end)
        if counts[spelling] == nil { order.append(spelling) }
        counts[spelling, default: 0] += 1
        index += pattern.count
      } else {
        index += 1
      }
    }
    let ranked = order.enumerated().sorted {
      (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset)
    }
    return ranked.prefix(limit).map(\.element).filter { $0 != needle }
  }

  /// A scalar without case or accents: lower-cased, a Latin letter with
  /// marks reduced to its base letter (`Á` → `a`), combining marks dropped.
  static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if scalar.isASCII {
      let value = scalar.value
      return [value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar]
    }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark { return [] }
    // "LATIN CAPITAL LETTER A WITH ACUTE" → "a".
    if let name = properties.name, name.hasPrefix("LATIN "), let with = name.firstRange(of: " WITH ") {
      let head = name[..<with.lowerBound].split(separator: " ")
      if head.count == 4, head[2] == "LETTER", let letter = head[3].unicodeScalars.first, head[3].count == 1 {
        return [Unicode.Scalar(letter.value | 0x20)!]
      }
    }
    return Array(properties.lowercaseMapping.unicodeScalars)
  }
}
