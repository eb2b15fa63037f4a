import GlossCore

/// The parser file format (`.glossmodel`), version 1:
///
/// 1. the line `GLOSSPARSER 1`;
/// 2. one line of JSON metadata: `kind` (`parser`), `relations` (the
///    relation names, in code order), `feature_templates` (the version of
///    ``ParserFeatures``), `transition_hash_bits`, `relation_hash_bits` and
///    `training` (passes as `epochs`, seed, runs, and each source's
///    name, SHA-256, sentence and word counts);
/// 3. the transition weights, then the relation weights, each in the
///    weights section format of ``SequenceModel`` files (one-byte codes into
///    a table of bfloat16 values, only the non-zero rows; see
///    ``PerceptronWeights/appendWeights(_:to:)``).
///
/// The file holds no time stamp, so the same training gives the same bytes.
extension DependencyParser {
  /// The format version written and read.
  public static let fileFormatVersion = 1
  /// The version of the feature templates: a file made with others is refused.
  static let featureTemplateVersion = 3

  private static let magic = "GLOSSPARSER"
  private static let kind = "parser"
  /// The table sizes a file may ask for, in hash bits.
  private static let hashBitsRange = 8...26
  /// The name of the file kind in errors.
  private static let what = "parser model file"

  /// The parser as file bytes.
  public func fileBytes() -> [UInt8] {
    var file = ByteWriter()
    file.append(
      contentsOf: ModelFileHeader.bytes(magic: Self.magic, version: Self.fileFormatVersion, metadata: metadata()))
    PerceptronWeights.appendWeights(transitionWeights.weights, to: &file)
    PerceptronWeights.appendWeights(relationWeights.weights, to: &file)
    return file.bytes
  }

  /// Writes the parser to `path` atomically.
  public func write(toFile path: String) throws {
    try AtomicFile.write(fileBytes(), toPath: path)
  }

  /// Reads a parser file; ``fileSHA256`` is its digest.
  ///
  /// - Throws: ``ModelFileError`` naming the file and, for a damaged one,
  ///   the byte offset where reading failed.
  public init(contentsOfFile path: String) throws(ModelFileError) {
    try self.init(fileBytes: try ModelFileError.contents(ofFile: path, what: Self.what), path: path)
  }

  /// Reads a parser from file bytes; its ``fileSHA256`` is theirs.
  public init(fileBytes bytes: [UInt8], path: String = "<memory>") throws(ModelFileError) {
    let header = try ModelFileHeader(
      parsing: bytes, path: path, magic: Self.magic, versions: Self.fileFormatVersion...Self.fileFormatVersion,
      what: Self.what)
    let meta = header.metadata
    let fail = { (message: String) in ModelFileError(at: FileLocation(path: path, byteOffset: 0), message: message) }
    guard meta["kind"]?.stringValue == Self.kind,
      let relations = meta["relations"]?.arrayValue?.compactMap(\.stringValue),
      (1..<Int(ArcHybridState.noRelation)).contains(relations.count),
      let transitionBits = meta["transition_hash_bits"]?.intValue, Self.hashBitsRange.contains(transitionBits),
      let relationBits = meta["relation_hash_bits"]?.intValue, Self.hashBitsRange.contains(relationBits)
    else { throw fail("metadata lacks kind, relations or hash bits") }
    guard meta["feature_templates"]?.intValue == Self.featureTemplateVersion else {
      throw fail(
        "made with feature templates \(meta["feature_templates"]?.intValue ?? 0), this Gloss uses \(Self.featureTemplateVersion); retrain it"
      )
    }
    var reader = ByteReader(bytes, from: header.bodyOffset)
    do {
      let transitions = try Self.readWeights(
        width: Transition.allCases.count, bits: transitionBits, reader: &reader, path: path)
      let relationWeights = try Self.readWeights(
        width: relations.count, bits: relationBits, reader: &reader, path: path)
      guard reader.isAtEnd else {
        throw ModelFileError(at: FileLocation(path: path, byteOffset: reader.offset), message: "trailing bytes")
      }
      self.init(
        relations: relations, transitionWeights: transitions, relationWeights: relationWeights,
        provenance: TrainingProvenance(json: meta["training"]))
    } catch let error as ByteReadError {
      throw ModelFileError(at: FileLocation(path: path, byteOffset: error.byteOffset), message: error.description)
    } catch let error as ModelFileError {
      throw error
    } catch {
      throw ModelFileError(at: FileLocation(path: path, byteOffset: reader.offset), message: "\(error)")
    }
    fileSHA256 = SHA256.hexDigest(of: bytes)
  }

  /// One weights section of `2^bits` rows of `width`.
  private static func readWeights(width: Int, bits: Int, reader: inout ByteReader, path: String) throws
    -> PerceptronWeights
  {
    let buckets = 1 << bits
    var values = [UInt16](repeating: 0, count: width * buckets)
    let offset = reader.offset
    try PerceptronWeights.readWeights(
      into: &values, width: width, buckets: buckets, reader: &reader,
      fail: { ModelFileError(at: FileLocation(path: path, byteOffset: offset), message: $0) })
    return PerceptronWeights(labelCount: width, bucketCount: buckets, bits: values)
  }

  /// The metadata line.
  private func metadata() -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.key("kind")
    json.string(Self.kind)
    json.key("relations")
    json.beginArray()
    for relation in relations { json.string(relation) }
    json.endArray()
    json.key("feature_templates")
    json.integer(Self.featureTemplateVersion)
    json.key("transition_hash_bits")
    json.integer(transitionBits)
    json.key("relation_hash_bits")
    json.integer(relationBits)
    json.key("training")
    provenance.write(to: &json)
    json.endObject()
    return json.takeBytes()
  }
}
