/// A strict RFC 8259 JSON parser that works directly on UTF-8 bytes.
///
/// Gloss reads corpus metadata and annotation files with it, so it rejects
/// anything a lenient parser might guess at (trailing commas, leading zeros,
/// lone surrogates, invalid UTF-8) and reports the exact line and column.
package enum JSONParser {
  /// The deepest nesting of arrays and objects accepted; deeper input is an error.
  package static let maximumDepth = 512

  /// Parses `bytes`, which must hold exactly one JSON value with optional
  /// surrounding whitespace.
  ///
  /// Contiguous collections such as `[UInt8]` and `ArraySlice<UInt8>` are
  /// read in place; others are copied into an array first.
  ///
  /// - Throws: ``JSONSyntaxError`` at the first place the text is not JSON.
  package static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer: buffer) }
    }
    if let result { return try result.get() }
    return try parse(Array(bytes))
  }

  /// Parses the UTF-8 bytes of an array in place.
  ///
  /// - Throws: ``JSONSyntaxError`` at the first place the text is not JSON.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer: buffer) }
    }
    return try result.get()
  }

  /// Parses the UTF-8 bytes of an array slice in place; offsets in errors
  /// count from the start of the slice.
  ///
  /// - Throws: ``JSONSyntaxError`` at the first place the text is not JSON.
  package static func parse(_ bytes: ArraySlice<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer: buffer) }
    }
    return try result.get()
  }

  /// Parses the UTF-8 encoding of `text`, for literals in code and tests.
  ///
  /// - Throws: ``JSONSyntaxError`` at the first place the text is not JSON.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  /// Parses a whole buffer as one JSON value.
  private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    var reader = Reader(input: buffer)
    let value = try reader.parseValue()
    reader.skipWhitespace()
    if reader.index < buffer.count {
      throw reader.error(
        at: reader.index, "unexpected \(reader.describe(at: reader.index)) after the JSON value")
    }
    return value
  }
}

/// The parsing state: a cursor over the input and the current nesting depth.
private struct Reader {
  let input: UnsafeBufferPointer<UInt8>
  var index = 0
  var depth = 0
  /// Reused storage for strings that contain escapes.
  var scratch: [UInt8] = []

  init(input: UnsafeBufferPointer<UInt8>) {
    self.input = input
  }

  var atEnd: Bool { index >= input.count }

  mutating func skipWhitespace() {
    while index < input.count {
      switch input[index] {
      case .space, .tab, .lineFeed, .carriageReturn: index += 1
      default: return
      }
    }
  }

