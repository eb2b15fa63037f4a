import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// The shell's `tag DOC syntax` with the shipped models, then queries and
/// counts over the syntax it computed, in the same session.
@Suite struct SyntaxShellTests {
  @Test func tagThenQueryAndCountByLemmaPosAndDeprel() throws {
    let folder = try TemporaryCorpus(["a": "Russia signed the treaty. The treaty was signed by Kim.\n"])
    defer { folder.remove() }
    var shell = try interpreter(folder)
    // The query engine is open before the syntax exists: tag must refresh it.
    #expect(try shell.execute(#"query "signed""#).text.contains("2 matches"))
    let failure = error(&shell, #"query [lemma="sign"]"#)
    #expect(failure?.message.contains("no document has syntax yet") == true, "\(String(describing: failure))")

    #expect(try shell.execute("tag a syntax").text.contains("a: syntax computed"))
    #expect(try shell.execute("tag a syntax").text.contains("a: syntax already current"))

    #expect(try shell.execute(#"query [pos="VERB" & lemma="sign"]"#).text.contains("2 matches"))
    let subject = try shell.execute(#"query [lemma="sign"] >nsubj [pos="PROPN"]"#).text
    #expect(subject.contains("1 match") && subject.contains("7..13"), "\(subject)")
    #expect(try shell.execute(#"query [lemma="sign"] not >nsubj [pos="PROPN"]"#).text.contains("41..47"))

    var output = try shell.execute(#"count "signed" by lemma"#).text
    #expect(output.contains("sign       2   100.0%     1\n2 matches, 1 distinct value"), "\(output)")
    output = try shell.execute(#"count [lemma="sign"] by pos"#).text
    #expect(output.contains("VERB       2   100.0%     1\n"), "\(output)")
    output = try shell.execute(#"count [] <nsubj [lemma="sign"] by deprel"#).text
    #expect(output.contains("nsubj           1    50.0%     1\nnsubj:pass      1    50.0%     1\n"), "\(output)")
    #expect(error(&shell, #"count "signed" by lema"#)?.message.contains("did you mean 'lemma'?") == true)
  }
}
