import GlossCore

/// Writes Universal Dependencies CoNLL-U with the spans in MISC.
///
/// Each document opens with `# newdoc id = DOC`; each sentence has
/// `# sent_id = DOC-N` and `# text = …` (the sentence with every run of
/// whitespace written as one space, so it agrees with the forms and
/// `SpaceAfter=No`). Contractions the tokenizer split inside one
/// whitespace-delimited word (`don't` → `do` `n't`, `Putin's`) become a
/// multiword token line `1-2 don't` before their words; `SpaceAfter=No` goes
/// on the surface token.
///
/// LEMMA, UPOS, HEAD and DEPREL are the document's syntax
/// (``ExportDocument/syntax``: predicted by `gloss tag`, with a person's
/// corrections) when it has been computed on the exporter's tokens; XPOS,
/// FEATS and DEPS are `_`. A document without syntax, or a sentence whose
/// corrected heads are not one tree, gets placeholders instead — UPOS `X`
/// and a flat tree (word 1 the `root`, every other word a `dep` of it), which
/// the validator requires and which says nothing about syntax — and a note
/// says so.
///
/// Spans go in MISC in BIO form, one key per layer: `NE=B-PERSON` for the
/// entity layer (as spaCy's `conllu` converter reads it), and the layer's
/// name capitalised for the others (`Time=B-DATE`); the first word of a span
/// also carries its attributes as `TimeValue=2024-06`. Spans that cannot be
/// written in one column come back as diagnostics.
public struct CoNLLUExporter: SpanExporter {
  /// The tokenizer that defines the words.
  public var tokenizer: Tokenizer

  /// Creates an exporter.
  public init(tokenizer: Tokenizer = Tokenizer()) {
    self.tokenizer = tokenizer
  }

  /// The MISC key of a layer's tags.
  public static func key(forLayer layer: String) -> String {
    layer == "entity" ? "NE" : layer.prefix(1).uppercased() + layer.dropFirst()
  }

