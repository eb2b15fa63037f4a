/// The word lists behind the entity tagger's patterns, as space-separated
/// lowercase words per ``WordClass``.
///
/// Lookup is case-insensitive; the rules check capitalization themselves.
enum EntityLexicon {
  /// Every list with its class.
  static let lists: [(WordClass, String)] = [
    (.personTitle, personTitles),
    (.titleModifier, titleModifiers),
    (.role, roles),
    (.orgSuffix, organizationSuffixes),
    (.lawSuffix, lawSuffixes),
    (.lawHead, "article articles section chapter paragraph clause amendment rule"),
    (.facilitySuffix, facilitySuffixes),
    (.locationSuffix, locationSuffixes),
    (.placeSuffix, "city county province prefecture oblast krai district borough township village"),
    (.eventSuffix, eventSuffixes),
    (.headOf, headsOf),
    (.givenName, givenNames),
    (.familyName, familyNames),
    (.function, functionWords),
    (.common, commonWords),
    (.time, timeWords),
    (.speech, "said says say told tells added adds stated states wrote writes announced announces declared declares"),
    (.nameJoiner, "of the for and & de du da do dos das del della di von van la le al bin"),
    (.companyForm, companyForms),
    (.stormHead, "hurricane hurricanes typhoon typhoons cyclone storm superstorm depression"),
    (.stormModifier, "tropical subtropical post-tropical winter severe super"),
    (.roleAtOrganization, rolesAtOrganizations),
    (.roleOfOrganization, rolesOfOrganizations),
    (.organizationNoun, organizationNouns),
    (.marketVerb, marketVerbs),
    (.percent, "percent per pct % percentage"),
    (.facilityHead, "stadium estadio estádio stade stadio stadion fort camp"),
    (.locationHead, "mount mt. mt lake cape isle"),
    (.productMaker, productMakers),
    (.vehicle, vehicles),
    (.determiner, "the a an its his her their our this that these those"),
    (.institution, institutions),
    (.countryOrganization, "air statistics team radio"),
    (.possessiveNameStart, "st. st saint king queen prince children women"),
    (.workNoun, workNouns),
    (.language, languages),
    (.languageCue, "in into speak speaks spoke speaking spoken fluent learn learns learning learned translated"),
    (.placeKind, "city town village hamlet municipality capital province state port"),
    (.productNoun, productNouns),
  ]

  static let productNouns = """
    app apps smartphone smartphones phone phones handset laptop laptops notebook tablet tablets headset headsets \
    earbuds smartwatch watch console consoles chip chips chipset processor processors platform software \
    browser framework library toolkit compiler database game rover lander orbiter spacecraft probe telescope \
    helicopter satellite vaccine drug pill robot robots drone drones camera cameras printer speaker speakers \
    sedan suv pickup truck scooter e-bike model models update release edition
    """

  static let institutions = """
    commission council ministry department agency bank court parliament assembly congress senate house party \
    cabinet committee board authority bureau university college institute army navy police church league \
    union federation directorate secretariat tribunal duma treasury fed
    """

  static let workNouns = """
    book books novel novels memoir film films movie movies documentary album albums song songs single track \
    series show sitcom drama play musical opera painting sculpture poem novella podcast report titled \
    entitled
    """

  static let languages = """
    english french german spanish russian chinese mandarin cantonese arabic japanese korean portuguese \
    italian dutch polish turkish ukrainian hebrew persian farsi hindi urdu greek swedish norwegian danish \
    finnish czech hungarian romanian vietnamese thai indonesian malay tagalog swahili bengali punjabi tamil \
    latin
    """

  static let companyForms = """
    inc. inc corp. corp ltd. ltd llc llp lp plc co. co gmbh ag s.a. sa nv n.v. se spa s.p.a. ab asa oyj bv \
    kgaa pty bhd tbk limited incorporated
    """

  static let eventSuffixes = """
    war summit games olympics olympiad championship championships cup festival revolution uprising massacre \
    conference prix marathon expo tournament fest fair carnival parade gala derby regatta triathlon jubilee \
    biennale biennial
    """

  static let rolesAtOrganizations = """
    analyst analysts economist economists strategist strategists executive executives researcher researchers \
    scientist scientists engineer engineers employee employees worker workers staff trader traders banker \
    bankers partner partners director directors manager managers officials spokesman spokeswoman \
    spokesperson chairman chairwoman ceo cfo coo president founder co-founder professor lecturer \
    shareholders investors
    """

  static let rolesOfOrganizations = """
    executive chairman chairwoman ceo cfo coo president founder co-founder owner owners chief spokesman \
    spokeswoman spokesperson shareholders shareholder
    """

