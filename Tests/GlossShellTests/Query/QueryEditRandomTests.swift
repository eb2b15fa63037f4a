import GlossCore
import GlossTaggers
import GlossTestSupport
import Testing

@testable import GlossShell

/// Editing from a query (`annotate|remove|relabel|accept|reject query …`)
/// over generated corpora, spans and queries: what is staged is exactly the
/// matches minus those already in the requested state, the printed counts
/// are the staged changes, and `--dry-run` prints the same counts.
@Suite struct QueryEditRandomTests {
  /// A span as the test compares it: everything but its id.
  struct SpanKey: Hashable, CustomStringConvertible {
    var layer: String
    var label: String
    var start: Int
    var end: Int
    var status: SpanStatus

    init(_ span: Span) {
      (layer, label, start, end, status) = (span.layer, span.label, span.start, span.end, span.status)
    }

    init(layer: String, label: String, start: Int, end: Int, status: SpanStatus) {
      (self.layer, self.label, self.start, self.end, self.status) = (layer, label, start, end, status)
    }

    var description: String { "\(layer):\(label)[\(start),\(end)) \(status.rawValue)" }
  }

  static let words = ["Putin", "Kim", "Korea", "treaty", "signed", "June", "Seoul", "the", "and"]
  static let labels = [("entity", "PERSON"), ("entity", "GPE"), ("entity", "ORG"), ("clause", "MAIN")]
  static let statuses: [SpanStatus] = [.suggested, .accepted, .rejected]
  static let documentCount = 3
  static let wordsPerDocument = 24
  static let stepsPerSeed = 40

