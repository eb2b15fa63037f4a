import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Captures everything written to standard output and standard error while
/// a body runs — the commands' results, and what they write to the streams
/// directly (an export to standard output, its warnings) — as one text.
enum OutputCapture {
  /// Runs `body` with both streams sent to a temporary file, and returns
  /// what was written, in order.
  static func capture(_ body: () -> Void) throws(NotebookError) -> String {
    var template = Array("/tmp/gloss-capture-XXXXXX".utf8CString)
    let file = mkstemp(&template)
    guard file >= 0 else { throw NotebookError("cannot create a temporary file to capture output") }
    let path = String(cString: template)
    defer {
      close(file)
      unlink(path)
    }
    fflush(nil)
    let savedOutput = dup(STDOUT_FILENO)
    let savedError = dup(STDERR_FILENO)
    dup2(file, STDOUT_FILENO)
    dup2(file, STDERR_FILENO)
    body()
    fflush(nil)
    dup2(savedOutput, STDOUT_FILENO)
    dup2(savedError, STDERR_FILENO)
    close(savedOutput)
    close(savedError)
    let bytes = (try? FileSystem.readFile(atPath: path)) ?? []
    return String(decoding: bytes, as: UTF8.self)
  }
}
