"""Who said a quote: attribution patterns around a quotation and the reference they use.

Finds the speaker phrase ("she", "Teigen", "the 35-year-old author",
"Model Ashley Graham") and the reporting verb for each quote: after it
("“…,” she wrote"; "said Smith"), before it ("Legend added, “…”"), in the
clause that embeds a fragment ("described it as “sad”"), or carried over from
the previous quote of the same speaker (continued speech, quotes that run
over paragraphs). Pure Python; it never guesses: no pattern, no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .scanning import word_trie

# (Latin Extended-A, Ā-ſ, mixes upper- and lower-case letters: its lower-case ones count as
# capitals too, a small cost for names such as Łukasz or Šimon. So do Latin Extended-B and
# Latin Extended Additional, for Vietnamese names such as Thảo Phạm or Nguyễn Văn Ước.)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# ("O’Sullivan", "D’Angelo": a single capital before an apostrophe opens a name too)
_NAME_TOKEN = rf"[{_UPPER}](?:[{_LOWER}]+|(?=[’'][{_UPPER}]))(?:[{_UPPER}][{_LOWER}]+)?(?:[’'-][{_UPPER}{_LOWER}]+)*"
_NAME = rf"{_NAME_TOKEN}(?:[ \u00a0](?:{lx.NAME_PARTICLE}[ \u00a0]){{0,2}}{_NAME_TOKEN}){{0,4}}"
_DESC_STOP = "and|or|of|to|with|in|on|at|for|was|is|were|are|her|his|their|the|a|an|that|who|which|as|said|says|wrote"
_PERSON_NOUN_ALT = word_trie(lx.PERSON_NOUNS | lx.KIN_NOUNS | lx.PLURAL_PERSON_NOUNS)
_DESC = (
    rf"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Aa]n?|[{_UPPER}][{_LOWER}]+[’']s)\s+"
    rf"(?:(?!(?:{_DESC_STOP})\b)[\w’'.-]+\s+){{0,4}}?"
    rf"(?:(?:{_PERSON_NOUN_ALT})s?|{lx.DESCRIPTION_PROPER_NOUNS}|"
    r"\w+-year-old)(?![\w-])"
    # "the Republican from Harlow County": where the person is from.
    r"(?:\s+from\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})?"
)
_PRONOUN = r"(?:[Ss]he|[Hh]e|[Tt]hey)"
_VERB_ALT_EARLY = word_trie(lx.SPEECH_VERBS)
_ROLE_PREFIX = word_trie(lx.ROLE_TITLES | lx.PERSON_NOUNS)
_INDEFINITE = (
    rf"(?:(?:[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[\w-]+\s+)?(?:{_PERSON_NOUN_ALT})s?(?![\w-])"
    # "one of the plaintiffs"
    # ("one of Cuttlebox’s early investors", "one of the company’s former investors")
    rf"|[Oo]ne\s+of\s+(?:(?:the|his|her|their|its)(?:\s+[\w-]+[’']s)?|[{_UPPER}][\w-]*[’']s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_PERSON_NOUN_ALT})s(?![\w-])"
    # ("one of them, Samira El Amrani, told the newspaper NRC")
    # (not "one of them, his former coach Rafael Quintero, wrote", "One of them, from the former
    # champion Ray Castellanos, read": the one described and named)
    r"|[Oo]ne\s+of\s+(?:them|those|these)(?![\w-])(?!,\s+(?:his|her|their|the|an?|from|by)\s)"
    rf"|[Oo]ne(?=\s+(?:{_VERB_ALT_EARLY})\b))"
)
# "spokesman Leo Grant", "retired teacher Ellen Shaw": lower-case role words before a name
# belong to the subject.
# "Northwind CEO Priya Desai", "Real Madrid coach Ana Ruiz": an organization, a role, then the name.
_ORG_ROLES = (
    "CEO|CFO|COO|CTO|GM|chief executive|president|spokesperson|spokesman|spokeswoman|founder|"
    "champion|star|singer|actor|actress|rapper|legend|winner|medalist|rookie|player|senator|"
    "leader|lawmaker|member|candidate|icon|host|anchor|author|artist|producer|designer|chef|"
    "model|reporter|editor|analyst|economist|expert|"
    "chairman|chairwoman|chair|coach|manager|director|owner|captain|striker|forward|guard|"
    "goalkeeper|midfielder|defender|quarterback|pitcher|minister|secretary|official|executive|"
    # ("Chief Patrol Agent Ramona Castañeda-Whitfield")
    "agent|officer|commander|commissioner|superintendent|inspector|sergeant|dean|provost"
)
# ("Cal Fire Battalion Chief Ruben Ortega": three words of the organisation, a title role)
_ORG_ROLE_NAME = (
    # ("Local 7 President Tomas Villanueva": a union local's number, a capitalized role)
    rf"(?:(?:{_NAME_TOKEN}|\d+)\s+){{1,3}}(?:(?i:{_ORG_ROLES})|(?:[Bb]attalion\s+|[Ff]ire\s+|[Pp]olice\s+)?[Cc]hief)"
    rf"\s+{_NAME}"
)
# "new striker Luca Ricci", "longtime host Ann Lee": an adjective before the role words.
_ROLE_ADJ = (
    r"(?:(?:new|former|longtime|veteran|current|fellow|retired|then|star|top|lead|senior|chief|"
    r"deputy|assistant|associate|head)\s+)?"
)
_ROLE_ADJ_WORDS = lx.words(
    "new former longtime veteran current fellow retired then star top lead senior chief deputy "
    "assistant associate head"
)
# "team president Carla Mendes", "state senator Ron Ames", "CEO Maria Lopez": a lower-case
# modifier before a role word, or a role written as an acronym.
_ROLE_MODIFIER = (
    r"(?:(?!(?:and|or|but|then|so|as|while|when|who|which|that|the|a|an|of|to|in|on|at|for|with|"
    rf"by|from|said|says|wrote|told|added)\b)[a-z][a-z-]+\s+(?=(?:{_ROLE_PREFIX})\s))?"
)
# "Dr. Priya Raman", "Assistant U.S. Attorney Rachel Dunn", "the Rev. Ann Cole": capitalized
# titles, their abbreviations and initialisms before a name.
_TITLE_WORDS = sorted(
    {w.rstrip(".") for w in lx.ROLE_TITLES | lx.ROLE_MODIFIERS if w.replace("-", "").isalpha()},
    key=lambda w: (-len(w), w),
)
_TITLE_CHAIN = (
    r"(?:(?:(?:"
    + "|".join(rf"{w[0].upper()}{re.escape(w[1:])}\.?" for w in _TITLE_WORDS)
    # ("Secretary of State Rafael Ortiz", "Minister of Health Ana Lee")
    + r")(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)+)\s+){1,4}(?=[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ])"
)
SUBJECT = (
    # ("the mission scientist Dr. Aurélie Fontaine": a title between the description and the name)
    rf"(?:{_DESC}(?:\s+(?:{_TITLE_CHAIN})?{_NAME})?|{_INDEFINITE}|{_ROLE_ADJ}{_ROLE_MODIFIER}"
    rf"(?:(?:{_ROLE_PREFIX}|CEO|CFO|COO|CTO)\s+){{0,2}}{_NAME}|{_PRONOUN}"
    # ("Ana Lee and Bo Chen wrote", "Colorado Parks and Wildlife wrote": two names joined)
    rf"|{_NAME}\s+and\s+{_NAME}"
    rf"|{_ORG_ROLE_NAME})"
)
_VERB_ALT = "|".join(
    [
        *(v.replace(" ", r"\s+") for v in lx.PHRASAL_SPEECH),
        word_trie(lx.SPEECH_VERBS),
    ]
)
# An adverb ("quickly", "reportedly"), not a noun that ends like one ("His family said" is the
# family's, not "His" said).
_LY = r"(?!(?:family|ally|rally|reply|supply|assembly)\b)\w+ly"
_ADVERB = (
    r"(?:(?:"
    + _LY
    + r"|also|later|then|once|again|has|had|have|simply|further|previously|recently|went on to|would)\s+)"
)
# "“…,” she wrote" / "“…,” Gabrielle Union added."
# "“…,” publisher Tom Vale wrote", "tennis great Lin Ross told": a role the lexicon does not
# list, in lower case before a name.
# "county health director Dr. Yolanda Pierce": lower-case role words before an abbreviated title.
_ABBREVIATED_TITLE = r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Lt|Sgt|Capt|Gen|Col|Det)\.\s"
_UNLISTED_ROLE = (
    r"(?:(?:(?!(?:"
    + word_trie(lx.FUNCTION_WORDS | lx.SPEECH_VERBS)
    + rf")\b)[a-z][a-z-]+\s+){{1,3}}(?={_NAME_TOKEN}\s|{_ABBREVIATED_TITLE}))?"
)
# "wrote the fiddler Kwame Asante-Boateng": "the" and a role the lexicon does not list.
_THE_UNLISTED_ROLE = (
    r"(?:the\s+(?=(?:(?!(?:"
    + word_trie(lx.FUNCTION_WORDS | lx.SPEECH_VERBS)
    + rf")\b)[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]*(?:er|or|ist|ian)\s+{_NAME_TOKEN}\s))"
)
# "the ecologist Ruth Abernathy-Sato", "the Danish actress Sofie Brandstrup": the role before a
# name in apposition (up to two words before its lower-case noun: lower case, initials or a
# capitalised word, "the Lagos gallerist").
_APPOS_LEAD = (
    r"the\s+(?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+|[A-Z][a-zà-ÿ]+\s+){0,2}[a-z][\w-]*\s+"
    # (not a preposition's object: ", the president of the Halvering Nurses Association,")
    r"(?<!\bof\s)(?<!\bthe\s)(?<!\bat\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bin\s)"
)
# "Linda Carvajal, 58, told the judge": an age in apposition between the name and the verb.
_AGE_APPOSITION = r"(?:,\s+\d{1,3},)"
# An age before a relative clause ("Takahashi Ren, 81, who …,"), the clause's comma left to it.
_AGE_BEFORE_WHO = r"(?:,\s+\d{1,3}(?=,\s+(?:who|whose)\s))"
# A name, perhaps with an age, right before a description in apposition ("Yuki Tanabe, 34, ").
_NAME_BEFORE_APPOSITION = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})(?:,\s+\d{{1,3}})?,\s+$")
# "Carla Benitez, president of the nurses’ union local, told a rally", "Dr. Lucia Moretti, who
# led the project, told The Farming Gazette": a role or a relative clause in apposition.
# ("Dr. Kwame Asante-Boateng, the chief executive of the drug’s maker, Orlen Therapeutics, said":
# an organisation's name in apposition inside the role)
_ROLE_APPOSITION = (
    r"(?:,\s+(?:who|whose|[a-z][a-z-]*)\b[^,\x00“”\"]{1,80},"
    r"(?:\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3},)?"
    # (", Northfield General’s president,": a role at a body named in the possessive; not ",
    # Tom Hall's longtime rival,")
    r"|,\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[’']s\s+(?:[a-z-]+\s+){0,2}(?:president|chief|"
    r"director|head|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|founder|owner|"
    r"manager|coach|captain|editor|secretary|minister|leader|executive|principal|dean)\b"
    r"[^,\x00“”\"]{0,40},)"
)
# (", chief executive of Sierra Crest Power,": a role with no article, headed by a role word)
_HEAD_ROLE_APPOSITION = (
    r"(?:,\s+(?:chief|head|president|vice\s+president|director|founder|co-founder|owner|editor|"
    r"chair|chairman|chairwoman|chairperson|secretary|minister|spokesman|spokeswoman|spokesperson|"
    r"manager|coach|captain|professor|leader|general\s+secretary|executive\s+director)\b"
    r"[^,\x00“”\"]{1,80},)"
)
_AFTER_SUBJECT_VERB = re.compile(
    # ("HM Coastguard Stornoway said": His Majesty's, before a body's name)
    rf"[\s,]*(?:[—–-]+\s*)?(?:[A-Z]\.(?:[A-Z]\.)+\s+|HM\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]))?"
    rf"{_THE_UNLISTED_ROLE}?{_UNLISTED_ROLE}"
    # "lead author Dr. Keiko Tanabe said": role words before an abbreviated title.
    rf"(?:{_ROLE_ADJ}(?:(?:{_ROLE_PREFIX})\s+){{1,2}}(?={_TITLE_CHAIN}))?(?:(?:the\s+)?{_TITLE_CHAIN})?(?P<subj>{SUBJECT})"
    # ("meteorologist Jenna Albright of the weather service told KOCO")
    # ("the museum’s curator of European painting, Dr. Oren Castellanos, says": before a name)
    # ("the chair of the Australian Competition and Consumer Commission, Li Xiaoyan, told")
    rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+(?=,?\s+(?:"
    + _LY
    + rf"\s+)?[a-z]+|,\s+(?:{_TITLE_CHAIN})?{_NAME},))?"
    # ("the lead author, Dr. Ingrid Solberg of the University of Bergen, told")
    # ("the report’s lead author, the ecologist Ruth Abernathy-Sato, wrote")
    # ("the board’s chair, the Rev. Dr. Harold Quincey, said": "the" and a title)
    # ("the worker, Marcus Delgado, 29, says": an age after the name in apposition)
    rf"(?:,\s+(?:{_APPOS_LEAD}|the\s+(?={_TITLE_CHAIN}))?(?:{_TITLE_CHAIN})?(?P<appos>{_NAME})(?:\s+(?:of|from|at)\s+[^,\x00]{{1,60}})?,(?:\s+\d{{1,3}},)?"
    rf"|{_AGE_APPOSITION}|{_ROLE_APPOSITION})?,?\s+{_ADVERB}{{0,2}}"
    rf"(?P<verb>{_VERB_ALT})\b"
)
_ROLE_ALT = word_trie(lx.ROLE_TITLES | lx.PERSON_NOUNS)
# "said longtime friend Tom Ray", "said her brother Luis": a relation before the name.
_KIN_ALT = word_trie(lx.KIN_NOUNS)
# "“…,” said Smith." / "“…,” said coach Mike Turner."
_AFTER_VERB_SUBJECT = re.compile(
    rf"[\s,]*(?P<verb>said|says|wrote|writes|added|adds|continued|explained|asked|replied|recalled|tweeted|noted)\s+"
    # ("said trumpeter Calvin Rousseau": a role the lexicon does not list, before a name)
    rf"(?:{_ROLE_ADJ}{_ROLE_MODIFIER}(?:(?:{_ROLE_ALT}|{_KIN_ALT})\s+){{0,2}}|{_THE_UNLISTED_ROLE}?{_UNLISTED_ROLE})"
    # ("wrote one, Carlos Mendoza-Quiroga": one of those just mentioned, named in apposition)
    rf"(?:{_TITLE_CHAIN})?(?P<subj>{_DESC}|{_INDEFINITE}|{_NAME}|(?:one|another)(?=,\s))"
    # ("said its director of water resources, Helen Achterberg": what the role is of, before
    # the name in apposition)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=,\s+[A-ZÀ-ÖØ-ÞĀ-ſ]))?"
    # "replied the witness, former treasurer Alan Brooks": the name in apposition is the speaker.
    rf"(?:,\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<appos>{_NAME})(?=[,.;\x00]|\s*$))?"
)
_ORG_OR_STATE = word_trie(lx.ORG_WORDS | lx.PLACE_NAMES)
# ", who remains chief executive,", ", a former aide,": a clause that names no one.
# (", now an assistant at Rutgers," too)
_RELATIVE_APPOSITION = (
    # ("Sung-min Park, his playing partner at last month’s Open, left a comment")
    # ("Dale Hendricks, who grows 1,400 acres near Storm Lake, Iowa, posted": a number's comma
    # inside, and a name in apposition after, a place's or an employer's: "Hollis Grant, a lead
    # engineer at the developer, Quarrystone Games, wrote")
    r"(?:,\s+(?:(?:now|also|still|once|formerly)\s+)?(?:who|whose|a|an|the|his|her|their)\s"
    r"(?:[^,\x00“”\"]|(?<=\d),(?=\d{3}\b)){1,80},"
    # (the name after it an organisation's or a state's, by its last word: not "a parish
    # volunteer, Margaret Ellison," the one who speaks)
    r"(?:\s+(?:[A-Z][\w’'&.-]*\s+){0,3}(?i:" + _ORG_OR_STATE + r")(?![\w’'-]),)?)"
)
# "Legend added, “…”" / "She wrote on Instagram: “…”" / "According to Smith, “…”"
# ("Emeka Obi-Nwosu, now with the World Food Programme in Rome, commented:": where someone is
# now, set off by commas between the name and the verb)
_NOW_WITH = (
    r"(?:,\s+(?:now|then|formerly|once|still|also|previously)\s+(?:with|at|in|of|a|an|the)\b"
    r"[^,\x00:]{0,80}(?=,))"
)
_BEFORE = re.compile(
    # "Her co-founder, Derek Osei, who remains chief executive, wrote on X:": the name in
    # apposition speaks.
    # ("the Rev. Karen Lindqvist of nearby Grace Lutheran Church wrote:": where they are from)
    # ("His wife, the actress Leilani Kahananui, replied": a role before the name in apposition)
    # ("One of her followers, a paramedic named Jaxon Whitehorse, replied": named in apposition)
    # ("The pastor, the Rev. Tadeusz Wróbel, wrote …:": a title before the name in apposition)
    # ("Harlan Boyce, chief executive of Sierra Crest Power, shared …:": a role in apposition)
    # ("Takahashi Ren, 81, who still plants by hand, put it more simply:": an age, then a
    # relative clause)
    rf"(?P<subj>{SUBJECT}){_AGE_BEFORE_WHO}?(?:,\s+(?:{_APPOS_LEAD}|an?\s+(?:[a-z][\w-]*\s+){{1,2}}named\s+|the\s+(?={_TITLE_CHAIN}))?(?:{_TITLE_CHAIN})?(?P<appos>{_NAME})(?=,)|{_HEAD_ROLE_APPOSITION})?"
    # ("Hydrologist Farhan Siddiqui of Lakemont University, whose samples were cited, posted":
    # where they are from, then a relative clause)
    rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?[{_UPPER}][^,:;\x00“”\"]{{1,60}}?(?={_RELATIVE_APPOSITION}))?"
    rf"{_RELATIVE_APPOSITION}?{_NOW_WITH}?(?:\s+(?:of|from|at)\s+(?:nearby\s+|the\s+)?[{_UPPER}][^,:;\x00“”\"]{{1,60}}?)?,?\s+{_ADVERB}{{0,2}}"
    # ("he smiled and told reporters, “…”": a gesture joined to the verb of saying)
    rf"(?:[a-z]+ed\s+and\s+)?(?P<verb>{_VERB_ALT})\b[^.!?\x00]{{0,120}}?[,:]\s*$"
)
# "Prosecutor Gina Holt disagreed: “…”": any short predicate ending in a colon introduces speech.
_BEFORE_COLON = re.compile(
    # ("Kavya Menon, chief executive of rival Stratum AI, replied to the post:")
    # ("Another, the chef Tomasz Wierzbicki, offered …:": the name in apposition speaks.)
    # ("Her co-star in the film, Rohan Mehta, replied …:": a phrase of place before the name)
    # ("Hydrologist Farhan Siddiqui of Lakemont University, whose samples …, posted …:", "Its
    # senior author, Oluwaseun Bakare of the University of Guelph, summed it up on Bluesky:":
    # where the one named works, after the name)
    rf"(?P<subj>{SUBJECT}){_AGE_BEFORE_WHO}?(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:of\s+)?){{0,4}}[A-Z][\w’'&.-]*(?=[,\s]))?"
    rf"(?:(?:\s+(?:in|on|at|from)\s+(?:the|a|an|his|her|their)\s+[a-z][\w-]*)?,\s+(?:{_APPOS_LEAD}|the\s+(?={_TITLE_CHAIN}))?(?:{_TITLE_CHAIN})?(?P<appos>{_NAME})(?:\s+(?:of|from|at)\s+[^,\x00]{{1,60}})?(?=,)|{_ROLE_APPOSITION}|{_AGE_APPOSITION})?"
    # ("Santangelo, 26, announced it in an Instagram story on Friday:": an age in apposition)
    rf"{_NOW_WITH}?"
    # (the verb is no role word: "Pennywise founder Owen Galloway was blunter on X:")
    # (nor a role before the name that ends the clause: "from the French baker Luc Arnaud:")
    # (nor an article: "her sister, the chef Kavitha Raghunathan:" has no verb)
    rf",?\s+(?!(?:{_ROLE_PREFIX}|the|a|an)\b)(?P<verb>[a-z][\w’'-]*)(?!\s+{_NAME}\s*:)"
    rf"(?:\s+[\w’'-]+){{0,10}}:\s*$"
)
# "One commenter under the video wrote: “…”": where the comment was left, between the subject
# and its verb.
_UNDER_POST_COLON = re.compile(
    rf"(?P<subj>{SUBJECT})\s+(?:under|beneath|below)\s+(?:the|her|his|their|that|its)\s+"
    r"(?:[\w-]+\s+)?(?:post|video|photo|clip|thread|tweet|reel)\s+"
    # ("A commenter under the video wrote, “…”": a comma for the colon)
    rf"(?P<verb>{_VERB_ALT})\s*[:,]\s*$"
)
# "Among the comments was one from the French baker Luc Arnaud: “…”": the name before the colon.
_FROM_COLON = re.compile(
    # ("one from the pitmaster Marcus Oyelaran, who runs the barbecue spot Smoke & Salt:")
    # ("including one from a cafeteria worker, Fatuma Warsame:", "among them Yusuf Demir:")
    # ("came from her sister, the chef Kavitha Raghunathan:": a relation, then a role)
    rf"\b(?:from|by|among\s+them)\s+(?:(?:the|a|an|her|his|their)\s+)?(?:[A-Za-z][\w’'-]*\s+){{0,3}}?"
    # ("one from the bureau’s director, Dr. Halvard Stenmark:": a title before the name)
    rf"(?:(?<=[a-z] )[a-z][\w-]*,\s+(?:(?:the|a|an)\s+[a-z][\w-]*\s+)?)?(?:{_TITLE_CHAIN})?(?P<subj>{_NAME})"
    # ("one from Professor Adebayo Ogunleye, a historian at the University of Ibadan:")
    r"(?:,\s+(?:who|an?|the)\s+[^,:\x00“”\"]{1,80})?\s*:\s*$"
)
# "drew a response on X from the former fast bowler Chaminda Fonseka, who wrote: “…”": the
# name a relative clause with its own verb hangs on speaks, not the sentence's subject.
_FROM_WHO_COLON = re.compile(
    rf"\b(?:from|by)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){{0,4}}?(?P<subj>{_NAME})"
    # ("One, from a retired midwife named Ruth Abernathy, read:": the comment reads)
    r",\s+(?:who\s+)?(?P<verb>(?<=who )[a-z]+|reads?(?=\s*:))(?:\s+[\w’'-]+){0,3}\s*:\s*$"
)
_POSSESSIVES = frozenset({"Her", "her", "His", "his", "Their", "their", "Its", "its"})
_FROM_WORD = re.compile(r"\b(?:from|by|among\s+them)\b")
_ACCORDING = re.compile(rf"[Aa]ccording to (?P<subj>{_DESC}|{_NAME})\s*,\s*$")
_ACCORDING_ANY = re.compile(
    rf"\b[Aa]ccording to (?:(?:{_ROLE_PREFIX})\s+){{0,2}}(?P<subj>{_DESC}|{_NAME}|{_PRONOUN})"
    r"(?:\s+(?:of|at|from|with)\s+[^,.\x00]{1,40})?\s*,"
)
_ACCORDING_SOMEONE = re.compile(r"\b[Aa]ccording to [^,.\x00]{1,60},")
# ("Sen. Marcus Oduya on Tuesday accused …": an abbreviated title before the name.)
_SOMEONES_BODY = re.compile(
    r"[Tt]he\s+(?:[a-z]+\s+)?[a-z]+[’']s\s+(?:[a-z]+\s+)?(?:office|team|campaign|staff|lawyers?|"
    r"attorneys?|spokes(?:man|woman|person)|representatives?|press\s+office|administration)\b"
    # ("His group, Terra Viva, said …", "Her family said …": someone's organisation or family)
    r"|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:"
    # (not "His channel posted a clip": a person's own channel, blog or show is theirs)
    + word_trie(
        lx.words(
            "group team company firm campaign party union charity organisation organization "
            "office club band label agency coalition alliance association federation council "
            "board ministry department family estate camp"
        )
    )
    + r")s?\b(?![’'])"
)
_OPENING_SUBJECT = re.compile(
    rf"(?:[A-Z][a-z]+\s+)?(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})(?=,|\s+(?:" + _LY + r"\s+)?[a-z])"
)
_OPENING_ORG_ROLE = re.compile(rf"(?P<subj>{_ORG_ROLE_NAME})(?=,|\s+(?:" + _LY + r"\s+)?[a-z])")
_POST_NOUN = (
    r"(?:statement|release|press release|post|caption|tweet|essay|letter|note|message|video|clip|"
    r"memo|memorandum|email|e-mail|opinion|ruling|filing|lawsuit|complaint|newsletter|op-ed|column|"
    r"notice|order|study|paper|report|comment|reply|response|words)"
)
_AFTER_UNNAMED = re.compile(
    r"[\s,]*(?:(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,8}?|it\s+)"
    # ("“…,” it read.": a document just reported, as "it")
    r"(?P<verb>said|says|added|adds|stated|wrote|writes|posted|posts|tweeted|(?<=it )reads?)\b"
)
_POST_VOICE_AFTER = re.compile(
    # ("“…,” one reply read.": one of the comments under a post)
    rf"[\s,]*(?:the|her|his|their|its|an?|one|another)\s+(?:[\w-]+\s+)?{_POST_NOUN}"
    # ("the lawsuit, filed in federal court, said"; "the memo, signed by the network’s
    # president of news, Arjun Mehta-Rowe, said": a name in apposition to its last words)
    r"(?:,\s+[a-z][^,\x00“”\"]{1,60},|,\s+(?:signed|written|filed|brought)\b[^,\x00“”\"]{1,60}?"
    r"\bby\b(?:(?!lawyer|attorney|counsel|publicist|spokes|agent)[^,\x00“”\"]){1,60},\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3},)?"
    # ("“…,” the post warned.", "“…,” the post had said.")
    r"\s+(?:had\s+|has\s+)?(?P<verb>read|reads|said|says|stated|states|continued|continues|added|adds|warned|"
    r"warns|urged|urges|declared|declares|advised|advises|noted|notes|argued|argues|concluded|"
    r"concludes|recommended|recommends|alleged|alleges|claimed|claims|began|begins|opened|opens|"
    r"ended|ends)\b"
)
_POST_VOICE_BEFORE = re.compile(
    # (not "The top comment, from a user named Priya Raman, read:": a comment is someone else's)
    r"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+)?(?:statement|release|post|caption|"
    r"essay|letter|note|message|memo|email|e-mail|newsletter|op-ed|column|thread|filing|ruling|"
    r"opinion|lawsuit|complaint|study|report)"
    r"(?:,\s+[a-z][^,\x00“”\"]{1,60},)?\s+(?P<verb>read|reads|said|says|stated|states|continued|"
    r"continues|went on|goes on|added|adds|concluded|concludes"
    # ("Her post was short:": what a post or caption was like, then its words; not "The ruling was blunt:",
    # "His message was simple:", said of a speech as well)
    r"|(?:(?<=post )|(?<=caption ))(?:was|is)\s+(?:short|brief|simple|blunt|terse|"
    r"succinct|direct))\s*:\s*$"
)
# "“…,” said the statement, which was released through the sheriff’s office".
_POST_VOICE_INVERTED = re.compile(
    r"[\s,]*(?P<verb>said|says|read|reads|added|adds|continued|continues)\s+"
    # (not "said the study’s lead author, Maria Chen": a possessive names someone else)
    rf"(?:(?:the|her|his|their|its)\s+(?:[\w-]+\s+)?{_POST_NOUN}(?![\w’'])"
    # ("“…,” read a post on X that was shared thousands of times": one just reported, where
    # it ran, not "said a paper mill worker, Tom Hardy", "said a comment by Rep. Ilhan Omar")
    rf"|an?\s+(?:[\w-]+\s+)?{_POST_NOUN}(?=\s+(?:on|in|from|published|posted|shared|that|which)\b))"
)
# "“…,” the statement quoted the company’s president, Stephen Rourke, as saying": the words of
# the document, spoken by the one it quotes.
# "Meridian’s", "the BBC’s": a body's name in the possessive, before one of its roles.
# ("Kestrel+’s head of unscripted programming": a "+" in the name too)
_BODY_POSSESSIVE = r"(?:the\s+)?[A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3}[’']s"
_POST_QUOTED_AFTER = re.compile(
    # ("the university’s news release quoted": an owner and a kind before the document)
    rf"[\s,]*(?:the|her|his|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?{_POST_NOUN}\s+(?P<verb>quoted|quotes)\s+"
    # ("the release quoted the lead researcher, Dr. Camila Rojas Hernández, as saying")
    # ("… the team lead, Tobias Engström, a fourth-year engineering student, as saying")
    # ("quoted the team lead, Tobias Engström,": any role before the name in apposition)
    # ("the release quoted Detective Sgt. Ayumi Kawashima as saying": titles before the name)
    # ("the release quoted Meridian’s head of drama, Colette Ambrose, as saying": a body's role)
    rf"(?:(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})|(?:the|its|his|her|their|{_BODY_POSSESSIVE})\s+[a-z][^,\x00“”\"]{{0,60}}(?=,\s+(?:{_TITLE_CHAIN})?{_NAME},))"
    rf"(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME}),(?:\s+(?:an?|the)\s[^,\x00“”\"]{{1,60}},)?)?"
    # ("the release quoted Lorna Bell, the head of programming, as saying")
    rf"(?:(?<![,])(?<=\w),\s+(?:an?|the|its|{_BODY_POSSESSIVE})\s[^,\x00“”\"]{{1,60}},)?"
    r"\s+as\s+(?:saying|having\s+said)\b"
)
_WAS_QUOTED_AFTER = re.compile(
    rf"[\s,]*(?:(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})|(?:the|its|his|her|their|{_BODY_POSSESSIVE})\s+[a-z][^,\x00“”\"]{{0,60}}"
    rf"(?=,\s+(?:{_TITLE_CHAIN})?{_NAME},))"
    rf"(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME}),)?"
    r"\s+(?:was|is)\s+(?P<verb>quoted)\s+as\s+(?:saying|having\s+said)\b"
)
# "“…,” the statement said, quoting the chairman, Owen Pritchard": the words of the one the
# document quotes.
_POST_QUOTING_AFTER = re.compile(
    rf"[\s,]*(?:the|her|his|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?{_POST_NOUN}\s+"
    r"(?P<verb>said|says|read|reads|added|adds),\s+quoting\s+"
    rf"(?:(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})|(?:the|its|his|her|their)\s+[a-z][^,\x00“”\"]{{0,60}}(?=,\s+(?:{_TITLE_CHAIN})?{_NAME}\b))"
    rf"(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME})\b)?"
)
# "The statement quoted Greg Lindholm, the company’s vice president for operations: “…”".
_POST_QUOTED_BEFORE = re.compile(
    rf"(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+\s+)?{_POST_NOUN}\s+(?:also\s+)?"
    rf"(?P<verb>quoted|quotes)\s+(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})"
    rf"(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME})(?=\s*[,:])|{_AGE_APPOSITION}|{_ROLE_APPOSITION}|,\s+[^,:\x00“”\"]{{1,80}})?"
    r"\s*(?:as\s+saying)?\s*[:,]\s*$"
)
# "the company … quoted its chief executive, Ingrid Halvorsen, as saying, “…”", "The release
# quoted its plant manager, Curtis Abernathy: “…”": the one named after a role is quoted.
_QUOTED_ROLE_NAMED_BEFORE = re.compile(
    # ("said in a press release that it would appeal, quoting its chief executive, Rodrigo
    # Prates: “…”")
    r"\b(?P<verb>quoted|quotes|quoting)\s+(?:its|the|her|his|their|[A-Z][\w-]*[’']s)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?[\w-]+,\s+(?P<subj>{_NAME})(?:,?\s+as\s+saying)?\s*[:,]\s*$"
)
# "He deleted the post overnight, and on Sunday morning posted again:": one subject, two verbs,
# the second introducing the quote after time words only (not "…, and his wife wrote:").
_AND_THEN_BEFORE = re.compile(
    rf"\s*(?P<subj>{SUBJECT})\s+[a-z][\w’'-]*\b[^.!?\x00“”\"]{{0,120}}?,?\s+and\s+"
    r"(?:(?:then|later|again|soon|that|this|the|next|early|late|on|in|at|after|[A-Z][a-z]+day|"
    r"morning|afternoon|evening|night|overnight|hours?|minutes?|days?|\d+)\s+){0,5}"
    rf"(?P<verb>{_VERB_ALT})(?:\s+again)?\s*:\s*$"
)
# "Chief Lorraine Hart was quoted in it as saying: “…”" (in the release, in the statement): the
# document just reported speaks in the words of the one it quotes.
_QUOTED_IN_POST_BEFORE = re.compile(
    # ("Its search coordinator, Janelle Whitfield, was quoted in the release as saying,")
    rf"(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME}),)?"
    # ("Vlădescu, who did not attend, was quoted in a press release from his distributor, Farrow
    # Films:": a relative clause between, an indefinite document, and where it came from)
    r"(?:,\s+who\s+[^,\x00]{1,60},)?"
    r"\s+(?:was|is)\s+(?P<verb>quoted)\s+in\s+"
    rf"(?:it|(?:the|a|an|her|his|its|their)\s+(?:[\w-]+\s+)?{_POST_NOUN}"
    # (one apposition to where it came from, not another clause: "…, and Tom Reyes said:")
    r"(?:\s+(?:from|by|issued\s+by)\s+[^:,\x00“”\"]{1,60}?"
    r"(?:,\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})?)?)(?:\s+as\s+saying)?\s*[:,]\s*$"
)
# "The release quoted Natarajan saying the clinics were “…”": a fragment the document quotes.
_DOCUMENT_QUOTED = re.compile(
    rf"(?:The|Its|Her|His|Their)\s+(?:[\w-]+\s+)?{_POST_NOUN}\s+(?:also\s+)?"
    rf"(?P<verb>quoted|quotes)\s+(?:{_TITLE_CHAIN})?(?P<subj>{SUBJECT})"
    rf"(?:,\s+(?:{_TITLE_CHAIN})?(?P<appos>{_NAME}),|{_AGE_APPOSITION}|{_ROLE_APPOSITION})?"
    r"\s+(?:as\s+)?(?:saying|calling|describing)\b"
)
VERB_ANY = re.compile(rf"(?<![\w-])(?P<verb>{_VERB_ALT})\b")
_SUBJECT_START = re.compile(
    rf"(?<![\w’'-])(?:[{_UPPER}]|(?:she|he|they|the|her|his|their|one|another|an?)\b)"
)
# ("Analyst Carla Benson of Ridgeway Securities said": where they work, between name and verb)
_SUBJECT_BEFORE = re.compile(
    rf"(?P<subj>{SUBJECT})(?:\s+(?:of|from|at)\s+(?:the\s+)?[{_UPPER}][\w’'&.-]*"
    rf"(?:\s+(?:of|for|and|&|the|[{_UPPER}][\w’'&.-]*))*)?"
    rf"[\s,]+{_ADVERB}{{0,2}}$"
)


@dataclass(frozen=True)
class Attribution:
    """The speaker phrase and reporting verb found for one quote, and which rule found them."""

    subject: str | None
    subject_start: int
    verb: str | None
    verb_start: int
    rule: str  # "after", "before", "fragment" or "none"
    clause_start: int  # the narration that attributes the quote (for posts)
    clause_end: int


NONE = Attribution(None, -1, None, -1, "none", -1, -1)


_FROM_PLACE = re.compile(r"(?<=[a-z])\s+from\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\s-]*$")


def _clean_subject(subject: str) -> tuple[str, int]:
    """Drop a role title before a name ("Model Ashley Graham" -> "Ashley Graham"); return the shift."""
    subject = _FROM_PLACE.sub("", subject)
    words = subject.split()
    shift = 0
    if len(words) > 1 and words[0] in lx.WEEKDAY_NAMES:
        # "On Monday Sarah Lee said": the day before the name
        shift, words = len(words[0]) + 1, words[1:]
    if words and words[0].lower() in {"the", "her", "his", "their"}:
        # "her teammate Jess Lowe": a description followed by the name it describes.
        named = next(
            (i for i, w in enumerate(words[1:], 1) if w[:1].isupper() and not w[:1].isdigit()), None
        )
        # ("the Ohio Republican" is a description whose noun is capitalized, not a name).
        if (
            named is not None
            and all(w[:1].isupper() for w in words[named:])
            and words[-1].lower() not in lx.PERSON_NOUNS
            and words[-1].lower() not in lx.DEMONYMS
        ):
            shift = len(" ".join(words[:named])) + 1
            words = words[named:]
    if len(words) > 2 and words[0] in _ROLE_ADJ_WORDS:
        shift += len(words[0]) + 1
        words = words[1:]
    if (
        len(words) > 2
        and words[0].islower()
        and words[0] not in {"the", "her", "his", "their", "a", "an"}
        and words[1].lower().rstrip(".") in lx.ROLE_WORDS
    ):
        shift += len(words[0]) + 1  # "team president Carla Mendes"
        words = words[1:]
    while (
        len(words) > 1
        and (words[0].lower().rstrip(".") in lx.ROLE_WORDS or words[0].lower() in lx.ROLE_MODIFIERS)
        and words[1][:1].isupper()
    ):
        shift += len(words[0]) + 1
        words = words[1:]
    role_at = [
        i
        for i, w in enumerate(words[:-1])
        if (w in _ORG_ROLE_ACRONYMS or w.lower() in lx.ROLE_WORDS)
        and all(x[:1].isupper() for x in words[i + 1 :])
    ]
    if role_at and words[0][:1].isupper():
        cut = role_at[-1] + 1
        shift += len(" ".join(words[:cut])) + 1
        words = words[cut:]
    return " ".join(words), shift


_ORG_ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "GM"})


def _indefinite(subject: str) -> bool:
    """ "A longtime customer", "an onlooker": someone the story introduces without a name."""
    first = subject.split()[0]
    return first.lower() in {"a", "an", "one", "another"} and len(subject.split()) > 1


# "Hours later she went further …:": time, not the one speaking.
_TIME_UNITS = lx.words("seconds minutes hours days weeks months years moments decades")


def _subject_ok(subject: str) -> bool:
    first = subject.split()[0].lower()
    if first in {"she", "he", "they"}:
        return True
    if first in _TIME_UNITS:
        return False
    if (
        subject[:1].isupper()
        and first in lx.FUNCTION_WORDS
        and first not in {"the", "her", "his", "their", "one", "another", "some", "a", "an"}
    ):
        return False
    words = subject.split()
    return not any(
        (
            w.lower().rstrip(".’'s") in lx.MONTHS
            # ("Jun Takahashi", "May Chen": a month's name opening a person's name)
            and not (i + 1 < len(words) and words[i + 1][:1].isupper() and not w.endswith("."))
        )
        or w.lower() in lx.PLATFORMS
        for i, w in enumerate(words)
    )


def _speaker_key(match: re.Match[str]) -> str:
    """The group a pattern's speaker is in: the name in apposition when it has one."""
    return "appos" if match.groupdict().get("appos") else "subj"


