import GlossCore

/// A document's text as HTML with every span an element: spans nest as
/// elements do, and a span that crosses another's boundary is split into
/// fragments (marked `cut-end` / `cut-start`) that share its `data-id`.
public enum HTMLSpanMarkup {
  /// The order of layers when spans cover the same range: outermost first.
  static func layerRank(_ layer: String) -> Int {
    switch layer {
    case "clause": return 0
    case "entity": return 1
    case "time": return 2
    default: return 3
    }
  }

  /// The markup of `text` with `spans` of document `documentID`.
  static func markup(_ text: SourceText, spans: [Span], documentID: String) -> String {
    let spans = spans.filter { $0.start < $0.end && $0.end <= text.scalarCount }
    var starts: [Int: [Span]] = [:]
    var boundaries: Set<Int> = [0, text.scalarCount]
    for span in spans {
      starts[span.start, default: []].append(span)
      boundaries.insert(span.start)
      boundaries.insert(span.end)
    }
    let ordered = boundaries.sorted()
    var pieces: [String] = []
    // The open elements, outermost first, with the index of their opening tag.
    var stack: [(span: Span, tag: Int)] = []
    for (position, offset) in ordered.enumerated() {
      if let lowest = stack.firstIndex(where: { $0.span.end == offset }) {
        // Close everything from the top down to the lowest span ending here,
        // then reopen the ones that go on as new fragments.
        let above = stack[lowest...]
        var reopen: [Span] = []
        for entry in above.reversed() {
          pieces.append("</span>")
          if entry.span.end != offset {
            pieces[entry.tag] = openTag(
              entry.span, documentID: documentID, cutStart: pieces[entry.tag].contains(" cut-start"), cutEnd: true)
            reopen.insert(entry.span, at: 0)
          }
        }
        stack.removeSubrange(lowest...)
        for span in reopen {
          pieces.append(openTag(span, documentID: documentID, cutStart: true, cutEnd: false))
          stack.append((span, pieces.count - 1))
        }
      }
      let opening = (starts[offset] ?? []).sorted {
        ($0.end, layerRank($1.layer), $1.id) > ($1.end, layerRank($0.layer), $0.id)
      }
      for span in opening {
        pieces.append(openTag(span, documentID: documentID, cutStart: false, cutEnd: false))
        stack.append((span, pieces.count - 1))
      }
      if position + 1 < ordered.count {
        pieces.append(HTMLEscaping.escape(text.text(in: offset..<ordered[position + 1])))
      }
    }
    for _ in stack { pieces.append("</span>") }
    return pieces.joined()
  }

  /// The opening tag of `span` (or of one of its fragments).
  static func openTag(_ span: Span, documentID: String, cutStart: Bool, cutEnd: Bool) -> String {
    let attributes = span.attributes.keys.sorted().map { "\($0)=\(span.attributes[$0]!)" }.joined(separator: "; ")
    var classes = "sp ly-\(span.layer)"
    if cutStart { classes += " cut-start" }
    if cutEnd { classes += " cut-end" }
    var tag = "<span class=\"\(classes)\""
    let fields: [(String, String)] = [
      ("data-doc", documentID), ("data-id", span.id), ("data-layer", span.layer), ("data-label", span.label),
      ("data-start", String(span.start)), ("data-end", String(span.end)), ("data-status", span.status.rawValue),
      ("data-annotator", span.annotator), ("data-attrs", attributes),
    ]
    for (name, value) in fields { tag += " \(name)=\"\(HTMLEscaping.escape(value))\"" }
    if let value = span.attributes["value"] { tag += " data-value=\"\(HTMLEscaping.escape(value))\"" }
    let title =
      "\(span.qualifiedLabel) \(span.id) [\(span.start), \(span.end)) \(span.status.rawValue) by \(span.annotator)"
      + (attributes.isEmpty ? "" : " — \(attributes)")
    tag +=
      " title=\"\(HTMLEscaping.escape(title))\" style=\"--c:\(LabelPalette.color(layer: span.layer, label: span.label))\">"
    return tag
  }
}
