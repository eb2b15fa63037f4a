import Foundation
import GlossCore
import GlossTestSupport
import Testing

@Suite struct TagCommandTests {
  private func corpus() throws -> TemporaryCorpus {
    try TemporaryCorpus(
      ["a": "Signed in June 2024, after over two decades.\n", "b": "No dates here.\n"],
      metadata: ["a": #"{"dct": "2024-11-10"}"#])
  }

  @Test func tagCommitsSuggestionsOnceAndRetaggingChangesNothing() throws {
    let folder = try corpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["tag", "--layers", "time"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("a") && result.standardOutput.contains("2"))
    #expect(result.standardError.contains("committed revision 1: tag 2 documents with tagger:time@1"))
    let spans = try folder.read("Annotations/a.spans.jsonl")
    #expect(spans.contains(#""status":"suggested""#) && spans.contains(#""value":"P20Y""#))
    result = try GlossProcess.run(["tag", "a", "--layers", "time"], in: folder.root)
    #expect(result.status == 0)
    #expect(result.standardError.contains("nothing changed"))
    result = try GlossProcess.run(["tag", "--layers", "colour"], in: folder.root)
    #expect(result.status != 0 && result.standardError.contains("no tagger for layer 'colour'"))
  }

  @Test func jsonlStreamsOneLinePerInputInOrderWithErrorsInline() throws {
    let input = """
      {"id": "one", "text": "On October 14th the bill went in.", "meta": {"dct": "2024-10-15"}}
      {"id": "two", "text": 5}
      not json at all
      {"id": "three", "text": "Every week, for years."}

      """
    let result = try GlossProcess.run(["tag", "--jsonl", "--layers", "time"], input: input)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map { try? JSONParser.parse(String($0)) }
    #expect(lines.count == 4)
    #expect(lines.map { $0?["id"] } == [.string("one"), .string("two"), .null, .string("three")])
    #expect(lines[1]?["error"]?.stringValue?.contains("text") == true)
    #expect(lines[2]?["error"] != nil)
    let spans = lines[0]?["spans"]?.arrayValue ?? []
    #expect(spans.map { $0["attrs"]?["value"]?.stringValue } == ["2024-10-14"])
    #expect(spans.first?["status"]?.stringValue == "suggested")
    #expect(lines[3]?["spans"]?.arrayValue?.map { $0["label"]?.stringValue } == ["SET", "DURATION"])
  }

  @Test func jsonlFlushesEachLineBeforeTheNextArrives() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: GlossProcess.executablePath)
    process.arguments = ["tag", "--jsonl"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(#"{"id": "x", "text": "Now."}"#.utf8 + [0x0A]))
    // The answer arrives while standard input is still open.
    var received = Data()
    while !received.contains(0x0A) { received.append(output.fileHandleForReading.availableData) }
    #expect(String(decoding: received, as: UTF8.self).contains("PRESENT_REF"))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func evalScoresTheTaggersOnGoldAndKeepsTheTokenizerSubcommand() throws {
    let folder = try corpus()
    defer { folder.remove() }
    let gold = #"""
      [{"id": "a", "text": "Signed in June 2024, after over two decades.\n", "meta": {"dct": "2024-11-10"}, "spans": [
        {"layer": "time", "label": "DATE", "start": 10, "end": 19, "attrs": {"value": "2024-06"}},
        {"layer": "time", "label": "DURATION", "start": 27, "end": 43, "attrs": {"value": "P20Y", "mod": "MORE_THAN"}}]}]
      """#
    try folder.write(Array(gold.utf8), to: "gold/seed.json")
    var result = try GlossProcess.run(["eval", "gold"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("TIMEX3 on 2 matched time spans: type 100.0%, value 100.0%"))
    result = try GlossProcess.run(["eval", "gold", "--json"], in: folder.root)
    let report = try JSONParser.parse(result.standardOutput)
    #expect(report["layers"]?["time"]?["total"]?["exact"]?["f1"]?.doubleValue == 1.0)
    #expect(report["timex"]?["type_value_accuracy"]?.doubleValue == 1.0)
    result = try GlossProcess.run(["eval", "missing"], in: folder.root)
    #expect(result.status != 0)
    result = try GlossProcess.run(["eval", "tokenizer", "--help"], in: folder.root)
    #expect(result.status == 0 && result.standardOutput.contains("CoNLL-U"))
  }
}
