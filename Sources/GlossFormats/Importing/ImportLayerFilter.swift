/// `import … --layer L`: only the spans of the named layers are imported;
/// the others are left out before anything is checked, so a file whose other
/// layers this corpus cannot take (a time span without its value) still
/// gives its entities.
public struct ImportLayerFilter: Sendable, Hashable {
  /// The layers kept; empty keeps every layer.
  public var layers: Set<String>

  /// A filter keeping `layers` (every layer when empty).
  public init(layers: Set<String>) {
    self.layers = layers
  }

  /// The documents with only the kept layers' spans, and how many spans of
  /// each other layer were left out.
  public func apply(to documents: [ImportedDocument]) -> (
    documents: [ImportedDocument], leftOut: [String: Int]
  ) {
    guard !layers.isEmpty else { return (documents, [:]) }
    var leftOut: [String: Int] = [:]
    let kept = documents.map { document in
      var copy = document
      copy.spans = document.spans.filter { span in
        if layers.contains(span.layer) { return true }
        leftOut[span.layer, default: 0] += 1
        return false
      }
      return copy
    }
    return (kept, leftOut)
  }

  /// `left out 12 spans of other layers (time 12)`, or `nil` when none were.
  public static func note(_ leftOut: [String: Int]) -> String? {
    let total = leftOut.values.reduce(0, +)
    guard total > 0 else { return nil }
    let parts = leftOut.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    return "left out \(total) span\(total == 1 ? "" : "s") of other layers (\(parts))"
  }
}
