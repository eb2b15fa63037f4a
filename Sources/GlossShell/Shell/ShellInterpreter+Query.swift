import GlossCore
import GlossFormats
import GlossQuery

/// The query commands of the shell: `query`, `count`, `let`, `explain`, and
/// the query forms of `annotate`, `remove`, `relabel`, `accept`, `reject`.
extension ShellInterpreter {
  /// A query as written in the command line, with the column it starts at.
  public struct RawQuery {
    /// The query text, exactly as typed.
    var text: String
    /// The 1-based column of its first character in the line.
    var column: Int

    /// A query typed at `column`.
    public init(text: String, column: Int) {
      self.text = text
      self.column = column
    }
  }

  // MARK: - Commands

  /// `query QUERY [--limit N|--all] [--sort doc|match|left|right] [--width N|Nc]`.
  mutating func query(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let raw = try rawQuery(&arguments, stopAt: [])
    var options = ConcordanceOptions(width: .tokens(settings.contextWidth))
    try options.read(&arguments, usage: usage)
    let matches = try run(raw)
    return concordanceOutput(matches, options: options, summary: nil)
  }

  /// The matches as JSON Lines, one object per match (as `set format json`
  /// writes each), in `order`, at most `limit`: what `gloss query --format
  /// json` prints.
  public func jsonLines(_ matches: [QueryMatch], width: Concordance.Width, order: Concordance.Order, limit: Int?)
    -> [UInt8]
  {
    guard let engine = queryEngine else { return [] }
    var concordance = Concordance(
      matches: matches, corpus: engine.corpus, index: engine.index, width: width, order: order)
    if let limit, concordance.lines.count > limit { concordance.lines.removeLast(concordance.lines.count - limit) }
    var bytes: [UInt8] = []
    for line in concordance.lines {
      var json = JSONWriter()
      Self.writeMatch(line, engine: engine, to: &json)
      bytes += json.takeBytes() + [UInt8(ascii: "\n")]
    }
    return bytes
  }

  /// `count QUERY [by label|text|lowercase|lemma|pos|deprel|doc|ATTRIBUTE] [--docs]`.
  mutating func count(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let raw = try rawQuery(&arguments, stopAt: ["by"])
    var grouping = FrequencyTable.Grouping.label
    var perDocument = false
    while let word = arguments.take() {
      if !word.isQuoted, word.text == "by" {
        let what = try arguments.next("label, text, lowercase, lemma, pos, deprel, doc or an attribute after 'by'")
        switch what.text {
        case "label": grouping = .label
        case "text": grouping = .text
        case "lowercase", "lower": grouping = .lowercase
        case "doc", "document": grouping = .doc
        case "lemma": grouping = .lemma
        case "pos": grouping = .partOfSpeech
        case "deprel": grouping = .relation
        default:
          let attributes = Set(
            corpus.scheme.layers.flatMap { $0.attributes.map(\.name) } + ["status", "annotator", "layer"])
          guard attributes.contains(what.text) else {
            let choices = ["label", "text", "lowercase", "lemma", "pos", "deprel", "doc"] + attributes.sorted()
            throw ShellError(
              "cannot count by '\(what.text)'"
                + (NearestName.suggestion(for: what.text, among: choices).map { " (did you mean '\($0)'?)" } ?? "")
                + "; choose label, text, lowercase, lemma, pos, deprel, doc or an attribute ("
                + attributes.sorted().joined(separator: ", ")
                + ")",
              at: what)
          }
          grouping = .attribute(what.text)
        }
      } else if !word.isQuoted, word.text == "--docs" {
        perDocument = true
      } else {
        throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
      }
    }
    let matches = try run(raw)
    let engine = queryEngine!
    let frequencies = FrequencyTable(matches: matches, grouping: grouping, engine: engine)
    var table: TextTable
    if perDocument {
      table = TextTable(["value", "doc", "count", "percent"], alignments: [.left, .left, .right, .right])
      for row in frequencies.rows {
        for (document, count) in row.perDocument {
          table.append([row.value, document, String(count), Self.percent(Double(count) / Double(max(1, row.count)))])
        }
      }
    } else {
      table = TextTable(["value", "count", "percent", "docs"], alignments: [.left, .right, .right, .right])
      for row in frequencies.rows {
        table.append([row.value, String(row.count), Self.percent(row.share), String(row.perDocument.count)])
      }
    }
    let footer =
      "\(frequencies.total) match\(frequencies.total == 1 ? "" : "es"), \(frequencies.distinctValues) distinct value\(frequencies.distinctValues == 1 ? "" : "s")"
    var output = CommandOutput.table(table, style: style, footer: footer)
    output.pages = true
    return output
  }

