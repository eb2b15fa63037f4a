/// The spans of one document at one revision, with the bookkeeping the store
/// needs: which revision last changed them and which text they were made on.
public struct DocumentAnnotations: Sendable, Hashable {
  /// The document's id.
  public var documentID: String
  /// The last revision that changed this document's spans (0: never annotated).
  public var revision: Int
  /// The SHA-256 of the text the spans were made on (`nil`: never annotated).
  public var textSHA256: String?
  /// The sequence number the next new span id will use.
  public var nextSpanNumber: Int
  /// The spans, in ``Span/storageOrder(_:_:)``.
  public private(set) var spans: [Span]
  /// The layers marked done — fully reviewed — on this document, sorted
  /// and distinct (`done DOC LAYER`). Versioned with the spans.
  public private(set) var doneLayers: [String]

  /// Creates annotations; `spans` are put in storage order.
  public init(
    documentID: String, revision: Int = 0, textSHA256: String? = nil, nextSpanNumber: Int = 1, spans: [Span] = [],
    doneLayers: [String] = []
  ) {
    self.documentID = documentID
    self.revision = revision
    self.textSHA256 = textSHA256
    self.nextSpanNumber = nextSpanNumber
    self.spans = spans.sorted(by: Span.storageOrder)
    self.doneLayers = Array(Set(doneLayers)).sorted()
  }

  /// Whether every layer of `layers` is marked done.
  public func isDone(_ layers: some Sequence<String>) -> Bool {
    layers.allSatisfy { doneLayers.contains($0) }
  }

  /// Sets the done layers (kept sorted and distinct).
  mutating func setDoneLayers(_ layers: some Sequence<String>) {
    doneLayers = Array(Set(layers)).sorted()
  }

  /// The span with id `id`, if there is one.
  public func span(id: String) -> Span? {
    spans.first { $0.id == id }
  }

  /// Adds `span`, keeping storage order and advancing ``nextSpanNumber`` past its id.
  mutating func insert(_ span: Span) {
    // Binary search for the first span that sorts after the new one.
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if Span.storageOrder(span, spans[middle]) { high = middle } else { low = middle + 1 }
    }
    spans.insert(span, at: low)
    if let number = SpanID.number(of: span.id) { nextSpanNumber = max(nextSpanNumber, number + 1) }
  }

  /// Adds many spans at once, keeping storage order and advancing
  /// ``nextSpanNumber`` past their ids: one sort instead of a shift of the
  /// array per span.
  mutating func insert(contentsOf newSpans: [Span]) {
    spans.append(contentsOf: newSpans)
    spans.sort(by: Span.storageOrder)
    for span in newSpans {
      if let number = SpanID.number(of: span.id) { nextSpanNumber = max(nextSpanNumber, number + 1) }
    }
  }

  /// Removes the spans whose ids are in `ids`, in one pass.
  mutating func removeSpans(ids: Set<String>) {
    guard !ids.isEmpty else { return }
    spans.removeAll { ids.contains($0.id) }
  }

  /// Removes the span with id `id` and returns it.
  @discardableResult
  mutating func removeSpan(id: String) -> Span? {
    guard let index = spans.firstIndex(where: { $0.id == id }) else { return nil }
    return spans.remove(at: index)
  }

  /// Replaces the span that has `span`'s id.
  mutating func replace(_ span: Span) {
    removeSpan(id: span.id)
    insert(span)
  }

  /// Applies a recorded change (replaying history).
  mutating func apply(_ change: SpanChange) {
    switch change {
    case .add(let span): replace(span)
    case .remove(let span): removeSpan(id: span.id)
    case .update(_, let after): replace(after)
    case .done(_, let after): setDoneLayers(after)
    }
  }

  /// Replaces every span with `newSpans` (restoring an earlier revision).
  mutating func setSpans(_ newSpans: [Span]) {
    spans = newSpans.sorted(by: Span.storageOrder)
    for span in newSpans {
      if let number = SpanID.number(of: span.id) { nextSpanNumber = max(nextSpanNumber, number + 1) }
    }
  }
}
