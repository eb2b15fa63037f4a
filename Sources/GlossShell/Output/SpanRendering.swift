import GlossCore

/// Draws a document's text with its spans marked inline: `[` where a span
/// opens and `]LABEL` where it closes, nested spans inside outer ones, each in
/// its label's colour on a terminal.
///
/// A suggestion not yet reviewed closes with `]LABEL?` and is in italics, a
/// rejected one with `]LABEL✗` and struck through: the marks tell them from
/// accepted spans without colour.
public enum SpanRendering {
  /// The mark after the label of a span of `status`: `?` suggested, `✗`
  /// rejected, nothing for accepted.
  public static func statusMark(_ status: SpanStatus) -> String {
    switch status {
    case .accepted: return ""
    case .suggested: return "?"
    case .rejected: return "✗"
    }
  }

  /// `text` styled for a span of `status`: italics for a suggestion, struck
  /// through when rejected.
  static func styled(_ text: String, status: SpanStatus, style: Style) -> String {
    switch status {
    case .accepted: return text
    case .suggested: return style.italic(text)
    case .rejected: return style.struck(text)
    }
  }

  /// The text of `document` with `spans` marked.
  public static func markedText(_ text: SourceText, spans: [Span], style: Style) -> String {
    var opens: [Int: [Span]] = [:]
    var closes: [Int: [Span]] = [:]
    for span in spans {
      opens[span.start, default: []].append(span)
      closes[span.end, default: []].append(span)
    }
    var output = ""
    var open: [Span] = []
    var segmentStart = 0
    func flush(to offset: Int) {
      guard offset > segmentStart else { return }
      let segment = text.text(in: segmentStart..<offset)
      output +=
        open.last.map { styled(style.highlight(segment, label: $0.label), status: $0.status, style: style) } ?? segment
      segmentStart = offset
    }
    let boundaries = Set(opens.keys).union(closes.keys).sorted()
    for offset in boundaries {
      flush(to: offset)
      // Close innermost first, then open outermost first.
      for span in (closes[offset] ?? []).sorted(by: { $0.start > $1.start || ($0.start == $1.start && $0.end < $1.end) }
      ) {
        if let index = open.lastIndex(where: { $0.id == span.id }) { open.remove(at: index) }
        output += style.dim("]") + style.bold(span.label) + statusMark(span.status)
      }
      for span in (opens[offset] ?? []).sorted(by: Span.storageOrder) {
        output += style.dim("[")
        open.append(span)
      }
    }
    flush(to: text.scalarCount)
    return output
  }

  /// A table of spans: id, layer:label, offsets, status, annotator, text, attributes.
  public static func table(_ spans: [Span], text: SourceText) -> TextTable {
    var table = TextTable(
      ["id", "label", "start", "end", "status", "annotator", "text", "attributes"],
      alignments: [.left, .left, .right, .right, .left, .left, .left, .left])
    for span in spans {
      let attributes = span.attributes.keys.sorted().map { "\($0)=\(span.attributes[$0]!)" }.joined(separator: " ")
      table.append([
        span.id, span.qualifiedLabel, String(span.start), String(span.end), span.status.rawValue, span.annotator,
        oneLine(text.text(in: span.range)), attributes,
      ])
    }
    return table
  }

  /// `text` with line breaks and tabs shown as spaces, for one-line cells.
  public static func oneLine(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
  }
}
