/// Bytes of an export, for its main stream or for one file of a folder.
public struct ExportChunk: Sendable, Hashable {
  /// The file inside the export folder, or `nil` for the main stream.
  public var file: String?
  /// The bytes.
  public var bytes: [UInt8]

  /// Bytes for the main stream.
  public init(_ bytes: [UInt8]) {
    self.file = nil
    self.bytes = bytes
  }

  /// A whole file of a folder export.
  public init(file: String, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
  }
}
