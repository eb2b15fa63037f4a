import GlossCore
import GlossFormats

/// Measures a ``Tokenizer`` against a CoNLL-U treebank the way the CoNLL
/// 2018 shared task does.
///
/// The raw text is rebuilt from the gold tokens (see ``GoldTokenization``
/// for the exact rules), the tokenizer runs on it, and the predicted spans
/// are compared with the gold spans. Offsets are Unicode scalar offsets in
/// the rebuilt text.
///
/// **Tokens.** The gold tokens are the *surface* tokens: a multiword token
/// such as `don't` (words `do` `n't`) is one gold token. The predicted
/// tokens are first grouped into *units*: two or more consecutive predicted
/// tokens that exactly tile one gold multiword token — the first starts
/// where it starts, the last ends where it ends — form one unit (the
/// tokenizer's `do` + `n't` over gold `don't` is one unit, as a CoNLL 2018
/// system would write it as one multiword token); every other predicted
/// token is a unit of its own. A unit is correct if its span equals a gold
/// token's span. Precision is correct / units, recall is correct / gold
/// tokens.
///
/// **Sentences.** A predicted sentence is correct if its span (first
/// token's start to last token's end) equals a gold sentence's span.
public struct TokenizationEvaluation: Sendable {
  /// Evaluates `tokenizer` on the treebank at `path`.
  ///
  /// - Parameters:
  ///   - path: A CoNLL-U file.
  ///   - tokenizer: The tokenizer to measure; by default one following UD
  ///     conventions (``Tokenizer/universalDependencies``), since UD
  ///     treebanks split hyphenated words.
  ///   - maximumExamples: How many error examples of each level to keep.
  /// - Throws: ``CoNLLUError`` if the file cannot be read or parsed.
  public static func evaluate(
    conlluAt path: String, tokenizer: Tokenizer = .universalDependencies, maximumExamples: Int = 40
  ) throws(CoNLLUError) -> TokenizationReport {
    var reader = try CoNLLUReader(contentsOfFile: path)
    let sentences = try reader.readAll()
    return evaluate(sentences: sentences, source: path, tokenizer: tokenizer, maximumExamples: maximumExamples)
  }

  /// Evaluates `tokenizer` on sentences already read.
  public static func evaluate(
    sentences: [CoNLLUSentence], source: String = "<memory>",
    tokenizer: Tokenizer = .universalDependencies, maximumExamples: Int = 40
  ) -> TokenizationReport {
    let gold = GoldTokenization(sentences)
    let predicted = tokenizer.tokenize(gold.text)
    let units = Self.units(of: predicted.tokens, gold: gold)
    var examples: [TokenizationErrorExample] = []
    let tokenScore = score(
      gold: gold.tokens, predicted: units, text: gold.text, maximumExamples: maximumExamples,
      examples: &examples)
    let sentenceScore = score(
      sentencesOf: gold.sentences, predicted: predicted.sentences, text: gold.text,
      maximumExamples: maximumExamples, examples: &examples)
    return TokenizationReport(
      source: source, textScalarCount: gold.text.scalarCount, textByteCount: gold.text.utf8.count,
      tokens: tokenScore, sentences: sentenceScore, examples: examples)
  }

  /// Groups predicted tokens that exactly tile a gold multiword token.
  package static func units(of predicted: [Range<Int>], gold: GoldTokenization) -> [Range<Int>] {
    var units: [Range<Int>] = []
    units.reserveCapacity(predicted.count)
    var goldIndex = 0
    var index = 0
    while index < predicted.count {
      let token = predicted[index]
      while goldIndex < gold.tokens.count && gold.tokens[goldIndex].upperBound <= token.lowerBound {
        goldIndex += 1
      }
      if goldIndex < gold.tokens.count && gold.isMultiword[goldIndex] {
        let target = gold.tokens[goldIndex]
        if token.lowerBound == target.lowerBound && token.upperBound < target.upperBound {
          var last = index + 1
          while last < predicted.count && predicted[last].upperBound < target.upperBound { last += 1 }
          if last < predicted.count && predicted[last].upperBound == target.upperBound {
            units.append(target)
            index = last + 1
            continue
          }
        }
      }
      units.append(token)
      index += 1
    }
    return units
  }

  /// Scores token spans and records the regions where they differ.
  private static func score(
    gold: [Range<Int>], predicted: [Range<Int>], text: SourceText, maximumExamples: Int,
    examples: inout [TokenizationErrorExample]
  ) -> BoundaryScore {
    var correct = 0
    var kept = 0
    var g = 0
    var p = 0
    while g < gold.count && p < predicted.count {
      if gold[g] == predicted[p] {
        correct += 1
        g += 1
        p += 1
        continue
      }
      // A region of disagreement ends where both sides end a token at the
      // same offset.
      let g0 = g
      let p0 = p
      while g < gold.count && p < predicted.count {
        let goldEnd = gold[g].upperBound
        let predictedEnd = predicted[p].upperBound
        if goldEnd == predictedEnd {
          g += 1
          p += 1
          break
        }
        if goldEnd < predictedEnd { g += 1 } else { p += 1 }
      }
      if kept < maximumExamples {
        kept += 1
        let lower = min(gold[g0].lowerBound, predicted[p0].lowerBound)
        let upper = max(gold[g - 1].upperBound, predicted[p - 1].upperBound)
        examples.append(
          TokenizationErrorExample(
            level: .token, range: lower..<upper, gold: gold[g0..<g].map { text.text(in: $0) },
            predicted: predicted[p0..<p].map { text.text(in: $0) },
            context: context(text, lower..<upper)))
      }
    }
    return BoundaryScore(gold: gold.count, predicted: predicted.count, correct: correct)
  }

  /// Scores sentence spans and records missed and false boundaries.
  private static func score(
    sentencesOf gold: [Range<Int>], predicted: [Range<Int>], text: SourceText,
    maximumExamples: Int, examples: inout [TokenizationErrorExample]
  ) -> BoundaryScore {
    let goldSet = Set(gold)
    let correct = predicted.reduce(0) { $0 + (goldSet.contains($1) ? 1 : 0) }
    let goldEnds = Set(gold.map(\.upperBound))
    let predictedEnds = Set(predicted.map(\.upperBound))
    var kept = 0
    var g = 0
    var p = 0
    while (g < gold.count || p < predicted.count) && kept < maximumExamples {
      let goldEnd = g < gold.count ? gold[g].upperBound : Int.max
      let predictedEnd = p < predicted.count ? predicted[p].upperBound : Int.max
      let end = min(goldEnd, predictedEnd)
      if goldEnd == end { g += 1 }
      if predictedEnd == end { p += 1 }
      let inGold = goldEnds.contains(end)
      let inPredicted = predictedEnds.contains(end)
      if inGold != inPredicted {
        kept += 1
        examples.append(
          TokenizationErrorExample(
            level: .sentence, range: end..<end, gold: inGold ? ["end"] : [],
            predicted: inPredicted ? ["end"] : [], context: context(text, end..<end)))
      }
    }
    return BoundaryScore(gold: gold.count, predicted: predicted.count, correct: correct)
  }

  /// The text around `range`, marked.
  private static func context(_ text: SourceText, _ range: Range<Int>) -> String {
    let before = max(0, range.lowerBound - 40)
    let after = min(text.scalarCount, range.upperBound + 40)
    let marked =
      text.text(in: before..<range.lowerBound) + "⟦" + text.text(in: range) + "⟧"
      + text.text(in: range.upperBound..<after)
    return String(String.UnicodeScalarView(marked.unicodeScalars.map { $0 == "\n" ? "⏎" : $0 }))
  }
}
