import GlossCore

extension ShellInterpreter {
  /// A document's syntax as the `syntax` command reads it: the tokens and
  /// sentences of ``DocumentSyntax/tokenizer`` and the cached prediction with
  /// the session's corrections (staged ones too) applied.
  struct SyntaxView {
    var tokens: [Range<Int>]
    var sentences: [Range<Int>]
    var syntax: DocumentSyntax
    var corrections: [Span]
    var hasPrediction: Bool

    /// The token of `S.W` (sentence and word numbers from 1), if it exists.
    func token(_ address: Substring) -> Int? {
      let parts = address.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count == 2, let sentence = Int(parts[0]), let word = Int(parts[1]),
        sentences.indices.contains(sentence - 1), word >= 1, word <= sentences[sentence - 1].count
      else { return nil }
      return sentences[sentence - 1].lowerBound + word - 1
    }

    /// `S.W` of `token`.
    func address(of token: Int) -> String {
      let sentence = sentences.firstIndex { $0.contains(token) } ?? 0
      return "\(sentence + 1).\(token - sentences[sentence].lowerBound + 1)"
    }
  }

  /// `syntax DOC [SENTENCE | S.W KEY=VALUE…]`.
  mutating func syntax(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let documentWord = try arguments.next("a document")
    let document = try self.document(documentWord)
    let spans = try attemptEdit(at: documentWord) { session throws(StoreError) in
      try session.annotations(for: document.id).spans
    }
    let view = syntaxView(of: document, spans: spans)
    guard let target = arguments.take() else { return syntaxTable(view, document: document, sentences: nil) }
    if target.text.contains(".") {
      return try correctSyntax(view, document: document, at: target, arguments: &arguments)
    }
    guard let number = Int(target.text), view.sentences.indices.contains(number - 1) else {
      throw ShellError(
        "'\(target.text)' is neither a sentence number (1–\(view.sentences.count)) nor a word S.W; usage: \(usage)",
        at: target)
    }
    try arguments.finish(usage: usage)
    return syntaxTable(view, document: document, sentences: (number - 1)..<number)
  }

  private func syntaxView(of document: Document, spans: [Span]) -> SyntaxView {
    let tokenization = DocumentSyntax.tokenizer.tokenize(document.text)
    let cache = SyntaxCache(corpus: corpus)
    let predicted = cache.read(document)?.syntax
    let corrections = spans.filter { $0.layer == SyntaxLayer.name && $0.status != .rejected }
    let syntax =
      cache.correctedSyntax(of: document, spans: spans)
      ?? DocumentSyntax(
        Array(repeating: TokenSyntax(tag: "", lemma: "", head: nil, relation: ""), count: tokenization.tokens.count))
    return SyntaxView(
      tokens: tokenization.tokens, sentences: tokenization.sentenceTokenRanges(), syntax: syntax,
      corrections: corrections, hasPrediction: predicted != nil)
  }

  private func syntaxTable(_ view: SyntaxView, document: Document, sentences: Range<Int>?) -> CommandOutput {
    var table = TextTable(
      ["word", "form", "lemma", "upos", "head", "deprel", ""],
      alignments: [.right, .left, .left, .left, .left, .left, .left])
    let corrected = Set(view.corrections.map(\.start))
    for sentence in sentences ?? view.sentences.indices {
      for token in view.sentences[sentence] {
        let word = view.syntax[token]
        let head = word.head.map { "\(view.address(of: $0)) \(document.text.text(in: view.tokens[$0]))" }
        table.append([
          view.address(of: token), document.text.text(in: view.tokens[token]), word.lemma.isEmpty ? "-" : word.lemma,
          word.tag.isEmpty ? "-" : word.tag, head ?? (word.isParsed ? "root" : "-"),
          word.relation.isEmpty ? "-" : word.relation,
          corrected.contains(view.tokens[token].lowerBound) ? "corrected" : "",
        ])
      }
    }
    let footer =
      view.hasPrediction
      ? "\(view.corrections.count) corrected word\(view.corrections.count == 1 ? "" : "s")"
      : "no predicted syntax yet: 'tag \(document.id) syntax' computes it"
    var output = CommandOutput.table(table, style: style, footer: footer)
    output.pages = true
    return output
  }
}

