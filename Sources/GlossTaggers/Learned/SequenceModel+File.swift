import GlossCore

/// The `.glossmodel` file format, version 3:
///
/// 1. the line `GLOSSMODEL 3`;
/// 2. one line of JSON metadata: `kind`, `labels`, `feature_templates`,
///    `hash_bits`, `lexicon_words`, `english_words` (when it has
///    English-lexicon features; `english_lexicon_in_first_pass` when the
///    lexicon is its first pass's and stored there only), `direction` (when
///    it reads right to left), `training`
///    (epochs, seed, runs when more than one, and each source's name,
///    SHA-256, store revision, sentence and token counts) and, for a stacked model,
///    `first_pass_bytes`: the length of the first pass's own complete model
///    file, which follows the metadata line;
/// 3. the lexicon: a little-endian `UInt32` count, then (`UInt64` word hash,
///    `UInt32` label mask) pairs in hash order;
/// 4. the English lexicon (``EnglishLexicon``): a `UInt32` count, then for
///    each word in fingerprint order the LEB128 of (fingerprint delta << 6 |
///    property mask);
/// 5. the non-zero weight rows in bucket order, each a LEB128 bucket delta,
///    a count byte, then (label byte, bfloat16 weight) pairs.
///
/// Versions 1 and 2 (no English lexicon, always left to right) still read.
///
/// Weights are bfloat16, as ``PerceptronWeights`` holds them. The file holds no time stamp,
/// so the same training gives the same bytes.
extension SequenceModel {
  /// The format version written and read.
  public static let fileFormatVersion = 3

  private static let magic = "GLOSSMODEL"

  /// The model as file bytes.
  public func fileBytes() -> [UInt8] {
    var bytes = Array("\(Self.magic) \(Self.fileFormatVersion)\n".utf8)
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
    // A second pass shares its first pass's English lexicon.
    let sharesEnglish = !extractor.english.isEmpty && firstPass?.extractor.english == extractor.english
    if !extractor.english.isEmpty {
      json.key("english_words")
      json.integer(extractor.english.count)
    }
    if sharesEnglish {
      json.key("english_lexicon_in_first_pass")
      json.bool(true)
    }
    if direction != .leftToRight {
      json.key("direction")
      json.string(direction.rawValue)
    }
    let firstPassBytes = firstPass?.fileBytes() ?? []
    if !firstPassBytes.isEmpty {
      json.key("first_pass_bytes")
      json.integer(firstPassBytes.count)
    }
    json.key("training")
    json.beginObject()
    json.key("epochs")
    json.integer(provenance.epochs)
    json.key("seed")
    json.string(String(provenance.seed))
    if provenance.runs > 1 {
      json.key("runs")
      json.integer(provenance.runs)
    }
    json.key("sources")
    json.beginArray()
    for source in provenance.sources {
      json.beginObject()
      json.key("name")
      json.string(source.name)
      json.key("sha256")
      json.string(source.sha256)
      if let revision = source.revision {
        json.key("revision")
        json.integer(revision)
      }
      json.key("sentences")
      json.integer(source.sentences)
      json.key("tokens")
      json.integer(source.tokens)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endObject()
    bytes.append(contentsOf: json.takeBytes())
    bytes.append(0x0A)
    bytes.append(contentsOf: firstPassBytes)

    let entries = extractor.lexicon.classes.sorted { $0.key < $1.key }
    Self.append(UInt64(entries.count), bytes: 4, to: &bytes)
    for (key, mask) in entries {
      Self.append(key, bytes: 8, to: &bytes)
      Self.append(UInt64(mask), bytes: 4, to: &bytes)
    }
    let english = sharesEnglish ? [] : extractor.english.words.sorted { $0.key < $1.key }
    Self.append(UInt64(english.count), bytes: 4, to: &bytes)
    var previous: UInt32 = 0
    for (fingerprint, mask) in english {
      Self.appendLEB128(UInt64(fingerprint - previous) << 6 | UInt64(mask & 0x3F), to: &bytes)
      previous = fingerprint
    }

    let width = labels.count
    var last = -1
    weights.bits.withUnsafeBufferPointer { w in
      for row in 0..<weights.bucketCount {
        var count = 0
        for label in 0..<width where w[row * width + label] & 0x7FFF != 0 { count += 1 }
        guard count > 0 else { continue }
        Self.appendLEB128(UInt64(row - last), to: &bytes)
        bytes.append(UInt8(count))
        for label in 0..<width {
          let half = w[row * width + label]
          guard half & 0x7FFF != 0 else { continue }
          bytes.append(UInt8(label))
          Self.append(UInt64(half), bytes: 2, to: &bytes)
        }
        last = row
      }
    }
    return bytes
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
      throw ModelFileError(path: path, message: "cannot read the model file (\(error))")
    }
    try self.init(fileBytes: bytes, path: path)
  }

