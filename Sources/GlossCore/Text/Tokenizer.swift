/// A rule-based English tokenizer and sentence splitter.
///
/// The tokenizer works on the UTF-8 bytes of a ``SourceText``, decoding
/// scalars as it goes, and reports every token and sentence as a half-open
/// range of Unicode scalar offsets. It runs in linear time and allocates
/// nothing per token beyond growing its result arrays.
///
/// It follows the tokenization of Universal Dependencies English:
/// - punctuation is split from words, except the period of abbreviations
///   and initials (`Dr.`, `U.S.`, `e.g.`, `J.`) inside a sentence; at the
///   end of a sentence that period is the sentence's (`… etc` `.`); runs
///   such as `...` or `?!` stay one token;
/// - contractions and possessives are split as UD splits them: `don't` →
///   `do` `n't`, `can't` → `ca` `n't`, `I'm` → `I` `'m`, `Putin's` →
///   `Putin` `'s`, `Russia’s` → `Russia` `’s`, `students'` → `students` `'`,
///   `cannot` → `can` `not`;
/// - numbers (`2,000`, `12:48`, `3.5`, `14th`, `11/28/2000`, `9/11`), phone
///   numbers and ZIP+4 codes, URLs (also `host.com/path`), e-mail addresses,
///   file names (`ld2d-#69366-1.DOC`) and common emoticons stay whole;
///   currency signs and `%` are split off (`$` `5`, `5` `%`), and so are
///   units and words glued to numbers (`5` `pm`, `2.8` `b`, `3` `days`), the
///   slash of fractions and ratios (`1` `/` `2`, `24` `/` `7`) and the
///   apostrophe of feet and inches (`5` `'` `9`);
/// - run-together words are left as they are (`visitto`, `theState`), but a
///   comma or period between two words is split off (`clauses` `.`
///   `Article`);
/// - hyphenated words follow ``HyphenPolicy``.
///
/// Sentences end after `.`, `?`, `!`, `…` and runs of them (with closing
/// quotes and brackets attached to the sentence they close), except after
/// abbreviations and initials when the next word does not start a sentence;
/// they also end at blank lines, and at line breaks unless the next line
/// continues in lowercase.
public struct Tokenizer: Sendable, Hashable {
  /// How words joined by hyphens are tokenized.
  public enum HyphenPolicy: Sendable, Hashable {
    /// A hyphenated word is one token: `Russia-North`, `high-level`,
    /// `Jong-un`.
    case keepWhole
    /// The hyphen between two words is a token of its own, as in Universal
    /// Dependencies English (`high` `-` `level`), except after common
    /// prefixes (`e-mail`, `non-human`, `co-workers`).
    case split
  }

  /// How words joined by hyphens are tokenized.
  public var hyphens: HyphenPolicy

  /// Creates a tokenizer.
  ///
  /// - Parameter hyphens: How hyphenated words are tokenized; by default
  ///   they are kept whole.
  public init(hyphens: HyphenPolicy = .keepWhole) {
    self.hyphens = hyphens
  }

  /// A tokenizer that follows Universal Dependencies English conventions,
  /// including split hyphens: the one to evaluate against UD treebanks.
  public static let universalDependencies = Tokenizer(hyphens: .split)

  /// Splits a text into tokens and sentences.
  public func tokenize(_ text: SourceText) -> Tokenization {
    var scanner = TokenScanner(splitHyphens: hyphens == .split)
    scanner.scan(text.utf8)
    var tokens = scanner.tokens
    let sentences = SentenceSplitter.split(tokens: &tokens, features: scanner.features)
    return Tokenization(tokens: tokens, sentences: sentences)
  }

  /// Splits a string into tokens and sentences; offsets count the string's
  /// Unicode scalars.
  public func tokenize(_ string: String) -> Tokenization {
    tokenize(SourceText(string))
  }
}
