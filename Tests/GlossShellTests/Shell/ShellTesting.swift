import GlossCore
import GlossTestSupport

@testable import GlossShell

/// A shell interpreter on `folder`'s corpus, as annotator `ana`, without colour.
func interpreter(_ folder: TemporaryCorpus) throws -> ShellInterpreter {
  let session = AnnotationSession(corpus: try folder.load(), annotator: "ana")
  return ShellInterpreter(session: session, settings: ShellSettings(annotator: "ana", color: false))
}

/// The error `line` fails with in `shell`, or `nil` if it runs.
func error(_ shell: inout ShellInterpreter, _ line: String) -> ShellError? {
  do {
    _ = try shell.execute(line)
    return nil
  } catch {
    return error
  }
}

/// An output that keeps each write apart, as `review` shows suggestion after
/// suggestion.
final class RecordedWrites: ShellOutput {
  var writes: [String] = []
  var columns: Int? { nil }
  func write(_ bytes: [UInt8]) { writes.append(String(decoding: bytes, as: UTF8.self)) }
  func note(_ text: String) {}
  func page(_ text: String) -> Bool { false }
  func progress(_ title: String, total: Int, unit: String) -> (any ProgressDisplay)? { nil }
}
