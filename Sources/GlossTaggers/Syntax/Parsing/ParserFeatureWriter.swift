/// Collects a parser's hashed features into a buffer: each call to `add`
/// is the next feature template, whose number seeds the hash, so a template
/// is known by its place in the list of calls.
struct ParserFeatureWriter {
  /// Where the buckets go.
  private let buffer: UnsafeMutableBufferPointer<Int32>
  /// The table size as a power of two.
  private let bits: Int
  /// How many features have been written.
  private(set) var count = 0
  /// The number of the next template.
  private var template: UInt64 = 0

  /// A writer into `buffer` for a table of `2^bits` buckets.
  init(_ buffer: UnsafeMutableBufferPointer<Int32>, bits: Int) {
    self.buffer = buffer
    self.bits = bits
  }

  /// The features written so far.
  var written: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }

  /// The hash seed of the next template.
  @inline(__always)
  private mutating func seed() -> UInt64 {
    template &+= 1
    return FeatureHash.mix(0, template)
  }

  @inline(__always)
  private mutating func emit(_ hash: UInt64) {
    buffer[count] = FeatureHash.bucket(ofMixed: hash, bits: bits)
    count &+= 1
  }

  /// A feature of one value.
  @inline(__always)
  mutating func add(_ a: UInt64) {
    emit(FeatureHash.mix(seed(), a))
  }

  /// A feature of two values.
  @inline(__always)
  mutating func add(_ a: UInt64, _ b: UInt64) {
    emit(FeatureHash.mix(FeatureHash.mix(seed(), a), b))
  }

  /// A feature of three values.
  @inline(__always)
  mutating func add(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
    emit(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(seed(), a), b), c))
  }
}
