"""Posts, essays, interviews and statements a story reports, and which quotes came from each.

Finds reports of a post in the narration ("shared photos of …", "penned an
essay for Medium", "opened up … on Good Morning America", "“…,” she wrote
alongside a photo of …", "returned to the platform"), gives each an author,
platform, date and what it showed, groups reports of the same post, and
assigns quotes to posts (continued speech, comments under a post, spoken
quotes in an interview). Pure Python; a platform or date the text does not
support stays None, with one documented default: a photo or video post with
no platform named is taken to be on Instagram.

The grammar of saying something in or through a medium, family by family
(the noun or verb, what attaches to it, what the post gets):

- social: "posted/shared/tweeted/captioned …", "wrote on X", "took to
  Instagram", "in a TikTok posted Monday", "in a video/livestream", "told
  her followers": platform named (or Instagram for a photo or video).
- documents: "said in a statement/memo/letter/email/note/message", "in her
  40-page opinion", "wrote in his ruling", "in a court filing", "according
  to the lawsuit", "writing for the majority": no platform; "to <outlet>"
  after the noun makes the outlet the platform, but "obtained by / seen by
  <outlet>" does not (the writer stays the author).
- pieces: "an essay/op-ed/column/newsletter", "in a New York Times op-ed",
  "an op-ed published Sunday in <outlet>", "on his blog": platform the outlet.
- outlets: "told <outlet>", "speaking to/with <outlet>", "in comments to
  <outlet>", "in an interview with <outlet>", "was interviewed by <outlet>",
  "told CNN’s <journalist>" (the network): platform the outlet.
- shows: "appeared on / stopped by / dropped by / visited / sat down with /
  called into <show>", "said Sunday on NBC’s “Meet the Press”", "in an
  interview broadcast on “60 Minutes”": platform the show.
- who: the subject of the reporting verb; a leading phrase ("In a letter to
  X, Y said") belongs to the subject after its comma; a group speaking for
  someone ("the family of X", "a lawyer for X") leaves the author to the one
  who then speaks.

Not posts: "told reporters/supporters", a rally, a hearing, a speech, court,
"said" with no medium, and nouns in other senses ("in his opinion,", "the
ruling party", "filed a lawsuit", "was described in the filing").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import given_names as gn
from . import lexicon as lx
from .marks import Layout
from .people import PeopleIndex
from .scanning import AnchoredScan, OpeningScan, is_word_char, word_trie
from .speakers import AUTHORED_DOCUMENT, SIGNED_BY_MANY
from .timex_rules import MONTH_FULL
from .types import DateClaim

# (Latin Extended-A, Ā-ſ, mixes upper- and lower-case letters: its lower-case ones count as
# capitals too, a small cost for names such as Łukasz or Šimon.)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
# "BBC Radio 4", "Channel 4": a number may close an outlet's name.
# ("KARE 11 News": a number inside a name, before a capitalized word)
_CAP_SEQ = rf"(?:\d+\s+)?[{_UPPER}][\w’'&-]*(?:\+(?!\w))?(?:\s+(?:(?:(?:of|and|&|with)(?:\s+the)?|the|dello|della|del|de|por|y|da|di|du|do|dos|das|nan)\s*)?(?:[{_UPPER}][\w’'&-]*(?:\+(?!\w))?|\d{{1,3}}(?=\s+[{_UPPER}]))){{0,5}}(?:\s\d{{1,4}}(?=[,.;:!?)\x00]|\s+(?:on|in|that|about|and|during|last|this|earlier)\b|$))?"
_PLATFORM_NAMES = sorted(
    (v for k, v in lx.PLATFORMS.items() if k != "x"), key=lambda v: (-len(v), v)
)
_PLATFORM_ALT = "|".join(re.escape(p) for p in _PLATFORM_NAMES)
# Starts with the names themselves (no look-behind) so the regex engine can skip ahead fast;
# _scan checks the word boundary before a match, and "X" needs "on X", "to X" or "X, formerly".
_PLATFORM_RE = re.compile(rf"(?P<plat>{_PLATFORM_ALT}|X)(?![\w-])")
PLATFORM_NAMED = _PLATFORM_RE  # (for quotes.py: a platform named in a span of narration)
# "who has 2.3 million followers on Twitch": the size of an audience on a platform, before it.
_AUDIENCE_ON = re.compile(
    r"\b(?:has|have|had|with|boasts)\s+(?:(?:more\s+than|about|nearly|almost|over|some)\s+)?"
    r"[\d.,]+(?:\s*(?:million|thousand|m|k))?\s+(?:followers|subscribers|fans|viewers)\s+"
    r"(?:on|across)\s+$"
)
_KNOWN_ON = re.compile(
    # (not "followed the bear on Nextdoor", "a one-star review on Tripadvisor")
    r"(?:\b(?:creators?|influencers?|personality|personalities|celebrit(?:y|ies)|most[- ]followed|"
    r"popular|famous|best[- ]known|well[- ]known)|\b(?:an?|the)\s+(?:[\w-]+\s+)?stars?)"
    # (no verb between: not "The influencer posted on TikTok")
    r"\s+(?:(?!(?:posted|shared|said|says|wrote|writes|announced|revealed|confirmed|replied|"
    r"explained|added|admitted)\b)[\w-]+\s+){0,2}?(?:on|across)\s+$"
)
_X_CONTEXT = re.compile(
    # (not "On X Games day", "On X Corp.'s lawsuit": another name that begins with X)
    r"(?:\b(?:[Oo]n|[Tt]o)\s+X(?!\s+(?:Games|Factor|Corp|Prize|Men|Files)\b|[\w’'-]|\.\w)|X,? (?:\()?formerly"
    # ("In a post on its X account": the platform's name before a noun of its own)
    r"|\b(?:its|his|her|their|the|an?|[\w-]+[’']s)\s+X\s+(?:account|post|feed|page|thread)s?\b)"
)
_NAMED_APP = re.compile(
    r"(?:app|platform|forum)\s+(?P<plat>[A-Z][\w]+(?:\s+[A-Z][\w]+)?)(?![\w’'-])"
)
_ON_AN_APP_BEFORE = re.compile(
    r"\b(?:wrote|writes|posted|posts|said|says|shared|shares|announced|announces|apologi[sz]ed)"
    r"(?:\s+to\s+(?:her|his|their|its)?\s*[a-z]+)?\s+on\s+(?:the|its|her|his|their)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_THREAD_ON_FORUM = re.compile(
    r"(?:^|(?<=[.;\x00])\s*|(?<=\n))(?:On|In)\s+(?:(?:the|its|his|her|their)\s+)?"
    r"(?:[\w-]+[’']s?\s+)?"
    rf"(?:[a-z][\w-]*\s+)?(?P<plat>{_PLATFORM_ALT})\s+(?:forum|page|group|subreddit|community),\s+"
    r"(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?P<noun>thread)\b"
    # (not a thread something was done to: "a thread was deleted after moderators called it …")
    r"(?!\s+(?:was|were|has\s+been|had\s+been)\s)"
)
_ON_PLATFORM_OPENING = re.compile(rf"(?:On|In)\s+(?P<plat>{_PLATFORM_ALT}|X),")
_ANOTHER_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:a|an|her|his|their)\s+(?:later|second|third|new|another|follow-up|"
    r"subsequent|separate|fresh)\s+$"
)
_WENT_LIVE = re.compile(r"\b(?:went|goes|going|was|is)\s+live\s+on\s+$")
# "posted a TikTok": the platform's name used for a post on it.
_POSTED_A = re.compile(
    r"\b(?:post(?:ed|ing)|shar(?:ed|ing)|upload(?:ed|ing)|mak(?:e|ing)|made|film(?:ed|ing)|releas(?:ed|ing)|"
    r"dropp(?:ed|ing)|publish(?:ed|ing))\s+(?:a|an|another|her|his|their)\s+(?:new\s+)?$"
)
# "for a tweet in which he called …": a tweet is a post on Twitter even with no verb.
_TWEET = re.compile(
    r"(?:an?|the|his|her|their)\s+(?:(?:deleted|recent|now-deleted|since-deleted|viral|old|"
    r"late-night|angry|lengthy|cryptic)\s+)?(?P<noun>tweet)s?\b"
)
# ("quote-posted the reply", "quoted her post with one word")
_QUOTE_POSTED = re.compile(
    r"\bquote-post(?:ed|ing|s)?\b|\bquot(?:ed|ing)\s+(?:her|his|their|the)\s+(?:post|tweet)\b"
)
_OF_ONE_S_OWN = re.compile(r"\s+of\s+(?:her|his|their)\s+own\b")
# "fired back in a post of her own", "replied in his own video": reported without a quote in
# the sentence (scanned from the nouns, then checked backwards for "in a" / "in her").
_OWN_POST = re.compile(
    r"(?:post|tweet|video|message)\s+of\s+(?:her|his|their)\s+own\b|own\s+(?:post|tweet|video)\b"
    # "Hours later, in a second post, Demir thanked fans": another post on the same platform.
    r"|(?:second|separate|follow-up|subsequent|third)\s+"
    # ("in a second newsletter post": the kind of post, between)
    r"(?:(?:newsletter|blog|Substack|Patreon|Facebook|Instagram|LinkedIn|Threads|Bluesky)\s+)?"
    r"(?:post|tweet|message|TikTok)\b"
)
_OWN_POST_HEAD = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ww]ith)\s+(?:an?|her|his|their)\s+$")
_TWEETED = re.compile(r"(?:quote-)?tweet(?:ed|ing)\b")
# A move to a platform, not yet made: "would return to Twitch", "plans to move to Bluesky".
_MOVING_TO = re.compile(
    # (not "marked her return to Instagram", "In a move to TikTok": the noun, a post made)
    r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )(?<!\ba )(?<!\bthe )"
    r"\b(?:return|returning|come\s+back|coming\s+back|go\s+back|going\s+back|move|moving|"
    r"switch|switching|migrate|migrating)\s+to\s+$"
)
_PLATFORM_CONTEXT = re.compile(
    r"(?:\b(?:[Oo]n|to|[Vv]ia|[Ff]or|[Ii]n|onto|[Tt]hrough|took to|[Aa]cross|[Dd]uring)\s+"
    # ("shared the appeal on her own Instagram")
    r"(?:(?:an?|her|his|their|its|the|a new|a recent|her own|his own|their own)\s+)?"
    # ("wrote to fans on the platform Weverse": the kind of service before its name)
    # ("on the fan platform Weverse": a platform for fans)
    r"(?:(?<=the )(?:fan\s+)?(?:platform|app|service|forum)\s+)?$)"
)
# "sent the hashtag trending worldwide on X": the platform, no post on it.
_HASHTAG = re.compile(r"#|\bhashtags?\b")
_TRENDING_ON = re.compile(r"\b(?:trending|trended|trends)\s+(?:[a-z]+\s+){0,2}?(?:on|across)\s+$")
# ("posted last week by an anonymous user on the show’s Reddit forum", "started a thread on the
# university’s Reddit forum": posted on someone's page; not "On the club’s Reddit forum, fans
# were angry")
_POSTED_ON_SOMEONES = re.compile(
    r"(?:\b(?:posted|wrote|shared|published|uploaded|posts|writes|shares)\b|"
    r"\bstarted\s+(?:a|an)\s+(?:thread|post|discussion|petition)\b)"
    r"[^.;:!?\x00]{0,60}?\bon\s+the\s+[\w-]+[’']s\s+$"
)
_POST_NOUNS = (
    r"photos?|pictures?|pics?|images?|selfies?|videos?|clips?|snaps?|snapshots?|posts?|tweets?|"
    r"messages?|notes?|essays?|op-eds?|statements?|letters?|tributes?|captions?|footage|reels?|"
    r"carousel|threads?|stories|story|blog posts?|newsletters?|montages?|slideshows?|shots?|photo dump|"
    r"updates?|reviews?|follow-ups?"
)
# ("posted a short TikTok of herself": a video on TikTok, by the platform's name; not "the
# TikTok bill", "a TikTok op-ed")
_TIKTOK_NOUN = (
    r"TikToks?(?=\s*[,.;:!?\x00]|\s*$|\s+(?:of|about|on|in|with|that|showing|where|which|to|"
    r"from|for|after|before|and|saying|calling|captioned|explaining|featuring|mocking|urging)\b)"
)
_POST_NOUN_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_POST_NOUNS}|Live|Story|Stories|series|show|streams?|livestreams?|"
    rf"channel|page|feed|group|groups)\b"
)
_MEDIA_NOUNS = re.compile(
    r"\b(?:photos?|pictures?|pics?|images?|selfies?|videos?|clips?|snaps?|snapshots?|reels?|carousel|footage|montages?|slideshows?|shots?|photo dump)\b"
)
_SHARE = re.compile(
    r"(?P<verb>shar(?:ed|ing|es|e)|post(?:ed|ing|s)?|upload(?:ed|ing|s)?|tweet(?:ed|ing|s)?|"
    r"publish(?:ed|ing|es)?|releas(?:ed|ing|es)|issu(?:ed|ing|es)|pen(?:ned|ning|s)|wr(?:ote|iting|ites)|"
    r"dropp(?:ed|ing)|put out|took to|sign(?:ed|ing|s)|sen(?:t|ds|ding)|repost(?:ed|ing|s)?|retweet(?:ed|ing|s)?|reshar(?:ed|ing|es)|"
    # ("Hours later she added a second post: …")
    r"add(?:ed|ing|s)(?=\s+(?:a|an)\s+(?:second|third|new|another|follow-up)\b)|"
    # ("Resident Priya Raman started the thread on Oct. 3.")
    r"start(?:ed|ing|s)?(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+)?thread))\s+"
    r"(?P<obj>(?:(?:a|an|the|some|her|his|their|its|several|two|three|four|five|few|new|series of|couple of|"
    # (prepositions open no object: "wrote under the post" is a comment on it)
    r"pair of|set of|bunch of|(?!(?:and|or|to|with|in|on|at|for|about|that|this|it|from|by|"
    r"under|beneath|below|over|into|after|before|beside|across)\b)[\w’'-]+)\s+){0,4}?"
    rf"(?:(?:{_POST_NOUNS})\b|{_TIKTOK_NOUN}))"
)
# ("wrote a second post an hour later", "She wrote a second essay on Sunday": one more of hers)
_ANOTHER_OBJECT = re.compile(
    r"(?:a\s+(?:second|third|fourth|further)|another)\s+(?:[\w-]+\s+)?"
    # (a post of the kind one puts on a platform: not "a second statement through her lawyer")
    r"(?:post|video|photo|picture|clip|tweet|TikTok|reel|story|thread|update|selfie)s?\b"
)
_RETURN = re.compile(
    rf"(?:returned|went back|came back|got back)\s+(?:to|on)\s+(?:the platform|the app|the site|social media|(?P<plat>{_PLATFORM_ALT}))"
)
# "told the radio station WHCT", "an interview with the local newspaper Kessby Posten": the kind
# of outlet before its name.
_OUTLET_KIND = (
    # ("told the Austrian broadcaster ORF")
    # ("told the Spanish radio station Cadena SER", "the Swiss broadcaster SRF")
    # ("on the Montana Public Radio programme “Field Notes”": the station's name before it)
    # ("the YouTube channel Climate Town")
    r"(?:the\s+)?(?:(?:[a-z][a-z-]+|[A-Z][a-z]+(?:an|ish|ese|ch|ss|i)|Sunday|YouTube|Twitch|"
    # ("the Spanish radio network Cadena SER": two words before the kind)
    # ("told the BBC Radio 4 program “Today”": a station's number after its network)
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+(?:Radio|Television|TV)(?:\s+\d{1,2})?)\s+){0,2}(?:radio station|TV station|television "
    r"station|radio program|radio programme|radio show|TV show|television show|talk show|"
    # (a daily, not "the daily White House briefing")
    r"news program|newspaper|paper|daily(?!\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:briefing|news\s+conference|"
    r"press\s+conference|meeting|session|address|speech|update|call)\b)|tabloid|magazine|"
    r"broadcaster|network|channel|website|news site|"
    # ("told the trade newsletter Passionfruit", "the Austrian weekly Styria Today")
    r"newsletter|weekly|publication|"
    r"podcast|program|programme|show),?\s+"
)
_NOT_OUTLET = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    # (a day or a month alone, not one that opens a name: "the talk show Sunday Sofa," but "told
    # the newspaper Monday Jones had lied")
    r"April|May|June|July|August|September|October|November|December)\b"
    # (not a title after the day: "told the newspaper Tuesday President Biden was …")
    r"(?!\s+(?!(?:President|Gov|Governor|Mayor|Senator|Sen|Rep|Minister|Prime|Dr|Mr|Mrs|Ms|Judge|"
    # (nor a person in apposition: "told the magazine Friday Jones, the coach, had …")
    r"Chief|General|Secretary|Chancellor)\b)[A-Z][a-z]+(?=,(?!\s+(?:the|a|an)\s)|\s*[.;:!?)]|\s+[A-Z]|\s+(?:that|on|in|"
    r"about|last|this|earlier|during|for|with|before|after|he|she|they|it|we)\b)))"
)
# The kind of a show or outlet named right before its name, with any determiner and up to three
# words before the kind: "the podcast The Waiting Room", "the BBC program Front Row", "his
# weekly podcast, Island Ledger Live,", "the Lagos radio show Sports Arena", "the student
# newspaper The Tayside Record". A name after its kind is a show or outlet whatever its words.
_KIND_BEFORE_NAME = (
    r"(?:the|a|an|his|her|their|its|our|my|[\w]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:radio station|TV station|television station|radio program|radio programme|radio show|"
    # (not "channel" or "network": "on his channel, Ferriby Weather" is his YouTube channel)
    r"TV show|television show|talk show|news program|newspaper|magazine|broadcaster|news site|"
    # ("the French sports daily L’Équipe", "the tabloid Bild")
    # (a daily after a word that says what it covers or where: not "the daily White House
    # briefing")
    r"(?:sports|business|financial|national|regional|local|evening|morning|[A-Z][a-z]+)\s+daily|"
    r"tabloid|broadsheet|news agency|wire service|weekly|publication|"
    # ("the esports site Dexerto"; not "on the company’s website, Tessellate said")
    r"podcast|program|programme|show),?\s+|(?:site|website)\s+)" + _NOT_OUTLET
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (Here and below, a pattern's first words are spelled out in both cases, not as "[Ii]n": plain
# letters let the regex engine skip ahead to the places where a match can start.)
_INTERVIEW = re.compile(
    r"(?:In|in|During|during)\s+(?:an?|her|his|their|the|a recent|a new|(?:[\w]+\s+)?[\w]+[’']s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?P<noun>interview|appearance|sit-down|Q&A|cover story|podcast|debate|town hall|forum)\b"
    # ("in an interview on Monday with the public radio program Idaho Matters")
    rf"(?:(?:\s+(?:on|last|this))?\s+{_DAY})?"
    rf"(?:\s+(?:with|on|for|to)\s+(?P<kind>{_OUTLET_KIND}{_NOT_OUTLET}|{_KIND_BEFORE_NAME})?(?P<outlet>(?:the\s+)?{_CAP_SEQ}))?"
    # ("in a February episode of the podcast Call Her Daddy")
    rf"|(?P<noun2>conversation|chat|episode|profile)\s+(?:with|on|for|of)\s+(?:{_KIND_BEFORE_NAME})?(?P<outlet2>(?:the\s+)?{_CAP_SEQ}))"
)
_MEDIA_INTERVIEW = re.compile(
    r"\b(?:podcast|radio|television|TV|video|videotaped|televised|broadcast|magazine|newspaper|"
    r"YouTube|Instagram|live|on-air|on-camera)\b"
)
_PUBLISHED_AFTER = re.compile(
    r"\s*,?\s+(?:that\s+)?(?:was\s+)?(?:published|aired|broadcast|posted|released|streamed|"
    r"recorded\s+for|that\s+ran)\b"
)
_TOLD = re.compile(
    rf"(?:told|tells)\s+(?P<kind>{_OUTLET_KIND}{_NOT_OUTLET}|{_KIND_BEFORE_NAME})?(?P<outlet>(?:the\s+)?{_CAP_SEQ})(?P<medium>\s+(?:magazine|newspaper|radio|podcast|in an interview))?"
)
# ("told NASA engineers": a plural noun after initials names those told)
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:"
    + word_trie(
        lx.FUNCTION_WORDS
        | {"perhaps", "this", "was", "has", "his", "its", "besides", "minutes", "moments"}
        | {"seconds", "hours", "days", "weeks", "months", "years", "times"}
    )
    + r")\b)(?![a-z]*(?:wards|ways|less)\b)[a-z]{3,}s\b"
)
# "described the scene to Al Jazeera", "recounted the rescue to the BBC": an account given to
# an outlet (only one built like an outlet's name).
_DESCRIBED_TO = re.compile(
    r"(?:described|explained|recounted|detailed|recalled)\s+(?:[\w’'-]+\s+){0,4}?to\s+"
    rf"(?P<outlet>(?:the\s+)?{_CAP_SEQ})"
)
# Verbs and nouns of a guest's visit to a show or outlet: the show follows directly.
_VISIT_VERBS = (
    r"(?:(?:stopped|stops|stopping|dropped|drops|dropping|swung|swings|popped|pops|came|comes)\s+by|"
    r"(?:sat|sits|sitting)\s+down\s+with|visited|visits|visiting|"
    r"(?:called|calls|calling|phoned|phones|phoning|dialed)\s+in(?:to|\s+to)|"
    r"interviewed\s+by|profiled\s+by)"
)
# ("sat down with the club’s in-house podcast, Rovers Uncut,": the show's kind may come first)
_VISITED = re.compile(
    rf"{_VISIT_VERBS}\s+(?P<kind>{_KIND_BEFORE_NAME})?(?P<show>(?:the\s+)?{_CAP_SEQ})"
)
# Before a show in marks, words given to it count too: "told “60 Minutes”", "speaking with
# NPR’s “Fresh Air”".
_VISIT_OR_SPEAK = rf"(?:{_VISIT_VERBS}|(?:a|his|her|their)\s+visit\s+to|told|tells|(?:[Ss]peaking|[Tt]alking|[Cc]hatting|spoke|talked|chatted)\s+(?:to|with))"
# "Speaking to The Guardian", "in comments to the Associated Press", "talking with CNN": words
# given to an outlet (the outlet is the platform; "speaking to reporters" names no outlet).
_SPEAKING_TO = re.compile(
    rf"(?:(?:[Ss]peaking|[Tt]alking|[Cc]hatting|spoke|talked|chatted|comments|remarks)\s+(?:to|with)|"
    # ("Asked in 1994 by The Providence Journal why …")
    rf"[Aa]sked\s+(?:(?:in|on|last|this|earlier)\s+[\w ]{{1,20}}?\s+)?by)\s+"
    # ("Speaking to Austria’s Ö1 radio": a country's station, named with its medium)
    rf"(?:(?i:{word_trie(lx.PLACE_NAMES)})[’']s\s+(?P<station>[{_UPPER}][\w’'&-]*)"
    r"(?=\s+(?:radio|television|TV|public\s+broadcaster)\b)"
    rf"|(?P<kind>{_KIND_BEFORE_NAME})?(?P<outlet>(?:the\s+)?{_CAP_SEQ}))"
)
# "on Swiss radio SRF", "on Kenyan television KTN": a country's medium before a station's name.
_NATIONAL_MEDIUM = (
    r"[A-Z][a-z]+(?:an|ish|ese|ch|ss|i)\s+(?:public\s+|state\s+)?(?:radio|television|TV)\s+"
    r"(?=[A-Z])"
)
_SPOKE_ON = re.compile(
    r"(?:opened up|spoke|[Ss]peaking|talked|[Tt]alking|appeared|[Aa]ppearing|appearances?|guest|"
    # ("Interviewed on CNN on Sunday, Kowalczyk said")
    r"[Ii]nterviewed|"
    r"guested|"
    r"sat down|chatted|"
    r"discussed|addressed|"
    r"revealed|admitted|confessed|reflected|joked|explained|said|told|confirmed|reminisced|"
    # (not across "that": "said in a statement that the bug affected players on PC")
    # ("defended the timing on RTÉ’s Morning Ireland")
    r"recalled|insisted|announced|defended|described|argued|warned|critici[sz]ed|praised|"
    r"apologi[sz]ed|acknowledged|"
    # ("rejected the argument on WAMU’s The Politics Hour", "pushed back on CNN’s State of the
    # Union": verbs of answering and arguing)
    r"rejected|dismissed|disputed|pushed back|hit back|questioned|conceded|denied|predicted|"
    r"promised|vowed|urged|challenged|countered|responded|"
    # ("made the same point more sharply on Radio Norland’s The Hour"; not "made the trip")
    r"made(?=\s+(?:the|a|an|her|his|their)\s+(?:same\s+|similar\s+)?(?:point|case|argument|"
    r"claim|remarks?|comments?)\b)|repeated|reiterated|echoed|"
    # ("Asked on Swiss radio SRF whether …, Zwahlen answered")
    r"[Aa]sked)\b(?:(?!\bthat\b)[^.!?;\x00]){0,80}?\b(?:on|during|to)\s+"
    # ("said on the latest episode of the podcast The Diplomat’s Desk")
    r"(?:(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?episode\s+of\s+(?=the\s|an?\s|[A-Z]))?"
    rf"(?P<kind>{_KIND_BEFORE_NAME}|{_NATIONAL_MEDIUM})?(?P<show>(?:the\s+)?{_CAP_SEQ})"
)
# "On CBC’s The Current, Ontario’s patient ombudsman, Devinder Grewal, said …": a network's show
# that opens the sentence (the network's checked).
_ON_NETWORK_SHOW_OPENING = re.compile(
    rf"On\s+(?P<net>[{_UPPER}][\w&.-]*(?:\s+[{_UPPER}\d][\w&.-]*){{0,3}})[’']s\s+"
    rf"(?P<show>[{_UPPER}][\w’'&-]*(?:\s+(?:(?:and|of|the|in)\s+)?[{_UPPER}][\w’'&-]*){{0,4}}),"
    # (someone named then speaks: not "On NBC’s Today, a segment about her arrest aired")
    rf"(?=[^!?\x00]{{0,80}}?[{_UPPER}][\w’'.-]+,?\s+(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|wrote|spoke|[a-z]+ed|[a-z]+s)\b)"
)
# "On CNN, Rep. Howard Blaisdell said …", "On BBC Radio 5 Live on Sunday, the firm’s chief,
# Ayesha Warren, blamed …": an outlet that opens the sentence, someone named then speaking.
_ON_OUTLET_OPENING = re.compile(
    rf"On\s+(?P<show>{_CAP_SEQ})(?:\s+(?:on|last|this)\s+[{_UPPER}]?[a-z]+(?:\s+(?:morning|"
    r"afternoon|evening|night))?)?,"
    rf"(?=[^!?\x00]{{0,80}}?[{_UPPER}][\w’'.-]+,?\s+(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|[a-z]+ed)\b)"
)
# "Asked about the figures by Sky News the next morning, the minister said": asked by an outlet,
# an interview with it.
# (a participle that opens its clause, no comma before "by": not "Asked why he quit, Hale said
# he had been pushed out by the Post Office board")
_ASKED_BY_OUTLET = re.compile(
    rf"Asked\b(?:(?!\bthat\b)[^.!?;:,\x00]){{0,60}}?\bby\s+(?P<show>(?:the\s+)?{_CAP_SEQ})"
)
# "Speaking on SAfm’s morning show": a station's show not named, the station the platform.
_STATION_OWNS_SHOW = re.compile(
    rf"(?P<net>[{_UPPER}][\w&.-]*(?:\s+[{_UPPER}\d][\w&.-]*){{0,2}})[’']s\s+"
    r"(?:(?:early|late|morning|breakfast|evening|afternoon|drive-time|weekend|flagship|"
    r"current-affairs|news|talk|phone-in|call-in|political|sports|daily|weekly)\s+){1,2}"
    r"(?:show|programme|program|bulletin|broadcast)\b"
)
# "told BBC Radio 4’s Today programme", "on NPR’s Fresh Air show": a network's show named
# before its noun.
_NETWORK_SHOW_NOUN = re.compile(
    rf"(?P<net>[{_UPPER}][\w&.-]*(?:\s+[{_UPPER}\d][\w&.-]*){{0,3}})[’']s\s+"
    rf"(?P<show>[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,3}})\s+(?:programme|program|show)\b"
)
_STATIONS_SHOW_NAMED = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?:show|programme|program|podcast|bulletin),\s+"
    rf"(?P<show>(?:The\s+)?[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,4}}),"
)
_STATION_SHOW_AFTER = re.compile(
    rf"\s\d{{1,4}}[’']s\s+(?P<show>[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,3}})"
)
_SHOW_AFTER_POSSESSIVE = re.compile(
    # ("BBC Radio 4’s You and Yours")
    rf"(?:\s\d{{1,2}})?[’']s\s+(?P<show>[{_UPPER}][\w’'&-]*(?:\s+(?:(?:and|of|the)\s+)?[{_UPPER}][\w’'&-]*){{0,3}})"
    r"(?!\s+(?:programme|program|show)\b)(?![\w’'&-])"
)
_POSSESSIVE_AFTER = re.compile(r"(?:\s\d{1,2})?[’']s\s")
_ON_STATION = re.compile(
    r"(?:on|On)\s+(?P<show>[A-Z]{3,5}(?:-(?:TV|FM|AM))?)\s+(?:radio|television|TV)\b"
)
# "On the BBC program Front Row that evening, Rashidova said …", "in the student newspaper The
# Tayside Record": a show or outlet named after its kind, with no verb needed.
# ("the programme Evening Report on the broadcaster TV Nord": a show named before its station)
_SHOW_NAMED_BEFORE = re.compile(rf"\b(?:programme|program|show|podcast)\s+(?P<show>{_CAP_SEQ})\s+$")
_STATION_KIND = re.compile(r"\b(?:broadcaster|station|network|channel)\b")
_ON_NAMED_KIND = re.compile(
    # ("on Vermont Public’s program Vermont Edition": a network of several words owns the kind)
    rf"(?:On|on|In|in|During|during)\s+(?P<owner>(?:[{_UPPER}][\w&.-]*\s+){{1,3}}(?=[{_UPPER}]\w*[’']s\s))?"
    rf"{_KIND_BEFORE_NAME}"
    # ("on the radio station 702": a station named by its number)
    rf"(?P<show>(?:[Tt]he\s+)?{_CAP_SEQ}|(?<=station )\d{{2,4}}(?![\d,.]\d))"
)
# "in a statement", "at a news conference", "released a press release to CNN": scanned from the
# noun (rare) and checked backwards, which is much cheaper than scanning from "in"/"on"/"at".
_STATEMENT_NOUN = re.compile(
    r"(?:statement|press release|news release|earnings release|"
    # ("Bunyip said in a release to the Australian Securities Exchange": a company's release,
    # where "in a release" follows a verb of saying; not the release of a film or a prisoner)
    r"(?:(?<=said in a )|(?<=said in its )|(?<=announced in a )|(?<=announced in its )|"
    r"(?<=confirmed in a )|(?<=confirmed in its ))release"
    r"(?!\s+(?:of|date|from|notes?|party|candidate|schedule|version|window)\b))\b"
)
_STATEMENT_HEAD = re.compile(
    r"(?<![\w’'-])(?:[Ii]n|released|issued|shared|put out|gave|held|holds|holding|hosted|called|"
    # ("Meridian Pictures responded with a statement that afternoon")
    # ("responded on Wednesday with a press release")
    r"(?:responded|replied|hit back|fired back|answered)(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:later|quickly|swiftly))?\s+with|"
    # ("The club marked the news with a press release", "greeted the ruling with a statement")
    r"(?:marked|greeted|met|welcomed|celebrated|confirmed|announced)\s+(?:the|its|her|his|their)\s+[\w-]+\s+with|"
    r"[Aa]ccording to|"
    r"[Aa]t|[Dd]uring|[Oo]n)\s+"
    r"(?:an?|the|its|[\w]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?$"
)
# "The release quoted its chief as saying: …", "Ledgerly’s press release, issued an hour later,
# framed the move as a pause": a release or statement opening its sentence speaks.
_RELEASE_AS_SUBJECT = re.compile(
    # ("The company’s earnings release said …")
    # ("Lund University’s press release quoted her co-author")
    # ("The company’s quarterly earnings release, published an hour later, said", "The club’s
    # statement on Thursday had been more businesslike", "Fennimore’s news release on the
    # quarter, issued before the call, reported revenue")
    # ("“…,” the university’s news release quoted": after the quote it gives, in lower case)
    # ("Her office’s press release said", "His statement said")
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s|"
    r"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+[a-z]+[’']s|"
    # ("A news release from the university quoted her co-author": an indefinite one, with
    # where it came from)
    r"(?P<a>An?))\s+"
    r"(?:(?:[a-z]+\s+)?(?:press|news|earnings)\s+)?"
    r"(?P<noun>release|statement)(?(a)\s+(?:from|by)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?|)"
    r"(?:\s+(?:on|last|this)\s+(?:the\s+)?[\w-]+)?(?:\s*,[^,\x00]{1,60},)?\s+"
    r"(?:quoted|quotes|said|says|added|adds|read|reads|stated|states|framed|frames|called|calls|"
    r"described|describes|reported|reports|had\s+been|"
    # ("The company’s earnings release blamed “an unusually weak slate”": not a participle,
    # "The statement credited to Ana Ruiz")
    r"(?P<new>blamed|blames|warned|warns|noted|notes|cited|cites|credited|credits|promised|"
    r"promises|attributed|attributes|acknowledged|acknowledges|praised|praises|insisted|insists|"
    r"touted|touts|highlighted|highlights)(?!\s+(?:to|by|in)\b))\b"
)
_NEWS_RELEASE = re.compile(r"(?:press|news|earnings)\s+release$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?”\"]\s+|\x00\s*)$")
_AFTER_CLOSING_MARK = re.compile(r"\x00\s+$")  # (a quote is masked in the narration)
# ("in a letter to the Yorkshire Post": a lower-case article before the outlet's name)
# (not "a letter to the FBI director": a name before a role is the addressee's)
_STATEMENT_OUTLET = re.compile(
    # ("a letter to the editor of the Sacramento Bee": the paper the editor works for)
    # (whatever follows it: "… of the Sacramento Bee two days later")
    rf"\s+(?:to|with)\s+(?P<editor>the\s+editors?\s+(?:of|at)\s+)?(?P<outlet>(?:the\s+)?{_CAP_SEQ})(?![\w’'&-])"
    r"(?(editor)|(?!\s+[a-z]+(?<!that)(?<!and)\s+[a-z]))"
)
# Written documents a person speaks through (a post with no platform, by the conventions): "said
# in a memo to employees", "In her 40-page opinion, Lin wrote", "wrote in a letter to fans",
# "according to an email", "in a court filing". Scanned from the noun and checked backwards.
# (Modifiers such as "open", "text", "court" or "blog" are read as the head's adjectives, so
# the scan starts only at the nouns: "in an open letter", "in a text message", "in a court
# filing"; "post" is _IN_A_POST's and "newsletter" _PUBLICATION's.)
DOCUMENT_NOUNS = lx.words(
    "memo memorandum letter email e-mail note message opinion dissent ruling filing lawsuit "
    "complaint affidavit motion petition op-ed essay column report order decision bulletin "
    "leaflet flyer editorial judgment judgement findings response notice declaration"
)
# A document noun anywhere in a report's words ("one letter", "a memo to staff").
DOCUMENT_WORD = re.compile(
    r"\b(?:"
    + "|".join(re.escape(n) for n in sorted(DOCUMENT_NOUNS, key=lambda n: (-len(n), n)))
    + r")s?\b"
)
_DOCUMENT_NOUN = re.compile(
    "(?:"
    + "|".join(re.escape(n) for n in sorted(DOCUMENT_NOUNS, key=lambda n: (-len(n), n)))
    + r")s?\b"
)
_DOCUMENT_HEAD = re.compile(
    # ("Customers received an email from the company")
    # ("had written a letter to the court"; not "had not written the leaflet")
    r"(?<![\w’'-])(?:[Ii]n|wrote|(?<=has )written|(?<=had )written|(?<=have )written|sent|"
    r"released|circulated|published|shared|"
    # ("Mrs Justice Fairweather, giving the court’s written judgment, said")
    r"giving|delivering|issuing|"
    r"[Aa]ccording to|[Tt]hrough|[Vv]ia)\s+"
    # ("sent faculty an email", "wrote parents a letter": a lower-case addressee between)
    r"(?:(?<=sent )[a-z]+\s+(?=an?\s)|(?<=wrote )[a-z]+\s+(?=an?\s))?"
    # ("wrote in the three-judge panel’s opinion", "in the families’ letter": a possessive
    # between)
    r"(?:an?|the|its|her|his|their|this|that|[\w]+[’']s?)\s+(?:[\w-]+(?:[’']s?)?\s+){0,3}?$"
    # ("Customers received an email from the company": a new one; not "had received the letter")
    r"|(?<![\w’'-])received\s+an?\s+(?:[\w-]+\s+){0,2}?$"
    # ("The vote followed an open letter signed by 230 residents": an open letter is published)
    r"|(?<![\w’'-])(?P<open>[Aa]n\s+open\s+)$"
    # ("Kaine responded on Wednesday with a letter to season-ticket holders": an answer in one)
    r"|(?<![\w’'-])(?:responded|replied|answered|countered|reacted|hit\s+back)"
    r"(?:\s+(?:on|late|early|this|last|that|[A-Z][a-z]+day|[a-z]+ly)){0,2}\s+with\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_SAID_IN_OWN_REPORT = re.compile(
    r"\b(?:said|says|warned|warns|found|finds|concluded|concludes|estimated|estimates|stated)\s+"
    r"in\s+(?:a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# ("in a report aired by Al Jazeera", "in a report for the BBC", "on state television")
# (not a time: "in a report published on Thursday", "released in March")
_BY_SOMEONE_AFTER = re.compile(
    r"\s+(?:[a-z]+ed\s+)?(?:(?:by|from|for)\s|on\s+[a-z]|in\s+(?!(?:"
    + MONTH_FULL
    + r")\b)(?:the\s+)?[A-Z])"
)
_SUBJECT_RIGHT_BEFORE_VERB = re.compile(
    rf"(?P<name>[{_UPPER}][\w’'&.-]*(?:\s+[{_UPPER}][\w’'&.-]*)*)\s+(?:\w+ly\s+)?$"
)
# "The local MP, Daniel Okonjo, wrote to the environment secretary asking for …": a letter to
# someone, its writer's post (not "wrote to her followers", an online audience, nor "wrote to
# the end").
# "who wrote to …", "After she wrote to …": a letter in a clause of its own.
_CLAUSE_LEAD_BEFORE = re.compile(
    r"(?:\b(?:who|which)|\b(?:[Aa]fter|[Ss]ince|[Ww]hen|[Oo]nce)\s+(?:she|he|they|I|we))\s+$"
)
# (the quote right after its verb, inside the clause: "who wrote to the council asking for “…”")
_QUOTE_IN_CLAUSE = re.compile(r"[^,.;:!?\x00]{0,60}\x00")
# "wrote to", "has written to": the verb a letter to someone is reported with.
_WROTE_TO_VERB = r"(?:wrote|has\s+written|had\s+written|writes)\s+to\s"
# (a report that opens with it: a letter of its own, not one reported before)
WROTE_TO_OPENS = re.compile(_WROTE_TO_VERB)
_WROTE_TO_OUTLET = re.compile(_WROTE_TO_VERB + rf"\s*(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})")
_WROTE_TO = re.compile(
    _WROTE_TO_VERB
    + r"\s*(?!(?:her|his|their|its|the)\s+(?:[\w.,]+\s+){0,2}(?:followers|fans|subscribers|end)\b)"
    # ("wrote to staff on Sunday evening urging them to reconsider": a bare plural too, hyphened
    # or not: "wrote to season-ticket holders last week that")
    r"(?:the|a|an|her|his|their|its|every|all|each|[A-Z]|[a-z][\w-]*\s)[^.;:!?\x00]{0,80}?"
    r"(?:,\s*|\s+|(?<=\s))(?:asking|urging|demanding|requesting|calling|warning|saying|pleading|"
    r"complaining|protesting|to\s+(?:ask|urge|demand|request|warn|complain|protest|say|plead|"
    # ("has written to The Midland Chronicle to object to its critic’s review")
    r"object|respond|reply|correct|defend|explain|challenge|dispute)|"
    # ("wrote to staff that the union’s demands were “simply unaffordable”": what the letter said)
    r"(?<=\s)that)\b"
)
_FILED = re.compile(
    r"\bfiled\s+(?:an?|her|his|their|its)\s+(?:[\w-]+\s+)?(?P<noun>response|brief|motion|appeal)\b"
)
_DOCUMENT_AS_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\x00\s*|,\s+)(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?<![,]\s)An?)\s+"
    # ("The observers’ preliminary report, released on Tuesday, described …")
    r"(?:[\w-]+(?:[’']s?)?\s+){0,2}?$"
)
# ("began with a letter to parents from …", "after an email to staff from …")
_WITH_A_DOCUMENT = re.compile(r"\b(?:with|after|by|in)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+)?$")
_TO_ADDRESSEE = re.compile(
    r"\s+to\s+(?:the\s+|its\s+|all\s+)?[a-z][\w-]*"
    r"(?:\s+(?!(?:from|by|published|posted|sent|signed|released|dated|obtained|seen|that|which|"
    r"who|in|on|at|and)\b)[a-z][\w-]*)?"
)
_DOCUMENT_SPEAKS = re.compile(
    # ("A letter from the state’s safety division to the company, dated July 18, says")
    # (word by word, each word after its spaces, so a run of spaces is read one way only)
    r"(?:\s+(?:from|by|to)(?:\s+[^\s,.;:\x00“”\"]+){1,14}?){0,2}"
    # ("A health inspection report released Tuesday says")
    r"(?:\s+(?:released|published|issued|filed|dated|obtained|sent)(?:\s+[^\s,.;:\x00“”\"]+){1,7}?)?"
    # ("the memo, signed by the network’s president of news, Arjun Mehta-Rowe, said": a
    # clause and a name in apposition to its last words)
    # (only after one who signed, filed or wrote it: not "addressed to the prime minister, Keir
    # Starmer,")
    r"(?:,[^,\x00]{1,100},|,\s+(?:signed|written|filed|brought)\b[^,\x00]{1,100}?\bby\b"
    r"(?:(?!lawyer|attorney|counsel|publicist|spokes|agent)[^,\x00]){1,60},\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3},)?"
    r"\s+(?:says|said|states|stated|alleges|alleged|argues|argued|claims|"
    r"claimed|reads|read|calls|called|describes|described|accuses|accused|contends|contended|"
    r"asserts|asserted|warns|warned|notes|noted|adds|added|urges|urged|insists|insisted|"
    r"acknowledges|acknowledged|advises|advised|recommends|recommended|credits|credited|blames|"
    r"blamed)\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+ed\s+$")
# "in a memo obtained by CNBC", "in a letter seen by Reuters": the outlet that reports the
# document is not where it was published, and the writer stays its author.
_OBTAINED_BY = re.compile(
    rf"[^.!?;\x00]{{0,60}}?\b(?:obtained|seen|reviewed|viewed|read|first reported|shared|leaked)\s+"
    rf"(?:by|with|to)\s+(?:the\s+)?{_CAP_SEQ}"
)
_MONTH = f"(?:{MONTH_FULL})"
_PUBLISHED_IN = re.compile(
    rf"\s+(?:(?:published|posted|written|that ran|which ran|running|appearing)\s+)?"
    # ("an op-ed published that morning in the Financial Times")
    rf"(?:(?:on\s+)?{_DAY}\s+|(?:last|this|that)\s+(?:week|month|morning|evening|{_DAY})\s+)?(?P<prep>in|for|on|by)\s+"
    # ("published on Wednesday by the athlete-run site Open Huddle": the kind before the name)
    r"(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>site|website|magazine|newspaper|blog|"
    r"outlet|newsletter)\s+)?"
    rf"(?!{_DAY}\b)(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "on the same episode", "in that same video": a post already reported, named again (scanned
# from "same" and checked backwards).
# "said in the release": a press release already reported, named again.
_SAME_MEDIUM = re.compile(
    r"same\s+(?:interview|conversation|appearance|episode|show|podcast|broadcast|post|video|"
    r"clip|livestream|stream|statement|essay|letter|memo|op-ed|column|thread|newsletter|profile|"
    r"review)\b"
    r"|release\b(?!\s+(?:of|from|date)\b)"
    # "In the piece, he called …", "On the podcast, she said …": named again, before a comma.
    r"|(?:piece|podcast|show|episode|broadcast|program|programme|video|clip|post|essay|column|"
    r"op-ed|review|letter|memo|statement)(?=\s*,)"
)
_GAVE_INTERVIEW = re.compile(
    rf"\b(?:gave|granted|gives|grants)\s+(?:an?|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?interview\s+"
    rf"to\s+(?P<outlet>(?:the\s+)?{_CAP_SEQ})"
)
_TOLD_THE_OUTLET = re.compile(
    # ("Brekke told the same paper that …")
    r"\b(?:told|tells)\s+the\s+(?:same\s+)?(?:paper|newspaper|magazine|weekly|daily|station|broadcaster|"
    r"network|programme|program|show|podcast|outlet|site|publication|channel)\b"
)
_IN_IT_OPENING = re.compile(r"(?<![\w’'-])In it,")
_SAME_HEAD = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:the|that)\s+$")
# ("in the release", "On the podcast,": the post named again with "the")
_THE_HEAD = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]ccording\s+to)\s+the\s+$")
# "wrote on his blog", "announced on the team’s website": a post on a site of one's own (no
# platform named); scanned from the noun and checked backwards.
_WROTE_BEFORE = re.compile(
    r"\b(?:wrote|writes|posted|posts|said|says|announced|shared|published|argued|warned)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_OWN_SITE = re.compile(r"(?:blog|website|web site)s?\b")
_ON_OWN_SITE_HEAD = re.compile(
    # ("wrote on her campaign website": what the site is for)
    r"\b(?:[Oo]n|[Tt]o)\s+(?:his|her|their|its|the|a|[\w]+[’']s)\s+(?:(?:own|personal|official|campaign|"
    # ("in a post on its company blog")
    r"company|corporate|[\w]+[’']s)\s+)?$"
)
# "told her 3 million followers": an audience that only exists online.
_FOLLOWERS = re.compile(
    r"(?:told|telling|tells|assured|warned|thanked|updated|asked)\s+(?:her|his|their|its)\s+"
    r"(?:[\d.,]+\s+(?:million\s+|thousand\s+)?|many\s+|legions\s+of\s+)?"
    r"(?:followers|subscribers|viewers)\b"
)
# "Writing for the majority, Justice Ruiz said": a judge's opinion.
_WRITING_FOR_COURT = re.compile(
    r"(?:[Ww]riting|wrote|writes)\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:majority|court|dissent|minority|panel|plurality)\b"
    # ("In dissent, Judge Ingrid Solberg wrote that …")
)
# "In dissent, Judge Ingrid Solberg wrote", "Justice Sonia Sotomayor, in dissent, wrote": a
# dissent is a court's only with a judge or a court in the sentence (not "took to the streets
# in dissent").
_IN_DISSENT = re.compile(r"(?<![\w’'-])[Ii]n\s+dissent\b")
_COURT_WORD = re.compile(r"\b(?:Judges?|Justices?|[Cc]ourt|panel|bench)\b")
# "a letter of recommendation", "in a filing cabinet", "the ruling party": the noun does not
# name a document anyone spoke through.
# "shared his own story": told it, unless a platform is named ("reposted the story" points back).
_OWN_STORY = re.compile(r"\b(?:his|her|their|my|our)\s+(?:own\s+)?(?:personal\s+)?stor(?:y|ies)$")
_NOT_DOCUMENT_AFTER = re.compile(
    # ("replied with a note of caution"; but "a filing of their own" is one)
    r"\s+(?:of\s+(?:recommendation|intent|credit|support|the law|caution|defiance|thanks|hope)|"
    r"cabinets?|party|parties|class|"
    r"coalition|elite|address(?:es)?|accounts?|inbox|polls?|boards?|deadlines?|carriers?|pads?|"
    r"cards?|sections?|contests?|system|fees?)\b"
)
# "in his opinion, the deal was fair": what someone thinks, not a court's opinion.
# ("in her judgment, the risk was small")
_IDIOM_OPINION = re.compile(r"(?:my|his|her|their|our|your)\s+(?:opinion|judge?ment)\s*,")
# "sent a clear message to Washington": a figure of speech, not a message anyone sent.
_SEND_A_MESSAGE = re.compile(r"sen(?:t|d|ds|ding)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?messages?\b")
_SHARED_ON_DATE = re.compile(
    r"(?P<verb>shared|posted|wrote|penned|published|tweeted|uploaded)\s+(?:it\s+|this\s+)?(?:back\s+|earlier\s+|later\s+)?(?:in|on)\s+"
    r"(?=(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.))"
)
THAT_WORD = re.compile(r"\bthat\b")  # (quotes.py uses it too)
_BY_EMAIL = re.compile(
    r"\b(?:said|says|wrote|writes|responded|replied|confirmed|added)\s+(?:by|via|over)\s+e-?mail\b"
)
_FINDINGS_PUBLISHED = re.compile(
    r"\b(?P<noun>report|data|study|survey|figures|statistics|paper|analysis|research|findings|"
    r"audit|judgm?ent|ruling|decision|opinion|poll|index|rankings?|results|guidance|review|"
    r"inquiry|inspection|investigation)s?"
    # ("a study of 11,000 undergraduates published on Tuesday": what it was of, between)
    r"(?:\s+(?:of|on|into|among|about)\s+(?:[^,.;:!?\x00]|[,.](?=\d)){1,50}?)?,?\s+$"
)
_JUST_NAMED_DOCUMENT = re.compile(r"\s*,\s*(?:which\s+was\s+)?")
_WORD_AT = re.compile(r"[^\s,;]+")
_DATED_DOCUMENTS = lx.words(
    "report judgment judgement ruling decision opinion review audit inquiry inspection "
    "investigation guidance"
)
_DATA_NOUNS = lx.words("data figures statistics results index ranking rankings research")
_OWN_WORD = re.compile(r"\b(?:her|his|their|my|our)\b")
_STUDY_NOUNS = lx.words("study survey analysis poll")
_WITH_MEDIA = re.compile(
    r"\b(?:alongside|next to|along with|beside|with|[Uu]nder|captioning|captioned|captions|"
    r"in the caption of|to caption|over)\s+"
    r"(?P<what>(?:a|an|the|her|his|their|two|three|several|some|this)\s+[^,.;!?\x00]*?\b(?:photos?|pictures?|images?|videos?|selfies?|clips?|snaps?|shots?|snapshots?|posts?|carousel|montage|reel)s?\b[^,.;!?\x00]*)"
)
_IN_A_POST = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:an?|her|his|their|the)\s+"
    r"(?:(?P<again>own|latest|new|follow-up|second|separate|later|subsequent|another)\s+)?"
    r"(?:[\w]+-(?:minute|second|hour)\s+)?"
    rf"(?:(?P<plat>{_PLATFORM_ALT})\s+)?"
    # ("in a second newsletter post": the kind of post, before it)
    r"(?:(?:newsletter|blog|Substack|Patreon|fan-club|group)\s+)?"
    r"(?:post|tweet|video|clip|reel|livestream|stream|broadcast|caption|story|Story|message|update|"
    r"thread|(?P<tiktok>TikTok))\b"
)
# "apologized in a new video on Tuesday": a video post reported with no platform named (scanned
# from the noun, the cheap part, then checked backwards).
_VIDEO_NOUN = re.compile(r"(?:video|clip|livestream|vlog)s?\b")
_IN_A_VIDEO_BEFORE = re.compile(
    # "in one of her videos": one of a series the story has reported.
    r"\b(?:[Ii]n|[Oo]n)\s+(?:(?:an?|her|his|their|one\s+of\s+(?:her|his|their))\s+"
    r"(?:(?:new|recent|tearful|emotional|lengthy|short|"
    r"brief|[\w]+-(?:minute|second|hour))\s+)?(?:(?P<again>second|third|separate|follow-up|"
    # ("In another video posted after his speech, …": another with no article)
    r"later|subsequent|another)\s+)?|(?P<another>another)\s+)$"
)
# (not "posted by her coach", "posted online": someone else's, or nowhere said)
_POSTED_RIGHT_AFTER = re.compile(r"\s+(?:posted|shared|uploaded)\b(?!\s+(?:by|online)\b)")
COMMENTS = re.compile(
    r"(?:met with|drew|received|prompted|sparked|garnered|flooded|poured in|filled|left|took to the comments|inundated|reacted with|responded with|rallied|showered)\b"
    r"[^.!?\x00]{0,80}\b(?:comments?|words|messages|support|replies|reactions|love|praise|responses|chat)\b"
    # ("The post drew a sharp reply from Jordi Puigvert": one reply to a post, from someone)
    r"|\b(?:post|tweet|video|clip|thread|photo|reel)\s+(?:drew|prompted|got|received)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?reply\s+from\b"
    r"|\b(?:in the comments|comment section|commented)\b"
    # "Comments poured in.": the post's audience answering
    r"|\b(?:[Cc]omments|[Rr]eplies|[Mm]essages|[Tt]ributes)\s+(?:quickly\s+)?(?:poured|flooded|rolled|"
    r"came)\s+in\b"
    # "Within a day the post had more than 300 replies."
    # (a number of them: not "the mayor had no comments on the matter")
    r"|\b(?:had|has|got|gets|collected|racked up)\s+(?:(?:more than|over|nearly|almost|about)\s+)?"
    r"(?:[\d,]+|hundreds|thousands|dozens|millions)\s+(?:[\w-]+\s+)?(?:comments|replies)\b"
    # "the most-liked comment read:", "the top comment under the video": one comment quoted.
    r"|\b(?:top|most-[\w-]+|most\s+\w+ed|pinned|highest-rated|popular|first)\s+(?:comment|reply)\b"
    r"|\b(?:comment|reply)\s+(?:read|reads|said|says)\b"
    # ("Among thousands of comments under the video was one from …")
    r"|\b(?:comments|replies)\s+(?:under|beneath|below)\s+(?:the|her|his|their|its|that)\s+"
    r"(?:[A-Z][\w-]+\s+)?(?:post|video|photo|tweet|clip|reel|thread)\b"
    # "One player replied under the post: …": the comments begin.
    r"|\b(?:replied|responded|commented|wrote)\s+(?:under|beneath|below)\s+"
    # ("wrote beneath that video that the family’s olive grove had burned")
    r"(?:the|her|his|their|its|that|this)\s+"
    # ("commented under the band’s post")
    # ("replied under the company’s LinkedIn post": its platform before the noun)
    # ("replied under the thread")
    # ("replied under the letter": a letter posted on a platform)
    r"(?:[\w-]+[’']s\s+)?(?:[A-Z][\w-]+\s+)?(?:post|video|photo|tweet|clip|thread|reel|letter|"
    r"message|announcement)\b"
    # "answered in a comment under the post", "left a reply beneath her video"
    r"|\b(?:[Ii]n|with|left|posted)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:comment|reply)\s+(?:under|beneath|below|on)\s+"
    # ("In a reply under the Reddit thread": its platform before the noun)
    r"(?:the|her|his|their|its|that)\s+(?:[A-Z][\w-]+\s+)?(?:post|video|photo|tweet|clip|page|reel|thread)\b"
    # "Hundreds of parents responded beneath it.": under the post just named.
    r"|\b(?:replied|responded|commented|wrote)\s+(?:under|beneath|below)\s+it\b"
    # "Under it, a customer wrote: …", "Hundreds of replies followed.", "A reply under the
    # thread pushed back: …": the comments begin.
    r"|\b(?:Under|Beneath|Below)\s+it,"
    # "Under the post, Councilman Rafael Quintero … pushed back.", "answered her directly in a
    # reply": the comments begin
    r"|\b(?:Under|Beneath|Below)\s+(?:the|that|her|his|their)\s+(?:[\w-]+\s+)?"
    r"(?:post|video|photo|tweet|clip|thread),"
    r"|\b(?:answered|replied\s+to|responded\s+to)\s+(?:her|him|them)(?:\s+\w+ly)?\s+in\s+a\s+reply\b"
    # "Replying to her, a forestry student wrote: …": under the post of the one just named
    r"|\b(?:Replying|Responding)\s+to\s+(?:him|her|them|his\s+post|her\s+post|their\s+post|"
    # ("Replying to the second post, a lawyer wrote …")
    r"the\s+(?:(?:first|second|third|latest|original|earlier|later)\s+)?(?:post|thread|video|tweet)),"
    r"|\b(?:replies|comments|responses)\s+(?:quickly\s+|soon\s+)?followed\b"
    # (opened at "reply", not at the article: an opening word of one letter would have every
    # "a" in a story tried)
    r"|\breply\s+(?:under|beneath|below)\s+(?:the|that|her|his|their)\s+"
    r"(?:post|video|photo|tweet|clip|thread)\b"
    # "Among hundreds of comments, …": one of them quoted.
    r"|\b[Aa]mong\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}(?:comments|replies)\b"
    # "Hundreds of followers responded.": a run of comments from the post's audience.
    r"|\b(?:[Ff]ollowers|[Ff]ans|[Vv]iewers|[Ss]ubscribers|[Cc]ommenters|[Uu]sers)\s+(?:\w+ly\s+)?"
    r"(?:responded|replied|reacted|commented|chimed in|weighed in|piled on)\b"
    # "Lindgren replied to her post within minutes.": what he writes next is under it.
    r"|\b(?:replied|responded)\s+to\s+(?:her|his|their|the|that)\s+(?:post|tweet|video|message)\b"
)
_SUBREDDIT_AFTER = re.compile(r"\s+(?:subreddit|forum\s+on\s+Reddit)\b")
_BODY_AFTER = re.compile(
    # ("a letter to the Ashford planning board": a body's kind after a word of what it does)
    r"\s+(?:[a-z]+\s+)?(?:government|council|ministry|department|authorities|parliament|"
    r"committee|board|agency|commission|authority)\b"
)
_OUTLET_AFTER = re.compile(rf"\s+(?:in|for|on|to)\s+(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})")
_ROLE_AFTER = re.compile(r"\s+(?:" + word_trie(lx.ROLE_WORDS | lx.KIN_NOUNS) + r")s?\b")
_PUBLICATION = re.compile(
    # ("answered two days later with an op-ed in the Burlington Free Press": with an outlet
    # named, not "sat on the porch with a book")
    r"(?:In|in|(?P<with>with)|published|released|wrote|penned|writes|shared)\s+(?:an?|her|his|their|its|the)\s+"
    r"(?:(?:new|forthcoming|upcoming|recent|lengthy|candid|personal|emotional|first-person|guest|"
    r"weekly|monthly|daily|latest|regular|popular|widely\s+read|own)\s+)*"
    # ("wrote in the parish newsletter", "in the school newsletter": what it is the newsletter of)
    r"(?:(?<=the )[a-z]+\s+(?=newsletter))?"
    r"(?P<noun>memoir|book|essay|op-ed|column|newsletter|blog post|autobiography)\b"
    # ("in his weekly newsletter, The Front Desk.", "in her newsletter, Reef Notes, on Monday":
    # a newsletter's own name in apposition is where it is published)
    # (two words at least, and not the subject: "In her newsletter, Siobhan Garvey, an
    # economist, argued", "In its newsletter, Apple Inc. said"; a name that opens with "The"
    # is the newsletter's, the others only before a full stop or a day)
    rf"(?:(?<=newsletter),\s+(?P<named>The\s+[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,3}}"
    r"(?=[.;]|,\s+(?:the|a|an|on|in)\s)|"
    rf"[{_UPPER}][\w’'&-]*\s+[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,2}}"
    # (not a title's full stop: "In a newsletter, Democratic Rep. Katie Porter wrote")
    r"(?<!Rep)(?<!Sen)(?<!Gov)(?<!Gen)(?<!Col)(?<!Sgt)(?<!Rev)(?<!Prof)(?<![A-Z][a-z])(?<![A-Z])"
    r"(?=\.(?:\s+[A-Z\x00“\"]|\s*$)|,\s+on\s+[A-Z])))?"
    # ("In her memoir, excerpted in Harper’s Bazaar on Tuesday, …": where a part of it ran)
    r"(?:,?\s+(?:excerpted|serialized|serialised|previewed)(?=\s+in\s))?"
    # ("in his newsletter on the platform Inkstand")
    r"(?:\s+(?:in|for|on|to)\s+(?:the\s+(?:platform|site|website|service)\s+)?"
    rf"(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ}))?"
)
# "In her review for The Oregonian", "in a piece for Variety": a critic's or a writer's piece
# in an outlet (only with the outlet named: "in a review of its procedures" is no post).
_PIECE_FOR_OUTLET = re.compile(
    # (Its first letter is read as one class, then told apart by a look-behind: a pattern that
    # opens with one class lets the engine skip ahead to the places it may start.)
    r"[A-Zif](?:(?<=[Ii])n\s+(?:an?|her|his|their|the)|(?<=[Ff])or\s+(?:an?|her|his|their|the)|"
    # "Pete Sandoval’s review of the new restaurant Oriel in The New York Times"
    r"(?<=[A-Z])[\w’'-]*[’']s)"
    r"\s+(?:(?:new|latest|recent|scathing|glowing|rave|weekly|one-star|two-star|opinion|guest)\s+)*"
    # (what it is of, word by word, so a run of spaces is read one way only)
    r"(?P<noun>review|piece|article|critique|column|excerpt)(?:\s+of(?:\s+[^\s,.;\x00]+){1,10}?)?\s+"
    # ("In an excerpt published by the magazine Vantage": the kind of outlet before its name)
    # ("in an opinion piece published on Sunday in The Sydney Morning Herald": a day between)
    r"(?:for|in|(?:published|printed|run)\s+(?P<day>(?:on|last|this)\s+[A-Za-z]+\s+)?(?:by|in))\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:magazine|newspaper|paper|website|site)\s+)?"
    rf"(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "A one-star review of the restaurant Kusina Lola in the Chicago Tribune": a piece that opens
# its sentence, in an outlet named like one.
_A_PIECE_IN_OUTLET = re.compile(
    r"(?:A|a|An|an)\s+(?:(?:new|latest|recent|scathing|glowing|rave|weekly|one-star|two-star|"
    r"three-star|four-star|five-star|lengthy|critical)\s+)*"
    # ("prompted an essay in The Spinoff by the political scientist Dr. Losa Faleolo")
    r"(?P<noun>review|critique|column|essay|op-ed)(?:\s+of\s+[^,.;\x00]{1,60}?)?\s+(?:for|in)\s+"
    rf"(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "The review, by the critic Marcus Oyelaran, ran in The Sunday Ledger", "A review by the critic
# Marcus Oyelaran in The Sunday Ledger called it …": a piece by someone named, in an outlet.
_PIECE_BY_IN_OUTLET = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:new|latest|recent|scathing|glowing|rave|weekly|one-star|two-star|"
    r"three-star|four-star|five-star|lengthy|critical)\s+)*"
    r"(?P<noun>review|critique|column|essay|op-ed|piece)(?:\s+of\s+[^,.;\x00]{1,60}?)?"
    rf",?\s+by\s+(?:the\s+(?:[a-z][\w-]*\s+){{1,3}}?)?(?P<name>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}}),?"
    r"\s+(?:(?:ran|appeared|was\s+published|was\s+printed|published|printed)\s+(?:[a-z]+\s+){0,2}?)?"
    rf"in\s+(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "In a profile published this week in Runner’s World", "in a cover story for Vogue": a
# profile in an outlet is an interview with it.
_PROFILE_IN = re.compile(
    r"(?:In|in|For|for)\s+(?:an?|the|her|his|their)\s+"
    r"(?:(?:new|latest|recent|long|lengthy|candid|wide-ranging|rare)\s+)*(?P<noun>profile|cover story)"
    rf"(?:,?\s+(?:published|posted|that ran|which ran|running|appearing)"
    rf"(?:\s+(?:on\s+)?(?:{_DAY}|(?:last|this)\s+(?:week|month|{_DAY})|online))?)?"
    # ("for the December issue of GQ")
    rf"\s+(?:in|for|by)\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?issue\s+of\s+)?(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
_STUDY_IN = re.compile(
    r"(?:An?|an?|The|the)\s+(?:(?:new|recent|peer-reviewed|large|small)\s+)?(?P<noun>study|paper)\b"
    # ("a study of 3,000 students published …": a number's comma is no clause's)
    r"(?:\s+(?:by|from|of)\s+(?:[^,.;\x00]|(?<=\d)[,.](?=\d)){1,80}?)?\s+(?:published|that appeared|appearing|out)\s+"
    # ("published in March in the journal Science": the month it appeared in)
    rf"(?:(?:on\s+)?{_DAY}\s+|(?:last|this)\s+(?:week|month)\s+|today\s+|in\s+{_MONTH}(?:\s+\d{{4}})?\s+)?in\s+"
    r"(?:the\s+(?:medical\s+|scientific\s+)?journal\s+)?"
    rf"(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "a team from JAXA reported on Monday in the journal Science Advances": a study in a journal.
_REPORTED_IN_JOURNAL = re.compile(
    rf"\breported\s+(?:(?:on\s+)?{_DAY}\s+|(?:last|this)\s+(?:week|month)\s+)?in\s+the\s+"
    rf"(?:medical\s+|scientific\s+)?journal\s+(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "used X on Wednesday to announce that …": a post on the platform.
_USED_PLATFORM = re.compile(
    rf"\b(?:used|took\s+to)\s+(?P<plat>{_PLATFORM_ALT}|X)(?:\s+(?:on\s+)?{_DAY})?\s+to\s+"
    r"(?:announce|say|share|post|tell|write|explain|reveal|criticize|criticise|defend|apologi[sz]e|"
    # ("used Bluesky on Sunday to question a contract")
    r"question|thank|urge|call|ask|accuse|praise|warn|attack|respond|reply|deny|clarify|mock|"
    r"condemn|celebrate|congratulate|complain|challenge|vent|lash|hit|slam|blast|address)\b"
)
_STUDY_VOICE_AFTER_QUOTE = re.compile(
    r"(?<=\x00)\s+(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<noun>study|survey|analysis|audit)\s+(?:said|says|found|finds|concluded|concludes|"
    r"stated|states|noted|notes|warned|warns)\b"
)
_STUDY_SPEAKS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:study|paper)\b[^\x00]*\x00")
# "Critic Miles Berenson, writing in The Atlantic, called it “…”": a piece in an outlet.
# "wrote in The Boston Globe that …", ", writing in Wired,": a piece in an outlet.
# ("Reviewing the show in The Guardian, the critic Jonas Feldkamp called it …": a review there)
_WRITING_IN = re.compile(
    r"(?:wrote|writes|[Ww]riting|[Rr]eviewing\s+(?:the|her|his|their|its|an?)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"[\w’'-]+)\s+(?:in|for)\s+{_NOT_OUTLET}(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})"
)
# "in a New York Times op-ed": the outlet named before the piece.
_OUTLET_PIECE = re.compile(
    rf"(?:In|in|For|for)\s+(?:an?|the|her|his|their)\s+(?:(?:new|latest|recent|upcoming|forthcoming|"
    rf"three-part|two-part|hit)\s+)*(?P<outlet>{_CAP_SEQ})\s+"
    r"(?P<noun>op-ed|essay|column|interview|piece|article|profile|cover story|podcast|documentary|"
    r"docuseries|special)\b"
)
_OUTLET_DOC = re.compile(
    rf"The\s+(?:(?:new|latest|upcoming|acclaimed|three-part|two-part)\s+)*(?P<outlet>{_CAP_SEQ})\s+"
    # (not "The Lisbon documentary festival": the noun describes another)
    r"(?P<noun>documentary|docuseries)\b(?!\s+(?:festival|film\s+festival|maker|makers|"
    r"filmmaker|filmmakers|prize|award|awards|competition|fund|strand|crew|team|unit)\b)"
)
# "on the podcast “Hard Fork”": the show's name is the text inside the marks.
_SHOW_NOUN = r"(?:podcast|show|talk show|series|program|programme)"
# "On Monday’s episode, the remaining host, Tamsin Achterberg, told listeners": an episode of the
# show the story named before ("the true-crime podcast Cold Ledger").
_DAYS_EPISODE = re.compile(
    rf"\b(?:On|on|In|in)\s+(?:{_DAY}[’']s|(?:this|last|next)\s+week[’']s|the\s+latest|the\s+newest|"
    r"(?:a|the)\s+new)\s+episode\b(?!\s+of\b)"
)
_SHOW_NAMED = re.compile(
    rf"\b(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?{_SHOW_NOUN}\s+"
    rf"(?P<show>{_NOT_OUTLET}(?:[Tt]he\s+)?[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}\d][\w’'&-]*){{0,3}})"
)
_SHOW_NOUN_WORD = re.compile(rf"\b{_SHOW_NOUN}\b")
# "on the podcast “Hard Fork”", "On his podcast, “The Long Run,”": the show's name is the text
# inside the marks; "on the “Hard Fork” podcast" names it before the noun. Both are matched
# around each quotation (rare) rather than scanned for over the whole text.
_IN_AN_EPISODE_BEFORE = re.compile(
    # ("using an episode of his podcast, “Loud Mouth Hour,”")
    r"\b(?:episode|episodes|edition|segment|installment|instalment|taping|recording|broadcast)\s+$"
    # ("In the season finale of the podcast “…”"; not "a theory about the finale of the dating
    # series “…”")
    r"|\b(?:[Ii]n|[Dd]uring|[Oo]n)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"finale\s+$"
)
_FAME_ON_BEFORE = re.compile(
    # (fixed phrases, no verb of speaking between: not "made her views known on the podcast",
    # "The Olympic winner said on the podcast")
    r"\b(?:(?:found|rose\s+to|shot\s+to|won)\s+fame|famous|starred|starring|competed|competing|"
    r"(?:a|the)\s+(?:former\s+)?(?:contestant|finalist|winner))\s+$"
)
_SHOW_BEFORE_MARKS = re.compile(
    # ("on the WMPR radio program “Coastal Hour.”")
    # ("an episode of the podcast “…”"; not "the finale of the dating series “…”", a topic)
    rf"(?:[Oo]n|[Ii]n|[Dd]uring|(?:(?<=episode\s)|(?<=episodes\s)|(?<=edition\s)|(?<=segment\s)|"
    rf"(?<=installment\s)|(?<=instalment\s)|(?<=taping\s)|(?<=recording\s)|(?<=finale\s)|"
    rf"(?<=broadcast\s))of)"
    rf"\s+(?:the|her|his|their|a)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_SHOW_NOUN}),?\s+$"
    # ("his monthly appearance on KUOW’s call-in show “Ask the Mayor”")
    rf"|\b[Oo]n\s+[{_UPPER}][\w&.]*(?:[’']s|(?<=[sS])[’'])\s+(?:[\w-]+\s+)?(?P<noun2>{_SHOW_NOUN}),?\s+$"
)
# "on the “Armchair Expert” podcast", "told the “Hard Reset” podcast": words given to a show
# named in marks before its noun.
# ("on the station’s “Drive Time” show": the station named again before the show)
_PREP_BEFORE_MARKS = re.compile(
    r"(?:[Oo]n|[Ii]n|[Dd]uring|of|told|tells|to)\s+(?:the|her|his|their|a)\s+(?:[\w-]+[’']s\s+)?$"
)
_SHOW_WORD = re.compile(r"podcast|show|series|program")
_NUL_RUN = re.compile(r"\x00*")
_SHOW_NOUN_AFTER = re.compile(rf"\s+(?P<noun>{_SHOW_NOUN})\b")
# "described it on “Shift Change,” a podcast about warehouse labor": the show's kind in
# apposition after its name (the comma may stand inside the marks).
_SHOW_APPOSITION_AFTER = re.compile(
    rf",?\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_SHOW_NOUN})\b"
)
_PREP_RIGHT_BEFORE_MARKS = re.compile(r"\b(?:[Oo]n|[Dd]uring|to)\s+$")
# A network's possessive before its show: "NBC’s", "CBS’", "WKRQ radio’s", "Fox News’s".
# ("CBC Radio’s", "BBC Radio Ulster’s": the network's name may run on a word or two)
NETWORK_POSSESSIVE = rf"(?:the\s+)?[{_UPPER}][\w&.]*(?:\s+(?:radio|television|TV|News|Sports|[{_UPPER}\d][\w&.]*)){{0,2}}(?:[’']s|(?<=[sS])[’'])\s+"
# "appeared on “Jimmy Kimmel Live!”", "said on NBC’s “Meet the Press”": a show in marks after a
# verb of appearing or speaking (matched backwards from each quotation mark, which is rare).
_ON_MARKS = re.compile(
    r"\b(?:[Oo]n|[Ii]n|[Dd]uring)\s+(?:[\w’'-]+\s+){0,3}episodes?\s+of\s+$|"
    r"\b(?i:appear(?:ed|ing|s|ance)?|interview(?:ed)?|conversation|broadcast|aired|guest(?:ed|s)?|"
    r"spoke|speaks|speaking|said|says|talked|talking|sat down|opened up|told|tells|"
    r"revealed|admitted|joked|discussed)\s+(?:[^.!?\x00]{0,40}?\s)?on\s+"
    rf"(?:{_OUTLET_KIND}|{NETWORK_POSSESSIVE})?$|"
    # "stopped by “The Tonight Show”", "sat down with CBS’s “60 Minutes”", "during a visit to …"
    rf"\b{_VISIT_OR_SPEAK}\s+(?:{_OUTLET_KIND}|{NETWORK_POSSESSIVE})?$|"
    # "joined CNN’s “State of the Union”": joining a network's show (not "joined “The Avengers”").
    rf"\bjoin(?:ed|s|ing)\s+{NETWORK_POSSESSIVE}$|"
    # "sounded more cautious on BBC Radio 4’s “Inside Health”": a network's show needs no verb.
    rf"\b[Oo]n\s+{NETWORK_POSSESSIVE}$|"
    # "In an interview with “60 Minutes” that aired Sunday" ("In an interview on Sunday with
    # WBRT’s “Hollis Tonight,”": when it was, between)
    r"\b(?i:interview|conversation|sit-down)(?:\s+(?:on|last|this|early|late)\s+[\w-]+)?\s+with\s+"
    rf"(?:{_OUTLET_KIND}|{NETWORK_POSSESSIVE})?$"
)
# What the words right before a show's marks end with in every pattern above: a preposition,
# "told", or a network's possessive ("on NBC’s “…”", "joined CNN’s “…”").
_MARKS_CUE = re.compile(
    r"(?:\b(?:on|of|by|with|into|to|told|tells|visit(?:ed|s|ing)?|station|program|programme|"
    r"show|podcast|newspaper|magazine|paper|network|channel)\s+|[’']s?\s+)$"
)
_AFTER_WORD = re.compile(r"\b(?:after|following|since)\b")
_NOT_SHOWS = lx.MONTHS | {"instagram", "twitter", "tiktok", "facebook", "youtube", "medium"}


@dataclass
class Report:
    """One report of a post in the narration, before reports of the same post are grouped."""

    start: int  # the trigger phrase
    end: int
    sentence: tuple[int, int]
    kind: str  # "social", "essay", "interview", "statement", "return", "shared-on-date", "quote-media"
    platform: str | None = None
    what: str | None = None
    author: int | None = None
    participants: tuple[int, ...] = ()
    date: str | None = None
    quote: int | None = None  # index of the quote whose attribution reports the post
    reply: bool = (
        False  # reported by a reply ("responded in her own post"): same platform as the last
    )
    agent: bool = False  # reported as said by a lawyer, spokesperson or agent for someone
    organisation: bool = False  # reported as said by an organisation ("the companies said")
    filed_by: bool = False  # a suit whose author is the person who filed it
    described: bool = False  # by someone described, not yet named ("The founder of Brightloop")
    signed: bool = False  # its author named as its signer ("The memo, from Ana Ruiz, …")


@dataclass
class PostDraft:
    """A post being assembled from one or more reports."""

    number: int
    report: Report
    author: int | None
    participants: set[int]
    platform: str | None
    date: str | None
    what: str | None
    kind: str
    paragraph: int
    quotes: list[int] = field(default_factory=list)
    comment_mode_until: int = -1
    # Where the story names the post again ("In the essay, …", "in the same interview").
    mentions: list[int] = field(default_factory=list)


def _clause(narration: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    lo, hi = max(sentence[0], pos - 400), min(sentence[1], pos + 400)
    left = max(narration.rfind(",", lo, pos), narration.rfind("\x00", lo, pos))
    right_candidates = [
        i for i in (narration.find(",", pos, hi), narration.find("\x00", pos, hi)) if i >= 0
    ]
    return (left + 1 if left >= 0 else lo, min(right_candidates) if right_candidates else hi)


def date_value(claim: DateClaim) -> str | None:
    if claim.type != "DATE" or not claim.value or not claim.value[:1].isdigit():
        return None
    return claim.value


def find_reports(
    lay: Layout,
    people: PeopleIndex,
    scanned: dict[re.Pattern[str], list[re.Match[str]]] | None = None,
) -> list[Report]:
    """Every narration phrase that reports a post, in reading order (one per clause).

    ``scanned`` is ``REPORT_SCAN.matches(lay.narration)`` when the caller has it already."""
    narration = lay.narration
    found: list[Report] = []
    text_of_span = {
        span.open_at: lay.text[span.start : span.end].strip(" ,.;:") for span in lay.spans
    }

    def add(
        start: int, end: int, kind: str, platform: str | None = None, what: str | None = None
    ) -> None:
        found.append(Report(start, end, lay.sentence_of(start), kind, platform, what))

    if scanned is None:
        scanned = REPORT_SCAN.matches(narration)
    for m in (
        _finditer(_POSTED_AGAIN, narration)
        if any(word in narration for word in _POSTED_AGAIN_WORDS)
        else ()
    ):
        # "By evening she had posted again, sharing a spreadsheet": a new post on the platform
        # of her last one.
        followed = m.group().startswith("followed")
        reposted = not followed and not m.group().startswith(
            ("posted", "tweeted", "wrote", "shared")
        )
        what = m.group().split()[-1] if followed else "repost" if reposted else "post"
        add(m.start(), m.end(), "social", what=what)
        found[-1].reply = True
    for m in _finditer(_THREAD_ON_FORUM, narration) if "thread" in narration else ():
        # "On the club’s Reddit forum, a thread titled “…” gathered 2,000 replies": a thread
        # on the platform whose forum opens the sentence
        add(
            m.start("noun"),
            m.end("noun"),
            "social",
            platform=_platform_name(m.group("plat")),
            what=None,
        )
    for m in _finditer(_QUOTE_POSTED, narration) if "quote" in narration else ():
        # "Whitcombe answered, quote-posting her message with a line of his own": a post of his
        # own, on the platform of the post it quotes.
        lo_s, hi_s = lay.sentence_of(m.start())
        named = _ON_PLATFORM_OPENING.match(narration, lo_s, hi_s)
        # ("On X, the critic quote-posted the announcement": the platform the sentence names)
        add(
            m.start(),
            m.end(),
            "social",
            platform=_platform_name(named.group("plat")) if named else None,
            what="quote-post",
        )
        found[-1].reply = True
    for m in scan(_SHARE, narration, scanned):
        obj = m.group("obj")
        if _NOT_DOCUMENT_AFTER.match(narration, m.end()) or _SEND_A_MESSAGE.match(m.group()):
            continue  # "wrote a letter of recommendation", "sent a clear message to voters"
        if (
            m.group("verb").startswith("releas")
            and obj.endswith("footage")
            and not _PLATFORM_RE.search(narration, *lay.sentence_of(m.start()))
        ):
            continue  # "The police department released body-camera footage": evidence, no post
        if _OWN_STORY.search(obj) and not _PLATFORM_RE.search(
            narration, *lay.sentence_of(m.start())
        ):
            continue  # "shared his own story" with no platform named: told, not posted
        kind = (
            "essay"
            if re.search(r"essay|op-ed|letter|blog|newsletter", obj)
            else "statement"
            if "statement" in obj
            else "social"
        )
        outlet_match = _OUTLET_AFTER.match(narration, m.end())
        outlet = subreddit = None
        if (
            outlet_match
            and not _ROLE_AFTER.match(narration, outlet_match.end())
            and not _BODY_AFTER.match(narration, outlet_match.end())
            and not (
                outlet_match.group().lstrip().startswith("to ")
                and _addressed_body(outlet_match.group("outlet"))
            )
        ):
            # ("sent a letter to the FBI director": a name before a role is the addressee's; so
            # is one before a body, "wrote an open letter to the UK government".)
            outlet = _outlet(outlet_match.group("outlet"), people, outlet_match.start("outlet"))
            if _SUBREDDIT_AFTER.match(narration, outlet_match.end()):
                outlet = subreddit = "Reddit"  # "a thread on the Ann Arbor subreddit"
        add(
            m.start(),
            m.end(),
            kind,
            platform=(
                outlet
                if outlet and (outlet.lower() not in lx.PLATFORMS or subreddit)
                else "TikTok"
                if obj.endswith(("TikTok", "TikToks"))
                else None
            ),
            what=_what_after(narration, m.start("obj"), lay.sentence_of(m.start())[1]),
        )
        if (
            "follow-up" in obj
            or m.group("verb").startswith("add")
            or (_ANOTHER_OBJECT.match(obj) and not m.group("verb").startswith(("sen", "sign")))
        ):
            # "she posted a follow-up", "she added a second post", "wrote a second essay": a new
            # post, on the platform of her last post
            found[-1].reply = True
    for m in scan(_WRITING_IN, narration):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if (
            outlet
            and outlet.lower() not in lx.PLATFORMS
            and (_outlet_like(outlet) or _built_like_outlet(outlet))
        ):
            add(m.start(), m.end(), "essay", platform=outlet, what="piece")
    for m in scan(_A_PIECE_IN_OUTLET, narration):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if (
            outlet
            and outlet.lower() not in lx.PLATFORMS
            and (
                _outlet_like(outlet)
                # (an essay runs in a publication: "an essay in The Spinoff")
                or (m.group("noun") in {"essay", "op-ed"} and _built_like_outlet(outlet))
            )
        ):
            add(m.start(), m.end(), "essay", platform=outlet, what=m.group("noun"))
    for m in scan(_PIECE_FOR_OUTLET, narration):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and m.group("day") and not _outlet_like(outlet):
            continue  # ("a piece published on Tuesday in London": where, not in what)
        if outlet and outlet.lower() not in lx.PLATFORMS:
            add(m.start(), m.end(), "essay", platform=outlet, what=m.group("noun"))
    for m in scan(_PIECE_BY_IN_OUTLET, narration):
        if _REPORTER.search(m.group()):
            continue  # ("The piece, by the reporter Tom Price, ran in The Courier": news)
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS and _outlet_like(outlet):
            add(m.start(), m.end(), "essay", platform=outlet, what=m.group("noun"))
    # (a rare noun: the text is scanned only when it holds one)
    for m in scan(_PROFILE_IN, narration):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS:
            add(m.start(), m.end(), "interview", platform=outlet, what=m.group("noun"))
    quote_opens = [span.open_at for span in lay.spans]

    def quoted_in(lo: int, hi: int) -> bool:
        """Whether a quotation opens between ``lo`` and ``hi`` (by bisection: a long sentence
        holding many reports is not read again for each)."""
        i = bisect_left(quote_opens, lo)
        return i < len(quote_opens) and quote_opens[i] < hi

    study_speaks: dict[int, bool] = {}
    for m in scan(_STUDY_IN, narration):
        # "according to a study published Wednesday in the journal Nature Geoscience": the
        # study is a post in the journal, written by its team (no one the story names).
        # (otherwise only a study the story quotes, there or in the next sentence, is a post:
        # "… in The Lancet. The paper says the drug “…”"; a study cited for a finding is not)
        lo, hi = lay.sentence_of(m.start())
        if hi not in study_speaks:
            following = lay.sentence_of(hi + 1)[1] if hi < len(narration) else hi
            study_speaks[hi] = bool(
                quoted_in(hi, following) and _STUDY_SPEAKS.search(narration, hi, following)
            )
        # (a study in a journal the story names as one is a publication it reports, quoted or
        # not: "a study published Monday in the journal Pediatrics found …")
        journal = "journal" in m.group() or (
            "published" in m.group() and _journal_like(m.group("outlet"))
        )
        if not journal and not quoted_in(lo, hi) and not study_speaks[hi]:
            continue
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS and _journal_like(outlet):
            add(m.start(), m.end(), "statement", platform=outlet, what=m.group("noun"))
    for m in _finditer(_REPORTED_IN_JOURNAL, narration) if "journal" in narration else ():
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS:
            add(m.start(), m.end(), "statement", platform=outlet, what="study")
    for m in (
        _finditer(_USED_PLATFORM, narration)
        if "used " in narration or "took to" in narration
        else ()
    ):
        add(m.start(), m.end(), "social", platform=_platform_name(m.group("plat")))
    for m in scan(_PUBLICATION, narration):
        end = m.end()
        if m.group("outlet"):
            outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        elif (
            m.group("named")
            and not _given_name_first(m.group("named"))
            # (not at the sentence's opening: "In its newsletter, Goldman Sachs, on Monday,
            # warned" names who wrote it)
            and not m.group().startswith("In ")
        ):
            outlet = _outlet(m.group("named"), people, m.start("named"))
        else:
            # (not "In her newsletter, Siobhan Garvey, an economist, argued": a given name)
            outlet, end = None, m.end("noun")
        if m.group("with") and not outlet:
            continue
        add(m.start(), end, "essay", platform=outlet, what=m.group("noun"))
    for m in scan(_OUTLET_DOC, narration):
        # "The new HBO documentary “Iron Lungs” follows …": a documentary opening its sentence.
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS:
            add(m.start(), m.end(), "interview", platform=outlet, what=m.group("noun"))
    for m in scan(_OUTLET_PIECE, narration):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and outlet.lower() not in lx.PLATFORMS:
            kind = (
                "interview"
                if m.group("noun")
                in {"interview", "podcast", "profile", "cover story", "documentary", "docuseries"}
                else "essay"
            )
            add(m.start(), m.end(), kind, platform=outlet, what=m.group("noun"))
    for span in lay.spans:
        title = text_of_span.get(span.open_at)
        if not title:
            continue
        lo = max(0, span.open_at - 80)
        tail = narration[max(0, span.open_at - 30) : span.open_at]
        after_marks = _NUL_RUN.match(narration, span.open_at).end()  # type: ignore[union-attr]
        named = (
            _SHOW_BEFORE_MARKS.search(narration, lo, span.open_at)
            if _SHOW_WORD.search(tail)
            else None
        )
        noun_after = (
            _SHOW_NOUN_AFTER.match(narration, after_marks)
            if _SHOW_WORD.search(narration, after_marks, after_marks + 20)
            else None
        )
        if (
            named
            and named.group().startswith("of")
            and not _IN_AN_EPISODE_BEFORE.search(
                narration, max(0, named.start() - 50), named.start()
            )
        ):
            continue  # "about the finale of the dating series “…”": a topic, not an appearance
        if named and _FAME_ON_BEFORE.search(narration, max(0, named.start() - 30), named.start()):
            continue  # "who found fame on the dating show “Villa Heartline”": no appearance to speak
        if named:
            add(
                named.start(),
                after_marks,
                "interview",
                platform=title,
                what=named.group("noun") or named.group("noun2"),
            )
            continue
        appos = (
            _SHOW_APPOSITION_AFTER.match(narration, after_marks)
            if not noun_after and _SHOW_WORD.search(narration, after_marks, after_marks + 40)
            else None
        )
        prep_on = _PREP_RIGHT_BEFORE_MARKS.search(narration, lo, span.open_at) if appos else None
        if appos and prep_on:
            add(prep_on.start(), appos.end(), "interview", platform=title, what=appos.group("noun"))
            continue
        prep = _PREP_BEFORE_MARKS.search(narration, lo, span.open_at) if noun_after else None
        if prep and noun_after:
            add(
                prep.start(),
                noun_after.end(),
                "interview",
                platform=title,
                what=noun_after.group("noun"),
            )
            continue
        # (a cue ends in a word or an apostrophe and then spaces: most quotes open after a
        # comma or a colon, which rules the cue out without the engine trying each place)
        last = tail.rstrip()[-1:]
        cued = (last.isalpha() or last in "’'") and _MARKS_CUE.search(tail)
        on = _ON_MARKS.search(narration, lo, span.open_at) if cued else None
        if on and (title[:1].isupper() or title[:1].isdigit()):
            # (a show's name is capitalized: not "said it would refocus on “a smaller number of
            # customers”")
            add(on.start(), span.open_at + 1, "interview", platform=title, what="show")
    for m in scan(_PLATFORM_RE, narration):
        before = narration[max(0, m.start() - 40) : m.start()]
        after = narration[m.end() : m.end() + 20]
        noun_after = _POST_NOUN_AFTER.match(after)
        if _AUDIENCE_ON.search(before) and _PLATFORM_RE.search(
            narration, m.end(), lay.sentence_of(m.start())[1]
        ):
            # "who has 2.3 million followers on Twitch, reacted on her YouTube channel": an
            # audience, not a post, when the sentence names the platform posted on (alone, the
            # audience's platform is the one a video is posted on)
            continue
        if _KNOWN_ON.search(before) and not noun_after:
            # "one of the most followed food creators on TikTok", "popular on YouTube": who
            # someone is on the platform, no post on it
            continue
        if (
            _TRENDING_ON.search(before)
            and not noun_after
            and _HASHTAG.search(narration, lay.sentence_of(m.start())[0], m.start())
        ):
            continue  # "sent the hashtag trending worldwide on X": no post
        if _MOVING_TO.search(before) and not noun_after:
            continue  # "would return to Twitch when the suspension ended": going back, no post
        if _NOT_A_POST_AFTER.match(narration, m.end()):
            continue  # "built on its Instagram presence": the platform, no post on it
        if noun_after and _UNDER_SOMEONES.search(before):
            continue  # "replied under the company’s LinkedIn post": a post named again
        if noun_after and _ABOUT_THE.search(before):
            continue  # "asked about the Reddit thread": a post named again, as a topic
        if (
            _PLATFORM_CONTEXT.search(before)
            or noun_after
            or _POSTED_A.search(before)
            or _POSTED_ON_SOMEONES.search(
                narration, max(lay.sentence_of(m.start())[0], m.start() - 100), m.start()
            )
        ):
            live = _WENT_LIVE.search(before) or after.startswith((" Live", " live"))
            # ("her Substack review": the piece the platform names, named again later as "the
            # newsletter" or "the review")
            piece = noun_after.group().split()[-1].lower() if noun_after else None
            add(
                m.start(),
                m.end(),
                "social",
                platform=_platform_name(m.group("plat")),
                what="live video" if live else piece if piece in PIECE_NOUNS else None,
            )
            if noun_after and _ANOTHER_BEFORE.search(before):
                # "In a later Instagram story she wrote": a new post, not the one before it
                found[-1].reply = True
    for m in scan(_NAMED_APP, narration):
        # "Kang wrote to fans on the fan app Bubblet": a platform the lexicon does not know,
        # named as an app
        verb = _ON_AN_APP_BEFORE.search(narration, max(0, m.start() - 60), m.start())
        plat = m.group("plat")
        if (
            verb
            and not _PLATFORM_RE.match(plat)
            # (not a day: "posted on the platform Monday that …")
            and plat.split()[0] not in lx.WEEKDAY_NAMES
            and plat.split()[0].lower() not in lx.MONTHS
        ):
            add(verb.start(), m.end(), "social", platform=m.group("plat"))
    for m in scan(_VIDEO_NOUN, narration, scanned):
        head = _IN_A_VIDEO_BEFORE.search(narration, max(0, m.start() - 40), m.start())
        if head and head.group("another") and not _POSTED_RIGHT_AFTER.match(narration, m.end()):
            head = None  # (not "In another video, taken by a police body camera, …")
        if head:
            # ("in a video uploaded to the club’s official TikTok account": where it went up)
            where = _UPLOADED_TO_AFTER.match(narration, m.end())
            add(
                head.start(),
                m.end(),
                "social",
                platform=_platform_name(where.group("plat")) if where else None,
                what=m.group(),
            )
            # "In a second video posted hours later": a new post on the platform of the last.
            found[-1].reply = bool(head.group("again") or head.group("another"))
    for m in scan(_OWN_POST, narration, scanned):
        head = _OWN_POST_HEAD.search(narration, max(0, m.start() - 12), m.start())
        if head:
            # "fired back in a post of her own": a new post, on the platform of the last one.
            before = len(found)
            # ("in a follow-up TikTok": the platform by its name)
            add(head.start(), m.end(), "social", "TikTok" if m.group().endswith("TikTok") else None)
            if len(found) > before:
                found[-1].reply = True
    for m in scan(_RETURN, narration, scanned):
        add(
            m.start(),
            m.end(),
            "return",
            platform=_platform_name(m.group("plat")) if m.group("plat") else None,
        )
    for m in _IN_IT_OPENING.finditer(narration) if "In it," in narration else ():
        if lay.sentence_of(m.start())[0] >= m.start() - 1:
            # "A video posted to TikTok by a nurse … In it, Brianna Okafor, 29, films …": the
            # post just reported, named again (and who is in it)
            add(m.start(), m.end() - 1, "quote-media", what="it")
    for m in scan(_SAME_MEDIUM, narration, scanned):
        head = (_SAME_HEAD if m.group().startswith("same") else _THE_HEAD).search(
            narration, max(0, m.start() - 20), m.start()
        )
        if head:
            # "said on the same episode", "In the same video, she …": the post named again.
            add(head.start(), m.end(), "quote-media", what=m.group())
    for m in scan(_DAYS_EPISODE, narration):
        show = max(
            _SHOW_NAMED.finditer(narration, max(0, m.start() - 1500), m.start()),
            key=lambda n: n.start(),
            default=None,
        )
        # (the last show the story named, with no other show or podcast named since: not "left
        # the talk show Morning Drive in 2019 and now records a gardening podcast")
        if show and not _SHOW_NOUN_WORD.search(narration, show.end(), m.start()):
            name = _outlet(show.group("show"), people, show.start("show"))
            if name and name.lower() not in lx.PLATFORMS:
                add(m.start(), m.end(), "interview", platform=name, what="episode")
    for m in scan(_INTERVIEW, narration):
        key = "outlet" if m.group("noun") else "outlet2"
        if m.group(key) and re.match(r"[’']s\s+\x00", narration[m.end(key) - 2 : m.end(key) + 2]):
            continue  # "in an interview with NPR’s “Weekend Edition”": the show is the platform
        outlet = _outlet(
            m.group(key), people, m.start(key) if m.group(key) else -1, _kind_names(m, key)
        )
        network = _NETWORK_SHOW.match(outlet or "")
        if network and _outlet_like(network.group("net")):
            after_net = m.start(key) + (m.group(key) or "").find(network.group("show"))
            if people.resolve(network.group("show"), after_net) is None:
                # "in an interview with RTÉ’s Morning Ireland": the show the network's
                # possessive names (not "with CNN’s Jake Tapper": the network's journalist)
                outlet = network.group("show")
            else:
                outlet = network.group("net")
        if (
            m.group("noun") in {"interview", "debate", "town hall", "forum"}
            and outlet is None
            and not _MEDIA_INTERVIEW.search(m.group())
            and not _PUBLISHED_AFTER.match(narration, m.end())
        ):
            # (nor "said during the debate" in a council chamber: a debate, a town hall or a
            # forum is a post only when an outlet carries it)
            # "said in an interview", "In a phone interview, she said": the story's own
            # interview, not a post it reports (one on a podcast, or aired, is).
            continue
        add(
            m.start(),
            m.end(),
            "interview",
            platform=outlet,
            what=m.group("noun") or m.group("noun2"),
        )
    for m in _finditer(_GAVE_INTERVIEW, narration) if "interview" in narration else ():
        # "gave an interview to The Yorkshire Post": an interview with that outlet
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and (_outlet_like(outlet) or _built_like_outlet(outlet)):
            add(m.start(), m.end(), "interview", platform=outlet, what="interview")
    for m in scan(_TOLD, narration):
        if _POSSESSIVE_AFTER.match(narration, m.end("outlet")):
            # "told BBC Radio 4’s Today programme": the show (_NETWORK_SHOW_NOUN); "told BBC
            # Radio 4’s Front Row": the show the network's possessive names, with no noun after
            show = _SHOW_AFTER_POSSESSIVE.match(narration, m.end("outlet"))
            if (
                show
                and _outlet_like(m.group("outlet"))
                and people.resolve(show.group("show"), show.start("show")) is None
            ):
                add(m.start(), show.end(), "interview", platform=show.group("show"), what="show")
            continue
        network = _NETWORK_SHOW.match(m.group("outlet"))
        if network and _outlet_like(network.group("net")):
            after_net = m.start("outlet") + network.start("show")
            if people.resolve(network.group("show"), after_net) is not None:
                # "told CNN’s Jake Tapper": the network's journalist; the network is the platform.
                add(
                    m.start(), m.end(), "interview", platform=network.group("net"), what="interview"
                )
                continue
            # "told NPR’s Morning Edition": the show the network's possessive names
            add(m.start(), m.end(), "interview", platform=network.group("show"), what="show")
            continue
        # ("told the Mexican daily La Jornada": a name after its kind is the outlet's)
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"), bool(m.group("kind")))
        if (
            outlet
            and not m.group("medium")
            and not m.group("kind")
            and _call_letters(outlet)
            and not known_outlet(outlet)
            # ("told KTLA reporters" stays the station's)
            and not _station_letters(outlet)
            and _PLURAL_NOUN_AFTER.match(narration, m.end("outlet"))
        ):
            continue  # "told NASA engineers": initials before the people told, not a station
        if outlet and (
            m.group("medium")
            or m.group("kind")  # "told the local newspaper Kessby Posten"
            or _outlet_like(outlet)  # "told the Harlan Journal-Register"
            or _built_like_outlet(outlet)
        ):
            add(m.start(), m.end(), "interview", platform=outlet, what="interview")
    for m in scan(_DESCRIBED_TO, narration, scanned):
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and (_outlet_like(outlet) or _built_like_outlet(outlet)):
            add(m.start(), m.end(), "interview", platform=outlet, what="interview")
    for m in scan(_VISITED, narration, scanned):
        show = _outlet(m.group("show"), people, m.start("show"), _kind_names(m, "show"))
        if re.match(r"[’']s\s+\x00", narration[m.end("show") - 2 : m.end("show") + 2]):
            continue  # "sat down with CBS’s “60 Minutes”": the show in marks is the platform
        network = _NETWORK_SHOW.match(show or "")
        if network and known_outlet(network.group("net")):
            show = network.group("show")
        if (
            show
            and show.lower() not in lx.PLATFORMS
            and (_kind_names(m, "show") or _outlet_like(show))
        ):
            add(m.start(), m.end(), "interview", platform=show, what=f"interview on {show}")
    for m in scan(_SPEAKING_TO, narration, scanned):
        if m.group("station"):
            add(m.start(), m.end(), "interview", platform=m.group("station"), what="interview")
            continue
        if re.match(r"[’']s\s+\x00", narration[m.end("outlet") - 2 : m.end("outlet") + 2]):
            continue  # "speaking with NPR’s “Fresh Air”": the show in marks is the platform
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if (
            outlet
            and outlet.lower() not in lx.PLATFORMS
            and (
                known_outlet(outlet) or any(_media_word(w) for w in outlet.split())
                if m.group().startswith(("comments", "remarks"))
                else m.group("kind") or _outlet_like(outlet) or _built_like_outlet(outlet)
            )
        ):
            # ("comments to the FCC" are a filing with a regulator, not words to an outlet.)
            add(m.start(), m.end(), "interview", platform=outlet, what="interview")
    for m in scan(_SPOKE_ON, narration, scanned):
        # ("was asked on the Saturday Sport Hour on Radio Carrowmore": a show, then the station it
        # airs on; its name may open with a day's)
        on_station = _on_a_station(narration, m.end("show")) and (
            # (a show's name: after "the" or with a show's word; not "spoke on Brexit on BBC Radio
            # Ulster", a topic)
            m.group("show").startswith(("the ", "The "))
            or any(w.lower() in _SHOW_WORDS for w in m.group("show").split())
        )
        show = _outlet(m.group("show"), people, m.start("show"), on_station)
        station_show = _STATION_SHOW_AFTER.match(narration, m.end("show"))
        if (
            station_show
            and show
            # ("appeared on Talk Radio 702’s Breakfast Show": a station named with its medium)
            and (show.split()[0].lower() in lx.OUTLET_NAMES or _outlet_like(show))
        ):
            # "Speaking on BBC Radio 4’s Front Row": the show a network's station names
            add(
                m.start(),
                station_show.end(),
                "interview",
                platform=station_show.group("show"),
                what="show",
            )
            continue
        if re.match(r"[’']s\s+\x00", narration[m.end("show") - 2 : m.end("show") + 2]):
            continue  # "on NBC’s “Meet the Press”": the show in marks is the platform
        owner = _STATION_OWNS_SHOW.match(m.group("kind") or "")
        if owner and owner.group("net").lower() in lx.MONTHS:
            # ("Speaking on Sunday’s morning show, …": a day's, no station named; the lexicon's
            # MONTHS holds the days' names too)
            continue
        if (
            owner
            and owner.group("net").lower() not in lx.PLATFORMS
            and resolve_one(owner.group("net"), m.start("kind"), people) is None
            and owner.group("net").split()[0].lower() not in gn.FEMALE | gn.MALE
        ):
            # "Speaking on SAfm’s morning show, Mahlangu called …": the station's show, its name
            # not given (not "Joe Rogan’s weekly show", a person's)
            end = m.start("kind") + owner.end()
            add(m.start(), end, "interview", platform=owner.group("net"), what="show")
            continue
        network = _NETWORK_SHOW.match(show or "")
        if network and (
            known_outlet(network.group("net"))
            or _CALL_LETTERS.fullmatch(network.group("net"))
            # ("Speaking on BBC Radio 4’s Front Row": a known network's station)
            or network.group("net").split()[0].lower() in lx.OUTLET_NAMES
        ):
            # "appeared on CNN’s State of the Union": the show a network's possessive names.
            # (not a show cut at a number's dot: "the ABC’s 7.30")
            if not network.group("show").isdigit():
                add(m.start(), m.end(), "interview", platform=network.group("show"), what="show")
            continue
        if (
            show
            and show.lower() not in lx.PLATFORMS
            and (
                m.group("kind")
                or known_outlet(show)
                or on_station
                # ("appeared on PBS NewsHour": a show whose name opens with its network's)
                or show.split()[0].lower() in lx.OUTLET_NAMES
                or _CALL_LETTERS.fullmatch(show)
                or any(_media_word(w) for w in show.split())
            )
        ):
            add(m.start(), m.end(), "interview", platform=show, what=f"interview on {show}")
    for m in scan(_ON_NETWORK_SHOW_OPENING, narration):
        net = m.group("net")
        if (
            known_outlet(net)
            or _CALL_LETTERS.fullmatch(net)
            or net.split()[0].lower() in lx.OUTLET_NAMES
        ):
            add(m.start(), m.end(), "interview", platform=m.group("show"), what="show")
    for m in scan(_ON_OUTLET_OPENING, narration):
        show = m.group("show")
        if (
            show.lower() not in lx.PLATFORMS
            and show.split()[0] not in lx.WEEKDAY_NAMES
            and show.split()[0].lower() not in lx.MONTHS
            and _named_outlet(show)
            and people.resolve(show, m.start("show")) is None
        ):
            add(m.start(), m.end(), "interview", platform=show, what="interview")
    for m in scan(_ASKED_BY_OUTLET, narration):
        show = _outlet(m.group("show"), people, m.start("show"))
        if show and _named_outlet(show) and not _ROLE_AFTER.match(narration, m.end()):
            add(m.start(), m.end(), "interview", platform=show, what="interview")
    for m in scan(_ON_STATION, narration):
        # "defended the plowing on WBEN radio Wednesday morning": a station's call letters
        # before its medium.
        add(m.start(), m.end(), "interview", platform=m.group("show"), what="interview")
    for m in scan(_NETWORK_SHOW_NOUN, narration):
        if _outlet_like(m.group("net")) or m.group("net").split()[0].lower() in lx.OUTLET_NAMES:
            add(m.start(), m.end(), "interview", platform=m.group("show"), what="show")
    for m in scan(_ON_NAMED_KIND, narration):
        if m.group("owner") and "," in narration[m.end("owner") : m.start("show")]:
            continue  # ("On Joe Rogan’s podcast, Elon Musk said": the guest, not a show)
        show = _outlet(m.group("show"), people, m.start("show"))
        named = _SHOW_NAMED_BEFORE.search(narration, max(0, m.start() - 80), m.start())
        if show and named and _STATION_KIND.search(m.group()):
            # "given to the programme Evening Report on the broadcaster TV Nord": the show,
            # not the station that airs it
            start = named.start()
            show = named.group("show")
        else:
            start = m.start()
        if show and show.lower() not in lx.PLATFORMS:
            add(start, m.end(), "interview", platform=show, what=f"interview on {show}")
    for m in scan(_STATEMENT_NOUN, narration, scanned):
        head = _STATEMENT_HEAD.search(narration, max(0, m.start() - 60), m.start())
        if not head:
            continue
        outlet_match = _STATEMENT_OUTLET.match(narration, m.end())
        outlet = (
            _outlet(outlet_match.group("outlet"), people, outlet_match.start("outlet"))
            if outlet_match
            else None
        )
        if outlet and outlet_match.group().lstrip().startswith("to ") and _addressed_body(outlet):
            outlet, outlet_match = (
                None,
                None,
            )  # ("in a letter to the Ledger Council": its addressee)
        if outlet and m.group().endswith("release") and not _outlet_like(outlet):
            # ("in a release to the Australian Securities Exchange": filed with a market, no
            # outlet's)
            outlet, outlet_match = None, None
        add(
            head.start(),
            outlet_match.end() if outlet_match else m.end(),
            "statement",
            # (a news or earnings release is a press release by another name)
            platform=outlet or ("press release" if m.group().endswith("release") else None),
            what=m.group(),
        )
    for m in scan(_RELEASE_AS_SUBJECT, narration):
        if (
            m.group("new")
            and m.group("noun") == "release"
            and not _NEWS_RELEASE.search(m.group(), 0, m.end("noun") - m.start())
        ):
            continue  # ("The album’s release promises …": a record's, no press release)
        opens = _SENTENCE_OPENS if m.group()[0].isupper() else _AFTER_CLOSING_MARK
        if opens.search(narration, max(0, m.start() - 3), m.start()):
            release = "release" in m.group()
            add(
                m.start(),
                m.end(),
                "statement",
                platform="press release" if release else None,
                what=m.group("noun") if not release else "press release",
            )
    for m in scan(_STUDY_VOICE_AFTER_QUOTE, narration):
        # "according to a study released Wednesday by the consumer group Fair Table. “…,” the
        # study said": a study the story quotes speaks as a post (its authors unnamed).
        add(m.start("det"), m.end(), "statement", what=m.group("noun"))
    for m in scan(_DOCUMENT_NOUN, narration, scanned):
        if (
            m.group().startswith("report")
            and not quoted_in(*lay.sentence_of(m.start()))
            # ("The UN refugee agency said in a report published Thursday that …": a body's
            # own report, issued)
            and not (
                m.group() == "report"
                and (
                    said := _SAID_IN_OWN_REPORT.search(narration, max(0, m.start() - 40), m.start())
                )
                and not _BY_SOMEONE_AFTER.match(narration, m.end())
                # (not an outlet's news report: "The BBC said in a report that …")
                and not _outlet_reports(narration, said.start(), people)
            )
            # ("according to a report released on Tuesday by the city’s inspector general,
            # Folasade Ogunleye-Hart": a report by someone the story names)
            and not _report_by_person(narration, m.end(), people)
        ):
            continue  # (a report is a post only where the story quotes it: "reports said")
        if m.group().startswith("declaration") and narration.startswith(" of ", m.end()):
            continue  # ("a declaration of independence", "of emergency": no document anyone wrote)
        head = _document_head(narration, m)
        addressee = _TO_ADDRESSEE.match(narration, m.end())
        if (
            head is None
            and addressee
            and m.group().rstrip("s") in {"letter", "memo", "email", "e-mail", "note"}
            and _FROM_SOURCE.match(narration, addressee.end())
            and _WITH_A_DOCUMENT.search(narration, max(0, m.start() - 30), m.start())
        ):
            # "The push began with a letter to parents from Agnes Oduya-Brandt, the principal":
            # a document to someone that names who it is from, someone the story names (not
            # "along with a recorded message from Chief Holloway posted on YouTube")
            source = _FROM_SOURCE.match(narration, addressee.end())
            if isinstance(resolve_one(source.group("who"), source.start("who"), people), int):
                # (the report runs to its addressee, so the source right after names the author)
                add(m.start(), addressee.end(), "statement", what=m.group())
                continue
        if (
            head is None
            and _FROM_SOURCE.match(narration, m.end())
            and _DOCUMENT_AS_SUBJECT.search(narration, max(0, m.start() - 40), m.start())
        ):
            # "A memo from Police Chief Lamar Castellanos … was sent to all officers": a document
            # that opens its sentence and names who it is from (its author, found from it).
            source = _FROM_SOURCE.match(narration, m.end())
            named = _NAMED_AFTER_SOURCE.match(narration, source.end("who"))
            if resolve_one(source.group("who"), source.start("who"), people) is not None or (
                named and resolve_one(named.group("name"), named.start("name"), people) is not None
            ):
                add(m.start(), m.end(), "statement", what=m.group())
                continue
        if head is None:
            speaks = _DOCUMENT_SPEAKS.match(narration, m.end())
            subject = (
                _DOCUMENT_AS_SUBJECT.search(narration, max(0, m.start() - 40), m.start())
                if speaks
                else None
            )
            if subject:
                # "The lawsuit, filed Tuesday in federal court, says …", "the complaint says":
                # the document itself speaks.
                add(subject.start("det"), speaks.end(), "statement", what=m.group())
            continue
        noun = m.group().lower().removesuffix("s")
        end = m.end()
        obtained = _OBTAINED_BY.match(narration, end)
        if obtained:
            end = obtained.end()
        essay = noun in {"essay", "op-ed", "column"}
        platform = None
        given_to = _STATEMENT_OUTLET.match(narration, m.end()) if not obtained else None
        if given_to:
            # "in a text message to The New York Times": words given to an outlet.
            outlet = _outlet(given_to.group("outlet"), people, given_to.start("outlet"))
            if outlet and _outlet_like(outlet) and not _addressed_body(outlet):
                platform, end = outlet, given_to.end()
        # ("a letter to fans published …": past the letter's addressee)
        addressee = _TO_ADDRESSEE.match(narration, end) if noun == "letter" else None
        placed = (
            _PUBLISHED_IN.match(narration, addressee.end() if addressee else end)
            if (essay or noun == "letter") and not obtained and not platform
            else None
        )
        published = placed is not None and placed.group().lstrip().startswith(
            ("published", "posted")
        )
        if placed and (
            # (a letter only where it was published: "a letter to fans published on Wednesday
            # by the site Open Huddle"; a piece "by" an outlet only when published by it)
            (noun == "letter" and not published) or (placed.group("prep") == "by" and not published)
        ):
            placed = None
        if placed:
            # "an op-ed published Sunday in The Washington Post": where the piece ran.
            outlet = _outlet(placed.group("outlet"), people, placed.start("outlet"))
            if outlet and (
                outlet.lower() in lx.PLATFORMS
                or _outlet_like(outlet)
                # ("an op-ed published Sunday in The Plain Dealer": a title with its article)
                or _built_like_outlet(outlet)
                or placed.group("kind")
            ):
                platform, end = _platform_name(outlet), placed.end()
        if noun == "editorial" and platform is None:
            # "The Duluth News Tribune endorsed Tafoya-Berg in an editorial": the paper's own
            # piece, in the paper (no one's by name).
            opening = _NAME_OPENING.match(narration, lay.sentence_of(m.start())[0])
            name = opening and _outlet(opening.group("name"), people, opening.start("name"))
            if name and (_outlet_like(name) or _built_like_outlet(name)):
                # (a "The" that opens the sentence is the paper's only where its name has one)
                known = name.lower() in lx.OUTLET_NAMES
                platform = name[4:] if name.startswith("The ") and not known else name
        add(head.start(), end, "essay" if essay else "statement", platform, what=m.group())
    for m in scan(_WROTE_TO, narration):
        if (
            m.group().endswith("that")
            and "\x00" not in narration[m.end() : lay.sentence_of(m.start())[1]]
        ):
            # ("wrote to a man that she had met online": a relative "that"; the letter's words
            # are quoted after "that" when it says what the letter said)
            continue
        if _CLAUSE_LEAD_BEFORE.search(
            narration, max(0, m.start() - 12), m.start()
        ) and not _QUOTE_IN_CLAUSE.match(narration, m.end()):
            # ("Maria Lopez, who wrote to the council asking for a crossing, said: “…”": the
            # quote is the sentence's, not the letter's)
            continue
        to_outlet = _WROTE_TO_OUTLET.match(narration, m.start())
        outlet = (
            _outlet(to_outlet.group("outlet"), people, to_outlet.start("outlet"))
            if to_outlet
            else None
        )
        # ("has written to The Midland Chronicle to object": a letter to a newspaper, published
        # there)
        add(
            m.start(),
            m.end(),
            "statement",
            platform=(
                outlet if outlet and _outlet_like(outlet) and not _addressed_body(outlet) else None
            ),
            what="letter",
        )
    for m in scan(_FILED, narration):
        # "His lawyer, Sienna Marchetti, filed a response on Thursday calling the claims …": a
        # court filing, its filer's.
        add(m.start(), m.end(), "statement", what=m.group("noun"))
    for m in scan(_OWN_SITE, narration, scanned):
        head = _ON_OWN_SITE_HEAD.search(narration, max(0, m.start() - 40), m.start())
        if (
            head
            and " campaign " in head.group()
            and not _WROTE_BEFORE.search(narration, max(0, head.start() - 40), head.start())
        ):
            continue  # ("worked on her campaign website for months": no post)
        if head:
            add(head.start(), m.end(), "essay", what=m.group())
    for m in scan(_FOLLOWERS, narration, scanned):
        add(m.start(), m.end(), "social", what="post")
    for m in scan(_WRITING_FOR_COURT, narration, scanned):
        add(m.start(), m.end(), "statement", what="opinion")
    for m in scan(_IN_DISSENT, narration):
        if _COURT_WORD.search(narration, *lay.sentence_of(m.start())):
            add(m.start(), m.end(), "statement", what="opinion")
    for m in scan(_TWEET, narration):
        add(m.start(), m.end(), "social", platform="Twitter", what=m.group("noun"))
    statements = sorted((r.start, k) for k, r in enumerate(found) if r.kind == "statement")
    statement_starts = [start for start, _ in statements]
    for m in scan(_SHARED_ON_DATE, narration, scanned):
        # (the statement reported last before it, which the date may belong to, and the end of
        # the day or month named after the verb, which dates a document)
        k = bisect_left(statement_starts, m.start()) - 1
        earlier = found[statements[k][1]] if k >= 0 else None
        if earlier is not None and earlier.end > m.start():
            earlier = None
        named = _WORD_AT.match(narration, m.end())
        dated_end = named.end() if named else m.end()
        findings = _FINDINGS_PUBLISHED.search(narration, max(0, m.start() - 90), m.start())
        if findings:
            # "according to data published on Monday by …": figures, no one's post; "In her
            # written judgment, published on Monday, …", "a report published on Wednesday by
            # …": the date of a document, which is the post (found as one report with it)
            noun = findings.group("noun").lower()
            if noun in _DATA_NOUNS:
                continue
            if (
                noun in _STUDY_NOUNS
                and not quoted_in(*lay.sentence_of(m.start()))
                # (one's own: "In a survey of her followers posted on Sunday, Ana Ruiz asked")
                and not _OWN_WORD.search(findings.group())
            ):
                # ("according to a study of 11,000 undergraduates published on Tuesday": a study
                # is a post only where the story quotes it, as a report is)
                continue
            if noun not in _DATED_DOCUMENTS:
                add(m.start(), m.end(), "shared-on-date")  # ("The paper, posted in January")
                continue
            # ("In her written judgment, published …": a statement earlier in its sentence)
            if earlier is not None and earlier.start >= lay.sentence_of(m.start())[0]:
                earlier.end = dated_end
            else:
                add(findings.start("noun"), dated_end, "statement", what=noun)
            continue
        if earlier is not None and _JUST_NAMED_DOCUMENT.fullmatch(
            narration, earlier.end, m.start()
        ):
            # ("In the letter, published on Saturday, Asante-Rowe said": the date of the document
            # just named, not a post of its own)
            earlier.end = dated_end
            continue
        add(m.start(), m.end(), "shared-on-date")
    for m in _finditer(_BY_EMAIL, narration) if "mail" in narration else ():
        # "a spokesperson for the office said by email": words written to the reporter
        add(m.start(), m.end(), "statement", what="email")
    for m in scan(_TWEETED, narration):
        # "Senator Hal Brenner tweeted on Monday that …": the verb reports a post on Twitter.
        add(m.start(), m.end(), "social", platform="Twitter", what="tweet")
    told_again = list(_finditer(_TOLD_THE_OUTLET, narration)) if "told the " in narration else []
    interviews = sorted(
        (r.start, r.platform) for r in found if r.kind == "interview" and r.platform
    )
    interview_starts = [start for start, _ in interviews]
    # (any post on an outlet, for "the same paper": not "… told The Guardian. … wrote an op-ed
    # in the Financial Times. “…,” she told the same paper", the Guardian's)
    on_outlets = sorted((r.start, r.platform) for r in found if r.platform)
    outlet_starts = [start for start, _ in on_outlets]
    for m in told_again:
        # "“…,” she told the paper": the outlet of the last interview reported, by its kind
        k = bisect_left(interview_starts, m.start()) - 1
        if " same " in m.group():
            last = bisect_left(outlet_starts, m.start()) - 1
            if k < 0 or last < 0 or on_outlets[last][1] != interviews[k][1]:
                continue
        if k >= 0:
            add(m.start(), m.end(), "interview", interviews[k][1])
            found[-1].what = "interview"
    found.sort(key=lambda r: r.start)
    if any(r.what == "it" for r in found):
        # ("In it, …" names a post only right after the sentence that reports one: not "The
        # museum opened a new wing. In it, visitors can see …")
        found = [
            r
            for k, r in enumerate(found)
            if r.what != "it"
            or any(
                o.what != "it" and o.sentence[1] <= r.start and r.start - o.sentence[1] < 4
                for o in found[max(0, k - 6) : k]
            )
        ]
    # ("The commentator Brent Halvorsen, who hosts the YouTube channel Cold Facts, called …": a
    # channel someone runs is no post)
    dropped: set[int] = set()
    for k, channel in enumerate(found):
        if not (
            channel.kind == "social"
            and channel.platform
            and _RUNS_CHANNEL.search(narration, max(0, channel.start - 40), channel.start)
            and _CHANNEL_AFTER.match(narration, channel.end)
        ):
            continue
        # (a video or post reported later in the sentence is on that channel's platform; with
        # none, the channel stands for the posts the story reports next; a statement stays one)
        # (reports are sorted: only those after it, in its sentence, are looked at)
        # (a few reports ahead at most: many channels in one sentence stay linear)
        for later in found[k + 1 : k + 6]:
            if later.sentence != channel.sentence:
                break
            if later.kind in {"social", "shared-on-date"} and later.platform is None:
                later.platform = channel.platform
                dropped.add(k)
                break
    if dropped:
        found = [r for k, r in enumerate(found) if k not in dropped]
    for report in found:
        if report.kind != "interview" or not report.platform:
            continue
        # (the report may end with the station's possessive: "spoke to Capital FM’s")
        at = (
            report.end - 2 if narration[report.end - 2 : report.end] in ("’s", "'s") else report.end
        )
        named = _STATIONS_SHOW_NAMED.match(narration, at)
        if named:
            # "spoke to Capital FM’s morning show, The Big Breakfast,": the show the station's
            # possessive names in apposition
            report.platform = named.group("show")
            report.end = named.end("show")
    return _merge_same_clause(narration, found)


# Patterns the engine scans slowly on its own (a long alternation after a word boundary):
# found through their literal openings instead, with the same matches (see scanning.py).
# Patterns that open with words, found together in one pass (a trie of their openings): the
# same matches as scanning each on its own, in fewer passes over the text. Patterns whose
# openings are very common words ("in", "on") are faster scanned on their own; the verbs of
# sharing and of giving an account ("shared", "posted", "described") cost little more in the
# shared pass than a pass of their own, and a long text much less.
REPORT_SCAN = OpeningScan(
    [
        _SHARE,
        _SHARED_ON_DATE,
        _DESCRIBED_TO,
        _OWN_POST,
        _VISITED,
        _SPEAKING_TO,
        _DOCUMENT_NOUN,
        _WRITING_FOR_COURT,
        _OWN_SITE,
        _FOLLOWERS,
        _SPOKE_ON,
        _STATEMENT_NOUN,
        _SAME_MEDIUM,
        _RETURN,
        _VIDEO_NOUN,
        COMMENTS,
    ]
)


# Words one of which every match of a pattern contains: a narration with none of them has no
# match, which a plain substring test tells far faster than the engine's scan of the text.
_REQUIRED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _TWEET: ("tweet",),
    _TWEETED: ("tweet",),
    _WRITING_IN: ("writ", "Writ", "wrote", "eviewing"),
    _PIECE_FOR_OUTLET: ("review", "piece", "article", "critique", "column", "excerpt"),
    _PIECE_BY_IN_OUTLET: (" by ",),
    _A_PIECE_IN_OUTLET: ("review", "critique", "column", "essay", "op-ed"),
    _DAYS_EPISODE: ("episode",),
    _FILED: ("filed",),
    _WROTE_TO: ("wrote to", "written to", "writes to"),
    _IN_DISSENT: ("dissent",),
    _PROFILE_IN: ("profile", "cover story"),
    _STUDY_IN: ("study", "paper"),
    _ON_STATION: (" radio", " TV", " television"),
    _ON_NETWORK_SHOW_OPENING: ("On ",),
    _ON_OUTLET_OPENING: ("On ",),
    _ASKED_BY_OUTLET: ("sked",),
    _NETWORK_SHOW_NOUN: ("program", " show"),
    _RELEASE_AS_SUBJECT: ("release", "statement"),
    _STUDY_VOICE_AFTER_QUOTE: ("study", "survey", "analysis", "audit"),
}


def scan(
    pattern: re.Pattern[str],
    narration: str,
    found_before: dict[re.Pattern[str], list[re.Match[str]]] | None = None,
) -> list[re.Match[str]]:
    """Matches that start at a word boundary (the patterns leave it out to be fast)."""
    required = _REQUIRED_WORDS.get(pattern)
    if required and not any(word in narration for word in required):
        return []
    found = []
    if found_before is not None and pattern in found_before:
        matches: Iterable[re.Match[str]] = found_before[pattern]
    else:
        matches = _finditer(pattern, narration)
    for m in matches:
        before = narration[m.start() - 1 : m.start()]
        if before and (before.isalnum() or before in "_-’'"):
            continue
        if "plat" in m.groupdict() and m.group("plat") == "X":
            context = narration[max(0, m.start() - 16) : m.end() + 12]
            if not _X_CONTEXT.search(context):
                continue
        found.append(m)
    return found


_SHOW_WORDS = lx.words(
    "show live tonight today morning podcast news radio tv hour minutes talk daily weekly report late"
)


def known_outlet(name: str) -> bool:
    """An outlet or show: a known one, or a name built like one ("The Late Show", "Good Morning America")."""
    lowered = name.lower()
    if lowered in lx.OUTLET_NAMES or lowered.removeprefix("the ") in lx.OUTLET_NAMES:
        return True
    return any(word in _SHOW_WORDS for word in lowered.split())


_OF_OUTLET = re.compile(
    r"\b(?:of|at|for)\s+(?P<o>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
)
_REPORTER = re.compile(r"\b(?:reporters?|correspondents?|journalists?)\b")
_JOURNALIST = re.compile(r"\b(?:reporters?|correspondents?|journalists?|editors?|columnists?)\b")


def _report_by_person(narration: str, end: int, people: PeopleIndex) -> bool:
    """Whether the report that ends at ``end`` is by a person the story names ("a report
    released Tuesday by the city’s inspector general, Folasade Ogunleye-Hart")."""
    source = _FROM_SOURCE.match(narration, end)
    if not source or not source.group().lstrip().lower().startswith(
        ("released", "issued", "was", "were", "by")
    ):
        return False
    outlet = _OF_OUTLET.search(source.group("who"))
    if _JOURNALIST.search(source.group("who")) or (outlet and known_outlet(outlet.group("o"))):
        # ("a report by the Reuters reporter Tom Lee", "by Tom Lee of Reuters": a news report)
        return False
    if isinstance(resolve_one(source.group("who"), source.start("who"), people), int):
        return True
    named = _NAMED_AFTER_SOURCE.match(narration, source.end("who"))
    return bool(named) and isinstance(
        resolve_one(named.group("name"), named.start("name"), people), int
    )


def _document_head(narration: str, m: re.Match[str]) -> re.Match[str] | None:
    """The words that make a document noun a medium someone spoke through ("said in a memo",
    "according to the lawsuit"), or None when the noun is used otherwise: "was described in the
    filing", "in a filing cabinet", "in his opinion, …", "sent a clear message"."""
    head = _DOCUMENT_HEAD.search(narration, max(0, m.start() - 50), m.start())
    if (
        head is None
        or _PASSIVE_BEFORE.search(narration, max(0, head.start() - 30), head.start())
        or _NOT_DOCUMENT_AFTER.match(narration, m.end())
        or _IDIOM_OPINION.search(narration, max(0, m.start() - 7), m.end() + 2)
        or _SEND_A_MESSAGE.match(narration, head.start())
        or _noun_used_otherwise(narration, m, head)
    ):
        return None
    return head


_NOT_A_POST_AFTER = re.compile(
    r"\s+(?:presence|strategy|following|followers|audience|reach|popularity|success|growth|"
    r"algorithm|polic(?:y|ies)|rules|terms|ads?|advertising|ban|bans|fame|stardom)\b"
)
_ABOUT_THE = re.compile(r"\b(?:about|regarding|over)\s+(?:the|that|this)\s+$")
_UNDER_SOMEONES = re.compile(
    r"\b(?:under|beneath|below)\s+(?:(?:the|that|this|her|his|their|its)\s+)?(?:[\w-]+[’']s\s+)?$"
)


def _noun_used_otherwise(narration: str, m: re.Match[str], head: re.Match[str]) -> bool:
    """Whether a noun or a head that names a document only in some uses is used otherwise."""
    noun = m.group()
    return bool(
        # "replied in the comments under the essay": a piece named again, under which others
        # answer (not a new one)
        _UNDER_SOMEONES.search(narration, head.start(), m.start()) is not None
        # "The paper’s authors wrote that the findings …": "that" opens what was written
        or re.match(r"wrote\s+that\s", head.group())
        # a response is a document when written ("said in a written response"; not "in a
        # response to critics")
        or (noun.startswith("response") and not narration.endswith("written ", 0, m.start()))
        # a court's or a coroner's findings are spoken "in", and a scientist shares them (not
        # "published the findings in The Lancet", "released its findings")
        or (
            noun.startswith("finding")
            and not re.match(
                r"(?:[Ii]n|giving|delivering|shared|posted|[Aa]ccording\s+to)\s", head.group()
            )
        )
        # ("In the judgment of many analysts, …": an opinion held)
        or (noun.startswith("judg") and narration.startswith(" of ", m.end()))
        # one delivers a judgment or a report, but a letter or a petition delivered is carried
        # ("Protesters, delivering a letter to City Hall, chanted")
        or (
            re.match(r"(?:giving|delivering)\s", head.group()) is not None
            and noun.startswith(("letter", "petition", "note", "message", "leaflet", "flyer"))
        )
        # "in her order" is a judge's or an official's; not "in that order", "in the order of
        # 5 percent", "in order to" or a grocery order (no judge, court or official near)
        or (
            noun.startswith("order")
            and (
                _NOT_AN_ORDER.search(narration, max(0, m.start() - 15), m.end() + 4)
                or not _ORDER_CUE.search(narration, max(0, m.start() - 200), m.start())
            )
        )
        # a body's or a judge's own, written decision ("said in its decision that"); not
        # "reversed a decision to close", "at peace in her decision to retire"
        or (
            noun.startswith("decision")
            and (
                not _OWN_DECISION.search(narration, max(0, m.start() - 30), m.start())
                or _NOT_A_DECISION_AFTER.match(narration, m.end())
            )
        )
        # "In an editorial meeting": the adjective, no piece
        or (noun == "editorial" and _EDITORIAL_ADJECTIVE.match(narration, m.end()))
        # an open letter is a post only when many signed it
        or (head.group("open") and not _SIGNED_BY.match(narration, m.end()))
        # "Last week Priya Raman received an email threatening her family": an email received
        # is a post only with its sender named
        or (head.group().startswith("received") and not _FROM_SOURCE.match(narration, m.end()))
    )


# The words that tell a document noun's other uses apart (``_noun_used_otherwise``).
_OWN_DECISION = re.compile(r"\b(?:its|her|his|their|[\w]+[’']s)\s+(?:[\w-]+\s+){0,2}$")
_NOT_AN_ORDER = re.compile(
    r"(?:(?<![\w’'-])(?:that|this|the|reverse|same|alphabetical|chronological|no|any|particular)\s+"
    r"order\b|order\s+(?:of|to|for|in)\b)"
)
_ORDER_CUE = re.compile(
    r"\b(?:[Jj]udge|[Jj]ustice|[Cc]ourt|[Mm]agistrate|[Tt]ribunal|[Gg]overnor|[Mm]ayor|"
    r"[Pp]resident|[\w]+-page|written|executive|restraining|protective|gag|emergency)\b"
)
_NOT_A_DECISION_AFTER = re.compile(r"\s+(?:to|with|on|about|was|is|came|had)\b")
_EDITORIAL_ADJECTIVE = re.compile(
    r"\s+(?:meeting|meetings|board|staff|team|page|pages|director|independence|decision|"
    r"decisions|control|line|process|standards|policy|calendar|assistant|writer|writers)\b"
)
_SIGNED_BY = re.compile(r"\s+signed\s+by\b")


_ON_STATION_AFTER = re.compile(rf"\s+on\s+(?P<station>{_CAP_SEQ})")


def _on_a_station(narration: str, end: int) -> bool:
    """A show's name followed by the station it airs on ("… Sport Hour on Radio Carrowmore")."""
    station = _ON_STATION_AFTER.match(narration, end)
    return station is not None and _outlet_like(station.group("station"))


# The last word of a body a letter is sent to ("an open letter to the Drug Enforcement
# Administration", "wrote to the Post Office’s chief executive"): its addressee, not where the
# letter was published (not "a letter to the Kilmory Sentinel", a newspaper's letters page).
_ADDRESSEE_BODY_WORDS = lx.words(
    "administration board office council committee department ministry commission "
    "authority government parliament court senate congress assembly bureau inspectorate "
    "regulator secretariat directorate executive tribunal"
)


def _addressed_body(name: str) -> bool:
    """Whether a name a letter is sent to ends in a public body's word."""
    words = re.sub(r"[’']s$", "", name.strip()).split()
    return bool(words) and words[-1].lower() in _ADDRESSEE_BODY_WORDS


def _named_outlet(name: str) -> bool:
    """A news organisation the lexicon knows ("CNN", "Sky News"), one of its channels ("BBC Radio
    5 Live"), or a station's call letters; not a topic's initials ("On VAR,"), a street or a
    committee."""
    lowered = name.lower().removeprefix("the ")
    words = lowered.split()
    return (
        lowered in lx.OUTLET_NAMES
        or words[0] in lx.OUTLET_NAMES
        or bool(_STATION_CALL.fullmatch(name))
    ) and not any(w in _BODIES for w in words)


def _given_name_first(name: str) -> bool:
    """Whether a name opens with a given name from either list ("Siobhan Garvey")."""
    first = name.split()[0].lower()
    return first in lx.GIVEN_NAMES or first in gn.USUAL_SEX


def _outlet_like(name: str) -> bool:
    """A known outlet or show, call letters, or a name with a news organization's word in it."""
    return (
        known_outlet(name)
        or _call_letters(name)
        or any(_media_word(w) for w in re.split(r"[\s-]+", name))
    )


# ("Radio New Zealand’s Morning Report": a network's name may run over a few words)
# ("Sky Sports’ The F1 Show": a plural's bare apostrophe)
_NETWORK_SHOW = re.compile(r"(?P<net>[^’']+?)(?:[’']s|(?<=s)[’'])\s+(?P<show>\S.*)")
_BODIES = lx.words(
    "parliament congress senate house court committee council jury panel board assembly commons "
    "lords legislature subcommittee tribunal inquiry police"
)
# Words in the names of news organizations ("NBC Sports", "The Boston Globe", "Fox Business").
_MEDIA_WORDS = lx.words(
    "news times post journal magazine herald tribune gazette daily weekly radio tv television "
    "network channel sports media press review globe chronicle observer telegraph examiner "
    "inquirer business ledger courier bulletin dispatch register sentinel courant enquirer "
    "clarion argus statesman zeitung tageblatt allgemeine rundschau kurier presse spiegel monde "
    "figaro libération país mundo corriere repubblica stampa público folha globo nación clarín "
    "expresso avvenire dagbladet aftenposten posten digest echo mirror record advertiser beacon "
    "star sun mail express standard citizen bee eagle mercury tagblatt gazzetta journaal pioneer "
    "banner rádio "
    # (the word for news or newspaper in other languages: "Dagens Nyheter", "Asahi Shimbun")
    "nyheter tidning tidningen avisen krant noticias notícias nouvelles jornal diario diário gazeta "
    "shimbun ilbo ribao dnevnik vesti novosti"
)
# (newspapers' names built on the word for paper or post: "Aftonbladet",
# "Jyllands-Posten", "Helsingin Sanomat", "Süddeutsche Zeitung")
_MEDIA_SUFFIXES = (
    # (not "-blad" or "-blatt", which end surnames too: Lindblad, Rosenblatt)
    "bladet",
    "posten",
    "zeitung",
    "sanomat",
    "tidning",
    "tidningen",
)


def _media_word(word: str) -> bool:
    low = word.lower()
    return low in _MEDIA_WORDS or (len(low) > 6 and low.endswith(_MEDIA_SUFFIXES))


_FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Der", "Die", "Das", "De", "Het"})
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+")
# ("told KING 5": call letters and the channel's number)
# (also a network's initials with an accent: "RTÉ’s Morning Ireland")
_NOT_CALL_LETTERS = frozenset({"UK", "US", "USA", "EU", "UN", "UAE", "NHS", "FBI", "CIA", "NATO"})
_CALL_LETTERS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,5}(?:-(?:TV|FM|AM))?(?: \d{1,2})?")