extension ShellInterpreter {
  /// `syntax DOC S.W KEY=VALUE…`: stages a correction of one word as a
  /// `syntax` span (replacing an earlier correction of it), one undo step.
  fileprivate mutating func correctSyntax(
    _ view: SyntaxView, document: Document, at target: ShellWord, arguments: inout ShellArguments
  ) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    guard let token = view.token(Substring(target.text)) else {
      throw ShellError(
        "no word \(target.text) in \(document.id) (\(view.sentences.count) sentences; see 'syntax \(document.id)')",
        at: target)
    }
    var word = view.syntax[token]
    var changed = false
    while let setting = arguments.take() {
      let parts = setting.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[1].isEmpty else {
        throw ShellError("expected KEY=VALUE (upos, lemma, head, deprel); usage: \(usage)", at: setting)
      }
      try apply(String(parts[0]), String(parts[1]), to: &word, token: token, view: view, at: setting)
      changed = true
    }
    guard changed else {
      throw ShellError("nothing to change: give upos=, lemma=, head= or deprel=; usage: \(usage)", at: target)
    }
    guard UniversalDependencies.tags.contains(word.tag) else {
      throw ShellError("the word has no part of speech yet: give upos=TAG as well", at: target)
    }
    let range = view.tokens[token]
    let replaced = view.corrections.filter { $0.range == range }.map(\.id)
    let attributes = SyntaxLayer.attributes(for: word, tokens: view.tokens)
    try attemptEdit(at: target) { session throws(StoreError) in
      try session.group("syntax \(document.id) \(target.text)") { session throws(StoreError) in
        if !replaced.isEmpty { try session.remove(from: document.id, spanIDs: replaced) }
        try session.add(
          to: document.id, layer: SyntaxLayer.name, label: word.tag, range: range, attributes: attributes)
      }
    }
    let head = word.head.map { view.address(of: $0) } ?? (word.isParsed ? "root" : "-")
    return .message(
      "staged: \(target.text) “\(document.text.text(in: range))” \(word.tag) lemma \(word.lemma.isEmpty ? "-" : word.lemma), "
        + "head \(head) \(word.relation.isEmpty ? "-" : word.relation) (commit to keep it)")
  }

  /// Applies one `KEY=VALUE` to `word`, checking it.
  private func apply(
    _ key: String, _ value: String, to word: inout TokenSyntax, token: Int, view: SyntaxView, at setting: ShellWord
  ) throws(ShellError) {
    switch key {
    case "upos", "pos":
      guard UniversalDependencies.tags.contains(value) else {
        throw ShellError(
          "'\(value)' is not a universal part of speech (\(UniversalDependencies.tags.sorted().joined(separator: ", ")))",
          at: setting)
      }
      word.tag = value
    case "lemma":
      word.lemma = value
    case "deprel":
      guard UniversalDependencies.isRelation(value) else {
        throw ShellError(
          "'\(value)' is not a Universal Dependencies relation (nsubj, obj, obl:tmod, …)", at: setting)
      }
      word.relation = value
      if value == SyntaxLayer.rootRelation { word.head = nil }
    case "head":
      if value == SyntaxLayer.rootHead {
        word.head = nil
        word.relation = SyntaxLayer.rootRelation
        return
      }
      guard let head = view.token(Substring(value)) else {
        throw ShellError("head is a word S.W of the same sentence, or root; '\(value)' is neither", at: setting)
      }
      guard head != token, view.sentences.first(where: { $0.contains(token) })?.contains(head) == true else {
        throw ShellError("the head must be another word of the same sentence", at: setting)
      }
      word.head = head
      if word.relation.isEmpty || word.relation == SyntaxLayer.rootRelation { word.relation = "dep" }
    default:
      throw ShellError("unknown key '\(key)': upos, lemma, head or deprel", at: setting)
    }
  }
}
