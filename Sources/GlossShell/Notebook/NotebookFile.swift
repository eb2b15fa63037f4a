import GlossCore

/// Reading and writing a notebook file: Markdown (`.md`, and any other
/// name) or Jupyter (`.ipynb`), told apart by the extension.
public enum NotebookFile {
  /// Whether `path` names a Jupyter notebook.
  static func isJupyter(_ path: String) -> Bool { path.lowercased().hasSuffix(".ipynb") }

  /// Reads and parses the notebook at `path`.
  public static func read(_ path: String) throws(NotebookError) -> Notebook {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw NotebookError("cannot read \(path): \(error)")
    }
    if isJupyter(path) { return try JupyterNotebook.parse(bytes, name: path) }
    guard let source = String(validating: bytes, as: UTF8.self) else {
      throw NotebookError("\(path) is not UTF-8 text")
    }
    return try MarkdownNotebook.parse(source, name: path)
  }

  /// The bytes of `notebook` in the format `path` names.
  public static func bytes(_ notebook: Notebook, for path: String) -> [UInt8] {
    isJupyter(path) ? JupyterNotebook.render(notebook) : Array(MarkdownNotebook.render(notebook).utf8)
  }
}
