/// A working session over a corpus: reads annotations, stages changes,
/// undoes them, and commits them as one revision.
///
/// The command line, the REPL and scripts all edit through a session, so the
/// same validation, staging and conflict checks apply everywhere. Nothing is
/// written until ``commit(message:)``.
public struct AnnotationSession: Sendable {
  /// The corpus being annotated.
  public let corpus: Corpus
  /// Its store.
  public private(set) var store: AnnotationStore
  /// The name recorded as annotator of new spans and author of commits.
  public var annotator: String

  /// Annotations as read from the store, per document.
  private var loaded: [String: DocumentAnnotations] = [:]
  /// Annotations with the staged changes applied, per changed document.
  private var working: [String: DocumentAnnotations] = [:]
  /// Undo steps, newest last.
  private var undoSteps: [UndoStep] = []
  /// While grouping, the step that collects every change.
  private var openGroup: UndoStep?

  /// One undoable step: what it did and the documents' state before it.
  private struct UndoStep: Sendable {
    var summary: String
    var previous: [String: DocumentAnnotations?] = [:]
  }

  /// Opens a session on `corpus`, recording changes as made by `annotator`.
  public init(corpus: Corpus, annotator: String) {
    self.corpus = corpus
    self.store = AnnotationStore(corpus: corpus)
    self.annotator = annotator
  }

  // MARK: - Reading

  /// Makes the session read every document at the newest committed
  /// revision (``AnnotationStore/readingCommittedRevision()``), so a command
  /// that reads many documents never shows some before and some after
  /// another process's commit. For reading: documents read before are read again.
  public mutating func readCommittedRevision() throws(StoreError) {
    store = try store.readingCommittedRevision()
    loaded = [:]
  }

  /// The document with id `id`.
  public func document(_ id: String) throws(StoreError) -> Document {
    guard let document = corpus.document(id) else {
      throw .unknownDocument(id, suggestion: NearestName.suggestion(for: id, among: corpus.documents.map(\.id)))
    }
    return document
  }

  /// The document's annotations with this session's staged changes applied.
  public mutating func annotations(for id: String) throws(StoreError) -> DocumentAnnotations {
    if let staged = working[id] { return staged }
    return try base(id)
  }

  /// The documents whose annotations this session has read or staged: the
  /// only ones whose annotations it can show differently from the store.
  public var readDocumentIDs: [String] {
    Set(loaded.keys).union(working.keys).sorted()
  }

  /// Whether the document's text changed since its annotations were made.
  public mutating func isStale(_ id: String) throws(StoreError) -> Bool {
    let annotations = try base(id)
    guard let recorded = annotations.textSHA256 else { return false }
    return recorded != (try document(id)).textSHA256
  }

  /// The scalar ranges where `text` occurs in the document: all of them, or
  /// only the 1-based `occurrence`.
  public func ranges(of text: String, in id: String, occurrence: Int? = nil) throws(StoreError) -> [Range<Int>] {
    let found = try document(id).text.ranges(of: text)
    if let occurrence {
      guard occurrence >= 1 && occurrence <= found.count else {
        throw .textNotFound(
          documentID: id, text: text, occurrences: found.count, requested: occurrence,
          nearby: found.isEmpty ? try document(id).text.looseSpellings(of: text) : [])
      }
      return [found[occurrence - 1]]
    }
    guard !found.isEmpty else {
      throw .textNotFound(
        documentID: id, text: text, occurrences: 0, requested: nil,
        nearby: try document(id).text.looseSpellings(of: text))
    }
    return found
  }

  // MARK: - Editing

