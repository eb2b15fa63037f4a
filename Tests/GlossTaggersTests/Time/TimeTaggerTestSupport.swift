import GlossCore
import GlossTaggers
import Testing

/// One expected temporal expression: its text, type, value and modifier.
struct ExpectedTimex: Sendable, CustomStringConvertible {
  var text: String
  var type: String
  var value: String
  var mod: String? = nil

  init(_ text: String, _ type: String, _ value: String, mod: String? = nil) {
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
  }

  var description: String { "[\(text)] \(type) \(value)" + (mod.map { " mod=\($0)" } ?? "") }
}

/// A sentence, its dct, and everything the tagger should find in it.
struct TimeCase: Sendable, CustomTestStringConvertible {
  var sentence: String
  var dct: String?
  var expected: [ExpectedTimex]

  init(_ sentence: String, dct: String? = "2024-11-10", _ expected: ExpectedTimex...) {
    self.sentence = sentence
    self.dct = dct
    self.expected = expected
  }

  var testDescription: String { sentence }
}

/// Tags `sentence` and renders the result like ``ExpectedTimex``.
func tagTimes(_ sentence: String, dct: String?) -> [String] {
  let text = SourceText(sentence)
  let context = TaggingContext(documentID: "t", text: text, dct: dct)
  return TimeTagger().suggestions(in: context).map { suggestion in
    ExpectedTimex(
      text.text(in: suggestion.range), suggestion.label, suggestion.attributes["value"] ?? "?",
      mod: suggestion.attributes["mod"]
    ).description
  }
}
