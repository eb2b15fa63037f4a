/// spaCy's string IDs, as its `StringStore` gives them: a reserved symbol's
/// position in ``SpaCySymbols`` (`PERSON` is 380, the empty string 0), any
/// other string its 64-bit MurmurHash (``MurmurHash64A``, seed 1) of UTF-8.
package enum SpaCyStrings {
  /// The seed of spaCy's `hash_string`.
  private static let seed: UInt64 = 1

  /// The ID of `string`.
  package static func id(_ string: String) -> UInt64 {
    SpaCySymbols.ids[string] ?? MurmurHash64A.hash(Array(string.utf8), seed: seed)
  }
}
