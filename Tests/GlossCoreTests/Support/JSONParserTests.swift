import Testing

@testable import GlossCore

@Suite struct JSONParserTests {
  @Test func scalarsAndContainers() throws {
    #expect(try JSONParser.parse("null") == .null)
    #expect(try JSONParser.parse(" \t\r\n true \n") == .bool(true))
    #expect(try JSONParser.parse("false") == .bool(false))
    #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
    #expect(try JSONParser.parse("[]") == .array([]))
    #expect(try JSONParser.parse("{}") == .object([:]))
    let value = try JSONParser.parse(#"{"a": [1, 2.5, "x", null, {"b": false}], "c": {}}"#)
    #expect(
      value
        == .object([
          "a": .array([
            .integer(1), .double(2.5), .string("x"), .null, .object(["b": .bool(false)]),
          ]),
          "c": .object([:]),
        ]))
  }

  @Test func numbers() throws {
    #expect(try JSONParser.parse("0") == .integer(0))
    #expect(try JSONParser.parse("-0") == .integer(0))
    #expect(try JSONParser.parse("-123") == .integer(-123))
    #expect(try JSONParser.parse("9223372036854775807") == .integer(Int.max))
    #expect(try JSONParser.parse("-9223372036854775808") == .integer(Int.min))
    #expect(try JSONParser.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
    #expect(try JSONParser.parse("-9223372036854775809") == .double(-0x1p63))
    #expect(try JSONParser.parse("1.5") == .double(1.5))
    #expect(try JSONParser.parse("1e3") == .double(1000))
    #expect(try JSONParser.parse("1E-2") == .double(0.01))
    #expect(try JSONParser.parse("-0.0e+0") == .double(-0.0))
    #expect(try JSONParser.parse("0.1") == .double(0.1))
    #expect(try JSONParser.parse("5e-324") == .double(.leastNonzeroMagnitude))
  }

