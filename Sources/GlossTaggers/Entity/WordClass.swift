/// What the entity tagger's rules know about a word, looked up once per word
/// by the hash of its lowercased bytes.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  /// A title or role before a person's name: `President`, `spokesman`.
  static let personTitle = WordClass(rawValue: 1 << 0)
  /// A word that may sit inside a multi-word title: `Prime`, `Foreign`.
  static let titleModifier = WordClass(rawValue: 1 << 1)
  /// The last word of an organisation's name: `Commission`, `University`.
  static let orgSuffix = WordClass(rawValue: 1 << 2)
  /// The last word of a law's or treaty's name: `Treaty`, `Charter`.
  static let lawSuffix = WordClass(rawValue: 1 << 3)
  /// A word a number follows in a law's part: `Article 4`, `Section 230`.
  static let lawHead = WordClass(rawValue: 1 << 4)
  /// The last word of a facility's name: `Airport`, `Bridge`.
  static let facilitySuffix = WordClass(rawValue: 1 << 5)
  /// The last word of a location's name: `River`, `Peninsula`.
  static let locationSuffix = WordClass(rawValue: 1 << 6)
  /// The last word of a city's or province's name: `City`, `Province`.
  static let placeSuffix = WordClass(rawValue: 1 << 7)
  /// The last word of an event's name: `War`, `Summit`.
  static let eventSuffix = WordClass(rawValue: 1 << 8)
  /// A head word that takes `of …` inside the name: `University of X`.
  static let headOf = WordClass(rawValue: 1 << 9)
  /// A common given name: `Dmitry`, `Sarah`.
  static let givenName = WordClass(rawValue: 1 << 10)
  /// A family name written first, or common enough to signal a person:
  /// `Kim`, `Xi`.
  static let familyName = WordClass(rawValue: 1 << 11)
  /// A function word that never starts or continues a name when
  /// capitalized: `The`, `In`, `However`.
  static let function = WordClass(rawValue: 1 << 12)
  /// A common word that a person's name does not contain: `Visits`, `New`.
  static let common = WordClass(rawValue: 1 << 13)
  /// A month or weekday: never an entity here (the time layer's).
  static let time = WordClass(rawValue: 1 << 14)
  /// A verb of saying: `said`, `told`.
  static let speech = WordClass(rawValue: 1 << 15)
  /// A word that joins the parts of a name: `of`, `the`, `for`, `and`, `&`.
  static let nameJoiner = WordClass(rawValue: 1 << 16)
  /// The first word of some gazetteer name (set when a gazetteer is
  /// compiled).
  static let gazetteerStart = WordClass(rawValue: 1 << 17)
  /// A company's legal form after its name: `Inc.`, `Ltd`.
  static let companyForm = WordClass(rawValue: 1 << 18)
  /// The word before a storm's name: `Hurricane`, `Typhoon`, `Storm`.
  static let stormHead = WordClass(rawValue: 1 << 19)
  /// A word before a storm's head inside its name: `Tropical`, `Winter`.
  static let stormModifier = WordClass(rawValue: 1 << 20)
  /// A role whose `at` (or `of`, see ``roleOfOrganization``) names an
  /// organisation: `analysts at X`, `economist at X`.
  static let roleAtOrganization = WordClass(rawValue: 1 << 21)
  /// A role whose `of` names an organisation: `chief executive of X`.
  static let roleOfOrganization = WordClass(rawValue: 1 << 22)
  /// The head noun of an appositive that makes its name an organisation:
  /// `X, the association of …`, `X, Europe's largest producer`.
  static let organizationNoun = WordClass(rawValue: 1 << 23)
  /// A verb of a share price's move: `gained`, `fell`.
  static let marketVerb = WordClass(rawValue: 1 << 24)
  /// A word that names a share of a whole: `percent`, `pct`.
  static let percent = WordClass(rawValue: 1 << 25)
  /// The first word of a facility's name: `Stadium of Light`, `Estádio da Luz`.
  static let facilityHead = WordClass(rawValue: 1 << 26)
  /// The first word of a location's name: `Mount Everest`, `Lake Victoria`.
  static let locationHead = WordClass(rawValue: 1 << 27)
  /// A maker whose name before a model names a product: `Boeing 737`,
  /// `the Toyota Corolla`.
  static let productMaker = WordClass(rawValue: 1 << 28)
  /// A kind of vehicle or weapon after a model's designation: `F-16 jets`.
  static let vehicle = WordClass(rawValue: 1 << 29)
  /// A word that ends a name's context to the left: `the`, `a`, `its`.
  static let determiner = WordClass(rawValue: 1 << 30)
  /// A role before a person's name in lowercase only: `midfielder Rúben
  /// Leitão`, `economist Jane Doe` (a capitalized `Scientist` is no title).
  static let role = WordClass(rawValue: 1 << 32)
  /// A word that makes an organisation of the country after it: `Air
  /// France`, `Statistics Canada`, `Team USA`.
  static let countryOrganization = WordClass(rawValue: 1 << 33)
  /// A word that starts a name with a possessive inside: `St. Peter's
  /// Square`, `King's College`.
  static let possessiveNameStart = WordClass(rawValue: 1 << 34)
  /// A kind of place whose `of` names it: `the town of X` (GPE).
  static let placeKind = WordClass(rawValue: 1 << 35)
  /// A kind of work whose quoted title follows: `the film “Oppenheimer”`.
  static let workNoun = WordClass(rawValue: 1 << 36)
  /// A nationality's word that is also a language: `French`, `Arabic`.
  static let language = WordClass(rawValue: 1 << 37)
  /// A word a language's name follows: `in`, `speaks`, `fluent`.
  static let languageCue = WordClass(rawValue: 1 << 38)
  /// A kind of product after its name: `the Perseverance rover`, `the
  /// Pixel phone`, `the Kubernetes platform`.
  static let productNoun = WordClass(rawValue: 1 << 39)
  /// An institution a capitalized word alone names after `the`:
  /// `the Commission`, `the Council`.
  static let institution = WordClass(rawValue: 1 << 31)

  /// Every class a rule's word list gives.
  static let suffixes: WordClass = [
    .orgSuffix, .lawSuffix, .facilitySuffix, .locationSuffix, .placeSuffix, .eventSuffix, .companyForm,
  ]
}
