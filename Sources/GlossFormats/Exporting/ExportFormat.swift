import GlossCore

/// Every format `gloss export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  /// CoNLL-2003 NER columns.
  case conll2003
  /// Universal Dependencies CoNLL-U with spans in MISC.
  case conllu
  /// CoNLL-2001 clause brackets.
  case conll2001
  /// The project's JSON: one array of documents.
  case json
  /// The project's JSON Lines: one document per line.
  case jsonl
  /// spaCy training JSON Lines: `{"text", "entities", "spans"}`.
  case spacy
  /// brat standoff: a folder of `.txt`/`.ann` pairs and `annotation.conf`.
  case brat
  /// doccano sequence-labelling JSON Lines.
  case doccano
  /// Label Studio tasks (JSON).
  case labelstudio
  /// UIMA CAS XMI with its type system (INCEpTION): a folder.
  case xmi
  /// CSV of spans, one per row.
  case csv
  /// spaCy's binary training file (`.spacy`, a `DocBin`).
  case docbin

  /// The layers exported when none is asked for: the CoNLL columns hold one
  /// layer's spans (entities, or clauses), the other formats every layer.
  public var defaultLayers: Set<String>? {
    switch self {
    case .conll2003: return ["entity"]
    case .conll2001: return ["clause"]
    default: return nil
    }
  }

  /// Whether the format is training data (CoNLL-2003, CoNLL-U, CoNLL-2001,
  /// spaCy JSON Lines and DocBin): its exports take only documents whose
  /// exported layers are done, unless ``ExportFilter/allDocuments`` is set.
  public var isTrainingData: Bool { [.conll2003, .conllu, .conll2001, .spacy, .docbin].contains(self) }

  /// Whether the output is binary, never written to a terminal (DocBin).
  public var writesBinary: Bool { self == .docbin }

  /// Whether the format has columns for token syntax (CoNLL-U).
  public var writesSyntax: Bool { self == .conllu }

  /// Whether the export is a folder of files.
  public var writesFolder: Bool { self == .brat || self == .xmi }

  /// A new exporter for this format.
  public func makeExporter(_ options: ExportOptions = ExportOptions()) -> any SpanExporter {
    switch self {
    case .conll2003:
      return CoNLL2003Exporter(scheme: options.tagScheme, labels: options.labels, tokenizer: options.tokenizer)
    case .conllu: return CoNLLUExporter(tokenizer: options.tokenizer)
    case .conll2001: return CoNLL2001Exporter(tokenizer: options.tokenizer)
    case .json: return ProjectJSONWriter(framing: .array)
    case .jsonl: return ProjectJSONWriter(framing: .lines)
    case .spacy: return SpaCyExporter(tokenizer: options.tokenizer)
    case .brat: return BratExporter(scheme: options.scheme)
    case .doccano: return DoccanoExporter()
    case .labelstudio: return LabelStudioExporter()
    case .xmi: return XMIExporter(scheme: options.scheme)
    case .csv: return CSVExporter()
    case .docbin: return DocBinExporter(tokenizer: options.tokenizer)
    }
  }
}

/// Choices that change what an export writes.
public struct ExportOptions: Sendable {
  /// The tag scheme of CoNLL-2003.
  public var tagScheme: TagScheme
  /// The types of CoNLL-2003.
  public var labels: LabelSet
  /// The tokenizer of the CoNLL formats.
  public var tokenizer: Tokenizer
  /// The corpus scheme (brat's `annotation.conf`, XMI's type system).
  public var scheme: Scheme
  /// Whether CoNLL-U writes each token's computed syntax (part of speech,
  /// lemma, head, relation); `false` writes placeholders (`X`, a flat tree).
  public var writesSyntax = true

  /// Creates options: IOB2, OntoNotes labels, the Universal Dependencies
  /// tokenizer (hyphens split, so `Russia`-`North Korea` align).
  public init(
    tagScheme: TagScheme = .iob2, labels: LabelSet = .ontonotes, tokenizer: Tokenizer = .universalDependencies,
    scheme: Scheme = .standard
  ) {
    self.tagScheme = tagScheme
    self.labels = labels
    self.tokenizer = tokenizer
    self.scheme = scheme
  }
}
