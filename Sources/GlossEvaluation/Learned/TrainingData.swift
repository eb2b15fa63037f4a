import GlossCore
import GlossFormats
import GlossTaggers

/// Reading gold files into the labeled sentences a ``SequenceModel`` trains
/// and is measured on.
public enum TrainingData {
  /// The 17 Universal Dependencies part-of-speech tags.
  public static let universalPOSTags = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
    "SYM", "VERB", "X",
  ]

  /// A file's sentences and its training-source record.
  public struct Loaded: Sendable {
    /// The labeled sentences.
    public var sentences: [LabeledSequence]
    /// Name, digest and counts of the file.
    public var source: TrainingProvenance.Source
  }

  /// The syntactic words of a CoNLL-U file with their UPOS tags.
  public static func partOfSpeech(conlluAt path: String) throws -> Loaded {
    let bytes = try FileSystem.readFile(atPath: path)
    var reader = CoNLLUReader(bytes: bytes, path: path)
    let index = Dictionary(uniqueKeysWithValues: universalPOSTags.enumerated().map { ($1, $0) })
    var sentences: [LabeledSequence] = []
    var tokens = 0
    while let sentence = try reader.next() {
      let words = sentence.words.map(\.form)
      let labels = sentence.words.map { index[$0.upos] ?? index["X"]! }
      sentences.append(LabeledSequence(tokens: TokenSequence(words: words), labels: labels))
      tokens += words.count
    }
    return Loaded(sentences: sentences, source: source(path, bytes, sentences.count, tokens))
  }

  /// The sentences of unlabeled text to learn ``WordClusters`` from, by
  /// file name: a `.conllu` file's word forms, a WordNet data file's
  /// (`data.noun` and the like) glosses and examples, or else plain UTF-8
  /// text, tokenized.
  public static func unlabeledSentences(at paths: [String]) throws -> [TokenSequence] {
    var sentences: [TokenSequence] = []
    for path in paths {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      if name.hasSuffix(".conllu") {
        sentences += try partOfSpeech(conlluAt: path).sentences.map(\.tokens)
      } else if name.hasPrefix("data.") {
        sentences += WordClusters.sentences(wordNetData: try FileSystem.readFile(atPath: path))
      } else {
        sentences += WordClusters.sentences(plainText: try FileSystem.readFile(atPath: path))
      }
    }
    return sentences
  }

  /// The entity labels of UNER (BIO over PER, ORG, LOC and OTH).
  public static let entityLabels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-OTH", "I-OTH"]

  /// The sentences of an IOB2 file (UNER layout: index, token, tag, …; `#`
  /// comments; blank lines between sentences). Unknown entity types become
  /// OTH; a stray `I-` is read as it is (the evaluation treats it as a start).
  public static func entities(iob2At path: String) throws -> Loaded {
    let bytes = try FileSystem.readFile(atPath: path)
    let index = Dictionary(uniqueKeysWithValues: entityLabels.enumerated().map { ($1, $0) })
    var sentences: [LabeledSequence] = []
    var words: [String] = []
    var labels: [Int] = []
    var tokens = 0
    func flush() {
      if !words.isEmpty {
        sentences.append(LabeledSequence(tokens: TokenSequence(words: words), labels: labels))
        tokens += words.count
      }
      words.removeAll()
      labels.removeAll()
    }
    var lineNumber = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let text = String(decoding: line, as: UTF8.self)
      if text.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) {
        flush()
        continue
      }
      if text.hasPrefix("#") { continue }
      let columns = text.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 3 else {
        throw TrainingDataError(
          path: path, line: lineNumber, message: "expected index, token and tag separated by tabs")
      }
      var tag = String(columns[2])
      if tag != "O" && index[tag] == nil { tag = tag.prefix(2) + "OTH" }
      guard let label = index[tag] else {
        throw TrainingDataError(path: path, line: lineNumber, message: "unknown tag \(columns[2])")
      }
      words.append(String(columns[1]))
      labels.append(label)
    }
    flush()
    return Loaded(sentences: sentences, source: source(path, bytes, sentences.count, tokens))
  }

  /// A training-source record for a file.
  static func source(_ path: String, _ bytes: [UInt8], _ sentences: Int, _ tokens: Int) -> TrainingProvenance.Source {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return TrainingProvenance.Source(
      name: name, sha256: SHA256.hexDigest(of: bytes), sentences: sentences, tokens: tokens)
  }
}