def _introduced_by(
    match: re.Match[str], lo: int, rule: str, clause_start: int, clause_end: int
) -> Attribution:
    """The speaker a pattern found around a quote (the name in apposition when it has one),
    with its verb; ``lo`` is where the searched window starts in the narration."""
    key = _speaker_key(match)
    subject, shift = _clean_subject(match.group(key))
    return Attribution(
        subject,
        lo + match.start(key) + shift,
        match.group("verb"),
        lo + match.start("verb"),
        rule,
        clause_start,
        clause_end,
    )


def after(text: str, narration: str, close: int, limit: int, sentence_end: int) -> Attribution:
    """An attribution right after a quote's closing mark: "“…,” she wrote", "“…,” said Smith"."""
    window_end = min(limit, close + 1 + 200)
    quoted = _POST_QUOTED_AFTER.match(
        narration, close + 1, window_end
    ) or _POST_QUOTING_AFTER.match(narration, close + 1, window_end)
    if quoted and _subject_ok(quoted.group(_speaker_key(quoted))):
        end = _clause_end(narration, quoted.end(), min(limit, sentence_end))
        return _introduced_by(quoted, 0, "post-voice", close + 1, end)
    was_quoted = _WAS_QUOTED_AFTER.match(narration, close + 1, window_end)
    if was_quoted and _subject_ok(was_quoted.group(_speaker_key(was_quoted))):
        # "“…,” the federation’s president, Luca Benedetti, was quoted as saying": the words of
        # the one a document quotes
        end = _clause_end(narration, was_quoted.end(), min(limit, sentence_end))
        return _introduced_by(was_quoted, 0, "post-voice", close + 1, end)
    voice = _POST_VOICE_AFTER.match(narration, close + 1, window_end) or _POST_VOICE_INVERTED.match(
        narration, close + 1, window_end
    )
    by = _BY_NAME.match(narration, voice.end(), window_end) if voice else None
    if by:
        # "“…,” read the caption on the post by actress Noor Al-Khatib": the one who wrote it
        end = _clause_end(narration, by.end(), min(limit, sentence_end))
        return Attribution(
            by.group("subj"),
            by.start("subj"),
            voice.group("verb"),
            voice.start("verb"),
            "after",
            close + 1,
            end,
        )
    if voice:
        # "“…,” the statement read": the words of a post; no person is named as speaker.
        end = _clause_end(narration, voice.end(), min(limit, sentence_end))
        return Attribution(
            None, -1, voice.group("verb"), voice.start("verb"), "post-voice", close + 1, end
        )
    for pattern in (_AFTER_SUBJECT_VERB, _AFTER_VERB_SUBJECT, _AFTER_UNNAMED):
        match = pattern.match(narration, close + 1, window_end)
        if pattern is _AFTER_UNNAMED:
            introduced = _introduced_with_noun(narration, close, window_end)
            if introduced is not None:
                # "Kofi Asante-Darko, an agronomist, told Farmers Weekly … “…,” the agronomist
                # said": a noun the lexicon does not list, which the story gave a name before.
                name, verb = introduced
                end = _clause_end(narration, verb.end(), min(limit, sentence_end))
                return Attribution(
                    name.group("name"),
                    name.start("name"),
                    verb.group("verb"),
                    verb.start("verb"),
                    "after",
                    close + 1,
                    end,
                )
        if match and pattern is _AFTER_UNNAMED:
            # "“…,” the family said": someone speaks, but not a person the story names.
            end = _clause_end(narration, match.end(), min(limit, sentence_end))
            return Attribution(
                None, -1, match.group("verb"), match.start("verb"), "unnamed", close + 1, end
            )
        # ("said one of the plaintiffs, Marcus Delahaye, 41"; "“…,” a spokesman, Oren Blatt,
        # said in the statement": named in apposition after all)
        named_after = bool(
            match
            and " " in (match.groupdict().get("appos") or "")
            and (pattern is _AFTER_VERB_SUBJECT or _indefinite(match.group("subj")))
        )
        # (the subject is judged once: both tests below ask)
        subject_ok = bool(match and _subject_ok(match.group("subj")))
        if (
            subject_ok
            and _indefinite(match.group("subj"))
            and not named_after  # "said one of the plaintiffs, Marcus Delahaye, 41"
        ):
            end = _clause_end(narration, match.end(), min(limit, sentence_end))
            return Attribution(
                None, -1, match.group("verb"), match.start("verb"), "unnamed", close + 1, end
            )
        if subject_ok:
            subject, shift = _clean_subject(match.group("subj"))
            appos = match.groupdict().get("appos")
            if (
                appos
                and pattern is _AFTER_VERB_SUBJECT
                and (
                    " " not in appos
                    or match.group("subj").split()[0].lower()
                    # ("said its director of water resources, Helen Achterberg": a body's role)
                    not in {"the", "a", "an", "her", "his", "their", "its", "one", "another"}
                )
            ):
                appos = (
                    None  # "said Becker, a Republican.": only a description takes a name after it
                )
            if appos:
                # "his spokesperson, Amy Fenn, said": the name in apposition is the speaker.
                subject, shift = _clean_subject(match.group("appos"))
                shift += match.start("appos") - match.start("subj")
            end = _clause_end(narration, match.end(), min(limit, sentence_end))
            return Attribution(
                subject,
                match.start("subj") + shift,
                match.group("verb"),
                match.start("verb"),
                "after",
                close + 1,
                end,
            )
    described = _AFTER_VERB_DESCRIBED_NAME.match(narration, close + 1, window_end)
    if described and _subject_ok(described.group("subj")):
        # "“…,” said the Millbrook stroke, Hamish Oduya-Grant, as …": a description the
        # lexicon does not know, and the name in apposition to it
        end = _clause_end(narration, described.end(), min(limit, sentence_end))
        return Attribution(
            described.group("subj"),
            described.start("subj"),
            described.group("verb"),
            described.start("verb"),
            "after",
            close + 1,
            end,
        )
    return NONE


