import GlossCore
import GlossFormats

/// Generates the documents of the export benchmark: English-like words,
/// punctuation and non-ASCII names in sentences of 12 words, with a PERSON
/// entity on words 5–6 of each, so every exporter has tokens to split,
/// characters to escape and spans to write.
enum ExportBenchmarkCorpus {
  /// Words per sentence, its final full stop included.
  private static let sentenceLength = 12
  /// The position in each sentence where the two-word entity starts.
  private static let entityPosition = 5
  /// The entity's words.
  private static let entityWords = ("Kim", "Jong-un")
  /// The entity's length in Unicode scalars (`Kim Jong-un`).
  private static let entityScalars = 11
  /// Steps through the vocabulary so neighbouring words differ.
  private static let vocabularyStride = 7
  /// About how many bytes a word and its space take, to reserve the text.
  private static let bytesPerWord = 7

  /// The words between entities.
  private static let vocabulary = [
    "the", "treaty", "was", "signed", "in", "Pyongyang", "by", "leaders", "of", "both", "countries", "and", "it",
    "don't",
    "Russia's", "defence", "“mutual”", "aid", "—", "José", "Zoë", "met", "on", "June", "19", ",", "2024", "said",
    "that",
  ]

  /// Document `number` (its id is `bench` and the number) of `words` words.
  static func document(number: Int, words: Int) -> ExportDocument {
    var text = ""
    text.reserveCapacity(words * bytesPerWord)
    var spans: [Span] = []
    var scalar = 0
    for index in 0..<words {
      let position = index % sentenceLength
      let isLast = position == sentenceLength - 1
      let word = self.word(at: position, index: index, number: number)
      if !isLast && index > 0 {
        text += " "
        scalar += 1
      }
      if position == entityPosition {
        spans.append(
          Span(
            id: "s\(spans.count + 1)", layer: "entity", label: "PERSON", start: scalar, end: scalar + entityScalars,
            annotator: "bench", status: .accepted))
      }
      text += word
      scalar += word.unicodeScalars.count
      if isLast {
        text += " "
        scalar += 1
      }
    }
    text += "\n"
    return ExportDocument(document: Document(id: "bench\(number)", text: SourceText(text)), spans: spans)
  }

  /// The word at `position` of its sentence, the `index`th of document `number`.
  private static func word(at position: Int, index: Int, number: Int) -> String {
    switch position {
    case entityPosition: return entityWords.0
    case entityPosition + 1: return entityWords.1
    case sentenceLength - 1: return "."
    default: return vocabulary[(index &* vocabularyStride &+ number) % vocabulary.count]
    }
  }
}
