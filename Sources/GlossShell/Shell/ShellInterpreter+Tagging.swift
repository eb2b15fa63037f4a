import GlossCore
import GlossTaggers

extension ShellInterpreter {
  /// `tag [DOC…] [LAYER…]`: stage the taggers' suggestions (and compute the
  /// syntax) for the documents named, or every document when none is.
  mutating func tag(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    var documents: [Document] = []
    var layers: [String] = []
    var lastWord: ShellWord?
    var syntaxWord: ShellWord?
    while let word = arguments.take() {
      lastWord = word
      if layers.isEmpty && syntaxWord == nil, let document = corpus.document(word.text) {
        documents.append(document)
      } else if word.text == SyntaxLayer.name {
        syntaxWord = word
      } else if corpus.scheme.layer(named: word.text) != nil || StandardTaggers.layers.contains(word.text) {
        layers.append(word.text)
      } else {
        _ = try self.document(word)  // the error for an unknown document, with the nearest id
      }
    }
    if documents.isEmpty { documents = corpus.documents }
    let computesSyntax = layers.isEmpty || syntaxWord != nil
    var taggerName = ""
    var entityModel: String?
    var tagger: CombinedTagger?
    if !layers.isEmpty || syntaxWord == nil {
      do {
        let made = try CorpusTaggers.tagger(layers: layers.isEmpty ? nil : layers, corpusAt: corpus.root)
        (tagger, entityModel, taggerName) = (made.tagger, made.entityModel, made.tagger.name)
      } catch {
        throw ShellError("\(error)", at: lastWord)
      }
    }
    let bar = documents.count > 1 ? output.progress("tag", total: documents.count, unit: "docs") : nil
    var total = (added: 0, withdrawn: 0, skipped: 0)
    var computed = 0
    for document in documents {
      if isCancelled() { break }
      if computesSyntax, try computeSyntax(of: document, at: syntaxWord ?? lastWord) == .computed { computed += 1 }
      if let tagger {
        let outcome = try attemptEdit(at: nil) { session throws(StoreError) in
          try TaggingRun.tag(document.id, with: tagger, in: &session)
        }
        total.added += outcome.added
        total.withdrawn += outcome.withdrawn
        total.skipped += outcome.skipped
      }
      bar?.advance()
    }
    bar?.finish()
    let scope = documents.count == 1 ? documents[0].id : "\(documents.count) documents"
    var summary =
      tagger == nil
      ? scope + ":" : "staged \(total.added) suggestion\(total.added == 1 ? "" : "s") in \(scope) from \(taggerName)"
    if total.withdrawn > 0 { summary += ", withdrew \(total.withdrawn) stale" }
    if total.skipped > 0 { summary += ", \(total.skipped) already there" }
    if let entityModel { summary += "; entity model \(Path.lastComponent(entityModel))" }
    if computesSyntax {
      summary += (tagger == nil ? " " : "; ") + (computed == 0 ? "syntax already current" : "syntax computed")
      if documents.count > 1 && computed > 0 { summary += " for \(computed)" }
    }
    return .message(
      summary + (total.added + total.withdrawn > 0 ? " (review them, then commit)" : ""),
      fields: [
        ("documents", .integer(documents.count)), ("added", .integer(total.added)),
        ("withdrawn", .integer(total.withdrawn)), ("skipped", .integer(total.skipped)),
        ("syntax_computed", .integer(computed)),
      ])
  }

  /// Computes `document`'s syntax with the shipped models unless its cache
  /// is current, and shows it to queries.
  mutating func computeSyntax(of document: Document, at word: ShellWord?) throws(ShellError) -> SyntaxTagging.Outcome {
    do {
      if syntaxTagging == nil {
        syntaxTagging = SyntaxTagging(annotator: try SyntaxAnnotator.sharedShipped(), corpus: corpus)
      }
      var workspace = SyntaxAnnotator.Workspace()
      let outcome = try syntaxTagging!.run(document, workspace: &workspace)
      queryEngine?.refreshSyntax(documentID: document.id)
      return outcome
    } catch {
      throw ShellError("cannot compute the syntax of \(document.id): \(error)", at: word)
    }
  }

