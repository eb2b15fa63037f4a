import GlossCore
import GlossTestSupport

@testable import GlossCLI

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
