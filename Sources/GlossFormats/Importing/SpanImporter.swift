import GlossCore

/// A format that Gloss imports spans from.
///
/// An importer reads a file (or a folder, for brat and XMI), finds the
/// corpus document each part belongs to, checks that the text it carries is
/// the document's text, and converts its offsets to Unicode scalar offsets.
/// It validates everything before anything is staged: the first problem is
/// thrown as an ``ImportError`` naming the file and line, and nothing is
/// imported.
public protocol SpanImporter {
  /// Reads every span at `path`, checked against `corpus`.
  func read(path: String, corpus: Corpus) throws(ImportError) -> [ImportedDocument]
}
