/// The constants of spaCy's `DocBin` file (`spacy/tokens/_serialize.py`,
/// spaCy 3): the token attribute IDs of `spacy.attrs`, the entity IOB codes
/// of `Token.iob_strings()`, and the keys of the user data Gloss writes.
package enum DocBinLayout {
  /// The version string `DocBin` writes.
  package static let version = "0.1"
  /// `spacy.attrs.ORTH`: the token's text.
  package static let orth: Int = 65
  /// `spacy.attrs.ENT_IOB`.
  package static let entityIOB: Int = 77
  /// `spacy.attrs.ENT_TYPE`: the entity label's string ID.
  package static let entityType: Int = 78
  /// The columns Gloss writes: text, entity IOB, entity type.
  package static let attributes = [orth, entityIOB, entityType]
  /// `ENT_IOB` inside an entity (`Token.iob_strings()` index of `I`).
  package static let inside: UInt64 = 1
  /// `ENT_IOB` outside any entity (`O`): annotated, no entity.
  package static let outside: UInt64 = 2
  /// `ENT_IOB` at the start of an entity (`B`).
  package static let begin: UInt64 = 3
  /// The first element of a user-data key of a custom extension (`span._.x`).
  package static let extensionMarker = "._."
  /// The document extension that holds the Gloss document ID (`doc._.document_id`).
  package static let documentIDExtension = "document_id"
  /// The span group that also holds every entity (overlapping ones too).
  package static let entityLayer = "entity"
  /// The bytes of one span in a span group: `>QQQllll` (id, kb_id, label,
  /// start, end, start_char, end_char).
  package static let spanRecordLength = 40
}
