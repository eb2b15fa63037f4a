import GlossCore

/// The rule-based entity tagger: gazetteers and patterns over the tokens of
/// a document, with labels of the `entity` layer.
///
/// It finds names in the gazetteers (countries, cities, nationalities,
/// organisations, companies, clubs… and a corpus's own lists), titled and
/// named people (`President Vladimir Putin`, `Kim Jong Un`, `spokesman Dmitry
/// Peskov`, `said Jane Doe`), organisations, laws, facilities, places and
/// events by the last word of their name (`… Commission`, `… Treaty`, `…
/// Airport`) or the first (`Mount …`, `Stade de …`), articles of laws
/// (`Article 4`), wire datelines (`BRUSSELS, March 14 —`), named storms,
/// products (`Boeing 737`), quoted titles of works, and organisations told by
/// their context (`analysts at X`, `X, the Dutch chipmaker,`, `X shares`);
/// then every other mention of a name it found, including a person's family
/// or given name alone and a storm's name alone. Extents follow the scheme: titles,
/// determiners and a possessive `'s` stay outside; hyphenated tokens are
/// split where a name ends inside them (`US` in `US-led`).
///
/// It allocates per document, not per token, and looks words up by hash.
public struct EntityTagger: Tagger {
  /// The tagger's name, recorded as the annotator of its suggestions.
  public let name = "tagger:entities@1"
  /// The layers it suggests spans on.
  public let layers = ["entity"]

  private let model: EntityModel

  /// Creates a tagger over a gazetteer (by default the built-in one).
  public init(gazetteer: Gazetteer = .standard) {
    self.model = EntityModel(gazetteer: gazetteer)
  }

  /// A tagger for a corpus: the built-in gazetteer extended with the lists
  /// in the corpus's `Gazetteers/` folder, if it has one.
  ///
  /// - Throws: ``GazetteerError`` when a list cannot be read.
  public init(corpusAt root: String) throws(GazetteerError) {
    self.init(gazetteer: try Gazetteer.standard.adding(folder: Gazetteer.folder(ofCorpusAt: root)))
  }

  /// The spans it suggests in a document.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    var pieces: [NamePiece] = []
    var bounds: [Int] = []
    NamePieceScanner(lexicon: model.lexicon).scan(
      context.text, tokenization: context.tokenization, into: &pieces, sentenceBounds: &bounds)
    let matcher = EntityMatcher(model: model, pieces: pieces, sentenceBounds: bounds)
    return matcher.entities().map {
      SpanSuggestion(layer: "entity", label: $0.label, range: pieces[$0.start].start..<pieces[$0.end - 1].end)
    }
  }
}
