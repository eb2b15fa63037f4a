import GlossCore

/// A KWIC (key word in context) concordance: each match with its left and
/// right context, ready to print aligned.
public struct Concordance: Sendable {
  /// How much context to show.
  public enum Width: Sendable, Hashable {
    /// This many tokens on each side.
    case tokens(Int)
    /// This many characters (Unicode scalars) on each side.
    case characters(Int)
  }

  /// The orders lines can be sorted in.
  public enum Order: String, Sendable, Hashable, CaseIterable {
    /// Document order.
    case doc
    /// By the matched text (case-insensitively).
    case match
    /// By the left context, read right to left from the match.
    case left
    /// By the right context.
    case right
  }

  /// One line of the concordance.
  public struct Line: Sendable, Hashable {
    /// The match.
    public var match: QueryMatch
    /// The document id.
    public var documentID: String
    /// The left context (newlines shown as spaces).
    public var left: String
    /// The matched text.
    public var keyword: String
    /// The right context.
    public var right: String
  }

  /// The lines.
  public var lines: [Line]

  /// The concordance of `matches` over `index`'s tokens.
  public init(matches: [QueryMatch], corpus: Corpus, index: CorpusIndex, width: Width, order: Order = .doc) {
    lines = matches.map { match in
      let document = corpus.documents[Int(match.document)]
      let text = document.text
      let entry = index.documents[Int(match.document)]
      var leftStart: Int
      var rightEnd: Int
      switch width {
      case .characters(let count):
        leftStart = max(0, Int(match.start) - count)
        rightEnd = min(text.scalarCount, Int(match.end) + count)
      case .tokens(let count):
        let first = Int(entry.firstToken)
        let end = first + Int(entry.tokenCount)
        // First token ending after the match start, and first token starting at or after its end.
        var low = first
        var high = end
        while low < high {
          let middle = (low + high) / 2
          if index.tokenEnd(middle) <= match.start { low = middle + 1 } else { high = middle }
        }
        let before = max(first, low - count)
        leftStart = before < low ? Int(index.tokenStarts[before]) : Int(match.start)
        low = first
        high = end
        while low < high {
          let middle = (low + high) / 2
          if index.tokenStarts[middle] < match.end { low = middle + 1 } else { high = middle }
        }
        let after = min(end, low + count)
        rightEnd = after > low ? Int(index.tokenEnd(after - 1)) : Int(match.end)
      }
      leftStart = min(leftStart, Int(match.start))
      rightEnd = max(rightEnd, Int(match.end))
      return Line(
        match: match, documentID: document.id,
        left: Self.flatten(text.text(in: leftStart..<Int(match.start))),
        keyword: Self.flatten(text.text(in: match.range)),
        right: Self.flatten(text.text(in: Int(match.end)..<rightEnd)))
    }
    sort(by: order)
  }

  /// Sorts the lines (stably; ties stay in document order).
  public mutating func sort(by order: Order) {
    func key(_ line: Line) -> String {
      switch order {
      case .doc: return ""
      case .match: return line.keyword.lowercased()
      case .left: return String(line.left.lowercased().trimmingSuffixSpaces.reversed())
      case .right: return line.right.lowercased().trimmingPrefixSpaces
      }
    }
    guard order != .doc else {
      lines.sort { $0.match < $1.match }
      return
    }
    let keyed = lines.enumerated().map { (key($0.element), $0.offset, $0.element) }
    lines = keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.2)
  }

  /// Newlines and tabs as spaces, so a line stays one line.
  static func flatten(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
  }
}

extension String {
  fileprivate var trimmingSuffixSpaces: String {
    var scalars = Array(unicodeScalars)
    while scalars.last == " " { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  fileprivate var trimmingPrefixSpaces: String {
    String(String.UnicodeScalarView(unicodeScalars.drop { $0 == " " }))
  }
}
