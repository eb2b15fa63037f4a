/// The gazetteers compiled into Gloss, in the same one-name-per-line format
/// as a corpus's `Gazetteers/<LABEL>.txt` files.
///
/// The lists are Swift string literals rather than resource files so the
/// library finds them without `Bundle` or any file at run time: a moved or
/// installed `gloss` binary carries them. `Scripts/make-gazetteers.py`
/// generates the country and subdivision lists from Debian's iso-codes; the
/// other lists are written by hand.
enum BuiltinGazetteers {
  /// Every built-in list with the label of its names.
  static let lists: [(label: String, names: String)] = [
    ("GPE", countries),
    ("GPE", places),
    ("GPE", subdivisions),
    ("LOC", locations),
    ("LOC", celestialBodies),
    ("NORP", nationalities),
    ("ORG", organizations),
    ("ORG", companies),
    ("ORG", sportsOrganizations),
    ("LAW", laws),
    ("EVENT", events),
    ("EVENT", competitions),
    ("LANGUAGE", languages),
  ]
}
