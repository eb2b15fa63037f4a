import ArgumentParser
import GlossShell

/// `gloss stash`: the saved stash entries, outside the shell.
struct StashCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stash",
    abstract: "List, show, apply (and commit) or drop saved stash entries of staged changes.",
    discussion: """
      Entries are made by the shell's `stash save`, by changes kept when a
      session ends, and by the conflicts of `reload`. `apply` stages the
      entry's changes onto the documents as they are now and commits what
      applies as one revision; conflicting changes stay in the entry.

      Examples:
        gloss stash list
        gloss stash show 2
        gloss stash apply 2 -m "dates from last week"
        gloss stash drop 2
      """)

  @OptionGroup var corpus: CorpusOptions
  @Argument(help: "list, show, apply or drop.") var action: String = "list"
  @Argument(help: "The entry number (stash list).") var number: Int?
  @Option(name: [.short, .long], help: "The commit message of apply.") var message: String?

  func validate() throws {
    guard ["list", "show", "apply", "drop"].contains(action) else {
      throw ValidationError("the action is list, show, apply or drop, not '\(action)'")
    }
    if action != "list" && number == nil { throw ValidationError("\(action) needs an entry number (gloss stash list)") }
  }

  func run() throws {
    try runShell(
      corpus, ["stash", action] + (number.map { [String($0)] } ?? []), commits: action == "apply",
      message: message ?? "stash apply \(number ?? 0)")
  }
}
