"""The eighty-ninth self-made dev set, held out (CQ): its first run is an unseen estimate.

Written with set CP, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, so a
  lawsuit or bankruptcy filing named in the opening sentence is P1 even when a
  later post is quoted first; a post reported without any quoted words (a
  label's statement, a journal paper, an interview with the Bangkok Post) is
  still listed in posts.
- people lists every named person in the text, speaking or not (a host, a
  commenter whose question is not quoted, a dead memoirist), in order of first
  mention. Companies, universities, temples and groups named after a person or
  a deity (Morgan Stanley, Eduardo Mondlane University, the Sri Venkateswara
  Temple) are not people.
- Bishop, the Rev., Rabbi, Judge, U.S. District Judge, Dr. and the Thai
  monastic title Phra are titles and not part of a name. A nickname in marks
  inside a name (Harlan “Buddy” Greaves) is neither a quote nor part of the
  canonical name; the name fans use (“Zee”) is not a quote.
- Tour, song and book titles in marks (“Harmattan Nights”, “Morning Mood”,
  “The Tin Psalter”) are not quotes; “ordaining” in narration is a scare quote.
- A scare quote in single marks inside a quote (‘not in crisis’) is part of
  the quote's text.
- An outlet introduced with a descriptor takes only its name as platform: "the
  Portuguese broadcaster RTP" is RTP, "the Norwegian daily Aftenposten" is
  Aftenposten, "the financial daily Diario Financiero" is Diario Financiero,
  "the BBC Radio 1Xtra show Rhythm Nation" is Rhythm Nation, "the BBC World
  Service programme Sportsworld" is Sportsworld, "the BBC Radio 4 programme
  Farming Today" is Farming Today, "the football podcast The Final Third" is
  The Final Third, "the BBC podcast The Museum Hour" is The Museum Hour, "an
  interview on Bloomberg Television" is Bloomberg Television, "Speaking on the
  podcast Carbon Copy" is Carbon Copy, and "Speaking to the Alcaraz Herald" is
  an interview with the Alcaraz Herald.
- A paper in a named journal is a post whose platform is the journal (Coral
  Reefs, Environmental Science & Technology) with author None, also when a
  company or "a team" wrote it; "the authors wrote" speaks as None.
- A campaign group's report and a short seller's report are posts with author
  None and no platform, and their words speak as None.
- A pastoral letter read from every pulpit is the bishop's post with no
  platform; a rabbi's words to worshippers at services are a speech, not a post.
- A letter signed by 63 musicians has author None, and a fragment of it speaks
  as None. A former trustee's letter to a named newspaper (the Yorkshire Post)
  is his post with that newspaper as platform. A defendant's letter to the
  court is his post with no platform.
- A lawsuit's complaint ("the complaint says") and a communities' petition to a
  court are posts with author None, and their words speak as None.
- A statement in which a named chair "called the decision ... in a statement"
  is the chair's post; "Tunebay said in an emailed statement", "the club said in
  a statement" and "Greywater said in a statement" have author None.
- A regulator's press release that quotes its director ("was quoted as saying
  that ...") is a press release with author None, and the quote's speaker is
  the director; a quote run into the sentence after "that" and starting in
  lower case is partial.
- A chief executive's email to employees "seen by Reuters" is the executive's
  post with no platform; Reuters is not its platform.
- An unnamed user's TikTok video and an unnamed user's Reddit thread have
  author None; a Reddit thread started by a named person is hers; a supporters'
  group's post on X has author None and its words speak as None.
- An Instagram story is an Instagram post. An analyst's note to clients is the
  analyst's post with no platform.
- An unnamed user's reply under an X post ("one user wrote" after "Hundreds of
  replies followed") and an unnamed parishioner's comment under a Facebook post
  belong to that post and speak as None; a named person's reply under a
  Bluesky post ("replied:") belongs to it.
- A reply "Replying to her" on X belongs to the X post replied to; a post's
  author replying in its own comment thread (on LinkedIn) belongs to that post;
  a named person's comment beneath an Instagram photo belongs to that photo;
  "Among them" after "flooded the comments" ties a comment to the YouTube video.
- Sharing a Facebook post "with a comment of her own" is a new Facebook post by
  the sharer. A photo posted "with the caption ..." and words given whole after
  "the words" or "adding:" are not partial.
- A Facebook live stream is the streamer's Facebook post and words he spoke
  "during the broadcast" belong to it; his later words not tied to it have no
  post. A YouTube channel's "most recent" video is the farmer's YouTube post,
  and words he "says in" it belong to it.
- A quote in the paragraph right after a Substack post's fragment, with "she
  wrote" and no other post reported in between, belongs to that Substack post.
- "the orchestra said on Thursday" and "its trustees said on Wednesday", with no
  medium, are not posts; a call with analysts or investors, "Questioned by MPs",
  "addressed the court", a sentencing hearing, "Asked about the video, ...
  said" and "told worshippers at Friday evening services" are not posts.
- "her husband", "the bishop", "the runner", "the coach" and "the abbot" speak
  as the person they describe, named earlier in the text.
- Name order as written is kept for Korean, Vietnamese and Thai names (Park
  Ji-hoon, Nguyen Thi Hoa, Anong Srisuk); Spanish double surnames and
  hyphenated surnames are part of the canonical name (Sergio Cruz Liquitay,
  Verónica Sáez Montt, Yaw Boateng-Ofori); "de Groot" keeps its lower-case
  particle in the canonical name.
- Two people sharing a surname (Ramesh and Arvind Subramaniam, Rafael and
  Itziar Etxeberria) are each named in full when first mentioned; the bare
  surname ("Subramaniam wrote") refers to the one already named when it is used.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CQ: list[dict] = [
    {
        "name": "linkedin-pension-coal-exit-release-analyst-note",
        "text": (
            "The Lakeshore Teachers’ Pension Plan will sell the last of its coal holdings by the "
            "end of the year, its chief investment officer, Rukhsana Qureshi, announced on "
            "LinkedIn on Thursday. “Coal is no longer a risk we are paid to take,” Qureshi "
            "wrote.\n\n"
            "The plan confirmed the sale in a news release an hour later, valuing the holdings at "
            "about $340 million. “We expect no measurable effect on returns,” the release quoted "
            "Qureshi as saying.\n\n"
            "Under her LinkedIn post, Siosaia Fifita, a trustee who had opposed an earlier "
            "divestment motion, left a comment: “Glad we got here, even if it took three "
            "votes.”\n\n"
            "On a call with analysts on Friday, Qureshi was pressed on whether oil and gas "
            "holdings would follow. “Not this year, and not by decree,” she replied. One analyst, "
            "Henrike Vos of Morgan Stanley, called the move “largely symbolic” in a note to "
            "clients that afternoon."
        ),
        "quotes": [
            ("Coal is no longer a risk we are paid to take,", "Rukhsana Qureshi", False, "P1"),
            ("We expect no measurable effect on returns,", "Rukhsana Qureshi", False, "P2"),
            ("Glad we got here, even if it took three votes.", "Siosaia Fifita", False, "P1"),
            ("Not this year, and not by decree,", "Rukhsana Qureshi", False, None),
            ("largely symbolic", "Henrike Vos", True, "P3"),
        ],
        "posts": [
            ("P1", "Rukhsana Qureshi", "LinkedIn"),
            ("P2", None, "press release"),
            ("P3", "Henrike Vos", None),
        ],
        "people": ["Rukhsana Qureshi", "Siosaia Fifita", "Henrike Vos"],
    },
    {
        "name": "instagram-afrobeats-tour-cancelled-tiktok-radio-show",
        "text": (
            "The Afrobeats singer Adaeze Okafor, whom fans call “Zee,” has cancelled the North "
            "American leg of her “Harmattan Nights” tour, citing exhaustion. “My body has been "
            "sending me letters for months and I finally opened them,” she wrote on Instagram on "
            "Sunday.\n\n"
            "Her longtime producer, Kwabena Asante-Mensah, replied beneath the post with a row of "
            "heart emojis and the words “Rest, sis. The music will wait.”\n\n"
            "Fans were less forgiving on TikTok, where a user who had bought tickets for the "
            "Toronto show posted a video calling the cancellation “a slap in the face.” The video "
            "has drawn two million views.\n\n"
            "Okafor addressed the backlash on Thursday in an interview with the BBC Radio 1Xtra "
            "show Rhythm Nation. “I understand the anger. I would be angry too,” she said. “But I "
            "would rather disappoint you in March than collapse on you in May.”\n\n"
            "Her label, Ember Records, said in a statement that refunds would be issued "
            "automatically."
        ),
        "quotes": [
            (
                "My body has been sending me letters for months and I finally opened them,",
                "Adaeze Okafor",
                False,
                "P1",
            ),
            ("Rest, sis. The music will wait.", "Kwabena Asante-Mensah", False, "P1"),
            ("a slap in the face.", None, True, "P2"),
            ("I understand the anger. I would be angry too,", "Adaeze Okafor", False, "P3"),
            (
                "But I would rather disappoint you in March than collapse on you in May.",
                "Adaeze Okafor",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Adaeze Okafor", "Instagram"),
            ("P2", None, "TikTok"),
            ("P3", "Adaeze Okafor", "Rhythm Nation"),
            ("P4", None, None),
        ],
        "people": ["Adaeze Okafor", "Kwabena Asante-Mensah"],
    },
    {
        "name": "pastoral-letter-parish-mergers-facebook-priest-herald",
        "text": (
            "Roman Catholic Bishop Teodoro Villanueva-Cruz told the 212,000 Catholics of the "
            "Diocese of Alcaraz on Sunday that 14 of its 61 parishes would merge by next Easter. "
            "In a pastoral letter read from every pulpit, he wrote that the diocese could “no "
            "longer pretend that buildings are the same thing as a church.”\n\n"
            "The Rev. Declan Ó Súilleabháin, whose parish of St. Brigid’s is among those merging, "
            "posted on Facebook that he had learned of the decision “the same morning as everyone "
            "else.” Dozens of parishioners commented beneath his post; one wrote, “Sixty years of "
            "baptisms in that font. Shame on them.”\n\n"
            "Speaking to the Alcaraz Herald on Monday, the bishop said the mergers were driven by "
            "a shortage of priests, not of money. “I have eleven men under the age of fifty. "
            "Eleven,” he said.\n\n"
            "At a packed meeting in the St. Brigid’s hall that evening, a parish council member, "
            "Lucía Benítez, pleaded for more time. “Give us one year to show you we can fill these "
            "pews,” she said."
        ),
        "quotes": [
            (
                "no longer pretend that buildings are the same thing as a church.",
                "Teodoro Villanueva-Cruz",
                True,
                "P1",
            ),
            ("the same morning as everyone else.", "Declan Ó Súilleabháin", True, "P2"),
            ("Sixty years of baptisms in that font. Shame on them.", None, False, "P2"),
            (
                "I have eleven men under the age of fifty. Eleven,",
                "Teodoro Villanueva-Cruz",
                False,
                "P3",
            ),
            (
                "Give us one year to show you we can fill these pews,",
                "Lucía Benítez",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Teodoro Villanueva-Cruz", None),
            ("P2", "Declan Ó Súilleabháin", "Facebook"),
            ("P3", "Teodoro Villanueva-Cruz", "Alcaraz Herald"),
        ],
        "people": ["Teodoro Villanueva-Cruz", "Declan Ó Súilleabháin", "Lucía Benítez"],
    },
    {
        "name": "journal-coral-bleaching-bluesky-reply-news-conference",
        "text": (
            "Nearly half the coral on the reefs off Mozambique’s Quirimbas islands bleached during "
            "last year’s marine heatwave, according to a study published on Wednesday in the "
            "journal Coral Reefs. “The scale of the loss outpaced every model we had,” the authors "
            "wrote.\n\n"
            "The study’s lead author, Dr. Amina Mussa Chande of Eduardo Mondlane University, was "
            "blunter on Bluesky. “We counted the dead for six weeks. I do not want to do it "
            "again,” she posted. A marine ecologist in Hawaii, Kealoha Makoa, replied: “Same story "
            "here. We need to talk about it louder.”\n\n"
            "Mozambique’s environment minister, Celestino Bila, told a news conference in Maputo "
            "that the government would extend a fishing ban around the reefs. “The fish need the "
            "coral and the fishermen need the fish,” he said.\n\n"
            "Chande later told the Portuguese broadcaster RTP that the ban was “welcome but "
            "small.”"
        ),
        "quotes": [
            ("The scale of the loss outpaced every model we had,", None, False, "P1"),
            (
                "We counted the dead for six weeks. I do not want to do it again,",
                "Amina Mussa Chande",
                False,
                "P2",
            ),
            ("Same story here. We need to talk about it louder.", "Kealoha Makoa", False, "P2"),
            (
                "The fish need the coral and the fishermen need the fish,",
                "Celestino Bila",
                False,
                None,
            ),
            ("welcome but small.", "Amina Mussa Chande", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Coral Reefs"),
            ("P2", "Amina Mussa Chande", "Bluesky"),
            ("P3", "Amina Mussa Chande", "RTP"),
        ],
        "people": ["Amina Mussa Chande", "Kealoha Makoa", "Celestino Bila"],
    },
    {
        "name": "session-musicians-lawsuit-opinion-youtube-comments",
        "text": (
            "A federal judge in Nashville on Tuesday refused to dismiss a lawsuit accusing the "
            "streaming service Tunebay of underpaying thousands of session musicians. In a "
            "34-page opinion, U.S. District Judge Marguerite Oyelaran-Hughes wrote that the "
            "players had “plausibly alleged a scheme, not a rounding error.”\n\n"
            "The suit, filed last spring by the Nashville Session Players Guild, claims Tunebay "
            "withheld some $48 million in royalties. “Every one of these songs had a human being "
            "on bass,” the complaint says.\n\n"
            "Tunebay said in an emailed statement that it would “defend itself vigorously.”\n\n"
            "The guild’s president, the pedal-steel player Harlan “Buddy” Greaves, celebrated in "
            "a video posted to YouTube. “We’re going to get to play this one all the way to the "
            "end,” he said in the video. Fellow players flooded the comments. Among them, the "
            "fiddler Saoirse Kavanagh wrote: “Frame this opinion and hang it in every studio on "
            "Music Row.”"
        ),
        "quotes": [
            (
                "plausibly alleged a scheme, not a rounding error.",
                "Marguerite Oyelaran-Hughes",
                True,
                "P2",
            ),
            ("Every one of these songs had a human being on bass,", None, False, "P1"),
            ("defend itself vigorously.", None, True, "P3"),
            (
                "We’re going to get to play this one all the way to the end,",
                "Harlan Greaves",
                False,
                "P4",
            ),
            (
                "Frame this opinion and hang it in every studio on Music Row.",
                "Saoirse Kavanagh",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marguerite Oyelaran-Hughes", None),
            ("P3", None, None),
            ("P4", "Harlan Greaves", "YouTube"),
        ],
        "people": ["Marguerite Oyelaran-Hughes", "Harlan Greaves", "Saoirse Kavanagh"],
    },
    {
        "name": "chipmaker-ceo-staff-email-reddit-thread-threads-analyst",
        "text": (
            "The chief executive of the Seoul-based chipmaker Hanbit Semiconductor, Park Ji-hoon, "
            "told employees in an email on Monday that the company would freeze hiring for the "
            "rest of the year. “We are not in crisis, but we are not going to behave as if the "
            "cycle will save us,” Park wrote in the email, which was seen by Reuters.\n\n"
            "A thread on Reddit’s r/hardware forum, started by a user who said they worked at the "
            "company’s Pyeongtaek plant, drew more than 900 comments within hours. “Management has "
            "been saying ‘not in crisis’ since March,” the user wrote.\n\n"
            "Hanbit’s finance chief, Lee Seo-yeon, told reporters after the company’s annual "
            "meeting that capital spending would fall by about 15 percent. “We will spend where "
            "customers are already waiting,” she said.\n\n"
            "On Threads, the Singapore-based analyst Arjun Raghunathan called the freeze “overdue "
            "and still too timid,” adding: “The memory glut is not a rumour anymore.”"
        ),
        "quotes": [
            (
                "We are not in crisis, but we are not going to behave as if the cycle will save "
                "us,",
                "Park Ji-hoon",
                False,
                "P1",
            ),
            ("Management has been saying ‘not in crisis’ since March,", None, False, "P2"),
            ("We will spend where customers are already waiting,", "Lee Seo-yeon", False, None),
            ("overdue and still too timid,", "Arjun Raghunathan", True, "P3"),
            ("The memory glut is not a rumour anymore.", "Arjun Raghunathan", False, "P3"),
        ],
        "posts": [
            ("P1", "Park Ji-hoon", None),
            ("P2", None, "Reddit"),
            ("P3", "Arjun Raghunathan", "Threads"),
        ],
        "people": ["Park Ji-hoon", "Lee Seo-yeon", "Arjun Raghunathan"],
    },
    {
        "name": "striker-instagram-story-club-statement-agent-podcast",
        "text": (
            "Kilbride Rovers suspended their captain, the Ghanaian striker Yaw Boateng-Ofori, for "
            "two matches on Friday after he criticised the club’s owners on Instagram. “Sell the "
            "club to someone who has been to a match,” Boateng-Ofori wrote in an Instagram story "
            "that was deleted within an hour.\n\n"
            "The club said in a statement that the post had “crossed a line that no player, "
            "however gifted, can cross.”\n\n"
            "The manager, Ewa Kowalczyk-Brennan, declined to take sides at her weekly news "
            "conference. “Yaw is my captain and he will be my captain on Saturday week,” she "
            "said.\n\n"
            "The striker’s agent, Farid Haddad, went further on the football podcast The Final "
            "Third. “Nobody at that club has answered an email from us since August,” he told the "
            "show’s host, Callum Mackie.\n\n"
            "The supporters’ group Rovers Till I Die backed the player on X: “Yaw said what the "
            "stands have been singing for a year.”"
        ),
        "quotes": [
            (
                "Sell the club to someone who has been to a match,",
                "Yaw Boateng-Ofori",
                False,
                "P1",
            ),
            ("crossed a line that no player, however gifted, can cross.", None, True, "P2"),
            (
                "Yaw is my captain and he will be my captain on Saturday week,",
                "Ewa Kowalczyk-Brennan",
                False,
                None,
            ),
            (
                "Nobody at that club has answered an email from us since August,",
                "Farid Haddad",
                False,
                "P3",
            ),
            ("Yaw said what the stands have been singing for a year.", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Yaw Boateng-Ofori", "Instagram"),
            ("P2", None, None),
            ("P3", "Farid Haddad", "The Final Third"),
            ("P4", None, "X"),
        ],
        "people": ["Yaw Boateng-Ofori", "Ewa Kowalczyk-Brennan", "Farid Haddad", "Callum Mackie"],
    },
    {
        "name": "bakery-closure-facebook-landlord-letter-councillor-share",
        "text": (
            "For 31 years, the bakery on Kensington Avenue owned by Nguyen Thi Hoa and her "
            "husband, Tran Van Long, has opened its doors at 4 a.m. On Saturday it will open for "
            "the last time. Nguyen announced the closure on Facebook on Wednesday, blaming a 60 "
            "percent rent increase. “We made bread for three generations of this street. We could "
            "not make it for this landlord,” she wrote.\n\n"
            "The building’s owner, Halvorsen Property Group, said in a letter to tenants that "
            "rents had been “below market for more than a decade.”\n\n"
            "“The ovens are paid off. The rent is not,” her husband said on Thursday, handing out "
            "free loaves from behind the counter.\n\n"
            "City councillor Obiageli Nwachukwu shared the Facebook post with a comment of her "
            "own: “If this corner loses this bakery, it loses its morning.”\n\n"
            "Regulars queued until noon. “I came here the day I got my citizenship,” said one of "
            "them, Marek Dvořák, 74."
        ),
        "quotes": [
            (
                "We made bread for three generations of this street. We could not make it for "
                "this landlord,",
                "Nguyen Thi Hoa",
                False,
                "P1",
            ),
            ("below market for more than a decade.", None, True, "P2"),
            ("The ovens are paid off. The rent is not,", "Tran Van Long", False, None),
            (
                "If this corner loses this bakery, it loses its morning.",
                "Obiageli Nwachukwu",
                False,
                "P3",
            ),
            ("I came here the day I got my citizenship,", "Marek Dvořák", False, None),
        ],
        "posts": [
            ("P1", "Nguyen Thi Hoa", "Facebook"),
            ("P2", None, None),
            ("P3", "Obiageli Nwachukwu", "Facebook"),
        ],
        "people": ["Nguyen Thi Hoa", "Tran Van Long", "Obiageli Nwachukwu", "Marek Dvořák"],
    },
    {
        "name": "novel-withdrawn-substack-medium-critic-el-pais-op-ed",
        "text": (
            "The publisher Greywater Books has withdrawn the novel “The Tin Psalter” by the Kenyan "
            "writer Wanjiru Kamau-Lindgren after a reader found passages closely matching a 1970s "
            "memoir. In a post on her Substack on Monday, Kamau-Lindgren called the overlap “a "
            "failure of my notebooks, not of my conscience.”\n\n"
            "“I copied lines into notebooks for twenty years and did not always mark whose they "
            "were,” she wrote. “That is on me, and I will fix it.”\n\n"
            "Greywater said in a statement that it had “lost confidence in the manuscript.”\n\n"
            "The critic Fionnuala Brady, who first flagged the passages, responded in an essay on "
            "Medium. “Intent matters less than people think. The words belonged to someone,” she "
            "wrote.\n\n"
            "The memoir’s author, Rafael Etxeberria, died in 2009. His daughter, Itziar "
            "Etxeberria, wrote in an op-ed in El País that the family wanted an acknowledgment, "
            "“not a bonfire.”"
        ),
        "quotes": [
            (
                "a failure of my notebooks, not of my conscience.",
                "Wanjiru Kamau-Lindgren",
                True,
                "P1",
            ),
            (
                "I copied lines into notebooks for twenty years and did not always mark whose "
                "they were,",
                "Wanjiru Kamau-Lindgren",
                False,
                "P1",
            ),
            ("That is on me, and I will fix it.", "Wanjiru Kamau-Lindgren", False, "P1"),
            ("lost confidence in the manuscript.", None, True, "P2"),
            (
                "Intent matters less than people think. The words belonged to someone,",
                "Fionnuala Brady",
                False,
                "P3",
            ),
            ("not a bonfire.", "Itziar Etxeberria", True, "P4"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Lindgren", "Substack"),
            ("P2", None, None),
            ("P3", "Fionnuala Brady", "Medium"),
            ("P4", "Itziar Etxeberria", "El País"),
        ],
        "people": [
            "Wanjiru Kamau-Lindgren",
            "Fionnuala Brady",
            "Rafael Etxeberria",
            "Itziar Etxeberria",
        ],
    },
    {
        "name": "synagogue-solar-sermon-instagram-caption-op-ed",
        "text": (
            "Congregation Beth Shalom in Tucson switched on 420 solar panels this week, becoming "
            "the first synagogue in Arizona to draw all of its electricity from the sun. “The "
            "Torah forbids cutting down fruit trees even in wartime. We are not at war, and look "
            "what we have done,” Rabbi Miriam Adler-Katz told worshippers at Friday evening "
            "services.\n\n"
            "The $610,000 project was paid for largely by a retired orthodontist, Saul Birnbaum, "
            "88, who had asked not to be thanked in public.\n\n"
            "He was thanked anyway. The congregation’s youth director, Noa Ben-Ami, posted a photo "
            "of Birnbaum on the roof to Instagram with the caption “Eighty-eight and still "
            "climbing ladders.” Birnbaum commented beneath it: “Next time, get my good side.”\n\n"
            "In an op-ed for the Arizona Daily Star on Sunday, Adler-Katz urged churches and "
            "mosques to follow. Houses of worship, she wrote, “sit empty six days a week under the "
            "fiercest sun in the country.”\n\n"
            "A spokesperson for Tucson Electric Power said the utility welcomed the project."
        ),
        "quotes": [
            (
                "The Torah forbids cutting down fruit trees even in wartime. We are not at war, "
                "and look what we have done,",
                "Miriam Adler-Katz",
                False,
                None,
            ),
            ("Eighty-eight and still climbing ladders.", "Noa Ben-Ami", False, "P1"),
            ("Next time, get my good side.", "Saul Birnbaum", False, "P1"),
            (
                "sit empty six days a week under the fiercest sun in the country.",
                "Miriam Adler-Katz",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Noa Ben-Ami", "Instagram"),
            ("P2", "Miriam Adler-Katz", "Arizona Daily Star"),
        ],
        "people": ["Miriam Adler-Katz", "Saul Birnbaum", "Noa Ben-Ami"],
    },
    {
        "name": "crypto-lender-bankruptcy-x-replies-sec-release-reddit-cnbc",
        "text": (
            "Customers of the crypto lending platform Halcyon Vault have been unable to withdraw "
            "funds for nine days, and on Wednesday the company filed for bankruptcy protection in "
            "Delaware, listing debts of at least $1.2 billion to more than 80,000 creditors.\n\n"
            "Its co-founder, Dmitri Volkonsky, posted on X shortly after midnight: “I failed you. "
            "I will spend whatever years it takes making this right.” Hundreds of replies "
            "followed, many of them furious. “Spend them in a cell,” one user wrote.\n\n"
            "The Securities and Exchange Commission said in a press release that it had opened an "
            "investigation, and its enforcement director, Thandiwe Mahlangu, was quoted as saying "
            "that “customers were told their money was safe when it was anything but.”\n\n"
            "On Reddit, a retired schoolteacher from Ohio, Gail Pettersen, started a thread "
            "listing what she had lost: $212,000. “This was the roof and the grandkids’ college,” "
            "she wrote.\n\n"
            "Volkonsky’s lawyer, Benedetta Russo, told CNBC that her client had “not taken a "
            "single dollar out.”"
        ),
        "quotes": [
            (
                "I failed you. I will spend whatever years it takes making this right.",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
            ("Spend them in a cell,", None, False, "P2"),
            (
                "customers were told their money was safe when it was anything but.",
                "Thandiwe Mahlangu",
                True,
                "P3",
            ),
            ("This was the roof and the grandkids’ college,", "Gail Pettersen", False, "P4"),
            ("not taken a single dollar out.", "Benedetta Russo", True, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dmitri Volkonsky", "X"),
            ("P3", None, "press release"),
            ("P4", "Gail Pettersen", "Reddit"),
            ("P5", "Benedetta Russo", "CNBC"),
        ],
        "people": ["Dmitri Volkonsky", "Thandiwe Mahlangu", "Gail Pettersen", "Benedetta Russo"],
    },
    {
        "name": "conductor-steps-down-musicians-letter-aftenposten-tiktok",
        "text": (
            "The principal conductor of the Bergen Philharmonic, Kenji Morimoto-Hale, will step "
            "down at the end of the season, the orchestra said on Thursday, two weeks after 63 of "
            "its musicians signed a letter accusing him of “running rehearsals like a "
            "tribunal.”\n\n"
            "Morimoto-Hale, 58, denied the accusation in an interview with the Norwegian daily "
            "Aftenposten. “I am demanding. I have never been cruel,” he said. “There is a "
            "difference, and musicians know it.”\n\n"
            "The orchestra’s board chair, Ingrid Solberg, said at a news conference that the "
            "decision had been his own. “He came to us. We did not push,” she said.\n\n"
            "One of the letter’s signatories, the cellist Yasmin El-Amin, posted a TikTok on "
            "Friday playing the opening bars of “Morning Mood” over a caption that read, simply, "
            "“Good morning.” It has been viewed 1.4 million times. Asked about the video, Solberg "
            "said it was “not helpful.”"
        ),
        "quotes": [
            ("running rehearsals like a tribunal.", None, True, "P1"),
            ("I am demanding. I have never been cruel,", "Kenji Morimoto-Hale", False, "P2"),
            ("There is a difference, and musicians know it.", "Kenji Morimoto-Hale", False, "P2"),
            ("He came to us. We did not push,", "Ingrid Solberg", False, None),
            ("Good morning.", "Yasmin El-Amin", False, "P3"),
            ("not helpful.", "Ingrid Solberg", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kenji Morimoto-Hale", "Aftenposten"),
            ("P3", "Yasmin El-Amin", "TikTok"),
        ],
        "people": ["Kenji Morimoto-Hale", "Ingrid Solberg", "Yasmin El-Amin"],
    },
    {
        "name": "river-sewage-report-water-company-statement-youtube-farmer",
        "text": (
            "Sewage spills into the River Teme rose by a third last year, according to a report "
            "published on Tuesday by the campaign group Clean Rivers Now. In the report, the group "
            "accused the regional water company of “treating a river as a drain.”\n\n"
            "Severn Dee Water said in a statement that it was investing £1.4 billion in its "
            "network and that the figures “do not reflect the improvements now under way.”\n\n"
            "The group’s chair, Oluwaseun Adebayo-Price, went further in an interview with the "
            "BBC Radio 4 programme Farming Today. “Every summer they promise us next summer,” he "
            "said.\n\n"
            "A Herefordshire cattle farmer, Gwilym Pritchard, whose land runs along two miles of "
            "the river, has posted videos of the water on YouTube since 2021. “Three years ago I "
            "could see the stones on the bottom. Now I cannot see my boots,” he says in the most "
            "recent one.\n\n"
            "Questioned by MPs on Wednesday, the environment minister, Harriet Okonjo, called the "
            "figures “unacceptable.”"
        ),
        "quotes": [
            ("treating a river as a drain.", None, True, "P1"),
            ("do not reflect the improvements now under way.", None, True, "P2"),
            ("Every summer they promise us next summer,", "Oluwaseun Adebayo-Price", False, "P3"),
            (
                "Three years ago I could see the stones on the bottom. Now I cannot see my boots,",
                "Gwilym Pritchard",
                False,
                "P4",
            ),
            ("unacceptable.", "Harriet Okonjo", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Oluwaseun Adebayo-Price", "Farming Today"),
            ("P4", "Gwilym Pritchard", "YouTube"),
        ],
        "people": ["Oluwaseun Adebayo-Price", "Gwilym Pritchard", "Harriet Okonjo"],
    },
    {
        "name": "methane-satellite-paper-linkedin-comment-podcast",
        "text": (
            "A start-up that uses satellite images to spot methane leaks says it found 1,300 "
            "previously unreported plumes over oil fields in Turkmenistan and Texas last year. The "
            "company, Lumen Orbital, described the findings in a paper published on Thursday in "
            "the journal Environmental Science & Technology.\n\n"
            "Its founder, Tariq Al-Mansouri, posted on LinkedIn that the leaks were “the easiest "
            "emissions cuts on the planet, sitting in plain sight.” In a comment beneath the post, "
            "Sofía Quintanilla, an engineer at the Environmental Defense Fund, asked whether the "
            "data would be made public. “Yes, all of it, by June,” Al-Mansouri replied.\n\n"
            "Speaking on the podcast Carbon Copy, Al-Mansouri said oil companies had been quicker "
            "to respond than governments. “Operators fix a leak in a week. Ministries take a year "
            "to read the email,” he said.\n\n"
            "The Turkmen government did not respond to requests for comment, and some researchers "
            "urged caution. “Satellite detections need ground truth,” said Bogdan Ionescu, an "
            "atmospheric chemist at the University of Bucharest."
        ),
        "quotes": [
            (
                "the easiest emissions cuts on the planet, sitting in plain sight.",
                "Tariq Al-Mansouri",
                True,
                "P2",
            ),
            ("Yes, all of it, by June,", "Tariq Al-Mansouri", False, "P2"),
            (
                "Operators fix a leak in a week. Ministries take a year to read the email,",
                "Tariq Al-Mansouri",
                False,
                "P3",
            ),
            ("Satellite detections need ground truth,", "Bogdan Ionescu", False, None),
        ],
        "posts": [
            ("P1", None, "Environmental Science & Technology"),
            ("P2", "Tariq Al-Mansouri", "LinkedIn"),
            ("P3", "Tariq Al-Mansouri", "Carbon Copy"),
        ],
        "people": ["Tariq Al-Mansouri", "Sofía Quintanilla", "Bogdan Ionescu"],
    },
    {
        "name": "temple-treasurer-sentenced-letter-release-son-facebook",
        "text": (
            "A former treasurer of the Sri Venkateswara Temple in Edison, N.J., was sentenced on "
            "Monday to four years in prison for stealing $2.3 million in donations over eight "
            "years. Ramesh Subramaniam, 61, had pleaded guilty in March.\n\n"
            "In a letter to the court filed last week, Subramaniam wrote that he had “betrayed "
            "people who trusted me with their prayers.”\n\n"
            "At the sentencing hearing, Judge Catherine Oduya-Marsh told him that the temple’s "
            "devotees were “not your line of credit.” The temple’s president, Lakshmi "
            "Venkataraman, addressed the court on behalf of the board. “We forgive him as people. "
            "We cannot forgive him as trustees,” she said.\n\n"
            "The U.S. attorney’s office said in a news release that the money had gone on “luxury "
            "cars and losing bets.”\n\n"
            "After the hearing, the former treasurer’s son, Arvind Subramaniam, posted on Facebook "
            "that the family would repay “every last dollar, however long it takes.”"
        ),
        "quotes": [
            (
                "betrayed people who trusted me with their prayers.",
                "Ramesh Subramaniam",
                True,
                "P1",
            ),
            ("not your line of credit.", "Catherine Oduya-Marsh", True, None),
            (
                "We forgive him as people. We cannot forgive him as trustees,",
                "Lakshmi Venkataraman",
                False,
                None,
            ),
            ("luxury cars and losing bets.", None, True, "P2"),
            ("every last dollar, however long it takes.", "Arvind Subramaniam", True, "P3"),
        ],
        "posts": [
            ("P1", "Ramesh Subramaniam", None),
            ("P2", None, "press release"),
            ("P3", "Arvind Subramaniam", "Facebook"),
        ],
        "people": [
            "Ramesh Subramaniam",
            "Catherine Oduya-Marsh",
            "Lakshmi Venkataraman",
            "Arvind Subramaniam",
        ],
    },
    {
        "name": "marathon-title-stripped-release-instagram-radio-x-replies",
        "text": (
            "The Ethiopian runner Tigist Alemayehu was stripped of her Valencia Marathon title on "
            "Tuesday after a sample she gave in December showed traces of a banned blood booster. "
            "The Athletics Integrity Unit announced the ruling in a press release, calling the "
            "evidence “unambiguous.”\n\n"
            "Alemayehu, 27, denied cheating on Instagram. “I have never taken anything. Not once, "
            "not ever,” the runner wrote. “I will appeal this with everything I have.”\n\n"
            "Her husband and coach, Dawit Tesfaye, suggested on the BBC World Service programme "
            "Sportsworld that the sample had been mishandled. “The seal on the kit was broken. We "
            "said so on the day,” the coach told the show.\n\n"
            "The runner-up in Valencia, Janeth Chelimo of Kenya, who will now be awarded the "
            "title, posted on X that she took “no joy” in the decision. “Nobody wins like this,” "
            "she wrote. Under her post, the Spanish marathoner Javier Olazábal wrote: “Class, as "
            "always.”"
        ),
        "quotes": [
            ("unambiguous.", None, True, "P1"),
            (
                "I have never taken anything. Not once, not ever,",
                "Tigist Alemayehu",
                False,
                "P2",
            ),
            ("I will appeal this with everything I have.", "Tigist Alemayehu", False, "P2"),
            (
                "The seal on the kit was broken. We said so on the day,",
                "Dawit Tesfaye",
                False,
                "P3",
            ),
            ("no joy", "Janeth Chelimo", True, "P4"),
            ("Nobody wins like this,", "Janeth Chelimo", False, "P4"),
            ("Class, as always.", "Javier Olazábal", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tigist Alemayehu", "Instagram"),
            ("P3", "Dawit Tesfaye", "Sportsworld"),
            ("P4", "Janeth Chelimo", "X"),
        ],
        "people": ["Tigist Alemayehu", "Dawit Tesfaye", "Janeth Chelimo", "Javier Olazábal"],
    },
    {
        "name": "short-seller-report-bank-release-investor-call-linkedin",
        "text": (
            "Shares of the Brazilian digital bank Banco Aurora fell 22 percent in New York on "
            "Thursday after the short seller Kestrel Point Research published a report accusing "
            "it of hiding bad loans. “Aurora’s growth is a story told by its own spreadsheets,” "
            "the report said.\n\n"
            "Kestrel’s founder, Ines Carvalho-Whitfield, repeated the claim in an interview on "
            "Bloomberg Television, saying the bank’s reported default rate was “fiction, politely "
            "formatted.”\n\n"
            "Banco Aurora called the report “false and reckless” in a news release and said it "
            "would consider legal action. On a hastily arranged call with investors, its chief "
            "executive, Rodrigo Bittencourt, insisted the bank had “nothing to hide and a great "
            "deal to lose by hiding it.”\n\n"
            "Some were unpersuaded. “When a bank has to tell you it isn’t lying, you start "
            "counting exits,” a fund manager in São Paulo, Akua Mensah-Boateng, wrote on "
            "LinkedIn."
        ),
        "quotes": [
            ("Aurora’s growth is a story told by its own spreadsheets,", None, False, "P1"),
            ("fiction, politely formatted.", "Ines Carvalho-Whitfield", True, "P2"),
            ("false and reckless", None, True, "P3"),
            (
                "nothing to hide and a great deal to lose by hiding it.",
                "Rodrigo Bittencourt",
                True,
                None,
            ),
            (
                "When a bank has to tell you it isn’t lying, you start counting exits,",
                "Akua Mensah-Boateng",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ines Carvalho-Whitfield", "Bloomberg Television"),
            ("P3", None, "press release"),
            ("P4", "Akua Mensah-Boateng", "LinkedIn"),
        ],
        "people": ["Ines Carvalho-Whitfield", "Rodrigo Bittencourt", "Akua Mensah-Boateng"],
    },
    {
        "name": "monks-ordain-trees-facebook-live-bangkok-post-x-reply",
        "text": (
            "Buddhist monks in Thailand’s Nan province wrapped saffron robes around 300 old-growth "
            "trees on Saturday, “ordaining” them in the hope that loggers will not cut down what "
            "villagers now regard as sacred.\n\n"
            "The ceremony was led by Phra Somchai Kittipanyo, the abbot of a forest monastery near "
            "the Lao border, who streamed it live on Facebook. “A tree that wears the robe is a "
            "tree that belongs to everyone,” he told villagers during the broadcast.\n\n"
            "A provincial forestry official, Anong Srisuk, told the Bangkok Post that illegal "
            "felling in the district had fallen by half since the monks began the practice in "
            "2019.\n\n"
            "Not everyone is convinced. Writing on X, the environmental economist Chayanin Boonmee "
            "said the ceremonies were “beautiful, and no substitute for enforcement.” Replying to "
            "her, a forestry student, Pim Rattanakosin, wrote: “Enforcement came after the robes, "
            "not before.”\n\n"
            "The abbot was unmoved by the debate. “The trees are not arguing,” he said."
        ),
        "quotes": [
            (
                "A tree that wears the robe is a tree that belongs to everyone,",
                "Somchai Kittipanyo",
                False,
                "P1",
            ),
            ("beautiful, and no substitute for enforcement.", "Chayanin Boonmee", True, "P3"),
            ("Enforcement came after the robes, not before.", "Pim Rattanakosin", False, "P3"),
            ("The trees are not arguing,", "Somchai Kittipanyo", False, None),
        ],
        "posts": [
            ("P1", "Somchai Kittipanyo", "Facebook"),
            ("P2", "Anong Srisuk", "Bangkok Post"),
            ("P3", "Chayanin Boonmee", "X"),
        ],
        "people": ["Somchai Kittipanyo", "Anong Srisuk", "Chayanin Boonmee", "Pim Rattanakosin"],
    },
    {
        "name": "museum-repatriation-instagram-statement-letter-podcast",
        "text": (
            "The Harwick Museum in Leeds will return 42 carved objects to Ngāti Rangiora, a Māori "
            "iwi in New Zealand, its trustees said on Wednesday, ending a campaign that began in "
            "1988.\n\n"
            "“They were never ours to keep,” the museum’s director, Dr. Annelies de Groot, wrote "
            "on Instagram beside a photograph of an empty display case.\n\n"
            "The iwi’s chair, Hemi Te Rangi-Walker, called the decision “long overdue and deeply "
            "welcome” in a statement, adding that a delegation would travel to Leeds in the "
            "spring.\n\n"
            "Not all of the museum’s supporters agreed. In a letter to the Yorkshire Post, a "
            "former trustee, Geoffrey Ashworth, complained that the museum was “emptying itself "
            "one case at a time.”\n\n"
            "De Groot answered the criticism on the BBC podcast The Museum Hour. “A museum that "
            "cannot give anything back is a warehouse,” she said.\n\n"
            "Under her Instagram post, the Leeds-born sculptor Priya Raman-Holt left a comment: "
            "“Brave and right. Other museums should be embarrassed.”"
        ),
        "quotes": [
            ("They were never ours to keep,", "Annelies de Groot", False, "P1"),
            ("long overdue and deeply welcome", "Hemi Te Rangi-Walker", True, "P2"),
            ("emptying itself one case at a time.", "Geoffrey Ashworth", True, "P3"),
            (
                "A museum that cannot give anything back is a warehouse,",
                "Annelies de Groot",
                False,
                "P4",
            ),
            (
                "Brave and right. Other museums should be embarrassed.",
                "Priya Raman-Holt",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Annelies de Groot", "Instagram"),
            ("P2", "Hemi Te Rangi-Walker", None),
            ("P3", "Geoffrey Ashworth", "Yorkshire Post"),
            ("P4", "Annelies de Groot", "The Museum Hour"),
        ],
        "people": [
            "Annelies de Groot",
            "Hemi Te Rangi-Walker",
            "Geoffrey Ashworth",
            "Priya Raman-Holt",
        ],
    },
    {
        "name": "lithium-petition-tiktok-diario-financiero-medium-essay",
        "text": (
            "Indigenous communities in Chile’s Atacama salt flat have asked a court in Antofagasta "
            "to halt a lithium expansion by the mining company Salmuera Andina, arguing that it "
            "will drain the wetlands their herds depend on. “The water under this desert is older "
            "than the Republic,” their petition says.\n\n"
            "The president of a council of Likan Antai communities, Sergio Cruz Liquitay, posted a "
            "video on TikTok from the edge of a dried lagoon. “My grandfather watered llamas here. "
            "Look at it now,” he says in the clip.\n\n"
            "Salmuera Andina’s chief executive, Verónica Sáez Montt, told the financial daily "
            "Diario Financiero that the company used “less water than a single golf course in "
            "Santiago.” Its shares fell 4 percent on Monday.\n\n"
            "The hydrologist Kwame Osei-Tutu, who has studied the basin for a decade, argued in an "
            "essay on Medium that both sides were “arguing about the wrong number.” “The question "
            "is not how much water is pumped, but how fast the aquifer refills,” he wrote. "
            "“Nobody has measured that properly.”"
        ),
        "quotes": [
            ("The water under this desert is older than the Republic,", None, False, "P1"),
            (
                "My grandfather watered llamas here. Look at it now,",
                "Sergio Cruz Liquitay",
                False,
                "P2",
            ),
            (
                "less water than a single golf course in Santiago.",
                "Verónica Sáez Montt",
                True,
                "P3",
            ),
            ("arguing about the wrong number.", "Kwame Osei-Tutu", True, "P4"),
            (
                "The question is not how much water is pumped, but how fast the aquifer refills,",
                "Kwame Osei-Tutu",
                False,
                "P4",
            ),
            ("Nobody has measured that properly.", "Kwame Osei-Tutu", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sergio Cruz Liquitay", "TikTok"),
            ("P3", "Verónica Sáez Montt", "Diario Financiero"),
            ("P4", "Kwame Osei-Tutu", "Medium"),
        ],
        "people": ["Sergio Cruz Liquitay", "Verónica Sáez Montt", "Kwame Osei-Tutu"],
    },
]
