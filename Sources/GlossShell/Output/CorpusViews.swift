import GlossCore

/// The tables and listings both front ends show — the one-shot commands and
/// the shell — built in one place so they always agree.
public enum CorpusViews {
  /// Every document with its token, sentence and span counts, the layers
  /// marked done, revision, creation time (`?` when inferred) and title;
  /// `staged` columns appear when the session has staged changes.
  public static func documents(_ session: inout AnnotationSession) throws(StoreError) -> TextTable {
    let staged = Dictionary(uniqueKeysWithValues: session.stagedChanges.map { ($0.documentID, $0.changes.count) })
    var headings = ["id", "tokens", "sentences", "accepted", "suggested", "rejected"]
    if !staged.isEmpty { headings.append("staged") }
    headings += ["done", "rev", "dct", "title"]
    var table = TextTable(
      headings, alignments: headings.map { ["id", "done", "dct", "title"].contains($0) ? .left : .right })
    let tokenizer = Tokenizer()
    for document in session.corpus.documents {
      let tokenization = tokenizer.tokenize(document.text)
      let annotations = try session.annotations(for: document.id)
      let counts = Dictionary(grouping: annotations.spans, by: \.status).mapValues(\.count)
      var title = document.metadata.title ?? ""
      if try session.isStale(document.id) { title = "(STALE: text changed since annotated) " + title }
      var dct = document.metadata.dct ?? ""
      if document.metadata.isDCTInferred && !dct.isEmpty { dct += "?" }
      var row = [
        document.id, String(tokenization.tokens.count), String(tokenization.sentences.count),
        String(counts[.accepted] ?? 0), String(counts[.suggested] ?? 0), String(counts[.rejected] ?? 0),
      ]
      if !staged.isEmpty { row.append(String(staged[document.id] ?? 0)) }
      row += [annotations.doneLayers.joined(separator: " "), String(annotations.revision), dct, title]
      table.append(row)
    }
    return table
  }

  /// Numbered ranges of a text (tokens or sentences) with their offsets.
  public static func ranges(_ ranges: [Range<Int>], of text: SourceText, heading: String) -> TextTable {
    var table = TextTable(["#", "start", "end", heading], alignments: [.right, .right, .right, .left])
    for (index, range) in ranges.enumerated() {
      table.append([
        String(index + 1), String(range.lowerBound), String(range.upperBound),
        SpanRendering.oneLine(text.text(in: range)),
      ])
    }
    return table
  }

  /// The tokens of sentence `number` (counting from 1), or `nil` if there is
  /// no such sentence.
  public static func tokens(of tokenization: Tokenization, sentence number: Int) -> [Range<Int>]? {
    guard number >= 1 && number <= tokenization.sentences.count else { return nil }
    let sentence = tokenization.sentences[number - 1]
    return tokenization.tokens.filter { sentence.contains($0.lowerBound) }
  }

  /// Revisions, newest first.
  public static func revisions(_ revisions: [Revision]) -> TextTable {
    var table = TextTable(
      ["rev", "time", "author", "documents", "message"], alignments: [.right, .left, .left, .left, .left])
    for revision in revisions {
      let documents =
        revision.documentIDs.count <= 2
        ? revision.documentIDs.joined(separator: ", ") : "\(revision.documentIDs.count) documents"
      table.append([
        String(revision.number), revision.time, revision.author, documents, SpanRendering.oneLine(revision.message),
      ])
    }
    return table
  }

  /// The span changes between two revisions, document by document, one line
  /// per change (`+` added, `-` removed, `~` changed).
  public static func diff(
    _ changes: [(documentID: String, changes: [SpanChange])], corpus: Corpus, from: Int, to: Int, style: Style
  ) -> String {
    var text = ""
    for (id, documentChanges) in changes {
      text += style.bold("\(id)  (\(from) → \(to))") + "\n"
      for change in documentChanges {
        text += describe(change, text: corpus.document(id)?.text, style: style) + "\n"
      }
    }
    return text
  }

  /// One line for a change: `+` added, `-` removed, `~` changed (before and after).
  static func describe(_ change: SpanChange, text: SourceText?, style: Style) -> String {
    func show(_ span: Span) -> String {
      let covered = text.flatMap { span.end <= $0.scalarCount ? $0.text(in: span.range) : nil } ?? ""
      let attributes = span.attributes.keys.sorted().map { " \($0)=\(span.attributes[$0]!)" }.joined()
      return "\(span.id) \(span.qualifiedLabel) [\(span.start), \(span.end)) \(span.status.rawValue)\(attributes) "
        + "'\(SpanRendering.oneLine(covered))'"
    }
    switch change {
    case .add(let span): return style.green("+ " + show(span))
    case .remove(let span): return style.red("- " + show(span))
    case .update(let before, let after):
      return style.yellow("~ " + show(before)) + "\n" + style.yellow("  → " + show(after))
    case .done(let before, let after):
      return style.yellow("~ done: " + doneList(before) + " → " + doneList(after))
    }
  }

  /// Done layers as `entity time`, or `(none)`.
  static func doneList(_ layers: [String]) -> String {
    layers.isEmpty ? "(none)" : layers.joined(separator: " ")
  }

  /// The scheme as a table: each layer (or the one named), its labels and
  /// its attributes (`*` marks a required one; allowed values in braces).
  public static func scheme(_ scheme: Scheme, layer: String? = nil) -> TextTable {
    var table = TextTable(["layer", "label", "summary"], alignments: [.left, .left, .left])
    for definition in scheme.layers where layer == nil || definition.name == layer {
      table.append([definition.name, "", definition.summary])
      for label in definition.labels { table.append(["", label.name, label.summary]) }
      for attribute in definition.attributes {
        let values = attribute.allowedValues.map { " {" + $0.joined(separator: ", ") + "}" } ?? ""
        table.append(["", "@" + attribute.name + (attribute.isRequired ? "*" : ""), attribute.summary + values])
      }
    }
    return table
  }
}
