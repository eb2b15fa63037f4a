extension BuiltinGazetteers {
  /// International organisations, legislatures, governments' agencies and
  /// armed forces, and well-known media (ORG).
  static let organizations = """
    # International organisations
    United Nations
    UN
    U.N.
    UN Security Council
    Security Council
    UN General Assembly
    General Assembly
    UNESCO
    UNICEF
    UNHCR
    World Health Organization
    WHO
    World Trade Organization
    WTO
    World Bank
    International Monetary Fund
    IMF
    International Atomic Energy Agency
    IAEA
    International Court of Justice
    International Criminal Court
    ICC
    Interpol
    NATO
    North Atlantic Treaty Organization
    European Union
    EU
    E.U.
    European Commission
    European Parliament
    European Council
    Council of Europe
    European Central Bank
    African Union
    Arab League
    ASEAN
    Association of Southeast Asian Nations
    BRICS
    G7
    G8
    G20
    OPEC
    OSCE
    Shanghai Cooperation Organisation
    SCO
    Commonwealth
    Red Cross
    International Committee of the Red Cross
    Amnesty International
    Human Rights Watch
    Greenpeace
    Hamas
    Hezbollah
    Al Qaeda
    al-Qaeda
    ISIS
    Islamic State
    Wagner Group
    Wagner
    # Legislatures, governments and agencies
    Kremlin
    State Duma
    Duma
    Federation Council
    Supreme People's Assembly
    Workers' Party of Korea
    Korean Workers' Party
    Korean People's Army
    Korean Central News Agency
    KCNA
    Congress
    Senate
    House of Representatives
    House of Commons
    House of Lords
    Parliament
    Bundestag
    Knesset
    National Assembly
    National People's Congress
    Politburo
    Pentagon
    White House
    State Department
    Department of State
    Department of Defense
    Defense Department
    Justice Department
    Department of Justice
    Treasury
    Supreme Court
    FBI
    CIA
    NSA
    NASA
    EPA
    FDA
    CDC
    FEMA
    IRS
    SEC
    Federal Reserve
    KGB
    FSB
    GRU
    MI5
    MI6
    Mossad
    Roscosmos
    Gazprom
    Rosneft
    Rosatom
    TASS
    RIA Novosti
    Xinhua
    Yonhap
    Reuters
    Associated Press
    AP
    AFP
    Agence France-Presse
    BBC
    CNN
    Fox News
    NPR
    Al Jazeera
    New York Times
    Washington Post
    Wall Street Journal
    Financial Times
    The Guardian
    The Economist
    Bloomberg
    # Legislatures
    Sejm
    Bundesrat
    Riksdag
    Storting
    Folketing
    Eduskunta
    Althing
    Oireachtas
    Dáil
    Dail
    Cortes
    Congress of Deputies
    Chamber of Deputies
    Verkhovna Rada
    Rada
    Saeima
    Seimas
    Riigikogu
    Sabor
    Majlis
    Lok Sabha
    Rajya Sabha
    National Diet
    Legislative Yuan
    Dewan Rakyat
    Grand National Assembly
    Loya Jirga
    # Central banks and economic bodies
    ECB
    Fed
    Bank of England
    BoE
    Bank of Japan
    BOJ
    BoJ
    People's Bank of China
    PBOC
    Reserve Bank of India
    RBI
    Reserve Bank of Australia
    RBA
    Bank of Canada
    Swiss National Bank
    SNB
    Riksbank
    Norges Bank
    Bundesbank
    Banque de France
    Bank of Korea
    Bank of Russia
    Eurostat
    Eurogroup
    OECD
    Bank for International Settlements
    European Investment Bank
    EBRD
    Asian Development Bank
    AIIB
    Office for National Statistics
    ONS
    Destatis
    INSEE
    Istat
    Rosstat
    # More international and national bodies
    Frontex
    Europol
    EFTA
    Mercosur
    APEC
    AUKUS
    IEA
    WMO
    World Meteorological Organization
    UNFCCC
    IPCC
    FAO
    WFP
    World Food Programme
    UNDP
    UNRWA
    ILO
    IATA
    FATF
    Court of Justice of the European Union
    European Court of Justice
    European Court of Human Rights
    NHS
    Ofcom
    Ofgem
    FTC
    FCC
    DOJ
    DHS
    NTSB
    FAA
    NIH
    USDA
    Bureau of Labor Statistics
    Census Bureau
    Bundeswehr
    IDF
    Israel Defense Forces
    People's Liberation Army
    PLA
    Royal Navy
    Royal Air Force
    RAF
    Air Force
    Space Force
    Marine Corps
    Scotland Yard
    Shin Bet
    SBU
    Houthis
    PKK
    Islamic Jihad
    Fatah
    PLO
    Palestinian Authority
    Muslim Brotherhood
    Boko Haram
    al-Shabaab
    Al-Shabaab
    # Parties
    GOP
    CDU
    CSU
    SPD
    AfD
    FDP
    Law and Justice
    PiS
    Civic Platform
    Fidesz
    BJP
    ANC
    Likud
    Sinn Fein
    Sinn Féin
    SNP
    Reform UK
    National Rally
    PSOE
    Syriza
    United Russia
    Chinese Communist Party
    CCP
    # More media
    Politico
    Axios
    CNBC
    MSNBC
    ABC News
    CBS News
    NBC News
    Sky News
    Le Monde
    Der Spiegel
    Nikkei
    Kyodo
    Interfax
    Sputnik
    Al Arabiya
    Haaretz
    South China Morning Post
    Deutsche Welle
    France 24
    Euronews
    """
}
