/// What one key does in `review`: a decision on the suggestion shown, or a
/// fix staged on it before it is accepted.
///
/// The edge keys move an edge by one token of Gloss's tokenizer, as
/// `resize DOC SPAN ±N ±M` does: `<` and `>` move the start edge left and
/// right, `,` and `.` the end edge (the same two keys of a US keyboard,
/// shifted for the start). No key is an opening bracket, which in a script
/// would continue the line.
public enum ReviewKey: Sendable, Hashable {
  /// `a`: accept the suggestion as it stands (fixes included).
  case accept
  /// `r`: reject it.
  case reject
  /// `l`: relabel it (asks for LAYER:LABEL) and accept it.
  case relabel
  /// `s`, Enter or space: leave it pending.
  case skip
  /// `q`: end the review.
  case quit
  /// `<` (−1) or `>` (+1): move the start edge by a token.
  case moveStart(Int)
  /// `,` (−1) or `.` (+1): move the end edge by a token.
  case moveEnd(Int)
  /// `v`: set the `value` attribute (asks for it).
  case value
  /// `u`: undo the last fix of the suggestion shown.
  case undo
  /// `?`: the keys.
  case help

  /// The action of `key`, or `nil` for a key that has none.
  public init?(_ key: Character) {
    switch key {
    case "a", "A": self = .accept
    case "r", "R": self = .reject
    case "l", "L": self = .relabel
    case "s", "S", "\n", " ": self = .skip
    case "q", "Q": self = .quit
    case "<": self = .moveStart(-1)
    case ">": self = .moveStart(1)
    case ",": self = .moveEnd(-1)
    case ".": self = .moveEnd(1)
    case "v", "V": self = .value
    case "u", "U": self = .undo
    case "?": self = .help
    default: return nil
    }
  }

  /// The prompt that lists every key.
  public static let prompt = "[a]ccept [r]eject [l]abel [s]kip [q]uit | start < > end , . [v]alue [u]ndo [?]: "

  /// What each key does, shown for `?` and for a key that does nothing.
  public static let keys = """
    keys: a accept, r reject, l relabel (asks LAYER:LABEL) and accept, s skip (or Enter), q quit;
      fixes before accepting, each staged as its own step:
      < start one token left (wider)    > start one token right (narrower)
      , end one token left (narrower)   . end one token right (wider)
      v set the value (asks for it; time spans)    u undo the last fix of this suggestion
      a fixed suggestion stays pending until a accepts it (or l relabels it)

    """
}
