"""Word lists the people, speaker and post rules share: general English, not any one story.

Only constants live here (no logic, no I/O). A word belongs in a list because
of what it means in English news prose, never because one sentence needs it.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Capitalized words that start sentences or clauses and are not names.
FUNCTION_WORDS = words("""a an the this that these those it its he she they we i you his her their our my your
    him them me us but and or nor so yet for if when while although though however because since
    after before during once then there here what which who whom whose where why how all any
    each every some many much more most no not one two three several both either neither even
    still also only just earlier later later, shortly having being as at by in on of off to from
    with without into onto over under about above below between among through across around
    thank thanks yes no oh ok okay well hey dear love please sorry instead meanwhile
    today tonight yesterday tomorrow now first last next new other another such like unlike
    despite according following amid upon whether mom dad mum stuck man woman god""")

# Words that end with a period without ending the sentence ("Sept. 14", "Mr. Smith",
# "Corp.", "U.S."), lower case and without their final period; single letters
# (initials) count too, and are tested apart.
ABBREVIATIONS = words("""mr mrs ms dr st jr sr prof gov sen rep gen col lt sgt capt jan feb mar apr
    jun jul aug sep sept oct nov dec no vs inc co corp ltd mt ft u.s e.g i.e etc approx""")
# Of those, the ones that abbreviate only before a number ("No. 5"; "voted no. The bill…").
ABBREVIATIONS_BEFORE_NUMBER = words("no")

MONTHS = words("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday""")
# The days' names as written, capitalised ("On Monday Sarah Lee said": no given name of hers).
WEEKDAY_NAMES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

# Platforms (lower-case key -> canonical spelling).
PLATFORMS = {
    "gofundme": "GoFundMe",
    "tripadvisor": "Tripadvisor",
    "hacker news": "Hacker News",
    "change.org": "Change.org",
    "kick": "Kick",
    "instagram": "Instagram",
    "twitter": "Twitter",
    "tiktok": "TikTok",
    "facebook": "Facebook",
    "youtube": "YouTube",
    "medium": "Medium",
    "threads": "Threads",
    "snapchat": "Snapchat",
    "reddit": "Reddit",
    "linkedin": "LinkedIn",
    "substack": "Substack",
    "tumblr": "Tumblr",
    "weibo": "Weibo",
    "bluesky": "Bluesky",
    "pinterest": "Pinterest",
    "truth social": "Truth Social",
    "twitch": "Twitch",
    "discord": "Discord",
    "telegram": "Telegram",
    "whatsapp": "WhatsApp",
    "vimeo": "Vimeo",
    "patreon": "Patreon",
    "mastodon": "Mastodon",
    "nextdoor": "Nextdoor",
    "quora": "Quora",
    "yelp": "Yelp",
    "goodreads": "Goodreads",
    "letterboxd": "Letterboxd",
    "strava": "Strava",
    "soundcloud": "SoundCloud",
    "wechat": "WeChat",
    "weverse": "Weverse",
    "x": "X",
}

# A capitalized word in a sequence that marks it as an organization, place, event or work, not a person.
NOT_PERSON_WORDS = words("""day days week month year night morning evening afternoon america american americans
    mornings evenings nights afternoons weekends weekend breakfast drivetime
    shoal shoals reef reefs strait straits peninsula atoll archipelago gulf glacier fjord lagoon
    national international united states kingdom university college school institute academy
    company corp corporation inc ltd llc group network news times post journal magazine
    herald tribune gazette daily weekly show battle awards award prize festival games cup
    league association department ministry court council committee commission agency
    bureau office house senate congress parliament party church hospital center centre
    club team street avenue road city county state province island river lake park museum
    library airport station foundation trust fund records studios pictures entertainment
    media channel radio rádio tv television live tonight today podcast series season episode
    film movie album song tour bank exchange market capital capitol police army navy force
    north south east west new los san santa las fort mount saint good world global royal
    federal supreme high central general national's day's son's mother's father's
    instagram twitter tiktok facebook youtube medium threads snapchat reddit linkedin
    substack tumblr weibo bluesky pinterest cnn bbc nbc abc cbs fox hbo netflix hulu
    disney amazon apple google microsoft meta christmas easter thanksgiving halloween
    twitch discord telegram whatsapp vimeo patreon mastodon nextdoor quora yelp goodreads letterboxd strava
    soundcloud wechat weverse spotify
    covid coronavirus god lord jesus christ mountain mountains canyon glacier volcano""")

