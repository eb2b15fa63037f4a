import GlossCore

/// Checks the MISC column of the words a CoNLL-U import reads, as the UD
/// validator does at level 2, and places each problem at its line and column.
///
/// MISC is `_` or `|`-separated items, usually `Key=Value` (an item without
/// `=` is allowed and ignored). What the validator only warns about — an
/// empty item (`a||b`, a leading or trailing `|`) or an item with no key
/// (`=B-PER`) — is skipped and reported in one warning per document with the
/// first place and the count. What would be read wrongly is refused: a key
/// or value with a space at its start or end (the validator's
/// `misc-extra-space`), and a key Gloss reads given twice in one word.
struct CoNLLUMiscCheck {
  /// The file, for locations.
  let path: String
  /// Warnings so far in the current document: the first place, what, and how many.
  private var pending: [(kind: String, location: FileLocation, message: String, count: Int)] = []

  /// A checker for the file at `path`.
  init(path: String) {
    self.path = path
  }

  /// The line of word `index` (from 0) of `sentence`: after its comments,
  /// the words before it, and the multiword token lines and empty nodes
  /// that come before it.
  static func line(ofWord index: Int, in sentence: CoNLLUSentence) -> Int {
    let id = index + 1
    let tokens = sentence.multiwordTokens.filter { $0.range.lowerBound <= id }.count
    let nodes = sentence.emptyNodes.filter { $0.major < id }.count
    return sentence.lineNumber + sentence.comments.count + index + tokens + nodes
  }

  /// The column (from 1, in characters) where `word`'s MISC column starts.
  static func miscColumn(of word: CoNLLUWord) -> Int {
    let fields = [
      String(word.id), word.form, word.lemma, word.upos, word.xpos, word.feats, word.head.map(String.init) ?? "_",
      word.deprel, word.deps,
    ]
    return fields.reduce(1) { $0 + $1.unicodeScalars.count + 1 }
  }

  /// The `Key=Value` items of `word`'s MISC that are well formed, each with
  /// its column; empty items and items without a key are skipped and noted.
  ///
  /// - Parameter readKeys: Whether Gloss reads a key (a layer's or an
  ///   attribute's), so that it may not be given twice.
  /// - Throws: ``ImportError`` at the item's line and column.
  mutating func items(
    of word: CoNLLUWord, line: Int, readKeys: (String) -> Bool
  ) throws(ImportError) -> [(key: String, value: Substring)] {
    guard word.misc != "_" else { return [] }
    var column = Self.miscColumn(of: word)
    var result: [(key: String, value: Substring)] = []
    var seen: [String: Int] = [:]
    for item in word.misc.split(separator: "|", omittingEmptySubsequences: false) {
      let location = FileLocation(path: path, line: line, column: column)
      column += item.unicodeScalars.count + 1
      if item.isEmpty {
        note("empty", "empty item in MISC '\(word.misc)' (a stray '|'?); skipped", at: location)
        continue
      }
      guard let equals = item.firstIndex(of: "=") else { continue }
      let key = String(item[..<equals])
      let value = item[item.index(after: equals)...]
      if key.isEmpty {
        note("no key", "MISC item '\(item)' has no key before '='; skipped", at: location)
        continue
      }
      for (part, name) in [(Substring(key), "key"), (value, "value")] {
        if let first = part.unicodeScalars.first, let last = part.unicodeScalars.last,
          first.properties.isWhitespace || last.properties.isWhitespace
        {
          throw ImportError(
            .syntax, at: location,
            "the MISC item '\(item)' has a space at the start or end of its \(name) (UD's validator refuses it: misc-extra-space); remove the space"
          )
        }
      }
      if readKeys(key) {
        if let earlier = seen[key] {
          throw ImportError(
            .syntax, at: location,
            "MISC gives \(key) twice ('\(word.misc)', first at column \(earlier)); keep one of them")
        }
        seen[key] = location.column
      }
      result.append((key, value))
    }
    return result
  }

  /// Counts a problem the validator only warns about.
  private mutating func note(_ kind: String, _ message: String, at location: FileLocation) {
    if let index = pending.firstIndex(where: { $0.kind == kind }) {
      pending[index].count += 1
    } else {
      pending.append((kind, location, message, 1))
    }
  }

  /// The warnings of the document read since the last call, and starts afresh.
  mutating func takeWarnings() -> [String] {
    defer { pending = [] }
    return pending.map { entry in
      entry.count == 1
        ? "\(entry.location): \(entry.message)"
        : "\(entry.location): \(entry.message) (\(entry.count) such items in this document)"
    }
  }
}
