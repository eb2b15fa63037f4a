import GlossCore

/// The rule tagger of temporal expressions: finds dates, times, durations,
/// sets and vague references, and gives each its TIMEX3 type (the label)
/// and normalized value, resolved against the document creation time.
///
/// It works on the tokenizer's tokens and the text's bytes: one pass to
/// classify tokens (``TimeTokenScanner``, no string per token), one pass of
/// the rule grammar (``TimeGrammar``), and ``TimexNormalizer`` for the values.
///
/// ```swift
/// let context = TaggingContext(documentID: "d", text: SourceText("Signed in June 2024."), dct: "2024-11-10")
/// TimeTagger().suggestions(in: context)  // DATE 10..<19 value=2024-06
/// ```
public struct TimeTagger: Tagger {
  /// `tagger:time@1`.
  public let name = "tagger:time@1"
  /// `time`.
  public let layers = ["time"]

  /// Creates the tagger.
  public init() {}

  /// The temporal expressions of a document, as `time` spans.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    expressions(in: context).map { range, timex in
      SpanSuggestion(layer: "time", label: timex.kind.rawValue, range: range, attributes: timex.attributes)
    }
  }

  /// The temporal expressions of a document with their TIMEX3 annotations.
  public func expressions(in context: TaggingContext) -> [(range: Range<Int>, timex: Timex)] {
    let tokens = TimeTokenScanner.scan(context.text, tokens: context.tokenization.tokens)
    var normalizer = TimexNormalizer(dct: context.dct, mode: context.timeReference)
    return TimeGrammar(tokens: tokens).matches().map { match in
      var timex = normalizer.normalizeInOrder(match.meaning, mod: match.mod, tense: match.tense)
      if let offset = match.zoneOffsetMinutes {
        timex.value = TimexNormalizer.withZone(timex.value, offsetMinutes: offset)
      }
      return (match.range, timex)
    }
  }
}
