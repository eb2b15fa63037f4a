/// The extra per-token features of an entity ``SequenceModel``: gazetteer
/// hits, part of speech, and the tags of a base entity model.
///
/// Which of them a model was trained with is part of its ``SequenceModel/kind``
/// (`entities`, `entities+gazetteer`, `entities+pos`,
/// `entities+gazetteer+pos`, each optionally with `+base`), so a tagger
/// computes the same features at tagging time as at training time.
///
/// - Gazetteer: the longest name of the ``Gazetteer`` (names split at
///   spaces, matched case-sensitively on whole tokens) starting at each
///   token gives `gz:B-LABEL` on its first token and `gz:I-LABEL` on the
///   others.
/// - Part of speech: the tag a POS model predicts for the token and its two
///   neighbours (`pos:PROPN`, `pos-1:DET`, `pos+1:VERB`).
/// - Base: the BIO tag a base entity model (with its own features) predicts
///   for the token and its two neighbours (`base:B-PER`, `base-1:O`,
///   `base+1:I-PER`). A model trained on a few accepted documents thus
///   starts from what the base model knows, whatever its label set, and
///   learns how the base's types map onto its own labels.
public struct EntityFeatures: Sendable {
  /// Gazetteer names by first word, longest first.
  private let names: [String: [(words: [String], label: String)]]
  /// The part-of-speech model, if used.
  public let partOfSpeech: SequenceModel?
  /// Whether gazetteer hits are features.
  public let usesGazetteer: Bool
  /// The base entity model, if used, with the features it needs (zero or one).
  private let bases: [(model: SequenceModel, features: EntityFeatures)]

  /// The base entity model whose tags are features, if any.
  public var base: SequenceModel? { bases.first?.model }

  /// Features from `gazetteer` (if given), `partOfSpeech` (if given) and the
  /// tags of `base` (if given: an entity model and the features it was
  /// trained with).
  public init(
    gazetteer: Gazetteer?, partOfSpeech: SequenceModel?,
    base: (model: SequenceModel, features: EntityFeatures)? = nil
  ) {
    var names: [String: [(words: [String], label: String)]] = [:]
    var seen = Set<String>()
    for entry in gazetteer?.entries ?? [] where seen.insert(entry.name).inserted {
      let words = entry.name.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      names[first, default: []].append((words, entry.label))
    }
    self.names = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    self.partOfSpeech = partOfSpeech
    self.usesGazetteer = gazetteer != nil
    self.bases = base.map { [$0] } ?? []
  }

  /// The model kind of an entity model trained with these features.
  public var kind: String {
    "entities" + (usesGazetteer ? "+gazetteer" : "") + (partOfSpeech != nil ? "+pos" : "")
      + (bases.isEmpty ? "" : "+base")
  }

  /// Which features a model of `kind` was trained with.
  ///
  /// The first part of a kind names what the model tags, so a POS model's
  /// own kind, `pos`, is not a POS feature.
  public static func uses(kind: String) -> (gazetteer: Bool, partOfSpeech: Bool, base: Bool) {
    let features = kind.split(separator: "+").dropFirst()
    return (features.contains("gazetteer"), features.contains("pos"), features.contains("base"))
  }

  /// The features of every token of `tokens`.
  public func features(of tokens: TokenSequence) -> [[String]] {
    features(of: tokens, sharing: nil)
  }

  /// The features of every token; `shared` holds the tags that the POS
  /// model of file digest `digest` gave `tokens`, reused instead of tagging
  /// again when this model's POS model is the same file (a model and its
  /// base usually read the shipped POS model).
  func features(of tokens: TokenSequence, sharing shared: (digest: String, tags: [String])?) -> [[String]] {
    let n = tokens.count
    var result = [[String]](repeating: [], count: n)
    var sharing = shared
    if usesGazetteer {
      let words = (0..<n).map { tokens.word(at: $0) }
      var i = 0
      while i < n {
        var matched = 0
        for candidate in names[words[i]] ?? [] where i + candidate.words.count <= n {
          if Array(words[i..<(i + candidate.words.count)]) == candidate.words {
            matched = candidate.words.count
            result[i].append("gz:B-" + candidate.label)
            for k in (i + 1)..<(i + matched) { result[k].append("gz:I-" + candidate.label) }
            break
          }
        }
        i += max(1, matched)
      }
    }
    if let partOfSpeech {
      let tags: [String]
      if let shared, let digest = partOfSpeech.fileSHA256, digest == shared.digest {
        tags = shared.tags
      } else {
        var workspace = SequenceModel.Workspace()
        partOfSpeech.tag(tokens, workspace: &workspace)
        tags = workspace.labels.map { partOfSpeech.labels[$0] }
      }
      if let digest = partOfSpeech.fileSHA256 { sharing = (digest, tags) }
      for i in 0..<n {
        result[i].append("pos:" + tags[i])
        result[i].append("pos-1:" + (i > 0 ? tags[i - 1] : "^"))
        result[i].append("pos+1:" + (i + 1 < n ? tags[i + 1] : "$"))
      }
    }
    if let base = bases.first {
      var workspace = SequenceModel.Workspace()
      base.model.tag(tokens, extra: base.features.features(of: tokens, sharing: sharing), workspace: &workspace)
      let tags = workspace.labels.map { base.model.labels[$0] }
      for i in 0..<n {
        result[i].append("base:" + tags[i])
        result[i].append("base-1:" + (i > 0 ? tags[i - 1] : "^"))
        result[i].append("base+1:" + (i + 1 < n ? tags[i + 1] : "$"))
      }
    }
    return result
  }
}
