"""Posts a story reports: detection, author, platform, date, grouping, and which quotes came from each."""

from __future__ import annotations

import re

import pytest

from stories.extraction import extract
from stories.extraction.people import find_people
from stories.extraction.quotes import find_quotes
from stories.extraction.types import DateClaim


def _posts(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.author, p.platform) for p in extract(text, None).posts]


def _dated(text: str, *dates: tuple[str, str]) -> list[DateClaim]:
    """Hand-built date claims, as the dates extractor would give them (it is a stub on this branch)."""
    claims = []
    for phrase, value in dates:
        start = text.index(phrase)
        claims.append(DateClaim(phrase, start, start + len(phrase), "DATE", value))
    return claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kate Lindholm announced her retirement on Instagram on Thursday.",
            [("Kate Lindholm", "Instagram")],
        ),
        ("Marcus Hill took to X on Monday to criticize the rule.", [("Marcus Hill", "X")]),
        ("Maya Brooks posted a TikTok video responding to critics.", [("Maya Brooks", "TikTok")]),
        ("Teigen penned an essay for Medium in late October.", [("Teigen", "Medium")]),
        (
            "Nora Fields published an essay in The Atlantic last week.",
            [("Nora Fields", "The Atlantic")],
        ),
        (
            "Chrissy Teigen and John Legend opened up about their grief on Good Morning America.",
            [("Chrissy Teigen", "Good Morning America")],
        ),
        (
            "Dua Levin told Rolling Stone in an interview that she is staying.",
            [("Dua Levin", "Rolling Stone")],
        ),
        ("Rachel Gomez said in a statement that the budget fails.", [("Rachel Gomez", None)]),
        ("Acme Corp. said in a press release that it would cut jobs.", [(None, "press release")]),
        ("She expanded on it on the podcast “Hard Fork,” on Monday.", [(None, "Hard Fork")]),
        (
            "Lisa Grant sparred on the “Pod Save America” podcast.",
            [("Lisa Grant", "Pod Save America")],
        ),
        (
            "Paul Greer argued in a New York Times op-ed that it must go.",
            [("Paul Greer", "New York Times")],
        ),
        ("YouTuber Jay Park posted an apology video on Sunday.", [("Jay Park", "YouTube")]),
        # A post whose platform the story leaves implied: a photo post defaults to Instagram.
        ("Chrissy Teigen shared photos of her son Miles.", [("Chrissy Teigen", "Instagram")]),
        # Not posts.
        ("Teigen’s post was met with kind words.", []),
        ("She deleted her Instagram account in March.", []),
        ("Alvarez told reporters outside the Capitol that the bill fails.", []),
    ],
)
def test_post_detection_author_and_platform(text, expected):
    assert _posts(text) == expected


def test_returning_to_the_platform_is_a_new_post_on_the_same_platform():
    text = (
        "Shortly after sharing photos of her son on Instagram, Chrissy Teigen returned to the "
        "platform to reflect on her loss. “To the son we almost had,” she wrote next to an image "
        "of her in the hospital."
    )
    result = extract(text, None)
    assert [(p.id, p.author, p.platform) for p in result.posts] == [
        ("P1", "Chrissy Teigen", "Instagram"),
        ("P2", "Chrissy Teigen", "Instagram"),
    ]
    assert result.posts[1].what == "an image of her in the hospital"
    assert [q.post for q in result.quotes] == ["P2"]


def test_a_quote_that_reports_a_new_photo_starts_a_new_post():
    text = (
        "“This is me,” Chrissy Teigen wrote alongside a photo of her bump. “I still have it.”\n\n"
        "“It’s really weird,” she wrote alongside a photo of her sitting in a closet."
    )
    result = extract(text, None)
    assert [q.post for q in result.quotes] == ["P1", "P1", "P2"]
    assert [p.what for p in result.posts] == [
        "a photo of her bump",
        "a photo of her sitting in a closet",
    ]


def test_a_post_mentioned_before_its_quotes_takes_them():
    text = (
        "Chrissy Teigen’s updates came after she penned an essay for Medium. “I wrote this because I had to,” "
        "she wrote. “Jack will always be loved.”"
    )
    result = extract(text, None)
    assert [(p.id, p.platform) for p in result.posts] == [("P1", "Medium")]
    assert [q.post for q in result.quotes] == ["P1", "P1"]


def test_comments_under_a_post_are_quotes_from_that_post():
    text = (
        "Chrissy Teigen shared a photo on Instagram. “Love you all,” she wrote. Her post was met "
        "with comforting words from fans. “Love u,” Gabrielle Union wrote. Model Ashley Graham "
        "praised the “beautifully written” post."
    )
    result = extract(text, None)
    assert [(q.speaker, q.post) for q in result.quotes] == [
        ("Chrissy Teigen", "P1"),
        ("Gabrielle Union", "P1"),
        ("Ashley Graham", "P1"),
    ]


def test_a_reply_under_the_video_is_a_comment_not_a_new_post():
    text = (
        "Singer Mia Torres addressed the rumors in a TikTok video. “I just like pasta,” she said.\n\n"
        "Her sister, Ana Torres, weighed in under the video: “She really does.”"
    )
    result = extract(text, None)
    assert [(p.id, p.author) for p in result.posts] == [("P1", "Mia Torres")]
    assert [(q.speaker, q.post) for q in result.quotes] == [
        ("Mia Torres", "P1"),
        ("Ana Torres", "P1"),
    ]


def test_an_unnamed_voice_of_a_press_release_takes_that_post():
    text = "Orbit Airlines added routes. “Demand has never been stronger,” the company said in a press release."
    result = extract(text, None)
    assert [(p.author, p.platform) for p in result.posts] == [(None, "press release")]
    assert [(q.speaker, q.post) for q in result.quotes] == [(None, "P1")]


def test_spoken_quotes_after_an_interview_come_from_it():
    text = (
        "Chrissy Teigen and John Legend opened up on Good Morning America. “Every day is different,” "
        "Teigen said. Legend added, “It meant so much.”"
    )
    result = extract(text, None)
    assert [(q.speaker, q.post) for q in result.quotes] == [
        ("Chrissy Teigen", "P1"),
        ("John Legend", "P1"),
    ]


def test_words_of_a_statement_have_no_person_speaker():
    text = "The family shared a statement on Facebook. “He gave everything,” the statement read. “Thank you.”"
    result = extract(text, None)
    assert [(q.speaker, q.post) for q in result.quotes] == [(None, "P1"), (None, "P1")]


def test_fragment_with_a_said_verb_and_no_interview_has_no_post():
    text = "Chrissy Teigen posted a photo on Instagram.\n\nLater, the model said she was “proud” of her body."
    assert [q.post for q in extract(text, None).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        # The date in the clause that reports the post.
        (
            "“It’s weird,” Teigen wrote on Sept. 18 alongside a photo.",
            [("Sept. 18", "2021-09-18")],
            ["2021-09-18"],
        ),
        (
            "Teigen penned an essay for Medium in late October.",
            [("late October", "2020-10")],
            ["2020-10"],
        ),
        # A date leading the sentence dates the post its main clause reports.
        (
            "One month later, Teigen opened up on Good Morning America.",
            [("One month later", "2020-11")],
            ["2020-11"],
        ),
        # "Shortly after X on <date>, … returned to the platform": the day is not known, the month is.
        (
            "Shortly after sharing photos on Sept. 28, Teigen returned to the platform to reflect.",
            [("Sept. 28", "2021-09-28")],
            ["2021-09-28", "2021-09"],
        ),
        # No date in the story for the post: null, not a guess.
        ("Teigen penned an essay for Medium.", [], [None]),
        # A date inside a quote is not the post's date.
        (
            "“A year ago I posted this,” Teigen wrote on Instagram.",
            [("A year ago", "2020-09")],
            [None],
        ),
    ],
)
def test_post_dates_come_from_date_claims_in_the_reporting_sentence(text, dates, expected):
    claims = _dated(text, *dates)
    _, posts = find_quotes(text, find_people(text), claims)
    assert [p.date for p in posts] == expected


