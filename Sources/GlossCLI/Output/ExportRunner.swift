import GlossCore
import GlossFormats

/// Writes an export to standard output or, atomically, to a file or folder —
/// shared by `gloss export` and the shell's `export`.
enum ExportRunner {
  /// The formats `export` writes.
  typealias Format = ExportFormat

  /// Exports the committed documents and spans `filter` selects (staged
  /// changes are not exported) and returns how many documents were written.
  /// Spans the format cannot hold are reported on standard error, counted
  /// and named. `isCancelled` is polled between documents; when it says yes
  /// the export stops with ``ShellError`` and the target is left as it was.
  /// With `showsProgress`, a progress bar is drawn on a terminal's standard
  /// error while writing to a file.
  static func run(
    session: AnnotationSession, format: Format, filter: ExportFilter, output: String?,
    options: ExportOptions? = nil, isCancelled: () -> Bool = { false }, showsProgress: Bool = false
  ) throws -> Int {
    for id in filter.documentIDs ?? [] { _ = try session.document(id) }
    for layer in filter.layers ?? [] where session.corpus.scheme.layer(named: layer) == nil {
      throw SpanValidationError.unknownLayer(
        layer, suggestion: NearestName.suggestion(for: layer, among: session.corpus.scheme.layerNames))
    }
    var filter = filter
    if filter.layers == nil { filter.layers = format.defaultLayers }
    var options = options ?? ExportOptions()
    options.scheme = session.corpus.scheme
    var exporter = format.makeExporter(options)
    var exported = 0
    var diagnostics: [ExportDiagnostic] = []
    let documents = session.corpus.documents.filter { filter.includes(documentID: $0.id) }
    // A bar (`gloss export`) only when the export goes to a file: on
    // standard output it would mix with the data on the same terminal.
    var progress = ProgressReporter(
      "export \(format.rawValue)", total: documents.count, unit: "docs",
      isEnabled: showsProgress && output != nil && Console.isErrorTerminal)
    defer { progress.finish() }
    func body(_ emit: (_ chunk: ExportChunk) throws -> Void) throws {
      for chunk in exporter.begin() { try emit(chunk) }
      for document in documents {
        if isCancelled() { throw ShellError("export cancelled; nothing was written") }
        let spans = try session.store.annotations(for: document.id).spans.filter(filter.includes)
        let result = exporter.export(ExportDocument(document: document, spans: spans))
        for chunk in result.chunks { try emit(chunk) }
        diagnostics += result.diagnostics
        exported += 1
        progress.advance()
      }
      for chunk in exporter.finish() { try emit(chunk) }
    }
    if format.writesFolder {
      guard let output else { throw ShellError("\(format.rawValue) writes a folder of files: give one with -o FOLDER") }
      try ExportFolder.write(toPath: output) { folder in
        try body { chunk in try folder.write(chunk.bytes, to: chunk.file ?? "export") }
      }
    } else if let output {
      try AtomicFile.write(toPath: output) { file in
        try body { try file.write($0.bytes) }
      }
      if format == .labelstudio {
        // The labeling configuration the tasks need, beside them.
        try AtomicFile.write(
          Array(LabelStudioConfig.xml(for: session.corpus.scheme).utf8), toPath: LabelStudioConfig.path(besideTasks: output))
      }
    } else {
      try body { Console.writeOutput($0.bytes) }
    }
    progress.finish()
    if !diagnostics.isEmpty {
      Console.writeError(
        "\(format.rawValue): \(diagnostics.count) span\(diagnostics.count == 1 ? "" : "s") cannot be expressed in this format and \(diagnostics.count == 1 ? "was" : "were") not exported:")
      for diagnostic in diagnostics { Console.writeError("  \(diagnostic)") }
    }
    return exported
  }
}
