"""The fifty-fourth self-made dev set, held out (BH): its first run is an unseen estimate.

Written with set BI, without reading the extraction rules, and committed before
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
- A governor's veto message is a post by the governor with no platform, like a
  letter, and a fragment "calling it in her veto message" is linked to it.
- A reply left under a post on X or Bluesky is treated like a comment: a quote
  of its own by the replier, linked to the post it was left under (also when
  the replier is the post's author, as with a reply under her own Instagram
  post). A response "posted her own" is a new post on the platform named
  before.
- A Facebook Live broadcast is a Facebook post by the person broadcasting;
  what he says during it ("midway through the broadcast", "he answered" a
  viewer's comment) is linked to it.
- A Bluesky thread is one post: a quote from "the first post" or from "further
  down the thread" is linked to it, and a reply "under the thread" belongs to
  it.
- An agency's or organisation's account (a county emergency management agency,
  a police union lodge on X, a tenants union on Instagram) posts with author
  None; the named president of the lodge posting on Facebook is his own post.
- A statement by the National Weather Service or a state party is a post with
  author None and no platform.
- A statement "issued by the museum" in which its named board chair is quoted
  is the museum's (author None), and the chair is the speaker of the fragment
  from it; a campaign's statement that quotes its named campaign manager is
  likewise author None with the manager as speaker.
- "The complaint says" quotes the lawsuit filed by the named plaintiff and is
  his; the lead's "has sued ..., saying" fragment belongs to the same lawsuit,
  although he is named only in the next paragraph.
- A court filing by prosecutors has author None and speaker None. Words from
  the defendant's text messages cited in the filing are the defendant's, and
  the text messages are a post of his own with no platform (like an email).
- A letter sent by a lawyer on a client's behalf is the lawyer's post (no
  platform), and "the letter says" quotes the lawyer.
- A memo "obtained by" a named newspaper is the memo writer's post with no
  platform, and "the memo says" quotes its writer.
- An email from a named spokeswoman is her post with no platform.
- An unnamed spokesman "asked ... by" a named newspaper gives an interview to
  it: a post with author None and the newspaper as platform.
- A call-in radio show with a named show is a post by its guest with the show
  as platform (the show, not the station, as with NPR's "Here & Now"); an
  unnamed caller's words on the show are linked to it with speaker None, and
  the guest's answer to the caller ("he told her") is linked to it too.
- A radio host's words on his own named show are his post, with the show as
  platform.
- A TV interview named as a station's show (WTVF's "Inside Politics") has the
  show as platform, and the answer given when "pressed by the host" is linked
  to it; a station's news named on its own (KARE 11 News) is the platform as
  written; an essay "for Frieze" has the magazine's name as platform.
- Sharing a video or post on another platform (or on X) with a message of
  one's own is a new post on that platform by the sharer.
- A short caption given whole ("Home.", "WE STAY.") is a full quote, not
  partial.
- A Nextdoor thread started by an unnamed resident is a Nextdoor post with
  author None, and "asked in the original post" links the resident's question
  to it.
- A video on the speaker's own YouTube channel is his YouTube post; a second
  TikTok video is a new TikTok post, and a commenter under it is linked to the
  second video, not the first.
- A governor's budget address is a speech, not a post; words said "in an
  interview" with no outlet named are not a post.
- Titles and job names before a name (Gov., Sen., Rep., Dr., Judge, Chief,
  Sheriff, Pastor, Mayor, House Speaker, County Executive, Elections Director)
  are not part of the canonical name; a first name or diminutive used inside a
  quote ("Kalani", "Tobi", "Malik", "Coach K") is not a new person.
- Titles of shows, podcasts, songs and exhibits in marks ("Ask the Mayor",
  "Capitol Crossfire", "You Are My Sunshine", "Bubbleworks", "The Sideline")
  are not quotes.
- A quote that runs over two paragraphs (the first without a closing mark) is
  one quote per paragraph with the same speaker and post.
- Three texts use straight quotation marks and apostrophes; their quote texts
  keep the straight apostrophes.
Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BH: list[dict] = [
    {
        "name": "governor-veto-message-x-replies",
        "text": (
            "Gov. Teresa Lindqvist vetoed a bill on Friday that would have capped property tax "
            "increases at 3% a year, calling it in her veto message “a gift to the largest "
            "landowners dressed up as relief.”\n\n"
            "“I will sign real relief the day it reaches my desk. This was not it,” Lindqvist "
            "wrote on X shortly after the veto.\n\n"
            "The bill’s sponsor, state Sen. Marcus Oyelaran, replied under the governor’s post "
            "within minutes. “We passed it with 41 votes. Come down to the floor and explain "
            "that,” the Republican wrote.\n\n"
            "State Rep. Hannah Cole, a Democrat who voted for the bill, posted her own response: "
            "“Disappointed, but the conversation isn’t over.”\n\n"
            "Lindqvist told reporters at the Capitol later in the day that she expected an "
            "override attempt. “They are welcome to try,” she said."
        ),
        "quotes": [
            (
                "a gift to the largest landowners dressed up as relief.",
                "Teresa Lindqvist",
                True,
                "P1",
            ),
            (
                "I will sign real relief the day it reaches my desk. This was not it,",
                "Teresa Lindqvist",
                False,
                "P2",
            ),
            (
                "We passed it with 41 votes. Come down to the floor and explain that,",
                "Marcus Oyelaran",
                False,
                "P2",
            ),
            ("Disappointed, but the conversation isn’t over.", "Hannah Cole", False, "P3"),
            ("They are welcome to try,", "Teresa Lindqvist", False, None),
        ],
        "posts": [
            ("P1", "Teresa Lindqvist", None),
            ("P2", "Teresa Lindqvist", "X"),
            ("P3", "Hannah Cole", "X"),
        ],
        "people": ["Teresa Lindqvist", "Marcus Oyelaran", "Hannah Cole"],
    },
    {
        "name": "county-shelter-release-courier-nextdoor",
        "text": (
            "Marlow County will open a 120-bed shelter in a former motel on Route 9 by December, "
            "the county announced in a news release on Tuesday.\n\n"
            "“No one in this county should spend a winter in a car,” County Executive Priya Raman "
            "said in the release. The county said the $4.2 million purchase would be paid for "
            "with federal pandemic funds.\n\n"
            "Neighbors have been less enthusiastic. Walt Brenner, who owns a hardware store "
            "across the road, told The Marlow Courier that he learned of the plan from a "
            "customer. “Nobody knocked on a single door,” he said. “Not one.”\n\n"
            "On Nextdoor, a thread about the shelter had drawn more than 300 replies by "
            "Wednesday. “Where were these meetings?” one resident asked in the original post.\n\n"
            "At a packed meeting of the county council that evening, Raman promised that the "
            "shelter would be “a good neighbor, not a burden,” and said security would be staffed "
            "around the clock. “We will be judged on how this runs, and I accept that,” she said."
        ),
        "quotes": [
            ("No one in this county should spend a winter in a car,", "Priya Raman", False, "P1"),
            ("Nobody knocked on a single door,", "Walt Brenner", False, "P2"),
            ("Not one.", "Walt Brenner", False, "P2"),
            ("Where were these meetings?", None, False, "P3"),
            ("a good neighbor, not a burden,", "Priya Raman", True, None),
            ("We will be judged on how this runs, and I accept that,", "Priya Raman", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Walt Brenner", "The Marlow Courier"),
            ("P3", None, "Nextdoor"),
        ],
        "people": ["Priya Raman", "Walt Brenner"],
    },
    {
        "name": "sheriff-facebook-live-flood",
        "text": (
            "As floodwater rose along the Tallapoosa River on Sunday night, Sheriff Dwayne Mabry "
            "went live on Facebook from the bed of a pickup truck to plead with residents of "
            "low-lying neighborhoods to leave.\n\n"
            "“If you are in Riverbend or Mill Hollow, this is not a drill. Go now, while the "
            "roads are still open,” Mabry said in the video, which had been viewed more than "
            "80,000 times by Monday morning.\n\n"
            "Midway through the broadcast he read out a comment from a viewer asking about pets. "
            "“Bring them. The shelter at the high school takes animals,” he answered.\n\n"
            "The National Weather Service said in a statement that the river was expected to "
            "crest at 31 feet, “well above the record set in 1990.” The county’s emergency "
            "management agency posted on X that rescue boats had pulled 47 people from homes "
            "overnight and that “more will need help before morning.”\n\n"
            "Residents who stayed described a long night. “The water was at the second step, then "
            "the fourth, then it was in the kitchen,” said Lorena Estévez, 67, who was rescued by "
            "boat."
        ),
        "quotes": [
            (
                "If you are in Riverbend or Mill Hollow, this is not a drill. Go now, while the roads are still open,",
                "Dwayne Mabry",
                False,
                "P1",
            ),
            (
                "Bring them. The shelter at the high school takes animals,",
                "Dwayne Mabry",
                False,
                "P1",
            ),
            ("well above the record set in 1990.", None, True, "P2"),
            ("more will need help before morning.", None, True, "P3"),
            (
                "The water was at the second step, then the fourth, then it was in the kitchen,",
                "Lorena Estévez",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Dwayne Mabry", "Facebook"), ("P2", None, None), ("P3", None, "X")],
        "people": ["Dwayne Mabry", "Lorena Estévez"],
    },
    {
        "name": "point-guard-instagram-transfer-comments",
        "text": (
            "Kalani Fonoti, the point guard who led Eastern Cascade to its first NCAA tournament "
            "win, announced on Instagram on Wednesday that she will transfer to Baylor.\n\n"
            "“Four years, one bracket buster and more bus rides than I can count. Thank you, "
            "Cheney. It’s time,” Fonoti wrote beneath a photo of herself cutting down a net.\n\n"
            "Her coach, Renée Dubois, left a comment under the post within the hour: “Proud of "
            "you every single day. Go get it.”\n\n"
            "Not every reply was as warm. One commenter wrote that the senior had “left the "
            "program in the lurch,” drawing hundreds of responses from teammates defending her.\n\n"
            "Dubois said at a news conference on Thursday that the school had known about the "
            "decision for weeks. “Kalani handled this the right way,” she said. “There is no "
            "bitterness here.”"
        ),
        "quotes": [
            (
                "Four years, one bracket buster and more bus rides than I can count. Thank you, Cheney. It’s time,",
                "Kalani Fonoti",
                False,
                "P1",
            ),
            ("Proud of you every single day. Go get it.", "Renée Dubois", False, "P1"),
            ("left the program in the lurch,", None, True, "P1"),
            ("Kalani handled this the right way,", "Renée Dubois", False, None),
            ("There is no bitterness here.", "Renée Dubois", False, None),
        ],
        "posts": [("P1", "Kalani Fonoti", "Instagram")],
        "people": ["Kalani Fonoti", "Renée Dubois"],
    },
    {
        "name": "museum-director-frieze-essay-trustee-x",
        "text": (
            "The director of the Halvorsen Museum of Art, Dr. Amara Nwachukwu, argued in an essay "
            "for Frieze this month that American museums should return looted objects “without "
            "waiting to be asked.”\n\n"
            "“We have spent decades treating provenance as a footnote. It is the first sentence "
            "of every object’s story,” she wrote.\n\n"
            "The essay drew a sharp response from Gerald Pike, a trustee of the museum for 22 "
            "years, who posted on X that he had not been consulted. “Policy is set by the board, "
            "not by a magazine,” Pike wrote.\n\n"
            "The board’s chair, Sylvie Tran, said in a statement issued by the museum on Friday "
            "that the board “shares the director’s goals” and would review the collection over "
            "the next year.\n\n"
            "Nwachukwu did not answer Pike directly. On Saturday she posted a photograph on "
            "Instagram of a bronze head being crated for its return to Benin City, with a "
            "one-word caption: “Home.”"
        ),
        "quotes": [
            ("without waiting to be asked.", "Amara Nwachukwu", True, "P1"),
            (
                "We have spent decades treating provenance as a footnote. It is the first sentence of every object’s story,",
                "Amara Nwachukwu",
                False,
                "P1",
            ),
            ("Policy is set by the board, not by a magazine,", "Gerald Pike", False, "P2"),
            ("shares the director’s goals", "Sylvie Tran", True, "P3"),
            ("Home.", "Amara Nwachukwu", False, "P4"),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu", "Frieze"),
            ("P2", "Gerald Pike", "X"),
            ("P3", None, None),
            ("P4", "Amara Nwachukwu", "Instagram"),
        ],
        "people": ["Amara Nwachukwu", "Gerald Pike", "Sylvie Tran"],
    },
    {
        "name": "traffic-stop-lawsuit-kare-interview",
        "text": (
            "A Harlan Park man who was pinned to the ground during a traffic stop last spring has "
            "sued the city and three police officers, saying the stop was “a pretext from the "
            "first second.”\n\n"
            "In the lawsuit, filed Monday in federal court, Terrence Ababio, 34, says officers "
            "pulled him over for a broken taillight that was not broken. “Plaintiff was compliant "
            "at all times and was never told why he was being detained,” the complaint says.\n\n"
            "Ababio spoke to KARE 11 News on Tuesday evening. “My daughter was in the back seat. "
            "She still asks me if the police are going to come back,” he said.\n\n"
            "The Harlan Park Police Department said in a statement that it does not comment on "
            "pending litigation but that the officers’ body camera footage had been “reviewed and "
            "found consistent with policy.”\n\n"
            "Chief Angela Moretti told reporters on Wednesday that she had watched the footage "
            "herself. “I stand by my officers,” she said."
        ),
        "quotes": [
            ("a pretext from the first second.", "Terrence Ababio", True, "P1"),
            (
                "Plaintiff was compliant at all times and was never told why he was being detained,",
                "Terrence Ababio",
                False,
                "P1",
            ),
            (
                "My daughter was in the back seat. She still asks me if the police are going to come back,",
                "Terrence Ababio",
                False,
                "P2",
            ),
            ("reviewed and found consistent with policy.", None, True, "P3"),
            ("I stand by my officers,", "Angela Moretti", False, None),
        ],
        "posts": [
            ("P1", "Terrence Ababio", None),
            ("P2", "Terrence Ababio", "KARE 11 News"),
            ("P3", None, None),
        ],
        "people": ["Terrence Ababio", "Angela Moretti"],
    },
    {
        "name": "secretary-of-state-campaign-statement-podcast",
        "text": (
            "The campaign of Ines Carvalho-Reyes, a Democrat running for secretary of state, said "
            "in a statement on Thursday that an attack ad by her Republican opponent was “false "
            "in every particular” and asked television stations to pull it.\n\n"
            "“Roy Dunleavy knows this ad is a lie, and so does every station airing it,” the "
            "campaign manager, Felipe Ortiz, said in the statement.\n\n"
            "The ad, paid for by the campaign of state Sen. Roy Dunleavy, accuses Carvalho-Reyes "
            "of weakening election security through a 2019 bill that restored voting rights to "
            "people on parole.\n\n"
            "Dunleavy defended it on the podcast “Capitol Crossfire” on Friday. “Every word in "
            "that spot is sourced. She can argue with her own voting record if she likes,” he "
            "told the host, Benjamin Achterberg.\n\n"
            "Carvalho-Reyes answered him at a rally in Pueblo that night. “I voted to let people "
            "who served their time vote. I would do it again tomorrow,” she said to cheers."
        ),
        "quotes": [
            ("false in every particular", None, True, "P1"),
            (
                "Roy Dunleavy knows this ad is a lie, and so does every station airing it,",
                "Felipe Ortiz",
                False,
                "P1",
            ),
            (
                "Every word in that spot is sourced. She can argue with her own voting record if she likes,",
                "Roy Dunleavy",
                False,
                "P2",
            ),
            (
                "I voted to let people who served their time vote. I would do it again tomorrow,",
                "Ines Carvalho-Reyes",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Roy Dunleavy", "Capitol Crossfire")],
        "people": ["Ines Carvalho-Reyes", "Felipe Ortiz", "Roy Dunleavy", "Benjamin Achterberg"],
    },
    {
        "name": "climatologist-bluesky-thread-heat",
        "text": (
            "A state climatologist’s thread on Bluesky about the summer’s record heat has been "
            "shared more than 12,000 times since Sunday.\n\n"
            "“Phoenix just logged its 54th straight day at or above 110 degrees. The old record "
            "was 31,” Dr. Nadia Qureshi of Arizona State University wrote in the first post.\n\n"
            "Further down the thread, she took on the question she said she is asked most often. "
            "“Is this climate change? The heat is the trend, not the exception. Yes.”\n\n"
            "Carl Westerhoff, a retired meteorologist who writes a popular weather blog, replied "
            "under the thread that the streak was “a warning, not a fluke.”\n\n"
            "Qureshi told The Arizona Republic on Monday that she had written the thread on her "
            "phone while waiting for a flight. “I didn’t expect anyone to read past the first "
            "post,” she said.\n\n"
            "On Tuesday she appeared on NPR’s “Here & Now.” “We design for the heat we had, not "
            "the heat we have,” she said on the show."
        ),
        "quotes": [
            (
                "Phoenix just logged its 54th straight day at or above 110 degrees. The old record was 31,",
                "Nadia Qureshi",
                False,
                "P1",
            ),
            (
                "Is this climate change? The heat is the trend, not the exception. Yes.",
                "Nadia Qureshi",
                False,
                "P1",
            ),
            ("a warning, not a fluke.", "Carl Westerhoff", True, "P1"),
            ("I didn’t expect anyone to read past the first post,", "Nadia Qureshi", False, "P2"),
            ("We design for the heat we had, not the heat we have,", "Nadia Qureshi", False, "P3"),
        ],
        "posts": [
            ("P1", "Nadia Qureshi", "Bluesky"),
            ("P2", "Nadia Qureshi", "The Arizona Republic"),
            ("P3", "Nadia Qureshi", "Here & Now"),
        ],
        "people": ["Nadia Qureshi", "Carl Westerhoff"],
    },
    {
        "name": "prosecutors-filing-bail-text-messages",
        "text": (
            "Prosecutors asked a judge on Tuesday to revoke the bail of former county treasurer "
            "Desmond Achebe-Lowe, saying in a court filing that he had contacted two witnesses in "
            "the embezzlement case against him.\n\n"
            '"The defendant has shown he cannot be trusted to follow the simplest conditions of '
            'his release," the filing says. It cites text messages in which Achebe-Lowe is said '
            'to have asked a former deputy to "remember things the right way."\n\n'
            'His attorney, Ruth Feinberg-Okoye, called the motion "a piece of theater for the '
            'cameras" outside the courthouse. "My client has not spoken to anyone about this '
            'case. Not one witness," she told reporters.\n\n'
            'At a brief hearing, Judge Carlos Medina set arguments for next week. "I want to see '
            'every one of those messages," Medina said.'
        ),
        "quotes": [
            (
                "The defendant has shown he cannot be trusted to follow the simplest conditions of his release,",
                None,
                False,
                "P1",
            ),
            ("remember things the right way.", "Desmond Achebe-Lowe", True, "P2"),
            ("a piece of theater for the cameras", "Ruth Feinberg-Okoye", True, None),
            (
                "My client has not spoken to anyone about this case. Not one witness,",
                "Ruth Feinberg-Okoye",
                False,
                None,
            ),
            ("I want to see every one of those messages,", "Carlos Medina", False, None),
        ],
        "posts": [("P1", None, None), ("P2", "Desmond Achebe-Lowe", None)],
        "people": ["Desmond Achebe-Lowe", "Ruth Feinberg-Okoye", "Carlos Medina"],
    },
    {
        "name": "mayor-radio-call-in-encampment",
        "text": (
            "Mayor Jonah Whitfield defended the clearing of a downtown encampment during his "
            "monthly appearance on KUOW’s call-in show “Ask the Mayor” on Wednesday, saying the "
            "city had offered shelter to “every single person who was there.”\n\n"
            "The first caller, a woman from the Central District, said she had watched crews "
            "throw away a neighbor’s medication. “They gave him ten minutes. Ten minutes to pack "
            "up a life,” she said.\n\n"
            "Whitfield said he would look into it. “If that happened, it should not have "
            "happened, and I want to know about it,” he told her.\n\n"
            "Advocates dispute his account. Keisha Danforth, who runs the outreach group Open "
            "Door Seattle, said in an interview that fewer than half of the 60 people living at "
            "the camp had accepted a bed. “A mat on a gym floor is not housing,” she said."
        ),
        "quotes": [
            ("every single person who was there.", "Jonah Whitfield", True, "P1"),
            ("They gave him ten minutes. Ten minutes to pack up a life,", None, False, "P1"),
            (
                "If that happened, it should not have happened, and I want to know about it,",
                "Jonah Whitfield",
                False,
                "P1",
            ),
            ("A mat on a gym floor is not housing,", "Keisha Danforth", False, None),
        ],
        "posts": [("P1", "Jonah Whitfield", "Ask the Mayor")],
        "people": ["Jonah Whitfield", "Keisha Danforth"],
    },
    {
        "name": "coach-youtube-apology-conference-release",
        "text": (
            "Hollins State football coach Brent Kowalczyk apologized on Sunday in a video on his "
            "YouTube channel for what he said about the officials after Saturday’s loss to "
            "Eastern Ridge.\n\n"
            "“I said things in that locker room that I would not want my players to say. I was "
            "wrong,” Kowalczyk said in the four-minute video.\n\n"
            "The Mid-Plains Conference had fined the university $25,000 earlier in the day. In a "
            "news release, the conference said his remarks had been “a clear violation of the "
            "sportsmanship policy.”\n\n"
            "His starting quarterback, DeShawn Mercer, shared the video on X with a message of "
            "his own: “Coach K owns his mistakes. That’s why we play for him.”\n\n"
            "After the game, Kowalczyk had told reporters that the officiating crew was “the "
            "worst I’ve seen in 30 years.”"
        ),
        "quotes": [
            (
                "I said things in that locker room that I would not want my players to say. I was wrong,",
                "Brent Kowalczyk",
                False,
                "P1",
            ),
            ("a clear violation of the sportsmanship policy.", None, True, "P2"),
            (
                "Coach K owns his mistakes. That’s why we play for him.",
                "DeShawn Mercer",
                False,
                "P3",
            ),
            ("the worst I’ve seen in 30 years.", "Brent Kowalczyk", True, None),
        ],
        "posts": [
            ("P1", "Brent Kowalczyk", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "DeShawn Mercer", "X"),
        ],
        "people": ["Brent Kowalczyk", "DeShawn Mercer"],
    },
    {
        "name": "muralist-instagram-painted-over-letter",
        "text": (
            "The muralist Ximena Olvera-Batista learned on Monday that her 40-foot mural on the "
            "side of the Fenwick Building had been painted over, she said in an Instagram post "
            "that night.\n\n"
            "“Nine months of work, gone in an afternoon. Nobody called me,” Olvera-Batista wrote "
            "under a photo of the blank gray wall.\n\n"
            "Among hundreds of comments, the sculptor Tobias Lindgren wrote: “This is vandalism "
            "with a permit.” Olvera-Batista replied to him: “Thank you, Tobi. I’m still in "
            "shock.”\n\n"
            "The building’s new owner, Crestline Properties, said in a statement that it had “no "
            "record of any agreement” protecting the work.\n\n"
            "Olvera-Batista’s lawyer, Hiroshi Tanabe, sent the company a letter on Tuesday "
            "demanding $250,000 under the Visual Artists Rights Act. “The law required notice. "
            "None was given,” the letter says.\n\n"
            "Asked about the letter by The Oregonian, a Crestline spokesman said the company "
            "would “respond through the proper channels.”"
        ),
        "quotes": [
            (
                "Nine months of work, gone in an afternoon. Nobody called me,",
                "Ximena Olvera-Batista",
                False,
                "P1",
            ),
            ("This is vandalism with a permit.", "Tobias Lindgren", False, "P1"),
            ("Thank you, Tobi. I’m still in shock.", "Ximena Olvera-Batista", False, "P1"),
            ("no record of any agreement", None, True, "P2"),
            ("The law required notice. None was given,", "Hiroshi Tanabe", False, "P3"),
            ("respond through the proper channels.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Ximena Olvera-Batista", "Instagram"),
            ("P2", None, None),
            ("P3", "Hiroshi Tanabe", None),
            ("P4", None, "The Oregonian"),
        ],
        "people": ["Ximena Olvera-Batista", "Tobias Lindgren", "Hiroshi Tanabe"],
    },
    {
        "name": "house-speaker-tv-interview-voucher-hearing",
        "text": (
            "House Speaker Bernadette Okonkwo-Hale said on Sunday that she would not schedule a "
            "vote on the governor's school voucher plan before the session ends in May.\n\n"
            "\"The votes are not there, and I'm not going to waste the members' time pretending "
            'they are," Okonkwo-Hale said in an interview on WTVF\'s "Inside Politics."\n\n'
            "Pressed by the host on whether she opposed vouchers herself, the speaker answered: "
            '"I have concerns. I have said so in public for three years. Nothing about that has '
            'changed."\n\n'
            "Gov. Wendell Pryce, who has made the plan his top priority, wrote on X that evening "
            'that the speaker was "afraid of a recorded vote."\n\n'
            "Two days later, at a hearing of the House Education Committee, the plan's sponsor, "
            'Rep. Lyle Brandt, accused leadership of "hiding behind a head count." "Bring it to '
            'the floor and let us lose, if we are going to lose," Brandt said.'
        ),
        "quotes": [
            (
                "The votes are not there, and I'm not going to waste the members' time pretending they are,",
                "Bernadette Okonkwo-Hale",
                False,
                "P1",
            ),
            (
                "I have concerns. I have said so in public for three years. Nothing about that has changed.",
                "Bernadette Okonkwo-Hale",
                False,
                "P1",
            ),
            ("afraid of a recorded vote.", "Wendell Pryce", True, "P2"),
            ("hiding behind a head count.", "Lyle Brandt", True, None),
            (
                "Bring it to the floor and let us lose, if we are going to lose,",
                "Lyle Brandt",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Bernadette Okonkwo-Hale", "Inside Politics"),
            ("P2", "Wendell Pryce", "X"),
        ],
        "people": ["Bernadette Okonkwo-Hale", "Wendell Pryce", "Lyle Brandt"],
    },
    {
        "name": "police-chief-overtime-memo-union-posts",
        "text": (
            "A memo from Police Chief Lamar Castellanos ordering commanders to cut overtime by "
            "30% was sent to all sworn officers on Friday, according to a copy obtained by The "
            "Plain Dealer.\n\n"
            "“Every hour of overtime must now be approved in writing by a deputy chief,” the memo "
            "says. “There will be no exceptions for special events.”\n\n"
            "The Fraternal Order of Police Lodge 8 responded on X within hours, calling the order "
            "“a staffing crisis waiting to happen.” The lodge’s president, Stan Wierzbicki, went "
            "further in a post on Facebook: “When the next call goes unanswered, ask the chief "
            "where the officers were.”\n\n"
            "Castellanos said at a City Hall briefing on Monday that the department had overspent "
            "its overtime budget by $6 million. “I can’t print money. Nobody in this building "
            "can,” he said."
        ),
        "quotes": [
            (
                "Every hour of overtime must now be approved in writing by a deputy chief,",
                "Lamar Castellanos",
                False,
                "P1",
            ),
            ("There will be no exceptions for special events.", "Lamar Castellanos", False, "P1"),
            ("a staffing crisis waiting to happen.", None, True, "P2"),
            (
                "When the next call goes unanswered, ask the chief where the officers were.",
                "Stan Wierzbicki",
                False,
                "P3",
            ),
            ("I can’t print money. Nobody in this building can,", "Lamar Castellanos", False, None),
        ],
        "posts": [
            ("P1", "Lamar Castellanos", None),
            ("P2", None, "X"),
            ("P3", "Stan Wierzbicki", "Facebook"),
        ],
        "people": ["Lamar Castellanos", "Stan Wierzbicki"],
    },
    {
        "name": "senate-recount-county-release-x-reply",
        "text": (
            "Dunmore County will recount all 48,000 ballots cast in the District 14 state Senate "
            "race after the margin between the two candidates narrowed to 112 votes, the county "
            "said in a news release on Wednesday.\n\n"
            "“Every ballot will be counted by hand, in public, with observers from both parties "
            "in the room,” Elections Director Farida Haddad said in the release.\n\n"
            "The trailing candidate, Republican Owen Radcliffe, had demanded the recount in a "
            "post on X a day earlier. “Something doesn’t add up in Precinct 7,” he wrote.\n\n"
            "Haddad answered him in a reply under that post: “Precinct 7 was audited on election "
            "night. You are welcome to watch the recount.” The state Republican Party said in a "
            "statement that it would send “a full team of observers” anyway.\n\n"
            "Radcliffe’s opponent, Democrat Leah Bernstein-Mwangi, told The Dunmore Ledger that "
            "she was confident the result would stand. “We won this race once. We’ll win it "
            "twice,” she said."
        ),
        "quotes": [
            (
                "Every ballot will be counted by hand, in public, with observers from both parties in the room,",
                "Farida Haddad",
                False,
                "P1",
            ),
            ("Something doesn’t add up in Precinct 7,", "Owen Radcliffe", False, "P2"),
            (
                "Precinct 7 was audited on election night. You are welcome to watch the recount.",
                "Farida Haddad",
                False,
                "P2",
            ),
            ("a full team of observers", None, True, "P3"),
            ("We won this race once. We’ll win it twice,", "Leah Bernstein-Mwangi", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Owen Radcliffe", "X"),
            ("P3", None, None),
            ("P4", "Leah Bernstein-Mwangi", "The Dunmore Ledger"),
        ],
        "people": ["Farida Haddad", "Owen Radcliffe", "Leah Bernstein-Mwangi"],
    },
    {
        "name": "ice-storm-warming-center-no-posts",
        "text": (
            "Ice-coated power lines snapped across three counties overnight, leaving more than "
            "90,000 homes without electricity as temperatures fell into the teens on Tuesday.\n\n"
            "“It sounded like gunshots all night, one branch after another,” said Abdirahman "
            "Yusuf, who spent the night with his two children in a warming center at a Lutheran "
            "church in Kearney.\n\n"
            "Utility crews from four states were on the way, said Gail Pettersen, a spokeswoman "
            "for Prairie Electric Cooperative. “We are asking people to be patient. This will be "
            "days, not hours,” she said.\n\n"
            "At the church, volunteers kept a radio playing and, at one point, led a sing-along "
            "of “You Are My Sunshine.” “Somebody had to keep the kids from crying,” said Pastor "
            "Ingrid Solheim. “The grown-ups too.”"
        ),
        "quotes": [
            (
                "It sounded like gunshots all night, one branch after another,",
                "Abdirahman Yusuf",
                False,
                None,
            ),
            (
                "We are asking people to be patient. This will be days, not hours,",
                "Gail Pettersen",
                False,
                None,
            ),
            ("Somebody had to keep the kids from crying,", "Ingrid Solheim", False, None),
            ("The grown-ups too.", "Ingrid Solheim", False, None),
        ],
        "posts": [],
        "people": ["Abdirahman Yusuf", "Gail Pettersen", "Ingrid Solheim"],
    },
    {
        "name": "childrens-museum-closing-five-posts",
        "text": (
            "The Brightwater Children’s Museum will close on Aug. 31 after 38 years, the museum "
            "announced in a press release on Monday, citing falling attendance and a $1.8 million "
            "deficit. Its signature exhibit, “Bubbleworks,” will be donated to a science center "
            "in Dayton.\n\n"
            "“This was the hardest decision our board has ever made,” board president Tomasz "
            "Wrobel said in the release.\n\n"
            "The museum’s founder, Evelyn Asante-Brooks, now 84, wrote on Facebook that she was "
            "“heartbroken but not surprised.” “We built a place for kids to touch everything. The "
            "world decided screens were enough,” she wrote.\n\n"
            "Her grandson, Julian Asante-Brooks, shared her post on Threads with a note: “Take "
            "your kids this summer. Please.”\n\n"
            "City Council member Dana Whitlock, appearing on the podcast “Civic Minded” on "
            "Tuesday, said the city had offered the museum a free lease in 2022. “They turned it "
            "down. I still don’t fully understand why,” Whitlock said on the episode.\n\n"
            "In a letter to members, Wrobel wrote that the lease “would not have closed the gap.”"
        ),
        "quotes": [
            (
                "This was the hardest decision our board has ever made,",
                "Tomasz Wrobel",
                False,
                "P1",
            ),
            ("heartbroken but not surprised.", "Evelyn Asante-Brooks", True, "P2"),
            (
                "We built a place for kids to touch everything. The world decided screens were enough,",
                "Evelyn Asante-Brooks",
                False,
                "P2",
            ),
            ("Take your kids this summer. Please.", "Julian Asante-Brooks", False, "P3"),
            (
                "They turned it down. I still don’t fully understand why,",
                "Dana Whitlock",
                False,
                "P4",
            ),
            ("would not have closed the gap.", "Tomasz Wrobel", True, "P5"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Evelyn Asante-Brooks", "Facebook"),
            ("P3", "Julian Asante-Brooks", "Threads"),
            ("P4", "Dana Whitlock", "Civic Minded"),
            ("P5", "Tomasz Wrobel", None),
        ],
        "people": [
            "Tomasz Wrobel",
            "Evelyn Asante-Brooks",
            "Julian Asante-Brooks",
            "Dana Whitlock",
        ],
    },
    {
        "name": "housing-judge-opinion-eviction-two-paragraphs",
        "text": (
            "A housing court judge on Thursday blocked the eviction of 46 families from the "
            "Larkspur Gardens apartments, ruling that the landlord had failed to make repairs "
            "ordered by the city.\n\n"
            "In her written opinion, Judge Miriam Oduya said the building’s owner, Bellweather "
            "Residential, had “treated the housing code as a suggestion.”\n\n"
            "“The record shows leaking ceilings, broken heat in January and mold in at least "
            "nineteen units.\n\n"
            "“A landlord who does not maintain a building cannot ask this court to remove the "
            "people living in it,” Oduya wrote.\n\n"
            "Bellweather’s chief executive, Graham Fitzwilliam, told WBBM Newsradio that the "
            "company would appeal. “We have spent $2 million on that property in two years,” he "
            "said.\n\n"
            "The Larkspur Tenants Union posted a video of residents celebrating outside the "
            "courthouse on Instagram, with the caption “WE STAY.”"
        ),
        "quotes": [
            ("treated the housing code as a suggestion.", "Miriam Oduya", True, "P1"),
            (
                "The record shows leaking ceilings, broken heat in January and mold in at least nineteen units.",
                "Miriam Oduya",
                False,
                "P1",
            ),
            (
                "A landlord who does not maintain a building cannot ask this court to remove the people living in it,",
                "Miriam Oduya",
                False,
                "P1",
            ),
            (
                "We have spent $2 million on that property in two years,",
                "Graham Fitzwilliam",
                False,
                "P2",
            ),
            ("WE STAY.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Miriam Oduya", None),
            ("P2", "Graham Fitzwilliam", "WBBM Newsradio"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Miriam Oduya", "Graham Fitzwilliam"],
    },
    {
        "name": "receiver-nil-deal-x-reply-radio-host",
        "text": (
            "Tennessee Valley State wide receiver Malik Oyelowo-Grant announced on X on Monday "
            "that he had signed a name, image and likeness deal with a regional car dealership, "
            "worth a reported $400,000.\n\n"
            '"Mama, we did it," the 20-year-old wrote above a photo of himself beside a black '
            "pickup.\n\n"
            "The post drew a reply from the dealership's owner, Vic Santangelo: \"Welcome to the "
            'family, Malik. Keys are ready when you are."\n\n'
            "Athletic director Paula Hendricks-Yao told The Tennessean that the deal had been "
            'reviewed by the school\'s compliance office. "Everything about it is above board," '
            'she said. "We went through it line by line."\n\n'
            'Not everyone was convinced. On his afternoon show "The Sideline" on WNML, host Rick '
            'Danvers called the contract "a recruiting bonus with a bow on it."'
        ),
        "quotes": [
            ("Mama, we did it,", "Malik Oyelowo-Grant", False, "P1"),
            (
                "Welcome to the family, Malik. Keys are ready when you are.",
                "Vic Santangelo",
                False,
                "P1",
            ),
            ("Everything about it is above board,", "Paula Hendricks-Yao", False, "P2"),
            ("We went through it line by line.", "Paula Hendricks-Yao", False, "P2"),
            ("a recruiting bonus with a bow on it.", "Rick Danvers", True, "P3"),
        ],
        "posts": [
            ("P1", "Malik Oyelowo-Grant", "X"),
            ("P2", "Paula Hendricks-Yao", "The Tennessean"),
            ("P3", "Rick Danvers", "The Sideline"),
        ],
        "people": ["Malik Oyelowo-Grant", "Vic Santangelo", "Paula Hendricks-Yao", "Rick Danvers"],
    },
    {
        "name": "senator-tiktok-camp-budget-address",
        "text": (
            "A 90-second TikTok video in which a first-term state senator walks through a tent "
            "camp beneath an interstate overpass has been viewed more than two million times "
            "since Saturday.\n\n"
            "“This is six blocks from the Capitol. Six. And the budget we passed last week cuts "
            "supportive housing by a third,” says the senator, Amaya Thunderbird-Ross, in the "
            "video.\n\n"
            "Gov. Phillip Gaskins answered her in his budget address on Tuesday, without using "
            "her name. “It is easy to film a problem,” he told lawmakers. “It is harder to pay "
            "for a solution.” A spokeswoman for the governor, Lucía Ferrer, said later in an "
            "email that he “respects the senator’s passion” but stands by the budget.\n\n"
            "Thunderbird-Ross, a Democrat from Albuquerque, posted a second video on Wednesday "
            "comparing the two budgets line by line. “Governor, I did the math for you,” she says "
            "at the start. One commenter under it, who said she works at a shelter, wrote: “We "
            "turned away 40 people last night.”"
        ),
        "quotes": [
            (
                "This is six blocks from the Capitol. Six. And the budget we passed last week cuts supportive housing by a third,",
                "Amaya Thunderbird-Ross",
                False,
                "P1",
            ),
            ("It is easy to film a problem,", "Phillip Gaskins", False, None),
            ("It is harder to pay for a solution.", "Phillip Gaskins", False, None),
            ("respects the senator’s passion", "Lucía Ferrer", True, "P2"),
            ("Governor, I did the math for you,", "Amaya Thunderbird-Ross", False, "P3"),
            ("We turned away 40 people last night.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Amaya Thunderbird-Ross", "TikTok"),
            ("P2", "Lucía Ferrer", None),
            ("P3", "Amaya Thunderbird-Ross", "TikTok"),
        ],
        "people": ["Amaya Thunderbird-Ross", "Phillip Gaskins", "Lucía Ferrer"],
    },
]
