import GlossCore

extension ModelFileError {
  /// The bytes of the file at `path`; a file that cannot be read is a
  /// ``ModelFileError`` that names its role, `what` (`lemma data file`,
  /// `WordNet file`), and keeps the failed system call.
  package static func contents(ofFile path: String, what: String) throws(ModelFileError) -> [UInt8] {
    do {
      return try FileSystem.readFile(atPath: path)
    } catch {
      throw ModelFileError(reading: error, what: what)
    }
  }
}
