import GlossCore

/// Writes CoNLL-2003 NER columns: `-DOCSTART- -X- O O` and a blank line
/// before each document, then one `WORD _ _ TAG` line per token (part of
/// speech and chunk unknown) and a blank line after every sentence.
///
/// Spans that are nested, overlapping, not on token boundaries or across a
/// sentence boundary cannot be written in one tag column; they come back as
/// diagnostics.
///
/// The lines are written as bytes: each form is copied from the text's
/// UTF-8, each tag from bytes prepared once per type, so no `String` is made
/// per token.
public struct CoNLL2003Exporter: SpanExporter {
  /// The tagging scheme.
  public var scheme: TagScheme
  /// The types written.
  public var labels: LabelSet
  /// The tokenizer that defines the token lines.
  public var tokenizer: Tokenizer
  /// The type written for each corpus label, as bytes (filled as labels
  /// are met).
  private var typeBytes: [String: [UInt8]] = [:]

  /// Creates an exporter.
  public init(scheme: TagScheme = .iob2, labels: LabelSet = .ontonotes, tokenizer: Tokenizer = Tokenizer()) {
    self.scheme = scheme
    self.labels = labels
    self.tokenizer = tokenizer
  }

  private static let documentStart = Array("-DOCSTART- -X- O O\n\n".utf8)
  private static let outside: [UInt8] = Array(" _ _ O\n".utf8)

  /// The lines of one document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let tokens = TokenizedDocument(item.document, tokenizer: tokenizer)
    let (placed, diagnostics) = tokens.place(item.spans, documentID: item.document.id)
    let text = item.document.text
    let bytes = text.utf8Ranges(of: tokens.tokens)
    // Types of the placed spans, looked up once per span.
    var types: [[UInt8]] = []
    types.reserveCapacity(placed.count)
    for (span, _) in placed {
      if let known = typeBytes[span.label] {
        types.append(known)
      } else {
        let type = Array(labels.type(for: span.label).utf8)
        typeBytes[span.label] = type
        types.append(type)
      }
    }
    // The exact size: each token line is its form and ` _ _ O\n`, or
    // ` _ _ B-TYPE\n` (one byte and the type longer); a blank line per
    // sentence. The lines are then copied into memory allocated once.
    var size = Self.documentStart.count + tokens.sentences.count
    for range in bytes { size += range.count + Self.outside.count }
    for (index, item) in placed.enumerated() { size += item.tokens.count * (types[index].count + 1) }
    let scheme = self.scheme
    let out = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      var cursor = buffer.baseAddress!
      @inline(__always) func write(_ source: UnsafePointer<UInt8>, _ count: Int) {
        cursor.initialize(from: source, count: count)
        cursor += count
      }
      @inline(__always) func write(_ byte: UInt8) {
        cursor.initialize(to: byte)
        cursor += 1
      }
      Self.documentStart.withUnsafeBufferPointer { write($0.baseAddress!, $0.count) }
      Self.outside.withUnsafeBufferPointer { outsideBuffer in
        let outside = outsideBuffer.baseAddress!
        text.utf8.withUnsafeBufferPointer { textBuffer in
          let source = textBuffer.baseAddress!
          var next = 0
          for sentence in tokens.sentences {
            // IOB1 looks at the span just before, in the same sentence.
            var previousEnd = -1
            var previousType = -1
            var index = sentence.lowerBound
            while index < sentence.upperBound {
              guard next < placed.count && placed[next].tokens.lowerBound == index else {
                let form = bytes[index]
                write(source + form.lowerBound, form.count)
                write(outside, 7)
                index += 1
                continue
              }
              let range = placed[next].tokens
              let follows = range.lowerBound == previousEnd && previousType >= 0 && types[previousType] == types[next]
              types[next].withUnsafeBufferPointer { type in
                for token in range {
                  let form = bytes[token]
                  write(source + form.lowerBound, form.count)
                  write(outside, 5)  // " _ _ "
                  let prefix: UInt8
                  switch scheme {
                  case .iob2: prefix = token == range.lowerBound ? 0x42 : 0x49  // B I
                  case .iob1: prefix = token == range.lowerBound && follows ? 0x42 : 0x49
                  case .bioes:
                    if range.count == 1 {
                      prefix = 0x53  // S
                    } else if token == range.lowerBound {
                      prefix = 0x42
                    } else if token == range.upperBound - 1 {
                      prefix = 0x45  // E
                    } else {
                      prefix = 0x49
                    }
                  }
                  write(prefix)
                  write(0x2D)  // -
                  if type.count > 0 { write(type.baseAddress!, type.count) }
                  write(0x0A)
                }
              }
              previousEnd = range.upperBound
              previousType = next
              next += 1
              index = range.upperBound
            }
            write(0x0A)
          }
        }
      }
      initialized = cursor - buffer.baseAddress!
      precondition(initialized == size, "CoNLL-2003 line sizes miscounted")
    }
    return ExportOutput(chunks: [ExportChunk(out)], diagnostics: diagnostics)
  }
}
