/// The entity types written in CoNLL columns.
public enum LabelSet: String, Sendable, Hashable, CaseIterable {
  /// The corpus labels as they are (OntoNotes names: PERSON, GPE, DATE, …).
  case ontonotes
  /// CoNLL-2003's four classes: PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC,
  /// every other label→MISC.
  case conll

  /// The type written for a corpus label.
  public func type(for label: String) -> String {
    switch self {
    case .ontonotes: return label
    case .conll:
      switch label {
      case "PERSON", "PER": return "PER"
      case "ORG": return "ORG"
      case "GPE", "LOC", "FAC": return "LOC"
      default: return "MISC"
      }
    }
  }

  /// The corpus label for a type read from a file: CoNLL's `PER` becomes
  /// `PERSON`, `MISC` stays `MISC` (and is refused unless the scheme
  /// declares it); OntoNotes names stay as they are.
  public static func label(for type: String) -> String {
    type == "PER" ? "PERSON" : type
  }
}
