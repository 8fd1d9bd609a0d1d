"""Near misses for the rules fixed on held-out sets FT-FW (work and labour, environment and
climate, travel and tourism, media and celebrity), and then on FX-GA after their blind run: each
case is written for this file, not copied from a set. A fix's cases failed on the round's
starting rules (3a2c8d4); guards passed there and keep what already worked."""

from __future__ import annotations

import pytest

from stories.extraction import extract

from .quotes_helpers import assert_extracts


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a hyphenated person's noun is a person's, not an organisation's "maker"
            "Accepting the prize, the Lebanese-born film-maker Rana Haddad thanked her crew. "
            "“This belongs to them,” she said.",
            [("This belongs to them,", "Rana Haddad", None)],
            [],
            ["Rana Haddad"],
        ),
        (
            # guard: "phone maker Orbi" stays an organisation
            "The phone maker Orbi said in a statement that it was “looking into it.”",
            [("looking into it.", None, "P1")],
            [(None, None)],
            [],
        ),
    ],
)
def test_hyphenated_person_nouns(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # "van den": Dutch particles inside a name
            "In her written decision, Judge Annelies van den Broek said the dismissal was "
            "“without any basis.” “The employer never asked,” she wrote.",
            [
                ("without any basis.", "Annelies van den Broek", "P1"),
                ("The employer never asked,", "Annelies van den Broek", "P1"),
            ],
            [("Annelies van den Broek", None)],
            ["Annelies van den Broek"],
        ),
        (
            # guard: "den" after no "van" is a street's, not a person's
            "The embassy on Unter den Linden said in a statement that it was “closely "
            "monitoring” events.",
            [("closely monitoring", None, "P1")],
            [(None, None)],
            [],
        ),
    ],
)
def test_dutch_particles_in_names(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # an age after a name in apposition, before the verb
            "“Nobody fixed the heating,” the cleaner, Rosa Ibarra, 52, says in the video.",
            [("Nobody fixed the heating,", "Rosa Ibarra", "P1")],
            [("Rosa Ibarra", None)],
            ["Rosa Ibarra"],
        ),
        (
            "“We waited six hours,” one passenger, Tomás Ferreira, 34, said.",
            [("We waited six hours,", "Tomás Ferreira", None)],
            [],
            ["Tomás Ferreira"],
        ),
    ],
)
def test_age_after_a_name_in_apposition(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a newsletter's own name in apposition is where it is published
            "The analyst Grace Mbeki was blunter in her weekly newsletter, The Rail Brief. "
            "“Nobody is running this network,” she wrote.",
            [("Nobody is running this network,", "Grace Mbeki", "P1")],
            [("Grace Mbeki", "The Rail Brief")],
            ["Grace Mbeki"],
        ),
        (
            "Writing in his newsletter, Harbour Watch, on Tuesday, the ecologist Ivan Petrov "
            "called the plan “a fig leaf.”",
            [("a fig leaf.", "Ivan Petrov", "P1")],
            [("Ivan Petrov", "Harbour Watch")],
            ["Ivan Petrov"],
        ),
        (
            # guard: a person named after the comma is no newsletter's name
            "In her newsletter, Grace Mbeki, who covers rail, called the plan “a fig leaf.”",
            [("a fig leaf.", "Grace Mbeki", "P1")],
            [("Grace Mbeki", None)],
            ["Grace Mbeki"],
        ),
    ],
)
def test_newsletter_named_in_apposition(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


def test_a_korean_family_name_says_nothing_of_sex():
    # "Kim" opens the name as the family name: "she" is the nearer Park Ji-yeon, not Kim
    assert_extracts(
        "“We will not give up,” Kim Do-hyun told a rally on Monday. Kim, 44, led the strike.\n\n"
        "The company’s chief executive, Park Ji-yeon, said in an email to staff that the talks "
        "had “broken down.” “We have offered what we can,” she wrote.",
        [
            ("We will not give up,", "Kim Do-hyun", None),
            ("broken down.", "Park Ji-yeon", "P1"),
            ("We have offered what we can,", "Park Ji-yeon", "P1"),
        ],
        [("Park Ji-yeon", None)],
    )


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # the signer or filer named in apposition to a role with its employer
            "The letter, signed by the league’s head of refereeing, Pierluigi Conti, said the "
            "decision was “correct.”",
            [("correct.", "Pierluigi Conti", "P1")],
            [("Pierluigi Conti", None)],
        ),
        (
            "The complaint, filed in a state court on Friday by a former nurse, Dana Whitcombe, "
            "says the hospital “ignored every warning.”",
            [("ignored every warning.", "Dana Whitcombe", "P1")],
            [("Dana Whitcombe", None)],
        ),
    ],
)
def test_signer_in_apposition_to_a_role(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # a sentence adverb between the post's phrase and its subject
            "Mara Lindqvist thanked the volunteers. In an email to donors, however, she wrote "
            "that the season had been “a financial disaster.”",
            [("a financial disaster.", "Mara Lindqvist", "P1")],
            [("Mara Lindqvist", None)],
        ),
        (
            "Mara Lindqvist thanked the volunteers. In a letter to the board, meanwhile, she "
            "called the budget “unworkable.”",
            [("unworkable.", "Mara Lindqvist", "P1")],
            [("Mara Lindqvist", None)],
        ),
    ],
)
def test_sentence_adverb_after_the_post_phrase(text, quotes, posts):
    assert_extracts(text, quotes, posts)