  /// `let NAME = QUERY`, or `let` to list the named result sets.
  mutating func letCommand(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    guard let name = arguments.take() else {
      var table = TextTable(["name", "matches"], alignments: [.left, .right])
      for (name, matches) in (queryEngine?.resultSets ?? [:]).sorted(by: { $0.key < $1.key }) {
        table.append([name, String(matches.count)])
      }
      if table.rows.isEmpty { return .message("no result sets yet; usage: \(usage)") }
      return .table(table, style: style)
    }
    let valid =
      name.text.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" } ?? false
    guard !name.isQuoted, valid,
      name.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" })
    else {
      throw ShellError(
        "a result set's name is a word of letters, digits and _, starting with a letter; usage: \(usage)", at: name)
    }
    if QueryVocabulary.keywords.contains(name.text) || corpus.scheme.layer(named: name.text) != nil {
      throw ShellError("'\(name.text)' is a keyword or a layer of the query language; choose another name", at: name)
    }
    guard arguments.takeKeyword("=") else {
      throw ShellError(
        "expected '=' after the name; usage: \(usage)", column: arguments.peek?.column ?? arguments.endColumn)
    }
    let raw = try rawQuery(&arguments, stopAt: [])
    try arguments.finish(usage: usage)
    let matches = try run(raw)
    queryEngine!.define(name.text, as: matches)
    return .message(
      "\(name.text) = \(matches.count) match\(matches.count == 1 ? "" : "es")",
      fields: [("name", .string(name.text)), ("matches", .integer(matches.count))])
  }

  /// `explain QUERY`.
  mutating func explain(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let raw = try rawQuery(&arguments, stopAt: [])
    let engine = try refreshedEngine()
    let expression = try parse(raw, engine: engine)
    let plan: QueryPlan
    do {
      plan = try engine.plan(
        expression, limits: QueryLimits(isCancelled: isCancelled, timeLimit: settings.queryTimeLimit))
    } catch {
      throw ShellError(error.description)
    }
    let text = "query: " + QueryDescription.expression(expression) + "\n" + plan.explain + "\n"
    return .custom(text) { json in
      json.beginObject()
      json.key("query")
      json.string(QueryDescription.expression(expression))
      json.key("plan")
      json.beginArray()
      for line in plan.explanation { json.string(line) }
      json.endArray()
      json.endObject()
    }
  }

  // MARK: - Editing from a query