  @Test(arguments: 1...6 as ClosedRange<UInt64>)
  func stagedChangesAreTheMatchesNotYetInTheRequestedState(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    var documents: [String: String] = [:]
    var wordRanges: [String: [Range<Int>]] = [:]
    for number in 0..<Self.documentCount {
      var text = ""
      var ranges: [Range<Int>] = []
      for _ in 0..<Self.wordsPerDocument {
        let word = Self.words.randomElement(using: &random)!
        let start = text.unicodeScalars.count
        text += word
        ranges.append(start..<text.unicodeScalars.count)
        text += " "
      }
      documents["d\(number)"] = text + "\n"
      wordRanges["d\(number)"] = ranges
    }
    let folder = try TemporaryCorpus(documents)
    defer { folder.remove() }
    // Spans are stacked freely here, so the layers allow any overlap; the
    // overlap policies have tests of their own.
    try folder.write(
      Array(#"{"layers": [{"name": "entity", "overlap": "any"}, {"name": "clause", "overlap": "any"}]}"#.utf8),
      to: "scheme.json")
    var shell = try interpreter(folder)
    shell.settings.format = .json
    // Spans over random words, some on the same range with other labels.
    for (id, ranges) in wordRanges.sorted(by: { $0.key < $1.key }) {
      for range in ranges where Int.random(in: 0..<3, using: &random) == 0 {
        let (layer, label) = Self.labels.randomElement(using: &random)!
        try shell.session.add(
          to: id, layer: layer, label: label, range: range, status: Self.statuses.randomElement(using: &random)!)
      }
    }
    _ = try shell.execute(#"commit -m "generated""#)

    for step in 0..<Self.stepsPerSeed {
      let command = Self.randomCommand(using: &random)
      let context = Comment(rawValue: "seed \(seed), step \(step): \(command)")
      try check(command, in: &shell, context: context)
      if Int.random(in: 0..<4, using: &random) == 0, shell.session.hasStagedChanges {
        _ = try shell.execute(#"commit -m "step""#)
      }
    }
  }

  /// A random edit over a random query.
  static func randomCommand(using random: inout SeededGenerator) -> String {
    let (layer, label) = labels.randomElement(using: &random)!
    let word = words.randomElement(using: &random)!
    let spanQueries = [
      "\(layer):\(label)", "entity", "entity[status = suggested]", "\(layer)[text = \"\(word)\"]",
      "\(layer):\(label)[text = \"\(word)\"]",
    ]
    let spanQuery = spanQueries.randomElement(using: &random)!
    let (newLayer, newLabel) = labels.randomElement(using: &random)!
    switch Int.random(in: 0..<5, using: &random) {
    case 0:
      let query = Bool.random(using: &random) ? "\"\(word)\"" : spanQuery
      return "annotate query \(query) as \(newLayer):\(newLabel)"
    case 1: return "remove query \(spanQuery)"
    case 2: return "relabel query \(spanQuery) as \(newLayer):\(newLabel)"
    case 3: return "accept query \(spanQuery)"
    default: return "reject query \(spanQuery)"
    }
  }

  /// Runs `command` dry and for real and checks both against a model of
  /// what it must do to the matches.
  func check(_ command: String, in shell: inout ShellInterpreter, context: Comment) throws {
    let words = command.split(separator: " ", maxSplits: 2).map(String.init)
    let verb = words[0]
    let rest = words[2]
    let queryText: String
    var target: (layer: String, label: String)?
    if let asRange = rest.range(of: " as ") {
      queryText = String(rest[..<asRange.lowerBound])
      let parts = rest[asRange.upperBound...].split(separator: ":").map(String.init)
      target = (parts[0], parts[1])
    } else {
      queryText = rest
    }
    let matches = try matchesOf(queryText, in: &shell)
    let before = try spans(in: &shell)

    // The model: what the command must change.
    var expected = before
    var changed = 0
    var alreadyDone = 0
    switch verb {
    case "annotate":
      let (layer, label) = target!
      var ranges: Set<[AnyHashable]> = []
      for match in matches where ranges.insert([match.document, match.start, match.end]).inserted {
        let key = SpanKey(layer: layer, label: label, start: match.start, end: match.end, status: .accepted)
        let sameExtent = before[match.document, default: [:]].filter {
          $0.value.layer == layer && $0.value.start == match.start && $0.value.end == match.end
        }
        if sameExtent.values.contains(where: { $0.label == label && $0.status != .rejected }) {
          alreadyDone += 1
        } else {
          // A rejected span of the same layer and extent is replaced.
          for (id, span) in sameExtent where span.status == .rejected { expected[match.document]![id] = nil }
          expected[match.document, default: [:]]["new \(changed)"] = key
          changed += 1
        }
      }
    default:
      guard matches.allSatisfy({ $0.spanID != nil }) else { return }
      for match in matches {
        let id = match.spanID!
        guard var span = before[match.document]?[id] else {
          Issue.record("\(context.rawValue): the query matched span \(id) that the session does not have")
          return
        }
        let done: Bool
        switch verb {
        case "remove": done = false
        case "relabel": done = span.layer == target!.layer && span.label == target!.label
        case "accept": done = span.status == .accepted
        default: done = span.status == .rejected
        }
        if done {
          alreadyDone += 1
          continue
        }
        changed += 1
        switch verb {
        case "remove": expected[match.document]![id] = nil
        case "relabel": (span.layer, span.label) = target!
        case "accept": span.status = .accepted
        default: span.status = .rejected
        }
        if verb != "remove" { expected[match.document]![id] = span }
      }
    }

    let countKey = verb == "annotate" ? "added" : "spans"
    let dryRun = try json(shell.execute(command + " --dry-run"))
    #expect(dryRun[countKey]?.intValue == changed, context)
    #expect(dryRun["skipped"]?.intValue == alreadyDone, context)
    #expect(try self.spans(in: &shell) == before, "\(context.rawValue): a dry run changed the staged spans")

    let real = try json(shell.execute(command))
    #expect(real[countKey]?.intValue == changed, context)
    #expect(real["skipped"]?.intValue == alreadyDone, context)
    let after = try self.spans(in: &shell)
    #expect(Self.multiset(after) == Self.multiset(expected), context)
  }

  /// A query match as the test reads it from `query … --all` in JSON.
  struct Match {
    var document: String
    var start: Int
    var end: Int
    var spanID: String?
  }

  func matchesOf(_ query: String, in shell: inout ShellInterpreter) throws -> [Match] {
    let value = try json(shell.execute("query \(query) --all"))
    return (value["matches"]?.arrayValue ?? []).map { match in
      Match(
        document: match["doc"]!.stringValue!, start: match["start"]!.intValue!, end: match["end"]!.intValue!,
        spanID: match["id"]?.stringValue)
    }
  }

  /// Every document's spans with the session's staged changes, by span id.
  func spans(in shell: inout ShellInterpreter) throws -> [String: [String: SpanKey]] {
    var result: [String: [String: SpanKey]] = [:]
    for id in (0..<Self.documentCount).map({ "d\($0)" }) {
      var spans: [String: SpanKey] = [:]
      for span in try shell.session.annotations(for: id).spans { spans[span.id] = SpanKey(span) }
      result[id] = spans
    }
    return result
  }

  /// The spans of each document as counts of equal spans, ids left out.
  static func multiset(_ spans: [String: [String: SpanKey]]) -> [String: [SpanKey: Int]] {
    spans.mapValues { byID in byID.values.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
  }

  func json(_ output: CommandOutput) throws -> JSONValue {
    try JSONParser.parse(output.json)
  }
}