def test_a_word_for_the_service_before_its_name_and_a_reply_under_a_letter():
    assert_extracts(
        "The singer Kang Ha-eun wrote to fans in a letter shared on the fan platform Weverse. "
        "“I need some time,” she wrote.\n\n"
        "Her bandmate Yoon Da-bin replied under the letter with the words “Take all the time "
        "you need.”",
        [
            ("I need some time,", "Kang Ha-eun", "P1"),
            ("Take all the time you need.", "Yoon Da-bin", "P1"),
        ],
        [("Kang Ha-eun", "Weverse")],
    )


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # one reply a post drew, and where it was written
            "The mayor warned on X that the beaches would close. “Stay home,” she wrote.\n\n"
            "The post drew a sharp reply from Teodor Vasile, a cafe owner. “Then pay my rent,” "
            "he wrote beneath it.",
            [("Stay home,", None, "P1"), ("Then pay my rent,", "Teodor Vasile", "P1")],
            [(None, "X")],
        ),
        (
            # "Her post was short:": what the post was like, then its words
            "The minister, Ilse Brandt, welcomed the ruling on LinkedIn. Her post was brief: "
            "“A fair result.”",
            [("A fair result.", "Ilse Brandt", "P1")],
            [("Ilse Brandt", "LinkedIn")],
        ),
    ],
)
def test_a_reply_drawn_and_a_post_described_before_its_words(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a cruise line's and an oil company's names are organisations
            "Harbour Line Cruises said in a statement that it was “deeply sorry.” Northgate "
            "Petroleum said the leak was “contained.”",
            [("deeply sorry.", None, "P1"), ("contained.", None, None)],
            [(None, None)],
            [],
        ),
        (
            # Maître, a French lawyer's title, is no part of the name
            "Dufresne’s lawyer, Maître Claire Vasseur, said in a statement that the claims were "
            "“without foundation.”",
            [("without foundation.", "Claire Vasseur", "P1")],
            [("Claire Vasseur", None)],
            ["Claire Vasseur"],
        ),
    ],
)
def test_company_words_and_a_french_title(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # an opinion piece, with its day between "published" and the newspaper
            "A nurse, Halima Yusuf, described her shifts in an opinion piece published on "
            "Monday in The Irish Examiner. “We are running on fumes,” she wrote.",
            [("We are running on fumes,", "Halima Yusuf", "P1")],
            [("Halima Yusuf", "The Irish Examiner")],
        ),
        (
            # "another video" with no article: a new post on the platform of the last
            "The chef Dario Conti posted a TikTok video about rents. “We cannot stay,” he says "
            "in it.\n\nIn another video posted after the vote, Conti showed the empty kitchen. "
            "“Finished,” he said.",
            [("We cannot stay,", "Dario Conti", "P1"), ("Finished,", "Dario Conti", "P2")],
            [("Dario Conti", "TikTok"), ("Dario Conti", "TikTok")],
        ),
        (
            # "Replying to the second post, …": under the post just named
            "Ines Duarte complained in a thread on Bluesky. “The queue never moves,” she wrote. "
            "In a second post she added: “I gave up.”\n\n"
            "Replying to the second post, a consultant, Piet Maas, wrote that the system was "
            "“broken by design.”",
            [
                ("The queue never moves,", "Ines Duarte", "P1"),
                ("I gave up.", "Ines Duarte", "P2"),
                ("broken by design.", "Piet Maas", "P2"),
            ],
            [("Ines Duarte", "Bluesky"), ("Ines Duarte", "Bluesky")],
        ),
    ],
)
def test_opinion_pieces_another_video_and_replies_to_a_named_post(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # a critic's or a columnist's piece runs in the paper named with them
            "The theatre critic of The Evening Courier, Maud Ellery, gave the revival two stars "
            "in a review published on Friday, calling it “a museum piece.”",
            [("a museum piece.", "Maud Ellery", "P1")],
            [("Maud Ellery", "The Evening Courier")],
        ),
        (
            "The Northern Echo’s food critic, Sam Adeyemi, wrote in his column that the menu was "
            "“a long apology.”",
            [("a long apology.", "Sam Adeyemi", "P1")],
            [("Sam Adeyemi", "The Northern Echo")],
        ),
        (
            # guard: a critic of something other than a paper names no platform
            "The most vocal critic of the Harbour Plan, Maud Ellery, wrote in her column that it "
            "was “a museum piece.”",
            [("a museum piece.", "Maud Ellery", "P1")],
            [("Maud Ellery", None)],
        ),
    ],
)
def test_the_paper_a_critic_writes_for(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a station, an airport or a stadium is a place, never the "she" who speaks
        (
            "A tourist waiting outside Osaka Station said she understood. “I would want a tax "
            "too,” she said.",
            "I would want a tax too,",
        ),
        (
            "A passenger stranded at Gatwick Airport said she had slept on the floor. “It was "
            "freezing,” she said.",
            "It was freezing,",
        ),
        ("A fan outside Hampden Stadium said she would be back. “Always,” she said.", "Always,"),
    ],
)
def test_places_named_like_people_do_not_speak(text, quote):
    assert_extracts(text, [(quote, None, None)], [], [])