  /// `review DOC [LAYER]`: walk the pending suggestions one by one.
  ///
  /// Keys (``ReviewKey``): `a` accept, `r` reject, `l` relabel (asks for
  /// LAYER:LABEL; the span is relabelled and accepted), `s` skip, `q` quit;
  /// fixes before deciding: `<` `>` move the start edge a token left or
  /// right, `,` `.` the end edge, `v` sets the value, `u` undoes the last
  /// fix, `?` lists the keys. Each decision and each fix is staged at once
  /// (and undone one by one with `undo`); a fixed suggestion stays pending
  /// until it is accepted.
  mutating func reviewSuggestions(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let documentWord = try arguments.next("a document")
    let document = try self.document(documentWord)
    var layer: String?
    var uncertain = false
    while let word = arguments.take() {
      if word.text == "--uncertain" && !word.isQuoted {
        uncertain = true
        continue
      }
      guard layer == nil else { throw ShellError("usage: \(usage)", at: word) }
      guard corpus.scheme.layer(named: word.text) != nil else {
        throw ShellError(
          "unknown layer '\(word.text)' (layers: \(corpus.scheme.layerNames.joined(separator: ", ")))", at: word)
      }
      layer = word.text
    }
    try arguments.finish(usage: usage)
    let annotations = try attemptEdit(at: documentWord) { session throws(StoreError) in
      try session.annotations(for: document.id)
    }
    var pending = annotations.spans.filter { $0.status == .suggested && (layer == nil || $0.layer == layer) }
    guard !pending.isEmpty else {
      return .message("no suggestions to review in \(document.id)" + (layer.map { " on \($0)" } ?? ""))
    }
    guard let input = reviewInput else {
      throw ShellError("review reads keys from a terminal or from the lines after it in a script", at: documentWord)
    }
    if uncertain {
      if let path = uncertaintyModel(corpus.root) {
        let margins: [SentenceUncertainty]
        do {
          let model = try SequenceModel(contentsOfFile: path)
          let features = try EntityFeatures.load(for: model, name: path)
          margins = SentenceUncertainty.sentences(
            in: TaggingContext(document), model: model, features: features, reviewed: [])
        } catch {
          throw ShellError("cannot read the entity model \(path): \(error)", at: documentWord)
        }
        pending = Self.uncertainFirst(pending, margins: margins)
        output.write("least certain sentences first (entity model \(Path.lastComponent(path)))\n")
      } else {
        output.write("no entity model; in text order\n")
      }
    }
    let tokenized = Tokenizer().tokenize(document.text)
    var counts = (accepted: 0, rejected: 0, relabelled: 0, skipped: 0, fixed: 0)
    var stopped = false
    walk: for (number, suggestion) in pending.enumerated() {
      var span = suggestion
      var fixes = 0
      showReview(span, number: number + 1, of: pending.count, in: document, sentences: tokenized.sentences)
      while true {
        guard let character = input.readKey(prompt: ReviewKey.prompt) else {
          stopped = true
          break walk
        }
        guard let key = ReviewKey(character) else {
          output.write(ReviewKey.keys)
          continue
        }
        switch key {
        case .accept:
          _ = try attemptEdit(at: nil) { session throws(StoreError) in
            try session.setStatus(in: document.id, spanIDs: [span.id], to: .accepted)
          }
          counts.accepted += 1
        case .reject:
          _ = try attemptEdit(at: nil) { session throws(StoreError) in
            try session.setStatus(in: document.id, spanIDs: [span.id], to: .rejected)
          }
          counts.rejected += 1
        case .relabel:
          guard
            let line = input.readLine(prompt: "LAYER:LABEL? ", vocabulary: corpus.scheme.qualifiedLabels)?
              .split(whereSeparator: \.isWhitespace).first.map(String.init),
            !line.isEmpty
          else { continue }
          let word = ShellWord(text: line, column: 1, width: line.unicodeScalars.count, isQuoted: false)
          let newLabel: (layer: String, label: String)
          do {
            newLabel = try label(word)
          } catch {
            output.write(error.message + "\n")
            continue
          }
          _ = try attemptEdit(at: nil) { [span] session throws(StoreError) in
            try session.group("relabel \(span.id) as \(newLabel.layer):\(newLabel.label) and accept") {
              session throws(StoreError) in
              _ = try session.relabel(in: document.id, spanIDs: [span.id], layer: newLabel.layer, label: newLabel.label)
              _ = try session.setStatus(in: document.id, spanIDs: [span.id], to: .accepted)
            }
          }
          counts.relabelled += 1
        case .skip:
          counts.skipped += 1
        case .quit:
          stopped = true
          break walk
        case .help:
          output.write(ReviewKey.keys)
          continue
        case .moveStart, .moveEnd, .value:
          let moves: (start: Int, end: Int)? =
            switch key {
            case .moveStart(let by): (by, 0)
            case .moveEnd(let by): (0, by)
            default: nil
            }
          let fixed =
            if let moves {
              reviewMoveEdges(of: span, start: moves.start, end: moves.end, in: document, tokens: tokenized.tokens)
            } else {
              reviewSetValue(of: span, in: document, input: input)
            }
          if let fixed {
            span = fixed
            fixes += 1
            showReview(span, number: number + 1, of: pending.count, in: document, sentences: tokenized.sentences)
          }
          continue
        case .undo:
          guard fixes > 0 else {
            output.write("no fix of \(span.id) to undo\n")
            continue
          }
          span = reviewUndoFix(of: span, in: document)
          fixes -= 1
          showReview(span, number: number + 1, of: pending.count, in: document, sentences: tokenized.sentences)
          continue
        }
        if fixes > 0 && key != .skip { counts.fixed += 1 }
        break
      }
    }
    let decided = counts.accepted + counts.rejected + counts.relabelled
    let left = pending.count - decided
    let summary =
      "reviewed \(document.id): \(counts.accepted) accepted, \(counts.rejected) rejected, \(counts.relabelled) relabelled, "
      + "\(counts.skipped) skipped; \(left) still pending" + (stopped ? " (stopped)" : "")
      + (counts.fixed > 0 ? "; \(counts.fixed) fixed before deciding" : "")
      + (decided > 0 ? " (commit to keep)" : "")
    return .message(
      summary,
      fields: [
        ("document", .string(document.id)), ("accepted", .integer(counts.accepted)),
        ("rejected", .integer(counts.rejected)),
        ("relabelled", .integer(counts.relabelled)), ("skipped", .integer(counts.skipped)), ("pending", .integer(left)),
        ("fixed", .integer(counts.fixed)),
      ])
  }

