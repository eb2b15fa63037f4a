import GlossCore

/// The `.glossmodel` file format, version 4:
///
/// 1. the line `GLOSSMODEL 4`;
/// 2. one line of JSON metadata: `kind`, `labels`, `feature_templates`,
///    `hash_bits`, `lexicon_words`, `english_words` (when it has
///    English-lexicon features; `english_lexicon_in_first_pass` when the
///    lexicon is its first pass's and stored there only), `cluster_words`
///    (when it has word-cluster features; `clusters_in_first_pass` likewise),
///    `direction` (when it reads right to left), `training`
///    (epochs, seed, runs when more than one, and each source's name,
///    SHA-256, store revision, sentence and token counts) and, for a stacked model,
///    `first_pass_bytes`: the length of the first pass's own complete model
///    file, which follows the metadata line;
/// 3. the lexicon: a little-endian `UInt32` count, then (`UInt64` word hash,
///    `UInt32` label mask) pairs in hash order;
/// 4. the English lexicon (``EnglishLexicon``): a `UInt32` count, then for
///    each word in fingerprint order the LEB128 of (fingerprint delta << 6 |
///    property mask);
/// 5. the word clusters (``WordClusters``), when the metadata has
///    `cluster_words` and not `clusters_in_first_pass`: `UInt16` fine and
///    middle class counts, for each of the two views the middle class of
///    each fine class and the coarse class of each middle class (a byte
///    each), then a `UInt32` word count and for each word in fingerprint
///    order the LEB128 fingerprint delta and a `UInt16` (right view's fine
///    class | left view's << 8);
/// 6. the weights: a `UInt16` code count (at most 256; 0 when the weights
///    take more values) and the codes' bfloat16 values; a `UInt16` count
///    (at most 255) of frequent label sets, each a bit mask of
///    ⌈labels / 8⌉ bytes; a `UInt32` count of non-zero rows; a byte saying
///    how rows are found (0: each row starts with its LEB128 bucket delta;
///    1: a bit map of all buckets follows); then each row: a byte indexing
///    the label sets (255: its mask follows) and, for each label of the set
///    in order, a one-byte code (a bfloat16 when there is no code table).
///
/// Versions 1 to 3 still read: 1 and 2 have no English lexicon and read
/// left to right; before version 4 there are no clusters, and the weights
/// are the non-zero rows in bucket order, each a LEB128 bucket delta, a
/// count byte, then (label byte, bfloat16 weight) pairs.
///
/// Weights are bfloat16 in memory, as ``PerceptronWeights`` holds them;
/// training rounds them to at most 254 values
/// (``PerceptronWeights/quantized(levels:minimum:)``) so that each takes
/// one byte in the file, and a file reads back the very weights it was
/// written from. The file holds no time stamp, so the same training gives
/// the same bytes.
extension SequenceModel {
  /// The format version written and read.
  public static let fileFormatVersion = 4

  private static let magic = "GLOSSMODEL"
  /// The bits of an English-lexicon entry that hold the word's property
  /// mask, below its fingerprint delta.
  private static let englishMaskBits: UInt64 = 6
  /// The property mask's bits in an English-lexicon entry.
  private static let englishMask: UInt8 = 0x3F
  /// The views of the word clusters (two clusterings of the same words).
  private static let clusterViews = 2
  /// The widest row of features a file may ask for, in hash bits.
  private static let hashBitsRange = 8...26
  /// The bytes of one word-lexicon entry: a `UInt64` hash and a `UInt32` mask.
  private static let lexiconEntrySize = MemoryLayout<UInt64>.size + MemoryLayout<UInt32>.size

  /// The model as file bytes: the magic line, one line of metadata, then
  /// the binary sections — the first pass, the word lexicon, the English
  /// lexicon, the word clusters and the weights.
  public func fileBytes() -> [UInt8] {
    // A second pass shares its first pass's English lexicon and clusters.
    let sharesEnglish = !extractor.english.isEmpty && firstPass?.extractor.english == extractor.english
    let sharesClusters = !extractor.clusters.isEmpty && firstPass?.extractor.clusters == extractor.clusters
    let firstPassBytes = firstPass?.fileBytes() ?? []
    var file = ByteWriter()
    file.append(
      contentsOf: ModelFileHeader.bytes(
        magic: Self.magic, version: Self.fileFormatVersion,
        metadata: metadataBytes(
          sharesEnglish: sharesEnglish, sharesClusters: sharesClusters, firstPassLength: firstPassBytes.count)))
    file.append(contentsOf: firstPassBytes)
    appendWordLexicon(to: &file)
    appendEnglishLexicon(to: &file, shared: sharesEnglish)
    if !extractor.clusters.isEmpty && !sharesClusters { appendClusters(to: &file) }
    PerceptronWeights.appendWeights(weights, to: &file)
    return file.bytes
  }

