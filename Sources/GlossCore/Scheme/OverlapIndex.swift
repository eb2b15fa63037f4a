/// The spans of one layer indexed by position, to find the span a new span
/// may not stand beside under the layer's overlap policy, as
/// ``Scheme/overlapConflict(for:among:)`` does, without looking at every span.
///
/// Only a span that shares a character with the new one can conflict (every
/// policy allows disjoint spans), and such a span starts less than the
/// longest span's length before the new one. Spans are kept sorted by start,
/// so a check binary-searches that window and looks at the spans starting in
/// it, plus the few long spans (over ``longSpanLength`` characters) kept
/// aside. Adding spans in order of their start, as the matches of a text or
/// a query come, appends: many spans are checked and added in time
/// proportional to their number times a logarithm, not to its square.
public struct OverlapIndex: Sendable {
  /// Spans longer than this are kept aside and checked one by one, so that
  /// one long span does not widen the window of every check.
  public static let longSpanLength = 256

  /// A span's start and its place in ``spans``.
  private struct Entry: Sendable {
    var start: Int
    var index: Int
  }

  /// The layer indexed.
  public let layer: String
  /// The layer's overlap policy (`nil` for a layer the scheme does not have).
  private let policy: OverlapPolicy?
  /// Every span added, by the index entries refer to.
  private var spans: [Span] = []
  /// The short spans, sorted by start.
  private var short: [Entry] = []
  /// The length of the longest short span.
  private var longestShort = 0
  /// The long spans' places in ``spans``.
  private var long: [Int] = []
  /// Ids of spans removed since they were added.
  private var removed: Set<String> = []

  /// Indexes the spans of `layer` among `spans` (others are left out).
  public init(layer: String, scheme: Scheme, spans: some Sequence<Span>) {
    self.layer = layer
    policy = scheme.layer(named: layer)?.overlapPolicy
    for span in spans { insert(span) }
  }

  /// The span that `span` may not stand beside under the layer's policy, or
  /// `nil`: the first in storage order. Rejected spans, and `span` itself
  /// (by id), never conflict.
  public func conflict(for span: Span) -> Span? {
    guard span.layer == layer, span.status != .rejected, let policy, policy != .any else { return nil }
    var found: Span?
    func consider(_ other: Span) {
      guard other.id != span.id, !removed.contains(other.id), !policy.allows(span.range, other.range) else { return }
      if found == nil || Span.storageOrder(other, found!) { found = other }
    }
    // Short spans that start after span.start - longestShort and before span.end.
    var position = firstEntry(startingAtLeast: span.start - longestShort + 1)
    while position < short.count, short[position].start < span.end {
      consider(spans[short[position].index])
      position += 1
    }
    for index in long { consider(spans[index]) }
    return found
  }

  /// Adds a span of the layer (a rejected span, or one of another layer,
  /// is left out: it never conflicts).
  public mutating func insert(_ span: Span) {
    guard span.layer == layer, span.status != .rejected else { return }
    let index = spans.count
    spans.append(span)
    let length = span.end - span.start
    if length > Self.longSpanLength {
      long.append(index)
      return
    }
    longestShort = max(longestShort, length)
    let entry = Entry(start: span.start, index: index)
    if let last = short.last, last.start > span.start {
      short.insert(entry, at: firstEntry(startingAtLeast: span.start + 1))
    } else {
      short.append(entry)
    }
  }

  /// Removes the span with id `id` (span ids are unique): it no longer
  /// conflicts with anything.
  public mutating func remove(id: String) {
    removed.insert(id)
  }

  /// Takes back ``remove(id:)``: the span counts again.
  public mutating func restore(id: String) {
    removed.remove(id)
  }

  /// The position of the first short span that starts at `start` or after.
  private func firstEntry(startingAtLeast start: Int) -> Int {
    var low = 0
    var high = short.count
    while low < high {
      let middle = (low + high) / 2
      if short[middle].start < start { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