_AFTER_VERB_DESCRIBED_NAME = re.compile(
    r"[\s,]*(?P<verb>said|says|wrote|writes|added|adds)\s+the\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*,\s+"
    rf"(?P<subj>{_NAME})(?=[,.;\x00]|\s*$)"
)


# "“…,” the agronomist said": "the" and one noun the lexicon does not list, then the verb.
_THE_NOUN_AFTER = re.compile(
    r"[\s,]*the\s+(?P<noun>[a-z][a-z-]{3,})\s+(?P<verb>said|says|added|adds|wrote|writes|"
    r"explained|explains|noted|notes|told)\b"
)
_INTRODUCTION_WINDOW = 1500  # characters before the quote where the noun may name someone


def _introduced_with_noun(
    narration: str, close: int, window_end: int
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The name the story last gave the noun of "the <noun> said" after a quote to, when the
    noun is no word of the lexicon: "Kofi Asante-Darko, an agronomist who advises growers,"
    or "the agronomist Kofi Asante-Darko"."""
    verb = _THE_NOUN_AFTER.match(narration, close + 1, window_end)
    if verb is None:
        return None
    noun = verb.group("noun")
    if (
        noun in lx.FUNCTION_WORDS
        or noun in lx.PERSON_NOUNS
        or noun in lx.KIN_NOUNS
        or noun in lx.ORG_NOUNS  # ("His team, Moreau Durand, … the team said": no person)
        or noun in lx.ORG_WORDS
    ):
        return None
    # (fixed patterns tried around each place the noun stands, nearest first: no pattern is
    # compiled for each noun)
    lo = max(0, close - _INTRODUCTION_WINDOW)
    i = narration.rfind(noun, lo, close)
    while i >= 0:
        j = i + len(noun)
        if not (narration[i - 1 : i].isalnum() or narration[j : j + 1].isalnum()):
            if narration[j : j + 1] not in ("’", "'", "-"):
                named = _NAME_BEFORE_NOUN.search(narration, max(lo, i - 160), i)
                if named:
                    return named, verb
            if _DET_BEFORE_NOUN.search(narration, max(lo, i - 60), i):
                named = _NAME_AFTER_NOUN.match(narration, j, close)
                if named:
                    return named, verb
        i = narration.rfind(noun, lo, i)
    return None


# "Kofi Asante-Darko, an agronomist who …": the name, then the noun in apposition (not "Maria
# Delgado, a spokeswoman for the company": the noun of another phrase).
_NAME_BEFORE_NOUN = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?|the)\s+(?:(?!(?:of|for|at|in|to|with|from|on|by|the)\s)[\w’'-]+\s+){{0,3}}$"
)
# "the fiddler Kwame Boateng", "her breeder, Margaret Oyelaran-Hughes": the noun, then the name.
_DET_BEFORE_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# ("the dermatologist Dr. Adaeze Nwosu": a title may stand before the name)
# ("A geologist who studied the slope after the collapse, Rafael Quintanilla,": a relative clause
# between)
_NAME_AFTER_NOUN = re.compile(
    r"(?:\s+(?:who|whose)\s+[^,\x00“”\"]{1,80}(?=,))?"
    rf",?\s+(?:{_TITLE_CHAIN})?(?P<name>{_NAME})"
)


_QUOTED_BEFORE = (
    (_POST_QUOTED_BEFORE, ""),
    (_QUOTED_ROLE_NAMED_BEFORE, "quot"),
    (_QUOTED_IN_POST_BEFORE, "quoted in"),
)


def before(text: str, narration: str, open_at: int, lower: int) -> Attribution:
    """An attribution that introduces a quote: "Legend added, “…”"."""
    lo = max(lower, open_at - 250)
    window = narration[lo:open_at]
    sentence_lo = _sentence_start(window)
    opening = sentence_lo + len(window[sentence_lo:]) - len(window[sentence_lo:].lstrip())
    voice = _POST_VOICE_BEFORE.match(window, opening)
    if voice:
        # "The post continued: “…”", "The email went on: “…”": the words of the post just
        # reported, opening their own sentence; no person is named as speaker.
        return Attribution(
            None,
            -1,
            voice.group("verb"),
            lo + voice.start("verb"),
            "post-voice",
            lo + sentence_lo,
            open_at,
        )
    # The document speaks in the words of the one it quotes: their words, its post. (Each
    # pattern is tried only when the window holds the word every match of it holds.)
    for pattern, word in _QUOTED_BEFORE:
        quoted = word in window and pattern.search(window, sentence_lo)
        # (the name in apposition when there is one: "Its search coordinator, Janelle Whitfield,")
        if quoted and _subject_ok(quoted.group(_speaker_key(quoted))):
            return _introduced_by(quoted, lo, "post-voice", lo + sentence_lo, open_at)
    shared = _AND_THEN_BEFORE.match(window, sentence_lo)
    if shared and _subject_ok(shared.group("subj")):
        # "He deleted the post overnight, and on Sunday morning posted again: “…”": the
        # subject of the first verb speaks with the second.
        return _introduced_by(shared, lo, "before", lo + sentence_lo, open_at)
    named_as = _NAMED_AS.search(window, sentence_lo)
    if named_as and _INTRODUCES.search(window, named_as.end()):
        # "Another, who gave her name as Renée Thibodeaux, asked: “…”"
        return Attribution(
            named_as.group("name"),
            lo + named_as.start("name"),
            None,
            lo + named_as.start(),
            "before",
            lo + sentence_lo,
            open_at,
        )
    was_named = _WAS_NAME_COLON.search(window, sentence_lo)
    if was_named:
        # "Among the first to comment was Britpop veteran Tariq Mahmood: “…”"
        return Attribution(
            was_named.group("subj"),
            lo + was_named.start("subj"),
            None,
            lo + was_named.start(),
            "before",
            lo + sentence_lo,
            open_at,
        )
    # (the word starts of the window's last sentence are found once for the three patterns
    # that try them)
    word_starts = _candidate_starts(window, sentence_lo)
    for pattern in (
        _ACCORDING,
        _FROM_WHO_COLON,
        _BEFORE,
        _BEFORE_COLON,
        _FROM_COLON,
        _UNDER_POST_COLON,
    ):
        best = None
        # ("one from the French baker Luc Arnaud:" opens at a lower-case "from")
        starts = (
            word_starts
            if pattern is not _FROM_COLON and pattern is not _FROM_WHO_COLON
            else [m.start() for m in _FROM_WORD.finditer(window)]
        )
        for start in starts:
            match = pattern.match(window, start)
            if (
                match
                and _subject_ok(match.group("subj"))
                # (not "Her post drew a reply from the councilwoman Adaeze Nwankwo:": a
                # possessive opens no subject)
                and match.group("subj") not in _POSSESSIVES
                # ("“…,” she replied, and the host laughed: “Guilty.”": the clause after "and"
                # has a speaker of its own, found from a later start)
                and not _SECOND_SPEAKER.search(
                    window, match.end("verb") if "verb" in match.groupdict() else match.end()
                )
            ):
                best = match
                break
        if (
            best is not None
            and pattern is _BEFORE_COLON
            and _indefinite(best.group("subj"))
            and not best.groupdict().get("appos")
        ):
            # ("One of the most liked came from her sister, the chef Kavitha Raghunathan:": an
            # unnamed subject, and the name the comment came from)
            named_from = next(
                (
                    found
                    for found in (
                        _FROM_COLON.match(window, m.start()) for m in _FROM_WORD.finditer(window)
                    )
                    if found and _subject_ok(found.group("subj"))
                ),
                None,
            )
            best = named_from or best
        if best is not None:
            subject, shift = _clean_subject(best.group("subj"))
            appos = best.groupdict().get("appos")
            if appos:
                subject, shift = appos, best.start("appos") - best.start("subj")
            verb = best.group("verb") if "verb" in best.groupdict() else "according to"
            verb_start = (
                lo + best.start("verb") if "verb" in best.groupdict() else lo + best.start()
            )
            # ("Another former player, Tyler Voss, added": named in apposition after all)
            unnamed = _indefinite(best.group("subj")) and not appos
            named_before = (
                _NAME_BEFORE_APPOSITION.search(window, sentence_lo, best.start())
                if unnamed
                else None
            )
            if named_before is not None:
                # ("Yuki Tanabe, 34, a software engineer from Edinburgh, says:": the description
                # is in apposition to the name before it)
                subject, shift = (
                    named_before.group("name"),
                    named_before.start() - best.start("subj"),
                )
                unnamed = False
            # ("In a follow-up post, he added:" reports its post; in "Mel posted on LinkedIn,
            # where a lawyer, Ben Sau, commented beneath her post:" the clause after "where" is
            # the comment's, and the post before it stays Mel's)
            where = window.rfind(", where ", sentence_lo, best.start())
            return Attribution(
                None if unnamed else subject,
                -1 if unnamed else lo + best.start("subj") + shift,
                verb,
                verb_start,
                "unnamed" if unnamed else "before",
                lo + (where + 2 if where >= 0 else sentence_lo),
                open_at,
            )
    organisation = _ORGANISATION_BEFORE.search(window, sentence_lo)
    if organisation:
        # "In a Facebook post on Friday, the company added: “…”": an organisation speaks,
        # no person the story names.
        return Attribution(
            None,
            -1,
            organisation.group("verb"),
            lo + organisation.start("verb"),
            "unnamed",
            lo + sentence_lo,
            open_at,
        )
    reply = _UNSIGNED_REPLY_COLON.match(window, sentence_lo) if "from" in window else None
    if reply:
        # "One reply, from a teacher in Nagoya who did not give a name, read: “…”": a reply
        # from someone the story does not name.
        return Attribution(
            None,
            -1,
            reply.group("verb"),
            lo + reply.start("verb"),
            "unnamed",
            lo + sentence_lo,
            open_at,
        )
    joined = _JOINED_BEFORE.search(window)
    if joined:
        # "Coach Felix Brandauer said … that losing Molina was “a huge blow,” but added: “…”":
        # a verb joined by "and"/"but" has the subject of the sentence it continues (whose
        # fragment may stand in between).
        verb_at = lo + joined.start()
        sentence_lo = 1 + max(
            narration.rfind(stop, max(0, open_at - 400), verb_at)
            for stop in (". ", "! ", "? ", "\n")
        )
        while sentence_lo < verb_at and narration[sentence_lo].isspace():
            sentence_lo += 1
        found = _sentence_subject(narration, (sentence_lo, open_at), verb_at) or _main_subject(
            narration, sentence_lo, verb_at
        )
        if found is not None:
            key = "verb" if joined.group("verb") else "participle"
            return Attribution(
                found[0],
                found[1],
                joined.group(key),
                lo + joined.start(key),
                "before",
                sentence_lo,
                open_at,
            )
    return NONE


_JOINED_BEFORE = re.compile(
    rf"(?:,\s*)?\b(?:and|but)\s+{_ADVERB}{{0,2}}(?P<verb>{_VERB_ALT})\b[^.!?\x00]{{0,60}}?[,:]\s*$"
    # "Verstraete later posted a video on Instagram, writing only: “Patience.”"
    # ("… wrote on X that the ban was “absurd,” adding, “…”": the comma inside the marks)
    r"|(?:,|\x00|^)\s+(?P<participle>writing|saying|adding|noting|telling|tweeting|captioning|declaring|"
    r"explaining|arguing|insisting|warning)\b[^.!?\x00]{0,60}?[,:]\s*$"
)


# A period that ends an abbreviation or an initial, not a sentence: "St. Brendan’s", "Dr. Roe".
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:St|Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Lt|Sgt|Capt|Gen|Col|Det|Mt|Ft|Jr|Sr|No)"
    # (an initial, not the platform after a preposition: "posted on X. Adrian Cole replied:";
    # but "to J. K. Rowling")
    r"|(?<![\w.])(?:[A-WYZ]|(?<! on )(?<! to )(?<! via )(?<! from )X))$"
)


def _last_stop(window: str) -> int:
    """Where the last sentence of ``window`` ends (-1 when none does)."""
    cut = max(window.rfind("! "), window.rfind("? "), window.rfind("\x00"))
    period = window.rfind(". ")
    while period > cut and _ABBREVIATION_BEFORE.search(window, max(0, period - 5), period):
        period = window.rfind(". ", 0, period)
    return max(cut, period)


_ORGANISATION_BEFORE = re.compile(
    # ("Her department later posted on X:": someone's body, no one named)
    r"(?:^|,\s+|\x00\s*|\s)(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is)\s+(?:[\w’'-]+\s+){0,3}?"
    # ("In a statement read outside court, the family said:": a family speaks as no one named)
    rf"(?:{word_trie(lx.ORG_NOUNS | {'family', 'families', 'estate'})})s?"
    # ("In a second post an hour later, it added:": the organisation posting)
    r"|it)\s+(?:(?:" + _LY + r"|later|also|then)\s+)?"
    r"(?P<verb>said|says|added|adds|stated|states|wrote|writes|posted|posts|tweeted)"
    r"(?:\s+on\s+[A-Z][\w]*)?\s*[:,]\s*$"
)
# ("Asked whether the White House had weighed in, he said: “…”": no conjunction needed)
_BY_NAME = re.compile(
    rf"\s+(?:on\s+(?:the|her|his|their)\s+[\w-]+\s+)?by\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<subj>{_NAME})"
)
_NAMED_AS = re.compile(
    r"\b(?:gave\s+(?:her|his|their)\s+name\s+as|identified\s+(?:herself|himself|themselves)\s+as)"
    rf"\s+(?:(?:an?|the)\s+[^,.\x00]{{0,40}}?\s+)?(?P<name>{_NAME})"
)
_INTRODUCES = re.compile(r",?\s+(?:" + _LY + rf"\s+)?(?:{_VERB_ALT})\b[^.!?\x00]{{0,60}}?[,:]\s*$")
_WAS_NAME_COLON = re.compile(rf"\b(?:was|were)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<subj>{_NAME})\s*:\s*$")
_SECOND_SPEAKER = re.compile(
    r",?\s+(?:(?:and|but|while)\s+)?(?:the\s+[a-z]+|[Ss]he|[Hh]e|[Tt]hey|[A-Z][\w’'-]+)\s+(?:"
    + _LY
    + r"\s+)?"
    # (", Demir answered in the same thread:": the verb's place may follow it)
    rf"(?:{_VERB_ALT}|laughed|smiled)(?:\s+(?:in|on|under|beneath|below)\s+[^,:\x00“”\"]{{1,40}})?\s*:\s*$"
    # (", where a privacy lawyer, Benedikt Sauer, commented beneath her post:": a clause with a
    # speaker of its own)
    rf"|,\s+where\s+(?:an?|the|one)\s+[^,:\x00]{{1,40}},\s+{_NAME},\s+(?:" + _LY + rf"\s+)?"
    rf"(?:{_VERB_ALT})\b[^:\x00]{{0,60}}:\s*$"
)


def _sentence_start(window: str) -> int:
    return _last_stop(window) + 1


def _candidate_starts(window: str, sentence_lo: int) -> list[int]:
    """Word starts in the last sentence of ``window`` (from ``sentence_lo``, its
    ``_sentence_start``), nearest the quote last (so the longest clause wins)."""
    starts = [m.start() for m in _SUBJECT_START.finditer(window[sentence_lo:])]
    return [sentence_lo + s for s in starts]


_DOCUMENT_OPENS = re.compile(
    # ("His office’s report, published the same morning, described …")
    rf"(?:The|Its|Her|His|Their|An?)\s+(?:[\w’'-]+\s+){{0,2}}?{_POST_NOUN}"
    # ("A letter from the state’s safety division to the company, dated July 18, says"; "A
    # health inspection report released Tuesday says")
    # ("The lawsuit, filed by Solange Thibodeau in Quebec Superior Court on Monday, calls")
    r"(?:\s+(?:from|by|to)\s+[^,.;:\x00“”\"]{1,80}?){0,2}(?:,\s+[^,\x00“”\"]{1,40},|,\s+filed\s[^,\x00“”\"]{1,80},)?"
    r"(?:\s+(?:released|published|issued|filed|dated|obtained|sent)\s+[^,.;:\x00“”\"]{1,40}?)?\s+"
    r"(?:(?:also|later|then|further)\s+)?(?:said|says|stated|states|identified|identifies|added|"
    r"adds|noted|notes|called|calls|described|describes|accused|accuses|alleged|alleges|warned|"
    r"warns|urged|urges|read|reads|credited|credits|blamed|blames|advised|advises|recommended|"
    r"recommends|concluded|concludes|argued|argues)\b"
)
# Someone the story does not name, opening a sentence, perhaps after a phrase of place or time:
# "A European Union negotiator, speaking on condition of anonymity, said"; "On Reddit, where a
# thread drew thousands of replies, one user wrote"; "At Union Station, a nurse … said".
INDEFINITE_OPENING = re.compile(
    r"(?:(?:On|In|At|Outside|Inside|Near|After|Before|During|Later|Earlier|Meanwhile|Nearby|"
    r"Elsewhere|Across|Back)\b[^.!?\x00]{0,100}?,\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{_PERSON_NOUN_ALT})(?![\w’'-])"
)
# "Nimbus’s chief executive, Sofia Marchetti, is quoted calling the code “…”".
_IS_QUOTED = re.compile(
    # ("Its director general, Rosario Dimaculangan, was quoted …": a role of two words)
    rf"(?P<subj>{SUBJECT})(?:\s+[a-z][\w-]*)?(?:,\s+(?P<appos>{_NAME}),)?\s+(?:is|was|are|were)\s+quoted\s+"
    # ("was quoted in the release as saying that …")
    r"(?:in\s+(?:the|its|a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+)?"
    r"(?:as\s+)?(?:saying|calling|describing|telling|writing)\b"
)
_QUOTED_AS_SAYING = re.compile(
    # ("quoted its curator of meteorites, Dr. Tuulikki Heikkinen, as saying": a title before it)
    # ("quoted a co-author, Aiyana Redcloud, as saying": an indefinite role, then the name)
    # ("quoted her co-author, Rafael Mendes, as saying": a possessive role, then the name)
    # ("two musicians who were there, who quoted him as adding": a pronoun for the one quoted)
    rf"\bquot(?:ed|es|ing)\s+(?:{_TITLE_CHAIN})?(?P<subj>him(?=\s+as\s)|her(?=\s+as\s)|{SUBJECT}|(?:an?|her|his|their|its)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=,))(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r"(?:,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?"
    rf"(?P<appos>{_NAME}),)?\s+as\s+(?:saying|having\s+said|calling|describing|adding)\b"
)


_OBJECT_TO_SUBJECT = {"him": "he", "her": "she"}
# A document, then the verb that reports what it says, right before a fragment.
_DOCUMENT_PARTICIPLE = re.compile(
    # (not a ruling or a decision, which people protest: "After the ruling, protesters …
    # demanding “…”")
    r"\b(?:letter|statement|communiqu[ée]|petition|filing|lawsuit|complaint|motion|memo|email|"
    r"resolution)s?\b[^.!?\x00]{0,120}?\b"
    r"(?P<verb>asking|urging|demanding|warning|promising|pledging|calling|saying|insisting|arguing|"
    r"citing|cited|vowing)\b[^.!?\x00]{0,60}$"
)


def document_participle(
    narration: str, sentence: tuple[int, int], open_at: int, close: int
) -> Attribution:
    """For a fragment no one is found to say: "an open letter, signed by more than 2,000
    families, asking for “…”", "a joint communiqué promising to “…”" are the document's own
    words, after the verb that reports what it says (NONE when there is no such verb)."""
    lo = max(sentence[0], open_at - 300)
    participle = _DOCUMENT_PARTICIPLE.search(narration, lo, open_at)
    if participle is None:
        return NONE
    # (the clause ends with the fragment: one endless sentence is not read again for each)
    return Attribution(
        None, -1, participle.group("verb"), participle.start("verb"), "post-voice", lo, close + 1
    )


def fragment(
    narration: str,
    sentence: tuple[int, int],
    open_at: int,
    close: int,
    ends_sentence: bool = False,
) -> Attribution:
    """The speaker of a fragment quoted inside narration: the subject of the nearest reporting verb.
    ``ends_sentence``: the words in the marks end with the sentence's full stop."""
    # Bounded around the fragment so one endless sentence cannot make this quadratic.
    lo, hi = max(sentence[0], open_at - 300), min(sentence[1], close + 300)
    # (both patterns need the words; most windows lack them, which a plain find tells faster)
    has_according = narration.find("ccording to ", lo, open_at) >= 0
    according = _ACCORDING_ANY.search(narration, lo, open_at) if has_according else None
    someone = (
        _ACCORDING_SOMEONE.search(narration, lo, open_at)
        if has_according and not according
        else None
    )
    source = according or someone
    if (
        source is not None
        and narration.find("quot", source.end(), open_at) >= 0
        and _QUOTED_AS_SAYING.search(narration, source.end(), open_at)
    ):
        # ("according to two musicians who were there, who quoted him as adding that …": the one
        # the source quotes speaks, found below)
        according = someone = None
    if someone:
        # "According to the charity, … “…”": a source the story names, but not a person.
        return Attribution(None, -1, "according to", someone.start(), "fragment", lo, hi)
    if according:
        subject, shift = _clean_subject(according.group("subj"))
        return Attribution(
            subject,
            according.start("subj") + shift,
            "according to",
            according.start(),
            "fragment",
            lo,
            hi,
        )
    voice = _POST_VOICE_AFTER.match(narration, close + 1, hi)
    if voice:
        # "Patel “walked out the door with the crown jewels,” the lawsuit says": the document
        # speaks, in its own words.
        return Attribution(None, -1, voice.group("verb"), voice.start("verb"), "post-voice", lo, hi)
    # (bounded around the fragment, like the window above: a sentence of a whole paragraph is
    # not read again for each fragment in it)
    voice_inside = _DOCUMENT_VOICE_INSIDE.search(
        narration, lo, open_at
    ) or _DOCUMENT_VOICE_LAST.search(narration, close, hi)
    if voice_inside:
        # "The losses, the study says, are “…”": the document speaks, in the middle of the
        # sentence.
        return Attribution(
            None, -1, voice_inside.group("verb"), voice_inside.start("verb"), "post-voice", lo, hi
        )
    quoted = _DOCUMENT_QUOTED.match(narration, sentence[0], open_at)
    if quoted and _subject_ok(quoted.group("subj")):
        return _introduced_by(quoted, 0, "post-voice", lo, hi)
    if _IT_OPENS.match(narration, sentence[0], open_at) and _DOCUMENT_BEFORE.search(
        narration, max(0, sentence[0] - 300), sentence[0]
    ):
        # "The report gave the restaurant 30 days. It also notes that staff were “…”": the
        # document of the sentence before, named again as "it".
        return Attribution(None, -1, None, sentence[0], "post-voice", lo, hi)
    if _DOCUMENT_OPENS.match(narration, sentence[0], open_at) and not _QUOTED_AS_SAYING.search(
        narration, sentence[0], open_at
    ):
        # "The post identified the driver as Dylan Mercer and said he turned himself in “…”":
        # the document the sentence opens with speaks.
        return Attribution(None, -1, None, sentence[0], "post-voice", lo, hi)
    quoted = None
    if (
        narration.find("quot", lo, open_at) >= 0
    ):  # (both patterns need the word; most windows lack it)
        quoted = max(
            _QUOTED_AS_SAYING.finditer(narration, lo, open_at),
            key=lambda m: m.start(),
            default=None,
        ) or max(_IS_QUOTED.finditer(narration, lo, open_at), key=lambda m: m.start(), default=None)
    key = _speaker_key(quoted) if quoted else "subj"
    if quoted and _subject_ok(quoted.group(key)):
        # "Halvorsen quoted Chief Financial Officer Raj Mehra as saying the company remained
        # “…”": the one quoted speaks, not the subject who quotes them (or the one named in
        # apposition: "Its director general, Rosario Dimaculangan, was quoted …").
        subject, shift = _clean_subject(quoted.group(key))
        subject = _OBJECT_TO_SUBJECT.get(subject, subject)  # ("quoted him as adding")
        return Attribution(
            subject, quoted.start(key) + shift, "saying", quoted.start(), "fragment", lo, hi
        )
    verbs = []
    after_close = 0
    for verb in VERB_ANY.finditer(narration, lo, hi):
        verbs.append(verb)
        after_close += verb.start() >= close
        if after_close == 2:
            break  # (only the first two verbs after the fragment are looked at)
    before_q = [m for m in verbs if m.end() <= open_at][::-1][:4]
    after_q = [m for m in verbs if m.start() >= close][:2]
    caption = _CAPTION_BEFORE.search(narration, max(lo, open_at - 30), open_at)
    if (
        caption
        and not before_q
        # (a caption someone put on a post, not one they found: "found a 1962 photo of her
        # grandfather with the caption “…”")
        and _POSTING.search(narration, sentence[0], open_at)
    ):
        # "The 29-year-old broke the news on Instagram with a photo … and the caption “…”": the
        # words of the post the sentence's subject put up
        found = _sentence_subject(narration, sentence, caption.start())
        if found is not None:
            return Attribution(found[0], found[1], None, caption.start(), "fragment", lo, hi)
        if _POST_OPENS.match(narration, sentence[0], caption.start()):
            # ("The post, a clip of the swimmer, carried the caption “…”": the post's own words)
            return Attribution(None, -1, None, caption.start(), "post-voice", lo, hi)
    rejected = _REJECTED_AS.search(narration, max(lo, open_at - 160), open_at)
    if rejected:
        # "The embassy rejected the claims in a statement as “pure invention.”": the words of
        # the one rejecting (not "Lopez rejected accusations that she was “a liar”": others')
        found = subject_of(narration, lo, rejected) or _sentence_subject(
            narration, sentence, rejected.start()
        )
        return Attribution(
            found[0] if found else None,
            found[1] if found else -1,
            rejected.group("verb"),
            rejected.start(),
            "fragment",
            lo,
            hi,
        )
    for group in (before_q, after_q):
        for verb in group:
            if verb.group("verb").endswith("ing") and verb.end() <= open_at:
                # ("after the council member Amara Diallo-Fontaine published a long Substack
                # essay accusing the incumbent of “…”": the one who published what accuses)
                window_lo = max(lo, verb.start() - 160)
                maker = (
                    _MADE_THEN_PARTICIPLE.search(narration, window_lo, verb.start())
                    if _MAKING_WORDS.search(narration, window_lo, verb.start())
                    else None
                )
                if maker and _subject_ok(maker.group("subj")):
                    return Attribution(
                        maker.group("subj"),
                        maker.start("subj"),
                        verb.group("verb"),
                        verb.start(),
                        "fragment",
                        lo,
                        hi,
                    )
            if verb.end() <= open_at and _PASSIVE_RIGHT_BEFORE.search(
                narration, max(lo, verb.start() - 16), verb.start()
            ):
                # ("she said the decision would be remembered “as a retreat”": a passive reports
                # no one's words; the verb before it does)
                continue
            if (
                verb.end() <= open_at
                and verbs.index(verb) > 0
                and _SAID_IT_BEFORE.search(narration, max(lo, verb.start() - 30), verb.start())
            ):
                # ("Asked about the report, he said it described “…”": the one who said what the
                # report described, by the verb before)
                continue
            if _IT_RIGHT_BEFORE.search(narration, max(lo, verb.start() - 24), verb.start()) or (
                _DOCUMENT_THAT_BEFORE.search(narration, max(lo, verb.start() - 40), verb.start())
                or (
                    (
                        signed := _SIGNED_BY_MANY_BEFORE.search(
                            narration, max(lo, verb.start() - 140), verb.start()
                        )
                    )
                    and (signed.group("that") or verb.group("verb").endswith("ing"))
                    and not AUTHORED_DOCUMENT.search(
                        narration, max(lo, signed.start() - 60), signed.start()
                    )
                )
            ):
                # "a news release listing five pledges, which it called “…”": the document or
                # the organisation, no person
                return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
            place = _OPENING_WHERE.fullmatch(narration, sentence[0], verb.start())
            if place:
                # "The Barbican in London, where he was due to play, said in a statement that it
                # was “heartbroken”": the place the sentence opens with, not the one in its
                # relative clause
                return Attribution(
                    place.group("subj"),
                    place.start("subj"),
                    verb.group("verb"),
                    verb.start(),
                    "fragment",
                    lo,
                    hi,
                )
            # "…, telling supporters that …": a participle after a comma hangs on the main
            # clause, whose subject is not the word before the comma ("in Orrin Falls, telling").
            dependent = _DEPENDENT_VERB.search(narration, lo, verb.end())
            if (
                dependent
                and dependent.group().startswith(",")
                and not verb.group("verb").endswith("ing")
                and (
                    _INSERTED_PHRASE.search(narration, max(lo, verb.start() - 120), verb.start())
                    # ("…, the mayor, Greta Lindahl, promised “…”": a name in apposition)
                    or _NAME_SET_OFF.search(narration, max(lo, verb.start() - 80), verb.start())
                )
            ):
                # ("Delacroix, speaking at a Capitol Hill news conference on Thursday, said …":
                # a finite verb after a phrase set off by commas has the subject before it)
                dependent = None
            found = _main_subject(narration, lo, verb.start()) if dependent else None
            if found is not None and _indefinite(found[0]):
                # ("Another passenger, retired teacher Howard Pennington, told …": someone
                # unnamed, named in apposition after all)
                named = subject_of(narration, lo, verb)
                if named is not None and not _indefinite(named[0]):
                    found = named
            if found is None:
                found = subject_of(narration, lo, verb)
            if (
                found is None
                and verb.end() <= open_at
                and _AFTER_A_QUOTE.search(narration, max(lo, verb.start() - 4), verb.start())
            ):
                # "“…,” said library director Harriet Osgood, “and we’d rather …”": the subject
                # after the verb, before the fragment that continues the quote.
                inverted = _AFTER_VERB_SUBJECT.match(narration, verb.start(), open_at)
                if (
                    inverted
                    and _subject_ok(inverted.group("subj"))
                    and re.match(r"\s*[,.;\x00]", narration[inverted.end() : inverted.end() + 3])
                ):
                    subject, shift = _clean_subject(inverted.group("subj"))
                    found = subject, inverted.start("subj") + shift
            if found is None:
                found = _sentence_subject(narration, sentence, verb.start())
            if found is not None:
                subject, start = found
                return Attribution(
                    subject, start, verb.group("verb"), verb.start(), "fragment", lo, hi
                )
    if before_q and INDEFINITE_OPENING.match(narration, sentence[0], open_at):
        # "On Reddit, a traveler who said she had spent two nights at the airport wrote that the
        # apology was “…”", "A European Union negotiator, speaking on condition of anonymity,
        # said …": someone the story does not name.
        verb = before_q[-1]
        return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
    for verb in before_q[:1]:
        if _UNNAMED_WHO.search(narration, max(lo, verb.start() - 60), verb.start()):
            # "a thread started by a fan who asked whether “…”": someone the story does not name.
            return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
    if before_q and _GROUP_OPENING.match(narration, sentence[0], open_at):
        # "A coalition of fishing groups sued …, arguing in the lawsuit that regulators had
        # “…”": a group the story does not name as people speaks.
        verb = before_q[-1]
        return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
    for verb in before_q[:2]:
        # "the league said it was “reviewing the incident”" (or "… called her claims “…”", where
        # "claims" is no verb): an organisation or an unnamed
        # source speaks (None); the fragment is still its words.
        if _UNNAMED_SUBJECT.search(narration, max(lo, verb.start() - 60), verb.start()):
            return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
    if before_q and (
        close - open_at > _REPORTED_FRAGMENT_LENGTH
        # ("The BBC said in a statement that it would announce her replacement “in due
        # course.”": short words that end the reported sentence, its full stop inside the marks)
        or (ends_sentence and narration.find("\x00", sentence[0], open_at) < 0)
    ):
        # "In a news release, the conference said his remarks had been “a clear violation of the
        # sportsmanship policy.”": words reported from a speaker the story does not name as a
        # person (only a longer fragment: a word or two in marks may be a scare quote).
        verb = before_q[0]
        return Attribution(None, -1, verb.group("verb"), verb.start(), "fragment", lo, hi)
    return NONE


# (not "Tom Hall shared a letter from Jane Moss accusing …": someone else's document)
# (the verbs every match of _MADE_THEN_PARTICIPLE holds, found far faster than the pattern)
_MAKING_WORDS = re.compile(r"published|posted|wrote|released|issued|penned|filed|uploaded|tweeted")
_MADE_THEN_PARTICIPLE = re.compile(
    rf"(?<![\w’'-])(?P<subj>{_NAME})\s+(?:"
    + _LY
    + r"\s+)?(?:published|posted|wrote|released|issued|"
    r"penned|filed|uploaded|tweeted)\s+(?:an?|her|his|their)\s+"
    r"(?:(?!from\s|by\s|of\s)[^,.;:\x00\s]+\s+){0,10}$"
)
# (within one clause, and not a passive: "Tom Hall was denounced by his rivals as “a fraud”")
_REJECTED_AS = re.compile(
    r"(?<![\w-])(?<!was )(?<!were )(?<!been )(?<!being )(?P<verb>rejected|rejects|denounced|"
    r"denounces)\s+[^\x00.;,]{0,100}?\bas\s+$"
)
_PASSIVE_RIGHT_BEFORE = re.compile(r"\b(?:be|been|being)\s+$")
# ("in a press release that described the 24-year-old as “…”": an organisation's release
# speaks; not "Senator Maria Lopez issued a statement that called the bill “…”", hers)
_DOCUMENT_THAT_BEFORE = re.compile(r"\brelease\s+(?:that|which)\s+(?:" + _LY + r"\s+)?$")
# ("an open letter signed by 42 of her teammates that calls the process “…”": many people's
# document speaks, no one of them by name)
# "signed by 42 of her teammates", "backed by more than 3,000 parents": a document many people
# put their names to (posts.py too)
SIGNED_BY_MANY = (
    r"(?:signed|backed|endorsed|co-signed)\s+by\s+"
    r"(?:(?:more|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)\b"
)
_SIGNED_BY_MANY_BEFORE = re.compile(
    r"\b"
    + SIGNED_BY_MANY
    # (the document's own verb: "that calls", "calling"; not "rejected a letter signed by 40 MPs
    # and called the plan …", hers)
    + r"(?:(?!\b(?:and|but)\b)[^,.;:\x00“”\"]){0,60}?\s+(?P<that>(?:that|which)\s+(?:\w+ly\s+)?)?$"
)
# ("Tom Hale wrote an open letter backed by 40 MPs": his, however many back it; posts.py too)
AUTHORED_DOCUMENT = re.compile(
    r"\b(?:wrote|penned|drafted|published|launched|started|organi[sz]ed)\s+(?:an?|the|his|her|their)\b"
)
_SAID_IT_BEFORE = re.compile(r"\b(?:said|says|added|argued|insisted|noted)\s+(?:that\s+)?it\s+$")
_IT_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])(?:which|that),?\s+it\s+(?:" + _LY + r"\s+|also\s+)?$")
_UNSIGNED_REPLY_COLON = re.compile(
    r"\s*(?:One|Another|The\s+(?:first|top|last|latest)|A)\s+(?:[a-z]+\s+)?(?:reply|comment|response)"
    r",\s+from\s+(?:an?|one|another)\s+[^,:\x00“”\"]{1,100},\s+(?P<verb>read|reads|said|says)\s*:\s*$"
)
_UNNAMED_WHO = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_NOUN_ALT})\s+who\s+"
    r"(?:" + _LY + r"\s+)?$"
)
_DOCUMENT_VOICE_INSIDE = re.compile(
    rf",\s+(?:the|its|their)\s+(?:[\w-]+\s+)?{_POST_NOUN}\s+(?:" + _LY + r"\s+)?"
    r"(?P<verb>says|said|states|stated|adds|added|notes|noted|warns|warned|concludes|concluded|"
    r"finds|found),"
)
_IT_OPENS = re.compile(
    r"It\s+(?:also\s+)?(?:says|said|notes|noted|adds|added|states|stated|warns|warned|calls|"
    r"called|describes|described|argues|argued)\b"
)
# (the sentence before names a document: "The report gave …", "“…,” the lawsuit says.")
_DOCUMENT_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|An?)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\b"
    r"[^.!?]*[.!?]\s*$"
)
_REPORTED_FRAGMENT_LENGTH = 20  # characters between the marks: about four words
# ("The impact “shattered his left cheekbone” and left him with vision loss, the complaint
# says.": the document that ends the sentence speaks)
_DOCUMENT_VOICE_LAST = re.compile(
    rf",\s+(?:the|its|their|her|his)\s+(?:[\w-]+\s+)?{_POST_NOUN}\s+(?P<verb>says|said|states|stated|"
    r"alleges|alleged|adds|added)\s*[.!?]?\s*$"
)
_GROUP_OPENING = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?(?:coalition|alliance|groups?|council|board|"
    r"campaign|committee|union|association|organi[sz]ations?|residents|families|parents|"
    r"workers|tenants|plaintiffs|activists|lawmakers|officials)\b(?![’'])"
)
# "…, calling it “…”", "… but said the squad had “…”": a participle after a comma or a verb
# joined by "and"/"but" shares the subject of the clause it hangs on.
# (", speaking at a news conference on Thursday,", ", in a statement,": a participle's or a
# preposition's phrase, not a relative clause with a subject of its own)
_INSERTED_PHRASE = re.compile(
    r",\s+(?:[a-z]+ing|[a-z]+ed|in|at|on|after|before|during)\b[^,\x00]{0,80},\s*$"
)
_NAME_SET_OFF = re.compile(rf",\s+{_NAME},\s*$")
_DEPENDENT_VERB = re.compile(r"(?:,\s+|\b(?:and|but)\s+)(?:" + _LY + r"\s+)?\w+$")
_FINITE_AFTER = re.compile(
    # (not a word that only ends like a verb: "in The Sunday Chronicle this weekend")
    r"(?:,\s+(?:who|a|an|the|\d+)\b[^,\x00]{0,80},)?,?\s+(?:" + _LY + r"\s+)?"
    r"(?:(?!(?:this|his|its|news|us|as|plus|thus|perhaps|always|across|unless|less)\b)[a-z]+(?:ed|s)|"
    # (common irregular pasts: "The senator laid out her case …, writing that …")
    r"said|told|wrote|laid|made|took|gave|went|came|spoke|held|led|left|met|put|set|sent|won|"
    r"lost|broke|began|brought|bought|thought|found|kept|felt|stood|sat|ran|saw|got|paid|drew|"
    r"knew|fell|fought|hit|rose|sold|shot|spent|taught|withdrew)\b"
    # (not a possessive: "The series’ lead")
    r"(?![’'])"
)