def _call_letters(name: str) -> bool:
    """A station's call letters ("WCVB", "KING 5"), not a country's or a body's initials ("a
    letter to the UK government")."""
    return bool(_CALL_LETTERS.fullmatch(name)) and name not in _NOT_CALL_LETTERS


def _outlet_reports(narration: str, verb_start: int, people: PeopleIndex) -> bool:
    """Whether the subject right before a verb is a news outlet ("The BBC said …")."""
    subject = _SUBJECT_RIGHT_BEFORE_VERB.search(narration, max(0, verb_start - 60), verb_start)
    # (a known outlet or call letters: not "the World Oceanic Monitoring Network")
    return (
        bool(subject)
        and (known_outlet(subject.group("name")) or _call_letters(subject.group("name")))
        and people.resolve(subject.group("name"), subject.start("name")) is None
    )


def _station_letters(word: str) -> bool:
    """A known network's initials ("ESPN", "BBC") or a North American station's call letters
    ("KQED", "WNYC"), not any body's initials ("NASA", "FEMA")."""
    return word.lower() in lx.OUTLET_NAMES or bool(_STATION_CALL.fullmatch(word))


_STATION_CALL = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?")


def _built_like_outlet(name: str) -> bool:
    """ "told WCVB", "told The Oregonian", "told Sky Sports": call letters, a "The" title, or an
    organization word; a person the story names never gets here (``_outlet`` drops them)."""
    words = name.split()
    if any(w.lower() in _BODIES for w in words):
        return False  # "told Parliament", "told the Senate committee": testimony, not an interview
    if len(words) == 1 and (_call_letters(name) or _CAMEL_CASE.fullmatch(name)):
        return True  # "told WCVB", "told IndieWire": call letters or a brand's camel case
    if any(w.endswith("+") for w in words):
        return True  # "told Canal+", "LGBTQ+ Nation": a channel's or a title's plus
    if words[-1].lower() in lx.NON_OUTLET_ORG_WORDS:
        return False  # "told Kilmory Constabulary", "told Hartwell Homes": no outlet's
    if (
        1 < len(words) <= 3
        and _station_letters(words[0])
        and not any(
            part.lower().rstrip(".") in lx.ROLE_TITLES for w in words[1:] for part in w.split("-")
        )
        and not any(w.lower() in gn.FEMALE or w.lower() in gn.MALE for w in words[1:])
    ):
        # "told ESPN Deportes", "told KQED Forum": a known network's or a station's letters
        # lead (not "told NASA Administrator Bill Nelson", "told NYPD Internal Affairs")
        return True
    if words[0] == "The" and len(words) > 1:
        return True
    if words[0] in _FOREIGN_ARTICLES or name.startswith(("L’", "L'")):
        return True  # "told L’Équipe", "told Le Monde", "told El País": a title's article
    return any(w.lower() in lx.NOT_PERSON_WORDS or w.lower() in lx.ORG_WORDS for w in words)