  @Test func stringEscapes() throws {
    #expect(
      try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC""#)
        == .string("\"\\/\u{08}\u{0C}\n\r\tAé€"))
    #expect(try JSONParser.parse(#""\ud83d\ude00 ok""#) == .string("😀 ok"))
    #expect(try JSONParser.parse("\"raw é 😀 \u{2028}\"") == .string("raw é 😀 \u{2028}"))
    #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
  }

  @Test func duplicateKeysLastWins() throws {
    #expect(
      try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        == .object(["a": .integer(3), "b": .integer(2)]))
  }

  @Test func inputKinds() throws {
    let bytes = Array(#"xx[1, "two"]yy"#.utf8)
    let expected = JSONValue.array([.integer(1), .string("two")])
    #expect(try JSONParser.parse(bytes[2..<(bytes.count - 2)]) == expected)
    #expect(try JSONParser.parse(Array(bytes[2..<(bytes.count - 2)])) == expected)
    #expect(try JSONParser.parse(AnyCollection(bytes[2..<(bytes.count - 2)])) == expected)
    #expect(try JSONParser.parse(#"[1, "two"]"#.utf8) == expected)
  }

  @Test func nestingLimit() throws {
    let depth = JSONParser.maximumDepth
    let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(throws: Never.self) { try JSONParser.parse(deep) }
    let tooDeep = "[" + deep + "]"
    let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse(tooDeep) }
    #expect(error.byteOffset == depth)
    #expect(error.message == "arrays and objects are nested more than 512 levels deep")
  }

  @Test func accessors() throws {
    let value = try JSONParser.parse(
      #"{"s": "x", "i": 3, "d": 2.0, "f": 2.5, "b": true, "n": null, "a": [1]}"#)
    #expect(value["s"]?.stringValue == "x")
    #expect(value["i"]?.intValue == 3)
    #expect(value["d"]?.intValue == 2)
    #expect(value["f"]?.intValue == nil)
    #expect(value["i"]?.doubleValue == 3)
    #expect(value["f"]?.doubleValue == 2.5)
    #expect(value["b"]?.boolValue == true)
    #expect(value["n"]?.isNull == true)
    #expect(value["s"]?.isNull == false)
    #expect(value["a"]?.arrayValue == [.integer(1)])
    #expect(value.objectValue?.count == 7)
    #expect(value["missing"] == nil)
    #expect(value["a"]?["x"] == nil)
    #expect(JSONValue.double(1e300).intValue == nil)
  }

  struct Failure: CustomTestStringConvertible, Sendable {
    var input: [UInt8]
    var line: Int
    var column: Int
    var message: String
    init(_ input: String, _ line: Int, _ column: Int, _ message: String) {
      self.init(bytes: Array(input.utf8), line, column, message)
    }
    init(bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
      self.input = bytes
      self.line = line
      self.column = column
      self.message = message
    }
    var testDescription: String { String(decoding: input, as: UTF8.self).debugDescription }
  }

  static let failures: [Failure] = [
    Failure("", 1, 1, "unexpected end of input; expected a JSON value"),
    Failure("  \n ", 2, 2, "unexpected end of input; expected a JSON value"),
    Failure("[1,]", 1, 3, "trailing comma before ']'"),
    Failure(#"{"a": 1 , }"#, 1, 9, "trailing comma before '}'"),
    Failure("[1 2]", 1, 4, "expected ',' or ']' after an array element"),
    Failure("[1", 1, 3, "unexpected end of input; expected ',' or ']' after an array element"),
    Failure("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after an object member"),
    Failure(#"{"a" 1}"#, 1, 6, "expected ':' after an object key"),
    Failure("{1: 2}", 1, 2, "expected a string key in double quotes"),
    Failure("{'a': 2}", 1, 2, "expected a string key in double quotes"),
    Failure("'a'", 1, 1, "unexpected character '''; expected a JSON value"),
    Failure("[,1]", 1, 2, "unexpected character ','; expected a JSON value"),
    Failure("tru", 1, 1, "invalid literal; expected 'true'"),
    Failure("[nul]", 1, 2, "invalid literal; expected 'null'"),
    Failure("1 2", 1, 3, "unexpected character '2' after the JSON value"),
    Failure("01", 1, 1, "numbers cannot have leading zeros"),
    Failure("-01", 1, 1, "numbers cannot have leading zeros"),
    Failure("-", 1, 2, "unexpected end of input; expected a digit after '-'"),
    Failure("-x", 1, 2, "expected a digit after '-'"),
    Failure("1.", 1, 3, "unexpected end of input; expected a digit after the decimal point"),
    Failure("1.e5", 1, 3, "expected a digit after the decimal point"),
    Failure("1e+", 1, 4, "unexpected end of input; expected a digit in the exponent"),
    Failure("+1", 1, 1, "unexpected character '+'; expected a JSON value"),
    Failure("1e400", 1, 1, "number 1e400 is out of range"),
    Failure(#"["abc"#, 1, 2, "unterminated string"),
    Failure(#""abc\"#, 1, 1, "unterminated string"),
    Failure(#""a\x""#, 1, 3, "invalid escape sequence '\\x'"),
    Failure(#""a\u12G4""#, 1, 3, "invalid \\u escape; expected four hexadecimal digits"),
    Failure(#""\u12""#, 1, 2, "invalid \\u escape; expected four hexadecimal digits"),
    Failure(
      #""\ud83d""#, 1, 2,
      "lone surrogate \\ud83d in string; a high surrogate must be followed by a \\uDC00-\\uDFFF escape"
    ),
    Failure(
      #""\ud83d\u0041""#, 1, 2,
      "lone surrogate \\ud83d in string; a high surrogate must be followed by a \\uDC00-\\uDFFF escape"
    ),
    Failure(
      #""\uDE00""#, 1, 2,
      "lone surrogate \\uDE00 in string; a low surrogate must follow a \\uD800-\\uDBFF escape"),
    Failure("\"a\nb\"", 1, 3, "line break in string; a closing '\"' may be missing"),
    Failure("\"a\u{1}b\"", 1, 3, "control character U+0001 must be escaped in a string"),
    Failure(bytes: [0x22, 0x61, 0xC3, 0x28, 0x22], 1, 3, "invalid UTF-8 in string"),
    Failure(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, "invalid UTF-8 in string"),
    Failure(bytes: [0x22, 0xC0, 0xAF, 0x22], 1, 2, "invalid UTF-8 in string"),
    Failure(bytes: [0x22, 0xF0, 0x9F, 0x98], 1, 2, "invalid UTF-8 in string"),
    Failure(bytes: [0xFF], 1, 1, "unexpected byte 0xFF (not UTF-8); expected a JSON value"),
    Failure("\u{FEFF}{}", 1, 1, "unexpected character U+FEFF; expected a JSON value"),
    // Columns count scalars, not bytes; CR LF is one line break.
    Failure("[\"é😀\", x]", 1, 8, "unexpected character 'x'; expected a JSON value"),
    Failure("[\r\n1,\r\n]", 2, 2, "trailing comma before ']'"),
    Failure("[\r1,\r]", 2, 2, "trailing comma before ']'"),
  ]

  @Test(arguments: failures) func syntaxErrors(_ failure: Failure) throws {
    let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse(failure.input) }
    #expect(error.message == failure.message)
    #expect(error.line == failure.line)
    #expect(error.column == failure.column)
  }

  @Test func errorDescriptionAndOffset() throws {
    let input = "{\n  \"a\": 1\n  \"b\": 2\n}"
    let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse(input) }
    #expect(error.description == "line 3, column 3: expected ',' or '}' after an object member")
    #expect(error.byteOffset == 13)
  }
}
