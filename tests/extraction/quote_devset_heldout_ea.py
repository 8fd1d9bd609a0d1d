"""The one-hundred-and-twenty-fifth self-made dev set, held out (EA): its first run is an unseen estimate.

Written with set DZ, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or news release is a post with platform "press
release"; a news conference, briefing, investor call, rally, speech, hearing,
court hearing, town hall or "told reporters" is not a post; a comment under a
post belongs to it, a post "of her own" is a new one; a later fragment or quote
is linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and a company's release, statement or lawsuit has
author None even when it quotes a named executive; titles, nicknames and scare
quotes in marks are not quotes; speakers are the fullest form of the name used
in the text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without quoted words is still listed.
- An organisation that only "announced" something, with no statement, release
  or other medium named, has made no post; nor has a ministry that "said it did
  not comment".
- People lists every named person, in order of first mention, including those
  who never speak (a dead painter whose work is sold, a follower whose comment is
  only described, a podcast host); names inside the names of restaurants, shows
  or companies (Bistro Nakamura) are not mentions, and a pseudonym written
  without marks (the street artist known as Ghostwalk) is not a separate person.
- Honorifics and titles are not part of a canonical name: Prince, Sir,
  Councillor, Judge, Chef.
- A critic's review in a named newspaper or magazine is an essay by the critic
  on that platform, separate from an interview the same magazine ran.
- A letter posted on Instagram, and a story on Instagram, are Instagram posts;
  reposting that letter "on her own Instagram with a single line" is a new
  Instagram post whose line is a whole quote (not partial).
- A TikTok video "captioned" with words, and a photo on X "with the caption",
  give a whole quote (not partial); a caption introduced by "he wrote in the
  caption" is likewise whole.
- A show named in marks (“Morning Table”) is not a quote; an appearance on it is
  an interview whose platform is the show's name without marks. When both the
  network and the show are named (BBC Radio 4's Woman's Hour, NPR's All Things
  Considered, CBS Sunday Morning as written), the platform is the show as
  written, keeping the curly apostrophe.
- A divorce petition or a civil complaint filed by a named person is that
  person's post with no platform; a phrase quoted from it (“irreconcilable
  differences”) is a partial quote spoken by the filer.
- A statement released by an unnamed representative on a celebrity's behalf has
  author None and its words speak as None; a statement by a named publicist or
  producer is that person's post.
- A regulator's written ruling (the Advertising Standards Authority) is a post
  with author None and no platform, and its words speak as None.
- A note written by someone and read aloud by another at a ceremony is the
  writer's post with no platform, and the writer is the speaker.
- An email to a named newspaper ("in an email to the Chicago Tribune") is like
  telling that newspaper: platform the newspaper. A chief executive's email to
  staff that was "later shared with" an outlet keeps platform None.
- A live broadcast on YouTube is a YouTube post.
- A single word quoted from a statement or post (“heartbroken”, “bewildered”) is
  a partial quote, not a scare quote.
- A magazine's own cover story, reported without quoted words, is a post with
  author None and the magazine as platform; its headline in marks is a title,
  not a quote.
- A joint letter signed by several named people has author None, and its words
  speak as None.
- A memoir is its author's post with no platform (its title in marks is not a
  quote); an excerpt of it run in a named magazine is a new post on that
  platform by the author.
- Words said at a festival panel, a ceremony, backstage to reporters, at a
  premiere, at a book signing, to a photographer or in a queue outside a stall
  are not posts.
- A song title quoted in single marks inside a quote (‘Paper Moons’) and a name
  inside a quote (Auntie Lim) stay part of the quote's text.
- Two people sharing a surname: the bare surname refers to the one already named
  when it is used; "the elder Nakamura" is the father.
- Name order as written is kept for Chinese, Korean and Malaysian Chinese names
  (Leung Wai-man, Kang Ji-woo, Lim Ah Choo); Spanish double surnames and Irish
  multi-word surnames are part of the canonical name (Rodrigo Saavedra Pinto,
  Siobhán Mac Giolla Phádraig).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EA: list[dict] = [
    {
        "name": "instagram-chef-closure-podcast-festival-panel",
        "text": (
            "Chef Adaeze Okonkwo-Reyes said on Instagram on Sunday that she would "
            "close Ember & Yam, her two-Michelin-star restaurant in Lisbon, at the "
            "end of the year. “Twelve years, one kitchen, and more love than I knew "
            "what to do with,” she wrote beneath a photo of her brigade.\n\n"
            "Her longtime sous-chef, Rui Carvalho, commented under the post: “You "
            "taught all of us to cook with our whole chest.”\n\n"
            "Okonkwo-Reyes explained the decision on the podcast The Pass, hosted by "
            "the food writer Imogen Hartley-Vance. “The rent tripled. It is not more "
            "romantic than that,” she told Hartley-Vance, adding that she hoped to "
            "open “something smaller, with twenty seats and no tasting menu.”\n\n"
            "The company that owns the building, Alfama Holdings, said in a statement "
            "that it had “offered a fair renewal.” At a panel at the Lisbon Food "
            "Festival on Monday, Okonkwo-Reyes declined to respond directly. “I have "
            "said what I wanted to say,” the chef told the audience."
        ),
        "quotes": [
            (
                "Twelve years, one kitchen, and more love than I knew what to do with,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "You taught all of us to cook with our whole chest.",
                "Rui Carvalho",
                False,
                "P1",
            ),
            (
                "The rent tripled. It is not more romantic than that,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P2",
            ),
            (
                "something smaller, with twenty seats and no tasting menu.",
                "Adaeze Okonkwo-Reyes",
                True,
                "P2",
            ),
            (
                "offered a fair renewal.",
                None,
                True,
                "P3",
            ),
            (
                "I have said what I wanted to say,",
                "Adaeze Okonkwo-Reyes",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "Instagram"),
            ("P2", "Adaeze Okonkwo-Reyes", "The Pass"),
            ("P3", None, None),
        ],
        "people": [
            "Adaeze Okonkwo-Reyes",
            "Rui Carvalho",
            "Imogen Hartley-Vance",
        ],
    },
    {
        "name": "x-album-release-review-tiktok-comment",
        "text": (
            "The singer Lior Ben-Ami released her third album, “Glass Orchard,” at "
            "midnight on Friday, and by morning its lead single, “Paper Moons,” had "
            "topped streaming charts in eleven countries.\n\n"
            "Ben-Ami thanked fans on X. “I made this in my kitchen at 3 a.m. for two "
            "years. Thank you for listening to my kitchen,” she posted.\n\n"
            "In an interview with Rolling Stone published the same day, she described "
            "the record as “a breakup album where nobody breaks up.” The magazine’s "
            "own critic, Dov Feldman, was less charmed in his review, calling the "
            "production “polite to a fault.”\n\n"
            "The producer Kwame Asante-Boateng, who worked on six of its twelve "
            "tracks, posted a studio clip on TikTok. “She rewrote the bridge of "
            "‘Paper Moons’ forty times. Forty,” he said in the video.\n\n"
            "Her former bandmate Ana Sofía Ibarra left a comment beneath it: “Can "
            "confirm. I was there for thirty of them.”"
        ),
        "quotes": [
            (
                (
                    "I made this in my kitchen at 3 a.m. for two years. Thank you for "
                    "listening to my kitchen,"
                ),
                "Lior Ben-Ami",
                False,
                "P1",
            ),
            (
                "a breakup album where nobody breaks up.",
                "Lior Ben-Ami",
                True,
                "P2",
            ),
            (
                "polite to a fault.",
                "Dov Feldman",
                True,
                "P3",
            ),
            (
                "She rewrote the bridge of ‘Paper Moons’ forty times. Forty,",
                "Kwame Asante-Boateng",
                False,
                "P4",
            ),
            (
                "Can confirm. I was there for thirty of them.",
                "Ana Sofía Ibarra",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Lior Ben-Ami", "X"),
            ("P2", "Lior Ben-Ami", "Rolling Stone"),
            ("P3", "Dov Feldman", "Rolling Stone"),
            ("P4", "Kwame Asante-Boateng", "TikTok"),
        ],
        "people": [
            "Lior Ben-Ami",
            "Dov Feldman",
            "Kwame Asante-Boateng",
            "Ana Sofía Ibarra",
        ],
    },
    {
        "name": "fashion-house-release-instagram-letter-backstage",
        "text": (
            "The fashion house Maison Verlaine confirmed on Wednesday that its "
            "creative director, Takumi Hoshino, would leave after five seasons. In a "
            "press release, the company thanked him for “a bold and singular chapter” "
            "and said a successor would be named in the spring.\n\n"
            "Hoshino gave his own account in a letter posted on his Instagram "
            "account. “I was asked to make the clothes quieter. I do not know how to "
            "do that,” he wrote.\n\n"
            "The model Nadia El-Amrani, who closed three of his shows, reposted the "
            "letter on her own Instagram with a single line: “The only designer who "
            "ever asked my opinion.”\n\n"
            "Speaking to reporters backstage at a Paris show on Thursday, the house’s "
            "chief executive, Béatrice Lemaire-Dufour, disputed his version. “No one "
            "asked Takumi to whisper,” she said. “We asked him to sell.”\n\n"
            "Hoshino, nicknamed “the Quiet Storm” by the trade press, has not said "
            "where he will go next. He told the newspaper Le Monde only that he "
            "planned to “sleep for a month.”"
        ),
        "quotes": [
            (
                "a bold and singular chapter",
                None,
                True,
                "P1",
            ),
            (
                ("I was asked to make the clothes quieter. I do not know how to do that,"),
                "Takumi Hoshino",
                False,
                "P2",
            ),
            (
                "The only designer who ever asked my opinion.",
                "Nadia El-Amrani",
                False,
                "P3",
            ),
            (
                "No one asked Takumi to whisper,",
                "Béatrice Lemaire-Dufour",
                False,
                None,
            ),
            (
                "We asked him to sell.",
                "Béatrice Lemaire-Dufour",
                False,
                None,
            ),
            (
                "sleep for a month.",
                "Takumi Hoshino",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Takumi Hoshino", "Instagram"),
            ("P3", "Nadia El-Amrani", "Instagram"),
            ("P4", "Takumi Hoshino", "Le Monde"),
        ],
        "people": [
            "Takumi Hoshino",
            "Nadia El-Amrani",
            "Béatrice Lemaire-Dufour",
        ],
    },
    {
        "name": "museum-restitution-facebook-trustee-letter-linkedin",
        "text": (
            "A bronze head taken from Benin City in 1897 will return to Nigeria next "
            "month, the Hallam Museum in Sheffield announced on Tuesday.\n\n"
            "The museum’s director, Gwendolyn Ashworth, called the decision “long "
            "overdue” at a news conference. “We held something that was never ours to "
            "hold,” she said.\n\n"
            "Prince Ademola Ewuare, who led the request on behalf of the royal court, "
            "welcomed the news in a Facebook post. “Our grandfathers’ grandfathers "
            "made this. Now our grandchildren will see it,” he wrote. More than four "
            "thousand people shared the post, and one of them, the Lagos gallerist "
            "Funmilayo Okafor, added beneath it: “Next, the other ninety-nine.”\n\n"
            "Not everyone agreed. A trustee, Sir Malcolm Pryde, resigned in a letter "
            "to the board, seen by The Guardian, that described the return as “a "
            "policy made in a press office.”\n\n"
            "Ashworth answered him on LinkedIn the next day. “Trustees are free to "
            "leave. Objects are not,” she wrote."
        ),
        "quotes": [
            (
                "long overdue",
                "Gwendolyn Ashworth",
                True,
                None,
            ),
            (
                "We held something that was never ours to hold,",
                "Gwendolyn Ashworth",
                False,
                None,
            ),
            (
                ("Our grandfathers’ grandfathers made this. Now our grandchildren will see it,"),
                "Ademola Ewuare",
                False,
                "P1",
            ),
            (
                "Next, the other ninety-nine.",
                "Funmilayo Okafor",
                False,
                "P1",
            ),
            (
                "a policy made in a press office.",
                "Malcolm Pryde",
                True,
                "P2",
            ),
            (
                "Trustees are free to leave. Objects are not,",
                "Gwendolyn Ashworth",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ademola Ewuare", "Facebook"),
            ("P2", "Malcolm Pryde", None),
            ("P3", "Gwendolyn Ashworth", "LinkedIn"),
        ],
        "people": [
            "Gwendolyn Ashworth",
            "Ademola Ewuare",
            "Funmilayo Okafor",
            "Malcolm Pryde",
        ],
    },
    {
        "name": "celebrity-divorce-filing-rep-statement-tiktok-caption",
        "text": (
            "The actor Dário Mendonça and the singer Priya Raghunathan are divorcing "
            "after nine years of marriage, according to a petition filed in Los "
            "Angeles Superior Court on Monday.\n\n"
            "In the petition, Mendonça cited “irreconcilable differences” and asked "
            "for joint custody of the couple’s two children.\n\n"
            "A representative for Raghunathan released a statement hours later: "
            "“Priya asks for privacy for her children at this time. She wishes Dário "
            "nothing but peace.”\n\n"
            "The couple had appeared together only last month on the talk show "
            "“Morning Table,” where Mendonça joked that the secret to a long marriage "
            "was “separate bathrooms and one shared calendar.”\n\n"
            "Raghunathan broke her silence on Thursday with a TikTok video of herself "
            "at the piano, captioned “new chapter, same songs.” Fans flooded the "
            "comments. One of the most liked came from her sister, the chef Kavitha "
            "Raghunathan: “Proud of you, akka. Now come eat.”"
        ),
        "quotes": [
            (
                "irreconcilable differences",
                "Dário Mendonça",
                True,
                "P1",
            ),
            (
                (
                    "Priya asks for privacy for her children at this time. She wishes "
                    "Dário nothing but peace."
                ),
                None,
                False,
                "P2",
            ),
            (
                "separate bathrooms and one shared calendar.",
                "Dário Mendonça",
                True,
                "P3",
            ),
            (
                "new chapter, same songs.",
                "Priya Raghunathan",
                False,
                "P4",
            ),
            (
                "Proud of you, akka. Now come eat.",
                "Kavitha Raghunathan",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Dário Mendonça", None),
            ("P2", None, None),
            ("P3", "Dário Mendonça", "Morning Table"),
            ("P4", "Priya Raghunathan", "TikTok"),
        ],
        "people": [
            "Dário Mendonça",
            "Priya Raghunathan",
            "Kavitha Raghunathan",
        ],
    },
    {
        "name": "substack-recipe-copying-youtube-reddit-publisher",
        "text": (
            "The cookbook author Mei-Ling Zhao accused a popular YouTube cook of "
            "copying her recipe for scallion milk bread, in an essay on her Substack "
            "newsletter on Saturday.\n\n"
            "“I don’t own scallions. I don’t own bread. But I do own the eleven "
            "paragraphs he read aloud almost word for word,” Zhao wrote.\n\n"
            "The cook, Brandon Whitlock, whose channel “Whisk Away” has 2.3 million "
            "subscribers, responded in a YouTube video on Sunday. He said he had "
            "“never opened her book” and that any similarities came from “a shared "
            "tradition, not a shared document.”\n\n"
            "A thread comparing the two texts line by line reached the top of "
            "Reddit’s cooking forum within a day. “Paragraph four is identical down "
            "to the typo,” its anonymous author wrote.\n\n"
            "Zhao’s publisher, Larkspur Press, said in a statement that it was "
            "“reviewing its options.” Whitlock’s video has since been set to private, "
            "and his sponsor, a kitchenware brand, has paused its campaign with him."
        ),
        "quotes": [
            (
                (
                    "I don’t own scallions. I don’t own bread. But I do own the "
                    "eleven paragraphs he read aloud almost word for word,"
                ),
                "Mei-Ling Zhao",
                False,
                "P1",
            ),
            (
                "never opened her book",
                "Brandon Whitlock",
                True,
                "P2",
            ),
            (
                "a shared tradition, not a shared document.",
                "Brandon Whitlock",
                True,
                "P2",
            ),
            (
                "Paragraph four is identical down to the typo,",
                None,
                False,
                "P3",
            ),
            (
                "reviewing its options.",
                None,
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Mei-Ling Zhao", "Substack"),
            ("P2", "Brandon Whitlock", "YouTube"),
            ("P3", None, "Reddit"),
            ("P4", None, None),
        ],
        "people": [
            "Mei-Ling Zhao",
            "Brandon Whitlock",
        ],
    },
    {
        "name": "radio-presenter-exit-threads-reply-premiere",
        "text": (
            "The broadcaster Siobhán Mac Giolla Phádraig has stepped down as "
            "presenter of the BBC baking contest “Rise & Shine” after eight series, "
            "she told BBC Radio 4’s Woman’s Hour on Tuesday.\n\n"
            "“I have eaten more sponge than any woman alive, and I would like to stop "
            "now,” she said, laughing. Asked whether she had been pushed, she said "
            "the decision was “entirely, boringly mine.”\n\n"
            "Her co-presenter, Oluwaseun Banjo, posted a photo of the two of them on "
            "Threads. “Eight years of her finishing my sentences, usually better than "
            "I would have,” he wrote. Mac Giolla Phádraig replied under it: “Someone "
            "had to.”\n\n"
            "The BBC said in a statement that it would announce her replacement “in "
            "due course.” Tabloids have already floated the comedian Harriet Quaye, "
            "who was asked about it at a film premiere in London on Wednesday. “I "
            "can’t bake and I can’t lie, so no comment,” Quaye told reporters."
        ),
        "quotes": [
            (
                ("I have eaten more sponge than any woman alive, and I would like to stop now,"),
                "Siobhán Mac Giolla Phádraig",
                False,
                "P1",
            ),
            (
                "entirely, boringly mine.",
                "Siobhán Mac Giolla Phádraig",
                True,
                "P1",
            ),
            (
                ("Eight years of her finishing my sentences, usually better than I would have,"),
                "Oluwaseun Banjo",
                False,
                "P2",
            ),
            (
                "Someone had to.",
                "Siobhán Mac Giolla Phádraig",
                False,
                "P2",
            ),
            (
                "in due course.",
                None,
                True,
                "P3",
            ),
            (
                "I can’t bake and I can’t lie, so no comment,",
                "Harriet Quaye",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Siobhán Mac Giolla Phádraig", "Woman’s Hour"),
            ("P2", "Oluwaseun Banjo", "Threads"),
            ("P3", None, None),
        ],
        "people": [
            "Siobhán Mac Giolla Phádraig",
            "Oluwaseun Banjo",
            "Harriet Quaye",
        ],
    },
    {
        "name": "mural-painted-over-instagram-council-hearing-op-ed",
        "text": (
            "A mural by the street artist known as Ghostwalk was painted over by city "
            "workers in Valparaíso on Monday, two days after it appeared on the side "
            "of a fish market.\n\n"
            "The artist, whose real name is Camila Huenchumán, posted "
            "before-and-after photos on Instagram. “They had grey paint ready faster "
            "than they ever had a permit ready,” she wrote.\n\n"
            "At a council hearing on Wednesday, the city’s culture officer, Rodrigo "
            "Saavedra Pinto, said the work had been removed because it covered a "
            "protected façade. “This was about the building, not about the art,” he "
            "said. Councillor Isidora Mardones called the removal “vandalism with a "
            "municipal badge.”\n\n"
            "In an op-ed for the newspaper El Mercurio de Valparaíso, the art "
            "historian Tomás Errázuriz argued that “the city cannot sell itself as an "
            "open-air gallery and then arrest the painters.”\n\n"
            "Huenchumán said on X on Thursday that she would paint the mural again, "
            "“somewhere they cannot reach.”"
        ),
        "quotes": [
            (
                "They had grey paint ready faster than they ever had a permit ready,",
                "Camila Huenchumán",
                False,
                "P1",
            ),
            (
                "This was about the building, not about the art,",
                "Rodrigo Saavedra Pinto",
                False,
                None,
            ),
            (
                "vandalism with a municipal badge.",
                "Isidora Mardones",
                True,
                None,
            ),
            (
                (
                    "the city cannot sell itself as an open-air gallery and then "
                    "arrest the painters."
                ),
                "Tomás Errázuriz",
                True,
                "P2",
            ),
            (
                "somewhere they cannot reach.",
                "Camila Huenchumán",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Camila Huenchumán", "Instagram"),
            ("P2", "Tomás Errázuriz", "El Mercurio de Valparaíso"),
            ("P3", "Camila Huenchumán", "X"),
        ],
        "people": [
            "Camila Huenchumán",
            "Rodrigo Saavedra Pinto",
            "Isidora Mardones",
            "Tomás Errázuriz",
        ],
    },
    {
        "name": "critic-one-star-review-chef-instagram-bluesky-reply",
        "text": (
            "The restaurant critic Eleanor Whitcombe gave Bistro Nakamura one star "
            "out of five in The Sunday Chronicle this weekend, describing its "
            "signature miso cod as “a fish that died for nothing.”\n\n"
            "The chef-owner, Kenji Nakamura, answered on Instagram within hours. "
            "“Eleanor ate here for forty minutes. My cod marinates for seventy-two "
            "hours,” he wrote, alongside a photo of the dish.\n\n"
            "His daughter and pastry chef, Aiko Nakamura, was gentler in a post on "
            "Facebook, inviting the critic back “for dessert, at least.”\n\n"
            "Whitcombe did not back down. “I review the plate in front of me, not the "
            "hours behind it,” she posted on Bluesky on Monday. The food writer "
            "Jabari Okoth-Wells replied that it was “the most critic sentence ever "
            "written.”\n\n"
            "Bookings at the restaurant have tripled since Sunday, the elder Nakamura "
            "told reporters outside the kitchen door on Tuesday. “Maybe I should "
            "thank her,” he said."
        ),
        "quotes": [
            (
                "a fish that died for nothing.",
                "Eleanor Whitcombe",
                True,
                "P1",
            ),
            (
                ("Eleanor ate here for forty minutes. My cod marinates for seventy-two hours,"),
                "Kenji Nakamura",
                False,
                "P2",
            ),
            (
                "for dessert, at least.",
                "Aiko Nakamura",
                True,
                "P3",
            ),
            (
                "I review the plate in front of me, not the hours behind it,",
                "Eleanor Whitcombe",
                False,
                "P4",
            ),
            (
                "the most critic sentence ever written.",
                "Jabari Okoth-Wells",
                True,
                "P4",
            ),
            (
                "Maybe I should thank her,",
                "Kenji Nakamura",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Eleanor Whitcombe", "The Sunday Chronicle"),
            ("P2", "Kenji Nakamura", "Instagram"),
            ("P3", "Aiko Nakamura", "Facebook"),
            ("P4", "Eleanor Whitcombe", "Bluesky"),
        ],
        "people": [
            "Eleanor Whitcombe",
            "Kenji Nakamura",
            "Aiko Nakamura",
            "Jabari Okoth-Wells",
        ],
    },
    {
        "name": "influencer-tiktok-undisclosed-ad-ruling-linkedin",
        "text": (
            "When the fashion influencer Zainab Hussain-Clarke posted a TikTok video "
            "in March trying on four dresses from the clothing brand Fernhill, she "
            "told her 1.8 million followers that she had “bought every single one of "
            "these with my own money.”\n\n"
            "On Wednesday, Britain’s Advertising Standards Authority ruled that the "
            "video was an undisclosed advert: Fernhill had paid her £12,000. The "
            "video was “obviously an ad to anyone who knew, and to no one who "
            "didn’t,” the authority wrote in its ruling.\n\n"
            "Hussain-Clarke apologised in a story on Instagram. “I got it wrong and I "
            "should have been clearer. That’s on me, not my followers,” she said.\n\n"
            "Fernhill’s founder, Oskar Lindgren, wrote on LinkedIn that the brand had "
            "“relied on the influencer’s agency to handle disclosure.” The agency, "
            "Velvet Rope Talent, did not respond to a request for comment. The video "
            "has been removed, and the authority said the brand must not run it again "
            "in its current form."
        ),
        "quotes": [
            (
                "bought every single one of these with my own money.",
                "Zainab Hussain-Clarke",
                True,
                "P1",
            ),
            (
                "obviously an ad to anyone who knew, and to no one who didn’t,",
                None,
                False,
                "P2",
            ),
            (
                ("I got it wrong and I should have been clearer. That’s on me, not my followers,"),
                "Zainab Hussain-Clarke",
                False,
                "P3",
            ),
            (
                "relied on the influencer’s agency to handle disclosure.",
                "Oskar Lindgren",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Zainab Hussain-Clarke", "TikTok"),
            ("P2", None, None),
            ("P3", "Zainab Hussain-Clarke", "Instagram"),
            ("P4", "Oskar Lindgren", "LinkedIn"),
        ],
        "people": [
            "Zainab Hussain-Clarke",
            "Oskar Lindgren",
        ],
    },
    {
        "name": "film-festival-note-read-aloud-instagram-variety",
        "text": (
            "The Iranian director Shirin Farahani won the Golden Shell at the San "
            "Sebastián Film Festival on Saturday for “The Salt Between Us,” a drama "
            "she shot in secret over three winters.\n\n"
            "Farahani, who has been barred from leaving Iran, could not attend. Her "
            "lead actor, Arash Mokri, read a note from her at the ceremony: “Tell "
            "them the film got out even if I could not.”\n\n"
            "At a news conference earlier in the week, Mokri had described the shoot "
            "as “cinema with the lights off.” “We never had more than nine people on "
            "set,” he said.\n\n"
            "The jury president, the Danish actress Sofie Brandstrup, wrote on "
            "Instagram that the decision had been unanimous. “It was never close,” "
            "she posted.\n\n"
            "In an interview with Variety after the ceremony, the festival’s "
            "director, Iñaki Etxeberria, said he had asked the Iranian authorities to "
            "let Farahani travel. “They did not answer. The film answered for her,” "
            "he told the magazine."
        ),
        "quotes": [
            (
                "Tell them the film got out even if I could not.",
                "Shirin Farahani",
                False,
                "P1",
            ),
            (
                "cinema with the lights off.",
                "Arash Mokri",
                True,
                None,
            ),
            (
                "We never had more than nine people on set,",
                "Arash Mokri",
                False,
                None,
            ),
            (
                "It was never close,",
                "Sofie Brandstrup",
                False,
                "P2",
            ),
            (
                "They did not answer. The film answered for her,",
                "Iñaki Etxeberria",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Shirin Farahani", None),
            ("P2", "Sofie Brandstrup", "Instagram"),
            ("P3", "Iñaki Etxeberria", "Variety"),
        ],
        "people": [
            "Shirin Farahani",
            "Arash Mokri",
            "Sofie Brandstrup",
            "Iñaki Etxeberria",
        ],
    },
    {
        "name": "kpop-hiatus-agency-statement-youtube-live-reddit",
        "text": (
            "Kang Ji-woo, the lead vocalist of the K-pop group NOVA9, will take an "
            "indefinite break from performing, her agency, Starlight Entertainment, "
            "said in a statement on Friday, citing “severe anxiety and exhaustion.”\n\n"
            "Kang addressed fans herself in a live broadcast on YouTube that evening. "
            "“I kept smiling on stage until I forgot what my real face looked like,” "
            "she said, at times in tears. “I’m not quitting. I’m resting.”\n\n"
            "Her bandmate Park Seo-yeon posted a photo of the two of them as trainees "
            "on X with the caption “Take all the time in the world. We will keep your "
            "microphone warm.”\n\n"
            "A hashtag supporting the singer trended worldwide within hours. Not "
            "everyone was sympathetic: a widely shared Reddit thread questioned the "
            "timing of the announcement, which came a week before the group’s world "
            "tour. “Convenient, right before the tour,” its author wrote, drawing "
            "thousands of replies, most of them angry.\n\n"
            "Starlight said the tour would go ahead as planned with four members and "
            "that ticket holders would be offered refunds."
        ),
        "quotes": [
            (
                "severe anxiety and exhaustion.",
                None,
                True,
                "P1",
            ),
            (
                "I kept smiling on stage until I forgot what my real face looked like,",
                "Kang Ji-woo",
                False,
                "P2",
            ),
            (
                "I’m not quitting. I’m resting.",
                "Kang Ji-woo",
                False,
                "P2",
            ),
            (
                "Take all the time in the world. We will keep your microphone warm.",
                "Park Seo-yeon",
                False,
                "P3",
            ),
            (
                "Convenient, right before the tour,",
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kang Ji-woo", "YouTube"),
            ("P3", "Park Seo-yeon", "X"),
            ("P4", None, "Reddit"),
        ],
        "people": [
            "Kang Ji-woo",
            "Park Seo-yeon",
        ],
    },
    {
        "name": "auction-record-release-collector-instagram-la-jornada",
        "text": (
            "A self-portrait by the Mexican painter Remedios Alcántara sold for $31.4 "
            "million at Harwood & Pell in New York on Tuesday, a record for a Latin "
            "American woman artist, the auction house said in a news release.\n\n"
            "The release quoted its head of modern art, Felicity Aung, as calling the "
            "work “the most important painting by a woman to come to market in a "
            "generation.”\n\n"
            "The buyer, the Hong Kong collector Leung Wai-man, confirmed the purchase "
            "on Instagram. “She has been looking at me from catalogues since I was "
            "nineteen. Now she will look at me from my wall,” he wrote.\n\n"
            "The sale drew criticism from the painter’s great-niece, Lucía Alcántara "
            "Robles, who told the Mexican daily La Jornada that the family had never "
            "been consulted. “My great-aunt painted for Mexico. She did not paint for "
            "a vault in Kowloon,” she said.\n\n"
            "Asked about the criticism by reporters after the sale, the auctioneer, "
            "Hugo Marchetti, shrugged. “Paintings travel,” he said."
        ),
        "quotes": [
            (
                ("the most important painting by a woman to come to market in a generation."),
                "Felicity Aung",
                True,
                "P1",
            ),
            (
                (
                    "She has been looking at me from catalogues since I was nineteen. "
                    "Now she will look at me from my wall,"
                ),
                "Leung Wai-man",
                False,
                "P2",
            ),
            (
                ("My great-aunt painted for Mexico. She did not paint for a vault in Kowloon,"),
                "Lucía Alcántara Robles",
                False,
                "P3",
            ),
            (
                "Paintings travel,",
                "Hugo Marchetti",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Leung Wai-man", "Instagram"),
            ("P3", "Lucía Alcántara Robles", "La Jornada"),
        ],
        "people": [
            "Remedios Alcántara",
            "Felicity Aung",
            "Leung Wai-man",
            "Lucía Alcántara Robles",
            "Hugo Marchetti",
        ],
    },
    {
        "name": "line-cook-lawsuit-medium-essay-hearing-instagram",
        "text": (
            "A former line cook at the celebrity chef Marco Bellandi’s flagship "
            "restaurant in Chicago has sued him for unpaid overtime, alleging in a "
            "complaint filed on Monday that staff routinely worked “sixteen-hour days "
            "for twelve hours of pay.”\n\n"
            "The cook, Destiny Okafor-Reid, first described her experience last year "
            "in an essay on Medium titled “Yes, Chef, Until I Couldn’t.” “The kitchen "
            "ran on fear and espresso, and the espresso ran out first,” she wrote.\n\n"
            "Bellandi’s lawyer, Gerald Stroud, called the lawsuit “a shakedown "
            "dressed up as a cause” in an email to the Chicago Tribune.\n\n"
            "At a first hearing on Thursday, Judge Annette Kowalczyk set a trial date "
            "for next spring. “Both sides should expect to produce every timesheet,” "
            "she said from the bench.\n\n"
            "Bellandi, who hosts the television series “Fire & Fork,” posted on "
            "Instagram that he had “always paid every worker what the law requires.” "
            "He did not take questions at a book signing on Friday."
        ),
        "quotes": [
            (
                "sixteen-hour days for twelve hours of pay.",
                "Destiny Okafor-Reid",
                True,
                "P1",
            ),
            (
                "The kitchen ran on fear and espresso, and the espresso ran out first,",
                "Destiny Okafor-Reid",
                False,
                "P2",
            ),
            (
                "a shakedown dressed up as a cause",
                "Gerald Stroud",
                True,
                "P3",
            ),
            (
                "Both sides should expect to produce every timesheet,",
                "Annette Kowalczyk",
                False,
                None,
            ),
            (
                "always paid every worker what the law requires.",
                "Marco Bellandi",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Destiny Okafor-Reid", None),
            ("P2", "Destiny Okafor-Reid", "Medium"),
            ("P3", "Gerald Stroud", "Chicago Tribune"),
            ("P4", "Marco Bellandi", "Instagram"),
        ],
        "people": [
            "Marco Bellandi",
            "Destiny Okafor-Reid",
            "Gerald Stroud",
            "Annette Kowalczyk",
        ],
    },
    {
        "name": "guitarist-visa-tour-cancelled-facebook-npr-share",
        "text": (
            "The Malian guitarist Boubacar Traoré-Diallo has cancelled the rest of "
            "his European tour after his band was denied visas, he announced on "
            "Facebook on Wednesday.\n\n"
            "“Our instruments got visas. Our musicians did not,” he wrote, with a "
            "photo of six empty chairs on a stage in Lyon.\n\n"
            "The Barbican in London, where he was due to play next week, said in a "
            "statement that it was “heartbroken” and would refund all tickets.\n\n"
            "In an interview on NPR’s All Things Considered on Thursday, "
            "Traoré-Diallo said he had applied four months in advance. “We did "
            "everything they asked, in the order they asked,” he said. “Then we "
            "waited, and the dates passed us.”\n\n"
            "Britain’s Home Office said it did not comment on individual cases.\n\n"
            "The singer Oumou Sidibé-Koné, who toured with him in 2019, shared his "
            "post on her own Facebook page. “The music travels anyway. It always "
            "has,” she wrote. One of her followers, Yannick Mbeki, commented beneath "
            "it that he had bought tickets for three cities."
        ),
        "quotes": [
            (
                "Our instruments got visas. Our musicians did not,",
                "Boubacar Traoré-Diallo",
                False,
                "P1",
            ),
            (
                "heartbroken",
                None,
                True,
                "P2",
            ),
            (
                "We did everything they asked, in the order they asked,",
                "Boubacar Traoré-Diallo",
                False,
                "P3",
            ),
            (
                "Then we waited, and the dates passed us.",
                "Boubacar Traoré-Diallo",
                False,
                "P3",
            ),
            (
                "The music travels anyway. It always has,",
                "Oumou Sidibé-Koné",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Boubacar Traoré-Diallo", "Facebook"),
            ("P2", None, None),
            ("P3", "Boubacar Traoré-Diallo", "All Things Considered"),
            ("P4", "Oumou Sidibé-Koné", "Facebook"),
        ],
        "people": [
            "Boubacar Traoré-Diallo",
            "Oumou Sidibé-Koné",
            "Yannick Mbeki",
        ],
    },
    {
        "name": "retailer-polyester-pledge-staff-email-wwd-investor-call",
        "text": (
            "The fast-fashion retailer Loomly will stop selling clothes made with "
            "virgin polyester by 2028, its chief executive, Anjali Deshpande, told "
            "staff in an email on Monday that was later shared with Business of "
            "Fashion.\n\n"
            "“We have been selling the planet by the kilo. That ends,” she wrote in "
            "the email.\n\n"
            "Environmental groups were cautious. Hannah Vos, who leads the campaign "
            "group Threadbare, posted on X that the pledge was “a good sentence with "
            "a long way to go.”\n\n"
            "In an interview with WWD on Tuesday, Deshpande said prices would rise "
            "“by a few euros, not by a few dozen.” She added: “Our customers are "
            "smarter than the industry thinks.”\n\n"
            "The company’s shares fell 4 percent. On an investor call on Wednesday, "
            "the chief financial officer, Matthias Gruber, told analysts the change "
            "would cost about €180 million. “It is expensive. It is also "
            "unavoidable,” he said.\n\n"
            "On Threads, the designer Kofi Mensah-Larbi called the plan “the first "
            "big-box promise I actually believe.”"
        ),
        "quotes": [
            (
                "We have been selling the planet by the kilo. That ends,",
                "Anjali Deshpande",
                False,
                "P1",
            ),
            (
                "a good sentence with a long way to go.",
                "Hannah Vos",
                True,
                "P2",
            ),
            (
                "by a few euros, not by a few dozen.",
                "Anjali Deshpande",
                True,
                "P3",
            ),
            (
                "Our customers are smarter than the industry thinks.",
                "Anjali Deshpande",
                False,
                "P3",
            ),
            (
                "It is expensive. It is also unavoidable,",
                "Matthias Gruber",
                False,
                None,
            ),
            (
                "the first big-box promise I actually believe.",
                "Kofi Mensah-Larbi",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Anjali Deshpande", None),
            ("P2", "Hannah Vos", "X"),
            ("P3", "Anjali Deshpande", "WWD"),
            ("P4", "Kofi Mensah-Larbi", "Threads"),
        ],
        "people": [
            "Anjali Deshpande",
            "Hannah Vos",
            "Matthias Gruber",
            "Kofi Mensah-Larbi",
        ],
    },
    {
        "name": "secret-wedding-denial-magazine-x-reply-radio",
        "text": (
            "The actor Thandiwe Mokoena has denied reports that she secretly married "
            "the footballer Luca Ferraro at Lake Como last weekend.\n\n"
            "The celebrity magazine Hola Semana ran the story on its cover on "
            "Thursday under the headline “Love on the Lake,” citing an unnamed guest "
            "at the ceremony.\n\n"
            "Mokoena responded on X a few hours later. “I was in Johannesburg, at my "
            "mother’s birthday, eating her terrible cake. Nobody got married,” she "
            "posted. Her mother, Nomsa Mokoena, replied under the post: “The cake was "
            "excellent.”\n\n"
            "Ferraro’s publicist, Giada Conti, said in a statement that the pair were "
            "“friends and nothing more” and that his lawyers were examining the "
            "article.\n\n"
            "The magazine stood by its reporting. Its editor, Rafael Quintero, told "
            "the radio show Hoy por Hoy that “our source was in the room, and we have "
            "photographs.”\n\n"
            "Ferraro himself has said nothing. Asked about the reports after training "
            "on Friday, he smiled and told reporters, “Ask Thandiwe.”"
        ),
        "quotes": [
            (
                (
                    "I was in Johannesburg, at my mother’s birthday, eating her "
                    "terrible cake. Nobody got married,"
                ),
                "Thandiwe Mokoena",
                False,
                "P2",
            ),
            (
                "The cake was excellent.",
                "Nomsa Mokoena",
                False,
                "P2",
            ),
            (
                "friends and nothing more",
                "Giada Conti",
                True,
                "P3",
            ),
            (
                "our source was in the room, and we have photographs.",
                "Rafael Quintero",
                True,
                "P4",
            ),
            (
                "Ask Thandiwe.",
                "Luca Ferraro",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Hola Semana"),
            ("P2", "Thandiwe Mokoena", "X"),
            ("P3", "Giada Conti", None),
            ("P4", "Rafael Quintero", "Hoy por Hoy"),
        ],
        "people": [
            "Thandiwe Mokoena",
            "Luca Ferraro",
            "Nomsa Mokoena",
            "Giada Conti",
            "Rafael Quintero",
        ],
    },
    {
        "name": "hawker-stall-michelin-star-the-star-tiktok-ceremony",
        "text": (
            "A hawker stall in Penang that sells a single dish, char kway teow, has "
            "been awarded a Michelin star, the guide announced in a press release on "
            "Tuesday.\n\n"
            "The stall’s owner, Lim Ah Choo, 74, has cooked the noodles over charcoal "
            "on the same corner for fifty-one years. “I don’t know what a star does. "
            "Does it wash woks?” she told The Star newspaper, laughing.\n\n"
            "Her grandson, Darren Lim, posted a TikTok of her reaction to the news, "
            "which has been viewed more than nine million times. “She asked if it "
            "meant she had to raise prices. I said no. She said good,” he wrote in "
            "the caption.\n\n"
            "The guide’s international director, Céline Marchal-Fournier, said at a "
            "ceremony in Kuala Lumpur that the stall proved “that excellence does not "
            "need a tablecloth.”\n\n"
            "Queues on Wednesday stretched around the block. One customer, a retired "
            "teacher named Saraswathy Pillai, said she had waited two hours. “Worth "
            "every minute,” she said. “But tell Auntie Lim to hire help.”"
        ),
        "quotes": [
            (
                "I don’t know what a star does. Does it wash woks?",
                "Lim Ah Choo",
                False,
                "P2",
            ),
            (
                ("She asked if it meant she had to raise prices. I said no. She said good,"),
                "Darren Lim",
                False,
                "P3",
            ),
            (
                "that excellence does not need a tablecloth.",
                "Céline Marchal-Fournier",
                True,
                None,
            ),
            (
                "Worth every minute,",
                "Saraswathy Pillai",
                False,
                None,
            ),
            (
                "But tell Auntie Lim to hire help.",
                "Saraswathy Pillai",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lim Ah Choo", "The Star"),
            ("P3", "Darren Lim", "TikTok"),
        ],
        "people": [
            "Lim Ah Choo",
            "Darren Lim",
            "Céline Marchal-Fournier",
            "Saraswathy Pillai",
        ],
    },
    {
        "name": "west-end-walkout-joint-letter-statement-podcast-union",
        "text": (
            "Three lead actors have quit the West End revival of “The Cherry Orchard” "
            "days before previews, accusing its producers of paying understudies "
            "below the union minimum.\n\n"
            "In a joint letter published on Instagram on Sunday, Femi "
            "Adebayo-Laurent, Greta Halvorsen and Yusuf Kaplan said they could “no "
            "longer stand on a stage built on other people’s unpaid hours.”\n\n"
            "The production’s lead producer, Clive Ashby-Rowe, said in a statement "
            "that all contracts were “fully compliant” and that he was “saddened by "
            "the manner of their departure.”\n\n"
            "Halvorsen went further on the podcast Green Room Gossip on Tuesday. "
            "“Compliant is a word you use when you know it isn’t fair,” she said.\n\n"
            "The actors’ union, Equity, posted on X that it was “supporting members "
            "at the production.” The director, Natasha Verbitskaya, has not commented "
            "publicly, though she was seen leaving rehearsals on Monday. Asked by a "
            "photographer whether the show would still open, she replied: “Of course "
            "it will.”"
        ),
        "quotes": [
            (
                "no longer stand on a stage built on other people’s unpaid hours.",
                None,
                True,
                "P1",
            ),
            (
                "fully compliant",
                "Clive Ashby-Rowe",
                True,
                "P2",
            ),
            (
                "saddened by the manner of their departure.",
                "Clive Ashby-Rowe",
                True,
                "P2",
            ),
            (
                "Compliant is a word you use when you know it isn’t fair,",
                "Greta Halvorsen",
                False,
                "P3",
            ),
            (
                "supporting members at the production.",
                None,
                True,
                "P4",
            ),
            (
                "Of course it will.",
                "Natasha Verbitskaya",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Clive Ashby-Rowe", None),
            ("P3", "Greta Halvorsen", "Green Room Gossip"),
            ("P4", None, "X"),
        ],
        "people": [
            "Femi Adebayo-Laurent",
            "Greta Halvorsen",
            "Yusuf Kaplan",
            "Clive Ashby-Rowe",
            "Natasha Verbitskaya",
        ],
    },
    {
        "name": "memoir-cbs-interview-atlantic-excerpt-facebook-reply",
        "text": (
            "In her new memoir, “Second Takes,” the actress Marguerite Dubois-Kamara "
            "calls her early career “a long audition for a part I never wanted.”\n\n"
            "Dubois-Kamara discussed the book on CBS Sunday Morning this weekend. “I "
            "spent my twenties shrinking and my thirties apologising for it,” she "
            "said. “My forties are for neither.”\n\n"
            "An excerpt ran in The Atlantic last week, in which she describes the "
            "2009 film “Harbour Lights” as “the set where I learned to keep my mouth "
            "shut.”\n\n"
            "Its director, Anders Kjellberg, posted on Facebook on Monday that he was "
            "“bewildered” by the excerpt. “We were a happy set. I have the "
            "photographs,” he wrote.\n\n"
            "Her co-star in the film, Rohan Mehta, replied under that post with two "
            "words: “Were we?”\n\n"
            "Dubois-Kamara declined to respond to Kjellberg when asked about him at a "
            "book signing in Brooklyn on Tuesday, where the line of readers stretched "
            "out of the shop and down the street. “Read the book,” she said, and went "
            "back to signing."
        ),
        "quotes": [
            (
                "a long audition for a part I never wanted.",
                "Marguerite Dubois-Kamara",
                True,
                "P1",
            ),
            (
                "I spent my twenties shrinking and my thirties apologising for it,",
                "Marguerite Dubois-Kamara",
                False,
                "P2",
            ),
            (
                "My forties are for neither.",
                "Marguerite Dubois-Kamara",
                False,
                "P2",
            ),
            (
                "the set where I learned to keep my mouth shut.",
                "Marguerite Dubois-Kamara",
                True,
                "P3",
            ),
            (
                "bewildered",
                "Anders Kjellberg",
                True,
                "P4",
            ),
            (
                "We were a happy set. I have the photographs,",
                "Anders Kjellberg",
                False,
                "P4",
            ),
            (
                "Were we?",
                "Rohan Mehta",
                False,
                "P4",
            ),
            (
                "Read the book,",
                "Marguerite Dubois-Kamara",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Marguerite Dubois-Kamara", None),
            ("P2", "Marguerite Dubois-Kamara", "CBS Sunday Morning"),
            ("P3", "Marguerite Dubois-Kamara", "The Atlantic"),
            ("P4", "Anders Kjellberg", "Facebook"),
        ],
        "people": [
            "Marguerite Dubois-Kamara",
            "Anders Kjellberg",
            "Rohan Mehta",
        ],
    },
]
