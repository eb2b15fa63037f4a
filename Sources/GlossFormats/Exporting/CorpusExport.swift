import GlossCore

/// An export of documents and their spans to one format: the exporter's
/// opening, each document in turn, and its closing, written to one
/// ``ExportDestination``. `gloss export`, the shell's `export`, notebooks and
/// the round-trip tests all export through it.
public struct CorpusExport {
  /// The format.
  public var format: ExportFormat
  /// Which documents and spans.
  public var filter: ExportFilter
  /// The format's options.
  public var options: ExportOptions

  /// Creates an export; layers default to the format's own when the filter names none.
  public init(format: ExportFormat, filter: ExportFilter = ExportFilter(), options: ExportOptions = ExportOptions()) {
    self.format = format
    self.filter = filter
    self.options = options
    if self.filter.layers == nil { self.filter.layers = format.defaultLayers }
  }

  /// What an export did.
  public struct Summary: Sendable {
    /// The documents written.
    public var documents: Int
    /// The spans the format could not express, which were left out.
    public var diagnostics: [ExportDiagnostic]
    /// The exporter's other notes, in document order.
    public var notes: [String] = []
    /// The documents left out because their exported layers are not done,
    /// in corpus order (training data only, see ``DoneRequirement``).
    public var leftOut: [String] = []
    /// What an export of training data required to be done (`nil`: nothing).
    public var doneRequirement: DoneRequirement?
    /// The documents left out, with the warning for each: those whose text
    /// changed after they were annotated, and those holding a NUL character
    /// the format cannot write.
    public var skipped: [(documentID: String, warning: String)] = []

    /// What a person is told of the spans left out and of the notes, or
    /// `nil` when there is nothing to tell.
    public func note(format: ExportFormat) -> String? {
      var lines = notes.map { "\(format.rawValue): \($0)" }
      if let note = doneRequirement?.note(exported: documents, leftOut: leftOut) {
        lines.insert("\(format.rawValue): \(note)", at: 0)
      }
      lines += skipped.map { "\(format.rawValue): warning: \($0.warning)" }
      if !skipped.isEmpty {
        lines.append(
          "\(format.rawValue): \(skipped.count) document\(skipped.count == 1 ? " was" : "s were") skipped")
      }
      if !diagnostics.isEmpty {
        let count = diagnostics.count
        lines.append(
          "\(format.rawValue): \(count) span\(count == 1 ? "" : "s") cannot be expressed in this format and \(count == 1 ? "was" : "were") not exported:"
        )
        lines += diagnostics.map { "  \($0)" }
      }
      return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
  }