  /// Stages a new span and returns it with its id.
  ///
  /// A rejected span of the same layer and extent is replaced by the new one
  /// (unless it is rejected too): the person's span wins, and the rejection
  /// stays in the history.
  ///
  /// - Throws: ``StoreError/invalidSpan(documentID:_:)`` when the span does not
  ///   fit the text or scheme, ``StoreError/duplicateSpan(documentID:existing:)``
  ///   when the same layer, label and range exist,
  ///   ``StoreError/overlap(documentID:span:conflicting:policy:)`` when the
  ///   layer's overlap policy forbids it, and
  ///   ``StoreError/staleText(documentID:recordedSHA256:currentSHA256:)``.
  @discardableResult
  public mutating func add(
    to id: String, layer: String, label: String, range: Range<Int>,
    attributes: [String: String] = [:], status: SpanStatus = .accepted, annotator: String? = nil
  ) throws(StoreError) -> Span {
    let document = try document(id)
    let annotator = annotator ?? self.annotator
    let scheme = corpus.scheme
    return try edit(id) { state throws(StoreError) in
      let span = Span(
        id: SpanID.make(state.nextSpanNumber), layer: layer, label: label, start: range.lowerBound,
        end: range.upperBound, attributes: attributes, annotator: annotator, status: status)
      do throws(SpanValidationError) {
        try span.validate(in: document.text, scheme: scheme)
      } catch {
        throw .invalidSpan(documentID: id, error)
      }
      let replaced =
        status == .rejected
        ? [] : state.spans.filter { $0.status == .rejected && $0.layer == layer && $0.range == span.range }
      let others = state.spans.filter { other in !replaced.contains { $0.id == other.id } }
      if let existing = others.first(where: {
        $0.layer == layer && $0.label == label && $0.start == span.start && $0.end == span.end
      }) {
        throw .duplicateSpan(documentID: id, existing: existing)
      }
      if let conflicting = scheme.overlapConflict(for: span, among: others) {
        throw .overlap(
          documentID: id, span: span, conflicting: conflicting, policy: scheme.layer(named: layer)!.overlapPolicy)
      }
      for old in replaced { state.removeSpan(id: old.id) }
      state.insert(span)
      return (span, "add \(span.qualifiedLabel) [\(span.start), \(span.end)) to \(id)")
    }
  }

  /// Stages a new span over each range of `ranges`, in that order, as one
  /// change, and returns them: the same spans, checks and errors as
  /// ``add(to:layer:label:range:attributes:status:annotator:)`` called for
  /// each range, in time proportional to their number (times a logarithm)
  /// instead of to their number times the document's spans. If one range
  /// fails, nothing is staged.
  @discardableResult
  public mutating func add(
    to id: String, layer: String, label: String, ranges: [Range<Int>],
    attributes: [String: String] = [:], status: SpanStatus = .accepted, annotator: String? = nil
  ) throws(StoreError) -> [Span] {
    guard !ranges.isEmpty else { return [] }
    let document = try document(id)
    let annotator = annotator ?? self.annotator
    let scheme = corpus.scheme
    return try edit(id) { state throws(StoreError) in
      var overlaps = OverlapIndex(layer: layer, scheme: scheme, spans: state.spans)
      // The layer's spans by label and range (for duplicates), and its
      // rejected spans by range (a new span replaces them).
      var byKey: [SpanKey: [Span]] = [:]
      var rejectedByRange: [Range<Int>: [Span]] = [:]
      for span in state.spans where span.layer == layer {
        byKey[SpanKey(label: span.label, range: span.range), default: []].append(span)
        if span.status == .rejected { rejectedByRange[span.range, default: []].append(span) }
      }
      var replaced: Set<String> = []
      var added: [Span] = []
      var number = state.nextSpanNumber
      for range in ranges {
        let span = Span(
          id: SpanID.make(number), layer: layer, label: label, start: range.lowerBound, end: range.upperBound,
          attributes: attributes, annotator: annotator, status: status)
        do throws(SpanValidationError) {
          try span.validate(in: document.text, scheme: scheme)
        } catch {
          throw .invalidSpan(documentID: id, error)
        }
        let replacing = status == .rejected ? [] : rejectedByRange[span.range] ?? []
        let key = SpanKey(label: label, range: span.range)
        if let existing = byKey[key]?.first(where: { other in !replacing.contains { $0.id == other.id } }) {
          throw .duplicateSpan(documentID: id, existing: existing)
        }
        if let conflicting = overlaps.conflict(for: span) {
          throw .overlap(
            documentID: id, span: span, conflicting: conflicting, policy: scheme.layer(named: layer)!.overlapPolicy)
        }
        for old in replacing {
          replaced.insert(old.id)
          byKey[SpanKey(label: old.label, range: old.range)]?.removeAll { $0.id == old.id }
        }
        if !replacing.isEmpty { rejectedByRange[span.range] = nil }
        byKey[key, default: []].append(span)
        if status == .rejected { rejectedByRange[span.range, default: []].append(span) }
        overlaps.insert(span)
        added.append(span)
        number += 1
      }
      state.removeSpans(ids: replaced)
      state.insert(contentsOf: added)
      let summary =
        added.count == 1
        ? "add \(added[0].qualifiedLabel) [\(added[0].start), \(added[0].end)) to \(id)"
        : "add \(added.count) \(layer):\(label) spans to \(id)"
      return (added, summary)
    }
  }

