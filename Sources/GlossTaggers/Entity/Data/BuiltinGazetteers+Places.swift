extension BuiltinGazetteers {
  /// Everyday country names and abbreviations, former states, capitals and
  /// major cities, states and provinces (GPE).
  static let places = """
    # Countries as the news names them
    Russia
    America
    United States
    United States of America
    US
    U.S.
    U.S.A.
    USA
    UK
    U.K.
    Britain
    Great Britain
    England
    Scotland
    Wales
    Northern Ireland
    Holland
    Czechia
    Czech Republic
    Ivory Coast
    DR Congo
    DRC
    Burma
    Macedonia
    Swaziland
    East Timor
    Vatican
    Vatican City
    Palestine
    Gaza
    West Bank
    Kosovo
    Taiwan
    Hong Kong
    Macau
    Tibet
    Crimea
    Donbas
    Donetsk
    Luhansk
    Chechnya
    Kashmir
    Soviet Union
    USSR
    East Germany
    West Germany
    Yugoslavia
    Czechoslovakia
    Prussia
    Ottoman Empire
    Roman Empire
    Byzantine Empire
    # Capitals and major cities
    Pyongyang
    Seoul
    Busan
    Moscow
    St. Petersburg
    Saint Petersburg
    Vladivostok
    Novosibirsk
    Kyiv
    Kiev
    Kharkiv
    Odesa
    Odessa
    Mariupol
    Minsk
    Warsaw
    Krakow
    Prague
    Vienna
    Budapest
    Bucharest
    Sofia
    Belgrade
    Zagreb
    Ljubljana
    Sarajevo
    Athens
    Ankara
    Istanbul
    Berlin
    Munich
    Hamburg
    Frankfurt
    Cologne
    Paris
    Marseille
    Lyon
    London
    Manchester
    Liverpool
    Birmingham
    Edinburgh
    Glasgow
    Dublin
    Belfast
    Cardiff
    Madrid
    Barcelona
    Lisbon
    Rome
    Milan
    Naples
    Venice
    Florence
    Amsterdam
    Rotterdam
    The Hague
    Brussels
    Geneva
    Zurich
    Bern
    Copenhagen
    Stockholm
    Oslo
    Helsinki
    Reykjavik
    Tallinn
    Riga
    Vilnius
    Chisinau
    Tbilisi
    Yerevan
    Baku
    Tehran
    Baghdad
    Damascus
    Beirut
    Amman
    Jerusalem
    Tel Aviv
    Riyadh
    Jeddah
    Mecca
    Doha
    Dubai
    Abu Dhabi
    Muscat
    Sanaa
    Kuwait City
    Cairo
    Alexandria
    Tripoli
    Tunis
    Algiers
    Rabat
    Casablanca
    Khartoum
    Addis Ababa
    Nairobi
    Mogadishu
    Kampala
    Kigali
    Dar es Salaam
    Lagos
    Abuja
    Accra
    Dakar
    Kinshasa
    Luanda
    Johannesburg
    Cape Town
    Pretoria
    Harare
    Kabul
    Islamabad
    Karachi
    Lahore
    New Delhi
    Delhi
    Mumbai
    Bombay
    Kolkata
    Calcutta
    Chennai
    Bangalore
    Bengaluru
    Hyderabad
    Dhaka
    Kathmandu
    Colombo
    Beijing
    Peking
    Shanghai
    Guangzhou
    Shenzhen
    Wuhan
    Chongqing
    Tianjin
    Nanjing
    Xinjiang
    Taipei
    Tokyo
    Osaka
    Kyoto
    Hiroshima
    Nagasaki
    Okinawa
    Ulaanbaatar
    Hanoi
    Ho Chi Minh City
    Saigon
    Bangkok
    Phnom Penh
    Vientiane
    Yangon
    Rangoon
    Naypyidaw
    Kuala Lumpur
    Singapore
    Jakarta
    Manila
    Canberra
    Sydney
    Melbourne
    Brisbane
    Perth
    Wellington
    Auckland
    Ottawa
    Toronto
    Montreal
    Vancouver
    Quebec
    Mexico City
    Havana
    Caracas
    Bogota
    Lima
    Quito
    Santiago
    Buenos Aires
    Montevideo
    Brasilia
    Rio de Janeiro
    Sao Paulo
    Washington
    Washington, D.C.
    New York
    New York City
    Los Angeles
    Chicago
    Houston
    Philadelphia
    Phoenix
    San Antonio
    San Diego
    Dallas
    San Francisco
    San Jose
    Austin
    Seattle
    Boston
    Denver
    Atlanta
    Miami
    Detroit
    Baltimore
    Las Vegas
    Portland
    Pittsburgh
    Cleveland
    Cincinnati
    Minneapolis
    St. Louis
    New Orleans
    Nashville
    Honolulu
    Anchorage
    Sacramento
    Salt Lake City
    Kansas City
    Brooklyn
    Manhattan
    # US states
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Georgia
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    West Virginia
    Wisconsin
    Wyoming
    # Provinces and regions that govern themselves
    Ontario
    British Columbia
    Alberta
    Bavaria
    Catalonia
    Siberia
    Kaliningrad
    Hokkaido
    # Regions of European states, in English
    Saxony
    Lower Saxony
    Hesse
    Thuringia
    Brandenburg
    North Rhine-Westphalia
    Baden-Württemberg
    Rhineland-Palatinate
    Saxony-Anhalt
    Mecklenburg-Western Pomerania
    Schleswig-Holstein
    Saarland
    Andalusia
    Basque Country
    Galicia
    Aragon
    Castile and León
    Lombardy
    Tuscany
    Sicily
    Sardinia
    Piedmont
    Veneto
    Campania
    Calabria
    Apulia
    Puglia
    Emilia-Romagna
    Liguria
    Brittany
    Normandy
    Provence
    Alsace
    Burgundy
    Corsica
    Île-de-France
    Flanders
    Wallonia
    Silesia
    Pomerania
    Transylvania
    Dalmatia
    Lapland
    Kherson
    Zaporizhzhia
    Dagestan
    Tatarstan
    Kursk
    Belgorod
    Bryansk
    Chukotka
    """
}
