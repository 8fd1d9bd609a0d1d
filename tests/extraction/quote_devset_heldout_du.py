"""The one-hundred-and-nineteenth self-made dev set, held out (DU): its first run is an unseen estimate.

Written with set DT, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it, a post "of his own" is a new one; a later fragment
or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- people lists every named person in the order of first mention, whether or
  not they speak (Percy Hollins, who only gave his name to a club); animals
  (the red panda Mei Mei, the octopus Inky 2.0), companies and places named
  like people (Harlan Power & Light, Sterling & Vance, Whitmore & Lane, the
  suburb of Kingsley, the Hollins estate) are not people.
- A quote split by its attribution (“Nobody goes into nursing ...,” she said.
  “But nobody ...”, or “We keep our distance,” she said, “because ...”) is one
  row per span inside marks, none of them partial, all with the same post.
- A quote running over two paragraphs, where the first paragraph has an
  opening mark and no closing mark, is one row per paragraph; the text of the
  open paragraph runs to the end of that paragraph.
- A letter to a named newspaper (a letter to the Lauterbacher Tagblatt) is a
  post with that newspaper as platform, like an op-ed there.
- A programme named with its broadcaster (the ABC’s AM program, ABC’s 7.30,
  CBC Radio’s Information Morning, the Today programme) has the programme's
  name as platform (AM, 7.30, Information Morning, Today); a station named with
  no programme (BBC Radio Leeds, Sky News, Radio New Zealand, WKTV) is the
  platform itself; "the podcast Walls Talk" and The MMA Hour take the show's
  name.
- A statement made by a named officer in person ("the chair of trustees, X,
  said in a statement") is that officer's post; a statement an organisation
  issues, or one given by an unnamed spokesman, has author None; an unnamed
  council spokeswoman's email to the paper is a post with author None and no
  platform, and her words speak as None.
- Words spoken in a TikTok or YouTube video ("she said in the clip", "she told
  her 600,000 followers") belong to that video post and are not partial; a
  caption given whole ("the caption read") is not partial.
- A person named only by a first name keeps that name as canonical: the
  daughter introduced as "Her daughter, Nour" is Nour, and a commenter "who
  gave her name as Becky" is Becky.
- A nickname in marks inside a name (Jonah “Lefty” Petrakis, Dmitri “The
  Anvil” Volkov, Siobhan “Shiv” Gallagher) is not a quote and not part of the
  canonical name; the name of a mural (“Ayeeyo”) and a campaign's slogan name
  (the “Altstadt für alle” campaign) are not quotes.
- A letter sent to a council, reported without quoted words, is the sender's
  post with no platform; the council's written reply is a post with author
  None, and a fragment of it is partial and belongs to it.
- A fundraiser page on GoFundMe is the organiser's post with platform GoFundMe.
- A recall notice an agency posts "on its website" is a post with author None
  and no platform.
- The seven artists' joint lawsuit ("the artists had sued") has author None,
  like a group's lawsuit, and a fragment of it speaks as None.
- A fragment with no source in the text ("promised “no tents and no
  excuses.”") is partial with post None; an organisation's words with no
  medium given (the staff union "called the resignation ...") speak as None
  with post None.
- A public meeting, council session, town-hall meeting, victory party, press
  event, rally and the story's own interview "at the family's new flat" are not
  posts.
- A utility's reply under a customer's X post, only described, belongs to that
  post and adds no post of its own.
- Speech to reporters "outside a substation" or "in Sydney" is "told
  reporters" and not a post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DU: list[dict] = [
    {
        "name": "ice-storm-outage-utility-statement-x-governor-tv",
        "text": (
            "More than 40,000 homes in the Lower Valley were still without electricity on "
            "Thursday, two days after an ice storm brought down lines across three counties. "
            "Harlan Power & Light, the regional utility, said in a statement that crews from four "
            "states had arrived to help. “We will not stop until every customer is back on,” the "
            "statement said.\n\n"
            "Many customers were not reassured. Beatriz Okonkwo-Lima, a nurse in the town of "
            "Carver, wrote on X that her street had been dark for 52 hours. “My mother is on "
            "oxygen. Nobody at Harlan picks up the phone,” she posted. The utility replied under "
            "her post with a link to its priority-needs list.\n\n"
            "At a news conference in the afternoon, the company’s chief operating officer, "
            "Desmond Achterberg, apologised for what he called “a communications failure on our "
            "part.” He said most homes would be reconnected by Sunday.\n\n"
            "Governor Ruth Kellaway told WKTV that she had asked state regulators to review the "
            "response. “People deserve straight answers about when their lights come back,” she "
            "said."
        ),
        "quotes": [
            ("We will not stop until every customer is back on,", None, False, "P1"),
            (
                "My mother is on oxygen. Nobody at Harlan picks up the phone,",
                "Beatriz Okonkwo-Lima",
                False,
                "P2",
            ),
            ("a communications failure on our part.", "Desmond Achterberg", True, None),
            (
                "People deserve straight answers about when their lights come back,",
                "Ruth Kellaway",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatriz Okonkwo-Lima", "X"),
            ("P3", "Ruth Kellaway", "WKTV"),
        ],
        "people": ["Beatriz Okonkwo-Lima", "Desmond Achterberg", "Ruth Kellaway"],
    },
    {
        "name": "heatwave-rolling-blackouts-facebook-group-radio-program",
        "text": (
            "The grid operator Meridian Energy ordered rolling power cuts across the northern "
            "suburbs on Monday evening as temperatures passed 41C, leaving about 120,000 "
            "households without air conditioning for up to three hours.\n\n"
            "In a press release, Meridian said demand had hit “an all-time record” shortly after "
            "6 p.m. and that two gas plants had tripped offline.\n\n"
            "Residents vented in a Facebook group for the suburb of Kingsley. Its administrator, "
            "Priya Venkataraman, posted a map of the affected streets. “Three hours in this heat "
            "is dangerous for the elderly. Check on your neighbours,” she wrote. One member "
            "commented beneath it: “We had no warning at all. None.”\n\n"
            "The energy minister, Tom Ferreira-Hall, told the ABC’s AM program that he had "
            "ordered an inquiry. “I want to know why two plants failed on the same night,” he "
            "said.\n\n"
            "Speaking to reporters outside a substation later, he added that the cuts were “a "
            "last resort, not a plan.”"
        ),
        "quotes": [
            ("an all-time record", None, True, "P1"),
            (
                "Three hours in this heat is dangerous for the elderly. Check on your neighbours,",
                "Priya Venkataraman",
                False,
                "P2",
            ),
            ("We had no warning at all. None.", None, False, "P2"),
            (
                "I want to know why two plants failed on the same night,",
                "Tom Ferreira-Hall",
                False,
                "P3",
            ),
            ("a last resort, not a plan.", "Tom Ferreira-Hall", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Venkataraman", "Facebook"),
            ("P3", "Tom Ferreira-Hall", "AM"),
        ],
        "people": ["Priya Venkataraman", "Tom Ferreira-Hall"],
    },
    {
        "name": "boil-water-notice-customer-email-councillor-letter",
        "text": (
            "Residents of Ashford Park were told to boil their tap water for a fifth day on "
            "Friday after tests found E. coli bacteria in a reservoir serving about 9,000 "
            "homes.\n\n"
            "The Eastbrook Water Authority sent customers an email on Wednesday night. “Do not "
            "drink, cook with or brush your teeth with unboiled tap water until further notice,” "
            "it read.\n\n"
            "City councillor Agnieszka Wróblewska said in a letter to the authority’s board that "
            "the warning had come too late. “Families were drinking this water for at least two "
            "days before anyone told them,” she wrote. “That is not a delay. It is a "
            "failure.”\n\n"
            "The authority’s director, Kwabena Mensah-Boateng, rejected that at a public meeting "
            "on Thursday. “We issued the notice within an hour of the confirmed result,” he "
            "said.\n\n"
            "A local pharmacist, who asked not to be named, said she had sold out of bottled "
            "water by noon. On Friday, the authority posted on Facebook that a second round of "
            "tests was “largely encouraging.”"
        ),
        "quotes": [
            (
                "Do not drink, cook with or brush your teeth with unboiled tap water until "
                "further notice,",
                None,
                False,
                "P1",
            ),
            (
                "Families were drinking this water for at least two days before anyone told them,",
                "Agnieszka Wróblewska",
                False,
                "P2",
            ),
            ("That is not a delay. It is a failure.", "Agnieszka Wróblewska", False, "P2"),
            (
                "We issued the notice within an hour of the confirmed result,",
                "Kwabena Mensah-Boateng",
                False,
                None,
            ),
            ("largely encouraging.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Agnieszka Wróblewska", None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Agnieszka Wróblewska", "Kwabena Mensah-Boateng"],
    },
    {
        "name": "mural-painted-grey-instagram-council-email-comment",
        "text": (
            "A mural of a Somali grandmother that had watched over Cedar Street for six years "
            "was painted grey on Monday, and the artist who made it found out from a neighbour’s "
            "phone call.\n\n"
            "“I woke up to forty messages. My grandmother is gone from that wall,” Hodan Warsame "
            "wrote on Instagram on Tuesday, beside a picture of the blank bricks. The mural, "
            "known locally as “Ayeeyo,” had survived two changes of building owner.\n\n"
            "The building’s current owner, Lindell Holdings, said in a statement that it had "
            "received a graffiti-removal order from the city. The city disputed that. “No such "
            "order was issued for this address,” a spokeswoman for the council said in an "
            "email.\n\n"
            "Under Warsame’s post, the street artist Jonah “Lefty” Petrakis commented: “Give her "
            "the wall back and I’ll help repaint it for free.”\n\n"
            "By Wednesday evening, dozens of neighbours had gathered at the wall with chalk, "
            "candles and flowers, and someone had written the old woman’s name in large pink "
            "letters across the grey paint."
        ),
        "quotes": [
            (
                "I woke up to forty messages. My grandmother is gone from that wall,",
                "Hodan Warsame",
                False,
                "P1",
            ),
            ("No such order was issued for this address,", None, False, "P3"),
            (
                "Give her the wall back and I’ll help repaint it for free.",
                "Jonah Petrakis",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Hodan Warsame", "Instagram"),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Hodan Warsame", "Jonah Petrakis"],
    },
    {
        "name": "street-art-festival-medium-essay-podcast-two-paragraphs-op-ed",
        "text": (
            "The organisers of Brightwater’s annual street art festival have cancelled this "
            "year’s edition after the city cut its grant by half, reopening a long argument over "
            "who public walls belong to.\n\n"
            "The festival’s director, Sung-min Yoo, announced the decision in an essay on Medium. "
            "“A festival that cannot pay its artists is not a festival. It is a favour,” he "
            "wrote.\n\n"
            "He expanded on that in an episode of the podcast Walls Talk on Thursday.\n\n"
            "“People see the finished mural and think it appeared overnight. It took "
            "scaffolding, insurance, paint and three weeks of someone’s life.\n\n"
            "“When the grant halves, the first thing to go is the artist’s fee, and I refused to "
            "do that.”\n\n"
            "Deputy mayor Fenella Okafor defended the cut in an op-ed for the Brightwater "
            "Courier, calling the festival “a wonderful thing the city can no longer underwrite "
            "alone.” At a council session on Monday she said private sponsors had been "
            "approached.\n\n"
            "Yoo said he hoped the festival would return in 2026."
        ),
        "quotes": [
            (
                "A festival that cannot pay its artists is not a festival. It is a favour,",
                "Sung-min Yoo",
                False,
                "P1",
            ),
            (
                "People see the finished mural and think it appeared overnight. It took "
                "scaffolding, insurance, paint and three weeks of someone’s life.",
                "Sung-min Yoo",
                False,
                "P2",
            ),
            (
                "When the grant halves, the first thing to go is the artist’s fee, and I refused "
                "to do that.",
                "Sung-min Yoo",
                False,
                "P2",
            ),
            (
                "a wonderful thing the city can no longer underwrite alone.",
                "Fenella Okafor",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sung-min Yoo", "Medium"),
            ("P2", "Sung-min Yoo", "Walls Talk"),
            ("P3", "Fenella Okafor", "Brightwater Courier"),
        ],
        "people": ["Sung-min Yoo", "Fenella Okafor"],
    },
    {
        "name": "graffiti-whitewash-ruling-lawsuit-tiktok-comment-release",
        "text": (
            "A federal judge has ruled that a developer owes damages to seven graffiti artists "
            "whose works were whitewashed from a warehouse in the Marlowe district, in the first "
            "case of its kind in the state.\n\n"
            "“The works had achieved recognized stature, and the defendant knew it,” Judge Carmen "
            "Delgado-Ruiz wrote in her ruling on Friday. She awarded the artists $1.2 million.\n\n"
            "The artists had sued in 2023. Their lawsuit described the warehouse as “an open-air "
            "museum” visited by tour groups every weekend.\n\n"
            "One of them, Amara Nwachukwu, posted a video on TikTok outside the courthouse. "
            "“Seven years of work, erased in one night. Today somebody finally said that "
            "mattered,” she said in the clip. A commenter under the video wrote, “This is huge "
            "for every artist who ever painted a wall.”\n\n"
            "The developer, Sterling & Vance, said in a press release that it would appeal. Its "
            "lawyer, Martin Oyelaran, told reporters the judgment “punishes a property owner for "
            "painting his own building.”"
        ),
        "quotes": [
            (
                "The works had achieved recognized stature, and the defendant knew it,",
                "Carmen Delgado-Ruiz",
                False,
                "P1",
            ),
            ("an open-air museum", None, True, "P2"),
            (
                "Seven years of work, erased in one night. Today somebody finally said that "
                "mattered,",
                "Amara Nwachukwu",
                False,
                "P3",
            ),
            ("This is huge for every artist who ever painted a wall.", None, False, "P3"),
            (
                "punishes a property owner for painting his own building.",
                "Martin Oyelaran",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Carmen Delgado-Ruiz", None),
            ("P2", None, None),
            ("P3", "Amara Nwachukwu", "TikTok"),
            ("P4", None, "press release"),
        ],
        "people": ["Carmen Delgado-Ruiz", "Amara Nwachukwu", "Martin Oyelaran"],
    },
    {
        "name": "refugee-coat-bank-instagram-radio-daughter-home-office",
        "text": (
            "A charity that runs a warm-clothing bank for refugees in Calderbridge says "
            "donations have fallen by a third this winter, while the number of families it "
            "serves has doubled.\n\n"
            "“We have more children than coats for the first time since we opened,” Safe Harbour "
            "Calderbridge wrote on Instagram on Sunday, appealing for jackets in sizes 4 to "
            "12.\n\n"
            "Its founder, Layla Haddad, who arrived from Aleppo in 2016, told BBC Radio Leeds "
            "that many of the new arrivals were Afghan and Sudanese families placed in hotels. "
            "“They come with one bag each. Sometimes the bag is for the whole family,” she "
            "said.\n\n"
            "Her daughter, Nour, a volunteer, shared the appeal on her own Instagram with the "
            "words “Mum has not had a day off since October.”\n\n"
            "A spokesman for the Home Office said in a statement that hotel residents received "
            "“a weekly allowance and essential items.” The charity said the allowance, about £9 "
            "a week, did not stretch to winter clothing."
        ),
        "quotes": [
            (
                "We have more children than coats for the first time since we opened,",
                None,
                False,
                "P1",
            ),
            (
                "They come with one bag each. Sometimes the bag is for the whole family,",
                "Layla Haddad",
                False,
                "P2",
            ),
            ("Mum has not had a day off since October.", "Nour", False, "P3"),
            ("a weekly allowance and essential items.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Layla Haddad", "BBC Radio Leeds"),
            ("P3", "Nour", "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Layla Haddad", "Nour"],
    },
    {
        "name": "resettlement-open-letter-mayor-op-ed-council-meeting",
        "text": (
            "When Port Ellison agreed last spring to resettle 60 Congolese families, the mayor, "
            "Greta Lindahl, promised “no tents and no excuses.” Fourteen months on, 52 of the "
            "families are in permanent housing.\n\n"
            "Not everyone is pleased. An open letter signed by about 300 residents and published "
            "last week accused the council of “moving faster than our schools can follow.”\n\n"
            "Lindahl answered in an op-ed for the Ellison Gazette on Monday. “Our schools have "
            "gained 80 pupils and two teaching assistants who speak Lingala and French,” she "
            "wrote. “If that is a crisis, I would like more of them.”\n\n"
            "Jean-Baptiste Mukendi, who arrived with his wife and four children in June, said "
            "the town had been kind to them. “Here my son plays football on Saturday. In the "
            "camp, he waited in lines,” he said in an interview at the family’s new flat.\n\n"
            "Asked at a council meeting on Tuesday whether she would accept more families, "
            "Lindahl said, “If they ask us, yes.”"
        ),
        "quotes": [
            ("no tents and no excuses.", "Greta Lindahl", True, None),
            ("moving faster than our schools can follow.", None, True, "P1"),
            (
                "Our schools have gained 80 pupils and two teaching assistants who speak "
                "Lingala and French,",
                "Greta Lindahl",
                False,
                "P2",
            ),
            ("If that is a crisis, I would like more of them.", "Greta Lindahl", False, "P2"),
            (
                "Here my son plays football on Saturday. In the camp, he waited in lines,",
                "Jean-Baptiste Mukendi",
                False,
                None,
            ),
            ("If they ask us, yes.", "Greta Lindahl", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Greta Lindahl", "Ellison Gazette"),
        ],
        "people": ["Greta Lindahl", "Jean-Baptiste Mukendi"],
    },
    {
        "name": "charity-chief-pay-linkedin-chair-statement-today-comment",
        "text": (
            "The chief executive of Open Door Relief, one of Britain’s largest refugee charities, "
            "has resigned after it emerged that her pay had risen 40 per cent in two years while "
            "frontline staff were offered 2 per cent.\n\n"
            "Mei-Ling Chua announced her departure in a post on LinkedIn on Friday. “I have "
            "always believed our money belongs to the people we serve. I did not live up to "
            "that,” she wrote.\n\n"
            "The charity’s chair of trustees, Oluwaseun Adebayo, said in a statement that the "
            "board had approved the increases and “shares responsibility in full.”\n\n"
            "The Charity Commission said it had opened a compliance case. Its chief executive, "
            "Hugh Pennington, told the Today programme that donors were entitled to be angry. "
            "“Every pound given to help a refugee should be treated as a pound of trust,” he "
            "said.\n\n"
            "Under Chua’s LinkedIn post, a former colleague, Rafael Quintero, wrote: “Brave and "
            "right. The work matters more than any of us.” The charity’s staff union called the "
            "resignation “the start, not the end.”"
        ),
        "quotes": [
            (
                "I have always believed our money belongs to the people we serve. I did not live "
                "up to that,",
                "Mei-Ling Chua",
                False,
                "P1",
            ),
            ("shares responsibility in full.", "Oluwaseun Adebayo", True, "P2"),
            (
                "Every pound given to help a refugee should be treated as a pound of trust,",
                "Hugh Pennington",
                False,
                "P3",
            ),
            (
                "Brave and right. The work matters more than any of us.",
                "Rafael Quintero",
                False,
                "P1",
            ),
            ("the start, not the end.", None, True, None),
        ],
        "posts": [
            ("P1", "Mei-Ling Chua", "LinkedIn"),
            ("P2", "Oluwaseun Adebayo", None),
            ("P3", "Hugh Pennington", "Today"),
        ],
        "people": ["Mei-Ling Chua", "Oluwaseun Adebayo", "Hugh Pennington", "Rafael Quintero"],
    },
    {
        "name": "heavyweight-misses-weight-instagram-espn-promoter-x-reply",
        "text": (
            "The heavyweight Dmitri “The Anvil” Volkov missed weight by 1.6 pounds on Friday, "
            "throwing Saturday’s title fight in Atlantic City into doubt hours before the first "
            "bell.\n\n"
            "His opponent, the champion Kofi Asante-Mensah, posted a video on Instagram from the "
            "scales. “Discipline is the first round, and he already lost it,” the champion said "
            "in the clip.\n\n"
            "Volkov’s trainer, Ignacio Barrientos, blamed a stomach virus. “Dmitri has been sick "
            "since Tuesday. He made every sacrifice,” he told ESPN.\n\n"
            "The New Jersey athletic commission said in a statement that Volkov would be fined "
            "20 per cent of his purse and could not win the belt. At a news conference "
            "afterwards, Volkov called the fine “fair enough” and said he would fight anyway.\n\n"
            "Asante-Mensah’s promoter, Lorraine Whitfield, was less forgiving. “Rules are rules. "
            "My fighter made the weight twice this week,” she wrote on X, in a post that drew "
            "thousands of replies. One of them, from the former champion Ray Castellanos, read "
            "simply: “Fight him anyway, Kofi.”"
        ),
        "quotes": [
            (
                "Discipline is the first round, and he already lost it,",
                "Kofi Asante-Mensah",
                False,
                "P1",
            ),
            (
                "Dmitri has been sick since Tuesday. He made every sacrifice,",
                "Ignacio Barrientos",
                False,
                "P2",
            ),
            ("fair enough", "Dmitri Volkov", True, None),
            (
                "Rules are rules. My fighter made the weight twice this week,",
                "Lorraine Whitfield",
                False,
                "P4",
            ),
            ("Fight him anyway, Kofi.", "Ray Castellanos", False, "P4"),
        ],
        "posts": [
            ("P1", "Kofi Asante-Mensah", "Instagram"),
            ("P2", "Ignacio Barrientos", "ESPN"),
            ("P3", None, None),
            ("P4", "Lorraine Whitfield", "X"),
        ],
        "people": [
            "Dmitri Volkov",
            "Kofi Asante-Mensah",
            "Ignacio Barrientos",
            "Lorraine Whitfield",
            "Ray Castellanos",
        ],
    },
    {
        "name": "jiu-jitsu-fighter-retires-youtube-coach-show-rival-caption",
        "text": (
            "Ana Paula Ribeiro, the Brazilian jiu-jitsu black belt who became the first woman to "
            "headline a card in Lisbon, announced her retirement from mixed martial arts on "
            "Wednesday at the age of 34.\n\n"
            "She made the announcement in a YouTube video filmed at her gym in Porto. “My body "
            "has been sending me letters for two years. This year I finally opened them,” she "
            "said, smiling.\n\n"
            "Her longtime coach, Takeshi Mori, said he had seen it coming. “She asked me in "
            "March, ‘Sensei, when did you know?’ I told her: you just know,” he said in an "
            "interview with The MMA Hour.\n\n"
            "The promotion she fought for, Apex Combat League, said on Instagram that she had "
            "been “a pioneer for every woman in this sport.”\n\n"
            "Her rival of a decade, Yekaterina Sokolova, who beat her twice, posted a photo on "
            "Instagram of the two of them embracing, with the caption “The best I ever fought. "
            "Obrigada, Ana.”\n\n"
            "Ribeiro said she would keep teaching children at the gym."
        ),
        "quotes": [
            (
                "My body has been sending me letters for two years. This year I finally opened "
                "them,",
                "Ana Paula Ribeiro",
                False,
                "P1",
            ),
            (
                "She asked me in March, ‘Sensei, when did you know?’ I told her: you just know,",
                "Takeshi Mori",
                False,
                "P2",
            ),
            ("a pioneer for every woman in this sport.", None, True, "P3"),
            ("The best I ever fought. Obrigada, Ana.", "Yekaterina Sokolova", False, "P4"),
        ],
        "posts": [
            ("P1", "Ana Paula Ribeiro", "YouTube"),
            ("P2", "Takeshi Mori", "The MMA Hour"),
            ("P3", None, "Instagram"),
            ("P4", "Yekaterina Sokolova", "Instagram"),
        ],
        "people": ["Ana Paula Ribeiro", "Takeshi Mori", "Yekaterina Sokolova"],
    },
    {
        "name": "boxing-club-roof-council-reply-gofundme-councillor",
        "text": (
            "A boxing club that has trained young people on the Hollins estate for 31 years will "
            "close in April unless it finds £18,000 to repair its roof, its coach says.\n\n"
            "“Half of these kids would be on the street corner without this place. I was one of "
            "them,” said Winston Clarke, 58, who took over Hollins Amateur Boxing Club from its "
            "founder, Percy Hollins, in 1999.\n\n"
            "Clarke sent a letter to the borough council in January asking for an emergency "
            "grant. In its reply, which he shared with this newspaper, the council said it had "
            "“no discretionary funds remaining this financial year.”\n\n"
            "His star pupil, 17-year-old Zainab Yusuf, who won a national junior title last "
            "month, has started a fundraiser. “Coach Winston gave me somewhere to put my anger,” "
            "she wrote on the GoFundMe page. “Now it’s our turn to give something back.”\n\n"
            "Councillor Deborah Mwangi told a meeting on Tuesday that she would ask the council’s "
            "sports trust to step in. “Nobody on this council wants to see that door locked,” "
            "she said."
        ),
        "quotes": [
            (
                "Half of these kids would be on the street corner without this place. I was one "
                "of them,",
                "Winston Clarke",
                False,
                None,
            ),
            ("no discretionary funds remaining this financial year.", None, True, "P2"),
            ("Coach Winston gave me somewhere to put my anger,", "Zainab Yusuf", False, "P3"),
            ("Now it’s our turn to give something back.", "Zainab Yusuf", False, "P3"),
            (
                "Nobody on this council wants to see that door locked,",
                "Deborah Mwangi",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Winston Clarke", None),
            ("P2", None, None),
            ("P3", "Zainab Yusuf", "GoFundMe"),
        ],
        "people": ["Winston Clarke", "Percy Hollins", "Zainab Yusuf", "Deborah Mwangi"],
    },
    {
        "name": "voting-age-referendum-campaign-x-tiktok-radio-victory-party",
        "text": (
            "Voters in the canton of Valmont rejected a proposal to lower the voting age to 16 by "
            "53 to 47 per cent on Sunday, the third such referendum to fail in five years.\n\n"
            "The campaign behind the measure, Votes at Sixteen, conceded on X shortly after 8 "
            "p.m. “We lost the vote, not the argument. We will be back,” it posted.\n\n"
            "Its best-known face, the 19-year-old student Leonie Baumgartner, struck a different "
            "note in a video on TikTok. “Honestly, I am tired of adults deciding what we are "
            "ready for,” she said.\n\n"
            "The leader of the No campaign, the cantonal MP Claude-Henri Rochat, told Radio "
            "Télévision Valmont that the result was “a clear answer to a clear question.” At a "
            "victory party in a hotel in the capital, he told supporters the matter should now be "
            "“left alone for a generation.”\n\n"
            "Turnout was 61 per cent, the cantonal chancellery said in a press release, the "
            "highest for any vote in the canton since 2014."
        ),
        "quotes": [
            ("We lost the vote, not the argument. We will be back,", None, False, "P1"),
            (
                "Honestly, I am tired of adults deciding what we are ready for,",
                "Leonie Baumgartner",
                False,
                "P2",
            ),
            ("a clear answer to a clear question.", "Claude-Henri Rochat", True, "P3"),
            ("left alone for a generation.", "Claude-Henri Rochat", True, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Leonie Baumgartner", "TikTok"),
            ("P3", "Claude-Henri Rochat", "Radio Télévision Valmont"),
            ("P4", None, "press release"),
        ],
        "people": ["Leonie Baumgartner", "Claude-Henri Rochat"],
    },
    {
        "name": "old-town-car-ban-referendum-newspaper-letter-facebook-baker",
        "text": (
            "Residents of Bad Lauterbach vote on Sunday on whether to ban private cars from the "
            "medieval old town, in a referendum that has split the spa town of 11,000 down the "
            "middle.\n\n"
            "Supporters, who have run the “Altstadt für alle” campaign since spring, say the "
            "narrow lanes are unsafe for children. Opponents, led by the hotelier Friedrich "
            "Oberhauser, say trade will collapse.\n\n"
            "Oberhauser set out his case in a letter to the Lauterbacher Tagblatt. “Our guests "
            "are seventy years old, not seventeen. They will not walk up the hill with their "
            "suitcases,” he wrote.\n\n"
            "The mayor, Aylin Demir, who backs the ban, answered on Facebook the next day. "
            "“Every old town that did this is busier today, not emptier,” she wrote. Below her "
            "post, a resident named Jutta Kramm asked: “And who pays for the shuttle buses?”\n\n"
            "On the market square, a baker who did not want to be named was blunter. “If they "
            "close the street, I close the shop,” he said.\n\n"
            "Demir told a town-hall meeting on Wednesday that the buses would be free for two "
            "years."
        ),
        "quotes": [
            (
                "Our guests are seventy years old, not seventeen. They will not walk up the hill "
                "with their suitcases,",
                "Friedrich Oberhauser",
                False,
                "P1",
            ),
            (
                "Every old town that did this is busier today, not emptier,",
                "Aylin Demir",
                False,
                "P2",
            ),
            ("And who pays for the shuttle buses?", "Jutta Kramm", False, "P2"),
            ("If they close the street, I close the shop,", None, False, None),
        ],
        "posts": [
            ("P1", "Friedrich Oberhauser", "Lauterbacher Tagblatt"),
            ("P2", "Aylin Demir", "Facebook"),
        ],
        "people": ["Friedrich Oberhauser", "Aylin Demir", "Jutta Kramm"],
    },
    {
        "name": "dishwasher-recall-release-agency-notice-reddit-linkedin",
        "text": (
            "The appliance maker Whitmore & Lane is recalling about 310,000 dishwashers sold in "
            "the United States and Canada after reports that a faulty heating element can melt "
            "through the tub and start fires.\n\n"
            "In a press release on Thursday, the company said it had received 47 reports of "
            "overheating, including nine fires, and urged owners to stop using the machines "
            "“immediately.” The recall covers models sold under the Whitmore Classic and Lane Pro "
            "names between 2019 and 2022.\n\n"
            "The U.S. Consumer Product Safety Commission posted the recall notice on its website "
            "the same day.\n\n"
            "For some owners, the notice came late. A Reddit user in Ohio started a thread in "
            "March with photos of a scorched kitchen floor. “Called Whitmore three times. They "
            "told me it was ‘user error,’” the user wrote. The thread has more than 2,000 "
            "comments.\n\n"
            "Gwendolyn Ashcroft-Pryce, a product-safety lawyer in Chicago, said on LinkedIn that "
            "she was representing four families. “A recall after nine fires is not caution. It is "
            "arithmetic,” she wrote."
        ),
        "quotes": [
            ("immediately.", None, True, "P1"),
            ("Called Whitmore three times. They told me it was ‘user error,’", None, False, "P3"),
            (
                "A recall after nine fires is not caution. It is arithmetic,",
                "Gwendolyn Ashcroft-Pryce",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", None, "Reddit"),
            ("P4", "Gwendolyn Ashcroft-Pryce", "LinkedIn"),
        ],
        "people": ["Gwendolyn Ashcroft-Pryce"],
    },
    {
        "name": "air-fryer-recall-statement-tv-program-tiktok-creator",
        "text": (
            "Owners of the Kessler Crisp 5 air fryer have been told to unplug them at once after "
            "the consumer watchdog linked a wiring fault to 23 minor burns and two kitchen "
            "fires.\n\n"
            "The manufacturer, Kessler Home, said in a statement on Monday that it was “deeply "
            "sorry” and would refund every unit. Its managing director, Ravi Subramaniam, went "
            "further on ABC’s 7.30. “If you own one of these, please, tonight, take it off the "
            "bench and put it in the garage,” he said.\n\n"
            "The fault first came to light in a TikTok video by the home-cooking creator Siobhan "
            "“Shiv” Gallagher, who filmed smoke rising from the back of her fryer in January. "
            "“This is not a recipe, this is a warning,” she told her 600,000 followers. Dozens of "
            "commenters said the same had happened to them.\n\n"
            "Consumer advocate Matthew Ng said the watchdog had moved too slowly. “Six months is "
            "a long time to leave a fire hazard on the kitchen bench,” he told reporters in "
            "Sydney.\n\n"
            "Kessler said about 41,000 units had been sold."
        ),
        "quotes": [
            ("deeply sorry", None, True, "P1"),
            (
                "If you own one of these, please, tonight, take it off the bench and put it in "
                "the garage,",
                "Ravi Subramaniam",
                False,
                "P2",
            ),
            ("This is not a recipe, this is a warning,", "Siobhan Gallagher", False, "P3"),
            (
                "Six months is a long time to leave a fire hazard on the kitchen bench,",
                "Matthew Ng",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ravi Subramaniam", "7.30"),
            ("P3", "Siobhan Gallagher", "TikTok"),
        ],
        "people": ["Ravi Subramaniam", "Siobhan Gallagher", "Matthew Ng"],
    },
    {
        "name": "red-panda-twins-zoo-instagram-newspaper-campaign-statement",
        "text": (
            "Keepers at Ridgemont Zoo were celebrating on Tuesday after Mei Mei, the zoo’s "
            "12-year-old red panda, gave birth to twins, the first red pandas born there in a "
            "decade.\n\n"
            "“Both cubs are feeding well and Mum is doing everything right,” the zoo wrote on "
            "Instagram, alongside a grainy image from a den camera. The post was liked more than "
            "80,000 times.\n\n"
            "The head of the carnivore section, Dr. Fiona MacAllister, told the Ridgemont Herald "
            "that the first 30 days were critical. “We keep our distance,” she said, “because "
            "the less she sees of us, the better.”\n\n"
            "Not everyone was delighted. The campaign group Free the Wild said in a statement "
            "that breeding animals “for the turnstiles” could not be called conservation. The "
            "zoo’s director, Arjun Bhattacharya, rejected that at a press event on Wednesday. "
            "“These cubs are part of a European breeding programme with a waiting list of zoos,” "
            "he said.\n\n"
            "Visitors will not see the twins until spring, the zoo said in a press release."
        ),
        "quotes": [
            ("Both cubs are feeding well and Mum is doing everything right,", None, False, "P1"),
            ("We keep our distance,", "Fiona MacAllister", False, "P2"),
            ("because the less she sees of us, the better.", "Fiona MacAllister", False, "P2"),
            ("for the turnstiles", None, True, "P3"),
            (
                "These cubs are part of a European breeding programme with a waiting list of zoos,",
                "Arjun Bhattacharya",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Fiona MacAllister", "Ridgemont Herald"),
            ("P3", None, None),
            ("P4", None, "press release"),
        ],
        "people": ["Fiona MacAllister", "Arjun Bhattacharya"],
    },
    {
        "name": "octopus-escape-aquarium-tiktok-bluesky-thread-radio",
        "text": (
            "An octopus at the Harbourview Aquarium in Halifax squeezed through a two-inch gap in "
            "its tank lid on Saturday night and was found the next morning in a drain beneath "
            "the jellyfish gallery, apparently unharmed.\n\n"
            "The aquarium posted security footage of the escape on TikTok on Monday. “Inky 2.0 "
            "has been returned to his tank and has been spoken to,” the caption read.\n\n"
            "The aquarist who found him, Thandiwe Dlamini, described the moment in a thread on "
            "Bluesky. “I heard a slurping sound from the drain and thought: no. Not again,” she "
            "wrote. A marine biologist at Dalhousie, Prof. Lars-Erik Holmqvist, replied that "
            "octopuses were “escape artists with a PhD in plumbing.”\n\n"
            "The aquarium’s chief executive, Maureen O’Sullivan, told CBC Radio’s Information "
            "Morning that new lids would be fitted this week. “He is very clever and, frankly, a "
            "bit of a show-off,” she said.\n\n"
            "Asked by reporters on Tuesday whether the octopus would be renamed, she laughed. "
            "“He has earned the name,” she said."
        ),
        "quotes": [
            (
                "Inky 2.0 has been returned to his tank and has been spoken to,",
                None,
                False,
                "P1",
            ),
            (
                "I heard a slurping sound from the drain and thought: no. Not again,",
                "Thandiwe Dlamini",
                False,
                "P2",
            ),
            ("escape artists with a PhD in plumbing.", "Lars-Erik Holmqvist", True, "P2"),
            (
                "He is very clever and, frankly, a bit of a show-off,",
                "Maureen O’Sullivan",
                False,
                "P3",
            ),
            ("He has earned the name,", "Maureen O’Sullivan", False, None),
        ],
        "posts": [
            ("P1", None, "TikTok"),
            ("P2", "Thandiwe Dlamini", "Bluesky"),
            ("P3", "Maureen O’Sullivan", "Information Morning"),
        ],
        "people": ["Thandiwe Dlamini", "Lars-Erik Holmqvist", "Maureen O’Sullivan"],
    },
    {
        "name": "nurses-strike-ballot-union-release-sky-staff-email-minister-x",
        "text": (
            "Nurses at four hospitals run by the St. Brigid’s Health Trust voted by 89 per cent "
            "to strike over pay on Thursday, their union said, setting up the first walkout at "
            "the trust in 30 years.\n\n"
            "“Our members have been patient for three years. Patience is not a pay rise,” the "
            "Allied Nursing Union said in a press release announcing the result.\n\n"
            "The union’s regional secretary, Precious Ndlovu, told Sky News that the first "
            "48-hour stoppage could begin on May 6. “Nobody goes into nursing to stand on a "
            "picket line,” she said. “But nobody goes into it to use a food bank either.”\n\n"
            "The trust’s chief executive, Alistair Gough-Patterson, wrote in an email to staff "
            "that patient safety would come first and that talks remained “the only sensible "
            "route.”\n\n"
            "The health secretary, Nadia Karimi, posted on X that the government’s offer of 4.5 "
            "per cent was “fair and final.” Under her post, an intensive-care nurse who gave her "
            "name as Becky wrote: “Fair for whom?”"
        ),
        "quotes": [
            (
                "Our members have been patient for three years. Patience is not a pay rise,",
                None,
                False,
                "P1",
            ),
            (
                "Nobody goes into nursing to stand on a picket line,",
                "Precious Ndlovu",
                False,
                "P2",
            ),
            (
                "But nobody goes into it to use a food bank either.",
                "Precious Ndlovu",
                False,
                "P2",
            ),
            ("the only sensible route.", "Alistair Gough-Patterson", True, "P3"),
            ("fair and final.", "Nadia Karimi", True, "P4"),
            ("Fair for whom?", "Becky", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Precious Ndlovu", "Sky News"),
            ("P3", "Alistair Gough-Patterson", None),
            ("P4", "Nadia Karimi", "X"),
        ],
        "people": ["Precious Ndlovu", "Alistair Gough-Patterson", "Nadia Karimi", "Becky"],
    },
    {
        "name": "dockworkers-deal-union-facebook-rally-release-linkedin-radio",
        "text": (
            "Dockworkers at the Port of Kingsbridge ended a nine-day strike on Monday after "
            "accepting a deal that raises pay by 14 per cent over three years, ending the longest "
            "stoppage at the port since 1989.\n\n"
            "The union, the Waterfront Workers’ Federation, announced the deal in a post on "
            "Facebook: “Nine days. Fourteen per cent. Solidarity works.”\n\n"
            "At a rally outside the gates, the federation’s president, Hemi Tawhiri, told members "
            "they had “won this the old-fashioned way.” He thanked the families who had brought "
            "food to the picket line. “My nan used to say, ‘A union is a kitchen table with more "
            "chairs,’ and this week we found out she was right,” he said.\n\n"
            "The port operator, Kingsbridge Terminals, said in a news release that the agreement "
            "would “protect the port’s competitiveness.” Its chief executive, Simon Ashby, wrote "
            "on LinkedIn that both sides had given ground.\n\n"
            "Not every worker was satisfied. Crane driver Losaline Fifita told Radio New Zealand "
            "that casual staff had been left out. “The permanent guys got their raise. We got a "
            "thank-you,” she said."
        ),
        "quotes": [
            ("Nine days. Fourteen per cent. Solidarity works.", None, False, "P1"),
            ("won this the old-fashioned way.", "Hemi Tawhiri", True, None),
            (
                "My nan used to say, ‘A union is a kitchen table with more chairs,’ and this week "
                "we found out she was right,",
                "Hemi Tawhiri",
                False,
                None,
            ),
            ("protect the port’s competitiveness.", None, True, "P2"),
            (
                "The permanent guys got their raise. We got a thank-you,",
                "Losaline Fifita",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Simon Ashby", "LinkedIn"),
            ("P4", "Losaline Fifita", "Radio New Zealand"),
        ],
        "people": ["Hemi Tawhiri", "Simon Ashby", "Losaline Fifita"],
    },
]