  /// A span's label and range, within one layer.
  private struct SpanKey: Hashable {
    var label: String
    var range: Range<Int>
  }

  /// Stages the removal of spans and returns them.
  ///
  /// A tagger's pending suggestion (status `suggested`, annotator
  /// `tagger:…`) is not deleted but marked rejected, so that tagging again
  /// does not bring it back; it is returned with its new status.
  /// ``withdraw(from:spanIDs:)`` deletes outright.
  @discardableResult
  public mutating func remove(from id: String, spanIDs: [String]) throws(StoreError) -> [Span] {
    try edit(id) { state throws(StoreError) in
      // Every id is checked before the first removal, so a failure changes nothing.
      for spanID in spanIDs where state.span(id: spanID) == nil {
        throw .unknownSpan(documentID: id, spanID: spanID)
      }
      var removed: [Span] = []
      for spanID in spanIDs {
        guard var span = state.span(id: spanID) else { continue }
        if span.isTaggerSuggestion {
          span.status = .rejected
          state.replace(span)
          removed.append(span)
        } else if let gone = state.removeSpan(id: spanID) {
          removed.append(gone)
        }
      }
      return (removed, "remove \(spanIDs.joined(separator: ", ")) from \(id)")
    }
  }

  /// Stages the deletion of spans whatever made them, and returns them (a
  /// tagger withdrawing its own stale suggestions).
  @discardableResult
  public mutating func withdraw(from id: String, spanIDs: [String]) throws(StoreError) -> [Span] {
    try edit(id) { state throws(StoreError) in
      for spanID in spanIDs where state.span(id: spanID) == nil {
        throw .unknownSpan(documentID: id, spanID: spanID)
      }
      let removed = spanIDs.compactMap { state.removeSpan(id: $0) }
      return (removed, "withdraw \(spanIDs.joined(separator: ", ")) from \(id)")
    }
  }

  /// Stages a new extent for a span, which keeps its id, label, attributes,
  /// status and annotator; the history records it as an update.
  ///
  /// - Throws: ``StoreError/invalidSpan(documentID:_:)`` when the range does
  ///   not fit the text, and ``StoreError/overlap(documentID:span:conflicting:policy:)``
  ///   when its layer's overlap policy forbids the new extent.
  @discardableResult
  public mutating func resize(in id: String, spanID: String, to range: Range<Int>) throws(StoreError) -> Span {
    let text = try document(id).text
    let scheme = corpus.scheme
    let spans = try update(
      id, [spanID], summary: "resize \(spanID) in \(id) to [\(range.lowerBound), \(range.upperBound))"
    ) {
      span throws(StoreError) in
      span.start = range.lowerBound
      span.end = range.upperBound
      do throws(SpanValidationError) {
        try span.validate(in: text, scheme: scheme)
      } catch {
        throw .invalidSpan(documentID: id, error)
      }
    }
    return spans[0]
  }

  /// Stages a change of layer and label on spans, and of the given
  /// attributes (a `nil` value removes one), and returns the new spans.
  @discardableResult
  public mutating func relabel(
    in id: String, spanIDs: [String], layer: String, label: String,
    attributes: [(name: String, value: String?)] = []
  ) throws(StoreError) -> [Span] {
    let scheme = corpus.scheme
    return try update(id, spanIDs, summary: "relabel \(spanIDs.joined(separator: ", ")) as \(layer):\(label)") {
      span throws(StoreError) in
      span.layer = layer
      span.label = label
      // Attributes of the old layer may not exist on the new one.
      if let definition = scheme.layer(named: layer) {
        span.attributes = span.attributes.filter { definition.attribute(named: $0.key) != nil }
      }
      for (name, value) in attributes { span.attributes[name] = value }
      do throws(SpanValidationError) {
        try span.validateLabels(scheme: scheme)
      } catch {
        throw .invalidSpan(documentID: id, error)
      }
    }
  }

  /// Stages a review decision (accept or reject) on spans and returns them.
  @discardableResult
  public mutating func setStatus(in id: String, spanIDs: [String], to status: SpanStatus) throws(StoreError) -> [Span] {
    try update(id, spanIDs, summary: "mark \(spanIDs.joined(separator: ", ")) \(status.rawValue)") {
      span throws(StoreError) in
      span.status = status
    }
  }

  /// Stages setting (or, with `nil`, removing) an attribute on spans.
  @discardableResult
  public mutating func setAttribute(
    in id: String, spanIDs: [String], name: String, value: String?
  ) throws(StoreError) -> [Span] {
    try setAttributes(in: id, spanIDs: spanIDs, [(name, value)])
  }

