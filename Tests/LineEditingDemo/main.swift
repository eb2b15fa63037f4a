// An echo REPL over EditLineReader, driven through a pseudo-terminal by
// LineEditingTests (the real `gloss` REPL is built elsewhere).
//
// Usage: line-editing-demo [history-file]
// - Prints `got: <line>` for each entered line. A line ending in `\` continues
//   on the next line (prompt `...> `), and the joined lines are echoed once.
// - `sleep` is a fake long command: it polls the interrupt flag for up to
//   10 s and prints `cancelled` on Ctrl-C, `done` otherwise.
// - Ctrl-C at the prompt prints `^C`; Ctrl-D prints `bye` and exits with 0.
// - Tab after a word ending in `slow` prints `completing slowly` and takes a
//   second before completing.
//
// Usage: line-editing-demo --keys
// - Reads single keys with KeyReader and prints `key: K (canonical: yes)`,
//   `interrupt (canonical: yes)` or `end`, saying whether the terminal was
//   back in canonical mode after the key; `q` or Ctrl-D exits with 0.

import LineEditing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let vocabulary = ["count", "concordance", "commit", "doc-000", "doc-002"]

func runFakeLongCommand() {
  Interrupt.clear()
  print("sleeping")
  for _ in 0..<1000 {
    if Interrupt.isRequested {
      print("cancelled")
      return
    }
    usleep(10_000)
  }
  print("done")
}

func runREPL(historyFile: String?) -> Int32 {
  guard
    let reader = EditLineReader(
      historyFile: historyFile,
      completer: { line in
        if line.hasSuffix("slow") {
          // A completion that takes its time, so a test can press Ctrl-C
          // while libedit is busy rather than waiting for a key.
          print("\r\ncompleting slowly")
          fflush(nil)
          sleep(1)
        }
        return Completions.words(from: vocabulary, completing: line)
      })
  else {
    print("cannot initialise libedit")
    return 1
  }
  var pending: [String] = []
  while true {
    switch reader.readLine(prompt: pending.isEmpty ? "demo> " : "...> ") {
    case .line(let line) where line.hasSuffix("\\"):
      pending.append(String(line.dropLast()))
    case .line(let line):
      let command = (pending + [line]).joined(separator: " ")
      pending = []
      reader.addHistory(command)
      if command == "sleep" {
        runFakeLongCommand()
      } else {
        print("got: \(command)")
      }
    case .interrupted:
      pending = []
      print("^C")
    case .endOfInput:
      print("\nbye")
      return 0
    }
  }
}

func runKeys() -> Int32 {
  guard let keys = KeyReader() else {
    print("not a terminal")
    return 1
  }
  func canonical() -> String {
    var settings = termios()
    tcgetattr(STDIN_FILENO, &settings)
    return settings.c_lflag & tcflag_t(ICANON) != 0 ? "yes" : "no"
  }
  while true {
    _ = write(STDOUT_FILENO, "key? ", 5)
    switch keys.readKey() {
    case .character(let character):
      print("key: \(character) (canonical: \(canonical()))")
      if character == "q" { return 0 }
    case .interrupt:
      print("interrupt (canonical: \(canonical()))")
    case .endOfInput:
      print("end")
      return 0
    }
  }
}

if CommandLine.arguments.dropFirst().first == "--keys" { exit(runKeys()) }
Interrupt.install()
exit(runREPL(historyFile: CommandLine.arguments.dropFirst().first))