  /// `spans` ordered by the margin of their sentence, least certain first
  /// (text order among equals; a span in no measured sentence comes last).
  static func uncertainFirst(_ spans: [Span], margins: [SentenceUncertainty]) -> [Span] {
    func margin(_ span: Span) -> Float {
      margins.first { $0.range.lowerBound <= span.start && span.start < $0.range.upperBound }?.margin ?? .infinity
    }
    return spans.enumerated().map { (margin($0.element), $0.offset, $0.element) }
      .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  /// Shows one suggestion: its label and attributes, and its sentence with
  /// the span highlighted.
  private func showReview(_ span: Span, number: Int, of total: Int, in document: Document, sentences: [Range<Int>]) {
    let sentence = sentences.first { $0.lowerBound <= span.start && span.start < $0.upperBound } ?? span.range
    let start = min(sentence.lowerBound, span.start)
    let end = max(sentence.upperBound, span.end)
    let text = document.text
    let before = SpanRendering.oneLine(text.text(in: start..<span.start))
    let inside = SpanRendering.oneLine(text.text(in: span.range))
    let after = SpanRendering.oneLine(text.text(in: span.end..<end))
    let marked = style.isEnabled ? style.highlight(inside, label: span.qualifiedLabel) : "[[" + inside + "]]"
    let attributes = span.attributes.keys.sorted().map { "\($0)=\(span.attributes[$0]!)" }.joined(separator: " ")
    output.write(
      "\n[\(number)/\(total)] \(span.id) \(style.bold(span.qualifiedLabel)) \(span.start)..\(span.end)"
        + (attributes.isEmpty ? "" : "  \(attributes)") + "  (\(span.annotator))\n  \(before)\(marked)\(after)\n")
  }
}
