import GlossCore

/// Counts of a query's matches grouped by a property: `count QUERY by …`.
public struct FrequencyTable: Sendable {
  /// What matches are grouped by.
  public enum Grouping: Sendable, Hashable {
    /// The span's `layer:LABEL` (token matches: `-`).
    case label
    /// The matched text.
    case text
    /// The matched text in lower case.
    case lowercase
    /// The document.
    case doc
    /// A span attribute (`value`), or a status, annotator…
    case attribute(String)
    /// The lemmas of the match's tokens (`-` where not known).
    case lemma
    /// The parts of speech of the match's tokens.
    case partOfSpeech
    /// The dependency relations of the match's tokens.
    case relation
  }

  /// One row: a value, how often it occurs, and that as a share of all matches.
  public struct Row: Sendable, Hashable {
    /// The grouped value.
    public var value: String
    /// How many matches have it.
    public var count: Int
    /// `count` divided by the number of matches.
    public var share: Double
    /// Per document: how many of them are in each (document id → count), in corpus order.
    public var perDocument: [(String, Int)]

    /// Rows are equal when value, count, share and breakdown are.
    public static func == (lhs: Row, rhs: Row) -> Bool {
      lhs.value == rhs.value && lhs.count == rhs.count && lhs.share == rhs.share
        && lhs.perDocument.map(\.0) == rhs.perDocument.map(\.0) && lhs.perDocument.map(\.1) == rhs.perDocument.map(\.1)
    }

    /// Hashes the value and count.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(value)
      hasher.combine(count)
    }
  }

  /// The rows, most frequent first (ties by value).
  public var rows: [Row]
  /// The number of matches counted.
  public var total: Int

  /// The distinct values.
  public var distinctValues: Int { rows.count }

  /// Groups `matches` by `grouping`.
  public init(matches: [QueryMatch], grouping: Grouping, engine: QueryEngine) {
    var counts: [String: Int] = [:]
    var perDocument: [String: [Int32: Int]] = [:]
    for match in matches {
      let value: String
      switch grouping {
      case .label:
        value = engine.span(of: match).map { "\($0.layer):\($0.label)" } ?? "-"
      case .text:
        value = Concordance.flatten(engine.text(of: match))
      case .lowercase:
        value = Concordance.flatten(engine.text(of: match)).lowercased()
      case .doc:
        value = engine.document(of: match).id
      case .lemma, .partOfSpeech, .relation:
        value = Self.syntaxValue(grouping, of: match, engine: engine)
      case .attribute(let name):
        if let span = engine.span(of: match) {
          switch name {
          case "status": value = span.status.rawValue
          case "annotator": value = span.annotator
          case "layer": value = span.layer
          default: value = span.attributes[name] ?? "-"
          }
        } else {
          value = "-"
        }
      }
      counts[value, default: 0] += 1
      perDocument[value, default: [:]][match.document, default: 0] += 1
    }
    total = matches.count
    let total = matches.count
    rows = counts.map { value, count in
      Row(
        value: value, count: count, share: total == 0 ? 0 : Double(count) / Double(total),
        perDocument: perDocument[value]!.sorted { $0.key < $1.key }.map {
          (engine.corpus.documents[Int($0.key)].id, $0.value)
        })
    }
    rows.sort { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
  }

  /// The lemmas, parts of speech or relations of a match's tokens, joined by spaces.
  private static func syntaxValue(_ grouping: Grouping, of match: QueryMatch, engine: QueryEngine) -> String {
    let syntax = engine.index.syntax
    let values = engine.tokens(of: match).map { token -> String in
      switch grouping {
      case .lemma: return syntax.lemma(of: token) ?? "-"
      case .partOfSpeech: return syntax.tag(of: token) ?? "-"
      default: return syntax.relation(of: token) ?? "-"
      }
    }
    return values.isEmpty ? "-" : values.joined(separator: " ")
  }
}