  /// `annotate query QUERY as LAYER:LABEL [KEY=VALUE…] [--replace] [--dry-run]`.
  ///
  /// A match whose new span would break the layer's overlap policy is
  /// skipped and counted; with `--replace`, conflicting suggestions are
  /// removed instead (a tagger's are kept as rejected).
  mutating func annotateFromQuery(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.queryFormUsage
    _ = arguments.take()
    let raw = try rawQuery(&arguments, stopAt: ["as"])
    guard arguments.takeKeyword("as") else {
      throw ShellError(
        "expected 'as LAYER:LABEL' after the query; usage: \(usage)",
        column: arguments.peek?.column ?? arguments.endColumn)
    }
    let labelWord = try arguments.next("LAYER:LABEL after 'as'")
    let (layer, label) = try self.label(labelWord)
    var attributes: [String: String] = [:]
    var dryRun = false
    var replace = false
    while let word = arguments.take() {
      if !word.isQuoted, word.text == "--dry-run" {
        dryRun = true
      } else if !word.isQuoted, word.text == "--replace" {
        replace = true
      } else if let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex {
        attributes[String(word.text[..<equals])] = String(word.text[word.text.index(after: equals)...])
      } else {
        throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
      }
    }
    let matches = try run(raw)
    let engine = queryEngine!
    // One new span per distinct range; a range that already has this span is left as it is.
    var seen: Set<QueryMatch> = []
    var targets: [QueryMatch] = []
    var already = 0
    // The ranges that already have this span, and the layer's spans as they
    // will be, read once per document.
    var labelled: [Int32: Set<Range<Int>>] = [:]
    var layerSpans: [Int32: OverlapIndex] = [:]
    var conflicts = 0
    var replaced: [Int32: [String]] = [:]
    let scheme = corpus.scheme
    for match in matches {
      let target = QueryMatch(document: match.document, start: match.start, end: match.end)
      guard seen.insert(target).inserted else { continue }
      if labelled[target.document] == nil {
        let id = engine.document(of: target).id
        let existing = try attemptEdit(at: labelWord) { session throws(StoreError) in try session.annotations(for: id) }
        labelled[target.document] = Set(
          existing.spans.lazy.filter { $0.layer == layer && $0.label == label && $0.status != .rejected }.map(\.range))
        layerSpans[target.document] = OverlapIndex(layer: layer, scheme: scheme, spans: existing.spans)
      }
      if labelled[target.document]!.contains(target.range) {
        already += 1
        continue
      }
      // Conflicts with the layer's overlap policy: suggestions go with
      // --replace, anything else skips the match.
      let probe = Span(
        id: "", layer: layer, label: label, start: target.range.lowerBound, end: target.range.upperBound,
        attributes: attributes,
        annotator: "", status: .accepted)
      // Taken out of the dictionary while it changes, so it is not copied.
      var present = layerSpans.removeValue(forKey: target.document)!
      defer { layerSpans[target.document] = present }
      var dropped: [String] = []
      while let conflicting = present.conflict(for: probe), replace, conflicting.status == .suggested {
        dropped.append(conflicting.id)
        present.remove(id: conflicting.id)
      }
      if present.conflict(for: probe) != nil {
        for id in dropped { present.restore(id: id) }
        conflicts += 1
        continue
      }
      replaced[target.document, default: []] += dropped
      present.insert(
        Span(
          id: "new\(targets.count)", layer: layer, label: label, start: target.range.lowerBound,
          end: target.range.upperBound, annotator: "", status: .accepted))
      targets.append(target)
    }
    let documents = Set(targets.map(\.document)).count
    let what =
      "\(targets.count) span\(targets.count == 1 ? "" : "s") \(layer):\(label) in \(documents) document\(documents == 1 ? "" : "s")"
    let replacedCount = replaced.values.reduce(0) { $0 + $1.count }
    var note = already > 0 ? "; \(already) already had this span" : ""
    if conflicts > 0 {
      note +=
        "; skipped \(conflicts) that would overlap a span as layer '\(layer)' forbids"
        + " (overlap: \(scheme.layer(named: layer)!.overlapPolicy.rawValue)\(replace ? "" : "; --replace replaces suggestions"))"
    }
    if replacedCount > 0 {
      note += "; \(dryRun ? "would replace" : "replaced") \(replacedCount) suggestion\(replacedCount == 1 ? "" : "s")"
    }
    let fields: [(String, JSONValue)] = [
      ("added", .integer(targets.count)), ("skipped", .integer(already)), ("conflicts", .integer(conflicts)),
      ("replaced", .integer(replacedCount)),
    ]
    if dryRun || targets.isEmpty {
      return unstagedEditOutput(
        targets, dryRun: dryRun, summary: "would annotate \(what)\(note)",
        reason: conflicts > 0
          ? "every match would overlap a span as layer '\(layer)' forbids\(note)"
          : already > 0 ? "every match (\(already)) already had this span" : "the query matches nothing",
        fields: fields)
    }
    try attemptEdit(at: labelWord) { session throws(StoreError) in
      try session.group("annotate query \(raw.text) as \(layer):\(label)") { session throws(StoreError) in
        for (document, ids) in replaced where !ids.isEmpty {
          try session.remove(
            from: engine.document(of: QueryMatch(document: document, start: 0, end: 0)).id, spanIDs: ids)
        }
        // Per document, in the order of the matches: one check and one insert of all its spans.
        var order: [Int32] = []
        var rangesOf: [Int32: [Range<Int>]] = [:]
        for target in targets {
          if rangesOf[target.document] == nil { order.append(target.document) }
          rangesOf[target.document, default: []].append(target.range)
        }
        for document in order {
          try session.add(
            to: engine.document(of: QueryMatch(document: document, start: 0, end: 0)).id, layer: layer,
            label: label, ranges: rangesOf[document]!, attributes: attributes)
        }
      }
    }
    return .message(
      "staged \(what) from the query as one change\(note) (undo reverts it; commit to keep)", fields: fields)
  }

