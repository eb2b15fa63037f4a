import GlossCore

/// Reads spaCy's binary training file (`.spacy`, a `DocBin`), whether
/// ``DocBinExporter`` or spaCy wrote it: each `Doc`'s text is rebuilt from
/// its tokens and spaces, and its document is `doc._.document_id` or the
/// corpus document with exactly this text. Every span group is a layer of
/// the same name; `doc.ents` goes to the entity layer unless an `entity`
/// span group holds it already; span extension values named
/// `<layer>_<attribute>` become the attributes of the spans of that layer
/// with the same offsets.
public struct DocBinImporter: SpanImporter {
  /// Creates an importer.
  public init() {}

  /// Reads the file at `path`.
  public func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument] {
    let location = FileLocation(path: path)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw ImportError(reading: error, "cannot read")
    }
    guard !bytes.isEmpty else {
      throw ImportError(.truncated, at: location, "the file is empty: there is nothing to import")
    }
    let message: MessagePackValue
    do {
      message = try MessagePackReader.decode(try Zlib.decompress(bytes))
    } catch let error as ZlibError {
      throw ImportError(
        .unreadable, at: FileLocation(path: path, byteOffset: error.byteOffset),
        "not a spaCy DocBin (.spacy) file: \(error.message) (write one with gloss export docbin or DocBin.to_disk)")
    } catch {
      throw ImportError(.unreadable, at: location, "not a spaCy DocBin (.spacy) file: the content is damaged: \(error)")
    }
    var result: [ImportedDocument] = []
    for (number, doc) in try DocBinReader.documents(message, at: location).enumerated() {
      let document: Document
      do {
        document = try ImportInput.document(doc.documentID, text: doc.text, in: corpus, at: location)
      } catch {
        throw ImportError(error.kind, at: location, "Doc \(number + 1): \(error.message)")
      }
      var spans: [ImportedSpan] = []
      for span in doc.spans {
        let range = try ImportInput.checkRange(span.start, span.end, in: document.text, at: location)
        spans.append(
          ImportedSpan(
            layer: span.layer, label: span.label, range: range, attributes: span.attributes, location: location))
      }
      result.append(ImportedDocument(documentID: document.id, spans: spans))
    }
    return result
  }
}