  /// Stages setting (or, with a `nil` value, removing) attributes on spans,
  /// as one step, checked against the scheme once all are set.
  @discardableResult
  public mutating func setAttributes(
    in id: String, spanIDs: [String], _ attributes: [(name: String, value: String?)]
  ) throws(StoreError) -> [Span] {
    let scheme = corpus.scheme
    let names = attributes.map(\.name).joined(separator: ", ")
    return try update(id, spanIDs, summary: "set \(names) on \(spanIDs.joined(separator: ", ")) in \(id)") {
      span throws(StoreError) in
      for (name, value) in attributes { span.attributes[name] = value }
      do throws(SpanValidationError) {
        try span.validateLabels(scheme: scheme)
      } catch {
        throw .invalidSpan(documentID: id, error)
      }
    }
  }

  /// Stages putting a document's spans (and done layers) back as they were
  /// just after `revision`, and returns the changes that makes.
  @discardableResult
  public mutating func restore(_ id: String, to revision: Int) throws(StoreError) -> [SpanChange] {
    let past = try store.annotations(for: id, at: revision)
    return try edit(id) { state throws(StoreError) in
      var restored = state
      restored.setSpans(past.spans)
      restored.setDoneLayers(past.doneLayers)
      let changes = SpanChange.changes(from: state, to: restored)
      state = restored
      return (changes, "restore \(id) to revision \(revision)")
    }
  }

  /// Stages marking `layers` of a document done (fully reviewed) or, with
  /// `done` false, not done, and returns the layers whose state changed.
  ///
  /// With no layers, `done` marks every layer of the scheme the document
  /// has spans on (in any status), and `undone` every done layer. A layer
  /// with pending suggestions cannot be marked done. Nothing is staged when
  /// nothing changes.
  ///
  /// - Throws: ``StoreError/review(documentID:message:)`` for a layer the
  ///   scheme lacks, pending suggestions, or no layer to mark; and
  ///   ``StoreError/staleText(documentID:recordedSHA256:currentSHA256:)``.
  @discardableResult
  public mutating func markDone(_ id: String, layers: [String] = [], done: Bool = true) throws(StoreError)
    -> [String]
  {
    let scheme = corpus.scheme
    let current = try annotations(for: id)
    for layer in layers where scheme.layer(named: layer) == nil {
      let hint = NearestName.suggestion(for: layer, among: scheme.layerNames).map { " (did you mean '\($0)'?)" } ?? ""
      throw .review(
        documentID: id,
        message: "the scheme has no layer '\(layer)'\(hint); layers: \(scheme.layerNames.joined(separator: ", "))")
    }
    var chosen = layers
    if chosen.isEmpty {
      chosen =
        done
        ? scheme.layerNames.filter { layer in current.spans.contains { $0.layer == layer } } : current.doneLayers
      guard !chosen.isEmpty else {
        throw .review(
          documentID: id,
          message: done
            ? "it has no spans, so no layer to mark done; name the layers (done \(id) entity)"
            : "no layer is done")
      }
    }
    if done {
      for layer in chosen {
        let pending = current.spans.filter { $0.layer == layer && $0.status == .suggested }.count
        if pending > 0 {
          throw .review(
            documentID: id,
            message: "layer '\(layer)' has \(pending) pending suggestion\(pending == 1 ? "" : "s"); "
              + "accept or reject \(pending == 1 ? "it" : "them") (review \(id)) before marking it done")
        }
      }
    }
    let changed = Array(Set(chosen.filter { current.doneLayers.contains($0) != done })).sorted()
    guard !changed.isEmpty else { return [] }
    let summary = "mark \(changed.joined(separator: ", ")) of \(id) \(done ? "done" : "not done")"
    return try edit(id) { state throws(StoreError) in
      state.setDoneLayers(done ? state.doneLayers + changed : state.doneLayers.filter { !changed.contains($0) })
      return (changed, summary)
    }
  }

  /// Stages `spans` as the document's spans, provided the document is still
  /// at `revision` (used to take back changes saved by an earlier session).
  public mutating func stage(_ spans: [Span], for id: String, basedOn revision: Int) throws(StoreError) {
    let current = try base(id).revision
    guard current == revision else {
      throw .conflict(documentID: id, expectedRevision: revision, foundRevision: current)
    }
    try edit(id) { state throws(StoreError) in
      state.setSpans(spans)
      return ((), "take back the staged changes of \(id)")
    }
  }

