/// A JSON value, as read by ``JSONParser`` and written by ``JSONWriter``.
///
/// Integers and floating-point numbers are kept apart so that identifiers and
/// offsets survive a round trip exactly; objects are unordered, and writers
/// sort their keys for deterministic output.
package enum JSONValue: Hashable, Sendable {
  /// The literal `null`.
  case null
  /// The literal `true` or `false`.
  case bool(Bool)
  /// A number without fraction or exponent that fits in `Int`.
  case integer(Int)
  /// Any other number: one with a fraction or exponent, or too large for `Int`.
  case double(Double)
  /// A string, with escapes already decoded.
  case string(String)
  /// An array of values, in order.
  case array([JSONValue])
  /// An object; when a key occurs more than once, the last value wins.
  case object([String: JSONValue])

  /// The member named `key` if this is an object that has one, else `nil`.
  package subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The string if this is a string, else `nil`.
  package var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number as an `Int` if it is an integer, or a double with an exact
  /// integral value in range (such as `3.0` or `1e3`); else `nil`.
  package var intValue: Int? {
    switch self {
    case .integer(let value): return value
    case .double(let value): return Int(exactly: value)
    default: return nil
    }
  }

  /// The number as a `Double` if this is any number, else `nil`.
  ///
  /// Integers beyond 2^53 are rounded to the nearest representable double.
  package var doubleValue: Double? {
    switch self {
    case .integer(let value): return Double(value)
    case .double(let value): return value
    default: return nil
    }
  }

  /// The Boolean if this is `true` or `false`, else `nil`.
  package var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The elements if this is an array, else `nil`.
  package var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The strings if this is an array of strings only, else `nil`.
  package var stringArrayValue: [String]? {
    guard let elements = arrayValue else { return nil }
    var strings: [String] = []
    for element in elements {
      guard let string = element.stringValue else { return nil }
      strings.append(string)
    }
    return strings
  }

  /// The members if this is an object, else `nil`.
  package var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// Whether this is the literal `null`.
  package var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}
