/// A small read-only hash table from packed word keys
/// (``Abbreviations/key(_:_:)``) to a byte, for the tokenizer's word lists.
///
/// `Set<UInt64>` and `Dictionary` hash with SipHash, which costs more than
/// the rest of a lookup; these keys are fixed at startup and never chosen by
/// an adversary, so one multiplication (Fibonacci hashing) and linear
/// probing in a table at most a quarter full do. Key 0 (the key of no
/// word) marks an empty slot and is never found.
///
/// The slots live in memory allocated once and never freed: the tables are
/// static for the life of the program, and raw pointers spare every lookup
/// the reference counting of an array.
struct KeyTable: @unchecked Sendable {
  private let keys: UnsafePointer<UInt64>
  private let values: UnsafePointer<UInt8>
  private let shift: UInt64
  private let mask: Int

  /// A table holding `entries`.
  init(_ entries: [(UInt64, UInt8)]) {
    var bits = 4
    while (1 << bits) < entries.count * 4 { bits += 1 }
    let size = 1 << bits
    var keys = [UInt64](repeating: 0, count: size)
    var values = [UInt8](repeating: 0, count: size)
    let shift = UInt64(64 - bits)
    for (key, value) in entries where key != 0 {
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    let keyStorage = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
    keyStorage.initialize(from: keys, count: size)
    let valueStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    valueStorage.initialize(from: values, count: size)
    self.keys = UnsafePointer(keyStorage)
    self.values = UnsafePointer(valueStorage)
    self.shift = shift
    self.mask = size - 1
  }

  /// A set of `keys`.
  init(_ keys: [UInt64]) {
    self.init(keys.map { ($0, 1) })
  }

  /// The value stored for `key`, or `nil`.
  @inline(__always)
  func value(_ key: UInt64) -> UInt8? {
    guard key != 0 else { return nil }
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `key` is in the table.
  @inline(__always)
  func contains(_ key: UInt64) -> Bool { value(key) != nil }
}