  static let organizationNouns = """
    company companies firm group association federation union confederation maker makers producer producers \
    manufacturer manufacturers bank banks lender lenders insurer insurers carrier airline retailer operator \
    developer supplier conglomerate giant startup start-up agency organisation organization body club team \
    party broadcaster newspaper publisher network charity fund utility miner chipmaker carmaker automaker \
    steelmaker drugmaker brewer exporter importer distributor subsidiary unit rival regulator watchdog \
    consortium cooperative co-operative exchange operator conglomerate outfit owner parent lobby
    """

  static let marketVerbs = """
    rose fell gained lost slipped climbed jumped dropped slid surged tumbled plunged advanced declined added \
    shed eased rallied sank soared dipped edged rises falls gains loses slips climbs jumps drops slides \
    surges tumbles plunges advances declines
    """

  static let productMakers = """
    boeing airbus embraer bombardier lockheed sukhoi antonov tupolev ilyushin cessna \
    toyota honda nissan mazda subaru suzuki ford tesla byd volkswagen vw bmw audi porsche ferrari \
    lamborghini hyundai kia volvo renault peugeot citroen fiat chevrolet chevy jeep geely nio xpeng \
    apple samsung huawei xiaomi sony nintendo microsoft google nokia motorola
    """

  static let vehicles = """
    aircraft airplane airplanes plane planes jet jets jetliner jetliners airliner airliners fighter fighters \
    bomber bombers helicopter helicopters drone drones missile missiles rocket rockets tank tanks \
    launcher launchers howitzer howitzers submarine submarines warplane warplanes transport transports \
    satellite satellites interceptor interceptors system systems vehicle vehicles gunship gunships
    """

  static let personTitles = """
    president presidents vice-president chancellor premier minister ministers secretary senator sen. \
    representative rep. congressman congresswoman governor gov. mayor king queen prince princess emperor \
    empress sultan emir sheikh shah pope cardinal archbishop bishop rev. reverend pastor rabbi imam ayatollah \
    mr. mrs. ms. miss dr. prof. professor sir dame lord lady general gen. colonel col. lieutenant lt. major \
    maj. captain capt. commander sergeant sgt. admiral marshal officer spokesman spokeswoman spokesperson \
    leader chairman chairwoman chair ceo cfo coo founder director ambassador envoy diplomat judge justice \
    attorney lawyer prosecutor chief aide adviser advisor coach manager analyst professor dictator tsar czar \
    counterpart colleague actor actress singer writer author journalist reporter correspondent player \
    striker defender captain commissioner councillor councilman councilwoman sheriff detective inspector \
    superintendent treasurer magistrate father brother sister
    """

  static let roles = """
    midfielder goalkeeper keeper winger forward fullback full-back playmaker quarterback pitcher outfielder \
    linebacker skipper teammate goalscorer boxer golfer swimmer sprinter cyclist skier jockey referee umpire \
    executive economist strategist forecaster meteorologist scientist researcher historian novelist poet \
    composer businessman businesswoman billionaire tycoon entrepreneur activist candidate nominee lawmaker \
    legislator rapper comedian presenter anchor columnist editor photographer filmmaker playwright architect \
    chef wife husband daughter widow mother
    """

  static let titleModifiers = """
    prime foreign defense defence finance interior deputy vice first former acting assistant under \
    general state attorney chief executive supreme grand crown senior lead managing head trade economy \
    justice health education energy environment transport labour labor agriculture culture
    """

  static let organizationSuffixes = """
    commission party university duma council ministry department agency bank institute institution \
    association organization organisation committee court parliament assembly congress senate corporation \
    company group foundation society league bureau service services administration authority board cabinet \
    army navy command forces guard police fund network academy college school hospital club union \
    federation airlines airways railways railway motors systems technologies industries holdings partners \
    labs laboratories studios records entertainment media press broadcasting church mosque synagogue \
    inc. corp. ltd. llc plc co. gmbh secretariat directorate office tribunal regiment brigade division \
    battalion coalition front movement brotherhood center centre corps reserve pictures ventures survey \
    investments securities pharmaceuticals therapeutics biosciences bancorp brands foods automotive \
    logistics dynamics robotics instruments chemicals petroleum telecom limited incorporated
    """

  static let lawSuffixes = """
    treaty treaties agreement agreements charter convention conventions accord accords act protocol pact \
    constitution declaration amendment covenant statute code bill memorandum resolution regulation \
    regulations directive decree ordinance
    """

  static let facilitySuffixes = """
    airport bridge street road avenue boulevard highway freeway tunnel tower towers building stadium arena \
    palace square hall station port harbor harbour dam canal plant base cathedral temple museum library \
    prison castle embassy consulate terminal park garden gardens gate wall memorial monument mausoleum \
    cemetery zoo theatre theater plaza mall pier circuit racecourse
    """

