import GlossCore

/// A notebook: prose, and blocks of Gloss commands with the output they
/// printed when last run — read from Markdown (``MarkdownNotebook``) or
/// Jupyter (``JupyterNotebook``) and run by ``NotebookRunner``.
public struct Notebook: Sendable {
  /// One cell: prose, or a block of commands.
  public struct Cell: Sendable {
    /// What a cell holds.
    public enum Kind: Sendable {
      /// Markdown text, kept as written.
      case prose
      /// Gloss commands, run in order.
      case commands
    }

    /// What the cell holds.
    public var kind: Kind
    /// Prose: the Markdown text, byte for byte. Commands: the command lines,
    /// each ending in a newline.
    public var source: String
    /// The output recorded under a block of commands, ending in a newline;
    /// `nil` when there is none.
    public var output: String?
    /// Whether the block is meant to fail (its error is its output).
    public var expectsError = false
    /// Where the cell starts: its 1-based line in a Markdown file, its
    /// 1-based position in a Jupyter notebook.
    public var line: Int
    /// Markdown: the fence line that opens a block of commands, as written.
    public var openingFence = "```gloss"
    /// Markdown: the fence line that closes it, as written.
    public var closingFence = "```"
    /// Jupyter: the cell's `id`.
    public var id: String?
    /// Jupyter: the cell's `metadata`, kept as it was.
    package var metadata: JSONValue?

    /// A block of commands.
    static func commands(_ source: String, output: String? = nil, line: Int) -> Cell {
      Cell(kind: .commands, source: source, output: output, line: line)
    }

    /// Prose.
    static func prose(_ source: String, line: Int) -> Cell {
      Cell(kind: .prose, source: source, line: line)
    }
  }

  /// The cells, in order.
  public var cells: [Cell]
  /// Jupyter: the notebook's `metadata`, kept as it was.
  package var metadata: JSONValue?

  /// The blocks of commands, with their positions in ``cells``.
  public var commandCells: [(index: Int, cell: Cell)] {
    cells.enumerated().filter { $0.element.kind == .commands }.map { ($0.offset, $0.element) }
  }
}
