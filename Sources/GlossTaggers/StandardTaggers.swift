/// The taggers Gloss ships, by layer: what `gloss tag`, the shell's `tag`,
/// `gloss eval` and the benchmark run.
///
/// To ship a tagger, add it to ``byLayer`` (one line); everything else picks
/// it up.
public enum StandardTaggers {
  /// The shipped taggers of each layer, highest priority first.
  public static let byLayer: [(layer: String, taggers: [any Tagger])] = [
    ("entity", [EntityTagger()]),
    ("time", [TimeTagger()]),
    ("clause", [SyntacticClauseTagger()]),
  ]

  /// The layers that have a tagger, in order.
  public static var layers: [String] { byLayer.map(\.layer) }

  /// The taggers of the given layers (all layers when `nil`), combined.
  ///
  /// With `root`, the entity tagger also reads the corpus's own gazetteers
  /// (`Gazetteers/<LABEL>.txt` beside `Corpus/`).
  ///
  /// - Throws: ``TaggerSelectionError`` naming a layer without a tagger, or
  ///   ``GazetteerError`` for a corpus gazetteer that cannot be read.
  public static func tagger(layers selected: [String]? = nil, corpusAt root: String? = nil) throws -> CombinedTagger {
    var entries = byLayer
    if let root, let index = entries.firstIndex(where: { $0.layer == "entity" }) {
      entries[index].taggers = [try EntityTagger(corpusAt: root)]
    }
    guard let selected else { return CombinedTagger(entries.flatMap(\.taggers)) }
    var taggers: [any Tagger] = []
    for layer in selected {
      guard let entry = entries.first(where: { $0.layer == layer }) else {
        throw TaggerSelectionError(layer: layer, available: layers)
      }
      taggers += entry.taggers
    }
    return CombinedTagger(taggers)
  }
}

/// A layer was asked for that no shipped tagger covers.
public struct TaggerSelectionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The layer asked for.
  public var layer: String
  /// The layers that have taggers.
  public var available: [String]

  /// A message naming the layers that can be tagged.
  public var description: String {
    "no tagger for layer '\(layer)' (taggers exist for: \(available.joined(separator: ", ")))"
  }
}
