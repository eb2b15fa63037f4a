import GlossCore

/// The shipped clause tagger: clauses read off a dependency parse (the
/// shipped POS model and parser analyse each sentence, and
/// ``SyntacticClauseFinder`` maps the tree onto the `clause` layer's
/// conventions), completed by the clause rules of ``ClauseTagger`` where the
/// parse found nothing: a rule clause is added when no parsed clause has
/// its extent and none crosses it.
///
/// Combined, they measure better than either alone on the held-out news
/// gold of `Tests/Fixtures/gold-news` (exact F1 0.841 against 0.827 for the
/// parse and 0.679 for the rules; see docs/taggers.md). Without the shipped
/// models (a moved binary without `Models/`), the rules alone tag.
public struct SyntacticClauseTagger: Tagger {
  /// `tagger:clauses@1`: the name of the clause tagger whose suggestions it
  /// replaces when a corpus is tagged again.
  public let name = "tagger:clauses@1"
  /// The layers it suggests spans on.
  public let layers = ["clause"]

  /// The tagger, lemmatizer and parser, or `nil` to use the rules alone.
  public let annotator: SyntaxAnnotator?
  private let rules = ClauseTagger()

  /// A tagger over the given models.
  public init(annotator: SyntaxAnnotator?) {
    self.annotator = annotator
  }

  /// A tagger over the shipped models, loaded once per process when first
  /// used.
  public init() {
    self.annotator = Self.shippedAnnotator
  }

  /// The shipped models, or `nil` when they cannot be found.
  private static var shippedAnnotator: SyntaxAnnotator? { try? SyntaxAnnotator.sharedShipped() }

  /// The spans it suggests in a document.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    let ruled = rules.suggestions(in: context)
    guard let annotator else { return ruled }
    let tokenization = DocumentSyntax.tokenizer.tokenize(context.text)
    let syntax: DocumentSyntax
    if let known = context.syntax, known.count == tokenization.tokens.count {
      syntax = known
    } else {
      var workspace = SyntaxAnnotator.Workspace()
      let document = Document(id: context.documentID, text: context.text)
      syntax = annotator.annotate(document, tokenization: tokenization, workspace: &workspace)
    }
    return Self.combined(parsed: Self.clauses(syntax: syntax, tokenization: tokenization), ruled: ruled)
  }

  /// The parsed clauses with the rule clauses that the layer's nesting
  /// allows beside them (no shared extent, no crossing), in text order.
  static func combined(parsed: [SpanSuggestion], ruled: [SpanSuggestion]) -> [SpanSuggestion] {
    let allowed = ruled.filter { clause in parsed.allSatisfy { OverlapPolicy.nest.allows(clause.range, $0.range) } }
    return (parsed + allowed).sorted {
      ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound)
    }
  }

  /// The clause spans of a parsed document.
  public static func clauses(syntax: DocumentSyntax, tokenization: Tokenization) -> [SpanSuggestion] {
    let tokens = tokenization.tokens
    var result: [SpanSuggestion] = []
    for sentence in tokenization.sentenceTokenRanges() where !sentence.isEmpty {
      let words = sentence.map { syntax[$0] }
      let finder = SyntacticClauseFinder(
        tags: words.map(\.tag), lemmas: words.map(\.lemma),
        heads: words.map { word in word.head.map { $0 - sentence.lowerBound } },
        relations: words.map(\.relation))
      for clause in finder.clauses() {
        let first = tokens[sentence.lowerBound + clause.start]
        let last = tokens[sentence.lowerBound + clause.end - 1]
        result.append(SpanSuggestion(layer: "clause", label: clause.label, range: first.lowerBound..<last.upperBound))
      }
    }
    return result
  }
}
