import GlossCore

/// Reads CoNLL-2003 NER columns back into spans.
///
/// Documents start at lines whose first field is `-DOCSTART-` (a file
/// without one is one document). Each document's tokens are found in the
/// corpus document whose text they spell, in order, with only whitespace
/// between them. The tag is the last field; every token line must have as
/// many fields as the first. IOB1, IOB2 and BIOES tags all decode. CoNLL's
/// `PER` becomes `PERSON`; other types must be labels of the scheme.
public struct CoNLL2003Importer: SpanImporter {
  /// The layer spans go to, or `nil` for the first layer that has the label.
  public var layer: String?

  /// Creates an importer.
  public init(layer: String? = nil) {
    self.layer = layer
  }

  private struct Line {
    var number: Int
    var form: Substring
    var tag: String
  }

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    guard ImportInput.endsWithNewline(source.utf8) else {
      let lines = ImportInput.lines(source.utf8)
      throw ImportError(
        .truncated, path: path, line: lines.last?.number ?? 1, "the file ends in the middle of a line (truncated?)")
    }
    var documents: [(line: Int, sentences: [[Line]])] = []
    var current: (line: Int, sentences: [[Line]])?
    var sentence: [Line] = []
    var columns: Int?
    func endSentence() {
      if !sentence.isEmpty {
        if current == nil { current = (sentence[0].number, []) }
        current!.sentences.append(sentence)
      }
      sentence = []
    }
    for (number, text) in ImportInput.lines(source.utf8) {
      let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if fields.isEmpty {
        endSentence()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        endSentence()
        if let finished = current { documents.append(finished) }
        current = (number, [])
        continue
      }
      let expected = columns ?? fields.count
      guard fields.count == expected, expected >= 2 else {
        throw ImportError(
          .syntax, path: path, line: number,
          "expected \(max(expected, 2)) space-separated fields (WORD … TAG), found \(fields.count)")
      }
      columns = expected
      sentence.append(Line(number: number, form: fields[0], tag: String(fields[fields.count - 1])))
    }
    endSentence()
    if let finished = current { documents.append(finished) }

    var result: [ImportedDocument] = []
    var used: Set<String> = []
    for block in documents where !block.sentences.isEmpty {
      let (document, offsets) = try Self.align(
        block.sentences, line: block.line, path: path, corpus: corpus, used: used)
      used.insert(document.id)
      var spans: [ImportedSpan] = []
      for (index, sentence) in block.sentences.enumerated() {
        switch TagScheme.spans(in: sentence.map(\.tag)) {
        case .failure(let error):
          throw ImportError(
            .syntax, path: path, line: sentence[error.index].number,
            "'\(error.tag)' is not a tag (O, or B-, I-, E-, S- and a type)")
        case .success(let found):
          for (tokens, type) in found {
            let label = LabelSet.label(for: type)
            let location = FileLocation(path: path, line: sentence[tokens.lowerBound].number)
            var layer = self.layer ?? ""
            if self.layer == nil { layer = try Self.layer(of: label, in: corpus.scheme, at: location) }
            spans.append(
              ImportedSpan(
                layer: layer, label: label,
                range: offsets[index][tokens.lowerBound].lowerBound..<offsets[index][tokens.upperBound - 1].upperBound,
                location: location))
          }
        }
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }

  /// The first layer of the scheme with this label.
  static func layer(of label: String, in scheme: Scheme, at location: FileLocation) throws(ImportError) -> String {
    guard let layer = scheme.layers.first(where: { $0.label(named: label) != nil }) else {
      let all = scheme.layers.flatMap { $0.labels.map(\.name) }
      let hint = NearestName.suggestion(for: label, among: all).map { " (did you mean '\($0)'?)" } ?? ""
      throw ImportError(.invalidSpan, at: location, "unknown label '\(label)'\(hint)")
    }
    return layer.name
  }

  /// The corpus document whose text the sentences spell, and each token's range.
  private static func align(
    _ sentences: [[Line]], line: Int, path: String, corpus: Corpus, used: Set<String>
  ) throws(ImportError) -> (Document, [[Range<Int>]]) {
    var best: (document: Document, line: Line, upcoming: String)?
    var bestCount = -1
    candidates: for document in corpus.documents where !used.contains(document.id) {
      var aligner = TokenAligner(text: document.text)
      var offsets: [[Range<Int>]] = []
      var count = 0
      for sentence in sentences {
        var ranges: [Range<Int>] = []
        for token in sentence {
          guard let range = aligner.next(token.form) else {
            if count > bestCount {
              bestCount = count
              best = (document, token, aligner.upcoming)
            }
            continue candidates
          }
          ranges.append(range)
          count += 1
        }
        offsets.append(ranges)
      }
      if aligner.atEnd { return (document, offsets) }
    }
    if let best, bestCount > 0 {
      throw ImportError(
        .textMismatch, path: path, line: best.line.number,
        "the tokens do not match the text of any corpus document: nearest is '\(best.document.id)', where '\(best.line.form)' meets “\(best.upcoming)”"
      )
    }
    throw ImportError(
      .textMismatch, path: path, line: line, "the tokens of this document do not match the text of any corpus document")
  }
}
