import GlossCore

extension ShellInterpreter {
  /// Where in a document a command acts: quoted text (one occurrence, the
  /// N-th, or all) or explicit offsets.
  enum Place {
    case text(String, ShellWord)
    case offsets(Range<Int>, ShellWord)
  }

  /// `annotate DOC "TEXT"|START..END as LAYER:LABEL [all|#N] [KEY=VALUE…]`.
  mutating func annotate(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let document = try self.document(try arguments.next("a document"))
    let placeWord = try arguments.next("the text to annotate (quoted) or START..END")
    let place = try self.place(placeWord)
    guard arguments.takeKeyword("as") else {
      throw ShellError(
        "expected 'as LAYER:LABEL' after the text; usage: \(usage)",
        column: arguments.peek?.column ?? arguments.endColumn)
    }
    let labelWord = try arguments.next("LAYER:LABEL after 'as'")
    let (layer, label) = try self.label(labelWord)
    var occurrence: Occurrence = .only
    var attributes: [String: String] = [:]
    while let word = arguments.take() {
      if let parsed = try self.occurrence(word) {
        occurrence = parsed
      } else if let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex {
        attributes[String(word.text[..<equals])] = String(word.text[word.text.index(after: equals)...])
      } else {
        throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
      }
    }
    let ranges = try self.ranges(of: place, in: document, occurrence: occurrence)
    let spans = try attemptEdit(at: labelWord) { session throws(StoreError) in
      try session.group("annotate \(layer):\(label) in \(document.id)") { session throws(StoreError) in
        try session.add(to: document.id, layer: layer, label: label, ranges: ranges, attributes: attributes)
      }
    }
    return stagedOutput("staged \(spans.count) new span\(spans.count == 1 ? "" : "s")", spans, document)
  }

  /// `remove DOC SPAN…|"TEXT" [all|#N] [on LAYER[:LABEL]]`.
  mutating func remove(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let (document, ids, word) = try selection(&arguments, usage: arguments.usage)
    try arguments.finish(usage: arguments.usage)
    let spans = try attemptEdit(at: word) { session throws(StoreError) in
      try session.remove(from: document.id, spanIDs: ids)
    }
    return stagedOutput("staged removal of \(spans.count) span\(spans.count == 1 ? "" : "s")", spans, document)
  }

  /// `relabel DOC SPAN…|"TEXT" [all|#N] as LAYER:LABEL [KEY=VALUE…]`.
  mutating func relabel(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let (document, ids, word) = try selection(&arguments, usage: usage, stopAt: "as")
    guard arguments.takeKeyword("as") else {
      throw ShellError(
        "expected 'as LAYER:LABEL'; usage: \(usage)", column: arguments.peek?.column ?? arguments.endColumn)
    }
    let labelWord = try arguments.next("LAYER:LABEL after 'as'")
    let (layer, label) = try self.label(labelWord)
    let attributes = try assignments(&arguments, usage: usage)
    let spans = try attemptEdit(at: labelWord) { session throws(StoreError) in
      try session.relabel(in: document.id, spanIDs: ids, layer: layer, label: label, attributes: attributes)
    }
    return stagedOutput("staged relabelling of \(spans.count) span\(spans.count == 1 ? "" : "s")", spans, document)
  }

