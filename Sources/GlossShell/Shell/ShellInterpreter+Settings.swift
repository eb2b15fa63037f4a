import GlossCore
import GlossFormats
import GlossQuery

extension ShellInterpreter {
  /// `set [NAME [VALUE]]`.
  mutating func set(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    guard let name = arguments.take() else {
      var table = TextTable(["option", "value"])
      table.append(["annotator", settings.annotator])
      table.append(["context", String(settings.contextWidth)])
      table.append(["color", settings.color ? "on" : "off"])
      table.append(["format", settings.format.rawValue])
      table.append(["message", settings.message ?? ""])
      table.append(["timeout", settings.queryTimeLimit.map { "\($0) s" } ?? "off"])
      table.append(["matching", settings.matching.rawValue])
      return .table(table, style: style)
    }
    let value = try arguments.next("a value for \(name.text)")
    try arguments.finish(usage: usage)
    switch name.text {
    case "annotator":
      guard !value.text.isEmpty else { throw ShellError("the annotator's name is empty", at: value) }
      setAnnotator(value.text)
    case "context":
      settings.contextWidth = try number(value, "a number of words")
    case "color", "colour":
      switch value.text {
      case "on", "true", "yes": settings.color = true
      case "off", "false", "no": settings.color = false
      default: throw ShellError("color is on or off, not '\(value.text)'", at: value)
      }
    case "format":
      guard let format = ShellSettings.Format(rawValue: value.text) else {
        throw ShellError("format is table, json or csv, not '\(value.text)'", at: value)
      }
      settings.format = format
    case "message":
      settings.message = value.text
    case "timeout":
      if value.text == "off" {
        settings.queryTimeLimit = nil
      } else {
        guard let seconds = Double(value.text), seconds > 0 else {
          throw ShellError("timeout is a number of seconds or off, not '\(value.text)'", at: value)
        }
        settings.queryTimeLimit = seconds
      }
    case "matching":
      guard let matching = SequenceMatching(rawValue: value.text) else {
        throw ShellError("matching is shortest, standard or longest, not '\(value.text)'", at: value)
      }
      settings.matching = matching
    default:
      let suggestion = NearestName.suggestion(
        for: name.text, among: ["annotator", "context", "color", "format", "message", "timeout", "matching"])
      throw ShellError("no option '\(name.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: name)
    }
    return .message("\(name.text) = \(value.text)")
  }

  /// `export FORMAT [-o PATH] [--doc DOC]… [--layer LAYER]… [--label LABEL]… [--status S] [--tags T] [--labels L]
  /// [--all-documents]`.
  mutating func export(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let formatWord = try arguments.next("a format (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
    guard let format = ExportFormat(rawValue: formatWord.text) else {
      let suggestion = NearestName.suggestion(for: formatWord.text, among: ExportFormat.allCases.map(\.rawValue))
      throw ShellError(
        "unknown format '\(formatWord.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
          + "; formats: " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "),
        at: formatWord)
    }
    var output: String?
    var documents: Set<String> = []
    var layers: Set<String> = []
    var labels: Set<String> = []
    var statuses: Set<SpanStatus> = [.accepted]
    var allDocuments = false
    var options = ExportOptions()
    while let option = arguments.take() {
      switch option.text {
      case "--tags":
        let word = try arguments.next("iob1, iob2 or bioes")
        guard let tags = TagScheme(rawValue: word.text) else {
          throw ShellError("--tags is iob1, iob2 or bioes, not '\(word.text)'", at: word)
        }
        options.tagScheme = tags
      case "--labels":
        let word = try arguments.next("ontonotes or conll")
        guard let labels = LabelSet(rawValue: word.text) else {
          throw ShellError("--labels is ontonotes or conll, not '\(word.text)'", at: word)
        }
        options.labels = labels
      case "--placeholder-syntax": options.writesSyntax = false
      case "--all-documents": allDocuments = true
      case "-o", "--output": output = try writablePath(try arguments.next("a file after \(option.text)"))
      case "--doc": documents.insert(try document(try arguments.next("a document after --doc")).id)
      case "--layer": layers.insert(try arguments.next("a layer after --layer").text)
      case "--label": labels.insert(try arguments.next("a label after --label").text)
      case "--status":
        let word = try arguments.next("accepted, suggested, rejected or all")
        guard let choice = StatusChoice(rawValue: word.text) else {
          throw ShellError("status is accepted, suggested, rejected or all, not '\(word.text)'", at: word)
        }
        statuses = choice.statuses
      default:
        throw ShellError("unexpected '\(option.text)'; usage: \(usage)", at: option)
      }
    }
    let filter = ExportFilter(
      documentIDs: documents.isEmpty ? nil : documents, layers: layers.isEmpty ? nil : layers,
      labels: labels.isEmpty ? nil : labels, statuses: statuses, allDocuments: allDocuments)
    let note = session.hasStagedChanges ? " (staged changes are not exported until committed)" : ""
    options.scheme = corpus.scheme
    let export = CorpusExport(format: format, filter: filter, options: options)
    let sink = self.output
    let store = session.store
    let syntax = SyntaxCache(corpus: corpus)
    do {
      let destination = try export.destination(path: output) { sink.write($0) }
      let summary = try export.run(
        documents: corpus.documents, spans: { try store.anchoredAnnotations(for: $0.id).spans },
        doneLayers: { try store.annotations(for: $0.id).doneLayers },
        syntax: { syntax.correctedSyntax(of: $0, spans: $1) }, to: destination, isCancelled: isCancelled)
      if let diagnostics = summary.note(format: format) { sink.note(diagnostics) }
      let count = summary.documents
      return output.map { .message("wrote \(count) document\(count == 1 ? "" : "s") to \($0)\(note)") } ?? .empty
    } catch let error as ShellError {
      throw error
    } catch {
      throw ShellError("\(error)", at: formatWord)
    }
  }
}