def _main_subject(narration: str, lo: int, before: int) -> tuple[str, int] | None:
    """The subject of the last finite verb before ``before`` in the sentence ("Hours later,
    Minister Gabor Szalai responded …, writing that …": Gabor Szalai)."""
    found = None
    for start in [m.start() + lo for m in _SUBJECT_START.finditer(narration[lo:before])]:
        match = _SUBJECT_ONLY.match(narration, start, before)
        if (
            match
            and _FINITE_AFTER.match(narration, match.end(), before)
            and _subject_ok(match.group("subj"))
            and not _NAMES_THE_CLIENT.search(narration, max(lo, start - 80), start)
            # (not the object of a preposition: "in an op-ed in The Wall Street Journal, writing")
            and not _PREPOSITION_BEFORE.search(narration, max(lo, start - 12), start)
        ):
            found = match
    if found is None:
        return None
    subject, shift = _clean_subject(found.group("subj"))
    return subject, found.start("subj") + shift


_SUBJECT_ONLY = re.compile(rf"(?P<subj>{SUBJECT})")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|of|for|from|with|to|by|into|about)\s+(?:[Tt]he\s+)?$"
    # (a later word of the name the preposition governs: "an op-ed in the Norland Courier
    # calling the plan “…”" is not Courier's)
    r"|\b(?:in|on|at|for|from|with|to|by|into|about)\s+[Tt]he\s+(?:[A-Z][\w’'.&-]*\s+){1,3}$"
)

