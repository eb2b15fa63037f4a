/// Why MessagePack bytes could not be decoded, and at which byte.
package struct MessagePackError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong.
  package var message: String
  /// The byte where it was found.
  package var byteOffset: Int

  /// Creates an error.
  package init(_ message: String, at byteOffset: Int) {
    self.message = message
    self.byteOffset = byteOffset
  }

  /// `MESSAGE (at byte N of the MessagePack data)`.
  package var description: String { "\(message) (at byte \(byteOffset) of the MessagePack data)" }
}
