/// Reading a document's spans only where they still fit its text: what
/// exports, renderings and the query index use, so that a document whose
/// text changed after it was annotated is skipped (with
/// ``StoreError/staleText(documentID:recordedSHA256:currentSHA256:)``)
/// instead of shown with shifted spans, exactly as edits of it are refused.
extension AnnotationStore {
  /// The current annotations of a document, refusing them (`staleText`)
  /// when they have spans and were made on another text than the
  /// document's current one.
  public func anchoredAnnotations(for documentID: String) throws(StoreError) -> DocumentAnnotations {
    let annotations = try annotations(for: documentID)
    if !annotations.spans.isEmpty, let recorded = annotations.textSHA256, let document = documents[documentID],
      recorded != document.textSHA256
    {
      throw .staleText(documentID: documentID, recordedSHA256: recorded, currentSHA256: document.textSHA256)
    }
    return annotations
  }
}

extension AnnotationSession {
  /// The document's annotations with the staged changes applied, refusing
  /// them (`staleText`) when they have spans and the document's text changed
  /// since they were made.
  public mutating func anchoredAnnotations(for id: String) throws(StoreError) -> DocumentAnnotations {
    let annotations = try annotations(for: id)
    if !annotations.spans.isEmpty, try isStale(id) {
      let recorded = try base(id).textSHA256 ?? ""
      throw .staleText(documentID: id, recordedSHA256: recorded, currentSHA256: try document(id).textSHA256)
    }
    return annotations
  }
}

extension StoreError {
  /// For a stale document: the warning that it was skipped, and what to do.
  public var skippedStaleWarning: String? {
    guard case .staleText(let document, let recorded, let current) = self else { return nil }
    return "skipped '\(document)': its text changed after it was annotated (annotations made on sha256 "
      + "\(recorded.prefix(12))…, text now \(current.prefix(12))…), so its spans would be shifted; "
      + "restore the original text, or re-anchor the spans by hand"
  }
}