def _platform_name(raw: str) -> str:
    return lx.PLATFORMS.get(raw.lower(), raw)


def _kind_names(m: re.Match[str], name: str) -> bool:
    """Whether a show's or outlet's kind stands right before the name, so the name is the
    show's ("the public radio program Idaho Matters", "the club’s in-house podcast, Rovers
    Uncut,"); not when a comma parts them and no comma closes the name ("In an interview with
    the newspaper, Dana Whitcombe said": the subject of the sentence)."""
    kind = m.group("kind")
    if not kind or not m.group(name):
        return False
    return not kind.rstrip().endswith(",") or m.string[m.end(name) : m.end(name) + 1] == ","


def _outlet(raw: str | None, people: PeopleIndex, start: int, kind: bool = False) -> str | None:
    """A show or outlet name, or None when the capitalized words name a person or a date (not
    when ``kind``: a name right after the kind of a show or outlet is the show's)."""
    if not raw:
        return None
    raw = re.sub(r"[’']s$", "", raw.strip())
    words = raw.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]  # "on the Armchair Expert podcast"; "on The Late Show" keeps its "The"
    name = " ".join(words)
    if (
        words
        and words[0].lower().rstrip(".") in lx.ROLE_TITLES
        and not words[0].isupper()
        # (not "the Star Tribune", "The Chief Herald": a newspaper's word ends the name)
        and not (len(words) > 1 and words[-1].lower() in _MEDIA_WORDS)
    ):
        # "a letter to Gov. Teresa Ortiz": a title before a person's name (not the call letters
        # "told KING 5")
        return None
    if (
        not name
        or name.lower().split()[0].rstrip(".") in _NOT_SHOWS
        and name.lower() not in lx.PLATFORMS
        # (a day that opens the name of a show its kind names: "the talk show Sunday Sofa")
        and not (kind and len(words) > 1 and words[0] in lx.WEEKDAY_NAMES)
    ):
        return lx.PLATFORMS.get(name.lower()) if name else None
    first = words[0].lower()
    if len(words) > 2 and first in lx.PLATFORMS and words[1] in ("of", "and"):
        # "posted a photo to Bluesky of the Rhône Glacier": the platform, then what the post held
        return lx.PLATFORMS[first]
    if (
        not kind
        and people.resolve(name, start) is not None
        and name.split()[-1].lower() not in lx.NOT_PERSON_WORDS
    ):
        return None
    return name