  static let locationSuffixes = """
    river mountains mountain lake ocean sea gulf bay peninsula island islands valley desert strait coast \
    plateau basin forest canyon channel region steppe hills crater craters trough trench glacier \
    reef volcano fault delta lagoon fjord archipelago atoll rainforest wetlands highlands lowlands
    """

  static let headsOf = """
    university ministry department bank institute college school council court house board office \
    commission committee league union republic kingdom federation museum academy church association \
    organization organisation treaty charter convention declaration protocol statute act gulf sea bay \
    strait isle cape
    """

  static let givenNames = """
    aaron abdul abdullah adam adrian ahmed alan albert alex alexander alexandra alexei alexey ali alice \
    alison amanda amy andrea andreas andrei andrew andrey angela angelina ann anna anne annie anthony \
    antonio antony arnold arthur barack barbara ben benjamin bernard bernie beth betty bill billy bob \
    boris brad brandon brian bruce carl carlos carol caroline catherine charles charlie charlotte chris \
    christian christina christine christopher claire claudia colin craig dan daniel david dean deborah \
    denis dennis diana diane dmitri dmitry dmitriy donald donna doris dorothy douglas dylan ed eddie edward \
    elena elizabeth ellen emily emma emmanuel eric erik eugene evan frank franklin fred frederick gary \
    george gerald gordon greg gregory hannah harold harry heather helen henry hillary howard hugh ian igor \
    irina isaac ivan jack jacob james jane janet jason jean jeff jeffrey jennifer jeremy jerry jessica jim \
    jimmy joan joe joel john johnny jon jonathan jose joseph josh joshua joyce juan judith julia julian \
    julie justin karen kate katherine kathleen keith kelly kenneth kevin kim kirk kyle larry laura lauren \
    lawrence leonid linda lisa louis louise lucy luis margaret maria marie marina mario mark martha martin \
    mary matthew megan melissa michael michelle mike mikhail mohammed mohammad muhammad nancy natalia \
    natalie nathan neil nicholas nick nicola nicolas nikita nikolai noah olaf olga oliver olivia pamela \
    patricia patrick paul paula peter philip phillip rachel ralph raymond rebecca richard rick robert \
    roger ronald rose ruth ryan sam samantha samuel sandra sarah scott sean sergei sergey sharon shinzo \
    simon sophie stephanie stephen steve steven susan sven tatiana teresa thomas tim timothy tina todd tom \
    tony valentina valery victor victoria vincent virginia vladimir vladislav volodymyr walter wayne \
    william xavier yuri yulia zachary narendra recep emmanuel angela rishi keir justin fumio yoon moon \
    jong kamala nikki ron rudy elon jared ivanka melania hunter \
    abigail ada adela adele adeline adriana agnes aidan aiden aisha akira alain alba alberto alejandra alejandro \
    aleksandr aleksandra alena alessandra alessandro alexa alexis alfonso alfred alfredo alicia alina alisa \
    alistair allan allison alma alvaro amal amara amelia amina amir amit ana anastasia anders andre andres \
    andrés aneta angel angelo anika anil anita anja anke ann-marie anneke annika anouk anton antoine antonia \
    anya aoife arjun arnaud arne arturo arun asha ashley asif astrid aurelie aurélie axel ayumi beatriz beatrice \
    benedikt benoit benoît bernardo bettina bianca bilal birgit bjorn björn blanca bogdan bram brenda brendan \
    brett bridget brigitte bruno bryan caitlin camila camille carla carlo carmen carolina carsten casper \
    catalina cecilia celine céline cesar césar chantal chen chiara chidi chinedu chloe chloé christa christiane \
    christoph cillian ciara claudio clément colm connor constanza cristina cristian dagmar dalia damian damien \
    dana daniela danielle dario darius davide dawit débora declan deepak denise derek desmond diego dieter \
    dimitri dimitrios dina dominik dominique duc duncan eamon edgar edith eduardo efua eileen eleni elif elin \
    elisa elisabeth eliza ella ellie elsa elodie élodie emeka emil emilia emilio emine enrico enrique erica \
    erika erin ernesto esther ethan eva evelyn fabian fabio farah fatima fatma federico felipe felix félix \
    fernanda fernando filip filipa fiona florence florian francesca francesco francisco franco françois franz \
    frederik freya frida gabriel gabriela gabriele gareth gaurav gemma georg georgia gerard gerardo gerhard \
    gianluca gilles giorgio giovanni giulia giuseppe gloria gonzalo graham gregor gustavo hafsa hakan halima \
    hamid hana hanna hannes hans harald harriet hassan heidi heinz helena helga hendrik henrik henrique hiroshi \
    hiroko holly hugo hyun ibrahim ida ignacio ilse imran inés ines ingrid ioana irene iris isabel isabella \
    isabelle ismail ivana ivo jaap jacqueline jaime jakob jamal jan jana janek janina jasmin jasper javier \
    jayden jeanne jelena jens jeroen jesper jesús jihoon jiho joana joanna joao joão joaquín joaquin johan \
    johanna johannes jonas jordi jorge josé josef josefine josep juana jude julien juliette jun junior \
    jürgen jurgen justyna kai kaito kamil karim karin karl karolina kasia katarina katarzyna katja kavita kayode \
    keisha kenji kerstin khalid kiara kofi kwame lara lars laszlo lászló laure laurent lea léa leila lena \
    lennart leo leon león leonardo leonie lewis liam lidia lin lina linnea lior lise liv lorenzo lotte luca \
    lucas lucía lucia luciana ludwig luiz luisa luka lukas łukasz lukasz luz mads magnus maja malik manon manuel \
    manuela marc marcel marcela marco marcos marek margarita mari mariana marianne marie-claire marija marisa \
    mariusz marius marlene marta marte mateo matilda matteo mattias maurice maxime maximilian maya mehmet \
    mei melanie mia michal michał michela miguel mihai mika mikael mila milan mina minh miriam mirjam mohamed \
    moritz nadia nadine naoki naomi natasha nathalie nel nicolás nicolò niels nikola nikolaos nils nina noa \
    noemi nora noor nour nuno odile ola olena oleksandr oliwia omar oscar óscar otto pablo paolo pascal patrícia \
    patrik paulina pavel pedro petra philipp pia pierre pieter pilar piotr priya quentin rafael rafał \
    raffaele rahul rajesh ramón ramon raphael raquel raúl raul renata rené rene ricardo riccardo rita roberta \
    roberto rocío rodrigo rohan roman romain rosa rubén ruben rui rune ryo sabine sabrina sakura salma salvatore \
    samir santiago sara sebastian sebastián sergio shreya silvia simone sinead siobhan sofia sofía sonia sophia \
    stefan stefano stefanie sunil susana svetlana sylvie taro thabo thiago thijs tiago tobias tomás tomasz \
    tommaso torsten ulrich ursula valentin valeria valerie vanessa vera veronica veronika vicente vikram viktor \
    vincenzo violeta vivian wei wim wojciech xin yannick yasmin yara yasmine yusuf yuki yuto yvonne zainab zofia \
    zoran
    """