  /// Runs `body` as one undo step: a single ``undo()`` reverts everything it
  /// staged. A group inside another becomes part of the outer one's step.
  public mutating func group<Result>(
    _ summary: String, _ body: (inout AnnotationSession) throws(StoreError) -> Result
  ) throws(StoreError) -> Result {
    let outer = openGroup
    openGroup = UndoStep(summary: summary)
    do {
      let result = try body(&self)
      let step = openGroup!
      openGroup = outer
      if !step.previous.isEmpty {
        if openGroup != nil {
          for (id, before) in step.previous where openGroup!.previous[id] == nil {
            openGroup!.previous[id] = .some(before)
          }
        } else {
          record(step)
        }
      }
      return result
    } catch {
      // Roll back what the group staged before it failed.
      let step = openGroup!
      openGroup = outer
      revert(step)
      throw error
    }
  }

  /// Reverts the last staged step and returns its summary, or `nil` when
  /// there is nothing to undo.
  public mutating func undo() -> String? {
    guard let step = undoSteps.popLast() else { return nil }
    revert(step)
    return step.summary
  }

  /// The summaries of the steps that ``undo()`` can revert, oldest first.
  public var undoableSteps: [String] { undoSteps.map(\.summary) }

  // MARK: - Committing

  /// The staged changes, per document, ordered by document id.
  public var stagedChanges: [(documentID: String, changes: [SpanChange])] {
    working.keys.sorted().compactMap { id in
      let changes = SpanChange.changes(from: loaded[id] ?? DocumentAnnotations(documentID: id), to: working[id]!)
      return changes.isEmpty ? nil : (id, changes)
    }
  }

  /// Whether anything is staged.
  public var hasStagedChanges: Bool { !stagedChanges.isEmpty }

  /// Writes the staged changes as one revision, and returns it.
  @discardableResult
  public mutating func commit(message: String) throws(StoreError) -> Revision {
    var changes: [AnnotationStore.DocumentChange] = []
    for (id, _) in stagedChanges {
      let document = try document(id)
      changes.append(
        AnnotationStore.DocumentChange(
          base: loaded[id]!, new: working[id]!, text: document.text, textSHA256: document.textSHA256))
    }
    guard !changes.isEmpty else { throw .nothingToCommit }
    let revision = try store.commit(changes, author: annotator, message: message)
    for change in changes {
      var committed = change.new
      committed.revision = revision.number
      committed.textSHA256 = change.textSHA256
      loaded[change.base.documentID] = committed
    }
    working = [:]
    undoSteps = []
    return revision
  }

  /// Drops every staged change.
  public mutating func discardStagedChanges() {
    working = [:]
    undoSteps = []
  }

  /// Re-reads every document from the store, so the session sees what other
  /// writers committed, and re-applies the staged changes of the documents
  /// they changed onto their new revision (``StagedRebase``): changes that
  /// still apply are staged again, changes the other writer already made
  /// are dropped, and conflicting changes are left out and returned.
  /// Documents nobody else changed keep their staged changes as they are.
  /// The undo history starts afresh.
  public mutating func reload() throws(StoreError) -> [(documentID: String, rebase: StagedRebase)] {
    let staged = stagedChanges
    var rebased: [(documentID: String, rebase: StagedRebase)] = []
    var newWorking: [String: DocumentAnnotations] = [:]
    var newLoaded: [String: DocumentAnnotations] = [:]
    for (id, changes) in staged {
      let fresh = try store.annotations(for: id)
      newLoaded[id] = fresh
      guard let old = loaded[id], fresh.revision != old.revision else {
        newWorking[id] = working[id]
        continue
      }
      let next = max(fresh.nextSpanNumber, working[id]?.nextSpanNumber ?? 0)
      let rebase = StagedRebase(changes, onto: fresh.spans, doneLayers: fresh.doneLayers, nextSpanNumber: next)
      var state = fresh
      state.setSpans(rebase.spans)
      state.setDoneLayers(rebase.doneLayers)
      state.nextSpanNumber = rebase.nextSpanNumber
      if !SpanChange.changes(from: fresh, to: state).isEmpty { newWorking[id] = state }
      rebased.append((id, rebase))
    }
    loaded = newLoaded
    working = newWorking
    undoSteps = []
    return rebased
  }

