import GlossCore

/// Writes spaCy's binary training file (`.spacy`, a `DocBin`) for
/// `spacy train`, with no Python: a zlib stream (see `Zlib`) of a
/// MessagePack map with the keys `DocBin.to_bytes` writes.
///
/// Each document is a `Doc` on ``SpaCyTokens`` (Gloss's tokens cut at span
/// edges, white space as spaCy keeps it) with three token columns: `ORTH`,
/// `ENT_IOB` and `ENT_TYPE`, so `doc.ents` holds the entity layer (every
/// token outside an entity is `O`: annotated as no entity). When entities
/// overlap, `doc.ents` keeps the outer (earlier, longer) one and a note
/// names the document and how many were kept out. Every layer, the entity
/// layer included with all its spans, is also a span group named after it
/// (`doc.spans["time"]`); span IDs and knowledge-base IDs are left 0 (Gloss
/// span IDs are renumbered by an import, and an export → import → export
/// round trip gives the same bytes).
/// Span attributes go in the user data as the values of span extensions
/// named `<layer>_<attribute>` (`span._.time_value` once
/// `Span.set_extension("time_value", default=None)` is registered), and the
/// document ID as `doc._.document_id`; two spans of one layer with the same
/// offsets share those keys, so a second, different value cannot be held
/// and is named in a note.
///
/// The file is one MessagePack map, so it is written when the export
/// finishes: memory grows with the corpus, not with one document.
public struct DocBinExporter: SpanExporter {
  /// The tokenizer whose tokens are cut at the span edges.
  public var tokenizer: Tokenizer
  private var tokenRows: [UInt8] = []
  private var spaces: [UInt8] = []
  private var lengths: [UInt8] = []
  private var strings: Set<String> = []
  private var spanGroups: [MessagePackValue] = []
  private var userData: [MessagePackValue] = []
  private var documents = 0

  /// Creates an exporter.
  public init(tokenizer: Tokenizer = .universalDependencies) {
    self.tokenizer = tokenizer
  }