def _what_after(narration: str, pos: int, hi: int) -> str | None:
    end = pos
    stop = re.compile(
        r"[,.;!?\x00]|\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|\s+(?:in|on)\s+(?:late|early|mid|mid-)\b|\s+(?:to|after|before|while|as)\s"
    )
    m = stop.search(narration, pos, min(hi, pos + 200))
    end = m.start() if m else min(hi, pos + 200)
    what = narration[pos:end].strip()
    return what or None


_BETWEEN_CLAUSES = re.compile(r"[^,.;:!?\x00]{0,40},\s+")
_RUNS_CHANNEL = re.compile(
    r"\b(?:hosts|hosted|runs|ran|owns|founded|started|created|launched)\s+(?:the|a|an|his|her|their)\s+$"
)
_CHANNEL_AFTER = re.compile(r"\s+(?:channel|account|page|group|forum)\b")
# ("wrote on Bluesky, where he shared a thread of satellite images": the post the relative
# clause goes on describing)
_WHERE_SAME_POST = re.compile(r",\s+where\s+(?:he|she|they|it)\s+(?:also\s+)?$")


_PUBLISHED_BEFORE = re.compile(r"\b(?:published|posted|shared|printed)\s+$")


_DATED_APPOSITION = re.compile(r"[^,.;:!?\x00]{0,40},\s*")