  /// The output of an edit from a query that stages nothing: a dry run's
  /// concordance of what it would change, or why nothing was staged.
  private func unstagedEditOutput(
    _ targets: [QueryMatch], dryRun: Bool, summary: String, reason: String, fields: [(String, JSONValue)]
  ) -> CommandOutput {
    guard dryRun else { return .message("\(reason); nothing staged", fields: fields) }
    return concordanceOutput(
      targets, options: .init(width: .tokens(settings.contextWidth), limit: nil),
      summary: "\(summary) (dry run: nothing staged)", fields: fields)
  }

  /// What `remove`, `relabel`, `accept` and `reject` do to a query's span matches.
  enum QueryEdit {
    case remove
    case relabel(layer: String, label: String)
    case status(SpanStatus)

    /// The edit as a verb phrase: "remove", "relabel as entity:ORG", "accept".
    var verb: String {
      switch self {
      case .remove: "remove"
      case .relabel(let layer, let label): "relabel as \(layer):\(label)"
      case .status(let status): status == .accepted ? "accept" : "reject"
      }
    }

    /// What a span already in the requested state is, after "already".
    var donePhrase: String {
      switch self {
      case .remove: "removed"
      case .relabel(let layer, let label): "had \(layer):\(label)"
      case .status(let status): "was \(status.rawValue)"
      }
    }

    /// Whether a span with this layer, label and status needs no change.
    func isDone(layer: String, label: String, status: SpanStatus) -> Bool {
      switch self {
      case .remove: false
      case .relabel(let newLayer, let newLabel): layer == newLayer && label == newLabel
      case .status(let wanted): status == wanted
      }
    }
  }

  /// `remove query QUERY`, `relabel query QUERY as LAYER:LABEL`,
  /// `accept query QUERY`, `reject query QUERY` (each with `--dry-run`).
  mutating func editFromQuery(_ arguments: inout ShellArguments, command: String) throws(ShellError) -> CommandOutput {
    let usage = arguments.queryFormUsage
    _ = arguments.take()
    let raw = try rawQuery(&arguments, stopAt: ["as"])
    var edit: QueryEdit
    switch command {
    case "remove": edit = .remove
    case "accept": edit = .status(.accepted)
    case "reject": edit = .status(.rejected)
    default:
      guard arguments.takeKeyword("as") else {
        throw ShellError(
          "expected 'as LAYER:LABEL' after the query; usage: \(usage)",
          column: arguments.peek?.column ?? arguments.endColumn)
      }
      let (layer, label) = try self.label(try arguments.next("LAYER:LABEL after 'as'"))
      edit = .relabel(layer: layer, label: label)
    }
    let dryRun = arguments.takeKeyword("--dry-run")
    try arguments.finish(usage: usage)
    let matches = try run(raw)
    let engine = queryEngine!
    if let token = matches.first(where: { !$0.isSpan }) {
      throw ShellError(
        "\(command) works on spans, but the query also matches text that is no span ('\(SpanRendering.oneLine(engine.text(of: token)))' in \(engine.document(of: token).id)); "
          + "query spans, such as entity:PERSON[…] or entity within …",
        column: raw.column, width: raw.text.unicodeScalars.count)
    }
    // Each span once; a span already in the requested state is left as it is.
    var seen: Set<QueryMatch> = []
    var targets: [QueryMatch] = []
    var already = 0
    for match in matches where seen.insert(match).inserted {
      if let span = engine.span(of: match), edit.isDone(layer: span.layer, label: span.label, status: span.status) {
        already += 1
      } else {
        targets.append(match)
      }
    }
    var byDocument: [(String, [String])] = []
    for match in targets {
      let id = engine.document(of: match).id
      let span = SpanID.make(Int(match.spanNumber))
      if byDocument.last?.0 == id {
        byDocument[byDocument.count - 1].1.append(span)
      } else {
        byDocument.append((id, [span]))
      }
    }
    let what =
      "\(targets.count) span\(targets.count == 1 ? "" : "s") in \(byDocument.count) document\(byDocument.count == 1 ? "" : "s")"
    let note = already > 0 ? "; \(already) already \(edit.donePhrase)" : ""
    let fields: [(String, JSONValue)] = [("spans", .integer(targets.count)), ("skipped", .integer(already))]
    if targets.isEmpty {
      return unstagedEditOutput(
        targets, dryRun: dryRun, summary: "would \(edit.verb) \(what)\(note)",
        reason: already > 0
          ? "every matching span (\(already)) already \(edit.donePhrase)" : "the query matches no span",
        fields: fields)
    }
    // Staged on a copy (a dry run drops it), so a dry run counts exactly
    // what the edit would stage, overlap conflicts included.
    var target = session
    let conflicting = try attemptEdit(at: nil) { _ throws(StoreError) in
      try target.group("\(edit.verb) query \(raw.text)") { session throws(StoreError) in
        try Self.apply(edit, to: byDocument, in: &session)
      }
    }
    let stagedTargets = targets.filter { match in
      !conflicting.contains(SpanKey(document: engine.document(of: match).id, span: SpanID.make(Int(match.spanNumber))))
    }
    let stagedWhat =
      "\(stagedTargets.count) span\(stagedTargets.count == 1 ? "" : "s") in \(Set(stagedTargets.map(\.document)).count) document\(Set(stagedTargets.map(\.document)).count == 1 ? "" : "s")"
    let conflictNote =
      conflicting.isEmpty ? "" : "; skipped \(conflicting.count) that would break a layer's overlap policy"
    let allFields = fields + [("conflicts", .integer(conflicting.count))]
    if dryRun || stagedTargets.isEmpty {
      return unstagedEditOutput(
        stagedTargets, dryRun: dryRun, summary: "would \(edit.verb) \(stagedWhat)\(note)\(conflictNote)",
        reason: "every matching span would break a layer's overlap policy\(note)", fields: allFields)
    }
    session = target
    return .message(
      "staged: \(edit.verb) \(stagedWhat), as one change\(note)\(conflictNote) (undo reverts it; commit to keep)",
      fields: allFields)
  }

