import GlossCore

/// A gazetteer and the lexicon compiled for matching: hashed piece
/// sequences, so matching allocates nothing per token.
///
/// Keys are 64-bit FNV-1a hashes of piece sequences; names are not
/// re-checked on a hit, and a collision among a few thousand names is
/// vanishingly unlikely.
struct EntityModel: Sendable {
  /// Word classes by lowercased hash, with ``WordClass/gazetteerStart`` on
  /// the first word of every name.
  var lexicon: [UInt64: WordClass] = [:]
  /// Names by the hash of their pieces.
  var names: [UInt64: Name] = [:]
  /// The most pieces in one name.
  var longestName = 0

  /// A gazetteer name.
  struct Name: Sendable {
    var label: String
    var length: Int
  }

  init(gazetteer: Gazetteer) {
    for (classes, words) in EntityLexicon.lists {
      for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        lexicon[NameHash.hash(word, lowercased: true), default: []].insert(classes)
      }
    }
    let scanner = NamePieceScanner(lexicon: [:])
    let tokenizer = Tokenizer()
    var pieces: [NamePiece] = []
    var bounds: [Int] = []
    for (name, label) in gazetteer.entries {
      // A word after the name, so that a final abbreviation keeps its
      // period as in running text (`U.S.`, not `U.S` and `.`).
      let text = SourceText(name + " x")
      scanner.scan(text, tokenization: tokenizer.tokenize(text), into: &pieces, sentenceBounds: &bounds)
      pieces.removeLast()
      guard let first = pieces.first else { continue }
      let key = pieces.reduce(NameHash.offset) { NameHash.combine($0, $1.hash) }
      if names[key] == nil { names[key] = Name(label: label, length: pieces.count) }
      lexicon[first.lowerHash, default: []].insert(.gazetteerStart)
      longestName = max(longestName, pieces.count)
    }
  }
}
