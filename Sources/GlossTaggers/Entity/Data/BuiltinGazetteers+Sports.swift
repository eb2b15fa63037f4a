extension BuiltinGazetteers {
  /// Sports clubs and teams, leagues, tours and governing bodies (ORG).
  ///
  /// A club whose short name is also a city (`Liverpool`, `Barcelona`) or a
  /// given name (`Chelsea`) is listed by its full name only, so the city or
  /// the person keeps the short one.
  static let sportsOrganizations = """
    # Football clubs: the full name, and short names that are not also a city or a given name
    Arsenal
    Aston Villa
    AFC Bournemouth
    Brentford
    Brighton & Hove Albion
    Chelsea FC
    Crystal Palace
    Everton
    Fulham
    Ipswich Town
    Leicester City
    Liverpool FC
    Manchester City
    Manchester United
    Man City
    Man United
    Man Utd
    Newcastle United
    Nottingham Forest
    Southampton FC
    Tottenham Hotspur
    Tottenham
    West Ham United
    West Ham
    Wolverhampton Wanderers
    Leeds United
    Sheffield United
    Sheffield Wednesday
    Celtic FC
    Glasgow Rangers
    Rangers FC
    Bayern Munich
    Bayern München
    FC Bayern
    Bayern
    Borussia Dortmund
    Borussia Mönchengladbach
    RB Leipzig
    Bayer Leverkusen
    Eintracht Frankfurt
    VfB Stuttgart
    VfL Wolfsburg
    SC Freiburg
    Werder Bremen
    Hertha Berlin
    Hertha BSC
    Schalke 04
    Schalke
    Union Berlin
    Hamburger SV
    TSG Hoffenheim
    Hoffenheim
    Real Madrid
    Atletico Madrid
    Atlético Madrid
    Atletico
    Atlético
    FC Barcelona
    Barca
    Barça
    Sevilla FC
    Real Sociedad
    Real Betis
    Athletic Bilbao
    Athletic Club
    Villarreal
    Valencia CF
    Celta Vigo
    Osasuna
    Espanyol
    Rayo Vallecano
    Girona FC
    Juventus
    AC Milan
    Inter Milan
    Internazionale
    Napoli
    AS Roma
    SS Lazio
    Atalanta
    Fiorentina
    Sampdoria
    Udinese
    Paris Saint-Germain
    PSG
    Olympique de Marseille
    Olympique Marseille
    Olympique Lyonnais
    Olympique Lyon
    AS Monaco
    OGC Nice
    Stade Rennais
    LOSC Lille
    RC Lens
    Benfica
    SL Benfica
    FC Porto
    Sporting CP
    Sporting Lisbon
    SC Braga
    Ajax
    Ajax Amsterdam
    PSV Eindhoven
    PSV
    Feyenoord
    AZ Alkmaar
    Galatasaray
    Fenerbahce
    Fenerbahçe
    Besiktas
    Beşiktaş
    Olympiacos
    Panathinaikos
    Anderlecht
    Club Brugge
    Red Bull Salzburg
    Shakhtar Donetsk
    Dynamo Kyiv
    Dynamo Kiev
    Zenit St. Petersburg
    Spartak Moscow
    CSKA Moscow
    Red Star Belgrade
    Dinamo Zagreb
    Slavia Prague
    Sparta Prague
    Legia Warsaw
    FC Copenhagen
    Boca Juniors
    River Plate
    Flamengo
    Palmeiras
    Fluminense
    Al Hilal
    Al-Hilal
    Al Nassr
    Al-Nassr
    Al Ahly
    Inter Miami
    LA Galaxy
    Los Angeles FC
    New York Red Bulls
    New York City FC
    Seattle Sounders
    # North American teams
    Arizona Cardinals
    Atlanta Falcons
    Baltimore Ravens
    Buffalo Bills
    Carolina Panthers
    Chicago Bears
    Cincinnati Bengals
    Cleveland Browns
    Dallas Cowboys
    Denver Broncos
    Detroit Lions
    Green Bay Packers
    Houston Texans
    Indianapolis Colts
    Jacksonville Jaguars
    Kansas City Chiefs
    Las Vegas Raiders
    Los Angeles Chargers
    Los Angeles Rams
    Miami Dolphins
    Minnesota Vikings
    New England Patriots
    New Orleans Saints
    New York Giants
    New York Jets
    Philadelphia Eagles
    Pittsburgh Steelers
    San Francisco 49ers
    Seattle Seahawks
    Tampa Bay Buccaneers
    Tennessee Titans
    Washington Commanders
    Atlanta Hawks
    Boston Celtics
    Brooklyn Nets
    Charlotte Hornets
    Chicago Bulls
    Cleveland Cavaliers
    Dallas Mavericks
    Denver Nuggets
    Detroit Pistons
    Golden State Warriors
    Houston Rockets
    Indiana Pacers
    Los Angeles Clippers
    Los Angeles Lakers
    Memphis Grizzlies
    Miami Heat
    Milwaukee Bucks
    Minnesota Timberwolves
    New Orleans Pelicans
    New York Knicks
    Oklahoma City Thunder
    Orlando Magic
    Philadelphia 76ers
    Phoenix Suns
    Portland Trail Blazers
    Sacramento Kings
    San Antonio Spurs
    Toronto Raptors
    Utah Jazz
    Washington Wizards
    Arizona Diamondbacks
    Atlanta Braves
    Baltimore Orioles
    Boston Red Sox
    Chicago Cubs
    Chicago White Sox
    Cincinnati Reds
    Cleveland Guardians
    Colorado Rockies
    Detroit Tigers
    Houston Astros
    Kansas City Royals
    Los Angeles Angels
    Los Angeles Dodgers
    Miami Marlins
    Milwaukee Brewers
    Minnesota Twins
    New York Mets
    New York Yankees
    Oakland Athletics
    Philadelphia Phillies
    Pittsburgh Pirates
    San Diego Padres
    San Francisco Giants
    Seattle Mariners
    St. Louis Cardinals
    Tampa Bay Rays
    Texas Rangers
    Toronto Blue Jays
    Washington Nationals
    Anaheim Ducks
    Boston Bruins
    Buffalo Sabres
    Calgary Flames
    Carolina Hurricanes
    Chicago Blackhawks
    Colorado Avalanche
    Columbus Blue Jackets
    Dallas Stars
    Detroit Red Wings
    Edmonton Oilers
    Florida Panthers
    Los Angeles Kings
    Minnesota Wild
    Montreal Canadiens
    Nashville Predators
    New Jersey Devils
    New York Islanders
    New York Rangers
    Ottawa Senators
    Philadelphia Flyers
    Pittsburgh Penguins
    San Jose Sharks
    Seattle Kraken
    St. Louis Blues
    Tampa Bay Lightning
    Toronto Maple Leafs
    Vancouver Canucks
    Vegas Golden Knights
    Washington Capitals
    Winnipeg Jets
    # Leagues, tours and governing bodies
    Premier League
    English Premier League
    Bundesliga
    La Liga
    LaLiga
    Serie A
    Ligue 1
    Eredivisie
    Primeira Liga
    Scottish Premiership
    Major League Soccer
    MLS
    Saudi Pro League
    English Football League
    EFL
    Indian Premier League
    IPL
    NFL
    NBA
    MLB
    NHL
    WNBA
    NCAA
    PGA Tour
    LPGA
    ATP
    WTA
    Formula One
    Formula 1
    IndyCar
    NASCAR
    UFC
    FIFA
    UEFA
    CONMEBOL
    CONCACAF
    IOC
    International Olympic Committee
    World Athletics
    World Anti-Doping Agency
    WADA
    Court of Arbitration for Sport
    Football Association
    DFB
    World Rugby
    BCCI
    """

  /// Competitions and tournaments (EVENT); a league as the body that runs
  /// them (`Premier League`) is an organisation.
  static let competitions = """
    Champions League
    UEFA Champions League
    Europa League
    UEFA Europa League
    Conference League
    UEFA Conference League
    Europa Conference League
    Nations League
    UEFA Nations League
    Club World Cup
    FIFA World Cup
    Women's World Cup
    Rugby World Cup
    Cricket World Cup
    T20 World Cup
    European Championship
    European Championships
    Euro 2020
    Euro 2024
    Euro 2028
    Copa America
    Copa América
    Africa Cup of Nations
    Asian Cup
    Gold Cup
    FA Cup
    League Cup
    Carabao Cup
    Copa del Rey
    DFB-Pokal
    Coppa Italia
    Coupe de France
    World Series
    Stanley Cup
    NBA Finals
    Ryder Cup
    Davis Cup
    Wimbledon
    US Open
    French Open
    Australian Open
    Roland Garros
    Tour de France
    Giro d'Italia
    Vuelta a España
    Six Nations
    Winter Olympics
    Summer Olympics
    Paralympic Games
    Commonwealth Games
    Asian Games
    Pan American Games
    Kentucky Derby
    Grand National
    Indianapolis 500
    Daytona 500
    """
}
