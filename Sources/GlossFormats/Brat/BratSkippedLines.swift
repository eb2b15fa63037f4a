import GlossCore

/// The lines of a brat `.ann` file that Gloss cannot carry — relations,
/// events, normalizations, equivalences, notes, and attributes of relations
/// or events — counted so the import can say what it left out.
struct BratSkippedLines {
  /// What a skipped line was.
  enum Kind: CaseIterable {
    case relation, event, normalization, equivalence, note, attribute

    /// The kind of an `R E N * #` line.
    init(_ letter: Character) {
      switch letter {
      case "R": self = .relation
      case "E": self = .event
      case "N": self = .normalization
      case "*": self = .equivalence
      default: self = .note
      }
    }

    /// The kind in words, for `count` of them.
    func noun(_ count: Int) -> String {
      let singular: String
      switch self {
      case .relation: singular = "relation"
      case .event: singular = "event"
      case .normalization: singular = "normalization"
      case .equivalence: singular = "equivalence"
      case .note: singular = "note"
      case .attribute: singular = "attribute of a relation or event"
      }
      guard count != 1 else { return singular }
      return self == .attribute ? "attributes of relations or events" : singular + "s"
    }

    /// Why Gloss cannot carry it.
    var reason: String {
      switch self {
      case .relation: "Gloss has no relations between spans"
      case .event: "Gloss has no events"
      case .normalization: "Gloss has no links to external resources (use a span attribute)"
      case .equivalence: "Gloss has no equivalence sets of spans"
      case .note: "Gloss keeps no notes on spans"
      case .attribute: "it belongs to a relation or event, which were not imported"
      }
    }
  }

  /// How many lines of each kind were skipped.
  private var counts: [Kind: Int] = [:]
  /// The first skipped line: its kind, id and place.
  private var first: (kind: Kind, id: String, location: FileLocation)?
  /// The ids of skipped relations and events, which attribute lines may name.
  private(set) var ids: Set<String> = []

  /// Counts a skipped line.
  mutating func add(_ kind: Kind, id: String, at location: FileLocation) {
    counts[kind, default: 0] += 1
    if kind == .relation || kind == .event { ids.insert(id) }
    if first == nil { first = (kind, id, location) }
  }

  /// One warning for the file, such as `news.ann:7: relation R1 was not
  /// imported: Gloss has no relations between spans (3 relations, 1 event
  /// skipped)`, or `nil` when nothing was skipped.
  var warning: String? {
    guard let first else { return nil }
    let name = first.kind == .equivalence ? "equivalence" : "\(first.kind.noun(1)) \(first.id)"
    let tally = Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.noun($0))" } }
    return
      "\(first.location): \(name) was not imported: \(first.kind.reason) (\(tally.joined(separator: ", ")) skipped)"
  }
}
