extension BuiltinGazetteers {
  /// Laws, treaties and charters known by a name without a telling suffix
  /// (LAW); names ending in Treaty, Charter, Act and the like are found by
  /// the tagger's patterns.
  static let laws = """
    Constitution
    Geneva Conventions
    Magna Carta
    Bill of Rights
    Minsk agreements
    Minsk II
    Budapest Memorandum
    New START
    Obamacare
    """

  /// Named wars, summits and other events (EVENT).
  static let events = """
    World War I
    World War II
    First World War
    Second World War
    Cold War
    Korean War
    Vietnam War
    Gulf War
    Iraq War
    Holocaust
    Olympics
    Olympic Games
    Paralympics
    World Cup
    Super Bowl
    Brexit referendum
    """

  /// Named languages (LANGUAGE); the adjectives that double as languages
  /// are tagged NORP.
  static let languages = """
    Esperanto
    Latin
    Mandarin
    Cantonese
    Hindi
    Urdu
    Swahili
    Hebrew
    Yiddish
    Tagalog
    Bengali
    """
}
