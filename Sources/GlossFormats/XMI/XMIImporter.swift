import GlossCore

/// Reads UIMA CAS XMI: every `.xmi` file of a folder (or one file).
///
/// The document is the file's base name, or the corpus document whose text
/// is the sofa's; the sofa text must be the document's text byte for byte.
/// Annotations of types `webanno.custom.<Layer>` (what ``XMIExporter`` and
/// INCEpTION write) become spans of `<layer>` with their `label` feature and
/// other string features as attributes; DKPro's `NamedEntity` becomes an
/// entity labelled by its `value`. `begin`/`end` are UTF-16 code units.
/// Annotations missing from the view's `members` are not in the CAS and are
/// skipped, as UIMA does. The XML is read by ``XMLElementReader``, which
/// refuses DTDs and entities.
public struct XMIImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  private static let casNamespace = "http:///uima/cas.ecore"
  private static let customNamespace = "http:///webanno/custom.ecore"
  private static let nerNamespace = "http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore"

  /// Reads the folder or file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    var result: [ImportedDocument] = []
    for file in try ImportInput.files(at: path, extension: "xmi") { result.append(try readFile(file, corpus: corpus)) }
    return result
  }

  private func readFile(_ file: String, corpus: Corpus) throws(ImportError) -> ImportedDocument {
    let source = try ImportInput.read(file)
    let elements: [XMLElementReader.Element]
    do {
      elements = try XMLElementReader.elements(source.utf8)
    } catch {
      throw ImportError(
        error.forbidden ? .forbiddenXML : error.truncated ? .truncated : .syntax, path: file, line: error.line,
        error.message)
    }
    guard let root = elements.first, root.name.hasSuffix(":XMI") else {
      throw ImportError(.syntax, path: file, line: elements.first?.line ?? 1, "the root element is not xmi:XMI")
    }
    var namespaces: [String: String] = [:]
    for (key, value) in root.attributes where key.hasPrefix("xmlns:") { namespaces[String(key.dropFirst(6))] = value }
    func resolve(_ name: String) -> (namespace: String, local: String)? {
      let parts = name.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let namespace = namespaces[String(parts[0])] else { return nil }
      return (namespace, String(parts[1]))
    }
    guard let sofa = elements.first(where: { resolve($0.name).map { $0 == (Self.casNamespace, "Sofa") } ?? false }),
      let sofaText = sofa.attributes["sofaString"]
    else {
      throw ImportError(.syntax, path: file, line: root.line, "no cas:Sofa with a sofaString")
    }
    let sofaLocation = FileLocation(path: file, line: sofa.line)
    let base = String(Path.lastComponent(file).dropLast(4))
    let document: Document
    if let named = corpus.document(base) {
      document = named
      try ImportInput.checkText(sofaText, of: document, at: sofaLocation)
    } else if let found = ImportInput.document(withText: sofaText, in: corpus) {
      document = found
    } else {
      throw ImportError(
        .unknownDocument, at: sofaLocation, "no corpus document is named '\(base)' or has this sofa text")
    }
    var members: Set<String> = []
    for element in elements where resolve(element.name).map({ $0 == (Self.casNamespace, "View") }) ?? false {
      for id in (element.attributes["members"] ?? "").split(separator: " ") { members.insert(String(id)) }
    }
    var spans: [ImportedSpan] = []
    for element in elements {
      guard let (namespace, local) = resolve(element.name),
        namespace == Self.customNamespace || (namespace == Self.nerNamespace && local == "NamedEntity")
      else { continue }
      let location = FileLocation(path: file, line: element.line)
      guard let id = element.attributes["xmi:id"], members.contains(id) else { continue }
      guard let begin = element.attributes["begin"].flatMap({ Int($0) }),
        let end = element.attributes["end"].flatMap({ Int($0) })
      else {
        throw ImportError(.syntax, at: location, "an annotation needs integer begin and end")
      }
      let range = try ImportInput.scalarRange(utf16: begin, end, in: document.text, at: location)
      let layer: String
      let label: String?
      var attributes: [String: String] = [:]
      if namespace == Self.nerNamespace {
        layer = "entity"
        label = element.attributes["value"]
      } else {
        layer = local.prefix(1).lowercased() + local.dropFirst()
        label = element.attributes["label"]
        for (key, value) in element.attributes where !["xmi:id", "sofa", "begin", "end", "label"].contains(key) {
          attributes[key] = value
        }
      }
      guard let label else { throw ImportError(.syntax, at: location, "an annotation without a label") }
      spans.append(ImportedSpan(layer: layer, label: label, range: range, attributes: attributes, location: location))
    }
    return ImportedDocument(documentID: document.id, spans: spans)
  }
}