_AFTER_A_QUOTE = re.compile(r"\x00[,\s]*$")

_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.,;]\s+|\x00\s*|\b(?:[Ii]n|[Aa]t|[Oo]n)\s[^,]{0,60},\s+|\band\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|"
    # "In the filing, Rivers’ attorneys called …": people the story does not name.
    r"[A-Z][\w-]*[’'](?:s\b)?|"
    # ("and his group, Terra Viva, said in a statement that …": someone's organisation)
    r"(?P<his>[Hh]is|[Hh]er|[Tt]heir))\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:estate|family|camp|"
    + word_trie(lx.ORG_WORDS | lx.ORG_NOUNS)
    + r"|(?(his)(?!)|(?:"
    + word_trie(lx.PERSON_NOUNS)
    + r")s))"
    r"(?:,\s+[^,\x00]{1,50},)?\s+(?:" + _LY + r"\s+)?$"
)


def _sentence_subject(
    narration: str, sentence: tuple[int, int], before: int
) -> tuple[str, int] | None:
    """The subject that opens the sentence ("Kim, 52, said …"), when it comes before ``before``."""
    lo = sentence[0]
    # ("Iowa State coach Pete Marchetti could not comment …": the organisation's role and name
    # as a whole, not "State")
    match = _OPENING_ORG_ROLE.match(narration, lo, min(before, lo + 120)) or _OPENING_SUBJECT.match(
        narration, lo, min(before, lo + 120)
    )
    # ("Vandenhoek’s predecessor, Ilse Marwick, who now sits …, wrote …", "The series’ lead,
    # Tobias Renfrew, posted": the one named in apposition to someone's relation, never the
    # possessor)
    named = _POSSESSIVE_APPOSITION.match(narration, lo, before)
    if (
        named is not None
        and _subject_ok(named.group("subj"))
        # (not a passive: "The senator’s wife, Jane Moss, was described by colleagues as …")
        and not _PASSIVE_AFTER_SUBJECT.match(narration, named.end())
    ):
        return named.group("subj"), named.start("subj")
    if (
        match
        and _subject_ok(match.group("subj"))
        # (not "The mayor’s office replied …": someone's office, team or lawyers, no one named)
        and not _SOMEONES_BODY.match(narration, match.start("subj"))
    ):
        subject, shift = _clean_subject(match.group("subj"))
        return subject, match.start("subj") + shift
    return None


