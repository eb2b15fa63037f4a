/// Which occurrence of a named weekday or month an expression means,
/// seen from the document creation time (dct).
package enum Occurrence: Sendable, Hashable {
  /// The last one before the dct (`last Tuesday`, `last June`).
  case previous
  /// The first one after the dct (`next Tuesday`, `next June`).
  case following
  /// The one in the dct's week or year (`this Tuesday`, `this June`).
  case current
  /// The one nearest the dct (`June`); for a weekday, the last one unless
  /// the meaning says it lies in the future (`Tuesday`, `will … Tuesday`).
  case nearest
}
