/// A corpus: a folder holding `Corpus/` (source texts and their metadata),
/// `Annotations/` (the versioned span store) and an optional `scheme.json`.
public struct Corpus: Sendable {
  /// The corpus folder.
  public var root: String
  /// The documents that loaded, ordered by id.
  public var documents: [Document]
  /// Files that could not be loaded, each with a clear message; the rest of
  /// the corpus loads regardless.
  public var problems: [CorpusError]
  /// The annotation scheme: the built-in one, extended by `scheme.json`.
  public var scheme: Scheme

  /// The folder of source texts.
  public var textsPath: String { Self.textsPath(root) }
  /// The folder of annotations.
  public var annotationsPath: String { Path.join(root, "Annotations") }

  /// Creates a corpus from loaded parts (for tests and other programs).
  public init(root: String, documents: [Document], problems: [CorpusError] = [], scheme: Scheme = .standard) {
    self.root = root
    self.documents = documents
    self.problems = problems
    self.scheme = scheme
  }

  /// The document with id `id`, if it loaded.
  public func document(_ id: String) -> Document? {
    documents.first { $0.id == id }
  }

  /// Loads the corpus in `root`.
  ///
  /// Every `Corpus/*.txt` becomes a document; its `.meta.json`, if present,
  /// its metadata. A text that is not UTF-8, an unreadable file or a broken
  /// metadata file is reported in ``problems`` and the rest still loads.
  ///
  /// - Throws: ``CorpusError`` when there is no `Corpus/` folder at all, or
  ///   `scheme.json` is broken (every later step depends on the scheme).
  public static func load(at root: String) throws(CorpusError) -> Corpus {
    let textsPath = Self.textsPath(root)
    guard FileSystem.isDirectory(atPath: textsPath) else {
      throw CorpusError(.noCorpusFolder, path: textsPath, message: "no Corpus/ folder here")
    }
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: textsPath)
    } catch {
      throw CorpusError(reading: error)
    }
    var scheme = Scheme.standard
    let schemePath = Path.join(root, "scheme.json")
    if FileSystem.fileExists(atPath: schemePath) {
      let bytes: [UInt8]
      do {
        bytes = try FileSystem.readFile(atPath: schemePath)
      } catch {
        throw CorpusError(reading: error)
      }
      do {
        scheme.merge(try Scheme(json: bytes, path: schemePath))
      } catch {
        throw CorpusError(.invalidScheme, at: error.location, message: error.message)
      }
    }
    var documents: [Document] = []
    var problems: [CorpusError] = []
    let textNames = Set(names.filter { $0.hasSuffix(".txt") })
    for name in names.sorted() {
      let path = Path.join(textsPath, name)
      if name.hasSuffix(".meta.json") {
        let id = String(name.dropLast(".meta.json".utf8.count))
        if !textNames.contains(id + ".txt") {
          problems.append(
            CorpusError(
              .orphanMetadata, path: path, message: "metadata without a text: there is no \(id).txt beside it"))
        }
        continue
      }
      guard name.hasSuffix(".txt") else { continue }
      do {
        documents.append(try loadDocument(id: String(name.dropLast(4)), textPath: path))
      } catch {
        problems.append(error)
      }
    }
    return Corpus(root: root, documents: documents, problems: problems, scheme: scheme)
  }

  /// Loads one document from its text file and the metadata beside it.
  static func loadDocument(id: String, textPath: String) throws(CorpusError) -> Document {
    guard Document.isValidID(id) else {
      throw CorpusError(
        .invalidDocumentID, path: textPath,
        message: "\(String(reflecting: id)) cannot be a document id (ids are \(Document.idRule)); rename the file")
    }
    let bytes: [UInt8]
    // Stamped before reading, so a change during or after the read shows.
    let stamp = FileStamp(path: textPath)
    do {
      bytes = try FileSystem.readFile(atPath: textPath)
    } catch {
      throw CorpusError(reading: error)
    }
    let text: SourceText
    do {
      text = try SourceText(validatingUTF8: bytes)
    } catch {
      throw CorpusError(
        .invalidText, at: FileLocation(path: textPath, byteOffset: error.byteOffset),
        message:
          "invalid UTF-8: \(error.explanation); the text must be UTF-8 (convert it with iconv) — the document was skipped"
      )
    }
    let metaPath = String(textPath.dropLast(4)) + ".meta.json"
    var metadata = DocumentMetadata()
    if FileSystem.fileExists(atPath: metaPath) {
      let metaBytes: [UInt8]
      do {
        metaBytes = try FileSystem.readFile(atPath: metaPath)
      } catch {
        throw CorpusError(reading: error)
      }
      metadata = try DocumentMetadata(json: metaBytes, path: metaPath)
    }
    var document = Document(id: id, text: text, metadata: metadata)
    document.textFileStamp = stamp
    return document
  }

  private static func textsPath(_ root: String) -> String { Path.join(root, "Corpus") }
}
