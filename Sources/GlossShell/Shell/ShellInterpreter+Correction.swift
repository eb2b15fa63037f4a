import GlossCore

extension ShellInterpreter {
  /// `resize DOC SPAN START..END|"TEXT" [#N]|±N ±M`: a new extent for a span,
  /// which keeps its id, label, attributes, status and annotator.
  mutating func resize(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let document = try self.document(try arguments.next("a document"))
    let spanWord = try arguments.next("the span's id (s12)")
    let first = try arguments.next("the new extent: START..END, \"TEXT\" or +N +M (token moves of each edge)")
    var words = [first.text]
    while let word = arguments.take() { words.append(word.text) }
    let request: ExtentRequest
    do {
      request = try ExtentRequest(words, quoted: first.isQuoted)
    } catch {
      throw ShellError("\(error); usage: \(usage)", at: first)
    }
    let span = try attemptEdit(at: first) { session throws(StoreError) in
      let annotations = try session.annotations(for: document.id)
      guard let span = annotations.span(id: spanWord.text) else {
        throw .unknownSpan(documentID: document.id, spanID: spanWord.text)
      }
      return span
    }
    let range: Range<Int>
    do {
      range = try request.range(for: span, in: document, session: session)
    } catch {
      throw ShellError(ErrorAdvice.shell.message(for: error), at: first)
    }
    let resized = try attemptEdit(at: first) { session throws(StoreError) in
      try session.resize(in: document.id, spanID: span.id, to: range)
    }
    return stagedOutput(
      "staged new extent of \(span.id): \(span.start)..\(span.end) → \(range.lowerBound)..\(range.upperBound)",
      [resized], document)
  }

  /// `attr DOC SPAN…|"TEXT" [all|#N] [on LAYER] KEY=VALUE… KEY=`: set
  /// attributes, or remove them with an empty value, as one step.
  mutating func setAttributes(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let (document, ids, word) = try selection(&arguments, usage: usage)
    guard arguments.peek != nil else {
      throw ShellError(
        "expected KEY=VALUE (or KEY= to remove); usage: \(usage)", column: arguments.endColumn)
    }
    let attributes = try assignments(&arguments, usage: usage)
    let spans = try attemptEdit(at: word) { session throws(StoreError) in
      try session.setAttributes(in: document.id, spanIDs: ids, attributes)
    }
    return stagedOutput(
      "staged attributes of \(spans.count) span\(spans.count == 1 ? "" : "s")", spans, document)
  }

  /// The `KEY=VALUE` words left in `arguments`; an empty value (`KEY=`)
  /// removes the attribute.
  func assignments(_ arguments: inout ShellArguments, usage: String) throws(ShellError) -> [(
    name: String, value: String?
  )] {
    var result: [(name: String, value: String?)] = []
    while let word = arguments.take() {
      guard let assignment = AttributeAssignment(word.text) else {
        throw ShellError("expected KEY=VALUE (or KEY= to remove), not '\(word.text)'; usage: \(usage)", at: word)
      }
      result.append((assignment.name, assignment.value))
    }
    return result
  }
}

extension ShellInterpreter {
  /// Runs the command `words` as a command line gave them (`["resize",
  /// "news", "s3", "+0", "+2"]`: a word with a space counts as quoted text)
  /// and, when `commits`, commits what it staged as one revision; returns
  /// the command's report (and the revision's line). The one-shot `gloss
  /// resize`, `attr`, `labels` and `stash` are this.
  public mutating func commitOneShot(_ words: [String], message: String?, commits: Bool = true) throws -> String {
    guard let name = words.first, let command = ShellCommands.named(name) else {
      throw ShellError("unknown command '\(words.first ?? "")'")
    }
    var column = name.unicodeScalars.count + 2
    var shellWords: [ShellWord] = []
    for word in words.dropFirst() {
      let width = word.unicodeScalars.count
      shellWords.append(
        ShellWord(text: word, column: column, width: width, isQuoted: word.isEmpty || word.contains(" ")))
      column += width + 1
    }
    var arguments = ShellArguments(
      command: ShellWord(text: name, column: 1, width: name.unicodeScalars.count, isQuoted: false),
      words: shellWords, usage: command.configuration.usage)
    let output = try command.run(&arguments, in: &self)
    guard commits && session.hasStagedChanges else {
      return output.text.isEmpty || output.text.hasSuffix("\n") ? output.text : output.text + "\n"
    }
    let revision = try session.commit(message: message ?? words.joined(separator: " "))
    return output.text.replacing(" (commit to keep)", with: "")
      + "committed revision \(revision.number): \(revision.message)\n"
  }
}
