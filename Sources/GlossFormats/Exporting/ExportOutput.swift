/// What an exporter produced for one document.
public struct ExportOutput: Sendable {
  /// The bytes, in order.
  public var chunks: [ExportChunk]
  /// The spans the format could not hold, each with the reason.
  public var diagnostics: [ExportDiagnostic]
  /// What else a person should know of the output (a document written
  /// without its syntax, and why).
  public var notes: [String]

  /// Creates an output.
  public init(chunks: [ExportChunk], diagnostics: [ExportDiagnostic] = [], notes: [String] = []) {
    self.chunks = chunks
    self.diagnostics = diagnostics
    self.notes = notes
  }

  /// One chunk of the main stream and no diagnostics.
  public init(_ bytes: [UInt8]) {
    self.init(chunks: [ExportChunk(bytes)])
  }
}