  /// The metadata line: kind, labels, feature settings, which sections are
  /// shared with the first pass, and the training provenance.
  private func metadataBytes(sharesEnglish: Bool, sharesClusters: Bool, firstPassLength: Int) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.key("kind")
    json.string(kind)
    json.key("labels")
    json.beginArray()
    for label in labels { json.string(label) }
    json.endArray()
    json.key("feature_templates")
    json.integer(FeatureExtractor.templateVersion)
    json.key("hash_bits")
    json.integer(extractor.hashBits)
    json.key("lexicon_words")
    json.integer(extractor.lexicon.count)
    if !extractor.english.isEmpty {
      json.key("english_words")
      json.integer(extractor.english.count)
    }
    if sharesEnglish {
      json.key("english_lexicon_in_first_pass")
      json.bool(true)
    }
    if !extractor.clusters.isEmpty {
      json.key("cluster_words")
      json.integer(extractor.clusters.count)
    }
    if sharesClusters {
      json.key("clusters_in_first_pass")
      json.bool(true)
    }
    if direction != .leftToRight {
      json.key("direction")
      json.string(direction.rawValue)
    }
    if firstPassLength > 0 {
      json.key("first_pass_bytes")
      json.integer(firstPassLength)
    }
    json.key("training")
    provenance.write(to: &json)
    json.endObject()
    return json.takeBytes()
  }

  /// The word lexicon: a count, then each word's hash and class mask.
  private func appendWordLexicon(to file: inout ByteWriter) {
    let entries = extractor.lexicon.classes.sorted { $0.key < $1.key }
    file.appendLittleEndian(UInt32(truncatingIfNeeded: entries.count))
    for (key, mask) in entries {
      file.appendLittleEndian(key)
      file.appendLittleEndian(mask)
    }
  }

  /// The English lexicon (empty when `shared` with the first pass): a
  /// count, then each fingerprint's delta and property mask as one LEB128.
  private func appendEnglishLexicon(to file: inout ByteWriter, shared: Bool) {
    let english = shared ? [] : extractor.english.words.sorted { $0.key < $1.key }
    file.appendLittleEndian(UInt32(truncatingIfNeeded: english.count))
    var previous: UInt32 = 0
    for (fingerprint, mask) in english {
      file.appendLEB128(UInt64(fingerprint - previous) << Self.englishMaskBits | UInt64(mask & Self.englishMask))
      previous = fingerprint
    }
  }

  /// The word clusters: the class counts, the two views' class maps, then
  /// each word's fingerprint delta and classes.
  private func appendClusters(to file: inout ByteWriter) {
    let clusters = extractor.clusters
    file.appendLittleEndian(UInt16(truncatingIfNeeded: clusters.fineCount))
    file.appendLittleEndian(UInt16(truncatingIfNeeded: clusters.middleCount))
    for view in 0..<Self.clusterViews {
      file.append(contentsOf: clusters.middle[view])
      file.append(contentsOf: clusters.coarse[view])
    }
    let words = clusters.words.sorted { $0.key < $1.key }
    file.appendLittleEndian(UInt32(truncatingIfNeeded: words.count))
    var previous: UInt32 = 0
    for (fingerprint, classes) in words {
      file.appendLEB128(UInt64(fingerprint - previous))
      file.appendLittleEndian(classes)
      previous = fingerprint
    }
  }

  /// Writes the model to `path` atomically.
  public func write(toPath path: String) throws {
    try AtomicFile.write(fileBytes(), toPath: path)
  }

  /// Reads a model file.
  public init(contentsOfFile path: String) throws {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw ModelFileError(reading: error, what: "model file")
    }
    try self.init(fileBytes: bytes, path: path)
  }

  /// Reads a model from file bytes; its ``fileSHA256`` is theirs.
  public init(fileBytes bytes: [UInt8], path: String = "<memory>") throws {
    try self.init(parsing: bytes, path: path)
    fileSHA256 = SHA256.hexDigest(of: bytes)
  }

  /// Reads a model (or a stacked model's first pass) from file bytes,
  /// section by section as ``fileBytes()`` writes them.
  private init(parsing bytes: [UInt8], path: String) throws {
    let header = try ModelFileHeader(
      parsing: bytes, path: path, magic: Self.magic, versions: 1...Self.fileFormatVersion, what: "model file")
    let metadata = try Metadata(header.metadata, path: path)
    let version = header.version
    var reader = ByteReader(bytes, from: header.bodyOffset)
    // The binary part: bytes that cannot be read are reported as a damaged model file.
    do {
      let firstPass = try Self.readFirstPass(header.metadata, labels: metadata.labels, from: &reader, path: path)
      let lexicon = try Self.readWordLexicon(from: &reader)
      var english = EnglishLexicon()
      if version >= Self.englishLexiconVersion {
        english = try Self.readEnglishLexicon(header.metadata, firstPass: firstPass, from: &reader, path: path)
      }
      var clusters = WordClusters()
      if version >= Self.clustersVersion, header.metadata["cluster_words"] != nil {
        clusters = try Self.readClusters(header.metadata, firstPass: firstPass, from: &reader, path: path)
      }
      let width = metadata.labels.count
      let buckets = 1 << metadata.hashBits
      var values = [UInt16](repeating: 0, count: width * buckets)
      if version >= Self.clustersVersion {
        try PerceptronWeights.readWeights(
          into: &values, width: width, buckets: buckets, reader: &reader, fail: Self.failure(path))
        guard reader.isAtEnd else { throw Self.failure(path)("trailing bytes at \(reader.offset)") }
      } else {
        try Self.readRowWeights(into: &values, width: width, buckets: buckets, reader: &reader, path: path)
      }
      self.init(
        kind: metadata.kind, labels: metadata.labels,
        extractor: FeatureExtractor(
          hashBits: metadata.hashBits, lexicon: lexicon, english: english, clusters: clusters),
        weights: PerceptronWeights(labelCount: width, bucketCount: buckets, bits: values),
        provenance: metadata.provenance, direction: metadata.direction, firstPass: firstPass)
    } catch let error as ByteReadError {
      throw ModelFileError(path: path, message: error.description)
    }
  }

  /// The first format with an English lexicon section.
  private static let englishLexiconVersion = 3
  /// The first format with word clusters and coded weights.
  private static let clustersVersion = 4

  /// The error maker of a file at `path`.
  private static func failure(_ path: String) -> (String) -> ModelFileError {
    { ModelFileError(path: path, message: $0) }
  }

  /// What the metadata line says of the model.
  private struct Metadata {
    var kind: String
    var labels: [String]
    var hashBits: Int
    var direction: Direction
    var provenance: TrainingProvenance

    init(_ meta: JSONValue, path: String) throws(ModelFileError) {
      let fail = SequenceModel.failure(path)
      guard let kind = meta["kind"]?.stringValue, let labels = meta["labels"]?.arrayValue?.compactMap(\.stringValue),
        let hashBits = meta["hash_bits"]?.intValue, SequenceModel.hashBitsRange.contains(hashBits), !labels.isEmpty,
        labels.count < 256
      else { throw fail("metadata lacks kind, labels or hash_bits") }
      guard meta["feature_templates"]?.intValue == FeatureExtractor.templateVersion else {
        throw fail(
          "made with feature templates \(meta["feature_templates"]?.intValue ?? 0), this Gloss uses \(FeatureExtractor.templateVersion); retrain it"
        )
      }
      if let name = meta["direction"]?.stringValue {
        guard let known = Direction(rawValue: name) else { throw fail("unknown direction \(name)") }
        direction = known
      } else {
        direction = .leftToRight
      }
      provenance = TrainingProvenance(json: meta["training"])
      self.kind = kind
      self.labels = labels
      self.hashBits = hashBits
    }
  }

  /// A stacked model's first pass, when the metadata says it has one.
  private static func readFirstPass(
    _ meta: JSONValue, labels: [String], from reader: inout ByteReader, path: String
  ) throws -> SequenceModel? {
    guard let length = meta["first_pass_bytes"]?.intValue else { return nil }
    let fail = failure(path)
    guard length > 0, length <= reader.remainingCount else { throw fail("truncated first pass") }
    let firstPass = try SequenceModel(parsing: Array(try reader.readBytes(length)), path: path + " (first pass)")
    guard firstPass.labels == labels, firstPass.firstPass == nil else { throw fail("first pass with other labels") }
    return firstPass
  }

  /// The word lexicon section.
  private static func readWordLexicon(from reader: inout ByteReader) throws -> WordLexicon {
    let count = Int(try reader.readLittleEndian(UInt32.self))
    var classes: [UInt64: UInt32] = [:]
    classes.reserveCapacity(min(count, reader.remainingCount / lexiconEntrySize))
    for _ in 0..<count {
      let key = try reader.readLittleEndian(UInt64.self)
      classes[key] = try reader.readLittleEndian(UInt32.self)
    }
    return WordLexicon(classes: classes)
  }

  /// The English lexicon section, or the first pass's when it is shared.
  private static func readEnglishLexicon(
    _ meta: JSONValue, firstPass: SequenceModel?, from reader: inout ByteReader, path: String
  ) throws -> EnglishLexicon {
    let fail = failure(path)
    var words: [UInt32: UInt8] = [:]
    let count = Int(try reader.readLittleEndian(UInt32.self))
    words.reserveCapacity(min(count, reader.remainingCount))
    var fingerprint: UInt64 = 0
    for _ in 0..<count {
      let entry = try reader.readLEB128()
      fingerprint += entry >> englishMaskBits
      guard fingerprint <= UInt64(UInt32.max) else { throw fail("bad English lexicon entry at byte \(reader.offset)") }
      words[UInt32(fingerprint)] = UInt8(entry & UInt64(englishMask))
    }
    guard meta["english_lexicon_in_first_pass"]?.boolValue == true else { return EnglishLexicon(words: words) }
    guard let firstPass, words.isEmpty else { throw fail("no first pass to share the English lexicon of") }
    return firstPass.extractor.english
  }

  /// The word clusters section, or the first pass's when they are shared.
  private static func readClusters(
    _ meta: JSONValue, firstPass: SequenceModel?, from reader: inout ByteReader, path: String
  ) throws -> WordClusters {
    let fail = failure(path)
    if meta["clusters_in_first_pass"]?.boolValue == true {
      guard let firstPass, !firstPass.extractor.clusters.isEmpty else {
        throw fail("no first pass to share the word clusters of")
      }
      return firstPass.extractor.clusters
    }
    let fineCount = Int(try reader.readLittleEndian(UInt16.self))
    let middleCount = Int(try reader.readLittleEndian(UInt16.self))
    guard (1...256).contains(fineCount), (1...fineCount).contains(middleCount) else {
      throw fail("bad cluster counts at byte \(reader.offset)")
    }
    var middle: [[UInt8]] = []
    var coarse: [[UInt8]] = []
    for _ in 0..<clusterViews {
      guard fineCount + middleCount <= reader.remainingCount else { throw fail("truncated clusters") }
      middle.append(Array(try reader.readBytes(fineCount)))
      coarse.append(Array(try reader.readBytes(middleCount)))
      guard middle.last!.allSatisfy({ Int($0) < middleCount }) else { throw fail("bad middle cluster") }
    }
    let count = Int(try reader.readLittleEndian(UInt32.self))
    var words: [UInt32: UInt16] = [:]
    words.reserveCapacity(min(count, reader.remainingCount))
    var fingerprint: UInt64 = 0
    for _ in 0..<count {
      let delta = try reader.readLEB128()
      let classes = try reader.readLittleEndian(UInt16.self)
      guard delta <= UInt64(UInt32.max) - fingerprint, Int(classes & 0xFF) < fineCount, Int(classes >> 8) < fineCount
      else { throw fail("bad cluster entry at byte \(reader.offset)") }
      fingerprint += delta
      words[UInt32(fingerprint)] = classes
    }
    return WordClusters(words: words, middle: middle, coarse: coarse)
  }

  /// The weights of formats 1 to 3: rows by delta, each with its labels'
  /// bfloat16 weights.
  private static func readRowWeights(
    into values: inout [UInt16], width: Int, buckets: Int, reader: inout ByteReader, path: String
  ) throws {
    let fail = failure(path)
    var row = -1
    while !reader.isAtEnd {
      let delta = try reader.readLEB128()
      guard delta <= UInt64(buckets) else { throw fail("bad row delta at byte \(reader.offset)") }
      row += Int(delta)
      let count = Int(try reader.readByte())
      guard row < buckets else { throw fail("row \(row) beyond the table at byte \(reader.offset)") }
      for _ in 0..<count {
        let label = Int(try reader.readByte())
        guard label < width else { throw fail("label \(label) out of range at byte \(reader.offset)") }
        values[row * width + label] = try reader.readLittleEndian(UInt16.self)
      }
    }
  }
}
