import GlossCore

/// Finds token forms read from a file in a document's text, for the formats
/// that carry no offsets (CoNLL-2003, CoNLL-U): each form must follow the
/// previous one after nothing but whitespace (or a byte order mark, which
/// the tokenizer leaves out of every token too).
package struct TokenAligner {
  /// The text.
  package let text: SourceText
  /// The scalar offset where the next form is looked for.
  package private(set) var position = 0

  /// Starts at the beginning of `text`.
  package init(text: SourceText) {
    self.text = text
  }

  /// The scalar range of `form`, which must come next after whitespace, or
  /// `nil` (and the position unchanged) when the text has something else.
  package mutating func next(_ form: Substring) -> Range<Int>? {
    var offset = position
    while offset < text.scalarCount && Span.isSpaceLike(text.scalar(at: offset)) { offset += 1 }
    let start = offset
    var byte = text.utf8Offset(ofScalar: start)
    for unit in form.utf8 {
      guard byte < text.utf8.count, text.utf8[byte] == unit else { return nil }
      byte += 1
    }
    let end = text.scalarOffset(ofUTF8: byte)
    position = end
    return start..<end
  }

  /// Whether only whitespace is left.
  package var atEnd: Bool {
    var offset = position
    while offset < text.scalarCount && Span.isSpaceLike(text.scalar(at: offset)) { offset += 1 }
    return offset == text.scalarCount
  }

  /// A short quote of the text at the position, for error messages.
  package var upcoming: String {
    var offset = position
    while offset < text.scalarCount && Span.isSpaceLike(text.scalar(at: offset)) { offset += 1 }
    return text.text(in: offset..<min(text.scalarCount, offset + 20))
  }
}
