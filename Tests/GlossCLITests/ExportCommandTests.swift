import Foundation
import GlossCore
import GlossFormats
import GlossTestSupport
import Testing

@Suite struct ExportCommandTests {
  /// Text with curly quotes, a bullet, an em dash, an accented name, a
  /// decomposed accent and an emoji outside the Basic Multilingual Plane.
  static let text = "  • “Peace,” said José — and Zoe\u{301} 😀 agreed in Pyongyang.\n"

  private func annotatedCorpus() throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(
      ["doc": Self.text, "plain": "Moscow and Seoul.\n"],
      metadata: ["doc": #"{"title": "Quotes", "dct": "2024-06-19", "dct_inferred": true}"#])
    for (label, text) in [
      ("PERSON", "José"), ("PERSON", "Zoe\u{301}"), ("GPE", "Pyongyang"), ("WORK_OF_ART", "“Peace,”"),
    ] {
      let result = try GlossProcess.run(["add", "doc", "entity:\(label)", "--text", text], in: folder.root)
      #expect(result.status == 0, "\(result.standardError)")
    }
    let suggested = try GlossProcess.run(
      ["add", "plain", "entity:GPE", "--text", "Seoul", "--suggested"], in: folder.root)
    #expect(suggested.status == 0, "\(suggested.standardError)")
    return folder
  }

  @Test func labelStudioWritesItsLabelingConfigBesideTheTasks() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["export", "labelstudio", "-o", "tasks.json"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let config = try folder.read("tasks.config.xml")
    #expect(
      config.hasPrefix("<View>\n  <Text name=\"text\" value=\"$text\"/>\n  <Labels name=\"entity\" toName=\"text\">"))
    #expect(config.contains("<Label value=\"WORK_OF_ART\"/>"))
    #expect(config.contains("<Labels name=\"time\" toName=\"text\">"))
    #expect(config.contains("<TextArea name=\"value\" toName=\"text\" perRegion=\"true\""))
    #expect(config.hasSuffix("</View>\n"))
    #expect(LabelStudioConfig.path(besideTasks: "out/tasks.json") == "out/tasks.config.xml")
    #expect(LabelStudioConfig.path(besideTasks: "tasks") == "tasks.config.xml")
  }

  @Test func jsonOffsetsAreUnicodeScalarOffsets() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    let result = try GlossProcess.run(["export", "json"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let documents = try #require(try JSONParser.parse(Array(result.standardOutput.utf8)).arrayValue)
    #expect(documents.map { $0["id"]?.stringValue } == ["doc", "plain"])
    let doc = documents[0]
    #expect(doc["text"]?.stringValue == Self.text)
    #expect(doc["meta"]?["dct_inferred"]?.boolValue == true)
    #expect(doc["text_sha256"]?.stringValue == SHA256.hexDigest(of: Array(Self.text.utf8)))
    let scalars = Array(Self.text.unicodeScalars)
    let spans = try #require(doc["spans"]?.arrayValue)
    #expect(spans.count == 4)
    for span in spans {
      let start = try #require(span["start"]?.intValue)
      let end = try #require(span["end"]?.intValue)
      let slice = String(String.UnicodeScalarView(scalars[start..<end]))
      #expect(span["text"]?.stringValue == slice)
      #expect(span["status"]?.stringValue == "accepted")
    }
    // Accepted spans only by default: the suggestion is not exported.
    #expect(documents[1]["spans"]?.arrayValue?.isEmpty == true)
  }

  @Test func pythonSlicingAgreesWithTheExportedOffsets() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    let exported = try GlossProcess.run(["export", "jsonl", "--status", "all", "-o", "out.jsonl"], in: folder.root)
    #expect(exported.status == 0, "\(exported.standardError)")
    #expect(exported.standardError.contains("wrote 2 documents"))
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = [
      "python3", "-c",
      """
      import json, sys
      n = 0
      for line in open(sys.argv[1], encoding="utf-8"):
          d = json.loads(line)
          for s in d["spans"]:
              assert d["text"][s["start"]:s["end"]] == s["text"], (s, d["text"][s["start"]:s["end"]])
              n += 1
      print(n)
      """,
      folder.root + "/out.jsonl",
    ]
    let pipe = Pipe()
    python.standardOutput = pipe
    do {
      try python.run()
    } catch {
      // No Python on this machine: the Swift-side check above still holds.
      return
    }
    python.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(python.terminationStatus == 0)
    #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "5")
  }

  @Test func exportFiltersByDocumentLayerLabelAndStatus() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["export", "jsonl", "--doc", "doc", "--label", "PERSON"], in: folder.root)
    var lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    var spans = try JSONParser.parse(Array(lines[0].utf8))["spans"]?.arrayValue ?? []
    #expect(spans.compactMap { $0["text"]?.stringValue } == ["José", "Zoe\u{301}"])

    result = try GlossProcess.run(["export", "jsonl", "--status", "suggested", "--layer", "entity"], in: folder.root)
    lines = result.standardOutput.split(separator: "\n")
    spans = try JSONParser.parse(Array(lines[1].utf8))["spans"]?.arrayValue ?? []
    #expect(spans.compactMap { $0["text"]?.stringValue } == ["Seoul"])

    result = try GlossProcess.run(["export", "json", "--layer", "entiy"], in: folder.root)
    #expect(result.status == 1 && result.standardError.contains("did you mean 'entity'"))
  }

  @Test func aFailedExportLeavesTheTargetFileAlone() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    try folder.write(Array("precious\n".utf8), to: "out.json")
    let result = try GlossProcess.run(["export", "json", "--doc", "missing", "-o", "out.json"], in: folder.root)
    #expect(result.status == 1)
    #expect(try folder.read("out.json") == "precious\n")
  }
}
