import GlossCore
import GlossEvaluation
import GlossFormats
import GlossTaggers

/// Reports over the corpus's accepted spans (staged changes included), for
/// notebooks and the REPL: a timeline, entities, their co-occurrence in
/// clauses, and the taggers' quality against the corpus as gold.
extension ShellInterpreter {
  /// The documents named by the remaining words, or every document.
  mutating func selectedDocuments(_ arguments: inout ShellArguments, usage: String) throws(ShellError) -> [Document] {
    var documents: [Document] = []
    while let word = arguments.take() { documents.append(try document(word)) }
    return documents.isEmpty ? corpus.documents : documents
  }

  /// The accepted spans of `document` on `layer`, staged changes included.
  mutating func acceptedSpans(_ document: Document, layer: String) throws(ShellError) -> [Span] {
    let annotations = try attemptEdit(at: nil) { session throws(StoreError) in try session.annotations(for: document.id)
    }
    return annotations.spans.filter { $0.layer == layer && $0.status == .accepted }
  }

  /// `timeline [DOC…]`: every accepted time span, dated ones (DATE, TIME) in
  /// order of their normalized value, then durations and sets, each with the
  /// sentence it comes from.
  mutating func timeline(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let documents = try selectedDocuments(&arguments, usage: arguments.usage)
    let entries = try TimelineEntry.entries(documents) { document throws(ShellError) in
      try acceptedSpans(document, layer: "time")
    }
    guard !entries.isEmpty else { return .message("no accepted time spans") }
    var text = ""
    var previousDated: Bool?
    for entry in entries {
      if previousDated != entry.isDated {
        text += style.bold(entry.isDated ? "Dates and times, in order" : "Durations and sets") + "\n"
        previousDated = entry.isDated
      }
      text +=
        "\(style.bold(entry.value))  \(entry.span.label)  \"\(SpanRendering.oneLine(entry.text))\"  \(style.dim("\(entry.document) \(entry.span.id)"))\n"
      text += TextWrapping.wrap(entry.sentence, width: 96, indent: "    ") + "\n"
    }
    return .custom(text) { json in
      json.beginArray()
      for entry in entries {
        json.beginObject()
        json.key("value")
        json.string(entry.value)
        json.key("type")
        json.string(entry.span.label)
        json.key("document")
        json.string(entry.document)
        json.key("span")
        json.string(entry.span.id)
        json.key("start")
        json.integer(entry.span.start)
        json.key("end")
        json.integer(entry.span.end)
        json.key("text")
        json.string(entry.text)
        json.key("sentence")
        json.string(entry.sentence)
        json.endObject()
      }
      json.endArray()
    }
  }

  /// `entities [DOC…]`: each document's distinct accepted entities with
  /// their label and number of mentions, most mentioned first.
  mutating func entities(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let documents = try selectedDocuments(&arguments, usage: arguments.usage)
    var table = TextTable(["document", "label", "entity", "mentions"], alignments: [.left, .left, .left, .right])
    for document in documents {
      var counts: [EntityKey: Int] = [:]
      for span in try acceptedSpans(document, layer: "entity") {
        counts[EntityKey(span, in: document.text), default: 0] += 1
      }
      let sorted = counts.sorted { ($0.key.label, -$0.value, $0.key.text) < ($1.key.label, -$1.value, $1.key.text) }
      for (key, count) in sorted { table.append([document.id, key.label, key.text, String(count)]) }
    }
    return .table(table, style: style)
  }

  /// `cooccur [DOC…] [--top N]`: pairs of entities mentioned in the same
  /// clause (the innermost accepted clause holding each mention), with how
  /// many clauses hold both and in which documents.
  mutating func cooccur(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    var top: Int?
    var words: [ShellWord] = []
    while let word = arguments.take() {
      if word.text == "--top" {
        top = try number(try arguments.next("a number after --top"), "a number of pairs")
      } else {
        words.append(word)
      }
    }
    var documents: [Document] = []
    for word in words { documents.append(try document(word)) }
    if documents.isEmpty { documents = corpus.documents }
    var pairs: [EntityPair: (clauses: Int, documents: [String])] = [:]
    for document in documents {
      let clauses = try acceptedSpans(document, layer: "clause")
      var byClause: [String: Set<EntityKey>] = [:]
      for span in try acceptedSpans(document, layer: "entity") {
        let innermost = clauses.filter { $0.start <= span.start && span.end <= $0.end }
          .min { ($0.end - $0.start) < ($1.end - $1.start) }
        guard let innermost else { continue }
        byClause[innermost.id, default: []].insert(EntityKey(span, in: document.text))
      }
      for members in byClause.values {
        let sorted = members.sorted { ($0.text, $0.label) < ($1.text, $1.label) }
        for (index, first) in sorted.enumerated() {
          for second in sorted[(index + 1)...] where first.text != second.text {
            let pair = EntityPair(first: first, second: second)
            var entry = pairs[pair] ?? (0, [])
            entry.clauses += 1
            if !entry.documents.contains(document.id) { entry.documents.append(document.id) }
            pairs[pair] = entry
          }
        }
      }
    }
    var sorted = pairs.sorted {
      ($1.value.clauses, $0.key.first.text, $0.key.second.text) < (
        $0.value.clauses, $1.key.first.text, $1.key.second.text
      )
    }
    let total = sorted.count
    if let top { sorted = Array(sorted.prefix(top)) }
    var table = TextTable(["entity", "entity", "clauses", "documents"], alignments: [.left, .left, .right, .left])
    for (pair, entry) in sorted {
      table.append([
        pair.first.description, pair.second.description, String(entry.clauses), entry.documents.joined(separator: " "),
      ])
    }
    return .table(table, style: style, footer: top == nil ? "\(total) pairs" : "top \(sorted.count) of \(total) pairs")
  }

