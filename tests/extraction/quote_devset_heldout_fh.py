"""The one-hundred-and-fifty-eighth self-made dev set, held out (FH): its first run is an
unseen estimate.

Written with set FI, without reading the extraction rules, and committed before
any rule was run on it. Topic area: arts and books: theatre, publishing, museums,
music and film festivals.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay or
op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (an auction house's press release, a hotel's
  Facebook video) is still listed in posts.
- people lists every named person in order of first mention, including people
  named but never quoted (a cast member, a director who declined to comment, a
  pianist, a granddaughter named only as Killa); organisations, unnamed people
  and dead authors left unnamed are not listed.
- A board's statement on a theatre closure has author None and platform None.
- "She added in the same post" ties the second quote to the first post.
- A publisher's statement that quotes its chief executive "as adding that the
  decision" was not taken lightly: the post has author None, the fragment's
  speaker is the executive, partial, linked to the statement.
- A festival's poster posted on Instagram with a caption, a museum's tour video
  on YouTube and a hotel's video on Facebook are posts with author None; a named
  curator speaking in the museum's video is the speaker of her words, linked to
  that post.
- Interviews take the outlet or show as written: the podcast The Stage Door, the
  BBC's Front Row (Front Row), Austria's Ö1 radio (Ö1), the radio show
  Morgunvaktin, the talk show Layali Casablanca, the state broadcaster TVP (TVP),
  the Lithuanian broadcaster LRT (LRT), the French newspaper Le Monde (Le Monde),
  Variety, The Times, the newspaper Público, and the YouTube interview series
  Backstage Joburg (Backstage Joburg, not YouTube).
- An op-ed in The Herald has platform The Herald.
- A named person's "statement" (the chair of a prize jury, a chief conductor) is
  that person's post with no platform.
- A letter made public by a minister's office is the minister's post with no
  platform; a resignation letter "which she posted on Facebook" is her Facebook
  post.
- An open letter signed by more than 600 artists and curators is a post with
  author None and platform None, and its words speak as None.
- "Asked by the paper" ties a later fragment to that newspaper's interview.
- A fragment reported by musicians who "quoted him as adding" at a meeting is
  partial, spoken by him, and linked to no post.
- "Told the audience" at a festival opening, "told reporters at the entrance" or
  "outside the stage door", and words said accepting an award at a closing
  ceremony are not posts; the story's own interview ("says Rahman-Choudhury, 44")
  is not a post.
- A reply by an unnamed user under a named person's Reddit thread belongs to it
  with speaker None; a fan's reply under a Facebook post, a nephew's comment under
  a TikTok video and a co-director's reply under a Threads post belong to those
  posts.
- Book, play, opera and film titles in marks (“Silt,” “Tosca,” “Harmattan,”)
  are not quotes; a title word used inside a quote stays part of the quote.
  Nicknames (“the Closer”, “the woman with the blue brushes”) and scare quotes
  (“new Lagos school”) are not quotes.
- A quote paragraph with no closing mark followed by a paragraph that opens with
  a mark is one quote per paragraph; the first ends with its paragraph.
- Relatives sharing a surname (Elle-Márjá and Ánte Eira): the bare surname refers
  to the one already named. Names are kept as written, with double and
  multi-part surnames (Rosa Huamán Ccori, Pieter Jansen van Vuuren) and Korean
  and Japanese names in the order written (Seo Ji-hye, Akiko Hayashibara).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FH: list[dict] = [
    {
        "name": "theatre-closure-board-statement-x-minister-reporters",
        "text": (
            "The Harbourside Playhouse in Cork will close its doors in June after 62 years, "
            "its board said in a statement on Wednesday, citing a funding shortfall of "
            "€1.4 million.\n\n"
            "“We have exhausted every avenue, and we are heartbroken,” the statement said.\n\n"
            "The theatre’s artistic director, Siobhán Ó Laoire, wrote on X that the decision "
            "had been taken “with enormous reluctance.” “Every actor in this city has passed "
            "through our stage door,” she added in the same post.\n\n"
            "The culture minister, Declan Furey, told reporters in Dublin that the government "
            "would review the case. “Nobody wants to see the lights go out at the "
            "Harbourside,” the minister said."
        ),
        "quotes": [
            ("We have exhausted every avenue, and we are heartbroken,", None, False, "P1"),
            ("with enormous reluctance.", "Siobhán Ó Laoire", True, "P2"),
            (
                "Every actor in this city has passed through our stage door,",
                "Siobhán Ó Laoire",
                False,
                "P2",
            ),
            (
                "Nobody wants to see the lights go out at the Harbourside,",
                "Declan Furey",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Siobhán Ó Laoire", "X"),
        ],
        "people": ["Siobhán Ó Laoire", "Declan Furey"],
    },
    {
        "name": "tiktok-reader-debut-novel-substack-thanks",
        "text": (
            "Kwame Asante-Boateng was not supposed to sell 200,000 copies. His debut novel, "
            "“The Lantern Keepers,” was turned down by 14 publishers before a small press in "
            "Leeds took it on, and for a year it sold modestly.\n\n"
            "Then a TikTok video by the reader Mei-Ling Tsang, in which she cried through the "
            "last chapter, was viewed nine million times. “I have never been so wrecked by a "
            "book about lighthouses,” she said in the video.\n\n"
            "Asante-Boateng, 38, wrote about the surge in his Substack newsletter on Sunday. "
            "“Somebody I have never met changed my life in ninety seconds,” he wrote. “I still "
            "don’t know how to thank her.”\n\n"
            "His publisher, Fennel & Ash, said it had ordered a sixth printing."
        ),
        "quotes": [
            (
                "I have never been so wrecked by a book about lighthouses,",
                "Mei-Ling Tsang",
                False,
                "P1",
            ),
            (
                "Somebody I have never met changed my life in ninety seconds,",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            ("I still don’t know how to thank her.", "Kwame Asante-Boateng", False, "P2"),
        ],
        "posts": [
            ("P1", "Mei-Ling Tsang", "TikTok"),
            ("P2", "Kwame Asante-Boateng", "Substack"),
        ],
        "people": ["Kwame Asante-Boateng", "Mei-Ling Tsang"],
    },
    {
        "name": "museum-repatriation-release-minister-letter-news-conference",
        "text": (
            "The Van Rossum Museum in Rotterdam will return 23 bronze figures to Nigeria, the "
            "museum announced in a press release on Thursday.\n\n"
            "“These objects were taken by force, and they belong in Benin City,” the release "
            "quoted the museum’s director, Annelies Kuijpers, as saying.\n\n"
            "Nigeria’s culture minister, Babatunde Olatunji-Ayo, welcomed the move in a letter "
            "to the museum that his office made public. “It is a day of healing for our "
            "people,” he wrote.\n\n"
            "At a news conference in Rotterdam, Kuijpers said the first six pieces would "
            "travel in the autumn. “We are not doing anyone a favour,” the 57-year-old said. "
            "“We are correcting a wrong.”"
        ),
        "quotes": [
            (
                "These objects were taken by force, and they belong in Benin City,",
                "Annelies Kuijpers",
                False,
                "P1",
            ),
            ("It is a day of healing for our people,", "Babatunde Olatunji-Ayo", False, "P2"),
            ("We are not doing anyone a favour,", "Annelies Kuijpers", False, None),
            ("We are correcting a wrong.", "Annelies Kuijpers", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Babatunde Olatunji-Ayo", None),
        ],
        "people": ["Annelies Kuijpers", "Babatunde Olatunji-Ayo"],
    },
    {
        "name": "festival-instagram-caption-story-reddit-radio",
        "text": (
            "The Sólstafir Festival in Reykjavík announced its lineup on Instagram on Monday, "
            "posting a poster with the caption “Twelve days, forty bands, one midnight sun.”\n\n"
            "The headliner, the Faroese singer Rannvá Joensen, reposted the poster on her own "
            "Instagram story. “I have waited my whole life for this call,” she wrote.\n\n"
            "Not everyone was pleased. In a Reddit thread, one user counted only three women "
            "among the 40 acts. “It is 2024 and we are still counting on one hand,” the user "
            "wrote.\n\n"
            "The festival’s director, Gunnar Þórðarson, told the radio show Morgunvaktin that "
            "the criticism was fair. “We heard it, and next year will look different,” he said."
        ),
        "quotes": [
            ("Twelve days, forty bands, one midnight sun.", None, False, "P1"),
            ("I have waited my whole life for this call,", "Rannvá Joensen", False, "P2"),
            ("It is 2024 and we are still counting on one hand,", None, False, "P3"),
            (
                "We heard it, and next year will look different,",
                "Gunnar Þórðarson",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Rannvá Joensen", "Instagram"),
            ("P3", None, "Reddit"),
            ("P4", "Gunnar Þórðarson", "Morgunvaktin"),
        ],
        "people": ["Rannvá Joensen", "Gunnar Þórðarson"],
    },
    {
        "name": "film-juror-resigns-linkedin-comment-publico-interview",
        "text": (
            "The Lisbon documentary festival DocLisboa Sul lost a jury member on Friday when "
            "the Chilean editor Valentina Araya Pizarro resigned, saying on LinkedIn that she "
            "had not been told a finalist was produced by the festival’s own sponsor.\n\n"
            "“I cannot judge a competition whose rules I learn from the newspapers,” she "
            "wrote.\n\n"
            "Under her post, the Portuguese director João Miguel Tavares commented: “Thank you "
            "for taking the hit so the rest of us don’t have to.”\n\n"
            "The festival’s president, Inês Carvalho-Mendes, said in an interview with the "
            "newspaper Público that the conflict had been disclosed. “Everything was on the "
            "website, in plain sight,” Carvalho-Mendes said. Asked by the paper whether she "
            "would change the rules, she said the board would “look at everything calmly.”"
        ),
        "quotes": [
            (
                "I cannot judge a competition whose rules I learn from the newspapers,",
                "Valentina Araya Pizarro",
                False,
                "P1",
            ),
            (
                "Thank you for taking the hit so the rest of us don’t have to.",
                "João Miguel Tavares",
                False,
                "P1",
            ),
            (
                "Everything was on the website, in plain sight,",
                "Inês Carvalho-Mendes",
                False,
                "P2",
            ),
            ("look at everything calmly.", "Inês Carvalho-Mendes", True, "P2"),
        ],
        "posts": [
            ("P1", "Valentina Araya Pizarro", "LinkedIn"),
            ("P2", "Inês Carvalho-Mendes", "Público"),
        ],
        "people": ["Valentina Araya Pizarro", "João Miguel Tavares", "Inês Carvalho-Mendes"],
    },
    {
        "name": "west-end-producer-nickname-podcast-front-row",
        "text": (
            "Ravi Chandrasekhar, the producer known in the West End as “the Closer” for "
            "rescuing failing shows, says he has never been as nervous as he is about "
            "“Marigold,” the musical that opens at the Aldwych on Thursday.\n\n"
            "“If this one flops, I will have earned it,” Chandrasekhar said on the podcast The "
            "Stage Door last week. “I picked every song.”\n\n"
            "The show stars Olamide Fashola and the newcomer Hyun-woo Baek, who was working in "
            "a Seoul coffee shop 18 months ago. Baek told the BBC’s Front Row that he still "
            "could not believe it. “Some nights I look at the audience and I think someone is "
            "going to tell me to go home,” he said.\n\n"
            "The show’s director, Camille Azoulay, declined to comment."
        ),
        "quotes": [
            ("If this one flops, I will have earned it,", "Ravi Chandrasekhar", False, "P1"),
            ("I picked every song.", "Ravi Chandrasekhar", False, "P1"),
            (
                "Some nights I look at the audience and I think someone is going to tell me to "
                "go home,",
                "Hyun-woo Baek",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Ravi Chandrasekhar", "The Stage Door"),
            ("P2", "Hyun-woo Baek", "Front Row"),
        ],
        "people": ["Ravi Chandrasekhar", "Olamide Fashola", "Hyun-woo Baek", "Camille Azoulay"],
    },
    {
        "name": "memoir-cancelled-publisher-statement-instagram-staff-email",
        "text": (
            "Halvorsen & Wick has cancelled the memoir of the former chef Dmitri Volkonsky two "
            "weeks before publication, after three former employees accused him of "
            "plagiarising recipes.\n\n"
            "“We no longer have confidence in the accuracy of the book,” the publisher said in "
            "a statement, which quoted its chief executive, Margit Halvorsen, as adding that "
            "the decision “was not taken lightly.”\n\n"
            "Volkonsky answered on Instagram within the hour. “I wrote every word of that "
            "book, and I will find someone brave enough to print it,” he posted.\n\n"
            "In an email to staff seen by this newspaper, the publisher’s editorial director, "
            "Folasade Ogunleye, said the house would review how it checks nonfiction. “We "
            "should have caught this in March,” she wrote."
        ),
        "quotes": [
            ("We no longer have confidence in the accuracy of the book,", None, False, "P1"),
            ("was not taken lightly.", "Margit Halvorsen", True, "P1"),
            (
                "I wrote every word of that book, and I will find someone brave enough to "
                "print it,",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
            ("We should have caught this in March,", "Folasade Ogunleye", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dmitri Volkonsky", "Instagram"),
            ("P3", "Folasade Ogunleye", None),
        ],
        "people": ["Dmitri Volkonsky", "Margit Halvorsen", "Folasade Ogunleye"],
    },
    {
        "name": "andean-museum-reopens-reporters-youtube-curator-visitor",
        "text": (
            "After four years and €90 million, the Museo de Arte Andino in Cusco reopened on "
            "Saturday, and its founder could not stop smiling.\n\n"
            "“I thought I would be dead before this day came,” Eulogio Quispe Mamani told "
            "reporters at the entrance. The 71-year-old, a weaver who began collecting "
            "textiles in the 1970s, cut the ribbon with his granddaughter, Killa.\n\n"
            "The museum posted a tour of the new galleries on YouTube. In the video, the "
            "curator Rosa Huamán Ccori explains that the building’s walls are made of rammed "
            "earth. “The building breathes the way the textiles do,” she says.\n\n"
            "A visitor from Lima, Fernando Salcedo, said he had queued since dawn. “Worth "
            "every minute,” he said."
        ),
        "quotes": [
            (
                "I thought I would be dead before this day came,",
                "Eulogio Quispe Mamani",
                False,
                None,
            ),
            ("The building breathes the way the textiles do,", "Rosa Huamán Ccori", False, "P1"),
            ("Worth every minute,", "Fernando Salcedo", False, None),
        ],
        "posts": [
            ("P1", None, "YouTube"),
        ],
        "people": ["Eulogio Quispe Mamani", "Killa", "Rosa Huamán Ccori", "Fernando Salcedo"],
    },
    {
        "name": "poetry-prize-says-split-bluesky-jury-chair-statement",
        "text": (
            "The poet Tahmina Rahman-Choudhury has spent a decade writing about the river "
            "that swallowed her grandfather’s village. Her new collection, “Silt,” won the "
            "Forrester Prize for Poetry on Tuesday.\n\n"
            "“I didn’t write it to win anything,” says Rahman-Choudhury, 44. “I wrote it so "
            "that somebody would remember the names.”\n\n"
            "She announced the win on Bluesky with a photograph of her mother, writing: “This "
            "is hers.”\n\n"
            "The chair of the judges, Lorcan Mac Giolla Phádraig, said in a statement that the "
            "panel had been unanimous. “Silt is the rare book that makes grief sound like "
            "music,” he said."
        ),
        "quotes": [
            ("I didn’t write it to win anything,", "Tahmina Rahman-Choudhury", False, None),
            (
                "I wrote it so that somebody would remember the names.",
                "Tahmina Rahman-Choudhury",
                False,
                None,
            ),
            ("This is hers.", "Tahmina Rahman-Choudhury", False, "P1"),
            (
                "Silt is the rare book that makes grief sound like music,",
                "Lorcan Mac Giolla Phádraig",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tahmina Rahman-Choudhury", "Bluesky"),
            ("P2", "Lorcan Mac Giolla Phádraig", None),
        ],
        "people": ["Tahmina Rahman-Choudhury", "Lorcan Mac Giolla Phádraig"],
    },
    {
        "name": "soprano-withdraws-facebook-fan-reply-o1-radio",
        "text": (
            "The soprano Ilse Brandstätter has withdrawn from the Salzburg production of "
            "“Tosca” with a throat infection, she told fans on Facebook on Monday.\n\n"
            "“My doctor has forbidden me to sing a note for three weeks, and I am furious with "
            "my own body,” the soprano wrote. One fan, Grazyna Wiśniewska, replied under the "
            "post: “Rest! Tosca can wait, we need you for years.”\n\n"
            "Her replacement, the Georgian singer Nino Kapanadze, flew in from Tbilisi "
            "overnight. Speaking to Austria’s Ö1 radio on Tuesday, Kapanadze said she had sung "
            "the role only twice. “I know the notes. Now I have four days to learn the "
            "staging,” she said.\n\n"
            "The festival’s spokesman said tickets would not be refunded."
        ),
        "quotes": [
            (
                "My doctor has forbidden me to sing a note for three weeks, and I am furious "
                "with my own body,",
                "Ilse Brandstätter",
                False,
                "P1",
            ),
            ("Rest! Tosca can wait, we need you for years.", "Grazyna Wiśniewska", False, "P1"),
            (
                "I know the notes. Now I have four days to learn the staging,",
                "Nino Kapanadze",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Ilse Brandstätter", "Facebook"),
            ("P2", "Nino Kapanadze", "Ö1"),
        ],
        "people": ["Ilse Brandstätter", "Grazyna Wiśniewska", "Nino Kapanadze"],
    },
    {
        "name": "lit-festival-told-audience-threads-codirector-reply",
        "text": (
            "At the opening of the Jaipur Lit Mela on Friday, the novelist Arundhati "
            "Venkataraman told the audience that she had nearly stayed home. “Writers are "
            "supposed to be brave, and I was terrified of this crowd,” she said, to "
            "laughter.\n\n"
            "Later she was more serious. Posting on Threads that evening, Venkataraman wrote "
            "that two of her sessions had been moved after complaints from a local group. “If "
            "a festival cannot protect an argument, it is only a party,” she wrote.\n\n"
            "The festival’s co-director, Sanjoy Mukherjee, responded in a reply under her "
            "post: “Nothing was cancelled. Rooms change. Come to the main lawn tomorrow.”\n\n"
            "Venkataraman’s publisher, Saffron Tree Books, did not respond to a request for "
            "comment."
        ),
        "quotes": [
            (
                "Writers are supposed to be brave, and I was terrified of this crowd,",
                "Arundhati Venkataraman",
                False,
                None,
            ),
            (
                "If a festival cannot protect an argument, it is only a party,",
                "Arundhati Venkataraman",
                False,
                "P1",
            ),
            (
                "Nothing was cancelled. Rooms change. Come to the main lawn tomorrow.",
                "Sanjoy Mukherjee",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Arundhati Venkataraman", "Threads"),
        ],
        "people": ["Arundhati Venkataraman", "Sanjoy Mukherjee"],
    },
    {
        "name": "film-prize-talk-show-x-post-shared-with-message-of-his-own",
        "text": (
            "The Nigerian director Chukwuemeka Obi-Nwosu won the Golden Antelope at the "
            "Marrakech Film Festival on Sunday for “Harmattan,” a drama about a blind "
            "fisherman that he shot in six weeks. It is the third year running that a film "
            "from the so-called “new Lagos school” has won a major prize in Africa.\n\n"
            "“People kept telling me it was too quiet for a festival,” Obi-Nwosu said on the "
            "talk show Layali Casablanca the next night. “Quiet won.”\n\n"
            "The actor Yasmine Benjelloun, who plays the fisherman’s daughter, posted a "
            "photograph of the trophy on X. “We did it with a borrowed camera and no "
            "permits,” she wrote. The film’s producer, Tunde Ajibola-Reyes, shared her post "
            "with a message of his own: “And we’d do it again tomorrow.”"
        ),
        "quotes": [
            (
                "People kept telling me it was too quiet for a festival,",
                "Chukwuemeka Obi-Nwosu",
                False,
                "P1",
            ),
            ("Quiet won.", "Chukwuemeka Obi-Nwosu", False, "P1"),
            (
                "We did it with a borrowed camera and no permits,",
                "Yasmine Benjelloun",
                False,
                "P2",
            ),
            ("And we’d do it again tomorrow.", "Tunde Ajibola-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", "Chukwuemeka Obi-Nwosu", "Layali Casablanca"),
            ("P2", "Yasmine Benjelloun", "X"),
            ("P3", "Tunde Ajibola-Reyes", "X"),
        ],
        "people": ["Chukwuemeka Obi-Nwosu", "Yasmine Benjelloun", "Tunde Ajibola-Reyes"],
    },
    {
        "name": "bookshops-close-anonymous-owner-herald-oped-instagram-caption",
        "text": (
            "Three independent bookshops in Glasgow’s West End will close by Christmas, their "
            "owners say, blaming rents that have doubled since 2019.\n\n"
            "“We can sell books or we can pay the landlord. We cannot do both,” said one "
            "owner, who asked not to be named because she is still negotiating her lease.\n\n"
            "The crime novelist Euan Mackintosh-Reid, who launched all nine of his books at "
            "one of the shops, Caddell’s, wrote an op-ed in The Herald on Thursday calling for "
            "rent caps on cultural premises. “A city that lets its bookshops die has decided "
            "what it wants to be,” he wrote.\n\n"
            "Caddell’s owner, Fiona Caddell, posted a photo of the empty shelves on Instagram "
            "on Friday with the caption “Fifty-one years. Thank you, Glasgow.”"
        ),
        "quotes": [
            (
                "We can sell books or we can pay the landlord. We cannot do both,",
                None,
                False,
                None,
            ),
            (
                "A city that lets its bookshops die has decided what it wants to be,",
                "Euan Mackintosh-Reid",
                False,
                "P1",
            ),
            ("Fifty-one years. Thank you, Glasgow.", "Fiona Caddell", False, "P2"),
        ],
        "posts": [
            ("P1", "Euan Mackintosh-Reid", "The Herald"),
            ("P2", "Fiona Caddell", "Instagram"),
        ],
        "people": ["Euan Mackintosh-Reid", "Fiona Caddell"],
    },
    {
        "name": "orchestra-strike-union-x-conductor-statement-times-meeting",
        "text": (
            "Musicians at the Northern Sinfonia voted on Monday to strike for the first time "
            "in the orchestra’s history, cancelling two sold-out concerts this weekend.\n\n"
            "“Players have not had a real pay rise in eleven years,” the Musicians’ Guild said "
            "in a post on X. “Enough.”\n\n"
            "The orchestra’s chief conductor, Akiko Hayashibara, said in a statement that she "
            "stood with the players. “I cannot conduct an orchestra that cannot pay its "
            "rent,” she said.\n\n"
            "The orchestra’s managing director, Peter Oyelaran-Smith, told The Times that the "
            "board had offered 4 per cent. “The door is open. It has always been open,” he "
            "said. He said the same at a meeting with players on Tuesday, according to two "
            "musicians who were there, who quoted him as adding that the money “simply isn’t "
            "there.”"
        ),
        "quotes": [
            ("Players have not had a real pay rise in eleven years,", None, False, "P1"),
            ("Enough.", None, False, "P1"),
            (
                "I cannot conduct an orchestra that cannot pay its rent,",
                "Akiko Hayashibara",
                False,
                "P2",
            ),
            ("The door is open. It has always been open,", "Peter Oyelaran-Smith", False, "P3"),
            ("simply isn’t there.", "Peter Oyelaran-Smith", True, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Akiko Hayashibara", None),
            ("P3", "Peter Oyelaran-Smith", "The Times"),
        ],
        "people": ["Akiko Hayashibara", "Peter Oyelaran-Smith"],
    },
    {
        "name": "auction-record-release-tiktok-nephew-comment-nickname",
        "text": (
            "A painting by the Sámi artist Elle-Márjá Eira sold for £2.3 million at Lindqvist "
            "& Moore in London on Wednesday, a record for a living Indigenous artist from the "
            "Nordic countries, the auction house said in a press release.\n\n"
            "Eira, 52, known in Kautokeino as “the woman with the blue brushes,” posted a "
            "TikTok video from her studio as the hammer fell. “The reindeer in that painting "
            "belonged to my uncle. Now they are worth more than his whole herd,” she said in "
            "the video, laughing.\n\n"
            "Her nephew, Ánte Eira, commented under the video: “Uncle would have asked for a "
            "cut.”\n\n"
            "The buyer was not identified."
        ),
        "quotes": [
            (
                "The reindeer in that painting belonged to my uncle. Now they are worth more "
                "than his whole herd,",
                "Elle-Márjá Eira",
                False,
                "P2",
            ),
            ("Uncle would have asked for a cut.", "Ánte Eira", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Elle-Márjá Eira", "TikTok"),
        ],
        "people": ["Elle-Márjá Eira", "Ánte Eira"],
    },
    {
        "name": "actor-walks-off-reporters-reddit-thread-youtube-series",
        "text": (
            "The actor Thabo Mokoena-Reyes walked off the stage of the Market Theatre in "
            "Johannesburg midway through Saturday’s performance of “The Island,” after a man "
            "in the front row filmed him on a phone for several minutes.\n\n"
            "“I am not a content creator. I am an actor, and that was a theatre,” the "
            "29-year-old told reporters outside the stage door afterwards.\n\n"
            "The man, who identified himself as Pieter Jansen van Vuuren, defended himself in "
            "a Reddit thread on Sunday. “I paid for the ticket, I was recording for my late "
            "father who loved this play,” he wrote. Hundreds of replies followed, most of them "
            "hostile. “Then you should have asked,” one user replied.\n\n"
            "The theatre’s director, Zodwa Dlamini-Khumalo, discussed the incident on the "
            "YouTube interview series Backstage Joburg. “We will start locking phones in "
            "pouches next month,” she said."
        ),
        "quotes": [
            (
                "I am not a content creator. I am an actor, and that was a theatre,",
                "Thabo Mokoena-Reyes",
                False,
                None,
            ),
            (
                "I paid for the ticket, I was recording for my late father who loved this play,",
                "Pieter Jansen van Vuuren",
                False,
                "P1",
            ),
            ("Then you should have asked,", None, False, "P1"),
            (
                "We will start locking phones in pouches next month,",
                "Zodwa Dlamini-Khumalo",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Pieter Jansen van Vuuren", "Reddit"),
            ("P2", "Zodwa Dlamini-Khumalo", "Backstage Joburg"),
        ],
        "people": ["Thabo Mokoena-Reyes", "Pieter Jansen van Vuuren", "Zodwa Dlamini-Khumalo"],
    },
    {
        "name": "translator-prize-le-monde-two-paragraph-quote",
        "text": (
            "The Korean translator Seo Ji-hye has become the first translator to win the "
            "Marlowe International Fiction Award alone, sharing none of the £40,000 prize with "
            "the author of the novel she translated, who died in 2021.\n\n"
            "“People say the translator is invisible,” Seo, 61, told the French newspaper Le "
            "Monde in an interview published on Saturday. “I have been invisible for thirty "
            "years, and I was comfortable there.\n\n"
            "“But the author is gone, and somebody has to stand on the stage. I will give the "
            "money to her daughter.”\n\n"
            "The award’s administrator, Gideon Abrahamsen, said the rules had been changed "
            "last year to allow it."
        ),
        "quotes": [
            ("People say the translator is invisible,", "Seo Ji-hye", False, "P1"),
            (
                "I have been invisible for thirty years, and I was comfortable there.",
                "Seo Ji-hye",
                False,
                "P1",
            ),
            (
                "But the author is gone, and somebody has to stand on the stage. I will give "
                "the money to her daughter.",
                "Seo Ji-hye",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Seo Ji-hye", "Le Monde"),
        ],
        "people": ["Seo Ji-hye", "Gideon Abrahamsen"],
    },
    {
        "name": "jazz-festival-storm-email-hotel-facebook-lrt",
        "text": (
            "Heavy storms forced the cancellation of the final day of the Kaunas Jazz "
            "Riverside festival on Sunday, hours before the American saxophonist Delphine "
            "Okafor-Lee was due to close it.\n\n"
            "“The safety of our audience comes before everything else,” the organisers wrote "
            "in an email to ticket holders, promising refunds within 30 days.\n\n"
            "Okafor-Lee, who had flown in from New Orleans, played anyway, with the Lithuanian "
            "pianist Vytautas Kairys, for about 200 people in the lobby of her hotel. A video "
            "of the set, posted by the hotel on Facebook, has been watched more than a million "
            "times. “Music doesn’t need a stage, it needs a room,” she told the Lithuanian "
            "broadcaster LRT afterwards.\n\n"
            "A police spokeswoman said two tents had been blown into the river. Nobody was "
            "hurt."
        ),
        "quotes": [
            ("The safety of our audience comes before everything else,", None, False, "P1"),
            ("Music doesn’t need a stage, it needs a room,", "Delphine Okafor-Lee", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Facebook"),
            ("P3", "Delphine Okafor-Lee", "LRT"),
        ],
        "people": ["Delphine Okafor-Lee", "Vytautas Kairys"],
    },
    {
        "name": "gallery-director-resigns-letter-on-facebook-open-letter-tvp",
        "text": (
            "The director of the National Gallery of Contemporary Art in Warsaw, Katarzyna "
            "Wróblewska-Nowak, resigned on Thursday, a week after the culture ministry "
            "cancelled an exhibition on migration without explanation.\n\n"
            "In her resignation letter, which she posted on Facebook, Wróblewska-Nowak wrote "
            "that she could “no longer guarantee the independence of the programme.” “A "
            "museum that asks permission before it thinks is not a museum,” she added.\n\n"
            "More than 600 artists and curators signed an open letter backing her. “We will "
            "not lend our work to a gallery that censors its own walls,” the letter said.\n\n"
            "The culture minister, Tadeusz Grabowski, told the state broadcaster TVP that the "
            "exhibition had been “badly prepared.” The minister did not say who would replace "
            "her."
        ),
        "quotes": [
            (
                "no longer guarantee the independence of the programme.",
                "Katarzyna Wróblewska-Nowak",
                True,
                "P1",
            ),
            (
                "A museum that asks permission before it thinks is not a museum,",
                "Katarzyna Wróblewska-Nowak",
                False,
                "P1",
            ),
            (
                "We will not lend our work to a gallery that censors its own walls,",
                None,
                False,
                "P2",
            ),
            ("badly prepared.", "Tadeusz Grabowski", True, "P3"),
        ],
        "posts": [
            ("P1", "Katarzyna Wróblewska-Nowak", "Facebook"),
            ("P2", None, None),
            ("P3", "Tadeusz Grabowski", "TVP"),
        ],
        "people": ["Katarzyna Wróblewska-Nowak", "Tadeusz Grabowski"],
    },
    {
        "name": "film-market-moves-release-instagram-variety-ceremony",
        "text": (
            "The Baltic Pitch Film Market will move from Tallinn to Riga next year, its "
            "organisers said in a press release on Monday, ending a 15-year run in the "
            "Estonian capital.\n\n"
            "The Estonian director Kadri Tamm, who has premiered four features at the market, "
            "called the move “a quiet disaster for small cinema” in a post on Instagram.\n\n"
            "The market’s executive director, Mārtiņš Ozoliņš, told Variety that the decision "
            "was about space, not money. “Tallinn gave us a home. Riga is giving us a bigger "
            "one,” he said.\n\n"
            "Accepting an honorary award at the closing ceremony on Saturday, the veteran "
            "Latvian actress Ilga Bērziņa-Priede said she was glad. “Finally we don’t have to "
            "take the ferry,” she joked."
        ),
        "quotes": [
            ("a quiet disaster for small cinema", "Kadri Tamm", True, "P2"),
            (
                "Tallinn gave us a home. Riga is giving us a bigger one,",
                "Mārtiņš Ozoliņš",
                False,
                "P3",
            ),
            ("Finally we don’t have to take the ferry,", "Ilga Bērziņa-Priede", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kadri Tamm", "Instagram"),
            ("P3", "Mārtiņš Ozoliņš", "Variety"),
        ],
        "people": ["Kadri Tamm", "Mārtiņš Ozoliņš", "Ilga Bērziņa-Priede"],
    },
]
