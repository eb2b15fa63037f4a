/// What `gloss notebook check` finds: the outputs a run changed, against
/// the ones recorded in the file, and the blocks that failed.
public struct NotebookCheck: Sendable {
  /// The file's name as given.
  public var file: String
  /// A unified diff per changed output, headed by the file and line.
  public var diffs: [String]
  /// The failed blocks, `FILE:LINE: error: …`.
  public var failures: [String]
  /// The number of command blocks.
  public var blockCount: Int

  /// Compares `recorded` (the file as read) with `notebook` (after a run
  /// that had `failures`).
  public init(file: String, recorded: Notebook, notebook: Notebook, failures: [NotebookRunner.Failure]) {
    self.file = file
    blockCount = notebook.commandCells.count
    diffs = notebook.commandCells.compactMap { index, cell in
      let old = recorded.cells[index].output ?? ""
      let new = cell.output ?? ""
      guard old != new else { return nil }
      return "--- \(file):\(cell.line) (recorded output)\n+++ \(file):\(cell.line) (output now)\n"
        + LineDiff.unified(old: old, new: new)
    }
    self.failures = failures.map { "\(file):\($0.line): error: \($0.message)" }
  }

  /// The number of changed outputs and failed blocks.
  public var problemCount: Int { diffs.count + failures.count }

  /// `FILE: ok (N blocks)` or `FILE: C outputs changed, F failed blocks (N blocks)`.
  public var summary: String {
    let changed = diffs.count
    let verdict =
      problemCount == 0
      ? "ok"
      : "\(changed) output\(changed == 1 ? "" : "s") changed, \(failures.count) failed block\(failures.count == 1 ? "" : "s")"
    return "\(file): \(verdict) (\(blockCount) blocks)"
  }
}
