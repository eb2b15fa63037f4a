import GlossCore

extension ShellInterpreter {
  /// `reload`: see other writers' commits, re-applying the staged changes.
  mutating func reload(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish()
    let results = try attemptEdit(at: nil) { session throws(StoreError) in try session.reload() }
    queryEngine = nil
    let lines = Self.describe(results)
    var text =
      results.isEmpty
      ? "reloaded: no document with staged changes was changed by another writer"
      : "reloaded; staged changes re-applied to the documents others changed:\n" + lines.joined(separator: "\n")
    let conflicts = results.reduce(0) { $0 + $1.rebase.conflicts.count }
    if conflicts > 0 {
      let entry = try attemptEdit(at: nil) { session throws(StoreError) in
        try session.stashStore.save(Self.conflictEntry(results, annotator: session.annotator))
      }
      text +=
        "\nthe \(conflicts) conflicting change\(conflicts == 1 ? " is" : "s are") kept as stash entry \(entry) "
        + "(stash show \(entry); stash drop \(entry) once settled)"
    }
    return .message(text, fields: [("conflicts", .integer(conflicts))])
  }

  /// `stash [save [MESSAGE] | list | show N | apply N | drop N]`.
  mutating func stash(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let action = arguments.take()
    switch action?.text ?? "save" {
    case "save":
      let message = arguments.take()?.text ?? "stash"
      try arguments.finish(usage: usage)
      guard
        let entry = try attemptEdit(at: action, { session throws(StoreError) in try session.stash(message: message) })
      else { return .message("nothing staged to stash") }
      return .message(
        "stashed \(entry.changeCount) change\(entry.changeCount == 1 ? "" : "s") of \(entry.documents.count) "
          + "document\(entry.documents.count == 1 ? "" : "s") as entry \(entry.number) (stash apply \(entry.number))")
    case "list":
      try arguments.finish(usage: usage)
      let entries = try attemptEdit(at: action) { session throws(StoreError) in try session.stashStore.entries() }
      guard !entries.isEmpty else { return .message("no stash entries") }
      var table = TextTable(["entry", "annotator", "time", "documents", "changes", "message"])
      for entry in entries {
        table.append([
          String(entry.number), entry.annotator, entry.time, String(entry.documents.count), String(entry.changeCount),
          entry.message,
        ])
      }
      return .table(table, style: style)
    case "show", "apply", "drop":
      let word = try arguments.next("an entry number (stash list)")
      guard let number = Int(word.text) else {
        throw ShellError("expected an entry number, not '\(word.text)'", at: word)
      }
      try arguments.finish(usage: usage)
      return try stash(action!.text, number, at: word)
    default:
      throw ShellError("unknown stash action '\(action!.text)'; usage: \(usage)", at: action)
    }
  }

  private mutating func stash(_ action: String, _ number: Int, at word: ShellWord) throws(ShellError) -> CommandOutput {
    switch action {
    case "show":
      let entry = try attemptEdit(at: word) { session throws(StoreError) in try session.stashStore.entry(number) }
      var lines = ["stash \(entry.number) by \(entry.annotator) at \(entry.time): \(entry.message)"]
      for document in entry.documents {
        lines.append("\(document.documentID) (made on revision \(document.baseRevision)):")
        lines += document.changes.map { "  " + Self.describe($0) }
      }
      return .message(lines.joined(separator: "\n"))
    case "drop":
      try attemptEdit(at: word) { session throws(StoreError) in try session.stashStore.drop(number) }
      return .message("dropped stash entry \(number)")
    default:
      let results = try attemptEdit(at: word) { session throws(StoreError) in try session.applyStash(number) }
      let conflicts = results.reduce(0) { $0 + $1.rebase.conflicts.count }
      return .message(
        "applied stash entry \(number) (staged; undo reverts it):\n" + Self.describe(results).joined(separator: "\n")
          + (conflicts > 0 ? "\nthe conflicting changes stay in entry \(number)" : ""))
    }
  }

  /// One line per document: how many changes were re-applied, already
  /// there, or conflict, then each conflict.
  public static func describe(_ results: [(documentID: String, rebase: StagedRebase)]) -> [String] {
    var lines: [String] = []
    for (id, rebase) in results {
      lines.append(
        "  \(id): \(rebase.applied.count) re-applied, \(rebase.alreadyThere.count) already there, "
          + "\(rebase.conflicts.count) in conflict")
      lines += rebase.conflicts.map { "    conflict: \($0)" }
    }
    return lines
  }

  /// The entry that keeps a reload's conflicting changes.
  static func conflictEntry(_ results: [(documentID: String, rebase: StagedRebase)], annotator: String) -> StashEntry {
    StashEntry(
      number: 0, annotator: annotator, time: ISO8601Time.now(), message: "conflicts of a reload", isKeptAtQuit: false,
      documents: results.filter { !$0.rebase.conflicts.isEmpty }.map {
        StashEntry.DocumentChanges(
          documentID: $0.documentID, baseRevision: -1, changes: $0.rebase.conflicts.map(\.change))
      })
  }

  private static func describe(_ change: SpanChange) -> String {
    switch change {
    case .add(let span):
      return "+ \(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end)) \(span.status.rawValue)"
    case .remove(let span): return "- \(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end))"
    case .update(let before, let after):
      return "~ \(after.id) \(before.qualifiedLabel) [\(before.start), \(before.end)) → \(after.qualifiedLabel) "
        + "[\(after.start), \(after.end)) \(after.status.rawValue)"
    case .done(let before, let after):
      return "~ done: \(CorpusViews.doneList(before)) → \(CorpusViews.doneList(after))"
    }
  }
}
