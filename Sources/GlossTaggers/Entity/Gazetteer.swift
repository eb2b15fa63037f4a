import GlossCore

/// Lists of names with their entity labels: the built-in lists, extended by
/// a corpus's own.
///
/// A list is plain text, one name per line, written as it appears in text
/// (`North Korea`, `State Duma`); blank lines and lines starting with `#` are
/// skipped. Matching is exact and case-sensitive, over the same pieces the
/// tagger reads (so `Russia` matches inside `Russia-North Korea`), and the
/// longest name wins. A name listed under two labels keeps the first.
///
/// A corpus extends the built-in lists with `Gazetteers/<LABEL>.txt` beside
/// `Corpus/` (for example `Gazetteers/PERSON.txt`); see
/// ``Gazetteer/adding(folder:)``.
public struct Gazetteer: Sendable {
  /// Every name with its label, in the order they were added.
  public private(set) var entries: [(name: String, label: String)] = []

  /// An empty gazetteer.
  public init() {}

  /// The lists shipped with Gloss: countries (from ISO 3166-1), states and
  /// provinces (from ISO 3166-2), capitals and major cities, regions,
  /// nationalities and groups, international organisations, legislatures,
  /// central banks and agencies, large companies, sports clubs, leagues and
  /// tournaments, and a few laws, events and languages.
  public static let standard: Gazetteer = {
    var gazetteer = Gazetteer()
    for list in BuiltinGazetteers.lists { gazetteer.add(list: list.names, label: list.label) }
    return gazetteer
  }()

  /// Adds one name.
  public mutating func add(_ name: String, label: String) {
    let trimmed = Self.trim(name[...])
    guard !trimmed.isEmpty else { return }
    entries.append((String(trimmed), label))
  }

  /// Adds every name of a list in the file format: one name per line,
  /// blank lines and `#` comments skipped.
  public mutating func add(list: String, label: String) {
    for line in list.split(whereSeparator: \.isNewline) {
      let trimmed = Self.trim(line)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      entries.append((String(trimmed), label))
    }
  }

  /// This gazetteer with the lists of a folder added: every `<LABEL>.txt`
  /// file in it gives names for `LABEL` (`GPE.txt`, `PERSON.txt`).
  ///
  /// A missing folder adds nothing.
  ///
  /// - Throws: ``GazetteerError`` when the folder or a file cannot be read,
  ///   or a file is not UTF-8.
  public func adding(folder: String) throws(GazetteerError) -> Gazetteer {
    guard FileSystem.isDirectory(atPath: folder) else { return self }
    var result = self
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: folder)
    } catch {
      throw GazetteerError(reading: error)
    }
    for name in names where name.hasSuffix(".txt") && !name.hasPrefix(".") {
      let path = Path.join(folder, name)
      let label = String(name.dropLast(4))
      let bytes: [UInt8]
      do {
        bytes = try FileSystem.readFile(atPath: path)
      } catch {
        throw GazetteerError(reading: error)
      }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw GazetteerError(path: path, message: "not valid UTF-8")
      }
      result.add(list: text, label: label)
    }
    return result
  }

  /// The gazetteer folder of a corpus: `Gazetteers/` beside `Corpus/`.
  public static func folder(ofCorpusAt root: String) -> String {
    Path.join(root, "Gazetteers")
  }

  private static func trim(_ line: Substring) -> Substring {
    var line = line
    while let first = line.first, first.isWhitespace { line.removeFirst() }
    while let last = line.last, last.isWhitespace { line.removeLast() }
    return line
  }
}
