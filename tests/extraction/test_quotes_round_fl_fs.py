"""Near misses for the rules fixed on held-out sets FL-FS (sport, health, education and housing,
entertainment, tech companies, agriculture, international affairs, local news): each case is
written for this file, not copied from a set. A fix's cases failed on the round's starting rules
(7efb567); the three reviews' cases passed there and guard against the regressions they found."""

from __future__ import annotations

import pytest

from stories.extraction import extract

from .quotes_helpers import assert_extracts


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a housebuilder's, a dairy's and a police force's names are organisations: they
            # speak and post as None
            "Brookfield Homes said in a statement that it was “reviewing” the plans.",
            [("reviewing", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            "The buyer, Dale Creameries, said in a statement that it would “review” the price. "
            "Avon Constabulary said in a post on X that it was “investigating”.",
            [("review", None, "P1"), ("investigating", None, "P2")],
            [(None, None), (None, "X")],
            [],
        ),
        (
            # "Children’s Hospital": a possessive plural inside an institution's name
            "Eastfield Children’s Hospital said in an email to the Daily Echo that the charge "
            "had been “disclosed in advance”.",
            [("disclosed in advance", None, "P1")],
            [(None, "Daily Echo")],
            [],
        ),
    ],
)
def test_organisations_named_like_people(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a letter to a public body is sent to it, not published there
            "More than 200 growers signed an open letter to the Soil Standards Board. “We ask "
            "for a fair fee, not a free pass,” the letter says.",
            [("We ask for a fair fee, not a free pass,", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            "Nurses sent an open letter to the Medicines Regulatory Authority on Friday. “We are "
            "rationing insulin,” the letter said.",
            [("We are rationing insulin,", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            # "wrote to the Post Office’s chief executive": the body's head is the addressee
            "The MP, Jane Ollerton, wrote to the Post Office’s chief executive, calling the "
            "closure “a blow for older people.”",
            [("a blow for older people.", "Jane Ollerton", "P1")],
            [("Jane Ollerton", None)],
            ["Jane Ollerton"],
        ),
        (
            # (a letter to a newspaper is still published there; the short name takes the full one
            # the story gave before)
            "Harold Pike wrote often about the market. In a 1998 op-ed in the Dunmore Examiner, "
            "he argued that rents should stay low. “A market that traders cannot afford is no "
            "market,” he wrote.\n\n"
            "His old rival, the auctioneer Rita Vance, wrote a letter to the Examiner this week. "
            "“We argued for twenty years. I will miss him,” her letter said.",
            [
                ("A market that traders cannot afford is no market,", "Harold Pike", "P1"),
                ("We argued for twenty years. I will miss him,", "Rita Vance", "P2"),
            ],
            [("Harold Pike", "Dunmore Examiner"), ("Rita Vance", "Dunmore Examiner")],
            ["Harold Pike", "Rita Vance"],
        ),
    ],
)
def test_letters_and_their_addressees(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a channel's or streaming service's name ends in its plus
            "Vera Laine told Canal+ that she had “no problem with passion.”",
            [("no problem with passion.", "Vera Laine", "P1")],
            [("Vera Laine", "Canal+")],
            ["Vera Laine"],
        ),
        (
            "The director, Ola Berg, said in an interview with Apple TV+ that the show was "
            "“finished.”",
            [("finished.", "Ola Berg", "P1")],
            [("Ola Berg", "Apple TV+")],
            ["Ola Berg"],
        ),
        (
            # the one who put a video up is its author, not the one who speaks in it
            "The surgeon, Dr. Anil Mehta, described the operation in a video the hospital "
            "posted on YouTube. “The kidney pinked up,” he said in the video.",
            [("The kidney pinked up,", "Anil Mehta", "P1")],
            [(None, "YouTube")],
            ["Anil Mehta"],
        ),
        (
            "The captain, Tom Bale, spoke in a video posted by Rovers FC on Instagram. “We go "
            "again,” he said in the video.",
            [("We go again,", "Tom Bale", "P1")],
            [(None, "Instagram")],
            ["Tom Bale"],
        ),
        (
            "Dr. Anil Mehta spoke in a video that Ana Ruiz posted on YouTube. “The kidney pinked "
            "up,” he said in the video.",
            [("The kidney pinked up,", "Anil Mehta", "P1")],
            [("Ana Ruiz", "YouTube")],
            ["Anil Mehta", "Ana Ruiz"],
        ),
        (
            # (an organisation's name after "posted by the")
            "Gen. Kofi Mensah made the argument in a YouTube video posted by the International "
            "Peace Institute in January. “We failed,” he said in the video.",
            [("We failed,", "Kofi Mensah", "P1")],
            [(None, "YouTube")],
            ["Kofi Mensah"],
        ),
        (
            # the sentence before the quote opens at an occasion after the post: said there
            "Dr. Anil Mehta posted a video on YouTube. “The kidney pinked up,” he said in the "
            "video. At a news conference later, he was more cautious. “We are measuring success "
            "in weeks,” Mehta said.",
            [
                ("The kidney pinked up,", "Anil Mehta", "P1"),
                ("We are measuring success in weeks,", "Anil Mehta", None),
            ],
            [("Anil Mehta", "YouTube")],
            ["Anil Mehta"],
        ),
        (
            # (a "had" in what is reported after "that" is no background)
            "Dr. Anil Mehta posted a video on YouTube. “The kidney pinked up,” he said in the "
            "video. At a news conference later, he cautioned that no pig kidney had yet lasted "
            "two months. “We are measuring success in weeks,” Mehta said.",
            [
                ("The kidney pinked up,", "Anil Mehta", "P1"),
                ("We are measuring success in weeks,", "Anil Mehta", None),
            ],
            [("Anil Mehta", "YouTube")],
            ["Anil Mehta"],
        ),
        (
            # (an occasion inside the sentence, not at its opening, says nothing)
            "Tom Bale posted a video on TikTok. He scored twice in the match. “We go again,” he "
            "said.",
            [("We go again,", "Tom Bale", "P1")],
            [("Tom Bale", "TikTok")],
            ["Tom Bale"],
        ),
    ],
)
def test_videos_channels_and_occasions(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # an age, then a relative clause, between the name and the verb
            "His neighbour Kenta Mori, 81, who still plants by hand, put it more simply: “When I "
            "go, nobody will plant this field.”",
            [("When I go, nobody will plant this field.", "Kenta Mori", None)],
            [],
            ["Kenta Mori"],
        ),
        (
            # an employer named in apposition inside the description
            "Hollis Grant, a lead engineer at the developer, Quarrystone Games, wrote under the "
            "thread: “We see it, we are on it.”",
            [("We see it, we are on it.", "Hollis Grant", None)],
            [],
            ["Hollis Grant"],
        ),
        (
            # a number's comma and a state after a place inside the relative clause
            "Dale Pruitt, who grows 1,400 acres of soybeans near Storm Lake, Iowa, posted on X "
            "the same day: “Beans in the bin I cannot sell.”",
            [("Beans in the bin I cannot sell.", "Dale Pruitt", "P1")],
            [("Dale Pruitt", "X")],
            ["Dale Pruitt"],
        ),
    ],
)
def test_descriptions_between_name_and_verb(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # "quoting its chief executive, Name:": the release's words are his
            "Banco Sul said in a press release that it would appeal, quoting its chief "
            "executive, Rodrigo Prates: “We have lost a hearing.”",
            [("We have lost a hearing.", "Rodrigo Prates", "P1")],
            [(None, "press release")],
            ["Rodrigo Prates"],
        ),
        (
            # a minister's portfolio before the title, in apposition
            "At the hearing, Tarsk’s agent, Deputy Foreign Minister Arvid Kessel, had told the "
            "judges: “There is no siege.”",
            [("There is no siege.", "Arvid Kessel", None)],
            [],
            ["Arvid Kessel"],
        ),
    ],
)
def test_quoted_by_documents_and_titles(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # the one who signed a document, set off by commas, after a role
            "The email, signed by parks manager Lorna Beck, said the beds were “never meant to "
            "stay.”",
            [("never meant to stay.", "Lorna Beck", "P1")],
            [("Lorna Beck", None)],
            ["Lorna Beck"],
        ),
        (
            # (after the petition's title in marks)
            "A petition on Change.org titled “Bring Back Basketball,” started by the "
            "season-ticket holder Gloria Price, gathered 12,000 signatures.",
            [],
            [("Gloria Price", "Change.org")],
            ["Gloria Price"],
        ),
    ],
)
def test_who_signed_or_started_it(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a document named again with its signer: the signer's, though an office sent it
            "The volunteers were told in an email from the parks department that the beds would "
            "go. The email, signed by parks manager Lorna Beck, said the beds were “never meant "
            "to stay.”",
            [("never meant to stay.", "Lorna Beck", "P1")],
            [("Lorna Beck", None)],
            ["Lorna Beck"],
        ),
        (
            # a title before the name in apposition says person: the interview is hers
            "The farm’s owner, Rachel Ainsley, wrote on Facebook that she was sad. “Twenty "
            "years,” she wrote.\n\n"
            "The chief veterinary officer, Dr. Priya Nandan, told BBC Radio 4’s Farming Today "
            "that the risk was low. “This is a disease of birds,” she said.",
            [
                ("Twenty years,", "Rachel Ainsley", "P1"),
                ("This is a disease of birds,", "Priya Nandan", "P2"),
            ],
            [("Rachel Ainsley", "Facebook"), ("Priya Nandan", "Farming Today")],
            ["Rachel Ainsley", "Priya Nandan"],
        ),
    ],
)
def test_signers_and_titles_named_again(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # an outlet that opens the sentence, then someone named speaking: an interview there
            "On CNN, Rep. Howard Blane said the cancellations were “long overdue.”",
            [("long overdue.", "Howard Blane", "P1")],
            [("Howard Blane", "CNN")],
            ["Howard Blane"],
        ),
        (
            "On BBC Radio 5 Live on Sunday, the firm’s technology chief, Ayesha Warren, blamed a "
            "faulty update. “We got it wrong,” she said.",
            [("We got it wrong,", "Ayesha Warren", "P1")],
            [("Ayesha Warren", "BBC Radio 5 Live")],
            ["Ayesha Warren"],
        ),
        (
            # asked by an outlet: an interview with it (not asked by reporters, nor by a person)
            "Asked about the figures by Sky News the next morning, the minister, Dora Akin, said: "
            "“I would rather be judged later.”",
            [("I would rather be judged later.", "Dora Akin", "P1")],
            [("Dora Akin", "Sky News")],
            ["Dora Akin"],
        ),
        (
            "Asked by reporters whether she would quit, Dora Akin said: “No.” Asked by Tom Ruiz "
            "again, she said: “Still no.”",
            [("No.", "Dora Akin", None), ("Still no.", "Dora Akin", None)],
            [],
            ["Dora Akin", "Tom Ruiz"],
        ),
        (
            # (a day, or a platform, is no interview)
            "On Monday, Ayesha Warren said: “We got it wrong.”",
            [("We got it wrong.", "Ayesha Warren", None)],
            [],
            ["Ayesha Warren"],
        ),
    ],
)
def test_on_an_outlet(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        # (from the review of this round's rules: each right before the round and kept right)
        (
            "The ministry sent a statement to Yonhap News Agency: “The talks will resume.”",
            [("The talks will resume.", None, "P1")],
            [(None, "Yonhap News Agency")],
        ),
        (
            "Actor Lena Cruz told Vogue in May: “I was exhausted.” In an essay for Teen Vogue, "
            "her sister Mia Cruz wrote: “She never rests.”",
            [("I was exhausted.", "Lena Cruz", "P1"), ("She never rests.", "Mia Cruz", "P2")],
            [("Lena Cruz", "Vogue"), ("Mia Cruz", "Teen Vogue")],
        ),
        (
            "Senator Paul Hart wrote an op-ed in USA Today: “Congress must act.” His rival, Joan "
            "Webb, told Today on NBC: “He is wrong.”",
            [("Congress must act.", "Paul Hart", "P1"), ("He is wrong.", "Joan Webb", "P2")],
            [("Paul Hart", "USA Today"), ("Joan Webb", "Today")],
        ),
        (
            "Producer Lara Stone told A+E Networks executives: “The show is finished.”",
            [("The show is finished.", "Lara Stone", None)],
            [],
        ),
        (
            "In a video posted by Harlow United captain Jo Reyes on Instagram, Reyes said: “We "
            "will be back.”",
            [("We will be back.", "Jo Reyes", "P1")],
            [("Jo Reyes", "Instagram")],
        ),
        (
            "In an interview with the Kilmory Sentinel, coach Ben Ali defended his tactics. "
            "After the match, fans had chanted for his sacking. “I stand by my choices,” Ali "
            "said.",
            [("I stand by my choices,", "Ben Ali", "P1")],
            [("Ben Ali", "Kilmory Sentinel")],
        ),
        (
            "Mayor Tom Reyes released a video on YouTube. At the rally, he said, police had acted "
            "well. “They kept everyone safe,” Reyes said.",
            [("They kept everyone safe,", "Tom Reyes", "P1")],
            [("Tom Reyes", "YouTube")],
        ),
        (
            "Witness Ana Ruiz told Kilmory Constabulary: “The driver was speeding.”",
            [("The driver was speeding.", "Ana Ruiz", None)],
            [],
        ),
        (
            "In a letter to the Bristol Post, a parish volunteer, Margaret Ellison, wrote: “I am "
            "79.”",
            [("I am 79.", "Margaret Ellison", "P1")],
            [("Margaret Ellison", "Bristol Post")],
        ),
    ],
)
def test_this_rounds_review_near_misses(text, quotes, posts):
    assert_extracts(text, quotes, posts)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # the kind of service before a platform's name
            "Kang Ji-woo wrote to fans on the platform Weverse from her hospital bed. “I am "
            "okay,” she wrote.",
            [("I am okay,", "Kang Ji-woo", "P1")],
            [("Kang Ji-woo", "Weverse")],
            ["Kang Ji-woo"],
        ),
        (
            # a hashtag trending on a platform is no post there
            "The news sent the hashtag “#WaitForJiwoo” trending worldwide on X.",
            [],
            [],
            [],
        ),
    ],
)
def test_platforms_named_without_a_post(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # (from the second review of this round's rules: each right before the round, kept right)
        ("On VAR, Arsenal manager Mikel Arteta said: “It has to be consistent.”", []),
        (
            "On Live Oak Drive, where the fire started, resident Tom Hale said: “It was daylight.”",
            [],
        ),
        (
            "Asked why he quit, Tom Hale said he had been pushed out by the Post Office board. “I "
            "was a scapegoat,” he said.",
            [],
        ),
        (
            "Asked about the losses by the Business and Trade Committee, chief executive Mark Li "
            "said: “I did not know.”",
            [],
        ),
        (
            "Ana Ruiz said in a statement, sent by her lawyer Tom Hale, that she was “completely "
            "innocent”.",
            [("Ana Ruiz", None)],
        ),
        (
            "The letter, written by lawyers for Kevin Marsh, said the allegations were “entirely "
            "false”.",
            [(None, None)],
        ),
        (
            "Construction workers on the site Facebook is building near Columbus said the pay was "
            "“the best in the state”.",
            [],
        ),
        (
            "The footballer’s apology, trending on Instagram, said: “I let my teammates down.”",
            [(None, "Instagram")],
        ),
    ],
)
def test_this_rounds_second_review_near_misses(text, posts):
    assert [(p.author, p.platform) for p in extract(text, None).posts] == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # (from the third review of this round's rules: each right before the round, kept right)
        (
            "Mayor Ana Ruiz was criticised. The statement, from Gracie Mansion, said “the mayor "
            "has done nothing wrong.”",
            [(None, None)],
        ),
        (
            "Ana Ruiz announced her resignation in a letter to the board. The letter, sent by "
            "lawyer Tom Hale, said “I can no longer serve.”",
            [("Ana Ruiz", None)],
        ),
        (
            "The family of Ana Ruiz issued a statement. The statement, from family spokesman Tom "
            "Hale, said “we are devastated.”",
            [(None, None)],
        ),
        (
            "Health Minister Mark Dunn spoke on Monday. The minister who fired his chief adviser, "
            "Dr. Priya Nandan, told Sky News that “the decision was mine.”",
            [("Mark Dunn", "Sky News")],
        ),
    ],
)
def test_this_rounds_third_review_near_misses(text, posts):
    assert [(p.author, p.platform) for p in extract(text, None).posts] == posts
