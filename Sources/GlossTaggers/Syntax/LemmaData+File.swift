import GlossCore

/// The lemma data file format (`.glosslemmas`), version 1:
///
/// 1. the line `GLOSSLEMMAS 1`;
/// 2. one line of JSON metadata: `wordnet_lemmas` (the number of noun,
///    verb, adjective and adverb lemmas), `exceptions`, `conventions`,
///    `minimum_count` and `minimum_share` (``LemmaLearningOptions``) and
///    `sources` (each file's name, SHA-256, sentence and token counts);
/// 3. WordNet's lemmas, for noun, verb, adjective and adverb in turn: a
///    little-endian `UInt32` count, a byte Rice parameter, a `UInt32` byte
///    count, then the sorted fingerprints (``EnglishLexicon``'s) Rice-coded
///    (``RiceCoding``);
/// 4. WordNet's exceptions, then the treebank's conventions: each a
///    `UInt32` count and the entries in (namespace, key) order, each entry
///    five parts: a namespace byte (see ``LemmaData``), the number of bytes
///    its key shares with the key before, the length and bytes of the rest
///    of the key, then the lemma as the number of bytes to drop from the
///    key's end and the length and bytes of what to append (`geese` →
///    `goose`: drop 4, append `oose`).
///
/// Nothing else follows. The file holds no time stamp and every part is in
/// a fixed order, so the same WordNet and treebank give the same bytes.
extension LemmaData {
  /// The format version written and read.
  public static let fileFormatVersion = 1

  private static let magic = "GLOSSLEMMAS"

  /// The longest key or lemma ending an entry can hold, in bytes.
  package static let maximumEntryLength = Int(UInt8.max)

  /// The data as file bytes.
  public func fileBytes() -> [UInt8] {
    let lemmaSets = EnglishLexicon.PartOfSpeech.allCases.map { partOfSpeech in
      wordNetLemmas.words.filter { $0.value & partOfSpeech.property.rawValue != 0 }.keys.sorted()
    }
    var json = JSONWriter()
    json.beginObject()
    json.key("wordnet_lemmas")
    json.beginArray()
    for set in lemmaSets { json.integer(set.count) }
    json.endArray()
    json.key("exceptions")
    json.integer(exceptions.count)
    json.key("conventions")
    json.integer(conventions.count)
    json.key("minimum_count")
    json.integer(options.minimumCount)
    json.key("minimum_share")
    json.double(options.minimumShare)
    json.key("sources")
    json.beginArray()
    for source in sources { source.write(to: &json) }
    json.endArray()
    json.endObject()
    var bytes = ModelFileHeader.bytes(magic: Self.magic, version: Self.fileFormatVersion, metadata: json.takeBytes())
    for set in lemmaSets {
      let (parameter, stream) = RiceCoding.encode(set)
      Self.append(UInt32(set.count), to: &bytes)
      bytes.append(parameter)
      Self.append(UInt32(stream.count), to: &bytes)
      bytes.append(contentsOf: stream)
    }
    for dictionary in [exceptions, conventions] {
      Self.append(UInt32(dictionary.count), to: &bytes)
      var previous: [UInt8] = []
      for entry in dictionary.entries {
        var shared = 0
        while shared < min(previous.count, entry.key.count, Self.maximumEntryLength)
          && previous[shared] == entry.key[shared]
        {
          shared += 1
        }
        let lemma = Array(entry.lemma.utf8)
        var kept = 0
        while kept < min(lemma.count, entry.key.count) && lemma[kept] == entry.key[kept] { kept += 1 }
        bytes.append(entry.namespace)
        bytes.append(UInt8(shared))
        bytes.append(UInt8(entry.key.count - shared))
        bytes.append(contentsOf: entry.key[shared...])
        bytes.append(UInt8(entry.key.count - kept))
        bytes.append(UInt8(lemma.count - kept))
        bytes.append(contentsOf: lemma[kept...])
        previous = entry.key
      }
    }
    return bytes
  }

  /// Writes the data to `path` atomically.
  public func write(toPath path: String) throws(FileSystemError) {
    try AtomicFile.write(fileBytes(), toPath: path)
  }

  /// Reads a lemma data file.
  public init(contentsOfFile path: String) throws(ModelFileError) {
    try self.init(fileBytes: try ModelFileError.contents(ofFile: path, what: "lemma data file"), path: path)
  }