# Animals, which a story may name ("Mei Mei, the zoo’s red panda"): not people.
ANIMAL_NOUNS = words("""panda elephant giraffe gorilla chimpanzee orangutan tiger lion leopard
    cheetah bear wolf dog cat horse pony donkey cow bull pig goat sheep parrot eagle owl falcon
    hawk penguin seal otter whale dolphin octopus tortoise turtle crocodile alligator snake
    kangaroo koala rhino rhinoceros hippo hippopotamus zebra camel llama alpaca sloth lemur
    meerkat beaver racehorse gelding mare stallion filly colt puppy kitten retriever terrier
    spaniel labrador poodle beagle collie dachshund greyhound hound bulldog husky mastiff
    cockatoo macaw flamingo ostrich peacock swan goose duck hen rooster rabbit hamster ferret
    tapir okapi bison moose elk deer reindeer walrus manatee shark ray stingray""")

# Capitalized plural subjects that report speech at a sentence start ("Officials said"): not names.
PLURAL_SUBJECTS = words(
    """officials police critics fans sources experts residents witnesses doctors researchers
    analysts authorities investigators prosecutors lawmakers democrats republicans users viewers
    followers reports others many some both few people friends neighbors neighbours parents
    students teachers workers employees staff members protesters voters scientists studies
    representatives spokespeople insiders observers commenters readers organizers supporters
    opponents advocates activists skeptics detractors admirers locals parishioners shoppers"""
)

# Organisations' words that name no news outlet either ("Castlegate Homes", "Avon Constabulary",
# "Northgate Children’s Hospital"): organisation words, and no outlet someone "told".
NON_OUTLET_ORG_WORDS = words(
    "homes creamery creameries dairy dairies constabulary children cruises petroleum "
    "holidays hotels shipping chemicals telecom station airport terminal stadium shrine palace "
    "formula propulsion dynamics analytics pharma"
)
# Words that never belong to a person's name: a sequence holding one is an organization, event or work.
ORG_WORDS = (
    words(
        """america american national international university college school institute academy company
    corp corporation inc ltd llc group network news times journal magazine gazette show battle
    awards award festival league association department ministry committee commission agency
    bureau senate congress parliament party hospital foundation records studios pictures
    entertainment media channel radio rádio tv television podcast series season episode film movie
    album song tour police army navy day's national's instagram twitter tiktok facebook youtube
    medium cnn bbc nbc abc cbs hbo netflix hulu christmas easter thanksgiving halloween covid
    coronavirus air airlines airline airways motors holdings industries technologies labs
    forum alliance coalition collective society syndicate consortium caucus embassy consulate
    pharmaceuticals partners lines logistics brands fc afc cf sc plc ag gmbh energy power
    systems solutions foods beverages insurance financial bancorp press united city athletic rovers
    wanderers social sports sport coastguard aerolinhas aerolíneas aerolineas robotics ventures capital freight securities therapeutics
    biotech software aerospace fm co church cathedral mosque synagogue temple parish center centre games interactive housing property properties realty
    construction bank clinic elementary sporting olympique dynamo dinamo deportivo atletico
    broadcasting electric utility utilities cooperative plans wind solar health launch live
    railway railways railroad hardware opera ferries ferry enforcement symphony orchestra
    ballet theatre theater gallery museum zoo aquarium library administration agence presse
    weekly insider business resort resorts residential cosmetics protection regional metro prep
    hurricane typhoon cyclone transit workers lodge project digest edition mobility nacional guild
    line survey films organisation organization spotify teamsters open mobile cinema midstream water research devices council athletics instruments
    cricket rugby football hockey basketball baseball cycling estates cellars vineyards winery
    wines brewing distillery orchards farms hospitality services service audio apparel textiles
    mining minerals metals resources grupo banco compañía sociedad asociación associação minera
    fundación fundação universidad universidade bakery cafe café diner bistro pizzeria bookstore
    bookshop restaurant deli grocery salon boutique fund branch fibre fiber team rescue distilling
    spirits lettings snowboards skis bikes cycles outfitters appliances electronics orbital
    public federation confederation biosciences biologics lab laboratory laboratories
    observatory diagnostics genomics expeditions adventures office
    communities apartments developments nyheter tidning tidningen avisen krant noticias
    notícias nouvelles jornal diario diário gazeta shimbun ilbo ribao dnevnik vesti novosti
    authority authorities frontières development nuclear confectionery"""
    )
    | NON_OUTLET_ORG_WORDS
)

