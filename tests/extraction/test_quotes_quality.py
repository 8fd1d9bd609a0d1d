"""Speaker, post and people rules added for unseen-text quality: one case per general class.

Each sentence here is written for the class it checks (not copied from a dev
set): outlets recognised by syntax, shows named in quotation marks,
organisations that are not people, descriptions of people the story never
names, clauses between a subject and its verb, and which post a quote belongs to.
"""

from __future__ import annotations

from datetime import date

import pytest

from stories.extraction import extract


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.post) for q in extract(text, None).quotes]


def _posts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.id, p.author, p.platform) for p in extract(text, None).posts]


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text, None).people]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Coach Ana Ruiz told KTVU on Friday that the team was tired.", "KTVU"),
        ("Mayor Ben Ortiz told The Oregonian that the bridge would reopen.", "The Oregonian"),
        ("Striker Ivo Lind told Sky Sports after the match that he was fine.", "Sky Sports"),
        ("Singer Rae Lowe appeared on “Late Night Live” on Monday to promote her album.", None),
        ("Chef Tom Abel said on CBS’s “Sunday Brunch” that he had sold the restaurant.", None),
        ("On her podcast, “Long Story,” host Gia Moss said she was moving to Paris.", None),
    ],
)
def test_outlets_and_shows_found_by_syntax(text, platform):
    posts = _posts(text)
    assert len(posts) == 1
    if platform is None:  # a show named in marks: the platform is the text inside the marks
        start = text.index("“") + 1
        platform = text[start : text.index("”")].rstrip(",")
    assert posts[0][2] == platform


def test_testimony_to_a_legislature_is_not_an_interview():
    assert _posts("Minister Jo Hale told Parliament on Monday that the plan was ready.") == []


def test_a_comparison_with_an_episode_is_not_an_appearance():
    text = "“It is a circus,” said lawyer Ed Moss, who compared the trial to an episode of “Cops.”"
    assert _posts(text) == []


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("The Ministry of Finance said in a statement that the figures were wrong.", ["Finance"]),
        ("Her label, Blue Note Records, said the tour would go ahead.", ["Blue Note Records"]),
        ("His club, Porto Alegre, said he had signed a new deal.", ["Porto Alegre"]),
        ("Acme Corp. cut 300 jobs on Monday. Acme said the cuts were painful.", ["Acme"]),
        ("Zenco said in its quarterly report that sales fell.", ["Zenco"]),
        ("The Denver Giants announced on Friday that the coach had been fired.", ["Denver Giants"]),
    ],
)
def test_organisations_are_not_people(text, not_people):
    people = _people(text)
    for name in not_people:
        assert name not in people


def test_a_place_word_surname_with_person_evidence_stays_a_person():
    assert "Helen Park" in _people("Biologist Helen Park told reporters the data was clear.")
    assert "Dana Hill" in _people("“It was fun,” said Dana Hill, 41, who won the race.")


def test_a_clause_between_subject_and_verb_keeps_the_subject():
    text = "Senator Ruth Gale, a Republican, called the deal “a betrayal.”"
    assert _quotes(text) == [("a betrayal.", "Ruth Gale", None)]
    text = "Lawyer Omar Fink, who represents the family, called the verdict “a relief.”"
    assert _quotes(text) == [("a relief.", "Omar Fink", None)]


def test_a_friend_of_someone_is_not_that_someone():
    text = "Singer Lia Moon canceled her tour. A friend of the singer said Moon was “exhausted.”"
    assert _quotes(text) == [("exhausted.", None, None)]


def test_an_unnamed_role_introduced_with_of_stays_unnamed():
    text = (
        "President Ana Vela met the prime minister of Norway in Oslo on Friday. “We agree on "
        "almost everything,” the prime minister said."
    )
    assert _quotes(text)[0][1] is None


def test_an_indefinite_speaker_before_a_colon_is_unnamed_not_the_last_speaker():
    text = (
        "Baker Rosa Vidal announced on Facebook that her shop would close. “Thank you all,” she "
        "wrote. A longtime customer replied: “We will miss you.”"
    )
    assert _quotes(text) == [
        ("Thank you all,", "Rosa Vidal", "P1"),
        ("We will miss you.", None, "P1"),
    ]


def test_an_inverted_description_followed_by_a_name_takes_the_name():
    text = (
        "Senator Paul Reed questioned the witness. “Who signed it?” Reed asked. “I did,” replied "
        "the witness, former clerk Anna Holt."
    )
    assert _quotes(text)[1] == ("I did,", "Anna Holt", None)


def test_organisation_role_name_subject():
    text = "“We are growing fast,” Brightwave CEO Lena Ortiz said in a press release."
    assert _quotes(text) == [("We are growing fast,", "Lena Ortiz", "P1")]
    # A press release is the company's, even when it quotes its chief (the held-out sets'
    # convention from set X on).
    assert _posts(text) == [("P1", None, "press release")]


def test_a_paragraph_left_open_takes_the_next_paragraphs_speaker():
    text = (
        "Pilot Mara Quinn described the landing in a speech on Friday.\n\n"
        "“The engines went quiet.\n\n"
        "“Then we glided,” Quinn said."
    )
    assert [q[1] for q in _quotes(text)] == ["Mara Quinn", "Mara Quinn"]


def test_relative_announcing_a_death_is_the_author_not_the_deceased():
    text = (
        "Painter Hugo Lind has died at 90, his son announced on Instagram on Sunday. “He painted "
        "every single day,” Eric Lind wrote."
    )
    assert _posts(text) == [("P1", "Eric Lind", "Instagram")]


def test_fragment_in_the_sentence_of_a_statement_belongs_to_it():
    text = "The Ministry of Energy said in a statement on Monday that supply was “stable.”"
    assert _quotes(text) == [("stable.", None, "P1")]
    assert _posts(text) == [("P1", None, None)]


def test_fragment_paragraphs_after_an_interview_is_not_from_it():
    text = (
        "Actor Ron Vale told Variety that he was retiring. “I am tired,” he said.\n\n"
        "Vale, whose last film flopped, called the reviews “cruel.”"
    )
    assert _quotes(text)[1] == ("cruel.", "Ron Vale", None)


def test_a_repost_is_a_new_post_by_the_reposter():
    text = (
        "Model Ines Roy shared a story on Instagram about her recovery. “Day 30,” she wrote.\n\n"
        "Her sister, Clara Roy, reposted the story, adding: “So proud.”"
    )
    posts = _posts(text)
    assert posts == [("P1", "Ines Roy", "Instagram"), ("P2", "Clara Roy", "Instagram")]


def test_everyone_named_where_a_video_is_reported_may_speak_in_it():
    text = (
        "Singer Kim Lowe and her husband, Dan Lowe, announced in a YouTube video that they are "
        "moving to Spain. “We are so excited,” Kim said. Dan added: “I am learning Spanish.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_the_same_interview_is_one_post():
    text = (
        "Mayor Ida Fox told WNYC on Monday that the plan was dead. Her rival, council member Ray "
        "Cho, disagreed in the same interview. “It is alive and well,” Cho said."
    )
    assert len(_posts(text)) == 1
    assert _quotes(text) == [("It is alive and well,", "Ray Cho", "P1")]


def test_told_reporters_is_not_a_post():
    text = (
        "Singer Bea Long posted a video on Instagram on Monday. “I need rest,” she said.\n\n"
        "On Wednesday she appeared at a gala. “I feel better,” she told reporters."
    )
    assert _quotes(text) == [
        ("I need rest,", "Bea Long", "P1"),
        ("I feel better,", "Bea Long", None),
    ]


def test_tweeted_reports_a_tweet():
    text = "Governor Al Hart signed the bill. “A great day for our state,” he tweeted."
    assert _posts(text) == [("P1", "Al Hart", "Twitter")]


def test_a_video_with_no_platform_named():
    text = (
        "Streamer Leo Tam apologized in a new video on Tuesday. “I was wrong,” he says in the clip."
    )
    assert _quotes(text) == [("I was wrong,", "Leo Tam", "P1")]


def test_author_past_an_inserted_age():
    text = "Gymnast Ada Kim, now 30, told ABC News that the book took years."
    assert _posts(text) == [("P1", "Ada Kim", "ABC News")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lifeguard Emma Price pulled the boy from the water. “He was lucky,” Price said.",
            "Emma Price",
        ),
        ("Astronaut Lee Park returned on Sunday. “Home at last,” Park said.", "Lee Park"),
    ],
)
def test_a_role_word_opening_the_sentence_is_not_part_of_the_name(text, name):
    assert _quotes(text)[0][1] == name
    assert name in _people(text)


def test_confirmed_to_an_outlet_is_an_interview():
    text = "Rob Hale, the singer’s manager, confirmed the split to TMZ. “They are still close,” Hale said."
    assert _posts(text) == [("P1", "Rob Hale", "TMZ")]
    assert _quotes(text) == [("They are still close,", "Rob Hale", "P1")]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Nurse Ida Bell went viral after posting a TikTok about her shift.", "TikTok"),
        ("Mayor Lou Park tweeted on Friday that the storm had passed.", "Twitter"),
        ("Coach Ann Lowe spoke to Fox Sports after the game.", "Fox Sports"),
        (
            "Actor Ray Dunn talked about his film during an appearance on “Late Talk” on Monday.",
            "Late Talk",
        ),
    ],
)
def test_more_post_reports(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_a_letter_sent_to_parents_is_a_post_by_its_sender():
    text = "Principal Ada Moss sent a letter to parents on Monday. “We are safe,” Moss wrote."
    assert _posts(text) == [("P1", "Ada Moss", None)]
    assert _quotes(text) == [("We are safe,", "Ada Moss", "P1")]


def test_a_post_of_her_own_replies_on_the_same_platform():
    text = (
        "Senator Al Ruiz tweeted that the vote was “a joke.” His rival, Senator Eva Lind, hit back "
        "in a post of her own: “So is your record.”"
    )
    assert _posts(text) == [("P1", "Al Ruiz", "Twitter"), ("P2", "Eva Lind", "Twitter")]


def test_a_surname_after_an_abbreviated_title_is_a_person():
    text = "Ms. Lowry, 58, said in an interview that she was retiring. “It is time,” she said."
    assert "Lowry" in _people(text)
    # (an interview with no outlet named is the story's own, not a post it reports)
    assert _quotes(text) == [("It is time,", "Lowry", None)]


def test_a_given_name_used_as_a_place_is_not_a_person():
    assert _people("Jo Reyes, 31, of Austin, said the line was long.") == ["Jo Reyes"]


def test_a_since_deleted_tweet():
    text = "In a since-deleted tweet, Senator Bo Lin called the ruling “a farce.”"
    assert _posts(text) == [("P1", "Bo Lin", "Twitter")]
    assert _quotes(text) == [("a farce.", "Bo Lin", "P1")]


def test_a_representative_introduced_by_relation_is_unnamed():
    text = (
        "Singer Ola Dane is recovering after surgery, her spokesperson confirmed to People on "
        "Monday. “She is doing well,” the spokesperson said."
    )
    assert _quotes(text) == [("She is doing well,", None, "P1")]
    assert _posts(text) == [("P1", None, "People")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ike Bell held a news conference on Monday. “We are ready,” Bell said.",
        "“We are ready,” Mayor Ike Bell said at a news conference on Monday.",
        "Speaking at a press briefing, Mayor Ike Bell said the city was “ready.”",
        "Mayor Ike Bell told a news conference that the city was ready.",
    ],
)
def test_a_news_conference_or_briefing_is_not_a_post(text):
    # Said in person to the room, like "told reporters": no post to link the words to.
    assert _posts(text) == []


def test_a_news_conference_ends_the_run_of_an_earlier_post():
    text = (
        "Mayor Ike Bell said in a statement on Monday that the levee would hold. “We are "
        "ready,” Bell said.\n\nAt a news conference on Tuesday, Bell was less certain. “We will "
        "see,” he said."
    )
    assert _posts(text) == [("P1", "Ike Bell", None)]
    assert _quotes(text) == [
        ("We are ready,", "Ike Bell", "P1"),
        ("We will see,", "Ike Bell", None),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Cambodia’s culture minister, Sopheap Chan, welcomed the decision in a statement, "
            "calling it “a homecoming.”",
            "a homecoming.",
            "Sopheap Chan",
        ),
        (
            "Hours later, Foreign Minister Gabor Szalai replied, writing that Europe should “stop "
            "pouring fuel on the fire.”",
            "stop pouring fuel on the fire.",
            "Gabor Szalai",
        ),
        (
            "Speaking after the match, Reyes called the timing “cruel” but said the squad had "
            "“enough quality” to cope.",
            "enough quality",
            "Reyes",
        ),
        (
            "After the vote, Senator Ana Ruiz thanked her colleagues and said the bill was “long "
            "overdue.”",
            "long overdue.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_participle_or_joined_verb_shares_the_subject_of_its_clause(text, quote, speaker):
    assert (quote, speaker) in [(q[0], q[1]) for q in _quotes(text)]


def test_a_reply_in_a_post_of_ones_own_is_not_a_comment_under_the_first():
    text = (
        "Minister Tomas Wrona accused Moscow on X of “deliberately targeting” power stations. "
        "Hours later, Minister Gabor Szalai responded in a post of his own, writing that Europe "
        "should “stop pouring fuel on the fire.”"
    )
    assert _posts(text) == [("P1", "Tomas Wrona", "X"), ("P2", "Gabor Szalai", "X")]
    assert _quotes(text) == [
        ("deliberately targeting", "Tomas Wrona", "P1"),
        ("stop pouring fuel on the fire.", "Gabor Szalai", "P2"),
    ]


def test_an_essay_published_by_an_outlet_ran_there():
    text = (
        "In an essay published by The Atlantic on Sunday, university president Cora Ambrose "
        "argued that colleges had “lost the trust of the middle class.”"
    )
    assert _posts(text) == [("P1", "Cora Ambrose", "The Atlantic")]


def test_an_abbreviated_title_after_a_role_is_not_a_person():
    text = "The outbreak has grown, Health Commissioner Dr. Lisa Cheng said on Monday."
    assert _people(text) == ["Lisa Cheng"]


def test_a_plural_description_is_not_one_person():
    text = (
        "The outbreak has grown, Dr. Lisa Cheng said on Monday. Most of the patients are "
        "children, she said. “The children are recovering,” the patients’ doctors said."
    )
    people = extract(text, None).people
    assert [(p.name, p.aliases) for p in people] == [("Lisa Cheng", ())]


def test_thanked_reports_speech():
    text = "The charity thanked donors for “an incredible year.”"
    assert [q[0] for q in _quotes(text)] == ["an incredible year."]


def test_a_lead_author_is_the_named_speaker():
    text = "“It works,” lead author Eva Nunn said in a press release."
    assert _quotes(text) == [("It works,", "Eva Nunn", "P1")]


def test_senior_is_not_an_occupation():
    text = "A senior Pentagon House official told Reuters that talks had stalled."
    assert _people(text) == []


def test_a_guest_in_a_video_speaks_in_it():
    text = (
        "Vlogger Ana Roy filmed a baking video with chef Tom Lee that was posted on Sunday. “It "
        "collapsed,” Roy says in the video. “Try again,” Lee said with a laugh."
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_according_to_a_statement_is_a_post():
    text = "According to a statement from the club, midfielder Ian Roe “will miss six weeks.”"
    assert _quotes(text) == [("will miss six weeks.", None, "P1")]
    assert _posts(text) == [("P1", None, None)]


def test_a_stream_on_twitch():
    text = "Streamer Bo Kim ranted during a Twitch stream on Monday. “I am done,” he said."
    assert _posts(text) == [("P1", "Bo Kim", "Twitch")]
    assert _quotes(text) == [("I am done,", "Bo Kim", "P1")]


def test_a_show_named_by_a_networks_possessive():
    text = "Senator Ed Park appeared on NBC’s Face of the Nation on Sunday. “No deal,” Park said."
    assert _posts(text) == [("P1", "Ed Park", "Face of the Nation")]


def test_one_woman_introduced_stays_unnamed():
    text = "Governor Ada Ruiz toured the shelter. One man thanked her. “You came,” the man said."
    assert _quotes(text)[0][1] is None


def test_he_after_a_sentence_led_by_a_person_of_unknown_gender():
    text = (
        "Coach Ned Hart benched his guard, Jai Moss, on Friday. “He knows why,” the coach said. "
        "Moss, 22, disagreed. “I did nothing wrong,” he said."
    )
    assert [q[1] for q in _quotes(text)] == ["Ned Hart", "Jai Moss"]


def test_a_documentary_opening_its_sentence():
    text = (
        "The new Hulu documentary “Deep Cold” follows diver Ana Voss under the ice. “It is "
        "another planet,” Voss says in the film."
    )
    assert _posts(text) == [("P1", "Ana Voss", "Hulu")]
    assert _quotes(text) == [("It is another planet,", "Ana Voss", "P1")]


def test_a_modifier_before_a_role_noun_is_not_a_person():
    assert _people("Former Fed official Karen Holt wrote that cuts were near.") == ["Karen Holt"]


def test_told_a_camel_case_brand():
    assert _posts("Director Ian Moe told IndieWire that the shoot was hard.") == [
        ("P1", "Ian Moe", "IndieWire")
    ]


def test_an_exchange_on_a_show_stays_on_it_but_not_after_a_new_sentence():
    text = (
        "On Monday’s episode of “Late Table,” chef Ida Ray confronted her rival. “You copied me,” "
        "Ray said. Rival chef Bo Linn denied it: “Never.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]
    text = (
        "Striker Ivo Lind told Sky Sports that the team deserved it. “We were better,” Lind said. "
        "Rival manager Ed Cole was less happy. “We gave it away,” he said."
    )
    assert [q[2] for q in _quotes(text)] == ["P1", None]


def test_a_video_right_after_a_post_on_a_named_platform_is_on_it():
    text = (
        "Singer Mia Ross posted a TikTok on Monday. “New song?” she asks in the clip. Fellow "
        "singer Leo Dunn replied with a duet of his own. “Yes,” he sings in his video."
    )
    assert _posts(text) == [("P1", "Mia Ross", "TikTok"), ("P2", "Leo Dunn", "TikTok")]


def test_a_description_never_spans_two_sentences():
    text = "She laughs in the clip. Fellow singer Leo Dunn joined her."
    assert all(". " not in a for p in extract(text, None).people for a in p.aliases)


@pytest.mark.parametrize(
    ("text", "quote", "post"),
    [
        (
            "Comedian Rick Alvarez said on his podcast, “Couch Talk,” that he was sober. His "
            "co-host, Dee Marshall, said on the same episode that she was “so proud.”",
            "so proud.",
            ("P1", "Rick Alvarez", "Couch Talk"),
        ),
        (
            "In a YouTube video posted on Monday, Kira Tanaka explained the move. In the same "
            "video, she thanked her moderators, calling them “the real MVPs.”",
            "the real MVPs.",
            ("P1", "Kira Tanaka", "YouTube"),
        ),
    ],
)
def test_the_same_post_named_again_takes_its_fragment(text, quote, post):
    assert _posts(text) == [post]
    assert (quote, post[0]) in [(q[0], q[2]) for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Former White House economic adviser Janet Okafor warned of higher prices.",
            ["Janet Okafor"],
        ),
        ("Pentagon senior official Ray Dunn declined to comment.", ["Ray Dunn"]),
        ("Skyline Air said it was committed to a fair deal.", []),
    ],
)
def test_institutions_before_a_role_are_not_people(text, people):
    assert _people(text) == people


def test_a_hyphenated_modifier_in_a_description_still_resolves():
    text = (
        "Mayor Elena Vasquez said on Facebook that she would not run again. “It has been an "
        "honor,” the first-term Democrat wrote."
    )
    assert _quotes(text) == [("It has been an honor,", "Elena Vasquez", "P1")]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Brightwell Robotics will cut 140 jobs, chief executive Priya Natarajan told "
            "employees in a memo on Tuesday. “This is the hardest decision I have made,” "
            "Natarajan wrote.",
            ("P1", "Priya Natarajan", None),
        ),
        (
            "Halvorsen Freight agreed to buy Delmont Logistics, the companies said in a joint "
            "press release on Monday. “Together we will grow,” Halvorsen chief executive Glen "
            "Mattis said in the release.",
            ("P1", None, "press release"),
        ),
    ],
)
def test_the_subject_of_the_verb_before_the_medium_is_the_author(text, post):
    # A person named as the subject of "told … in a memo" writes it; an organisation ("the
    # companies said in a press release") is no one, even when the release quotes its chief.
    assert _posts(text) == [post]
    assert all(q[2] == "P1" for q in _quotes(text))


def test_the_object_of_a_persons_own_verb_says_nothing_of_their_gender():
    text = (
        "The head of the board, Lorraine Whitfield, told a Senate committee that the agency was "
        "short.\n\nSen. Ray Caldera, a Republican, pressed her on why. “Your agency knew this,” "
        "he said."
    )
    assert _quotes(text) == [("Your agency knew this,", "Ray Caldera", None)]


@pytest.mark.parametrize("title", ["Sheriff", "Ambassador", "Councilwoman", "Prosecutor"])
def test_a_county_or_office_title_is_not_part_of_the_name(title):
    assert _people(f"A boy was found safe, Tillery County {title} Dana Tillman said.") == [
        "Dana Tillman"
    ]


def test_a_description_with_an_adjective_is_not_cut_to_a_role():
    text = (
        "At a rally, Senate candidate Luis Ferrante promised to “take the fight to them.”\n\n"
        "“They have been raising your premiums,” the former prosecutor said."
    )
    assert [q[1] for q in _quotes(text)] == ["Luis Ferrante", "Luis Ferrante"]


def test_role_words_before_an_abbreviated_title_belong_to_the_speaker():
    text = "“These are mice, not people,” lead author Dr. Keiko Tanabe said on Wednesday."
    assert _quotes(text) == [("These are mice, not people,", "Keiko Tanabe", None)]


def test_a_majority_opinion_and_a_dissent_are_two_posts():
    text = (
        "“The legislature was entitled to conclude so,” Judge Patricia Hollis wrote for the "
        "majority.\n\nIn a dissent, Judge Raymond Cole said the ban “rests on intuition.”"
    )
    assert _posts(text) == [("P1", "Patricia Hollis", None), ("P2", "Raymond Cole", None)]


def test_a_verb_joined_by_and_in_a_second_post_takes_the_pronoun_subject():
    text = (
        "Pop singer Nadia Fox apologized on Instagram on Tuesday.\n\n“I am so sorry,” Fox wrote. "
        "In a second post later that day, she promised to reschedule and shared a clip of "
        "herself rehearsing."
    )
    assert _posts(text) == [("P1", "Nadia Fox", "Instagram"), ("P2", "Nadia Fox", "Instagram")]


@pytest.mark.parametrize("genre", ["comedy", "thriller", "sequel", "ballad"])
def test_a_title_after_a_genre_noun_is_not_a_quote(genre):
    text = (
        f"The film led the box office, ahead of the animated {genre} “Pip and the Pickle Patrol.”"
    )
    assert _quotes(text) == []


@pytest.mark.parametrize("place", ["Port Adair", "Larkspur Falls", "Cedar Springs"])
def test_a_place_name_is_not_a_person(place):
    assert _people(f"At a reading in {place} on Thursday, novelist Claire Dunmore spoke.") == [
        "Claire Dunmore"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nurses walked out on Thursday.\n\n“We are not asking for the moon,” Carla Benitez, "
            "president of the nurses’ union local, told a rally.",
            "Carla Benitez",
        ),
        (
            "“We did not expect it,” Dr. Lucia Moretti, who led the project, told reporters.",
            "Lucia Moretti",
        ),
        ("“It means jobs,” Kessby’s mayor, Ingrid Sjöberg, told reporters.", "Ingrid Sjöberg"),
        (
            "Striker Tomás Ferreyra said goodbye on Instagram. “Thank you for everything,” the "
            "27-year-old Argentine wrote.",
            "Tomás Ferreyra",
        ),
        (
            "Tennis player Elif Demir said on X that she would withdraw.\n\n“The wrist needs "
            "rest,” the world No. 14 wrote.",
            "Elif Demir",
        ),
        (
            "State Sen. Marcus Delaney said on X that he would vote no.\n\n“I cannot support "
            "it,” the Republican from Harlow County wrote.",
            "Marcus Delaney",
        ),
    ],
)
def test_appositions_possessives_and_nationalities_name_the_speaker(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


@pytest.mark.parametrize("place", ["Kerrigan Bay", "Harlow County", "Lake Orin"])
def test_place_words_make_a_place(place):
    assert _people(f"George Whitlow posted a video from his backyard near {place}.") == [
        "George Whitlow"
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The police union’s president, Tina Marchetti, told the radio station WHCT that the "
            "plan was “out of touch.”",
            ("P1", "Tina Marchetti", "WHCT"),
        ),
        (
            "“It means jobs,” Mayor Ingrid Sjöberg told the local newspaper Kessby Posten.",
            ("P1", "Ingrid Sjöberg", "Kessby Posten"),
        ),
        (
            "“This is preventable,” Dr. Naomi Feldstein said in an interview with the radio "
            "program “Valley Morning.”",
            ("P1", "Naomi Feldstein", "Valley Morning"),
        ),
    ],
)
def test_the_kind_of_outlet_before_its_name(text, post):
    assert _posts(text) == [post]
    assert len(_quotes(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Norrland Energy said in a press release on Monday that it would build a plant. “This "
        "puts Kessby on the map,” chief executive Anders Holmgren said in the release.",
        "The Marlow Heights Police Department said on Facebook that it was searching for a "
        "driver.\n\n“Please call us,” the department wrote.",
    ],
)
def test_an_organisation_that_posts_is_no_ones_post(text):
    posts = _posts(text)
    assert [p[1] for p in posts] == [None]
    assert all(q[2] == "P1" for q in _quotes(text))


def test_a_creators_platform_named_before_is_the_videos():
    text = (
        "A TikTok creator with 3 million followers says a brand copied her design.\n\n“They "
        "never replied,” Jade Okonkwo said in a video posted Tuesday.\n\nUnder the video, fellow "
        "creator Benny Salas wrote: “This is theft.”"
    )
    assert _posts(text) == [("P1", "Jade Okonkwo", "TikTok")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_document_that_speaks_is_a_post_and_named_again_is_the_same():
    text = (
        "Three drivers sued the app Zipcart.\n\nThe lawsuit, filed Tuesday in federal court, "
        "says the company exercised “near-total control.” “Zipcart decides when they work,” "
        "the complaint says.\n\nZipcart said in an emailed statement that the suit was "
        "“without merit.”"
    )
    assert _posts(text) == [("P1", None, None), ("P2", None, None)]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P2"]


def test_a_post_named_again_is_found_by_its_noun_not_only_by_recency():
    text = (
        "“There were mornings I couldn’t hold a toothbrush,” Ines Carvalho said on the “Second "
        "Serve” podcast, released Tuesday.\n\nShe told the Lisbon Courier in an interview last "
        "year that she had considered quitting. On the podcast, she said she was glad she "
        "hadn’t. “I’d be a very bored accountant right now,” she said."
    )
    assert _posts(text) == [
        ("P1", "Ines Carvalho", "Second Serve"),
        ("P2", "Ines Carvalho", "Lisbon Courier"),
    ]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_the_piece_named_again_takes_its_fragment():
    text = (
        "Former official Benjamin Osei argued in an op-ed in The Millbrook Ledger that the "
        "state should scrap its gas tax holiday. In the piece, he called the holiday “a gift to "
        "oil companies.”"
    )
    assert _quotes(text) == [("a gift to oil companies.", "Benjamin Osei", "P1")]


def test_a_name_that_goes_on_with_an_organisations_word_is_not_a_person():
    text = "“We cannot keep going,” Farah Qureshi said in an interview with Metro Talk FM."
    assert _people(text) == ["Farah Qureshi"]
    assert _posts(text) == [("P1", "Farah Qureshi", "Metro Talk FM")]


def test_a_second_post_named_in_narration_is_a_new_post_on_the_same_platform():
    text = (
        "Tennis player Elif Demir said on X that she was “gutted” to withdraw.\n\nHours later, "
        "in a second post, Demir thanked fans for their messages. “You are the best,” she wrote."
    )
    assert _posts(text) == [("P1", "Elif Demir", "X"), ("P2", "Elif Demir", "X")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


def test_someone_described_before_they_are_named_writes_the_post():
    text = (
        "The founder of Brightloop, a Dublin software start-up, said on LinkedIn that the "
        "company would shut down.\n\n“We built something people loved,” wrote Siobhán Carney, "
        "who started the company in 2018."
    )
    assert _posts(text) == [("P1", "Siobhán Carney", "LinkedIn")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_the_author_replying_in_the_thread_of_his_own_post():
    text = (
        "Retired astronaut Gregory Lane answered questions on Reddit on Thursday.\n\nOne user "
        "asked whether he would go back. “In a heartbeat,” he replied, “if my knees would let "
        "me.”"
    )
    assert _posts(text) == [("P1", "Gregory Lane", "Reddit")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_an_unnamed_representative_speaks_for_the_interview_in_the_next_paragraph():
    text = (
        "Actor Colin Ashby has checked into a treatment facility, a representative for the "
        "actor told People on Friday.\n\n“Colin is taking time to focus on his health,” the "
        "representative said."
    )
    assert _posts(text) == [("P1", None, "People")]
    assert _quotes(text) == [("Colin is taking time to focus on his health,", None, "P1")]


def test_someones_lawyers_in_a_filing_are_no_one_and_their_fragment_is_kept():
    text = (
        "Lawyers for pop star Dante Rivers asked a judge to dismiss the lawsuit. In the filing, "
        "Rivers’ attorneys called her claims “a shakedown dressed up as a lawsuit.”"
    )
    assert _quotes(text) == [("a shakedown dressed up as a lawsuit.", None, "P1")]
    assert _posts(text) == [("P1", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Harrow & Finch said Thursday that profit fell. “We underestimated the squeeze,” Chief "
        "Executive Dana Whitcomb said in the company’s earnings release.",
        "Crestline Bank said profit rose. “It was a strong quarter,” chief executive Ann Lowe "
        "said in its news release.",
    ],
)
def test_a_companys_release_quoting_its_chief_is_the_companys(text):
    assert _posts(text) == [("P1", None, "press release")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_name_once_an_organisations_stays_one():
    text = (
        "Margo Elling, the co-founder of meal-kit company Pantry Lane, wrote on Substack that "
        "she was pushed out.\n\nPantry Lane said in a statement that it was “a mutual decision.”"
    )
    assert _people(text) == ["Margo Elling"]
    assert _quotes(text) == [("a mutual decision.", None, "P2")]


def test_a_name_then_a_relative_clause_in_apposition_before_the_quote():
    text = (
        "Her co-founder, Derek Osei, who remains chief executive, wrote on X: “I have nothing "
        "but respect for Margo.”"
    )
    assert _quotes(text) == [("I have nothing but respect for Margo.", "Derek Osei", "P1")]


def test_posting_again_is_a_second_post_by_the_subject():
    text = (
        "Sheriff Dale Hutchins said in a Facebook post on Saturday that his office would stop "
        "answering noise calls. “My deputies are not noise-complaint officers,” he wrote.\n\nOn "
        "Sunday, Hutchins posted again on Facebook. “Sorry for the confusion, folks,” the "
        "sheriff wrote."
    )
    assert _posts(text) == [
        ("P1", "Dale Hutchins", "Facebook"),
        ("P2", "Dale Hutchins", "Facebook"),
    ]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


def test_a_post_of_someone_described_by_a_possessive_takes_their_words():
    text = (
        "An emergency physician’s LinkedIn post describing a 19-hour wait has been shared "
        "40,000 times.\n\n“This is what we have normalized,” Dr. Naveen Pillai wrote."
    )
    assert _posts(text) == [("P1", "Naveen Pillai", "LinkedIn")]


def test_a_name_after_an_institutions_comma_is_a_person():
    text = (
        "The president of Calloway State University, Jerome Whitfield, told the faculty senate "
        "that 14 programs would close. “These are not judgments,” Whitfield said."
    )
    assert _quotes(text) == [("These are not judgments,", "Jerome Whitfield", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We will tell you the minute it is safe,” county health director Dr. Yolanda Pierce "
            "said.",
            "Yolanda Pierce",
        ),
        ("“We will win,” state Treasurer Gail Sorensen said.", "Gail Sorensen"),
        (
            "Oscar winner Celeste Navarro made a film. The Oscar winner has described it as “like "
            "therapy.”",
            "Celeste Navarro",
        ),
    ],
)
def test_more_roles_before_a_name_and_as_descriptions(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


def test_a_pronoun_continues_the_subject_not_a_person_named_as_an_object():
    text = (
        "The council voted to rename Mill Street after Alma Ruiz, a crossing guard who died in "
        "January.\n\nCouncilwoman Lorraine Hsu, who voted no, said she had nothing against Ruiz "
        "but worried about the cost. “We have potholes on that street,” she said."
    )
    assert _quotes(text) == [("We have potholes on that street,", "Lorraine Hsu", None)]


def test_a_participle_after_a_place_takes_the_main_subject():
    text = (
        "Former Gov. Walter Hennessey opened his campaign Saturday with a rally in Orrin Falls, "
        'telling supporters that Washington had "forgotten places like this."'
    )
    assert _quotes(text) == [("forgotten places like this.", "Walter Hennessey", None)]


def test_posted_again_is_another_post_on_the_same_platform():
    text = (
        "State Sen. Marguerite Olander said on X that she would vote no. “I can’t ask families "
        "to pay,” the Democrat wrote.\n\nHours later, Olander posted again: “Short-sighted is "
        "borrowing without a plan.”"
    )
    assert _posts(text) == [
        ("P1", "Marguerite Olander", "X"),
        ("P2", "Marguerite Olander", "X"),
    ]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“They told us we were our own bosses,” said one of the plaintiffs, Marcus Delahaye, "
            "41.",
            "Marcus Delahaye",
        ),
        (
            "Derek Sowande, general secretary of the Rail Workers’ Union, told reporters that the "
            "problems had been “years in the making.”",
            "Derek Sowande",
        ),
        (
            "“Teenagers are awake at 11 p.m.,” said library director Harriet Osgood, “and we’d "
            "rather they were here.”",
            "Harriet Osgood",
        ),
    ],
)
def test_names_in_apposition_and_after_an_inverted_verb(text, speaker):
    assert {q[1] for q in _quotes(text)} == {speaker}


def test_a_lawsuit_that_alleges_speaks_for_no_one():
    text = (
        "Three drivers sued the delivery company Swiftcrate.\n\nThe company “exercised near-total "
        "control over the drivers,” the lawsuit, filed Monday in Cook County, alleges."
    )
    assert _quotes(text) == [("exercised near-total control over the drivers,", None, "P1")]
    assert _posts(text) == [("P1", None, None)]


def test_a_name_before_an_organisations_noun_is_the_organisation():
    text = (
        "Commuters on the Northline rail service face delays.\n\n“We are sorry,” Northline said "
        "in a statement."
    )
    assert _people(text) == []
    assert _posts(text) == [("P1", None, None)]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Former Gov. Raymond Achebe-Loring said he was “seriously considering” a run, in an "
            "appearance on the political podcast “Pod Over Potomac” released Tuesday.",
            "Pod Over Potomac",
        ),
        (
            "State Sen. Howard Blakeley called for an end to the income tax in an op-ed "
            "published Sunday in The Riverton Ledger.",
            "The Riverton Ledger",
        ),
    ],
)
def test_a_show_after_its_kind_and_a_paper_by_its_name(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_a_comment_on_someones_post_goes_under_that_persons_post():
    text = (
        "Reality TV star Brianna Coleridge confirmed on Instagram that she had separated. “We "
        "are choosing kindness,” she wrote.\n\nPell posted on Threads hours later. “Everything "
        "she said is true,” he wrote.\n\nCo-star Tanya Brooks commented on Coleridge’s post: "
        "“Love you, B.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P2", "P1"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Marcus Oduya on Tuesday accused Gov. Ellen Brandt of “playing games with "
            "paychecks” in a post on X.",
            "Marcus Oduya",
        ),
        (
            "Climate scientist Rosalind Tetteh posted a chart on Bluesky.\n\nMeteorologist Carl "
            "Brennan replied beneath her post that the chart was “worth everyone’s attention.”",
            "Carl Brennan",
        ),
        (
            '"We are asking a lot," Administrator Patricia Nwosu said at a House hearing.',
            "Patricia Nwosu",
        ),
    ],
)
def test_titles_roles_and_accusations_name_the_speaker(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


def test_a_judge_described_then_named_writes_the_opinion():
    text = (
        "A federal judge in Columbus on Friday blocked the rule, writing in a 42-page opinion "
        "that it “places an arbitrary burden on voters.”\n\n“The state has offered no "
        "evidence,” U.S. District Judge Helena Marsh wrote."
    )
    assert _posts(text) == [("P1", "Helena Marsh", None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Helena Marsh", "P1"), ("Helena Marsh", "P1")]


@pytest.mark.parametrize(
    "text",
    [
        "Restaurateur Tomasz Zielinski apologized on TikTok.",
        "Bishop Louis Ferraro led the funeral Mass.",
    ],
)
def test_a_role_opening_the_sentence_is_not_part_of_the_name(text):
    assert _people(text)[0] in {"Tomasz Zielinski", "Louis Ferraro"}


def test_a_brand_before_a_product_is_not_a_person():
    assert _people("Omar Haddad said the new Vireo phone was slow. Vireo said it was sorry.") == [
        "Omar Haddad"
    ]


def test_a_show_named_after_its_host_is_not_the_host():
    text = (
        "Actor Daniel Reyes opened up during an appearance on The Late Show with Stephen "
        "Colbert on Thursday. “I spent two years thinking I would never walk again,” Reyes said."
    )
    assert _posts(text) == [("P1", "Daniel Reyes", "The Late Show with Stephen Colbert")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“They simply get lost,” the lead author, Dr. Ingrid Solberg of the University of "
            "Bergen, told The Times.",
            "Ingrid Solberg",
        ),
        (
            'Police Chief Alan Mercer spoke on Thursday.\n\n"If you were a victim, call us," the '
            "chief said.",
            "Alan Mercer",
        ),
        (
            "Former champion Nadia Petrova-Hart lost to the qualifier Chloe Danner.\n\nDanner, 20, "
            "who is ranked 184th, said she had watched Petrova-Hart as a child. “It’s surreal,” "
            "she said.",
            "Chloe Danner",
        ),
    ],
)
def test_appositions_with_titles_the_chief_and_two_appositions(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


def test_a_letter_by_someone_described_then_named():
    text = (
        "Students will no longer use phones in class, the superintendent told families in a "
        "letter on Friday.\n\n“Our teachers are competing with a device,” wrote Superintendent "
        "Karen Lindgren."
    )
    assert _posts(text) == [("P1", "Karen Lindgren", None)]


@pytest.mark.parametrize(
    ("text", "author", "show"),
    [
        (
            "“We will fix the roads first,” Mayor Dana Holm said on KXLY radio’s “City Desk.”",
            "Dana Holm",
            "City Desk",
        ),
        (
            "“I never planned to run,” Senator Ada Price said on CBS’ “Face the Nation.”",
            "Ada Price",
            "Face the Nation",
        ),
        (
            "“Rates will fall,” Governor Lea Stone said on Fox News’s “Sunday Briefing.”",
            "Lea Stone",
            "Sunday Briefing",
        ),
    ],
)
def test_a_show_after_a_networks_possessive_is_the_platform_not_a_quote(text, author, show):
    assert _posts(text) == [("P1", author, show)]
    assert len(_quotes(text)) == 1


@pytest.mark.parametrize(
    "again",
    ["said in the 12-minute video", "said in the video", "said in the tearful video"],
)
def test_the_same_video_named_again_with_modifiers_is_one_post(again):
    text = (
        "Streamer Lucas Brandt apologized on Friday in a new YouTube video.\n\n"
        f"“I made a mistake and I own it,” Brandt {again}. “I am sorry.”"
    )
    assert _posts(text) == [("P1", "Lucas Brandt", "YouTube")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    "comment",
    [
        "Under the post, the most-liked comment read: “Pay your staff first.”",
        "The top comment under the post said: “Pay your staff first.”",
        "One pinned reply said: “Pay your staff first.”",
    ],
)
def test_a_single_comment_quoted_belongs_to_the_post(comment):
    text = (
        "Restaurateur Gina Polk announced on Instagram on Monday that she would close her "
        "diner. “Thirty years was a good run,” Polk wrote.\n\n" + comment
    )
    assert _posts(text) == [("P1", "Gina Polk", "Instagram")]
    assert _quotes(text)[-1] == ("Pay your staff first.", None, "P1")


def test_an_organisations_statement_quoting_its_officer_is_no_ones():
    text = (
        "Harbor Ferries cancelled its evening crossings.\n\nIn a statement, the company quoted its "
        "operations director, Mira Lund, as saying: “Safety comes first.” The company said in the "
        "statement that the storm was “unlike any in a decade.”"
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text) == [
        ("Safety comes first.", "Mira Lund", "P1"),
        ("unlike any in a decade.", None, "P1"),
    ]


def test_the_head_of_something_posting_is_named_by_the_next_quote():
    text = (
        "The head of the city’s library system announced on LinkedIn on Monday that she would "
        "retire.\n\n“Books were my whole life,” wrote Carla Mendes, director of Westbrook "
        "Public Libraries since 2009."
    )
    assert _posts(text) == [("P1", "Carla Mendes", "LinkedIn")]
    assert _people(text) == ["Carla Mendes"]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Tom Reyes, general manager of RiverLink Transit, spoke first.", "RiverLink Transit"),
        ("Ada Kim, the founder of Brightcove, said she was proud.", "Brightcove"),
        ("Lou Park, a member of Harbor Watch, said he was relieved.", "Harbor Watch"),
    ],
)
def test_what_someone_runs_or_belongs_to_is_not_a_person(text, organisation):
    assert organisation not in _people(text)


def test_a_letter_to_a_titled_person_has_no_outlet():
    text = (
        "Forty nurses signed a letter to Gov. Ruth Alder on Monday.\n\n“We are exhausted,” the "
        "letter said."
    )
    assert _posts(text) == [("P1", None, None)]


def test_posted_after_a_platform_named_with_no_author_is_that_post():
    text = (
        "The two mayoral candidates argued on X late Tuesday.\n\n“He has never balanced a "
        "budget,” lawyer Dan Holt posted after midnight.\n\nCouncilwoman Rita Vance answered in "
        "a post of her own: “I balanced nine.”"
    )
    assert _posts(text) == [("P1", "Dan Holt", "X"), ("P2", "Rita Vance", "X")]


def test_a_fragment_in_a_comment_beneath_the_post_belongs_to_it():
    text = (
        "Chef Anton Weiss announced on Facebook that his bistro would close.\n\n“It is time,” "
        "Weiss wrote.\n\nIn a comment beneath the post, his former sous-chef, Lia Romano, called "
        "him “the best teacher I ever had.”"
    )
    assert _quotes(text)[-1] == ("the best teacher I ever had.", "Lia Romano", "P1")


def test_a_long_predicate_before_a_colon_introduces_the_subjects_words():
    text = (
        "Baker Nina Sol said on TikTok that she was closing her shop.\n\nHundreds of followers "
        "responded. Another, the florist Maya Ortiz, offered her the back room of her flower "
        "shop: “Move in whenever you like.”"
    )
    assert _quotes(text)[-1] == ("Move in whenever you like.", "Maya Ortiz", "P1")


def test_a_quote_opening_a_sentence_about_the_last_speaker_is_theirs():
    text = (
        "“I almost said no,” singer Lila Marsh told Tempo Magazine.\n\nThe 29-year-old, who "
        "tours Europe this spring, also told the magazine she would not record again soon. "
        "“I need a year off.”"
    )
    assert _quotes(text)[-1] == ("I need a year off.", "Lila Marsh", "P1")


def test_a_quote_opening_a_sentence_about_someone_else_is_not_continued():
    text = (
        "“I almost said no,” singer Lila Marsh told Tempo Magazine.\n\nHer manager, Rob Hale, "
        "told the magazine she would not record again soon. “She needs a year off.”"
    )
    # (the one the sentence before reports as speaking, not the last quote's speaker)
    assert _quotes(text)[-1][:2] == ("She needs a year off.", "Rob Hale")


@pytest.mark.parametrize(
    "subject",
    [
        "One of Cuttlebox’s early investors, Ravi Nair,",
        "One of the company’s former investors, Ravi Nair,",
    ],
)
def test_one_of_a_possessive_group_with_a_name_in_apposition(subject):
    text = f"{subject} said the founder had been “honest to a fault.”"
    assert _quotes(text) == [("honest to a fault.", "Ravi Nair", None)]


def test_quoted_as_saying_in_an_organisations_release_is_the_quoted_persons_words():
    text = (
        "In its earnings release, Halden Foods quoted Chief Financial Officer Omar Haddad as "
        "saying the company was “ready for a hard year.”"
    )
    assert _posts(text) == [("P1", None, "press release")]
    assert _quotes(text) == [("ready for a hard year.", "Omar Haddad", "P1")]


def test_a_document_speaking_past_a_participle_phrase_is_the_post():
    text = (
        "Three bakeries sued the city on Monday.\n\n“The permit rules are arbitrary,” the "
        "lawsuit, filed in county court, said."
    )
    assert _quotes(text) == [("The permit rules are arbitrary,", None, "P1")]


@pytest.mark.parametrize("outlet", ["the Harlan Journal-Register", "the Eastport Register"])
def test_told_a_newspaper_named_with_a_media_word_is_an_interview(outlet):
    text = f"Mill owner Curtis Vale told {outlet} that the rival was “blaming us.”"
    assert _posts(text) == [("P1", "Curtis Vale", outlet.removeprefix("the "))]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        (
            "A lawyer for the supplier, Plainsview Grain Co., said the claims were false.",
            "Plainsview Grain Co",
        ),
        ("Divers found the wreck off the coast of Chile, said Ana Ruiz.", "Chile"),
    ],
)
def test_company_abbreviations_and_parts_of_places_are_not_people(text, not_person):
    assert not_person not in _people(text)


def test_someone_described_with_a_relative_clause_posting_is_named_by_the_next_quote():
    text = (
        "A geologist who mapped the new crater answered questions on Reddit on Friday.\n\n"
        "“It is bigger than we thought,” Dr. Lena Fischer wrote in the thread."
    )
    assert _posts(text) == [("P1", "Lena Fischer", "Reddit")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


@pytest.mark.parametrize(
    ("host", "guest", "pronoun"),
    [("Jenny Marsh", "Derek Osei", "he"), ("Colin Marsh", "Greta Osei", "she")],
)
def test_a_pronoun_skips_a_subject_whose_given_name_says_otherwise(host, guest, pronoun):
    text = (
        f"Comedian {guest} talked about a first special with host {host}.\n\n"
        f"{host.split()[1]} asked whether spite was a good way to work. “It is not,” {pronoun} "
        "said, laughing."
    )
    assert _quotes(text)[-1][1] == guest


def test_a_pronoun_in_the_text_outvotes_the_name_list():
    # The name list has "Kai" only as a girl's name; the text says "him".
    text = (
        "In the new documentary “Deep Water,” diver Kai Mercer recalls the dive that almost "
        "killed him. He describes the moment his air ran out as “pure silence.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Kai Mercer"]


def test_a_name_in_apposition_to_an_agents_client_is_the_clients():
    text = (
        "Tenants sued their landlord on Monday.\n\nA lawyer for the owner, Brookside Homes, said "
        "in an email that the company “rejects every claim.”"
    )
    assert _quotes(text) == [("rejects every claim.", None, "P1")]
    assert _posts(text) == [("P1", None, None)]


def test_a_capitalized_chair_before_a_name_is_a_title():
    text = "School Board Chair Rosa Quint told The Daily Ledger that “nothing is final.”"
    assert _people(text) == ["Rosa Quint"]
    assert _posts(text) == [("P1", "Rosa Quint", "The Daily Ledger")]


def test_but_added_before_a_colon_takes_the_sentences_subject():
    text = (
        "Coach Ivo Berg said after the loss that the injury was “a huge blow,” but added: “We "
        "will not make excuses.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Ivo Berg", "Ivo Berg"]


def test_a_role_in_apposition_before_a_colon_keeps_the_named_subject():
    text = (
        "Founder Lea Moss announced on X that the code is now open.\n\nOmar Vidal, chief "
        "executive of rival Kestrel AI, replied to the post: “Welcome aboard.”"
    )
    assert _quotes(text)[-1] == ("Welcome aboard.", "Omar Vidal", "P1")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "In her review for The Oregonian, critic Lauren Abbot called the menu “a lecture "
            "nobody asked for.”",
            ("P1", "Lauren Abbot", "The Oregonian"),
        ),
        (
            "In his review for Variety, critic Sam Ortiz called the film “quietly devastating.”",
            ("P1", "Sam Ortiz", "Variety"),
        ),
        (
            "Asked in 1994 by The Providence Journal why he was leaving, Governor Walt Hale said: "
            "“I ran out of patience.”",
            ("P1", "Walt Hale", "The Providence Journal"),
        ),
        (
            "Dr. Felix Stern, a geologist, told Science that such rocks “can form without life.”",
            ("P1", "Felix Stern", "Science"),
        ),
    ],
)
def test_reviews_for_an_outlet_and_questions_from_an_outlet_are_posts(text, post):
    assert _posts(text) == [post]
    assert len(_quotes(text)) == 1


def test_the_platform_x_before_a_full_stop_is_not_an_initial():
    text = "“Goodbye,” she wrote on X. Speaking to reporters later, Gov. Ana Ruiz said more."
    assert "X. Speaking" not in _people(text)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Harlow Midstream, which runs the pipeline, said it was sorry.", "Harlow Midstream"),
        ("Velo Works, the Portland e-bike maker, sued on Monday.", "Velo Works"),
        ("The new Orvik smart ring stopped working, and Orvik said a fix was coming.", "Orvik"),
    ],
)
def test_which_and_an_organisations_noun_in_apposition_say_organisation(text, organisation):
    assert organisation not in _people(text)


def test_a_person_described_with_an_organisation_word_stays_a_person():
    text = "Beth Sandoval, a school nurse in Marlow, urged parents to check their records."
    assert _people(text) == ["Beth Sandoval"]


def test_an_organisations_statement_quoting_its_chief_after_a_which_clause_is_no_ones():
    text = (
        "Harlow Midstream, which runs the pipeline, said in a statement that it had shut the line."
        " “We are deeply sorry,” the company’s chief executive, Greg Ames, said in the statement."
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text) == [("We are deeply sorry,", "Greg Ames", "P1")]


def test_a_lawsuit_filed_by_the_organisation_opening_the_sentence_is_no_ones():
    text = (
        "Velo Works, the e-bike maker, asked a judge on Monday to bar its former engineer, Raj "
        "Desai, from working for a rival, in a lawsuit it filed last month.\n\nDesai “walked out "
        "with the crown jewels,” the lawsuit says."
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text) == [("walked out with the crown jewels,", None, "P1")]


def test_a_role_word_after_an_organisation_is_not_the_verb_before_a_colon():
    text = "Pennywise founder Owen Gale was blunter on X: “This one is on me.”"
    assert _quotes(text) == [("This one is on me.", "Owen Gale", "P1")]
    assert _posts(text) == [("P1", "Owen Gale", "X")]


def test_in_a_statement_the_company_said_is_no_ones():
    text = (
        "In a statement on Wednesday, the company said the tool would return “within weeks.” "
        "“We moved too fast,” product chief Nadia Berg said in the statement."
    )
    assert _posts(text) == [("P1", None, None)]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_thread_is_on_the_platform_named_just_before():
    text = (
        "Users of the app Pennywise flooded its Reddit forum this week.\n\n“This was the one "
        "feature I needed,” one user wrote in a thread that drew 4,000 upvotes."
    )
    assert _posts(text) == [("P1", None, "Reddit")]


def test_wrote_under_the_post_is_a_comment_not_a_new_post():
    text = (
        "Mayor Ann Lee posted a photo of the bridge on Instagram. “We will get through it,” she "
        "wrote.\n\nAnother resident, baker Sam Hale, wrote under the post: “Think of us.”"
    )
    assert _posts(text) == [("P1", "Ann Lee", "Instagram")]
    assert _quotes(text)[-1] == ("Think of us.", "Sam Hale", "P1")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Singer Ana Paz sued her former label on Monday.\n\n“The label hid the money,” the "
            "lawsuit says. It says the label was “careless with my work.”",
            "Ana Paz",
        ),
        (
            "A group of tenants sued the landlord on Monday.\n\n“The heat failed,” the lawsuit says.",
            None,
        ),
        (
            "Harlan Mills, a flour producer based in Kansas, sued a supplier on Tuesday.\n\n"
            "“The grain was unfit,” the lawsuit says.",
            None,
        ),
    ],
)
def test_a_suit_is_the_persons_who_filed_it_and_no_ones_otherwise(text, author):
    assert _posts(text) == [("P1", author, None)]
    assert {q[1] for q in _quotes(text)} == {author}


def test_said_an_unlisted_role_before_a_name():
    text = "“There was nobody like her,” said trumpeter Calvin Rousseau, who toured with her."
    assert _quotes(text) == [("There was nobody like her,", "Calvin Rousseau", None)]


def test_a_comment_among_many_by_someone_of_a_church():
    text = (
        "The Islamic Center of Dearborn posted photographs of the damage on Facebook. “We will "
        "paint over this hate,” the post said. Among hundreds of comments, the Rev. Karen Lind "
        "of nearby Grace Lutheran Church wrote: “We will be there with brushes.”"
    )
    assert _posts(text) == [("P1", None, "Facebook")]
    assert _quotes(text)[-1] == ("We will be there with brushes.", "Karen Lind", "P1")
    assert "Grace Lutheran Church" not in _people(text)


def test_a_fragment_in_a_sentence_the_post_opens_is_the_posts():
    text = (
        "A man was charged on Saturday, the sheriff’s office said in a Facebook post.\n\nThe post "
        "identified the driver as Dylan Moore and said he turned himself in “after being "
        "contacted by investigators.”"
    )
    assert _quotes(text) == [("after being contacted by investigators.", None, "P1")]


def test_the_statement_said_after_a_named_person_said_in_a_statement_is_theirs():
    text = (
        "The envoy, Tomas Weir, said in a statement that talks would resume on Monday. “Both "
        "sides will stay in Geneva,” the statement said."
    )
    assert _posts(text) == [("P1", "Tomas Weir", None)]
    assert _quotes(text) == [("Both sides will stay in Geneva,", "Tomas Weir", "P1")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chief Executive Susan Whit said the union walked away.\n\nAt Union Station, a nurse "
            "waiting for a bus said she had been traveling for hours. “I just want to get to my "
            "patients,” she said.",
            None,
        ),
        (
            "Astronaut Greg Lane answered questions on Reddit.\n\nOne user asked whether he would "
            "go back. “In a heartbeat,” he replied.",
            "Greg Lane",
        ),
        (
            "George Whit, a retired electrician, posted a video on YouTube. “I thought it was "
            "dust,” he says in the video.",
            "George Whit",
        ),
    ],
)
def test_a_pronoun_after_someone_unnamed_is_theirs_not_the_last_named(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_a_new_sentence_ending_in_a_colon_introduces_the_next_quote():
    text = (
        "Actress Mia Grant announced her engagement on Instagram. “I said yes,” Grant wrote.\n\n"
        "Her co-star Nina Petra commented, “Crying at my desk!!” Tobias Reyes replied under the "
        "post: “Best decision I ever made.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Mia Grant", "Nina Petra", "Tobias Reyes"]


def test_words_said_two_paragraphs_after_a_letter_are_not_from_it():
    text = (
        "Superintendent Carla Benz told parents in a letter that two schools would close. "
        "“No decision has been harder,” Benz wrote.\n\nAt a board meeting, dozens of parents "
        "spoke.\n\nBenz said enrollment had fallen. “The math does not change,” she said."
    )
    assert [q[2] for q in _quotes(text)] == ["P1", None]


def test_a_memo_by_an_organisations_officer_named_in_apposition():
    text = (
        "In a memo to employees obtained by The Dispatch, Parcelway’s vice president of "
        "operations, Greg Soren, said the company was “pleased to move forward.”"
    )
    assert _posts(text) == [("P1", "Greg Soren", None)]
    assert _quotes(text) == [("pleased to move forward.", "Greg Soren", "P1")]


def test_a_second_video_is_on_the_platform_of_the_authors_last_post():
    text = (
        "Creator Sasha Lind said in a video on TikTok that a serum gave her a rash.\n\nGlowra "
        "said in a statement that it was “looking into” it.\n\nIn a second video on Friday, Lind "
        "said the company had called her. “That’s a start,” she said."
    )
    assert _posts(text)[-1] == ("P3", "Sasha Lind", "TikTok")


def test_an_ama_thread_holds_the_questions_and_replies_quoted_after_it():
    text = (
        "Developer Noor Hadi answered fans’ questions on Reddit in an “ask me anything” thread.\n\n"
        "“We are four people,” Hadi wrote.\n\nOne user asked, “Any chance of a Switch version?” "
        "Hadi replied: “Next spring.”\n\nFellow developer Tom Wilk chimed in: “Her code is "
        "better than ours.”"
    )
    assert _posts(text) == [("P1", "Noor Hadi", "Reddit")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P1", "P1"]
    assert "ask me anything" not in [q[0] for q in _quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Reddit, a traveler who said she had slept two nights at the airport wrote that the "
        "apology was “two days too late.”",
        "A European Union negotiator, speaking on condition of anonymity, said a deal was "
        "“still possible but not likely tonight.”",
    ],
)
def test_a_fragment_of_someone_unnamed_opening_the_sentence_is_kept_unattributed(text):
    assert [q[1] for q in _quotes(text)] == [None]


def test_an_organisations_role_and_name_opening_the_sentence_is_the_subject():
    text = (
        "Iowa State coach Pete Marchetti could not comment under NCAA rules, but told reporters "
        "that the program was “in a great spot” at quarterback."
    )
    assert _quotes(text) == [("in a great spot", "Pete Marchetti", None)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Coach Ray Donn announced on Instagram that he would retire. “It is time,” he wrote."
            "\n\nFormer quarterback Jalen Pru, now an assistant at Rutgers, commented: “You taught "
            "me everything.” Another former player, Tyler Vos, added in the comments, “Thank you, "
            "Coach.”",
            ["Ray Donn", "Jalen Pru", "Tyler Vos"],
        ),
        (
            "“These are children sleeping in coats,” City Solicitor Ebony Thorn said.",
            ["Ebony Thorn"],
        ),
        (
            "Teacher Priya Raman said in a TikTok video that she was on leave. “I miss my class,” "
            "she said.\n\nKeisha Lamb, whose son is in Raman’s class, said he loved science now. "
            "“He makes me watch volcano videos,” she said.",
            ["Priya Raman", "Keisha Lamb"],
        ),
    ],
)
def test_appositions_titles_and_a_subject_of_unknown_gender(text, speakers):
    assert [q[1] for q in _quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Ruth Oda pressed the companies on Tuesday.\n\nThe senator laid out her case last "
            "month in an op-ed in The Wall Street Journal, writing that platforms had “built slot "
            "machines.”",
            "Ruth Oda",
        ),
        (
            "Anouk Vers withdrew on Monday.\n\nDirector Paolo Ricci said he was “very sad” for "
            "fans. Vers, 24, later posted a video on Instagram from a physiotherapy session, "
            "writing only: “Patience.”",
            "Anouk Vers",
        ),
    ],
)
def test_a_participle_after_a_comma_takes_the_main_clauses_subject(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_said_that_then_on_a_name_is_no_show():
    text = "The studio said in a statement that the bug affected 4% of players on PC."
    assert _posts(text) == [("P1", None, None)]


def test_a_games_title_is_not_a_person_and_a_subreddit_is_reddit():
    text = (
        "The developer of the hit video game Starfall Drift apologized on Reddit on Thursday."
        "\n\n“We messed up,” lead designer Cal Ash wrote in a post on the game's subreddit."
    )
    assert _people(text) == ["Cal Ash"]
    assert _posts(text) == [("P1", "Cal Ash", "Reddit")]


def test_commented_under_her_post_is_under_the_post_of_the_woman_named_before():
    text = (
        "Singer Mara Quin shared the news on Instagram. “I said yes,” she wrote.\n\nHer fiance, "
        "drummer Leo Hartt, posted the same photo on his own Instagram account. “Lucky man,” he "
        "captioned it. Producer Danny Colt commented under her post: “Finally!”"
    )
    assert _quotes(text)[-1] == ("Finally!", "Danny Colt", "P1")


def test_a_letter_does_not_take_the_platform_of_a_creator_named_before():
    text = (
        "YouTuber Marco Dela apologized in a video on Sunday. “I am sorry,” he said in the "
        "video.\n\nThe agency sent warning letters last month. In one letter, the agency wrote "
        "that endorsers are “responsible for claims.”"
    )
    assert _posts(text) == [("P1", "Marco Dela", "YouTube"), ("P2", None, None)]


def test_replies_under_the_post_open_a_run_of_comments():
    text = (
        "Designer Cal Ash apologized on Reddit. “We messed up,” Ash wrote.\n\nOne player replied "
        "under the post: “I lost 300 hours.” Another wrote that it was “the third time this "
        "year.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P1"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Rosa’s Bakery will close at the end of the month, its owner announced on Facebook."
            "\n\n“My hands are tired,” wrote Rosa Pirell, 71.",
            ("P1", "Rosa Pirell", "Facebook"),
        ),
        (
            "A high school English teacher in Ohio has struck a nerve with an essay on Medium."
            "\n\n“Teaching stopped being the job,” wrote Amanda Kowal.",
            ("P1", "Amanda Kowal", "Medium"),
        ),
        (
            "A judge blocked the law on Friday.\n\nThe state’s attorney general, Curtis Vane, said "
            "in a statement that he would appeal. “The judge erred,” Vane said.",
            ("P1", "Curtis Vane", None),
        ),
        (
            "A passenger’s account of being stranded drew thousands of responses on Reddit.\n\n"
            "“No food, no hotel,” wrote the passenger, who identified himself as Jordan Pyke, a "
            "nurse from Omaha.",
            ("P1", "Jordan Pyke", "Reddit"),
        ),
    ],
)
def test_someone_described_first_and_named_after(text, post):
    assert _posts(text) == [post]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Among the thousands of comments was one from the French baker Luc Arno: “Your butter "
            "was too warm.”",
            "Luc Arno",
        ),
        ("“One more,” Heavyweight Dmitri Volk wrote on Instagram.", "Dmitri Volk"),
    ],
)
def test_a_commenter_after_from_and_a_weight_class_before_a_name(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We have been lied to,” Doug Merri, a former state treasurer, told supporters.",
            "Doug Merri",
        ),
        (
            "“Every ballot was counted twice,” Secretary of State Rafael Orti said in a news "
            "release.",
            "Rafael Orti",
        ),
        (
            "Ben Crowe, a lawyer for the family of the man, Jay Porter, said the footage showed "
            "“a young man with his hands up.”",
            "Ben Crowe",
        ),
        (
            "In the complaint, Nimbus’s chief executive, Sofia Marc, is quoted calling the code "
            "“the crown jewels of this company.”",
            "Sofia Marc",
        ),
    ],
)
def test_appositions_titles_of_state_clients_and_is_quoted(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Director Karen Lu said in a statement that the program “needs a new direction and new "
        "energy.”",
        "The union said in a statement that the officer, who has not been named, “acted in "
        "accordance with his training.”",
    ],
)
def test_a_predicate_in_marks_after_a_title_word_is_a_quote(text):
    assert len(_quotes(text)) == 1


def test_a_second_post_is_its_own_post():
    text = (
        "Meteorologist Kendra Boy said on X that the storm had been on the ground for 11 miles. "
        "In a second post, she wrote that residents had “about 14 minutes of warning.”"
    )
    assert _posts(text) == [("P1", "Kendra Boy", "X"), ("P2", "Kendra Boy", "X")]
    assert _quotes(text)[-1][2] == "P2"


def test_someone_described_who_posts_is_named_by_the_next_writer():
    text = (
        "A city councilman apologized Thursday for a post on Bluesky in which he called homeless "
        "residents “the people we keep tripping over.”\n\n“My words were cruel,” Councilman "
        "Dwight Soren wrote in a follow-up post."
    )
    assert _posts(text) == [("P1", "Dwight Soren", "Bluesky"), ("P2", "Dwight Soren", "Bluesky")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("“It is time,” Coach Ana Berg said in an interview on Monday.", []),
        ("In a phone interview, Mayor Tom Reyes said “the bridge will reopen.”", []),
        (
            "“It is time,” Coach Ana Berg said in an interview published Monday.",
            [("P1", "Ana Berg", None)],
        ),
        (
            "“It is time,” Coach Ana Berg said in a podcast interview on Monday.",
            [("P1", "Ana Berg", None)],
        ),
        (
            "“It is time,” Coach Ana Berg said in an interview with The Denver Post.",
            [("P1", "Ana Berg", "The Denver Post")],
        ),
    ],
)
def test_an_interview_with_no_outlet_is_the_storys_own_not_a_post(text, posts):
    assert _posts(text) == posts


def test_a_hyphenated_given_name_after_a_role_is_a_person():
    text = (
        "The Oakland bakery Little Crumb will close, its owner, pastry chef Hyun-woo Pak, "
        "announced on Instagram. “Rent tripled,” Pak wrote."
    )
    assert _people(text) == ["Hyun-woo Pak"]
    assert _posts(text) == [("P1", "Hyun-woo Pak", "Instagram")]


def test_a_critics_review_in_an_outlet_holds_the_fragments_of_its_sentence():
    text = (
        "Pete Sando’s review of the new restaurant Oriel in The New York Times was not kind. He "
        "described the chicken as “dry in a way that feels intentional” and wrote that the room "
        "was “loud enough to end a marriage.”"
    )
    assert _posts(text) == [("P1", "Pete Sando", "The New York Times")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Analyst Carla Bense of Ridgeway Securities said the quarter was “about as clean as "
            "it gets.”",
            "Carla Bense",
        ),
        (
            "Tom Adey, a coral ecologist at the Australian Institute of Marine Science who was not "
            "involved in the research, said the findings were “sobering.”",
            "Tom Adey",
        ),
    ],
)
def test_where_a_speaker_works_between_the_name_and_the_verb(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_in_the_essay_names_again_an_essay_reported_on_a_platform():
    text = (
        "Founder Chloe Naka has written a long essay on Substack about what went wrong. “We grew "
        "because we were cheap,” Naka wrote.\n\nIn the essay, she called the last funding round "
        "“the worst good news I ever got.”"
    )
    assert _posts(text) == [("P1", "Chloe Naka", "Substack")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_told_a_broadcaster_described_by_its_country():
    text = "“I showed people something beautiful,” Mia Dalt told the Austrian broadcaster ORF."
    assert _posts(text) == [("P1", "Mia Dalt", "ORF")]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Tessa AI, a San Francisco startup that makes tools, laid off staff.", "Tessa"),
        (
            "Chef Anton Beau will close Maison Beau, his Michelin-starred restaurant in Chicago, "
            "he announced on Instagram.",
            "Maison Beau",
        ),
    ],
)
def test_an_organisation_in_apposition_after_an_acronym_or_a_possessive(text, not_person):
    assert not_person not in _people(text)


def test_a_lowercase_phrase_in_marks_after_on_is_no_show():
    text = "In a blog post, Tessa said it would refocus on “a smaller number of customers.”"
    assert _posts(text) == [("P1", "Tessa", None)]


def test_writing_in_an_outlet_between_commas_is_a_piece_there():
    text = "Critic Miles Beren, writing in The Atlantic, called it “a quiet masterpiece.”"
    assert _posts(text) == [("P1", "Miles Beren", "The Atlantic")]


def test_a_statement_released_by_the_club_is_no_ones_even_quoting_its_manager():
    text = (
        "“He is exactly the player we wanted,” Villa manager Graham Holl said in a statement "
        "released by the club."
    )
    assert _posts(text) == [("P1", None, None)]


def test_a_description_opening_the_sentence_writes_the_post():
    text = (
        "Runner Faith Chel won on Sunday. “I could not believe it,” Chel said.\n\nThe "
        "29-year-old later thanked her partners in an Instagram post, calling them “the reason "
        "I am still running.”"
    )
    assert _posts(text) == [("P1", "Faith Chel", "Instagram")]


def test_the_object_of_a_participle_after_the_report_is_not_its_author():
    text = (
        "Gov. Michelle Aver made her case for a housing bond in an op-ed in The Denver Post, "
        "calling the state’s shortage “an emergency hiding in plain sight.”"
    )
    assert _posts(text) == [("P1", "Michelle Aver", "The Denver Post")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“This fire is moving fast,” Cal Fire Battalion Chief Ruben Orte told The Sacramento "
            "Bee.",
            "Ruben Orte",
        ),
        (
            "“The damage is the same,” meteorologist Jenna Albri of the weather service told "
            "the station.",
            "Jenna Albri",
        ),
    ],
)
def test_an_organisations_chief_and_where_a_speaker_works_after_the_quote(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_fragment_of_one_user_after_a_long_opening_phrase_is_kept():
    text = (
        "On Reddit, where a thread about the controversy drew thousands of replies, one user "
        "wrote that the apology “came three weeks too late.”"
    )
    assert [q[1] for q in _quotes(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The attendant, Keisha Lamo, said in a statement released by Delta that she was “just "
        "doing what any mom would do.”",
        "Staff at the studio Ironleaf Games lost their jobs.\n\nIn a statement, Ironleaf said the "
        "cuts were “painful but necessary.” “No one takes this lightly,” chief executive Corinne "
        "Blak said in the statement.",
    ],
)
def test_statements_released_by_or_opened_by_an_organisation_are_no_ones(text):
    assert [p[1] for p in _posts(text)] == [None]


def test_an_interview_with_a_networks_show_is_on_the_show():
    text = "“I wrote it for the line cooks,” Chef Amara Ose said in an interview with NPR’s “Weekend Edition.”"
    assert _posts(text) == [("P1", "Amara Ose", "Weekend Edition")]
    assert len(_quotes(text)) == 1


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Rapper Devon Cart sued his former record label, Apex Sound, on Monday.", "Apex Sound"),
        ("“We would rather be late,” Ironpine Games said in a news release.", "Ironpine Games"),
    ],
)
def test_a_label_named_in_apposition_and_a_games_studio_are_organisations(text, not_person):
    assert not_person not in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Dana Ilves criticized the port authority on Monday.\n\n“Who signed off on this?” "
        "Ilves wrote on X. “Somebody should answer for it.”",
        "Coach Ben Arter was furious after the loss.\n\n“Where was the whistle?!” Arter posted on "
        "Instagram. “We were robbed.”",
    ],
)
def test_a_question_ends_the_quote_not_the_sentence_that_reports_the_post(text):
    quotes = _quotes(text)
    assert [q[2] for q in quotes] == ["P1", "P1"]
    assert len(_posts(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Residents sued Corvane Housing on Friday.\n\nIn a statement, Corvane said it had "
            "fixed the boilers. “We take every complaint seriously,” the statement quoted the "
            "company’s chief executive, Lena Marsh, as saying.",
            "Lena Marsh",
        ),
        (
            "Drivers walked out at Pell Freight on Tuesday.\n\nPell Freight said in a statement "
            "that talks would resume. The statement quoted spokesman Arun Patel: “Our door is "
            "open.”",
            "Arun Patel",
        ),
        (
            "Drivers walked out at Pell Freight on Tuesday.\n\nPell Freight said in a statement "
            "that talks would resume. The statement quoted Arun Patel, the firm’s head of "
            "logistics: “Our door is open.”",
            "Arun Patel",
        ),
        (
            "The county opened two clinics on Monday, it said in a news release. The release "
            "quoted Dr. Mira Sol saying the clinics were “the fastest way to end this.”",
            "Mira Sol",
        ),
    ],
)
def test_words_an_organisations_document_quotes_are_the_persons_in_the_document(text, speaker):
    posts = _posts(text)
    assert len(posts) == 1 and posts[0][1] is None
    assert [(q[1], q[2]) for q in _quotes(text) if q[1] == speaker] == [(speaker, posts[0][0])]


@pytest.mark.parametrize(
    "text",
    [
        "On Reddit, where riders complained all day, one commenter wrote, “Nine days means "
        "twenty.”",
        "On Facebook, a neighbour wrote: “The noise starts at five every morning.”",
    ],
)
def test_someone_unnamed_after_an_opening_phrase_writes_on_the_platform_named(text):
    quotes = _quotes(text)
    assert [(q[1], q[2]) for q in quotes] == [(None, "P1")]
    assert [p[1] for p in _posts(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Captain Ola Berg told Sky Sports after the game: “We let the fans down. That is on us.”",
        "The author read from the new book: “Every winter the river forgets its name.”",
    ],
)
def test_a_colon_after_a_works_noun_introduces_words_said_not_a_title(text):
    assert len(_quotes(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We asked for a raise,” Local 7 President Tomas Villar wrote on Facebook.",
            "Tomas Villar",
        ),
        ("“No deal yet,” Teamsters Local 120 Secretary Dana Roe said.", "Dana Roe"),
    ],
)
def test_a_union_locals_number_and_a_capitalized_role_before_the_name(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_thread_started_on_a_platform_named_before_holds_its_replies():
    text = (
        "A plan to close the Maple Street pool set off a fight on Nextdoor last month.\n\n"
        "Resident Ada Quist started the thread on Oct. 3. “Nobody asked us,” she wrote.\n\n"
        "Within a day the post had more than 200 replies. “The pool loses money,” one neighbor "
        "answered."
    )
    assert _posts(text) == [("P1", "Ada Quist", "Nextdoor")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_post_described_first_is_written_by_the_one_who_writes_next():
    text = (
        "The first word of the layoffs came from a LinkedIn post.\n\n"
        "“Today I walked 31 people out of the building,” wrote Mara Benn, a shift lead."
    )
    assert _posts(text) == [("P1", "Mara Benn", "LinkedIn")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_an_update_with_no_platform_is_on_the_platform_its_author_last_posted_on():
    text = (
        "Shift lead Mara Benn announced the layoffs on LinkedIn on Friday. “Hire my team,” she "
        "wrote.\n\nOn Sunday she posted an update: “Eleven have offers already.”"
    )
    assert _posts(text) == [("P1", "Mara Benn", "LinkedIn"), ("P2", "Mara Benn", "LinkedIn")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


def test_a_description_with_a_titled_name_in_apposition_is_that_person():
    text = (
        "Ann Sol wrote an essay on Substack.\n\nThe lead author, Dr. Kofi Mensa, answered on "
        "Bluesky hours later. “The difference was not significant,” he posted."
    )
    assert _posts(text)[1] == ("P2", "Kofi Mensa", "Bluesky")
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Kofi Mensa", "P2")]


def test_a_profile_in_a_magazine_is_an_interview_and_holds_the_same_profile():
    text = (
        "In a profile published this week in Runner’s World, the sprinter Nia Oda said she "
        "had stopped watching the replay.\n\n“I used to watch it every night,” Oda told the "
        "magazine.\n\nHer coach, Emeka Ugo, was blunter in the same profile, calling the race "
        "“the best thing that ever happened to her.”"
    )
    assert _posts(text) == [("P1", "Nia Oda", "Runner’s World")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("A plan for Linwood Elementary drew a crowd on Tuesday.", "Linwood Elementary"),
        ("Tenants sued Corvane Housing and Birch Realty on Friday.", "Corvane Housing"),
    ],
)
def test_schools_and_housing_firms_are_organisations(text, not_person):
    assert not_person not in _people(text)


def test_a_facebook_group_is_on_facebook():
    text = (
        "The call for help went out in the Coal Creek Neighbors Facebook group at 9:40 p.m. "
        "“Bring gloves,” wrote Luann Petti, a volunteer."
    )
    assert _posts(text) == [("P1", "Luann Petti", "Facebook")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_show_named_in_marks_then_described_in_apposition():
    text = (
        "His daughter, Yara Bena, described the night on “Shift Change,” a podcast about "
        "warehouse labor. “They gave him a paper cup of water,” she said on the show."
    )
    assert _posts(text) == [("P1", "Yara Bena", "Shift Change")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_letter_from_an_agency_that_says_speaks_in_its_own_words():
    text = (
        "Regulators opened an inspection at the warehouse.\n\nA letter from the state safety "
        "division to the company, dated July 18, says inspectors will review its “heat plan, if "
        "one exists.”"
    )
    assert _posts(text) == [("P1", None, None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_in_the_complaint_names_the_lawsuit_again():
    text = (
        "Nimbus Health sued its former engineer on Monday.\n\nThe lawsuit, filed in federal "
        "court, says he downloaded “tens of thousands of files.” In the complaint, the chief "
        "executive, Sofia Marr, is quoted calling the code “the crown jewels.”"
    )
    assert len(_posts(text)) == 1
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Arturo Bena, reached at home, said he hoped to go back. “I like my job.”", "Arturo Bena"),
        ("Coach Lina Ortiz said the team was tired. “We need a week off.”", "Lina Ortiz"),
        ("Ann Lee said Tom Park had lied. “It is not true.”", None),
    ],
)
def test_a_quote_after_a_sentence_reporting_what_someone_said(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_an_account_described_to_an_outlet_is_an_interview():
    text = (
        "Teacher Omar Alam described the scene to Al Jazeera. “There are 900 people sleeping "
        "here,” he said."
    )
    assert _posts(text) == [("P1", "Omar Alam", "Al Jazeera")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_quote_over_two_paragraphs_that_the_post_read_is_the_posts():
    text = (
        "The band Harbour Lights announced on Instagram on Wednesday that it was splitting up."
        "\n\n“We started this band in a bedroom.\n\n“Thank you for singing along,” the post read."
    )
    assert _posts(text) == [("P1", None, "Instagram")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1"), (None, "P1")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Floods displaced 300,000 people, according to a report by the relief group "
            "Deltawatch, which warned that “the worst is still upstream.”",
            [("P1", None, None)],
        ),
        ("Glaciers lost 4 percent of their ice, according to a report released Tuesday.", []),
    ],
)
def test_a_report_is_a_post_where_the_story_quotes_it(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Imam Yusuf Hadd, whose mosque shares a lot with St. Brendan’s, wrote on Facebook "
            "that his community would miss its neighbors: “We have shared snow shovels.”",
            "Yusuf Hadd",
        ),
        (
            "Samuel Acker told his congregation that the church would close.\n\nIn a video "
            "posted that evening, the pastor said the vote had been “the hardest of all.”",
            "Samuel Acker",
        ),
        (
            "Forecaster Lena Brandt warned of ice overnight.\n\nThe meteorologist said the roads "
            "would be “glass by dawn.”",
            "Lena Brandt",
        ),
    ],
)
def test_an_abbreviation_ends_no_sentence_and_clergy_and_trades_are_people(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_statement_then_her_lawsuit_are_two_documents():
    text = (
        "Raman, who sued in March, said on X that she would appeal.\n\nQuillstone Games said in a "
        "statement that it was “pleased with the ruling.”\n\nIn her lawsuit, Raman had called "
        "the deal “a trap for first-time developers.”"
    )
    posts = _posts(text)
    assert [p[1] for p in posts][-2:] == [None, "Raman"]
    assert [q[2] for q in _quotes(text)] == [posts[-2][0], posts[-1][0]]


def test_a_group_arguing_in_its_lawsuit_speaks_through_it():
    text = (
        "A coalition of fishing groups sued the government on Thursday, arguing in the lawsuit "
        "that regulators had “ignored the people who work these waters.”"
    )
    assert _posts(text) == [("P1", None, None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_a_hyphenated_given_name_with_a_nickname_in_marks():
    text = (
        "The league suspended Joon-ho “Specter” Baek on Tuesday.\n\n“I never threw a match,” "
        "Baek wrote on X."
    )
    assert [q[1] for q in _quotes(text)] == ["Joon-ho Baek"]


def test_a_council_member_titled_before_the_name_is_the_subject_a_pronoun_continues():
    text = (
        "Headliner Maya Cast wrote on Threads that she was sorry.\n\nAustin City Council member "
        "Theresa Nguyen-Hart said on Facebook that she had asked the city attorney to look into "
        "the refunds. “Fans deserve their money back,” she wrote."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Theresa Nguyen-Hart", "P2")]


def test_the_author_writing_back_to_a_comment_is_under_her_own_post():
    text = (
        "A video of passengers stranded on a train has been viewed millions of times on "
        "TikTok.\n\nIts creator, nursing student Lucia Bena, filmed the carriage. “Hour five. "
        "No water,” she says in the video.\n\nThe operator replied under the clip: “We are "
        "sorry, Lucia.”\n\n“Sorry is not an explanation,” Bena wrote back."
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P1"]


def test_a_fragment_asked_by_someone_unnamed_in_a_relative_clause_is_kept():
    text = (
        "A Reddit thread started by a fan who asked whether “anyone else lost $600 on hotels” "
        "drew more than 3,000 replies."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Curator Oren Cast told CBC Radio’s “As It Happens” that the scans were clear.",
            "As It Happens",
        ),
        (
            "Director Sunita Var told BBC Radio Ulster’s “Evening Extra” that it was a start.",
            "Evening Extra",
        ),
        (
            "Her coach, Pablo Itur, told the Spanish radio station Cadena SER that it was small.",
            "Cadena SER",
        ),
    ],
)
def test_a_networks_show_and_a_station_described_by_its_country(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_an_organisations_video_stays_its_own_when_its_curator_speaks_in_it():
    text = (
        "A portrait has been attributed to the painter Geertruyd Halsema, the museum announced "
        "in a video on its YouTube channel on Wednesday.\n\n“We walked past her for thirty "
        "years,” the museum’s curator of European painting, Dr. Oren Cast, says in the video."
    )
    assert _posts(text) == [("P1", None, "YouTube")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Oren Cast", "P1")]


def test_a_particle_inside_a_name_is_part_of_it():
    text = (
        "In an essay on Medium, the historian Wilhelmina de Groot argued that it was “premature.”"
    )
    assert _people(text) == ["Wilhelmina de Groot"]


def test_a_name_in_apposition_to_a_role_writes_the_post_not_the_company_opening_it():
    text = (
        "Netflix has canceled the series “Hollow Crown” after two seasons, its creator, Beth "
        "Sand, said on Twitter on Monday."
    )
    assert _posts(text) == [("P1", "Beth Sand", "Twitter")]


def test_a_reply_to_her_post_and_fans_piling_on_are_comments_under_it():
    text = (
        "Singer Talia Vance attacked producer Oskar Lind on Saturday with a post on X.\n\n"
        "“Six years. Not one check,” Vance wrote.\n\nLind replied to her post within minutes. "
        "“Check your contract,” he wrote.\n\nFans piled on. “Page 14 of WHAT, Oskar,” one user "
        "replied."
    )
    assert _posts(text) == [("P1", "Talia Vance", "X")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P1"]


@pytest.mark.parametrize(
    "reaction",
    [
        "Hundreds of parents responded beneath it.",
        "Dozens of residents replied under it.",
        "Neighbors commented below it within the hour.",
    ],
)
def test_a_reply_beneath_it_is_a_comment_under_the_post_just_named(reaction):
    text = (
        "The Harlow County School District said on Facebook on Wednesday that classes would "
        "move online.\n\n“Student safety comes first,” the district wrote in the post.\n\n"
        f"{reaction} “When does the board fix the roof?” wrote Tamika Brandt, whose two sons "
        "attend the school."
    )
    assert _posts(text) == [("P1", None, "Facebook")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1"), ("Tamika Brandt", "P1")]


@pytest.mark.parametrize(
    ("between", "voice", "expected"),
    [
        # the document opens the sentence before: its words, its writer's
        ("The letter, dated Wednesday, is two paragraphs long.", "it says", "P1"),
        ("The letters were delivered by hand.", "it says", "P1"),
        ("The letter runs to a single page.", "it said", "P1"),
        # the sentence before is about something else: an unnamed voice, no post
        ("The department employs 70,000 people.", "it says", None),
    ],
)
def test_it_says_after_a_sentence_opening_with_the_document_speaks_for_its_writer(
    between, voice, expected
):
    text = (
        "Interior Secretary Harriet Mwangi-Dalton resigned on Thursday, writing in a letter to "
        "the president that she could no longer defend “decisions made without me.” The "
        "president has not replied.\n\n"
        f"{between} “I leave with gratitude for the career staff,” {voice}. “They deserved "
        "better.”"
    )
    writer = "Harriet Mwangi-Dalton" if expected else None
    assert [(q[1], q[2]) for q in _quotes(text)][1:] == [(writer, expected), (writer, expected)]


@pytest.mark.parametrize(
    "quoted",
    [
        "Chief Lorraine Mbeki-Hartley was quoted in it as saying:",
        "Chief Lorraine Mbeki-Hartley was quoted in the release as saying:",
        "Chief Lorraine Mbeki-Hartley is quoted in the news release as saying,",
    ],
)
def test_one_quoted_in_the_document_as_saying_speaks_in_it(quoted):
    text = (
        "Police in Carver Falls arrested a man on Friday, the department said in a news "
        "release.\n\nThe release said officers recovered stolen goods. "
        f"{quoted} “This arrest is the result of patient police work.”"
    )
    assert _posts(text) == [("P1", None, "press release")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Lorraine Mbeki-Hartley", "P1")]


def test_one_who_says_it_herself_after_the_document_speaks_in_no_post():
    text = (
        "Police in Carver Falls arrested a man on Friday, the department said in a news "
        "release.\n\nChief Lorraine Mbeki-Hartley said she was relieved. “This arrest is the "
        "result of patient police work,” she said."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Lorraine Mbeki-Hartley", None)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Another passenger, retired teacher Howard Pennington, said the crew had been "
            "“heroic.”",
            "Howard Pennington",
        ),
        (
            "A neighbor, longtime renter Maria Ortiz, told the council the landlord was “never "
            "there.”",
            "Maria Ortiz",
        ),
        (
            "One fan, college student Dara Okafor, wrote that the show was “worth the wait.”",
            "Dara Okafor",
        ),
        # no name in the apposition: someone unnamed
        ("A neighbor, a retired teacher, said the crew had been “heroic.”", None),
        ("Another passenger, who would not give her name, said the crew was “heroic.”", None),
    ],
)
def test_someone_unnamed_named_in_apposition_with_a_role_speaks_a_fragment(sentence, speaker):
    assert [q[1] for q in _quotes(sentence)] == [speaker]


def test_someone_unnamed_named_in_apposition_tells_an_outlet_in_a_post_of_theirs():
    text = (
        "Another passenger, retired teacher Howard Pennington, told WPLG-TV in Miami that the "
        "crew had been “heroic.” “They were cleaning cabins at 3 in the morning,” he said."
    )
    assert _posts(text) == [("P1", "Howard Pennington", "WPLG-TV")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("Howard Pennington", "P1"),
        ("Howard Pennington", "P1"),
    ]


@pytest.mark.parametrize(
    "under",
    [
        "Under the LinkedIn post, Marcus Oyelaran, a former engineering lead, wrote:",
        "Beneath that post, Marcus Oyelaran wrote on LinkedIn:",
        "Under the post, Marcus Oyelaran wrote:",
    ],
)
def test_one_who_writes_under_the_post_named_again_comments_under_it(under):
    text = (
        "Priya Raghunathan, the co-founder of Routewise, announced on LinkedIn on Tuesday that "
        "the company would cut 140 jobs.\n\n“I made decisions that assumed growth would keep "
        "coming,” she wrote.\n\n"
        f"{under} “Hardest-working team I have ever been part of.”"
    )
    assert _posts(text) == [("P1", "Priya Raghunathan", "LinkedIn")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("Priya Raghunathan", "P1"),
        ("Marcus Oyelaran", "P1"),
    ]


def test_the_author_writing_under_her_own_post_is_still_in_it():
    text = (
        "Priya Raghunathan announced on LinkedIn on Tuesday that Routewise would cut 140 jobs."
        "\n\nUnder the post, Raghunathan wrote on LinkedIn: “I am sorry.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1"]
    assert [p[1] for p in _posts(text)][0] == "Priya Raghunathan"


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("He deleted the post overnight, and on Sunday morning posted again:", "Kwame Asante"),
        ("He apologized to the officials, and later wrote:", "Kwame Asante"),
        ("He left the arena without speaking and then tweeted:", "Kwame Asante"),
        # someone else after "and": their words, not his
        ("He deleted the post overnight, and his agent wrote:", None),
        ("He deleted the post overnight, and coach Rasmus Vinter said:", "Rasmus Vinter"),
    ],
)
def test_a_second_verb_after_and_keeps_the_subject_of_the_first(second, speaker):
    text = (
        "Forward Kwame Asante, who was ejected in the second period, took to X after the game."
        f"\n\n{second} “Emotions got the best of me.”"
    )
    assert [q[1] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize("verb", ["posted", "posts", "wrote", "posted shortly after 6 p.m."])
def test_an_organisation_posting_after_its_quote_speaks_in_its_post(verb):
    text = (
        "Firefighters had contained 40% of the fire by Tuesday evening, the state forestry "
        f"agency said on X.\n\n“Crews are holding the line on the east flank,” the agency {verb}."
    )
    assert _posts(text) == [("P1", None, "X")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_it_added_in_a_second_post_of_an_organisation_is_that_post():
    text = (
        "Firefighters had contained 40% of the fire, the state forestry agency said on X.\n\n"
        "“Crews are holding the line,” the agency posted. In a second post an hour later, it "
        "added: “If you are in Zone 4 and told to leave, leave now.”"
    )
    assert _posts(text) == [("P1", None, "X"), ("P2", None, "X")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1"), (None, "P2")]


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Ruairí Ó Ceallaigh", "Ó Ceallaigh"),
        ("Siobhán Ní Bhriain", "Ní Bhriain"),
        ("Wilhelmina de Groot", "de Groot"),
    ],
)
def test_an_irish_particle_inside_a_name_is_part_of_it(name, surname):
    text = (
        f"Chef {name} denied the claims on Threads on Thursday.\n\n{surname.capitalize()} "
        "hosts a cooking show. “I have never taken a cent from anyone,” the chef wrote."
    )
    assert _people(text) == [name]
    assert [q[1] for q in _quotes(text)] == [name]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # a plural client: the name in apposition is the attorney's
        ("An attorney for the cooks, Dmitri Volkonsky,", "Dmitri Volkonsky"),
        ("A lawyer for the families, Ana Ruiz,", "Ana Ruiz"),
        # a single client named in apposition: not the one speaking
        ("A lawyer for the owner, Lakeshore Residential,", None),
        ("A lawyer for the business, Harbor Goods,", None),
    ],
)
def test_a_name_after_a_lawyer_for_a_plural_client_is_the_lawyer(opening, speaker):
    text = f"{opening} told The New York Ledger that the post “changes nothing.”"
    assert [q[1] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("His wife, the actress Leilani Kahananui, replied under the post:", "Leilani Kahananui"),
        ("His sister, the singer Mara Oduya, replied beneath it:", "Mara Oduya"),
        ("His wife, Leilani Kahananui, replied under the post:", "Leilani Kahananui"),
    ],
)
def test_a_name_after_a_role_in_apposition_to_a_relative_speaks(subject, speaker):
    text = (
        "Chef Ruairí Ó Ceallaigh denied the claims on Threads on Thursday. “I will prove it,” "
        f"the chef wrote.\n\n{subject} “Proud of you for standing up.”"
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("Ruairí Ó Ceallaigh", "P1"),
        (speaker, "P1"),
    ]


@pytest.mark.parametrize(
    "report",
    [
        "His family said in a statement that he died at home.",
        "His family said in a statement on Sunday that he had died “at home, as he wished.”",
        "Her parents wrote on Facebook that they were “beyond grateful.”",
        "Their relatives later said in a statement that the search would go on.",
    ],
)
def test_a_family_statement_is_the_familys_not_the_persons_it_is_named_after(report):
    text = f"Olufemi Adeyemi-Hart, a surgeon, died on Saturday at 71. {report}"
    assert [p[1] for p in _posts(text)] == [None]


def test_his_own_statement_is_still_his():
    text = "Olufemi Adeyemi-Hart, a surgeon, retired on Saturday. He said in a statement that he was “ready.”"
    assert [p[1] for p in _posts(text)] == ["Olufemi Adeyemi-Hart"]


def test_an_update_in_the_thread_is_inside_the_thread_not_a_new_post():
    text = (
        "A Reddit thread about a lost wheelchair reached the top of the forum.\n\nThe user who "
        "started the thread, later identified as Shira Bend, wrote that her chair was missing. "
        "“This is my legs,” she wrote.\n\nThe airline said in a statement that the chair had "
        "been found. Bend posted an update in the thread that evening: “It’s here.”"
    )
    posts = _posts(text)
    assert [p[2] for p in posts] == ["Reddit", None]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_post_on_another_platform_is_another_post_and_a_comment_under_hers_goes_there():
    text = (
        "Designer Wanjiru Kama, who first flagged the copy in an Instagram post on Thursday, "
        "said the apology was a start. “Paying the women is better,” she wrote in a post on "
        "Threads.\n\nUnder Kama’s Instagram post, stylist Bastien Lef commented: “Credit where "
        "it’s due.”"
    )
    assert _posts(text) == [("P1", "Wanjiru Kama", "Instagram"), ("P2", "Wanjiru Kama", "Threads")]
    assert [q[2] for q in _quotes(text)] == ["P2", "P1"]


def test_comments_go_under_the_post_last_quoted_not_the_last_reported():
    text = (
        "Retired captain Raymond Oka posted a YouTube video breaking down the landing. The "
        "original clip was posted on Instagram by passenger Mateus Ferr, who wrote: “Heart is "
        "still pounding.”\n\n“This is a crew doing its job,” Oka says in the video.\n\nViewers "
        "flooded the comments. “This is the first explanation that made sense,” wrote one user."
    )
    posts = _posts(text)
    assert [p[2] for p in posts] == ["YouTube", "Instagram"]
    assert [q[2] for q in _quotes(text)] == ["P2", "P1", "P1"]


def test_on_a_networks_show_in_marks_needs_no_verb_and_the_programme_names_it_again():
    text = (
        "Dr. Kwabena Asan sounded more cautious on BBC Radio 4’s “Inside Health” on Thursday. "
        "“Nobody should ask their GP for it tomorrow,” he told the programme."
    )
    assert _posts(text) == [("P1", "Kwabena Asan", "Inside Health")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_club_named_sporting_is_an_organisation_that_writes_its_own_post():
    text = (
        "Sporting Almara said goodbye on X with a short video. “Obrigado, Thiago,” the club wrote."
    )
    assert _posts(text) == [("P1", None, "X")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_in_the_same_newsletter_names_the_newsletter_again():
    text = (
        "The chef Olu Banks will close his restaurant, he told readers of his Substack "
        "newsletter on Thursday. “So this is goodbye,” he wrote.\n\nIn the same newsletter, he "
        "said the final service would be “a party, not a funeral.”"
    )
    assert _posts(text) == [("P1", "Olu Banks", "Substack")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_notice_on_a_website_speaks_in_its_own_words():
    text = (
        "Badger Valley Pet Foods announced the recall in a notice on its website on Thursday. "
        "“We are heartbroken,” the notice said."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_a_description_opening_a_paragraph_after_a_pronoun_is_the_one_described():
    text = (
        "Kenyan marathoner Faith Chep says a fracture will keep her out.\n\nThe 29-year-old "
        "broke the news on the latest episode of “The Long Run,” a running podcast hosted by the "
        "former Olympian Gareth Pry. “I heard it crack,” she told Pry.\n\nPry asked whether she "
        "had raced through it. “You’d have told me not to,” she replied, and the host laughed: "
        "“Guilty.”"
    )
    assert _posts(text) == [("P1", "Faith Chep", "The Long Run")]
    assert [q[1] for q in _quotes(text)] == ["Faith Chep", "Faith Chep", "Gareth Pry"]


@pytest.mark.parametrize(
    "text",
    [
        "A pet food maker in Wisconsin recalled three batches on Thursday.",
        "Flooding in Bangladesh displaced 300,000 people.",
    ],
)
def test_a_state_or_country_standing_alone_is_no_person(text):
    assert _people(text) == []


def test_the_author_replying_to_a_commenter_is_under_her_own_post():
    text = (
        "The problem first surfaced in a Reddit thread last week. “It was the food,” the user "
        "wrote.\n\nDr. Priya Ragh, a veterinarian, posted a TikTok video explaining the "
        "symptoms. “Call your vet today,” she says in the video. Replying to a commenter who "
        "asked about cats, she wrote: “Only the dog formula is recalled.”"
    )
    assert [q[2] for q in _quotes(text)] == ["P1", "P2", "P2"]


def test_an_organisation_before_a_colon_speaks_in_its_post():
    text = (
        "Badger Valley Pet Foods announced the recall on Thursday.\n\nIn a Facebook post on "
        "Friday, the company added: “Every bag will be refunded.”"
    )
    assert _posts(text) == [("P1", None, "Facebook")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1")]


def test_a_study_in_a_journal_that_the_story_quotes_is_a_post_of_no_one():
    text = (
        "Glaciers are losing ice twice as fast as models predicted, according to a study "
        "published Wednesday in the journal Nature Geoscience. The losses, the study says, are "
        "“without precedent.”\n\n“We went back every summer,” lead author Vale Rios told The "
        "Guardian.\n\nRios took up the criticism at a conference on Thursday. “Anyone can rerun "
        "it,” she said."
    )
    assert _posts(text) == [("P1", None, "Nature Geoscience"), ("P2", "Vale Rios", "The Guardian")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2", None]


def test_a_study_cited_for_a_finding_is_a_post_when_published_in_a_named_journal():
    # (the convention of the writers of BX and later: a study published in a journal the story
    # names is a publication it reports, quoted or not; one cited with no journal is not)
    text = "Switzerland’s glaciers lost 4 percent of their ice, according to a study published Tuesday in Science."
    assert _posts(text) == [("P1", None, "Science")]
    assert _posts("Glaciers lost 4 percent of their ice, according to a new study.") == []


def test_a_judge_introduced_unnamed_then_named_is_the_judge_who_writes():
    text = (
        "A federal judge on Friday blocked a state plan to cull wolves.\n\nIn her order, U.S. "
        "District Judge Marisol Etxe wrote that the state had not weighed the packs. “Once a "
        "pack is gone, no ruling can bring it back,” the judge wrote."
    )
    assert [q[1] for q in _quotes(text)] == ["Marisol Etxe"]


def test_a_newspaper_named_in_apposition_after_its_kind():
    text = (
        "Professor Nkechi Ume told the student newspaper, The Carrow Clarion, that she took no "
        "pleasure in it. “This was never personal,” Ume said."
    )
    assert _posts(text) == [("P1", "Nkechi Ume", "The Carrow Clarion")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        (
            "Frontera Legal Defense, an immigrant legal aid group, called it “a relief.”",
            "Frontera Legal Defense",
        ),
        (
            "The regional tourism office, Salzkammer Tourismus, welcomed the decision.",
            "Salzkammer Tourismus",
        ),
        ("A video showed a swollen battery in a pair of Auralink Pro earbuds.", "Auralink Pro"),
    ],
)
def test_groups_offices_and_a_brands_product_line_are_organisations(text, not_person):
    assert not_person not in _people(text)


def test_a_comment_under_his_post_says_nothing_of_the_commenters_gender():
    text = (
        "Leilani Kahan, who has played a detective for nine seasons, is leaving the show.\n\n"
        "The show’s creator, Augustin Ferr, posted on Threads that the writers had known. "
        "Kahan replied under his post with a single word: “Crying.”\n\n“I gave it my twenties,” "
        "the actress told Vanity Fair."
    )
    assert [q[1] for q in _quotes(text)] == ["Leilani Kahan", "Leilani Kahan"]


def test_a_titled_name_after_the_and_a_post_that_it_said():
    text = (
        "The pastor of a shelter announced on Facebook on Sunday that it would close.\n\n“We have "
        "run out of money,” the Rev. Joaquín Ibarra wrote.\n\nOn Tuesday, Ibarra wrote a second "
        "post thanking donors. “God is not finished with this place,” it said."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("Joaquín Ibarra", "P1"),
        ("Joaquín Ibarra", "P2"),
    ]


def test_a_pronoun_after_a_description_opening_the_sentence_before_is_the_one_described():
    text = (
        "The Rev. Joaquín Ibarra wrote on Facebook that the shelter would close. Commissioner "
        "Derek Holl replied that the city would help.\n\nReached by phone, the pastor said he "
        "wanted a commitment. “A meeting is not a lease,” he said."
    )
    assert _quotes(text)[-1][1] == "Joaquín Ibarra"


def test_a_long_profile_and_said_in_the_profile_paragraphs_later():
    text = (
        "In a long profile published by Rolling Stone on Tuesday, the singer Nadia Faro talks "
        "about the year she stopped writing.\n\n“I would sit at the piano,” she told the "
        "magazine.\n\nHer new album comes out next month.\n\nFaro also addressed her split from "
        "her label. “They wanted a hit,” she said in the profile."
    )
    assert _posts(text) == [("P1", "Nadia Faro", "Rolling Stone")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_a_foreign_newspaper_is_an_outlet():
    text = "“Twelve buses is not a wall,” Mayor Johanna Eber told the Süddeutsche Zeitung."
    assert _posts(text) == [("P1", "Johanna Eber", "Süddeutsche Zeitung")]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "St. Brigid’s Children’s Hospital in Dayton treated four children.\n\nThe mother of "
            "one of the patients, Shanice Pru, wrote on Facebook that she had been wrong. “I was "
            "wrong,” she wrote.",
            "Shanice Pru",
        ),
        (
            "The hiker was found on Saturday. One of the volunteers, Marisol Eche, wrote on "
            "Facebook that he had asked “whether anyone had a sandwich.”",
            "Marisol Eche",
        ),
    ],
)
def test_a_name_in_apposition_to_a_long_description_writes_the_post(text, author):
    assert [p[1] for p in _posts(text)] == [author]
    assert all(q[2] == "P1" for q in _quotes(text))


def test_a_town_after_in_is_a_place_but_someones_class_is_theirs():
    assert "Dayton" not in _people("The hospital in Dayton said it had treated four children.")
    text = (
        "Teacher Priya Raman was placed on leave. Keisha Lamb, whose son is in Raman’s class, "
        "said he liked it. “Now he watches volcano videos,” she said."
    )
    assert _quotes(text)[0][1] == "Keisha Lamb"


def test_said_the_statement_after_a_quote_is_the_statements_voice():
    text = (
        "The family of a lost hiker said in a statement on Sunday that he was “tired but well.”"
        "\n\n“Dad is grateful beyond words,” said the statement, which was released through the "
        "sheriff’s office."
    )
    assert _posts(text) == [("P1", None, None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1"), (None, "P1")]


def test_an_ama_answer_paragraphs_later_and_a_companys_statement_quoting_its_spokesman():
    text = (
        "Designer Hana Koba spent three hours answering questions on Reddit on Thursday in an "
        "“Ask Me Anything” session.\n\nAsked why the hinge creased, Koba was candid. “The crease "
        "is real,” she wrote.\n\n“So will you replace them?” another user asked in a reply.\n\n"
        "“I can’t promise that here,” she answered.\n\nJuniper’s parent company, Tessellate "
        "Devices, said in a statement that owners could get a free repair. “We’re grateful for "
        "the candor,” a spokesman, Oren Blat, said in the statement."
    )
    assert _posts(text) == [("P1", "Hana Koba", "Reddit"), ("P2", None, None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [
        ("Hana Koba", "P1"),
        (None, "P1"),
        ("Hana Koba", "P1"),
        ("Oren Blat", "P2"),
    ]


@pytest.mark.parametrize(
    "name", ["Renata Szymańska", "Łukasz Wiśniewski", "Ayşe Demirtaş", "Tomáš Dvořák"]
)
def test_names_with_letters_of_central_european_and_turkish_alphabets(name):
    text = f"“We are scheduling interviews,” {name} told NPR on Tuesday."
    assert [q[1] for q in _quotes(text)] == [name]
    assert _posts(text) == [("P1", name, "NPR")]


def test_a_quote_post_is_a_post_of_ones_own_on_the_platform_quoted():
    text = (
        "Sen. Marisol Etxe said on X on Tuesday that she would block the nomination. “He has "
        "never met a lease he didn’t like,” she wrote.\n\nGrant Whit answered within the hour, "
        "quote-posting her message with one line of his own: “I look forward to meeting the "
        "senator.”"
    )
    assert _posts(text) == [("P1", "Marisol Etxe", "X"), ("P2", "Grant Whit", "X")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


def test_a_quote_continuing_what_a_named_persons_complaint_says_is_theirs():
    text = (
        "In the lawsuit, filed in federal court, Adaeze Nwach says that supervisors began "
        "treating her as “a problem to be managed.”\n\n“I was asked to decide cases faster,” "
        "the complaint says. “I refused to do the second.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Adaeze Nwach"] * 3


def test_a_speaker_after_an_asked_clause_introduces_the_quote():
    text = (
        "Attorney General Lorenzo Bapt defended his decision on CNN’s “State of the Union” on "
        "Sunday. Asked in the same interview whether the White House had weighed in, he said: "
        "“Not once.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Lorenzo Bapt"]


def test_an_inspection_report_and_it_notes_and_the_top_comment_read():
    text = (
        "A health inspection report released Tuesday says the kitchen had “no working hand "
        "sink” on the day inspectors visited.\n\nThe report gave the restaurant 30 days to make "
        "repairs. It also notes that staff were “cooperative and quick to correct” smaller "
        "violations.\n\nRegulars rallied on Reddit, where a thread started by a customer "
        "collected hundreds of comments. “Sink works, tacos still perfect,” read the top comment."
    )
    assert _posts(text) == [("P1", None, None), ("P2", None, "Reddit")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(None, "P1"), (None, "P1"), (None, "P2")]


def test_a_longer_fragment_an_organisation_said_is_kept_with_no_speaker():
    text = (
        "In a news release, the conference said his remarks had been “a clear violation of the "
        "sportsmanship policy.”"
    )
    assert [(q[0], q[1], q[2]) for q in _quotes(text)] == [
        ("a clear violation of the sportsmanship policy.", None, "P1")
    ]


def test_a_memo_from_a_named_chief_that_opens_its_sentence_is_his():
    text = (
        "A memo from Police Chief Lamar Cast ordering commanders to cut overtime was sent to "
        "all officers on Friday.\n\n“Every hour of overtime must now be approved,” the memo "
        "says. “There will be no exceptions.”"
    )
    assert _posts(text) == [("P1", "Lamar Cast", None)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Lamar Cast", "P1")] * 2


def test_the_speaker_is_the_house_speaker_named_before():
    text = (
        "House Speaker Bernadette Okon said on Sunday that she would not schedule a vote.\n\n"
        "“The votes are not there,” Okon said in an interview on WTVF’s “Inside Politics.”\n\n"
        "Pressed by the host on whether she opposed vouchers herself, the speaker answered: “I "
        "have concerns.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Bernadette Okon", "Bernadette Okon"]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Terrence Abab spoke to KARE 11 News on Tuesday evening. “She still asks,” he said.",
            "KARE 11 News",
        ),
        (
            "Mayor Jonah Whit defended the clearing during his monthly appearance on KUOW’s "
            "call-in show “Ask the Mayor” on Wednesday.",
            "Ask the Mayor",
        ),
        (
            "In a cover story for the December issue of GQ, the rapper Tariq Okon says he turned "
            "down $40 million.",
            "GQ",
        ),
    ],
)
def test_a_number_in_a_stations_name_a_call_in_show_and_an_issue_of_a_magazine(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_a_substack_review_is_the_newsletter_and_the_same_review():
    text = (
        "The food writer Marguerite Osei set off a feud with her Substack review of Kestrel.\n\n"
        "“I have eaten better scallops at an airport,” Osei wrote in the newsletter. In the same "
        "review, she called the dessert “an apology in three acts.”"
    )
    assert _posts(text) == [("P1", "Marguerite Osei", "Substack")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Coach Kwame Asan told the sports radio station WKRX that leaving had been hard. “I "
            "called every one of them,” Asan said on the station’s “Drive Time” show.",
            "Drive Time",
        ),
        (
            "Its president, Carl Thibo, went further on the WMPR radio program “Coastal Hour.” "
            "“We are the ones on the water,” Thibo said on the program.",
            "Coastal Hour",
        ),
    ],
)
def test_a_stations_show_named_in_marks_is_the_platform_of_the_interview(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]
    assert all(q[2] == "P1" for q in _quotes(text))


def test_a_reply_under_the_first_post_and_a_fragment_blamed_in_the_second():
    text = (
        "“We know how bad this was,” Coinlane’s founder, Arjun Vasu, wrote on Threads that "
        "afternoon.\n\nIn a second post after service was restored, he blamed “a configuration "
        "change that should never have reached production.”\n\nThe owner of a bakery, Hannah "
        "Kowal, replied under the first post: “I lost my best Friday of the year.”"
    )
    assert _posts(text) == [("P1", "Arjun Vasu", "Threads"), ("P2", "Arjun Vasu", "Threads")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2", "P1"]


def test_a_name_a_relative_clause_hangs_on_and_a_station_with_its_channel_number():
    text = (
        "Marsh’s family has hired the attorney Simone Ache, who said in a statement that Marsh "
        "“spent 22 years keeping other people’s children safe.”\n\nLindahl’s mother, Karen "
        "Lind, told KING 5 that her son had been “in a dark place” for months."
    )
    assert [p[1:] for p in _posts(text)] == [("Simone Ache", None), ("Karen Lind", "KING 5")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Simone Ache", "P1"), ("Karen Lind", "P2")]


def test_adding_after_a_fragment_whose_comma_is_inside_the_marks():
    text = (
        "Fellow streamer Yui Naka wrote on X that the ban was “absurd,” adding, “Half of us "
        "should be banned by that logic.”"
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Yui Naka", "P1"), ("Yui Naka", "P1")]


@pytest.mark.parametrize(
    "name",
    [
        "Sunvale Health Plans",
        "Oregon Public Broadcasting",
        "Prairie Electric Cooperative",
        "Blue Heron Live",
        "Orbitra Launch",
        "Halyard Wind",
    ],
)
def test_broadcasters_utilities_and_health_plans_are_organisations(name):
    assert _people(f"{name} said on Monday that it was reviewing the case.") == []


def test_a_posts_author_named_afterwards_speaks_its_words():
    text = (
        "A post on Reddit about a seventh-grader’s AI apology letter had 40,000 upvotes by "
        "Thursday.\n\n“I laughed, then I gave him a zero,” the post said.\n\nIts author turned "
        "out to be Margit Lind, a science teacher in Tucson."
    )
    assert _posts(text) == [("P1", "Margit Lind", "Reddit")]
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Margit Lind", "P1")]


@pytest.mark.parametrize(
    "name",
    ["Northplains Railway", "Lindqvist Hardware", "Northgate Opera", "Hebridean Sound Ferries"],
)
def test_railways_shops_operas_and_ferries_are_organisations(name):
    assert _people(f"{name} said on Monday that it was reviewing the case.") == []


def test_a_city_standing_alone_is_a_place():
    assert _people("The Kings traded him to Sacramento on Monday.") == []


def test_someone_unnamed_named_in_apposition_right_after_the_quote():
    text = (
        "One of those rescued spoke to KWTX-TV from a shelter. “I heard the water before I saw "
        "it,” she said. The woman, Delfina Arro, 67, said she spent two hours on her roof."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Delfina Arro", "P1")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Releases will not continue,” Chief Patrol Agent Ramona Casta wrote in the memo.",
            "Ramona Casta",
        ),
        (
            "“We are way too close!” Colt Ferri shouts as the funnel crosses the beach.",
            "Colt Ferri",
        ),
    ],
)
def test_an_agents_title_and_a_shout_in_the_present(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_person_in_apposition_to_a_role_in_an_office_is_a_person():
    text = (
        "Hannah Oyel, a meteorologist in that office, told Alabama Public Radio that waterspouts "
        "are “rare but not unheard of.”"
    )
    assert _people(text) == ["Hannah Oyel"]
    assert _posts(text) == [("P1", "Hannah Oyel", "Alabama Public Radio")]


def test_a_subject_whose_verb_is_an_irregular_past_is_the_one_a_pronoun_continues():
    text = (
        "Gov. Adaeze Whit signed the bill on Thursday.\n\nCurtis Vander, the bill’s leading "
        "opponent in the state House, made his case in an op-ed in The Denver Post last week. "
        "“This law will release people,” he wrote."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Curtis Vander", "P1")]


def test_a_beach_town_is_a_place():
    assert _people("A waterspout came ashore at Gulf Shores on Monday.") == []


def test_told_the_host_on_a_show_in_marks_is_an_interview_on_the_show():
    text = (
        "On Thursday, the zoo’s director, Rajiv Menon, told host Dana Whit on “After Hours” that "
        "staff had tried everything.\n\n“We tried grapes, we tried bamboo,” Menon said."
    )
    assert _posts(text) == [("P1", "Rajiv Menon", "After Hours")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody asked the people who live on Birch Street.",
        "Thousands replied within the hour.",
        "The Food and Drug Administration said on Monday that it was reviewing the drug.",
        "Hurricane Delphine made landfall near the border on Sunday.",
        "The trail runs from Granite Peak to Mill Hollow.",
        "Agence France-Presse reported the fire on Monday.",
    ],
)
def test_pronouns_agencies_storms_and_places_are_no_people(text):
    assert _people(text) == []


def test_comments_poured_in_and_a_coach_told_a_french_daily():
    text = (
        "Ana Luísa Ferr announced her retirement on Instagram on Sunday. “Time to put it down,” "
        "she wrote.\n\nComments poured in. “You made all of us believe,” wrote her former "
        "partner, Hana Koba.\n\nHer coach, Julien March, told L’Équipe on Monday that it had been "
        "months in the making. “Her shoulder was telling her,” he said."
    )
    assert [p[2] for p in _posts(text)] == ["Instagram", "L’Équipe"]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P2"]


def test_the_author_replying_beneath_a_comment_and_posting_again():
    text = (
        "Chief executive Anika Ragh announced the cuts on LinkedIn. “That mistake is mine,” she "
        "wrote.\n\nThe post drew 2,000 comments. “Finding out from LinkedIn is not decent,” wrote "
        "Tomasz Wis. Ragh replied beneath his comment that “some of those calls came too late.”"
        "\n\n“We are shrinking so we don’t die,” she told TechCrunch.\n\nBy evening she had posted "
        "again, sharing a spreadsheet. “If you are hiring, start here,” she wrote."
    )
    assert [p[2] for p in _posts(text)] == ["LinkedIn", "TechCrunch", "LinkedIn"]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1", "P1", "P2", "P3"]


def test_a_follow_up_posted_on_a_weekday_is_a_new_post_on_the_same_platform():
    text = (
        "Reality star Bri Castel said in a TikTok video on Wednesday that she had been cut from "
        "the next season of “Sunset Harbor.” “Nobody called me,” Castel said in the video.\n\n"
        "On Thursday she posted a follow-up, this time with her lawyer beside her. “I’m not "
        "suing anyone today,” she said."
    )
    assert _posts(text) == [("P1", "Bri Castel", "TikTok"), ("P2", "Bri Castel", "TikTok")]
    assert [(q[0], q[2]) for q in _quotes(text)] == [
        ("Nobody called me,", "P1"),
        ("I’m not suing anyone today,", "P2"),
    ]


def test_a_golf_magazine_is_an_outlet():
    text = "Keoni Alap had told Golf Digest in March that the rules were “written by people who never walked 18 holes.”"
    assert _posts(text) == [("P1", "Keoni Alap", "Golf Digest")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The district posted the closures on Facebook. Parents filled the comments. Another, "
            "who gave her name as Renée Thibo, asked: “Will the days be made up in June?”",
            "Renée Thibo",
        ),
        (
            "The band announced the reunion on Instagram.\n\nAmong the first to comment was Britpop "
            "veteran Tariq Mahm: “About time. Save me a ticket.”",
            "Tariq Mahm",
        ),
        (
            "A photo posted to Instagram showed the two stars holding hands.\n\n“Took us long "
            "enough,” read the caption on the post by actress Noor Al-Khat, 33.",
            "Noor Al-Khat",
        ),
        (
            "Golfer Ji-ho Kim apologized on Instagram. “No excuses,” he wrote.\n\nSung-min Park, "
            "his playing partner at last month’s Open, left a comment under the post: “Here for "
            "you, brother.”",
            "Sung-min Park",
        ),
    ],
)
def test_commenters_named_by_a_relative_clause_an_inversion_or_a_byline(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_the_actor_says_nothing_of_gender_and_a_titled_appositive_and_the_words_over_a_video():
    text = (
        "The actor Siobhan Kava withdrew from the revival on Wednesday.\n\nIn a statement posted "
        "on Instagram, Kava wrote that doctors had ordered rest.\n\n“I have wanted to play Hedda "
        "since I was 17.\n\n“But I would rather come back next year,” she wrote.\n\n“The losses "
        "are real,” the report’s lead author, the ecologist Ruth Abern, wrote in a thread on "
        "Bluesky."
    )
    assert [q[1] for q in _quotes(text)] == ["Siobhan Kava", "Siobhan Kava", "Ruth Abern"]


def test_the_words_over_a_video_are_the_posts():
    text = (
        "Chef Aurelio Bust closed his restaurant on Saturday, announcing the news in an "
        "Instagram story that showed the empty dining room.\n\n“Twelve years. Thank you, "
        "Chicago,” read the words over the video."
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Aurelio Bust", "P1")]


def test_a_teams_captain_and_a_complaint_that_ends_the_sentence():
    text = (
        "Ottawa Comets captain Sofia Lind announced her retirement on Instagram on Monday.\n\n"
        "“To every kid who waited by the glass,” the 35-year-old wrote.\n\nIn the lawsuit, "
        "filed Tuesday, Jamal Whit says he was standing on the sidewalk. The impact “shattered "
        "his left cheekbone” and left him with vision loss, the complaint says."
    )
    assert "Ottawa Comets" not in _people(text)
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Sofia Lind", "P1"), ("Jamal Whit", "P2")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dean of students told students in an email that the sit-in must end.\n\n"
            '"Peaceful protest is part of our history," wrote the dean, Rosalind Thack.',
            "Rosalind Thack",
        ),
        (
            "Nia Oduya won two titles. She announced her retirement on Instagram on Wednesday.\n\n"
            "The league’s commissioner called her “a standard-bearer for the game” in a post of "
            "his own on X.",
            None,
        ),
    ],
)
def test_a_dean_named_in_apposition_and_a_bodys_unnamed_officer(text, speaker):
    assert _quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The results are clear,” said the study’s lead author, Maria Chen.", "Maria Chen"),
        (
            "Outside the sheriff’s office, Dana Lee told reporters she was angry. “We want "
            "answers,” Lee said.",
            "Dana Lee",
        ),
        (
            "The rapper, known simply as Houston, released a new album. “I made it for my "
            "mother,” Houston said.",
            "Houston",
        ),
    ],
)
def test_possessives_and_names_that_are_also_places_keep_their_speakers(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_memo_from_a_chief_whose_name_ends_in_ing():
    text = (
        "Chief Dana Manning took over in May. A memo from Chief Manning was sent to all "
        "officers on Monday. “Overtime is suspended,” the memo says."
    )
    assert _posts(text) == [("P1", "Dana Manning", None)]
    assert [q[1] for q in _quotes(text)] == ["Dana Manning"]


def test_no_comments_is_no_run_of_comments():
    text = (
        "Jane Doe posted a photo on Instagram on Monday. “Back at work,” she wrote. The mayor "
        "had no comments on the matter. “We will review it,” said Tom Ray, a city spokesman."
    )
    assert [q[2] for q in _quotes(text)] == ["P1", None]


def test_under_the_first_post_with_no_author_stays_under_the_last_post():
    text = (
        "The league said in a statement on Monday that it would review the call. “We take this "
        "seriously,” the statement said. An anonymous post on Reddit went viral. “The refs were "
        "paid,” the post said. Another user weighed in under the first post: “No way.”"
    )
    posts = _posts(text)
    assert _quotes(text)[-1][2] == posts[-1][0]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Dr. Imke Vos appeared on the podcast The Long Shift, where she said nurses were tired. "
            "“We are running on fumes,” she said.",
            ("Imke Vos", "The Long Shift"),
        ),
        (
            "On the BBC program Open Book that night, Hal Morrow said he had burned the draft. "
            "“It was the only honest thing to do,” he said.",
            ("Hal Morrow", "Open Book"),
        ),
        (
            "On his weekly podcast, Valley Talk Tonight, the pundit Ezra Kole said the race was "
            "over. “Pack it up,” he told listeners.",
            ("Ezra Kole", "Valley Talk Tonight"),
        ),
        (
            "Speaking to the newspaper Dagens Nyheter on Monday, Sven Ek said he would appeal. "
            "“I did nothing wrong,” he said.",
            ("Sven Ek", "Dagens Nyheter"),
        ),
        (
            "The mayor, Rosa Velez, told the Fresno radio show Valley Morning that the plan was "
            "dead. “It is over,” she said.",
            ("Rosa Velez", "Valley Morning"),
        ),
        (
            "The coach, Ines Mota, discussed the loss on the podcast Full Time. “We were poor,” "
            "she said.",
            ("Ines Mota", "Full Time"),
        ),
    ],
)
def test_a_show_or_outlet_named_after_its_kind_is_the_platform(text, post):
    assert [p[1:] for p in _posts(text)] == [post]
    assert [q[2] for q in _quotes(text)][-1] == "P1"


def test_a_creators_channel_named_after_channel_is_not_an_outlet():
    text = (
        "The clip, posted Monday on his channel, Kite Weather, shows the funnel. “Back up!” "
        "Dale Kite shouts in the footage."
    )
    assert all(p[2] != "Kite Weather" for p in _posts(text))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The critic Noor Haddad wrote in Wired that the phone was “a brick with a camera.”",
            ("Noor Haddad", "Wired"),
        ),
        (
            "Economist Lars Berg wrote in The Boston Globe on Sunday that the plan was “too late.”",
            ("Lars Berg", "The Boston Globe"),
        ),
        (
            "Its manager, Tove Lind, told the Hartley Echo that the firm would appeal. “We will "
            "fight this,” she said.",
            ("Tove Lind", "Hartley Echo"),
        ),
        (
            "The owner, Ray Cobb, told the Toronto Star that the shop would close. “Rent doubled,” "
            "he said.",
            ("Ray Cobb", "Toronto Star"),
        ),
    ],
)
def test_a_piece_written_in_an_outlet_and_outlets_named_like_newspapers(text, post):
    assert [p[1:] for p in _posts(text)] == [post]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_written_in_a_language_is_no_outlet():
    assert _posts("Ada Pym wrote in English that the law was “unclear.”") == []


def test_an_outlet_named_again_by_the_last_word_of_its_name_is_the_same_interview():
    text = (
        "In an interview with the Halifax Herald, Mara Quinn said the injury ended it.\n\n"
        "“I could feel it every morning,” she told the Herald."
    )
    assert _posts(text) == [("P1", "Mara Quinn", "Halifax Herald")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


@pytest.mark.parametrize(
    ("text", "posts", "links"),
    [
        (
            "Avon Council said in a news release on Friday that the pier would close. The "
            "release quoted its harbour lead, Councillor Dev Rao, as saying: “The pier is unsafe.”",
            [("P1", None, "press release")],
            ["P1"],
        ),
        (
            "Brightmoor’s press release, issued that evening, framed the cuts as a reset. “We "
            "remain committed to the city,” it said.",
            [("P1", None, "press release")],
            ["P1"],
        ),
        (
            "The club said in a statement that it would appeal. The statement called the ban "
            "“unjust.”",
            [("P1", None, None)],
            ["P1"],
        ),
    ],
)
def test_a_release_or_statement_opening_its_sentence_speaks(text, posts, links):
    assert _posts(text) == posts
    assert [q[2] for q in _quotes(text)] == links


def test_the_same_thread_is_the_social_post_not_a_release_reported_between():
    text = (
        "Nadia Kerr announced the change on LinkedIn. “We moved too fast,” she wrote.\n\n"
        "Pellway’s press release, issued an hour later, called it a pause. “Nothing has "
        "changed,” it said.\n\nA former colleague, Omar Vell, commented under her post: “Brave.” "
        "Kerr answered him in the same thread: “Overdue.”"
    )
    assert _posts(text) == [("P1", "Nadia Kerr", "LinkedIn"), ("P2", None, "press release")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2", "P1", "P1"]


@pytest.mark.parametrize(
    "text",
    [
        "Environment Canada warned on X on Wednesday that the smoke would get worse.",
        "Sport England said on Monday that the grants would continue.",
        "The operator, Zipp Mobility, said in a statement that it was “disappointed.”",
        "The referees’ association, Arbitro Fenwick, said the matter was closed.",
        "Speaking to NPR’s Weekend Edition, the lawyer said the ruling was wrong.",
    ],
)
def test_bodies_named_after_a_country_and_organisations_in_apposition_are_no_people(text):
    assert _people(text) == []


def test_a_given_name_before_a_country_is_still_a_person():
    assert _people("Sarah Wales said she would run again.") == ["Sarah Wales"]


def test_a_shows_name_after_a_networks_possessive_is_not_the_author():
    text = (
        "Speaking to NPR’s Morning Edition, a lawyer for the shop owners, Rafe Ibbott, said the "
        "ruling would hurt. “Some stores will close,” he said."
    )
    assert _posts(text) == [("P1", "Rafe Ibbott", "Morning Edition")]


def test_answered_in_a_comment_under_the_post_is_a_comment_on_it():
    text = (
        "Mayor Ines Lobo defended the plan on her Facebook page on Monday. “The data is clear,” "
        "she wrote.\n\nCouncillor Piet Hale, who voted no, answered in a comment under the post. "
        "“Tell that to the shops,” he wrote."
    )
    assert _posts(text) == [("P1", "Ines Lobo", "Facebook")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_the_object_of_the_verb_before_in_a_post_is_not_its_author():
    text = (
        "Mayor Ines Lobo spoke on Monday.\n\nThe Harbour Pilots Guild, which represents the "
        "pilots, backed the mayor in a post on X, calling the plan “overdue.”"
    )
    assert _posts(text) == [("P1", None, "X")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


def test_a_post_deleted_and_reposted_is_a_second_post_by_its_author():
    text = (
        "The winger Lia Santos posted an Instagram story on Sunday attacking the referee. "
        "“Three penalties ignored,” she wrote.\n\nThe story was deleted within an hour and "
        "reposted with softer wording: “Tough night.”"
    )
    assert _posts(text) == [("P1", "Lia Santos", "Instagram"), ("P2", "Lia Santos", "Instagram")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P2"]


@pytest.mark.parametrize(
    ("text", "speaker", "post"),
    [
        (
            "The plan drew fire from Dr. Ama Boateng, a surgeon, who wrote in an op-ed in The "
            "Hartford Courant that it was “a tax on the sick.”",
            "Ama Boateng",
            ("Ama Boateng", "The Hartford Courant"),
        ),
        (
            "The essay drew a reply from Tomas Reyes, who wrote on Medium that it was “all mood.”",
            "Tomas Reyes",
            ("Tomas Reyes", "Medium"),
        ),
        (
            "In its earnings release, the company quoted its chief executive, Maren Holt, as "
            "saying, “We are built for this.”",
            "Maren Holt",
            (None, "press release"),
        ),
        (
            "Kelso Mills said in a press release that it would bargain. The release quoted its "
            "plant manager, Ron Pike: “Our doors stay open.”",
            "Ron Pike",
            (None, "press release"),
        ),
    ],
)
def test_a_name_a_relative_clause_hangs_on_and_one_quoted_after_a_role(text, speaker, post):
    assert [p[1:] for p in _posts(text)] == [post]
    assert _quotes(text)[-1][1:] == (speaker, "P1")


@pytest.mark.parametrize(
    "text",
    [
        "The family of Owen Pratt said in a statement that he had “made a terrible mistake.”",
        "The family of one of the injured climbers, 24-year-old Owen Pratt, said in a statement "
        "that he was “stable and joking with nurses.” “We are so grateful,” the statement said.",
        "The parents of the missing hiker, Owen Pratt, said in a statement that he was "
        "“an experienced walker.”",
    ],
)
def test_a_familys_statement_is_no_ones_not_the_one_it_is_about(text):
    assert _posts(text) == [("P1", None, None)]
    assert all(q[1] is None and q[2] == "P1" for q in _quotes(text))


def test_a_memo_from_a_role_named_in_apposition_is_that_persons():
    text = (
        "A memo from the head of Dunmore schools, Dr. Keri Lamb, told principals to collect "
        "phones. “Phones stay in pouches all day,” the memo said."
    )
    assert _posts(text) == [("P1", "Keri Lamb", None)]
    assert _quotes(text) == [("Phones stay in pouches all day,", "Keri Lamb", "P1")]


def test_a_surname_of_two_words_used_alone_is_the_person_named_in_full():
    text = (
        "The glaciologist Rosa Condori Huaman led the study. “We found little good news,” "
        "Condori Huaman said."
    )
    assert _people(text) == ["Rosa Condori Huaman"]
    assert _quotes(text)[0][1] == "Rosa Condori Huaman"


def test_a_person_named_after_a_role_in_a_department_is_a_person():
    text = (
        "A nurse in the emergency department, Anjali Raman, described the night in a Reddit post. "
        "“We are triaging in hallways,” she wrote."
    )
    assert _people(text) == ["Anjali Raman"]
    assert _posts(text) == [("P1", "Anjali Raman", "Reddit")]


def test_the_surname_family_said_in_a_statement_is_the_familys():
    text = (
        "The report names the patient, Aled Morgan-Price, who died in May.\n\nThe Morgan-Price "
        "family said in a statement that they were heartbroken. “Aled waited six hours,” the "
        "statement said."
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text) == [("Aled waited six hours,", None, "P1")]


def test_a_stations_call_letters_before_radio_name_the_interview():
    text = (
        "Mayor Ida Holm defended the plowing on WKBW radio on Wednesday. “Every truck was out by "
        "2 a.m.,” she said on the air."
    )
    assert _posts(text) == [("P1", "Ida Holm", "WKBW")]
    assert [q[2] for q in _quotes(text)] == ["P1"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator, Harbour Link, said in a statement that the crossing was closed.",
        "Riders were stuck for two hours on a stalled Bayside Express train.",
        "Dozens of passengers missed a Skyward Air flight on Monday.",
    ],
)
def test_operators_and_named_trains_are_no_people(text):
    assert _people(text) == []


def test_a_crane_operator_named_after_the_role_is_a_person():
    assert _people("The crane operator, Dale Voss, said the wind was too strong.") == ["Dale Voss"]


def test_an_op_ed_published_in_a_title_with_its_article():
    text = (
        "In an op-ed published Sunday in The Plain Dealer, council member Ada Voss argued for a "
        "new contract. “Residents pay twice,” Voss wrote."
    )
    assert _posts(text) == [("P1", "Ada Voss", "The Plain Dealer")]


def test_a_review_in_an_outlet_opening_its_sentence_is_the_critics_piece_there():
    text = (
        "A one-star review of the bistro Casa Lume in the Boston Globe on Friday angered its chef. "
        "In the review, the critic Noel Hart called the soup “timid.”"
    )
    assert _posts(text) == [("P1", "Noel Hart", "Boston Globe")]


def test_a_review_of_a_policy_in_a_body_is_no_post():
    assert _posts("A review of the policy in the Senate found gaps in the rules.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The wedding was held in Cape Town on Saturday.",
        "The singer left this summer’s Verdant Meadows festival on Thursday.",
        "The operator, Adria Line, posted an apology on its Facebook page.",
        "The U.S. Geological Survey said the quake struck at 3 a.m.",
    ],
)
def test_capes_festivals_lines_and_surveys_are_no_people(text):
    assert _people(text) == []


def test_a_nationality_opening_an_organisations_name_is_no_description():
    text = (
        "Kenji Sato, a seismologist, posted on X: “That was not it.”\n\nThe American Red Cross "
        "said in a Facebook post that it had opened a shelter."
    )
    assert _posts(text) == [("P1", "Kenji Sato", "X"), ("P2", None, "Facebook")]
    assert _people(text) == ["Kenji Sato"]


def test_a_later_story_and_a_follow_up_thread_are_new_posts():
    text = (
        "Dana Ruiz was livestreaming on Instagram when the quake hit. In a later Instagram story "
        "she wrote: “Everyone’s okay.”\n\nThe seismologist Kenji Sato posted on X: “Not the big "
        "one.” He followed up with a longer thread on aftershocks."
    )
    assert _posts(text) == [
        ("P1", "Dana Ruiz", "Instagram"),
        ("P2", "Dana Ruiz", "Instagram"),
        ("P3", "Kenji Sato", "X"),
        ("P4", "Kenji Sato", "X"),
    ]


def test_an_indefinite_role_in_apposition_to_a_name_describes_that_person():
    text = (
        "In an essay on Medium, the union’s co-chair, Kofi Mensah, a fifth-year physics student, "
        "wrote that pay had not risen. “I teach 90 students a week,” he wrote."
    )
    assert _quotes(text) == [("I teach 90 students a week,", "Kofi Mensah", "P1")]


def test_words_in_lower_case_after_called_are_a_quote_not_a_name():
    text = (
        "The strike, which the dean, Dr. Ivy Noor, called “needless and avoidable” in a memo to "
        "staff, began on Monday."
    )
    assert _quotes(text) == [("needless and avoidable", "Ivy Noor", "P1")]
    assert _quotes("Locals call the bend “the Elbow.”") == []


def test_a_name_a_relative_clause_hangs_on_posts_and_weverse_is_a_platform():
    text = (
        "The cafe is run by Rosa Lim, who posted a photo of the queue on Instagram with the "
        "caption “We ran out by noon.”\n\nThe singer Kang Min-jun broke his silence in a letter "
        "shared on the band’s Weverse page. “I’m sorry for worrying you,” he wrote."
    )
    assert _posts(text) == [("P1", "Rosa Lim", "Instagram"), ("P2", "Kang Min-jun", "Weverse")]


def test_a_role_named_in_apposition_who_celebrated_and_a_long_deleted_and_reposted():
    text = (
        "Ray Kin wrote on LinkedIn that the firm was “disappointed.”\n\nThe organizer who led the "
        "drive, Ama Diallo, celebrated on Threads. “We did this on breaks,” she posted.\n\nDiallo "
        "deleted the post an hour later, after coworkers pointed out that it named a colleague who "
        "had asked not to be named, and reposted it with the name removed."
    )
    assert _posts(text) == [
        ("P1", "Ray Kin", "LinkedIn"),
        ("P2", "Ama Diallo", "Threads"),
        ("P3", "Ama Diallo", "Threads"),
    ]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Lumio Films responded with a statement that afternoon. “Every cut was agreed,” it "
            "said.",
            [("P1", None, None)],
        ),
        (
            "Sen. Hal Pruitt replied on X within minutes. “She had six months,” he wrote.\n\n"
            "Pruitt later added a second post: “We will override.”",
            [("P1", "Hal Pruitt", "X"), ("P2", "Hal Pruitt", "X")],
        ),
        (
            "Jo Arri posted a photo of his bakery to Instagram with the caption “Forty years.” "
            "The post was shared widely, and the next morning he added a second post thanking "
            "the volunteers.",
            [("P1", "Jo Arri", "Instagram"), ("P2", "Jo Arri", "Instagram")],
        ),
        (
            "The designer Ana Kamau accused Blythe & Co of copying her bag in a TikTok video. "
            "“Same beads,” she said.\n\nBlythe & Co replied on X. “We take this seriously,” the "
            "company posted. Kamau quote-posted the reply with one word: “Seriously?”",
            [("P1", "Ana Kamau", "TikTok"), ("P2", None, "X"), ("P3", "Ana Kamau", "X")],
        ),
        (
            "Ama Reyes announced on her Instagram story that she was cancelling the tour. “My "
            "body said stop,” she wrote.\n\nOn X, the critic Joel Albar quote-posted the "
            "announcement. “Rare to see,” he wrote.",
            [("P1", "Ama Reyes", "Instagram"), ("P2", "Joel Albar", "X")],
        ),
    ],
)
def test_statements_in_reply_second_posts_and_quote_posts(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    "text",
    [
        "SkyHarbor said in a statement that refunds were being processed.",
        "The operator, VoltWay, emailed its users on Wednesday.",
        "The Cornish Fish Producers’ Organisation said in a Facebook post that it would pay.",
        "For Ana Berg, who writes the Substack newsletter Kerb Notes, the ban is overdue.",
    ],
)
def test_brands_organisations_and_newsletters_are_no_people(text):
    assert all(name == "Ana Berg" for name in _people(text))


@pytest.mark.parametrize("name", ["Fiona MacAskill", "DeShawn Reed", "Ava VanHorn"])
def test_names_with_an_inner_capital_are_still_people(name):
    assert _people(f"{name} said on Monday that the plan was late.") == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Keep dogs away from the water,” Dr. Niamh O’Brien posted on Threads.", "Niamh O’Brien"),
        (
            "The charity spoke out. “Six years is not enough,” its policy director, Rhodri Pugh, "
            "said in the statement.",
            "Rhodri Pugh",
        ),
        (
            "Ray Fitz announced that his show was leaving Spotify for YouTube. “Audio alone does "
            "not pay,” he wrote.",
            "Ray Fitz",
        ),
    ],
)
def test_apostrophe_surnames_its_role_and_a_platform_company(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The researcher Ines Valk published a long account on Medium. The post continued: “A "
        "company should answer its email.”",
        "In an email to staff, its chief executive, Omar Demir, said the firm had “hired badly.” "
        "The email went on: “This is my failure, not yours.”",
    ],
)
def test_a_post_that_continues_in_a_sentence_of_its_own_speaks_for_its_author(text):
    speaker, post = _quotes(text)[-1][1:]
    assert post == "P1" and speaker == _posts(text)[0][1]


def test_the_top_comment_that_reads_is_not_the_posts_author():
    text = (
        "“I paid $349 for it,” Dev Castel said in a YouTube video posted Monday.\n\nThe top "
        "comment, from a user named Pia Raman, read: “Mine died the same night.”"
    )
    assert _quotes(text)[-1][1] != "Dev Castel"


def test_a_description_in_apposition_after_a_name_is_that_persons():
    text = (
        "Kofi Dar, the 38-year-old striker, announced his retirement on Instagram.\n\nThe club’s "
        "captain, Sven Mik, commented under the post: “You made us better.”\n\nSpeaking on the "
        "podcast The Far Post, the striker said he had thought of quitting. “My knees said "
        "stop,” he said."
    )
    assert _quotes(text)[-1][1] == "Kofi Dar"


def test_a_pronoun_after_a_relative_named_in_between_says_nothing_of_gender():
    text = (
        "Sipho Dlam, whose mother died in August, spoke about her death on the radio. “Her "
        "machine beeped for an hour,” he said."
    )
    assert _quotes(text)[0][1] == "Sipho Dlam"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Coral cover on the Great Barrier Reef has stabilised, the survey said.", []),
        ("Sophomore Amara Nwa started the campaign on TikTok.", ["Amara Nwa"]),
    ],
)
def test_reefs_are_places_and_sophomore_is_a_title(text, people):
    assert _people(text) == people


def test_a_show_after_a_networks_kind_in_an_interview_and_a_who_clause_before_the_verb():
    text = (
        "The minister, Tom Gall, said that coral cover had “stabilised,” in an interview on the "
        "ABC program Insiders.\n\nThe biologist Dr. Aroha Ngata, who worked on the survey, "
        "disagreed in a Substack post that evening. “Stable is not good news,” she wrote."
    )
    assert _posts(text) == [("P1", "Tom Gall", "Insiders"), ("P2", "Aroha Ngata", "Substack")]


def test_a_radio_station_named_by_its_number():
    text = "Sipho Dlam spoke about the blackout on the radio station 702. “It beeped,” he said."
    assert _posts(text) == [("P1", "Sipho Dlam", "702")]


def test_a_name_with_two_particles_and_a_show_after_a_networks_possessive():
    text = (
        "Ilse van der Broek withdrew from the tournament on X. “My body says stop,” she wrote.\n\n"
        "Her coach told NPR’s Morning Edition that she would be back. “She is tough,” he said."
    )
    assert _people(text)[0] == "Ilse van der Broek"
    assert [p[2] for p in _posts(text)] == ["X", "Morning Edition"]


def test_a_reply_to_her_reply_casts_no_gender_vote_for_the_one_replying():
    text = (
        "Councilman Ezra Montalvo posted on Bluesky that the plan was “backwards.” “Seniors "
        "already ration their cooling,” he wrote.\n\nA utility spokeswoman, Hollis Verhagen, "
        "replied under his post. Montalvo replied to her reply: “Then publish it.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Ezra Montalvo"] * 3


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The provost, Stan Dvorak, sent faculty an email on Tuesday saying there were “no "
            "plans.” “She may make her case,” the email said.",
            [("P1", "Stan Dvorak", None)],
        ),
        (
            "Lucía Ferr posted an image on Threads. “Five years,” she wrote. A scientist, Declan "
            "Murr, quoted her post with one word: “Incredible.”",
            [("P1", "Lucía Ferr", "Threads"), ("P2", "Declan Murr", "Threads")],
        ),
        (
            "Dr. Tse Alemu, a geochemist, appeared on PBS NewsHour that evening. “We expected "
            "clay,” he said.",
            [("P1", "Tse Alemu", "PBS NewsHour")],
        ),
    ],
)
def test_an_email_sent_to_staff_a_post_quoted_and_a_networks_show(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    "text",
    [
        "The rail chief, Hattie Coyle, told BBC Radio 4’s Today programme that the signals "
        "failed. “We are sorry,” she said.",
        "Speaking on BBC Radio 4's Today programme, Hattie Coyle said the signals failed. “We "
        "are sorry,” she said.",
    ],
)
def test_a_networks_show_named_before_programme_is_the_platform(text):
    assert _posts(text) == [("P1", "Hattie Coyle", "Today")]


def test_told_a_networks_journalist_is_still_the_network():
    assert _posts("Maria Lind told CNN’s Jake Tapper that she would run.") == [
        ("P1", "Maria Lind", "CNN")
    ]


def test_a_fragment_of_three_words_in_lower_case_after_the_film_is_a_quote():
    text = (
        "The director Shirin Mahd wrote that the festival had treated the film “like a footnote.”"
    )
    assert [q[0] for q in _quotes(text)] == ["like a footnote."]
    assert _quotes("She starred in the film “Lemonade Road.”") == []


def test_a_corrected_version_reposted_is_a_second_post():
    text = (
        "Councillor Ada Reyes deleted a post on X on Sunday night after opponents said it was "
        "wrong.\n\nAn hour later she reposted a corrected version. “Burglaries are up 14 "
        "percent,” she wrote."
    )
    assert _posts(text) == [("P1", "Ada Reyes", "X"), ("P2", "Ada Reyes", "X")]
    assert [q[2] for q in _quotes(text)] == ["P2"]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "“Hour five in seat 31C,” Priya Venk joked on Threads, posting a photo of an empty "
            "snack cart.",
            [("P1", "Priya Venk", "Threads")],
        ),
        (
            "The premier, Aroha Tawhiri, told Radio New Zealand’s Morning Report that the vote "
            "would go ahead. “It is settled,” she said.",
            [("P1", "Aroha Tawhiri", "Morning Report")],
        ),
    ],
)
def test_a_participle_showing_the_post_and_a_networks_show_of_several_words(text, posts):
    assert _posts(text) == posts


def test_a_constituent_who_replies_is_someone_unnamed():
    text = (
        "Councilmember Rafa Quin posted on Bluesky: “Twelve stories, I can live with.” A "
        "constituent replied, “So can the sunlight, barely.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Rafa Quin", None]


def test_a_study_in_a_named_journal_is_a_post_quoted_or_not():
    text = "A study published Monday in the journal Pediatrics found that measles cases rose."
    assert _posts(text) == [("P1", None, "Pediatrics")]


def test_the_first_of_two_surnames_alone_is_the_person_named_in_full():
    text = (
        "The cyclist Esteban Quintero Gil was disqualified on Sunday. “I did nothing wrong,” "
        "Quintero said."
    )
    assert _people(text) == ["Esteban Quintero Gil"]
    assert _quotes(text)[0][1] == "Esteban Quintero Gil"


def test_teamsters_are_an_organisation():
    assert _people("Teamsters Local 727 said in a statement that drivers would strike.") == []


@pytest.mark.parametrize(
    "phrase",
    ["at the lecture", "during a panel", "at the symposium", "at a seminar", "at the rally"],
)
def test_every_occasion_the_in_person_pattern_knows_passes_its_word_check(phrase):
    # The word check runs first and skips sentences without any occasion word: a word the
    # pattern knows but the check lacks would never be found.
    from stories.extraction import quotes

    assert quotes._IN_PERSON.search(phrase)
    assert quotes._IN_PERSON_WORDS.search(phrase)


def test_their_family_said_in_a_statement_is_the_familys():
    text = (
        "Two climbers, Jon Hale and Ed Bry, were rescued on Sunday. Their family said in a "
        "statement that they were “tired but safe.”"
    )
    assert _posts(text) == [("P1", None, None)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The tennis player Mina Sato withdrew from the Madrid Open on Friday.", ["Mina Sato"]),
        ("Colorado Parks and Wildlife wrote on its Facebook page that the bear was safe.", []),
        ("The telecom operator Jambo Mobile said in a statement that it was studying it.", []),
        ("The festival, Cinema Aurora, said the screening had been cancelled.", []),
        ("The pipeline operator, Harrow Midstream, said it had shut the line.", []),
        ("Texas Instruments said on Tuesday that it would build the plant.", []),
        ("Georgia Lee said on Tuesday that she would run.", ["Georgia Lee"]),
    ],
)
def test_events_operators_and_bodies_named_after_a_state_are_no_people(text, people):
    assert _people(text) == people


def test_a_networks_initials_with_an_accent_before_its_show():
    text = "The minister, Declan Ó Súil, said on RTÉ’s Morning Ireland that the memo was old."
    assert _posts(text) == [("P1", "Declan Ó Súil", "Morning Ireland")]


@pytest.mark.parametrize("coach", ["Sébastien Marchetti", "Sebastien Marchetti", "Joaquín Osei"])
def test_one_pronoun_against_a_given_name_leaves_it_open_and_an_apposition_votes_once(coach):
    # "hers" follows both "Her coach" and the name in apposition: one mention, one vote, and a
    # given name of the long list still leans the other way.
    text = (
        "The player Haruka Tanabe withdrew on Friday.\n\nHer coach, "
        f"{coach}, posted on Threads that the decision had been hers alone. “I argued for "
        "playing one more match,” he wrote."
    )
    assert _quotes(text) == [("I argued for playing one more match,", coach, "P1")]


@pytest.mark.parametrize(
    "role",
    ["the education secretary", "the opposition leader", "the school trustee", "the swimmer"],
)
def test_a_role_in_apposition_before_the_name_after_a_quote(role):
    text = f"Scores fell again.\n\n“These numbers are a warning,” {role}, Ramona Tsosie, said."
    assert _quotes(text) == [("These numbers are a warning,", "Ramona Tsosie", None)]


def test_a_study_led_by_someone_named_is_their_post_and_they_speak_for_the_authors():
    text = (
        "Children living near a gas station have more asthma, according to a study published "
        "on Tuesday in the journal Environmental Health Perspectives.\n\nThe authors, led by "
        "the epidemiologist Dr. Anjali Venka of the University of Minnesota, wrote that the "
        "link “persisted after adjusting for income.”"
    )
    assert _posts(text) == [("P1", "Anjali Venka", "Environmental Health Perspectives")]
    assert _quotes(text) == [("persisted after adjusting for income.", "Anjali Venka", "P1")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            # a study published in a named journal, the word "journal" left out
            "Astronomers found water vapour on a rocky planet, according to a study published "
            "on Wednesday in Nature Astronomy.",
            [("P1", None, "Nature Astronomy")],
        ),
        (
            # its senior author named is not the one who wrote it up for the team
            "Walkers lived longer, according to a study published Tuesday in JAMA Network "
            "Open.\n\n“It levels off,” the study’s senior author, Dr. Kwame Osei, said at a "
            "news conference.",
            [("P1", None, "JAMA Network Open")],
        ),
    ],
)
def test_a_study_published_in_a_named_journal_and_its_senior_author(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    "text",
    [
        "After court, Arceneaux’s husband, the former NFL linebacker Terrence Boud, posted on "
        "X: “Watching my wife tell the truth.”",
        "“Watching my wife tell the truth,” Arceneaux’s husband, the former NFL linebacker "
        "Terrence Boud, wrote on X.",
    ],
)
def test_someone_described_then_named_in_apposition_after_a_role_with_an_acronym(text):
    assert [q[1:] for q in _quotes(text)] == [("Terrence Boud", "P1")]
    assert _posts(text) == [("P1", "Terrence Boud", "X")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "In an interview with the French sports daily L’Équipe, Vera Sabo admitted she had "
            "been optimistic. “I lied to myself,” she told the paper.",
            [("P1", "Vera Sabo", "L’Équipe")],
        ),
        (
            "Last week, her granddaughter Vale Ochoa posted a 40-second TikTok of her kneading "
            "dough.\n\n“Go buy her bread,” Vale Ochoa said in the video.",
            [("P1", "Vale Ochoa", "TikTok")],
        ),
        (
            "The streamer Nala Khuma, who has 2.3 million followers on Twitch, reacted on her "
            "YouTube channel. “Fine,” she told viewers.",
            [("P1", "Nala Khuma", "YouTube")],
        ),
        (
            # alone, the audience's platform is the one the video is posted on
            "Beauty creator Sasha Lind, who has 3 million followers on TikTok, said in a video "
            "posted Thursday that a serum had left her with a rash. “Fix it,” she said.",
            [("P1", "Sasha Lind", "TikTok")],
        ),
    ],
)
def test_a_daily_named_after_its_kind_a_video_named_by_its_platform_and_an_audience(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Mayor Julian Aber answered two days later with an op-ed in the Burlington Free "
            "Press. The armory, he wrote, is “the last large public building.”",
            [("P1", "Julian Aber", "Burlington Free Press")],
        ),
        (
            "In an email to staff, the hospital’s chief executive, Dr. Benedikt Lind, wrote that "
            "care would “continue without interruption.”",
            [("P1", "Benedikt Lind", None)],
        ),
        (
            "The teacher Nadia Batista said she would keep posting. “Just not from my desk,” she "
            "told the Fresno Bee.",
            [("P1", "Nadia Batista", "Fresno Bee")],
        ),
    ],
)
def test_an_op_ed_answered_with_a_titled_name_after_a_possessive_role_and_a_bee(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The Norwegian Locomotive Drivers’ Union said in a statement that it would cost "
            "“60 jobs.”",
            [],
        ),
        ("Severn Dee Water said the figures were old.", []),
        ("Kestrel Point Research called the bank’s reply “fiction.”", []),
        (
            "Passengers sued Coral Wing Airlines over cancellations. Coral Wing said in a "
            "statement that it would appeal.",
            [],
        ),
        (
            "The Bill Gates Foundation gave $5 million. Bill Gates said it was overdue.",
            ["Bill Gates"],
        ),
        ("Captain Pieter du Plessis said the runway was cracked.", ["Pieter du Plessis"]),
        ("The actress Gabrielle Union said in a post that she was proud.", ["Gabrielle Union"]),
    ],
)
def test_unions_utilities_research_firms_a_companys_short_name_and_du(text, people):
    assert _people(text) == people


def test_a_quote_introduced_at_the_end_of_the_paragraph_before():
    text = (
        "In an email to families, Superintendent Dolores Kent promised devices. She wrote:\n\n"
        "“No child should fall behind because of where they live.\n\n"
        "“Teachers will post assignments by 9 a.m.”"
    )
    assert [q[1:] for q in _quotes(text)] == [("Dolores Kent", "P1")] * 2


@pytest.mark.parametrize("region", ["Southeast Asia", "Northern Ireland", "East Africa", "Europe"])
def test_regions_are_no_people(region):
    text = (
        f"Its chairman, Sione Tuila, blamed weak demand from {region}. “We take the price,” he "
        "told shareholders."
    )
    assert _people(text) == ["Sione Tuila"]
    assert _quotes(text)[0][1] == "Sione Tuila"


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "His daughter, Itziar Etxe, wrote in an op-ed in El País that the family wanted “not "
            "a bonfire.”",
            [("P1", "Itziar Etxe", "El País")],
        ),
        (
            "Rodrigo Sepúl told El Mercurio that the timing “could not be worse.”",
            [("P1", "Rodrigo Sepúl", "El Mercurio")],
        ),
        (
            "In a letter to the Yorkshire Post, a former trustee, Geoffrey Ash, complained that "
            "the museum was “emptying itself.”",
            [("P1", "Geoffrey Ash", "Yorkshire Post")],
        ),
        (
            "The abbot, Phra Somchai Kitti, said on Facebook Live that the trees were ordained. "
            "“A tree that wears the robe is a tree that stays,” he said.",
            [("P1", "Somchai Kitti", "Facebook")],
        ),
    ],
)
def test_outlets_opening_with_a_foreign_article_a_letter_to_a_paper_and_a_monks_title(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize("coach", ["Kwame Osei", "Tomasz Nowak", "Haruto Sato"])
def test_given_names_from_outside_the_english_lists_lean_to_their_usual_sex(coach):
    # one pronoun against the name ("hers") leaves it open; the name's usual sex decides
    text = (
        "The player Mina Tanabe withdrew on Friday.\n\nHer coach, "
        f"{coach}, posted on Threads that the decision had been hers alone. “I argued for "
        "playing one more match,” he wrote."
    )
    assert _quotes(text)[0][1] == coach


@pytest.mark.parametrize(
    "text",
    [
        "Workers at a Fulfillr warehouse voted to unionise. Fulfillr said in a statement that it "
        "was “disappointed.”",
        "Zoomly’s chief executive, Cassius Obe, wrote that the rules were “badly priced.” "
        "Zoomly warned riders of “higher prices.”",
        "The group, which runs the five Little Saffron restaurants, called it a “business "
        "decision.” Little Saffron said it would comply.",
    ],
)
def test_brands_before_their_business_a_companys_chief_and_a_brand_after_a(text):
    assert all(name == "Cassius Obe" for name in _people(text))
    assert all(q[1] in (None, "Cassius Obe") for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Obama’s chief of staff, Rahm Lee, said the bill was “dead.”",
        "A Kennedy cousin, Maria Shri, said she was “delighted.”",
    ],
)
def test_people_before_a_role_and_a_family_after_a_stay_people(text):
    assert _quotes(text)[0][1] in {"Rahm Lee", "Maria Shri"}


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Reviewing the show in The Guardian, the critic Jonas Feld called the largest canvas "
            "“a riot of indigo.”",
            [("P1", "Jonas Feld", "The Guardian")],
        ),
        (
            "“He was 41,” Yolanda Ixc told Univision.",
            [("P1", "Yolanda Ixc", "Univision")],
        ),
        (
            "“We were too aggressive,” Haruto Saka said in an interview with the esports site "
            "Dexerto.",
            [("P1", "Haruto Saka", "Dexerto")],
        ),
        (
            "Hoa’s daughter, Linh Tran, told the Brooklyn Eagle that the family had offered to "
            "sign a ten-year lease. “We asked,” she said.",
            [("P1", "Linh Tran", "Brooklyn Eagle")],
        ),
        (
            "The change follows a study published in March in the journal Science by researchers "
            "at Georgia Tech, which found error rates “up to ten times higher.”",
            [("P1", None, "Science")],
        ),
        (
            # a company's website after a comma is no outlet named after its kind
            "Tessellate AI, a San Francisco startup, laid off a third of its staff. In a blog "
            "post on the company’s website, Tessellate said it would refocus on “a smaller "
            "number of customers.”",
            [("P1", None, None)],
        ),
    ],
)
def test_a_review_by_participle_outlets_known_and_by_kind_and_a_study_dated_by_month(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The food writer Siobhan Kerr weighed in on her Substack, Second Helpings. The "
            "closure, she wrote, was “a plumbing story,” not a hygiene one.",
            "Siobhan Kerr",
        ),
        (
            "In a post on his Substack, Michael Dunle, who left the board in January, wrote that "
            "members were shown “a version of the budget.”",
            "Michael Dunle",
        ),
        (
            "Ana Vela posted a photo on Instagram. One of her followers, a paramedic named Jaxon "
            "White, replied under the post: “We carried a man out of a bus shelter.”",
            "Jaxon White",
        ),
    ],
)
def test_a_publication_named_in_apposition_and_someone_named_after_a_role(text, speaker):
    assert _quotes(text)[-1][1] == speaker
    assert "Second Helpings" not in _people(text)


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Zoomly, a ride-hailing company, raised fares. Zoomly announced the change in a post "
            "on its company blog, warning riders of “higher prices during peak hours.”",
            [("P1", None, None)],
        ),
        (
            "Crumb Co. reported a loss. The company’s earnings release said sales had been "
            "“resilient in a difficult consumer environment.”",
            [("P1", None, "press release")],
        ),
    ],
)
def test_a_post_on_a_company_blog_and_a_release_opening_its_sentence(text, posts):
    assert _posts(text) == posts
    assert _quotes(text)[0][2] == "P1"


def test_devices_end_a_companys_name():
    assert _people("Halcyon Devices said the update would ship on Friday.") == []


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Folasade Ogun announced the closing. In an interview with the Star Tribune, Ogun "
            "said she was not done cooking.",
            [("P1", "Folasade Ogun", "Star Tribune")],
        ),
        (
            "Christine White said on the Montana Public Radio programme “Field Notes” that the "
            "wheat was “gone.”",
            [("P1", "Christine White", "Field Notes")],
        ),
        (
            "Speaking to ESPNcricinfo, the team’s bowling coach, Niall Donogh, said the injury "
            "was “too much cricket.”",
            [("P1", "Niall Donogh", "ESPNcricinfo")],
        ),
        (
            "The Midwest Dairy Cooperative responded on Wednesday with a press release defending "
            "its prices as “fair and transparent.”",
            [("P1", None, "press release")],
        ),
        (
            "Lund University’s press release quoted her co-author, Anders Berg: “We expected a "
            "small effect.”",
            [("P1", None, "press release")],
        ),
        (
            "Dust from the asteroid formed in water, a team from JAXA reported on Monday in the "
            "journal Science Advances.",
            [("P1", None, "Science Advances")],
        ),
        (
            "Councillor Ada Okon used X on Wednesday to announce that she would vote no. “Not "
            "this fare,” she wrote.",
            [("P1", "Ada Okon", "X")],
        ),
    ],
)
def test_a_paper_after_a_title_word_a_stations_show_in_marks_releases_and_used_x(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize("name", ["Jun Takahashi", "May Chen", "Jan Novak"])
def test_a_short_month_name_without_a_period_opens_a_persons_name(name):
    text = f"The play closed. Her co-star, {name}, commented: “Best company I’ve ever worked with.”"
    assert _quotes(text)[0][1] == name


def test_a_month_with_a_period_is_still_a_date():
    assert _people("On Jun. 5 Takahashi said the play would close.") == ["Takahashi"]


@pytest.mark.parametrize(
    ("text", "posts", "speaker"),
    [
        (
            "In a news release, the museum quoted its curator of meteorites, Dr. Tuulikki Heik, "
            "as saying the stone was “the most valuable object.”",
            [("P1", None, "press release")],
            "Tuulikki Heik",
        ),
        (
            "Speaking on BBC Radio 4’s Front Row that evening, Efua Mensah said she had nearly "
            "abandoned the book. “My daughter hid it,” she said.",
            [("P1", "Efua Mensah", "Front Row")],
            "Efua Mensah",
        ),
        (
            "A 34-year-old runner who collapsed near the finish is recovering, race organizers "
            "said in a statement. “Spectators saved a life today,” the statement said.",
            [("P1", None, None)],
            None,
        ),
        (
            "Cardiff Council said in a statement that volunteers were “doing wonderful work.”",
            [("P1", None, None)],
            None,
        ),
        (
            "Canon Emeka Obio posted a video on YouTube. “Grace is free. Diesel is not,” he said.",
            [("P1", "Emeka Obio", "YouTube")],
            "Emeka Obio",
        ),
    ],
)
def test_a_curator_of_something_a_stations_show_organizers_a_council_and_a_canon(
    text, posts, speaker
):
    assert _posts(text) == posts
    assert _quotes(text)[-1][1] == speaker


def test_time_opening_a_sentence_without_a_comma_is_no_speaker():
    text = (
        "Yasmine Salah was fined. Hours later she went further in an Instagram story: “I will "
        "pay the fine.”"
    )
    assert _quotes(text) == [("I will pay the fine.", "Yasmine Salah", "P1")]


@pytest.mark.parametrize("title", ["the Rev.", "Dr.", "Father"])
def test_a_title_before_the_name_in_apposition_before_a_colon(title):
    text = (
        f"The pastor, {title} Tadeusz Wrob, wrote on the parish’s Facebook page that evening: "
        "“Forgiveness is not the same as forgetting.”"
    )
    assert _quotes(text)[0][1:] == ("Tadeusz Wrob", "P1")


def test_a_role_of_a_named_place_before_the_name_in_apposition_is_an_alias():
    text = "The Anglican bishop of Badagry East, Olumide Fasho, has ordered his clergy to stop."
    people = extract(text, None).people
    assert [(p.name, p.aliases) for p in people] == [("Olumide Fasho", ("The Anglican bishop",))]


@pytest.mark.parametrize("verb", ["marked the news", "greeted the ruling", "welcomed the deal"])
def test_an_organisation_that_marks_the_news_with_a_release(verb):
    text = (
        f"Chiamaka Nwo retired on Sunday. The club {verb} with a press release. “She leaves as "
        "the greatest player,” the release quoted the manager, Sven Hagg, as saying."
    )
    assert _posts(text) == [("P1", None, "press release")]
    assert _quotes(text)[0][1:] == ("Sven Hagg", "P1")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a press release, the board quoted its chairman, Tariq Qure, as calling her “the "
            "future, arriving early.”",
            "Tariq Qure",
        ),
        (
            "The authority said in a press release that it had opened an inquiry. Its director "
            "general, Rosario Dima, was quoted in the release as saying that the airline “owes "
            "every passenger an explanation.”",
            "Rosario Dima",
        ),
    ],
)
def test_quoted_as_calling_and_quoted_in_the_release_after_a_role_of_two_words(text, speaker):
    assert _quotes(text)[0][1:] == (speaker, "P1")


def test_a_comment_in_a_where_clause_leaves_the_post_before_it_its_authors():
    text = (
        "Oksana Mel wrote an essay. Mel also posted on LinkedIn, where a privacy lawyer, "
        "Benedikt Sau, commented beneath her post: “Rare to see a founder own it this clearly.”"
    )
    assert _quotes(text)[0][1] == "Benedikt Sau"
    assert _posts(text)[-1] == ("P2", "Oksana Mel", "LinkedIn")


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The hospital’s chief executive, Marguerite Hall, said in an interview with RTÉ’s "
            "Morning Ireland that 40 new beds would open.",
            [("P1", "Marguerite Hall", "Morning Ireland")],
        ),
        (
            "Her coach, Mehmet Aydin, told Gazzetta dello Sport that surgery was not planned.",
            [("P1", "Mehmet Aydin", "Gazzetta dello Sport")],
        ),
        (
            "World Athletics said in a statement that the record was “subject to ratification.”",
            [("P1", None, None)],
        ),
    ],
)
def test_a_networks_show_in_an_interview_an_outlet_with_a_particle_and_world_athletics(text, posts):
    assert _posts(text) == posts


def test_an_organisation_named_with_and_after_a_quote_still_attributes_it_to_its_post():
    text = (
        "“Biscuit is healthy,” Colorado Parks and Wildlife wrote on its Facebook page, alongside "
        "a photo of the bear."
    )
    assert _quotes(text) == [("Biscuit is healthy,", None, "P1")]
    assert _posts(text) == [("P1", None, "Facebook")]


@pytest.mark.parametrize(
    "text",
    [
        "Amy Lin posted a photo on Instagram with the caption “Real orders only.” Under it, a "
        "customer wrote: “Ordering direct from now on.”",
        "Amy Lin posted on X shortly after midnight: “I failed you.” Hundreds of replies "
        "followed. “Spend them in a cell,” one user wrote.",
        "Amy Lin posted a video on YouTube: “Grace is free.” One viewer wrote beneath it: "
        "“Then preach shorter.”",
    ],
)
def test_comments_under_it_and_replies_that_followed_belong_to_the_post(text):
    assert _quotes(text)[-1][1:] == (None, "P1")
    assert len(_posts(text)) == 1


def test_a_post_that_warned():
    text = (
        "The county posted an evacuation order on X. “If you stay, responders may not reach "
        "you,” the post warned."
    )
    assert _quotes(text) == [("If you stay, responders may not reach you,", None, "P1")]


def test_what_she_wrote_after_an_email_to_an_outlet_belongs_to_it():
    text = (
        "His attorney, Siobhan Gall, said in an email to The Fresno Bee that her client was "
        "sober. “He’s not the man who got behind that wheel,” she wrote."
    )
    assert _quotes(text)[0][1:] == ("Siobhan Gall", "P1")
    assert _posts(text) == [("P1", "Siobhan Gall", "The Fresno Bee")]


def test_replying_to_her_opens_a_comment_under_her_post():
    text = (
        "Writing on X, the economist Chayanin Boon said the ceremonies were “beautiful.” "
        "Replying to her, a forestry student, Pim Ratta, wrote: “Enforcement came after the "
        "robes.”"
    )
    assert _quotes(text)[-1][1:] == ("Pim Ratta", "P1")
    assert _posts(text) == [("P1", "Chayanin Boon", "X")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The call came from a Trump campaign adviser. “Fake news,” Trump said.", "Trump"),
        ("The Celtics’ Tatum scored 30 points. “We won,” Tatum said.", "Tatum"),
        ("Elon Musk’s shares in Tesla fell. “Fine,” Musk said.", "Elon Musk"),
        ("CNN’s Tapper pressed the senator. “No,” Tapper said.", "Tapper"),
        ("NATO’s Stoltenberg spoke on Monday. “Yes,” Stoltenberg said.", "Stoltenberg"),
        ("Les Moonves, the former CBS chief, said: “I resign.”", "Les Moonves"),
        ("Tennessee Williams wrote plays. “Art,” Williams said.", "Tennessee Williams"),
        (
            "Roy Scheider appeared in Steven Spielberg’s Jaws. “Fun,” Spielberg said.",
            "Steven Spielberg",
        ),
        (
            "Shares of Ralph Lauren Corp rose. The designer Ralph Lauren said: “Good.”",
            "Ralph Lauren",
        ),
        ("In a post on his account, Netanyahu wrote: “We will win.”", "Netanyahu"),
        ("Apart from Pelosi ten Democrats opposed the bill. “No,” Pelosi said.", "Pelosi"),
    ],
)
def test_people_the_organisation_rules_must_leave_alone(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In May Johnson resigned. “Done,” he said.",
        "During the daily White House briefing, Karine Jean-Pierre said it was “fine.”",
        "Karine Jean told the daily White House briefing that the trip was “on.”",
        "In the outlet Ana Ruiz manages, sales fell. “Bad,” Ana Ruiz said.",
        "Ana Ruiz sat on the porch with a book in her lap. “Read it,” she said.",
        "A study published in Britain last year found that “sleep helps.”",
        "She told Dawn: “I have to go.”",
    ],
)
def test_no_post_and_no_month_name_where_the_words_only_look_like_one(text):
    assert _posts(text) == []
    assert "May Johnson" not in _people(text)


def test_a_coalition_led_by_someone_does_not_lead_the_study_before_it():
    text = (
        "A study published Monday in The Lancet found gains. The findings were welcomed by a "
        "coalition led by Senator Mark Jones, who said: “This is huge.”"
    )
    assert _posts(text)[0] == ("P1", None, "The Lancet")


@pytest.mark.parametrize(
    "text",
    [
        "Bread ran short across Britain. Tesco said in a statement that it expected stocks to "
        "“recover within a week.”",
        "Airbnb said in a statement that it remained “open to dialogue.”",
        "New Zealand Cricket said in a statement that she had “changed what girls think.”",
        "The landlord, Caledon Estates, said in a statement that the rent reflected “the market.”",
    ],
)
def test_a_single_name_whose_statement_says_it_and_sports_bodies_are_organisations(text):
    assert _quotes(text)[0][1] is None
    assert _posts(text)[0][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz lost the vote. Ruiz said in a statement that she was “disappointed.”",
        "Madonna Ciccone sang. Ciccone said in a statement that she was “grateful.”",
        # a surname alone whose statement speaks of "he" is still a person's
        "“We remain committed,” Clinton said in a written statement that he would “stay.”",
    ],
)
def test_a_surname_named_in_full_first_still_speaks_in_a_statement(text):
    assert _quotes(text)[0][1] in {"Ana Ruiz", "Madonna Ciccone", "Clinton"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The fungicide’s maker, Verdana Crop Science, said in a statement that the product "
            "had passed “every regulatory test.”",
            None,
        ),
        (
            "The song’s producer, Caoimhe Brenn, posted a YouTube video. “Here are the stems,” "
            "she said in the video.",
            "Caoimhe Brenn",
        ),
    ],
)
def test_a_products_maker_named_in_apposition_is_a_company_not_its_producer(text, speaker):
    assert _quotes(text)[0][1] == speaker


def test_a_participle_opening_the_sentence_names_its_subjects_piece():
    text = (
        "Writing in The Guardian, a Swansea head teacher, Rhodri Vaug, argued that schools had "
        "“no spare minutes to give.”"
    )
    assert _posts(text) == [("P1", "Rhodri Vaug", "The Guardian")]
    assert _quotes(text)[0][1:] == ("Rhodri Vaug", "P1")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Vela posted on Facebook: “We are pressing pause.”\n\nUnder the post, "
        "Councilman Rafael Quin, who had championed the meters, pushed back. “Pausing is fine,” "
        "he wrote.",
        "Mayor Ana Vela posted on X: “The numbers are clean.”\n\nThe founder, Rafael Quin, "
        "answered her directly in a reply. “Fair point,” he wrote.",
    ],
)
def test_a_comment_announced_in_the_sentence_before_its_words(text):
    assert _quotes(text)[-1][1:] == ("Rafael Quin", "P1")
    assert _posts(text) == [("P1", "Ana Vela", _posts(text)[0][2])]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "In an op-ed published that morning in the Financial Times, the chief executive of "
            "the line, Mette Krag, argued that a levy was “the only thing that pays.”",
            "Financial Times",
        ),
        (
            "Adaeze Okon had hinted at the strain in a February episode of the podcast Call Her "
            "Daddy.",
            "Call Her Daddy",
        ),
        ("Ferrer Roig told the daily El País that the ban was “unfair.”", "El País"),
        (
            "Coach Lorraine Cast said on the local radio show Sports Talk 1280 that she had "
            "learned of it late.",
            "Sports Talk 1280",
        ),
        (
            "Vance’s campaign manager, Colt Bren, told the Arizona Republic that lawyers were "
            "“watching every bin.”",
            "Arizona Republic",
        ),
    ],
)
def test_pieces_published_that_morning_episodes_of_a_podcast_and_a_stations_number(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_ap_is_a_welsh_particle():
    text = "The local Senedd member, Rhys ap Dafydd, posted on Threads that it had been “fair.”"
    assert _people(text) == ["Rhys ap Dafydd"]
    assert _posts(text) == [("P1", "Rhys ap Dafydd", "Threads")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We have enough,” the grid’s head of operations, Danielle Oka, said.", "Danielle Oka"),
        (
            "The head of the United Nations humanitarian office, Claire Dub, told the BBC that "
            "aid was late. “No one has come,” she said.",
            "Claire Dub",
        ),
    ],
)
def test_a_head_of_something_named_in_apposition(text, speaker):
    assert _quotes(text)[0][1] == speaker
    assert all(p[1] in (None, speaker) for p in _posts(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sara Kob posted a video. Among the thousands of comments was one from the pitmaster "
            "Marcus Oyel, who runs the barbecue spot Smoke & Salt: “Save me a seat.”",
            "Marcus Oyel",
        ),
        (
            "Elif Dem apologised on Threads. When one user asked in a reply whether that applied "
            "to annual plans, Dem answered in the same thread: “Yes, added to the end.”",
            "Elif Dem",
        ),
    ],
)
def test_a_relative_clause_and_a_verbs_place_before_the_colon(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_a_platform_followed_by_what_the_post_held():
    text = "Ursina Cave posted a photo to Bluesky of the Rhône Glacier wrapped in fleece."
    assert _posts(text) == [("P1", "Ursina Cave", "Bluesky")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The broadcaster Leyla Farouk-Dunn argued in an essay on Medium that radio was "
            "“losing the morning.” “We built the habit and sold it,” she wrote.",
            "Leyla Farouk-Dunn",
        ),
        (
            "The publisher Ingrid Marsvik said on Threads that the prize was late. “Ten years "
            "late,” she wrote.",
            "Ingrid Marsvik",
        ),
        # (nouns only organisations are called keep the name an organisation's)
        (
            "The band Velvet Marsh said on Instagram that the tour was off. “We are sorry,” the "
            "band wrote.",
            None,
        ),
    ],
)
def test_a_noun_said_of_people_and_organisations_before_a_given_name(text, speaker):
    assert _quotes(text)[-1][1] == speaker
    assert _posts(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The airline acknowledged the delays on X on Friday. “Crews are on it,” the company’s "
        "support account posted. A teacher, Mirela Dobos, replied under the post: “Three hours "
        "so far.”",
        "The city posted a video on YouTube of the new bridge. A cyclist, Mirela Dobos, wrote in "
        "a comment under the video: “Finally.”",
        "The library posted a photo on Facebook of its new reading room. Under the post, Mirela "
        "Dobos wrote: “Open on Sundays, please.”",
    ],
)
def test_a_reply_under_an_organisations_post_does_not_make_the_replier_its_author(text):
    assert _posts(text) == [("P1", None, _posts(text)[0][2])]
    assert _quotes(text)[-1][1:] == ("Mirela Dobos", "P1")


def test_words_written_under_a_photo_no_one_yet_owns_are_the_posters():
    text = (
        "It began with a photo on Nextdoor of a moose in Tamsin Rowe’s yard. “Moose at the "
        "gate, keep dogs inside,” Rowe wrote under the photo."
    )
    assert _posts(text) == [("P1", "Tamsin Rowe", "Nextdoor")]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "The chemist Odile Fabre explained the recall in an interview with the YouTube "
            "channel Crumb Theory. “Nobody should panic,” she said.",
            "Crumb Theory",
        ),
        (
            "Sheriff Odile Fabre defended the curfew in an interview on Tuesday with the public "
            "radio program Valley Notes. “It is for two weeks,” she said.",
            "Valley Notes",
        ),
        (
            "Odile Fabre sat down with the team’s in-house podcast, Locker Talk, for her last "
            "interview as captain. “I will miss the bus rides,” she said.",
            "Locker Talk",
        ),
    ],
)
def test_a_show_named_after_its_kind_even_with_a_day_or_a_possessive_between(text, platform):
    assert _posts(text) == [("P1", "Odile Fabre", platform)]
    assert _quotes(text)[-1][1:] == ("Odile Fabre", "P1")


@pytest.mark.parametrize(
    "text",
    [
        "Tomás Ferreira resigned. On Monday, Ferreira elaborated on the podcast Press Box, "
        "hosted by Nadia Olsen. “It was time,” he said.",
        "Tomás Ferreira resigned. On Monday, Ferreira spoke on the radio show Night Desk, "
        "presented by Nadia Olsen. “It was time,” he said.",
    ],
)
def test_the_host_of_a_show_named_after_a_leading_phrase_is_not_the_guests_author(text):
    assert _posts(text)[0][1] == "Tomás Ferreira"
    assert _quotes(text)[-1][1:] == ("Tomás Ferreira", "P1")


def test_capitol_is_no_part_of_a_persons_name():
    text = (
        "The baker Ilse Vantongeren will close her shop in Denver’s Capitol Hill next month, "
        "she announced on Instagram. “Thank you for every loaf,” she wrote."
    )
    assert _people(text) == ["Ilse Vantongeren"]
    assert _posts(text) == [("P1", "Ilse Vantongeren", "Instagram")]


def test_an_outlet_kind_after_two_words():
    text = (
        "Ilse Vantongeren said in an interview with the Portuguese radio network Rádio Comercial "
        "that the harvest was late."
    )
    assert _posts(text) == [("P1", "Ilse Vantongeren", "Rádio Comercial")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "In a nine-page order, Judge Halima Brandt wrote that the permit was “void from the "
            "start.”",
            [("P1", "Halima Brandt", None)],
        ),
        (
            "Judge Halima Brandt wrote in her order that the city had acted “without notice.”",
            [("P1", "Halima Brandt", None)],
        ),
        # (an order only as a judge's or an official's document)
        ("“Bread, milk, eggs. In that order,” Halima Brandt said.", []),
        ("Prices rose in the order of 5 percent, Halima Brandt said.", []),
        ("Halima Brandt said she came in order to listen.", []),
    ],
)
def test_a_judges_order_is_a_document(text, posts):
    assert _posts(text) == posts


def test_a_document_filed_by_someone_in_the_passive():
    text = (
        "The lawsuit was filed last month by Odette Marchetti and three neighbours. It argues "
        "that the permit was “granted in the dark.”"
    )
    assert _posts(text) == [("P1", "Odette Marchetti", None)]
    assert _quotes(text)[0][1:] == ("Odette Marchetti", "P1")


@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        (
            "The lawsuit by Marrow Creek Cellars says the spray left its grapes “bitter and "
            "unsellable.”",
            [],
            None,
        ),
        (
            "Pandit Ravi Shankaran, who leads the temple, posted on YouTube. “All are welcome,” "
            "he said.",
            ["Ravi Shankaran"],
            "Ravi Shankaran",
        ),
    ],
)
def test_a_wine_business_is_no_person_and_pandit_is_a_title(text, people, speaker):
    assert _people(text) == people
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "The bank’s quarterly earnings release, issued at dawn, said profit had doubled and "
            "called the year “exceptional.”",
            "press release",
        ),
        (
            "The league’s statement on Friday had been shorter. “We respect the decision,” it said.",
            None,
        ),
        (
            "Harwick’s news release on the merger, sent before the call, reported sales of $9 "
            "million.",
            "press release",
        ),
    ],
)
def test_a_release_or_statement_opening_its_sentence_with_more_words_before_its_verb(
    text, platform
):
    assert _posts(text) == [("P1", None, platform)]


@pytest.mark.parametrize(
    "text",
    [
        "Hollins Farms said in a statement that it had “cooperated fully” with inspectors.",
        "Marlowe Hospitality said in a statement that it “fully supports” the chef.",
        "Minera Los Alerces said in a statement that water levels were “stable.”",
        "Brightwater Audio said in a statement that the show would “continue as planned.”",
    ],
)
def test_more_words_that_name_businesses(text):
    assert _people(text) == []
    assert _quotes(text)[0][1] is None
    assert _posts(text) == [("P1", None, None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rancher Harold Two Crows posted on Facebook. “Rain at last,” he wrote.",
            "Harold Two Crows",
        ),
        (
            "The nurse Marlene Three Irons told Montana Public Radio the ward was short. “We "
            "are four nurses short,” she said.",
            "Marlene Three Irons",
        ),
    ],
)
def test_a_number_word_inside_a_name_after_a_given_name(text, name):
    assert _people(text) == [name]
    assert _quotes(text)[0][1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Two Rivers Bakery said in a statement that it would “reopen soon.”",
        "Harbor Lane Cafe said on Instagram that it was “closed for good.”",
        "Moss Street Bookshop posted on Facebook that the sale was “a last goodbye.”",
    ],
)
def test_a_shops_name_ending_in_its_kind_is_no_person(text):
    assert _people(text) == []
    assert _quotes(text)[0][1] is None


def test_a_number_word_opening_a_sentence_is_no_given_name():
    text = (
        "Four Iberian wolves were released on Tuesday. Warden Hilde Brekke posted on Facebook: "
        "“They ran straight for the trees.”"
    )
    assert _people(text) == ["Hilde Brekke"]
    assert _posts(text) == [("P1", "Hilde Brekke", "Facebook")]


@pytest.mark.parametrize(
    "text",
    [
        "Her publisher, Pemberton & Vale, said in a statement that it “respects her decision.”",
        "The law firm Kessler & Hale posted on LinkedIn that the case was “far from over.”",
    ],
)
def test_a_name_joined_by_an_ampersand_is_a_firms(text):
    assert _people(text) == []
    assert _quotes(text)[0][1] is None
    assert _posts(text)[0][1] is None


def test_the_last_of_two_person_nouns_heads_a_description():
    text = (
        "Ines Alvarado retired on Sunday. The head coach, Bram Okonjo, told the podcast Offside "
        "that he had begged her to stay. “One more year, I said,” the coach said."
    )
    assert _posts(text) == [("P1", "Bram Okonjo", "Offside")]
    assert _quotes(text)[0][1:] == ("Bram Okonjo", "P1")


@pytest.mark.parametrize(
    "text",
    [
        "The remarks drew a reply on Threads from the retired judge Odalys Ferrante, who "
        "wrote: “The court got this one right.”",
        "His comments drew a response from Odalys Ferrante, who posted on Bluesky: “The court "
        "got this one right.”",
    ],
)
def test_the_name_a_relative_clause_hangs_on_before_a_colon_speaks(text):
    assert _quotes(text)[0][1] == "Odalys Ferrante"
    assert _posts(text)[0][1] == "Odalys Ferrante"


def test_a_leading_phrase_ending_in_a_title_in_marks():
    text = (
        "Greta Lindqvist left the orchestra in May.\n\n"
        "In an essay on Medium titled “Coda,” she wrote: “I stayed three seasons too long.”"
    )
    assert _posts(text) == [("P1", "Greta Lindqvist", "Medium")]
    assert _quotes(text)[-1][1:] == ("Greta Lindqvist", "P1")


def test_a_company_named_without_the_word_for_its_kind_that_opens_it():
    text = (
        "Farmers sued Minera Cerro Alto on Monday. Cerro Alto said in a statement that its wells "
        "showed “stable levels.”"
    )
    assert _people(text) == []
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The vote prompted an essay in The Bulwark Review by the historian Dr. Ines Achterberg, "
            "who argued that turnout was a habit. “Habits can be taught,” she wrote.",
            ("P1", "Ines Achterberg", "The Bulwark Review"),
        ),
        (
            "The decision follows an op-ed in The Guardian last month by the curator and activist "
            "Tane Whaanga, who called the storerooms “a room with no exit.”",
            ("P1", "Tane Whaanga", "The Guardian"),
        ),
    ],
)
def test_an_essay_in_an_outlet_by_someone_described(text, post):
    assert _posts(text) == [post]
    assert _quotes(text)[-1][1:] == (post[1], "P1")


def test_a_pronoun_subject_before_its_verb_and_object_writes_the_post_and_says_in_it():
    text = (
        "The baker Tomasz Nowicki sued the critic Elsa Brandt for libel, a month after she "
        "accused him in a TikTok video of selling frozen bread.\n\n"
        "“Every loaf is ours,” Nowicki said in the lawsuit.\n\n"
        "Brandt stood by her video. “I bought the same loaf at a supermarket,” she said in it."
    )
    assert _posts(text) == [("P1", "Elsa Brandt", "TikTok"), ("P2", "Tomasz Nowicki", None)]
    assert _quotes(text)[-1][1:] == ("Elsa Brandt", "P1")


@pytest.mark.parametrize(
    "text",
    [
        "Her post drew 400 comments, including one from a retired teacher, Greer Holloway: "
        "“Finally someone said it.”",
        "Former students commented, among them Greer Holloway: “Finally someone said it.”",
    ],
)
def test_a_comment_from_someone_named_in_apposition_before_a_colon(text):
    assert _quotes(text)[0][1] == "Greer Holloway"


def test_a_title_between_a_description_and_the_name_it_describes():
    text = (
        "The observatory said in a press release that the find was “a surprise.” The release "
        "quoted the project scientist Dr. Henrike Saalfeld as saying, “We expected dust.”"
    )
    assert _quotes(text)[-1][1:] == ("Henrike Saalfeld", "P1")


def test_a_comment_from_someone_named_that_reads():
    text = (
        "The video drew thousands of comments. One, from a retired nurse named Oona Kettering, "
        "read: “Thirty years and never this bad.”"
    )
    assert _quotes(text)[0][1] == "Oona Kettering"


def test_a_nickname_opening_with_the_inside_a_name():
    text = (
        "The keeper Ruairi “the Cat” Dolan-Hayes will retire. “My back has had enough,” the "
        "goalkeeper said on the podcast Gloves Off."
    )
    assert _people(text) == ["Ruairi Dolan-Hayes"]
    assert _posts(text) == [("P1", "Ruairi Dolan-Hayes", "Gloves Off")]


def test_a_title_before_a_name_in_apposition_after_quoted():
    text = (
        "The museum said in a press release that the bowl was Roman. “It changes the site’s "
        "history,” the release quoted the lead curator, Dr. Ottilie Brandvold, as saying."
    )
    assert _quotes(text)[-1][1:] == ("Ottilie Brandvold", "P1")


def test_one_named_in_apposition_after_the_verb():
    text = (
        "Fans flooded the comments. “You got me through exams,” wrote one, Priyanka Oduwole-Marsh."
    )
    assert _quotes(text)[0][1] == "Priyanka Oduwole-Marsh"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Integrity Board said in its decision that the rider had given “no credible "
            "explanation.”",
            ("P1", None, None),
        ),
        (
            "The civil defence agency said in a bulletin on Friday that 9,000 people had left.",
            ("P1", None, None),
        ),
        (
            "The Harlow Evening Courier endorsed Mbeki in an editorial on Sunday, calling him "
            "“steady.”",
            ("P1", None, "Harlow Evening Courier"),
        ),
        (
            "The Guardian said in an editorial that the plan was “reckless.”",
            ("P1", None, "The Guardian"),
        ),
    ],
)
def test_a_bodys_decision_a_bulletin_and_an_editorial_are_documents(text, post):
    assert _posts(text) == [post]
    assert _people(text) == []


def test_a_decision_to_do_something_is_no_document():
    assert _posts("The president reversed a decision to close the department.") == []


@pytest.mark.parametrize(
    ("text", "posts", "quote_post"),
    [
        (
            "Customers received an email from the bank on Friday. “Your savings are safe,” it "
            "read.",
            [("P1", None, None)],
            "P1",
        ),
        (
            "The vote followed an open letter signed by 140 shopkeepers. “We will not survive "
            "another winter,” it said.",
            [("P1", None, None)],
            "P1",
        ),
        ("Councillor Ana Vidal said she had received the letter. “It is sad,” she said.", [], None),
        (
            "Councillor Ana Vidal said during the debate that the plan was “rushed.”",
            [],
            None,
        ),
    ],
)
def test_documents_received_or_signed_and_debates_that_are_no_posts(text, posts, quote_post):
    assert _posts(text) == posts
    assert _quotes(text)[-1][2] == quote_post


@pytest.mark.parametrize(
    "text",
    [
        "The coalition of unions, Frente Obrero, welcomed the ruling in a statement. “We were "
        "heard,” it said.",
        "A supporters’ group, Curva Nord Ultras, wrote on X that the sale was “a betrayal.”",
        "The charity that received the money, Agua Limpia Sur, thanked her on Instagram. “Every "
        "peso becomes water,” the charity wrote.",
    ],
)
def test_an_organisation_named_in_apposition_after_what_it_is_or_does(text):
    assert _people(text) == []
    assert _quotes(text)[-1][1] is None


def test_a_name_after_the_addressee_of_a_letter_is_no_organisation():
    text = (
        "In a letter to the board of trustees, Dr. Helen Marsh-Okoro wrote that she had become "
        "“the story.”"
    )
    assert _people(text) == ["Helen Marsh-Okoro"]
    assert _posts(text) == [("P1", "Helen Marsh-Okoro", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Noor Haddad posted a TikTok video. “It cracked in the oven,” she says in it. One "
        "commenter under the video wrote: “Same thing happened to mine.”",
        "Noor Haddad posted a TikTok video. “It cracked in the oven,” she says in it.\n\nUnder "
        "the video, a grower from Wexford wrote: “Same thing happened to mine.”",
    ],
)
def test_an_unnamed_commenter_under_the_post_speaks_as_no_one(text):
    assert _quotes(text)[-1][1:] == (None, "P1")


def test_an_editorial_endorsing_someone_is_the_papers():
    text = "The Harlow Evening Courier endorsed Ines Mbeki in an editorial, calling her “steady.”"
    assert _posts(text) == [("P1", None, "Harlow Evening Courier")]
    assert _quotes(text)[0][1] is None


def test_the_post_named_again_after_posted_on_a_platform():
    text = (
        "Lorna Whitecloud posted on Facebook that she was “frightened.” “My sister is due in "
        "May,” she wrote in the post."
    )
    assert _posts(text) == [("P1", "Lorna Whitecloud", "Facebook")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


@pytest.mark.parametrize(
    "text",
    [
        "His manager, Oren Bachar, said the streamer would return to Twitch next week. “He is "
        "not going anywhere,” Bachar said.",
        "The band said it plans to move to Bluesky in the spring. “We are tired,” the band said.",
    ],
)
def test_a_move_to_a_platform_not_yet_made_is_no_post(text):
    assert _posts(text) == []


def test_a_days_episode_of_the_show_named_before():
    text = (
        "The hosts of the history podcast Back Pages have split after six years.\n\n"
        "On Tuesday’s episode, the remaining host, Wren Adebayo-Stiles, told listeners that her "
        "co-host had left “for other projects.” She added: “I wish him well.”"
    )
    assert _posts(text) == [("P1", "Wren Adebayo-Stiles", "Back Pages")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


def test_an_episode_with_no_show_named_before_is_no_post():
    assert _posts("On Tuesday’s episode, Wren Adebayo-Stiles said she was “tired.”") == []


def test_a_name_in_apposition_before_said_in_a_post_in_a_long_sentence():
    text = (
        "The Okafor Trust, the charity set up by the late shipping magnate Emeka Okafor, will give "
        "£40 million to hospices in England and Wales over five years, its chair, Nneka "
        "Okafor-Hale, said in a LinkedIn post on Monday."
    )
    assert _posts(text) == [("P1", "Nneka Okafor-Hale", "LinkedIn")]


def test_a_person_noun_before_an_organisations_noun_and_an_article_alone_are_no_people():
    text = (
        "Tomasz Wrona has left Harwick United. The fan group United Till We Die posted on X that "
        "the club had “sold its heart.” Wrona answered in a post of his own on X: “Nobody sold "
        "anything.”"
    )
    assert _people(text) == ["Tomasz Wrona"]
    assert _posts(text) == [("P1", None, "X"), ("P2", "Tomasz Wrona", "X")]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Mara Quispe started a GoFundMe page to pay her staff through the closing.", "GoFundMe"),
        ("Mara Quispe wrote on Hacker News that the bug was “ours to fix.”", "Hacker News"),
        ("A diner posted a one-star review on Tripadvisor on Monday.", "Tripadvisor"),
        ("Mara Quispe raised $20,000 during a charity stream on Kick that ended Sunday.", "Kick"),
    ],
)
def test_more_platforms_people_post_on(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Ines Haddad told BBC Radio 4’s Front Row on Friday that she had no regrets.",
            "Front Row",
        ),
        ("Ines Haddad told BBC Radio 4’s You and Yours that prices had risen.", "You and Yours"),
        ("Ines Haddad told CNN’s Jake Tapper that she had no regrets.", "CNN"),
    ],
)
def test_told_a_networks_show_with_no_noun_after_it(text, platform):
    assert _posts(text) == [("P1", "Ines Haddad", platform)]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Her lawyer, Odile Marchand, filed a response on Thursday calling the claims "
            "“baseless.”",
            ("P1", "Odile Marchand", None),
        ),
        (
            "The author Everett Lindqvist addressed the dispute on CBS Sunday Morning. “She did "
            "the work,” he said.",
            ("P1", "Everett Lindqvist", "CBS Sunday Morning"),
        ),
    ],
)
def test_a_filed_response_and_a_dispute_addressed_on_a_show(text, post):
    assert _posts(text) == [post]


def test_a_suit_of_someone_who_has_sued():
    text = (
        "A father in Tulsa, Marcus Oyelowo-Reed, has sued the bakery. His lawsuit says the bread "
        "was sold “long after the recall.”"
    )
    assert _posts(text) == [("P1", "Marcus Oyelowo-Reed", None)]
    assert _quotes(text)[0][1:] == ("Marcus Oyelowo-Reed", "P1")


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The charity’s founder, Lucía Barrientos, had written a letter to the court. “We "
            "turned families away,” she wrote.",
            [("P1", "Lucía Barrientos", None)],
        ),
        ("Councillor Farah Holt said she had not written the leaflet.", []),
    ],
)
def test_a_letter_someone_had_written(text, posts):
    assert _posts(text) == posts


def test_a_study_of_a_counted_number_published_in_a_journal():
    text = (
        "Teenagers sleep longer when school starts later, according to a study of 3,000 students "
        "published on Wednesday in the journal Sleep Health."
    )
    assert _posts(text) == [("P1", None, "Sleep Health")]


# Misfires a review of this round's rules found, each now a test.
@pytest.mark.parametrize(
    ("text", "speaker", "posts"),
    [
        ("Coach Hill said the team was ready. “We are ready,” Hill said.", "Hill", []),
        (
            "Professor Sun, who teaches economics at Fudan University, was cautious. “Growth "
            "will slow,” Sun said.",
            "Sun",
            [],
        ),
        (
            "The historian Robert Service, whose biography of Lenin was widely read, disagreed. "
            "“The archives tell a different story,” Service said.",
            "Robert Service",
            [],
        ),
        (
            "Erik ten Hag was sacked on Monday. “I accept the decision,” Ten Hag said in a "
            "statement.",
            "Ten Hag",
            [("P1", "Ten Hag", None)],
        ),
        (
            "The charity that employs the nurse, Grace Mwangi, said she had been detained. “I was "
            "treated like a criminal,” Mwangi said.",
            "Grace Mwangi",
            [],
        ),
        (
            "Speaking to a business group, Ana Lindqvist said the budget would be balanced. “We "
            "will not raise taxes,” Lindqvist said.",
            "Ana Lindqvist",
            [],
        ),
        (
            "The office of the governor, Kathy Hochul, said in a statement that the bridge would "
            "reopen. “Safety comes first,” Hochul said.",
            "Kathy Hochul",
            [("P1", "Kathy Hochul", None)],
        ),
        (
            "The Tribune first reported the layoffs on Monday. In an interview with the "
            "newspaper, Dana Whitcombe said she had been given no notice. “It was brutal,” "
            "Whitcombe said.",
            "Dana Whitcombe",
            [("P1", "Dana Whitcombe", None)],
        ),
        (
            "Dana Whitcombe left the talk show Morning Drive in 2019 and now records a gardening "
            "podcast. On Monday’s episode, Whitcombe said: “Tomatoes are a test of patience.”",
            "Dana Whitcombe",
            [],
        ),
        (
            "Priya Raman marked her return to Instagram on Sunday with a long caption. “I needed "
            "time away,” she wrote.",
            "Priya Raman",
            [("P1", "Priya Raman", "Instagram")],
        ),
        (
            "Tomás Ruiz was arrested in March. The lawsuit was filed last month by the parents of "
            "Tomás Ruiz, who say he was beaten in custody. “He is not the same,” the complaint "
            "says.",
            None,
            [("P1", None, None)],
        ),
        (
            "Dana Whitcombe found a dead mouse in a grocery order delivered on Tuesday. “I was "
            "horrified,” Whitcombe said.",
            "Dana Whitcombe",
            [],
        ),
        (
            "Priya Raman said she was at peace in her decision to retire. “It was time,” Raman "
            "said.",
            "Priya Raman",
            [],
        ),
        (
            "Dr. Eric Rubin, the journal’s editor, was blunt. In an editorial in the New England "
            "Journal of Medicine, Rubin wrote: “This is a failure of leadership.”",
            "Eric Rubin",
            [("P1", "Eric Rubin", None)],
        ),
        (
            "In an editorial meeting on Monday, Ana Lindqvist told staff: “We are cutting the "
            "print edition.”",
            "Ana Lindqvist",
            [],
        ),
        (
            "The city posted a photo of the flooded street on Facebook on Sunday. “Fix the drains "
            "first,” Dana Kowalczyk wrote under the photo.",
            "Dana Kowalczyk",
            [("P1", None, "Facebook")],
        ),
    ],
)
def test_ordinary_sentences_the_new_rules_must_leave_alone(text, speaker, posts):
    assert _quotes(text)[-1][1] == speaker
    assert _posts(text) == posts


def test_an_email_someone_received_with_no_sender_is_no_post():
    text = "Last week Priya Raman received an email threatening her family."
    assert _posts(text) == []
    assert _people(text) == ["Priya Raman"]


@pytest.mark.parametrize(
    "text",
    [
        "The Teachers’ Pension Fund said in a letter that it had “no choice.”",
        "The Marine Accident Investigation Branch found the boat was “overloaded.”",
        "Hjaltland Fibre said in a press release that repairs would take “at least ten days.”",
        "A hiker lost in the Wasatch Mountains wrote on Facebook: “I owe you all pizza.”",
        "The jockey, who rode in Hong Kong for a decade, said the horses were “the easy part.”",
        "A pharmacist in Des Moines said the substitute “works.”",
    ],
)
def test_more_bodies_and_places_are_no_people(text):
    assert _people(text) == []


def test_a_branch_after_a_given_name_is_a_surname():
    text = "The singer Michelle Branch said on Instagram that the tour was “over.”"
    assert _people(text) == ["Michelle Branch"]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Winifred Ashworth started a petition on Change.org to keep the archive open.",
            "Change.org",
        ),
        ("Beatrice Halcrow wrote in a letter to the UK government that it was “too slow.”", None),
    ],
)
def test_change_org_is_a_platform_and_a_countrys_initials_no_outlet(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


def test_a_firm_named_with_an_ampersand_is_not_the_person_who_shares_a_name_in_it():
    text = (
        "The pharmacy chain Holloway & Pryce said in a statement that it would close 12 stores. "
        "“We did not decide lightly,” the statement said. A pharmacist, Miriam Pryce, said she "
        "was “stunned.”"
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text)[0][1] is None


@pytest.mark.parametrize(
    "noun", ["saxophonist", "pianist", "jockey", "translator", "beekeeper", "choreographer"]
)
def test_more_occupations_describe_the_person_named_with_them(noun):
    text = (
        f"The {noun} Cornelius “Sweet Pea” Abernathy told The Kansas City Star that he had "
        f"found out from the post. “Nobody called me,” the {noun} said."
    )
    assert _quotes(text)[0][1:] == ("Cornelius Abernathy", "P1")


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The MSP Beatrice Halcrow wrote an open letter to the UK government asking why the "
            "islands had no backup.",
            [("P1", "Beatrice Halcrow", None)],
        ),
        (
            "Keswick Mountain Rescue Team said on Facebook that 14 volunteers had spent the night "
            "on the fell. “Carry a torch,” the team wrote.",
            [("P1", None, "Facebook")],
        ),
    ],
)
def test_a_letter_to_a_government_and_a_rescue_team(text, posts):
    assert _posts(text) == posts


def test_a_thread_on_a_towns_subreddit_is_on_reddit():
    text = (
        "An anonymous user started a thread on the Ann Arbor subreddit arguing that shops "
        "depended on drivers."
    )
    assert _posts(text) == [("P1", None, "Reddit")]


def test_a_company_named_without_co_stays_a_company():
    text = (
        "The distillery was sued by Old Harlan Distilling Co. over its labels. In a statement, "
        "Old Harlan said it “respects craft distillers.”"
    )
    assert _people(text) == []
    assert _quotes(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We ran out by ten,” the pantry’s coordinator, Agata Wiśniowska, wrote on Facebook.",
            "Agata Wiśniowska",
        ),
        (
            "Amira Haddad posted a video on TikTok. One comment under the video came from a former "
            "patient’s daughter, Hanna Ostrowska: “She sang to my dad.”",
            "Hanna Ostrowska",
        ),
        (
            "Her coach, the grandmaster Tobias Lindqvist, was cautious at a press conference in "
            "Leamington Spa. “She is extraordinary,” he said.",
            "Tobias Lindqvist",
        ),
    ],
)
def test_a_coordinator_a_possessive_role_before_a_name_and_a_spa_town(text, speaker):
    assert _quotes(text)[-1][1] == speaker


# Misfires a second review found in the last rules, each now a test.
@pytest.mark.parametrize(
    ("text", "speaker", "posts"),
    [
        (
            "Johnson & Johnson CEO Joaquin Duato wrote on LinkedIn, “We will fight this ruling.”",
            "Joaquin Duato",
            [("P1", "Joaquin Duato", "LinkedIn")],
        ),
        (
            "Ximena Ortiz runs Ximena Ortiz Wines in Sonoma. “Harvest came early,” Ximena Ortiz "
            "said.",
            "Ximena Ortiz",
            [],
        ),
        (
            "Jill Fund, a teacher in Ohio, wrote on Facebook, “We need more books.”",
            "Jill Fund",
            [("P1", "Jill Fund", "Facebook")],
        ),
        ("Kong said on Weibo, “I am sorry.”", "Kong", [("P1", "Kong", "Weibo")]),
    ],
)
def test_firms_tails_and_places_leave_these_people_alone(text, speaker, posts):
    assert _quotes(text)[0][1] == speaker
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "speaker", "posts"),
    [
        (
            "The club lost again on Sunday. “We are sad,” the club’s statement said.",
            None,
            [("P1", None, None)],
        ),
        (
            "The club lost again on Sunday. “We are sad,” the statement said.",
            None,
            [("P1", None, None)],
        ),
        (
            "The club lost again. “We are sad,” the club’s statement quoted its chairman, Tom "
            "Reilly, as saying.",
            "Tom Reilly",
            [("P1", None, None)],
        ),
        (
            "“We heard it at 3:12 in the morning,” the university’s news release quoted the team "
            "lead, Tobias Engström, a fourth-year engineering student, as saying.",
            "Tobias Engström",
            [("P1", None, "press release")],
        ),
    ],
)
def test_a_statement_or_release_named_after_the_quote_it_gives(text, speaker, posts):
    assert _quotes(text)[0][1] == speaker
    assert _posts(text) == posts
    assert _quotes(text)[0][2] == "P1"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Kestrel Lettings said in a statement that it would appeal. “The tribunal has not "
            "understood,” it said.",
            [],
        ),
        (
            "The landlord, Kestrel Lettings, was fined. Kestrel Lettings said in a statement that "
            "it would appeal.",
            [],
        ),
        # (a person who issues a statement keeps her name: a given name opens it, or "she")
        (
            "Maria Lopez said in a statement that it was time to go.",
            ["Maria Lopez"],
        ),
        (
            "Kestrel Okonkwo said in a statement that she would appeal.",
            ["Kestrel Okonkwo"],
        ),
    ],
)
def test_a_name_of_several_words_whose_statement_speaks_of_it_is_an_organisation(text, people):
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Saw my first ceilidh there,” wrote the fiddler Kwame Asante-Boateng, who has played "
            "every year.",
            "Kwame Asante-Boateng",
        ),
        ("“Saw my first ceilidh there,” the fiddler Kwame Boateng said.", "Kwame Boateng"),
        ("“It was the best night,” said the harpist Eilidh MacLeod.", "Eilidh MacLeod"),
        # (an organisation after "the" and its kind is still no person)
        ("“We will keep watching,” said the nonprofit Harbor Watch.", None),
    ],
)
def test_the_and_a_role_the_lexicon_does_not_list_before_a_name(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Kaito Moriyama won at the Dew Tour at Copper Mountain on Sunday.",
        "His sponsor, Hollis Grant Snowboards, replied under the post.",
        "The satellite’s operator, Veridian Orbital, blamed a battery.",
        "Kaito Moriyama spoke on Vermont Public’s program Vermont Edition.",
        "The landlord, Kestrel Lettings, was fined.",
    ],
)
def test_mountains_product_makers_and_public_broadcasters_are_no_people(text):
    assert set(_people(text)) <= {"Kaito Moriyama"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 16-year-old snowboarder Kaito Moriyama won. His mother, Yumi Moriyama, cried. "
            "“I am 16. I have time,” the teenager said.",
            "Kaito Moriyama",
        ),
        (
            "Kaito Moriyama, 16, won. His mother, Yumi Moriyama, cried. The teenager told "
            "reporters the scores were “a bit of a mystery.”",
            "Kaito Moriyama",
        ),
    ],
)
def test_the_teenager_is_the_one_person_named_with_a_young_age(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Fatoumata Diallo said on Vermont Public’s program Vermont Edition that the losses "
            "were “bad, but not the end of the story.”",
            "Vermont Edition",
        ),
        (
            "Ines Ferreira spoke on Otago Valley Community’s programme Morning Report. “We were "
            "lucky,” she said.",
            "Morning Report",
        ),
    ],
)
def test_a_show_named_after_a_network_of_several_words_and_its_kind(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Ana Ruiz spoke first. The head of the carnivore section, Dr. Fiona MacAllister, told "
            "the Ridgemont Herald that the first 30 days were critical. “We keep our distance,” "
            "she said.",
            "Fiona MacAllister",
        ),
        (
            "Ana Ruiz spoke first. The leader of the No campaign, the cantonal MP Claude-Henri "
            "Rochat, told Radio Télévision Valmont that the result was “a clear answer.”",
            "Claude-Henri Rochat",
        ),
    ],
)
def test_a_role_of_something_then_a_title_or_role_words_before_the_name_in_apposition(text, author):
    assert [p[1] for p in _posts(text)] == [author]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The campaign group Free the Wild said in a statement that it was “for the "
            "turnstiles.”",
            [],
        ),
        ("Neža Kranjc will ask the International Ski and Snowboard Federation.", ["Neža Kranjc"]),
        (
            "Neža Kranjc won the downhill. “Worth every day,” the 24-year-old Slovenian wrote on "
            "Instagram.",
            ["Neža Kranjc"],
        ),
    ],
)
def test_a_word_after_a_lower_case_the_a_federation_and_a_nationality_are_no_people(text, people):
    assert _people(text) == people


def test_the_age_and_nationality_describe_the_person_named_before():
    text = (
        "Neža Kranjc won the downhill. “Worth every day,” the 24-year-old Slovenian wrote on "
        "Instagram."
    )
    assert _quotes(text)[0][1] == "Neža Kranjc"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Keepers were celebrating after Mei Mei, the zoo’s 12-year-old red panda, gave birth "
            "to twins.",
            [],
        ),
        ("Tom Reilly said his golden retriever named Biscuit ran home.", ["Tom Reilly"]),
        # (an animal that does not head the apposition names no animal)
        (
            "Colleen Fairweather, a bear specialist with the agency, told the Flathead Beacon "
            "that the animal was calm.",
            ["Colleen Fairweather"],
        ),
        ("Tom Reilly, the dog’s owner, said it was “a miracle.”", ["Tom Reilly"]),
    ],
)
def test_an_animal_the_story_names_is_no_person(text, people):
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kofi Asante-Darko, an agronomist who advises cider growers, told Farmers Weekly that "
            "the crop was lost. “Trees under stress skip a year,” the agronomist said.",
            "Kofi Asante-Darko",
        ),
        (
            "The fiddler Kwame Boateng played. Later, Ann Lee spoke. “It was grand,” the fiddler "
            "said.",
            "Kwame Boateng",
        ),
        # (an organisation the noun was given to is no speaker; nor is a noun given to no one)
        (
            "Harbor Watch, a nonprofit group, sued the city. “We will win,” the group said.",
            None,
        ),
        ("Ann Lee left early. “It was grand,” the agronomist said.", None),
    ],
)
def test_the_and_an_unlisted_noun_is_the_person_the_story_gave_it_to(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "posts"),
    [
        (
            "A documentary was pulled. The lawsuit, filed by Solange Thibodeau in Quebec Superior "
            "Court on Monday, calls the film “a betrayal dressed up as a tribute” and says she was "
            "misled.",
            ("a betrayal dressed up as a tribute", "Solange Thibodeau", "P1"),
            [("P1", "Solange Thibodeau", None)],
        ),
        (
            "A coach sued the school. The lawsuit, filed Monday in federal court by Danielle "
            "Oyelaran-Fitch, says the department treated advisers as “an obstacle to be "
            "managed.”",
            ("an obstacle to be managed.", "Danielle Oyelaran-Fitch", "P1"),
            [("P1", "Danielle Oyelaran-Fitch", None)],
        ),
        # (a suit filed by an organisation is no one's)
        (
            "The lawsuit, filed by the city of Boston in federal court last week, says the "
            "company was “reckless.”",
            ("reckless.", None, "P1"),
            [("P1", None, None)],
        ),
    ],
)
def test_a_suit_filed_by_someone_in_a_long_apposition_speaks_as_its_filer(text, quote, posts):
    assert _quotes(text) == [quote]
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Shoppers paid more, according to a study released Wednesday by the consumer group "
            "Fair Table. “Prices took the escalator up,” the study said.",
            [("P1", None, None)],
        ),
        (
            "Half of the colonies died. “Mites are the greatest threat,” the survey found.",
            [("P1", None, None)],
        ),
        # (a study cited for a finding, with no words of it quoted, is no post)
        ("A study released Wednesday found that prices rose.", []),
    ],
)
def test_a_study_or_survey_that_speaks_after_a_quote_is_a_post(text, posts):
    assert _posts(text) == posts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The attorney general, Rosalind Achebe, announced the suit on X. “Families were "
            "choosing between eggs and gas,” the attorney general posted.",
            "Rosalind Achebe",
        ),
        (
            "Gen. Mark Ellison inspected the base on Monday. “We are ready,” the general said.",
            "Mark Ellison",
        ),
    ],
)
def test_a_general_and_an_attorney_general_are_the_person_named_so(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The shop’s owner, Thảo Phạm, celebrated on LinkedIn. “Small businesses can win,” she "
            "posted.",
            "Thảo Phạm",
        ),
        ("Nguyễn Văn Ước said on Facebook, “We won.”", "Nguyễn Văn Ước"),
    ],
)
def test_vietnamese_names_are_whole(text, name):
    assert _people(text) == [name]
    assert _quotes(text)[0][1] == name
    assert _posts(text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Councillor Barry Stott told the Brackley Mercury that the club would move. “Nobody is "
            "being thrown out,” he said.",
            "Brackley Mercury",
        ),
        (
            "Friedrich Oberhauser told the Lauterbacher Tagblatt that the plan had failed. “It is "
            "over,” he said.",
            "Lauterbacher Tagblatt",
        ),
    ],
)
def test_a_mercury_and_a_tagblatt_are_newspapers(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]


@pytest.mark.parametrize(
    "verb", ["defended the timing", "described the plan", "warned listeners", "apologised"]
)
def test_more_verbs_report_an_appearance_on_a_networks_show(verb):
    text = (
        f"Siobhán Ní Bhriain {verb} on RTÉ’s Morning Ireland. “There is no quiet month,” she said."
    )
    assert _posts(text) == [("P1", "Siobhán Ní Bhriain", "Morning Ireland")]


def test_a_commenter_under_the_video_with_a_comma_is_no_one_named():
    text = (
        "Amara Nwachukwu posted a video on TikTok. “Seven years of work,” she said in the clip. "
        "A commenter under the video wrote, “This is huge for every artist.”"
    )
    assert _quotes(text) == [
        ("Seven years of work,", "Amara Nwachukwu", "P1"),
        ("This is huge for every artist.", None, "P1"),
    ]


@pytest.mark.parametrize(
    ("reply", "speaker"),
    [
        ("One reply, from a teacher who did not give a name, read: “Same here.”", None),
        ("One reply, from a teacher in Nagoya who gave no name, read: “Same here.”", None),
        # (a reply from someone named stays theirs)
        ("One reply, from a teacher named Tom Ray, read: “Same here.”", "Tom Ray"),
    ],
)
def test_a_reply_from_someone_unnamed_is_no_ones_but_stays_under_the_post(reply, speaker):
    text = (
        f"Brianna Kowal started a thread on Reddit. “I found the door chained,” she wrote. {reply}"
    )
    assert _quotes(text)[1] == ("Same here.", speaker, "P1")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dog is handled by her breeder, Margaret Oyelaran-Hughes, who has shown whippets "
            "for 35 years. “I have waited my whole life for that walk,” the breeder told "
            "reporters.",
            "Margaret Oyelaran-Hughes",
        ),
        # (an organisation's noun names no person, even with a name in apposition)
        (
            "His team, Moreau Durand, suspended his contract. “We apply the same rules to every "
            "rider,” the team said.",
            None,
        ),
    ],
)
def test_an_unlisted_noun_after_a_possessive_and_before_told(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Apex Combat League said on Instagram that she had been “a pioneer.” Yekaterina "
            "Sokolova posted a photo on Instagram.",
            [("P1", None, "Instagram"), ("P2", "Yekaterina Sokolova", "Instagram")],
        ),
        # (the organisation's own video, in which its curator speaks, stays one post)
        (
            "The museum announced the find in a video on its YouTube channel on Wednesday. “We "
            "walked past her every day,” the museum’s curator, Dr. Oren Castellanos, says in the "
            "video.",
            [("P1", None, "YouTube")],
        ),
    ],
)
def test_an_organisations_post_does_not_take_a_persons_later_post(text, posts):
    assert _posts(text) == posts


def test_a_post_on_her_own_instagram_is_hers():
    text = (
        "The charity appealed for coats on Facebook. Her daughter, Nour, shared the appeal on her "
        "own Instagram with the words “Mum has not had a day off.”"
    )
    assert _posts(text)[-1] == ("P2", "Nour", "Instagram")


@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "Teresa Okafor-Lund answered in an interview on WFHV’s Fairhaven Mornings. “He has "
            "had eight years,” she said.",
            [("P1", "Teresa Okafor-Lund", "Fairhaven Mornings")],
            ["Teresa Okafor-Lund"],
        ),
        (
            "Dr. Mehmet Yıldız answered in a letter to the editor of the Sacramento Bee two days "
            "later. “She is right to be angry,” he wrote.",
            [("P1", "Mehmet Yıldız", "Sacramento Bee")],
            ["Mehmet Yıldız"],
        ),
        (
            "A group called Marlow Parents for Transparency said in a Facebook post that it "
            "welcomed the resignation.",
            [("P1", None, "Facebook")],
            [],
        ),
        # (a body that names someone, with "the", is a verb's subject)
        (
            "The board named Ayesha Siddiqui-Malik as captain on Monday.",
            [],
            ["Ayesha Siddiqui-Malik"],
        ),
    ],
)
def test_a_morning_show_a_letter_to_the_editor_and_a_group_called_so(text, posts, people):
    assert _posts(text) == posts
    assert _people(text) == people


def test_a_role_and_a_name_in_apposition_quoted_in_the_release():
    text = (
        "The Sheriff’s Office said in a news release that rescuers reached him. Its search "
        "coordinator, Janelle Whitfield, was quoted in the release as saying, “He kept his head, "
        "and that kept him alive.”"
    )
    assert _quotes(text) == [
        ("He kept his head, and that kept him alive.", "Janelle Whitfield", "P1")
    ]
    assert _posts(text) == [("P1", None, "press release")]


def test_a_writer_described_before_and_named_when_quoted_writes_that_post():
    text = (
        "A climber who spent two nights stranded on a ledge has written about the ordeal in an "
        "essay on Medium, a week after the rescue.\n\n"
        "“I made every mistake in the book.\n\n"
        "“The people who came for me did everything right,” wrote the climber, Tariq "
        "Al-Mansouri, 29, a software engineer from Boulder."
    )
    assert _posts(text) == [("P1", "Tariq Al-Mansouri", "Medium")]
    assert [q[2] for q in _quotes(text)] == ["P1", "P1"]


# Misfires a review of this round's rules reproduced, each now a test.
@pytest.mark.parametrize(
    ("text", "speakers", "posts"),
    [
        (
            "Maria Delgado, a spokeswoman for the company, did not return calls on Friday. "
            "Hartwell Foods recalled 40,000 jars. “We are working closely with regulators,” the "
            "company said.",
            [None],
            [],
        ),
        (
            "“The deficit would rise sharply,” the nonpartisan Congressional Budget Office said.",
            [None],
            [],
        ),
        (
            "“We deserved the win,” the newly promoted Ipswich said in a post on X.",
            [None],
            [("P1", None, "X")],
        ),
        (
            "Volodymyr Zelensky said in a statement that it was a dark day for Ukraine. “We will "
            "not forgive,” Zelensky wrote on Telegram.",
            ["Volodymyr Zelensky"],
            [("P1", "Volodymyr Zelensky", None), ("P2", "Volodymyr Zelensky", "Telegram")],
        ),
        (
            "Jordan Hale, a high school junior, was shot on Friday. His sister, Mia Hale, 9, was "
            "not hurt. Jordan Hale underwent surgery. “I want to go back to school,” the teenager "
            "told reporters.",
            ["Jordan Hale"],
            [],
        ),
        ("On Joe Rogan’s podcast, Elon Musk said he would not sell the company.", [], []),
        (
            "Lan Nguyen, 34, was killed on Sunday. Relatives gathered at the Nguyen home on "
            "Monday. “She was the light of our lives,” Nguyen’s sister said.",
            ["Lan Nguyen"],
            [],
        ),
        (
            "Petr Fiala met the delegation. “We disagree,” the Czech foreign minister Jan "
            "Lipavsky said.",
            ["Jan Lipavsky"],
            [],
        ),
        (
            "Sen. Tom Cotton, a China hawk, said the deal was weak. “We cannot trust Beijing,” "
            "Cotton said.",
            ["Tom Cotton"],
            [],
        ),
        (
            "The Chronicle’s editor, Ann Buckley, defended the story. “We stand by it,” the paper "
            "said.",
            [None],
            [],
        ),
        (
            "Jane Corrigan sued the city of Fresno in March. The lawsuit says police ignored a "
            "complaint filed by Tom Ray in 2019.",
            [],
            [("P1", "Jane Corrigan", None)],
        ),
        (
            "Attorney General Letitia James opened an inquiry. Gen. Mark Milley, who signed it, "
            "testified on Tuesday. “I followed every rule,” the general said.",
            ["Mark Milley"],
            [],
        ),
    ],
)
def test_ordinary_sentences_this_rounds_rules_must_leave_alone(text, speakers, posts):
    assert [q[1] for q in _quotes(text)] == speakers
    assert _posts(text) == posts


def test_a_general_election_names_no_general():
    assert [p.aliases for p in extract("Ann Kerr won the general election.", None).people] == [()]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Her longtime partner, the Czech player Tereza Dvořáková, shared the essay on "
            "Instagram with a message of her own: “Best left hand I ever stood next to.”",
            "Tereza Dvořáková",
        ),
        (
            "The director Shirin Farahani could not attend. The jury president, the Danish "
            "actress Sofie Brandstrup, wrote on Instagram that the vote had been unanimous. “It "
            "was never close,” she posted.",
            "Sofie Brandstrup",
        ),
    ],
)
def test_a_demonym_before_the_role_of_a_name_in_apposition(text, speaker):
    assert [(q[1], q[2]) for q in _quotes(text)] == [(speaker, "P1")]
    assert [p[1] for p in _posts(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "The county executive, Beatriz Alvarenga-Soto, rejected the argument on WAMU’s The "
            "Politics Hour on Friday. “He had eight years to change the rules,” she said.",
            "The Politics Hour",
        ),
        (
            "The activist Temitope Okafor toured the tower. Okafor, interviewed on CBC’s The "
            "Current on Wednesday, called a vacancy tax “overdue by a decade.”",
            "The Current",
        ),
        (
            "Sen. Amy Klobuchar pushed back on CNN’s State of the Union. “We have the votes,” she "
            "said.",
            "State of the Union",
        ),
    ],
)
def test_any_verb_before_on_a_networks_show_reports_an_appearance(text, platform):
    assert [p[2] for p in _posts(text)] == [platform]
    assert all(q[2] == "P1" for q in _quotes(text))


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Héctor Villaseñor was unimpressed. “Rules are rules,” he told ESPN Deportes.",
            "ESPN Deportes",
        ),
        (
            "Her coach, Emeka Nwosu, told Deutschlandfunk that a loaner would not do. “It is like "
            "playing someone else’s violin,” the coach said.",
            "Deutschlandfunk",
        ),
        # (a time after the station's letters leaves it the station)
        (
            "“That one was for my mother,” she told radio station KUGN minutes after the race.",
            "KUGN",
        ),
        ("Ana Lee told KTVU afterwards that she was fine.", "KTVU"),
        # (initials before the people told, or before a role and a name, are no outlet)
        ("Ana Lee told NASA engineers that the launch would slip.", None),
        ("Ana Lee told NASA Administrator Bill Nelson that the launch would slip.", None),
    ],
)
def test_an_outlet_whose_name_opens_with_a_networks_initials(text, platform):
    assert [p[2] for p in _posts(text)] == ([platform] if platform else [])


@pytest.mark.parametrize(
    ("text", "author", "platform"),
    [
        (
            "Others were sympathetic. A Threads post by the strength coach Lwazi Dlamini, who has "
            "400,000 followers, called the episode “a good lesson for all of us who teach online.”",
            "Lwazi Dlamini",
            "Threads",
        ),
        (
            "Ana Ruiz was upset. Her Instagram post called the ruling “a disgrace to the sport.”",
            "Ana Ruiz",
            "Instagram",
        ),
    ],
)
def test_a_post_by_someone_opening_its_sentence_speaks_its_fragment(text, author, platform):
    assert _posts(text) == [("P1", author, platform)]
    assert [(q[1], q[2]) for q in _quotes(text)] == [(author, "P1")]


def test_an_organisation_with_a_relative_clause_before_its_verb_posts_as_itself():
    text = (
        "The Kaimana Observatory in Hawaii, where Mei-Ling Tsao works, posted a time-lapse of its "
        "path on YouTube on Thursday."
    )
    assert _posts(text) == [("P1", None, "YouTube")]
    # (a council opening the sentence does not take a councillor's post named after it)
    text = (
        "The Harwick City Council voted 5-2 to close two pools, a decision Councillor Aisha "
        "Rahmani called “short-sighted” in a Facebook post that night. “Kids will now have to "
        "cross a highway,” she wrote."
    )
    assert _posts(text) == [("P1", "Aisha Rahmani", "Facebook")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "One commuter, Yusra Haddad, posted a TikTok from a packed platform at Clapham "
            "Junction. “Day three,” she said in the clip.",
            ["Yusra Haddad"],
        ),
        (
            "Priya Raghunathan said the company would cut jobs. The nonprofit Data Justice Lab "
            "found the app sending data to three firms.",
            ["Priya Raghunathan"],
        ),
    ],
)
def test_junctions_and_labs_are_no_people(text, people):
    assert _people(text) == people


def test_an_unlisted_noun_before_a_title_and_a_name_speaks_as_that_name():
    text = (
        "The dermatologist Dr. Adaeze Nwosu tested six sunscreens under an ultraviolet camera. "
        "“Please don’t,” the dermatologist wrote."
    )
    assert [q[1] for q in _quotes(text)] == ["Adaeze Nwosu"]


def test_the_noun_of_the_one_description_alias_that_ends_in_it():
    text = (
        "Tawhiri Ngata is back at work, he announced on Instagram. “Ninety days,” Ngata wrote. "
        "His surgeon, Dr. Beatriz Moreira-Lund, described the recovery as “better than any of us "
        "dared to write down.” The organ shows no sign of rejection. “We check every week,” the "
        "surgeon said."
    )
    assert [q[1] for q in _quotes(text)] == [
        "Tawhiri Ngata",
        "Beatriz Moreira-Lund",
        "Beatriz Moreira-Lund",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Today marks the end of a very long wait,” Dr. Kwame Asante-Boateng, the chief "
            "executive of the drug’s maker, Orlen Therapeutics, said in a press release.",
            "Kwame Asante-Boateng",
        ),
        ("“We won,” Ana Ruiz, the coach of the city’s club, Real Madrid, said.", "Ana Ruiz"),
    ],
)
def test_a_role_apposition_holding_an_organisations_name(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "posts", "speaker"),
    [
        (
            "The sale drew criticism from the painter’s great-niece, Lucía Alcántara Robles, who "
            "told the Mexican daily La Jornada that the family had never been consulted. “My "
            "great-aunt painted for Mexico,” she said.",
            [("P1", "Lucía Alcántara Robles", "La Jornada")],
            "Lucía Alcántara Robles",
        ),
        (
            "Jun-ho Baek told the BBC Radio 4 program “Today” on Monday that the fault lay with a "
            "supplier. “We have stopped buying from that line,” he said.",
            [("P1", "Jun-ho Baek", "Today")],
            "Jun-ho Baek",
        ),
    ],
)
def test_a_daily_and_a_stations_number_before_the_kind_of_its_show(text, posts, speaker):
    assert _posts(text) == posts
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_name_after_a_comma_and_a_verb_is_a_new_clauses_subject_not_an_apposition():
    text = (
        "Senator Marguerite Delacroix wrote to the company on Tuesday. “Women deserve to know,” "
        "she wrote. Its co-founder, Noor Haddad, went further on a podcast the same day. Asked "
        "whether users should trust the app, Haddad paused. “They should verify, not trust,” she "
        "said."
    )
    assert [q[1] for q in _quotes(text)] == ["Marguerite Delacroix", "Noor Haddad"]
    # (the name in apposition to an organisation's noun is still the organisation's)
    assert _people("Their union, Métallos Local 9414, announced the strike on Facebook.") == []


def test_a_possessive_in_the_sentence_before_does_not_take_a_pronoun_from_its_subject():
    text = (
        "Jun-ho Baek announced the recall on Threads. “We got this wrong,” Baek wrote. A "
        "schoolteacher, Harriet Osei, replied under Baek’s post with a photo. “Free replacement "
        "is nice,” she wrote."
    )
    assert [q[1] for q in _quotes(text)] == ["Jun-ho Baek", "Harriet Osei"]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The former champion Elena Castellanos said on Sky Sports’ The F1 Show that the "
            "Brazilian “needs to keep the radio for racing.”",
            [("P1", "Elena Castellanos", "The F1 Show")],
        ),
        (
            "Interviewed on CNN on Sunday, Ewa Kowalczyk said she had heard from hundreds of "
            "nurses. “Nobody has written to tell me I am wrong,” the nurse said.",
            [("P1", "Ewa Kowalczyk", "CNN")],
        ),
        (
            "Its editor, Rafael Quintero, told the radio show Hoy por Hoy that “our source was in "
            "the room.”",
            [("P1", "Rafael Quintero", "Hoy por Hoy")],
        ),
        (
            "The plan was welcomed by Mingma Gyalzen Sherpa, who runs the outfitter High Camp "
            "Expeditions. “Crowding near the summit killed people,” he told the BBC World "
            "Service’s Newshour programme.",
            [("P1", "Mingma Gyalzen Sherpa", "Newshour")],
        ),
        (
            "“We keep being surprised,” the lead author, Dr. Femi Adebayo-Larsen, wrote on "
            "Bluesky, where he shared a thread of satellite images.",
            [("P1", "Femi Adebayo-Larsen", "Bluesky")],
        ),
        (
            "The commentator Brent Halvorsen, who hosts the YouTube channel Cold Facts, called the "
            "paper “alarmism with better graphics” in a video posted that evening.",
            [("P1", "Brent Halvorsen", "YouTube")],
        ),
        # (a show cut at a number's dot is no show)
        (
            "Interviewed on the ABC’s 7.30 that evening, the chief of staff, Marguerite Oyelaran, "
            "said the government had acted.",
            [],
        ),
    ],
)
def test_a_plurals_possessive_interviewed_on_a_channel_someone_runs_and_where_they_posted(
    text, posts
):
    assert _posts(text) == posts


def test_the_broadcaster_before_a_long_irish_name_is_a_person():
    text = (
        "The broadcaster Siobhán Mac Giolla Phádraig has stepped down, she told BBC Radio 4’s "
        "Woman’s Hour on Tuesday. “I have eaten more sponge than any woman alive,” she said."
    )
    assert _people(text) == ["Siobhán Mac Giolla Phádraig"]
    assert _posts(text) == [("P1", "Siobhán Mac Giolla Phádraig", "Woman’s Hour")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz posted a video on TikTok. Fans flooded the comments. One of the most liked "
            "came from her sister, the chef Kavitha Raghunathan: “Proud of you. Now come eat.”",
            "Kavitha Raghunathan",
        ),
        (
            "Ana Ruiz posted the news on LinkedIn. Among the comments was one from Professor "
            "Adebayo Ogunleye, a historian at the University of Ibadan: “A good day.”",
            "Adebayo Ogunleye",
        ),
    ],
)
def test_a_comment_from_someone_named_after_a_role_before_a_colon(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


def test_an_organisation_opening_its_sentence_speaks_past_a_relative_clause_with_a_person():
    text = (
        "The Malian guitarist Boubacar Traoré-Diallo cancelled his tour. The Barbican in London, "
        "where he was due to play next week, said in a statement that it was “heartbroken” and "
        "would refund all tickets."
    )
    assert _quotes(text) == [("heartbroken", None, "P1")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "In an interview on NPR’s All Things Considered on Thursday, Ana Ruiz said she had "
            "applied four months in advance.",
            ["Ana Ruiz"],
        ),
        ("Britain’s Home Office said it did not comment on individual cases.", []),
    ],
)
def test_a_title_opening_with_all_and_an_office_are_no_people(text, people):
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "The city’s public works department said in a statement that crews would patch Marsh "
            "Road “within 72 hours.” Its director, Abimbola Nwachukwu, was not available.",
            [("within 72 hours.", None, "P1")],
        ),
        (
            "The BBC said in a statement that it would announce her replacement “in due course.” "
            "Tabloids have floated two names.",
            [("in due course.", None, "P1")],
        ),
        # (titles that end a sentence stay titles)
        ("On the picket line, nurses sang “Solidarity Forever.” The strike went on.", []),
        (
            "“This is the new baseline,” he said, as a busker nearby played Joni Mitchell’s “Big "
            "Yellow Taxi.”\n\nThe premier’s office said nothing.",
            [("This is the new baseline,", None, None)],
        ),
    ],
)
def test_short_words_that_end_a_reported_sentence_are_quoted_not_scare_quotes(text, quotes):
    assert _quotes(text) == quotes


def test_a_caption_with_no_verb_of_saying_is_the_words_of_the_sentences_subject():
    text = (
        "Faith Rotich is out of the marathon. The 29-year-old broke the news on Instagram with a "
        "photo of an ice pack and the caption “Not this time, Lisbon. I will be back stronger.”"
    )
    assert _quotes(text) == [
        ("Not this time, Lisbon. I will be back stronger.", "Faith Rotich", "P1")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The university said in a news release that the glacier had retreated. The release "
            "quoted a co-author, Aiyana Redcloud, as saying the findings “should end any debate.”",
            "Aiyana Redcloud",
        ),
        (
            "Senator Marguerite Delacroix wrote to the company. Delacroix, speaking at a Capitol "
            "Hill news conference on Thursday, said the answer had come “a few years too late.”",
            "Marguerite Delacroix",
        ),
        (
            "The restaurant critic Eleanor Whitcombe gave Bistro Nakamura one star in The Sunday "
            "Chronicle this weekend, describing its miso cod as “a fish that died for nothing.”",
            "Eleanor Whitcombe",
        ),
        (
            "Its director, Anders Kjellberg, posted on Facebook on Monday. Her co-star in the "
            "film, Rohan Mehta, replied under that post with two words: “Were we?”",
            "Rohan Mehta",
        ),
        (
            "Oumou Sidibé-Koné shared his post on her own Facebook page. “The music travels "
            "anyway,” she wrote.",
            "Oumou Sidibé-Koné",
        ),
        # (a relative clause between a suit and its verb still leaves the filer speaking)
        (
            "The suit, which Oluwaseun Adeyemi-Brooks filed himself without a lawyer, claimed that "
            "poll workers had “turned away voters who were in line before 7 p.m.”",
            "Oluwaseun Adeyemi-Brooks",
        ),
    ],
)
def test_fragments_and_quotes_of_someone_named_past_a_phrase(text, speaker):
    assert [q[1] for q in _quotes(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        (
            "The post showed the Australian Jasmine Whitlock struggling in rough water. Whitlock "
            "responded on TikTok with a video. “Fourth place, no lessons needed,” she said.",
            ["Jasmine Whitlock"],
            "Jasmine Whitlock",
        ),
        (
            "The clinic’s head nurse, Brandy Two Bulls, said the service had mattered. “Before "
            "this, we would have been driving two hours each way,” she said.",
            ["Brandy Two Bulls"],
            "Brandy Two Bulls",
        ),
        # (a nationality that opens organisations' names stays in them)
        (
            "The American Red Cross said in a Facebook post that it had opened a shelter.",
            [],
            None,
        ),
    ],
)
def test_a_nationality_before_a_name_and_a_number_inside_one(text, people, speaker):
    assert _people(text) == people
    assert [q[1] for q in _quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Mayor Kazimierz Wróblewski went live on Facebook. The mayor’s office replied in the "
            "comments that crews would reach Riverside “before the morning commute.”",
            [("before the morning commute.", None, "P1")],
        ),
        (
            "Luca Ferraro has said nothing. Asked about the reports, he smiled and told reporters, "
            "“Ask Thandiwe.”",
            [("Ask Thandiwe.", "Luca Ferraro", None)],
        ),
        ("Local cyclists have taken to calling the stretch “the Gauntlet.” A ride is planned.", []),
        (
            "One of the landlords, Greyhaven Communities, said in an emailed statement that it "
            "“sets its own rents, independently and lawfully.”",
            [("sets its own rents, independently and lawfully.", None, "P1")],
        ),
    ],
)
def test_an_office_a_gesture_before_told_a_name_given_a_stretch_and_a_landlord(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            "Harlan Boyce, chief executive of Sierra Crest Power, shared the essay on X with a "
            "comment of his own: “Easy to write once you no longer keep the lights on.”",
            [("Easy to write once you no longer keep the lights on.", "Harlan Boyce", "P1")],
            [("P1", "Harlan Boyce", "X")],
        ),
        (
            "Yuki Tanabe-Rowe has withdrawn from the new production, days before opening night."
            "\n\nThe soprano announced the decision on Instagram on Thursday, writing that a "
            "hemorrhage had left her “no safe choice but to rest.”",
            [("no safe choice but to rest.", "Yuki Tanabe-Rowe", "P1")],
            [("P1", "Yuki Tanabe-Rowe", "Instagram")],
        ),
        # (a role with an article after a name that is the object of a preposition is no
        # apposition of it)
        (
            "In an email to staff seen by Reuters, the chief executive, Sigrid Aune-Mortensen, "
            "wrote: “None of this reflects the quality of your work.”",
            [("None of this reflects the quality of your work.", "Sigrid Aune-Mortensen", "P1")],
            [("P1", "Sigrid Aune-Mortensen", None)],
        ),
    ],
)
def test_a_role_without_an_article_in_apposition_and_voices_named_by_their_part(
    text, quotes, posts
):
    assert _quotes(text) == quotes
    assert _posts(text) == posts


def test_a_hyphenated_adjective_opening_the_sentence_names_no_organisation():
    text = (
        "Laid-off employees took to Threads. “Got the calendar invite at 8:02, lost Slack at "
        "8:09,” wrote Ximena Torres, who developed recipes for the company."
    )
    assert _posts(text) == [("P1", "Ximena Torres", "Threads")]


# Ordinary sentences a review of this round's rules reproduced misfires on; each is now right.
@pytest.mark.parametrize(
    ("text", "speakers", "posts", "people"),
    [
        (
            "“It was a tough week for everyone,” said Finn Russell, who kicked 14 points. Russell "
            "was named man of the match.",
            ["Finn Russell"],
            [],
            ["Finn Russell"],
        ),
        (
            "“We knew it would be close,” said Dane Reid, the club’s captain. Reid scored the "
            "winner in overtime.",
            ["Dane Reid"],
            [],
            ["Dane Reid"],
        ),
        (
            "Mary Anne Okafor, 34, was elected on Tuesday. Her mother, Mary Anne, said she had "
            "always been “a fighter.”",
            ["Mary Anne"],
            [],
            ["Mary Anne Okafor", "Mary Anne"],
        ),
        ("After years of work on the album, Blue Hours was finally released in May.", [], [], []),
        (
            "Shortly after the release of the book, Penguin said it had sold a million copies.",
            [],
            [],
            [],
        ),
        (
            "President Julius Maada Bio arrived in Freetown on Monday. “Our democracy is strong,” "
            "Bio told supporters.",
            ["Julius Maada Bio"],
            [],
            ["Julius Maada Bio"],
        ),
        (
            "The Tánaiste, Dick Spring, said the talks would continue. “We will not walk away,” "
            "Spring said.",
            ["Dick Spring"],
            [],
            ["Dick Spring"],
        ),
        ("The rally was organised by Maria Tours, a teacher in Lyon.", [], [], ["Maria Tours"]),
        ("The broadcaster Al Jazeera English said the journalist was detained.", [], [], []),
        (
            "Reyes, who starred on NBC’s The Office for two seasons, said the reunion was "
            "“overdue.”",
            [None],
            [],
            [],
        ),
        ("She first met her husband on ITV’s Love Island in 2019.", [], [], []),
        (
            "The astronaut told NASA Mission Control that the hatch was “secure.”",
            [None],
            [],
            None,  # ("Mission Control" is still taken for a person, as before this round)
        ),
        ("The officer told NYPD Internal Affairs that she had been threatened.", [], [], None),
        (
            "Ana Ramirez told WNYC producers that she would run again.",
            [],
            [("P1", "Ana Ramirez", "WNYC")],
            ["Ana Ramirez"],
        ),
        (
            "A TikTok post by the influencer Kai Brennan quoted an unnamed official calling the "
            "plan “a scam.”",
            [None],
            [("P1", "Kai Brennan", "TikTok")],
            ["Kai Brennan"],
        ),
        (
            "Leila Haddad found a 1962 photo of her grandfather at the mill, with the caption "
            "“Dad, first day.”",
            [],
            [],
            ["Leila Haddad"],
        ),
        (
            "Sofia Marin, who founded the Facebook group Save Our Park, said in a statement that "
            "the council had “betrayed residents.”",
            ["Sofia Marin"],
            [("P1", "Sofia Marin", "Facebook"), ("P2", "Sofia Marin", None)],
            ["Sofia Marin"],
        ),
    ],
)
def test_ordinary_sentences_the_rounds_review_reproduced_misfires_on(text, speakers, posts, people):
    assert [q[1] for q in _quotes(text)] == speakers
    assert _posts(text) == posts
    if people is not None:
        assert _people(text) == people


def test_a_relation_inside_a_leading_phrase_is_no_apposition_to_the_subject_after_it():
    text = (
        "In a statement released through her lawyer, Dana Ortiz said she was “relieved.” Her "
        "lawyer, Tomás Reyes, said the case was “weak from the start.”"
    )
    assert [(p.name, p.aliases) for p in extract(text, None).people] == [
        ("Dana Ortiz", ()),
        ("Tomás Reyes", ("Her lawyer",)),
    ]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The UN refugee agency said in a report published Thursday that 2.1 million people "
            "had fled.",
            [("P1", None, None)],
        ),
        ("He said in a report by the BBC that he was fine.", []),
        (
            "Opposition leader Magdalena Andersson called the visit “long overdue” in an interview "
            "with Dagens Nyheter.",
            [("P1", "Magdalena Andersson", "Dagens Nyheter")],
        ),
        (
            "Kenji Sato told the Asahi Shimbun that he would resign. “I am done,” he said.",
            [("P1", "Kenji Sato", "Asahi Shimbun")],
        ),
    ],
)
def test_a_bodys_own_report_and_newspapers_named_in_other_languages(text, posts):
    assert _posts(text) == posts


def test_a_role_before_a_written_out_title_and_a_name_in_apposition_is_an_alias():
    text = (
        "The judge, Sir Robert Hale, said in his sentencing remarks that Mills had shown “no "
        "remorse.”"
    )
    assert [q[1] for q in _quotes(text)] == ["Robert Hale"]
    assert [(p.name, p.aliases) for p in extract(text, None).people] == [
        ("Robert Hale", ("The judge",))
    ]


def test_public_broadcasters_whose_names_hold_no_media_word():
    text = "President Emmanuel Macron said on France 2 that the reform was “necessary.”"
    assert _posts(text) == [("P1", "Emmanuel Macron", "France 2")]
    # (a surname that is also a network's short name stays a person's)
    assert _people("Aishwarya Rai arrived in Cannes. “I love this city,” Rai said.") == [
        "Aishwarya Rai"
    ]


# Ordinary sentences a second review reproduced misfires on; each is now right.
@pytest.mark.parametrize(
    ("text", "speakers", "posts", "people"),
    [
        (
            "In her first season as the team’s coach, Emma Hayes said, “We have a lot to prove.”",
            ["Emma Hayes"],
            [],
            [("Emma Hayes", ("the team’s coach",))],
        ),
        (
            "President Maada Bio told parliament on Tuesday, “Corruption will not be tolerated.”",
            ["Maada Bio"],
            [],
            [("Maada Bio", ())],
        ),
        (
            "Tariq Aziz told WTO Director-General Ngozi Okonjo-Iweala, “We need a deal.”",
            ["Tariq Aziz"],
            [],
            None,
        ),
        (
            "Before the film, Forrest Gump was a novel by Winston Groom.",
            [],
            [],
            [("Winston Groom", ())],
        ),
        (
            "A survivor, Ahmed Yusuf, said in a report aired by Al Jazeera that the hospital had "
            "no power.",
            [],
            [],
            [("Ahmed Yusuf", ())],
        ),
        ("The BBC said in a report that the minister had resigned.", [], [], []),
        (
            "Danish investigators concluded in a report published on Thursday that fatigue was to "
            "blame.",
            [],
            [("P1", None, None)],
            [],
        ),
        ("The coach called the defeat “Unacceptable.”", [None], [], []),
    ],
)
def test_ordinary_sentences_the_second_review_reproduced_misfires_on(text, speakers, posts, people):
    assert [q[1] for q in _quotes(text)] == speakers
    assert _posts(text) == posts
    if people is not None:
        assert [(p.name, p.aliases) for p in extract(text, None).people] == people


# Documents by named officials: a judge's opinion, judgment or dissent, a coroner's findings,
# an observers' report that opens its sentence.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "“The prosecution built its case on a witness it had every reason to doubt,” Judge "
            "Ingrid Halvorsen wrote in the three-judge panel’s opinion.",
            [("P1", "Ingrid Halvorsen", None)],
        ),
        (
            "Mrs Justice Eleanor Fairweather, giving the court’s written judgment, said the "
            "assurances were “vague to the point of meaninglessness.”",
            [("P1", "Eleanor Fairweather", None)],
        ),
        (
            "The senior coroner, Helen Marchetti, said in her written findings that the response "
            "had been “wholly inadequate.”",
            [("P1", "Helen Marchetti", None)],
        ),
        (
            "In dissent, Judge Ingrid Solberg wrote that the law left cities “with the duty to "
            "govern and none of the tools.”",
            [("P1", "Ingrid Solberg", None)],
        ),
        (
            "The observers’ preliminary report, released on Tuesday, described the vote as "
            "“competitive but marred by pressure.”",
            [("P1", None, None)],
        ),
        # (what someone judges, and findings a clause reports, are no documents)
        ("In her judgment, the risk was “small,” Judge Ann Lee said.", []),
        ("The paper’s authors wrote that the findings “raise urgent questions.”", []),
    ],
)
def test_documents_by_named_officials(text, posts):
    assert _posts(text) == posts


# "wrote to someone asking …": a letter, its writer's post with no platform.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The local MP, Daniel Okonjo, wrote to the environment secretary the same night "
            "asking for “a date, not another review.”",
            [("P1", "Daniel Okonjo", None)],
        ),
        (
            "Nino Tsiklauri, who leads the bloc, wrote to the head of the observer mission asking "
            "for an audit. “We are asking for arithmetic,” her letter said.",
            [("P1", "Nino Tsiklauri", None)],
        ),
        (
            "Councillor Ama Boateng has written to every household on the estate to warn that the "
            "lifts will be “out for months.”",
            [("P1", "Ama Boateng", None)],
        ),
        # (an online audience, and a race run to its end, are no letter's addressees)
        ("She wrote to her followers asking for “patience.”", []),
        ("Kim Lee wrote to the end, saying the work was “done.”", []),
    ],
)
def test_a_letter_written_to_someone(text, posts):
    assert _posts(text) == posts


# A station's or network's show: opening the sentence, its name not given, or the station named
# after a country's medium.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "On CBC’s The Current, Ontario’s patient ombudsman, Devinder Grewal, said such cases "
            "were “far from rare.”",
            [("P1", "Devinder Grewal", "The Current")],
        ),
        (
            "On NPR’s Morning Edition, Sipho Mahlangu called the decision “late, but right.”",
            [("P1", "Sipho Mahlangu", "Morning Edition")],
        ),
        (
            "Speaking on SAfm’s morning show, Sipho Mahlangu called the decision “late, but "
            "right.”",
            [("P1", "Sipho Mahlangu", "SAfm")],
        ),
        (
            "Asked on Swiss radio SRF whether anything could save the glaciers, Katrin Zwahlen "
            "answered: “Not the ones we are measuring today.”",
            [("P1", "Katrin Zwahlen", "SRF")],
        ),
        # (a person's show, a day and a date are no station's)
        ("Speaking on Joe Rogan’s weekly show, Elon Musk called it “great.”", []),
        ("On Maria’s Birthday, Sipho Mahlangu called it “late.”", []),
        ("Asked on Tuesday whether it would help, Katrin Zwahlen answered: “Not now.”", []),
    ],
)
def test_a_stations_show_opening_the_sentence_or_not_named(text, posts):
    assert _posts(text) == posts


# Someone's organisation speaks as itself: its statement has no author and its words no
# speaker, whoever it belongs to.
@pytest.mark.parametrize(
    ("text", "speakers", "posts"),
    [
        (
            "Claire Dubois-Ndiaye wrote an op-ed. The Italian prime minister’s office said in a "
            "statement that Rome “welcomes the debate.”",
            [None],
            [("P1", "Claire Dubois-Ndiaye", None), ("P2", None, None)],
        ),
        (
            "The campaigner Tiago Moura spoke first. His group said in a statement that the plan "
            "existed “only on paper.”",
            [None],
            [("P1", None, None)],
        ),
        (
            "Valentina Arboleda-Ruiz was in tears. Her label said in a statement that it was "
            "“working with investigators in two countries.”",
            [None],
            [("P1", None, None)],
        ),
        (
            "The campaigner Tiago Moura, 29, spoke, and his group, Terra Viva, said in a "
            "statement that the plan existed “only on paper.”",
            None,
            [("P1", None, None)],
        ),
        # (a person's own channel is theirs)
        (
            "Gerrit Vandermolen testified. His channel posted a clip of the testimony with the "
            "caption “Went to Washington in my good boots.”",
            ["Gerrit Vandermolen"],
            None,
        ),
    ],
)
def test_someones_organisation_speaks_as_itself(text, speakers, posts):
    if speakers is not None:
        assert [q[1] for q in _quotes(text)] == speakers
    if posts is not None:
        assert _posts(text) == posts


# Organisations whose names join words with "and", open with "U.S." or are in another language
# are no people; nor is a company in apposition that runs a network.
@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "U.S. Immigration and Customs Enforcement said in a statement that it would "
            "“comply with the order.”",
            [("P1", None, None)],
            [],
        ),
        (
            "Two inmates were captured, the state Department of Public Safety and Corrections "
            "announced on X. “Both men are back in custody,” the department wrote.",
            [("P1", None, "X")],
            [],
        ),
        (
            "A spokeswoman for the Competition and Markets Authority said its review would report "
            "“in the summer.”",
            [],
            [],
        ),
        (
            "Iarnród Éireann, the state rail operator, said in a statement that it looked forward "
            "to “a constructive relationship.”",
            [("P1", None, None)],
            [],
        ),
        (
            "Médecins Sans Frontières said on X that its clinic had treated 400 children.",
            [("P1", None, "X")],
            [],
        ),
        # (people joined by "and", and a person before a body's name that goes on)
        (
            "Tom Hanks and Rita Wilson said on Instagram that they were “fine.”",
            None,
            ["Tom Hanks", "Rita Wilson"],
        ),
        (
            "Sarah Lee and National Guard troops arrived. “We are here,” Lee said.",
            [],
            ["Sarah Lee"],
        ),
    ],
)
def test_organisations_named_with_and_or_in_other_languages_are_no_people(text, posts, people):
    if posts is not None:
        assert _posts(text) == posts
    assert _people(text) == people


# The paper a piece ran in is no person, and a role right before the writer's name (no commas)
# after a possessive names the writer.
@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "In an op-ed for De Telegraaf, the farmers’ leader Sietske Hoekstra wrote that the "
            "rules had been “drawn up by people who have never milked a cow.”",
            [("P1", "Sietske Hoekstra", "De Telegraaf")],
            ["Sietske Hoekstra"],
        ),
        (
            "Kadri Saar-Lepik laid out the argument in an essay for Foreign Affairs titled “The "
            "Long Border.” “Deterrence that exists only on paper deters nobody,” she wrote.",
            [("P1", "Kadri Saar-Lepik", "Foreign Affairs")],
            ["Kadri Saar-Lepik"],
        ),
        # (a person's site after "for" keeps its owner a person)
        (
            "In an essay for Maria Ressa’s site, Tom Lee wrote it was “bad.”",
            [("P1", "Tom Lee", None)],
            ["Maria Ressa", "Tom Lee"],
        ),
        # (unnamed lawyers after a possessive stay no one)
        ("In the filing, Rivers’ attorneys called the claims “absurd.”", [("P1", None, None)], []),
    ],
)
def test_the_paper_a_piece_ran_in_and_a_role_before_the_writers_name(text, posts, people):
    assert _posts(text) == posts
    assert _people(text) == people


# A report by someone the story names is their post, quoted in the next sentence or not; a news
# report by a journalist and an organisation's report the story does not quote are not.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Officers used force 300 times, according to a report released on Tuesday by the "
            "city’s inspector general, Folasade Ogunleye-Hart. “The department does not know what "
            "its officers are doing,” Ogunleye-Hart wrote.",
            [("P1", "Folasade Ogunleye-Hart", None)],
        ),
        (
            "Officers used force 300 times, according to a report released by Amnesty "
            "International. Tom Lee said it was “bad.”",
            [],
        ),
        (
            "Officers used force, according to a report by the Reuters reporter Tom Lee. Lee said "
            "it was “bad.”",
            [],
        ),
        (
            "Officers used force, according to a report by Tom Lee of Reuters. Lee said it was “bad.”",
            [],
        ),
    ],
)
def test_a_report_by_someone_the_story_names(text, posts):
    assert _posts(text) == posts


# A company's release named by "release" alone, an indefinite release with where it came from,
# and the one a release quotes after a possessive role.
@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            "Dr. Katrin Zwahlen wrote an essay on Substack. A news release from the university "
            "quoted her co-author, Rafael Mendes, as saying that the summer heat had been “brutal "
            "and unusually long.”",
            [("brutal and unusually long.", "Rafael Mendes", "P2")],
            [("P1", "Katrin Zwahlen", "Substack"), ("P2", None, "press release")],
        ),
        (
            "Bunyip said in a release to the Australian Securities Exchange that it would consider "
            "an appeal.",
            [],
            [("P1", None, "press release")],
        ),
        # (the release of a film or of a prisoner is no press release)
        ("The studio said in a release date announcement that the film was “coming.”", None, []),
        ("Tom Lee celebrated the release of his album, calling it “a relief.”", None, []),
    ],
)
def test_a_release_by_its_bare_name_and_whom_it_quotes(text, quotes, posts):
    if quotes is not None:
        assert _quotes(text) == quotes
    assert _posts(text) == posts


# Speakers: a role of an organisation with a long name, "one of them" named in apposition, and
# a letter to staff its writer speaks in.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "“This is not a close call,” the chair of the Australian Competition and Consumer "
            "Commission, Li Xiaoyan, told a news conference in Canberra.",
            ["Li Xiaoyan"],
        ),
        (
            "Lawyers welcomed it. “My clients have been told for a year,” one of them, Samira El "
            "Amrani, told the newspaper NRC.",
            ["Samira El Amrani"],
        ),
        (
            "The company’s chief operating officer, Piotr Zieliński, wrote to staff on Sunday "
            "evening urging them to reconsider. “The offer on the table is the best in our "
            "sector,” the letter said. “Walking out will not make it bigger.”",
            ["Piotr Zieliński", "Piotr Zieliński"],
        ),
        # (one of them unnamed speaks as no one; one of them described and named is the one)
        ("Fans cheered. “We won,” one of them said.", [None]),
        (
            "Dozens of commenters congratulated her; one of them, his former basketball coach "
            "Rafael Quintero, wrote, “Never stopped believing in you.”",
            ["Rafael Quintero"],
        ),
        (
            "Her post drew thousands of replies. One of them, from the former champion Ray "
            "Castellanos, read simply: “Fight him anyway, Kofi.”",
            ["Ray Castellanos"],
        ),
    ],
)
def test_speakers_of_a_long_organisations_role_one_of_them_and_a_letter_to_staff(text, speakers):
    assert [q[1] for q in _quotes(text)] == speakers


# A release that quotes someone under titles, and a name set off from its verb by where the
# person is now.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Police said in a news release that they had arrested him. “Cold cases are never "
            "closed here,” the release quoted Detective Sgt. Ayumi Kawashima as saying.",
            ["Ayumi Kawashima"],
        ),
        (
            "Police said in a news release that they had arrested him. The release quoted Sgt. "
            "Ayumi Kawashima as saying the case was “never closed.”",
            ["Ayumi Kawashima"],
        ),
        (
            "Beneath the post, a former colleague, Emeka Obi-Nwosu, now with the World Food "
            "Programme in Rome, commented: “Heartbreaking and honest.”",
            ["Emeka Obi-Nwosu"],
        ),
        (
            "Emeka Obi-Nwosu, now at Oxford, said, “Heartbreaking.”",
            ["Emeka Obi-Nwosu"],
        ),
    ],
)
def test_titles_before_the_one_a_release_quotes_and_where_someone_is_now(text, speakers):
    assert [q[1] for q in _quotes(text)] == speakers


# A letter many people signed is no one's by name, whoever led them.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Some relatives opposed the deal. In an open letter titled “Not for Sale,” eleven "
            "family shareholders, led by her cousin Pieter Van Acker, accused the board of moving "
            "too fast.",
            [("P1", None, None)],
        ),
        (
            "Abdul Qureshi said he and 60 other traders had signed a letter to the council asking "
            "for the increase to be phased in.",
            [("P1", None, None)],
        ),
        # (a number inside an apposition is no signers' count)
        (
            "In the Cedar Falls Parents Network, a Facebook group with 6,000 members, a mother of "
            "three, Bethany Kowalczyk, wrote that she might have to quit her job.",
            [("P1", "Bethany Kowalczyk", "Facebook")],
        ),
    ],
)
def test_a_letter_many_people_signed_is_no_ones_by_name(text, posts):
    assert _posts(text) == posts


# Two statements, each introduced in a sentence of its own, are two posts; a family's words
# after a colon are its statement's.
def test_two_statements_introduced_apart_and_a_familys_words():
    text = (
        "In a statement read outside court, the family said: “Seun should be alive. We will keep "
        "asking why he is not.”\n\nA Prison Service spokesperson said in a statement that lessons "
        "“have been and will be learned.”"
    )
    assert _posts(text) == [("P1", None, None), ("P2", None, None)]
    assert _quotes(text) == [
        ("Seun should be alive. We will keep asking why he is not.", None, "P1"),
        ("have been and will be learned.", None, "P2"),
    ]


# A given name of two romanised syllables the name lists do not hold opens a person's name, even
# before a place word ("Park"); a place joined by a capital after its hyphen does not.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hyun-woo Park spoke to reporters.", ["Hyun-woo Park"]),
        ("Testing had excluded Hyun-woo Park as the source.", ["Hyun-woo Park"]),
        ("Officials in Miami-Dade County spoke to reporters.", []),
        ("Two-time champion Kara Lindqvist spoke to reporters.", ["Kara Lindqvist"]),
    ],
)
def test_a_given_name_of_romanised_syllables(text, people):
    assert _people(text) == people


# A possessive that opens the sentence is no speaker: the one the reply came from is.
def test_a_possessive_opening_the_sentence_is_no_speaker():
    text = (
        "Oksana Hrytsenko wrote on Instagram, “He deserved to get home.” Her post drew a reply "
        "from the city councilwoman Adaeze Nwankwo: “Justice for Tenzin.”"
    )
    assert _quotes(text) == [
        ("He deserved to get home.", "Oksana Hrytsenko", "P1"),
        ("Justice for Tenzin.", "Adaeze Nwankwo", "P1"),
    ]


# A role of a named organisation reports a post at the end of its sentence; the writer named with
# the next quote is its author.
def test_a_described_writer_named_with_the_next_quote():
    text = (
        "Supermarkets are not to blame for food inflation, the chief executive of Greenleaf Stores "
        "argued on Monday in an op-ed in The Guardian.\n\n“Our margins are thinner than a slice of "
        "ham,” wrote Rafael Quintero, who has run the chain since 2018."
    )
    assert _posts(text) == [("P1", "Rafael Quintero", "The Guardian")]
    assert _quotes(text) == [
        ("Our margins are thinner than a slice of ham,", "Rafael Quintero", "P1")
    ]


# A fragment no one is found to say, after a document and the verb that reports what it says, is
# the document's words, not a scare quote.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Parents sent an open letter to the department, signed by more than 2,000 families, "
            "asking for “cool rooms, not closed doors.”",
            [("cool rooms, not closed doors.", None, "P1")],
        ),
        (
            "Shippers had signed an open letter last week warning of empty shelves “by "
            "Thanksgiving.”",
            [("by Thanksgiving.", None, "P1")],
        ),
        (
            "In its decision letter, the board cited the “nature and seriousness of the offense.”",
            [("nature and seriousness of the offense.", None, "P1")],
        ),
        (
            "Leaders closed the summit with a joint communiqué promising to “share the burden of "
            "the eastern frontier in full.”",
            [("share the burden of the eastern frontier in full.", None, None)],
        ),
        # (a scare quote with no document before it stays one)
        ("The team is asking for a “miracle” this weekend.", []),
    ],
)
def test_a_documents_words_after_the_verb_that_reports_them(text, quotes):
    assert _quotes(text) == quotes


# "said on the latest episode of the podcast …": the podcast named after its kind.
@pytest.mark.parametrize(
    "text",
    [
        "“Every month without a telephone line is a month of gambling,” Sato Kenjiro said on the "
        "latest episode of the podcast The Diplomat’s Desk, recorded in Tokyo last week.",
        "Sato Kenjiro said on the latest episode of the podcast The Diplomat’s Desk that talks "
        "were “overdue.”",
    ],
)
def test_an_episode_of_a_podcast_named_after_its_kind(text):
    assert _posts(text) == [("P1", "Sato Kenjiro", "The Diplomat’s Desk")]


# A letter someone writes after an organisation's release is a new post, not the release again.
def test_a_letter_written_after_a_release_is_a_post_of_its_own():
    text = (
        "Georgia’s Central Election Commission said in a news release on Monday that the "
        "governing party had won 53.9 percent of the vote.\n\nNino Tsiklauri, who leads the "
        "largest opposition bloc, wrote to the head of the international observer mission asking "
        "for a full audit. “We are not asking for a favour,” her letter said."
    )
    assert _posts(text) == [("P1", None, "press release"), ("P2", "Nino Tsiklauri", None)]
    assert _quotes(text) == [("We are not asking for a favour,", "Nino Tsiklauri", "P2")]


# An organisation described with a number's comma in its apposition keeps its statement, and its
# chairman quoted in it does not take it over.
def test_an_organisations_statement_with_a_number_in_its_apposition():
    text = (
        "The bank’s works council, which represents 14,000 employees, said in a statement that "
        "closures were “impossible to justify.” “Our members are not a cost line,” the council’s "
        "chairman, Jens Kowalczyk, said in the statement."
    )
    assert _posts(text) == [("P1", None, None)]
    assert _quotes(text) == [
        ("impossible to justify.", None, "P1"),
        ("Our members are not a cost line,", "Jens Kowalczyk", "P1"),
    ]


# Ordinary sentences a review of this round's rules reproduced misfires on; each is now right.
@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        # people joined by "and" to an organisation keep their full names
        (
            "Tucker Carlson and Fox News parted ways in April. “I was surprised,” Carlson said in "
            "a video on X.",
            [("I was surprised,", "Tucker Carlson", "P1")],
            [("P1", "Tucker Carlson", "X")],
            ["Tucker Carlson"],
        ),
        ("Dominion sued Rudy Giuliani and Fox News in 2021.", [], [], ["Rudy Giuliani"]),
        (
            "The Ministry of Defence and Ben Wallace, the defence secretary, denied the report. "
            "“It is nonsense,” Wallace said.",
            [("It is nonsense,", "Ben Wallace", None)],
            [],
            ["Ben Wallace"],
        ),
        ("Much-loved Glasgow singer Rab Noakes has died.", [], [], ["Rab Noakes"]),
        (
            "Tom Beck, the tour operator, said bookings had collapsed. “We have nothing,” Beck "
            "said.",
            [("We have nothing,", "Tom Beck", None)],
            [],
            ["Tom Beck"],
        ),
        # the verb's object is no writer, and a time is no crowd of signers
        (
            "In a letter, the company’s lawyers accused Jane Doe of “defamation and worse.”",
            [("defamation and worse.", None, "P1")],
            [("P1", None, None)],
            ["Jane Doe"],
        ),
        (
            "In a memo, the agency’s director warned Secretary Pete Hegseth that cuts were "
            "“reckless and dangerous.”",
            [("reckless and dangerous.", None, "P1")],
            [("P1", None, None)],
            None,
        ),
        (
            "In a statement, two days after the verdict, Rep. Ilhan Omar said the ruling was “a "
            "travesty.”",
            [("a travesty.", "Ilhan Omar", "P1")],
            [("P1", "Ilhan Omar", None)],
            ["Ilhan Omar"],
        ),
        # dissent in the street, a letter written in a clause of its own, findings published
        (
            "Thousands took to the streets in dissent, and activist Joy Mensah said: “We are the "
            "majority.”",
            [("We are the majority.", "Joy Mensah", None)],
            [],
            ["Joy Mensah"],
        ),
        ("Two board members voted in dissent.", [], [], []),
        (
            "Maria Lopez, who wrote to the council asking for a crossing, said: “A child will die "
            "here.”",
            [("A child will die here.", "Maria Lopez", None)],
            [],
            ["Maria Lopez"],
        ),
        (
            "After she wrote to the school warning about the bullying, Kim Delgado said, nothing "
            "changed. “Nobody called,” she said.",
            [("Nobody called,", "Kim Delgado", None)],
            [],
            ["Kim Delgado"],
        ),
        (
            "Ada Lee, who published the findings in The Lancet last week, said: “We were surprised "
            "by the scale.”",
            [("We were surprised by the scale.", "Ada Lee", None)],
            [],
            ["Ada Lee"],
        ),
        ("Protesters, delivering a letter to City Hall, chanted “Housing now.”", None, [], []),
        ("In the judgment of many analysts, the deal was a mistake.", [], [], []),
        ("The company released its findings on Monday.", [], [], []),
        # a day's show and a segment are no interviews
        (
            "Speaking on Sunday’s morning show, Senator Lindsey Graham said: “We need a deal.”",
            [("We need a deal.", "Lindsey Graham", None)],
            [],
            ["Lindsey Graham"],
        ),
        ("On NBC’s Today, a segment about her arrest aired.", [], [], []),
        # a word alone after a ruling stays a scare quote; release notes are no press release
        ("Following the decision, residents were demanding “answers.”", [], [], []),
    ],
)
def test_ordinary_sentences_this_rounds_review_reproduced_misfires_on(text, quotes, posts, people):
    if quotes is not None:
        assert _quotes(text) == quotes
    assert _posts(text) == posts
    if people is not None:
        assert _people(text) == people


def test_release_notes_are_no_press_release():
    text = "Apple confirmed in its release notes that the update “fixes a critical security flaw.”"
    assert "press release" not in [p[2] for p in _posts(text)]


# Ordinary sentences a second review of this round reproduced misfires on; each is now right.
@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        # a network's show opening the sentence, with any verb after the one named
        (
            "On CBC’s The Current, Grewal says the wait times are “unacceptable.”",
            [("unacceptable.", "Grewal", "P1")],
            [("P1", "Grewal", "The Current")],
            None,
        ),
        (
            "On NBC’s Meet the Press, Gov. Gretchen Whitmer criticized the ruling as “dangerous.”",
            [("dangerous.", "Gretchen Whitmer", "P1")],
            [("P1", "Gretchen Whitmer", "Meet the Press")],
            ["Gretchen Whitmer"],
        ),
        # a dissent in a court's sentence, wherever "in dissent" stands
        (
            "Justice Sonia Sotomayor, in dissent, wrote that the decision was “a travesty.”",
            [("a travesty.", "Sonia Sotomayor", "P1")],
            [("P1", "Sonia Sotomayor", None)],
            None,
        ),
        (
            "Justice Neil Gorsuch wrote in dissent that the ruling was “wrong.”",
            [("wrong.", "Neil Gorsuch", "P1")],
            [("P1", "Neil Gorsuch", None)],
            None,
        ),
        # names of romanised syllables ending in "-ing"
        (
            "Shu-ching Lin, a nurse, said the ward was “overwhelmed.”",
            [("overwhelmed.", "Shu-ching Lin", None)],
            [],
            ["Shu-ching Lin"],
        ),
        # an adjective of the role is no verb
        (
            "In a statement, the firm’s embattled chief executive Laura Grant said she was "
            "“confident.”",
            [("confident.", "Laura Grant", "P1")],
            [("P1", "Laura Grant", None)],
            ["Laura Grant"],
        ),
        # a given name inside an organisation's name
        (
            "The Department of Housing and Urban Development said in a statement the rule was "
            "“overdue.”",
            [("overdue.", None, "P1")],
            [("P1", None, None)],
            [],
        ),
        (
            "The Bill and Melinda Gates Foundation said it would give “whatever it takes.”",
            None,
            [],
            [],
        ),
        # a company that runs tours, named without a given name
        (
            "Intrepid Travel, the tour operator, said on Instagram that the trips were “paused.”",
            [("paused.", None, "P1")],
            [("P1", None, "Instagram")],
            [],
        ),
        # a memo issued and findings reported are documents
        (
            "The bank, issuing a memo to staff, said bonuses would be “cut.”",
            [("cut.", None, "P1")],
            [("P1", None, None)],
            [],
        ),
        (
            "According to the findings, the firm had been “negligent.”",
            [("negligent.", None, "P1")],
            [("P1", None, None)],
            [],
        ),
        # a letter in a clause of its own, whose words are quoted in the clause
        (
            "Maria Lopez, who wrote to the council asking for “a safe crossing,” said the reply "
            "never came.",
            [("a safe crossing,", "Maria Lopez", "P1")],
            [("P1", "Maria Lopez", None)],
            ["Maria Lopez"],
        ),
        # a station with one capital
        (
            "Speaking on Newstalk’s breakfast show, Taoiseach Simon Harris said it was “a good "
            "day.”",
            None,
            [("P1", None, "Newstalk")],
            None,
        ),
    ],
)
def test_ordinary_sentences_this_rounds_second_review_reproduced_misfires_on(
    text, quotes, posts, people
):
    if quotes is not None:
        assert _quotes(text) == quotes
    assert _posts(text) == posts
    if people is not None:
        assert _people(text) == people


# A newsletter named for what it serves, a campaign's website, a point made again on a station's
# show, and a letter to someone that names who it is from.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "The church’s pastor, the Rev. Imogen Castellanos, wrote in the parish newsletter "
            "that the shelter was “what the Gospel asks of us.”",
            [("P1", "Imogen Castellanos", None)],
        ),
        (
            "Councilwoman Florence Mbatha wrote on her campaign website that the plan had been "
            "“rushed through.”",
            [("P1", "Florence Mbatha", None)],
        ),
        (
            "Its co-founder, Mireille Okafor-Dussault, made the same point more sharply on Radio "
            "Norland’s The Hour. “A model that bluffs is worse,” she told the host.",
            [("P1", "Mireille Okafor-Dussault", "The Hour")],
        ),
        (
            "The push began with a letter to parents from Agnes Oduya-Brandt, the principal of "
            "Marsh Lane Elementary. “Drivers treat Marsh Lane like a highway,” she wrote.",
            [("P1", "Agnes Oduya-Brandt", None)],
        ),
        # (a message with no addressee, posted on a channel, is the channel's post, not a
        # statement of its own)
        (
            "The police department released footage along with a recorded message from Chief "
            "Andrea Holloway posted on the department’s YouTube channel.",
            [("P1", None, "YouTube")],
        ),
        # (a book someone reads is no post of theirs)
        ("She sat on the porch with a book.", []),
    ],
)
def test_a_parish_newsletter_a_campaign_site_a_point_made_again_and_a_letter_from(text, posts):
    assert _posts(text) == posts


# A day right before a name is no given name of the person's.
@pytest.mark.parametrize(
    ("text", "quotes", "people"),
    [
        ("On Monday Sarah Lee said it was “fine.”", [("fine.", "Sarah Lee", None)], ["Sarah Lee"]),
        (
            "The presenter Marcus Oyelaran-Finch was dismissed. On Wednesday Oyelaran-Finch "
            "appeared on the podcast The Long Table. “Ask the spreadsheet,” he said.",
            [("Ask the spreadsheet,", "Marcus Oyelaran-Finch", "P1")],
            ["Marcus Oyelaran-Finch"],
        ),
    ],
)
def test_a_day_right_before_a_name(text, quotes, people):
    assert _quotes(text) == quotes
    assert _people(text) == people


# A leading phrase with no comma leaves the subject before the verb the author: the host named
# after the show is not.
def test_a_leading_phrase_without_a_comma_keeps_the_subject_the_author():
    text = (
        "The presenter Marcus Oyelaran-Finch was dismissed. On Wednesday Oyelaran-Finch appeared "
        "on the podcast The Long Table, hosted by the comedian Priya Venkataraman. “Ask the "
        "spreadsheet,” he said."
    )
    assert _posts(text) == [("P1", "Marcus Oyelaran-Finch", "The Long Table")]


# Where a letter or a book ran: "published … by the site …", "excerpted in …".
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Terrell Whitaker will skip camp, he wrote in a letter to fans published on Wednesday "
            "by the athlete-run site Open Huddle. “I love Cedar Falls,” Whitaker wrote.",
            [("P1", "Terrell Whitaker", "Open Huddle")],
        ),
        (
            "In her memoir, excerpted in Harper’s Bazaar on Tuesday, the actress Noor "
            "Kapadia-Stone writes that her marriage ended “not with a fight but with a calendar "
            "invite.”",
            [("P1", "Noor Kapadia-Stone", "Harper’s Bazaar")],
        ),
        # (a letter to someone named is no outlet's; a letter not published stays no one's site's)
        (
            "Ana Ruiz wrote in a letter to the board that it was “unfair.”",
            [("P1", "Ana Ruiz", None)],
        ),
    ],
)
def test_where_a_letter_or_a_book_ran(text, posts):
    assert _posts(text) == posts


# A paragraph that opens with a quote, after one that ends by reporting a named person's
# document, gives the document's words, also when the quote runs over paragraphs.
def test_a_documents_words_in_the_paragraphs_after_it():
    text = (
        "Carmen Delacroix-Ruiz, the executive director of the guild, argued in an op-ed in The "
        "Ledger-Tribune on Sunday that the league’s proposed salary cap would hurt younger players "
        "most.\n\n“The cap is sold as a way to protect small-market teams. In practice, it "
        "protects owners.\n\n“The players who pay for it are not the stars.”\n\nThe league’s "
        "deputy commissioner rejected that argument."
    )
    assert _posts(text) == [("P1", "Carmen Delacroix-Ruiz", "The Ledger-Tribune")]
    assert [q[1:] for q in _quotes(text)] == [("Carmen Delacroix-Ruiz", "P1")] * 2
    # (a quote after a paragraph that reports no document stays open)
    plain = "Carmen Delacroix-Ruiz spoke on Sunday.\n\n“The cap is sold as a way to protect teams.”"
    assert [q[1:] for q in _quotes(plain)] == [(None, None)]


# A team principal is a person's role, and someone quoted in a release from someone else, with a
# relative clause between, is its quote's speaker.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "“Matthias has been the heartbeat of this garage,” the team principal, Giulia "
            "Ferrante, said in a press release.",
            [("Matthias has been the heartbeat of this garage,", "Giulia Ferrante", "P1")],
        ),
        (
            "The Romanian director Sorin Vlădescu won the prize. Vlădescu, who did not attend, "
            "was quoted in a press release from his distributor, Farrow Films: “I made this film "
            "with nine people.”",
            [("I made this film with nine people.", "Sorin Vlădescu", "P1")],
        ),
        # (an adjective "principal" is no one)
        (
            "The principal reason for the delay was “money,” Ana Ruiz said.",
            [("money,", "Ana Ruiz", None)],
        ),
    ],
)
def test_a_team_principal_and_someone_quoted_in_a_release_from_another(text, quotes):
    assert _quotes(text) == quotes


# An organisation's role reporting an interview leaves its author to the one named with the next
# quote in the paragraph; a group "calling itself" a name is no person; a planning board is no
# outlet.
@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "Sable Semiconductor will delay the opening of its plant by a year, its chief "
            "executive said in an interview with The Harrowgate Courier published on Thursday. "
            "“We are not going to open a factory with no customers in it,” said Yusuf "
            "Carrington-Ahn, who has led the company for four years.",
            [("P1", "Yusuf Carrington-Ahn", "The Harrowgate Courier")],
            None,
        ),
        (
            "A group calling itself Save Calloway posted on Instagram that it would collect "
            "signatures.",
            [("P1", None, "Instagram")],
            [],
        ),
        (
            "Residents have sent a letter to the Ashford planning board opposing a building. “The "
            "scale is wrong,” said the letter from the Linden Hill Neighbourhood Association.",
            [("P1", None, None)],
            [],
        ),
        # (an unnamed resident's interview is not given to someone named in the next paragraph)
        (
            "A resident, who asked not to be named, told the newspaper Zero Hora that water had "
            "reached her kitchen. “We lost everything,” she said.\n\nMayor Sebastião Ferraz told "
            "reporters that 40 pumps were running. “The worst is behind us,” he said.",
            [("P1", None, "Zero Hora")],
            None,
        ),
    ],
)
def test_a_described_interviewee_a_group_calling_itself_and_a_planning_board(text, posts, people):
    assert _posts(text) == posts
    if people is not None:
        assert _people(text) == people


# Ordinary sentences a third review of this session reproduced misfires on; each is now right.
@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            "Ruth Abara made the trip on Radio Norland’s bus. “The bridge must be rebuilt,” she "
            "said.",
            [("The bridge must be rebuilt,", "Ruth Abara", None)],
            [],
            None,
        ),
        (
            "Dana Whitcombe worked on her campaign website for months. “It was hard,” she said.",
            [("It was hard,", "Dana Whitcombe", None)],
            [],
            None,
        ),
        (
            "The campaign began with a video message to supporters from Senator Ray Gold posted on "
            "YouTube. “We fight on,” Gold said.",
            [("We fight on,", "Ray Gold", "P1")],
            [("P1", "Ray Gold", "YouTube")],
            None,
        ),
        (
            "The push began with a letter to parents from Agnes Oduya-Brandt, the principal. “We "
            "will not close the school,” it said.",
            [("We will not close the school,", "Agnes Oduya-Brandt", "P1")],
            [("P1", "Agnes Oduya-Brandt", None)],
            None,
        ),
        (
            "Friday Okonkwo, the striker, said the club would appeal. “We are not done,” Okonkwo "
            "said.",
            [("We are not done,", "Friday Okonkwo", None)],
            [],
            ["Friday Okonkwo"],
        ),
        (
            "In her memoir, printed in Italy, Lena Marsh describes her childhood as “quiet.”",
            None,
            [("P1", "Lena Marsh", None)],
            None,
        ),
        (
            "Ion Vlădescu, who did not attend, was quoted in a press release from Farrow Films, "
            "and Tom Reyes said: “We are proud.”",
            [("We are proud.", "Tom Reyes", "P1")],
            None,
            None,
        ),
        (
            "Sable Semiconductor will delay the plant, its chief executive said in an interview "
            "with The Harrowgate Courier. “It is a disaster,” said Tom Reyes, the town’s mayor.",
            [("It is a disaster,", "Tom Reyes", None)],
            [("P1", None, "The Harrowgate Courier")],
            None,
        ),
    ],
)
def test_ordinary_sentences_this_sessions_third_review_reproduced_misfires_on(
    text, quotes, posts, people
):
    if quotes is not None:
        assert _quotes(text) == quotes
    if posts is not None:
        assert _posts(text) == posts
    if people is not None:
        assert _people(text) == people


# A quote paragraph after one that ends by reporting an interview or a show is its words too.
def test_an_interviews_words_in_the_paragraphs_after_it():
    text = (
        "Egg prices have doubled.\n\nRuth Ellingboe, whose family has kept hens since 1954, "
        "described the cull on the farm radio program Heartland Hour on Saturday.\n\n“You put on "
        "the suit, you do the job, and you go home and you cannot eat.\n\n“My son asked me "
        "whether we would ever have chickens again.”\n\nThe vet said it was slowing."
    )
    assert _posts(text) == [("P1", "Ruth Ellingboe", "Heartland Hour")]
    assert [q[1:] for q in _quotes(text)] == [("Ruth Ellingboe", "P1")] * 2


# Words that make a name an organisation's: Nuclear, Confectionery.
@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "The operator, Lakeshore Nuclear, said in a statement that the pumps had passed every "
            "inspection.",
            [("P1", None, None)],
            [],
        ),
        ("A chocolate bar sold by Merriwell Confectionery has shrunk, the group said.", [], []),
        # (surnames that are places' or companies' words elsewhere stay people's)
        (
            "Ana Porto, a nurse in Lisbon, said the hospital was full. “We have no beds,” Porto "
            "said.",
            [],
            ["Ana Porto"],
        ),
        (
            "Lisa Casa, a teacher, said the school was closing. “It is a disaster,” Casa said.",
            [],
            ["Lisa Casa"],
        ),
    ],
)
def test_words_of_organisations_names(text, posts, people):
    if posts is not None:
        assert _posts(text) == posts
    assert _people(text) == people


# Ordinary snippets a fourth review reproduced misfires on: a quote paragraph that names its own
# speaker after the quote, or a run of paragraphs ending in its own attribution, is not the words
# of the post reported before.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Councillor Ruth Ames said the post office would close in March.\n\n“People here depend "
            "on it.” That is the view of pensioner Joan Fry, 81.",
            [("People here depend on it.", None, None)],
        ),
        (
            "Senator Maria Alvarez said in a radio interview that the bill was dead.\n\n“Dead on "
            "arrival.” That was how Kemp put it a week earlier.",
            [("Dead on arrival.", None, None)],
        ),
        (
            "Actor Tom Reyes announced his retirement in a post on X on Monday.\n\n“I remember my "
            "first day on set.\n\n“Nothing prepares you for that,” Reyes told reporters at the "
            "airport on Tuesday.",
            [
                ("I remember my first day on set.", "Tom Reyes", None),
                ("Nothing prepares you for that,", "Tom Reyes", None),
            ],
        ),
    ],
)
def test_ordinary_snippets_the_fourth_review_reproduced_misfires_on(text, quotes):
    assert _quotes(text) == quotes


# A quote run over three paragraphs that ends with its own attribution is the words of that
# occasion, not of the post reported before it.
def test_a_quote_run_over_three_paragraphs_ending_in_its_own_attribution():
    text = (
        "Actor Tom Reyes announced his retirement in a post on X on Monday.\n\n“I remember my "
        "first day on set.\n\n“I remember my last one too.\n\n“Nothing prepares you for that,” "
        "Reyes told reporters at the airport on Tuesday."
    )
    assert [q[1:] for q in _quotes(text)] == [("Tom Reyes", None)] * 3


# A name after "start-up" or "housebuilder" is a company's: its statements have no author and
# its words no speaker.
@pytest.mark.parametrize(
    ("text", "posts", "people"),
    [
        (
            "The fintech start-up Quillpay responded in a post on LinkedIn, saying its figures had "
            "been “checked twice.”",
            [("P1", None, "LinkedIn")],
            [],
        ),
        (
            "Buyers sued the housebuilder Marlow Homes in March. In a letter to buyers, its "
            "chairman, Owen Pryce, defended the work. “We built these homes well,” he wrote.",
            [("P1", "Owen Pryce", None)],
            ["Owen Pryce"],
        ),
    ],
)
def test_companies_named_after_start_up_or_housebuilder(text, posts, people):
    assert _posts(text) == posts
    assert _people(text) == people


# A comment left under a post already reported: "in the comments under the essay", "replied under
# the company’s LinkedIn post", "commented under the designer’s post" name that post again, and the
# words quoted are a comment on it, not a post of the commenter's own.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "In an essay on Substack, the founder Rosa Lind argued that investors had rushed her. "
            "“Growth is a drug,” she wrote.\n\nA board member, Karl Moss, replied in the comments "
            "under the essay. “Fair, but growth paid the rent,” Moss wrote.",
            [("P1", "Rosa Lind", "Substack")],
            [
                ("Growth is a drug,", "Rosa Lind", "P1"),
                ("Fair, but growth paid the rent,", "Karl Moss", "P1"),
            ],
        ),
        (
            "The app maker Tallybee responded in a post on LinkedIn, saying it stood by its tests."
            "\n\nIts chief executive, Mona Reyes, told Wired that a larger study was under way. "
            "“We will publish it,” Reyes said.\n\nA former engineer, Piotr Nowak, replied under the "
            "company’s LinkedIn post: “Publish it now.”",
            [("P1", None, "LinkedIn"), ("P2", "Mona Reyes", "Wired")],
            [("We will publish it,", "Mona Reyes", "P2"), ("Publish it now.", "Piotr Nowak", "P1")],
        ),
        (
            "The designer Léa Roux announced on Instagram that she was closing her label. “This is "
            "the last one,” she wrote. Her label’s own account shared a farewell video.\n\n"
            "Supermodel Ines Berg commented under the designer’s post: “You changed everything.”",
            [("P1", "Léa Roux", "Instagram"), ("P2", None, "Instagram")],
            [
                ("This is the last one,", "Léa Roux", "P1"),
                ("You changed everything.", "Ines Berg", "P1"),
            ],
        ),
    ],
)
def test_comments_under_a_post_named_again(text, posts, quotes):
    assert _posts(text) == posts
    assert [(q[0], q[1], q[2]) for q in _quotes(text)] == quotes


# A comment under a post named by whose it is: "the governor’s post" is the one governor's,
# "the chef’s post" the chef's Instagram post, not an interview she gave since; a reply under a
# platform's thread, and "one reply read", are comments in it, whose words are no one's named.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Writing for the court, Judge Omar Keane said the law was valid.\n\nGovernor Ruth "
            "Blake celebrated on X. “A win for every small business,” she posted.\n\nThe mayor, "
            "Leo Park, answered in a reply to the governor’s post: “Tell that to the workers.”",
            [("P1", "Omar Keane", None), ("P2", "Ruth Blake", "X")],
            [
                ("A win for every small business,", "Ruth Blake", "P2"),
                ("Tell that to the workers.", "Leo Park", "P2"),
            ],
        ),
        (
            "The chef Ana Reis broke the news on Instagram. “Last service, thank you,” she wrote."
            "\n\nShe said in an interview with The Harbor Journal that the rent had tripled. “I "
            "cannot pay it,” she said.\n\nUnder the chef’s post, the food writer Joan Bell wrote "
            "that the restaurant had “taught this city to eat fish.”",
            [("P1", "Ana Reis", "Instagram"), ("P2", "Ana Reis", "The Harbor Journal")],
            [
                ("Last service, thank you,", "Ana Reis", "P1"),
                ("I cannot pay it,", "Ana Reis", "P2"),
                ("taught this city to eat fish.", "Joan Bell", "P1"),
            ],
        ),
        (
            "On the Reddit forum StockTalk, a thread titled “BWM to the moon” drew 9,000 comments."
            "\n\nThe company’s chief, Tom Reyes, said in a statement that it was “not aware of any "
            "news.” In a reply under the Reddit thread, one user asked: “Who is selling?”",
            [("P1", None, "Reddit"), ("P2", "Tom Reyes", None)],
            [("not aware of any news.", "Tom Reyes", "P2"), ("Who is selling?", None, "P1")],
        ),
        (
            "A Reddit thread about the Lumen X3 phone has collected 900 reports of swollen "
            "batteries. “Mine did the same thing,” one reply read.",
            [("P1", None, "Reddit")],
            [("Mine did the same thing,", None, "P1")],
        ),
        (
            "Rita Moss posted a photo on Instagram. “So proud of this,” she wrote. “You earned "
            "it,” one comment read.",
            [("P1", "Rita Moss", "Instagram")],
            [("So proud of this,", "Rita Moss", "P1"), ("You earned it,", None, "P1")],
        ),
        (
            "The fitness app Pacely said hackers had reached its servers. In a post on its X "
            "account, the company said it had “no evidence that cards were taken.”",
            [("P1", None, "X")],
            [("no evidence that cards were taken.", None, "P1")],
        ),
    ],
)
def test_comments_under_a_post_named_by_whose_it_is(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# What the claim calls partial is a fragment set in narration: the second half of a quote split
# by its attribution and a post's caption are whole, whatever their first letter.
@pytest.mark.parametrize(
    ("text", "partials"),
    [
        ("“The math,” she said, “does not change because we wish it would.”", [False, False]),
        (
            "“The numbers,” Attorney General Rosa Tallis said in a news release, “are not an "
            "accident.”",
            [False, False],
        ),
        ("Nina Cole posted a photo of her dog on Instagram with the caption “Day one.”", [False]),
        ("Nina Cole shared a photo with the caption “back to the drawing board.”", [False]),
        ("Tom Reyes commented with three heart emojis and the words “My champion.”", [False]),
        # (fragments stay fragments)
        ("Cole called the ruling “a disgrace” and said she would appeal.", [True]),
        ("“It was close,” she said. Ruiz added that the plan was “not finished.”", [False, True]),
        ("“We lost,” Ruiz said, adding that the club was “not finished.”", [False, True]),
        # (two fragments joined by "and", with no attribution between them)
        ("Bell called the plan “reckless,” and, worse, “illegal.”", [True, True]),
    ],
)
def test_partial_marks_fragments_only(text, partials):
    assert [q.partial for q in extract(text, None).quotes] == partials


# "published on Monday" after a report, a judgment or a ruling dates that document (one post);
# after data or figures it is no post at all.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Most firms kept the four-day week, according to a report published on Wednesday by "
            "the research group Worklight. “The fears did not materialise,” the report said.",
            [("P1", None, None, "2026-03-11")],
        ),
        (
            "In her written judgment, published on Monday, Employment Judge Carol Whitlock said "
            "the firm’s account was “not credible.”",
            [("P1", "Carol Whitlock", None, "2026-03-09")],
        ),
        (
            "Drivers were stopped at three times their share, according to data published on "
            "Monday by the attorney general’s office.",
            [],
        ),
    ],
)
def test_a_dated_document_is_one_post_and_data_none(text, posts):
    result = extract(text, date(2026, 3, 12))
    assert [(p.id, p.author, p.platform, p.date) for p in result.posts] == posts


# A written response is a document; body-camera footage a department releases is evidence, not a
# post; a letter's addressee named in apposition is not its author; one who took part in a video
# speaks "in the video" in that video.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Police Commissioner Anders Nygaard said in a written response that the department "
            "would “review every recommendation.”",
            [("P1", "Anders Nygaard", None)],
            [("review every recommendation.", "Anders Nygaard", "P1")],
        ),
        (
            "The Granite Falls Police Department released body-camera footage on Monday showing an "
            "officer kneeling on a man.",
            [],
            [],
        ),
        (
            "Raymond Sikorski resigned on Friday.\n\nIn a resignation letter to the city manager, "
            "Philip Garraway, the 61-year-old chief called the messages “crude and wrong.”",
            [("P1", "Raymond Sikorski", None)],
            [("crude and wrong.", "Raymond Sikorski", "P1")],
        ),
        (
            "In a letter to the board of trustees, Helena Marsh-Oduya, 61, wrote that she had "
            "“become the story.”",
            [("P1", "Helena Marsh-Oduya", None)],
            [("become the story.", "Helena Marsh-Oduya", "P1")],
        ),
        (
            "The man, Abdi Yusuf, spoke about the arrest in a YouTube video with his lawyer, Celeste "
            "Mbatha, on Tuesday. “I could not breathe,” Yusuf said.\n\nMbatha said the footage had "
            "been withheld. “That is not transparency,” she said in the video.",
            [("P1", "Abdi Yusuf", "YouTube")],
            [
                ("I could not breathe,", "Abdi Yusuf", "P1"),
                ("That is not transparency,", "Celeste Mbatha", "P1"),
            ],
        ),
    ],
)
def test_responses_footage_addressees_and_those_in_a_video(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# A role held somewhere, named in apposition ("The head librarian at the Eastside branch, Agnieszka
# Wróbel, answered him in an essay"), a notice, a statement released by one's own campaign, and a
# letter published again by a news site.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Council chair Oliver Brandt defended the cuts. “We are consolidating,” he said.\n\nThe "
            "head librarian at the Eastside branch, Agnieszka Wróbel, answered him in an essay for "
            "the Fenwick Courier. “Consolidation means a bus ride,” she wrote.",
            [("P1", "Agnieszka Wróbel", "Fenwick Courier")],
            [
                ("We are consolidating,", "Oliver Brandt", None),
                ("Consolidation means a bus ride,", "Agnieszka Wróbel", "P1"),
            ],
        ),
        (
            "The Water Authority issued a boil-water notice on Thursday. “Residents should boil tap "
            "water,” the authority said in the notice.",
            [("P1", None, None)],
            [("Residents should boil tap water,", None, "P1")],
        ),
        (
            "Councilwoman Joan Abernathy lost the recount.\n\nAbernathy conceded in a statement "
            "released by her campaign that evening. “The count was fair,” she said.",
            [("P1", "Joan Abernathy", None)],
            [("The count was fair,", "Joan Abernathy", "P1")],
        ),
        (
            "In a resignation letter to the city clerk, Bart Greaves wrote that he had “made "
            "mistakes.”\n\nThe news site, the Lindenhurst Dispatch, published the letter in full. "
            "Its editor, Farah Iqbal, wrote on Threads that the story went on.",
            [("P1", "Bart Greaves", None), ("P2", "Farah Iqbal", "Threads")],
            [("made mistakes.", "Bart Greaves", "P1")],
        ),
        (
            "In an essay on Substack, Jill Navarro wrote that the show was over. “We are done,” she "
            "wrote.\n\nThe star, Marcus Bell, shared the essay on X. “Yep,” he wrote.",
            [("P1", "Jill Navarro", "Substack"), ("P2", "Marcus Bell", "X")],
            [("We are done,", "Jill Navarro", "P1"), ("Yep,", "Marcus Bell", "P2")],
        ),
    ],
)
def test_roles_held_somewhere_notices_campaigns_and_letters_published_again(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# A suit named before as filed by someone; "the post had said"; words "said by email" (an email,
# a post with no platform) from a spokesperson described at length, who is no one named; a quote
# right after the sentence reporting someone's interview; "In it, …" after a post.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "A former patient has sued Eastbrook Hospital. The lawsuit, filed by Gloria Pennington, "
            "66, in Marlow County Circuit Court, says she woke to find a bandage on her healthy "
            "leg. “No one stopped to check,” the complaint states.",
            [("P1", "Gloria Pennington", None)],
            [("No one stopped to check,", "Gloria Pennington", "P1")],
        ),
        (
            "The influencer Sienna Marlowe deleted an Instagram post on Wednesday. “Three sessions "
            "and no headache,” the post had said.",
            [("P1", "Sienna Marlowe", "Instagram")],
            [("Three sessions and no headache,", "Sienna Marlowe", "P1")],
        ),
        (
            "The county clerk, Lorraine Baptiste-Wu, was less cheerful on X. “We are tired,” she "
            "posted.\n\n“The machines meet every standard,” a spokesperson for the secretary of "
            "state’s office said by email.",
            [("P1", "Lorraine Baptiste-Wu", "X"), ("P2", None, None)],
            [
                ("We are tired,", "Lorraine Baptiste-Wu", "P1"),
                ("The machines meet every standard,", None, "P2"),
            ],
        ),
        (
            "Nurse Brianna Okafor was not disciplined, the hospital said.\n\nOkafor later told the "
            "Cedar Falls Courier she had no regrets. “It was worth it.”",
            [("P1", "Brianna Okafor", "Cedar Falls Courier")],
            [("It was worth it.", "Brianna Okafor", "P1")],
        ),
        (
            "A video posted to TikTok by a nurse in Cedar Falls has been viewed four million times. "
            "In it, Brianna Okafor, 29, films a hallway lined with patients. “This is not a waiting "
            "room,” she says.",
            [("P1", "Brianna Okafor", "TikTok")],
            [("This is not a waiting room,", "Brianna Okafor", "P1")],
        ),
    ],
)
def test_suits_filed_before_emails_and_posts_named_again(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# An outlet named after its kind "newsletter" or "weekly" when someone tells it; a name in
# apposition right before the verb of a post ("One of the released players, Jae-won Seo,
# posted …"); a date in what was told is not the interview's.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Dani Okafor said the break had nothing to do with the dispute. “That story was never "
            "about me,” she told the trade newsletter Passionfruit on Monday.",
            [("P1", "Dani Okafor", "Passionfruit")],
            [("That story was never about me,", "Dani Okafor", "P1")],
        ),
        (
            "Corinne Albrecht, a 52-year-old illustrator, told the Austrian weekly Styria Today "
            "that she drew it in 2009.\n\n“I thought it was a joke,” Albrecht said in the "
            "interview.",
            [("P1", "Corinne Albrecht", "Styria Today")],
            [("I thought it was a joke,", "Corinne Albrecht", "P1")],
        ),
        (
            "One of the released players, Jae-won Seo, posted a photo of his chair on Instagram "
            "with the caption “Five years.”",
            [("P1", "Jae-won Seo", "Instagram")],
            [("Five years.", "Jae-won Seo", "P1")],
        ),
        # (a newsletter on a platform keeps the platform)
        (
            "Hamish Oduya wrote in his Substack newsletter, Crumb, that the bakery was closing. "
            "“Bread is politics,” he wrote.",
            [("P1", "Hamish Oduya", "Substack")],
            [("Bread is politics,", "Hamish Oduya", "P1")],
        ),
    ],
)
def test_newsletters_weeklies_and_names_right_before_a_post(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


def test_a_date_in_what_was_told_is_not_the_interviews():
    text = "Corinne Albrecht told the Austrian weekly Styria Today that she drew it in 2009."
    assert [p.date for p in extract(text, date(2026, 3, 12)).posts] != ["2009"]
    assert [p.date for p in extract(text, None).posts] == [None]


# An age that opens the sentence before a name; "the Rev." in apposition; a quote run that opens
# the paragraph after "In an interview with …, the principal described …"; "gave an interview
# to" an outlet; "told the paper" after an interview with a paper.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Twelve-year-old Arjun Mehra won the national chess championship on Sunday. “I was "
            "losing until move 40,” Mehra said.",
            [],
            [("I was losing until move 40,", "Arjun Mehra", None)],
        ),
        (
            "“This decision was made with grief,” the chair, the Rev. Harold Quincey, said.",
            [],
            [("This decision was made with grief,", "Harold Quincey", None)],
        ),
        (
            "Desmond Okafor took over the academy last spring. In an interview with The Yorkshire "
            "Post, the 52-year-old principal described his first term.\n\n“The first thing I did "
            "was take the locks off.\n\n“The second thing was to learn every name.”",
            [("P1", "Desmond Okafor", "The Yorkshire Post")],
            [
                ("The first thing I did was take the locks off.", "Desmond Okafor", "P1"),
                ("The second thing was to learn every name.", "Desmond Okafor", "P1"),
            ],
        ),
        (
            "Desmond Okafor gave an interview to The Yorkshire Post on Saturday. “It was hard,” he "
            "said.\n\nOne pupil, Aisha Begum, said the change was visible. “People want to come in "
            "now,” she told the paper.",
            [
                ("P1", "Desmond Okafor", "The Yorkshire Post"),
                ("P2", "Aisha Begum", "The Yorkshire Post"),
            ],
            [
                ("It was hard,", "Desmond Okafor", "P1"),
                ("People want to come in now,", "Aisha Begum", "P2"),
            ],
        ),
    ],
)
def test_ages_titles_interview_runs_and_the_paper_again(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# A surname two people share, right after one of them opens a sentence in full; a brand "sold
# at" a chain; a place after "a flight to".
@pytest.mark.parametrize(
    ("text", "quotes", "people"),
    [
        (
            "The founders, the siblings Anneliese and Konrad Brandvold, raised the money. "
            "Anneliese Brandvold posted on Facebook: “Thank you all.”\n\nKonrad Brandvold told the "
            "Marlow Herald that the co-op would grow. “The first one was the hard one,” Brandvold "
            "said.",
            [
                ("Thank you all.", "Anneliese Brandvold", "P1"),
                ("The first one was the hard one,", "Konrad Brandvold", "P2"),
            ],
            ["Konrad Brandvold", "Anneliese Brandvold"],
        ),
        # (not a name in apposition inside the sentence before: the main person keeps it)
        (
            "Actress June Harper and her daughter, Molly Harper, spoke to People about working "
            "together. “She bosses me around,” Harper said. “Someone has to,” Molly replied.",
            [
                ("She bosses me around,", "June Harper", "P1"),
                ("Someone has to,", "Molly Harper", "P1"),
            ],
            ["June Harper", "Molly Harper"],
        ),
        (
            "The worst performer was Casa Lumina, a brand sold at Fernway supermarkets. Its "
            "importer, Stefano Bertolucci, disputed the result. “Our oil passes every test,” the "
            "47-year-old said.",
            [("Our oil passes every test,", "Stefano Bertolucci", None)],
            ["Stefano Bertolucci"],
        ),
        (
            "The cellist Marguerite Olawale had checked her cello in for a flight to Porto Velar. "
            "“Nobody can tell me where it is,” she said.",
            [("Nobody can tell me where it is,", "Marguerite Olawale", None)],
            ["Marguerite Olawale"],
        ),
    ],
)
def test_shared_surnames_brands_and_places_travelled_to(text, quotes, people):
    assert _quotes(text) == quotes
    assert _people(text) == people


# A statement "quoting the chairman, Owen Pritchard" gives his words; a comment "from the
# bureau’s director, Dr. Halvard Stenmark:" is his; a club named "… City" is no person.
@pytest.mark.parametrize(
    ("text", "quotes", "people"),
    [
        (
            "Rivermouth City said in a statement that it would retire her shirt. “Lena gave this "
            "club its identity,” the statement said, quoting the chairman, Owen Pritchard.",
            [("Lena gave this club its identity,", "Owen Pritchard", "P1")],
            ["Owen Pritchard"],
        ),
        (
            "Tjiuee Kavari shared his image on Instagram with the caption “Not a smudge.” The post "
            "drew thousands of comments, among them one from the bureau’s director, Dr. Halvard "
            "Stenmark: “Congratulations, and welcome.”",
            [
                ("Not a smudge.", "Tjiuee Kavari", "P1"),
                ("Congratulations, and welcome.", "Halvard Stenmark", "P1"),
            ],
            ["Tjiuee Kavari", "Halvard Stenmark"],
        ),
    ],
)
def test_statements_quoting_someone_and_comments_from_a_titled_name(text, quotes, people):
    assert _quotes(text) == quotes
    assert _people(text) == people


# Ordinary sentences a review of this round's rules reproduced misfires on: a bare surname
# already used for the story's main person stays hers; a person after "returned to" or "told",
# with a number after the name; fragments joined by "and" are not a split quote; a plural
# subject before a name is no alias; a letter to the editor is its writer's; a headline's
# "-Year-Old"; "its Instagram presence"; a notice posted and read; "In it" after no post; "one
# response read".
@pytest.mark.parametrize(
    ("text", "posts", "quotes", "people"),
    [
        (
            "Mara Lindqvist has run Lindqvist Tools for 30 years. Lindqvist grew it from a garage."
            "\n\nPeter Lindqvist, her nephew, left in 2019 to start a rival. “It hurt,” Lindqvist "
            "said.",
            [],
            [("It hurt,", "Mara Lindqvist", None)],
            ["Mara Lindqvist", "Lindqvist Tools", "Peter Lindqvist"],
        ),
        (
            "After the vote, the senator returned to Dana Whitcombe, her chief of staff, for "
            "advice. Airline staff told Priya Nair 40 flights had been cancelled.",
            [],
            [],
            ["Dana Whitcombe", "Priya Nair"],
        ),
        (
            "Bell called the plan “reckless,” and, worse, “illegal.”",
            [],
            [("reckless,", "Bell", None), ("illegal.", "Bell", None)],
            ["Bell"],
        ),
        ("The children at the school, Ben Ortiz said, were frightened.", [], [], ["Ben Ortiz"]),
        (
            "In a letter to the editor, Philip Garraway, a retired teacher, called the plan "
            "“reckless.”",
            [("P1", "Philip Garraway", None)],
            [("reckless.", "Philip Garraway", "P1")],
            ["Philip Garraway"],
        ),
        ("Ninety-Year-Old Marathoner Finishes Race", [], [], []),
        (
            "Nadia Kovač said the brand had been built on its Instagram presence. “We owe it "
            "everything,” Kovač said.",
            [],
            [("We owe it everything,", "Nadia Kovač", None)],
            ["Nadia Kovač"],
        ),
        (
            "The council posted a notice on its website on Monday. “The pool is closed,” the "
            "notice read.",
            [("P1", None, None)],
            [("The pool is closed,", None, "P1")],
            [],
        ),
        (
            "The museum opened a new wing in May. In it, visitors can see the dinosaur. “Kids love "
            "it,” said curator Ana Ruiz.",
            [],
            [("Kids love it,", "Ana Ruiz", None)],
            ["Ana Ruiz"],
        ),
        (
            "Tara Quinn posted on Instagram: “I’m pregnant!” “Congratulations,” one response read.",
            [("P1", "Tara Quinn", "Instagram")],
            [("I’m pregnant!", "Tara Quinn", "P1"), ("Congratulations,", None, "P1")],
            ["Tara Quinn"],
        ),
    ],
)
def test_ordinary_sentences_the_comments_round_review_reproduced_misfires_on(
    text, posts, quotes, people
):
    assert _posts(text) == posts
    assert _quotes(text) == quotes
    assert _people(text) == people


# A surname two people share: the one who just opened a sentence in full takes the bare surname
# in the quote after it, unless that sentence introduces a relative doing something other than
# speaking, or the name is a possessive, or it stood in apposition (the main person keeps it).
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Mara Ellison, the mayor, spoke first. Ellison said the budget was balanced.\n\nHer "
            "brother Tom Ellison, a councillor, disagreed. Tom Ellison said the numbers were "
            "wrong. “They are fiction,” Ellison said.",
            ["Tom Ellison"],
        ),
        (
            "Omar Haddad runs the shop.\n\nLeila Haddad, his cousin, said business was slow. “We "
            "may close,” Haddad said.",
            ["Leila Haddad"],
        ),
        (
            "Coach Ray Dunmore praised the defense. Dunmore said the team was ready.\n\nHis son, "
            "Eli Dunmore, plays quarterback. Eli Dunmore threw three touchdowns on Friday. “It "
            "felt good,” Dunmore said.",
            ["Eli Dunmore"],
        ),
        (
            "Mara Lindqvist has run Lindqvist Tools for 30 years. Lindqvist grew it from a garage."
            "\n\nPeter Lindqvist, her nephew, left in 2019 to start a rival. “It hurt,” Lindqvist "
            "said.",
            ["Mara Lindqvist"],
        ),
        (
            "Mara Lindqvist has run Lindqvist Tools for 30 years. Lindqvist grew it.\n\nPeter "
            "Lindqvist’s departure in 2019 hurt the firm. “We lost our best engineer,” Lindqvist "
            "said.",
            ["Mara Lindqvist"],
        ),
        (
            "Actress June Harper and her daughter, Molly Harper, spoke to People. “She bosses me "
            "around,” Harper said.",
            ["June Harper"],
        ),
    ],
)
def test_a_shared_surname_after_a_full_name(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


# The second review's probes: an age before a name that is no given name of the list; a post
# on an organisation's account; a place after "drove to" and one with a description; a role
# "for the team" before "the former striker Dev Anand"; a split quote around "according to".
@pytest.mark.parametrize(
    ("text", "posts", "quotes", "people"),
    [
        (
            "Seventeen-year-old Priya Natarajan won the prize on Friday. “It feels unreal,” she "
            "said.",
            [],
            [("It feels unreal,", "Priya Natarajan", None)],
            ["Priya Natarajan"],
        ),
        (
            "The team announced the signing on its Instagram account on Monday. “Welcome, Leo,” "
            "the post read.",
            [("P1", None, "Instagram")],
            [("Welcome, Leo,", None, "P1")],
            [],
        ),
        (
            "She drove to Porto Velar on Monday. The ferry to Isla Verde, the smaller of the two "
            "islands, was cancelled. “We are stuck,” said Marisol Quint.",
            [],
            [("We are stuck,", "Marisol Quint", None)],
            ["Marisol Quint"],
        ),
        (
            "The coach for the team, the former striker Dev Anand, said the players were tired.",
            [],
            [],
            ["Dev Anand"],
        ),
    ],
)
def test_the_second_reviews_probes(text, posts, quotes, people):
    assert _posts(text) == posts
    assert _quotes(text) == quotes
    assert _people(text) == people


def test_a_quote_split_around_according_to_is_two_whole_quotes():
    text = "“Not now,” according to Ana Diaz, the mayor, “but maybe next year.”"
    assert [q.partial for q in extract(text, None).quotes] == [False, False]


# Officials, governments and spokespeople (the national-politics round): a name inside the
# object of a preposition is no subject; someone named in apposition to another's relation; a
# modal is no modifier; a name in apposition that opens the sentence is its subject; places
# named with "Basin"; sources granted anonymity; documents that warn, advise, credit or begin;
# an address or an appearance reported at a paragraph's end; an office held by one person.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Former mayor Dana Whitlock wrote an op-ed in the Harbour Gazette calling the plan "
            "“a tax on patience.”",
            [("P1", "Dana Whitlock", "Harbour Gazette")],
            [("a tax on patience.", "Dana Whitlock", "P1")],
        ),
        (
            "Coach Ivan Petrov left in May. Petrov’s predecessor, Maren Holt, who now runs an "
            "academy, wrote an op-ed calling the decision “short-sighted and sad.”",
            [("P1", "Maren Holt", None)],
            [("short-sighted and sad.", "Maren Holt", "P1")],
        ),
        (
            "Governor Alan Pierce spoke first. Pierce’s spokesman, Tomas Reyes, told reporters "
            "that the governor was resting. Asked whether the council would bring forward the "
            "vote, he said: “It will pass.”",
            [],
            [("It will pass.", "Tomas Reyes", None)],
        ),
        (
            "Leaders of the five Ostra Basin states met on Friday. “We share one river,” the "
            "statement said.",
            [("P1", None, None)],
            [("We share one river,", None, "P1")],
        ),
        (
            "President Lena Varga hosted the talks. A senior diplomat, who asked not to be named, "
            "was blunt. “We signed because we had to,” the official told the Daily Courant.",
            [("P1", None, "Daily Courant")],
            [("We signed because we had to,", None, "P1")],
        ),
        (
            "Rafael Cruz resigned on Sunday. The memo, written by an aide last year, warned that "
            "the cells were “dangerously full.”",
            [("P1", None, None)],
            [("dangerously full.", None, "P1")],
        ),
        (
            "The mayor, Ines Albers, appeared on the evening program City Desk to explain the "
            "closure.\n\n“We had no choice.”",
            [("P1", "Ines Albers", "City Desk")],
            [("We had no choice.", "Ines Albers", "P1")],
        ),
        (
            "Finance Minister Joel Haddad told a hearing that the deficit would grow. “We spend "
            "more than we earn,” he said.\n\nHe was pressed by Vera Lindqvist-Obi, a member of the "
            "budget committee, who asked why the ministry had cut its staff. The minister answered "
            "that the cut had been “a mistake I own.”",
            [],
            [
                ("We spend more than we earn,", "Joel Haddad", None),
                ("a mistake I own.", "Joel Haddad", None),
            ],
        ),
        (
            "The Northern Front’s spokesman, Omar Fayed, who goes by the name “the Voice,” posted "
            "on Telegram that the group would hold its fire “for as long as they do.”",
            [("P1", "Omar Fayed", "Telegram")],
            [("for as long as they do.", "Omar Fayed", "P1")],
        ),
        (
            "Staff should avoid “naming a date in public,” the memo advised.",
            [("P1", None, None)],
            [("naming a date in public,", None, "P1")],
        ),
        (
            "The embassy rejected the claims in a statement as “pure invention.”",
            [("P1", None, None)],
            [("pure invention.", None, "P1")],
        ),
        (
            "The agency published its annual report on Monday. The report credited “better "
            "training and more staff.”",
            [("P1", None, None)],
            [("better training and more staff.", None, "P1")],
        ),
        (
            "Minister Clara Voss spoke on Thursday. Later that evening she posted a photo on "
            "Threads with the words “See you all tomorrow.”",
            [("P1", "Clara Voss", "Threads")],
            [("See you all tomorrow.", "Clara Voss", "P1")],
        ),
        (
            "The club issued a news release listing three signings, which it called “only the "
            "start of the summer.”",
            [("P1", None, "press release")],
            [("only the start of the summer.", None, "P1")],
        ),
        (
            "Auditor Lars Engel testified on Monday. His office’s report, published the same "
            "day, described the accounts as “a mess at every level.”",
            [("P1", None, None)],
            [("a mess at every level.", None, "P1")],
        ),
        (
            "Former minister Ada Kerr spoke out. Speaking on the radio show Morning Line, she "
            "said the vote would be remembered “as a turning point.”",
            [("P1", "Ada Kerr", "Morning Line")],
            [("as a turning point.", "Ada Kerr", "P1")],
        ),
        (
            "The president, Tomas Ek, addressed supporters in the square that night.\n\n“We did "
            "it together.”",
            [],
            [("We did it together.", "Tomas Ek", None)],
        ),
        (
            "Party leader Nina Holm explained the decision in an Instagram live broadcast. She "
            "said she had spent “two long weeks” on it.",
            [("P1", "Nina Holm", "Instagram")],
            [("two long weeks", "Nina Holm", "P1")],
        ),
        (
            "The operators Bolt, Lime and Dott said in a joint letter that a ban would push "
            "riders into cars. “A ban punishes the many,” the letter said.",
            [("P1", None, None)],
            [("A ban punishes the many,", None, "P1")],
        ),
        (
            "Hours later Hansa Kordel confirmed the signing in a press release that described "
            "the 24-year-old as “the forward we wanted.”",
            [("P1", None, "press release")],
            [("the forward we wanted.", None, "P1")],
        ),
        (
            "A harbour pilot who asked not to be named told the broadcaster NDR that visibility "
            "had been poor. “You could not see the bow,” he said.\n\nFrieda Lohmann posted a video "
            "of the ship on Facebook. “Woke up to a wall of containers,” she wrote.",
            [("P1", None, "NDR"), ("P2", "Frieda Lohmann", "Facebook")],
            [
                ("You could not see the bow,", None, "P1"),
                ("Woke up to a wall of containers,", "Frieda Lohmann", "P2"),
            ],
        ),
        (
            "The race turned sharper after the council member Amara Diallo published a long "
            "Substack essay accusing the mayor of “managing decline.”",
            [("P1", "Amara Diallo", "Substack")],
            [("managing decline.", "Amara Diallo", "P1")],
        ),
        (
            "“We are not proud of that night,” Marcus Oyelaran, Northfield General’s president, "
            "told KARE 11 on Monday.",
            [("P1", "Marcus Oyelaran", "KARE 11")],
            [("We are not proud of that night,", "Marcus Oyelaran", "P1")],
        ),
        (
            "Dr. Lena Hartmann told reporters the pilot would grow. “We would rather find it in a "
            "pipe,” Hartmann said. Her department later posted on X: “Check your family’s vaccine "
            "records.”",
            [("P1", None, "X")],
            [
                ("We would rather find it in a pipe,", "Lena Hartmann", None),
                ("Check your family’s vaccine records.", None, "P1"),
            ],
        ),
    ],
)
def test_officials_documents_and_addresses(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# The pronoun that is a sentence's subject, not the name it tells something to; nicknames;
# plural possessives; a statement named again after another post; an office's press release;
# many signers; a representative of someone; someone's manager; a show named after a day; a
# statement released through a lawyer; excerpts, newsletters on a platform and apps.
@pytest.mark.parametrize(
    ("text", "posts", "quotes"),
    [
        (
            "Singer Lena Brook released a new album. On the podcast Inside Track, she told the "
            "host, Mara Quint, that it nearly died. “There was a bad week,” she said.",
            [("P1", "Lena Brook", "Inside Track")],
            [("There was a bad week,", "Lena Brook", "P1")],
        ),
        ("Fans have nicknamed the song “the bus one.”", [], []),
        (
            "The brothers’ manager, Ola Berg, posted a photo of the van on Instagram with the "
            "words “Last show tonight.”",
            [("P1", "Ola Berg", "Instagram")],
            [("Last show tonight.", "Ola Berg", "P1")],
        ),
        (
            "The band said in a statement that the tour was off. Its singer, Ada Vos, said on the "
            "radio show Night Air that she was sad.\n\nThe band’s statement added that refunds "
            "would come “within a fortnight.”",
            [("P1", None, None), ("P2", "Ada Vos", "Night Air")],
            [("within a fortnight.", None, "P1")],
        ),
        (
            "Attorney General Rita Lowe opened an inquiry. Her office’s press release said the "
            "fees looked “designed to trap people.”",
            [("P1", None, "press release")],
            [("designed to trap people.", None, "P1")],
        ),
        (
            "More than 200 nurses, including the union leader Beth Ames, have signed an open "
            "letter.\n\n“We are exhausted,” the letter says.",
            [("P1", None, None)],
            [("We are exhausted,", None, "P1")],
        ),
        (
            "A representative for the show’s host, Dan Price, said in a statement that he was "
            "“resting and grateful.”",
            [("P1", None, None)],
            [("resting and grateful.", None, "P1")],
        ),
        (
            "Singer Odile Marchand will retire. Marchand’s manager said she was “in great "
            "spirits.”",
            [],
            [("in great spirits.", None, None)],
        ),
        (
            "Mara Jensen spoke in an interview on the talk show Sunday Sofa. “I was ten,” she "
            "said.",
            [("P1", "Mara Jensen", "Sunday Sofa")],
            [("I was ten,", "Mara Jensen", "P1")],
        ),
        (
            "Her mother, Bettina Lowe, said in a statement released by her lawyer that the book "
            "was “full of lies.”",
            [("P1", "Bettina Lowe", None)],
            [("full of lies.", "Bettina Lowe", "P1")],
        ),
        (
            "In an excerpt published by the magazine Vantage, Juno Park describes the set as “a "
            "factory that made jokes.”",
            [("P1", "Juno Park", "Vantage")],
            [("a factory that made jokes.", "Juno Park", "P1")],
        ),
        (
            "The company answered in a post on its blog, saying artists were “better off than "
            "ever.”\n\nIts founder, Eli Prawiro, went further in his newsletter on the platform "
            "Inkstand. “Nobody forced anyone,” he wrote.",
            [("P1", None, None), ("P2", "Eli Prawiro", "Inkstand")],
            [("better off than ever.", None, "P1"), ("Nobody forced anyone,", "Eli Prawiro", "P2")],
        ),
        (
            "The singer Min-ji Park wrote to fans on the fan app Bubblet on Monday. “I am sorry,” "
            "she wrote.",
            [("P1", "Min-ji Park", "Bubblet")],
            [("I am sorry,", "Min-ji Park", "P1")],
        ),
        (
            "Yoon Tae-gyu told the magazine Chart Pulse that the band was fine.\n\nAt a press "
            "event on Wednesday, Yoon was asked about the tour. “It is going well,” he said.",
            [("P1", "Yoon Tae-gyu", "Chart Pulse")],
            [("It is going well,", "Yoon Tae-gyu", None)],
        ),
        (
            "Starbloom Entertainment said in a statement on Monday that the singer would rest. "
            "The agency said doctors had advised “six weeks of silence.”",
            [("P1", None, None)],
            [("six weeks of silence.", None, "P1")],
        ),
    ],
)
def test_subjects_offices_releases_and_outlets(text, posts, quotes):
    assert _posts(text) == posts
    assert _quotes(text) == quotes


# Descriptions after their verb, demonyms of two words, outlets after their kind, teams named in
# the plural, offices of one holder, a name in apposition to an unlisted noun, the paragraph's
# subject before someone in an earlier paragraph, a second role before a name, a document that
# quotes someone, terms introduced with "what … call".
@pytest.mark.parametrize(
    ("text", "posts", "quotes", "people"),
    [
        (
            "Fergus Reid told the golf weekly Fairway Notes that it stung. “You feel it,” said "
            "the Scot, who is 58.",
            [("P1", "Fergus Reid", "Fairway Notes")],
            [("You feel it,", "Fergus Reid", "P1")],
            ["Fergus Reid"],
        ),
        (
            "The tennis player Tomasz Wiel announced his retirement in a letter he shared on "
            "Instagram.\n\n“It is time,” the letter began.",
            [("P1", "Tomasz Wiel", "Instagram")],
            [("It is time,", "Tomasz Wiel", "P1")],
            ["Tomasz Wiel"],
        ),
        (
            "The coach, Emeka Ash, has kept quiet. Asked about it after training, he smiled. “My "
            "job is the scrum,” said the New Zealander.",
            [],
            [("My job is the scrum,", "Emeka Ash", None)],
            ["Emeka Ash"],
        ),
        (
            "An open letter signed by 2,000 supporters and published on the fan site Vale Forever "
            "urged the council to vote no. “Keep the ground,” it said.",
            [("P1", None, "Vale Forever")],
            [("Keep the ground,", None, "P1")],
            [],
        ),
        (
            "General manager Bastian Moe said the coach had been fired.\n\nAsked whether Jalen "
            "Moor had asked for a trade, the general manager said their talk had been “honest.”",
            [],
            [("honest.", "Bastian Moe", None)],
            ["Bastian Moe", "Jalen Moor"],
        ),
        (
            "The Hornets said in a statement that it concerned “repeated breaches of etiquette.”",
            [("P1", None, None)],
            [("repeated breaches of etiquette.", None, "P1")],
            [],
        ),
        (
            "“Nobody gave us a chance,” said the Millbrook stroke, Hamish Grant, as the crew "
            "dripped on the bank.",
            [],
            [("Nobody gave us a chance,", "Hamish Grant", None)],
            ["Hamish Grant"],
        ),
        (
            "Mayor Gino Ferri told the crowd it was a great night.\n\nThe club’s president, "
            "Aurelio Manci, struck a cautious note. In an interview with the daily Il Tifo, he "
            "said the budget must triple. “Staying up is a business,” he said.",
            [("P1", "Aurelio Manci", "Il Tifo")],
            [("Staying up is a business,", "Aurelio Manci", "P1")],
            ["Gino Ferri", "Aurelio Manci"],
        ),
        (
            "The minister, Ottavia Crespi, announced the ban. The chef and television host Marco "
            "Vitale backed it on his Instagram story.",
            [("P1", "Marco Vitale", "Instagram")],
            [],
            ["Ottavia Crespi", "Marco Vitale"],
        ),
        (
            "The federation said in a press release that the plan was unrealistic. “They need two "
            "years,” the federation’s president, Luca Benedetti, was quoted as saying.",
            [("P1", None, "press release")],
            [("They need two years,", "Luca Benedetti", "P1")],
            ["Luca Benedetti"],
        ),
        (
            "A geologist who studied the slope, Rafael Quin, told the Western Examiner that rain "
            "played a part. “The gun was loaded,” the geologist said.",
            [("P1", "Rafael Quin", "Western Examiner")],
            [("The gun was loaded,", "Rafael Quin", "P1")],
            ["Rafael Quin"],
        ),
        (
            "The heat was trapped by what forecasters call a “heat dome” over the plains.",
            [],
            [],
            [],
        ),
        # (but someone's own words for a thing, no article: a quote)
        (
            "Coach Ines Berg learned the game throwing what she called “granite kettles” down "
            "the ice.",
            [],
            [("granite kettles", "Ines Berg", None)],
            ["Ines Berg"],
        ),
        (
            "One comment came from the restaurant critic June Ash, who once called the lamb “the "
            "best thing I ate in the 1990s.”",
            [],
            [("the best thing I ate in the 1990s.", "June Ash", None)],
            ["June Ash"],
        ),
        (
            "Emeka Nwosu, who trained as a pastry chef in Lagos, sounded less certain. “Philly has "
            "opinions about bread,” the chef told the paper.",
            [],
            [("Philly has opinions about bread,", "Emeka Nwosu", None)],
            ["Emeka Nwosu"],
        ),
        (
            "Kwame Asante said he was leaving for the Portuguese club Sporting Braga.\n\nBraga "
            "announced the signing in a statement that called him “a forward with a rare "
            "appetite.”",
            [("P1", None, None)],
            [("a forward with a rare appetite.", None, "P1")],
            ["Kwame Asante"],
        ),
        (
            "Kwame Asante posted a photo of himself in the club’s famous “claret and sky” kit.",
            [("P1", "Kwame Asante", "Instagram")],
            [],
            ["Kwame Asante"],
        ),
        (
            "Team owner Bartholomew Kaine responded on Wednesday with a letter to season-ticket "
            "holders. “No player is bigger than this city,” the letter says. “We will only make a "
            "deal that makes us better.”",
            [("P1", "Bartholomew Kaine", None)],
            [
                ("No player is bigger than this city,", "Bartholomew Kaine", "P1"),
                ("We will only make a deal that makes us better.", "Bartholomew Kaine", "P1"),
            ],
            ["Bartholomew Kaine"],
        ),
        (
            "Ana Sol defended the policy on the podcast Decoder. Later, asked about the Reddit "
            "thread, she said she had read it.",
            [("P1", "Ana Sol", "Decoder")],
            [],
            ["Ana Sol"],
        ),
    ],
)
def test_descriptions_outlets_teams_and_documents_quoting(text, posts, quotes, people):
    assert _posts(text) == posts
    assert _quotes(text) == quotes
    assert _people(text) == people


# The review of the officials round: near-misses each new rule must leave alone.
@pytest.mark.parametrize(
    ("text", "posts", "quotes", "people"),
    [
        (
            "Three workers have died at the plant since January, Tom Hall wrote in a letter to "
            "the board.",
            [("P1", "Tom Hall", None)],
            [],
            ["Tom Hall"],
        ),
        (
            "Senator Maria Lopez issued a statement that called the bill “a betrayal of working "
            "families.”",
            [("P1", "Maria Lopez", None)],
            [("a betrayal of working families.", "Maria Lopez", "P1")],
            ["Maria Lopez"],
        ),
        (
            "Tom Hall, the finance minister, spoke after meeting an anonymous donor, who asked not "
            "to be named. He said the talks were “productive.”",
            [],
            [("productive.", "Tom Hall", None)],
            ["Tom Hall"],
        ),
        (
            "Governor Lisa Chen signed the order on Monday, ending what Mayor Tom Ortiz called a "
            "“reckless experiment.”",
            [],
            [("reckless experiment.", "Tom Ortiz", None)],
            ["Lisa Chen", "Tom Ortiz"],
        ),
        (
            "Tom Hall shared a letter from Jane Moss accusing the board of “fraud.”",
            [("P1", "Jane Moss", None)],
            [("fraud.", "Jane Moss", "P1")],
            ["Tom Hall", "Jane Moss"],
        ),
        (
            "Jane Porter posted on the platform Monday that she was “stepping away for a while.”",
            [],
            [("stepping away for a while.", "Jane Porter", None)],
            ["Jane Porter"],
        ),
        ("Jane Porter told the newspaper Monday Jones had lied.", [], [], ["Jane Porter"]),
        (
            "The program Maria Lopez founded in 2010 now serves 4,000 families. “We never turn "
            "anyone away,” Lopez said.",
            [],
            [("We never turn anyone away,", "Maria Lopez", None)],
            ["Maria Lopez"],
        ),
        ("Tom Hall rejected suggestions that the club was “in crisis.”", [], [], ["Tom Hall"]),
        (
            "The senator’s wife, Jane Moss, was described by colleagues as “a force of nature.”",
            [],
            [("a force of nature.", None, None)],
            ["Jane Moss"],
        ),
        (
            "“We will win,” the mayor, Tom Hall’s longtime rival, said.",
            [],
            [("We will win,", None, None)],
            ["Tom Hall"],
        ),
        (
            "A city councilman apologized for a post on Bluesky, officials who asked not to be "
            "named said.\n\n“I was wrong,” Councilman Dwight Sorensen wrote in a follow-up post.",
            [("P1", "Dwight Sorensen", "Bluesky"), ("P2", "Dwight Sorensen", "Bluesky")],
            [("I was wrong,", "Dwight Sorensen", "P2")],
            ["Dwight Sorensen"],
        ),
        (
            "Several of the affected workers posted about the cuts on LinkedIn. “Eight years, one "
            "call,” wrote Jenna Moyer, a former designer.",
            [("P1", "Jenna Moyer", "LinkedIn")],
            [("Eight years, one call,", "Jenna Moyer", "P1")],
            ["Jenna Moyer"],
        ),
        (
            "Mayor Edith Sandoval closed the branch.\n\nThe library’s director, who asked not to be "
            "named because she was not authorized to speak, said staff expected layoffs. “We "
            "found out from the paper,” she said.",
            [],
            [("We found out from the paper,", None, None)],
            ["Edith Sandoval"],
        ),
        (
            "Customers were locked out for nine hours, in what the company later called a "
            "“service interruption.”",
            [],
            [],
            [],
        ),
        (
            "Fergus Reid told the golf weekly Sunday Links that it stung.",
            [("P1", "Fergus Reid", "Sunday Links")],
            [],
            ["Fergus Reid"],
        ),
        (
            "Five players have signed new contracts, Tom Hall wrote in a letter to fans.",
            [("P1", "Tom Hall", None)],
            [],
            ["Tom Hall"],
        ),
        (
            "Tom Hall rejected the claims, which Jane Moss had described as “absurd.”",
            [],
            [("absurd.", "Jane Moss", None)],
            ["Tom Hall", "Jane Moss"],
        ),
        ("Tom Hall was denounced by his rivals as “a fraud.”", [], [], ["Tom Hall"]),
        (
            "Kane Williamson praised Aiden Markram. “It was slow,” the South African said.",
            [],
            [("It was slow,", None, None)],
            ["Kane Williamson", "Aiden Markram"],
        ),
        (
            "Jane Porter told the newspaper Tuesday President Biden was “wrong.”",
            [],
            [("wrong.", "Jane Porter", None)],
            ["Jane Porter", "Biden"],
        ),
        (
            "Jane Porter told the magazine Friday Jones, the coach, had “lied.”",
            [],
            [("lied.", "Jane Porter", None)],
            ["Jane Porter"],
        ),
        (
            "Andy Grove, the chief executive, said chips were hard. Grove added that rivals were "
            "“years behind.”",
            [],
            [("years behind.", "Andy Grove", None)],
            ["Andy Grove"],
        ),
        (
            "A city councilman who spoke after being named in the audit apologized for a post on "
            "Bluesky.\n\n“I was wrong,” Councilman Dwight Sorensen wrote in a follow-up post.",
            [("P1", "Dwight Sorensen", "Bluesky"), ("P2", "Dwight Sorensen", "Bluesky")],
            [("I was wrong,", "Dwight Sorensen", "P2")],
            ["Dwight Sorensen"],
        ),
        (
            "Lawyers for the district argued in a filing of their own that she was often late.",
            [("P1", None, None)],
            [],
            [],
        ),
        (
            "Tom Hall replied with a note of caution, saying the plan was “too fast.”",
            [],
            [("too fast.", "Tom Hall", None)],
            ["Tom Hall"],
        ),
        (
            "The senator’s wife, Jane Moss, was called “a force of nature” by colleagues, and she "
            "said she was “flattered.”",
            [],
            [("a force of nature", None, None), ("flattered.", "Jane Moss", None)],
            ["Jane Moss"],
        ),
    ],
)
def test_the_officials_reviews_near_misses(text, posts, quotes, people):
    assert _posts(text) == posts
    assert _quotes(text) == quotes
    assert _people(text) == people


# Near misses two reviews of this round's rules found (each was a misfire of a new rule).
@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        # a shouted word or a phrase after a noun is no title
        (
            "Tom Price posted a single word, “SHAMEFUL,” on Monday after the vote.",
            [("SHAMEFUL,", "Tom Price", None)],
            [],
        ),
        (
            "Ana Ruiz shouted to the crowd, “Thank You Chicago,” and left the stage.",
            [("Thank You Chicago,", "Ana Ruiz", None)],
            [],
        ),
        # (a work's title after its noun, with a clause between, is one)
        (
            "Her producer, Lars Eriksen, told the magazine that the first song she brought him, "
            "“Paper Boats,” was her best.",
            [],
            [],
        ),
        # using a platform to find, teach, send … is no post
        (
            "Investigators used Facebook to identify the suspects, said Lt. Mark Hale, a police "
            "spokesman.",
            [],
            [],
        ),
        (
            "Ana Ruiz used YouTube to teach herself the guitar. “I watched hundreds of videos,” "
            "she said.",
            [("I watched hundreds of videos,", "Ana Ruiz", None)],
            [],
        ),
        # "him" in a clause someone reports is often themselves; "her last album" is hers
        (
            "Ruth Adler ran the clinic. Casey Moran said police had stopped him twice that week. "
            "“I was terrified,” she said.",
            [("I was terrified,", "Ruth Adler", None)],
            [],
        ),
        (
            "Jordan Pike produced the record. Casey Moran released her last album in 2019. “It "
            "was a hard year,” he said.",
            [("It was a hard year,", "Jordan Pike", None)],
            [],
        ),
        # a second statement through a lawyer is not on the platform of the last post
        (
            "Ana Ruiz announced her retirement on Instagram on Monday. “It is time,” she wrote. "
            "On Wednesday, she issued a second statement through her lawyer. “I am at peace,” "
            "she said.",
            [("It is time,", "Ana Ruiz", "P1"), ("I am at peace,", "Ana Ruiz", "P2")],
            [("Ana Ruiz", "Instagram"), ("Ana Ruiz", None)],
        ),
        # "maintained the family farm", "pleaded guilty": no speech
        (
            "Anna Lindqvist, the author, spoke at the festival on Saturday. Peter Lindqvist, her "
            "nephew, maintained the family farm for a decade. “I love that book,” Lindqvist said.",
            [("I love that book,", "Anna Lindqvist", None)],
            [],
        ),
        # "wrote to a man that she had met": a relative "that", no letter
        (
            "Ana Ruiz wrote to a man that she had met online. “He seemed kind,” she said.",
            [("He seemed kind,", "Ana Ruiz", None)],
            [],
        ),
        # "In her essay for The Atlantic a year earlier": another essay, not the one just named
        (
            "Ana Ruiz published an essay on Substack on Monday. “We forgot workers,” she wrote. In "
            "her essay for The Atlantic a year earlier, she had praised the party. “This is our "
            "moment,” she wrote then.",
            [("We forgot workers,", "Ana Ruiz", "P1"), ("This is our moment,", "Ana Ruiz", "P2")],
            [("Ana Ruiz", "Substack"), ("Ana Ruiz", "The Atlantic")],
        ),
        # an album's release is no press release
        (
            "The album’s release promises “a new sound,” said Ana Ruiz, the band’s manager.",
            [("a new sound,", None, None)],
            [],
        ),
        # "a representative of the airline" is not Rep. Ann Lee; "Lt. Gov." is no governor
        (
            "Rep. Ann Lee met with the airline on Monday. A representative of the airline "
            "declined to give details. “We are reviewing the request,” the representative said.",
            [("We are reviewing the request,", None, None)],
            [],
        ),
        (
            "The mayor, Tom Price, met with Lt. Gov. Ann Lee on Monday. “We need federal help,” "
            "the governor said.",
            [("We need federal help,", "Tom Price", None)],
            [],
        ),
        # the last pronoun of a leading phrase with no comma is its subject
        (
            "Tom Price runs the bank. Ana Ruiz is a customer. In a letter to the customers he had "
            "cheated she promised a refund. “You will be paid,” she wrote.",
            [("You will be paid,", "Ana Ruiz", "P1")],
            [("Ana Ruiz", None)],
        ),
        # a reporter's article is news, no post
        ("The piece, by the reporter Tom Price, ran in The Courier on Monday.", [], []),
        # "the TikTok bill", "a TikTok op-ed in The Wall Street Journal", "YouTube and TikTok"
        (
            "President Joe Biden signed the TikTok bill into law on Wednesday. “This is about "
            "national security,” he said.",
            [("This is about national security,", "Joe Biden", None)],
            [],
        ),
        (
            "Senator Tom Cotton wrote a TikTok op-ed in The Wall Street Journal on Monday. “Ban it "
            "now,” Cotton wrote.",
            [("Ban it now,", "Tom Cotton", "P1")],
            [("Tom Cotton", "The Wall Street Journal")],
        ),
        (
            "Instagram, YouTube and TikTok have all removed the clip. “We acted quickly,” a Meta "
            "spokesperson said.",
            [("We acted quickly,", None, None)],
            [],
        ),
        # "the only swimmer who made it, Diana Nyad": no poster; footage on X shows, not posts
        (
            "A video of the race was shared widely on TikTok. The only swimmer who made it, "
            "Diana Nyad, said she was exhausted. “I am done,” Nyad said.",
            [("I am done,", "Diana Nyad", None)],
            [(None, "TikTok")],
        ),
        (
            "A clip from the hearing circulated on X. In the footage, Senator Josh Hawley grills "
            "the chief executive. “You have blood on your hands,” Hawley says.",
            [("You have blood on your hands,", "Josh Hawley", None)],
            [(None, "X")],
        ),
        # "by a spokesman for the governor, Kathy Hochul,": her spokesman, unnamed
        (
            "A post on X by a spokesman for the governor, Kathy Hochul, called the report "
            "“deeply flawed.”",
            [("deeply flawed.", None, "P1")],
            [(None, "X")],
        ),
        # "On X Games day": another name
        (
            "On X Games day, Shaun White won gold. “I am stoked,” he said.",
            [("I am stoked,", "Shaun White", None)],
            [],
        ),
        # "Tom Ray and his campaign said": his, with the body that speaks for him
        (
            "Tom Ray and his campaign said in a statement that he would not concede. “The fight "
            "goes on,” Ray said.",
            [("The fight goes on,", "Tom Ray", "P1")],
            [("Tom Ray", None)],
        ),
    ],
)
def test_this_rounds_review_near_misses(text, quotes, posts):
    result = extract(text, None)
    assert [(q.text, q.speaker, q.post) for q in result.quotes] == quotes
    assert [(p.author, p.platform) for p in result.posts] == posts


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        # A long description between a person's name and "who" (up to 100 characters)
        (
            "The complaint came from Marta Ruiz, a logistics coordinator for the aid group "
            "Bridges Without Borders, who wrote on LinkedIn on Monday that guards had sent back "
            "“four families.”",
            [("four families.", "Marta Ruiz", "P1")],
            [("Marta Ruiz", "LinkedIn")],
            ["Marta Ruiz"],
        ),
        (
            "The warning came from Dr. Ines Falk, the head of the emergency department at the "
            "Northgate General Hospital, who told the Valley Courier that beds had run out. "
            "“We are full every night,” she said.",
            [("We are full every night,", "Ines Falk", "P1")],
            [("Ines Falk", "Valley Courier")],
            ["Ines Falk"],
        ),
        # (a description after a firm's name is not skipped: the owner is still the one named)
        (
            "The owner of Crumb & Hearth, a neighbourhood bakery in Dunmore that has sold "
            "sourdough since 1987, said on Instagram on Sunday that costs would force it to "
            "close. “Thirty-six years,” Wendell Okafor wrote.",
            [("Thirty-six years,", "Wendell Okafor", "P1")],
            [("Wendell Okafor", "Instagram")],
            ["Wendell Okafor"],
        ),
        # A show, then the station it airs on: the show is the platform, even opening with a day
        (
            "Her coach, Ana Ruiz, was asked on the Saturday Sport Hour on Radio Carrowmore "
            "whether the record could be repeated. “The demand was always there,” she said.",
            [("The demand was always there,", "Ana Ruiz", "P1")],
            [("Ana Ruiz", "Saturday Sport Hour")],
            ["Ana Ruiz"],
        ),
        (
            "Jon Bakke spoke on the Morning Round on Radio Fjord on Tuesday. “We lost the "
            "argument,” he said.",
            [("We lost the argument,", "Jon Bakke", "P1")],
            [("Jon Bakke", "Morning Round")],
            ["Jon Bakke"],
        ),
        # "Rádio" names a station as "Radio" does, not a person
        (
            "Speaking to Rádio Illara, Beatriz Antunes said the next two days would tell. “If it "
            "grows, it could be months,” she said.",
            [("If it grows, it could be months,", "Beatriz Antunes", "P1")],
            [("Beatriz Antunes", "Rádio Illara")],
            ["Beatriz Antunes"],
        ),
        # A forum, alliance or coalition is an organisation, not a person
        (
            "The Dunholm Pensioners’ Forum said in a letter to the council that its members were "
            "“choosing between heating and eating.”",
            [("choosing between heating and eating.", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            "The Riverside Tenants’ Alliance said in a statement that rents were “out of control.”",
            [("out of control.", None, "P1")],
            [(None, None)],
            [],
        ),
        # A document signed or backed by many is no one's by name, and its words are its own
        (
            "The swimmer Saoirse Drennan was left out of the team, prompting an open letter "
            "signed by 42 of her teammates that calls the process “opaque.”",
            [("opaque.", None, "P1")],
            [(None, None)],
            ["Saoirse Drennan"],
        ),
        (
            "Ana Diaz shared a petition backed by more than 3,000 parents that calls the closure "
            "“reckless.”",
            [("reckless.", None, "P1")],
            [(None, None)],
            ["Ana Diaz"],
        ),
        (
            "Mayor Ana Diaz released a letter signed by three council members calling the plan "
            "“a mistake.”",
            [("a mistake.", None, "P1")],
            [(None, None)],
            ["Ana Diaz"],
        ),
        # (one signer, or a time after "signed by", leaves it to the rules before)
        (
            "Ana Diaz shared a letter signed by her lawyer that calls the plan “cruel.”",
            [("cruel.", "Ana Diaz", None)],
            [(None, None)],
            ["Ana Diaz"],
        ),
        # A letter to a hyphened addressee ("season-ticket holders") is its writer's
        (
            "The club’s owner, Leonard Pryce, wrote to season-ticket holders last week that the "
            "move was “the only way.” “We cannot stay,” the letter said.",
            [("the only way.", "Leonard Pryce", "P1"), ("We cannot stay,", "Leonard Pryce", "P1")],
            [("Leonard Pryce", None)],
            ["Leonard Pryce"],
        ),
        # A thread in a platform's forum or group that opens the sentence is a post there
        (
            "On the club’s Reddit forum, a thread titled “Not in our name” gathered more than "
            "2,000 replies. “Where do I go now?” its author wrote.",
            [("Where do I go now?", None, "P1")],
            [(None, "Reddit")],
            [],
        ),
        (
            "In the town’s Facebook group, a long thread drew 300 comments. “Fix the road,” one "
            "resident wrote.",
            [("Fix the road,", None, "P1")],
            [(None, "Facebook")],
            [],
        ),
        # (the forum alone is no post)
        (
            "On the club’s Reddit forum, fans were angry. “Fix it,” said Ana Ruiz.",
            [("Fix it,", "Ana Ruiz", None)],
            [],
            ["Ana Ruiz"],
        ),
        # Writing beneath "that" or "this" video is a comment under it
        (
            "Ana Ruiz posted a video on TikTok. “We are safe,” she said in it.\n\nHer mother, "
            "Sofia Ruiz, wrote beneath that video that the house had burned. “Forty years of "
            "work,” she wrote.",
            [
                ("We are safe,", "Ana Ruiz", "P1"),
                ("Forty years of work,", "Sofia Ruiz", "P1"),
            ],
            [("Ana Ruiz", "TikTok")],
            ["Ana Ruiz", "Sofia Ruiz"],
        ),
        # "family" ends like an adverb but is the subject's noun: "His family said" is the
        # family's, no one named
        (
            "Tom Hall, 58, was freed on Monday. His family said in a statement that they were "
            "“overwhelmed with relief” and asked for privacy.",
            [("overwhelmed with relief", None, "P1")],
            [(None, None)],
            ["Tom Hall"],
        ),
        (
            "Tom Hall, 58, was freed on Monday. His family said they were “overwhelmed.”",
            [("overwhelmed.", None, None)],
            [],
            ["Tom Hall"],
        ),
        (
            "The rally quickly turned “ugly,” Tom Hall said.",
            [("ugly,", "Tom Hall", None)],
            [],
            ["Tom Hall"],
        ),
        # A show named before the station that airs it is the platform
        (
            "In his first interview since his release, given to the programme Evening Report on "
            "the broadcaster TV Nord, Tom Hall said he had been moved. “Most days, you do not "
            "know,” he said.",
            [("Most days, you do not know,", "Tom Hall", "P1")],
            [("Tom Hall", "Evening Report")],
            ["Tom Hall"],
        ),
        (
            "Tom Hall spoke on the broadcaster TV Nord on Monday. “Most days, you do not know,” "
            "he said.",
            [("Most days, you do not know,", "Tom Hall", "P1")],
            [("Tom Hall", "TV Nord")],
            ["Tom Hall"],
        ),
        # Who someone is on a platform is no post on it
        (
            "The chef Rosa Marsh, whose cooking videos have made her one of the most followed "
            "food creators on TikTok, says she is stepping back.",
            [],
            [],
            ["Rosa Marsh"],
        ),
        (
            "The chef Rosa Marsh, one of the biggest creators on TikTok, says she is stepping "
            "back.",
            [],
            [],
            ["Rosa Marsh"],
        ),
        (
            "Rosa Marsh, a star on TikTok, posted a video on Instagram. “I am done,” she said.",
            [("I am done,", "Rosa Marsh", "P1")],
            [("Rosa Marsh", "Instagram")],
            ["Rosa Marsh"],
        ),
        # A topic, not an appearance: "the finale of the dating series “…”"
        (
            "A fan theory about the finale of the dating series “Love on Lockdown” has been "
            "confirmed by its creator.",
            [],
            [],
            [],
        ),
        # Posted on someone's forum on a platform; replies under the thread are comments, and a
        # commenter's fragment in the same sentence says nothing of who wrote the thread
        (
            "The theory, posted last week by an anonymous user on the show’s Reddit forum, argued "
            "that producers had swapped two eliminations. “Watch the clocks,” the user "
            "wrote.\n\nOn Friday the show’s creator, Ingrid Solberg-Haas, replied under the "
            "thread. “You got us. Good eye,” she wrote, adding that the change had been made “for "
            "pacing, not for drama.”",
            [
                ("Watch the clocks,", None, "P1"),
                ("You got us. Good eye,", "Ingrid Solberg-Haas", "P1"),
                ("for pacing, not for drama.", "Ingrid Solberg-Haas", "P1"),
            ],
            [(None, "Reddit")],
            ["Ingrid Solberg-Haas"],
        ),
        # A relative named after "the" and a lower-case role, at the sentence's end
        (
            "Ana Ruiz is expecting a child with her husband, the rugby player Jonah Dresner. Her "
            "husband said: “Already outnumbered.”",
            [("Already outnumbered.", "Jonah Dresner", None)],
            [],
            ["Ana Ruiz", "Jonah Dresner"],
        ),
        # (no apposition without its closing mark: "Her publicist, actress Lena Cruz is here")
        (
            "Her publicist, actress Lena Cruz is here. Her publicist said: “No.”",
            [("No.", None, None)],
            [],
            ["Lena Cruz"],
        ),
        # "the original post" after someone passed it on: the post passed on
        (
            "Ana Ruiz announced on Instagram that she is pregnant. She posted a photo with the "
            "caption “Our biggest collab yet.”\n\nHer husband, Jonah Dresner, shared the "
            "announcement on his own Instagram story: “Already outnumbered.”\n\nHer sister, Temi "
            "Ruiz, commented under the original post: “Auntie duties start now!!”",
            [
                ("Our biggest collab yet.", "Ana Ruiz", "P1"),
                ("Already outnumbered.", "Jonah Dresner", "P2"),
                ("Auntie duties start now!!", "Temi Ruiz", "P1"),
            ],
            [("Ana Ruiz", "Instagram"), ("Jonah Dresner", "Instagram")],
            ["Ana Ruiz", "Jonah Dresner", "Temi Ruiz"],
        ),
        # A release quoting a body's officer ("Kestrel+’s head of …") or a name described
        # after it ("Lorna Bell, the head of programming, as saying")
        (
            "Kestrel+ cancelled the show, the company announced in a press release on "
            "Monday.\n\n“We are proud of the cast,” the release quoted Kestrel+’s head of "
            "unscripted programming, Lorna Bell, as saying.",
            [("We are proud of the cast,", "Lorna Bell", "P1")],
            [(None, "press release")],
            ["Lorna Bell"],
        ),
        (
            "Kestrel cancelled the show, the company announced in a press release on "
            "Monday.\n\n“We are proud of the cast,” the release quoted Lorna Bell, the head of "
            "programming, as saying.",
            [("We are proud of the cast,", "Lorna Bell", "P1")],
            [(None, "press release")],
            ["Lorna Bell"],
        ),
        # "commenting that …" reports speech, as "saying that …" does
        (
            "Dev Ramaswamy was less forgiving, commenting that the apology had come “three weeks "
            "and one recall too late.”",
            [("three weeks and one recall too late.", "Dev Ramaswamy", None)],
            [],
            ["Dev Ramaswamy"],
        ),
        # A paragraph that opens with a quote goes on with the one the paragraph before opened
        # with ("the 29-year-old", no age given before), not a name in apposition after them;
        # fame on a show is no appearance; a relative clause may close inside the marks
        (
            "Kiara Dunmore, who found fame on the dating show “Villa Heartline,” announced on "
            "Instagram on Sunday that she and her fiancé, the personal trainer Rhys Calloway, had "
            "ended their engagement.\n\n“We have decided to go our separate ways,” the "
            "29-year-old wrote beneath a photo of the couple.",
            [("We have decided to go our separate ways,", "Kiara Dunmore", "P1")],
            [("Kiara Dunmore", "Instagram")],
            ["Kiara Dunmore", "Rhys Calloway"],
        ),
        # (a quote's second paragraph is no new paragraph of narration: the "she" inside the
        # quote is no one the description goes on with)
        (
            "Former champion Nadia Petrova-Hart lost to the qualifier Chloe Danner.\n\n“I did "
            "not move well, and she made me pay.\n\n“I will rest,” the former champion said.",
            [
                ("I did not move well, and she made me pay.", "Nadia Petrova-Hart", None),
                ("I will rest,", "Nadia Petrova-Hart", None),
            ],
            [],
            ["Nadia Petrova-Hart", "Chloe Danner"],
        ),
        (
            "Kiara Dunmore said on the podcast “Villa Talk” that she had ended her engagement.",
            [],
            [("Kiara Dunmore", "Villa Talk")],
            ["Kiara Dunmore"],
        ),
        # A people's adjective the lexicon does not know, before its noun, is no person; nor is
        # a shoal, reef or strait
        (
            "Castaverian coast guard vessels fired water cannon near the disputed Selke Shoal. "
            "Replying to her, a former Castaverian naval officer, Luca Bertagni, argued that the "
            "boat was fishing. The Castaverian embassy said the boat had “ignored warnings.”",
            [("ignored warnings.", None, None)],
            [],
            ["Luca Bertagni"],
        ),
        # (given names that end the same way are people; and "on X." ends a sentence, its letter
        # no initial of the name after it)
        (
            "Brian posted a photo on X. “No,” Adrian said.",
            [("No,", "Adrian", None)],
            [("Brian", "X")],
            ["Brian", "Adrian"],
        ),
        (
            "Brian Lee posted a photo on X. Adrian Cole replied: “No.”",
            [("No.", "Adrian Cole", "P1")],
            [("Brian Lee", "X")],
            ["Brian Lee", "Adrian Cole"],
        ),
        (
            "George W. Bush said: “No.”",
            [("No.", "George W. Bush", None)],
            [],
            ["George W. Bush"],
        ),
        # "the brewer", "the publican", "the geologist": descriptions of a person
        (
            "Nadia Petrova, who founded Engine House Brewing, shared the news on "
            "Instagram.\n\nThe 41-year-old told the Haverleigh Post that the brewery would "
            "employ eight people. “People have such strong memories of this place,” the brewer "
            "said.",
            [("People have such strong memories of this place,", "Nadia Petrova", "P2")],
            [("Nadia Petrova", "Instagram"), ("Nadia Petrova", "Haverleigh Post")],
            ["Nadia Petrova"],
        ),
        # Paragraphs holding nothing but a quote, right after a paragraph that ends by reporting
        # someone's post, are that post's words
        (
            "The board banned Matthias Gross for two years.\n\nGross, 29, responded with a long "
            "statement on Instagram in which he maintained his innocence.\n\n“I have never "
            "knowingly taken a banned substance.\n\n“I will appeal, however long it "
            "takes.”\n\nHis team said it had suspended him.",
            [
                ("I have never knowingly taken a banned substance.", "Matthias Gross", "P1"),
                ("I will appeal, however long it takes.", "Matthias Gross", "P1"),
            ],
            [("Matthias Gross", "Instagram")],
            ["Matthias Gross"],
        ),
        # (not after a paragraph that reports no post)
        (
            "Matthias Gross, 29, said he was innocent.\n\n“I never cheated.”",
            [("I never cheated.", None, None)],
            [],
            ["Matthias Gross"],
        ),
        # An organisation's newsletter ("in its monthly newsletter") is a post, as a person's is
        (
            "The charity said in its monthly newsletter that scooters had become “a trip hazard.”",
            [("a trip hazard.", None, "P1")],
            [(None, None)],
            [],
        ),
        # "the stewards", "the selectors": people who speak as no one named (the words were lost
        # as a scare quote when the subject was not known for one)
        (
            "In their written decision, the stewards said Ana Ruiz had been “wholly to blame” for "
            "the contact.",
            [("wholly to blame", None, "P1")],
            [(None, None)],
            ["Ana Ruiz"],
        ),
        # A video "uploaded to the club’s official TikTok account" is on TikTok (it fell back on
        # the photo-and-video default, Instagram)
        (
            "The coach spoke in a video uploaded to the club’s official TikTok account. “We go "
            "again,” said Ana Ruiz.",
            [("We go again,", "Ana Ruiz", None)],
            [(None, "TikTok")],
            ["Ana Ruiz"],
        ),
        # "said its director of water resources, Helen Achterberg": a body's role, what it is
        # of, then the name in apposition
        (
            "Ravensby Water announced the ban in a press release on Tuesday. “We know this is "
            "inconvenient,” said its director of water resources, Helen Achterberg, in the "
            "release.",
            [("We know this is inconvenient,", "Helen Achterberg", "P1")],
            [(None, "press release")],
            ["Helen Achterberg"],
        ),
        # The second half of a split quote is the first half's speaker, named in apposition
        (
            "“This is the largest scheme,” said the committee’s chair, Councillor Gwen Afolabi, "
            "before the vote, “and we owe it to both sides to get it right.”",
            [
                ("This is the largest scheme,", "Gwen Afolabi", None),
                ("and we owe it to both sides to get it right.", "Gwen Afolabi", None),
            ],
            [],
            ["Gwen Afolabi"],
        ),
        # A station's show named after its possessive ("Talk Radio 702’s Breakfast Show",
        # "Capital FM’s morning show, The Big Breakfast,"); "Says Brigadier …" opening a
        # sentence is no part of the name; "the brigadier" describes him
        (
            "Detectives say they have identified the gang.\n\nSays Brigadier Lwazi Mthembu, who "
            "leads the investigation: “We know who they are.”\n\nMthembu appeared on Talk Radio "
            "702’s Breakfast Show on Tuesday. “Somebody is hiding these men,” the brigadier said.",
            [
                ("We know who they are.", "Lwazi Mthembu", None),
                ("Somebody is hiding these men,", "Lwazi Mthembu", "P1"),
            ],
            [("Lwazi Mthembu", "Breakfast Show")],
            ["Lwazi Mthembu"],
        ),
        (
            "Otieno Kamau spoke to Capital FM’s morning show, The Big Breakfast, on Monday. “My "
            "grandmother is 81,” he said.",
            [("My grandmother is 81,", "Otieno Kamau", "P1")],
            [("Otieno Kamau", "The Big Breakfast")],
            ["Otieno Kamau"],
        ),
        (
            "Otieno Kamau spoke to Capital FM’s morning show on Monday. “My grandmother is 81,” he "
            "said.",
            [("My grandmother is 81,", "Otieno Kamau", "P1")],
            [("Otieno Kamau", "Capital FM")],
            ["Otieno Kamau"],
        ),
    ],
)
def test_world_news_and_sport_round(text, quotes, posts, people):
    result = extract(text, None)
    assert [(q.text, q.speaker, q.post) for q in result.quotes] == quotes
    assert [(p.author, p.platform) for p in result.posts] == posts
    assert [p.name for p in result.people] == people


# Near misses from this round's review: each sentence once went wrong under a rule of this
# round (or a close variant of it) and is right now.
@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            "Julian posted a video on TikTok on Monday, telling fans he was “fine.”",
            [("fine.", "Julian", "P1")],
            [("Julian", "TikTok")],
            ["Julian"],
        ),
        (
            "Vivian confirmed in a statement that she had left the band, calling it “a relief.”",
            [("a relief.", "Vivian", "P1")],
            [("Vivian", None)],
            ["Vivian"],
        ),
        (
            "The rapper Damian Lowe dropped a new single. Damian thanked fans on Instagram, writing “Love you all.”",
            [("Love you all.", "Damian Lowe", "P1")],
            [("Damian Lowe", "Instagram")],
            ["Damian Lowe"],
        ),
        (
            "The singer Lena Sarkissian cancelled her tour. Sarkissian announced the decision on Instagram, writing that she was “exhausted.”",
            [("exhausted.", "Lena Sarkissian", "P1")],
            [("Lena Sarkissian", "Instagram")],
            ["Lena Sarkissian"],
        ),
        (
            "Mara Khachaturian won the prize. Khachaturian thanked her publisher in a statement, calling the award “a shock.”",
            [("a shock.", "Mara Khachaturian", "P1")],
            [("Mara Khachaturian", None)],
            ["Mara Khachaturian"],
        ),
        (
            "Sam Osei, a florist in Accra, said prices had tripled. “Roses are gold now,” the florist said.",
            [("Roses are gold now,", "Sam Osei", None)],
            [],
            ["Sam Osei"],
        ),
        (
            "Maya Lin, a geologist at Durham University, warned that the cliff was unstable. “It could go any day,” the geologist said.",
            [("It could go any day,", "Maya Lin", None)],
            [],
            ["Maya Lin"],
        ),
        (
            "Ruth Kemp, a winemaker in the Barossa Valley, lost her vines to the fire. “Thirty years, gone,” the winemaker said.",
            [("Thirty years, gone,", "Ruth Kemp", None)],
            [],
            ["Ruth Kemp"],
        ),
        (
            "Kiara Dunmore announced the split on Instagram on Sunday. Dunmore met the trainer on the show in 2021.\n\nRhys Calloway did not respond to a request for comment.\n\n“We have decided to go our separate ways,” the reality star wrote.",
            [("We have decided to go our separate ways,", "Kiara Dunmore", "P1")],
            [("Kiara Dunmore", "Instagram")],
            ["Kiara Dunmore", "Rhys Calloway"],
        ),
        (
            "Omar Vance was left out of the squad on Friday. Vance had played in every game.\n\nDana Price, the coach, did not explain the decision.\n\n“I found out from the newspaper,” the midfielder said.",
            [("I found out from the newspaper,", "Omar Vance", None)],
            [],
            ["Omar Vance", "Dana Price"],
        ),
        (
            "Lena Ortiz won gold in the 200m on Thursday. Ortiz had been injured for most of the year.\n\nMaya Brooks took silver.\n\n“I never thought I would be back,” the 31-year-old said.",
            [("I never thought I would be back,", "Lena Ortiz", None)],
            [],
            ["Lena Ortiz", "Maya Brooks"],
        ),
        (
            "Tom Hale sent the manuscript to J. K. Rowling, who called it “charming.”",
            [("charming.", "J. K. Rowling", None)],
            [],
            ["Tom Hale", "J. K. Rowling"],
        ),
        (
            "Rosa Marsh, 26, is stepping back. The influencer posted on TikTok that she was “burned out.”",
            [("burned out.", "Rosa Marsh", "P1")],
            [("Rosa Marsh", "TikTok")],
            ["Rosa Marsh"],
        ),
        (
            "Rosa Marsh, 26, is stepping back. The creator posted on YouTube that she was “burned out.”",
            [("burned out.", "Rosa Marsh", "P1")],
            [("Rosa Marsh", "YouTube")],
            ["Rosa Marsh"],
        ),
        (
            "Rosa Marsh, 26, is stepping back. The influencer said on TikTok that she was “burned out.”",
            [("burned out.", "Rosa Marsh", "P1")],
            [("Rosa Marsh", "TikTok")],
            ["Rosa Marsh"],
        ),
        (
            "On the club’s Reddit forum, a thread was deleted after moderators called it “abusive.”",
            [("abusive.", None, None)],
            [],
            [],
        ),
        (
            "On the club’s unofficial Reddit forum, a thread titled “Not in our name” gathered 2,000 replies. “Where do I go now?” its author wrote.",
            [("Where do I go now?", None, "P1")],
            [(None, "Reddit")],
            [],
        ),
        (
            "Tom Hale started work on the museum’s Instagram account last year. “It was chaos,” he said.",
            [("It was chaos,", "Tom Hale", None)],
            [],
            ["Tom Hale"],
        ),
        (
            "Ana Ruiz took gold in Paris. The Olympic winner said on the podcast “The Long Run” that she was retiring.",
            [],
            [("Ana Ruiz", "The Long Run")],
            ["Ana Ruiz"],
        ),
        (
            "Ana Ruiz made her views known on the podcast “Hard Fork,” calling the bill “a disaster.”",
            [("a disaster.", "Ana Ruiz", "P1")],
            [("Ana Ruiz", "Hard Fork")],
            ["Ana Ruiz"],
        ),
        (
            "The finalist appeared on the podcast “Villa Talk” on Monday, calling the final “rigged.”",
            [("rigged.", None, "P1")],
            [(None, "Villa Talk")],
            [],
        ),
        (
            "In the latest installment of the podcast “Hard Fork,” Ana Ruiz said the bill was “a disaster.”",
            [("a disaster.", "Ana Ruiz", "P1")],
            [("Ana Ruiz", "Hard Fork")],
            ["Ana Ruiz"],
        ),
        (
            "During a taping of the talk show “Late Tonight,” Tom Hale called the rumours “nonsense.”",
            [("nonsense.", "Tom Hale", "P1")],
            [("Tom Hale", "Late Tonight")],
            ["Tom Hale"],
        ),
        (
            "In the season finale of the podcast “Serial Lines,” Tom Hale admitted he had been “wrong.”",
            [("wrong.", "Tom Hale", "P1")],
            [("Tom Hale", "Serial Lines")],
            ["Tom Hale"],
        ),
        (
            "Ana Ruiz rejected a letter signed by 40 MPs and called the plan “cruel.”",
            [("cruel.", "Ana Ruiz", None)],
            [],
            ["Ana Ruiz"],
        ),
        (
            "The minister Ana Ruiz dismissed the petition signed by 3,000 parents and described the closure as “unavoidable.”",
            [("unavoidable.", "Ana Ruiz", None)],
            [],
            ["Ana Ruiz"],
        ),
        (
            "Tom Hale wrote an open letter backed by 40 MPs that calls the plan “cruel.”",
            [("cruel.", "Tom Hale", "P1")],
            [("Tom Hale", None)],
            ["Tom Hale"],
        ),
        (
            "Tom Hall shared a letter from April Ryan accusing the board of “fraud.”",
            [("fraud.", "April Ryan", "P1")],
            [("April Ryan", None)],
            ["Tom Hall", "April Ryan"],
        ),
        (
            "Tom Hale posted a video on TikTok on Monday.\n\n“Where is the money?”\n\nThat question, asked by thousands of fans, has gone unanswered for a year.",
            [("Where is the money?", None, None)],
            [("Tom Hale", "TikTok")],
            ["Tom Hale"],
        ),
        (
            "Tom Hale posted a photo on Instagram on Monday. Ana Ruiz posted a video on Instagram on Tuesday, then deleted it and uploaded a shorter one.\n\nHer sister, Mia Ruiz, commented under the original post: “So proud.”",
            [("So proud.", "Mia Ruiz", "P2")],
            [("Tom Hale", "Instagram"), ("Ana Ruiz", "Instagram")],
            ["Tom Hale", "Ana Ruiz", "Mia Ruiz"],
        ),
    ],
)
def test_world_news_and_sport_reviews_near_misses(text, quotes, posts, people):
    result = extract(text, None)
    assert [(q.text, q.speaker, q.post) for q in result.quotes] == quotes
    assert [(p.author, p.platform) for p in result.posts] == posts
    assert [p.name for p in result.people] == people


def test_a_quote_the_next_paragraph_points_back_to_is_not_the_posts():
    """ "“Good riddance.” ¶ That was the reaction of one season-ticket holder": not the statement's."""
    result = extract(
        "The club said in a statement that the manager had left by mutual consent.\n\n"
        "“Good riddance.”\n\nThat was the reaction of one season-ticket holder, Tom Hale, outside "
        "the ground.",
        None,
    )
    assert [(p.author, p.platform) for p in result.posts] == [(None, None)]
    assert [q.post for q in result.quotes] == [None]
