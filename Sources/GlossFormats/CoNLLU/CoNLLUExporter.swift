import GlossCore

/// Writes Universal Dependencies CoNLL-U with the spans in MISC.
///
/// Each document opens with `# newdoc id = DOC`; each sentence has
/// `# sent_id = DOC-N` and `# text = …` (the sentence with every run of
/// whitespace written as one space, so it agrees with the forms and
/// `SpaceAfter=No`). Contractions the tokenizer split inside one
/// whitespace-delimited word (`don't` → `do` `n't`, `Putin's`) become a
/// multiword token line `1-2 don't` before their words; `SpaceAfter=No` goes
/// on the surface token. Lemma, XPOS and features are `_` and UPOS is `X`
/// (unknown: the validator requires a universal tag); it also requires a tree, so each sentence gets a flat placeholder one (word 1 is
/// the `root`, every other word a `dep` of it), which says nothing about
/// syntax.
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

  /// The sentences of one document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let document = item.document
    let text = document.text
    let tokens = TokenizedDocument(document, tokenizer: tokenizer)
    var diagnostics: [ExportDiagnostic] = []
    // Per token: MISC items from every layer's column.
    var misc = [[String]](repeating: [], count: tokens.tokens.count)
    let layers = Dictionary(grouping: item.spans, by: \.layer)
    for layer in layers.keys.sorted() {
      let (placed, left) = tokens.place(layers[layer]!, documentID: document.id)
      diagnostics += left
      let key = Self.key(forLayer: layer)
      for (span, range) in placed {
        for index in range {
          misc[index].append("\(key)=\(index == range.lowerBound ? "B" : "I")-\(span.label)")
        }
        for name in span.attributes.keys.sorted() {
          let attribute = name.prefix(1).uppercased() + name.dropFirst()
          misc[range.lowerBound].append("\(key)\(attribute)=\(Self.escape(span.attributes[name]!))")
        }
      }
    }
    var out = "# newdoc id = \(document.id)\n"
    for (number, sentence) in tokens.sentences.enumerated() {
      out += "# sent_id = \(document.id)-\(number + 1)\n"
      out += "# text = \(Self.collapsingWhitespace(text.text(in: tokens.tokens[sentence.lowerBound].lowerBound..<tokens.tokens[sentence.upperBound - 1].upperBound)))\n"
      var index = sentence.lowerBound
      var word = 1
      while index < sentence.upperBound {
        // The words split from one whitespace-delimited word.
        var last = index
        while last + 1 < sentence.upperBound && Self.splitInsideWord(tokens, last, last + 1) { last += 1 }
        let end = tokens.tokens[last].upperBound
        let spaceAfter = end >= text.scalarCount || text.scalar(at: end).properties.isWhitespace
        let surfaceMisc = spaceAfter ? "_" : "SpaceAfter=No"
        if last > index {
          out += "\(word)-\(word + last - index)\t\(text.text(in: tokens.tokens[index].lowerBound..<end))\t_\t_\t_\t_\t_\t_\t_\t\(surfaceMisc)\n"
        }
        for token in index...last {
          var items = misc[token]
          if last == index && !spaceAfter { items.append("SpaceAfter=No") }
          let syntax = word == 1 ? "0\troot" : "1\tdep"
          out += "\(word)\t\(tokens.form(token))\t_\tX\t_\t_\t\(syntax)\t_\t\(items.isEmpty ? "_" : items.joined(separator: "|"))\n"
          word += 1
        }
        index = last + 1
      }
      out += "\n"
    }
    if tokens.sentences.isEmpty { out = "" }
    return ExportOutput(chunks: [ExportChunk(Array(out.utf8))], diagnostics: diagnostics)
  }

  /// Whether tokens `a` and `b` were split from one word: no space between
  /// them, a letter before, and a letter or apostrophe after (`do|n't`,
  /// `Putin|'s`, `can|not`).
  static func splitInsideWord(_ tokens: TokenizedDocument, _ a: Int, _ b: Int) -> Bool {
    guard tokens.tokens[a].upperBound == tokens.tokens[b].lowerBound else { return false }
    let before = tokens.text.scalar(at: tokens.tokens[a].upperBound - 1)
    let after = tokens.text.scalar(at: tokens.tokens[b].lowerBound)
    return before.properties.isAlphabetic && (after.properties.isAlphabetic || after == "'" || after == "\u{2019}")
  }

  /// `# text` holds one line: every run of whitespace becomes one space.
  static func collapsingWhitespace(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var inSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.append(scalar)
        inSpace = false
      }
    }
    return String(result)
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