_PASSIVE_AFTER_SUBJECT = re.compile(
    r"\s+(?:"
    + _LY
    + r"\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:"
    + _LY
    + r"\s+)?"
    r"(?:[a-z]+ed|called|described|told|named|seen|known|thought|held|given|shown|made|taken)\b"
)
_POSSESSIVE_APPOSITION = re.compile(
    rf"(?:The\s+)?(?:[\w-]+\s+){{0,2}}?[^\s,]+(?:[’']s|s[’'])\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*,\s+(?:{_TITLE_CHAIN})?(?P<subj>{_NAME}),"
)


# ", a Democrat," / ", who represented the plaintiffs," between a subject and its verb.
_INSERTED = re.compile(
    # (", general secretary of the Rail Workers’ Union," too: a lower-case role in apposition)
    r",\s+(?:who|whose|which|a|an|the|\d+|now|also|herself|himself|[a-z][\w-]*)\b[^,\x00]{0,80}"
    # (its closing comma may stand inside marks: ", who goes by the nom de guerre “Tideborn,”")
    r"(?:,|\x00+)\s*$"
)


def subject_of(narration: str, lo: int, verb: re.Match[str]) -> tuple[str, int] | None:
    window_lo = max(lo, verb.start() - 120)
    head = narration[window_lo : verb.start()]
    who = _NAME_WHO.search(narration, max(lo, verb.start() - 180), verb.start())
    if who:
        # "hired the attorney Simone Achebe-Wright, who said in a statement that …": the name
        # the relative clause hangs on
        return who.group("subj"), who.start("subj")
    inserted = _INSERTED.search(head)
    if inserted and _COLLECTIVE_OF.search(head, 0, inserted.start()):
        # "The family of one of the arrested men, 19-year-old Kieran Doyle, said": the name in
        # apposition is the one the family speaks for, not a speaker; the family is no one named.
        return None
    if inserted:
        found = _subject_ending(head[: inserted.start()] + " ", window_lo)
        if found is not None and not (
            # ("Another passenger, retired teacher Howard Pennington, told": someone unnamed,
            # named in the apposition after all)
            _indefinite(found[0])
            and (named := _NAMED_IN_APPOSITION.search(head, inserted.start())) is not None
            and _subject_ok(named.group("subj"))
        ):
            if found[0].split()[-1].islower() and found[0][:1].isupper():
                described = _NAMED_IN_APPOSITION.search(head, inserted.start())
                if (
                    described
                    and described.group().startswith((", the ", ", The "))
                    and _subject_ok(described.group("subj"))
                ):
                    # "Arceneaux’s husband, the former NFL linebacker Terrence Boudreaux,
                    # posted": someone described, then named in apposition
                    return described.group("subj"), window_lo + described.start("subj")
            return found
    return _subject_ending(head, window_lo)


