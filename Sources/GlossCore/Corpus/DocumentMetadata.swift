/// What is known about a document besides its text, from `Corpus/<id>.meta.json`.
///
/// Metadata never lives inside the text, so offsets are never disturbed by it.
public struct DocumentMetadata: Sendable, Hashable {
  /// Every field, with its JSON type.
  public var fields: [String: MetadataValue]

  /// Creates metadata from fields.
  public init(fields: [String: MetadataValue] = [:]) {
    self.fields = fields
  }

  /// The document's title.
  public var title: String? { self["title"] }
  /// Where the document comes from.
  public var source: String? { self["source"] }
  /// The document creation time (ISO 8601), the anchor of relative dates.
  public var dct: String? { self["dct"] }
  /// Whether the creation time was inferred rather than stated by the source.
  public var isDCTInferred: Bool { fields["dct_inferred"] == .bool(true) }
  /// The document's language (an ISO 639 code such as `en`).
  public var language: String? { self["language"] }
  /// How relative dates are resolved, `news` (against the dct) or
  /// `narrative` (against the last full date in the text), if the document
  /// says (`"time_reference"`).
  public var timeReference: String? { self["time_reference"] }

  /// The value of any field, as text.
  public subscript(field: String) -> String? { fields[field]?.text }
}

/// The value of a metadata field: a string, number or boolean.
public enum MetadataValue: Sendable, Hashable {
  /// A string.
  case string(String)
  /// A whole number.
  case integer(Int)
  /// A number with a fraction or exponent.
  case number(Double)
  /// A boolean.
  case bool(Bool)

  /// The value as text (numbers and booleans as JSON writes them).
  public var text: String {
    switch self {
    case .string(let value): return value
    case .integer(let value): return String(value)
    case .number(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    }
  }
}

extension DocumentMetadata {
  /// Reads metadata from a `.meta.json` object of string, number or boolean
  /// fields; `dct`, when present, must be an ISO 8601 date or date-time, and
  /// `time_reference` `news` or `narrative`.
  init(json bytes: [UInt8], path: String) throws(CorpusError) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw CorpusError(.invalidMetadata, at: error.location(inFile: path), message: error.message)
    }
    guard let object = root.objectValue else {
      throw CorpusError(
        .invalidMetadata, at: FileLocation(path: path, line: 1, column: 1),
        message: "metadata must be a JSON object of fields")
    }
    var fields: [String: MetadataValue] = [:]
    for (key, value) in object {
      switch value {
      case .string(let text): fields[key] = .string(text)
      case .bool(let flag): fields[key] = .bool(flag)
      case .integer(let number): fields[key] = .integer(number)
      case .double(let number): fields[key] = .number(number)
      case .null: continue
      case .array, .object:
        throw CorpusError(
          .invalidMetadata, path: path,
          message: "field \"\(key)\" must be a string, number or boolean, not a list or object")
      }
    }
    if let problem = Self.problem(in: fields) {
      throw CorpusError(.invalidMetadata, path: path, message: problem)
    }
    self.init(fields: fields)
  }

  /// What is wrong with the fields Gloss reads, or `nil`: `dct` must be ISO
  /// 8601 and `time_reference` `news` or `narrative`. Every reader of
  /// metadata (`.meta.json` files, the project's JSON) checks it here.
  public static func problem(in fields: [String: MetadataValue]) -> String? {
    if let dct = fields["dct"]?.text, !ISO8601Time.isValid(dct) {
      return "\"dct\" is \"\(dct)\", which is not ISO 8601; write 2024-11-10 or 2024-11-10T12:48"
    }
    if let mode = fields["time_reference"]?.text, !timeReferences.contains(mode) {
      return "\"time_reference\" is \"\(mode)\"; write \"news\" (relative dates from the dct) or "
        + "\"narrative\" (from the last date the text gave)"
    }
    return nil
  }

  /// The values `time_reference` may take.
  static let timeReferences: Set<String> = ["news", "narrative"]
}
