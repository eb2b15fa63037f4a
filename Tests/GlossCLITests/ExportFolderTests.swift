import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Folder exports (brat, XMI) replace only what an earlier Gloss export
/// wrote, never follow symbolic links, and refuse any other folder.
@Suite struct ExportFolderTests {
  private func annotatedCorpus() throws -> TemporaryCorpus {
    let folder = try TemporaryCorpus(["a": "Putin met Kim in Pyongyang.\n", "b": "Seoul waits.\n"])
    let result = try GlossProcess.run(["add", "a", "entity:PERSON", "--text", "Putin"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    return folder
  }

  private func names(_ path: String) throws -> [String] {
    try FileSystem.contentsOfDirectory(atPath: path)
  }

  @Test(arguments: ["brat", "xmi"])
  func aGlossExportIsReplacedWithItsManifest(format: String) throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["export", format, "-o", "out"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let first = try names(folder.root + "/out")
    #expect(first.contains(".gloss-export.json"))
    let manifest = try folder.read("out/.gloss-export.json")
    for name in first where name != ".gloss-export.json" { #expect(manifest.contains("\"\(name)\"")) }
    // Again, with one document fewer: the folder is replaced, not merged.
    result = try GlossProcess.run(["export", format, "--doc", "a", "-o", "out"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    let second = try names(folder.root + "/out")
    #expect(second.count < first.count)
    #expect(!second.contains { $0.hasPrefix("b.") })
    #expect(try names(folder.root).allSatisfy { !$0.contains(".old-") && !$0.contains(".tmp-") })
  }

  @Test func aFolderOfNotesIsRefusedAndKept() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    try folder.write(Array("my notes\n".utf8), to: "notes/monday.txt")
    try folder.write(Array("T1\tPERSON 0 5\tPutin\n".utf8), to: "notes/old.ann")
    let result = try GlossProcess.run(["export", "brat", "-o", "notes"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("notes is not empty and holds no earlier Gloss export"))
    #expect(try names(folder.root + "/notes") == ["monday.txt", "old.ann"])
    #expect(try folder.read("notes/monday.txt") == "my notes\n")
  }

  @Test func aLinkInsideAnEarlierExportIsNeverFollowed() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    try folder.write(Array("precious\n".utf8), to: "elsewhere/keep.txt")
    var result = try GlossProcess.run(["export", "brat", "-o", "out"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(symlink(folder.root + "/elsewhere", folder.root + "/out/link.txt") == 0)
    result = try GlossProcess.run(["export", "brat", "-o", "out"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("holds 'link.txt', which the earlier export did not write"))
    #expect(try folder.read("elsewhere/keep.txt") == "precious\n")
    #expect(FileSystem.isSymbolicLink(atPath: folder.root + "/out/link.txt"))
  }

  @Test func aFileAddedToAnEarlierExportIsNamedAndKept() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    var result = try GlossProcess.run(["export", "xmi", "-o", "out"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    try folder.write(Array("mine\n".utf8), to: "out/README.xml")
    result = try GlossProcess.run(["export", "xmi", "-o", "out"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("holds 'README.xml'"))
    #expect(try folder.read("out/README.xml") == "mine\n")
  }

  @Test func aLinkAsTheTargetIsRefusedAndItsFolderKept() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    try folder.write(Array("precious\n".utf8), to: "real/keep.txt")
    #expect(symlink(folder.root + "/real", folder.root + "/out") == 0)
    let result = try GlossProcess.run(["export", "brat", "-o", "out"], in: folder.root)
    #expect(result.status != 0)
    #expect(result.standardError.contains("out is a symbolic link"))
    #expect(try names(folder.root + "/real") == ["keep.txt"])
  }

  @Test func anEmptyFolderIsFilled() throws {
    let folder = try annotatedCorpus()
    defer { folder.remove() }
    try FileSystem.createDirectory(atPath: folder.root + "/empty", intermediate: false)
    let result = try GlossProcess.run(["export", "brat", "-o", "empty/"], in: folder.root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try names(folder.root + "/empty").contains("a.ann"))
  }
}