  /// Applies `edit` to the spans of each document, a document at a time;
  /// when a document's batch breaks a layer's overlap policy, its spans are
  /// edited one by one and those that would break it are left as they are.
  /// Returns the spans left out.
  private static func apply(
    _ edit: QueryEdit, to byDocument: [(String, [String])], in session: inout AnnotationSession
  ) throws(StoreError) -> Set<SpanKey> {
    var conflicting: Set<SpanKey> = []
    for (document, ids) in byDocument {
      do {
        try session.group("edit \(document)") { session throws(StoreError) in
          try apply(edit, to: document, ids, in: &session)
        }
      } catch {
        guard case .overlap = error else { throw error }
        for id in ids {
          do {
            try session.group("edit \(document) \(id)") { session throws(StoreError) in
              try apply(edit, to: document, [id], in: &session)
            }
          } catch {
            guard case .overlap = error else { throw error }
            conflicting.insert(SpanKey(document: document, span: id))
          }
        }
      }
    }
    return conflicting
  }

  /// A span of a document.
  struct SpanKey: Hashable {
    var document: String
    var span: String
  }

  private static func apply(
    _ edit: QueryEdit, to document: String, _ ids: [String], in session: inout AnnotationSession
  ) throws(StoreError) {
    switch edit {
    case .remove: try session.remove(from: document, spanIDs: ids)
    case .relabel(let layer, let label): try session.relabel(in: document, spanIDs: ids, layer: layer, label: label)
    case .status(let status): try session.setStatus(in: document, spanIDs: ids, to: status)
    }
  }

  // MARK: - Running queries

  /// The query engine, built on first use, with the session's staged changes indexed.
  mutating func refreshedEngine() throws(ShellError) -> QueryEngine {
    if queryEngine == nil {
      do {
        var bar: (any ProgressDisplay)?
        let output = self.output
        queryEngine = try QueryIndexCache.openEngine(corpus: corpus) { done, total in
          if bar == nil { bar = output.progress("index", total: total, unit: "docs") }
          bar?.advance()
          if done == total { bar?.finish() }
        }
      } catch {
        throw ShellError("cannot index the corpus: \(error)")
      }
      // Said once per index: stale documents are queried without their spans.
      for warning in queryEngine!.staleDocumentWarnings(store: session.store) {
        output.note("warning: query \(warning)")
      }
    }
    queryEngine!.refresh(from: &session)
    return queryEngine!
  }

  /// Parses a raw query, pointing errors at their column in the line.
  func parse(_ raw: RawQuery, engine: QueryEngine) throws(ShellError) -> QueryExpression {
    do {
      return try engine.parse(raw.text)
    } catch {
      throw ShellError(error.message, column: raw.column + error.range.lowerBound, width: max(1, error.range.count))
    }
  }

