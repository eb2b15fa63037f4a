import LineEditing

/// The session options the shell's `set` command changes.
struct ShellSettings: Sendable {
  /// How results print.
  enum Format: String, CaseIterable, Sendable {
    /// Aligned tables and text for people.
    case table
    /// One JSON value per command, for machines.
    case json
    /// Comma-separated values for results that are tables (JSON otherwise).
    case csv
  }

  /// Who is annotating: the annotator of new spans and author of commits.
  var annotator: String
  /// Words of context on each side in concordance-like views.
  var contextWidth = 8
  /// Whether output is coloured.
  var color: Bool
  /// How results print.
  var format: Format = .table
  /// The message a script's revision is committed with, when it sets none.
  var message: String?
  /// The longest a query may run, in seconds (`nil`: no limit).
  var queryTimeLimit: Double?
  /// The width concordance tables are fitted to instead of the terminal's.
  var fixedOutputColumns: Int?

  /// The columns concordance tables are fitted to: ``fixedOutputColumns``,
  /// else the terminal's current width when standard output is a terminal,
  /// else `nil` (no fitting: pipes and files get whole contexts).
  var outputColumns: Int? { fixedOutputColumns ?? Terminal.width() }

  /// The style matching ``color``.
  var style: Style { Style(color ? .always : .never) }
}
