import GlossCore

/// Where an export's bytes go: a stream (standard output, a notebook's
/// output), a file, or a folder, each written whole or not at all.
public enum ExportDestination {
  /// Each chunk as it is made.
  case stream(([UInt8]) -> Void)
  /// One file, replaced atomically at the end. A Label Studio export also
  /// writes its labeling configuration beside it.
  case file(String)
  /// A folder of files, with the rules of ``ExportFolder``.
  case folder(String)

  /// The path written, if any.
  public var path: String? {
    switch self {
    case .stream: nil
    case .file(let path), .folder(let path): path
    }
  }

  /// Runs `body`, which emits the export's chunks, against this destination;
  /// a file or folder appears only if `body` returns.
  func receive(_ body: (_ emit: (ExportChunk) throws -> Void) throws -> Void) throws {
    switch self {
    case .stream(let write):
      try body { write($0.bytes) }
    case .file(let path):
      try AtomicFile.write(toPath: path) { file in
        try body { try file.write($0.bytes) }
      }
    case .folder(let path):
      try ExportFolder.write(toPath: path) { folder in
        try body { chunk in try folder.write(chunk.bytes, to: chunk.file ?? "export") }
      }
    }
  }
}
