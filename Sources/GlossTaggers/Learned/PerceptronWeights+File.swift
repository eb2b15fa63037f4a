import GlossCore

/// The weights section of Gloss's model files (``SequenceModel`` format 4,
/// ``DependencyParser``): a table of one-byte codes, a dictionary of
/// frequent label sets, which rows are present, then each row's label set
/// and codes.
extension PerceptronWeights {
  /// The label-set index that says the set's mask follows.
  private static let writtenOutLabelSet: UInt8 = 0xFF

  /// Writes the weights of format 4: the code table, the dictionary of
  /// frequent label sets, which rows are present, then each row's label set
  /// and codes (see the type's documentation).
  package static func appendWeights(_ weights: PerceptronWeights, to file: inout ByteWriter) {
    let width = weights.labelCount
    let maskBytes = (width + 7) / 8
    var rows: [Int] = []
    var masks: [[UInt8]] = []
    var distinct = Set<UInt16>()
    var setCounts: [[UInt8]: Int] = [:]
    weights.bits.withUnsafeBufferPointer { w in
      for row in 0..<weights.bucketCount {
        var mask = [UInt8](repeating: 0, count: maskBytes)
        var any = false
        for label in 0..<width where w[row * width + label] & 0x7FFF != 0 {
          mask[label >> 3] |= 1 << UInt8(label & 7)
          distinct.insert(w[row * width + label])
          any = true
        }
        guard any else { continue }
        rows.append(row)
        masks.append(mask)
        setCounts[mask, default: 0] += 1
      }
    }
    // Codes: one byte into a table when the weights take at most 256
    // values (quantized training), else the bfloat16 itself.
    let table = distinct.count <= 256 ? distinct.sorted() : []
    file.appendLittleEndian(UInt16(table.count))
    for value in table { file.appendLittleEndian(value) }
    let code = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1, UInt8($0)) })
    // The 255 most frequent label sets get a one-byte index (255: a set
    // written out).
    let dictionary = setCounts.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key)
    }
    .prefix(255).map(\.key)
    let setIndex = Dictionary(uniqueKeysWithValues: dictionary.enumerated().map { ($1, UInt8($0)) })
    file.appendLittleEndian(UInt16(dictionary.count))
    for mask in dictionary { file.append(contentsOf: mask) }
    // Present rows: a bitmap of the buckets, or LEB128 deltas when smaller.
    file.appendLittleEndian(UInt32(rows.count))
    var deltaBytes = 0
    var last = -1
    for row in rows {
      deltaBytes += ByteWriter.leb128Count(of: UInt64(row - last))
      last = row
    }
    let bitmap = deltaBytes > weights.bucketCount / 8
    file.append(bitmap ? 1 : 0)
    if bitmap {
      var map = [UInt8](repeating: 0, count: weights.bucketCount / 8)
      for row in rows { map[row >> 3] |= 1 << UInt8(row & 7) }
      file.append(contentsOf: map)
    }
    last = -1
    weights.bits.withUnsafeBufferPointer { w in
      for (row, mask) in zip(rows, masks) {
        if !bitmap { file.appendLEB128(UInt64(row - last)) }
        last = row
        if let index = setIndex[mask] {
          file.append(index)
        } else {
          file.append(Self.writtenOutLabelSet)
          file.append(contentsOf: mask)
        }
        for label in 0..<width where mask[label >> 3] & (1 << UInt8(label & 7)) != 0 {
          let half = w[row * width + label]
          if table.isEmpty { file.appendLittleEndian(half) } else { file.append(code[half]!) }
        }
      }
    }
  }

  /// Reads the weights of format 4 (see ``appendWeights(_:to:)``); bytes
  /// it cannot read throw ``ByteReadError``.
  package static func readWeights(
    into values: inout [UInt16], width: Int, buckets: Int, reader: inout ByteReader,
    fail: (String) -> ModelFileError
  ) throws {
    let maskBytes = (width + 7) / 8
    let tableCount = Int(try reader.readLittleEndian(UInt16.self))
    guard tableCount <= 256 else { throw fail("bad code table size \(tableCount)") }
    var table: [UInt16] = []
    for _ in 0..<tableCount { table.append(try reader.readLittleEndian(UInt16.self)) }
    let dictionaryCount = Int(try reader.readLittleEndian(UInt16.self))
    guard dictionaryCount <= 255 else { throw fail("bad label-set dictionary size \(dictionaryCount)") }
    var dictionary: [ArraySlice<UInt8>] = []
    for _ in 0..<dictionaryCount { dictionary.append(try reader.readBytes(maskBytes)) }
    let rowCount = Int(try reader.readLittleEndian(UInt32.self))
    guard rowCount <= buckets else { throw fail("more rows than buckets") }
    let bitmap = try reader.readByte()
    guard bitmap <= 1 else { throw fail("bad row index mode \(bitmap)") }
    var present: [Int] = []
    if bitmap == 1 {
      let map = try reader.readBytes(buckets / 8)
      present.reserveCapacity(rowCount)
      for (index, byte) in map.enumerated() where byte != 0 {
        for bit in 0..<8 where byte & (1 << UInt8(bit)) != 0 { present.append(index * 8 + bit) }
      }
      guard present.count == rowCount else { throw fail("row bitmap disagrees with the row count") }
    }
    var row = -1
    for k in 0..<rowCount {
      if bitmap == 1 {
        row = present[k]
      } else {
        let delta = try reader.readLEB128()
        guard delta > 0, delta < UInt64(buckets - row) else { throw fail("bad row delta at byte \(reader.offset)") }
        row += Int(delta)
      }
      let index = try reader.readByte()
      let mask: ArraySlice<UInt8>
      if index == Self.writtenOutLabelSet {
        mask = try reader.readBytes(maskBytes)
      } else {
        guard Int(index) < dictionary.count else { throw fail("bad label set \(index) at byte \(reader.offset)") }
        mask = dictionary[Int(index)]
      }
      for (offset, byte) in mask.enumerated() where byte != 0 {
        for bit in 0..<8 where byte & (1 << UInt8(bit)) != 0 {
          let label = offset * 8 + bit
          guard label < width else { throw fail("label \(label) out of range at byte \(reader.offset)") }
          if table.isEmpty {
            values[row * width + label] = try reader.readLittleEndian(UInt16.self)
          } else {
            let code = Int(try reader.readByte())
            guard code < table.count else { throw fail("bad weight code at byte \(reader.offset)") }
            values[row * width + label] = table[code]
          }
        }
      }
    }
  }
}
