import Testing

@testable import GlossCore

@Suite struct JSONWriterTests {
  private func text(_ writer: JSONWriter) -> String {
    String(decoding: writer.bytes, as: UTF8.self)
  }

  private static let sample: JSONValue = .object([
    "name": .string("Brown"),
    "count": .integer(-3),
    "ratio": .double(0.25),
    "whole": .double(3),
    "tags": .array([.string("a"), .null, .bool(true), .bool(false)]),
    "empty": .object([:]),
    "none": .array([]),
    "nested": .object(["z": .integer(1), "a": .array([.object([:])])]),
  ])

  @Test func compactGolden() {
    var writer = JSONWriter()
    writer.value(Self.sample)
    #expect(
      text(writer)
        == #"{"count":-3,"empty":{},"name":"Brown","nested":{"a":[{}],"z":1},"none":[],"ratio":0.25,"#
        + #""tags":["a",null,true,false],"whole":3.0}"#)
  }

  @Test func prettyGolden() {
    var writer = JSONWriter(pretty: true)
    writer.value(Self.sample)
    let expected = """
      {
        "count": -3,
        "empty": {},
        "name": "Brown",
        "nested": {
          "a": [
            {}
          ],
          "z": 1
        },
        "none": [],
        "ratio": 0.25,
        "tags": [
          "a",
          null,
          true,
          false
        ],
        "whole": 3.0
      }
      """
    #expect(text(writer) == expected)
  }

  @Test func streamingCalls() {
    var writer = JSONWriter()
    writer.beginArray()
    writer.integer(1)
    writer.beginObject()
    writer.key("k")
    writer.string("v")
    writer.key("n")
    writer.null()
    writer.endObject()
    writer.double(-0.5)
    writer.endArray()
    #expect(text(writer) == #"[1,{"k":"v","n":null},-0.5]"#)
  }

  @Test func takeBytesKeepsNestingState() {
    var writer = JSONWriter(pretty: true)
    var output: [UInt8] = []
    writer.beginArray()
    for index in 0..<3 {
      writer.integer(index)
      output += writer.takeBytes()
      #expect(writer.bytes.isEmpty)
    }
    writer.endArray()
    output += writer.takeBytes()
    #expect(String(decoding: output, as: UTF8.self) == "[\n  0,\n  1,\n  2\n]")
  }

  @Test func escaping() {
    #expect(JSONWriter.quoted("plain") == #""plain""#)
    #expect(JSONWriter.quoted("a\"b\\c/d") == #""a\"b\\c/d""#)
    #expect(JSONWriter.quoted("\n\t\r\u{08}\u{0C}") == #""\n\t\r\b\f""#)
    #expect(JSONWriter.quoted("\u{0}\u{1}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001f\u{7F}\"")
    #expect(JSONWriter.quoted("é😀\u{2028}x\u{2029}") == "\"é😀\\u2028x\\u2029\"")
    #expect(JSONWriter.quoted("") == #""""#)
  }

  @Test func doubles() throws {
    let cases: [(Double, String)] = [
      (3, "3.0"), (-0.0, "-0.0"), (0.1, "0.1"), (1e-7, "1e-07"), (1e300, "1e+300"),
      (123456.789, "123456.789"), (.leastNonzeroMagnitude, "5e-324"),
    ]
    for (value, expected) in cases {
      var writer = JSONWriter()
      writer.double(value)
      #expect(text(writer) == expected)
      #expect(try JSONParser.parse(writer.bytes) == .double(value))
    }
  }

  @Test func roundTripsGeneratedValues() throws {
    var generator = ValueGenerator(seed: 0x5EED)
    for _ in 0..<300 {
      let value = generator.value(depth: 0)
      for pretty in [false, true] {
        var writer = JSONWriter(pretty: pretty)
        writer.value(value)
        let parsed = try JSONParser.parse(writer.bytes)
        #expect(parsed == value)
        // Writing the parsed value again gives the same bytes.
        var again = JSONWriter(pretty: pretty)
        again.value(parsed)
        #expect(again.bytes == writer.bytes)
      }
    }
  }
}

/// Random JSON values from a fixed seed (``SeededGenerator``), biased towards the
/// characters that need care: quotes, backslashes, controls, emoji, U+2028.
private struct ValueGenerator {
  var random: SeededGenerator

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func next() -> UInt64 { random.next() }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  static let palette: [Unicode.Scalar] = [
    "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{8}", "\u{C}",
    "\u{1F}",
    "\u{7F}", "é", "ß", "中", "😀", "👍", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}", "\u{10FFFF}",
    "\u{301}",
  ]

  mutating func string() -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<below(12) { scalars.append(Self.palette[below(Self.palette.count)]) }
    return String(scalars)
  }

  mutating func double() -> Double {
    while true {
      let candidate: Double
      switch below(3) {
      case 0: candidate = Double(bitPattern: next())
      case 1: candidate = Double(Int64(truncatingIfNeeded: next()) % 10_000) / 8
      default: candidate = Double(below(1000))
      }
      if candidate.isFinite { return candidate }
    }
  }

  mutating func value(depth: Int) -> JSONValue {
    switch below(depth >= 4 ? 6 : 8) {
    case 0: return .null
    case 1: return .bool(below(2) == 0)
    case 2:
      let special = [Int.min, Int.max, 0, -1]
      return .integer(
        below(4) == 0 ? special[below(4)] : Int(truncatingIfNeeded: next()) >> below(64))
    case 3: return .double(double())
    case 4, 5: return .string(string())
    case 6: return .array((0..<below(5)).map { _ in value(depth: depth + 1) })
    default:
      var members: [String: JSONValue] = [:]
      for _ in 0..<below(5) { members[string()] = value(depth: depth + 1) }
      return .object(members)
    }
  }
}