def _merge_same_clause(narration: str, reports: list[Report]) -> list[Report]:
    """One report per clause: "posted a photo on Instagram" is one post, not two."""
    merged: list[Report] = []
    for r in reports:
        if merged:
            last = merged[-1]
            same_clause = last.sentence == r.sentence and _clause(
                narration, r.sentence, r.start
            ) == _clause(narration, last.sentence, last.start)
            overlapping = r.start < last.end
            # ("joked on Threads, posting a photo of an empty snack cart": a participle that
            # shows what the post held, in the clause right after it)
            participle = (
                last.sentence == r.sentence
                and r.kind == last.kind == "social"
                and not r.platform
                and not r.reply
                and _BETWEEN_CLAUSES.fullmatch(narration, last.end, r.start) is not None
                and narration.startswith(("posting", "sharing", "uploading"), r.start)
            )
            where = (
                last.sentence == r.sentence
                and r.kind == last.kind == "social"
                and r.platform in (None, last.platform)
                and not r.reply
                and _WHERE_SAME_POST.search(narration, last.end, r.start) is not None
                and narration.find(",", last.end, r.start)
                == narration.rfind(",", last.end, r.start)
            )
            # ("An open letter signed by … and published on the fan site Vale Forever": the
            # site the document was published on, not an interview there)
            published_on = (
                last.sentence == r.sentence
                and last.kind in {"statement", "essay"}
                and r.kind == "interview"
                and (r.what or "").startswith("interview on")
                and _PUBLISHED_BEFORE.search(narration, max(0, r.start - 16), r.start) is not None
            )
            if published_on:
                r.kind = last.kind
            # ("The federation wrote to him that …, according to a copy of the letter": the
            # letter the sentence has just reported, named again with no verb of its own)
            named_again = (
                last.sentence == r.sentence
                and r.kind == last.kind
                and r.what is not None
                and r.what == last.what
                and narration.startswith("according to", r.start)
                and narration[r.start : r.end].endswith(f"the {r.what}")
            )
            # ("On X, the music critic Joaquín Albarrán quote-posted the announcement": the
            # sentence's opening names the platform of the quote-post)
            opening_platform = (
                last.sentence == r.sentence
                and r.kind == last.kind == "social"
                and r.what == "quote-post"
                and last.platform is not None
                and r.platform == last.platform
                and narration[last.sentence[0] : last.start].strip() == "On"
            )
            # ("In his annual letter to shareholders, published on Saturday, the investor …": when
            # the document came out, in apposition to it)
            dated = (
                last.sentence == r.sentence
                and last.kind in {"statement", "essay"}
                and r.kind == "shared-on-date"
                and _DATED_APPOSITION.fullmatch(narration, last.end, r.start) is not None
            )
            same_clause = (
                same_clause
                or dated
                or participle
                or where
                or published_on
                or named_again
                or opening_platform
            )
            if (same_clause or overlapping) and "return" not in {last.kind} | (
                {r.kind} - {"social"}
            ):
                _absorb(last, r)
                continue
            if (
                (same_clause or overlapping)
                and last.kind == "return"
                and r.kind == "social"
                and r.platform
            ):
                last.platform = last.platform or r.platform
                continue
        merged.append(r)
    return merged