# A group of people someone belongs to, as a regex group: "The family of Kieran Doyle said" is
# the family speaking, not Kieran Doyle.
KIN_GROUP = r"(?:[Ff]amily|[Ff]amilies|[Rr]elatives|[Pp]arents|[Ff]riends|[Ll]oved ones)"

# Particles inside a name ("Wilhelmina de Groot", "Ruairí Ó Ceallaigh"), as a regex group.
# ("van den Berg": "den" only after "van", not "Unter den Linden")
NAME_PARTICLE = "(?:de|van|von|da|di|del|der|(?<=van )den|(?<=van\u00a0)den|la|le|bin|al|du|des|dos|das|ap|Ó|Ní|Nic)"

# Words of place names ("Port Adair", "Larkspur Falls", "Harlow County"): not people, unless
# the name opens with a given name ("Michael Bay").
PLACE_WORDS = words(
    """port falls springs heights hills beach shores shore coast valley creek township borough bay county harbor
    peak ridge hollow acre acres village
    harbour island islands lake rapids cape reef mountains spa junction basin gulf strait straits
    peninsula plateau lagoon fjord glacier estuary canyon"""
)

# Names of states, countries and large cities that are seldom anyone's given name or surname ("a
# pet food maker in Wisconsin"): a place, not a person, when it stands alone. (Names that are
# also people's, such as Paris, Houston or Kenya, are left out.)
PLACE_NAMES = words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee
    texas utah vermont wisconsin wyoming china russia ukraine iran iraq japan brazil mexico
    canada france germany italy spain britain england scotland ireland wales australia
    nigeria ghana egypt pakistan afghanistan syria lebanon gaza taiwan korea vietnam cuba
    venezuela colombia argentina chile peru portugal greece poland sweden norway denmark finland
    belgium switzerland austria hungary romania bangladesh indonesia ethiopia uganda tanzania
    sacramento chicago boston seattle atlanta miami detroit
    toronto madrid rome tokyo beijing moscow kyiv africa europe antarctica oceania"""
)

# Nationalities written as nouns ("the 27-year-old Argentine"): descriptions, not names.
DEMONYMS = words(
    """american americans argentine argentines argentinian brazilian brazilians british briton
    britons canadian canadians mexican mexicans french frenchman frenchwoman german germans
    italian italians spaniard spaniards portuguese dutchman dutchwoman belgian belgians swiss
    austrian austrians swede swedes norwegian norwegians dane danes finn finns pole poles
    russian russians ukrainian ukrainians chinese japanese korean koreans indian indians
    pakistani pakistanis nigerian nigerians kenyan kenyans ghanaian ghanaians ethiopian
    ethiopians egyptian egyptians israeli israelis iranian iranians iraqi iraqis turk turks
    greek greeks australian australians colombian colombians chilean chileans peruvian
    peruvians venezuelan venezuelans cuban cubans jamaican jamaicans irishman irishwoman scot
    scots welshman welshwoman englishman englishwoman serb serbs croat croats slovenian
    slovenians slovene slovenes slovak slovaks czech czechs hungarian hungarians romanian
    romanians bulgarian bulgarians estonian estonians latvian latvians lithuanian lithuanians
    icelander icelanders filipino filipina filipinos vietnamese thai indonesian indonesians
    malaysian malaysians singaporean singaporeans bangladeshi bangladeshis nepali nepalis
    afghan afghans saudi saudis emirati emiratis qatari qataris lebanese syrian syrians
    jordanian jordanians moroccan moroccans algerian algerians tunisian tunisians senegalese
    cameroonian cameroonians ugandan ugandans tanzanian tanzanians zimbabwean zimbabweans
    zambian zambians uruguayan uruguayans paraguayan paraguayans bolivian bolivians
    ecuadorian ecuadorians guatemalan guatemalans honduran hondurans salvadoran salvadorans
    panamanian panamanians haitian haitians kazakh kazakhs uzbek uzbeks georgian georgians
    armenian armenians azerbaijani azerbaijanis belarusian belarusians moldovan moldovans
    bosnian bosnians albanian albanians macedonian macedonians montenegrin montenegrins
    cypriot cypriots maltese luxembourger taiwanese mongolian mongolians burmese cambodian
    cambodians laotian laotians fijian fijians samoan samoans tongan tongans rwandan rwandans
    somali somalis sudanese eritrean eritreans ivorian ivorians malian malians scotsman
    scotswoman dominican dominicans"""
) | {
    # (two words: "said the New Zealander")
    "new zealander",
    "new zealanders",
    "south african",
    "south africans",
    "south korean",
    "south koreans",
    "north korean",
    "north koreans",
    "sri lankan",
    "sri lankans",
    "puerto rican",
    "puerto ricans",
    "costa rican",
    "costa ricans",
}

# Capitalized nouns that describe a person rather than name one ("the Ohio Republican", "the
# 27-year-old Argentine", "the world No. 14"), as a regex alternation for the description patterns.
DEMONYM_ALT = "|".join(
    sorted((d.title().replace(" ", r"\s") for d in DEMONYMS), key=lambda d: (-len(d), d))
)
DESCRIPTION_PROPER_NOUNS = rf"Republicans?|Democrats?|{DEMONYM_ALT}|No\.\s?\d+"

# Common nouns for organizations: a name in apposition to one ("its owner, Apex Group") is not a person.
ORG_NOUNS = words(
    """club team company firm employer label studio network agency band organization
    organisation charity union league publisher brand retailer airline startup franchise
    school university hospital newspaper outlet broadcaster party ministry department
    regulator manufacturer carrier chain platform maker carmaker automaker drugmaker chipmaker
    housebuilder homebuilder supermarket grocer conglomerate consultancy
    insurer lender bank nonprofit app website service store shop restaurant museum theater
    theatre gallery station program programme newspaper magazine podcast journal bakery cafe
    café diner brewery winery distillery bookstore pub bistro pizzeria group office coalition
    alliance council board bureau collective cooperative fund institute lab
    laboratory society federation association newsletter blog channel"""
)

# Words that qualify a title before a name ("U.S. District Judge", "State Attorney General"):
# stripped from the front of a name together with the title itself.
ROLE_MODIFIERS = words(
    """u.s. us u.k. district state federal circuit superior supreme county city assistant
    associate senior junior chief deputy acting interim former first lead head attorney
    general vice prime executive olympic tennis star pop rock fellow republican democrat
    democratic foreign finance defence defense interior"""
)

# News outlets, magazines and shows: a "told Rolling Stone" names an outlet, not a person.
OUTLET_NAMES = frozenset(
    {
        "people", "vogue", "elle", "variety", "billboard", "rolling stone", "vanity fair",
        "glamour", "cosmopolitan", "esquire", "gq", "time", "newsweek", "forbes", "fortune",
        "the atlantic", "the new yorker", "cnn", "bbc", "npr", "abc", "nbc", "cbs", "fox news",
        "msnbc", "espn", "reuters", "bloomberg", "axios", "politico", "tmz", "us weekly",
        "entertainment tonight", "access hollywood", "today", "good morning america", "the view",
        "the tonight show", "the late show", "the daily show", "jimmy kimmel live",
        "red table talk", "call her daddy", "armchair expert", "the joe rogan experience",
        "the guardian", "the new york times", "the washington post", "the wall street journal",
        "the times", "the telegraph", "harper's bazaar", "marie claire", "in style", "instyle",
        "the hollywood reporter", "deadline", "e! news", "extra", "insider", "buzzfeed", "cnbc",
    "abc news", "nbc news", "cbs news", "sky news", "fox business", "the today show", "60 minutes",
    "nightline", "dateline", "the tonight show starring jimmy fallon", "the kelly clarkson show",
    "associated press", "the associated press", "usa today", "the new york post", "new york post",
    "los angeles times", "the los angeles times", "the athletic", "sports illustrated", "wired",
    "the verge", "techcrunch", "eater", "pitchfork", "complex", "teen vogue", "the cut", "vulture",
    "vox", "slate", "salon", "the daily beast", "the independent", "the economist",
    "financial times", "the financial times", "le monde", "der spiegel", "al jazeera", "cbc",
    "pbs", "c-span", "the hill", "newsmax", "semafor", "the information",
    "science", "nature", "the lancet", "stat", "stat news", "scientific american",
    "new scientist", "national geographic", "propublica", "the players' tribune",
    "the players’ tribune", "kff health news", "the marshall project",
    "univision", "telemundo", "agence france-presse", "afp", "dpa", "efe", "ansa", "kyodo",
    "xinhua", "nhk", "rte", "rté", "abc australia", "sbs", "itv", "channel 4", "sky sports",
    "france 24", "deutsche welle", "euronews", "the irish times", "the scotsman", "the herald",
    "the observer", "the sunday times", "the mirror", "daily mail", "the sun", "metro",
    "the globe and mail", "toronto star", "the hindu", "times of india", "the nation",
    "south china morning post", "the straits times", "the japan times", "haaretz", "el país",
    "le figaro", "la repubblica", "corriere della sera", "die zeit", "süddeutsche zeitung",
    "kotaku", "polygon", "ign", "dexerto", "the ringer", "espn fc", "the bookseller",
    "publishers weekly", "artforum", "artnet", "dezeen", "wwd", "business of fashion",
    "vogue business", "bloomberg television", "yahoo finance", "marketwatch", "barron's",
    "the block", "coindesk", "the intercept", "mother jones", "the nation magazine",
    "espncricinfo", "bbc sport", "sky news arabia", "talksport", "the athletic uk", "eurosport",
    "gazzetta dello sport", "marca", "l’équipe", "kicker", "arizona republic",
    "the arizona republic",
    # (public broadcasters whose names carry no media word)
    "deutschlandfunk", "tagesschau", "franceinfo", "france inter", "radio-canada",
    "ici radio-canada", "tvnz", "rnz", "cadena ser", "rtve", "espn deportes",
    "france 2", "france 3", "tf1", "bfmtv", "bfm tv", "lci", "rai 1", "rtl", "ard", "zdf",
    "cctv", "ndtv", "kbs", "mbc", "antena 3", "tv globo", "televisa", "ctv", "global news",
    }
)  # fmt: skip

# Titles and roles written before a name ("Model Ashley Graham", "President Joe Biden").
ROLE_TITLES = words("""mr mrs ms miss mx dr prof professor maître sir dame lord lady president vice senator sen rep agent
    sophomore freshman phra ajahn swami sheikh venerable canon archdeacon pandit ustad
    brigadier lieutenant corporal admiral commander
    representative gov governor mayor judge justice chancellor minister secretary king queen
    prince princess pope rev reverend father sister brother officer sgt sergeant capt captain
    gen general lt col colonel detective chief coach ceo director model supermodel actress actor singer
    rapper star comedian host presenter designer author writer reporter anchor chef pastor
    rabbi imam dj producer influencer youtuber musician athlete player quarterback pitcher
    manager teammate striker midfielder defender goalkeeper goalie spokesman spokeswoman
    spokesperson chairman chairwoman founder owner analyst swimmer runner skater gymnast member
    boxer golfer comedian teacher nurse lawyer attorney journalist editor retired former prime
    deputy acting interim police opposition leader commissioner superintendent principal dean
    provost headteacher headmaster headmistress speaker editor-in-chief sheriff marshal
    constable trooper ambassador councilman councilwoman councilor councillor alderman
    supervisor coroner prosecutor chairperson treasurer comptroller auditor clerk assessor
    administrator inspector trustee warden registrar ombudsman bishop archbishop cardinal priest
    deacon monsignor chair councilmember alderwoman envoy solicitor magistrate heavyweight
    middleweight welterweight lightweight featherweight flyweight bantamweight cruiserweight""")

KIN_MALE = words("son husband father dad brother boyfriend nephew grandson fiancé stepson uncle")
KIN_FEMALE = words(
    "daughter wife mother mom mum sister girlfriend niece granddaughter fiancée stepdaughter aunt"
)
KIN_CHILD = words(
    "son daughter children kids child baby babies twins stepson stepdaughter sons daughters"
)
KIN_SPOUSE = words("husband wife partner spouse boyfriend girlfriend fiancé fiancée fiance fiancee")
KIN_NOUNS = (
    KIN_MALE
    | KIN_FEMALE
    | KIN_CHILD
    | KIN_SPOUSE
    | words("friend pal cousin grandmother grandfather grandma grandpa parents siblings")
)

# Nouns that denote a person in a definite description ("the model", "the 35-year-old author").
PERSON_NOUNS = words("""principal pastor priest imam rabbi bishop monk nun vicar deacon chaplain trooper grower
    saxophonist trumpeter pianist violinist cellist organist composer jockey trainer
    soprano mezzo-soprano tenor baritone contralto dermatologist physiotherapist
    rower translator interpreter choreographer ballerina beekeeper sculptor lifeguard trawlerman
    brewer winger skipper volcanologist publican distiller winemaker vintner butcher grocer florist
    barber hairdresser tailor potter lecturer geologist steward selector examiner adjudicator
    moderator crewman coordinator grandmaster general brigadier lieutenant corporal admiral
    commander
    constituent rider secretary leader head administrator alderwoman archbishop assessor boxer cardinal
    chairperson councilor golfer gymnast headmaster headmistress headteacher magistrate monsignor
    pope reverend runner skater solicitor supervisor swimmer trustee heavyweight
    driver miner referee umpire councillor organiser graduate widow sergeant admiral commander
    inspector auditor bassist baker curator librarian archivist ranger zookeeper veterinarian
    epidemiologist glaciologist meteorologist forecaster archaeologist astronomer mathematician
    coroner clerk carpenter architect realtor speaker dean provost chancellor treasurer
    comptroller ombudsman registrar warden marshal commissioner councilmember alderman
    assemblyman assemblywoman legislator envoy ambassador constable lieutenant colonel model supermodel author actress actor singer songwriter singer-songwriter rapper star host co-host
    presenter comedian musician designer writer novelist poet mother father mom dad mum
    husband wife son daughter boyfriend girlfriend fiancé fiancée partner spouse athlete player
    coach senator president governor mayor lawyer attorney spokesperson spokesman spokeswoman
    founder ceo executive chef entrepreneur influencer personality director producer
    businessman businesswoman politician activist journalist reporter anchor judge doctor nurse
    teacher student candidate minister icon mogul woman man girl boy teen teenager youtuber
    veteran champion quarterback striker goalkeeper pitcher dancer filmmaker film-maker billionaire
    star's alum philanthropist socialite lawmaker congressman congresswoman official
    superstar frontman frontwoman drummer guitarist fan follower user commenter viewer reader
    resident neighbor neighbour witness source insider colleague teammate co-star costar rival
    manager owner chairman chairwoman chair analyst expert professor officer captain striker
    midfielder defender forward goalie goalkeeper publicist agent representative rep pal
    creator filmmaker artist photographer podcaster streamer gamer blogger vlogger comic
    regulator olympian volunteer retiree worker employee customer shopper parent patient
    survivor protester organizer nominee member guard catcher shortstop linebacker receiver
    republican democrat independent conservative liberal
    survivor victim voter worker nurse parent grandmother grandfather member prosecutor
    defendant plaintiff juror detective lawmaker councilwoman councilman customer client
    patron diner passenger guest shopper listener subscriber caller bystander onlooker
    passerby spectator attendee visitor tourist signatory biologist scientist pilot
    firefighter farmer astronaut diver surfer climber sailor soldier marine sheriff paramedic
    physician surgeon pharmacist dentist therapist psychologist psychiatrist researcher engineer
    consultant economist winner laureate medalist finalist contender hopeful co-founder cofounder
    chief superintendent cleaner housekeeper barista labourer laborer
    welder technician machinist dockworker stewardess
    mechanic plumber electrician chemist physicist economist historian investor backer donor
    shareholder landlord tenant critic reviewer columnist commentator pundit essayist editor
    negotiator traveler traveller diplomat delegate mediator commuter motorist pedestrian cyclist
    hiker fisherman rancher homeowner renter shopkeeper bartender waiter waitress cashier trucker
    janitor mourner congregant parishioner worshipper supporter classmate roommate coworker
    co-worker aide staffer strategist pollster adviser advisor scholar banker accountant
    investigator medic midwife caregiver demonstrator marcher picketer grandparent""")
FEMALE_NOUNS = words("""actress mother mom mum wife daughter girlfriend fiancée spokeswoman businesswoman
    woman girl congresswoman frontwoman sister queen princess""")
# ("actor" is said of women too: "The actor Siobhan Kavanagh withdrew")
MALE_NOUNS = words("""father dad husband son boyfriend fiancé spokesman businessman man boy congressman
    frontman brother king prince""")
PLURAL_PERSON_NOUNS = words("couple pair duo parents newlyweds twins spouses couples")

# Common given names with the gender they usually carry; a prior only, text evidence outvotes it.
FEMALE_NAMES = words("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
    maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
    frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    gabrielle taylor selena ariana beyonce beyoncé rihanna adele oprah kim khloe khloé kylie
    kendall kourtney hailey gigi bella serena venus meghan kate camila jennifer jessica
    miley demi hillary kamala michelle melania ivanka nancy alexandria
    greta malala ellen reese nicole margot scarlett zendaya dua billie lizzo cardi nicki
    katy lady mariah whitney britney christina shakira jada tiffany priyanka sofia salma
    eva penelope lupita viola octavia halle kerry tracee issa mindy amy tina""")
