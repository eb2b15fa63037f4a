extension BuiltinGazetteers {
  /// Companies, exchanges and rating agencies (ORG).
  static let companies = """
    # The largest listed companies of the main stock indices (Dow Jones, S&P 100,
    # Euro Stoxx 50, DAX, CAC 40, AEX, FTSE 100, SMI, Nikkei 225, Kospi, Hang Seng),
    # and companies the news often names. Names that are also common words,
    # places or people's names (Target, Orange, Amazon, Ford) are left out.
    Apple
    Google
    Alphabet
    Microsoft
    Amazon.com
    Facebook
    Meta
    Meta Platforms
    Twitter
    Nvidia
    Tesla
    Berkshire Hathaway
    JPMorgan
    JPMorgan Chase
    Goldman Sachs
    Morgan Stanley
    Bank of America
    Citigroup
    Citi
    Wells Fargo
    BlackRock
    Mastercard
    ExxonMobil
    Exxon Mobil
    Exxon
    Chevron
    ConocoPhillips
    Johnson & Johnson
    Pfizer
    Moderna
    Merck
    Eli Lilly
    AbbVie
    UnitedHealth
    Procter & Gamble
    Coca-Cola
    PepsiCo
    McDonald's
    Starbucks
    Nike
    Disney
    Walt Disney
    Netflix
    Comcast
    Verizon
    AT&T
    Intel
    AMD
    Qualcomm
    Broadcom
    Oracle
    Salesforce
    Adobe
    IBM
    Cisco
    Hewlett-Packard
    Uber
    Airbnb
    OpenAI
    Anthropic
    SpaceX
    Boeing
    Lockheed Martin
    Raytheon
    Northrop Grumman
    General Electric
    General Motors
    Ford Motor
    Caterpillar
    Walmart
    Costco
    Home Depot
    FedEx
    Yahoo
    eBay
    Enron
    ASML
    SAP
    Siemens
    Allianz
    Airbus
    Volkswagen
    BMW
    Mercedes-Benz
    Daimler
    Porsche
    Bosch
    BASF
    Bayer
    Deutsche Bank
    Commerzbank
    Deutsche Telekom
    Deutsche Post
    DHL
    Lufthansa
    Adidas
    Infineon
    Rheinmetall
    Henkel
    E.ON
    RWE
    Uniper
    Vonovia
    Zalando
    Munich Re
    LVMH
    TotalEnergies
    Sanofi
    L'Oréal
    Hermès
    Kering
    BNP Paribas
    Societe Generale
    Société Générale
    Credit Agricole
    Crédit Agricole
    AXA
    Danone
    Renault
    Stellantis
    Peugeot
    Michelin
    Safran
    Thales
    Dassault
    Vivendi
    Carrefour
    Capgemini
    Schneider Electric
    Air Liquide
    Saint-Gobain
    Veolia
    Engie
    EDF
    Alstom
    Bouygues
    Shell
    Philips
    Heineken
    ING
    ABN Amro
    Rabobank
    Unilever
    Ahold Delhaize
    Prosus
    ArcelorMittal
    AB InBev
    Anheuser-Busch InBev
    KLM
    Air France-KLM
    Adyen
    BP
    HSBC
    Barclays
    Lloyds
    NatWest
    Standard Chartered
    AstraZeneca
    GSK
    GlaxoSmithKline
    Rio Tinto
    Anglo American
    Glencore
    BHP
    Vodafone
    Tesco
    Diageo
    Rolls-Royce
    BAE Systems
    Aviva
    British American Tobacco
    Burberry
    easyJet
    Ryanair
    Jaguar Land Rover
    Nestle
    Nestlé
    Novartis
    Roche
    UBS
    Credit Suisse
    ABB
    Richemont
    Swiss Re
    Holcim
    Volvo
    Ericsson
    Nokia
    Novo Nordisk
    Maersk
    Equinor
    Spotify
    IKEA
    H&M
    Saab
    Vestas
    Carlsberg
    Nordea
    Santander
    Banco Santander
    BBVA
    Iberdrola
    Inditex
    Telefonica
    Telefónica
    Repsol
    CaixaBank
    Enel
    Eni
    UniCredit
    Intesa Sanpaolo
    Generali
    Ferrari
    Fiat
    Pirelli
    Prada
    Gucci
    Gazprom
    Rosneft
    Rosatom
    Roscosmos
    Lukoil
    Sberbank
    VTB
    Novatek
    Aeroflot
    Naftogaz
    Orlen
    Toyota
    Honda
    Nissan
    Sony
    Panasonic
    Hitachi
    Toshiba
    Mitsubishi
    Mitsui
    Sumitomo
    SoftBank
    Nintendo
    Fujitsu
    Nomura
    Mizuho
    Fast Retailing
    Samsung
    Samsung Electronics
    Hyundai
    Kia
    LG Electronics
    SK Hynix
    Lotte
    Posco
    Huawei
    Alibaba
    Tencent
    Baidu
    JD.com
    ByteDance
    TikTok
    Xiaomi
    BYD
    CATL
    Geely
    Lenovo
    ZTE
    PetroChina
    Sinopec
    CNOOC
    China Mobile
    ICBC
    Ping An
    TSMC
    Foxconn
    MediaTek
    Infosys
    Tata Group
    Tata Steel
    Tata Motors
    Reliance Industries
    Adani Group
    Wipro
    Saudi Aramco
    Aramco
    Qatar Airways
    Etihad
    Singapore Airlines
    Cathay Pacific
    Petronas
    Pertamina
    Petrobras
    Pemex
    Shopify
    Embraer
    Bombardier
    # Markets, exchanges and rating agencies
    Nasdaq
    NYSE
    New York Stock Exchange
    London Stock Exchange
    Euronext
    Deutsche Börse
    Dow Jones
    S&P Global
    Moody's
    Fitch
    Fitch Ratings
    Standard & Poor's
    """
}
