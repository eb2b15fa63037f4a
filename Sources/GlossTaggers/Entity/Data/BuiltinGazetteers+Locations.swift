extension BuiltinGazetteers {
  /// Continents, regions, seas, rivers and mountain ranges (LOC).
  static let locations = """
    Africa
    Antarctica
    Asia
    Europe
    Eurasia
    North America
    South America
    Latin America
    Central America
    Oceania
    Australasia
    Scandinavia
    Balkans
    Caucasus
    Middle East
    Near East
    Far East
    East Asia
    Northeast Asia
    Southeast Asia
    South Asia
    Central Asia
    West Asia
    Western Europe
    Eastern Europe
    Central Europe
    Northern Europe
    Southern Europe
    North Africa
    West Africa
    East Africa
    Southern Africa
    Sub-Saharan Africa
    Horn of Africa
    Sahel
    Sahara
    Arctic
    Indo-Pacific
    Asia-Pacific
    Korean Peninsula
    Arabian Peninsula
    Iberian Peninsula
    Crimean Peninsula
    Persian Gulf
    Gulf of Mexico
    Red Sea
    Black Sea
    Baltic Sea
    Caspian Sea
    Mediterranean
    Mediterranean Sea
    South China Sea
    East China Sea
    Sea of Japan
    Yellow Sea
    Sea of Okhotsk
    North Sea
    Atlantic
    Atlantic Ocean
    Pacific
    Pacific Ocean
    Indian Ocean
    Arctic Ocean
    Taiwan Strait
    Strait of Hormuz
    Bosphorus
    Suez Canal
    Panama Canal
    Amazon
    Nile
    Danube
    Rhine
    Volga
    Dnipro
    Dnieper
    Yangtze
    Mississippi River
    Himalayas
    Alps
    Andes
    Urals
    Rockies
    Rocky Mountains
    Silicon Valley
    Midwest
    Northeast
    Southeast
    Southwest
    Northwest
    Pacific Northwest
    Deep South
    New England
    Great Plains
    Great Lakes
    Gulf Coast
    East Coast
    West Coast
    West
    Global South
    """

  /// Planets, moons and other bodies of the solar system, and galaxies (LOC,
  /// as OntoNotes labels celestial locations).
  static let celestialBodies = """
    Mercury
    Venus
    Earth
    Mars
    Jupiter
    Saturn
    Uranus
    Neptune
    Pluto
    Ceres
    Vesta
    Europa
    Ganymede
    Callisto
    Titan
    Enceladus
    Triton
    Charon
    Phobos
    Deimos
    Bennu
    Ryugu
    Milky Way
    Andromeda Galaxy
    Alpha Centauri
    Proxima Centauri
    Kuiper Belt
    Oort Cloud
    """
}
