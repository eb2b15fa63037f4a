/// Why a zlib stream could not be inflated: what was wrong and at which byte
/// of the stream.
package struct ZlibError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong.
  package var message: String
  /// The byte of the compressed stream where it was found.
  package var byteOffset: Int

  /// Creates an error.
  package init(_ message: String, at byteOffset: Int) {
    self.message = message
    self.byteOffset = byteOffset
  }

  /// `MESSAGE (at byte N of the zlib stream)`.
  package var description: String { "\(message) (at byte \(byteOffset) of the zlib stream)" }
}
