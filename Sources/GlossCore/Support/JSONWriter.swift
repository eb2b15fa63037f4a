/// A streaming JSON writer that appends UTF-8 bytes to a buffer.
///
/// Output is deterministic (object keys from ``JSONValue`` are sorted, numbers
/// have one spelling), so exported files diff cleanly. Large outputs can be
/// streamed by draining the buffer with ``takeBytes()`` between values.
///
/// Calls must form one well-nested value: a `key(_:)` before each value
/// inside an object, and none inside an array. Misuse is a programming
/// error and stops with a precondition failure.
package struct JSONWriter {
  /// The bytes written so far and not yet taken.
  package private(set) var bytes: [UInt8] = []

  /// Whether to lay out the output on several lines with 2-space indentation.
  private let pretty: Bool
  /// The open containers, innermost last.
  private var stack: [Frame] = []

  /// One open array or object.
  private struct Frame {
    var isObject: Bool
    /// How many elements or members have been started in it.
    var count = 0
    /// Whether a key has been written whose value has not started yet.
    var awaitingValue = false
  }

  /// Creates an empty writer; `pretty` output puts each element and member
  /// on its own line, indented by two spaces per level, as `"key": value`.
  package init(pretty: Bool = false) {
    self.pretty = pretty
  }

  /// Returns the buffered bytes and empties the buffer, keeping the nesting
  /// state so that writing can continue where it left off.
  package mutating func takeBytes() -> [UInt8] {
    var taken: [UInt8] = []
    swap(&taken, &bytes)
    return taken
  }

  /// Returns `s` as a JSON string literal, quotes included.
  package static func quoted(_ s: String) -> String {
    var writer = JSONWriter()
    writer.string(s)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  // MARK: Structure

  /// Opens an object; follow with `key(_:)`/value pairs and `endObject()`.
  package mutating func beginObject() {
    beforeValue()
    bytes.append(UInt8(ascii: "{"))
    stack.append(Frame(isObject: true))
  }

  /// Closes the innermost object.
  package mutating func endObject() {
    guard let frame = stack.last, frame.isObject, !frame.awaitingValue else {
      preconditionFailure("JSONWriter.endObject() without an open object, or right after a key")
    }
    stack.removeLast()
    closeContainer(frame, with: UInt8(ascii: "}"))
  }

  /// Opens an array; follow with values and `endArray()`.
  package mutating func beginArray() {
    beforeValue()
    bytes.append(UInt8(ascii: "["))
    stack.append(Frame(isObject: false))
  }

  /// Closes the innermost array.
  package mutating func endArray() {
    guard let frame = stack.last, !frame.isObject else {
      preconditionFailure("JSONWriter.endArray() without an open array")
    }
    stack.removeLast()
    closeContainer(frame, with: UInt8(ascii: "]"))
  }

  /// Writes the key of the next object member; the member's value must follow.
  package mutating func key(_ name: String) {
    guard var frame = stack.last, frame.isObject, !frame.awaitingValue else {
      preconditionFailure("JSONWriter.key(_:) outside an object, or twice in a row")
    }
    if frame.count > 0 { bytes.append(UInt8(ascii: ",")) }
    newline(depth: stack.count)
    frame.count += 1
    frame.awaitingValue = true
    stack[stack.count - 1] = frame
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
  }

  // MARK: Scalars

  /// Writes a string value, escaping what JSON requires.
  package mutating func string(_ s: String) {
    beforeValue()
    appendQuoted(s)
  }

  /// Writes an integer value.
  package mutating func integer(_ i: Int) {
    beforeValue()
    bytes.append(contentsOf: String(i).utf8)
  }

  /// Writes a floating-point value in its shortest round-trip form, with
  /// integral values spelled like `3.0`.
  ///
  /// - Precondition: `d` is finite; JSON has no infinity or NaN.
  package mutating func double(_ d: Double) {
    precondition(d.isFinite, "JSONWriter.double(_:) cannot write \(d); JSON numbers are finite")
    beforeValue()
    bytes.append(contentsOf: d.description.utf8)
  }

  /// Writes `true` or `false`.
  package mutating func bool(_ b: Bool) {
    beforeValue()
    bytes.append(contentsOf: (b ? "true" : "false").utf8)
  }

  /// Writes `null`.
  package mutating func null() {
    beforeValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes a whole value, with object keys sorted by Unicode code point so
  /// the same value always produces the same bytes.
  package mutating func value(_ v: JSONValue) {
    switch v {
    case .null: null()
    case .bool(let b): bool(b)
    case .integer(let i): integer(i)
    case .double(let d): double(d)
    case .string(let s): string(s)
    case .array(let elements):
      beginArray()
      for element in elements { value(element) }
      endArray()
    case .object(let members):
      beginObject()
      // UTF-8 byte order is code point order, and independent of normalization.
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for name in keys {
        key(name)
        if let member = members[name] { value(member) }
      }
      endObject()
    }
  }

  // MARK: Layout

  /// Emits the separator and indentation that precede a value.
  private mutating func beforeValue() {
    guard var frame = stack.last else { return }
    if frame.isObject {
      precondition(
        frame.awaitingValue, "JSONWriter: a value inside an object needs a key(_:) first")
      frame.awaitingValue = false
    } else {
      if frame.count > 0 { bytes.append(UInt8(ascii: ",")) }
      newline(depth: stack.count)
      frame.count += 1
    }
    stack[stack.count - 1] = frame
  }

  /// Emits the closing bracket of `frame`, on its own line if pretty and non-empty.
  private mutating func closeContainer(_ frame: Frame, with bracket: UInt8) {
    if frame.count > 0 { newline(depth: stack.count) }
    bytes.append(bracket)
  }

  /// In pretty mode, starts a new line indented for `depth` open containers.
  private mutating func newline(depth: Int) {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  // MARK: Escaping

  /// Appends `s` in double quotes, escaping quotes, backslashes, control
  /// characters and U+2028/U+2029; everything else is copied as raw UTF-8.
  private mutating func appendQuoted(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = s
    text.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let escape: [UInt8]?
        var length = 1
        switch byte {
        case UInt8(ascii: "\""): escape = Self.escaped("\\\"")
        case UInt8(ascii: "\\"): escape = Self.escaped("\\\\")
        case UInt8(ascii: "\n"): escape = Self.escaped("\\n")
        case UInt8(ascii: "\t"): escape = Self.escaped("\\t")
        case UInt8(ascii: "\r"): escape = Self.escaped("\\r")
        case 0x08: escape = Self.escaped("\\b")
        case 0x0C: escape = Self.escaped("\\f")
        case 0x00..<0x20: escape = Self.unicodeEscape(UInt16(byte))
        case 0xE2
        where index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
          escape = Self.unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
          length = 3
        default: escape = nil
        }
        if let escape {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          bytes.append(contentsOf: escape)
          index += length
          runStart = index
        } else {
          index += 1
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The UTF-8 bytes of a fixed escape sequence.
  private static func escaped(_ sequence: StaticString) -> [UInt8] {
    Array(UnsafeBufferPointer(start: sequence.utf8Start, count: sequence.utf8CodeUnitCount))
  }

  /// The six bytes `\uXXXX` for `unit`, with lowercase hex digits.
  private static func unicodeEscape(_ unit: UInt16) -> [UInt8] {
    let digits: StaticString = "0123456789abcdef"
    var escape: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "u")]
    for shift in stride(from: 12, through: 0, by: -4) {
      escape.append(digits.utf8Start[Int((unit >> UInt16(shift)) & 0xF)])
    }
    return escape
  }
}