  /// Adds one document to the file; the bytes come at the end.
  public mutating func export(_ item: ExportDocument) -> ExportOutput {
    let text = item.document.text
    let spans = item.spans.sorted(by: Span.storageOrder)
    let tokens = SpaCyTokens(text: text, tokenizer: tokenizer, spans: spans)
    var notes: [String] = []
    // doc.ents: the entities that do not overlap, outer ones first.
    var iob = [UInt64](repeating: DocBinLayout.outside, count: tokens.tokens.count)
    var type = [UInt64](repeating: 0, count: tokens.tokens.count)
    var keptOut = 0
    for span in spans where span.layer == DocBinLayout.entityLayer {
      guard let range = tokens.tokens(of: span) else { continue }
      guard range.allSatisfy({ type[$0] == 0 }) else {
        keptOut += 1
        continue
      }
      let label = SpaCyStrings.id(span.label)
      for index in range {
        iob[index] = index == range.lowerBound ? DocBinLayout.begin : DocBinLayout.inside
        type[index] = label
      }
    }
    if keptOut > 0 {
      notes.append(
        "\(item.document.id): \(keptOut) overlapping entit\(keptOut == 1 ? "y is" : "ies are") in "
          + "doc.spans[\"entity\"] only: doc.ents cannot hold overlapping entities (the outer one is kept)")
    }
    for (index, token) in tokens.tokens.enumerated() {
      let form = text.text(in: token.range)
      strings.insert(form)
      for value in [SpaCyStrings.id(form), iob[index], type[index]] {
        withUnsafeBytes(of: value.littleEndian) { tokenRows += $0 }
      }
      spaces.append(token.spaceAfter ? 1 : 0)
    }
    withUnsafeBytes(of: Int32(tokens.tokens.count).littleEndian) { lengths += $0 }
    // Span groups, one per layer, and the attributes as extension values.
    var groups: [MessagePackEntry] = []
    var extensions: [MessagePackEntry] = [
      MessagePackEntry(
        Self.extensionKey(DocBinLayout.documentIDExtension, range: nil), .string(item.document.id))
    ]
    var extensionIndex: [MessagePackValue: Int] = [:]
    var lostAttributes = 0
    for layer in Set(spans.map(\.layer)).sorted() {
      var records: [MessagePackValue] = []
      for span in spans where span.layer == layer {
        guard let range = tokens.tokens(of: span) else { continue }
        strings.insert(span.label)
        var record: [UInt8] = []
        for value in [0, 0, SpaCyStrings.id(span.label)] {
          MessagePackWriter.appendBigEndian(value, to: &record)
        }
        for value in [range.lowerBound, range.upperBound + 1, span.start, span.end] {
          MessagePackWriter.appendBigEndian(Int32(value), to: &record)
        }
        records.append(.binary(record))
        for (name, value) in span.attributes.sorted(by: { $0.key < $1.key }) {
          let key = Self.extensionKey("\(layer)_\(name)", range: span.range)
          if let index = extensionIndex[key] {
            if extensions[index].value != .string(value) { lostAttributes += 1 }
            continue
          }
          extensionIndex[key] = extensions.count
          extensions.append(MessagePackEntry(key, .string(value)))
        }
      }
      let group = MessagePackWriter.encode(
        .map([
          MessagePackEntry(.string("name"), .string(layer)), MessagePackEntry(.string("attrs"), .map([])),
          MessagePackEntry(.string("spans"), .array(records)),
        ]))
      groups.append(MessagePackEntry(.binary(group), .array([.string(layer)])))
    }
    if lostAttributes > 0 {
      notes.append(
        "\(item.document.id): \(lostAttributes) attribute value\(lostAttributes == 1 ? " was" : "s were") not written: "
          + "spans of one layer with the same offsets share one user-data key per attribute")
    }
    spanGroups.append(.binary(MessagePackWriter.encode(groups.isEmpty ? .array([]) : .map(groups))))
    userData.append(.binary(MessagePackWriter.encode(.map(extensions))))
    documents += 1
    return ExportOutput(chunks: [], notes: notes)
  }

  /// The whole file.
  public mutating func finish() -> [ExportChunk] {
    let sortedStrings = strings.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    let message = MessagePackValue.map([
      MessagePackEntry(.string("version"), .string(DocBinLayout.version)),
      MessagePackEntry(.string("attrs"), .array(DocBinLayout.attributes.map { .int(Int64($0)) })),
      MessagePackEntry(.string("tokens"), .binary(tokenRows)),
      MessagePackEntry(.string("spaces"), .binary(spaces)),
      MessagePackEntry(.string("lengths"), .binary(lengths)),
      MessagePackEntry(.string("strings"), .array(sortedStrings.map { .string($0) })),
      MessagePackEntry(.string("cats"), .array([MessagePackValue](repeating: .map([]), count: documents))),
      MessagePackEntry(
        .string("flags"),
        .array(
          [MessagePackValue](
            repeating: .map([MessagePackEntry(.string("has_unknown_spaces"), .bool(false))]), count: documents))),
      MessagePackEntry(.string("span_groups"), .array(spanGroups)),
      MessagePackEntry(.string("user_data"), .array(userData)),
    ])
    return [ExportChunk(Zlib.compress(MessagePackWriter.encode(message)))]
  }

  /// The user-data key of extension `name`: `("._.", name, start_char,
  /// end_char)` for a span, `("._.", name, None, None)` for the document.
  private static func extensionKey(_ name: String, range: Range<Int>?) -> MessagePackValue {
    .array([
      .string(DocBinLayout.extensionMarker), .string(name), range.map { .int(Int64($0.lowerBound)) } ?? .null,
      range.map { .int(Int64($0.upperBound)) } ?? .null,
    ])
  }
}