  // MARK: Values

  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard !atEnd else { throw expected("a JSON value") }
    switch input[index] {
    case .openBrace: return try parseObject()
    case .openBracket: return try parseArray()
    case .quote: return .string(try parseString())
    case .t:
      try parseLiteral("true")
      return .bool(true)
    case .f:
      try parseLiteral("false")
      return .bool(false)
    case .n:
      try parseLiteral("null")
      return .null
    case .minus, .zero ... .nine:
      return try parseNumber()
    default:
      throw error(at: index, "unexpected \(describe(at: index)); expected a JSON value")
    }
  }

  mutating func parseLiteral(_ word: StaticString) throws(JSONSyntaxError) {
    let start = index
    let count = word.utf8CodeUnitCount
    let matches =
      count <= input.count - index
      && (0..<count).allSatisfy { input[start + $0] == word.utf8Start[$0] }
    guard matches else { throw error(at: start, "invalid literal; expected '\(word)'") }
    index += count
  }

  mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enterContainer()
    index += 1
    var members: [String: JSONValue] = [:]
    skipWhitespace()
    if !atEnd && input[index] == .closeBrace {
      index += 1
      depth -= 1
      return .object(members)
    }
    var lastComma: Int?
    while true {
      guard !atEnd, input[index] == .quote else {
        if let lastComma, !atEnd, input[index] == .closeBrace {
          throw error(at: lastComma, "trailing comma before '}'")
        }
        throw expected("a string key in double quotes")
      }
      let key = try parseString()
      skipWhitespace()
      guard !atEnd, input[index] == .colon else { throw expected("':' after an object key") }
      index += 1
      members[key] = try parseValue()
      skipWhitespace()
      guard !atEnd else { throw expected("',' or '}' after an object member") }
      switch input[index] {
      case .comma:
        lastComma = index
        index += 1
        skipWhitespace()
      case .closeBrace:
        index += 1
        depth -= 1
        return .object(members)
      default:
        throw expected("',' or '}' after an object member")
      }
    }
  }

  mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enterContainer()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if !atEnd && input[index] == .closeBracket {
      index += 1
      depth -= 1
      return .array(elements)
    }
    var lastComma: Int?
    while true {
      if let lastComma, !atEnd, input[index] == .closeBracket {
        throw error(at: lastComma, "trailing comma before ']'")
      }
      elements.append(try parseValue())
      skipWhitespace()
      guard !atEnd else { throw expected("',' or ']' after an array element") }
      switch input[index] {
      case .comma:
        lastComma = index
        index += 1
        skipWhitespace()
      case .closeBracket:
        index += 1
        depth -= 1
        return .array(elements)
      default:
        throw expected("',' or ']' after an array element")
      }
    }
  }

  mutating func enterContainer() throws(JSONSyntaxError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw error(
        at: index,
        "arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
    }
  }

  // MARK: Strings

  /// Reads a string starting at its opening quote.
  ///
  /// Runs of plain bytes are validated in place and copied as slices; only
  /// strings with escapes go through the scratch buffer.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let open = index
    index += 1
    var segmentStart = index
    var escaped = false
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard !atEnd else { throw error(at: open, "unterminated string") }
      let byte = input[index]
      if byte == .quote {
        let segment = UnsafeBufferPointer(rebasing: input[segmentStart..<index])
        index += 1
        if !escaped { return String(decoding: segment, as: UTF8.self) }
        scratch.append(contentsOf: segment)
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == .backslash {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[segmentStart..<index]))
        escaped = true
        try parseEscape(stringStart: open)
        segmentStart = index
      } else if byte < 0x20 {
        if byte == .lineFeed || byte == .carriageReturn {
          throw error(at: index, "line break in string; a closing '\"' may be missing")
        }
        throw error(
          at: index, "control character \(Self.codePoint(UInt32(byte))) must be escaped in a string"
        )
      } else if byte < 0x80 {
        index += 1
      } else {
        guard let length = Self.utf8SequenceLength(input, at: index) else {
          throw error(at: index, "invalid UTF-8 in string")
        }
        index += length
      }
    }
  }

  /// Decodes the escape at the backslash under the cursor into `scratch`.
  mutating func parseEscape(stringStart: Int) throws(JSONSyntaxError) {
    let start = index
    guard index + 1 < input.count else { throw error(at: stringStart, "unterminated string") }
    let letter = input[index + 1]
    index += 2
    switch letter {
    case .quote: scratch.append(.quote)
    case .backslash: scratch.append(.backslash)
    case .slash: scratch.append(.slash)
    case .b: scratch.append(0x08)
    case .f: scratch.append(0x0C)
    case .n: scratch.append(.lineFeed)
    case .r: scratch.append(.carriageReturn)
    case .t: scratch.append(.tab)
    case .u:
      let unit = try hexQuad(escapeStart: start)
      var scalarValue = UInt32(unit)
      if (0xD800...0xDBFF).contains(unit) {
        let low: UInt16? =
          if index + 1 < input.count && input[index] == .backslash && input[index + 1] == .u {
            Self.hexValue(input, at: index + 2)
          } else {
            nil
          }
        guard let low, (0xDC00...0xDFFF).contains(low) else {
          throw error(
            at: start,
            "lone surrogate \(escapeText(from: start)) in string; a high surrogate must be followed by a \\uDC00-\\uDFFF escape"
          )
        }
        index += 6
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw error(
          at: start,
          "lone surrogate \(escapeText(from: start)) in string; a low surrogate must follow a \\uD800-\\uDBFF escape"
        )
      }
      // Every value left is a valid scalar: surrogates were combined or rejected.
      if let scalar = Unicode.Scalar(scalarValue) {
        scratch.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
      }
    default:
      let shown =
        (0x21...0x7E).contains(letter)
        ? "'\\\(Character(Unicode.Scalar(letter)))'" : "'\\' followed by \(describe(at: start + 1))"
      throw error(at: start, "invalid escape sequence \(shown)")
    }
  }

  /// Reads the four hex digits after `\u`, leaving the cursor after them.
  mutating func hexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
    guard let value = Self.hexValue(input, at: index) else {
      throw error(at: escapeStart, "invalid \\u escape; expected four hexadecimal digits")
    }
    index += 4
    return value
  }

  /// The six characters of the `\uXXXX` escape at `start`, as written.
  func escapeText(from start: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: input[start..<(start + 6)]), as: UTF8.self)
  }

  /// The value of four hex digits at `offset`, or `nil` if there are not four.
  static func hexValue(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16? {
    guard offset + 4 <= input.count else { return nil }
    var value: UInt16 = 0
    for byte in input[offset..<(offset + 4)] {
      let digit: UInt8
      switch byte {
      case .zero ... .nine: digit = byte - .zero
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }

  /// The length of the well-formed UTF-8 sequence at `offset`, or `nil` if it
  /// is ill-formed (bad lead byte, bad continuation, overlong, surrogate,
  /// above U+10FFFF, or cut off by the end of input).
  static func utf8SequenceLength(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    let lead = input[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    case 0xF1...0xF3: length = 4
    default: return nil
    }
    guard offset + length <= input.count, secondRange.contains(input[offset + 1]) else {
      return nil
    }
    for next in (offset + 2)..<(offset + length) where input[next] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  // MARK: Numbers

  /// Reads a number; integers are accumulated exactly, everything else goes
  /// through `Double`'s correctly rounded conversion.
  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    let negative = input[index] == .minus
    if negative { index += 1 }
    guard !atEnd, Self.isDigit(input[index]) else { throw expected("a digit after '-'") }
    var value = 0
    var fitsInt = true
    if input[index] == .zero {
      index += 1
      if !atEnd && Self.isDigit(input[index]) {
        throw error(at: start, "numbers cannot have leading zeros")
      }
    } else {
      while !atEnd, Self.isDigit(input[index]) {
        let digit = Int(input[index] - .zero)
        if fitsInt {
          let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
          let (sum, overflow2) =
            negative
            ? product.subtractingReportingOverflow(digit) : product.addingReportingOverflow(digit)
          fitsInt = !(overflow1 || overflow2)
          value = sum
        }
        index += 1
      }
    }
    var isInteger = fitsInt
    if !atEnd && input[index] == .dot {
      index += 1
      guard !atEnd, Self.isDigit(input[index]) else {
        throw expected("a digit after the decimal point")
      }
      skipDigits()
      isInteger = false
    }
    if !atEnd && (input[index] == .e || input[index] == .capitalE) {
      index += 1
      if !atEnd && (input[index] == .plus || input[index] == .minus) { index += 1 }
      guard !atEnd, Self.isDigit(input[index]) else { throw expected("a digit in the exponent") }
      skipDigits()
      isInteger = false
    }
    if isInteger { return .integer(value) }
    let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
    guard let double = Double(text), double.isFinite else {
      throw error(at: start, "number \(text) is out of range")
    }
    return .double(double)
  }

  mutating func skipDigits() {
    while !atEnd, Self.isDigit(input[index]) { index += 1 }
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- .zero < 10
  }

  // MARK: Errors

  /// An error at the cursor saying what was expected there.
  func expected(_ what: String) -> JSONSyntaxError {
    if atEnd { return error(at: input.count, "unexpected end of input; expected \(what)") }
    return error(at: index, "expected \(what)")
  }

  /// An error at `offset`, with its line and column worked out from the input.
  func error(at offset: Int, _ message: String) -> JSONSyntaxError {
    var line = 1
    var lineStart = 0
    var previous: UInt8 = 0
    for position in 0..<offset {
      let byte = input[position]
      if byte == .carriageReturn || (byte == .lineFeed && previous != .carriageReturn) {
        line += 1
      }
      if byte == .carriageReturn || byte == .lineFeed { lineStart = position + 1 }
      previous = byte
    }
    var column = 1
    for position in lineStart..<offset where input[position] & 0xC0 != 0x80 {
      column += 1
    }
    return JSONSyntaxError(line: line, column: column, byteOffset: offset, message: message)
  }

  /// Names the character at `offset` for a message: `'x'` for printable
  /// ASCII, `U+XXXX` for anything else, or the byte if it is not UTF-8.
  func describe(at offset: Int) -> String {
    let byte = input[offset]
    if (0x21...0x7E).contains(byte) { return "character '\(Character(Unicode.Scalar(byte)))'" }
    guard let length = Self.utf8SequenceLength(input, at: offset) else {
      return "byte 0x\(String(byte, radix: 16, uppercase: true)) (not UTF-8)"
    }
    var decoder = UTF8()
    var bytes = input[offset..<(offset + length)].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return "character" }
    return "character \(Self.codePoint(scalar.value))"
  }

  /// Formats a code point as `U+XXXX`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension UInt8 {
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let lineFeed = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let plus = UInt8(ascii: "+")
  fileprivate static let comma = UInt8(ascii: ",")
  fileprivate static let minus = UInt8(ascii: "-")
  fileprivate static let dot = UInt8(ascii: ".")
  fileprivate static let slash = UInt8(ascii: "/")
  fileprivate static let zero = UInt8(ascii: "0")
  fileprivate static let nine = UInt8(ascii: "9")
  fileprivate static let colon = UInt8(ascii: ":")
  fileprivate static let capitalE = UInt8(ascii: "E")
  fileprivate static let openBracket = UInt8(ascii: "[")
  fileprivate static let backslash = UInt8(ascii: "\\")
  fileprivate static let closeBracket = UInt8(ascii: "]")
  fileprivate static let b = UInt8(ascii: "b")
  fileprivate static let e = UInt8(ascii: "e")
  fileprivate static let f = UInt8(ascii: "f")
  fileprivate static let n = UInt8(ascii: "n")
  fileprivate static let r = UInt8(ascii: "r")
  fileprivate static let t = UInt8(ascii: "t")
  fileprivate static let u = UInt8(ascii: "u")
  fileprivate static let openBrace = UInt8(ascii: "{")
  fileprivate static let closeBrace = UInt8(ascii: "}")
}
