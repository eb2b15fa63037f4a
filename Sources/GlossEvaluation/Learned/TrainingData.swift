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

  /// A training-source record for a file.
  static func source(_ path: String, _ bytes: [UInt8], _ sentences: Int, _ tokens: Int) -> TrainingProvenance.Source {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return TrainingProvenance.Source(
      name: name, sha256: SHA256.hexDigest(of: bytes), sentences: sentences, tokens: tokens)
  }
}
