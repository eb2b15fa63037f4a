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
    NAFTA
    USMCA
    Schengen Agreement
    Maastricht Treaty
    Kyoto Protocol
    GDPR
    Dodd-Frank
    Affordable Care Act
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
    Arab Spring
    Cultural Revolution
    Great Depression
    Great Recession
    Cuban Missile Crisis
    Watergate
    September 11 attacks
    Eurovision
    Eurovision Song Contest
    Oscars
    Academy Awards
    Golden Globes
    Grammys
    Grammy Awards
    Emmys
    Oktoberfest
    Mardi Gras
    Hajj
    COP26
    COP27
    COP28
    COP29
    COP30
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
