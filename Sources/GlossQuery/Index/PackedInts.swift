import GlossCore

/// Unsigned integers in one flat buffer of the smallest width (1, 2 or 4
/// bytes) that holds the largest of them; appending a larger value widens
/// the buffer once.
public struct PackedInts: Sendable {
  enum Storage: Sendable {
    case u8([UInt8])
    case u16([UInt16])
    case u32([UInt32])
  }

  private(set) var storage: Storage = .u8([])

  /// An empty column.
  public init() {}

  /// A column holding `values`, in the smallest width that fits them all.
  public init<S: Sequence>(_ values: S) where S.Element: BinaryInteger {
    let array = values.map { UInt32($0) }
    let largest = array.max() ?? 0
    if largest <= UInt32(UInt8.max) {
      storage = .u8(array.map { UInt8($0) })
    } else if largest <= UInt32(UInt16.max) {
      storage = .u16(array.map { UInt16($0) })
    } else {
      storage = .u32(array)
    }
  }

  init(storage: Storage) {
    self.storage = storage
  }

  /// The number of values.
  public var count: Int {
    switch storage {
    case .u8(let values): values.count
    case .u16(let values): values.count
    case .u32(let values): values.count
    }
  }

  /// The bytes per value.
  public var width: Int {
    switch storage {
    case .u8: 1
    case .u16: 2
    case .u32: 4
    }
  }

  /// The value at `index`.
  @inline(__always)
  public subscript(index: Int) -> UInt32 {
    switch storage {
    case .u8(let values): UInt32(values[index])
    case .u16(let values): UInt32(values[index])
    case .u32(let values): values[index]
    }
  }

  /// Appends `value`, widening the column when it does not fit.
  public mutating func append(_ value: UInt32) {
    switch storage {
    case .u8(var values) where value <= UInt32(UInt8.max):
      storage = .u8([])
      values.append(UInt8(value))
      storage = .u8(values)
    case .u16(var values) where value <= UInt32(UInt16.max):
      storage = .u16([])
      values.append(UInt16(value))
      storage = .u16(values)
    case .u32(var values):
      storage = .u32([])
      values.append(value)
      storage = .u32(values)
    default:
      var values = (0..<count).map { self[$0] }
      values.append(value)
      self = PackedInts(values)
    }
  }

  /// The bytes the values occupy, with the buffer's header.
  public var memoryFootprint: Int { count * width + 32 }
}

/// Offsets (scalar positions) in blocks of 128: each block keeps its
/// smallest value and every value as a 16-bit distance from it; the rare
/// block whose values spread further than 65,535 keeps them at full width.
public struct OffsetColumn: Sendable {
  static let shift = 7
  static let blockSize = 1 << shift

  /// Per block: its base (≥ 0), or `~n` for the n-th wide block.
  private(set) var bases: [Int32] = []
  /// Each value minus its block's base (0 in wide blocks).
  private(set) var deltas: [UInt16] = []
  /// The values of wide blocks, 128 per block.
  private(set) var wide: [Int32] = []

  /// An empty column.
  public init() {}

  /// The column of `values` (all ≥ 0).
  public init(_ values: [Int32]) {
    deltas = [UInt16](repeating: 0, count: values.count)
    var blockStart = 0
    while blockStart < values.count {
      let blockEnd = min(blockStart + Self.blockSize, values.count)
      let block = values[blockStart..<blockEnd]
      let low = block.min()!
      if Int(block.max()!) - Int(low) <= Int(UInt16.max) {
        bases.append(low)
        for position in blockStart..<blockEnd { deltas[position] = UInt16(values[position] - low) }
      } else {
        bases.append(~Int32(wide.count >> Self.shift))
        wide.append(contentsOf: block)
        wide.append(contentsOf: repeatElement(0, count: Self.blockSize - block.count))
      }
      blockStart = blockEnd
    }
  }

  init(bases: [Int32], deltas: [UInt16], wide: [Int32]) {
    self.bases = bases
    self.deltas = deltas
    self.wide = wide
  }