def _absorb(into: Report, other: Report) -> None:
    if (
        into.platform
        and other.platform
        and into.kind == other.kind == "interview"
        and other.what in SHOW_KINDS
    ):
        # "on KUOW’s call-in show “Ask the Mayor”": the show, named in marks, not its station
        into.platform = other.platform
    into.platform = into.platform or other.platform
    into.what = into.what or other.what
    into.end = max(into.end, other.end)
    if into.kind in {"social", "shared-on-date"} and other.kind not in {"social", "shared-on-date"}:
        into.kind = other.kind


PIECE_NOUNS = lx.words("essay newsletter review column op-ed")
SHOW_KINDS = lx.words("show podcast series program programme")
_POSTED_AGAIN = re.compile(
    r"\b(?:posted|tweeted|wrote|shared)\s+(?:again|once more)\b"
    # "An hour later she reposted a corrected version": a new post replacing the old
    r"|\b(?:reposted|posted)\s+(?:a|an)\s+(?:corrected|revised|edited|new|second|shorter|softer|"
    r"updated|longer)\s+version\b"
    # "He followed up with a longer thread on aftershocks": another post of his
    r"|\bfollowed\s+up\s+(?:\w+\s+)?with\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:post|thread|tweet|video|clip|story|message|update)\b"
    # "The story was deleted within an hour and reposted with softer wording: …" (a post taken
    # down and put up again; not "reposted it on his own story", a share of someone's post)
    r"|\b(?:deleted|removed|taken down|pulled)\b[^.!?\x00]{1,160}?\band\s+(?:then\s+)?"
    r"(?:reposted|re-posted|re-uploaded|reuploaded)\b"
)
# Words one of which every match of _POSTED_AGAIN holds (a plain test before the scan).
_POSTED_AGAIN_WORDS = (
    " again",
    " once more",
    "repost",
    "followed up",
    " version",
    "re-post",
    "re-upload",
    "reupload",
)


def quote_media(
    narration: str, clause: tuple[int, int]
) -> tuple[str | None, str | None, bool, bool]:
    """What a quote's attribution clause says about its post.

    Returns (what it showed, platform, whether the clause reports a post, whether that post
    follows the last one on the same platform: "in a follow-up post").
    """
    lo, hi = clause
    if lo < 0:
        return None, None, False, False
    media = _WITH_MEDIA.search(narration, lo, hi)
    in_post = _IN_A_POST.search(narration, lo, hi)
    platform = _PLATFORM_RE.search(narration, lo, hi)
    plat = _platform_name(platform.group("plat")) if platform else None
    if in_post and in_post.group("plat"):
        plat = _platform_name(in_post.group("plat"))
    elif in_post and in_post.group("tiktok") and plat is None:
        plat = "TikTok"  # ("in a follow-up TikTok": a video there)
    if plat is None and "subreddit" in narration[lo:hi]:
        plat = "Reddit"  # "wrote in a post on the game's subreddit"
    what = media.group("what").strip() if media else None
    if what is None and in_post and in_post.group().endswith("thread"):
        what = "thread"  # ("one user wrote in a thread": its platform is named before)
    # "in her own post", "in a post of her own": a reply on the platform of the last post;
    # "Olander posted again: “…”": another post on it.
    posted_again = _POSTED_AGAIN.search(narration, lo, hi)
    again = (
        bool(in_post and in_post.group("again"))
        or bool(in_post and _OF_ONE_S_OWN.match(narration, in_post.end(), hi))
        or bool(posted_again)
    )
    return what, plat, bool(media or in_post or platform or posted_again), again


def is_video(platform: str | None, what: str | None) -> bool:
    """A post people speak in: on a video platform, or showing a video or clip."""
    return platform in {"YouTube", "TikTok", "Twitch"} or bool(
        what and re.search(r"\b(?:video|clip|reel|livestream|live|series)", what)
    )


_CREATOR_ROLE = re.compile(
    r"\b(?:(?P<er>YouTuber|TikToker|Instagrammer)|(?P<plat>YouTube|TikTok|Instagram|Twitch) "
    r"(?:creator|star|influencer|personality|streamer|sensation|user|vlogger|comedian|chef))s?\b"
)
_CREATOR_PLATFORM = {"YouTuber": "YouTube", "TikToker": "TikTok", "Instagrammer": "Instagram"}
# Every match of _CREATOR_ROLE holds one of these.
_CREATOR_NAMES = ("YouTube", "TikTok", "Instagram", "Twitch")


def platform_from_role(text: str) -> str | None:
    """A creator named by platform ("YouTuber Jay Park posted a video", "A TikTok creator with 3
    million followers says …"): that platform, the last one the text names."""
    if not any(name in text for name in _CREATOR_NAMES):
        return None  # the common case, decided without the regex (which has no literal opening)
    named = list(_CREATOR_ROLE.finditer(text))
    if not named:
        return None
    last = named[-1]
    return _CREATOR_PLATFORM[last.group("er")] if last.group("er") else last.group("plat")


_THREAD = re.compile(r"\b(?:thread|forum|subreddit)")


def platform_named_before(text: str, what: str | None, start: int) -> str | None:
    """ "Users flooded its Reddit forum … “…,” one user wrote in a thread": a thread or forum
    is on the platform named last in the paragraphs just before."""
    if not what or not _THREAD.search(what):
        return None
    named = None
    for m in _PLATFORM_RE.finditer(text, max(0, start - 600), start):
        named = m
    return _platform_name(named.group("plat")) if named else None


# "posted a 40-second TikTok of her kneading dough", "shared a YouTube video": a platform named
# as the thing posted.
_MEDIA_ON_PLATFORM = re.compile(
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<plat>{_PLATFORM_ALT})(?:\s+(?:video|clip|reel))?"
    r"\s+(?:of|in|showing|that|which|where)\b"
)


def platform_of_video_before(text: str, what: str | None, start: int) -> str | None:
    """ "posted a 40-second TikTok of her … “…,” she said in the video": the video is the post
    whose platform was named as the thing posted, in the paragraphs just before."""
    if not what or what.split()[-1].rstrip(".,") not in {"video", "clip", "reel"}:
        return None
    named = None
    for m in _MEDIA_ON_PLATFORM.finditer(text, max(0, start - 600), start):
        named = m
    return _platform_name(named.group("plat")) if named else None


# "the restaurant critic of the Sydney Morning Herald, Fiona Kwan-Mitchell,", "The Herald’s
# television critic, Niamh Rowe,": a writer's paper, before their name.
_WRITER_OF_PAPER = re.compile(
    # (a critic with the art they review: not "a longtime critic of Fox News, Keith Olbermann,")
    r"\b(?:(?:restaurant|food|theatre|theater|television|TV|film|movie|music|art|arts|dance|book|"
    r"books|literary|architecture|fashion|opera|wine|pop|rock|jazz|games|drama|chief)\s+critic|"
    r"columnist|reviewer)\s+(?:of|at|for)\s+(?P<outlet>(?:[Tt]he\s+)?"
    rf"{_CAP_SEQ}),\s+(?P<name>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})"
)
# "The Herald’s television critic, Niamh Rowe,": read back from the noun, a few words before it.
_PAPERS_WRITER = re.compile(
    rf"(?P<outlet>(?:[Tt]he\s+)?{_CAP_SEQ})[’']s\s+(?:[a-z]+\s+){{0,2}}(?:critic|columnist|"
    rf"reviewer),?\s+(?P<name>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})"
)
_WRITER_NOUN = re.compile(r"\b(?:critic|columnist|reviewer)\b")


_OUTLET_IN_REPORT = re.compile(r"\b(?:in|for)\s+(?:the\s+)?[A-Z]")
_NO_LONGER_BEFORE = re.compile(r"\b(?:former|ex-|onetime|one-time)\s+(?:[a-z]+\s+)?$")


def paper_of_writer(
    narration: str, people: PeopleIndex, author: int, lo: int, start: int, end: int
) -> str | None:
    """The newspaper a critic or a columnist writes for, named with them in the sentence of their
    piece (not "A columnist for The Guardian, Owen Jones, left the paper. In a column for his new
    outlet, …")."""
    lo = max(lo, end - 1500)
    if _OUTLET_IN_REPORT.search(narration, start, end):
        return None  # ("in a review published on Friday in The Spectator": named there)
    for noun in _WRITER_NOUN.finditer(narration, lo, end):
        if _NO_LONGER_BEFORE.search(narration, max(lo, noun.start() - 24), noun.start()):
            continue  # ("A former columnist for The Guardian": no more)
        # (each form tried only around the noun: a long run of capitals elsewhere costs nothing)
        m = _WRITER_OF_PAPER.search(
            narration, max(lo, noun.start() - 40), min(end, noun.end() + 200)
        )
        if m is None or m.start("outlet") < noun.end():
            m = _PAPERS_WRITER.search(
                narration, max(lo, noun.start() - 120), min(end, noun.end() + 80)
            )
        if m is None or resolve_one(m.group("name"), m.start("name"), people) != author:
            continue
        outlet = _outlet(m.group("outlet"), people, m.start("outlet"))
        if outlet and _outlet_like(outlet):
            return outlet
    return None


def default_platform(kind: str, what: str | None) -> str | None:
    # A photo or video post whose platform the story leaves implied: celebrity photo posts with
    # captions are overwhelmingly Instagram posts; a documented default, not a fact from the text.
    if (
        kind in {"social", "quote-media", "shared-on-date", "return"}
        and what
        and _MEDIA_NOUNS.search(what)
    ):
        return "Instagram"
    return None


def dates_for(reports: list[Report], dates: list[DateClaim], lay: Layout) -> None:
    """Give each report the date said in its clause, in a leading adverbial, or 'shortly after' another report's."""
    narration = lay.narration
    usable = sorted(
        (
            (d, date_value(d))
            for d in dates
            if date_value(d) and narration[d.start : d.start + 1] != "\x00"
        ),
        key=lambda dv: dv[0].start,
    )
    usable_starts = [d.start for d, _ in usable]
    by_sentence: dict[tuple[int, int], list[Report]] = {}
    for r in reports:
        by_sentence.setdefault(r.sentence, []).append(r)
    for sentence, group in by_sentence.items():
        lo = bisect_left(usable_starts, max(sentence[0], group[0].start - 400))
        hi = bisect_left(usable_starts, min(sentence[1], group[-1].start + 400))
        in_sentence = [(d, v) for d, v in usable[lo:hi] if sentence[0] <= d.start < sentence[1]]
        if not in_sentence:
            continue
        for r in group:
            clause = _clause(narration, sentence, r.start)
            # (or inside the report: "In her written judgment, published on Monday,")
            own = [
                (d, v)
                for d, v in in_sentence
                if (clause[0] <= d.start < clause[1] or r.start <= d.start < r.end)
                # (not a date in what was said: "told the weekly Styria Today that she sketched
                # it in 2009")
                and not (d.start >= r.end and THAT_WORD.search(narration, r.end, d.start))
            ]
            if own:
                r.date = min(own, key=lambda dv: abs(dv[0].start - r.start))[1]
        for r in group:
            if r.date:
                continue
            leading = [
                (d, v)
                for d, v in in_sentence
                if d.start - sentence[0] <= 3 and narration[d.end : d.end + 1] == ","
            ]
            lead_clause = _clause(narration, sentence, leading[0][0].start) if leading else None
            if leading and not any(
                _clause(narration, sentence, o.start) == lead_clause for o in group
            ):
                r.date = leading[0][1]
                continue
            for other in group:
                if (
                    other is not r
                    and other.date
                    and other.start < r.start
                    and _AFTER_WORD.search(narration, sentence[0], other.start)
                ):
                    r.date = other.date[
                        :7
                    ]  # "shortly after Sept. 28": the month is all the text gives
                    break


# (the word after the preposition is lower case: "On Thursday she posted" opens no phrase)
_INSIDE_PHRASE = re.compile(
    r"\b(?:of|for|with|by|to|from|at|about|on|in)\s+(?:(?:the|a|an|her|his|their)\s+)?(?-i:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


_POSSESSIVE_WORD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s")
_INSERTED_BEFORE_VERB = re.compile(
    r",\s+(?:(?:now|also|aged)\s+)?\d+,\s+(?:(?:\w+ly\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?$|"
    # (its closing comma may stand inside marks: ", who found fame on the dating show “Villa
    # Heartline,” announced on Instagram")
    r",\s+(?:who|whose|which|a|an|the)\b[^,\x00]{0,60}(?:,|\x00+)\s+(?:(?:\w+ly\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?$|"
    # ("Dr. Aroha Ngata, who worked on the survey, disagreed in a Substack post")
    r",\s+who\b[^,\x00]{0,60},\s+(?:\w+ly\s+)?[a-z]+ed\s+(?:in|on)\s+(?:a|an|her|his|their)\s+$"
)
_KIN_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?P<subj>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?(?:"
    + word_trie(lx.KIN_NOUNS | lx.PERSON_NOUNS)
    + r"))\s+(?:(?:\w+ly\s+)?[a-z]+(?:ed|ote)\s+(?:on|in|to|via|through)\s+"
    r"(?:(?:an?|her|his|their|the)\s+)?)?$"
)
# Between a leading phrase's comma and the name of its subject stand titles and roles
# ("Northstar CEO", "Olympic rower", "chief financial officer"), not a verb: in "In a letter,
# prosecutors told Mr. Antar’s lawyers" the one named is not the subject.
_VERB_IN_GAP = re.compile(
    r"\b(?:" + word_trie(lx.SPEECH_VERBS) + r"|is|was|are|were|has|had|have|will|would|could|can)\b"
)
# ("Writing in The Guardian, a Swansea head teacher, Rhodri Vaughan-Jones, argued …": a
# participle opening the sentence names the medium of its subject too)
_COMMA_IN_MARKS = re.compile(r",[”\"’']")
_LEADING_PHRASE = re.compile(
    r"(?:In|At|During|On|Through|Via|With|Writing|Speaking|Reviewing|Appearing|Posting)\s"
)
_OPENING_SUBJECT = re.compile(
    # ("Later that evening she posted", "Hours later, he wrote": a time, then the pronoun)
    r"(?:(?:(?:Later|Earlier)\s+(?:that|this|the\s+same)\s+(?:day|night|evening|morning|afternoon|"
    r"week)|(?:Hours|Days|Minutes|Weeks)\s+later|(?:That|This|The\s+next)\s+(?:day|night|evening|"
    r"morning|afternoon)|Later|Afterwards?|Then),?\s+)?"
    r"(?P<subj>[Ss]he|[Hh]e|[Tt]hey)\s+(?:\w+ly\s+|also\s+|later\s+)?[a-z]+(?:ed|ote|ave|ook|oke|id)\b"
)


# "The authors, led by the epidemiologist Dr. Anjali Venkataraman of …", "The lead author, Dr.
# Haruto Kobayashi,": the one who leads a study's team.
# The one who leads, after "led by" or "the lead author": "the epidemiologist Dr. Anjali
# Venkataraman" (also the subject's lead in quotes: "The authors, led by …, wrote").
LEAD_NAMED = (
    r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,2})?(?:(?:Dr|Prof)\.?\s+)?"
    rf"(?P<name>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})"
)
_STUDY_LEAD = re.compile(
    r"\b(?:(?:team|authors|researchers|scientists|study|group),?\s+led\s+by|[Ll]ead\s+author,?|"
    r"[Ff]irst\s+author,?)\s+" + LEAD_NAMED
)


_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\x00\s*)(?:[a-z][\w-]*\s+){0,2}(?:"
    + word_trie(lx.PLURAL_SUBJECTS)
    + r")\s+(?:\w+ly\s+)?(?:said|say|says|announced|wrote|confirmed|added|stated)\s+$"
)


def _journal_like(name: str) -> bool:
    """ "Science", "Nature Astronomy", "JAMA Network Open": a name a journal may have, not a
    place's or a language's ("published in Britain", "published in English and Spanish")."""
    words = name.lower().removeprefix("the ").split()
    return bool(words) and not (
        words[0] in lx.PLACE_NAMES or words[0] in _LANGUAGES or words[0] in lx.DEMONYMS
    )


_LANGUAGES = lx.words(
    "english spanish french german italian portuguese chinese mandarin japanese korean arabic "
    "russian hindi urdu dutch swedish norwegian danish polish"
)


def _study_lead(report: Report, lay: Layout, people: PeopleIndex) -> int | None:
    """The named leader of a study's team, in the study's sentence or the next one."""
    lo, hi = report.sentence
    narration = lay.narration
    nxt = hi
    while nxt < len(narration) and narration[nxt] in " \n\t":
        nxt += 1
    if nxt < len(narration):
        hi = max(hi, lay.sentence_of(nxt)[1])
    # (bounded: one endless sentence holding many studies is not read again for each)
    lead = _STUDY_LEAD.search(narration, max(lo, report.start - 300), min(hi, report.end + 400))
    if lead is None:
        return None
    found = resolve_one(lead.group("name"), lead.start("name"), people)
    return found if isinstance(found, int) else None


_POSTED_BY_NEXT = re.compile(
    # ("The video, titled “Twenty-Three Hours,” was posted by …": a title in marks, read blank)
    r"\s*(?:The|Its)\s+(?:video|clip|post|thread|reel|livestream)"
    r"(?:,[^,\x00]{1,80},|,\s+(?:titled|called|headlined)\s+\x00+,?)?\s+"
    # (not "shared by", a reshare, nor "made by" or "created by", who filmed or built it)
    r"(?:was|had\s+been)\s+(?:posted|uploaded|published|started)\s+by\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
)
_SENTENCE_ADVERB = re.compile(
    r"\s*(?:however|though|meanwhile|instead|moreover|meantime|in\s+turn|by\s+contrast|"
    r"in\s+contrast|for\s+(?:her|his|their|its)\s+part),"
)


