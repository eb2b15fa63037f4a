extension ProjectJSONWriter: SpanExporter {
  /// The opening bracket of an array.
  public mutating func begin() -> [ExportChunk] { [ExportChunk(header())] }

  /// One document.
  public mutating func export(_ item: ExportDocument) -> ExportOutput { ExportOutput(write(item)) }

  /// The closing bracket of an array.
  public mutating func finish() -> [ExportChunk] { [ExportChunk(footer())] }
}
