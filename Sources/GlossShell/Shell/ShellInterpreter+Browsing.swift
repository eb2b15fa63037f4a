import GlossCore

extension ShellInterpreter {
  /// `help [COMMAND]`.
  mutating func help(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    if let word = arguments.take() {
      try arguments.finish()
      guard let info = ShellCommands.named(word.text)?.configuration else {
        let suggestion = NearestName.suggestion(for: word.text, among: ShellCommands.names)
        throw ShellError(
          "no command '\(word.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: word)
      }
      var text = "\(style.bold(info.usage))\n  \(info.summary)\n"
      if !info.examples.isEmpty {
        text += "Examples:\n" + info.examples.map { "  \($0)\n" }.joined()
      }
      if ["annotate", "resize", "relabel", "attr", "import"].contains(info.name) {
        text += "Layers (overlap: none, nest or any; set in scheme.json):\n"
        for layer in corpus.scheme.layers {
          let attributes = layer.attributes.map { $0.name + ($0.isRequired ? " (required)" : "") }
          text +=
            "  \(layer.name): overlap \(layer.overlapPolicy.rawValue) — \(layer.overlapPolicy.summary)"
            + (attributes.isEmpty ? "" : "; attributes " + attributes.joined(separator: ", ")) + "\n"
        }
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
    for command in ShellCommands.all { table.append([command.configuration.name, command.configuration.usage]) }
    return .table(
      table, style: style,
      footer: "`help COMMAND` explains one. Lines continue after a trailing \\ or an open quote; # starts a comment.")
  }

  /// `docs`.
  mutating func docs(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    try arguments.finish()
    let table = try attemptEdit(at: nil) { session throws(StoreError) in try CorpusViews.documents(&session) }
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
    var brackets = false
    var spansOnly = false
    var status = StatusChoice.active
    while var word = arguments.take() {
      if !word.isQuoted {
        switch word.text {
        case "--brackets":
          brackets = true
          continue
        case "--spans-only":
          spansOnly = true
          continue
        case "--status":
          let value = try arguments.next("accepted, suggested, rejected, active or all")
          guard let choice = StatusChoice(rawValue: value.text) else {
            throw ShellError("status is accepted, suggested, rejected, active or all, not '\(value.text)'", at: value)
          }
          status = choice
          continue
        case "--layer":
          word = try arguments.next("a layer after --layer")
        default:
          break
        }
      }
      guard corpus.scheme.layer(named: word.text) != nil else {
        let suggestion = NearestName.suggestion(for: word.text, among: corpus.scheme.layerNames)
        throw ShellError(
          "unknown layer '\(word.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: word)
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
    let spans = annotations.spans.filter {
      (layers.isEmpty || layers.contains($0.layer)) && status.statuses.contains($0.status)
    }
    var text = style.bold(id) + (document.metadata.title.map { "  " + $0 } ?? "")
    text += style.dim(
      "  (revision \(annotations.revision)\(revision == nil && session.stagedChanges.contains { $0.documentID == id } ? " + staged" : ""), \(spans.count) spans)"
    )
    text += "\n\n"
    if !spansOnly {
      text +=
        (brackets
          ? BracketRendering.render(document.text, spans: spans, style: style)
          : SpanRendering.markedText(document.text, spans: spans, style: style)) + "\n\n"
    }
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
      guard let selected = CorpusViews.tokens(of: tokenization, sentence: try number(word, "a sentence number")) else {
        throw ShellError("'\(document.id)' has \(tokenization.sentences.count) sentences", at: word)
      }
      tokens = selected
    }
    try arguments.finish()
    return .table(CorpusViews.ranges(tokens, of: document.text, heading: "token"), style: style)
  }

  /// `sentences DOC`.
  mutating func sentences(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let document = try self.document(try arguments.next("a document"))
    try arguments.finish()
    let sentences = Tokenizer().tokenize(document.text).sentences
    return .table(CorpusViews.ranges(sentences, of: document.text, heading: "sentence"), style: style)
  }
}
