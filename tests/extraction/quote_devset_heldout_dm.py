"""The one-hundred-and-eleventh self-made dev set, held out (DM): its first run is an unseen estimate.

Written with set DL, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told" a
named newspaper is such an interview; a statement, memo, letter, email, court
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
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (an interview with the radio program
  County Line, Northgate Games' statement, a food safety alert) is still
  listed in posts.
- The decisions recorded in set BU are followed as well (a release or
  statement that quotes a named executive or researcher is the organisation's
  post with author None, and the quote's speaker is that person; a chief
  executive's email or memo to staff is the executive's post; a judge's
  written ruling is the judge's post with no platform).
- people lists every named person in the text, whether or not they speak (the
  late founder Henrik Amsel), in order of first mention as a person; companies
  and charities named like people (Casa Verdolini, Harrowgate & Finch, Morgan
  Hale Aerotech, Sterling Dunmore Hospitality, the Amsel Foundation, the chain
  Oliver Brandt) and places (Charles de Gaulle) are not people.
- A company named after its founder (the chain Oliver Brandt): the founder,
  named as a person later, is a person; the chain's name inside a quote is
  neither a speaker nor a person's mention.
- A nickname in marks inside a name (Desmond “Dez” Whitfield) is not a quote
  and not part of the canonical name; a player's handle in marks (“Hollow”) is
  not a quote.
- Col. and Prof. are titles like Dr. and are not part of a canonical name;
  particles (Jonas Van der Berghe) are part of the surname; Korean names keep
  their written order (Park Ji-hoon, Lee Soo-min); Portuguese double surnames
  are kept whole (João Mendes Cardoso).
- A thread on Bluesky is one post, and a reply under the thread belongs to it.
- A study published in a named journal is a post with the journal as platform
  (The Lancet); when the text names no author it has author None and a
  fragment of its findings speaks as None.
- A safety board's preliminary report, a charity regulator's inquiry report
  and a public health agency's food safety alert are posts with author None
  and no platform; so is a sports body's decision or a league's ruling.
- A lawsuit filed by a named person is that person's post with no platform,
  and words quoted from it ("said in the lawsuit", "Her lawsuit says") speak
  as that person; a class action on behalf of unnamed customers has author
  None.
- A letter to a named newspaper (a letter to The Times) has that newspaper as
  platform, as an op-ed does.
- A Twitch livestream is a post with platform Twitch; a YouTube video is a
  post with platform YouTube, and "she said in it" ties a later quote to that
  video.
- An unnamed chief executive's video on X has author None and its words speak
  as None; a fragment of an anonymous Reddit user's thread is partial, speaker
  None, and belongs to that thread; an anonymous official's words are not a
  post.
- A review by an unnamed reader on Goodreads is a post with author None and
  platform Goodreads.
- Telling the National Assembly, telling the judge at a preliminary hearing,
  telling an audience at a festival, a call with analysts and an all-hands
  meeting are not posts.
- A calendar invitation's title in marks (“Quick sync.”), a game's title and a
  novel's title are titles, not quotes; so-called “super shoes” and “conscious
  luxury” are scare quotes.
- An outlet's name keeps its curly apostrophe as written (Runner’s World).
- A quote split by its attribution (“We will look at it again,” he said, “but
  ...”) is two quotes with the same speaker and post; a second quote right
  after an interview's first quote, with no new attribution, belongs to the
  same interview.
- Words given after "read the caption" or "with the caption" are a whole quote
  (not partial).
- A comment under one's own Instagram post (the designer answering a critic)
  belongs to that post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DM: list[dict] = [
    {
        "name": "linkedin-airline-ceo-union-statement-tiktok-passenger",
        "text": (
            "Skyhaven Airways, the low-cost carrier based in Leeds, cancelled 140 flights "
            "over the weekend after a software fault grounded its fleet for six hours. Its "
            "chief executive, Rhiannon Pryce, apologised in a LinkedIn post on Sunday. “We "
            "let down more than 20,000 passengers, and no explanation makes that "
            "acceptable,” she wrote.\n\n"
            "The pilots’ union, the Flight Crew Association, said in a statement that crews "
            "had warned management about the system in the spring. “These warnings were "
            "ignored,” the statement said.\n\n"
            "One stranded traveller, Oluwaseun Bakare, posted a TikTok video from the floor "
            "of Terminal 2 at Manchester Airport. “Day two. Still no hotel, still no "
            "answers,” he said in the clip, which has been viewed more than a million "
            "times.\n\n"
            "Pryce told reporters at Leeds Bradford Airport on Monday that compensation "
            "claims would be paid within 14 days. “Nobody should have to chase us for "
            "this,” she said. Asked whether the fault had been fixed, the chief executive "
            "replied, “Fixed, tested and tested again.”"
        ),
        "quotes": [
            (
                "We let down more than 20,000 passengers, and no explanation makes that acceptable,",
                "Rhiannon Pryce",
                False,
                "P1",
            ),
            ("These warnings were ignored,", None, False, "P2"),
            ("Day two. Still no hotel, still no answers,", "Oluwaseun Bakare", False, "P3"),
            ("Nobody should have to chase us for this,", "Rhiannon Pryce", False, None),
            ("Fixed, tested and tested again.", "Rhiannon Pryce", False, None),
        ],
        "posts": [
            ("P1", "Rhiannon Pryce", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Oluwaseun Bakare", "TikTok"),
        ],
        "people": ["Rhiannon Pryce", "Oluwaseun Bakare"],
    },
    {
        "name": "safety-board-report-contractor-interview-senator-x",
        "text": (
            "A cracked fan blade caused the engine failure that forced a regional jet to "
            "land in Spokane in March, the National Transportation Safety Board said in a "
            "preliminary report on Thursday. The report said the blade had been inspected "
            "eight weeks earlier by Morgan Hale Aerotech, a maintenance contractor in "
            "Wichita, and that the crack “would likely have been visible under standard "
            "lighting.”\n\n"
            "Morgan Hale Aerotech said it was reviewing the findings. Its president, Curtis "
            "Abernathy, told The Seattle Times that the inspection had followed the "
            "manufacturer’s manual. “Our technicians did exactly what the book told them to "
            "do,” he said. “If the book is wrong, that is a bigger problem than one shop.”\n\n"
            "Senator Patricia Ochoa-Reyes of Washington wrote on X that she would call the "
            "contractor to testify. “Passengers deserve to know who checked that engine,” "
            "she posted.\n\n"
            "At a Senate hearing in May, the board’s chair, Lionel Baptiste, had warned "
            "that repair shops were “stretched thin and barely supervised.”"
        ),
        "quotes": [
            ("would likely have been visible under standard lighting.", None, True, "P1"),
            (
                "Our technicians did exactly what the book told them to do,",
                "Curtis Abernathy",
                False,
                "P2",
            ),
            (
                "If the book is wrong, that is a bigger problem than one shop.",
                "Curtis Abernathy",
                False,
                "P2",
            ),
            (
                "Passengers deserve to know who checked that engine,",
                "Patricia Ochoa-Reyes",
                False,
                "P3",
            ),
            ("stretched thin and barely supervised.", "Lionel Baptiste", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Curtis Abernathy", "The Seattle Times"),
            ("P3", "Patricia Ochoa-Reyes", "X"),
        ],
        "people": ["Curtis Abernathy", "Patricia Ochoa-Reyes", "Lionel Baptiste"],
    },
    {
        "name": "fur-ban-instagram-release-essay-nickname-comment",
        "text": (
            "The Milan label Casa Verdolini will stop selling real fur from next season, "
            "its creative director, Ilaria Verdolini, announced on Instagram on Wednesday. "
            "“Fashion has to stop pretending this is a question of taste,” she wrote under "
            "a photograph of the spring collection.\n\n"
            "The decision follows a year of protests outside the brand’s flagship store on "
            "Via Montenapoleone. The company said in a press release that the move would "
            "cost it about 4 percent of annual sales. “We accept that cost,” the release "
            "said.\n\n"
            "Not everyone was persuaded. The British stylist Kwame Osei-Bonsu, known to his "
            "800,000 followers as “the Tailor of Peckham,” wrote in an essay for Business "
            "of Fashion that so-called “conscious luxury” was mostly marketing. “A label "
            "that still flies its models to the Maldives for one shoot has not discovered "
            "its conscience,” he wrote.\n\n"
            "The designer answered him in a comment under her own post: “Kwame, come to the "
            "atelier and see for yourself.”"
        ),
        "quotes": [
            (
                "Fashion has to stop pretending this is a question of taste,",
                "Ilaria Verdolini",
                False,
                "P1",
            ),
            ("We accept that cost,", None, False, "P2"),
            (
                "A label that still flies its models to the Maldives for one shoot has not "
                "discovered its conscience,",
                "Kwame Osei-Bonsu",
                False,
                "P3",
            ),
            ("Kwame, come to the atelier and see for yourself.", "Ilaria Verdolini", False, "P1"),
        ],
        "posts": [
            ("P1", "Ilaria Verdolini", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Kwame Osei-Bonsu", "Business of Fashion"),
        ],
        "people": ["Ilaria Verdolini", "Kwame Osei-Bonsu"],
    },
    {
        "name": "department-store-email-two-paragraphs-union-x-facebook",
        "text": (
            "Harrowgate & Finch, the 170-year-old department store chain, will close its "
            "last six shops in January, its chief executive, Deborah Akintola, told staff "
            "in an email on Monday.\n\n"
            "“I know that many of you have given this company decades of your working "
            "lives, and I know this is not the ending you deserved.\n\n"
            "“Every one of you will be paid through the end of March, and we will help "
            "anyone who wants it to find a new job,” she wrote.\n\n"
            "The shopworkers’ union Usdaw called the closure “a betrayal of loyal staff” in "
            "a post on X.\n\n"
            "Shoppers in Cheltenham, where the chain opened its first store in 1854, queued "
            "for the closing sale on Tuesday. “My grandmother bought her wedding gloves "
            "here,” one customer, Margaret Ellery, told reporters. “It feels like losing a "
            "relative.”\n\n"
            "A former buyer for the chain, Sunil Ramanathan, wrote on Facebook that the "
            "company had “ignored online shopping for fifteen years too long.”"
        ),
        "quotes": [
            (
                "I know that many of you have given this company decades of your working "
                "lives, and I know this is not the ending you deserved.",
                "Deborah Akintola",
                False,
                "P1",
            ),
            (
                "Every one of you will be paid through the end of March, and we will help "
                "anyone who wants it to find a new job,",
                "Deborah Akintola",
                False,
                "P1",
            ),
            ("a betrayal of loyal staff", None, True, "P2"),
            ("My grandmother bought her wedding gloves here,", "Margaret Ellery", False, None),
            ("It feels like losing a relative.", "Margaret Ellery", False, None),
            ("ignored online shopping for fifteen years too long.", "Sunil Ramanathan", True, "P3"),
        ],
        "posts": [
            ("P1", "Deborah Akintola", None),
            ("P2", None, "X"),
            ("P3", "Sunil Ramanathan", "Facebook"),
        ],
        "people": ["Deborah Akintola", "Margaret Ellery", "Sunil Ramanathan"],
    },
    {
        "name": "measles-county-statement-bluesky-thread-reply-radio",
        "text": (
            "The Wexham County Health Department warned on Thursday that measles cases in "
            "the county had reached their highest level since 1996, with 38 confirmed since "
            "January. In a statement, the department urged parents to check their "
            "children’s vaccination records. “Two doses of the MMR vaccine protect about 97 "
            "percent of people,” it said.\n\n"
            "The department’s director, Dr. Haruto Ishikawa, said at a news conference that "
            "most of the cases were in children under five. “This is entirely preventable, "
            "and that is what makes it so frustrating,” he said.\n\n"
            "A paediatrician in the county seat, Dr. Amara Nwachukwu, posted a long thread "
            "on Bluesky describing a week in which she saw four infected toddlers. “I have "
            "stopped counting the parents who tell me they ‘did their own research,’” she "
            "wrote. A county council member, Gregory Paltrow, replied under her thread: "
            "“Thank you for saying what the rest of us are thinking.”\n\n"
            "Ishikawa later told the radio program County Line that free clinics would open "
            "on Saturday."
        ),
        "quotes": [
            ("Two doses of the MMR vaccine protect about 97 percent of people,", None, False, "P1"),
            (
                "This is entirely preventable, and that is what makes it so frustrating,",
                "Haruto Ishikawa",
                False,
                None,
            ),
            (
                "I have stopped counting the parents who tell me they ‘did their own research,’",
                "Amara Nwachukwu",
                False,
                "P2",
            ),
            (
                "Thank you for saying what the rest of us are thinking.",
                "Gregory Paltrow",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Amara Nwachukwu", "Bluesky"),
            ("P3", "Haruto Ishikawa", "County Line"),
        ],
        "people": ["Haruto Ishikawa", "Amara Nwachukwu", "Gregory Paltrow"],
    },
    {
        "name": "malaria-study-journal-release-minister-speech-bbc",
        "text": (
            "A malaria vaccine cut severe cases among young children by more than half in a "
            "trial across four countries, according to a study published on Wednesday in "
            "The Lancet. The study, led by researchers at the Ifakara Health Institute in "
            "Tanzania, found that the shot’s protection “waned noticeably after 18 months.”\n\n"
            "The Global Fund for Vaccine Access, which paid for the trial, welcomed the "
            "result in a press release. “This is the evidence ministries have been waiting "
            "for,” its director, Sophie Lindahl-Mensah, said in the release.\n\n"
            "Tanzania’s health minister, Dr. Zuberi Mwakyusa, said in a speech in Dodoma "
            "that the government would seek the vaccine for every district by 2027. “No "
            "mother in this country should lose a child to a mosquito,” he said.\n\n"
            "The study’s senior author, Prof. Neema Kisanga, told the BBC World Service "
            "that booster doses would be tested next year. “We think a second shot will "
            "close most of the gap,” she said."
        ),
        "quotes": [
            ("waned noticeably after 18 months.", None, True, "P1"),
            (
                "This is the evidence ministries have been waiting for,",
                "Sophie Lindahl-Mensah",
                False,
                "P2",
            ),
            (
                "No mother in this country should lose a child to a mosquito,",
                "Zuberi Mwakyusa",
                False,
                None,
            ),
            ("We think a second shot will close most of the gap,", "Neema Kisanga", False, "P3"),
        ],
        "posts": [
            ("P1", None, "The Lancet"),
            ("P2", None, "press release"),
            ("P3", "Neema Kisanga", "BBC World Service"),
        ],
        "people": ["Sophie Lindahl-Mensah", "Zuberi Mwakyusa", "Neema Kisanga"],
    },
    {
        "name": "hurdler-ban-instagram-ruling-coach-nickname-x-sister-reply",
        "text": (
            "Kadeisha Brathwaite, the world 100-metre hurdles champion, said on Instagram "
            "on Monday that she would appeal a two-year ban for missing three drug tests. "
            "“I have never taken a banned substance in my life, and I will prove it,” she "
            "wrote.\n\n"
            "The Athletics Integrity Unit said in its decision that Brathwaite had given "
            "“no credible explanation” for the third missed test, in June, when testers "
            "found nobody at her address in Kingston.\n\n"
            "Her coach, Desmond “Dez” Whitfield, told reporters at a training camp in "
            "Florida that she had been at a funeral that day. “She told them where she was. "
            "They just didn’t check,” the coach said.\n\n"
            "The world record holder Anastasia Volkova-Reid weighed in on X: “Rules are "
            "rules. Three strikes is three strikes.” Brathwaite’s sister, Jodi-Ann "
            "Brathwaite, replied under that post that Volkova-Reid had “missed two tests "
            "herself in 2019.”"
        ),
        "quotes": [
            (
                "I have never taken a banned substance in my life, and I will prove it,",
                "Kadeisha Brathwaite",
                False,
                "P1",
            ),
            ("no credible explanation", None, True, "P2"),
            (
                "She told them where she was. They just didn’t check,",
                "Desmond Whitfield",
                False,
                None,
            ),
            (
                "Rules are rules. Three strikes is three strikes.",
                "Anastasia Volkova-Reid",
                False,
                "P3",
            ),
            ("missed two tests herself in 2019.", "Jodi-Ann Brathwaite", True, "P3"),
        ],
        "posts": [
            ("P1", "Kadeisha Brathwaite", "Instagram"),
            ("P2", None, None),
            ("P3", "Anastasia Volkova-Reid", "X"),
        ],
        "people": [
            "Kadeisha Brathwaite",
            "Desmond Whitfield",
            "Anastasia Volkova-Reid",
            "Jodi-Ann Brathwaite",
        ],
    },
    {
        "name": "cycling-crash-team-release-caption-podcast-race-director",
        "text": (
            "Jonas Van der Berghe abandoned the Tour de Suisse on Wednesday after crashing "
            "on the descent of the Gotthard Pass, his team, Lotto Meridian, said in a press "
            "release. The release said he had broken his collarbone and would have surgery "
            "in Basel on Thursday.\n\n"
            "Van der Berghe, 27, later posted a photograph from his hospital bed on "
            "Instagram with the caption “Wrong way down the mountain. Back soon.”\n\n"
            "His teammate Mateo Castellanos described the crash on the cycling podcast The "
            "Grupetto Hour. “He touched a wheel at 80 kilometres an hour and there was "
            "nothing anybody could do,” Castellanos said. “Honestly, he’s lucky.”\n\n"
            "The race director, Urs Zimmerli, told a news conference in Lugano that "
            "organisers had added padding to the barriers on the descent after last year’s "
            "race. “We will look at it again,” he said, “but a mountain is a mountain.”"
        ),
        "quotes": [
            ("Wrong way down the mountain. Back soon.", "Jonas Van der Berghe", False, "P2"),
            (
                "He touched a wheel at 80 kilometres an hour and there was nothing anybody "
                "could do,",
                "Mateo Castellanos",
                False,
                "P3",
            ),
            ("Honestly, he’s lucky.", "Mateo Castellanos", False, "P3"),
            ("We will look at it again,", "Urs Zimmerli", False, None),
            ("but a mountain is a mountain.", "Urs Zimmerli", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Jonas Van der Berghe", "Instagram"),
            ("P3", "Mateo Castellanos", "The Grupetto Hour"),
        ],
        "people": ["Jonas Van der Berghe", "Mateo Castellanos", "Urs Zimmerli"],
    },
    {
        "name": "class-action-ruling-company-statement-lawyer-courthouse",
        "text": (
            "A federal judge in Oakland on Friday allowed a class-action lawsuit against "
            "the fitness-tracker maker Pulsewell to go forward, rejecting the company’s "
            "argument that its users had waived the right to sue.\n\n"
            "The suit, filed last year on behalf of about two million customers, accuses "
            "Pulsewell of selling heart-rate data to insurers. It says the company treated "
            "its users’ health “as a commodity to be auctioned.”\n\n"
            "In her 34-page ruling, Judge Marguerite Oyelaran-Baptiste wrote that the "
            "arbitration clause was “buried so deep in the terms of service that no "
            "reasonable consumer would have found it.”\n\n"
            "Pulsewell said in a statement that it would appeal. “We have never sold "
            "identifiable health data, and we will show that in court,” the statement said.\n\n"
            "Outside the courthouse, the plaintiffs’ lead lawyer, Irving Feldstein-Mori, "
            "told reporters that the ruling was a warning to the whole industry. “Fine "
            "print is not a force field,” he said."
        ),
        "quotes": [
            ("as a commodity to be auctioned.", None, True, "P1"),
            (
                "buried so deep in the terms of service that no reasonable consumer would "
                "have found it.",
                "Marguerite Oyelaran-Baptiste",
                True,
                "P2",
            ),
            (
                "We have never sold identifiable health data, and we will show that in court,",
                None,
                False,
                "P3",
            ),
            ("Fine print is not a force field,", "Irving Feldstein-Mori", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marguerite Oyelaran-Baptiste", None),
            ("P3", None, None),
        ],
        "people": ["Marguerite Oyelaran-Baptiste", "Irving Feldstein-Mori"],
    },
    {
        "name": "chef-defamation-lawsuit-youtube-critic-threads-hearing",
        "text": (
            "The celebrity chef Bartholomew Quaye sued the food critic Ines Marchetti for "
            "defamation on Tuesday, three weeks after she accused him in a YouTube video of "
            "passing off supermarket pastry as his own.\n\n"
            "“I have never served a single thing in my restaurants that we did not make in "
            "our kitchen,” Quaye said in the lawsuit, filed in the High Court in London. "
            "The suit seeks £2 million in damages.\n\n"
            "Marchetti stood by her video. “I bought the same tart at Waitrose the next "
            "morning. It was identical,” she said in it. In a post on Threads on Wednesday "
            "she added: “See you in court, Bart.”\n\n"
            "At a preliminary hearing, Quaye’s barrister, Olufemi Adebayo-Hart, told the "
            "judge that the video had cost his client “two restaurant bookings in three” "
            "since it was posted.\n\n"
            "Sterling Dunmore Hospitality, the restaurant group behind the chef’s brand, "
            "said in a statement that it “fully supports” him."
        ),
        "quotes": [
            (
                "I have never served a single thing in my restaurants that we did not make in "
                "our kitchen,",
                "Bartholomew Quaye",
                False,
                "P2",
            ),
            (
                "I bought the same tart at Waitrose the next morning. It was identical,",
                "Ines Marchetti",
                False,
                "P1",
            ),
            ("See you in court, Bart.", "Ines Marchetti", False, "P3"),
            ("two restaurant bookings in three", "Olufemi Adebayo-Hart", True, None),
            ("fully supports", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Ines Marchetti", "YouTube"),
            ("P2", "Bartholomew Quaye", None),
            ("P3", "Ines Marchetti", "Threads"),
            ("P4", None, None),
        ],
        "people": ["Bartholomew Quaye", "Ines Marchetti", "Olufemi Adebayo-Hart"],
    },
    {
        "name": "studio-layoffs-memo-game-title-bluesky-publisher-kotaku",
        "text": (
            "The Montreal studio Fablelight Interactive laid off 90 employees on Thursday, "
            "two months after its fantasy epic “Ashes of Veldrin” sold fewer than half the "
            "copies it had projected.\n\n"
            "In a memo to staff, the studio’s chief executive, Geneviève Tremblay-Okafor, "
            "called the cuts “the hardest decision of my career.” She added: “We bet the "
            "company on one game, and the bet did not pay off.”\n\n"
            "A senior animator who lost her job, Yuki Tanabe-Ross, wrote on Bluesky that "
            "she had learned of it from a calendar invitation titled “Quick sync.” “Eleven "
            "years, and a fifteen-minute video call,” she posted.\n\n"
            "Fablelight’s publisher, Northgate Games, said in a statement that it remained "
            "committed to the studio’s next project. A Northgate executive, Ravi Chaudhry, "
            "told Kotaku that a sequel was “not off the table.”\n\n"
            "Tremblay-Okafor did not take questions at an all-hands meeting on Friday, "
            "according to two employees who attended."
        ),
        "quotes": [
            ("the hardest decision of my career.", "Geneviève Tremblay-Okafor", True, "P1"),
            (
                "We bet the company on one game, and the bet did not pay off.",
                "Geneviève Tremblay-Okafor",
                False,
                "P1",
            ),
            ("Eleven years, and a fifteen-minute video call,", "Yuki Tanabe-Ross", False, "P2"),
            ("not off the table.", "Ravi Chaudhry", True, "P4"),
        ],
        "posts": [
            ("P1", "Geneviève Tremblay-Okafor", None),
            ("P2", "Yuki Tanabe-Ross", "Bluesky"),
            ("P3", None, None),
            ("P4", "Ravi Chaudhry", "Kotaku"),
        ],
        "people": ["Geneviève Tremblay-Okafor", "Yuki Tanabe-Ross", "Ravi Chaudhry"],
    },
    {
        "name": "esports-ban-ruling-twitch-team-x-reddit-manager",
        "text": (
            "The esports league Apex Circuit suspended the 19-year-old player Park Ji-hoon "
            "for six months on Monday for using a modified mouse driver during a qualifying "
            "match. In its ruling, the league said the software gave him “a measurable and "
            "unfair advantage in recoil control.”\n\n"
            "Park, who competes under the name “Hollow,” denied cheating during a Twitch "
            "stream that evening. “I downloaded a driver update from the manufacturer’s "
            "website. That’s it,” he told his 300,000 viewers.\n\n"
            "His team, Crimson Wolves, said on X that it would pay for an independent "
            "review. “We stand with Ji-hoon until we see proof,” the post said.\n\n"
            "An anonymous Reddit user who claimed to have written the software started a "
            "thread on Tuesday saying Park had bought it “for $40 in March.” Asked about "
            "the claim after a match in Seoul, the player’s manager, Lee Soo-min, told "
            "reporters: “Anyone can say anything on the internet.”"
        ),
        "quotes": [
            ("a measurable and unfair advantage in recoil control.", None, True, "P1"),
            (
                "I downloaded a driver update from the manufacturer’s website. That’s it,",
                "Park Ji-hoon",
                False,
                "P2",
            ),
            ("We stand with Ji-hoon until we see proof,", None, False, "P3"),
            ("for $40 in March.", None, True, "P4"),
            ("Anyone can say anything on the internet.", "Lee Soo-min", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Park Ji-hoon", "Twitch"),
            ("P3", None, "X"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Park Ji-hoon", "Lee Soo-min"],
    },
    {
        "name": "novelist-guardian-essay-publisher-statement-substack-festival",
        "text": (
            "The novelist Thandiwe Mokoena has pulled her next book from the publisher "
            "Ashdown & Lyle after it asked her to cut a chapter about a real mining "
            "company, she wrote in an essay for The Guardian on Saturday.\n\n"
            "“I was told, politely and then less politely, that the chapter was ‘a legal "
            "risk we cannot carry,’” she wrote. “I would rather publish nothing than "
            "publish half a book.”\n\n"
            "The novel, “The Weight of Red Earth,” was due out in September. Ashdown & Lyle "
            "said in a statement that it “respects Ms. Mokoena’s decision” and had acted on "
            "legal advice.\n\n"
            "Her agent, Colm Fitzgerald-Shaw, wrote in his Substack newsletter that three "
            "other publishers had already been in touch. “This book will find a home by "
            "Christmas,” he wrote.\n\n"
            "Mokoena spoke about the dispute at the Hay Festival on Sunday, telling an "
            "audience of about 1,000 people that writers “should not be asked to protect "
            "the powerful.”"
        ),
        "quotes": [
            (
                "I was told, politely and then less politely, that the chapter was ‘a legal "
                "risk we cannot carry,’",
                "Thandiwe Mokoena",
                False,
                "P1",
            ),
            (
                "I would rather publish nothing than publish half a book.",
                "Thandiwe Mokoena",
                False,
                "P1",
            ),
            ("respects Ms. Mokoena’s decision", None, True, "P2"),
            ("This book will find a home by Christmas,", "Colm Fitzgerald-Shaw", False, "P3"),
            ("should not be asked to protect the powerful.", "Thandiwe Mokoena", True, None),
        ],
        "posts": [
            ("P1", "Thandiwe Mokoena", "The Guardian"),
            ("P2", None, None),
            ("P3", "Colm Fitzgerald-Shaw", "Substack"),
        ],
        "people": ["Thandiwe Mokoena", "Colm Fitzgerald-Shaw"],
    },
    {
        "name": "ghostwritten-memoir-release-medium-cbs-goodreads",
        "text": (
            "The memoir of the retired astronaut Col. Everett Lindgren will be reissued "
            "with a new foreword after his former ghostwriter said she had written most of "
            "it, the publisher, Harbour Lane Books, said in a press release on Tuesday. The "
            "release said future editions would credit the writer, Priya Venkataraman, on "
            "the cover.\n\n"
            "Venkataraman first raised the issue in a Medium essay in April. “I spent two "
            "years inside another man’s memories,” she wrote. “The least I was owed was my "
            "name on the spine.”\n\n"
            "Lindgren, 78, addressed the dispute on CBS Sunday Morning. “She did a "
            "beautiful job, and I should have said so a long time ago,” he said.\n\n"
            "Readers have taken sides on Goodreads, where one reviewer called the book “the "
            "best memoir I never knew was ghostwritten.”\n\n"
            "The book, “Above the Blue Line,” has sold more than 400,000 copies since it "
            "was published in 2019, according to the publisher."
        ),
        "quotes": [
            ("I spent two years inside another man’s memories,", "Priya Venkataraman", False, "P2"),
            ("The least I was owed was my name on the spine.", "Priya Venkataraman", False, "P2"),
            (
                "She did a beautiful job, and I should have said so a long time ago,",
                "Everett Lindgren",
                False,
                "P3",
            ),
            ("the best memoir I never knew was ghostwritten.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Venkataraman", "Medium"),
            ("P3", "Everett Lindgren", "CBS Sunday Morning"),
            ("P4", None, "Goodreads"),
        ],
        "people": ["Everett Lindgren", "Priya Venkataraman"],
    },
    {
        "name": "foundation-pledge-linkedin-regulator-report-hospice-letter",
        "text": (
            "The Amsel Foundation, the charity set up by the late shipping magnate Henrik "
            "Amsel, will give £40 million over five years to children’s hospices in England "
            "and Wales, its chair, Beatrix Amsel-Coyle, said in a LinkedIn post on Monday. "
            "“My grandfather believed that money sitting in a bank is money doing nothing,” "
            "she wrote.\n\n"
            "The grants come eight months after the Charity Commission opened an inquiry "
            "into the foundation’s spending. In a report published in August, the "
            "commission found “serious weaknesses in financial controls” but no evidence of "
            "fraud.\n\n"
            "The Hospice Alliance, which represents more than 200 hospices, welcomed the "
            "pledge in a statement. “This will keep beds open that would otherwise have "
            "closed,” its chief executive, Dr. Fenella Rooke, said in the statement.\n\n"
            "A former trustee, Jerome Mbeki-Larsson, who resigned in 2022, was less "
            "enthusiastic. In a letter to The Times, he called the pledge “good news that "
            "should have come years ago.”"
        ),
        "quotes": [
            (
                "My grandfather believed that money sitting in a bank is money doing nothing,",
                "Beatrix Amsel-Coyle",
                False,
                "P1",
            ),
            ("serious weaknesses in financial controls", None, True, "P2"),
            (
                "This will keep beds open that would otherwise have closed,",
                "Fenella Rooke",
                False,
                "P3",
            ),
            ("good news that should have come years ago.", "Jerome Mbeki-Larsson", True, "P4"),
        ],
        "posts": [
            ("P1", "Beatrix Amsel-Coyle", "LinkedIn"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Jerome Mbeki-Larsson", "The Times"),
        ],
        "people": ["Henrik Amsel", "Beatrix Amsel-Coyle", "Fenella Rooke", "Jerome Mbeki-Larsson"],
    },
    {
        "name": "dance-marathon-tiktok-comment-charity-instagram-founder",
        "text": (
            "A 24-hour dance marathon by the Nigerian singer Adaeze Okonkwo raised more "
            "than $1.3 million for the sickle cell charity Red Thread over the weekend.\n\n"
            "“My legs are gone but my heart is full,” Okonkwo said in a video posted to her "
            "TikTok account at the end of the marathon on Sunday. Among the comments under "
            "it was one from the footballer Chidi Obiora: “Queen. Doubling my donation "
            "right now.”\n\n"
            "Red Thread thanked the singer in an Instagram post. “Every naira and every "
            "dollar goes to testing newborns,” the charity wrote.\n\n"
            "The charity’s founder, Folake Adesanya-Brown, said the money would pay for "
            "screening in three states. Speaking to reporters at a clinic in Ibadan on "
            "Monday, she said she had cried watching the final hour. “I have run this "
            "charity from my kitchen table for eleven years,” she said. “Nothing like this "
            "has ever happened to us.”"
        ),
        "quotes": [
            ("My legs are gone but my heart is full,", "Adaeze Okonkwo", False, "P1"),
            ("Queen. Doubling my donation right now.", "Chidi Obiora", False, "P1"),
            ("Every naira and every dollar goes to testing newborns,", None, False, "P2"),
            (
                "I have run this charity from my kitchen table for eleven years,",
                "Folake Adesanya-Brown",
                False,
                None,
            ),
            ("Nothing like this has ever happened to us.", "Folake Adesanya-Brown", False, None),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo", "TikTok"),
            ("P2", None, "Instagram"),
        ],
        "people": ["Adaeze Okonkwo", "Chidi Obiora", "Folake Adesanya-Brown"],
    },
    {
        "name": "controllers-strike-union-statement-minister-unnamed-ceo-threads",
        "text": (
            "More than 1,200 flights were cancelled at Paris Charles de Gaulle and Orly on "
            "Thursday as French air traffic controllers walked out for a second day over "
            "staffing. The controllers’ union, SNCTA, said in a statement that the strike "
            "would continue “until the ministry puts a serious offer on the table.”\n\n"
            "The transport minister, Amélie Durand-Lefèvre, told the National Assembly that "
            "the union’s demands would cost €300 million a year. “That is not a "
            "negotiation, it is a ransom,” she said.\n\n"
            "The chief executive of the Irish carrier Bluestrand, who has long called for "
            "overflights to be protected during strikes, said in a video on X that the "
            "airline had cancelled 400 flights that never touched French soil. “Not one of "
            "them was landing in France,” he said.\n\n"
            "A stranded passenger from Lisbon, João Mendes Cardoso, posted on Threads a "
            "photograph of a departures board that had turned entirely red. “Vive la "
            "France,” he wrote."
        ),
        "quotes": [
            ("until the ministry puts a serious offer on the table.", None, True, "P1"),
            ("That is not a negotiation, it is a ransom,", "Amélie Durand-Lefèvre", False, None),
            ("Not one of them was landing in France,", None, False, "P2"),
            ("Vive la France,", "João Mendes Cardoso", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "João Mendes Cardoso", "Threads"),
        ],
        "people": ["Amélie Durand-Lefèvre", "João Mendes Cardoso"],
    },
    {
        "name": "marathon-collapse-instagram-release-doctor-runners-world",
        "text": (
            "Two weeks after collapsing near the finish of the Boston Marathon, the "
            "Ethiopian runner Tigist Alemayehu has been cleared to train again, she said in "
            "an Instagram post on Friday. “My heart is fine. My pride needs a little "
            "longer,” she wrote.\n\n"
            "The Boston Athletic Association said in a press release that medical tents "
            "would be moved closer to the final mile next year. The release quoted the "
            "race’s medical director, Dr. Caroline Whitcombe-Yates, as saying that heat "
            "“remains the biggest danger on the course.”\n\n"
            "Alemayehu’s manager, Gianni Roversi, told Runner’s World that she had been "
            "wearing a new pair of so-called “super shoes” for the first time. “We don’t "
            "blame the shoes, but we won’t rush her back into them,” he said.\n\n"
            "The spectator who stopped to help her, a Boston firefighter named Kevin "
            "Doherty, told reporters at his station house: “I just did what anyone would "
            "do. She’d have done it for me.”"
        ),
        "quotes": [
            ("My heart is fine. My pride needs a little longer,", "Tigist Alemayehu", False, "P1"),
            ("remains the biggest danger on the course.", "Caroline Whitcombe-Yates", True, "P2"),
            (
                "We don’t blame the shoes, but we won’t rush her back into them,",
                "Gianni Roversi",
                False,
                "P3",
            ),
            (
                "I just did what anyone would do. She’d have done it for me.",
                "Kevin Doherty",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Tigist Alemayehu", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Gianni Roversi", "Runner’s World"),
        ],
        "people": [
            "Tigist Alemayehu",
            "Caroline Whitcombe-Yates",
            "Gianni Roversi",
            "Kevin Doherty",
        ],
    },
    {
        "name": "salmonella-alert-recall-release-mother-lawsuit-op-ed-anonymous",
        "text": (
            "A salmonella outbreak linked to frozen mango chunks has sickened 84 people in "
            "11 states, the Centers for Disease Control and Prevention said on Wednesday in "
            "an updated food safety alert. Twenty-one people have been hospitalised.\n\n"
            "The supplier, Golden Orchard Foods of Fresno, recalled the product last week. "
            "“We are working around the clock with federal investigators,” the company said "
            "in a press release.\n\n"
            "A mother in Tucson, Rosalind Achebe-Moore, whose six-year-old son spent four "
            "nights in hospital, has sued the company. Her lawsuit says the fruit was sold "
            "“long after the company had reason to suspect contamination.”\n\n"
            "An epidemiologist at Emory University, Dr. Vikram Nandakumar, argued in an "
            "op-ed for The Atlanta Journal-Constitution that frozen fruit should be handled "
            "like raw meat. “Freezing does not kill salmonella. It just pauses it,” he "
            "wrote.\n\n"
            "A CDC official, who spoke on condition of anonymity because the investigation "
            "was continuing, said more cases were likely. “We’re probably seeing a fraction "
            "of it,” the official said."
        ),
        "quotes": [
            ("We are working around the clock with federal investigators,", None, False, "P2"),
            (
                "long after the company had reason to suspect contamination.",
                "Rosalind Achebe-Moore",
                True,
                "P3",
            ),
            (
                "Freezing does not kill salmonella. It just pauses it,",
                "Vikram Nandakumar",
                False,
                "P4",
            ),
            ("We’re probably seeing a fraction of it,", None, False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Rosalind Achebe-Moore", None),
            ("P4", "Vikram Nandakumar", "The Atlanta Journal-Constitution"),
        ],
        "people": ["Rosalind Achebe-Moore", "Vikram Nandakumar"],
    },
    {
        "name": "clothing-chain-named-for-founder-earnings-analyst-note-caption",
        "text": (
            "The clothing chain Oliver Brandt reported its first quarterly loss in a decade "
            "on Thursday, and its shares fell 14 percent. In its earnings release, the "
            "company blamed “unseasonably warm weather across our core markets” for weak "
            "sales of coats.\n\n"
            "On a call with analysts, the chief executive, Sigrún Halldórsdóttir, said the "
            "chain had ordered too much winter stock. “We were too confident, and we will "
            "be more careful,” she said.\n\n"
            "An analyst at Peel Hunt, Marcus Oyelowo, wrote in a note to clients that the "
            "problem went deeper than the weather. “Oliver Brandt has lost the under-35 "
            "shopper, and no cold snap will bring her back,” he wrote.\n\n"
            "The chain’s 81-year-old founder, Oliver Brandt, who left the board in 2016, "
            "weighed in on Instagram with a photograph of a shop window from 1979. “We used "
            "to sell clothes people wanted,” read the caption.\n\n"
            "A spokeswoman for the company declined to comment on the founder’s post."
        ),
        "quotes": [
            ("unseasonably warm weather across our core markets", None, True, "P1"),
            (
                "We were too confident, and we will be more careful,",
                "Sigrún Halldórsdóttir",
                False,
                None,
            ),
            (
                "Oliver Brandt has lost the under-35 shopper, and no cold snap will bring her back,",
                "Marcus Oyelowo",
                False,
                "P2",
            ),
            ("We used to sell clothes people wanted,", "Oliver Brandt", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Marcus Oyelowo", None),
            ("P3", "Oliver Brandt", "Instagram"),
        ],
        "people": ["Sigrún Halldórsdóttir", "Marcus Oyelowo", "Oliver Brandt"],
    },
]
