import GlossCore

/// Something that reads a document and proposes spans: the rule taggers of
/// this module, and learned models beside them.
///
/// Taggers are pure: they never touch the store. ``TaggingRun`` turns their
/// suggestions into `suggested` spans of a session, so every tagger gets the
/// same review workflow and the same protection of reviewed spans.
public protocol Tagger: Sendable {
  /// The name and version recorded as the annotator of its spans, such as
  /// `tagger:time@1`.
  var name: String { get }
  /// The layers the tagger proposes spans on.
  var layers: [String] { get }
  /// The spans the tagger proposes for one document.
  func suggestions(in context: TaggingContext) -> [SpanSuggestion]
}

/// What a tagger sees of a document: its text, tokens and sentences, and its
/// creation time for resolving relative dates.
public struct TaggingContext: Sendable {
  /// The document's id.
  public var documentID: String
  /// The text.
  public var text: SourceText
  /// Its tokens and sentences.
  public var tokenization: Tokenization
  /// The document creation time (ISO 8601), if known.
  public var dct: String?
  /// How relative dates are resolved; `nil`: news mode with a dct,
  /// narrative mode without.
  public var timeReference: TimeReferenceMode?
  /// The document's syntax on the tokens of ``DocumentSyntax/tokenizer``,
  /// when it was already computed by the shipped models (a current syntax
  /// cache): taggers that read the parse use it instead of parsing again.
  public var syntax: DocumentSyntax?

  /// Creates a context; the text is tokenized with the standard tokenizer
  /// unless a tokenization is given.
  public init(
    documentID: String, text: SourceText, tokenization: Tokenization? = nil, dct: String? = nil,
    timeReference: TimeReferenceMode? = nil
  ) {
    self.documentID = documentID
    self.text = text
    self.tokenization = tokenization ?? Tokenizer().tokenize(text)
    self.dct = dct
    self.timeReference = timeReference
  }

  /// The context of a corpus document; its metadata's `time_reference`
  /// (`news` or `narrative`) chooses how relative dates are resolved.
  public init(_ document: Document) {
    self.init(
      documentID: document.id, text: document.text, dct: document.metadata.dct,
      timeReference: document.metadata.timeReference.flatMap(TimeReferenceMode.init(rawValue:)))
  }
}

/// A span a tagger proposes, before it is stored.
public struct SpanSuggestion: Sendable, Hashable {
  /// The layer.
  public var layer: String
  /// The label.
  public var label: String
  /// The scalar range.
  public var range: Range<Int>
  /// Attributes such as a TIMEX3 `value`.
  public var attributes: [String: String]

  /// Creates a suggestion.
  public init(layer: String, label: String, range: Range<Int>, attributes: [String: String] = [:]) {
    self.layer = layer
    self.label = label
    self.range = range
    self.attributes = attributes
  }
}