def test_a_split_quote_resumes_after_an_abbreviated_title():
    # "said Dr. …, a …, “it is …”": the second half is whole, not a fragment
    result = extract(
        "“The river is not sick by accident,” said Dr. Leila Haddad, an ecologist at the "
        "university, “it is sick by decision.”",
        None,
    )
    assert [(q.text, q.speaker, q.partial) for q in result.quotes] == [
        ("The river is not sick by accident,", "Leila Haddad", False),
        ("it is sick by decision.", "Leila Haddad", False),
    ]


def test_questions_from_reporters_are_no_post():
    # "Asked by reporters …, X said:": words said in the room, not in the statement before
    assert_extracts(
        "The minister, Aditi Rao, said in a statement that the ruling would be “studied "
        "closely.” Asked by reporters whether she would appeal, Rao said: “Not today.”",
        [("studied closely.", "Aditi Rao", "P1"), ("Not today.", "Aditi Rao", None)],
        [("Aditi Rao", None)],
    )


def test_formula_one_is_no_person():
    # "The former Formula One driver Kazuki Endo": a racing series, not a person called Formula
    assert_extracts(
        "The former Formula One driver Mika Lahti posted a photo on Instagram with the caption "
        "“Still fast.”",
        [("Still fast.", "Mika Lahti", "P1")],
        [("Mika Lahti", "Instagram")],
        ["Mika Lahti"],
    )


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        # guards from the review of this round's rules: each printed a wrong answer on a draft
        (
            "“I’m thrilled,” said Porter Goss, the former CIA director.",
            [("I’m thrilled,", "Porter Goss", None)],
            [],
            ["Porter Goss"],
        ),
        (
            "Ali Hassan, the hotel’s night manager, found the bag. “It was very heavy,” the "
            "manager said.",
            [("It was very heavy,", "Ali Hassan", None)],
            [],
            ["Ali Hassan"],
        ),
        (
            "The president posted about the tariffs on Truth Social on Sunday. A request for "
            "comment received no reply, but his press secretary, Karoline Leavitt, later said "
            "the tariffs were “working.”",
            [("working.", "Karoline Leavitt", None)],
            [(None, "Truth Social")],
            ["Karoline Leavitt"],
        ),
        (
            "Musk posted on X that the study was “fake.” The study was simple: “Vaccines save "
            "lives.”",
            [("fake.", "Musk", "P1"), ("Vaccines save lives.", None, None)],
            [("Musk", "X")],
            ["Musk"],
        ),
        (
            "The senator, who has pushed for a crackdown on the video app TikTok, said the "
            "company was “a threat.”",
            [("a threat.", None, None)],
            [],
            [],
        ),
        (
            "A bystander filmed the arrest on his phone. In another video, taken by a police body "
            "camera, an officer can be heard saying: “Stop resisting.”",
            [("Stop resisting.", None, None)],
            [],
            [],
        ),
        (
            "A longtime critic of Fox News, Keith Olbermann, wrote in a column on Monday that it "
            "was “shameful.”",
            [("shameful.", "Keith Olbermann", "P1")],
            [("Keith Olbermann", None)],
            ["Keith Olbermann"],
        ),
        (
            "In a piece published on Tuesday in London, the former ambassador argued that it was "
            "“over.”",
            [("over.", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            "In the newsletter, Apple Inc. said sales were “strong.”",
            [("strong.", None, "P1")],
            [(None, None)],
            [],
        ),
    ],
)
def test_review_guards(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    "text",
    [
        "The letter, addressed to the prime minister, Keir Starmer, said the plan was “reckless.”",
        # the name after "the mother of the boy" is the boy's, not the filer's
        "The lawsuit, filed by the mother of the boy, Tamir Rice, says officers were “reckless.”",
    ],
)
def test_one_named_in_apposition_who_did_not_write_it_is_not_its_author(text):
    assert [p.author for p in extract(text, None).posts if p.author] == []


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # a newspaper named on the word for paper or post is an outlet
            "The charity told Nordbladet it had received “the first transfer.”",
            [("the first transfer.", None, "P1")],
            [(None, "Nordbladet")],
        ),
        (
            "The finance minister told Jyllands-Posten that the plan was “dead.”",
            [("dead.", None, "P1")],
            [(None, "Jyllands-Posten")],
        ),
        (
            # words said by phone are said to the story's reporter: no post
            "The charity told Aftonbladet it had received “the first transfer.” Its "
            "spokesperson, Elin Berg, said by phone on Sunday: “We have no reason to worry.”",
            [
                ("the first transfer.", None, "P1"),
                ("We have no reason to worry.", "Elin Berg", None),
            ],
            [(None, "Aftonbladet")],
        ),
    ],
)
def test_newspapers_named_for_paper_and_words_said_by_phone(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guards from the second review: a description in apposition to a name is theirs, but
        # only when the name stands right before it
        (
            "Tom Ryan, the team’s former coach, was in the stands. However, the club’s coach, "
            "who has not been named publicly, said the players were ready. “We are prepared,” "
            "the coach said.",
            None,
        ),
        (
            "Karim Nabil, the chain’s regional manager, flew to Luxor on Monday. On Tuesday, the "
            "hotel’s night manager, who asked not to be named, said guests were evacuated. "
            "“Everyone got out,” the manager said.",
            None,
        ),
        (
            "Tom Reyes, the restaurant’s chef, and Lena Park, the restaurant’s manager, were both "
            "at work. “We were fully booked,” the manager said.",
            "Lena Park",
        ),
    ],
)
def test_a_description_in_apposition_to_a_name(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # a full stop after a name ends its sentence: the next fragment is a fragment
            "“We are done,” said Ms. Lee. The plan was, she said, “a total failure.”",
            [("We are done,", "Lee", None), ("a total failure.", "Lee", None)],
            [],
        ),
        (
            # a title's full stop is no newsletter's name
            "In a newsletter, Democratic Rep. Katie Porter wrote that it was “wrong.”",
            [("wrong.", "Katie Porter", "P1")],
            [("Katie Porter", None)],
        ),
        (
            # questions from the interviewers belong to the interview
            "Emmanuel Macron gave a long interview to Le Monde on Sunday. Asked by the "
            "journalists whether he would resign, he said: “Never.”",
            [("Never.", "Emmanuel Macron", "P1")],
            [("Emmanuel Macron", "Le Monde")],
        ),
        (
            # a columnist named in an earlier sentence writes elsewhere now
            "A columnist for The Guardian, Owen Jones, left the paper last year. In a column for "
            "his new outlet, Jones wrote that it was “over.”",
            [("over.", "Owen Jones", "P1")],
            [("Owen Jones", None)],
        ),
    ],
)
def test_second_review_guards(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize("text", ["The memo from  .", "The memo from \n.", "The letter by   ;"])
def test_a_document_from_no_one_raises_nothing(text):
    # a phrase of blanks where the sender would be (it raised IndexError)
    result = extract(text, None)
    assert result.quotes == ()


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        # guards from the third review
        (
            "In a telephone interview with the BBC, Ivan Petrenko described the attack. “The "
            "building shook,” he said by phone from Kyiv.",
            [("The building shook,", "Ivan Petrenko", "P1")],
            [("Ivan Petrenko", "BBC")],
        ),
        (
            "“Get everyone below deck,” the captain told Lindblad, according to a crew member.",
            [("Get everyone below deck,", None, None)],
            [],
        ),
        (
            "Senator Ruth Alvarez sat down with The Washington Post on Friday. Asked by reporters "
            "from the paper whether she would run again, she said: “Not a chance.”",
            [("Not a chance.", "Ruth Alvarez", "P1")],
            [("Ruth Alvarez", "The Washington Post")],
        ),
    ],
)
def test_third_review_guards(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    "text",
    [
        # one described in an earlier paragraph, or two people beside the same noun: no telling
        "David Kim, the hospital’s chief executive, announced 300 job cuts on Monday.\n\n"
        "Unison’s regional organiser, Paula Grant, called the plan reckless. “We did not take "
        "this lightly,” the chief executive said.",
        "Jane Holt, the clinic’s nurse, and Peter Holt, the clinic’s nurse, are married. “We work "
        "long shifts,” the nurse said.",
    ],
)
def test_descriptions_that_name_no_one_for_sure(text):
    assert [q.speaker for q in extract(text, None).quotes] == [None]


