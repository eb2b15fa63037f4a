import GlossCore

/// Every format `gloss import` reads.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
  /// CoNLL-2003 NER columns.
  case conll2003
  /// CoNLL-U with spans in MISC.
  case conllu
  /// The project's JSON array.
  case json
  /// The project's JSON Lines.
  case jsonl
  /// spaCy training JSON Lines.
  case spacy
  /// A brat folder (or one `.ann` file beside its `.txt`).
  case brat
  /// doccano JSON Lines (UTF-16 offsets, doccano's default).
  case doccano
  /// Label Studio tasks.
  case labelstudio
  /// A folder of UIMA CAS XMI files (or one file).
  case xmi
  /// The spans CSV that `gloss export csv` writes.
  case csv
  /// spaCy's binary training file (`.spacy`, a `DocBin`).
  case docbin

  /// A new importer; `layer` forces the layer of CoNLL-2003 spans.
  public func makeImporter(layer: String? = nil) -> any SpanImporter {
    switch self {
    case .conll2003: return CoNLL2003Importer(layer: layer)
    case .conllu: return CoNLLUImporter()
    case .json, .jsonl: return ProjectJSONImporter()
    case .spacy: return SpaCyImporter()
    case .brat: return BratImporter()
    case .doccano: return DoccanoImporter()
    case .labelstudio: return LabelStudioImporter()
    case .xmi: return XMIImporter()
    case .csv: return CSVImporter()
    case .docbin: return DocBinImporter()
    }
  }
}
