/// The head revision and its cache.
///
/// The head is the largest revision on the last line of any history file.
/// Reading every history file on each command would cost in proportion to
/// the corpus, so `Annotations/.cache/head` keeps the head with a
/// fingerprint of the files it was taken from: each history file's name,
/// size, inode and modification and change times. The cache is trusted only
/// when the history files have exactly that fingerprint now; a file copied
/// in place (which leaves the folder's own time as it was) changes its
/// size or times, so the head is taken again from the files' last lines and
/// a revision number is never used twice.
extension AnnotationStore {
  /// The number of the newest revision (0 when nothing was committed), or
  /// the revision read by a store reading a committed revision.
  public func headRevision() throws(StoreError) -> Int {
    if let readRevision { return readRevision }
    let fingerprint = try historyFingerprint()
    if let cached = readHeadCache(fingerprint: fingerprint) { return cached }
    var head = 0
    for id in try annotatedDocumentIDs() {
      head = max(head, try lastRevision(of: id))
    }
    writeHeadCache(head, fingerprint: fingerprint)
    return head
  }

  /// The revision of the last line of a document's history (0 without one):
  /// read from the start of that line, or by decoding the file when the line
  /// is not written the way Gloss writes it.
  private func lastRevision(of id: String) throws(StoreError) -> Int {
    let file = historyPath(id)
    guard FileSystem.fileExists(atPath: file) else { return 0 }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: file)
    } catch {
      throw .fileSystem(error)
    }
    var end = bytes.count
    while end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    guard end > 0 else { return 0 }
    var start = end
    while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    let prefix = Array(#"{"revision":"#.utf8)
    if bytes[start..<end].starts(with: prefix) {
      var number = 0
      var index = start + prefix.count
      var digits = 0
      while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), digits < 18 {
        number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        index += 1
        digits += 1
      }
      if digits > 0, index < end, bytes[index] == UInt8(ascii: ",") { return number }
    }
    return try history(for: id).last?.revision ?? 0
  }

  /// A digest of every history file's name, size, inode, modification and
  /// change times (FNV-1a, 64 bits).
  func historyFingerprint() throws(StoreError) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
    }
    guard FileSystem.isDirectory(atPath: path) else { return hash }
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: path)
    } catch {
      throw .fileSystem(error)
    }
    for name in names where name.hasSuffix(Self.historySuffix) {
      guard let stamp = FileSystem.stamp(atPath: Path.join(path, name)) else { continue }
      mix("\(name) \(stamp.size) \(stamp.inode) \(stamp.modified) \(stamp.changed)\n")
    }
    return hash
  }

  private func readHeadCache(fingerprint: UInt64) -> Int? {
    guard let bytes = try? FileSystem.readFile(atPath: headCachePath),
      let text = String(validating: bytes, as: UTF8.self)
    else { return nil }
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard parts.count == 2, let head = Int(parts[0]), let recorded = UInt64(parts[1], radix: 16),
      recorded == fingerprint
    else { return nil }
    return head
  }

  func writeHeadCache(_ head: Int, fingerprint: UInt64?) {
    guard let fingerprint else { return }
    try? FileSystem.createDirectory(atPath: cachePath, intermediate: true)
    try? AtomicFile.write(Array("\(head) \(String(fingerprint, radix: 16))\n".utf8), toPath: headCachePath)
  }
}
