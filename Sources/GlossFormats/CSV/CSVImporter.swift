import GlossCore

/// Reads the spans CSV that ``CSVExporter`` writes (RFC 4180): the header
/// `document,layer,label,start,end,text,status,annotator,attributes`, then
/// one span per record, Unicode scalar offsets, attributes as `name=value`
/// pairs joined by `;`. Quoted fields may hold commas, doubled quotes and
/// line breaks. The `text` column must be the document's text at the
/// offsets (so a file edited in a spreadsheet cannot shift a span silently);
/// `status` and `annotator` are kept.
public struct CSVImporter: SpanImporter {
  /// The header row.
  static let header = ["document", "layer", "label", "start", "end", "text", "status", "annotator", "attributes"]

  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let source = try ImportInput.read(path)
    let records = try Self.records(Array(source.string.unicodeScalars), path: path)
    guard let (_, first) = records.first, first == Self.header else {
      throw ImportError(.syntax, path: path, line: 1, "expected the header \(Self.header.joined(separator: ","))")
    }
    var byDocument: [String: [ImportedSpan]] = [:]
    var order: [String] = []
    for (line, fields) in records.dropFirst() {
      let location = FileLocation(path: path, line: line)
      if fields == [""] { continue }  // a blank line
      guard fields.count == Self.header.count else {
        throw ImportError(.syntax, at: location, "expected \(Self.header.count) columns, found \(fields.count)")
      }
      let document = try ImportInput.document(fields[0], in: corpus, at: location)
      guard let start = Int(fields[3]), let end = Int(fields[4]) else {
        throw ImportError(
          .syntax, at: location, "start and end must be whole numbers, not '\(fields[3])', '\(fields[4])'")
      }
      let range = try ImportInput.checkRange(start, end, in: document.text, at: location)
      let actual = document.text.text(in: range)
      guard Array(actual.utf8) == Array(fields[5].utf8) else {
        throw ImportError(
          .textMismatch, at: location, "the text at \(start)..\(end) is '\(actual)', not '\(fields[5])'")
      }
      var status: SpanStatus?
      if !fields[6].isEmpty {
        guard let known = SpanStatus(rawValue: fields[6]) else {
          throw ImportError(.invalidSpan, at: location, "unknown status '\(fields[6])'")
        }
        status = known
      }
      var attributes: [String: String] = [:]
      for pair in fields[8].split(separator: ";", omittingEmptySubsequences: true) {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
          throw ImportError(.syntax, at: location, "attributes are name=value pairs joined by ';', not '\(pair)'")
        }
        attributes[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
      }
      if byDocument[document.id] == nil { order.append(document.id) }
      byDocument[document.id, default: []].append(
        ImportedSpan(
          layer: fields[1], label: fields[2], range: range, attributes: attributes, status: status,
          annotator: fields[7].isEmpty ? nil : fields[7], location: location))
    }
    return order.map { ImportedDocument(documentID: $0, spans: byDocument[$0]!) }
  }

  /// The records of a CSV text, each with the line it starts on. Records
  /// end at `\r\n` or `\n` outside quotes.
  static func records(_ scalars: [Unicode.Scalar], path: String) throws(ImportError) -> [(line: Int, fields: [String])]
  {
    var records: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var index = 0
    var quoted = false
    var quoteLine = 1
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count && scalars[index + 1] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
      } else {
        switch scalar {
        case "\"":
          guard field.isEmpty else {
            throw ImportError(.syntax, path: path, line: line, "a quote inside an unquoted field")
          }
          quoted = true
          quoteLine = line
        case ",":
          fields.append(String(field))
          field = String.UnicodeScalarView()
        case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
          break
        case "\n":
          fields.append(String(field))
          field = String.UnicodeScalarView()
          records.append((recordLine, fields))
          fields = []
          line += 1
          recordLine = line
        default:
          field.append(scalar)
        }
      }
      index += 1
    }
    if quoted { throw ImportError(.truncated, path: path, line: quoteLine, "a quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(String(field))
      records.append((recordLine, fields))
    }
    return records
  }
}
