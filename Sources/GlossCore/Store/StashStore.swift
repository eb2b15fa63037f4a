/// The saved stash entries of a store, one file each in
/// `Annotations/.stash/N.jsonl` (git-ignored, like the lock and the cache,
/// but never deleted except by `stash drop` or a complete `stash apply`:
/// work is never left only in a cache).
///
/// A file's first line describes the entry (`stash`, `annotator`, `time`,
/// `message`, `kept_at_quit`); each further line holds one document's
/// `document`, `base_revision` and `changes` (as in history files).
public struct StashStore: Sendable {
  /// The folder of the entries.
  public let folder: String

  /// The stash of `store`.
  public init(store: AnnotationStore) {
    folder = Path.join(store.path, ".stash")
  }

  /// Every entry, oldest first.
  ///
  /// - Throws: ``StoreError`` for an entry that cannot be read, naming its file and line.
  public func entries() throws(StoreError) -> [StashEntry] {
    guard FileSystem.fileExists(atPath: folder) else { return [] }
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: folder)
    } catch {
      throw .fileSystem(error)
    }
    let numbers = names.compactMap { name -> Int? in
      guard name.hasSuffix(".jsonl") else { return nil }
      return Int(name.dropLast(".jsonl".count))
    }
    var result: [StashEntry] = []
    for number in numbers.sorted() { result.append(try entry(number)) }
    return result
  }

  /// Entry `number`.
  public func entry(_ number: Int) throws(StoreError) -> StashEntry {
    let path = self.path(of: number)
    guard FileSystem.fileExists(atPath: path) else { throw .noSuchStash(number) }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    return try Self.decode(bytes, number: number, path: path)
  }

  /// Saves `entry` under a new number (its own is ignored) and returns the number.
  @discardableResult
  public func save(_ entry: StashEntry) throws(StoreError) -> Int {
    let number = (try entries().map(\.number).max() ?? 0) + 1
    var numbered = entry
    numbered.number = number
    try write(numbered)
    return number
  }

  /// Writes `entry` over the file of its number.
  public func write(_ entry: StashEntry) throws(StoreError) {
    do {
      try FileSystem.createDirectory(atPath: folder, intermediate: true)
      try AtomicFile.write(Self.encode(entry), toPath: path(of: entry.number))
    } catch {
      throw .fileSystem(error)
    }
  }

  /// Deletes entry `number`.
  public func drop(_ number: Int) throws(StoreError) {
    let path = self.path(of: number)
    guard FileSystem.fileExists(atPath: path) else { throw .noSuchStash(number) }
    do {
      try FileSystem.removeItem(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
  }

  func path(of number: Int) -> String {
    Path.join(folder, "\(number).jsonl")
  }

  static func encode(_ entry: StashEntry) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("stash")
    writer.integer(entry.number)
    writer.key("annotator")
    writer.string(entry.annotator)
    writer.key("time")
    writer.string(entry.time)
    writer.key("message")
    writer.string(entry.message)
    writer.key("kept_at_quit")
    writer.bool(entry.isKeptAtQuit)
    writer.endObject()
    var bytes = writer.takeBytes() + [UInt8(ascii: "\n")]
    for document in entry.documents {
      writer.beginObject()
      writer.key("document")
      writer.string(document.documentID)
      writer.key("base_revision")
      writer.integer(document.baseRevision)
      writer.key("changes")
      writer.beginArray()
      for change in document.changes { change.write(to: &writer, text: nil) }
      writer.endArray()
      writer.endObject()
      bytes += writer.takeBytes() + [UInt8(ascii: "\n")]
    }
    return bytes
  }

  static func decode(_ bytes: [UInt8], number: Int, path: String) throws(StoreError) -> StashEntry {
    let lines = try StoreFileLines.parse(bytes, path: path)
    guard let (firstLine, header) = lines.first, let annotator = header["annotator"]?.stringValue,
      let time = header["time"]?.stringValue, let message = header["message"]?.stringValue
    else {
      throw .corruptFile(
        FileLocation(path: path, line: 1), message: "expected a stash header: annotator, time, message")
    }
    _ = firstLine
    var documents: [StashEntry.DocumentChanges] = []
    for (line, value) in lines.dropFirst() {
      guard let id = value["document"]?.stringValue, let revision = value["base_revision"]?.intValue,
        let changeValues = value["changes"]?.arrayValue
      else {
        throw .corruptFile(
          FileLocation(path: path, line: line), message: "expected document, base_revision and changes")
      }
      var changes: [SpanChange] = []
      for changeValue in changeValues {
        do throws(SpanDecodingError) {
          changes.append(try SpanChange(json: changeValue))
        } catch {
          throw .corruptFile(FileLocation(path: path, line: line), message: error.message)
        }
      }
      documents.append(StashEntry.DocumentChanges(documentID: id, baseRevision: revision, changes: changes))
    }
    return StashEntry(
      number: number, annotator: annotator, time: time, message: message,
      isKeptAtQuit: header["kept_at_quit"]?.boolValue ?? false, documents: documents)
  }
}
