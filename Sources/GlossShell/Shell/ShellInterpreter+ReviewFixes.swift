import GlossCore

extension ShellInterpreter {
  /// Stages a move of `span`'s edges by whole `tokens` (as `resize DOC SPAN
  /// ±N ±M`) and returns the span as it now is, or writes why not and
  /// returns `nil`.
  mutating func reviewMoveEdges(
    of span: Span, start: Int, end: Int, in document: Document, tokens: [Range<Int>]
  ) -> Span? {
    do {
      let range = try ExtentRequest.moved(span.range, start: start, end: end, tokens: tokens)
      return try attemptEdit(at: nil) { session throws(StoreError) in
        try session.resize(in: document.id, spanID: span.id, to: range)
      }
    } catch let error as ShellError {
      output.write(error.message + "\n")
    } catch {
      output.write("\(error)\n")
    }
    return nil
  }

  /// Asks `input` for a new `value` of `span` and stages it, checked as
  /// `attr` checks it; returns the span as it now is, or `nil` (after
  /// writing why) when nothing changed.
  mutating func reviewSetValue(of span: Span, in document: Document, input: any ReviewInput) -> Span? {
    guard let definition = corpus.scheme.layer(named: span.layer)?.attribute(named: "value") else {
      output.write("spans of \(span.layer) have no value; v sets the value of time spans (attr sets others)\n")
      return nil
    }
    let current = span.attributes["value"]
    let prompt = "value" + (current.map { " (now \($0))" } ?? "") + "? "
    let vocabulary = definition.allowedValues ?? current.map { [$0] } ?? []
    guard
      let value = input.readLine(prompt: prompt, vocabulary: vocabulary)?
        .split(whereSeparator: \.isWhitespace).first.map(String.init),
      !value.isEmpty
    else { return nil }
    do {
      let spans = try attemptEdit(at: nil) { session throws(StoreError) in
        try session.setAttributes(in: document.id, spanIDs: [span.id], [("value", value)])
      }
      return spans.first
    } catch {
      output.write(error.message + "\n")
      return nil
    }
  }

  /// Undoes the last staged step (a fix of `span`) and returns the span as
  /// it now is.
  mutating func reviewUndoFix(of span: Span, in document: Document) -> Span {
    if let summary = session.undo() { output.write("undid: \(summary)\n") }
    return (try? session.annotations(for: document.id).span(id: span.id)) ?? span
  }
}
