/// A MessagePack value (the format of spaCy's `.spacy` files): maps keep
/// their order, and strings and binary data stay apart, as Python's
/// `msgpack` keeps `str` and `bytes` apart.
package enum MessagePackValue: Sendable, Hashable {
  /// `nil` (Python `None`).
  case null
  /// A boolean.
  case bool(Bool)
  /// An integer that fits 64 signed bits.
  case int(Int64)
  /// An integer above `Int64.max`.
  case uint(UInt64)
  /// A floating-point number.
  case double(Double)
  /// A UTF-8 string.
  case string(String)
  /// Binary data (Python `bytes`).
  case binary([UInt8])
  /// An array (Python `list` or `tuple`).
  case array([MessagePackValue])
  /// A map, its entries in order (Python `dict`).
  case map([MessagePackEntry])

  /// The integer, if this is one that fits `Int`.
  package var intValue: Int? {
    switch self {
    case .int(let value): return Int(exactly: value)
    case .uint(let value): return Int(exactly: value)
    default: return nil
    }
  }

  /// The string, if this is one.
  package var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The binary data, if this is some.
  package var binaryValue: [UInt8]? {
    if case .binary(let value) = self { return value }
    return nil
  }

  /// The elements, if this is an array.
  package var arrayValue: [MessagePackValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The entries, if this is a map.
  package var mapValue: [MessagePackEntry]? {
    if case .map(let value) = self { return value }
    return nil
  }

  /// The value of the map entry whose key is the string `key`.
  package subscript(key: String) -> MessagePackValue? {
    mapValue?.first { $0.key == .string(key) }?.value
  }
}

/// One entry of a MessagePack map.
package struct MessagePackEntry: Sendable, Hashable {
  /// The key (any value: spaCy's user data has arrays as keys).
  package var key: MessagePackValue
  /// The value.
  package var value: MessagePackValue

  /// Creates an entry.
  package init(_ key: MessagePackValue, _ value: MessagePackValue) {
    self.key = key
    self.value = value
  }
}