  /// Stages `changes`, made against an earlier revision of document `id`,
  /// onto its spans as staged now, as one undo step (``StagedRebase``):
  /// what applies is staged, the rest comes back.
  public mutating func apply(_ changes: [SpanChange], to id: String, summary: String) throws(StoreError)
    -> StagedRebase
  {
    try edit(id) { state throws(StoreError) in
      let rebase = StagedRebase(
        changes, onto: state.spans, doneLayers: state.doneLayers, nextSpanNumber: state.nextSpanNumber)
      state.setSpans(rebase.spans)
      state.setDoneLayers(rebase.doneLayers)
      state.nextSpanNumber = rebase.nextSpanNumber
      return (rebase, summary)
    }
  }

  // MARK: - Helpers

  mutating func base(_ id: String) throws(StoreError) -> DocumentAnnotations {
    if let cached = loaded[id] { return cached }
    _ = try document(id)
    let annotations = try store.annotations(for: id)
    loaded[id] = annotations
    return annotations
  }

  /// The document's current annotations, refusing stale texts.
  ///
  /// Inside a group whose undo step already holds the document's earlier
  /// state, the working copy is taken out of the session so that editing it
  /// does not copy every span (``stage(_:summary:)`` puts it back).
  private mutating func editable(_ id: String) throws(StoreError) -> DocumentAnnotations {
    let document = try document(id)
    if let recorded = try base(id).textSHA256, recorded != document.textSHA256 {
      throw .staleText(documentID: id, recordedSHA256: recorded, currentSHA256: document.textSHA256)
    }
    if openGroup?.previous[id] != nil, let staged = working.removeValue(forKey: id) {
      return staged
    }
    return try annotations(for: id)
  }

  /// Returns an unchanged state that ``editable(_:)`` may have taken out of
  /// the session.
  private mutating func putBack(_ state: DocumentAnnotations) {
    if openGroup?.previous[state.documentID] != nil, working[state.documentID] == nil {
      working[state.documentID] = state
    }
  }

  private mutating func update(
    _ id: String, _ spanIDs: [String], summary: String, _ change: (inout Span) throws(StoreError) -> Void
  ) throws(StoreError) -> [Span] {
    let scheme = corpus.scheme
    return try edit(id) { state throws(StoreError) in
      // Every span is changed (and checked) before the first is replaced, so
      // a failure changes nothing.
      var updated: [Span] = []
      var moved: [Span] = []
      for spanID in spanIDs {
        guard var span = state.span(id: spanID) else { throw .unknownSpan(documentID: id, spanID: spanID) }
        let before = span
        try change(&span)
        updated.append(span)
        if span.layer != before.layer || span.range != before.range || before.status == .rejected {
          moved.append(span)
        }
      }
      if !moved.isEmpty {
        // A span that changed layer or extent, or came back from rejection,
        // must fit its layer's overlap policy among the spans as they will be.
        let changed = Dictionary(updated.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let after = state.spans.map { changed[$0.id] ?? $0 }
        for span in moved {
          if let conflicting = scheme.overlapConflict(for: span, among: after) {
            throw .overlap(
              documentID: id, span: span, conflicting: conflicting,
              policy: scheme.layer(named: span.layer)!.overlapPolicy)
          }
        }
      }
      for span in updated { state.replace(span) }
      return (updated, summary)
    }
  }

  /// Runs one edit of a document's working annotations and stages the result
  /// under the summary `body` returns.
  ///
  /// `body` must throw before it changes `state`, never after: on a throw the
  /// state it was given is put back untouched, so an edit that fails (a
  /// duplicate, an unknown span id, an invalid label) leaves everything
  /// staged before it in place.
  private mutating func edit<Result>(
    _ id: String, _ body: (inout DocumentAnnotations) throws(StoreError) -> (Result, summary: String)
  ) throws(StoreError) -> Result {
    var state = try editable(id)
    let result: Result
    let summary: String
    do {
      (result, summary) = try body(&state)
    } catch {
      putBack(state)
      throw error
    }
    stage(state, summary: summary)
    return result
  }

  private mutating func stage(_ state: DocumentAnnotations, summary: String) {
    let id = state.documentID
    if openGroup?.previous[id] != nil {
      working[id] = state
      return
    }
    let before = working[id]
    working[id] = state
    if openGroup != nil {
      if openGroup!.previous[id] == nil { openGroup!.previous[id] = .some(before) }
    } else {
      record(UndoStep(summary: summary, previous: [id: before]))
    }
  }

  private mutating func record(_ step: UndoStep) {
    undoSteps.append(step)
  }

  private mutating func revert(_ step: UndoStep) {
    for (id, previous) in step.previous {
      working[id] = previous
    }
  }
}
