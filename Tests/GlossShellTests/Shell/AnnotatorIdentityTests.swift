import GlossCore
import GlossTestSupport
import Testing

@testable import GlossShell

/// The default annotator: never a placeholder.
@Suite struct AnnotatorIdentityTests {
  @Test func gitUserNameIsTheLastNameOfAUserSection() {
    let config = """
      [core]
      \tname = not this one
      [user]
      \temail = ada@example.org
      \tname = Ada Lovelace
      [User]
          name = "Grace Hopper"
      [alias]
      \tname = nor this
      """
    #expect(AnnotatorIdentity.userName(inConfig: config) == "Grace Hopper")
    #expect(AnnotatorIdentity.userName(inConfig: "[user]\n\temail = a@b\n") == nil)
  }

  @Test func aRepositoryConfigNamesTheAnnotator() throws {
    let folder = try TemporaryCorpus([:])
    try FileSystem.createDirectory(atPath: folder.root + "/.git", intermediate: true)
    try folder.write(Array("[user]\n\tname = Corpus Owner\n".utf8), to: ".git/config")
    #expect(AnnotatorIdentity.gitUserName(from: folder.root) == "Corpus Owner")
    #expect(AnnotatorIdentity.resolve(explicit: "Explicit", corpusRoot: folder.root) == "Explicit")
  }

  @Test func thereIsAlwaysAName() {
    let name = AnnotatorIdentity.resolve(explicit: nil, corpusRoot: "/nonexistent")
    #expect(!name.isEmpty && name != "unknown")
  }
}
