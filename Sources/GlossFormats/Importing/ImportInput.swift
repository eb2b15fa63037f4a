import GlossCore

/// Reading helpers shared by the importers: files as UTF-8 text split into
/// numbered lines, and finding the corpus document a text belongs to.
package enum ImportInput {
  /// The bytes of the file at `path`, checked to be UTF-8 and, unless
  /// `allowsEmpty` (a brat `.ann` of a document without spans), to hold
  /// more than white space: an empty export file is refused, not read as
  /// nothing to import.
  package static func read(_ path: String, allowsEmpty: Bool = false) throws(ImportError) -> SourceText {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw ImportError(reading: error, "cannot read")
    }
    if !allowsEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw ImportError(
        .truncated, at: FileLocation(path: path),
        "the file is empty: there is nothing to import (was the export that wrote it interrupted?)")
    }
    do {
      return try SourceText(validatingUTF8: bytes)
    } catch {
      let line = bytes.prefix(error.byteOffset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      let location = FileLocation(path: path, line: line, byteOffset: error.byteOffset)
      throw ImportError(.unreadable, at: location, "not UTF-8: \(error)")
    }
  }

  /// The lines of `bytes` without their line ends (`\n`, or `\r\n`), each
  /// with its 1-based number. A final line end does not start an empty line.
  package static func lines(_ bytes: [UInt8]) -> [(number: Int, text: Substring)] {
    let string = String(decoding: bytes, as: UTF8.self)
    var result: [(number: Int, text: Substring)] = []
    var number = 0
    for var line in string.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.utf8.last == 0x0D { line = line.dropLast() }
      result.append((number, line))
    }
    if let last = result.last, last.text.isEmpty, bytes.last == 0x0A { result.removeLast() }
    return result
  }

  /// Whether the file ends with a line end (CoNLL files must).
  package static func endsWithNewline(_ bytes: [UInt8]) -> Bool { bytes.isEmpty || bytes.last == 0x0A }

  /// The document with this id, or the error.
  package static func document(
    _ id: String, in corpus: Corpus, at location: FileLocation
  ) throws(ImportError) -> Document {
    guard let document = corpus.document(id) else {
      let hint =
        NearestName.suggestion(for: id, among: corpus.documents.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
      throw ImportError(.unknownDocument, at: location, "no document '\(id)' in the corpus\(hint)")
    }
    return document
  }

  /// The files to read for `path`: the files ending in `.EXTENSION` in it,
  /// sorted, when it is a folder (at least one), else `path` itself.
  package static func files(at path: String, extension: String) throws(ImportError) -> [String] {
    guard FileSystem.isDirectory(atPath: path) else { return [path] }
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: path)
    } catch {
      throw ImportError(reading: error, "cannot list the folder")
    }
    let files = names.filter { $0.hasSuffix(".\(`extension`)") }.sorted().map { Path.join(path, $0) }
    guard !files.isEmpty else {
      throw ImportError(.unreadable, at: FileLocation(path: path), "no .\(`extension`) files in the folder")
    }
    return files
  }

  /// The document a record names with `id`, its text checked against
  /// `text`; or, without an id, the corpus document whose text is exactly
  /// `text`.
  package static func document(
    _ id: String?, text: String, in corpus: Corpus, at location: FileLocation
  ) throws(ImportError) -> Document {
    if let id {
      let document = try document(id, in: corpus, at: location)
      try checkText(text, of: document, at: location)
      return document
    }
    guard let found = document(withText: text, in: corpus) else {
      throw ImportError(.textMismatch, at: location, "no corpus document has this text")
    }
    return found
  }

  /// The document whose text is exactly `text` (compared byte by byte).
  package static func document(withText text: String, in corpus: Corpus) -> Document? {
    let bytes = Array(text.utf8)
    return corpus.documents.first { $0.text.utf8 == bytes }
  }

  /// Checks that `text` from the file is the document's text, byte for byte
  /// (not Swift's canonical equivalence: `e\u{301}` is not `é`).
  package static func checkText(
    _ text: String, of document: Document, at location: FileLocation
  ) throws(ImportError) {
    let bytes = Array(text.utf8)
    guard bytes != document.text.utf8 else { return }
    var index = 0
    while index < bytes.count && index < document.text.utf8.count && bytes[index] == document.text.utf8[index] {
      index += 1
    }
    throw ImportError(
      .textMismatch, at: location,
      "the text does not match document '\(document.id)' (they differ from byte \(index) on)")
  }

  /// A JSON integer field, or the error.
  package static func integer(_ value: JSONValue?, _ name: String, at location: FileLocation) throws(ImportError) -> Int
  {
    guard let number = value?.intValue else {
      throw ImportError(.syntax, at: location, "'\(name)' must be an integer")
    }
    return number
  }

  /// A JSON string field, or the error.
  package static func string(_ value: JSONValue?, _ name: String, at location: FileLocation) throws(ImportError)
    -> String
  {
    guard let string = value?.stringValue else {
      throw ImportError(.syntax, at: location, "'\(name)' must be a string")
    }
    return string
  }

  /// Parses JSON, naming the line of a syntax error; an input that ends too
  /// early is reported as truncated.
  package static func parseJSON(_ bytes: some Collection<UInt8>, path: String, firstLine: Int = 1) throws(ImportError)
    -> JSONValue
  {
    do {
      return try JSONParser.parse(Array(bytes))
    } catch {
      let truncated = error.message.contains("end of input") || error.message.contains("unterminated")
      throw ImportError(
        truncated ? .truncated : .syntax, at: error.location(inFile: path, firstLine: firstLine), error.message)
    }
  }

  /// Converts a scalar range from UTF-16 offsets, or the error.
  package static func scalarRange(
    utf16 start: Int, _ end: Int, in text: SourceText, at location: FileLocation
  ) throws(ImportError) -> Range<Int> {
    if start > end { throw reversed(start, end, at: location, unit: "UTF-16 offsets") }
    guard let lower = text.scalarOffset(ofUTF16: start), let upper = text.scalarOffset(ofUTF16: end), lower <= upper
    else {
      throw ImportError(
        .badOffset, at: location,
        "UTF-16 offsets \(start)..\(end) fall outside the text (\(text.utf16Count) units) or inside a character")
    }
    return lower..<upper
  }

  /// Checks a scalar range, or the error.
  package static func checkRange(_ start: Int, _ end: Int, in text: SourceText, at location: FileLocation)
    throws(ImportError) -> Range<Int>
  {
    if start > end { throw reversed(start, end, at: location, unit: "offsets") }
    guard start >= 0, end <= text.scalarCount else {
      throw ImportError(
        .badOffset, at: location, "offsets \(start)..\(end) fall outside the text (\(text.scalarCount) characters)")
    }
    return start..<end
  }

  /// The error for a span whose start comes after its end.
  private static func reversed(_ start: Int, _ end: Int, at location: FileLocation, unit: String) -> ImportError {
    ImportError(
      .badOffset, at: location,
      "\(unit) \(start)..\(end) are reversed: the start comes after the end (swap them, or fix the span)")
  }
}