_POST_OPENS = re.compile(rf"\s*(?:The|Its|Her|His|Their|An?)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\b")
_POSTING = re.compile(
    r"\b(?:Instagram|TikTok|Facebook|Twitter|Threads|Bluesky|YouTube|LinkedIn|Snapchat|Reddit|"
    r"posted|posts|posting|shared|shares|sharing|uploaded|broke\s+the\s+news|announced)\b"
)
_CAPTION_BEFORE = re.compile(r"\b(?:the|a|its|her|his|their)\s+caption\s+$|\bcaptioned\s+$")
_OPENING_WHERE = re.compile(
    r"\s*(?P<subj>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,\s+(?:where|which)\s+[^,\x00]{1,80},\s+"
    r"(?:" + _LY + r"\s+)?"
)
_NAMED_IN_APPOSITION = re.compile(
    rf",\s+(?:[a-z][\w-]*\s+|[A-Z]{{2,5}}\s+){{1,4}}(?P<subj>{_NAME}),\s*$"
)


# ("Dr. Elliot Ross, a hepatologist, who wrote …": a role in apposition may stand between)
_NAME_WHO = re.compile(
    rf"(?P<subj>{_NAME})(?:,\s+(?:a|an|the|his|her|their)\s[^,\x00“”\"]{{1,100}})?,\s+who\s+"
    r"(?:" + _LY + r"\s+|also\s+|later\s+|once\s+|still\s+|had\s+|has\s+)?$"
)
_COLLECTIVE_OF = re.compile(
    rf"\b{lx.KIN_GROUP}\s+of\s+[^,\x00]{{1,60}}(?:,\s+(?:[{_UPPER}][\w’'.-]*\s+){{0,3}})?$"
)
# ("The family of Kieran Doyle said": not Kieran Doyle, nor Doyle alone)
_OF_BEFORE = re.compile(r"\bof\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*\s+){0,3}$")
# "A lawyer for the owner, Lakeshore Residential,": a name in apposition to the client, a common
# noun, names the client, not the agent speaking.
_NAMES_THE_CLIENT = re.compile(
    r"\b(?:lawyer|attorney|spokesperson|spokesman|spokeswoman|representative|publicist|agent|"
    # (not a plural client: "An attorney for the cooks, Dmitri Volkonsky," names the attorney)
    # ("A representative for the film’s star, Damon Achebe-Farrow,")
    r"counsel|aide)s?\s+(?:for|of)\s+(?:the|its|their)\s+(?:[a-z][\w’'-]*\s+){0,5}?[a-z][\w-]*(?<![^s]s),\s+"
    rf"(?:[{_UPPER}][\w’'.-]*\s+)*$"
)


