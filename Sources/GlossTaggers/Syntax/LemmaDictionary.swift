import GlossCore

/// A map from a word, in a numbered namespace, to its lemma, looked up in
/// place in a UTF-8 buffer: WordNet's exception lists (one namespace per
/// part of speech) and the treebank's conventions (one per tag and case
/// rule) are both held as one.
///
/// The entries are kept in (namespace, key) order, which is also the order
/// they are written to a file in. Lookups hash the word's bytes where they
/// are (FNV-1a, ASCII letters folded on request) into an open-addressed
/// table of entry numbers and compare the bytes of the entry found, so no
/// string is built and a hash collision cannot give a wrong lemma.
package struct LemmaDictionary: Sendable {
  /// One word and its lemma.
  package struct Entry: Sendable, Hashable {
    /// The namespace: what kind of key this is (a part of speech, a tag).
    package var namespace: UInt8
    /// The word, as UTF-8 bytes.
    package var key: [UInt8]
    /// Its lemma.
    package var lemma: String

    /// Creates an entry.
    package init(namespace: UInt8, key: [UInt8], lemma: String) {
      self.namespace = namespace
      self.key = key
      self.lemma = lemma
    }

    /// Whether `self` sorts before `other`: by namespace, then by key bytes.
    package func precedes(_ other: Entry) -> Bool {
      namespace != other.namespace ? namespace < other.namespace : key.lexicographicallyPrecedes(other.key)
    }
  }

  /// The entries in (namespace, key) order.
  package private(set) var entries: [Entry]
  /// Every key's bytes, one after the other.
  private var keyBytes: [UInt8] = []
  /// Where each entry's key starts in ``keyBytes``; one more than there
  /// are entries, the last being the end.
  private var keyStarts: [Int] = [0]
  /// Each entry's hash.
  private var hashes: [UInt64] = []
  /// The open-addressed table: an entry number, or ``emptySlot``.
  private var slots: [Int32] = []

  private static let emptySlot: Int32 = -1
  /// Slots per entry, at least: a table at most half full keeps probes short.
  private static let slotsPerEntry = 2

  /// A dictionary of `entries`, sorted into (namespace, key) order; of two
  /// entries with the same namespace and key, the first given is kept.
  package init(entries: [Entry]) {
    var sorted: [Entry] = []
    sorted.reserveCapacity(entries.count)
    for entry in entries.enumerated().sorted(by: {
      $0.element.precedes($1.element) || (!$1.element.precedes($0.element) && $0.offset < $1.offset)
    }) {
      if let last = sorted.last, last.namespace == entry.element.namespace, last.key == entry.element.key { continue }
      sorted.append(entry.element)
    }
    self.entries = sorted
    var capacity = 1
    while capacity < max(1, sorted.count * Self.slotsPerEntry) { capacity <<= 1 }
    slots = [Int32](repeating: Self.emptySlot, count: capacity)
    hashes.reserveCapacity(sorted.count)
    for (number, entry) in sorted.enumerated() {
      keyBytes.append(contentsOf: entry.key)
      keyStarts.append(keyBytes.count)
      let hash = entry.key.withUnsafeBufferPointer { Self.hash(entry.namespace, $0, 0..<$0.count, folding: false) }
      hashes.append(hash)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[slot] != Self.emptySlot { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(number)
    }
  }

  /// An empty dictionary.
  package init() {
    self.init(entries: [])
  }

  /// The number of entries.
  package var count: Int { entries.count }

  /// The lemma of `bytes[range]` in `namespace`, with ASCII capitals read
  /// as lower case when `folding` is set (the keys of such a namespace are
  /// stored folded).
  @inline(__always)
  package func lemma(
    in namespace: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool
  ) -> String? {
    guard !entries.isEmpty else { return nil }
    let hash = Self.hash(namespace, bytes, range, folding: folding)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let number = Int(slots[slot])
      if number < 0 { return nil }
      if hashes[number] == hash && entries[number].namespace == namespace
        && keyMatches(number, bytes, range, folding: folding)
      {
        return entries[number].lemma
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func keyMatches(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool)
    -> Bool
  {
    let start = keyStarts[number]
    guard keyStarts[number + 1] - start == range.count else { return false }
    for (offset, index) in range.enumerated() {
      let byte = folding ? ASCIIByte.lowercased(bytes[index]) : bytes[index]
      if keyBytes[start + offset] != byte { return false }
    }
    return true
  }

  /// The template number of FNV hashes of namespace `namespace`, kept apart
  /// from the feature templates of ``FeatureHash``'s other users.
  private static let hashTemplateBase: UInt8 = 0xA0

  @inline(__always)
  private static func hash(_ namespace: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool)
    -> UInt64
  {
    var hash = FeatureHash(template: hashTemplateBase)
    hash.add(namespace)
    hash.add(bytes, range, fold: folding)
    // Mix the high bits into the low ones, which pick the slot.
    return hash.value ^ (hash.value >> 29)
  }
}

extension LemmaDictionary: Hashable {
  /// Two dictionaries are equal when they hold the same entries.
  package static func == (lhs: LemmaDictionary, rhs: LemmaDictionary) -> Bool { lhs.entries == rhs.entries }

  /// Hashes the entries.
  package func hash(into hasher: inout Hasher) { hasher.combine(entries) }
}