  /// `accept …` and `reject …`.
  mutating func review(_ arguments: inout ShellArguments, status: SpanStatus) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let document: Document
    let ids: [String]
    let word: ShellWord?
    if arguments.remaining.count == 2, let last = arguments.remaining.last, !last.isQuoted, last.text == "all" {
      document = try self.document(try arguments.next("a document"))
      word = arguments.take()
      let annotations = try attemptEdit(at: word) { session throws(StoreError) in
        try session.annotations(for: document.id)
      }
      ids = annotations.spans.filter { $0.status == .suggested }.map(\.id)
      if ids.isEmpty {
        return .message("no suggestions to \(status == .accepted ? "accept" : "reject") in \(document.id)")
      }
    } else {
      (document, ids, word) = try selection(&arguments, usage: usage)
      try arguments.finish(usage: usage)
    }
    let spans = try attemptEdit(at: word) { session throws(StoreError) in
      try session.setStatus(in: document.id, spanIDs: ids, to: status)
    }
    return stagedOutput(
      "staged \(spans.count) span\(spans.count == 1 ? "" : "s") as \(status.rawValue)", spans, document)
  }

  /// `done DOC [LAYER…]` and `undone DOC [LAYER…]`.
  mutating func markDone(_ arguments: inout ShellArguments, done: Bool) throws(ShellError) -> CommandOutput {
    let documentWord = try arguments.next("a document")
    let document = try document(documentWord)
    var layers: [String] = []
    while let word = arguments.take() { layers.append(word.text) }
    let changed = try attemptEdit(at: documentWord) { session throws(StoreError) in
      try session.markDone(document.id, layers: layers, done: done)
    }
    let state = try attemptEdit(at: nil) { session throws(StoreError) in
      try session.annotations(for: document.id).doneLayers
    }
    let now = "done layers of \(document.id): \(CorpusViews.doneList(state))"
    guard !changed.isEmpty else {
      return .message(
        "nothing to stage: \(now)",
        fields: [("document", .string(document.id)), ("done", .array(state.map { .string($0) }))])
    }
    return .message(
      "staged \(changed.joined(separator: ", ")) \(done ? "done" : "not done"); \(now)",
      fields: [("document", .string(document.id)), ("done", .array(state.map { .string($0) }))])
  }

  /// `undo`.
  mutating func undo(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish()
    guard let summary = session.undo() else { return .message("nothing to undo") }
    return .message("undid: \(summary)")
  }

  /// `status`.
  mutating func status(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish()
    let staged = session.stagedChanges
    guard !staged.isEmpty else { return .message("nothing staged (annotator: \(settings.annotator))") }
    var text = "staged, not committed (annotator: \(settings.annotator)):\n"
    for (id, changes) in staged {
      text += style.bold(id) + "\n"
      let document = corpus.document(id)
      for change in changes {
        text +=
          "  "
          + CorpusViews.describe(change, text: document?.text, style: style).split(separator: "\n").joined(
            separator: "\n  ") + "\n"
      }
    }
    return .custom(text) { json in
      json.beginObject()
      json.key("staged")
      json.beginArray()
      for (id, changes) in staged {
        json.beginObject()
        json.key("document")
        json.string(id)
        json.key("changes")
        json.integer(changes.count)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
  }

  /// `commit [-m] "MESSAGE"`.
  mutating func commit(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    _ = arguments.takeKeyword("-m")
    let word = try arguments.next("a message: commit -m \"what you changed\"")
    try arguments.finish()
    guard !word.text.isEmpty else { throw ShellError("the commit message is empty", at: word) }
    if defersCommits {
      deferCommit(message: word.text)
      return .message("the script's changes will be committed as one revision at its end: \(word.text)")
    }
    let revision = try attemptEdit(at: nil) { session throws(StoreError) in try session.commit(message: word.text) }
    return .message(
      "committed revision \(revision.number): \(revision.message)",
      fields: [
        ("revision", .integer(revision.number)), ("documents", .array(revision.documentIDs.map { .string($0) })),
      ])
  }

  // MARK: - Helpers

  /// `all` or `#N`.
  enum Occurrence {
    case only, all, number(Int)
  }

  func occurrence(_ word: ShellWord) throws(ShellError) -> Occurrence? {
    guard !word.isQuoted else { return nil }
    if word.text == "all" { return .all }
    if word.text.hasPrefix("#") {
      guard let number = Int(word.text.dropFirst()), number >= 1 else {
        throw ShellError("expected #N with N counting from 1, not '\(word.text)'", at: word)
      }
      return .number(number)
    }
    return nil
  }

  func place(_ word: ShellWord) throws(ShellError) -> Place {
    let parts = word.text.split(separator: ".", omittingEmptySubsequences: false)
    if !word.isQuoted, parts.count == 3, parts[1].isEmpty, let start = Int(parts[0]), let end = Int(parts[2]) {
      guard start < end else { throw ShellError("START must be less than END in START..END", at: word) }
      return .offsets(start..<end, word)
    }
    return .text(word.text, word)
  }

  func ranges(of place: Place, in document: Document, occurrence: Occurrence) throws(ShellError) -> [Range<Int>] {
    switch place {
    case .offsets(let range, _):
      return [range]
    case .text(let text, let word):
      var number: Int?
      if case .number(let n) = occurrence { number = n }
      let found = try attempt(at: word) { () throws(StoreError) in
        try session.ranges(of: text, in: document.id, occurrence: number)
      }
      if case .only = occurrence, found.count > 1 {
        let places = found.prefix(4).map { "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ", ")
        throw ShellError(
          "'\(text)' occurs \(found.count) times in \(document.id) (at \(places)\(found.count > 4 ? ", …" : "")); "
            + "add #N for one of them or all for every one",
          at: word)
      }
      return found
    }
  }

  /// Reads `DOC SPAN…` or `DOC "TEXT" [all|#N] [on LAYER[:LABEL]]` and returns
  /// the document, the selected span ids and the word to blame on failure.
  mutating func selection(
    _ arguments: inout ShellArguments, usage: String, stopAt keyword: String? = nil
  ) throws(ShellError) -> (Document, [String], ShellWord?) {
    let document = try self.document(try arguments.next("a document"))
    let first = try arguments.next("span ids (s12) or the text they cover, quoted")
    if !first.isQuoted, SpanID.number(of: first.text) != nil {
      var ids = [first.text]
      while let word = arguments.peek, !word.isQuoted, word.text != keyword, SpanID.number(of: word.text) != nil {
        ids.append(word.text)
        _ = arguments.take()
      }
      return (document, ids, first)
    }
    var occurrence: Occurrence = .only
    var filter: String?
    while let word = arguments.peek, word.isQuoted || (word.text != keyword && !word.text.contains("=")) {
      _ = arguments.take()
      if let parsed = try self.occurrence(word) {
        occurrence = parsed
      } else if !word.isQuoted, word.text == "on" {
        filter = try arguments.next("a layer or LAYER:LABEL after 'on'").text
      } else {
        throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
      }
    }
    let annotations = try attemptEdit(at: first) { session throws(StoreError) in
      try session.annotations(for: document.id)
    }
    var ids: [String] = []
    for range in try ranges(of: .text(first.text, first), in: document, occurrence: occurrence) {
      let matches = annotations.spans.filter { (span: Span) -> Bool in
        guard span.range == range else { return false }
        guard let filter else { return true }
        return filter == span.layer || filter == span.qualifiedLabel
      }
      if matches.isEmpty {
        throw ShellError(
          "no span\(filter.map { " on \($0)" } ?? "") covers '\(first.text)' at \(range.lowerBound)..\(range.upperBound)",
          at: first)
      }
      if matches.count > 1 {
        throw ShellError(
          "\(matches.count) spans cover '\(first.text)' (\(matches.map { "\($0.id) \($0.qualifiedLabel)" }.joined(separator: ", "))); "
            + "narrow with 'on LAYER' or name them by id",
          at: first)
      }
      ids.append(matches[0].id)
    }
    return (document, ids, first)
  }

  /// The output of a staging command: a summary line and the spans.
  func stagedOutput(_ summary: String, _ spans: [Span], _ document: Document) -> CommandOutput {
    var text = summary + " (commit to keep)\n"
    for span in spans {
      text +=
        "  \(span.id)  \(span.qualifiedLabel)  \(span.start)..\(span.end)  \(span.status.rawValue)  "
        + SpanRendering.oneLine(document.text.text(in: span.range))
        + span.attributes.keys.sorted().map { "  \($0)=\(span.attributes[$0]!)" }.joined() + "\n"
    }
    return .custom(text) { json in
      json.beginObject()
      json.key("message")
      json.string(summary)
      json.key("document")
      json.string(document.id)
      json.key("spans")
      json.beginArray()
      for span in spans { span.write(to: &json, text: document.text) }
      json.endArray()
      json.endObject()
    }
  }
}
