import GlossCore

/// The WordNet 3.0 files that English morphology is read from: the four
/// index files (`index.noun` and the like: the lemmas of each part of
/// speech) and the four exception lists (`noun.exc` and the like: irregular
/// forms and their lemmas, `geese goose`), in the formats of WordNet's
/// `wndb(5WN)` and `morphy(7WN)`.
///
/// Only ``LemmaData``'s builder reads them; a lemmatizer needs no WordNet
/// at run time. Debian's `wordnet-base` installs them in
/// `/usr/share/wordnet` (`Scripts/setup.sh lexicons`).
public struct WordNetFiles: Sendable {
  /// The index files' bytes, by part of speech.
  public var indexFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])]
  /// The exception lists' bytes, by part of speech.
  public var exceptionFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])]

  /// Files already in memory.
  public init(
    indexFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])], exceptionFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])]
  ) {
    self.indexFiles = indexFiles
    self.exceptionFiles = exceptionFiles
  }

  /// Reads the eight files of a WordNet database directory, such as
  /// `/usr/share/wordnet`.
  public init(directory: String) throws(ModelFileError) {
    func read(_ name: String) throws(ModelFileError) -> [UInt8] {
      try ModelFileError.contents(ofFile: directory + "/" + name, what: "WordNet file")
    }
    var indexFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])] = []
    var exceptionFiles: [(EnglishLexicon.PartOfSpeech, [UInt8])] = []
    for partOfSpeech in EnglishLexicon.PartOfSpeech.allCases {
      indexFiles.append((partOfSpeech, try read(partOfSpeech.indexFileName)))
      exceptionFiles.append((partOfSpeech, try read(Self.exceptionFileName(partOfSpeech))))
    }
    self.init(indexFiles: indexFiles, exceptionFiles: exceptionFiles)
  }

  /// The name of WordNet's exception list of `partOfSpeech`.
  public static func exceptionFileName(_ partOfSpeech: EnglishLexicon.PartOfSpeech) -> String {
    switch partOfSpeech {
    case .noun: "noun.exc"
    case .verb: "verb.exc"
    case .adjective: "adj.exc"
    case .adverb: "adv.exc"
    }
  }

  /// The files' names and SHA-256s, index files first, for the record a
  /// lemma data file keeps of what it was built from.
  public var sources: [TrainingProvenance.Source] {
    let index = indexFiles.map {
      TrainingProvenance.Source(name: $0.0.indexFileName, sha256: SHA256.hexDigest(of: $0.1), sentences: 0, tokens: 0)
    }
    let exceptions = exceptionFiles.map {
      TrainingProvenance.Source(
        name: Self.exceptionFileName($0.0), sha256: SHA256.hexDigest(of: $0.1), sentences: 0, tokens: 0)
    }
    return index + exceptions
  }

  /// WordNet's lemmas: the parts of speech of every single-word lemma of
  /// the index files.
  public var lemmas: EnglishLexicon { EnglishLexicon(wordNetIndexFiles: indexFiles) }

  /// The exception lists as dictionary entries, in the namespace of their
  /// part of speech (``LemmaData/namespace(of:)``): each line
  /// `FORM LEMMA [LEMMA…]` gives FORM its first lemma. Multi-word forms and
  /// lemmas (with `_`) are left out, as are lines that start with a space.
  package var exceptionEntries: [LemmaDictionary.Entry] {
    var entries: [LemmaDictionary.Entry] = []
    let underscore = UInt8(ascii: "_")
    for (partOfSpeech, bytes) in exceptionFiles {
      for line in bytes.split(separator: 0x0A) where line.first != 0x20 {
        let fields = line.split(separator: 0x20).map { $0.filter { $0 != 0x0D } }.filter { !$0.isEmpty }
        guard fields.count >= 2, !fields[0].contains(underscore),
          let lemma = fields.dropFirst().first(where: { !$0.contains(underscore) })
        else { continue }
        entries.append(
          LemmaDictionary.Entry(
            namespace: LemmaData.namespace(of: partOfSpeech), key: Array(fields[0]),
            lemma: String(decoding: lemma, as: UTF8.self)))
      }
    }
    return entries
  }
}