  /// Parses and runs a raw query under the session's limits.
  public mutating func run(_ raw: RawQuery) throws(ShellError) -> [QueryMatch] {
    let engine = try refreshedEngine()
    let expression = try parse(raw, engine: engine)
    do {
      return try engine.run(
        expression, limits: QueryLimits(isCancelled: isCancelled, timeLimit: settings.queryTimeLimit),
        matching: settings.matching)
    } catch {
      throw ShellError(error.description)
    }
  }

  /// Takes the words of a query up to an unquoted word of `stopAt` or an
  /// option (`--…`), and returns the query exactly as typed in the line.
  func rawQuery(_ arguments: inout ShellArguments, stopAt: Set<String>) throws(ShellError) -> RawQuery {
    var words: [ShellWord] = []
    while let word = arguments.peek, word.isQuoted || !(stopAt.contains(word.text) || word.text.hasPrefix("--")) {
      words.append(word)
      _ = arguments.take()
    }
    guard let first = words.first, let last = words.last else {
      throw ShellError(
        "\(arguments.command.text) needs a query, such as entity:PERSON or \"treaty\"%c",
        column: arguments.peek?.column ?? arguments.endColumn)
    }
    let scalars = Array(currentLine.unicodeScalars)
    let start = min(scalars.count, first.column - 1)
    let end = min(scalars.count, last.column - 1 + last.width)
    return RawQuery(text: String(String.UnicodeScalarView(scalars[start..<end])), column: first.column)
  }

  // MARK: - Output

  /// Options of a concordance view.
  public struct ConcordanceOptions {
    /// The context on each side of a match.
    public var width: Concordance.Width
    /// The most lines shown (`nil`: all).
    var limit: Int? = 100
    /// The order of the lines.
    var order: Concordance.Order = .doc

    /// Options with `width` of context, the first `limit` lines in `order`.
    public init(width: Concordance.Width, limit: Int? = 100, order: Concordance.Order = .doc) {
      self.width = width
      self.limit = limit
      self.order = order
    }

    /// Reads `--limit N`, `--all`, `--sort ORDER`, `--width N|Nc`.
    public mutating func read(_ arguments: inout ShellArguments, usage: String) throws(ShellError) {
      while let word = arguments.take() {
        switch word.text {
        case "--limit":
          let value = try arguments.next("a number after --limit")
          guard let number = Int(value.text), number >= 0 else {
            throw ShellError("expected a number of lines, not '\(value.text)'", at: value)
          }
          limit = number
        case "--all":
          limit = nil
        case "--sort":
          let value = try arguments.next("doc, match, left or right after --sort")
          guard let parsed = Concordance.Order(rawValue: value.text) else {
            throw ShellError("sort by doc, match, left or right, not '\(value.text)'", at: value)
          }
          order = parsed
        case "--width":
          let value = try arguments.next("a width such as 8 (tokens) or 40c (characters)")
          if value.text.hasSuffix("c"), let number = Int(value.text.dropLast()), number >= 0 {
            width = .characters(number)
          } else if let number = Int(value.text.hasSuffix("t") ? String(value.text.dropLast()) : value.text),
            number >= 0
          {
            width = .tokens(number)
          } else {
            throw ShellError("a width is a number of tokens (8) or characters (40c), not '\(value.text)'", at: value)
          }
        default:
          throw ShellError("unexpected '\(word.text)'; usage: \(usage)", at: word)
        }
      }
    }
  }