def author_of(
    report: Report, lay: Layout, people: PeopleIndex
) -> tuple[int | None, tuple[int, ...]]:
    """The author of a report, and everyone who took part (all named in an interview's sentence)."""
    if report.kind == "statement" and report.what in {"study", "paper"}:
        lead = _study_lead(report, lay, people)
        if lead is not None:
            return lead, (lead,)  # "The team, led by Priya Raghunathan of Leeds, …": hers
        report.organisation = True  # a study's team, no one the story names
        return None, ()
    if (
        report.kind == "statement"
        and (report.what or "").startswith("editorial")
        and report.platform is not None
    ):
        # "The Duluth News Tribune endorsed Tafoya-Berg in an editorial": the paper's, unsigned
        # (not "In an editorial in the journal, Rubin wrote": his)
        report.organisation = True
        return None, ()
    if report.kind == "statement" and (report.what or "").endswith("release"):
        # A press, news or earnings release is issued by an organisation: no one's, even when
        # it quotes an executive ("Chief Financial Officer Laura Kessler said in the release").
        report.organisation = True
        return None, ()
    if report.kind == "statement" and _PLURAL_SUBJECT_BEFORE.search(
        lay.narration, max(report.sentence[0], report.start - 60), report.start
    ):
        # "…, race organizers said in a statement": a group's, no one the story names
        report.organisation = True
        return None, ()
    by = _POST_BY.match(lay.narration, report.end) if report.kind == "social" else None
    if by:
        # "A Threads post by the strength coach Lwazi Dlamini called …": the one it is by.
        key = "name" if by.group("name") else "appos"
        found = resolve_one(by.group(key), by.start(key), people)
        if isinstance(found, int):
            return found, (found,)
    poster = (
        # (the report may end at the platform before the noun: "a YouTube video posted by …")
        _POSTED_BY_SUBJECT.search(
            lay.narration, report.start, min(report.sentence[1], report.end + 80)
        )
        if report.kind == "social"
        else None
    )
    if poster and poster.start() <= report.end + 2:
        # "in a video the hospital posted on YouTube", "a clip posted by the club": the one who
        # put it up, not the one who speaks in it; an organisation's noun makes it no one's.
        who = poster.group("noun") or poster.group("bynoun")
        if who and who.lower() in lx.ORG_NOUNS:
            report.organisation = True
            return None, ()
        key = "name" if poster.group("name") else "byname"
        found = (
            resolve_one(poster.group(key), poster.start(key), people) if poster.group(key) else None
        )
        if isinstance(found, int):
            # (everyone named where a video is reported may speak in it, as for an interview)
            _, participants = _author_of(report, lay, people)
            return found, (found, *(p for p in participants if p != found))
        if poster.group(key) and _org_name(poster.group(key)):
            report.organisation = True
            return None, ()
    later = (
        _POSTED_BY_NEXT.match(lay.narration, report.sentence[1])
        if report.kind == "social" and report.sentence[1] < len(lay.narration)
        else None
    )
    if later and not any(
        m.person >= 0 for m in people.mentions_between(report.sentence[0], report.sentence[1])
    ):
        # "A former prisoner’s YouTube video … drew four million views. The video, titled “…,”
        # was posted by Kwame Osei-Bonsu": the one the next sentence says put it up
        found = resolve_one(later.group("name"), later.start("name"), people)
        if isinstance(found, int):
            return found, (found,)
    signed = _SIGNER_SET_OFF.search(
        lay.narration, report.start, min(report.sentence[1], report.end + 140)
    )
    if signed and (
        signed.start() <= report.end + 2
        or _TITLED.fullmatch(lay.narration, report.end, signed.start())
    ):
        # "The email, signed by parks manager Lorraine Beck, said", "A petition on Change.org,
        # started by the season-ticket holder Gloria Price,": the one who signed or began it
        found = resolve_one(signed.group("name"), signed.start("name"), people)
        if isinstance(found, int):
            report.signed = True
            return found, (found,)
    piece_by = (
        _PIECE_BY_IN_OUTLET.match(lay.narration, report.start) if report.kind == "essay" else None
    )
    if piece_by and piece_by.end() == report.end:
        # "The review, by the critic Marcus Oyelaran, ran in The Sunday Ledger": the one it is by
        found = resolve_one(piece_by.group("name"), piece_by.start("name"), people)
        if isinstance(found, int):
            return found, (found,)
    if (
        report.kind in {"statement", "essay"}
        and _SIGNED_BY_MANY.match(lay.narration, report.end)
        # (not one the subject wrote: "Tom Hale wrote an open letter backed by 40 MPs")
        and not AUTHORED_DOCUMENT.search(
            lay.narration, max(report.sentence[0], report.start - 30), report.end
        )
    ):
        # "an open letter signed by 42 of her teammates": many people's, no one's by name
        report.organisation = True
        return None, ()
    source = (
        _FROM_SOURCE.match(lay.narration, report.end)
        if report.kind in {"statement", "essay"}
        else None
    )
    if source:
        # "a statement from her publicist", "a letter signed by Senator Ames": the document names
        # its author; a source that is no one named (a publicist, the team) leaves it open, and a
        # place ("issued from Berlin") says nothing about it.
        found = resolve_one(source.group("who"), source.start("who"), people)
        if isinstance(found, int):
            return found, (found,)
        if found is None and source.group("who")[:1].isupper() and " by " in source.group():
            # "a statement released by Delta": a name that is no person's, an organisation's
            report.organisation = True
            return None, ()
        named = _NAMED_AFTER_SOURCE.match(lay.narration, source.end("who"))
        if named:
            # "A memo from the superintendent of Harlow Valley schools, Dr. Denise Okafor, told
            # principals": the one named in apposition to the source.
            found = resolve_one(named.group("name"), named.start("name"), people)
            if isinstance(found, int):
                return found, (found,)
        own = _OWN_CAMPAIGN.fullmatch(source.group("who").strip())
        owner = resolve_one(own.group("pronoun"), source.start("who"), people) if own else None
        if isinstance(owner, int):
            # "conceded in a statement released by her campaign": her own
            return owner, (owner,)
        if _UNNAMED_SOURCE.match(source.group("who")) and not (
            # ("Bettina Hale said in a statement released by her lawyer": hers, put out by her
            # lawyer; the subject who said it is found below)
            _RELEASED_BY_AGENT.match(source.group())
        ):
            if _NO_ONE_SUBJECT.match(source.group("who")):
                # "a statement released by the club": the club's, even quoting its manager
                report.organisation = True
            return None, ()
    owner = _OWNER.search(lay.narration, report.start, report.end)
    if owner and (
        owner.group("its")
        or owner.group("owner").lower() in lx.ORG_NOUNS
        or _org_name(owner.group("owner"))
        or people.is_organisation(owner.group("owner"))
    ):
        # "said in the company’s earnings release", "in its statement": the organisation's.
        report.organisation = True
        return None, ()
    lo = report.sentence[0]
    # (bounded, as below: one endless sentence of reports is not read again for each)
    agent = _AGENT_NAMED.search(lay.narration, max(lo, report.start - 300), report.start)
    if agent:
        # "An attorney for Brian Koenig, Sharon Wilde, asked … in a court filing": the agent
        # named in apposition writes it, not the client.
        found = resolve_one(agent.group("name"), agent.start("name"), people)
        if isinstance(found, int):
            return found, (found,)
    if report.kind == "statement" and report.what in _SUIT_NOUNS:
        filer = _filer(report, lay, people)
        if filer is not None:
            # "Rapper Jalen Porter … sued his former label … The lawsuit says …": the suit of the
            # person who filed it (an organisation's or a group's suit stays no one's).
            report.filed_by = True
            return filer, (filer,)
    group = _group_subject(report, lay.narration)
    if group:
        # "A lawyer for Mia Hart said in a statement": someone the story may name later ("the
        # lawyer, Dan Crowe, said") speaks for the person named; the post waits for its author.
        report.agent = bool(group.groupdict().get("agent"))
        return None, ()
    author, participants = _author_of(report, lay, people)
    if author is None and (
        _DESCRIBED_SUBJECT.match(lay.narration, report.sentence[0], report.start + 1)
        # ("…, the superintendent told families in a letter")
        or _DESCRIBED_SPEAKER.search(
            lay.narration, max(report.sentence[0], report.start - 300), report.start
        )
    ):
        report.described = True  # the quote that names them next gives the author
    # Everyone named where an interview or a video is reported may speak in it ("host Marco
    # Diaz asked chef Nina Park …" on his YouTube show; a couple announcing in a video).
    video = None
    if report.kind in {"social", "shared-on-date"} and not is_video(report.platform, report.what):
        video = _VIDEO_NOUN.search(
            lay.narration,
            max(report.sentence[0], report.start - 300),
            min(report.sentence[1], report.end + 300),
        )
        if video and report.what is None:
            report.what = video.group()  # "a cooking video posted on Saturday"
    if report.kind == "interview" or (
        report.kind in {"social", "shared-on-date"}
        and (video or is_video(report.platform, report.what))
    ):
        # (around the report: one endless sentence is not read again for each interview in it)
        lo = max(report.sentence[0], report.start - 2000)
        hi = min(report.sentence[1], report.end + 2000)
        named = [
            m.person for m in people.mentions_between(lo, hi) if m.person >= 0 and not m.in_quote
        ]
        participants = tuple(dict.fromkeys([*participants, *named]))
        # "his representative confirmed to Billboard": the author is someone left unnamed, not
        # the person the sentence is about.
        # ("…, the museum announced in a video": an organisation's video stays no one's)
        if (
            author is None
            and named
            and not report.organisation
            and not report.described  # (the one described, named with the next quote)
            and not _kin_subject(report, lay.narration)
        ):
            author = named[0]
    return author, participants


_SUIT_NOUNS = {"lawsuit", "suit", "complaint"}
# "Rapper Jalen Porter, who performs as J-Stax, sued his former record label": who sued.
_SUED = re.compile(r"\b(?:sued|filed\s+(?:a\s+)?(?:lawsuit|suit|complaint))\b")


def _filer(report: Report, lay: Layout, people: PeopleIndex) -> int | None:
    """The person who filed the suit a report names: the subject of "sued" in this sentence or
    the two paragraphs before, when the story names them as a person."""
    narration = lay.narration
    noun = _SUIT_NOUN_AT.search(narration, report.start, report.end)
    filed_by = (
        _FILED_BY.match(narration, noun.end(), min(report.sentence[1], report.end + 120))
        if noun
        else None
    )
    if filed_by:
        # "The lawsuit, filed Monday in federal court by Danielle Oyelaran-Fitch, says": the
        # one it was filed by, when the story names them as a person.
        found = resolve_one(filed_by.group("name"), filed_by.start("name"), people)
        if isinstance(found, int):
            return found
    para = lay.paragraph_of(report.start)
    lo = lay.paragraphs[max(0, para - 2)][0]
    for earlier in _SUIT_NOUN_AT.finditer(narration, max(lo, report.start - 600), report.start):
        # "The lawsuit, filed by Gloria Pennington, 66, in … court, says …. “…,” the complaint
        # states": the suit named before, filed by someone the story names
        filed_by = _FILED_BY.match(narration, earlier.end(), report.start)
        if filed_by:
            found = resolve_one(filed_by.group("name"), filed_by.start("name"), people)
            if isinstance(found, int):
                return found
    sued = None
    for m in _SUED.finditer(narration, lo, report.start):
        sued = m
    if sued is None:
        return None
    s_lo, _ = lay.sentence_of(sued.start())
    if s_lo == report.sentence[0] and report.start < sued.start():
        return None
    for m in people.mentions_between(s_lo, sued.start()):
        if m.in_quote or m.kind == "group" or m.person < 0:
            continue
        if narration[m.end : m.end + 2] in {"’s", "'s"}:
            return None  # "Smith’s family sued": not Smith
        # ("Rosalind Achebe-Moore has sued the company": the auxiliary of "sued" itself)
        gap_end = sued.start()
        aux = _AUXILIARY_BEFORE.search(narration, m.end, gap_end)
        if aux:
            gap_end = aux.start()
        return m.person if not _VERB_IN_GAP.search(narration, m.end, gap_end) else None
    return None


_AUXILIARY_BEFORE = re.compile(r"\s(?:has|had|have)\s+$")
_SUIT_NOUN_AT = re.compile(r"\b(?:lawsuit|suit|complaint)\b")
_FILED_BY = re.compile(
    r",?\s+filed\s+(?:[^,.;:\x00“”\"]{0,60}?\s)?by\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
)


# "in the company’s earnings release", "in its statement", "in Acme Foods’ filing": the
# document's owner.
_OWNER = re.compile(
    r"\b(?:(?P<its>[Ii]ts)|(?:the\s+)?(?P<owner>[\w-]+(?:\s+[A-Z][\w-]*)*)(?:[’']s|(?<=[sS])[’']))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|release|letter|memo|filing|email|note|message)s?\b"
)


# "The family of missing hiker Tom Grady told The Denver Post", "Lawyers for Ms. Lee said in a
# filing": a group speaks for the person named, who is neither the author nor in the post.
_GROUP_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\x00\s*)(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa])\s+)?(?:[\w-]+\s+)?(?i:family|families|"
    r"parents|relatives|friends|children|loved ones|estate|camp|team|office|"
    r"(?P<agent>lawyer|attorney|representative|rep|spokesperson|spokesman|spokeswoman|publicist|"
    r"agent|manager|aide)s?)\s+"
    r"(?:of|for)\s+[^,;\x00]{1,60}?\s+(?:(?:\w+ly|also|later|then|have|has|had)\s+)*$"
)


# "The founder of Brightloop, a Dublin start-up, said on LinkedIn": someone described by their
# role, whom the story names later.
_PERSON_ROLE_ALT = word_trie(lx.PERSON_NOUNS | lx.ROLE_TITLES)
_DESCRIBED_SUBJECT = re.compile(
    # ("The head of the transit agency announced on LinkedIn …": "head" and "leader" of
    # something describe a person only here, before "of".)
    rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:(?:{_PERSON_ROLE_ALT}|head(?= of)|leader(?= of))"
    # "An emergency physician’s LinkedIn post": the post of someone described; "A city
    # councilman apologized …": the subject of the sentence.
    r"(?:\s+(?:of|at|for|in)\s+|[’']s\s+|\s+(?=(?:\w+ly\s+)?[a-z]+ed\b))"
    # "A marine geologist who mapped the crater …": "who" says a person, whatever the noun.
    r"|[a-z][\w-]+\s+who\s+)"
)
# "…, the superintendent told families in a letter": the same, as the subject of the report.
_DESCRIBED_SPEAKER = re.compile(
    # ("…, its owner announced on Facebook": an organisation's person, named later)
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ROLE_ALT})"
    # ("…, the chief executive of Greenleaf Stores argued on Monday in an op-ed": the role's
    # organisation named, and a day before the report)
    rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?[{_UPPER}][\w’'&-]*(?:\s+[{_UPPER}][\w’'&-]*){{0,3}})?"
    r"\s+(?:told|said|wrote|announced|posted|shared|explained|argued|warned|insisted)\s+"
    r"(?:[\w-]+\s+){0,3}?$"
)


_AGENT_NAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:lawyer|attorney|spokesperson|spokesman|"
    # ("A lawyer for the owner, Lakeshore Residential,": the owner's name, not the lawyer's.)
    r"spokeswoman|publicist|representative|agent)\s+(?:of|for)\s+(?!(?:the|its|their)\s+[a-z])"
    r"[^,;\x00]{1,60}?,\s+"
    rf"(?P<name>[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*){{0,3}}),"
)


_NAMED_AFTER_SOURCE = re.compile(
    r",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?"
    # ("… by the city’s inspector general, Folasade Ogunleye-Hart.": or the sentence's end)
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){1,3})(?:,|(?=[.;:]|\x00|$))"
)
_UPLOADED_TO_AFTER = re.compile(
    r"\s+(?:posted|uploaded|published|shared)\s+(?:on|to)\s+(?:the|its|her|his|their)\s+"
    rf"(?:[\w-]+[’']s?\s+)?(?:official\s+|own\s+)?(?P<plat>{_PLATFORM_ALT})(?![\w-])"
)
_SIGNED_BY_MANY = re.compile(
    r"\s+(?:(?:was|were)\s+)?"
    + SIGNED_BY_MANY
    # (not "signed by 12 years of experience")
    + r"(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
)
_FROM_SOURCE = re.compile(
    # ("The lawsuit was filed last month by Devika Ramaswamy")
    r"\s+(?:(?:was|were)\s+)?(?:(?:released|issued|sent|signed|put\s+out|posted|brought|filed)\s+"
    r"(?:(?:last|this|earlier|on)\s+[a-z]+\s+)?)?"
    # ("an op-ed in The Guardian last month by the curator Joseph Kaupa")
    r"(?:(?:last|this|earlier|on)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\s+)?(?:from|by)\s+"
    # (a month opens no name as a word only: "from May 3" is a date, "from Jane Moss" a person)
    # (nor a given name that is a month's: "from April Ryan")
    r"(?!\d|(?:last|this|next|earlier|"
    + "|".join(sorted(lx.MONTHS, key=lambda w: (-len(w), w)))
    + r")\b(?!\s+[A-Z][a-z]))(?P<who>[^,.;:\x00]{1,60}?)(?=[,.;:\x00]|\s+(?:on|in|that|to|said|says|was|is|against|who|which|(?-i:[a-z]+ing))\b|$)",
    re.IGNORECASE,
)


# "a Threads post by the strength coach Lwazi Dlamini", "a TikTok video by Ana Ruiz": the name
# after "by", past a role.
_POST_BY = re.compile(
    # ("A post on X by a high school chemistry teacher, Raúl Benavides-Soto, …": the platform
    # right before "by", and someone described, then named in apposition)
    r"\s+(?:(?:post|video|clip|thread|reel|tweet|story|photo|livestream)\s+)?by\s+"
    r"(?:(?:the\s+(?:[a-z][\w-]*\s+){1,3}?)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
    # (not a name in apposition to the object of a preposition: "by a spokesman for the
    # governor, Kathy Hochul,", "by a friend of the victim, Maria Lopez,")
    r"|an?\s+(?:(?!(?:for|of|at|from|to|with|in|on|by)\s(?!(?:two|three|four|five|six|\d)))"
    r"[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,\s+"
    r"(?P<appos>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})(?=,))"
)
# "a video the hospital posted on YouTube", "a clip that Ana Ruiz shared on X", "a photo posted
# by the club on Instagram": the subject of the relative clause, or the agent, put the post up.
_POSTED_BY_SUBJECT = re.compile(
    r"\b(?:video|clip|photo|picture|post|reel|livestream|thread|message|update)\s+"
    r"(?:(?:that|which)\s+)?(?:"
    r"the\s+(?P<noun>[a-z]+)|(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3}))"
    r"\s+(?:had\s+|has\s+)?(?:posted|published|shared|uploaded|put\s+out|released)\b"
    r"|\b(?:video|clip|photo|picture|post|reel|livestream|thread|message|update)\s+"
    r"(?:posted|published|shared|uploaded|released|put\s+out)\s+by\s+(?:"
    r"the\s+(?P<bynoun>[a-z]+)\b|(?:the\s+)?(?P<byname>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
    # (not an organisation's name before someone's role and name: "posted by Harlow United
    # captain Jo Reyes")
    r"(?!\s+(?!(?:in|on|at|to|for|from|with|and|of|as|after|before)\b)[a-z]+\s+[A-ZÀ-ÖØ-ÞĀ-ſ]))"
)
_NOT_SIGNER_WORDS = (
    r"(?:of|for|to|from|at|with|on|in|her|his|their|its|an?|the|lawyers?|attorneys?|agent|"
    r"spokes(?:person|man|woman)|publicist|representative|aide|assistant|solicitor|"
    # ("filed by the family of the victim, Tyre Nichols,": the family's, not the one named)
    r"family|families|parents|relatives|estate|children|behalf|counsel)\b"
)
# ", signed by parks manager Lorraine Beck,": a document's signer, after a role, set off by commas.
_SIGNER_SET_OFF = re.compile(
    # (or after a title in marks: "titled “Bring Back Basketball,” started by …")
    # (not one reached through another: "written by lawyers for Kevin Marsh", "sent by his agent")
    # ("The memo, from chief product officer Valentina Rossi-Okafor, was obtained …": after
    # "from", a role before the name, not "The statement, from Gracie Mansion,")
    # (nor one who only sent it for someone: "sent by lawyer Tom Hale", "from publicist …")
    r"[,\x00]\s+(?:(?:signed|sent|written|started|launched)\s+by\s+(?:the\s+)?"
    r"(?:(?!" + _NOT_SIGNER_WORDS + r")[a-z][\w-]*\s+){0,3}"
    # ("the memo, signed by the network’s president of news, Arjun Mehta-Rowe, said": a role
    # with its employer, then the name in apposition)
    # ("The lawsuit, filed Thursday in federal court by a former supervisor, Luis Ortega,")
    # (word by word, so a run of spaces is read one way only)
    r"|(?:signed|sent|written|filed|brought)\s+(?:[^\s,\x00“”\"]+\s+){0,10}?by\s+"
    r"(?:the|an?|its|their|her|his)\s+(?:[a-z][\w-]*[’']s\s+)?"
    r"(?:(?!" + _NOT_SIGNER_WORDS + r")[a-z][\w-]*\s+){0,2}(?!" + _NOT_SIGNER_WORDS + r")"
    # (the name in apposition to the role, not to a person after "of": "the mother of the
    # boy, Tamir Rice,")
    r"[a-z][\w-]*(?:\s+(?:of|for)\s+(?!(?:the\s+|an?\s+)?(?:late\s+|deceased\s+)?(?:"
    + word_trie(lx.PERSON_NOUNS | lx.KIN_NOUNS | {"toddler", "suspect", "infant", "pupil"})
    + r")s?\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,\s+"
    r"|(?<=,\s)from\s+(?:the\s+)?"
    r"(?:(?!" + _NOT_SIGNER_WORDS + r")[a-z][\w-]*\s+){1,3})"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3}),"
)
# A work's title in marks between the post and who began it.
_TITLED = re.compile(
    r"\s+(?:(?:post|thread|video|petition|clip)\s+)?(?:titled|called|headlined|entitled)\s+\x00*"
)
_CLAUSE_WORD = re.compile(r"\b(?:who|that|which|whom|whose)\b")
_OWN_CAMPAIGN = re.compile(r"(?P<pronoun>her|his)\s+(?:re-?election\s+)?(?:campaign|office)")
_RELEASED_BY_AGENT = re.compile(
    r"\s+(?:(?:was|were)\s+)?(?:released|issued|put\s+out|sent\s+out)\s+(?:through|by|via)\s+"
    r"(?:her|his|their)\s+(?:lawyers?|attorneys?|publicists?|representatives?|agents?|"
    r"spokes(?:person|man|woman)|team|management)\b"
)
_UNNAMED_SOURCE = re.compile(r"(?:the|her|his|their|its|an?)\s", re.IGNORECASE)


# "His family said in a statement": the family's, not the one it is named after.
_FAMILY_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\x00\s*)(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:family|parents|relatives|"
    r"loved\s+ones|estate)\s+(?:(?:\w+ly|also|later|then)\s+)*"
    r"(?:(?:said|says|wrote|writes|told|posted|shared|announced)\s+)?$"
)


def _group_subject(report: Report, narration: str) -> re.Match[str] | None:
    lo = max(report.sentence[0], report.start - 160)
    head = narration[lo : report.start]
    lowered = head.lower()
    if "his " in lowered or "her " in lowered or "their " in lowered:
        family = _FAMILY_SUBJECT.search(head)
        if family:
            return family
    if " of " not in head and " for " not in head:
        return None  # (the pattern needs one of them; most reports have neither before them)
    return _GROUP_SUBJECT.search(head)


def _kin_subject(report: Report, narration: str) -> re.Match[str] | None:
    lo = report.sentence[0]
    head_lo = max(lo, report.start - 80)
    if not _POSSESSIVE_WORD.search(narration, head_lo, report.start):
        return None
    return _KIN_SUBJECT.search(narration, head_lo, report.start)


# The subject right before a reporting verb, and a verb joined by "and" (compiled once: the
# authors of thousands of reports are looked for).
# (the words that may stand between a subject and its verb: "she later posted", "Kim has shared")
_BEFORE_VERB = r"\s+(?:(?:\w+ly|also|later|then|has|had|have|once|recently|first)\s+)*$"
_SUBJECT_RIGHT_BEFORE = re.compile(
    # (a whole word: not the "he" of "On the Reddit forum")
    r"(?<![\w’'-])(?P<subj>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*|[Ss]he|[Hh]e|[Tt]hey|[Tt]he\s+[\w\s’'-]{1,60}?)"
    + _BEFORE_VERB
)
# ("three weeks after she accused him in a YouTube video": a verb and its object pronoun between)
_PRONOUN_RIGHT_BEFORE = re.compile(
    r"\b(?P<subj>[Ss]he|[Hh]e|[Tt]hey)"
    r"(?:\s+[a-z]+ed\s+(?:him|her|them|it|us|me)(?:\s+(?:in|on)\s+(?:an?|the|her|his|their))?)?"
    + _BEFORE_VERB
)
_COUNT_WORD = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|dozens|hundreds|thousands|several|many)"
)
# "eleven family shareholders", "more than 200 residents": many people as one subject.
_COUNTED_GROUP = re.compile(
    r"\s+(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    + _COUNT_WORD
    # (not a time: "two days after the verdict", "three weeks later")
    + r"\s+(?:of\s+(?:the|their|its|his|her)\s+)?(?!(?:seconds|minutes|hours|days|weeks|months|"
    r"years|decades|times)\b)(?:[a-z-]+\s+){0,2}[a-z]+s\b"
)
# ("The operators Bolt, Lime and Dott said in a joint letter": three or more named together)
_NAME_LIST_BEFORE = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+and\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:\w+ly\s+)?(?:(?:said|wrote|added)\s+)?$"
)
_COUNTED_OPENING = re.compile(
    r"\s*(?i:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|over\s+|almost\s+)?(?i:"
    + _COUNT_WORD
    + r")\s+(?:of\s+(?:the\s+)?)?(?:[a-z-]+\s+){0,2}[a-z]+s"
    # ("Six members of the band, including founder Tom Hall, have signed a letter")
    r"(?:\s+of\s+(?:the|their|its|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+)?"
    r"(?:,\s+including\s[^.;\x00]{1,120}?,)?"
    # (whose own verb is signing or writing the document: not "Three workers have died …, Tom
    # Hall wrote in a letter", nor "Five players have signed new contracts, Tom Hall wrote")
    r"\s+(?:have\s+|had\s+|has\s+)?(?:signed|written|sent|penned)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:letter|petition|statement|memo|email|e-mail|note)s?\b"
)
_COUNTED_GROUP_AFTER_TITLE = re.compile(r"\x00" + _COUNTED_GROUP.pattern + r",")
# "he and 60 other traders had signed a letter": the writer one of many.
_AND_MANY_BEFORE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+and\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?"
    + _COUNT_WORD
    + r"\s+(?:other\s+)?(?:[a-z-]+\s+){0,2}?[a-z]+s\s+(?:(?:have|had|has|also|then)\s+)*$"
)
_SPEAKS_FOR_NOUNS = lx.words("estate campaign foundation management")
# ("Tom Ray and his campaign said": the person and the body that speaks for them)
_AND_ONES_OWN_BODY = re.compile(
    r"\band\s+(?:his|her|their)\s+(?:" + word_trie(_SPEAKS_FOR_NOUNS) + r")\b"
)
_ORG_RIGHT_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\x00\s*|\band\s+)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    # (not a role of a body: "The superintendent of Lubbock schools, Gail Whitcombe, wrote")
    r"(?:(?!of\s)[\w-]+(?:[’']s?)?\s+){0,3}?(?:"
    # ("The artist’s estate said", "The Afolabi campaign said": a body that speaks for someone)
    + word_trie(lx.ORG_NOUNS | _SPEAKS_FOR_NOUNS)
    # ("The bank’s works council, which represents 14,000 employees, said": a number's comma)
    + r")s?(?:,\s+(?:[^,\x00]|,(?=\d)){1,60},)?\s+(?:(?:\w+ly|also|later|then|has|had|have)\s+)*"
    # (the verb before the report: "said in a statement"; "said on Instagram": before the
    # platform's name)
    r"(?:(?:said|says|wrote|writes|told|tells|[a-z]+ed)\s+(?:(?:on|in|via)\s+)?)?$"
)
_ITS_ROLE_BEFORE = re.compile(
    rf",\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_ROLE_ALT})\s+"
    r"(?:told|said|wrote|announced|explained|argued|warned)\s+(?:[\w-]+\s+){0,2}?$"
)
_AND_RIGHT_BEFORE = re.compile(r"\band\s+$")
_VERB_BEFORE_OBJECT = re.compile(r"\b(?:[a-z]+ed|told|gave|sent|met|hit|took|won|beat)\s+$")


_PHRASE_COMMA = re.compile(r",(?!\d)")
# (the rest of a leading phrase, words with no punctuation, then a subject pronoun and its verb)
# (the last such pronoun: "In a letter to the customers he had cheated she promised")
_PRONOUN_AFTER_PHRASE = re.compile(r"(?:\s+[\w’'-]+){0,6}\s+(?P<pron>she|he|they)\s+[a-z]+")
_A_ROLE_AFTER_NAME = re.compile(rf"\s*(?:[{_UPPER}][\w’'.-]*\s+){{0,3}}[{_UPPER}][\w’'-]*,\s+an?\s")
_TO_A_ROLE = re.compile(r"\s+to\s+(?:the|his|her|their|its)\s+[a-z][a-z\s-]{1,40}")
_NAME_AND_COMMA = re.compile(rf"\s*(?:[{_UPPER}][\w’'.-]*\s+){{0,3}}[{_UPPER}][\w’'-]*,")


_DESCRIPTION_HEAD = re.compile(r"[^,]*?(?=\s+(?:for|of|at|in|with|from|on|who|that)\b|$)")


def described_as_body(description: str | None) -> bool:
    """Whether a description in apposition is headed by an organisation's noun ("a volunteer
    group"; not "a logistics coordinator for the aid group Bridges Without Borders")."""
    if not description:
        return False
    head = _DESCRIPTION_HEAD.match(description)
    words = (head.group() if head else description).split()
    return bool(words) and words[-1].lower() in lx.ORG_NOUNS


