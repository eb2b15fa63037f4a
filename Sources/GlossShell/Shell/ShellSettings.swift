import GlossQuery

/// The session options the shell's `set` command changes.
public struct ShellSettings: Sendable {
  /// How results print.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned tables and text for people.
    case table
    /// One JSON value per command, for machines.
    case json
    /// Comma-separated values for results that are tables (JSON otherwise).
    case csv
  }

  /// Who is annotating: the annotator of new spans and author of commits.
  public var annotator: String
  /// Words of context on each side in concordance-like views.
  var contextWidth = 8
  /// Whether output is coloured.
  var color: Bool
  /// How results print.
  public var format: Format = .table
  /// The message a script's revision is committed with, when it sets none.
  var message: String?
  /// The longest a query may run, in seconds (`nil`: no limit).
  public var queryTimeLimit: Double?
  /// How token sequences with repetitions match (`set matching`).
  public var matching = SequenceMatching.standard
  /// The width concordance tables are fitted to instead of the terminal's.
  var fixedOutputColumns: Int?
  /// Where scripts and notebooks may write files (`nil`: anywhere, as in
  /// the interactive shell).
  public var writeConfinement: WriteConfinement?

  /// Settings for `annotator`, coloured or not.
  public init(annotator: String, color: Bool) {
    self.annotator = annotator
    self.color = color
  }

  /// The style matching ``color``.
  var style: Style { Style(isEnabled: color) }
}
