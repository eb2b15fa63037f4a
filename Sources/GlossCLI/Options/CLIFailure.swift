import ArgumentParser
import GlossShell

/// A failure to report to the user: a full sentence saying what went wrong
/// and what to do. The command exits with status 1.
struct CLIFailure: Error, CustomStringConvertible {
  /// The message.
  var description: String

  /// Creates a failure with `message`.
  init(_ message: String) {
    self.description = message
  }
}

/// Runs `body`, turning the library's errors into ``CLIFailure``s with the
/// front end's advice (see ``ErrorAdvice``).
func reporting<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
  } catch let error as CLIFailure {
    throw error
  } catch let error as ValidationError {
    throw error
  } catch let error as ExitCode {
    throw error
  } catch {
    throw CLIFailure(ErrorAdvice.commandLine.message(for: error))
  }
}