  /// Reads a model from file bytes.
  public init(fileBytes bytes: [UInt8], path: String = "<memory>") throws {
    func fail(_ message: String) -> ModelFileError { ModelFileError(path: path, message: message) }
    guard let firstNewline = bytes.firstIndex(of: 0x0A),
      let version = (1...Self.fileFormatVersion).first(where: {
        "\(Self.magic) \($0)" == String(decoding: bytes[..<firstNewline], as: UTF8.self)
      })
    else { throw fail("not a Gloss model file of format 1 to \(Self.fileFormatVersion)") }
    guard let secondNewline = bytes[(firstNewline + 1)...].firstIndex(of: 0x0A) else { throw fail("truncated header") }
    let meta: JSONValue
    do {
      meta = try JSONParser.parse(bytes[(firstNewline + 1)..<secondNewline])
    } catch {
      throw fail("bad metadata: \(error)")
    }
    guard let kind = meta["kind"]?.stringValue, let labels = meta["labels"]?.arrayValue?.compactMap(\.stringValue),
      let hashBits = meta["hash_bits"]?.intValue, (8...26).contains(hashBits), !labels.isEmpty, labels.count < 256
    else { throw fail("metadata lacks kind, labels or hash_bits") }
    guard meta["feature_templates"]?.intValue == FeatureExtractor.templateVersion else {
      throw fail("made with feature templates \(meta["feature_templates"]?.intValue ?? 0), this Gloss uses \(FeatureExtractor.templateVersion); retrain it")
    }
    let direction: Direction
    if let name = meta["direction"]?.stringValue {
      guard let known = Direction(rawValue: name) else { throw fail("unknown direction \(name)") }
      direction = known
    } else {
      direction = .leftToRight
    }
    let training = meta["training"]
    let sources = (training?["sources"]?.arrayValue ?? []).map {
      TrainingProvenance.Source(
        name: $0["name"]?.stringValue ?? "", sha256: $0["sha256"]?.stringValue ?? "", revision: $0["revision"]?.intValue,
        sentences: $0["sentences"]?.intValue ?? 0, tokens: $0["tokens"]?.intValue ?? 0)
    }
    let provenance = TrainingProvenance(
      sources: sources, epochs: training?["epochs"]?.intValue ?? 0,
      seed: UInt64(training?["seed"]?.stringValue ?? "0") ?? 0, runs: training?["runs"]?.intValue ?? 1)

    var position = secondNewline + 1
    var firstPass: SequenceModel?
    if let length = meta["first_pass_bytes"]?.intValue {
      guard length > 0, position + length <= bytes.count else { throw fail("truncated first pass") }
      firstPass = try SequenceModel(fileBytes: Array(bytes[position..<(position + length)]), path: path + " (first pass)")
      guard firstPass?.labels == labels, firstPass?.firstPass == nil else { throw fail("first pass with other labels") }
      position += length
    }
    func read(_ count: Int) throws(ModelFileError) -> UInt64 {
      guard position + count <= bytes.count else { throw fail("truncated at byte \(position)") }
      var value: UInt64 = 0
      for k in 0..<count { value |= UInt64(bytes[position + k]) << UInt64(8 * k) }
      position += count
      return value
    }
    func readLEB128() throws(ModelFileError) -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let byte = try read(1)
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte & 0x80 == 0 { return value }
        if shift > 56 { throw fail("bad LEB128 number at byte \(position)") }
      }
    }
    let lexiconCount = Int(try read(4))
    var classes: [UInt64: UInt32] = [:]
    classes.reserveCapacity(lexiconCount)
    for _ in 0..<lexiconCount {
      let key = try read(8)
      classes[key] = UInt32(try read(4))
    }
    var english = EnglishLexicon()
    if version >= 3 {
      var words: [UInt32: UInt8] = [:]
      let wordCount = Int(try read(4))
      words.reserveCapacity(wordCount)
      var fingerprint: UInt64 = 0
      for _ in 0..<wordCount {
        let entry = try readLEB128()
        fingerprint += entry >> 6
        guard fingerprint <= UInt64(UInt32.max) else { throw fail("bad English lexicon entry at byte \(position)") }
        words[UInt32(fingerprint)] = UInt8(entry & 0x3F)
      }
      english = EnglishLexicon(words: words)
      if meta["english_lexicon_in_first_pass"]?.boolValue == true {
        guard let firstPass, words.isEmpty else { throw fail("no first pass to share the English lexicon of") }
        english = firstPass.extractor.english
      }
    }
    let width = labels.count
    let buckets = 1 << hashBits
    var values = [UInt16](repeating: 0, count: width * buckets)
    var row = -1
    while position < bytes.count {
      let delta = try readLEB128()
      guard delta <= UInt64(buckets) else { throw fail("bad row delta at byte \(position)") }
      row += Int(delta)
      let count = Int(try read(1))
      guard row < buckets else { throw fail("row \(row) beyond the table at byte \(position)") }
      for _ in 0..<count {
        let label = Int(try read(1))
        guard label < width else { throw fail("label \(label) out of range at byte \(position)") }
        values[row * width + label] = UInt16(try read(2))
      }
    }
    self.init(
      kind: kind, labels: labels,
      extractor: FeatureExtractor(
        hashBits: hashBits, lexicon: WordLexicon(classes: classes), english: english),
      weights: PerceptronWeights(labelCount: width, bucketCount: buckets, bits: values),
      provenance: provenance, direction: direction, firstPass: firstPass)
  }

  private static func appendLEB128(_ value: UInt64, to bytes: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  private static func append(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
    for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * k))) }
  }
}
