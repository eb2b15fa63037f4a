import GlossCore

/// The text header Gloss's binary model and data files start with: a line
/// `MAGIC VERSION`, then one line of JSON metadata; the binary body follows.
///
/// Reading it checks the magic and the version and parses the metadata, so
/// every file kind reports a foreign file, a missing metadata line and bad
/// JSON the same way (bad JSON by line 2 and column).
package struct ModelFileHeader {
  /// The format version of the file.
  package var version: Int
  /// The metadata line's value.
  package var metadata: JSONValue
  /// The offset of the first byte after the metadata line.
  package var bodyOffset: Int

  /// The line the metadata is on.
  private static let metadataLine = 2

  /// Reads the header of `bytes`, a file of kind `magic` (named `what` in
  /// errors, as in `lemma data file`) whose version must be in `versions`.
  package init(
    parsing bytes: [UInt8], path: String, magic: String, versions: ClosedRange<Int>, what: String
  ) throws(ModelFileError) {
    guard let firstNewline = bytes.firstIndex(of: 0x0A),
      let version = versions.first(where: {
        "\(magic) \($0)" == String(decoding: bytes[..<firstNewline], as: UTF8.self)
      })
    else {
      let formats = versions.count == 1 ? "\(versions.lowerBound)" : "\(versions.lowerBound) to \(versions.upperBound)"
      throw ModelFileError(
        at: FileLocation(path: path, byteOffset: 0), message: "not a Gloss \(what) of format \(formats)")
    }
    guard let secondNewline = bytes[(firstNewline + 1)...].firstIndex(of: 0x0A) else {
      throw ModelFileError(at: FileLocation(path: path, byteOffset: firstNewline + 1), message: "truncated header")
    }
    do {
      metadata = try JSONParser.parse(bytes[(firstNewline + 1)..<secondNewline])
    } catch {
      throw ModelFileError(
        at: error.location(inFile: path, firstLine: Self.metadataLine), message: "bad metadata: \(error.message)")
    }
    self.version = version
    bodyOffset = secondNewline + 1
  }

  /// The header lines of a file of kind `magic` and `version` with
  /// `metadata` (one line of JSON).
  package static func bytes(magic: String, version: Int, metadata: [UInt8]) -> [UInt8] {
    Array("\(magic) \(version)\n".utf8) + metadata + [0x0A]
  }
}
