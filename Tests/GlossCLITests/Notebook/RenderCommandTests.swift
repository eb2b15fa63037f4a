import Foundation
import GlossTestSupport
import Testing

/// `gloss render` as a process; the page is also loaded in Chromium by the
/// interop suite (Tests/Interop/interop.py, check_render).
@Suite struct RenderCommandTests {
  @Test func writesASelfContainedPageWithNestedAndCrossingSpans() throws {
    let text = "Putin met Kim in Pyongyang & left.\r\n"
    let folder = try TemporaryCorpus(["news": text])
    defer { folder.remove() }
    try folder.write(
      Array(
        """
        annotate news 0..34 as clause:MAIN
        annotate news "Putin met" as clause:SUB
        annotate news "met Kim" as entity:PERSON
        annotate news "Pyongyang" as entity:GPE

        """.utf8), to: "a.gloss")
    var result = try GlossProcess.run(["run", "a.gloss"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    result = try GlossProcess.run(["render", "-o", "page.html"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let html = try folder.read("page.html")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(
      !html.contains("http://") && !html.contains("https://") && !html.contains("<link") && !html.contains(" src="))
    #expect(html.contains("<svg class=\"chart bars\""))
    #expect(html.contains("&amp; left.") && html.contains("&#13;\n</div>"), "escaped, and the CR kept as a reference")
    // "met Kim" crosses the end of "Putin met": it is split into two fragments.
    #expect(html.contains("data-id=\"s3\""))
    let fragments = html.components(separatedBy: "data-id=\"s3\"").count - 1
    #expect(fragments == 2)
    #expect(html.contains("class=\"sp ly-entity cut-end\"") && html.contains("class=\"sp ly-entity cut-start\""))
    // The text between the tags is the document's text.
    let body = html.components(separatedBy: "<div class=\"text\">")[1].components(separatedBy: "</div>")[0]
    let stripped = body.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
      .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#13;", with: "\r")
    #expect(stripped == text)
    // The same bytes every time.
    result = try GlossProcess.run(["render", "-o", "again.html"], in: folder.root)
    #expect(try folder.read("again.html") == html)
  }
}
