import GlossCore
import GlossFormats
import GlossTaggers

/// Runs taggers on gold documents and scores them (``SpanEvaluation``).
public enum TaggerEvaluation {
  /// Tags every gold document with `tagger` and compares its suggestions
  /// with the gold spans that are not rejected, on the tagger's layers.
  public static func evaluate(_ tagger: some Tagger, on gold: [ExportDocument]) -> SpanEvaluation {
    evaluate(tagger, on: gold) { _ in Set(tagger.layers) }
  }

  /// Tags every gold document with `tagger` and scores it on the layers
  /// `goldLayers` gives for that document (its done layers, when the
  /// corpus is the gold), among the tagger's; a document with none of the
  /// tagger's layers is skipped.
  public static func evaluate(
    _ tagger: some Tagger, on gold: [ExportDocument], goldLayers: (ExportDocument) -> Set<String>
  ) -> SpanEvaluation {
    var evaluation = SpanEvaluation()
    for item in gold {
      let layers = goldLayers(item).intersection(tagger.layers)
      if layers.isEmpty { continue }
      let document = item.document
      let context = TaggingContext(document)
      let predicted = tagger.suggestions(in: context).enumerated().map { number, suggestion in
        Span(
          id: "p\(number + 1)", layer: suggestion.layer, label: suggestion.label, start: suggestion.range.lowerBound,
          end: suggestion.range.upperBound, attributes: suggestion.attributes, annotator: tagger.name,
          status: .suggested)
      }
      evaluation.add(gold: item.spans.filter { $0.status != .rejected }, predicted: predicted, layers: layers)
    }
    return evaluation
  }

  /// Reads the gold documents of a folder: every `.json` and `.jsonl` file
  /// in it (an object, an array of objects, or one object per line), in
  /// file-name order.
  ///
  /// - Throws: ``ProjectJSONError`` naming the file (and line) that does not parse.
  public static func goldDocuments(inFolder folder: String) throws(ProjectJSONError) -> [ExportDocument] {
    let names: [String]
    do {
      names = try FileSystem.contentsOfDirectory(atPath: folder)
    } catch {
      throw ProjectJSONError(reading: error, "cannot read the gold folder")
    }
    let files = names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted()
    guard !files.isEmpty else {
      throw ProjectJSONError(at: FileLocation(path: folder), "no .json or .jsonl files here")
    }
    var documents: [ExportDocument] = []
    for name in files {
      let path = Path.join(folder, name)
      let bytes: [UInt8]
      do {
        bytes = try FileSystem.readFile(atPath: path)
      } catch {
        throw ProjectJSONError(reading: error, "cannot read the gold file")
      }
      documents += try ProjectJSONReader.documents(in: bytes, path: path)
    }
    return documents
  }
}