def test_post_ids_count_up_in_order_of_first_mention():
    text = (
        "Sam Reed announced the news on X. “She said yes!” Reed posted.\n\n"
        "Julia Marsh shared the same photo on Instagram. “Forever starts now,” she wrote."
    )
    posts = extract(text, None).posts
    assert [p.id for p in posts] == ["P1", "P2"]
    assert all(re.fullmatch(r"P\d+", p.id) for p in posts)
    assert [(p.author, p.platform) for p in posts] == [
        ("Sam Reed", "X"),
        ("Julia Marsh", "Instagram"),
    ]


def _posts_and_links(text: str) -> tuple[list[tuple[str | None, str | None]], list[str | None]]:
    result = extract(text, None)
    return [(p.author, p.platform) for p in result.posts], [q.post for q in result.quotes]


# The ways news reports that someone said something in or through a medium, one family a block:
# (text, posts as (author, platform), the post of each quote in order).
_MEDIUM_FAMILIES = [
    # Written documents: a statement, memo, letter, email, note, opinion, ruling, filing,
    # newsletter or blog post is a post with no platform; its writer is the author.
    (
        "“We are heartbroken,” the Lopez family said in a statement on Sunday.",
        [(None, None)],
        ["P1"],
    ),
    (
        "In a statement released Monday, Senator Ruth Adler said she would not run again. "
        "“It is time,” Adler said.",
        [("Ruth Adler", None)],
        ["P1"],
    ),
    (
        "Mayor Tom Reyes said in a memo to city staff that the office would close. "
        "“We have no choice,” Reyes wrote.",
        [("Tom Reyes", None)],
        ["P1"],
    ),
    (
        "In an internal memo seen by Reuters, Vantage CEO Paula Grant told employees the merger "
        "was off. “We walked away,” Grant wrote.",
        [("Paula Grant", None)],
        ["P1"],
    ),
    (
        "In the memo, first reported by Axios, chief executive Tara Bloom told staff the office "
        "would close. “This was not easy,” Bloom wrote.",
        [("Tara Bloom", None)],
        ["P1"],
    ),
    (
        "Coach Mike Dunn wrote in a letter to season-ticket holders that prices would rise. "
        "“I know this is hard,” Dunn wrote. “But it is necessary.”",
        [("Mike Dunn", None)],
        ["P1", "P1"],
    ),
    (
        "Rep. Lou Grant sent a letter to the FBI director on Tuesday. "
        "“The public deserves answers,” Grant wrote.",
        [("Lou Grant", None)],
        ["P1"],
    ),
    (
        "In a letter posted to the team’s website, owner Greg Hall apologized to fans. "
        "“We let you down,” Hall wrote.",
        [("Greg Hall", None)],
        ["P1"],
    ),
    (
        "In an email to parents on Friday, Principal Susan Hale said the school would reopen. "
        "“Safety comes first,” she wrote.",
        [("Susan Hale", None)],
        ["P1"],
    ),
    (
        "“The decision was mine alone,” CEO Maria Lopez wrote in an email to staff on Thursday.",
        [("Maria Lopez", None)],
        ["P1"],
    ),
    (
        "In a note to investors, analyst Kim Lee wrote that the stock was “overvalued.”",
        [("Kim Lee", None)],
        ["P1"],
    ),
    (
        "Judge Mark Stone wrote in his ruling that the evidence was “overwhelming.”",
        [("Mark Stone", None)],
        ["P1"],
    ),
    (
        "Writing for the majority, Justice Elena Ruiz said the law “cannot stand.”",
        [("Elena Ruiz", None)],
        ["P1"],
    ),
    (
        "Chief Justice Ann Boyd, in a dissent joined by two colleagues, called the ruling "
        "“a grave mistake.”",
        [("Ann Boyd", None)],
        ["P1"],
    ),
    (
        "In a court filing on Tuesday, the city’s lawyers called the charges “baseless.”",
        [(None, None)],
        ["P1"],
    ),
    (
        "In his weekly newsletter, investor Sam Ito warned of a slowdown. “Winter is coming,” "
        "Ito wrote.",
        [("Sam Ito", None)],
        ["P1"],
    ),
    (
        "Chef Rosa Diaz announced the closure in a blog post on Monday. "
        "“Thank you for 20 years,” she wrote.",
        [("Rosa Diaz", None)],
        ["P1"],
    ),
    (
        "According to a statement from the museum, the painting was stolen overnight. "
        "“We are devastated,” the statement said.",
        [(None, None)],
        ["P1"],
    ),
    # The document's own voice ("the memo said"), and the words that continue it.
    (
        "The company sent a memo to employees on Friday. “We are restructuring,” the memo said. "
        "“Some roles will be eliminated.”",
        [(None, None)],
        ["P1", "P1"],
    ),
    (
        "In a memo, which was obtained by The Verge, Chief Executive Nia Holt told staff to return "
        "to the office. “Our culture depends on it,” Holt wrote.",
        [("Nia Holt", None)],
        ["P1"],
    ),
    ("According to the lawsuit, the company “ignored repeated warnings.”", [(None, None)], ["P1"]),
    (
        # A call with analysts is spoken to them live, like a news conference: not a post.
        "“Demand remains strong,” Chief Financial Officer Amy Ross said on a conference call with "
        "analysts.",
        [],
        [None],
    ),
    (
        "“We are reviewing the decision,” a Justice Department spokesman said in an email.",
        [(None, None)],
        ["P1"],
    ),
    (
        "According to an email sent to staff Monday, the newspaper will stop printing on Sundays. "
        "“This is about survival,” publisher Tom Vale wrote.",
        [("Tom Vale", None)],
        ["P1"],
    ),
    # The document names its source: a person, or no one named.
    (
        "According to a statement from her publicist, actress Lena Cruz is “resting comfortably.”",
        [(None, None)],
        ["P1"],
    ),
    (
        "“We remain committed,” Clinton said in a written statement issued from Berlin.",
        [("Clinton", None)],
        ["P1"],
    ),
    (
        "In a statement to The Associated Press, the league said it was “reviewing the incident.”",
        [(None, "The Associated Press")],
        ["P1"],
    ),
    # "it said" after a statement: the voice of whoever issued it.
    (
        "Senator Paul Rand’s office released a statement Tuesday. “The senator is recovering,” it "
        "said.",
        [(None, None)],
        ["P1"],
    ),
    # A leading phrase runs to its comma: its recipient is not the author, and a subject that
    # names no one leaves the author open.
    (
        "In a letter to President Omar Haddad, Prime Minister Lea Stone said talks would resume. "
        "“We are ready,” Stone wrote.",
        [("Lea Stone", None)],
        ["P1"],
    ),
    (
        "In a letter, prosecutors told Mr. Antar’s lawyers that the fees could be seized.",
        [(None, None)],
        [],
    ),
    # A document that is an event or a thing described, not a medium anyone speaks through.
    ("The relatives filed a federal lawsuit to overturn the decision.", [], []),
    ("Mr. Angelo was described in the filing as a consultant.", [], []),
    # Words given to an outlet: told / speaking to / in comments to / in an interview with.
    (
        "“I never wanted to be famous,” actor Ben Ross told Variety.",
        [("Ben Ross", "Variety")],
        ["P1"],
    ),
    (
        "Speaking to The Guardian, author Mia Lane said she writes every morning. "
        "“It is a habit,” Lane said.",
        [("Mia Lane", "The Guardian")],
        ["P1"],
    ),
    (
        "In comments to the Associated Press, Senator Ray Ford said he would vote no. "
        "“The bill is a mess,” Ford said.",
        [("Ray Ford", "Associated Press")],
        ["P1"],
    ),
    (
        "Dr. Raj Patel, the hospital’s chief of surgery, told NBC News that the unit was "
        "overwhelmed. “We are out of beds,” Patel said.",
        [("Raj Patel", "NBC News")],
        ["P1"],
    ),
    (
        "“We are not selling,” owner Dale Price said in an interview with The Wall Street Journal.",
        [("Dale Price", "The Wall Street Journal")],
        ["P1"],
    ),
    (
        "“We are not done,” Senator Ava Price said in an interview on CNN on Sunday.",
        [("Ava Price", "CNN")],
        ["P1"],
    ),
    (
        "In an interview broadcast Sunday on “60 Minutes,” General Tom Reyes defended the "
        "strategy. “We had no choice,” Reyes said.",
        [("Tom Reyes", "60 Minutes")],
        ["P1"],
    ),
    (
        "Rapper Dex Cole said on his podcast, “Real Talk,” that he was broke. “I lost "
        "everything,” Cole said.",
        [("Dex Cole", "Real Talk")],
        ["P1"],
    ),
    (
        "Actor Sam Reid was interviewed by The New York Times about his comeback. “I was broke "
        "for years,” Reid said.",
        [("Sam Reid", "The New York Times")],
        ["P1"],
    ),
    (
        "In a Q&A with Vulture, director Ana Lim discussed the ending. “I wanted it to hurt,” "
        "Lim said.",
        [("Ana Lim", "Vulture")],
        ["P1"],
    ),
    (
        "Asked by CNN whether she would run again, Senator Joan Reyes laughed. “Ask me next "
        "year,” she said.",
        [("Joan Reyes", "CNN")],
        ["P1"],
    ),
    (
        "Quarterback Troy Lane addressed the trade rumors on his weekly radio appearance on WEEI. "
        "“I want to be here,” Lane said.",
        [("Troy Lane", "WEEI")],
        ["P1"],
    ),
    (
        "Speaking on “The Daily Show,” comedian Ali Khan mocked the senator. “He has never read a "
        "bill,” Khan said.",
        [("Ali Khan", "The Daily Show")],
        ["P1"],
    ),
    # A group speaking for someone: the person who then speaks is the author, not the one named.
    (
        "The parents of missing student Ella Ward told the Chicago Tribune they were desperate."
        "\n\n“We just want her home,” her mother, Jane Ward, said.",
        [("Jane Ward", "Chicago Tribune")],
        ["P1"],
    ),
    (
        "Relatives of crash victim Ben Ortiz told the BBC that he was a devoted father. “He lived "
        "for his kids,” his brother, Luis Ortiz, said.",
        [("Luis Ortiz", "BBC")],
        ["P1"],
    ),
    (
        "Friends of the late actor Sam Dee told The Hollywood Reporter he had been unwell. “He hid "
        "it well,” said longtime friend Tom Ray.",
        [("Tom Ray", "The Hollywood Reporter")],
        ["P1"],
    ),
    # A lawyer or spokesperson speaking for someone, named later: the one who speaks.
    (
        "A lawyer for Mia Hart said in a statement that she would fight the charges. “She is "
        "innocent,” the lawyer, Dan Crowe, said.",
        [("Dan Crowe", None)],
        ["P1"],
    ),
    # A guest's visit to a show: stopped by / dropped by / visited / sat down with / appeared on.
    (
        "Comedian Ravi Shah stopped by “Late Night With Seth Meyers” on Tuesday. "
        "“My mother hates my jokes,” Shah said.",
        [("Ravi Shah", "Late Night With Seth Meyers")],
        ["P1"],
    ),
    (
        "Rapper Lil Fox dropped by “The Breakfast Club” on Thursday. “I am not retiring,” he said.",
        [("Lil Fox", "The Breakfast Club")],
        ["P1"],
    ),
    (
        "Actor Paul Wynn visited “Jimmy Kimmel Live!” on Monday night. “I cried all day,” Wynn said.",
        [("Paul Wynn", "Jimmy Kimmel Live!")],
        ["P1"],
    ),
    (
        "Senator Gail Price sat down with CBS’s “60 Minutes” to discuss the scandal. "
        "“I did nothing wrong,” Price said.",
        [("Gail Price", "60 Minutes")],
        ["P1"],
    ),
    (
        "Actress Lily Moore appeared on “The View” on Monday. “I am done apologizing,” Moore said.",
        [("Lily Moore", "The View")],
        ["P1"],
    ),
    (
        "During an appearance on “Today,” Olympian Sara Bell revealed her plans. "
        "“This is my last race,” Bell said.",
        [("Sara Bell", "Today")],
        ["P1"],
    ),
    (
        "Singer Noah Vale opened up about his health on “CBS Mornings” on Friday. "
        "“I almost died,” Vale said. “I am grateful.”",
        [("Noah Vale", "CBS Mornings")],
        ["P1", "P1"],
    ),
    (
        "Comedian Rob Lane was a guest on “The Howard Stern Show” on Tuesday. “I was broke for a "
        "decade,” Lane said.",
        [("Rob Lane", "The Howard Stern Show")],
        ["P1"],
    ),
    (
        "Senator Alan Pierce joined CNN’s “State of the Union” on Sunday. “We have the votes,” "
        "Pierce said.",
        [("Alan Pierce", "State of the Union")],
        ["P1"],
    ),
    ("Actor Sam Ito joined “The Avengers” cast in 2019.", [], []),
    # Social posts: wrote on / posted / shared / captioned / in a video or livestream.
    (
        "Streamer Kai Voss apologized during a Twitch stream on Monday night. “I crossed a line,” "
        "Voss said.",
        [("Kai Voss", "Twitch")],
        ["P1"],
    ),
    (
        "Governor Liz Dunn announced the mandate in a video message posted to X. “This is about "
        "saving lives,” Dunn said.",
        [("Liz Dunn", "X")],
        ["P1"],
    ),
    (
        "Writer Zoe Marsh wrote in a post on Threads that she was leaving the platform. "
        "“Goodbye,” she wrote.",
        [("Zoe Marsh", "Threads")],
        ["P1"],
    ),
    (
        "“Best day ever,” singer Ava Lin captioned a photo of her wedding.",
        [("Ava Lin", "Instagram")],
        ["P1"],
    ),
    (
        "Actor Jon Hale wrote on Instagram on Friday that he was sober. “One year today,” he wrote.",
        [("Jon Hale", "Instagram")],
        ["P1"],
    ),
    (
        "Senator Bo Kent posted on X on Tuesday. “This is a disgrace,” Kent wrote.",
        [("Bo Kent", "X")],
        ["P1"],
    ),
    (
        "Former president Ed Crane wrote on Truth Social that the verdict was rigged. "
        "“A total disgrace,” he wrote.",
        [("Ed Crane", "Truth Social")],
        ["P1"],
    ),
    (
        "In a livestream on Twitch, streamer Max Rowe apologized to fans. “I messed up,” Rowe said.",
        [("Max Rowe", "Twitch")],
        ["P1"],
    ),
    (
        "In a video posted to YouTube on Monday, creator Dan Wu addressed the backlash. "
        "“I hear you,” Wu said.",
        [("Dan Wu", "YouTube")],
        ["P1"],
    ),
    (
        "Actress Rae Lim posted to her Instagram Story on Sunday. “I am okay,” she wrote.",
        [("Rae Lim", "Instagram")],
        ["P1"],
    ),
    (
        "In a post on LinkedIn, executive Nina Olsen announced her departure. “Onward,” she wrote.",
        [("Nina Olsen", "LinkedIn")],
        ["P1"],
    ),
    (
        "Investor Hal Cross shared his thoughts in a lengthy thread on X. “The market is wrong,” "
        "he wrote. “Buy the dip.”",
        [("Hal Cross", "X")],
        ["P1", "P1"],
    ),
    (
        "In a TikTok posted Monday, nurse Ella Tran described her shift. “I cried in my car,” "
        "Tran said.",
        [("Ella Tran", "TikTok")],
        ["P1"],
    ),
    (
        "In a YouTube video titled “Why I Left,” creator Jen Ames explained her exit. “It was "
        "toxic,” Ames said.",
        [("Jen Ames", "YouTube")],
        ["P1"],
    ),
    # A site of one's own, and an audience that only exists online (platform not named).
    (
        "Chef Omar Said wrote on his blog that the restaurant would reopen. “We are back,” he "
        "wrote.",
        [("Omar Said", None)],
        ["P1"],
    ),
    (
        "Singer Rio Banks told her 3 million followers that she was taking a break. “I need to "
        "heal,” she wrote.",
        [("Rio Banks", None)],
        ["P1"],
    ),
    (
        "The airline’s chief executive, Hana Sato, apologized in a video posted to the company’s "
        "YouTube channel. “We failed you,” Sato said.",
        [("Hana Sato", "YouTube")],
        ["P1"],
    ),
    (
        "Former governor Pat Quinn penned an op-ed for the Chicago Sun-Times arguing for the tax. "
        "“The math is simple,” Quinn wrote.",
        [("Pat Quinn", "Chicago Sun-Times")],
        ["P1"],
    ),
    # … but a name before a role after "to" is the addressee, not an outlet.
    (
        "Rep. Lou Grant sent a letter to the FBI director on Tuesday. “The public deserves "
        "answers,” Grant wrote.",
        [("Lou Grant", None)],
        ["P1"],
    ),
    (
        "Chef Lou Park quote-tweeted the critic’s review. “Come eat here before you judge,” Park "
        "wrote.",
        [("Lou Park", "Twitter")],
        ["P1"],
    ),
    # A second video is a new post, on the platform of the first.
    (
        "Influencer Tara Bell shared a video on TikTok showing her new house. “We did it!” she "
        "says in the clip.\n\nIn a second video posted hours later, Bell showed the kitchen. "
        "“This is my favorite room,” she said.",
        [("Tara Bell", "TikTok"), ("Tara Bell", "TikTok")],
        ["P1", "P2"],
    ),
    (
        "Actor Sam Lee posted a photo with his newborn on Instagram. “Meet Luna,” he wrote.\n\n"
        "His co-star, Mia Fox, replied in the comments: “She is perfect!”",
        [("Sam Lee", "Instagram")],
        ["P1", "P1"],
    ),
    # "shared his own story" with no platform: told, not posted.
    (
        "Actor Dev Rao opened up about his sobriety on the “Armchair Expert” podcast. “I hit rock "
        "bottom in 2019,” Rao said. Host Dax Shepard shared his own story.",
        [("Dev Rao", "Armchair Expert")],
        ["P1"],
    ),
    # A voice heard in a video belongs to it.
    (
        "Skater Zoe Lin shared a video of her first kickflip. “Finally!” she shouted in the clip."
        "\n\nA friend can be heard yelling, “You did it!”",
        [("Zoe Lin", "Instagram")],
        ["P1", "P1"],
    ),
    # Where a piece ran, and a document given to an outlet.
    (
        "In an op-ed published Sunday in The Washington Post, former ambassador Carl Reed urged "
        "action. “History is watching,” Reed wrote.",
        [("Carl Reed", "The Washington Post")],
        ["P1"],
    ),
    (
        "In an open letter published on Medium, engineer Priya Nair described the culture at the "
        "firm. “I was ignored,” she wrote.",
        [("Priya Nair", "Medium")],
        ["P1"],
    ),
    (
        "In a text message to The New York Times, Mayor Joan Kerr said she would not resign. "
        "“I have work to do,” Kerr wrote.",
        [("Joan Kerr", "The New York Times")],
        ["P1"],
    ),
    # A journalist of a network, a show of a network, a radio station's call letters.
    (
        "Senator Ted Marsh told CNN’s Jake Tapper that he would vote no. “I cannot support it,” "
        "Marsh said.",
        [("Ted Marsh", "CNN")],
        ["P1"],
    ),
    (
        "“We are not going to cave,” Speaker Ann Cole said Sunday on NBC’s “Meet the Press.”",
        [("Ann Cole", "Meet the Press")],
        ["P1"],
    ),
    (
        "Author Greta Lind, speaking with NPR’s “Fresh Air,” described her childhood. "
        "“It poured out of me,” Lind said.",
        [("Greta Lind", "Fresh Air")],
        ["P1"],
    ),
    (
        "Coach Lou Diaz, in a radio interview with WFAN, defended his quarterback. “He is our "
        "guy,” Diaz said.",
        [("Lou Diaz", "WFAN")],
        ["P1"],
    ),
    # Linking: the quotes that follow a report, until another speaker or medium intervenes.
    (
        "Singer Ana Cruz announced her divorce on Instagram on Monday.\n\n“We remain friends,” "
        "she wrote.\n\n“Please give us space,” Cruz added.",
        [("Ana Cruz", "Instagram")],
        ["P1", "P1"],
    ),
    (
        "Senator Ed Lowe said in a statement that he would resign. “I am sorry,” Lowe said.\n\n"
        "His rival, Jan Post, was unmoved. “Too little, too late,” Post said.",
        [("Ed Lowe", None)],
        ["P1", None],
    ),
    (
        "Actor Tim Bay told People magazine that he is engaged. “She is the one,” Bay said.\n\n"
        "Later, on Instagram, Bay shared a photo of the ring. “Forever,” he wrote.",
        [("Tim Bay", "People"), ("Tim Bay", "Instagram")],
        ["P1", "P2"],
    ),
    (
        "In an interview with Esquire, actor Max Hunt discussed his new film.\n\n“I lost 30 "
        "pounds for the role,” Hunt said. “It was brutal.”\n\nHunt also talked about his father. "
        "“He was my hero,” he said.",
        [("Max Hunt", "Esquire")],
        ["P1", "P1", "P1"],
    ),
    (
        "Airline Nordair delayed 50 flights on Friday. “We regret the inconvenience,” a Nordair "
        "spokeswoman said in a statement. The spokeswoman, Lisa Berg, said crews were working.",
        [("Lisa Berg", None)],
        ["P1"],
    ),
    (
        "Model Tia Reyes shared a photo of her newborn on Instagram. “Our hearts are full,” she "
        "captioned the post.\n\nFriends flooded the comments with love. “So happy for you,” "
        "actress Kim Lo wrote.",
        [("Tia Reyes", "Instagram")],
        ["P1", "P1"],
    ),
    # Words quoted first, then reported as a post by the same person ("the message").
    (
        "“I will not be silenced,” Ana Vega wrote. The activist posted the message on X shortly "
        "after her arrest.",
        [("Ana Vega", "X")],
        ["P1"],
    ),
    # … but a later post about something else does not take them.
    (
        "“I will not be silenced,” Ana Vega wrote. The activist posted a photo of her cell on X.",
        [("Ana Vega", "X")],
        [None],
    ),
    (
        "“I never wanted this job,” Senator Mia Cole said. Cole made the remarks in an interview "
        "with CNN on Sunday.",
        [("Mia Cole", "CNN")],
        ["P1"],
    ),
    (
        "“We were robbed,” coach Tim Ray said. Ray spoke to The Athletic on Monday.",
        [("Tim Ray", "The Athletic")],
        ["P1"],
    ),
    # … but not words said at an occasion of their own.
    (
        "“We were robbed,” coach Tim Ray said after the game. Ray spoke to The Athletic on Monday.",
        [("Tim Ray", "The Athletic")],
        [None],
    ),
    # One post per medium, each taking its own quotes; an outlet known by name.
    (
        "Governor Pat Lowe told The Boston Globe he was not running. “My family comes first,” he "
        "said.\n\nHours later, Lowe posted a video on X. “Thank you, Massachusetts,” he said in "
        "the video.",
        [("Pat Lowe", "The Boston Globe"), ("Pat Lowe", "X")],
        ["P1", "P2"],
    ),
    (
        "Chef Mia Sol wrote on Instagram that her restaurant would close. “Thank you for "
        "everything,” she wrote.\n\nHer longtime sous-chef, Leo Park, told Eater that he was "
        "heartbroken. “She taught me everything,” Park said.",
        [("Mia Sol", "Instagram"), ("Leo Park", "Eater")],
        ["P1", "P2"],
    ),
    (
        "Editor-in-chief Dan Roe announced layoffs in a memo to staff. “These are painful cuts,” "
        "Roe wrote.",
        [("Dan Roe", None)],
        ["P1"],
    ),
    # Several media and speakers in one story, each post taking its own quotes.
    (
        "In an interview with The Washington Post, Representative Liz Hart said she had received "
        "death threats.\n\n“My staff is terrified,” she said. “We have asked for more security.”"
        "\n\nThe Capitol Police declined to comment.\n\nHart’s Republican opponent, Sam Todd, "
        "said on X that the threats were “unacceptable.”",
        [("Liz Hart", "The Washington Post"), ("Sam Todd", "X")],
        ["P1", "P1", "P2"],
    ),
    (
        "Mourners gathered Saturday for the funeral of firefighter Dan Ruiz. “He ran toward "
        "danger,” Fire Chief Ed Cole said in his eulogy.\n\nRuiz’s widow, Maria Ruiz, later wrote "
        "on Facebook: “Thank you for loving him.”",
        [("Maria Ruiz", "Facebook")],
        [None, "P1"],
    ),
    # An in-person occasion after a post ends its run of quotes …
    (
        "Senator Joe Blake told CNN on Sunday that he backed the bill. “It is a good start,” "
        "Blake said.\n\nLater that day, at a rally in Ohio, Blake struck a different tone. “We "
        "need more,” he said.",
        [("Joe Blake", "CNN")],
        ["P1", None],
    ),
    (
        "Mayor Kim Lo said in a statement that the city would appeal. “We disagree with the "
        "court,” Lo said.\n\nAt a town hall meeting on Tuesday, residents pressed her. “We will "
        "keep fighting,” Lo told them.",
        [("Kim Lo", None)],
        ["P1", None],
    ),
    (
        "Coach Dan Pike told ESPN that his team was ready. “We are hungry,” Pike said.\n\nIn the "
        "locker room after the win, Pike was emotional. “I love these guys,” he said.",
        [("Dan Pike", "ESPN")],
        ["P1", None],
    ),
    (
        "Singer Pia Lund posted a video on TikTok. “Hi, everyone,” she said in the video.\n\nAt "
        "her concert in Austin that night, Lund told fans, “This song is for you.”",
        [("Pia Lund", "TikTok")],
        ["P1", None],
    ),
    # … but an occasion the speaker recalls in the interview does not.
    (
        "Actress Ivy Cho spoke about her father in an interview with People.\n\nAt the funeral, "
        "Cho recalled, nobody cried. “We were all numb,” she said.",
        [("Ivy Cho", "People")],
        ["P1"],
    ),
    # Not posts: a rally, reporters, a hearing, a speech, court, "said" with no medium.
    ("Testifying before Congress, CEO Lena Fox said the company “made mistakes.”", [], [None]),
    ("At a rally in Phoenix, candidate Ray Olson called his opponent “a fraud.”", [], [None]),
    ("“We will win this,” Governor Ann Reed told supporters at a rally in Ohio.", [], [None]),
    ("“It was a tough loss,” coach Bill Cole told reporters after the game.", [], [None]),
    ("At the hearing, Senator Joan Webb asked the witness, “Where did the money go?”", [], [None]),
    ("“We will rebuild,” Mayor Dan Cho said during a speech at City Hall.", [], [None]),
    ("Senator Amy Holt said in a floor speech that the bill was “dead on arrival.”", [], [None]),
    (
        "Judge Amy Fox said in court on Monday that the trial would be delayed. "
        "“We need more time,” Fox said.",
        [],
        [None],
    ),
    ("The senator said on Monday that she would run. “I am in,” she said.", [], [None]),
    ("She wrote a letter of recommendation for her student.", [], []),
    # Nouns of documents in other senses: an idiom, a compound, a figure of speech, a regulator.
    ("In his opinion, the deal was fair. “It is a good deal,” Tom Hale said.", [], [None]),
    ("The ruling party lost its majority. “We will regroup,” leader Ana Soto said.", [], [None]),
    (
        "Investigators found the files in a filing cabinet. “It was all there,” detective Sam "
        "Cole said.",
        [],
        [None],
    ),
    (
        "The vote sent a clear message to Washington, Senator Joe Dunn said. “They heard us,” he "
        "said.",
        [],
        [None],
    ),
    # A show named in marks before its noun, after "told the"; "tells" as "told".
    (
        "Kessler told the “Hard Reset” podcast that the firm grew too fast. "
        "“We grew faster than our systems did,” he said.",
        [("Kessler", "Hard Reset")],
        ["P1"],
    ),
    (
        "Actor Daniel Osei tells GQ in its cover story that he nearly quit. "
        "“I was broke and I was tired,” Osei says.",
        [("Daniel Osei", "GQ")],
        ["P1"],
    ),
    ("He told the “Ashfall” cast that he was proud.", [], []),
    # "in one of her videos": the series of videos the story reported, on its platform.
    (
        "An Ohio woman has documented her recovery on TikTok. “Day 40: I held a fork,” Kayla "
        "Moss says in one of her videos.",
        [("Kayla Moss", "TikTok")],
        ["P1"],
    ),
    ("She watched videos of the storm.", [], []),
    # "in a post of her own": a new post on the platform of the last one.
    (
        "Rep. Darnell Owens attacked the governor in a post on X. Gov. Susan Whitaker fired back "
        "in a post of her own. “The money is on its way,” she wrote.",
        [("Darnell Owens", "X"), ("Susan Whitaker", "X")],
        ["P2"],
    ),
    # A number may close an outlet's name, but not a count after it.
    (
        "Speaking to BBC Radio 4, Aino Karppinen said Finland “cannot afford to be naive.”",
        [("Aino Karppinen", "BBC Radio 4")],
        ["P1"],
    ),
    ("She told CNN 3 times that it was fine.", [(None, "CNN")], []),
    # A pronoun opening the sentence writes the post.
    (
        "Aino Karppinen spoke on Tuesday. She had first announced the plan in a post on X.",
        [("Aino Karppinen", "X")],
        [],
    ),
    # An agent named in apposition ("An attorney for X, Y,") writes the filing, not the client.
    (
        "An attorney for Brian Koenig, Sharon Wilde, asked a judge to dismiss the case, arguing in "
        "a court filing that prosecutors “cherry-picked” emails.",
        [("Sharon Wilde", None)],
        ["P1"],
    ),
    # "Centers for Disease Control": the tail of an institution's name is no person.
    (
        "The director of the Centers for Disease Control and Prevention, Dr. Lena Ostrowski, said "
        "on “Face the Nation” that the flu season would be “moderate.”",
        [("Lena Ostrowski", "Face the Nation")],
        ["P1"],
    ),
    # A show in marks after "an interview with"; a motion or petition is a court document.
    (
        "In an interview with “60 Minutes” that aired Sunday, founder Mei Lin Zhou said robots "
        "would take “the worst jobs.” “Nobody dreams of lifting boxes,” Zhou said.",
        [("Mei Lin Zhou", "60 Minutes")],
        ["P1", "P1"],
    ),
    (
        "“The government hid documents,” attorney Alicia Whitcomb wrote in the 48-page motion.",
        [("Alicia Whitcomb", None)],
        ["P1"],
    ),
    ("The council passed a motion to adjourn. “We are done,” Mayor Ann Lee said.", [], [None]),
    ("The footage, shown in slow motion, was clear. “It was bad,” Tom Reyes said.", [], [None]),
    # A post named again ("In the essay,", "In the same statement,") is the same post.
    (
        "Luis Ybarra retired in an essay for The Players’ Tribune. “I was never the most "
        "talented guy,” he wrote.\n\nIn the essay, the 38-year-old called his career “a gift.”",
        [("Luis Ybarra", "The Players’ Tribune")],
        ["P1", "P1"],
    ),
    (
        "Mayor Ann Lee wrote in a letter to residents that taxes would rise. In the letter, Lee "
        "called the increase “painful but necessary.”",
        [("Ann Lee", None)],
        ["P1"],
    ),
    (
        "Phone maker Orbi denied the claim in a statement, calling it “false.” In the same "
        "statement, the company said an update caused “a small number” of failures.",
        [(None, None)],
        ["P1", "P1"],
    ),
    ("The company submitted comments to the FCC in March.", [], []),
    ("Tourists visited The White House on Monday. “It was amazing,” Jan Cole said.", [], [None]),
    ("The company declined to comment on the memo.", [], []),
]


