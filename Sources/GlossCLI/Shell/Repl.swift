import GlossCore
import GlossShell
import LineEditing

/// The interactive loop: prompt, read (with line editing, history and
/// completion on a terminal), run, print; Ctrl-C cancels, Ctrl-D leaves.
struct Repl {
  /// The interpreter the commands run in.
  var interpreter: ShellInterpreter
  /// Where lines come from.
  let reader: any LineReader
  /// The words Tab completes at prompts other than the command line.
  var promptVocabulary = PromptVocabulary()

  /// The prompt for a new command and for its continuation lines.
  static let prompt = "gloss> "
  static let continuationPrompt = "  ...> "

  /// Runs until `quit` or end of input and returns the exit status.
  mutating func run() -> Int32 {
    Interrupt.install()
    interpreter.isCancelled = { Interrupt.isRequested }
    if let keys = KeyReader() {
      interpreter.reviewInput = TerminalReviewInput(keys: keys, lines: reader, vocabulary: promptVocabulary)
    }
    greet()
    while true {
      guard let command = readCommand() else { break }
      Interrupt.clear()
      do {
        let output = try interpreter.execute(command)
        endInterruptedLine()
        interpreter.print(output)
      } catch {
        if endInterruptedLine() {
          Console.writeError("cancelled")
        } else {
          Console.writeError(error.rendered(line: command, style: interpreter.style))
        }
      }
      if interpreter.wantsToQuit { break }
    }
    return leave()
  }

  /// Reads one whole command (joining continuation lines), or `nil` at the
  /// end of input. Ctrl-C discards what was typed and prompts again.
  private mutating func readCommand() -> String? {
    var text = ""
    while true {
      switch reader.readLine(prompt: text.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .line(let line):
        text += line
        if ShellLexer.needsContinuation(text) {
          if text.hasSuffix("\\") {
            text.removeLast()
            text += " "
          } else {
            text += "\n"
          }
          continue
        }
        if !text.allSatisfy(\.isWhitespace) { reader.addHistory(text) }
        return text
      case .interrupted:
        Console.writeOutput(Array("\n".utf8))
        text = ""
      case .endOfInput:
        Console.writeOutput(Array("\n".utf8))
        return nil
      }
    }
  }

  /// Starts a new line if Ctrl-C was pressed while the command ran, and
  /// clears the request.
  ///
  /// The terminal echoes Ctrl-C as `^C` where the cursor is, without a line
  /// break, so what comes next (the output, `cancelled`, or the prompt)
  /// would otherwise follow it on the same line.
  ///
  /// - Returns: Whether Ctrl-C was pressed.
  @discardableResult
  private func endInterruptedLine() -> Bool {
    guard Interrupt.consume() else { return false }
    Console.writeError("")
    return true
  }

  /// Says where the session is, and takes back changes an earlier session kept.
  private mutating func greet() {
    let corpus = interpreter.corpus
    Console.writeError(
      "Gloss on \(corpus.root) — \(corpus.documents.count) documents, annotator \(interpreter.settings.annotator). "
        + "Type help, or quit.")
    do {
      for (entry, results) in try interpreter.session.unstash() {
        let documents = results.map(\.documentID).joined(separator: ", ")
        Console.writeError("took back staged changes of \(documents) from your last session (status shows them)")
        if results.contains(where: { !$0.rebase.conflicts.isEmpty }) {
          Console.writeError(
            (ShellInterpreter.describe(results) + [
              "the conflicting changes stay in stash entry \(entry.number) (stash show \(entry.number))"
            ]).joined(separator: "\n"))
        }
      }
    } catch {
      Console.writeError("warning: could not take back the staged changes of your last session: \(error)")
    }
  }

  /// The answer to the quit question: one key on a terminal (like
  /// `review`), else the first letter of a line; `nil` at the end of input.
  private func answer(_ question: String) -> Character? {
    if let keys = interpreter.reviewInput as? TerminalReviewInput { return keys.readKey(prompt: question) }
    guard case .line(let answer) = reader.readLine(prompt: question) else { return nil }
    return answer.first ?? " "
  }

  /// Offers to commit or keep staged changes, then returns the exit status.
  private mutating func leave() -> Int32 {
    let staged = interpreter.session.stagedChanges
    guard !staged.isEmpty else { return 0 }
    let count = staged.flatMap(\.changes).count
    while true {
      let question =
        "\(count) staged change\(count == 1 ? "" : "s") not committed. [c]ommit, [k]eep for next time, [d]iscard? "
      switch answer(question) {
      case .some(let key):
        switch Character(key.lowercased()) {
        case "c":
          let message = reader.readLine(prompt: "commit message: ")
          guard case .line(let text) = message, !text.isEmpty else { continue }
          do {
            let revision = try interpreter.session.commit(message: text)
            Console.writeError("committed revision \(revision.number): \(revision.message)")
            return 0
          } catch {
            Console.writeError("error: \(error)")
          }
        case "d":
          return 0
        case "k":
          return keep()
        default:
          continue
        }
      case .none:
        return keep()
      }
    }
  }

  /// Saves the staged changes for the next session.
  private mutating func keep() -> Int32 {
    do {
      let entry = try interpreter.session.stash(message: AnnotationSession.keptAtQuitMessage, keptAtQuit: true)
      Console.writeError(
        "kept the staged changes as stash entry \(entry?.number ?? 0); the next session of "
          + "\(interpreter.settings.annotator) takes them back")
      return 0
    } catch {
      Console.writeError("error: could not keep the staged changes: \(error)")
      return 1
    }
  }
}
