import GlossCore

extension ShellInterpreter {
  /// `help [COMMAND]`.
  mutating func help(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    if let word = arguments.take() {
      try arguments.finish(usage: "help [COMMAND]")
      guard let info = ShellCommandInfo.named(word.text) else {
        let suggestion = NearestName.suggestion(for: word.text, among: ShellCommandInfo.all.map(\.name))
        throw ShellError(
          "no command '\(word.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: word)
      }
      var text = "\(style.bold(info.usage))\n  \(info.summary)\n"
      if !info.examples.isEmpty {
        text += "Examples:\n" + info.examples.map { "  \($0)\n" }.joined()
      }
      return .custom(text) { json in
        json.beginObject()
        json.key("command")
        json.string(info.name)
        json.key("usage")
        json.string(info.usage)
        json.key("summary")
        json.string(info.summary)
        json.key("examples")
        json.beginArray()
        for example in info.examples { json.string(example) }
        json.endArray()
        json.endObject()
      }
    }
    var table = TextTable(["command", "usage"])
    for info in ShellCommandInfo.all { table.append([info.name, info.usage]) }
    return .table(
      table, style: style,
      footer: "`help COMMAND` explains one. Lines continue after a trailing \\ or an open quote; # starts a comment.")
  }

  /// `docs`.
  mutating func docs(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish(usage: "docs")
    var table = TextTable(
      ["id", "tokens", "sentences", "accepted", "suggested", "rejected", "staged", "rev", "title"],
      alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
    let tokenizer = Tokenizer()
    let staged = Dictionary(uniqueKeysWithValues: session.stagedChanges.map { ($0.documentID, $0.changes.count) })
    for document in corpus.documents {
      let tokenization = tokenizer.tokenize(document.text)
      let annotations = try attempt(at: nil) { () throws(StoreError) in try session.annotations(for: document.id) }
      let counts = Dictionary(grouping: annotations.spans, by: \.status).mapValues(\.count)
      let stale = try attempt(at: nil) { () throws(StoreError) in try session.isStale(document.id) }
      table.append([
        document.id, String(tokenization.tokens.count), String(tokenization.sentences.count),
        String(counts[.accepted] ?? 0), String(counts[.suggested] ?? 0), String(counts[.rejected] ?? 0),
        String(staged[document.id] ?? 0), String(annotations.revision),
        (stale ? "(STALE) " : "") + (document.metadata.title ?? ""),
      ])
    }
    return .table(table, style: style)
  }

  /// `show DOC[@REV] [LAYER…]`.
  mutating func show(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let target = try arguments.next("a document (DOC or DOC@REV)")
    var id = target.text
    var revision: Int?
    if let at = target.text.lastIndex(of: "@") {
      id = String(target.text[..<at])
      guard let number = Int(target.text[target.text.index(after: at)...]) else {
        throw ShellError("expected DOC@REV with a revision number, not '\(target.text)'", at: target)
      }
      revision = number
    }
    let document = try self.document(ShellWord(text: id, column: target.column, width: target.width, isQuoted: false))
    var layers: [String] = []
    while let word = arguments.take() {
      guard corpus.scheme.layer(named: word.text) != nil else {
        let suggestion = NearestName.suggestion(for: word.text, among: corpus.scheme.layerNames)
        throw ShellError("unknown layer '\(word.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: word)
      }
      layers.append(word.text)
    }
    let annotations: DocumentAnnotations
    if let revision {
      annotations = try attempt(at: target) { () throws(StoreError) in
        try session.store.annotations(for: id, at: revision)
      }
    } else {
      annotations = try attemptEdit(at: target) { session throws(StoreError) in try session.annotations(for: id) }
    }
    let spans = annotations.spans.filter { layers.isEmpty || layers.contains($0.layer) }
    var text = style.bold(id) + (document.metadata.title.map { "  " + $0 } ?? "")
    text += style.dim("  (revision \(annotations.revision)\(revision == nil && session.stagedChanges.contains { $0.documentID == id } ? " + staged" : ""), \(spans.count) spans)")
    text += "\n\n" + SpanRendering.markedText(document.text, spans: spans, style: style) + "\n\n"
    text += SpanRendering.table(spans, text: document.text).render(style: style)
    return .custom(text) { json in
      json.beginObject()
      json.key("document")
      json.string(id)
      json.key("revision")
      json.integer(annotations.revision)
      json.key("spans")
      json.beginArray()
      for span in spans { span.write(to: &json, text: document.text) }
      json.endArray()
      json.endObject()
    }
  }

  /// `tokens DOC [SENTENCE]`.
  mutating func tokens(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let document = try self.document(try arguments.next("a document"))
    let tokenization = Tokenizer().tokenize(document.text)
    var tokens = tokenization.tokens
    if let word = arguments.take() {
      let sentence = try number(word, "a sentence number")
      guard sentence >= 1 && sentence <= tokenization.sentences.count else {
        throw ShellError("'\(document.id)' has \(tokenization.sentences.count) sentences", at: word)
      }
      let range = tokenization.sentences[sentence - 1]
      tokens = tokens.filter { range.contains($0.lowerBound) }
    }
    try arguments.finish(usage: "tokens DOC [SENTENCE]")
    var table = TextTable(["#", "start", "end", "token"], alignments: [.right, .right, .right, .left])
    for (index, token) in tokens.enumerated() {
      table.append([String(index + 1), String(token.lowerBound), String(token.upperBound), document.text.text(in: token)])
    }
    return .table(table, style: style)
  }

  /// `sentences DOC`.
  mutating func sentences(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let document = try self.document(try arguments.next("a document"))
    try arguments.finish(usage: "sentences DOC")
    var table = TextTable(["#", "start", "end", "sentence"], alignments: [.right, .right, .right, .left])
    for (index, sentence) in Tokenizer().tokenize(document.text).sentences.enumerated() {
      table.append([
        String(index + 1), String(sentence.lowerBound), String(sentence.upperBound),
        SpanRendering.oneLine(document.text.text(in: sentence)),
      ])
    }
    return .table(table, style: style)
  }
}