@pytest.mark.parametrize(("text", "posts", "links"), _MEDIUM_FAMILIES)
def test_the_grammar_of_reporting_words_given_through_a_medium(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


def test_no_scanned_report_pattern_opens_with_a_single_letter():
    # The scanner tries a pattern wherever one of its opening words stands; an opening of one
    # letter ("A reply under …") would have it tried at every "a" of a story.
    from stories.extraction import posts
    from stories.extraction.scanning import openings

    for pattern in [*posts.REPORT_SCAN.patterns, posts.COMMENTS]:
        assert all(len(word) > 1 for word in openings(pattern) or ()), pattern.pattern[:60]


# One more post of the same person, letters reported by their verb, and documents in a leading
# phrase: (text, posts as (author, platform), the post of each quote in order).
_MORE_POSTS_AND_LETTERS = [
    # "a second post", "a second essay", "another video": a new post on the platform of the last
    (
        "Rafael Quintero posted on Bluesky on Sunday. “Who decided this?” he posted.\n\n"
        "Quintero wrote a second post an hour later, sharing a screenshot. “Public, on page "
        "38,” he wrote.",
        [("Rafael Quintero", "Bluesky"), ("Rafael Quintero", "Bluesky")],
        ["P1", "P2"],
    ),
    # (a second essay, statement or letter is one more, on no platform it does not name: "wrote
    # on X … She wrote a second essay on Sunday" is no X post)
    (
        "Dr. Nadia Hart wrote in a Substack essay that the law would “push families out.” She "
        "wrote a second essay on Sunday: “I am not anti-vaccine.”",
        [("Nadia Hart", "Substack"), ("Nadia Hart", None)],
        ["P1", "P2"],
    ),
    (
        "Ana Ruiz announced her retirement on Instagram on Monday. “It is time,” she wrote. On "
        "Wednesday, she issued a second statement through her lawyer. “I am at peace,” she said.",
        [("Ana Ruiz", "Instagram"), ("Ana Ruiz", None)],
        ["P1", "P2"],
    ),
    (
        "Ann Roe posted a video on TikTok about the strike. “We are out,” she said in it. She "
        "posted another video on Monday. “We are still out,” she said.",
        [("Ann Roe", "TikTok"), ("Ann Roe", "TikTok")],
        ["P1", "P2"],
    ),
    # (not a second letter signed or sent: only posts of hers are "one more")
    (
        "Ann Roe wrote a letter to the council. “Fix the road,” she wrote. Her neighbours "
        "signed a second letter.",
        [("Ann Roe", None), (None, None)],
        ["P1"],
    ),
    # "used Bluesky to question …": a platform used to do anything said is posted on
    (
        "Councilmember Rafael Quintero used Bluesky on Sunday to question a contract. “Who "
        "decided this?” he posted.",
        [("Rafael Quintero", "Bluesky")],
        ["P1"],
    ),
    (
        "Mayor Ann Lee used X to thank the volunteers. “You carried this city,” she wrote.",
        [("Ann Lee", "X")],
        ["P1"],
    ),
    # (not a platform used for something other than posting)
    ("Police used Facebook to find the suspect. “We got him,” Chief Ann Roe said.", [], [None]),
    ("The campaign used TikTok to recruit volunteers. “It worked,” said Ann Roe.", [], [None]),
    # "wrote to staff that …": a letter, and what it said
    (
        "The vice-chancellor, Professor Sir Rupert Ingledew, wrote to staff that the demands "
        "were “simply unaffordable.”",
        [("Rupert Ingledew", None)],
        ["P1"],
    ),
    (
        "Ann Roe wrote to the mayor that the plan was “reckless.”",
        [("Ann Roe", None)],
        ["P1"],
    ),
    (
        "Ann Roe wrote to staff asking them to stay. “We need you,” she wrote.",
        [("Ann Roe", None)],
        ["P1"],
    ),
    # (a letter reported by its verb and then named again in the same sentence is one letter)
    (
        "The Spanish Triathlon Federation wrote to Etxeberria that his conduct was “unworthy of "
        "the team,” according to a copy of the letter seen by reporters.",
        [(None, None)],
        ["P1"],
    ),
    # (not a letter: "wrote to the end", "wrote that" with no one written to)
    ("Ann Roe wrote that the plan was “reckless.”", [], [None]),
    # "In a brief letter to depositors last week she promised …": a leading phrase with no
    # comma, then its subject pronoun
    (
        "Naomi Strand has said little in public. In a brief letter to depositors last week she "
        "promised that “nothing changes for your accounts.”",
        [("Naomi Strand", None)],
        ["P1"],
    ),
    (
        "Tom Reyes stayed quiet. In a memo to staff on Friday he wrote that the plant was “safe.”",
        [("Tom Reyes", None)],
        ["P1"],
    ),
    # A sworn declaration is a document its signer speaks through.
    (
        "Harriet Mbeki said in a sworn declaration to the court that the records were “the "
        "worst I have seen.”\n\n“There was no segregation,” she wrote.",
        [("Harriet Mbeki", None)],
        ["P1", "P1"],
    ),
    # (not "a declaration of independence", "of emergency": no document anyone wrote)
    (
        "In a declaration of independence from the party, Ann Roe said she was “done.”",
        [],
        [None],
    ),
    (
        "The governor signed a declaration of emergency on Monday. “We are ready,” she said.",
        [],
        [None],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _MORE_POSTS_AND_LETTERS)
def test_one_more_post_letters_by_their_verb_and_documents_in_a_leading_phrase(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


# Studies and shows reported with a date between: (text, posts as (author, platform), the
# post of each quote in order).
_STUDIES_AND_SHOWS = [
    # "according to a study of 11,000 undergraduates published on Tuesday": a study is a post
    # only where the story quotes it, as a report is
    (
        "Students were twice as likely to report symptoms of depression, according to a study "
        "of 11,000 undergraduates published on Tuesday by researchers at Calloway State "
        "University.",
        [],
        [],
    ),
    (
        "A study of 2,000 voters published on Monday found support falling. “It is a slide,” "
        "said Ann Roe, a pollster.",
        [],
        [None],
    ),
    # (a survey someone posts is theirs: "In a survey of her followers posted on Sunday")
    (
        "In a survey of her followers posted on Sunday, Ana Ruiz asked whether she should "
        "retire. “Be honest,” she wrote.",
        [("Ana Ruiz", None)],
        ["P1"],
    ),
    # (a study the sentence quotes is one)
    ("The study, published on Monday, said the risk was “small.”", [(None, None)], ["P1"]),
    (
        "Dr. Ann Roe’s study, published on Monday, called the risk “small,” she said.",
        [(None, None)],
        ["P1"],
    ),
    # "In an interview on Sunday with WBRT’s “Hollis Tonight,” …": when it was, between
    (
        "Terrence Oduya walked out of prison on Friday.\n\nIn an interview on Sunday with "
        "WBRT’s “Hollis Tonight,” the 49-year-old said he did not feel angry yet. “I keep "
        "waiting for it.”",
        [("Terrence Oduya", "Hollis Tonight")],
        ["P1"],
    ),
    (
        "In an interview last week with NBC’s “Meet the Press,” Ann Roe said the bill was “dead.”",
        [("Ann Roe", "Meet the Press")],
        ["P1"],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _STUDIES_AND_SHOWS)
def test_studies_published_on_a_date_and_shows_named_after_a_date(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


# Pieces by someone in an outlet, one's own piece named again, and a release that speaks:
# (text, posts as (author, platform), the post of each quote in order).
_PIECES_AND_RELEASES = [
    # "The review, by the critic …, ran in The Sunday Ledger": a piece by someone, in an outlet
    (
        "The review, by the critic Marcus Oyelaran, ran in The Sunday Ledger last weekend. "
        "“Quist mistakes confession for insight,” he wrote.",
        [("Marcus Oyelaran", "The Sunday Ledger")],
        ["P1"],
    ),
    (
        "A column by Ann Roe in The Harbour Times called the plan a mistake.",
        [("Ann Roe", "The Harbour Times")],
        [],
    ),
    # (not a piece about a work by someone: the possessive is the writer)
    (
        "Pete Sandoval’s review of the film by Greta Gerwig in The New York Times was harsh. "
        "“It is a bore,” Sandoval wrote.",
        [("Pete Sandoval", "The New York Times")],
        ["P1"],
    ),
    # "In her essay, Quist said …": her essay reported before, named again
    (
        "Theodora Quist hit back. In an essay on Substack on Tuesday, Quist called the review "
        "“lazy.”\n\nIn her essay, Quist said the review had misstated the year. “I can take "
        "being disliked,” she wrote.",
        [("Theodora Quist", "Substack")],
        ["P1", "P1"],
    ),
    # (not "in her second essay": one more)
    (
        "Theodora Quist wrote an essay on Substack calling the review “lazy.” In her second "
        "essay, she went further: “It was cruel.”",
        [("Theodora Quist", "Substack"), ("Theodora Quist", None)],
        ["P1", "P2"],
    ),
    # "The company’s earnings release blamed “…”": a release that speaks with another verb
    (
        "Shares fell. The company’s earnings release blamed “an unusually weak slate” of shows.",
        [(None, "press release")],
        ["P1"],
    ),
    (
        "The city’s statement warned of “significant delays” on the bridge.",
        [(None, None)],
        ["P1"],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _PIECES_AND_RELEASES)
def test_pieces_by_someone_in_an_outlet_own_pieces_named_again_and_releases(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


def test_the_he_inside_the_is_no_subject_pronoun():
    # "On the Reddit forum …": the "he" of "the" is no pronoun standing for the last man named
    text = (
        "Her coach, Marco Bellini, was at the finish.\n\nOn the Reddit forum for ultrarunners, a "
        "user who said he had staffed the final aid station wrote that she “looked fresher than "
        "the volunteers.”"
    )
    assert _posts(text) == [(None, "Reddit")]


# A body's officer quoted by a release, one more newsletter post, and a title in apposition:
# (text, posts as (author, platform), the post of each quote in order).
_RELEASES_NEWSLETTERS_TITLES = [
    (
        "The network said in a press release on Monday. “We are proud,” the release quoted "
        "Meridian’s head of drama, Colette Ambrose, as saying.",
        [(None, "press release")],
        ["P1"],
    ),
    (
        'Callum Price wrote in his Substack newsletter on Thursday that the market was "a game '
        'of chairs."\n\nPrice answered her in a second newsletter post on Saturday. "Ines is '
        'right," he wrote.',
        [("Callum Price", "Substack"), ("Callum Price", "Substack")],
        ["P1", "P2"],
    ),
    # (a newsletter's title in apposition is no quote)
    (
        'The investor Callum Price wrote in his Substack newsletter, "Dry Powder," on Thursday '
        'that the market was "a game of chairs."',
        [("Callum Price", "Substack")],
        ["P1"],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _RELEASES_NEWSLETTERS_TITLES)
def test_release_officers_newsletter_posts_and_titles_in_apposition(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


# TikTok by its name as a noun, "On X," opening a sentence, and a post by someone described:
# (text, posts as (author, platform), the post of each quote in order).
_PLATFORM_NAMES_AS_NOUNS = [
    (
        "Faith Chepkemoi withdrew. The 31-year-old later posted a short TikTok of herself on "
        "crutches, captioned “Plan B.”",
        [("Faith Chepkemoi", "TikTok")],
        ["P1"],
    ),
    (
        "Amara Oyelowo said on TikTok that the song was hers. By Wednesday, Oyelowo posted a "
        "second TikTok. “It is back,” she said.",
        [("Amara Oyelowo", "TikTok"), ("Amara Oyelowo", "TikTok")],
        ["P2"],
    ),
    # ("in a follow-up TikTok": there, whatever was posted last)
    (
        "Rachel Greenbaum posted a video on Instagram. Owner Hassan Jaber told the Dayton Daily "
        "News that he had hired bakers.\n\nGreenbaum said in a follow-up TikTok that she had not "
        "been paid. “I just like bread,” she said.",
        [
            ("Rachel Greenbaum", "Instagram"),
            ("Hassan Jaber", "Dayton Daily News"),
            ("Rachel Greenbaum", "TikTok"),
        ],
        ["P3"],
    ),
    # (not the company: "TikTok said in a statement")
    ("TikTok said in a statement that the video broke its rules.", [(None, None)], []),
    # "On X, …": the platform opening the sentence, capitalised
    (
        "On X, the investor Rutger Linde wrote that he recognised himself.",
        [("Rutger Linde", "X")],
        [],
    ),
    (
        "Ann Roe posted on X. On X, the music critic Joaquín Albarrán quote-posted the "
        "announcement. “Rare to see,” he wrote.",
        [("Ann Roe", "X"), ("Joaquín Albarrán", "X")],
        ["P2"],
    ),
    # "A post on X by a high school chemistry teacher, Raúl Benavides-Soto, …"
    (
        "A post on X by a high school chemistry teacher, Raúl Benavides-Soto, describing a class "
        "of 41 students has been shared 80,000 times.",
        [("Raúl Benavides-Soto", "X")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _PLATFORM_NAMES_AS_NOUNS)
def test_platform_names_as_nouns_and_at_a_sentence_opening(text, posts, links):
    assert _posts_and_links(text) == (posts, links)


# A post reported with no author, whose poster the story names afterwards.
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "A video of a flight attendant singing has been viewed 12 million times on TikTok."
            "\n\nThe passenger who posted it, Marisol Grant of Atlanta, said she filmed it because "
            "the cabin went silent.",
            [("Marisol Grant", "TikTok")],
        ),
        (
            "A YouTube video in which a music producer explains royalties has drawn 2 million "
            "views.\n\nIn the 18-minute video, posted to his channel on May 3, Desmond Achterberg "
            "goes through his statements.",
            [("Desmond Achterberg", "YouTube")],
        ),
        # (not an organisation's post, nor someone merely shown in a statement)
        (
            "The airline said in a statement that the crew acted properly.\n\nIn the video, "
            "Ana Ruiz argues with a gate agent.",
            [(None, None)],
        ),
        # (nor a post whose author is known already)
        (
            "Tom Reyes posted a video on TikTok of the flood.\n\nIn the video, Ana Ruiz wades "
            "through the water.",
            [("Tom Reyes", "TikTok")],
        ),
    ],
)
def test_a_poster_named_after_the_post(text, posts):
    assert _posts(text) == posts


def test_the_words_a_poster_named_afterwards_says_in_the_post_are_its_own():
    text = (
        "A first officer at Northbay Air who posted a TikTok video showing a cracked cockpit "
        "window has been placed on paid leave.\n\nIn the 40-second video, filmed on the ground in "
        "Duluth, Ines Carvalho-Mendes points at the window. “This is the third one this month,” "
        "she says.\n\n“We have replaced it,” said Tom Reyes, an airline spokesman."
    )
    assert _posts_and_links(text) == ([("Ines Carvalho-Mendes", "TikTok")], ["P1", None])


# Bodies that speak for someone, and a leading phrase with a number's comma: (text, posts).
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Simone Achebe painted it in 1961. The artist’s estate said in a statement that it was "
            "“cooperating fully.”",
            [(None, None)],
        ),
        (
            "Gideon Afolabi lost by 300 votes. The Afolabi campaign said in a statement that it "
            "found “no evidence.”",
            [(None, None)],
        ),
        (
            "The singer Marisa Quintanilla-Oduya has canceled her tour, her management company "
            "said on Instagram on Monday.",
            [(None, "Instagram")],
        ),
        # (a role of a body, named in apposition, is a person: "The superintendent of Lubbock
        # schools, Gail Whitcombe, wrote on Threads")
        (
            "The superintendent of Lubbock schools, Gail Whitcombe, wrote on Threads that pupils "
            "would stay home. “This is state law,” she posted.",
            [("Gail Whitcombe", "Threads")],
        ),
        (
            "The chairman of the board, Tom Reyes, said in a statement that he would resign.",
            [("Tom Reyes", None)],
        ),
        # "In a LinkedIn post that has been shared more than 2,000 times, she wrote": the phrase
        # ends at its own comma, not at the number's
        (
            "Among those let go was Beatriz Nakamura-Silva, a firmware engineer. In a LinkedIn "
            "post that has been shared more than 2,000 times, she wrote that she learned the news "
            "“from a calendar invite.”",
            [("Beatriz Nakamura-Silva", "LinkedIn")],
        ),
    ],
)
def test_bodies_that_speak_for_someone_and_numbers_in_a_leading_phrase(text, posts):
    assert _posts(text) == posts


# Letters to a newspaper, and a document's date set off by commas after it is named:
# (text, posts as (author, platform), the post of each quote in order).
_LETTERS_TO_PAPERS = [
    (
        "The playwright Gideon Asante-Rowe has written to The Midland Chronicle to object to its "
        "critic’s description of his play.\n\nIn the letter, published on Saturday, Asante-Rowe, "
        "44, said the review had ignored the audience. “A lecture does not get a standing "
        "ovation,” he wrote.",
        [("Gideon Asante-Rowe", "The Midland Chronicle")],
        ["P1"],
    ),
    # ("In the letter, published on Saturday,": the date of the letter, not a post of its own)
    (
        "The playwright Gideon Asante-Rowe objected.\n\nIn the letter, published on Saturday, "
        "Asante-Rowe said the review had ignored the audience. “A lecture does not get a "
        "standing ovation,” he wrote.",
        [("Gideon Asante-Rowe", None)],
        ["P1"],
    ),
    # (a letter to a person is no newspaper's)
    (
        "Senator Ann Lee wrote to Attorney General Tom Reyes asking for an inquiry.",
        [("Ann Lee", None)],
        [],
    ),
]


@pytest.mark.parametrize(("text", "posts", "links"), _LETTERS_TO_PAPERS)
def test_letters_to_a_newspaper_and_a_documents_date_after_it(text, posts, links):
    assert _posts_and_links(text) == (posts, links)
