import GlossCore

/// A span read from an import file, with where it was read.
public struct ImportedSpan: Sendable, Hashable {
  /// The layer.
  public var layer: String
  /// The label.
  public var label: String
  /// The scalar range in the document's text.
  public var range: Range<Int>
  /// Attributes such as a TIMEX3 `value`.
  public var attributes: [String: String]
  /// The review status the file records, if any (imports default to accepted).
  public var status: SpanStatus?
  /// The annotator the file records, if any.
  public var annotator: String?
  /// Where the span was read.
  public var location: FileLocation
  /// Where each attribute was read, when not on the span's own line (brat's
  /// `A` lines), so an error about it names that line.
  public var attributeLocations: [String: FileLocation] = [:]

  /// Creates an imported span.
  public init(
    layer: String, label: String, range: Range<Int>, attributes: [String: String] = [:],
    status: SpanStatus? = nil, annotator: String? = nil, location: FileLocation
  ) {
    self.layer = layer
    self.label = label
    self.range = range
    self.attributes = attributes
    self.status = status
    self.annotator = annotator
    self.location = location
  }
}
