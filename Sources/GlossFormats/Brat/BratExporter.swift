import GlossCore

/// Writes brat standoff: a folder with `DOC.txt` (the text, byte for byte)
/// and `DOC.ann` for every document, and `annotation.conf` declaring the
/// labels and attributes.
///
/// Each span is a `T` line, `T1<TAB>LABEL START END<TAB>text`, with Unicode
/// scalar offsets (what brat's Python server counts); a span across a line
/// break is written as fragments `START END;START END` (brat's discontinuous
/// form, text joined by one space). Each attribute is an `A` line,
/// `A1<TAB>value T1 2024-06`. brat types are global, so layers are
/// recovered from the scheme on import (labels are unique across layers in
/// the standard scheme).
public struct BratExporter: SpanExporter {
  /// The corpus scheme, for `annotation.conf`.
  public var scheme: Scheme
  private var values: [String: Set<String>] = [:]

  /// Creates an exporter.
  public init(scheme: Scheme = .standard) {
    self.scheme = scheme
  }

  /// A folder.
  public var writesFolder: Bool { true }

  /// The two files of a document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let text = item.document.text
    var ann = ""
    var attributeNumber = 0
    for (index, span) in item.spans.enumerated() {
      let fragments = Self.fragments(of: span.range, in: text)
      let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
      let covered = fragments.map { text.text(in: $0) }.joined(separator: " ")
      ann += "T\(index + 1)\t\(span.label) \(offsets)\t\(covered)\n"
      for name in span.attributes.keys.sorted() {
        attributeNumber += 1
        let value = span.attributes[name]!
        values[name, default: []].insert(value)
        ann += "A\(attributeNumber)\t\(name) T\(index + 1) \(value)\n"
      }
    }
    return ExportOutput(chunks: [
      ExportChunk(file: item.document.id + ".txt", bytes: text.utf8),
      ExportChunk(file: item.document.id + ".ann", bytes: Array(ann.utf8)),
    ])
  }

  /// `annotation.conf`: every label of the scheme, and the attribute values used.
  public mutating func finish() -> [ExportChunk] {
    var conf = "[entities]\n"
    for layer in scheme.layers {
      conf += "# \(layer.name)\n"
      for label in layer.labels { conf += label.name + "\n" }
    }
    conf += "\n[relations]\n\n[events]\n\n[attributes]\n"
    for name in values.keys.sorted() {
      conf += "\(name)\tArg:<ENTITY>, Value:\(values[name]!.sorted().joined(separator: "|"))\n"
    }
    return [ExportChunk(file: "annotation.conf", bytes: Array(conf.utf8))]
  }

  /// The pieces of `range` between line breaks, trimmed of whitespace.
  static func fragments(of range: Range<Int>, in text: SourceText) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start: Int?
    var lastNonSpace = range.lowerBound
    for offset in range {
      let scalar = text.scalar(at: offset)
      if scalar == "\n" || scalar == "\r" {
        if let open = start { result.append(open..<(lastNonSpace + 1)) }
        start = nil
      } else if !scalar.properties.isWhitespace {
        if start == nil { start = offset }
        lastNonSpace = offset
      }
    }
    if let open = start { result.append(open..<(lastNonSpace + 1)) }
    return result
  }
}
