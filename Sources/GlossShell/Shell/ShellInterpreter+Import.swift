import GlossCore
import GlossFormats

extension ShellInterpreter {
  /// `import FORMAT PATH [--layer LAYER]… [--dry-run]`: stage the spans of
  /// another tool's file (or folder) as one undo step.
  ///
  /// Everything is checked before anything is staged, as `gloss import`
  /// does; spans already present (same layer, label and range, staged
  /// changes included) are skipped. Nothing is committed: `status` shows the
  /// spans, `undo` takes the whole import back, `commit` writes it.
  mutating func importSpans(_ arguments: inout ShellArguments) throws(ShellError) -> CommandOutput {
    let usage = arguments.usage
    let names = ImportFormat.allCases.map(\.rawValue)
    let formatWord = try arguments.next("a format (\(names.joined(separator: ", ")))")
    guard let format = ImportFormat(rawValue: formatWord.text) else {
      let suggestion = NearestName.suggestion(for: formatWord.text, among: names)
      throw ShellError(
        "unknown import format '\(formatWord.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
          + "; formats: " + names.joined(separator: ", "),
        at: formatWord)
    }
    let pathWord = try arguments.next("a file or folder to import")
    var layers: [String] = []
    var dryRun = false
    while let option = arguments.take() {
      switch option.text {
      case "--layer":
        let word = try arguments.next("a layer after --layer")
        guard corpus.scheme.layer(named: word.text) != nil else {
          let suggestion = NearestName.suggestion(for: word.text, among: corpus.scheme.layerNames)
          throw ShellError(
            "unknown layer '\(word.text)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), at: word)
        }
        layers.append(word.text)
      case "--dry-run": dryRun = true
      default: throw ShellError("unexpected '\(option.text)'; usage: \(usage)", at: option)
      }
    }
    let path = pathWord.text
    guard FileSystem.fileExists(atPath: path) else {
      throw ShellError("no such file or folder: \(path)", at: pathWord)
    }
    let read: [ImportedDocument]
    do {
      read = try format.makeImporter(layer: layers.first).read(path: path, corpus: corpus)
    } catch {
      throw ShellError("\(error)", at: pathWord)
    }
    for warning in read.flatMap(\.warnings) { output.note("warning: \(warning)") }
    let (documents, leftOut) = ImportLayerFilter(layers: Set(layers)).apply(to: read)
    // A dry run stages into a copy of the session, which is then dropped.
    var target = session
    let summary: ImportSummary
    do {
      summary = try SpanImport.stage(documents, into: &target, summary: "import \(format.rawValue) \(path)")
    } catch {
      throw ShellError("\(error)", at: pathWord)
    }
    if !dryRun { session = target }
    var skipped = summary.alreadyPresent > 0 ? " (\(summary.alreadyPresent) already present, skipped)" : ""
    if let note = ImportLayerFilter.note(leftOut) { skipped += "; " + note }
    let counts =
      "\(summary.added) span\(summary.added == 1 ? "" : "s") in \(summary.documents) document\(summary.documents == 1 ? "" : "s")"
    let text: String
    if dryRun {
      text = "would import \(counts)\(skipped)"
    } else if summary.added == 0 {
      text = "nothing new to import\(skipped)"
    } else {
      text = "staged \(counts) from \(path)\(skipped) (commit to keep, undo to drop)"
    }
    return .message(
      text,
      fields: [
        ("format", .string(format.rawValue)), ("path", .string(path)), ("added", .integer(summary.added)),
        ("documents", .integer(summary.documents)), ("alreadyPresent", .integer(summary.alreadyPresent)),
        ("dryRun", .bool(dryRun)),
      ])
  }
}