MALE_NAMES = words("""james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
    christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan
    jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy
    vincent mason roy ralph bobby russell bradley philip eugene liam lucas oliver barack
    joe kanye jay drake justin harry tom brad leonardo denzel will dwayne kevin chris
    elon jeff bill mark tim lebron kobe michael tiger cristiano lionel neymar rafael roger
    novak bernie mitch ted rand hunter beau jared pete boris emmanuel vladimir xi narendra
    justin keanu idris ryan hugh ben matt jimmy conan stephen seth trevor ed shawn""")

# Verbs that report speech or writing; the attribution rules accept these after a quote.
SPEECH_VERBS = words("""said says say wrote writes write added adds continued continues told tells explained
    blamed alleges alleged alleging contends contended contending accused accuses accusing arguing
    claiming asserting
    explains tweeted tweets posted posts captioned captions shared shares recalled recalls
    revealed reveals admitted admits noted notes quipped quips joked jokes replied replies
    responded responds answered answers asked asks insisted insists confessed confesses
    declared declares stated states commented comments gushed gushes teased teases concluded
    concludes began begins argued argues claimed claims warned warns announced announces
    acknowledged acknowledges remarked remarks mused muses penned pens reflected reflects
    exclaimed exclaims shouted shouts whispered whispers cried cries sighed sighs laughed laughs
    muttered mutters agreed agrees urged urges vowed vows
    promised promises stressed stresses emphasized emphasises emphasised pointed observed
    assured boasted complained lamented echoed echoes repeated raved raves reiterated
    reiterates testified testifies predicted predicts conceded concedes countered counters
    thanked thanks thanking accused accuses apologized apologised congratulated sings sang
    singing raps rapped chanted
    suggested suggests described describes called calls praised praises commended commends
    slammed slams blasted blasts hailed hails defended defends denied denies confirmed
    confirms reported reports wondered wonders captioning writing saying adding noting
    explaining telling calling describing sharing tweeting posting praising commending
    recalling revealing admitting insisting confessing replying responding commenting written
    remembered remembers mourned eulogized screamed screams screaming yelled yells yelling cheered
    mocked mocks quipping argue dismissed dismisses derided labeled labelled branded deemed
    touted lauded criticized criticised condemned ripped panned characterized reposted
    reposts reposting retweeted retweets retweeting reshared cautioned cautions demanded
    clarified""")
