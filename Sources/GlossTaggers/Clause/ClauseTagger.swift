import GlossCore

/// The rule-based clause tagger: MAIN, SUB and REL spans of the `clause`
/// layer, nested, after the CoNLL-2001 clause identification task.
///
/// Each sentence is read left to right with a stack of open clauses (see
/// ``ClauseFinder``): subordinators open SUB clauses and relative pronouns
/// REL clauses; a finite verb (an auxiliary or modal, an irregular finite
/// form, or a word in `-ed`/`-s` after a subject) gives the open clause its
/// verb; a comma closes an embedded clause that came before its parent's
/// verb or that another clause follows; a coordinator followed by a subject
/// and a verb starts a coordinated clause. Clauses span from their first to
/// their last word, with sentence-final punctuation outside; a sentence
/// without a finite verb (a headline, a list item) has no clause.
public struct ClauseTagger: Tagger {
  /// The tagger's name, recorded as the annotator of its suggestions.
  public let name = "tagger:clauses@1"
  /// The layers it suggests spans on.
  public let layers = ["clause"]

  /// Creates the tagger.
  public init() {}

  /// The spans it suggests in a document.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    let tokens = context.tokenization.tokens
    var result: [SpanSuggestion] = []
    var finder = ClauseFinder()
    var first = 0
    for sentence in context.tokenization.sentences {
      while first < tokens.count && tokens[first].upperBound <= sentence.lowerBound { first += 1 }
      var last = first
      while last < tokens.count && tokens[last].lowerBound < sentence.upperBound { last += 1 }
      guard last > first else { continue }
      finder.load(words: tokens[first..<last].map { context.text.text(in: $0) })
      for clause in finder.clauses() {
        result.append(
          SpanSuggestion(
            layer: "clause", label: clause.label,
            range: tokens[first + clause.start].lowerBound..<tokens[first + clause.end].upperBound))
      }
      first = last
    }
    return result
  }
}
