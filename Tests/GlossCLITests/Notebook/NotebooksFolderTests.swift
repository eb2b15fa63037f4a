import Foundation
import GlossTestSupport
import Testing

/// Every notebook in the repository's `Notebooks/` still prints what it
/// says it prints: `gloss notebook check` on each, as a process.
@Suite struct NotebooksFolderTests {
  /// The repository's root, from this file's path.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .path

  static let notebooks: [String] = {
    let folder = repository + "/Notebooks"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted()
  }()

  @Test func thereAreNotebooks() {
    #expect(Self.notebooks.count >= 4, "\(Self.notebooks)")
  }

  @Test(arguments: notebooks) func notebookOutputsAreCurrent(name: String) throws {
    let result = try GlossProcess.run(["notebook", "check", "Notebooks/" + name], in: Self.repository)
    #expect(result.status == 0, "gloss notebook check Notebooks/\(name):\n\(result.standardError)")
  }
}
