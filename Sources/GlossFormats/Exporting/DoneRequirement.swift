import GlossCore

/// Which documents an export of training data takes: those whose exported
/// layers are done (fully reviewed), so that unreviewed documents never
/// become training data by accident.
///
/// The exported layers are the filter's (`--layer`, or the format's own:
/// `entity` for CoNLL-2003, `clause` for CoNLL-2001), and each must be done.
/// CoNLL-U and spaCy export every layer when none is named: a document is
/// then taken when some layer of it is done and every layer it has exported
/// spans on is done.
public struct DoneRequirement: Sendable, Hashable {
  /// The layers that must be done, or `nil`: those the document has spans on.
  public var layers: Set<String>?

  /// Creates the requirement for exported `layers` (`nil`: every layer).
  public init(layers: Set<String>?) {
    self.layers = layers
  }

  /// Whether a document with `doneLayers`, exporting `spans`, is taken.
  public func isMet(doneLayers: [String], spans: [Span]) -> Bool {
    if let layers { return layers.allSatisfy(doneLayers.contains) }
    return !doneLayers.isEmpty && spans.allSatisfy { doneLayers.contains($0.layer) }
  }

  /// `entity`, `clause, entity`, or `every layer they have spans on`.
  public var description: String {
    layers.map { $0.sorted().joined(separator: ", ") } ?? "every layer they have spans on"
  }

  /// What a person is told of the documents an export left out, or `nil`
  /// when it left none out: `exported 5 documents done for entity; left
  /// out 3 not done: a, b, c — use --all-documents`.
  public func note(exported: Int, leftOut: [String]) -> String? {
    guard !leftOut.isEmpty else { return nil }
    let shown =
      leftOut.prefix(10).joined(separator: ", ") + (leftOut.count > 10 ? ", … (\(leftOut.count - 10) more)" : "")
    return "exported \(exported) document\(exported == 1 ? "" : "s") done for \(description); "
      + "left out \(leftOut.count) not done: \(shown) — use --all-documents to export them too"
  }
}
