import GlossCore

/// Decodes the MessagePack map of a `DocBin` (``DocBinExporter``'s or
/// spaCy's own) into ``DocBinDocument``s: tokens from the `ORTH` column and
/// `spaces`, entities from the `ENT_IOB` and `ENT_TYPE` columns, span groups,
/// and the string values of custom extensions in the user data.
package enum DocBinReader {
  /// The documents of `message`; errors name `location`.
  package static func documents(
    _ message: MessagePackValue, at location: FileLocation
  ) throws(ImportError) -> [DocBinDocument] {
    func damaged(_ what: String) -> ImportError {
      ImportError(.syntax, at: location, "not a spaCy DocBin (.spacy) file: \(what)")
    }
    guard let attributes = message["attrs"]?.arrayValue?.compactMap(\.intValue),
      let orthColumn = attributes.firstIndex(of: DocBinLayout.orth)
    else { throw damaged("no \"attrs\" list with ORTH") }
    guard let tokenBytes = message["tokens"]?.binaryValue, let spaceBytes = message["spaces"]?.binaryValue,
      let lengthBytes = message["lengths"]?.binaryValue, let stringList = message["strings"]?.arrayValue
    else { throw damaged("\"tokens\", \"spaces\", \"lengths\" or \"strings\" is missing") }
    var strings: [UInt64: String] = [:]
    for case .string(let string) in stringList { strings[SpaCyStrings.id(string)] = string }
    func string(_ id: UInt64, _ what: String) throws(ImportError) -> String {
      if id < SpaCySymbols.names.count { return SpaCySymbols.names[Int(id)] }
      guard let string = strings[id] else { throw damaged("\(what) \(id) is not in its strings") }
      return string
    }
    let columns = attributes.count
    let tokenCount = tokenBytes.count / 8 / max(columns, 1)
    guard lengthBytes.count % 4 == 0, tokenBytes.count == tokenCount * columns * 8, spaceBytes.count == tokenCount
    else { throw damaged("the token, space and length arrays do not agree") }
    let lengths = stride(from: 0, to: lengthBytes.count, by: 4).map { offset in
      Int(Int32(littleEndian: (0..<4).reduce(Int32(0)) { $0 | Int32(lengthBytes[offset + $1]) << (8 * $1) }))
    }
    guard lengths.allSatisfy({ $0 >= 0 }), lengths.reduce(0, +) == tokenCount else {
      throw damaged("the document lengths do not add up to the tokens")
    }
    func cell(_ token: Int, _ column: Int) -> UInt64 {
      let offset = (token * columns + column) * 8
      return (0..<8).reduce(UInt64(0)) { $0 | UInt64(tokenBytes[offset + $1]) << (8 * UInt64($1)) }
    }
    let iobColumn = attributes.firstIndex(of: DocBinLayout.entityIOB)
    let typeColumn = attributes.firstIndex(of: DocBinLayout.entityType)
    let groupList = message["span_groups"]?.arrayValue
    let userDataList = message["user_data"]?.arrayValue
    var documents: [DocBinDocument] = []
    var first = 0
    for (number, length) in lengths.enumerated() {
      var words: [String] = []
      var spaces: [Bool] = []
      var offsets: [Range<Int>] = []
      var text = ""
      var scalars = 0
      for token in first..<first + length {
        let word = try string(cell(token, orthColumn), "Doc \(number + 1): a token's ORTH")
        let count = word.unicodeScalars.count
        offsets.append(scalars..<scalars + count)
        text += word
        scalars += count
        words.append(word)
        spaces.append(spaceBytes[token] != 0)
        if spaceBytes[token] != 0 {
          text += " "
          scalars += 1
        }
      }
      var document = DocBinDocument(text: text, words: words, spaces: spaces, documentID: nil, spans: [])
      // User data: the document ID and the span extension values.
      var extensions: [(name: String, range: Range<Int>, value: String)] = []
      if let data = userDataList?[safe: number]?.binaryValue, !data.isEmpty {
        guard let entries = (try? MessagePackReader.decode(data))?.mapValue else {
          throw damaged("Doc \(number + 1): its user data is not a MessagePack map")
        }
        for entry in entries {
          guard let key = entry.key.arrayValue, key.count == 4, key[0] == .string(DocBinLayout.extensionMarker),
            let name = key[1].stringValue, let value = entry.value.stringValue
          else { continue }
          if let start = key[2].intValue, let end = key[3].intValue, start <= end {
            extensions.append((name, start..<end, value))
          } else if key[2] == .null && name == DocBinLayout.documentIDExtension {
            document.documentID = value
          }
        }
      }
      func attributes(layer: String, range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        for item in extensions where item.range == range && item.name.hasPrefix(layer + "_") {
          result[String(item.name.dropFirst(layer.count + 1))] = item.value
        }
        return result
      }
      // Span groups.
      if let data = groupList?[safe: number]?.binaryValue, !data.isEmpty {
        guard let decoded = try? MessagePackReader.decode(data) else {
          throw damaged("Doc \(number + 1): its span groups are not MessagePack")
        }
        // Old files hold a list of groups; spaCy 3.4 and later a map of group bytes to keys.
        let groups: [(bytes: [UInt8], keys: [String]?)] =
          decoded.arrayValue?.compactMap { $0.binaryValue.map { ($0, nil) } }
          ?? (decoded.mapValue ?? []).compactMap { entry in
            entry.key.binaryValue.map { ($0, entry.value.arrayValue?.compactMap(\.stringValue)) }
          }
        for group in groups {
          guard let value = try? MessagePackReader.decode(group.bytes), let name = value["name"]?.stringValue,
            let records = value["spans"]?.arrayValue
          else { throw damaged("Doc \(number + 1): a span group is damaged") }
          for layer in group.keys ?? [name] {
            for record in records {
              guard let bytes = record.binaryValue, bytes.count == DocBinLayout.spanRecordLength else {
                throw damaged("Doc \(number + 1): a span of group '\(layer)' is not 40 bytes")
              }
              func field(_ offset: Int, _ width: Int) -> UInt64 {
                bytes[offset..<offset + width].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
              }
              let start = Int(Int32(bitPattern: UInt32(field(32, 4))))
              let end = Int(Int32(bitPattern: UInt32(field(36, 4))))
              guard start <= end else {
                throw damaged("Doc \(number + 1): a span of group '\(layer)' ends at \(end), before its start \(start)")
              }
              document.spans.append(
                DocBinDocument.Span(
                  layer: layer, label: try string(field(16, 8), "Doc \(number + 1): a span label"), start: start,
                  end: end, attributes: attributes(layer: layer, range: start..<end)))
            }
          }
        }
      }
      // doc.ents, unless an entity group holds the entities already.
      if let iobColumn, let typeColumn, !document.spans.contains(where: { $0.layer == DocBinLayout.entityLayer }) {
        var open: (start: Int, label: UInt64)?
        func close(at end: Int) throws(ImportError) {
          guard let current = open else { return }
          let range = offsets[current.start].lowerBound..<offsets[end - 1].upperBound
          document.spans.append(
            DocBinDocument.Span(
              layer: DocBinLayout.entityLayer, label: try string(current.label, "Doc \(number + 1): an entity label"),
              start: range.lowerBound, end: range.upperBound,
              attributes: attributes(layer: DocBinLayout.entityLayer, range: range)))
          open = nil
        }
        for index in 0..<length {
          let iob = cell(first + index, iobColumn)
          let type = cell(first + index, typeColumn)
          if iob == DocBinLayout.begin || (iob == DocBinLayout.inside && (open == nil || open?.label != type)) {
            try close(at: index)
            if type != 0 { open = (index, type) }
          } else if iob != DocBinLayout.inside {
            try close(at: index)
          }
        }
        try close(at: length)
      }
      documents.append(document)
      first += length
    }
    return documents
  }
}

extension Array {
  /// The element at `index`, or `nil` past the end.
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