WRITING_VERBS = words("""wrote writes write writing tweeted tweets tweeting posted posts posting captioned captions
    captioning penned pens shared shares sharing written reposted reposts reposting retweeted
    retweets retweeting reshared""")
# Two-word reporting verbs ("Hale shot back", "Ana Torres weighed in").
PHRASAL_SPEECH = (
    "left a comment",
    "paid tribute",
    "weighed in",
    "shot back",
    "hit back",
    "struck back",
    "fired back",
    "chimed in",
    "went on",
    "pointed out",
    "opened up",
)
CONTINUING_VERBS = words("continued continues added adds went concluded concludes")

# Unions the rules test membership in often; built once here rather than on every test.
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
ROLE_WORDS = ROLE_TITLES | PERSON_NOUNS

# A source granted anonymity: "who asked not to be named", "speaking on condition of anonymity".
ANONYMITY = re.compile(
    r"\b(?:asked|requested|declined|did\s+not\s+want|was\s+not\s+authori[sz]ed)\s+(?:not\s+)?"
    r"to\s+be\s+(?:named|identified)|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b"
)
# Someone unnamed who opens the sentence and is granted anonymity: "A harbour pilot who asked not
# to be named told …", "The library’s director, who asked not to be named, said", "A European
# Union negotiator, speaking on condition of anonymity, said".
ANONYMOUS_OPENING = re.compile(
    r"\s*(?:A|An|One|The)\s+[^.;,\x00]{0,80}?(?:,\s+)?(?:\bwho\s+(?:asked|requested|declined|did\s+not\s+want|"
    r"was\s+not\s+authori[sz]ed)\b[^.;\x00]{0,40}?\b(?:named|identified)\b|"
    r"\bwho\s+spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b|"
    r",\s+speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b)"
)

# Chambers that end an office before a name ("Leader of the House Noraini Hashim").
CHAMBERS = frozenset({"House", "Senate", "Commons", "Lords", "Opposition", "Assembly", "Dáil"})