  /// Exports the documents the filter selects, each with the spans
  /// `spans(of:)` gives (filtered) and the syntax `syntax(of:)` gives, to
  /// `destination`. Training data (``ExportFormat/isTrainingData``) takes
  /// only the documents whose exported layers `doneLayers(of:)` lists as
  /// done, unless ``ExportFilter/allDocuments``; the others are named in
  /// the summary's ``Summary/leftOut``. A document for which `spans` throws
  /// ``StoreError/staleText(documentID:recordedSHA256:currentSHA256:)`` (as
  /// ``AnnotationStore/anchoredAnnotations(for:)`` does) is skipped and
  /// listed in the summary, never written with shifted spans.
  ///
  /// `isCancelled` is polled between documents: the export then stops with
  /// ``ExportError/cancelled`` and the target is left as it was. `advance`
  /// is called after each document (for a progress display).
  public func run(
    documents: [Document], spans: (Document) throws -> [Span], doneLayers: (Document) throws -> [String],
    syntax: (Document, [Span]) -> DocumentSyntax? = { _, _ in nil }, to destination: ExportDestination,
    isCancelled: () -> Bool = { false }, advance: () -> Void = {}
  ) throws -> Summary {
    guard format.writesFolder == destination.isFolder else {
      throw ExportError(
        format.writesFolder
          ? "\(format.rawValue) writes a folder of files: give one with -o FOLDER"
          : "\(format.rawValue) writes one file or stream, not a folder")
    }
    for layer in filter.layers ?? [] where options.scheme.layer(named: layer) == nil {
      throw SpanValidationError.unknownLayer(
        layer, suggestion: NearestName.suggestion(for: layer, among: options.scheme.layerNames))
    }
    // Temporary files of earlier exports to this target that were killed.
    if let path = destination.path { StaleTemporaryFiles.remove(beside: path) }
    var exporter = format.makeExporter(options)
    var summary = Summary(documents: 0, diagnostics: [])
    if format.isTrainingData && !filter.allDocuments {
      summary.doneRequirement = DoneRequirement(layers: filter.layers)
    }
    let wantsSyntax = format.writesSyntax && options.writesSyntax
    var withoutSyntax = 0
    try destination.receive { emit in
      for chunk in exporter.begin() { try emit(chunk) }
      for document in documents where filter.includes(documentID: document.id) {
        if isCancelled() { throw ExportError.cancelled }
        if !escapesControlCharacters, let offset = document.text.utf8.firstIndex(of: 0) {
          summary.skipped.append(
            (
              document.id,
              "skipped '\(document.id)': its text holds a NUL character at offset "
                + "\(document.text.scalarOffset(ofUTF8: offset)), which \(format.rawValue) cannot hold; "
                + "remove it from the text, or export as json, jsonl, spacy, docbin, doccano or labelstudio (which can hold it)"
            ))
          advance()
          continue
        }
        let all: [Span]
        do {
          all = try spans(document)
        } catch let error as StoreError {
          guard let warning = error.skippedStaleWarning else { throw error }
          summary.skipped.append((document.id, warning))
          advance()
          continue
        }
        if let requirement = summary.doneRequirement,
          !requirement.isMet(doneLayers: try doneLayers(document), spans: all.filter(filter.includes))
        {
          summary.leftOut.append(document.id)
          advance()
          continue
        }
        let documentSyntax = wantsSyntax ? syntax(document, all) : nil
        if wantsSyntax && documentSyntax == nil { withoutSyntax += 1 }
        let result = exporter.export(
          ExportDocument(document: document, spans: all.filter(filter.includes), syntax: documentSyntax))
        for chunk in result.chunks { try emit(chunk) }
        summary.diagnostics += result.diagnostics
        summary.notes += result.notes
        summary.documents += 1
        advance()
      }
      for chunk in exporter.finish() { try emit(chunk) }
    }
    if withoutSyntax > 0 {
      summary.notes.append(
        "\(withoutSyntax) document\(withoutSyntax == 1 ? " has" : "s have") no syntax yet (gloss tag computes it): "
          + "UPOS X and a flat placeholder tree written for \(withoutSyntax == 1 ? "it" : "them")")
    }
    if format == .labelstudio, case .file(let path) = destination {
      try AtomicFile.write(
        Array(LabelStudioConfig.xml(for: options.scheme).utf8), toPath: LabelStudioConfig.path(besideTasks: path))
    }
    return summary
  }

  /// Whether the format escapes control characters (JSON's `\u0000`); the
  /// others would write a NUL byte raw, so documents holding one are skipped.
  private var escapesControlCharacters: Bool {
    [.json, .jsonl, .spacy, .doccano, .labelstudio, .docbin].contains(format)
  }

  /// The destination of this format for `path` (`nil`: `stream`, which a
  /// folder format cannot use).
  public func destination(path: String?, stream: @escaping ([UInt8]) -> Void) throws(ExportError) -> ExportDestination {
    guard let path else {
      if format.writesBinary {
        throw ExportError("\(format.rawValue) writes a binary file: give one with -o FILE.spacy")
      }
      if format.writesFolder {
        throw ExportError("\(format.rawValue) writes a folder of files: give one with -o FOLDER")
      }
      return .stream(stream)
    }
    return format.writesFolder ? .folder(path) : .file(path)
  }
}

extension ExportDestination {
  fileprivate var isFolder: Bool {
    if case .folder = self { return true }
    return false
  }
}