  /// The sentences of one document, written as bytes: forms and text are
  /// copied from the text's UTF-8 and no `String` is made per token.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let document = item.document
    let text = document.text
    let tokens = TokenizedDocument(document, tokenizer: tokenizer)
    var diagnostics: [ExportDiagnostic] = []
    var notes: [String] = []
    var syntax = item.syntax
    if let given = syntax, given.count != tokens.tokens.count || tokenizer != DocumentSyntax.tokenizer {
      notes.append("\(document.id): its syntax was computed on other tokens; placeholders written (run gloss tag)")
      syntax = nil
    }
    // Per token: MISC items from every layer's column, joined by `|`.
    var misc = [[UInt8]](repeating: [], count: tokens.tokens.count)
    func addItem(_ token: Int, _ item: [UInt8]) {
      if !misc[token].isEmpty { misc[token].append(0x7C) }
      misc[token].append(contentsOf: item)
    }
    let layers = Dictionary(grouping: item.spans.filter { $0.layer != SyntaxLayer.name }, by: \.layer)
    for layer in layers.keys.sorted() {
      let (placed, left) = tokens.place(layers[layer]!, documentID: document.id)
      diagnostics += left
      let key = Self.key(forLayer: layer)
      var tags: [String: (begin: [UInt8], inside: [UInt8])] = [:]
      for (span, range) in placed {
        let tag: (begin: [UInt8], inside: [UInt8])
        if let known = tags[span.label] {
          tag = known
        } else {
          tag = (Array("\(key)=B-\(span.label)".utf8), Array("\(key)=I-\(span.label)".utf8))
          tags[span.label] = tag
        }
        for index in range { addItem(index, index == range.lowerBound ? tag.begin : tag.inside) }
        for name in span.attributes.keys.sorted() {
          let attribute = name.prefix(1).uppercased() + name.dropFirst()
          addItem(range.lowerBound, Array("\(key)\(attribute)=\(Self.escape(span.attributes[name]!))".utf8))
        }
      }
    }
    guard !tokens.sentences.isEmpty else {
      return ExportOutput(chunks: [ExportChunk([])], diagnostics: diagnostics, notes: notes)
    }
    let bytes = text.utf8Ranges(of: tokens.tokens)
    let id = Array(document.id.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count * 2 + tokens.tokens.count * 24 + tokens.sentences.count * (40 + id.count))
    out.append("# newdoc id = ")
    out.append(contentsOf: id)
    out.append(0x0A)
    text.utf8.withUnsafeBufferPointer { source in
      for (number, sentence) in tokens.sentences.enumerated() {
        out.append("# sent_id = ")
        out.append(contentsOf: id)
        out.append(0x2D)
        out.appendDecimal(number + 1)
        out.append("\n# text = ")
        Self.appendCollapsingWhitespace(
          source, bytes[sentence.lowerBound].lowerBound..<bytes[sentence.upperBound - 1].upperBound, to: &out)
        out.append(0x0A)
        let columns = Self.syntaxColumns(
          syntax, sentence: sentence, number: number + 1, documentID: document.id, notes: &notes)
        var index = sentence.lowerBound
        var word = 1
        while index < sentence.upperBound {
          // The words split from one whitespace-delimited word.
          var last = index
          while last + 1 < sentence.upperBound && Self.splitInsideWord(tokens, bytes, source, last, last + 1) {
            last += 1
          }
          let end = bytes[last].upperBound
          let spaceAfter = end >= source.count || UTF8Bytes.isWhitespace(UTF8Bytes.scalar(source, at: end).value)
          if last > index {
            out.appendDecimal(word)
            out.append(0x2D)
            out.appendDecimal(word + last - index)
            out.append(0x09)
            out.append(source, bytes[index].lowerBound..<end)
            out.append(contentsOf: Self.emptyColumns)
            out.append(contentsOf: spaceAfter ? Self.underscore : Self.noSpaceAfter)
            out.append(0x0A)
          }
          for token in index...last {
            out.appendDecimal(word)
            out.append(0x09)
            out.append(source, bytes[token])
            if let columns {
              out.append(contentsOf: columns[token - sentence.lowerBound])
            } else {
              out.append(contentsOf: word == 1 ? Self.rootColumns : Self.depColumns)
            }
            let noSpace = last == index && !spaceAfter
            if misc[token].isEmpty {
              out.append(contentsOf: noSpace ? Self.noSpaceAfter : Self.underscore)
            } else {
              out.append(contentsOf: misc[token])
              if noSpace {
                out.append(0x7C)
                out.append(contentsOf: Self.noSpaceAfter)
              }
            }
            out.append(0x0A)
            word += 1
          }
          index = last + 1
        }
        out.append(0x0A)
      }
    }
    return ExportOutput(chunks: [ExportChunk(out)], diagnostics: diagnostics, notes: notes)
  }

  /// The LEMMA to MISC columns (`\tLEMMA\tUPOS\t_\t_\tHEAD\tDEPREL\t_\t`) of
  /// each word of a sentence, or `nil` for placeholders: no syntax, or
  /// heads that are not one tree (then a note says which sentence and why).
  static func syntaxColumns(
    _ syntax: DocumentSyntax?, sentence: Range<Int>, number: Int, documentID: String, notes: inout [String]
  ) -> [[UInt8]]? {
    guard let syntax else { return nil }
    let words = sentence.map { syntax[$0] }
    let heads = words.map { word in word.head.map { $0 - sentence.lowerBound } }
    if let problem = UniversalDependencies.treeProblem(heads: heads, relations: words.map(\.relation)) {
      notes.append("\(documentID) sentence \(number): \(problem); placeholders written for it")
      return nil
    }
    return words.enumerated().map { position, word in
      let tag = UniversalDependencies.tags.contains(word.tag) ? word.tag : "X"
      let head = heads[position].map { String($0 + 1) } ?? "0"
      return Array("\t\(lemmaColumn(word.lemma))\t\(tag)\t_\t_\t\(head)\t\(word.relation)\t_\t".utf8)
    }
  }

  /// A lemma as the LEMMA column holds it: `_` when unknown, tabs and line
  /// breaks as spaces.
  static func lemmaColumn(_ lemma: String) -> String {
    guard !lemma.isEmpty else { return "_" }
    return String(lemma.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }

  private static let emptyColumns = Array("\t_\t_\t_\t_\t_\t_\t_\t".utf8)
  private static let rootColumns = Array("\t_\tX\t_\t_\t0\troot\t_\t".utf8)
  private static let depColumns = Array("\t_\tX\t_\t_\t1\tdep\t_\t".utf8)
  private static let underscore: [UInt8] = [0x5F]
  private static let noSpaceAfter = Array("SpaceAfter=No".utf8)

  /// Whether tokens `a` and `b` were split from one word: no space between
  /// them, a letter before, and a letter or apostrophe after (`do|n't`,
  /// `Putin|'s`, `can|not`).
  static func splitInsideWord(
    _ tokens: TokenizedDocument, _ bytes: [Range<Int>], _ source: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int
  ) -> Bool {
    guard tokens.tokens[a].upperBound == tokens.tokens[b].lowerBound else { return false }
    let before = UTF8Bytes.scalar(source, endingAt: bytes[a].upperBound)
    guard UTF8Bytes.isAlphabetic(before) else { return false }
    let after = UTF8Bytes.scalar(source, at: bytes[b].lowerBound).value
    return UTF8Bytes.isAlphabetic(after) || after == 0x27 || after == 0x2019
  }

  /// Appends `source[range]` with every run of whitespace written as one
  /// space (for `# text`).
  static func appendCollapsingWhitespace(
    _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]
  ) {
    var index = range.lowerBound
    var inSpace = false
    while index < range.upperBound {
      let lead = source[index]
      if lead < 0x80 {
        if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
          if !inSpace { out.append(0x20) }
          inSpace = true
        } else {
          out.append(lead)
          inSpace = false
        }
        index += 1
        continue
      }
      let (value, length) = UTF8Bytes.scalar(source, at: index)
      if UTF8Bytes.isWhitespace(value) {
        if !inSpace { out.append(0x20) }
        inSpace = true
      } else {
        out.append(source, index..<(index + length))
        inSpace = false
      }
      index += length
    }
  }

  /// MISC values may not hold `|` or whitespace: written `\p`, `\s` (as UD's
  /// `SpacesAfter`), with `\` as `\\`.
  static func escape(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "|": result += "\\p"
      case " ": result += "\\s"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The inverse of ``escape(_:)``.
  static func unescape(_ value: Substring) -> String {
    var result = ""
    var escaped = false
    for character in value {
      if escaped {
        switch character {
        case "p": result += "|"
        case "s": result += " "
        case "t": result += "\t"
        case "n": result += "\n"
        default: result.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