def _author_of(
    report: Report, lay: Layout, people: PeopleIndex
) -> tuple[int | None, tuple[int, ...]]:
    """The subject of the verb that reports a post; a participle takes the main clause's subject."""
    narration = lay.narration
    lo, hi = report.sentence
    head = narration[max(lo, report.start - 120) : report.start]
    if _ITS_ROLE_BEFORE.search(head):
        # "Sable Semiconductor will delay the plant, its chief executive said in an interview":
        # someone described, named with the quote that follows, not the one the sentence opens
        # with
        return None, ()
    if _COUNTED_OPENING.match(narration, lo, report.end) or _NAME_LIST_BEFORE.search(head):
        # "More than 300 theatre workers, including the playwrights Amara Okonjo-Bell and …,
        # have signed an open letter": many people's, no one's by name
        report.organisation = True
        return None, ()
    if (
        _ORG_RIGHT_BEFORE.search(head) and not _AND_ONES_OWN_BODY.search(head)
    ) or _AND_MANY_BEFORE.search(head):
        # "his group, Terra Viva, said in a statement", "The Italian prime minister’s office
        # said": an organisation's post, whoever it belongs to; "he and 60 other traders had
        # signed a letter": many people's, no one's by name
        report.organisation = True
        return None, ()
    described = _APPOSED_NAME_VERB_BEFORE.search(head) or (
        # ("One of the released players, Jae-won Seo, posted a photo …": the report opens at
        # its verb, right after the name in apposition)
        _APPOSED_NAME_RIGHT_BEFORE.search(head)
        if narration[report.start : report.start + 1].islower()
        else None
    )
    if (
        described
        and described.group().lstrip(",; \x00")[:1].isupper()
        and not _FAMILY_OF_APPOSED.search(head, 0, described.start("subj"))
    ):
        # "Arceneaux’s husband, the former NFL linebacker Terrence Boudreaux, posted": the
        # one described, named in apposition (looked for before the apposition is skipped)
        found = _resolve_subject(
            described.group("subj"), report.start - len(head) + described.start("subj"), people
        )
        if found[0] is not None and (
            " the " in described.group()
            # ("The chief veterinary officer, Dr. Priya Nandakumar, told …": a title says person;
            # not after a clause, "The minister who fired his adviser, Dr. Priya Nandan, told")
            or (
                described.group("subj").split()[0].rstrip(".").lower() in lx.ROLE_TITLES
                and not _CLAUSE_WORD.search(described.group())
            )
        ):
            return found
    inserted = _INSERTED_BEFORE_VERB.search(head)
    if inserted:
        # "Park, now 30, told ABC News": look past the inserted phrase for the subject.
        head = head[: inserted.start()] + " " * (len(head) - inserted.start())
    if _A_FAMILY_BEFORE.search(head):
        # "The Pryce-Williams family said in a statement": the family's, no one of its members
        report.organisation = True
        return None, ()
    # ("and the next morning he added a second post": the pronoun, not "the next morning")
    subject = _PRONOUN_RIGHT_BEFORE.search(head) or _SUBJECT_RIGHT_BEFORE.search(head)
    if (
        subject
        and subject.group("subj").startswith("the ")
        and _VERB_BEFORE_OBJECT.search(head, 0, subject.start("subj"))
    ):
        # "The union backed the mayor in a post on X": the verb's object, not its subject; an
        # organisation opening the clause posted it.
        subject = None
        opening = _NAME_OPENING.match(narration, lo if lo < report.start else report.start)
        if opening and (
            _org_name(opening.group("name")) or people.is_organisation(opening.group("name"))
        ):
            report.organisation = True
            return None, ()
    start = report.start - len(head) + subject.start("subj") if subject else -1
    if subject and _INSIDE_PHRASE.search(narration, max(lo, start - 40), start):
        subject = None  # "The family of firefighter James O'Neill shared": not the one posting
    if subject:
        found = _resolve_subject(subject.group("subj"), start, people)
        if found[0] is not None:
            return found
        if people.is_organisation(subject.group("subj")) and not _OF_PHRASE_BEFORE.search(
            narration, max(lo, start - 40), start
        ):
            # "Pacifica Midstream, which operates the pipeline, said in a statement": the
            # company's, even when it quotes its chief.
            report.organisation = True
            return None, ()
    if _AND_RIGHT_BEFORE.search(head):
        # "she promised to reschedule the show and shared a clip": a verb joined by "and" has
        # the subject of the clause it joins.
        joined = max(
            _CLAUSE_SUBJECT.finditer(narration, lo, report.start),
            key=lambda m: m.start(),
            default=None,
        )
        if joined:
            found = _resolve_subject(joined.group("subj"), joined.start("subj"), people)
            if found[0] is not None:
                return found
    # "chief executive Priya Natarajan told employees in a memo", "the companies said in a
    # joint press release": the subject of the reporting verb before the medium.
    apposed = _APPOSED_NAME_VERB_BEFORE.search(head)
    if apposed and _FAMILY_OF_APPOSED.search(head, 0, apposed.start("subj")):
        # "The parents of the missing hiker, Owen Pratt, said": the name is the hiker's
        apposed = None
    if apposed:
        # "Netflix has canceled the series, its creator, Beth Sandoval, said on Twitter": the
        # name in apposition to a role speaks, not the organisation opening the sentence.
        found = _resolve_subject(
            apposed.group("subj"), report.start - len(head) + apposed.start("subj"), people
        )
        if found[0] is not None:
            return found
        if people.is_organisation(apposed.group("subj")):
            # "Juniper’s parent company, Tessellate Devices, said in a statement"
            report.organisation = True
            return None, ()
    who = _NAME_WHO_VERB_BEFORE.search(narration, max(lo, report.start - 180), report.start)
    if who and described_as_body(who.group("desc")):
        # ("Tidy Streets, a volunteer group who posted a rota": a body, no one by name)
        report.organisation = True
        return None, ()
    if who:
        # "a response from Felipe Andrade, a computer scientist, who wrote on Medium": the name
        # the relative clause hangs on
        found = _resolve_subject(who.group("subj"), who.start("subj"), people)
        if found[0] is not None:
            return found
    told = _SUBJECT_VERB_BEFORE.search(head)
    if told:
        start = report.start - len(head) + told.start("subj")
        if not _INSIDE_PHRASE.search(narration, max(lo, start - 40), start):
            found = _resolve_subject(told.group("subj"), start, people)
            if found[0] is not None:
                return found
            if (
                _NO_ONE_SUBJECT.fullmatch(told.group("subj"))
                or _org_name(told.group("subj"))
                or (
                    people.is_organisation(told.group("subj"))
                    # (not "The founder of the meal-kit startup Cuttlebox said")
                    and not _OF_PHRASE_BEFORE.search(narration, max(lo, start - 40), start)
                )
            ):
                report.organisation = True  # no one's post, even if it quotes someone
                return None, ()
    # "…, his daughter announced on Facebook": a relative described, not the person named
    # before; when the story has not named them yet, the author stays open (the quote that
    # follows the report names them).
    kin = _kin_subject(report, narration)
    if kin:
        found = resolve_one(kin.group("subj"), kin.start("subj"), people)
        if isinstance(found, tuple):
            return found[0], found
        return (found, (found,)) if found is not None else (None, ())
    # "Shortly after sharing photos …, the author returned …": the main clause's subject.
    comma = narration.find(",", report.start, hi)
    if comma >= 0:
        tail = re.match(
            # (not the object of a participle: ", calling the state’s housing shortage …")
            r",\s*(?:(?![a-z]+ing\b)[a-z-]+\s+){0,2}?(?P<subj>[Tt]he\s+[^,\x00]{1,60}?|[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*|[Ss]he|[Hh]e|[Tt]hey)\s+[a-z]+",
            narration[comma : comma + 100],
        )
        if tail and tail.group("subj").endswith(("’", "'", "’s", "'s")):
            # "In the filing, Rivers’ attorneys called …": his lawyers, unnamed; but "In a memo,
            # Parcelway’s vice president of operations, Greg Sorensen, said": named after all.
            named = _POSSESSIVE_ROLE_NAMED.match(narration, comma + tail.end("subj"))
            if named:
                group = "name" if named.group("name") else "name2"
                found = resolve_one(named.group(group), named.start(group), people)
                if isinstance(found, int):
                    return found, (found,)
            return None, ()
        if tail:
            found = _resolve_subject(tail.group("subj"), comma + tail.start("subj"), people)
            if found[0] is not None:
                return found
    opening = _OPENING_SUBJECT.match(narration, lo, report.start)
    if opening:
        found = _resolve_subject(opening.group("subj"), opening.start("subj"), people)
        if found[0] is not None:
            return found
    # "In her new memoir, “Open Water,” Olympic rower Hannah Price describes …": a report in a
    # leading phrase belongs to the first person named after it.
    # (not when the phrase has ended, and someone named after it, before the report: "On
    # Monday, Venkataraman elaborated on the podcast The Media Beat, hosted by Jonah
    # Feldstein": the host is no author)
    phrase_end = narration.find(",", lo, report.start)
    if (
        _LEADING_PHRASE.match(narration, lo)
        and report.start - lo < 60
        and not (
            phrase_end >= 0
            and any(m.person >= 0 for m in people.mentions_between(phrase_end, report.start))
        )
        # (not "On Wednesday Oyelaran-Finch appeared on the podcast …, hosted by …": the
        # phrase has no comma, and the one named right before the verb is its subject)
        and not (
            phrase_end < 0
            and any(
                m.person >= 0 and not narration[m.end : report.start].strip()
                for m in people.mentions_between(lo, report.start)
            )
        )
    ):
        # The phrase runs to its comma ("In a letter to President Rafsanjani, Saddam said"): the
        # subject after it, not a recipient inside it; a subject that is no one named
        # ("In a letter, prosecutors told Mr. Antar’s lawyers") leaves the author open.
        # (not a number's comma: "In a LinkedIn post that has been shared more than 2,000 times,
        # she wrote")
        found_comma = _PHRASE_COMMA.search(narration, report.end, min(hi, report.end + 120))
        comma = found_comma.start() if found_comma else -1
        if comma < 0:
            # ("In an essay on Substack titled “The Last Evensong,” he wrote": the phrase's comma
            # stands inside the marks of the title that ends it)
            in_marks = _COMMA_IN_MARKS.search(lay.text, report.end, min(hi, report.end + 120))
            if in_marks:
                comma = in_marks.end() - 1
        after = comma + 1 if comma >= 0 else report.end
        adverb = _SENTENCE_ADVERB.match(narration, after) if comma >= 0 else None
        if adverb:
            # ("In a memo to store managers, however, he wrote": a sentence adverb, then the
            # subject)
            after = adverb.end()
        to_role = _TO_A_ROLE.fullmatch(narration, report.end, comma) if comma >= 0 else None
        if (
            to_role
            and to_role.group().split()[-1] in lx.ROLE_WORDS - {"editor"}
            # (a subject after the addressee: not "…, Philip Garraway, a retired teacher,")
            and not _A_ROLE_AFTER_NAME.match(narration, after)
        ):
            # "In a resignation letter to the city manager, Philip Garraway, the 61-year-old
            # called …": the addressee named in apposition, then the subject
            addressee = _NAME_AND_COMMA.match(narration, after)
            if addressee:
                after = addressee.end()
                subject = next(
                    (
                        m.person
                        for m in people.mentions_between(after, min(hi, after + 4))
                        if m.person >= 0 and not m.in_quote
                    ),
                    None,
                )
                if subject is not None:
                    return subject, (subject,)
        org_subject = _NAME_OPENING.match(narration, after + 1) if comma >= 0 else None
        if comma >= 0 and (
            _ORG_CLAUSE.match(narration, after)
            or (org_subject is not None and people.is_organisation(org_subject.group("name")))
            # ("In an open letter, eleven family shareholders, led by her cousin …, accused":
            # many people's, no one's by name)
            or _COUNTED_GROUP.match(narration, after)
            # (the phrase's comma inside the marks of a title: "In an open letter titled “Not
            # for Sale,” eleven family shareholders, led by …, accused")
            or _COUNTED_GROUP_AFTER_TITLE.search(narration, report.end, after)
        ):
            # "In a statement, the airline quoted its chief operating officer, …": the
            # organisation's post, even when it quotes someone.
            report.organisation = True
            return None, ()
        pronoun_after = _PRONOUN_SUBJECT.match(narration, after) if comma >= 0 else None
        if pronoun_after:
            # "In a second post later that day, she promised …": the pronoun's person.
            found_after = resolve_one(pronoun_after.group(1), pronoun_after.start(1), people)
            if isinstance(found_after, int):
                return found_after, (found_after,)
        late = _PRONOUN_AFTER_PHRASE.match(narration, report.end, hi) if comma < 0 else None
        if late:
            # ("In a brief letter to depositors last week she promised that …": a phrase with no
            # comma, then the pronoun that is its sentence's subject)
            found_late = resolve_one(late.group("pron"), late.start("pron"), people)
            if isinstance(found_late, int):
                return found_late, (found_late,)
        for m in people.mentions_between(after, hi):
            if m.person >= 0 and not m.in_quote and m.kind in {"name", "alias"}:
                if comma >= 0 and _VERB_IN_GAP.search(narration, after, m.start):
                    return None, ()
                if narration[m.end : m.end + 1] in {"’", "'"}:
                    return None, ()  # "In the filing, Rivers’ attorneys called …": his lawyers
                return m.person, (m.person,)
    # "She had first announced the plan in a post on X": a pronoun opening the sentence.
    pronoun = _PRONOUN_OPENING.match(narration, lo, report.start)
    if pronoun:
        found_pronoun = resolve_one(pronoun.group(1), lo, people)
        if isinstance(found_pronoun, int):
            return found_pronoun, (found_pronoun,)
    described = _DESCRIPTION_OPENING.match(narration, lo, report.start)
    if described:
        # "The 29-year-old later thanked her training partners in an Instagram post": the
        # person the description opening the sentence refers to.
        found_described = resolve_one(described.group(), lo, people)
        if isinstance(found_described, int):
            return found_described, (found_described,)
    opening_org = _NAME_OPENING.match(narration, lo, report.start)
    if opening_org and re.fullmatch(r"[A-Z][a-z]+-[a-z][\w-]*", opening_org.group("name")):
        opening_org = None  # "Laid-off employees took to Threads": an adjective, no name
    if opening_org and (
        people.is_organisation(opening_org.group("name"))
        # ("The Kaimana Observatory in Hawaii, where Mei-Ling Tsao works, posted …")
        or (
            " " in opening_org.group("name")
            and _org_name(opening_org.group("name"))
            and _RELATIVE_AFTER_OPENING.match(narration, opening_org.end("name"))
        )
    ):
        # "Lumen Bikes, the e-bike maker, asked a judge … to bar its former officer, Raj Patel,
        # …, in a lawsuit it filed": the organisation opening the sentence files it.
        report.organisation = True
        return None, ()
    if _BODY_OPENING.match(narration, lo, hi):
        # "The city posted a photo of the flooded street on Facebook": a public body's post,
        # no one's by name (a comment under it names its writer, not the post's).
        report.organisation = True
        return None, ()
    # Otherwise the person who opens the sentence ("Tech executive Laura Kim announced her
    # resignation in an essay on Medium"), or its main clause ("When Idris Mwangi failed to come
    # home, his neighbour Łucja Nowak sent a message to the street’s WhatsApp group").
    opening = _SUBORDINATE_OPENING.match(narration, lo, report.start)
    if opening and any(
        m.person >= 0 and not m.in_quote and m.kind in {"name", "alias"}
        for m in people.mentions_between(opening.end(), report.start)
    ):
        lo = opening.end()
    for m in people.mentions_between(lo, report.start):
        if m.in_quote or m.kind == "group":
            continue
        if m.person >= 0 and narration[m.end : m.end + 2] in {"’s", "'s"}:
            continue  # "Hart’s opponent, Sam Todd, said on X": the one the possessive names
        if _FAMILY_OF_APPOSED.search(narration, max(lo, m.start - 80), m.start):
            # "The family of one of the arrested men, 19-year-old Kieran Doyle, said in a
            # statement": the family's, no one named
            break
        if m.person >= 0 and not _INSIDE_PHRASE.search(narration, max(lo, m.start - 40), m.start):
            return m.person, (m.person,)
        break
    return None, ()


_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:When|After|Before|While|Although|Though|Because|Once|Until|As\s+soon\s+as)\s"
    r"[^,\x00]{1,120},\s+"
)
_BODY_OPENING = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + word_trie(
        lx.ORG_NOUNS | lx.words("city town county state government police district village")
    )
    + r")\s+(?:\w+ly\s+)?(?:[a-z]+ed|posted|shared|wrote|put)\b"
)
_FAMILY_OF_APPOSED = re.compile(
    rf"\b{lx.KIN_GROUP}\s+of\s+[^,\x00]{{1,60}},\s+(?:[\w-]+\s+){{0,3}}$"
)


# An organisation named inside a phrase about someone else ("The founder of the startup X").
_OF_PHRASE_BEFORE = re.compile(r"\b(?:of|for|at|from|with|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_DESCRIPTION_OPENING = re.compile(
    rf"[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:\d+-year-old|{_PERSON_ROLE_ALT})(?=\s+(?:\w+ly\s+|later\s+|also\s+)?[a-z]+ed\b)"
)
# A name opening the sentence as its subject: before an apposition or a verb.
_NAME_OPENING = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'&.-]*)*)"
    # ("The Kaimana Observatory in Hawaii, where …": the place it is in may follow the name)
    r"(?=(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*)?,|"
    r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote)\b)"
)
# ("The Kaimana Observatory in Hawaii, where Mei-Ling Tsao works, posted": a relative clause
# between an organisation's name and its verb)
_RELATIVE_AFTER_OPENING = re.compile(
    r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*)?,\s+(?:where|which|whose)\b"
    r"[^,\x00]{1,80},\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b"
)
_POSSESSIVE_ROLE_NAMED = re.compile(
    # ("the hospital’s chief executive, Dr. Benedikt Lindgren,": a title before the name)
    r"\s+[a-z][^,\x00]{1,60},\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3}),"
    # ("In an op-ed for De Telegraaf, the farmers’ leader Sietske Hoekstra wrote": the role
    # right before the name, with no commas)
    # (not "the company’s lawyers accused Jane Doe of …": no verb among the role's words)
    r"|\s+(?:(?!(?:accused|warned|told|urged|asked|called|criticized|criticised|praised|"
    r"thanked|blamed|sued|named|cited|quoted|reminded|informed|advised|ordered|said|says|wrote|"
    r"invited|pressed|attacked|defended|fired|hired|met|backed|joined|replaced)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?"
    r"(?P<name2>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){1,3})(?=\s+(?:\w+ly\s+)?[a-z])"
)
_PRONOUN_OPENING = re.compile(r"(She|He)\s+[a-z]")


_SUBJECT_VERB_BEFORE = re.compile(
    # ("Harlow & Pryce said": a firm's name joined by "&" whole)
    r"(?:^|[,;]\s+|\x00\s*|\s)(?P<subj>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*|"
    r"[Ss]he|[Hh]e|"
    r"[Tt]hey|[Tt]he\s+(?:[\w-]+\s+){0,2}?[a-z]+)"
    r"\s+(?:(?:\w+ly|also|later|then)\s+)*(?:said|says|told|tells|wrote|writes|announced|"
    r"announces|confirmed|confirms|informed|informs|warned|warns|assured|assures|posted|posts|"
    r"shared|shares|tweeted|responded|replied|commented)"
    r"(?:\s+(?!(?:in|on|at|that|to|via|through)\b)[\w’'-]+){0,2}(?:\s+(?:on|to|via))?\s+$"
)
_NAME_WHO_VERB_BEFORE = re.compile(
    r"(?P<subj>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*)"
    # ("Marta Kowalczyk-Ruiz, a logistics coordinator for the aid group Bridges Without Borders,
    # who wrote on LinkedIn": a description up to 100 characters, the name a person's)
    # ("Nguyen Thi Mai, a 41-year-old pharmacist who posted": the description may run into "who")
    r"(?:,\s+(?P<desc>(?:a|an|the|his|her|their)\s[^,\x00“”\"]{1,100}?))?(?:,\s+|\s+(?=who\b))who\s+"
    r"(?:\w+ly\s+|also\s+|later\s+)?(?:had\s+|has\s+)?"
    # ("Rosa Huang, who posted a photo …": the report may start at the verb itself; "who shared
    # it on his own Instagram story": or after what was posted and where)
    r"(?:(?:said|says|told|wrote|writes|posted|posts|shared|tweeted|argued|added|warned|replied|"
    r"responded|announced)(?:\s+(?:(?:it|them|this|(?:a|an|the)\s+[a-z-]+)\s+)?(?:on|in|to|via)"
    r"(?:\s+(?:his|her|their)(?:\s+own)?)?)?\s+)?$"
)
_APPOSED_NAME_RIGHT_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\x00\s*)(?:[Ii]ts|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[A-Z][\w’'-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,6}?[a-z][\w-]*,\s+(?:the\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?P<subj>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*){0,3}),\s+$"
)
_APPOSED_NAME_VERB_BEFORE = re.compile(
    # ("The mother of one of the patients, Shanice Pruitt, wrote on Facebook", "One of the
    # volunteers, Marisol Echeverría, wrote")
    r"(?:^|[,;]\s+|\x00\s*)(?:[Ii]ts|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[A-Z][\w’'-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,6}?[a-z][\w-]*,\s+"
    # ("Arceneaux’s husband, the former NFL linebacker Terrence Boudreaux, posted on X")
    r"(?:the\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?P<subj>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*){0,3}),\s+"
    r"(?:(?:\w+ly|also|later|then)\s+)*(?:said|says|told|tells|wrote|writes|announced|"
    r"announces|confirmed|confirms|posted|posts|shared|shares|tweeted|responded|replied|"
    # ("The organizer who led the drive, Fatoumata Diallo, celebrated on Threads")
    r"celebrated|apologi[sz]ed|reacted|weighed in|hit back|fired back|vented|explained|"
    # ("The head librarian at the branch, Agnieszka Wróbel, answered him in an essay")
    r"answered|countered|rebutted)"
    r"(?:\s+(?!(?:in|on|at|that|to|via|through)\b)[\w’'-]+){0,2}(?:\s+(?:on|to|via))?"
    # ("its chair, Beatrix Amsel-Coyle, said in a LinkedIn post")
    r"(?:\s+(?:in|on)\s+(?:an?|her|his|their))?\s+$"
)
# "the companies", "the airline", "its board": an organisation or a group, not a person.
_NO_ONE_SUBJECT = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:"
    + word_trie(lx.ORG_NOUNS | {"companies", "firms", "board", "groups"})
    + r")s?"
)

# "the airline quoted …", "the company said …": an organisation as a clause's subject.
_ORG_CLAUSE = re.compile(
    rf"\s*{_NO_ONE_SUBJECT.pattern}\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote)\b"
)


_CLAUSE_SUBJECT = re.compile(
    r"(?:^|,\s+|\x00\s*)(?P<subj>[Ss]he|[Hh]e|[Tt]hey|[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*)"
    r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b"
)
_PRONOUN_SUBJECT = re.compile(r"\s*(she|he|[Ss]he|[Hh]e)\s+(?:\w+ly\s+)?[a-z]+")


def _org_name(subject: str) -> bool:
    """ "Norrland Energy", "The Marlow Heights Police Department": a name whose last word names
    an organisation; "Harlow & Pryce": a firm's."""
    last = subject.split()[-1].lower()
    return subject[:1].isupper() and (
        last in lx.ORG_WORDS or last in lx.ORG_NOUNS or bool(_FIRM_AT_END.search(subject))
    )


_FIRM_AT_END = re.compile(rf"[{_UPPER}][\w’'-]*\s+&\s+[{_UPPER}][\w’'-]*(?:\s+Co\.?)?$")


def _resolve_subject(
    subject: str, start: int, people: PeopleIndex
) -> tuple[int | None, tuple[int, ...]]:
    if _FIRM_AT_END.search(subject):
        # "The pharmacy chain Harlow & Pryce said": a firm, not Miriam Pryce (but "Johnson &
        # Johnson CEO Joaquin Duato wrote": its chief, named after it)
        return None, ()
    parts = re.split(r"\s+and\s+", subject)
    resolved: list[int] = []
    offset = start
    for part in parts:
        idx = resolve_one(part, offset, people)
        if isinstance(idx, tuple):
            resolved.extend(idx)
        elif idx is not None:
            resolved.append(idx)
        offset += len(part) + 5
    if not resolved:
        return None, ()
    return resolved[0], tuple(resolved)


_RESOLVE_ROLES = lx.ROLE_WORDS | lx.PLURAL_PERSON_NOUNS
_POSSESSIVE_END = re.compile(r"[’']s(?:\s+(\S+))?$")


# "The Pryce-Williams family said", "the Nguyen household posted": a family, no one of its members.
_A_FAMILY_BEFORE = re.compile(
    r"(?:^|[,;.]\s+|\x00\s*)[Tt]he\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*\s+){1,2}(?:family|families|household)"
    r"\s+(?:\w+ly\s+)?[a-z]+\s+(?:[\w’'-]+\s+){0,2}$"
)


def resolve_one(phrase: str, start: int, people: PeopleIndex) -> int | tuple[int, ...] | None:
    words = phrase.split()
    if not words:
        return None  # ("The memo from  .": nothing named)
    roles = _RESOLVE_ROLES
    while len(words) > 1 and (
        words[0].lower().rstrip(".") in roles or words[0].lower().removesuffix("s") in roles
    ):
        start += len(words[0]) + 1
        words = words[1:]
    phrase = " ".join(words)
    possessive = _POSSESSIVE_END.search(phrase)
    if possessive and (possessive.group(1) or "").lower() not in lx.PERSON_NOUNS | lx.KIN_NOUNS:
        return None  # "the victim's family": the one acting is the family, not a person named
    role_of = _NAMES_ROLE.fullmatch(phrase)
    if (
        role_of
        and role_of.group("noun").lower() in lx.PERSON_NOUNS
        and role_of.group("noun").lower() not in lx.KIN_NOUNS
    ):
        # "Lamontaigne’s manager said": someone of hers the story does not name, unless the
        # description was resolved where it stands ("Lamontaigne’s manager, Ray Cole,")
        return (
            people.resolver.description_covering(start, start + len(phrase))
            if people.resolver is not None
            else None
        )
    found = None
    named = _NAME_AFTER_DESCRIPTION.fullmatch(phrase)
    if named:
        # "the curator and activist Joseph Kaupa": the name the lower-case words describe
        found = people.resolve_index(named.group("name"), start + named.start("name"))
    if (
        found is None
        and people.resolver is not None
        and words[0].lower() in {"the", "her", "his", "their"}
    ):
        found = people.resolver.mention_starting(start)
    if found is None:
        found = people.resolve_index(phrase, start)
    if found is None and people.resolver is not None and phrase[:1].isupper():
        # ("said the New Zealander": the description the subject was cut from)
        found = people.resolver.description_covering(start, start + len(phrase))
    return found


_NAMES_ROLE = re.compile(
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)"
)
# ("the curator and activist Joseph Kaupa"; not a name after a capitalized word or a possessive)
_NAME_AFTER_DESCRIPTION = re.compile(
    # (not "the parents of Tomás Ruiz", "the lawyers for …": someone else's)
    rf"(?:the|a|an|her|his|their)\s+(?:(?!(?:of|for|to|from|with|by)\s)[a-z][\w-]*\s+){{1,4}}"
    rf"(?P<name>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})"
)


# Faster scanners for patterns scanned over the whole narration: the same matches as their
# finditer (tests/extraction/test_scanning.py), found from their opening words or from a rarer
# word inside them instead of the engine trying each pattern at every place.
_BY_OPENINGS = {
    pattern: OpeningScan([pattern])
    for pattern in (
        COMMENTS,
        _OWN_POST,
        _POSTED_AGAIN,
        _QUOTE_POSTED,
        _WRITING_IN,
        _REPORTED_IN_JOURNAL,
        _USED_PLATFORM,
        _GAVE_INTERVIEW,
        _FILED,
        _BY_EMAIL,
        _TOLD_THE_OUTLET,
    )
}
_UPPER_CHARS = "".join(chr(c) for c in range(0x250) if re.match(f"[{_UPPER}]", chr(c)))
_ANCHORED = {
    # ("The company’s earnings release said": a run of words up to "release" or "statement",
    # opened by a capital or by "the", "its", "her", "his")
    _RELEASE_AS_SUBJECT: AnchoredScan(
        _RELEASE_AS_SUBJECT,
        re.compile(r"(?:release|statement)(?![\w’'-])"),
        is_word_char,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZtih",
    ),
    _IN_DISSENT: AnchoredScan(_IN_DISSENT, re.compile(r"dissent(?!\w)"), is_word_char, "Ii"),
    _PIECE_BY_IN_OUTLET: AnchoredScan(
        _PIECE_BY_IN_OUTLET,
        re.compile(r"(?:review|critique|column|essay|op-ed|piece)(?![\w’'-])"),
        is_word_char,
        "TtAa",
    ),
    _PIECE_FOR_OUTLET: AnchoredScan(
        _PIECE_FOR_OUTLET,
        re.compile(r"(?:review|piece|article|critique|column|excerpt)(?![\w’'-])"),
        is_word_char,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZif",
    ),
    # ("BBC Radio 4’s Today programme": names, dots and ampersands up to the kind of show)
    _NETWORK_SHOW_NOUN: AnchoredScan(
        _NETWORK_SHOW_NOUN,
        re.compile(r"(?:programme|program|show)(?!\w)"),
        lambda char: is_word_char(char) or char in "&.",
        _UPPER_CHARS,
    ),
}


def _finditer(pattern: re.Pattern[str], narration: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(narration)``, through the pattern's faster scanner when it has one."""
    by_openings = _BY_OPENINGS.get(pattern)
    if by_openings:
        return by_openings.matches(narration)[pattern]
    anchored = _ANCHORED.get(pattern)
    if anchored:
        return anchored.matches(narration)
    return pattern.finditer(narration)