  /// Reads lemma data from file bytes; errors name `path` and the byte
  /// offset where the file stops making sense.
  public init(fileBytes bytes: [UInt8], path: String = "<memory>") throws(ModelFileError) {
    let header = try ModelFileHeader(
      parsing: bytes, path: path, magic: Self.magic, versions: Self.fileFormatVersion...Self.fileFormatVersion,
      what: "lemma data file")
    let meta = header.metadata
    var reader = Reader(bytes: bytes, path: path)
    guard let lemmaCounts = meta["wordnet_lemmas"]?.arrayValue?.compactMap(\.intValue),
      lemmaCounts.count == EnglishLexicon.PartOfSpeech.allCases.count,
      let exceptionCount = meta["exceptions"]?.intValue, let conventionCount = meta["conventions"]?.intValue,
      let minimumCount = meta["minimum_count"]?.intValue, let minimumShare = meta["minimum_share"]?.doubleValue
    else {
      let metadataLine = 2
      throw ModelFileError(
        at: FileLocation(path: path, line: metadataLine),
        message: "the metadata lacks wordnet_lemmas, exceptions, conventions or the thresholds")
    }
    let sources = (meta["sources"]?.arrayValue ?? []).map(TrainingProvenance.Source.init(json:))
    reader.position = header.bodyOffset

    var words: [UInt32: UInt8] = [:]
    words.reserveCapacity(lemmaCounts.reduce(0, +))
    for (partOfSpeech, expected) in zip(EnglishLexicon.PartOfSpeech.allCases, lemmaCounts) {
      let start = reader.position
      let count = try reader.number()
      guard count == expected else {
        throw reader.failure("\(count) \(partOfSpeech) lemmas where the metadata says \(expected)", at: start)
      }
      let parameter = try reader.byte()
      let length = try reader.number()
      let stream = try reader.take(length)
      let fingerprints: [UInt32]
      do {
        fingerprints = try RiceCoding.decode(stream, count: count, parameter: parameter)
      } catch {
        throw reader.failure("bad \(partOfSpeech) lemmas: \(error.message)", at: stream.startIndex + error.offset)
      }
      for fingerprint in fingerprints { words[fingerprint, default: 0] |= partOfSpeech.property.rawValue }
    }
    let exceptions = try reader.dictionary(expected: exceptionCount, what: "exceptions") { namespace in
      Int(namespace) < EnglishLexicon.PartOfSpeech.allCases.count
    }
    let tags = UInt8(UniversalPartOfSpeech.allCases.count)
    let conventions = try reader.dictionary(expected: conventionCount, what: "conventions") { namespace in
      namespace < tags || (namespace >= Self.foldedNamespaceBase && namespace < Self.foldedNamespaceBase + tags)
    }
    guard reader.position == bytes.count else {
      throw reader.failure("\(bytes.count - reader.position) bytes past the end of the data")
    }
    self.init(
      wordNetLemmas: EnglishLexicon(words: words), exceptions: exceptions, conventions: conventions, sources: sources,
      options: LemmaLearningOptions(minimumCount: minimumCount, minimumShare: minimumShare))
  }

  private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  /// Reads a lemma data file's binary parts from the front, knowing where
  /// it is for errors.
  private struct Reader {
    let bytes: [UInt8]
    let path: String
    var position = 0

    init(bytes: [UInt8], path: String) {
      self.bytes = bytes
      self.path = path
    }

    func failure(_ message: String, at offset: Int? = nil) -> ModelFileError {
      ModelFileError(at: FileLocation(path: path, byteOffset: offset ?? position), message: message)
    }

    mutating func take(_ count: Int) throws(ModelFileError) -> ArraySlice<UInt8> {
      guard count <= bytes.count - position else { throw failure("the file ends early (\(count) bytes wanted)") }
      defer { position += count }
      return bytes[position..<(position + count)]
    }

    mutating func byte() throws(ModelFileError) -> UInt8 {
      try take(1).first ?? 0
    }

    /// A little-endian `UInt32`.
    mutating func number() throws(ModelFileError) -> Int {
      var value = 0
      for (offset, byte) in try take(4).enumerated() { value |= Int(byte) << (8 * offset) }
      return value
    }

    /// A dictionary's count and entries (see the format above).
    mutating func dictionary(
      expected: Int, what: String, validNamespace: (UInt8) -> Bool
    ) throws(ModelFileError) -> LemmaDictionary {
      let start = position
      let count = try number()
      guard count == expected else { throw failure("\(count) \(what) where the metadata says \(expected)", at: start) }
      var entries: [LemmaDictionary.Entry] = []
      entries.reserveCapacity(count)
      var previous: [UInt8] = []
      for _ in 0..<count {
        let entryStart = position
        let namespace = try byte()
        guard validNamespace(namespace) else {
          throw failure("\(what): unknown namespace \(namespace)", at: entryStart)
        }
        let shared = Int(try byte())
        guard shared <= previous.count else {
          throw failure("\(what): a key shares more than the key before has", at: entryStart)
        }
        let rest = try take(Int(try byte()))
        let key = Array(previous[..<shared]) + rest
        let drop = Int(try byte())
        guard drop <= key.count else { throw failure("\(what): a lemma drops more than its key has", at: entryStart) }
        let ending = try take(Int(try byte()))
        guard let lemma = String(validating: key[..<(key.count - drop)] + ending, as: UTF8.self) else {
          throw failure("\(what): a lemma is not UTF-8", at: entryStart)
        }
        let entry = LemmaDictionary.Entry(namespace: namespace, key: key, lemma: lemma)
        if let last = entries.last, !last.precedes(entry) {
          throw failure("\(what): entries out of order or repeated", at: entryStart)
        }
        entries.append(entry)
        previous = key
      }
      return LemmaDictionary(entries: entries)
    }
  }
}
