import GlossCore

/// Reads spans back from CoNLL-U MISC columns, the inverse of
/// ``CoNLLUExporter``.
///
/// Every document must start with `# newdoc id = DOC` naming a corpus
/// document; the surface forms (multiword token lines, not their words) are
/// found in its text in order with only whitespace between them. The words
/// of a multiword token get offsets when they spell its form. MISC keys `NE`
/// (the entity layer) and a scheme layer's name capitalised (`Time`) carry
/// BIO, IOB1 or BIOES tags; `TimeValue=…` on a span's first word sets its
/// attribute `value`.
///
/// A treebank's own columns are kept too, when the scheme has the `syntax`
/// layer: every word whose UPOS, LEMMA, HEAD or DEPREL differs from the
/// syntax Gloss predicted for it (all of them when none was predicted)
/// becomes a `syntax` span (``SyntaxLayer``), so the gold columns come back
/// out of `export conllu` and queries see them. Sentences of placeholders
/// (every UPOS `X`, every LEMMA `_`, as Gloss writes without syntax) add
/// none.
public struct CoNLLUImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    guard ImportInput.endsWithNewline(source.utf8) else {
      throw ImportError(
        .truncated, path: path, line: ImportInput.lines(source.utf8).count,
        "the file ends in the middle of a line (truncated?)")
    }
    var reader = CoNLLUReader(bytes: source.utf8, path: path)
    var layerOfKey: [String: String] = [:]
    for layer in corpus.scheme.layers { layerOfKey[CoNLLUExporter.key(forLayer: layer.name)] = layer.name }

    var result: [ImportedDocument] = []
    var document: Document?
    var aligner: TokenAligner?
    var spans: [ImportedSpan] = []
    var gold: GoldSyntax?
    let keepsSyntax = corpus.scheme.layer(named: SyntaxLayer.name) != nil
    let cache = SyntaxCache(corpus: corpus)
    var misc = CoNLLUMiscCheck(path: path)
    func finish() throws(ImportError) {
      guard let current = document else { return }
      if let aligner, !aligner.atEnd {
        throw ImportError(
          .textMismatch, path: path, line: ImportInput.lines(source.utf8).count,
          "the sentences of '\(current.id)' end before its text does (next: “\(aligner.upcoming)”)")
      }
      result.append(ImportedDocument(documentID: current.id, spans: spans, warnings: misc.takeWarnings()))
      spans = []
    }
    while true {
      let sentence: CoNLLUSentence
      do {
        guard let next = try reader.next() else { break }
        sentence = next
      } catch {
        throw ImportError(.syntax, at: error.location, error.message)
      }
      let location = FileLocation(path: path, line: sentence.lineNumber)
      if let id = sentence.newDocumentID {
        try finish()
        let found = try ImportInput.document(id, in: corpus, at: location)
        document = found
        aligner = TokenAligner(text: found.text)
        gold = keepsSyntax ? GoldSyntax(document: found, predicted: cache.read(found)?.syntax) : nil
      }
      guard let current = document, var align = aligner else {
        throw ImportError(
          .unknownDocument, at: location, "the first sentence has no '# newdoc id = DOC' naming a corpus document")
      }
      // Offsets of every word (nil inside a multiword token that is not its words' concatenation).
      var wordRanges = [Range<Int>?](repeating: nil, count: sentence.words.count)
      let firstWordLine = sentence.lineNumber + sentence.comments.count
      for token in sentence.surfaceTokens {
        guard let range = align.next(Substring(token.form)) else {
          throw ImportError(
            .textMismatch, path: path, line: firstWordLine + token.words.lowerBound - 1,
            "'\(token.form)' is not the next word of document '\(current.id)' (the text has “\(align.upcoming)”)")
        }
        let words = token.words.map { $0 - 1 }.filter { $0 < sentence.words.count }
        if words.count == 1 {
          wordRanges[words[0]] = range
        } else if words.map({ sentence.words[$0].form }).joined() == token.form {
          var start = range.lowerBound
          for index in words {
            let length = sentence.words[index].form.unicodeScalars.count
            wordRanges[index] = start..<(start + length)
            start += length
          }
        }
      }
      aligner = align
      if let gold {
        spans += gold.spans(of: sentence, wordRanges: wordRanges, path: path, firstLine: firstWordLine)
      }
      // Tags per layer key, and attributes on first words.
      var tags: [String: [String]] = [:]
      var attributes: [String: [Int: [String: String]]] = [:]
      let readsKey = { (key: String) in
        layerOfKey[key] != nil || Self.attributeKey(key, layerKeys: layerOfKey.keys) != nil
      }
      for (index, word) in sentence.words.enumerated() where word.misc != "_" {
        let line = CoNLLUMiscCheck.line(ofWord: index, in: sentence)
        for (key, value) in try misc.items(of: word, line: line, readKeys: readsKey) {
          if layerOfKey[key] != nil {
            tags[key, default: Array(repeating: "O", count: sentence.words.count)][index] = String(value)
          } else if let (layerKey, attribute) = Self.attributeKey(key, layerKeys: layerOfKey.keys) {
            attributes[layerKey, default: [:]][index, default: [:]][attribute] = CoNLLUExporter.unescape(value)
          }
        }
      }
      for key in tags.keys.sorted() {
        switch TagScheme.spans(in: tags[key]!) {
        case .failure(let error):
          throw ImportError(
            .syntax, path: path, line: firstWordLine + error.index,
            "'\(error.tag)' is not a tag (B-, I-, E-, S- and a label)")
        case .success(let found):
          for (words, label) in found {
            let line = FileLocation(path: path, line: firstWordLine + words.lowerBound)
            guard let first = wordRanges[words.lowerBound], let last = wordRanges[words.upperBound - 1] else {
              throw ImportError(
                .badOffset, at: line, "the span starts or ends inside a multiword token whose words do not spell it")
            }
            spans.append(
              ImportedSpan(
                layer: layerOfKey[key]!, label: label, range: first.lowerBound..<last.upperBound,
                attributes: attributes[key]?[words.lowerBound] ?? [:], location: line))
          }
        }
      }
    }
    try finish()
    return result
  }

  /// `TimeValue` → (`Time`, `value`) when `Time` is a layer key.
  static func attributeKey(_ key: String, layerKeys: Dictionary<String, String>.Keys) -> (String, String)? {
    for layerKey in layerKeys where key.count > layerKey.count && key.hasPrefix(layerKey) {
      let rest = key.dropFirst(layerKey.count)
      guard let first = rest.first, first.isUppercase else { continue }
      return (layerKey, first.lowercased() + rest.dropFirst())
    }
    return nil
  }
}