  static let familyNames = """
    kim lee park choi jung chung kang cho yoon jang lim han shin seo kwon hwang ahn song ri pak \
    xi li wang zhang liu chen yang huang zhao zhou wu xu sun hu zhu gao lin guo ma luo deng \
    nguyen tran pham abe suga kishida ishiba koizumi sato suzuki takahashi tanaka watanabe
    """

  static let functionWords = """
    the a an this that these those it its he she we they i you his her our their my your me him us them \
    in on at to of for with from by about into onto over under after before during since until while \
    and but or nor so yet if when where why how what which who whom whose because although though as \
    however therefore moreover furthermore meanwhile also then thus hence still indeed instead besides \
    there here all some any each every both either neither no not none many much more most few several \
    such other another one two three four five six seven eight nine ten first second last next \
    is are was were be been being am do does did has have had will would can could may might must shall \
    should let please yes yeah oh ok okay hi hello thanks thank dear regards re fw fwd ps \
    according despite beyond among amid amidst against across along around behind below beneath beside \
    between toward towards upon within without via per unlike like near
    """

  static let commonWords = """
    new old great good big small high low long short major minor key main top early late recent current \
    former future official officials government state states national international regional local \
    global public private military political economic strategic comprehensive partnership cooperation \
    relations security defense defence trade news report reports update breaking exclusive analysis \
    opinion editorial video photo image images credits link related post posts views home page \
    visits visit meets meet signs sign submits submit discusses discuss says say warns warn calls call \
    urges urge tells tell wins win loses lose faces face backs back vows vow seeks seek plans plan \
    announces announce approves approve rejects reject forge forges marks mark draft law laws deal \
    deals talks talk war peace crisis attack attacks threat threats alliance ties chapter chapters \
    north south east west northern southern eastern central upper lower people world day week year \
    today yesterday tomorrow \
    ok tv pm am fyi lol omg dvd cd asap faq pdf id ps diy btw imo imho gps atm ceo hr pc usb url html
    """

  static let timeWords = """
    january february march april may june july august september october november december \
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. \
    monday tuesday wednesday thursday friday saturday sunday \
    mon. tue. tues. wed. thu. thurs. fri. sat. sun.
    """
}