def test_the_one_the_next_sentence_says_posted_the_video():
    # "A … YouTube video drew views. The video, titled “…,” was posted by X": X's video
    assert_extracts(
        "A former nurse’s TikTok video about night shifts drew two million views.\n\n"
        "The video, titled “Shift Nine,” was posted by Marta Kowal, who left the ward in May. "
        "“Nobody checks on us,” she says in it.",
        [("Nobody checks on us,", "Marta Kowal", "P1")],
        [("Marta Kowal", "TikTok")],
    )


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # "“…,” read a post on X …. Its author, the … X, …": the post's words and its author
            "“Nobody reads the small print,” read a post on Threads that was shared widely. Its "
            "author, the Lisbon economist Rui Tavares, later expanded on it.",
            [("Nobody reads the small print,", "Rui Tavares", "P1")],
            [("Rui Tavares", "Threads")],
        ),
        (
            "“Check your smoke alarms tonight,” read a post on Facebook that drew 8,000 shares. "
            "Its author was Dr. Amal Haddad, a paediatrician in Leeds.",
            [("Check your smoke alarms tonight,", "Amal Haddad", "P1")],
            [("Amal Haddad", "Facebook")],
        ),
    ],
)
def test_a_post_that_speaks_and_its_author_named_next(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            # "told the same paper": the outlet of the interview just reported
            "Ana Lopes, a councillor, told the newspaper Diário do Sul that the deal was "
            "“rushed.” The mayor, Rui Costa, told the same paper that he had not voted. “I have "
            "nothing to hide,” he said.",
            [
                ("rushed.", "Ana Lopes", "P1"),
                ("I have nothing to hide,", "Rui Costa", "P2"),
            ],
            [("Ana Lopes", "Diário do Sul"), ("Rui Costa", "Diário do Sul")],
        ),
        (
            # a data firm's and an engine maker's names are organisations
            "Vantor Analytics said in a statement that the figures were “counterfeit.” Halden "
            "Propulsion said it would “vigorously defend” the claim.",
            [("counterfeit.", None, "P1"), ("vigorously defend", None, None)],
            [(None, None)],
        ),
    ],
)
def test_the_same_paper_and_more_company_words(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        # guards from the fourth review: each printed a wrong answer on a draft
        (
            "“I’m not done fighting,” Randy Couture said after the bout.",
            [("I’m not done fighting,", "Randy Couture", None)],
            [],
        ),
        (
            "“We saw it coming,” said a paper mill worker, Tom Hardy, on Monday.",
            [("We saw it coming,", "Tom Hardy", None)],
            [],
        ),
        (
            "A video of the brawl went viral on TikTok on Sunday. The clip was shared by Senator "
            "Ann Brown, who called it disgraceful.",
            [],
            [(None, "TikTok")],
        ),
        (
            "A video on YouTube claimed the landing was staged. The book Silent Spring changed "
            "the debate. Its author, Rachel Carson, died in 1964.",
            [],
            [(None, "YouTube")],
        ),
        (
            "Carlos Moedas told The Guardian the plan was “fine.” Ana Gomes wrote an op-ed in the "
            "Financial Times. “It is doomed,” she told the same paper.",
            [("fine.", "Carlos Moedas", "P1"), ("It is doomed,", "Ana Gomes", None)],
            [("Carlos Moedas", "The Guardian"), ("Ana Gomes", "Financial Times")],
        ),
    ],
)
def test_fourth_review_guards(text, quotes, posts):
    assert_extracts(text, quotes, posts)
