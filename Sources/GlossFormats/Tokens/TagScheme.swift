/// How token tags mark where a span begins and ends: the schemes of the
/// CoNLL shared tasks and of the training tools that read them.
public enum TagScheme: String, Sendable, Hashable, CaseIterable {
  /// As the original CoNLL-2003 files: `I-` inside a name, `B-` only on the
  /// first token of a name that directly follows a name of the same type.
  case iob1
  /// BIO: every name starts with `B-`, continues with `I-` (the default).
  case iob2
  /// `B-` begin, `I-` inside, `E-` end, `S-` single-token name.
  case bioes

  /// The tags of one sentence of `count` tokens holding `spans`: token index
  /// ranges with their types, sorted and not overlapping.
  public func tags(count: Int, spans: [(tokens: Range<Int>, type: String)]) -> [String] {
    var tags = Array(repeating: "O", count: count)
    var previousEnd = -1
    var previousType = ""
    for (tokens, type) in spans {
      for index in tokens {
        let prefix: String
        switch self {
        case .iob2:
          prefix = index == tokens.lowerBound ? "B" : "I"
        case .iob1:
          let follows = tokens.lowerBound == previousEnd && previousType == type
          prefix = index == tokens.lowerBound && follows ? "B" : "I"
        case .bioes:
          if tokens.count == 1 {
            prefix = "S"
          } else if index == tokens.lowerBound {
            prefix = "B"
          } else if index == tokens.upperBound - 1 {
            prefix = "E"
          } else {
            prefix = "I"
          }
        }
        tags[index] = prefix + "-" + type
      }
      previousEnd = tokens.upperBound
      previousType = type
    }
    return tags
  }

  /// The spans (token index ranges and types) that the tags of one sentence
  /// mark, read leniently so IOB1, IOB2 and BIOES all decode: a `B-` or `S-`
  /// always starts a span, an `I-` or `E-` starts one unless it continues a
  /// span of the same type, and `E-`/`S-` end one.
  ///
  /// - Returns: the spans, or the index of the first tag that is not `O` or
  ///   `P-TYPE` with `P` one of `B I E S`.
  public static func spans(in tags: [String]) -> Result<[(tokens: Range<Int>, type: String)], TagError> {
    var spans: [(tokens: Range<Int>, type: String)] = []
    var open: (start: Int, type: String)?
    func close(at end: Int) {
      if let current = open { spans.append((current.start..<end, current.type)) }
      open = nil
    }
    for (index, tag) in tags.enumerated() {
      if tag == "O" {
        close(at: index)
        continue
      }
      let parts = tag.split(separator: "-", maxSplits: 1)
      guard parts.count == 2, let prefix = parts.first, ["B", "I", "E", "S"].contains(prefix), !parts[1].isEmpty else {
        return .failure(TagError(index: index, tag: tag))
      }
      let type = String(parts[1])
      let continues = open?.type == type && (prefix == "I" || prefix == "E")
      if !continues {
        close(at: index)
        open = (index, type)
      }
      if prefix == "E" || prefix == "S" { close(at: index + 1) }
    }
    close(at: tags.count)
    return .success(spans)
  }

  /// A tag that is not `O` or `B|I|E|S-TYPE`.
  public struct TagError: Error, Sendable, Hashable {
    /// The tag's index in its sentence.
    public var index: Int
    /// The tag.
    public var tag: String
  }
}