  /// `eval [LAYER…]`: the shipped taggers scored against the corpus's
  /// accepted spans as gold (as `gloss eval` does on exported gold files),
  /// each document only on its layers marked done.
  mutating func evaluate(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    var layers: [String] = []
    var lastWord: ShellWord?
    while let word = arguments.take() {
      layers.append(word.text)
      lastWord = word
    }
    let tagger: CombinedTagger
    do {
      tagger = try StandardTaggers.tagger(layers: layers.isEmpty ? nil : layers, corpusAt: corpus.root)
    } catch {
      throw ShellError("\(error)", at: lastWord)
    }
    var gold: [ExportDocument] = []
    var done: [String: Set<String>] = [:]
    for document in corpus.documents {
      let annotations = try attemptEdit(at: nil) { session throws(StoreError) in
        try session.annotations(for: document.id)
      }
      gold.append(ExportDocument(document: document, spans: annotations.spans.filter { $0.status == .accepted }))
      done[document.id] = Set(annotations.doneLayers)
    }
    // Only done layers are gold: a layer nobody finished reviewing would
    // count the taggers' right answers as wrong.
    let evaluation = TaggerEvaluation.evaluate(tagger, on: gold) { done[$0.document.id] ?? [] }
    let counts = tagger.layers.sorted().map { layer in
      "\(layer) in \(done.values.filter { $0.contains(layer) }.count) of \(corpus.documents.count)"
    }
    let source = "the corpus's accepted spans on layers marked done (\(counts.joined(separator: ", ")) documents)"
    let text = EvalReport.text(evaluation, folder: source, tagger: tagger.name)
    let json = EvalReport.json(evaluation, folder: source, tagger: tagger.name)
    return CommandOutput(text: text, json: json)
  }
}

/// An entity as reports count it: its label and the text it covers.
public struct EntityKey: Hashable, Sendable, CustomStringConvertible {
  /// The entity label.
  var label: String
  /// The covered text, on one line.
  var text: String

  /// The key of `span` over `text`.
  init(_ span: Span, in text: SourceText) {
    label = span.label
    self.text = SpanRendering.oneLine(text.text(in: span.range))
  }

  /// The message a person reads.
  public var description: String { "\(text) (\(label))" }
}

/// Two entities of one clause, in a fixed order.
public struct EntityPair: Hashable, Sendable {
  /// The first, by text.
  var first: EntityKey
  /// The second.
  var second: EntityKey
}

extension ShellInterpreter {
  /// `render [DOC…] -o FILE.html [--layer LAYER]… [--status S]`: the
  /// documents (staged changes included) as a self-contained HTML page.
  mutating func render(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    var ids: [String] = []
    var layers: [String] = []
    var output: String?
    var statuses: Set<SpanStatus> = [.accepted, .suggested]
    while let word = arguments.take() {
      switch word.isQuoted ? "" : word.text {
      case "-o", "--output": output = try writablePath(try arguments.next("a file after \(word.text)"))
      case "--layer":
        let layer = try arguments.next("a layer after --layer")
        guard corpus.scheme.layer(named: layer.text) != nil else {
          throw ShellError("unknown layer '\(layer.text)'", at: layer)
        }
        layers.append(layer.text)
      case "--status":
        let value = try arguments.next("accepted, suggested, rejected or all")
        guard let choice = StatusChoice(rawValue: value.text) else {
          throw ShellError("status is accepted, suggested, rejected or all, not '\(value.text)'", at: value)
        }
        statuses = choice.statuses
      default:
        if word.text.hasPrefix("-") && !word.isQuoted {
          throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
        }
        ids.append(try document(word).id)
      }
    }
    guard let output else {
      throw ShellError("render needs -o FILE.html; usage: \(usage)", column: arguments.endColumn)
    }
    let report = try attemptEdit(at: nil) { session throws(StoreError) in
      try HTMLReport.make(session: &session, documentIDs: ids, layers: layers, statuses: statuses)
    }
    do {
      try AtomicFile.write(Array(report.render().utf8), toPath: output)
    } catch {
      throw ShellError("cannot write \(output): \(error)")
    }
    let spans = report.items.reduce(0) { $0 + $1.spans.count }
    for warning in report.skipped { self.output.note("warning: \(warning)") }
    let skipped = report.skipped.isEmpty ? "" : ", \(report.skipped.count) stale skipped"
    return .message(
      "wrote \(output): \(report.items.count) document\(report.items.count == 1 ? "" : "s"), \(spans) spans\(skipped)",
      fields: [
        ("path", .string(output)), ("documents", .integer(report.items.count)), ("spans", .integer(spans)),
        ("skipped", .integer(report.skipped.count)),
      ])
  }
}