  /// Shortens the left (from its start) and right (from its end) contexts of
  /// concordance rows `[doc, offset, left, match, right]` so that the table
  /// fits in `columns`, marking each cut with `…`; the match is never cut.
  /// Contexts given in characters (`--width 40c`) are left as asked.
  static func fitContext(_ rows: inout [[String]], toColumns columns: Int) {
    func widest(_ column: Int) -> Int { rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    let fixed = max(3, widest(0)) + max(6, widest(1)) + max(5, widest(3)) + 4 * 2
    let budget = max(12, (columns - 1 - fixed) / 2)
    for index in rows.indices {
      rows[index][2] = clipped(rows[index][2], to: budget, keepingEnd: true)
      rows[index][4] = clipped(rows[index][4], to: budget, keepingEnd: false)
    }
  }

  /// `text` cut to at most `width` columns, an ellipsis marking the cut.
  private static func clipped(_ text: String, to width: Int, keepingEnd: Bool) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var kept: [Unicode.Scalar] = []
    var used = 1  // the ellipsis
    let scalars = Array(text.unicodeScalars)
    for scalar in keepingEnd ? scalars.reversed() : scalars {
      let next = used + DisplayWidth.of(scalar)
      if next > width { break }
      used = next
      kept.append(scalar)
    }
    if keepingEnd {
      kept.reverse()
      while kept.first?.properties.isWhitespace == true { kept.removeFirst() }
    } else {
      while kept.last?.properties.isWhitespace == true { kept.removeLast() }
    }
    var view = String.UnicodeScalarView()
    if keepingEnd { view.append("…") }
    view.append(contentsOf: kept)
    if !keepingEnd { view.append("…") }
    return String(view)
  }

  /// A concordance of `matches` for people, JSON and CSV; `fields` are
  /// added to the JSON object (the counts of an edit's dry run).
  package func concordanceOutput(
    _ matches: [QueryMatch], options: ConcordanceOptions, summary: String?, fields: [(String, JSONValue)] = []
  ) -> CommandOutput {
    let engine = queryEngine!
    var concordance = Concordance(
      matches: matches, corpus: corpus, index: engine.index, width: options.width, order: options.order)
    let total = concordance.lines.count
    if let limit = options.limit, concordance.lines.count > limit {
      concordance.lines.removeLast(concordance.lines.count - limit)
    }
    var table = TextTable(
      ["doc", "offset", "left", "match", "right"], alignments: [.left, .right, .right, .left, .left])
    var rows: [[String]] = concordance.lines.map { line in
      let label = engine.span(of: line.match).map { " [\($0.layer):\($0.label)]" } ?? ""
      return [line.documentID, "\(line.match.start)..\(line.match.end)", line.left, line.keyword + label, line.right]
    }
    if case .tokens = options.width, let columns = outputColumns {
      Self.fitContext(&rows, toColumns: columns)
    }
    for row in rows { table.append(row) }
    var footer = "\(total) match\(total == 1 ? "" : "es")"
    if concordance.lines.count < total {
      footer += " (showing \(concordance.lines.count); --limit N or --all for more)"
    }
    if let summary { footer = summary + "\n" + footer }
    var text = table.rows.isEmpty ? "" : table.render(style: style)
    text += footer + "\n"
    var output = CommandOutput.custom(text) { json in
      json.beginObject()
      if let summary {
        json.key("message")
        json.string(summary)
      }
      for (key, value) in fields {
        json.key(key)
        json.value(value)
      }
      json.key("total")
      json.integer(total)
      json.key("matches")
      json.beginArray()
      for line in concordance.lines { Self.writeMatch(line, engine: engine, to: &json) }
      json.endArray()
      json.endObject()
    }
    var csv = "doc,start,end,layer,label,left,match,right\n"
    for line in concordance.lines {
      let span = engine.span(of: line.match)
      csv +=
        CSV.record([
          line.documentID, String(line.match.start), String(line.match.end), span?.layer ?? "", span?.label ?? "",
          line.left, line.keyword,
          line.right,
        ]) + "\n"
    }
    output.csv = csv
    output.pages = true
    return output
  }

  /// One match as a JSON object: doc, start, end, text, left, right, and for spans id, layer, label, status, attrs.
  package static func writeMatch(_ line: Concordance.Line, engine: QueryEngine, to json: inout JSONWriter) {
    json.beginObject()
    json.key("doc")
    json.string(line.documentID)
    json.key("start")
    json.integer(Int(line.match.start))
    json.key("end")
    json.integer(Int(line.match.end))
    json.key("text")
    json.string(engine.text(of: line.match))
    if let span = engine.span(of: line.match) {
      json.key("layer")
      json.string(span.layer)
      json.key("label")
      json.string(span.label)
      json.key("id")
      json.string(span.id)
      json.key("status")
      json.string(span.status.rawValue)
      if !span.attributes.isEmpty {
        json.key("attrs")
        json.beginObject()
        for (key, value) in span.attributes.sorted(by: { $0.key < $1.key }) {
          json.key(key)
          json.string(value)
        }
        json.endObject()
      }
    }
    json.key("left")
    json.string(line.left)
    json.key("right")
    json.string(line.right)
    json.endObject()
  }

  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
