import GlossCore
import GlossTaggers

/// What `gloss suggest` prints: the unreviewed sentences a model is least
/// sure of, most uncertain first, as lines or one JSON object.
public struct SuggestionReport: Sendable {
  /// The model file ranked by.
  public var modelPath: String
  /// The sentences, most uncertain first.
  public var sentences: [SentenceUncertainty]
  /// The texts of the documents ranked.
  private var texts: [String: SourceText] = [:]

  /// The sentences of `documentIDs` ranked by `model` (with its entity
  /// `features`), leaving out entity extents a person reviewed; at most
  /// `limit` (0: all).
  public init(
    session: inout AnnotationSession, documentIDs: [String], model: SequenceModel, modelPath: String,
    features: EntityFeatures, limit: Int
  ) throws(StoreError) {
    self.modelPath = modelPath
    var all: [SentenceUncertainty] = []
    for id in documentIDs {
      let document = try session.document(id)
      let reviewed = try session.annotations(for: id).spans
        .filter { $0.layer == "entity" && $0.status != .suggested }.map { $0.start..<$0.end }
      texts[id] = document.text
      all += SentenceUncertainty.sentences(
        in: TaggingContext(document), model: model, features: features, reviewed: reviewed)
    }
    let ranked = SentenceUncertainty.ranked(all)
    sentences = limit > 0 && ranked.count > limit ? Array(ranked.prefix(limit)) : ranked
  }

  /// One line per sentence: document, number, margin and the start of its text.
  public var text: String {
    var lines = ["model: \(modelPath)"]
    for item in sentences {
      let text = String(texts[item.documentID]!.text(in: item.range).map { $0.isNewline ? " " : $0 })
      let preview = text.count > 60 ? String(text.prefix(59)) + "…" : text
      lines.append(
        "\(item.documentID)  #\(item.sentenceNumber)  margin \(String(format2: Double(item.margin)))  \(preview)")
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// `{"model", "sentences": [{"doc", "sentence", "start", "end", "margin", "token"}]}` and a newline.
  public var json: String {
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.key("model")
    writer.string(modelPath)
    writer.key("sentences")
    writer.beginArray()
    for item in sentences {
      writer.beginObject()
      writer.key("doc")
      writer.string(item.documentID)
      writer.key("sentence")
      writer.integer(item.sentenceNumber)
      writer.key("start")
      writer.integer(item.range.lowerBound)
      writer.key("end")
      writer.integer(item.range.upperBound)
      writer.key("margin")
      writer.double(Double(item.margin))
      writer.key("token")
      writer.string(texts[item.documentID]!.text(in: item.token))
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return String(decoding: writer.takeBytes(), as: UTF8.self) + "\n"
  }
}
