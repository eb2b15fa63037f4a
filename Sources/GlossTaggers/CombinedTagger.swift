import GlossCore

/// Several taggers run as one, their suggestions merged.
///
/// **Overlap rule.** Taggers are in priority order (first is highest). A
/// suggestion is dropped when it overlaps, on the same layer, a suggestion of
/// a higher-priority tagger; suggestions of one tagger never remove each
/// other (a tagger may nest its own spans, as clauses do). So a learned model
/// placed before a rule tagger of the same layer wins where both speak, and
/// the rules fill in where it is silent.
///
/// **Names hold no times.** A `time` suggestion inside an `entity`
/// suggestion is dropped: a year in a law's title or an event's name
/// (`Information Technology Act, 2000`, `CES 2026`) is part of the name.
///
/// Each kept suggestion remembers which tagger made it, so a tagging run
/// records the right annotator on every span (``attributedSuggestions(in:)``).
public struct CombinedTagger: Tagger {
  /// The taggers, highest priority first.
  public let taggers: [any Tagger]

  /// Combines `taggers`, highest priority first.
  public init(_ taggers: [any Tagger]) {
    self.taggers = taggers
  }

  /// The members' names joined with `+`.
  public var name: String { taggers.map(\.name).joined(separator: "+") }

  /// Every member's layers, each once, in order.
  public var layers: [String] {
    var seen: Set<String> = []
    return taggers.flatMap(\.layers).filter { seen.insert($0).inserted }
  }

  /// The layer of names, which hold no time expressions of their own.
  static let nameLayer = "entity"
  /// The layer of time expressions.
  static let timeLayer = "time"

  /// The merged suggestions.
  public func suggestions(in context: TaggingContext) -> [SpanSuggestion] {
    attributedSuggestions(in: context).map(\.suggestion)
  }

  /// The merged suggestions, each with the name of the tagger that made it,
  /// in text order.
  public func attributedSuggestions(in context: TaggingContext) -> [(tagger: String, suggestion: SpanSuggestion)] {
    var kept: [(tagger: String, suggestion: SpanSuggestion)] = []
    // Ranges already claimed per layer by higher-priority taggers.
    var claimed: [String: [Range<Int>]] = [:]
    for tagger in taggers {
      let made = tagger.suggestions(in: context)
      var mine: [String: [Range<Int>]] = [:]
      for suggestion in made {
        if let ranges = claimed[suggestion.layer], ranges.contains(where: { $0.overlaps(suggestion.range) }) {
          continue
        }
        kept.append((tagger.name, suggestion))
        mine[suggestion.layer, default: []].append(suggestion.range)
      }
      for (layer, ranges) in mine { claimed[layer, default: []] += ranges }
    }
    let names = RangeCover(kept.filter { $0.suggestion.layer == Self.nameLayer }.map(\.suggestion.range))
    if !names.isEmpty {
      kept.removeAll { $0.suggestion.layer == Self.timeLayer && names.covers($0.suggestion.range) }
    }
    return kept.sorted {
      ($0.suggestion.range.lowerBound, $1.suggestion.range.upperBound) < (
        $1.suggestion.range.lowerBound, $0.suggestion.range.upperBound
      )
    }
  }
}

/// Ranges asked whether one of them covers a given range, in logarithmic
/// time: sorted by start, with the furthest end reached so far.
struct RangeCover {
  private let starts: [Int]
  private let furthestEnds: [Int]

  /// The cover of `ranges`.
  init(_ ranges: [Range<Int>]) {
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    starts = sorted.map(\.lowerBound)
    var furthest = Int.min
    furthestEnds = sorted.map { range in
      furthest = max(furthest, range.upperBound)
      return furthest
    }
  }

  /// Whether there are no ranges.
  var isEmpty: Bool { starts.isEmpty }

  /// Whether one range starts at or before `range` and ends at or after it.
  func covers(_ range: Range<Int>) -> Bool {
    // The number of ranges starting at or before `range`.
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low > 0 && furthestEnds[low - 1] >= range.upperBound
  }
}
