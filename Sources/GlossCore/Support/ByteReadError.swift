/// Binary data that ``ByteReader`` cannot read, with the byte offset where
/// the unreadable item starts.
///
/// Binary files come from disk and may be cut short or damaged; reading
/// them reports this error instead of stopping the program, and the offset
/// lets a message or a hex dump point at the place.
///
/// Public only because ``ByteReader``'s inlined reads throw it; its members
/// are `package`.
public struct ByteReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with the data.
  public enum Reason: Hashable, Sendable {
    /// The data ends before the item does.
    case truncated
    /// A LEB128 number runs past ten bytes or past 64 bits.
    case overlongLEB128
    /// A count or length prefix is negative or larger than memory can hold.
    case badCount(Int64)
  }

  /// What is wrong.
  package var reason: Reason
  /// The offset in bytes, from the start of the data, of the item that
  /// could not be read.
  package var byteOffset: Int

  /// Creates an error for the item at `byteOffset`.
  @usableFromInline
  package init(_ reason: Reason, at byteOffset: Int) {
    self.reason = reason
    self.byteOffset = byteOffset
  }

  /// The problem and its place, such as `truncated at byte 1024`.
  public var description: String {
    switch reason {
    case .truncated: "truncated at byte \(byteOffset)"
    case .overlongLEB128: "bad LEB128 number at byte \(byteOffset)"
    case .badCount(let count): "bad count \(count) at byte \(byteOffset)"
    }
  }
}
