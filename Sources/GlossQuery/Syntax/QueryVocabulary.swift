import GlossCore

/// The names a query may use: the scheme's layers, labels and attributes, the
/// documents' metadata fields and the result sets named with `let`.
///
/// The parser checks every name against it and suggests the nearest known
/// name for a misspelt one.
public struct QueryVocabulary: Sendable {
  /// The annotation scheme.
  public var scheme: Scheme
  /// The document fields a `doc[...]` condition may test: the metadata
  /// fields some document has (`dct`, `title`, …), `id` and `done` (the
  /// layers marked done, joined by spaces).
  public var metadataFields: Set<String>
  /// The names of the result sets defined so far.
  public var resultSets: Set<String>

  /// The span fields every layer has.
  public static let spanFields = ["text", "status", "annotator", "revision", "id", "label"]
  /// The keywords of the language, which cannot name result sets.
  public static let keywords: Set<String> = [
    "and", "or", "not", "within", "contains", "overlaps", "before", "after", "near", "in", "sentence", "document",
    "doc", "tokens", "let",
  ]

  /// Creates a vocabulary.
  public init(scheme: Scheme, metadataFields: Set<String> = [], resultSets: Set<String> = []) {
    self.scheme = scheme
    self.metadataFields = metadataFields
    self.resultSets = resultSets
  }

  /// The vocabulary of a corpus (its scheme and its documents' metadata fields).
  public init(corpus: Corpus, resultSets: Set<String> = []) {
    var fields: Set<String> = ["id", "done"]
    for document in corpus.documents { fields.formUnion(document.metadata.fields.keys) }
    self.init(scheme: corpus.scheme, metadataFields: fields, resultSets: resultSets)
  }

  /// Whether some token has syntax (part of speech, lemma, parse): false
  /// only when the engine knows that no document has any yet, so that a
  /// query testing them says to run `tag` instead of finding nothing.
  public var hasSyntax = true

  /// The fields a span of `layer` can be tested on.
  public func spanFields(of layer: String) -> [String] {
    Self.spanFields + (scheme.layer(named: layer)?.attributes.map(\.name) ?? [])
  }

  /// " (did you mean 'x'?)" or "".
  static func hint(_ name: String, among candidates: some Sequence<String>) -> String {
    NearestName.suggestion(for: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }
}