def _subject_ending(head: str, window_lo: int) -> tuple[str, int] | None:
    for start in [m.start() for m in _SUBJECT_START.finditer(head)]:
        match = _SUBJECT_BEFORE.match(head, start)
        if not match or match.end() != len(head):
            continue  # (tested first: the tests below only ever rule a start out as well)
        if _OF_BEFORE.search(head, max(0, start - 60), start) or _PREPOSITION_BEFORE.search(
            head, max(0, start - 60), start
        ):
            # "A friend of the actress said": the actress is not the one speaking; nor is "in
            # The Wall Street Journal, writing that …" the journal
            continue
        if _COLLECTIVE_OF.search(head, max(0, start - 80), start):
            continue  # "The parents of the missing hiker, Owen Pratt, said": the hiker's name
        if _NAMES_THE_CLIENT.search(head, max(0, start - 80), start):
            continue  # "A lawyer for the owner, Lakeshore Residential, said": the owner's name
        if _subject_ok(match.group("subj")):
            subject, shift = _clean_subject(match.group("subj"))
            return subject, window_lo + start + shift
    return None


_CLAUSE_STOP = re.compile(r"[;\x00]")


def _clause_end(narration: str, pos: int, limit: int) -> int:
    match = _CLAUSE_STOP.search(narration, pos, limit)
    return match.start() if match else limit
