import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss tag --layers syntax` with the shipped models on a fresh corpus,
/// then queries, counts and a CoNLL-U export that read the computed syntax.
@Suite struct SyntaxCommandTests {
  static let texts = [
    // Russia 0..<6 signed 7..<13 … signed 49..<55 by Kim 59..<62
    "a": "Russia signed the treaty in June. The treaty was signed by Kim.\n",
    // Kim 0..<3 signed 4..<10
    "b": "Kim signed a well-known pact with Putin.\n",
  ]

  static func gloss(_ arguments: [String], in folder: TemporaryCorpus) throws -> GlossProcess.Output {
    try GlossProcess.run(arguments, in: folder.root)
  }

  /// The matches of a query as `doc start..end` lines.
  static func matches(_ query: String, in folder: TemporaryCorpus) throws -> [String] {
    let result = try gloss(["query", query, "--format", "json"], in: folder)
    #expect(result.status == 0, "\(query): \(result.standardError)")
    return result.standardOutput.split(separator: "\n").compactMap { line in
      guard let object = try? JSONParser.parse(String(line)), let doc = object["doc"]?.stringValue,
        let start = object["start"]?.intValue, let end = object["end"]?.intValue
      else { return nil }
      return "\(doc) \(start)..\(end)"
    }
  }

  @Test func tagComputesSyntaxThatQueriesCountsAndExportsRead() throws {
    let folder = try TemporaryCorpus(Self.texts)
    defer { folder.remove() }

    // Before tagging, syntax attributes are an error that says what to run.
    var result = try Self.gloss(["query", #"[lemma="sign"]"#], in: folder)
    #expect(result.status == 1)
    #expect(result.standardError.contains("no document has syntax yet"), "\(result.standardError)")
    #expect(result.standardError.contains("run 'tag'"))

    // On a corpus nothing was committed to: the store is made, the cache written, nothing committed.
    result = try Self.gloss(["tag", "--layers", "syntax"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("syntax: computed for 2 documents"), "\(result.standardError)")
    #expect(FileSystem.fileExists(atPath: folder.root + "/Annotations/.cache/syntax/a.syntax"))
    #expect(FileSystem.fileExists(atPath: folder.root + "/Annotations/.cache/syntax/b.syntax"))
    #expect(try folder.read("Annotations/.gitignore").contains(".cache/"))
    #expect(!FileSystem.fileExists(atPath: folder.root + "/Annotations/a.spans.jsonl"))
    result = try Self.gloss(["tag", "--layers", "syntax"], in: folder)
    #expect(result.standardError.contains("computed for 0 documents (0 tokens), 2 already current"))

    #expect(try Self.matches(#"[pos="VERB" & lemma="sign"]"#, in: folder) == ["a 7..13", "a 49..55", "b 4..10"])
    #expect(try Self.matches(#"[lemma="sign"] >nsubj [pos="PROPN"]"#, in: folder) == ["a 7..13", "b 4..10"])
    #expect(try Self.matches(#"[lemma="sign"] >nsubj:pass []"#, in: folder) == ["a 49..55"])
    #expect(try Self.matches(#""Kim" <obl [lemma="sign"]"#, in: folder) == ["a 59..62"])

    result = try Self.gloss(["query", #""signed""#, "--count-by", "lemma", "--format", "csv"], in: folder)
    #expect(result.standardOutput == "value,count,percent,docs\nsign,3,100.0%,2\n", "\(result.standardError)")
    result = try Self.gloss(["query", #"[lemma="sign"]"#, "--count-by", "deprel", "--format", "csv"], in: folder)
    #expect(result.standardOutput == "value,count,percent,docs\nroot,3,100.0%,2\n", "\(result.standardError)")

    // CoNLL-U with the computed columns, and with placeholders when asked.
    result = try Self.gloss(["export", "conllu", "--all-documents", "-o", "out.conllu"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    var conllu = try folder.read("out.conllu")
    #expect(
      conllu.contains("1\tRussia\tRussia\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tsigned\tsign\tVERB\t_\t_\t0\troot\t_\t_\n"))
    #expect(conllu.contains("4\tsigned\tsign\tVERB\t_\t_\t0\troot\t_\t_\n"))
    #expect(!conllu.contains("\tX\t") && !result.standardError.contains("placeholder"))
    result = try Self.gloss(
      ["export", "conllu", "--all-documents", "--placeholder-syntax", "-o", "flat.conllu"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    conllu = try folder.read("flat.conllu")
    #expect(conllu.contains("1\tRussia\t_\tX\t_\t_\t0\troot\t_\t_\n2\tsigned\t_\tX\t_\t_\t1\tdep\t_\t_\n"))
    #expect(!conllu.contains("PROPN"))
  }

  @Test func correctionsAreSpansThatQueriesAndExportsApply() throws {
    let folder = try TemporaryCorpus(Self.texts)
    defer { folder.remove() }
    var result = try Self.gloss(["tag", "--layers", "syntax"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try Self.matches(#"[lemma="sign"] >nsubj [pos="PROPN"]"#, in: folder) == ["a 7..13", "b 4..10"])

    // Russia corrected to signed's object.
    result = try Self.gloss(
      ["add", "a", "syntax:PROPN", "--text", "Russia", "--attr", "head=7", "--attr", "deprel=obj"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try Self.matches(#"[lemma="sign"] >nsubj [pos="PROPN"]"#, in: folder) == ["b 4..10"])
    #expect(try Self.matches(#"[lemma="sign"] >obj "Russia""#, in: folder) == ["a 7..13"])

    // Kim in b made a second root: that sentence is exported with placeholders and a note.
    result = try Self.gloss(["add", "b", "syntax:PROPN", "--text", "Kim", "--attr", "head=root"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    result = try Self.gloss(["export", "conllu", "--all-documents", "-o", "out.conllu"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardError.contains("b sentence 1: the sentence has 2 roots, not one; placeholders written for it"),
      "\(result.standardError)")
    let conllu = try folder.read("out.conllu")
    #expect(conllu.contains("1\tRussia\tRussia\tPROPN\t_\t_\t2\tobj\t_\t_\n"))
    #expect(conllu.contains("1\tKim\t_\tX\t_\t_\t0\troot\t_\t_\n2\tsigned\t_\tX\t_\t_\t1\tdep\t_\t_\n"))
  }

  @Test func tagWithEveryLayerOnAFreshCorpusCommitsAndComputesSyntax() throws {
    let folder = try TemporaryCorpus(Self.texts)
    defer { folder.remove() }
    let result = try Self.gloss(["tag"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("syntax: computed for 2 documents"), "\(result.standardError)")
    #expect(result.standardError.contains("committed revision 1"), "\(result.standardError)")
    #expect(try Self.matches(#"[pos="VERB" & lemma="sign"]"#, in: folder).count == 3)
  }
}
