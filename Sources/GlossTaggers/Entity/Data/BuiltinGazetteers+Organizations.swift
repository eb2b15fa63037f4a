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
    # Companies
    Apple
    Google
    Microsoft
    Amazon.com
    Facebook
    Meta
    Twitter
    Samsung
    Hyundai
    Toyota
    Sony
    Huawei
    Tesla
    Boeing
    Airbus
    Enron
    IBM
    Intel
    Yahoo
    eBay
    Walmart
    """
}
