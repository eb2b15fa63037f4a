import GlossCore
import GlossFormats

/// Writes an export to standard output or, atomically, to a file — shared by
/// `gloss export` and the shell's `export`.
enum ExportRunner {
  /// The formats `export` writes.
  enum Format: String, CaseIterable, Sendable {
    case json, jsonl
  }

  /// Exports the committed documents and spans `filter` selects (staged
  /// changes are not exported) and returns how many
  /// documents were written. `isCancelled` is polled between documents; when
  /// it says yes the export stops with ``ShellError`` and a file target is
  /// left as it was.
  static func run(
    session: AnnotationSession, format: Format, filter: ExportFilter, output: String?,
    isCancelled: () -> Bool = { false }
  ) throws -> Int {
    for id in filter.documentIDs ?? [] { _ = try session.document(id) }
    for layer in filter.layers ?? [] where session.corpus.scheme.layer(named: layer) == nil {
      throw SpanValidationError.unknownLayer(
        layer, suggestion: NearestName.suggestion(for: layer, among: session.corpus.scheme.layerNames))
    }
    var writer = ProjectJSONWriter(framing: format == .json ? .array : .lines)
    var exported = 0
    func body(_ emit: (_ bytes: [UInt8]) throws -> Void) throws {
      try emit(writer.header())
      for document in session.corpus.documents where filter.includes(documentID: document.id) {
        if isCancelled() { throw ShellError("export cancelled; nothing was written") }
        let spans = try session.store.annotations(for: document.id).spans.filter(filter.includes)
        try emit(writer.write(ExportDocument(document: document, spans: spans)))
        exported += 1
      }
      try emit(writer.footer())
    }
    if let output {
      try AtomicFile.write(toPath: output) { file in
        try body { try file.write($0) }
      }
    } else {
      try body { Console.writeOutput($0) }
    }
    return exported
  }
}
