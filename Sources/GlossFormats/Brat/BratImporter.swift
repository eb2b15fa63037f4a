import GlossCore

/// Reads brat standoff: every `DOC.ann` of a folder (or one `.ann` file)
/// with its `DOC.txt`, which must be the corpus document `DOC`'s text byte
/// for byte.
///
/// `T` lines become spans (Unicode scalar offsets, checked against the text
/// field; offsets that only match as UTF-16 units, as brat's web client
/// writes after an emoji, are converted). Fragments of a discontinuous span
/// must be separated by whitespace only: the span runs from the first to the
/// last. `A` lines set attributes. Relations, events, normalizations,
/// equivalences and notes (`R E N * #`) are not spans: they are skipped, and
/// the document's ``ImportedDocument/warnings`` say so, naming the first
/// one's line and counting them. A `T` id used twice is an error naming both
/// lines; any other line is an error.
public struct BratImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the folder or file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    var result: [ImportedDocument] = []
    for file in try ImportInput.files(at: path, extension: "ann") { result.append(try readFile(file, corpus: corpus)) }
    return result
  }

  private func readFile(_ file: String, corpus: Corpus) throws(ImportError) -> ImportedDocument {
    guard file.hasSuffix(".ann") else {
      throw ImportError(.unreadable, path: file, line: 1, "a brat annotation file ends in .ann")
    }
    let base = String(file.dropLast(4))
    let id = base.split(separator: "/").last.map(String.init) ?? base
    let document = try ImportInput.document(id, in: corpus, at: FileLocation(path: file, line: 1))
    let textFile = base + ".txt"
    let text = try ImportInput.read(textFile, allowsEmpty: true)
    try ImportInput.checkText(text.string, of: document, at: FileLocation(path: textFile, line: 1))
    let source = try ImportInput.read(file, allowsEmpty: true)
    var spans: [ImportedSpan] = []
    var byID: [String: Int] = [:]
    var skipped = BratSkippedLines()
    for (number, line) in ImportInput.lines(source.utf8) where !line.isEmpty {
      let location = FileLocation(path: file, line: number)
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard let kind = fields.first?.first else {
        throw ImportError(.syntax, at: location, "a line must start with an annotation id")
      }
      switch kind {
      case "T":
        guard fields.count == 3 else {
          throw ImportError(
            .syntax, at: location,
            "a T line has 3 tab-separated fields (id, type and offsets, text), found \(fields.count)")
        }
        let body = fields[1].split(separator: " ", maxSplits: 1)
        guard body.count == 2 else { throw ImportError(.syntax, at: location, "expected 'TYPE START END'") }
        var fragments: [(Int, Int)] = []
        for piece in body[1].split(separator: ";") {
          let numbers = piece.split(separator: " ")
          guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]) else {
            throw ImportError(.syntax, at: location, "'\(piece)' is not 'START END'")
          }
          fragments.append((start, end))
        }
        let range = try Self.range(of: fragments, quoted: String(fields[2]), in: document.text, at: location)
        let label = String(body[0])
        if let earlier = byID[String(fields[0])] {
          throw ImportError(
            .syntax, at: location,
            "the id \(fields[0]) is used twice: at \(spans[earlier].location) and here; brat ids name one annotation each"
          )
        }
        byID[String(fields[0])] = spans.count
        spans.append(
          ImportedSpan(
            layer: try CoNLL2003Importer.layer(of: label, in: corpus.scheme, at: location), label: label, range: range,
            location: location))
      case "A", "M":
        let body = (fields.count > 1 ? fields[1] : "").split(separator: " ", maxSplits: 2)
        if body.count >= 2, skipped.ids.contains(String(body[1])) {
          skipped.add(.attribute, id: String(fields[0]), at: location)
          continue
        }
        guard body.count >= 2, let target = byID[String(body[1])] else {
          throw ImportError(
            .syntax, at: location, "an attribute line is 'A1<TAB>NAME T1 [VALUE]' after the T line it names")
        }
        let name = String(body[0])
        spans[target].attributes[name] = body.count == 3 ? String(body[2]) : "true"
        spans[target].attributeLocations[name] = location
      case "R", "E", "N", "*", "#":
        skipped.add(BratSkippedLines.Kind(kind), id: String(fields[0]), at: location)
      default:
        throw ImportError(.syntax, at: location, "'\(fields[0])' is not a brat annotation id")
      }
    }
    return ImportedDocument(documentID: id, spans: spans, warnings: skipped.warning.map { [$0] } ?? [])
  }

  /// The span's scalar range: fragments in scalars, else in UTF-16 units.
  private static func range(of fragments: [(Int, Int)], quoted: String, in text: SourceText, at location: FileLocation)
    throws(ImportError) -> Range<Int>
  {
    var converted: [Range<Int>] = []
    for (start, end) in fragments { converted.append(try ImportInput.checkRange(start, end, in: text, at: location)) }
    func matches(_ ranges: [Range<Int>]) -> Bool {
      Array(ranges.map { text.text(in: $0) }.joined(separator: " ").utf8) == Array(quoted.utf8)
    }
    if !matches(converted) {
      var utf16: [Range<Int>] = []
      for (start, end) in fragments {
        guard let lower = text.scalarOffset(ofUTF16: start), let upper = text.scalarOffset(ofUTF16: end), lower <= upper
        else { break }
        utf16.append(lower..<upper)
      }
      guard utf16.count == fragments.count, matches(utf16) else {
        throw ImportError(.textMismatch, at: location, "the text field '\(quoted)' is not the text at these offsets")
      }
      converted = utf16
    }
    for (previous, next) in zip(converted, converted.dropFirst()) {
      guard previous.upperBound <= next.lowerBound,
        (previous.upperBound..<next.lowerBound).allSatisfy({ text.scalar(at: $0).properties.isWhitespace })
      else {
        throw ImportError(
          .badOffset, at: location,
          "a discontinuous span whose fragments are not separated by whitespace only cannot be imported")
      }
    }
    return converted.first!.lowerBound..<converted.last!.upperBound
  }
}
