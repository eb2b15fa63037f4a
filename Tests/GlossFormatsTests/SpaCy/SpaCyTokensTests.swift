import Foundation
import GlossCore
import Testing

@testable import GlossFormats

/// spaCy JSON Lines with tokens: the tokens rebuild the text (white space
/// other than one space is a token), every span starts and ends on a token,
/// even where Gloss's tokenizer keeps the span's edge inside a token.
@Suite struct SpaCyTokensTests {
  /// `theState` is one token to Gloss, and `6–7` one number: the entity
  /// `State Duma` and the date `May 6` end inside them.
  static let text = "theState Duma met on May 6–7.\n\nIt's  done.\r\n"

  static func span(_ id: Int, _ layer: String, _ label: String, _ quote: String) -> Span {
    let range = SourceText(text).ranges(of: quote)[0]
    return Span(
      id: "s\(id)", layer: layer, label: label, start: range.lowerBound, end: range.upperBound, annotator: "t",
      status: .accepted)
  }

  static let spans = [
    span(1, "entity", "ORG", "State Duma"), span(2, "time", "DATE", "May 6"), span(3, "entity", "ORG", "Duma"),
  ]

  static func exported() throws -> JSONValue {
    var exporter = SpaCyExporter()
    let output = exporter.export(
      ExportDocument(document: Document(id: "d", text: SourceText(text)), spans: spans.sorted(by: Span.storageOrder)))
    #expect(output.chunks.count == 1)
    return try JSONParser.parse(output.chunks.flatMap(\.bytes))
  }

  @Test func tokensRebuildTheTextExactly() throws {
    let line = try Self.exported()
    let tokens = try #require(line["tokens"]?.arrayValue)
    var rebuilt = ""
    for (index, token) in tokens.enumerated() {
      let form = try #require(token["text"]?.stringValue)
      #expect(token["id"]?.intValue == index)
      #expect(token["start"]?.intValue == rebuilt.unicodeScalars.count)
      #expect(token["end"]?.intValue == rebuilt.unicodeScalars.count + form.unicodeScalars.count)
      rebuilt += form + (token["ws"]?.boolValue == true ? " " : "")
    }
    #expect(rebuilt == Self.text)
    let forms = tokens.compactMap { $0["text"]?.stringValue }
    #expect(forms.contains("\n\n") && forms.contains(" ") && forms.contains("\r\n"), "\(forms)")
    #expect(Array(forms.prefix(3)) == ["the", "State", "Duma"])
  }

  @Test func everySpanLiesOnItsTokens() throws {
    let line = try Self.exported()
    let tokens = try #require(line["tokens"]?.arrayValue)
    let tokenSpans = try #require(line["token_spans"]?.arrayValue)
    // The nested entity is left out of "entities" (and named), so of "token_spans" too.
    #expect(tokenSpans.count == 2)
    for span in tokenSpans {
      let first = try #require(span["token_start"]?.intValue)
      let last = try #require(span["token_end"]?.intValue)
      #expect(tokens[first]["start"]?.intValue == span["start"]?.intValue)
      #expect(tokens[last]["end"]?.intValue == span["end"]?.intValue)
    }
    #expect(tokenSpans.map { $0["layer"]?.stringValue } == ["entity", "time"])
    #expect(line["entities"]?.arrayValue?.count == 1)
  }

  @Test func theImporterChecksTheTokens() throws {
    var exporter = SpaCyExporter()
    let document = Document(id: "d", text: SourceText(Self.text))
    let good = exporter.export(ExportDocument(document: document, spans: Self.spans)).chunks.flatMap(\.bytes)
    let corpus = Corpus(root: "/tmp", documents: [document])
    let root = FormatRoundTripTests.folder()
    try AtomicFile.write(good, toPath: root + "/good.jsonl")
    let imported = try SpaCyImporter().read(path: root + "/good.jsonl", corpus: corpus)
    #expect(imported.flatMap(\.spans).map(\.label).sorted() == ["DATE", "ORG"])
    // A token edited so that the tokens no longer rebuild the text.
    let bad = String(decoding: good, as: UTF8.self).replacingOccurrences(of: #""text":"met""#, with: #""text":"Met""#)
    #expect(bad != String(decoding: good, as: UTF8.self))
    try AtomicFile.write(Array(bad.utf8), toPath: root + "/bad.jsonl")
    do {
      _ = try SpaCyImporter().read(path: root + "/bad.jsonl", corpus: corpus)
      Issue.record("tokens that do not rebuild the text were accepted")
    } catch {
      #expect(error.message.contains("do not rebuild the text"), "\(error)")
      #expect(error.location.line == 1)
    }
  }
}
