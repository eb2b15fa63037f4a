import GlossCore

extension WordClusters {
  /// The sentences of a plain text (UTF-8), tokenized with the Universal
  /// Dependencies conventions (``Tokenizer/universalDependencies``).
  public static func sentences(plainText bytes: [UInt8]) -> [TokenSequence] {
    let text = SourceText(String(decoding: bytes, as: UTF8.self))
    let tokenization = Tokenizer.universalDependencies.tokenize(text)
    var result: [TokenSequence] = []
    result.reserveCapacity(tokenization.sentences.count)
    var next = 0
    for sentence in tokenization.sentences {
      var ranges: [Range<Int>] = []
      while next < tokenization.tokens.count && tokenization.tokens[next].lowerBound < sentence.upperBound {
        let token = tokenization.tokens[next]
        ranges.append(text.utf8Offset(ofScalar: token.lowerBound)..<text.utf8Offset(ofScalar: token.upperBound))
        next += 1
      }
      guard let first = ranges.first, let last = ranges.last else { continue }
      let base = first.lowerBound
      result.append(
        TokenSequence(
          bytes: Array(text.utf8[base..<last.upperBound]),
          tokens: ranges.map { ($0.lowerBound - base)..<($0.upperBound - base) }))
    }
    return result
  }

  /// The glosses of a WordNet 3.0 data file (`data.noun` and the like, in
  /// the format of `wndb(5WN)`): the text after `| ` on each synset line,
  /// cut at `;` into the definition and its example sentences (quotes
  /// dropped), each tokenized like ``sentences(plainText:)``. License lines,
  /// which start with a space, are skipped.
  public static func sentences(wordNetData bytes: [UInt8]) -> [TokenSequence] {
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count / 2)
    var lineStart = 0
    while lineStart < bytes.count {
      var end = lineStart
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      if bytes[lineStart] != 0x20, var bar = bytes[lineStart..<end].firstIndex(of: UInt8(ascii: "|")) {
        bar += 1
        for byte in bytes[bar..<end] {
          switch byte {
          case UInt8(ascii: ";"): text.append(0x0A)
          case UInt8(ascii: "\""): continue
          default: text.append(byte)
          }
        }
        text.append(0x0A)
      }
      lineStart = end + 1
    }
    // One line per definition or example: sentences never cross lines.
    var result: [TokenSequence] = []
    var start = 0
    var batch: [UInt8] = []
    while start < text.count {
      var end = start
      while end < text.count && text[end] != 0x0A { end += 1 }
      batch = Array(text[start..<end])
      result += sentences(plainText: batch)
      start = end + 1
    }
    return result
  }
}
