import GlossCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where model files are found: the models shipped with Gloss, and the
/// models trained from a corpus (`Models/<layer>-r<REVISION>.glossmodel`).
///
/// The shipped models are looked for in `$GLOSS_MODELS`, then `Models/` in
/// the current folder, then the `Models/` folder of the checkout the running
/// executable was built in (found by walking up from it).
public enum ModelCatalog {
  /// The shipped part-of-speech model's file name.
  public static let partOfSpeech = "pos-en-ewt.glossmodel"
  /// The shipped entity model's file name.
  public static let entities = "entities-en-ewt.glossmodel"
  /// The shipped clause model's file name.
  public static let clauses = "clauses-en-ewt.glossmodel"
  /// The shipped dependency parser's file name.
  public static let parser = "parser-en-ewt.glossmodel"
  /// The shipped lemma data's file name.
  public static let lemmas = "lemmas-en.glosslemmas"

  /// The environment variable naming a folder of shipped models.
  static let environmentVariable = "GLOSS_MODELS"
  /// The file name suffix of model files.
  static let fileSuffix = ".glossmodel"

  /// The path of the shipped model file `name`, or `nil` if none is found.
  public static func shipped(_ name: String) -> String? {
    shippedFolders().map { Path.join($0, name) }.first { FileSystem.fileExists(atPath: $0) }
  }

  /// `explicit` if given, else the shipped model `name`.
  ///
  /// - Throws: ``ModelCatalogError`` when neither is there.
  public static func resolve(_ explicit: String?, shipped name: String) throws(ModelCatalogError) -> String {
    if let explicit { return explicit }
    if let found = shipped(name) { return found }
    throw ModelCatalogError("No model given and the shipped model \(name) was not found; pass --model FILE.")
  }

  /// The corpus's own `Models/<layer>-r<REVISION>.glossmodel` of the highest
  /// revision, or `nil` when it has none.
  public static func newestCorpusModel(layer: String, corpusRoot: String) -> String? {
    let folder = Path.join(corpusRoot, "Models")
    guard let names = try? FileSystem.contentsOfDirectory(atPath: folder) else { return nil }
    let prefix = layer + "-r"
    let revisions = names.compactMap { name -> (Int, String)? in
      guard name.hasPrefix(prefix), name.hasSuffix(fileSuffix),
        let revision = Int(name.dropFirst(prefix.count).dropLast(fileSuffix.count))
      else { return nil }
      return (revision, name)
    }
    return revisions.max { $0.0 < $1.0 }.map { Path.join(folder, $0.1) }
  }

  /// The path of the corpus model a corpus-trained model of `layer` at
  /// `revision` is written to.
  public static func corpusModelPath(layer: String, revision: Int, corpusRoot: String) -> String {
    Path.join(Path.join(corpusRoot, "Models"), "\(layer)-r\(revision)\(fileSuffix)")
  }

  /// The folders searched for shipped models, in order.
  private static func shippedFolders() -> [String] {
    var folders: [String] = []
    if let environment = getenv(environmentVariable) { folders.append(String(cString: environment)) }
    folders.append("Models")
    var path = FileSystem.realPath("/proc/self/exe") ?? ""
    while let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      path = String(path[..<slash])
      folders.append(path + "/Models")
    }
    return folders
  }
}
