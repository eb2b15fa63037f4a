import GlossCore
import GlossFormats
import GlossTaggers

extension TrainingData {
  /// A CoNLL-U file's dependency trees.
  public struct LoadedTrees: Sendable {
    /// The sentences, with the file's (gold) tags and lemmas.
    public var sentences: [DependencyExample]
    /// Each sentence's word forms.
    public var words: [[String]]
    /// Name, digest and counts of the file.
    public var source: TrainingProvenance.Source
  }

  /// The syntactic words of a CoNLL-U file with their tags, lemmas, heads
  /// and relations (multiword tokens' and empty nodes' lines left out); a
  /// tag outside UD's 17 is read as `X`, a missing head as the root.
  public static func dependencies(conlluAt path: String) throws -> LoadedTrees {
    let bytes = try FileSystem.readFile(atPath: path)
    var reader = CoNLLUReader(bytes: bytes, path: path)
    var sentences: [DependencyExample] = []
    var words: [[String]] = []
    var tokens = 0
    while let sentence = try reader.next() {
      let forms = sentence.words.map(\.form)
      sentences.append(
        DependencyExample(
          tokens: TokenSequence(words: forms),
          tags: sentence.words.map { UniversalPartOfSpeech(rawValue: $0.upos) ?? .other },
          lemmas: sentence.words.map(\.lemma), heads: sentence.words.map { Int32($0.head ?? 0) },
          relations: sentence.words.map(\.deprel)))
      words.append(forms)
      tokens += forms.count
    }
    return LoadedTrees(sentences: sentences, words: words, source: source(path, bytes, sentences.count, tokens))
  }
}