  /// The number of values.
  public var count: Int { deltas.count }

  /// The value at `index`.
  @inline(__always)
  public subscript(index: Int) -> Int32 {
    let base = bases[index >> Self.shift]
    if base >= 0 { return base &+ Int32(deltas[index]) }
    return wide[Int(~base) << Self.shift | (index & (Self.blockSize - 1))]
  }

  /// Whether the stored parts are consistent (after reading the cache).
  var isValid: Bool {
    bases.count == (deltas.count + Self.blockSize - 1) >> Self.shift
      && bases.allSatisfy { $0 >= 0 || Int(~$0) < wide.count >> Self.shift } && wide.count % Self.blockSize == 0
  }

  /// The bytes the column occupies.
  public var memoryFootprint: Int { bases.count * 4 + deltas.count * 2 + wide.count * 4 + 96 }
}

/// Token positions grouped by word, each word's list delta-coded as
/// variable-length integers (7 bits a byte), so a frequent word's positions
/// take about a byte each.
public struct Postings: Sendable {
  /// Where each word's bytes start (one more entry than words).
  private(set) var byteStarts: [UInt32] = [0]
  /// Each word's number of positions.
  private(set) var counts: [UInt32] = []
  /// The coded positions.
  private(set) var bytes: [UInt8] = []

  /// No postings.
  public init() {}

  init(byteStarts: [UInt32], counts: [UInt32], bytes: [UInt8]) {
    self.byteStarts = byteStarts
    self.counts = counts
    self.bytes = bytes
  }

  /// The postings of `words` (a word id per token), for `wordCount` words.
  init(words: PackedInts, wordCount: Int) {
    let tokenCount = words.count
    var counts = [UInt32](repeating: 0, count: wordCount)
    for token in 0..<tokenCount { counts[Int(words[token])] += 1 }
    var starts = [Int](repeating: 0, count: wordCount + 1)
    for word in 0..<wordCount { starts[word + 1] = starts[word] + Int(counts[word]) }
    var grouped = [Int32](repeating: 0, count: tokenCount)
    var fill = starts
    for token in 0..<tokenCount {
      let word = Int(words[token])
      grouped[fill[word]] = Int32(token)
      fill[word] += 1
    }
    var writer = ByteWriter()
    writer.reserveCapacity(tokenCount + tokenCount / 2)
    var byteStarts: [UInt32] = [0]
    byteStarts.reserveCapacity(wordCount + 1)
    for word in 0..<wordCount {
      var previous: Int32 = -1
      for position in grouped[starts[word]..<starts[word + 1]] {
        writer.appendLEB128(UInt64(position - previous))
        previous = position
      }
      byteStarts.append(UInt32(writer.count))
    }
    self.init(byteStarts: byteStarts, counts: counts, bytes: writer.bytes)
  }

  /// The number of positions of word `id`.
  public func count(ofWord id: UInt32) -> Int { Int(counts[Int(id)]) }

  /// The positions of word `id`, ascending.
  public func positions(ofWord id: UInt32) -> [Int32] {
    let word = Int(id)
    let count = Int(counts[word])
    var reader = ByteReader(bytes, from: Int(byteStarts[word]), to: Int(byteStarts[word + 1]))
    return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
      var previous: Int32 = -1
      for index in 0..<count {
        // A damaged list (from a damaged cache) reads as gaps of zero.
        let delta = (try? reader.readLEB128()) ?? 0
        previous += Int32(truncatingIfNeeded: delta)
        buffer[index] = previous
      }
      initialized = count
    }
  }

  /// Whether the stored parts are consistent (after reading the cache).
  var isValid: Bool {
    byteStarts.count == counts.count + 1 && byteStarts.first == 0 && byteStarts.last.map(Int.init) == bytes.count
      && zip(byteStarts, byteStarts.dropFirst()).allSatisfy { $0 <= $1 }
  }

  /// The bytes the postings occupy.
  public var memoryFootprint: Int { byteStarts.count * 4 + counts.count * 4 + bytes.count + 96 }
}
