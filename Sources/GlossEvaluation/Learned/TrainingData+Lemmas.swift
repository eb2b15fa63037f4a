import GlossCore
import GlossFormats
import GlossTaggers

extension TrainingData {
  /// A CoNLL-U file's sentences as words with their gold lemmas and UPOS
  /// tags (multiword tokens' and empty nodes' lines left out).
  public struct LoadedLemmas: Sendable {
    /// The sentences, each a list of its syntactic words.
    public var sentences: [[LemmaExample]]
    /// Name, digest and counts of the file.
    public var source: TrainingProvenance.Source

    /// Every word of every sentence.
    public var words: [LemmaExample] { sentences.flatMap { $0 } }
  }

  /// The syntactic words of a CoNLL-U file with their lemmas and UPOS tags;
  /// a tag outside UD's 17 is read as `X`.
  public static func lemmas(conlluAt path: String) throws -> LoadedLemmas {
    let bytes = try FileSystem.readFile(atPath: path)
    var reader = CoNLLUReader(bytes: bytes, path: path)
    var sentences: [[LemmaExample]] = []
    var tokens = 0
    while let sentence = try reader.next() {
      sentences.append(
        sentence.words.map {
          LemmaExample(form: $0.form, lemma: $0.lemma, tag: UniversalPartOfSpeech(rawValue: $0.upos) ?? .other)
        })
      tokens += sentence.words.count
    }
    return LoadedLemmas(sentences: sentences, source: source(path, bytes, sentences.count, tokens))
  }
}
