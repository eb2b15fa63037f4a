import GlossCore
import GlossFormats

/// The raw text of a CoNLL-U treebank rebuilt from its gold tokens, with the
/// gold token and sentence spans in it, the way the CoNLL 2018 shared task
/// rebuilds raw text.
///
/// - A surface token (a word, or a multiword token such as `don't` that
///   stands for several words) is followed by a space unless its MISC column
///   says `SpaceAfter=No`; for a multiword token the range line's MISC
///   counts.
/// - Sentences are separated by one space, or by a blank line (`"\n\n"`)
///   when the next sentence starts a paragraph (`# newpar`) or a document
///   (`# newdoc`). A space after a sentence's last token is not doubled.
/// - Empty nodes have no surface form and add nothing.
package struct GoldTokenization: Sendable {
  /// The rebuilt text.
  package var text: SourceText
  /// Every surface token, in order, as scalar ranges.
  package var tokens: [Range<Int>]
  /// Whether each surface token is a multiword token.
  package var isMultiword: [Bool]
  /// Every non-empty sentence, from its first token's start to its last
  /// token's end.
  package var sentences: [Range<Int>]

  /// Rebuilds the text of `sentences`.
  package init(_ sentences: [CoNLLUSentence]) {
    var bytes: [UInt8] = []
    var tokens: [Range<Int>] = []
    var isMultiword: [Bool] = []
    var spans: [Range<Int>] = []
    var position = 0
    for sentence in sentences {
      let surface = sentence.surfaceTokens
      guard !surface.isEmpty else { continue }
      if !spans.isEmpty {
        if sentence.startsParagraph {
          bytes.append(contentsOf: [0x0A, 0x0A])
          position += 2
        } else {
          bytes.append(0x20)
          position += 1
        }
      }
      let start = position
      for (index, token) in surface.enumerated() {
        let length = token.form.unicodeScalars.count
        tokens.append(position..<(position + length))
        isMultiword.append(token.isMultiword)
        bytes.append(contentsOf: token.form.utf8)
        position += length
        if token.spaceAfter && index + 1 < surface.count {
          bytes.append(0x20)
          position += 1
        }
      }
      spans.append(start..<position)
    }
    self.text = SourceText(String(decoding: bytes, as: UTF8.self))
    self.tokens = tokens
    self.isMultiword = isMultiword
    self.sentences = spans
  }
}
