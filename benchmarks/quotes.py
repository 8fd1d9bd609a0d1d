"""Benchmark for quotes, speakers, posts and people: seed gold, self-made dev set, and speed.

Run from the repository root:

    python benchmarks/quotes.py            # everything
    python benchmarks/quotes.py --no-speed # quality only

Quality on the seed is scored twice: through the real pipeline (post dates
need the dates extractor; they are reported as skipped while it returns
nothing), and with the seed's gold date claims handed to ``find_quotes`` (an
oracle for the dates family, so post dates can be checked on this branch).
The dev set (tests/extraction/quote_devset.py) is self-made: thirteen short
news-style texts written for this project, not a public corpus. Speed is the
whole ``extract`` on one core over >= 1 MB of text (CPU time of this process, so other load on the machine does not count). Reads files; the
extraction package itself never does.

Recorded first run of held-out set B (commit "Quotes held-out dev set", before
any rule was changed for it): span exact F1 1.00, span+speaker F1 0.82,
posts F1 0.44 (P 0.50 / R 0.40), people names F1 0.79. Later runs of B are
no longer an unseen-text estimate.

Recorded first run of held-out set C (commit "Quotes held-out dev set C",
written after the fixes on A and B, before any rule was changed for it): span
exact F1 0.98, span+speaker F1 0.80, posts F1 0.14 (P 0.17 / R 0.12), people
names F1 0.82.

Recorded first run of held-out set D (commit "Quotes held-out dev set D",
written after the fixes on A, B and C, before any rule was changed for it):
span exact F1 0.98, span+speaker F1 0.83, posts F1 0.33 (P 0.38 / R 0.30),
people names F1 0.79.

Recorded first run of held-out set E (commit "Quotes held-out dev set E",
written after every rule change up to then): span exact F1 0.98,
span+speaker F1 0.78, posts F1 0.22 (P 0.25 / R 0.20), people names F1 0.94.

Recorded first run of held-out set F (commit "Quotes held-out dev set F",
written after the fixes on A-E): span exact F1 0.98, span+speaker F1 0.84,
posts F1 0.56 (P 0.62 / R 0.50), people names F1 0.87.

Recorded first run of held-out set G (commit "Quotes held-out dev set G",
written after the fixes on A-F): span exact F1 1.00, span+speaker F1 0.88,
posts F1 0.63 (P 0.71 / R 0.56), people names F1 0.94.

Recorded first run of held-out set H (commit "Quotes held-out dev set H",
written after the fixes on A-G): span exact F1 0.98, span+speaker F1 0.68,
posts F1 0.32 (P 0.33 / R 0.30), people names F1 0.80.

Recorded first run of held-out set I (commit "Quotes held-out dev set I",
written after the last rule change; no rule was changed after it): span exact
F1 1.00, span+speaker F1 0.83, posts F1 0.53 (P 0.57 / R 0.50), people names
F1 0.90. This is the unseen-text estimate of the rules as delivered.

Recorded first run of held-out set J (commit "Quotes held-out dev sets J and
K", written after the last rule change, before any rule was changed for it):
span exact F1 1.00, span+speaker F1 0.92, posts F1 0.70 (P 0.70 / R 0.70),
people names F1 0.97.

Recorded first run of held-out set K (same commit, same conditions): span exact
F1 0.98, span+speaker F1 0.76, posts F1 0.45 (P 0.56 / R 0.38), people names
F1 0.88.

Recorded first run of held-out set L (commit "Quotes held-out dev set L",
written after the quotes-quality fixes on A-K, before any rule was changed for
it): span exact F1 1.00, span+speaker F1 1.00, posts F1 0.67 (P 0.71 / R
0.62), people names F1 0.97. This is the unseen-text estimate of the rules as
of that commit.

Recorded first run of held-out set M (commit "Quotes held-out dev set M",
written after every quotes-quality fix, including those made on L): span exact
F1 0.98, span+speaker F1 0.88 (P 0.90 / R 0.86), posts F1 0.64 (P 0.67 / R
0.62), people names F1 0.97. This is the unseen-text estimate of the rules as
delivered by that commit.

Recorded first run of held-out set N (commit "Quotes held-out dev set N",
written after every fix made on L and M and on probe texts): span exact F1
1.00, span+speaker F1 0.90 (P 0.90 / R 0.90), posts F1 0.64 (P 0.73 / R 0.57),
people names F1 0.98.

Recorded first run of held-out set O (commit "Quotes held-out dev set O",
written after the last rule change; no rule was changed after it): span exact
F1 1.00, span+speaker F1 0.95 (P 0.95 / R 0.95), posts F1 0.70 (P 0.80 / R
0.62), people names F1 1.00. This is the unseen-text estimate of the rules as
delivered by the quotes-quality branch.

On the quotes-quality branch the first runs of J-O (each written before the
rules saw it) went: span+speaker F1 J 0.92, K 0.76, L 1.00, M 0.88, N 0.90,
O 0.95 (target 0.90); posts F1 J 0.70, K 0.45, L 0.67, M 0.64, N 0.64, O 0.70
(target 0.85). Speakers now reach the target on unseen text; posts do not:
each new set still shows post reports or quote-to-post links of a kind the
rules have not met (a memo, a court opinion, "stopped by “The Tonight Show”").

The posts-recall change (a grammar of the media words are said through: documents,
outlets, visits to shows, group subjects, in-person occasions, quote-then-report
links) was made on probe texts of its own and on O's misses: posts F1 G 0.89 ->
1.00, N 0.93 -> 1.00, O 0.70 -> 1.00, span+speaker F1 N and O 0.95 -> 1.00, the
other sets unchanged; O is no longer unseen.

Held-out sets P and Q (20 texts each, written by someone who had read neither
the rules nor the earlier sets' failures, committed before any rule was run on
them). Baseline run on the rules before the posts-recall change (commit
328b02d): span+speaker F1 P 0.84, Q 0.92, P+Q 0.87; posts F1 P 0.68, Q 0.48,
P+Q 0.60. Recorded first run on the posts-recall rules (commit 04b4bad, which
had not seen them): span+speaker F1 P 0.85, Q 0.94, P+Q 0.89 (P 0.89 / R
0.89); posts F1 P 0.78, Q 0.61, P+Q 0.70 (P 0.70 / R 0.70); people names F1
0.91. Rules were then fixed on what P and Q showed, so they are not unseen
after that.

Held-out sets R and S (20 texts each, written the same way, committed before
any rule was run on them). Recorded first run on the rules after the fixes
made on P and Q (commit a46c4d4): span exact F1 1.00; span+speaker F1 R 0.93,
S 0.87, R+S 0.90 (P 0.90 / R 0.90); posts F1 R 0.59, S 0.73, R+S 0.66 (P 0.67
/ R 0.65); people names F1 R+S 0.93. This is the unseen-text estimate of the
rules of that commit: speakers at the 0.90 target, posts well below 0.85.
Rules were then fixed on what R and S showed.

Held-out sets T and U (20 texts each, written the same way by someone who had
read neither the rules nor sets P-S, committed before any rule was run on
them). Recorded first run on the rules of commit a1225a6: span exact
F1 1.00; span+speaker F1 T 0.94, U 0.93, T+U 0.93 (P 0.93 / R 0.93); posts F1
T 0.59, U 0.77, T+U 0.68 (P 0.68 / R 0.68); people names F1 T+U 0.96. The
posts misses are of five
kinds: the author of a post (an organisation or an acronym's words taken for
a person, the lawyer rather than the client), a second post on the same
platform ("fired back on X"), quotes linked to the wrong post across
paragraphs, an outlet's full name ("BBC Radio 4"), and the writers' own
disagreement on conventions (a news conference or a briefing as a post; a
press release's platform). Rules were then fixed on what T and U showed.

Held-out sets V and W (20 texts each, written the same way, committed before
any rule was run on them). Recorded first run on the delivered rules (commit
d7125c5): span exact F1 1.00; span+speaker F1 V 0.97, W 0.84, V+W 0.90 (P
0.90 / R 0.90); posts F1 V 0.90, W 0.73, V+W 0.81 (P 0.78 / R 0.83); people
names F1 V+W 0.91. This is the unseen-text estimate of the delivered rules:
speakers at the 0.90 target, posts below the 0.85 target.

Held-out sets X and Y (20 texts each, written the same way by someone who had
read neither the rules nor sets P-W, committed before any rule was run on
them). Recorded first run on the rules of commit 6c3bc38, after the fixes made
on T-W (a news conference is not a post, participles take their clause's
subject, "the same episode" names the post again): span exact F1 X 1.00, Y
0.99; span+speaker F1 X 0.90, Y 0.91, X+Y 0.90 (P 0.90 / R 0.91); posts F1 X
0.67, Y 0.82, X+Y 0.72 (P 0.76 / R 0.69); people names F1 X+Y 0.92. Posts
missed: an organisation or a company as a post's author (a memo or press
release "from" the firm), a radio show named before "FM", a judge's majority
opinion beside a dissent, a host's question on a Sunday show, a second post by
a singer whose town is taken for a speaker. This is the unseen-text estimate
of the rules of that commit: speakers at the 0.90 target, posts below 0.85.

Held-out sets Z and AA (20 texts each, written the same way by someone who had
read neither the rules nor sets X and Y, committed before any rule was run on
them). Recorded first run on the rules of commit ed73959, after the fixes made
on X and Y: span exact F1 Z 1.00, AA 0.99;
span+speaker F1 Z 0.90, AA 0.88, Z+AA 0.89 (P 0.89 / R 0.90); posts F1 Z 0.53,
AA 0.78, Z+AA 0.67 (P 0.68 / R 0.65); people names F1 Z+AA 0.96. Posts
missed: a nationality ("the Argentine") or a place ("Kerrigan Bay") taken for
a person and then for an author, a second post on the same platform, a radio
station or a show named in marks as the platform, a LinkedIn post whose author
is named after the report, a TikTok creator's platform taken for Instagram, an
earnings call (a post in set N, not in AA), and an organisation's Facebook
post credited to the person it quotes. This is the unseen-text estimate of the
rules of that commit: speakers just below the 0.90 target, posts well below
0.85. Rules were then fixed on what X, Y, Z and AA showed (merge of branch
posts-zaa), so none of them is unseen any more.

Held-out sets AB and AC (20 texts each, 126 quotes and 49 posts, written the
same way by someone who had read neither the rules nor any set after W,
committed before any rule was run on them). Recorded first run on the rules of
merge b9c7de3, after the fixes made on X, Y, Z and AA: span exact F1 AB 0.98,
AC 1.00; span+speaker F1 AB 0.86, AC 0.88, AB+AC 0.87 (P 0.88 / R 0.87); posts
F1 AB 0.65, AC 0.67, AB+AC 0.66 (P 0.67 / R 0.65); people names F1 AB+AC 0.93.
The fixes on X-AA raised every seen set (X 0.77 -> 1.00, Z 0.53 -> 1.00) but
not the first run of a new pair: posts F1 on unseen text has stayed between
0.66 and 0.81 over the last five pairs. Each new pair brings report forms of
its own (a chairman's statement for the club, an email quoted in a filing, an
earnings release as a press release, an interview with no outlet named). Rules
were then fixed on what AB and AC showed (merge of branch posts-abac), so they
are not unseen any more.

Held-out sets AD and AE (20 texts each, 125 quotes and 49 posts, written the
same way by someone who had read neither the rules nor any set after W,
committed before any rule was run on them). Recorded first run on the rules of
merge f559015, after the fixes made on AB and AC: span exact F1 AD 0.99, AE
0.99; span+speaker F1 AD 0.91, AE 0.91, AD+AE 0.91 (P 0.92 / R 0.90); posts F1
AD 0.78, AE 0.76, AD+AE 0.77 (P 0.79 / R 0.76); people names F1 AD+AE 0.93.
Speakers at the 0.90 target, posts below 0.85. Rules were then fixed on what AD
and AE showed (merge of branch posts-adae). Posts missed: an organisation
taken for a person and so for an author ("Northline", "Kestrel Cells"), a
podcast or a newspaper named after the report, a second post replying on the
same platform, a comment's writer named only by role, a post on a platform the
lexicon does not know ("Blind").

Held-out sets AF and AG (20 texts each, 101 quotes and 42 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of merge d9973f3, after the fixes made on AD and AE: span exact F1 AF
0.99, AG 0.99; span+speaker F1 AF 0.87, AG 0.93, AF+AG 0.90 (P 0.91 / R 0.89);
posts F1 AF 0.78, AG 0.62, AF+AG 0.70 (P 0.71 / R 0.69); people names F1 AF+AG
0.94. Speakers at the 0.90 target, posts below 0.85. Rules were then fixed on
what AF and AG showed (merge 0691e5b). Over the six pairs V+W to AF+AG the
first runs of posts F1 were 0.81, 0.72, 0.67, 0.66, 0.77 and 0.70: fixing what
each pair showed raised those pairs to 0.78-1.00 but did not lift the next
pair's first run.

Held-out sets AH and AI (20 texts each, 106 quotes and 37 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of merge 0691e5b, after the fixes made on AF and AG: span exact F1 AH
1.00, AI 0.98; span+speaker F1 AH 0.85, AI 0.84, AH+AI 0.85 (P 0.86 / R 0.84);
posts F1 AH 0.67, AI 0.62, AH+AI 0.64 (P 0.63 / R 0.65); people names F1 AH+AI
0.92. Both below target: speakers miss a comment's writer named after a long
apposition, a fragment's speaker given only by a title ("Heavyweight Dmitri
Volkov"), a victim's statement read in court; posts miss an author named after
the report (a superintendent's letter, a Reddit user who "identified himself
as"), an organisation or a journal taken for a person ("Nature Ecology"), and a
news release credited to the executive it quotes. Rules were then fixed on what
AH and AI showed (merge 9613095 and commit 8447dfb).

Held-out sets AJ and AK (20 texts each, 112 quotes and 37 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
delivered rules (commit 8447dfb, after the fixes made on AH and AI; no rule was
changed after it): span exact F1 AJ 0.99, AK 0.99; span+speaker F1 AJ 0.95, AK
0.97, AJ+AK 0.96 (P 0.96 / R 0.96); posts F1 AJ 0.65, AK 0.60, AJ+AK 0.62 (P
0.62 / R 0.62); people names F1 AJ+AK 0.90. This is the unseen-text estimate of
the delivered rules: speakers above the 0.90 target, posts well below 0.85.
Posts missed: a show named in marks after its station ("WKRQ’s “Morning
Roundtable”"), a top comment under a video taken for a second video, an email
quoted in a lawsuit and a newspaper interview in one sentence, an author named
only after the post ("Clay Whitford" replying to a post whose writer the first
sentence describes), an airline's statement credited to the executive it
quotes, a letter's addressee ("Gov.") taken for its platform. Rules were then
fixed on what AJ and AK showed (commits efdbba0 and 8b4e50b).

Held-out sets AL, AM, AN and AO (20 texts each, 298 quotes and 121 posts,
written the same way by four writers who had read neither the rules nor any
other set but W's first examples, committed before any rule was run on them).
Recorded first run on the rules of commit 8b4e50b, after the fixes made on AJ and
AK: span exact F1 AL 1.00, AM 0.98, AN 0.99, AO 1.00; span+speaker F1 AL 0.96,
AM 0.91, AN 0.94, AO 0.95, all four 0.94 (P 0.94 / R 0.93); posts F1 AL 0.89,
AM 0.66, AN 0.77, AO 0.81, all four 0.78 (P 0.79 / R 0.77); people names F1
all four 0.94. The unseen-text estimate of the rules of that commit, on twice
the text of the earlier pairs: speakers above the 0.90 target, posts below 0.85.
Rules were then fixed on what AL-AO showed (commits 2e14c5f to d37ea1e), among
them a long public-domain list of given names for pronouns and a press release
always being the organisation's.

Held-out sets AP and AQ (20 texts each, 141 quotes and 53 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of commit d37ea1e, after the fixes made on AL-AO: span exact F1 AP 1.00,
AQ 1.00; span+speaker F1 AP 0.92, AQ 0.96, AP+AQ 0.94 (P 0.94 / R 0.94); posts
F1 AP 0.91, AQ 0.71, AP+AQ 0.81 (P 0.79 / R 0.83); people names F1 AP+AQ 0.93.
Rules were then fixed on what AP and AQ showed, and on the older sets AH and AI
(commits 6e8d42b to 68c880d).

Held-out sets AR and AS (20 texts each, 157 quotes and 62 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of commit 68c880d: span exact F1 AR 0.97, AS 1.00, AR+AS 0.99;
span+speaker F1 AR 0.92, AS 0.93, AR+AS 0.92 (P 0.93 / R 0.92); posts F1 AR
0.85, AS 0.81, AR+AS 0.83 (P 0.84 / R 0.82); people names F1 AR+AS 0.96.
Rules were then fixed on what AR and AS showed (commits 714e621 to 8c0fed9).
One of those changes, that an interview with no outlet named is the story's own
and no post, follows a convention that the writers of AN, AR, AT and AU each
stated in their docstrings; AT's and AU's docstrings were read before their
first run, their texts were not.

Held-out sets AT and AU (20 texts each, 149 quotes and 63 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of commit 8c0fed9: span exact F1 AT 1.00, AU 1.00; span+speaker F1 AT
0.97, AU 0.95, AT+AU 0.96 (P 0.96 / R 0.96); posts F1 AT 0.83, AU 0.70, AT+AU
0.76 (P 0.76 / R 0.76); people names F1 AT+AU 0.94. Rules were then fixed on
what AT and AU showed (commit 0e08b00).

Held-out sets AV and AW (20 texts each, 151 quotes and 63 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
rules of commit 47d73f7, after the fixes made on AT and AU: span exact F1 AV
0.99, AW 1.00, AV+AW 1.00; span+speaker F1 AV 0.97, AW 0.93, AV+AW 0.95 (P
0.95 / R 0.95); posts F1 AV 0.86, AW 0.90, AV+AW 0.88 (P 0.89 / R 0.87); people
names F1 AV+AW 0.96. No rule was changed after this run.

Held-out sets AX and AY (20 texts each, 148 quotes and 60 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
same rules (commit a5556b3; rules as of 47d73f7): span exact F1 AX 0.99, AY
0.99; span+speaker F1 AX 0.94, AY 0.98, AX+AY 0.96 (P 0.97 / R 0.95); posts F1
AX 0.77, AY 0.83, AX+AY 0.80 (P 0.82 / R 0.78); people names F1 AX+AY 0.98.
AV-AY together, 80 texts on one set of rules: span+speaker F1 0.95 (P 0.96 / R
0.95), posts F1 0.84 (P 0.86 / R 0.83). Rules were then fixed on what AX and
AY showed (commit a2e32dd).

Held-out sets AZ and BA (20 texts each, 151 quotes and 60 posts, written the
same way, committed before any rule was run on them). Recorded first run on the
delivered rules (commit a2e32dd; no rule was changed after it): span exact F1
AZ 0.99, BA 0.98, AZ+BA 0.99; span+speaker F1 AZ 0.91, BA 0.94, AZ+BA 0.93 (P
0.92 / R 0.93); posts F1 AZ 0.82, BA 0.76, AZ+BA 0.79 (P 0.80 / R 0.78); people
names F1 AZ+BA 0.93. This is the unseen-text estimate of the delivered rules:
speakers above the 0.90 target, posts below 0.85. The first runs of this round
(AL-BA, 320 texts, each pair on the rules of its day) gave span+speaker F1
0.92-0.96 and posts F1 0.76-0.88. A later commit (0d80127) fixed two forms
BA showed, and the next round's first rule commits (f5a1595, b1e36c9) fixed
forms AT-BA still showed.

Held-out sets BB and BC (20 texts each, 184 quotes and 112 posts). Their
writers had a new brief with the same conventions that asked for more posts per
text (about 3, up to 5) and a wide spread of forms: Facebook groups, Nextdoor,
Threads, Bluesky, replies to comments, quote-posts, magazine profiles, studies
in journals, posts only described and never quoted. Committed before any rule
was run on them. Recorded first run on the rules of commit b1e36c9: span exact
F1 BB 0.99, BC 0.98, BB+BC 0.99; span+speaker F1 BB 0.95, BC 0.88, BB+BC 0.91
(P 0.93 / R 0.90); posts F1 BB 0.72 (P 0.81 / R 0.66), BC 0.64 (P 0.67 / R
0.61), BB+BC 0.68 (P 0.74 / R 0.63); people names F1 BB+BC 0.95.

Held-out sets BD and BE (20 texts each, 205 quotes and 109 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit f267499, after the fixes made on BB and BC:
span exact F1 BD 0.98, BE 0.99, BD+BE 0.99; span+speaker F1 BD 0.91, BE 0.87,
BD+BE 0.89 (P 0.90 / R 0.88); posts F1 BD 0.71 (P 0.74 / R 0.69), BE 0.53 (P
0.55 / R 0.51), BD+BE 0.62 (P 0.64 / R 0.60); people names F1 BD+BE 0.90.

Held-out sets BF and BG (20 texts each, 197 quotes and 115 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit 8d213fa, after the fixes made on BB-BE: span
exact F1 BF 0.99, BG 0.98, BF+BG 0.99; span+speaker F1 BF 0.85, BG 0.87, BF+BG
0.86 (P 0.87 / R 0.85); posts F1 BF 0.76 (P 0.79 / R 0.72), BG 0.53 (P 0.55 /
R 0.51), BF+BG 0.64 (P 0.67 / R 0.62); people names F1 BF+BG 0.92. On texts of
the broader brief, the three first runs (BB+BC, BD+BE, BF+BG) gave posts F1
0.68, 0.62 and 0.64 and span+speaker F1 0.91, 0.89 and 0.86: below both
targets.

Held-out sets BH and BI (20 texts each, 201 quotes and 114 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit 25fdd39, after the fixes made on BB-BG: span
exact F1 BH 0.99, BI 0.97, BH+BI 0.98; span+speaker F1 BH 0.88, BI 0.85, BH+BI
0.87 (P 0.88 / R 0.85); posts F1 BH 0.67 (P 0.70 / R 0.64), BI 0.69 (P 0.72 /
R 0.66), BH+BI 0.68 (P 0.71 / R 0.65); people names F1 BH+BI 0.93.

Held-out sets BJ and BK (20 texts each, 193 quotes and 107 posts), written to
the same broader brief and committed before any rule was run on them (the
writer of BJ also saw the first case under BA's docstring: a gold example, no
rule). Recorded first run on the rules of commit 1d32670, after the fixes made
on BH and BI: span exact F1 BJ 0.99, BK 0.99, BJ+BK 0.99; span+speaker F1 BJ
0.95, BK 0.92, BJ+BK 0.94 (P 0.94 / R 0.93); posts F1 BJ 0.85 (P 0.87 / R
0.83), BK 0.74 (P 0.76 / R 0.72), BJ+BK 0.79 (P 0.81 / R 0.78); people names
F1 BJ+BK 0.93.

Held-out sets BL and BM (20 texts each, 196 quotes and 111 posts), written to
the same broader brief and committed before any rule was run on them (the
writer of BL also saw the last lines of the BA file: brackets, no rule).
Recorded first run on the rules of commit 9f0b628, after the fixes made on BJ
and BK: span exact F1 BL 0.99, BM 1.00, BL+BM 1.00; span+speaker F1 BL 0.80,
BM 0.86, BL+BM 0.83 (P 0.84 / R 0.83); posts F1 BL 0.64 (P 0.67 / R 0.61), BM
0.77 (P 0.79 / R 0.75), BL+BM 0.70 (P 0.73 / R 0.68); people names F1 BL+BM
0.87. The five first runs on texts of the broader brief (BB-BM, 200 texts) give
span+speaker F1 0.83-0.94 and posts F1 0.62-0.79.

Held-out sets BN and BO (20 texts each, 188 quotes and 113 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit 0b7611f, after the fixes made on BL and BM:
span exact F1 BN 0.98, BO 1.00, BN+BO 0.99; span+speaker F1 BN 0.87, BO 0.95,
BN+BO 0.91 (P 0.91 / R 0.90); posts F1 BN 0.68 (P 0.74 / R 0.62), BO 0.67 (P
0.69 / R 0.65), BN+BO 0.67 (P 0.71 / R 0.64); people names F1 BN+BO 0.96.

Held-out sets BP and BQ (20 texts each, 193 quotes and 111 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit f1c9439, after the fixes made on BN and BO:
span exact F1 BP 0.99, BQ 1.00, BP+BQ 0.99; span+speaker F1 BP 0.93, BQ 0.85,
BP+BQ 0.89 (P 0.90 / R 0.89); posts F1 BP 0.70 (P 0.73 / R 0.67), BQ 0.65 (P
0.67 / R 0.62), BP+BQ 0.67 (P 0.70 / R 0.65); people names F1 BP+BQ 0.92. Over
the seven first runs on the broader brief (BB-BQ, 280 texts), span+speaker F1
was 0.83-0.94 (about 0.89 on average) and posts F1 0.62-0.79 (about 0.68).

Held-out sets BR and BS (20 texts each, 199 quotes and 114 posts), written to
the same broader brief and committed before any rule was run on them. Recorded
first run on the rules of commit 0d88130, after the fixes made on BP and BQ and a
review: span exact F1 BR 1.00, BS 0.99,
BR+BS 1.00; span+speaker F1 BR 0.87, BS 0.89, BR+BS 0.88 (P 0.88 / R 0.87);
posts F1 BR 0.63 (P 0.64 / R 0.63), BS 0.80 (P 0.83 / R 0.78), BR+BS 0.71 (P
0.73 / R 0.70); people names F1 BR+BS 0.96: below both targets. Rules were then
fixed on what BR and BS showed.

Held-out sets BT and BU (20 texts each, 157 quotes and 95 posts), written to
the same broader brief and committed before any rule was run on them (the
writer of BT also saw cases 4-8 of set W: gold examples, no rule). Both writers
had about twenty minutes, and their texts are shorter than the earlier pairs'
(71-145 words, 102 on average, against 106-172 and 136 for BR+BS; about 2.4
posts and 3.9 quotes per text, against 2.9 and 5.0). Recorded first run on the delivered rules (commit 7df3f14, after
the fixes made on BR and BS; no rule was changed after it): span exact F1 BT
0.99, BU 1.00, BT+BU 1.00; span+speaker F1 BT 0.98, BU 0.90, BT+BU 0.94 (P 0.94
/ R 0.94); posts F1 BT 0.88 (P 0.88 / R 0.88), BU 0.85 (P 0.85 / R 0.85), BT+BU
0.86 (P 0.86 / R 0.86); people names F1 BT+BU 0.97. This is the unseen-text
estimate of the delivered rules; it is the first pair of the broader brief on
which both targets are met, and on shorter texts than the pairs before it.

Held-out sets BV and BW (20 texts each, 210 quotes and 144 posts), written to
the same broader brief with texts of 130-190 words asked for (135-153, 141 on
average; about 3.6 posts and 5.3 quotes per text), and committed before any rule
was run on them. Neither writer read a rule; each read BU's docstring and its
first two cases, as the brief allowed. Recorded first run on the same delivered
rules as BT+BU (2ed9b97, whose output over every benchmark text is byte for
byte that of 7df3f14): span exact F1 BV 1.00, BW 1.00, BV+BW 1.00;
span+speaker F1 BV 0.89, BW 0.91, BV+BW 0.90 (P 0.90 / R 0.90); posts F1 BV
0.70 (P 0.73 / R 0.67), BW 0.72 (P 0.78 / R 0.66), BV+BW 0.71 (P 0.76 / R
0.67); people names F1 BV+BW 0.95. On texts as long as the earlier pairs', the
delivered rules meet the speaker target and stay well below the posts target:
BT+BU's 0.86 was the easier pair's figure. Rules were then fixed on what BV and
BW showed (and on BT and BU's misses), so none of BT-BW is unseen any more.

Held-out sets BX and BY (20 texts each, 211 quotes and 136 posts; 151 and 141
words per text, about 3.4 posts per text), written to the same brief with
topics of their own (BX: entertainment, music, film, fashion, food, travel,
religion; BY: local government, unions, weather, science, schools, policing),
and committed before any rule was run on them. Neither writer read a rule; each
read BU's docstring and first two cases. Recorded first run on the rules of
4ba3bb3 (after the fixes on BT-BW): span exact F1 BX 1.00, BY 0.99, BX+BY 0.99;
span+speaker F1 BX 0.90, BY 0.91, BX+BY 0.90 (P 0.90 / R 0.90); posts F1 BX
0.61 (P 0.62 / R 0.60), BY 0.73 (P 0.77 / R 0.70), BX+BY 0.67 (P 0.70 / R
0.65); people names F1 BX+BY 0.95. The fixes on BV and BW (which took those
sets from 0.71 to 0.87 on posts) did not carry to this pair: speakers at the
target, posts far below it. Rules were then fixed on what BX and BY showed.

Held-out sets BZ and CA (20 texts each, 210 quotes and 145 posts; 142 words
per text, about 3.6 posts per text), written to the same brief with topics of
their own (BZ: business, technology, finance, retail, media; CA: health, sport,
the outdoors, animals, transport, courts) and committed before any rule was run
on them. Neither writer read a rule; each read BU's docstring and first two
cases (and the name of its third case). Recorded first run on the rules of
f78ee09 (after the fixes on BX and BY): span exact F1 BZ 1.00, CA 1.00; span+
speaker F1 BZ 0.91, CA 0.89, BZ+CA 0.90 (P 0.90 / R 0.90); posts F1 BZ 0.71
(P 0.70 / R 0.71), CA 0.72 (P 0.77 / R 0.68), BZ+CA 0.71 (P 0.73 / R 0.70);
people names F1 BZ+CA 0.91. Rules were then fixed on what BZ and CA showed.

Held-out sets CB and CC (20 texts each, 213 quotes and 153 posts; 138 and 141
words per text, about 3.8 posts per text), written to the same brief as mixed
news wires (CB: politics, crime, celebrity, technology, sport, local news; CC:
world news, culture, science, business, education, consumer news) and
committed before any rule was run on them. Neither writer read a rule; each
read BU's docstring and first two cases (the CB writer also saw the name of its
third case). Recorded first run on the rules of ba557d1 (after the fixes on BZ
and CA): span exact F1 CB 1.00, CC 0.99; span+speaker F1 CB 0.93, CC 0.84,
CB+CC 0.88 (P 0.88 / R 0.89); posts F1 CB 0.82 (P 0.84 / R 0.81), CC 0.72 (P
0.74 / R 0.69), CB+CC 0.77 (P 0.79 / R 0.75); people names F1 CB+CC 0.96.
Rules were then fixed on what CB and CC showed.

Held-out sets CD and CE (20 texts each, 210 quotes and 150 posts; 139 and 142
words per text, about 3.8 posts per text), written to the same brief as general
news wires (CD: politics, courts, health, sport, culture, business; CE: local
news, technology, science, entertainment, weather, education) and committed
before any rule was run on them. Neither writer read a rule; each read BU's
docstring and first two cases (and saw the name of its third). Recorded first
run on the rules of 0982ea8 (after the fixes on CB and CC): span exact F1 CD
1.00, CE 1.00; span+speaker F1 CD 0.95, CE 0.93, CD+CE 0.94 (P 0.94 / R 0.94);
posts F1 CD 0.84 (P 0.87 / R 0.81), CE 0.78 (P 0.80 / R 0.77), CD+CE 0.81 (P
0.83 / R 0.79); people names F1 CD+CE 0.95. Rules were then fixed on what CD
and CE showed.

Held-out sets CF and CG (20 texts each, 210 quotes and 156 posts; 146 and 143
words per text, about 3.9 posts per text), written to the same brief as general
news wires (CF: elections, crime, arts and books, health, sport, technology;
CG: local councils, transport, food, music, science, business) and committed
before any rule was run on them. Neither writer read a rule; each read BU's
docstring and first two cases (the CF writer also saw the name of its third).
Recorded first run on the rules of 6501667 (after the fixes on CD and CE): span
exact F1 CF 1.00, CG 1.00; span+speaker F1 CF 0.93, CG 0.90, CF+CG 0.91 (P
0.91 / R 0.91); posts F1 CF 0.82 (P 0.85 / R 0.79), CG 0.81 (P 0.81 / R 0.81),
CF+CG 0.81 (P 0.83 / R 0.80); people names F1 CF+CG 0.95. Rules were then
fixed on what CF and CG showed.

Held-out sets CH and CI (20 texts each, 210 quotes and 149 posts; 144 and 141
words per text, about 3.7 posts per text), written to the same brief as general
news wires (CH: national politics, the environment, celebrity, courts, sport,
technology; CI: local news, health, business, culture, education, travel) and
committed before any rule was run on them. Neither writer read a rule; each
read BU's docstring and first two cases (the CH writer also saw the first two
lines of its third case). Recorded first run on the rules of 42d2343 (after the
fixes on CF and CG): span exact F1 CH 1.00, CI 1.00; span+speaker F1 CH 0.91,
CI 0.89, CH+CI 0.90 (P 0.90 / R 0.90); posts F1 CH 0.76 (P 0.78 / R 0.75), CI
0.79 (P 0.79 / R 0.80), CH+CI 0.78 (P 0.78 / R 0.77); people names F1 CH+CI
0.94. Rules were then fixed on what CH and CI showed.

Held-out sets CJ and CK (20 texts each, 205 quotes and 139 posts; 141 and 146
words per text, about 3.5 posts per text), written to the same brief as general
news wires (CJ: world news, business, crime, music, science, sport; CK: local
government, technology, health, film and television, schools, weather) and
committed before any rule was run on them. Neither writer read a rule; each
read BU's docstring and first two cases (the CJ writer also saw the name of its
third). Recorded first run on the rules of 7c9685f (after the fixes on CH and
CI): span exact F1 CJ 1.00, CK 1.00; span+speaker F1 CJ 0.90, CK 0.91, CJ+CK
0.91 (P 0.90 / R 0.91); posts F1 CJ 0.72 (P 0.76 / R 0.69), CK 0.71 (P 0.73 /
R 0.68), CJ+CK 0.71 (P 0.75 / R 0.68); people names F1 CJ+CK 0.94. Over the
eight pairs of this brief with texts of 130-190 words, the first runs on posts
went 0.71, 0.67, 0.71, 0.77, 0.81, 0.81, 0.78, 0.71, each on the rules fixed on
the pairs before it: one pair of about 145 posts is good to about +/-0.05, and
no pair met the 0.85 target. Rules were then fixed on what CJ and CK showed (a
study in a journal the story names is a post, quoted or not, as the writers of
BX-CK all have it and the earlier writers did not).

Held-out sets CL and CM (20 texts each, 200 quotes and 144 posts; 149 and 142
words per text, about 3.6 posts per text), written to the same brief as general
news wires (CL: politics, business, science, sport, culture, local news; CM:
courts, technology, health, entertainment, education, the environment) and
committed before any rule was run on them. Neither writer read a rule; each
read BU's docstring and first two cases (and saw the name of its third).
Recorded first run on the delivered rules (6fff351, after the fixes on CJ and
CK; no rule was changed after it): span exact F1 CL 1.00, CM 1.00; span+speaker
F1 CL 0.90, CM 0.93, CL+CM 0.91 (P 0.91 / R 0.92); posts F1 CL 0.79 (P 0.81 /
R 0.77), CM 0.77 (P 0.80 / R 0.74), CL+CM 0.78 (P 0.80 / R 0.76); people names
F1 CL+CM 0.93. This is the unseen-text estimate of the delivered rules: speakers
at the 0.90 target, posts below 0.85. Over the nine pairs of this brief with
texts of 130-190 words, the first runs on posts went 0.71, 0.67, 0.71, 0.77,
0.81, 0.81, 0.78, 0.71, 0.78.

Held-out sets CN and CO (20 texts each, 195 quotes and 123 posts; 166 and 153
words per text, about 3.1 posts per text), written to the same brief (CN: local
government, courts, health, small business; CO: entertainment, sport,
technology, science) and committed before any rule was run on them. Neither
writer read a rule; each read BU's docstring and first two cases (the CN writer
also saw the name of its third). Both record decisions earlier writers did not
make: a statement, lawsuit or study credited to a named person (a study's lead
author) is that person's post. Recorded first run on the rules of 894245a
(after fixes on CL and CM): span exact F1 CN 1.00, CO 1.00; span+speaker F1 CN
0.94, CO 0.91, CN+CO 0.92 (P 0.92 / R 0.92); posts F1 CN 0.71 (P 0.74 / R 0.68),
CO 0.58 (P 0.59 / R 0.58), CN+CO 0.64 (P 0.65 / R 0.63); people names F1 CN+CO
0.94.

Held-out sets CP and CQ (20 texts each, 204 quotes and 136 posts; 174 and 155
words per text, about 3.4 posts per text), written to the same brief (CP:
transport, education, weather, agriculture; CQ: finance, music, religion, the
environment) and committed before any rule was run on them. Neither writer read
a rule; each read BU's docstring and first two cases (a search of the file showed
the CP writer the names of its next three cases). Recorded first run on the
rules of 1ee094e (after fixes on CN and CO): span exact F1 CP 0.99, CQ 1.00;
span+speaker F1 CP 0.90, CQ 0.91, CP+CQ 0.91 (P 0.91 / R 0.91); posts F1 CP
0.76 (P 0.77 / R 0.76), CQ 0.78 (P 0.78 / R 0.79), CP+CQ 0.77 (P 0.77 / R 0.77);
people names F1 CP+CQ 0.89 (these writers list everyone named, speaker or not).

Held-out sets CR and CS (20 texts each, 207 quotes and 145 posts; 164 and 159
words per text, about 3.6 posts per text), written to the same brief (CR:
housing, labour, policing, food; CS: aviation, fashion, gaming, public health)
and committed before any rule was run on them. Neither writer read a rule; the
CS writer read BU's docstring and first two cases, the CR writer those and, by
mistake, part of BU's third case. Recorded first run on the rules of 37962a4
(after fixes on CP and CQ, with the date rules of dates-tbaq): span exact F1 CR
0.99, CS 1.00; span+speaker F1 CR 0.91, CS 0.93, CR+CS 0.92 (P 0.92 / R 0.91);
posts F1 CR 0.74 (P 0.77 / R 0.71), CS 0.87 (P 0.88 / R 0.86), CR+CS 0.81
(P 0.83 / R 0.79); people names F1 CR+CS 0.96.

Held-out sets CV and CW (20 texts each, 204 quotes and 133 posts; 154 and 162
words per text, about 3.3 posts per text), written to the same brief (CV:
sport, local courts, farming, the arts; CW: technology, science, transport,
city politics) and committed before any rule was run on them. Neither writer
read a rule; each read BU's docstring and first two cases. Recorded first run
on the rules of c21c3a5 (after fixes on CR and CS): span exact F1 CV 1.00, CW
1.00; span+speaker F1 CV 0.94, CW 0.92, CV+CW 0.93 (P 0.93 / R 0.93); posts F1
CV 0.81 (P 0.83 / R 0.79), CW 0.66 (P 0.70 / R 0.63), CV+CW 0.73 (P 0.76 /
R 0.70); people names F1 CV+CW 0.95.

Held-out sets CX and CY (20 texts each, 203 quotes and 116 posts; 156 and 151
words per text, about 2.9 posts per text), written to the same brief (CX:
health, business, music, education; CY: the environment, crime, media,
religion) and committed before any rule was run on them. Neither writer read a
rule; the CY writer read BU's docstring and first two cases (a search of the
file showed it the names of the next three), the CX writer those
and, by mistake, the first rows of BU's third case. Recorded first run on the
rules of 6e8d41b (after fixes on CV and CW): span exact F1 CX 1.00, CY 0.99;
span+speaker F1 CX 0.95, CY 0.90, CX+CY 0.93 (P 0.93 / R 0.93); posts F1 CX
0.82 (P 0.84 / R 0.81), CY 0.78 (P 0.79 / R 0.76), CX+CY 0.80 (P 0.81 / R 0.78);
people names F1 CX+CY 0.95.

Held-out sets CZ and DA (20 texts each, 190 quotes and 138 posts; 146 and 159
words per text, about 3.5 posts per text), written to the same brief (CZ:
immigration, science, retail, sport; DA: entertainment, courts, transport,
health) and committed before any rule was run on them. Neither writer read a
rule; each read BU's docstring and first two cases. Recorded first run on the
rules of 92de8a3 (after fixes on CX and CY): span exact F1 CZ 0.99, DA 1.00;
span+speaker F1 CZ 0.93, DA 0.87, CZ+DA 0.90 (P 0.90 / R 0.90); posts F1 CZ
0.82 (P 0.86 / R 0.79), DA 0.79 (P 0.81 / R 0.77), CZ+DA 0.81 (P 0.83 / R 0.78);
people names F1 CZ+DA 0.97.

Held-out sets CT, CU, DB and DC (20 texts each, 406 quotes and 249 posts; 147-157
words per text, about 3.1 posts per text), written to the same brief (CT:
energy, elections, museums, shipping; CU: theatre, retail, wildlife,
universities; DB: politics, weather, technology, food; DC: business, sport,
education, the arts) and committed before any rule was run on them; CT and CU
were written early in the session and kept back, unread, until eea8a21. No
writer read a rule; each read BU's docstring and first two cases (the CU writer
also, by mistake, BU's third case and the start of its fourth; a search of the
file showed the CT writer the third case's name). Recorded first run on the
rules of eea8a21 (after the fixes on CL-DA and a review): span exact F1 CT 0.99,
CU 0.99, DB 1.00, DC 0.99; span+speaker F1 CT 0.92, CU 0.91, DB 0.95, DC 0.91, all four 0.92
(P 0.92 / R 0.92); posts F1 CT 0.68 (P 0.67 / R 0.68), CU 0.72 (P 0.72 /
R 0.72), DB 0.76 (P 0.77 / R 0.75), DC 0.74 (P 0.77 / R 0.71), all four 0.72
(P 0.73 / R 0.72); people names F1 0.95. This is the unseen-text estimate of the
rules of eea8a21: speakers above the 0.90 target, posts well below 0.85. Rules
were then fixed on what these four sets showed, so they are no longer unseen.

Held-out sets DD, DE, DF and DG (20 texts each, 385 quotes and 265 posts; 152-161
words per text, about 3.3 posts per text), written to the same brief (DD:
courts, public health, aviation, music; DE: business, local politics, science,
sport; DF: education, technology, religion, food; DG: weather, entertainment,
labour, the environment) and committed before any rule was run on them, while
the rules were being fixed on CT, CU, DB and DC. No writer read a rule; each read
BU's docstring and first two cases (the DE writer also saw the name of BU's third
case, and the DG writer imported BU's module once to compare its keys). Recorded
first run on the delivered rules (903a884; no rule was changed after it): span
exact F1 DD 0.99, DE 1.00, DF 0.99, DG 0.99; span+speaker F1 DD 0.90, DE 0.99,
DF 0.88, DG 0.96, all four 0.93 (P 0.94 / R 0.93); posts F1 DD 0.84 (P 0.86 /
R 0.81), DE 0.90 (P 0.92 / R 0.88), DF 0.80 (P 0.82 / R 0.79), DG 0.86 (P 0.89 /
R 0.84), all four 0.849 (P 0.870 / R 0.830); people names F1 0.96. This was the
unseen-text estimate of the rules of 903a884: speakers above the 0.90 target,
posts just under 0.85 (the four sets ranged 0.80-0.90, so one set is good to
about +/-0.05 and the 80 texts to about +/-0.03). Rules were then fixed on what
these four sets showed, so they are no longer unseen.

Held-out sets DH, DI, DJ and DK (20 texts each, 377 quotes and 257 posts; 148-159
words per text, about 3.2 posts per text), written to the same brief (DH:
housing, sport, media, science; DI: courts, farming, technology, the arts; DJ:
health, transport, business, religion; DK: elections, food, weather,
universities) and committed before any rule was run on them, while the rules
were being fixed on DD, DE, DF and DG. No writer read a rule; each read BU's
docstring and first two cases only. Recorded first run on the delivered rules
(caaa191; no rule was changed after it): span exact F1 DH 0.98, DI 0.99, DJ
0.99, DK 1.00; span+speaker F1 DH 0.94, DI 0.92, DJ 0.88, DK 0.92, all four 0.91
(P 0.91 / R 0.92); posts F1 DH 0.72 (P 0.75 / R 0.69), DI 0.72 (P 0.75 /
R 0.70), DJ 0.76 (P 0.78 / R 0.73), DK 0.80 (P 0.82 / R 0.79), all four 0.75
(P 0.78 / R 0.73); people names F1 0.96. This is the unseen-text estimate of the
delivered rules: speakers above the 0.90 target, posts below 0.85. Over the
three blocks of 80 unseen texts this session (on three successive rule sets)
posts went 0.72, 0.849 and 0.75: the blocks differ by more than the rules did.
Rules were then fixed on what these four sets showed, so they are no longer
unseen.

Held-out sets DL, DM, DN and DO (20 texts each, 387 quotes and 260 posts;
139-190 words per text, about 3.3 posts per text), written to the same brief
(re-written from the earlier one's constraints: read only DESIGN.md and BU's
docstring and first two cases, never a rule) with new topics (DL: shipping,
classical music, religious bodies, cricket and rugby, councils, food recalls,
radio, family businesses; DM: aviation, retail, public health, athletics,
courts, games, publishing, charities; DN: mining and energy, festivals,
universities, football transfers, elections, weather, restaurants, start-ups;
DO: farming, museums, hospitals, tennis and golf, strikes, streamers, banking,
wildlife) and committed before any rule was run on them, while the rules were
being fixed on DH-DK. No writer read a rule; the DN writer saw the subject of
the last commit before it wrote (it names a shared pattern for "The authors,
led by …"), and the DM writer read the ruff settings in pyproject.toml.
Recorded first run on the rules of 7303250: span exact F1 DL 0.99, DM 0.99, DN
1.00, DO 0.99; span+speaker F1 DL 0.94, DM 0.93, DN 0.92, DO 0.92, all four
0.93 (P 0.93 / R 0.93); posts F1 DL 0.76 (P 0.80 / R 0.73), DM 0.80 (P 0.82 /
R 0.79), DN 0.73 (P 0.82 / R 0.66), DO 0.84 (P 0.84 / R 0.84), all four 0.786
(P 0.820 / R 0.754); people names F1 0.93. This is the unseen-text estimate of
the rules of 7303250: speakers above the 0.90 target, posts below 0.85. Rules
were then fixed on what DH-DO showed, so they are no longer unseen.

Held-out sets DP, DQ, DR and DS (20 texts each, 355 quotes and 265 posts;
135-181 words per text, about 3.3 posts per text), written to the same brief
with new topics (DP: insurance, dance, prisons, swimming and rowing, housing,
toys, translation, volunteers; DQ: telecoms, comedy, veterans, racing, regional
parliaments, cosmetics, archives, fisheries; DR: pharmacies, jazz and folk,
inquests, motor racing, school boards, estate agents, astronomy, shelters; DS:
water, architecture, immigration, esports and chess, budgets, craft beer,
newspapers, mountain rescue) and committed before any rule was run on them,
while the rules were being fixed on DH-DO. No writer read a rule; the DQ writer
saw the subjects of the three commits before it wrote (release and statement
patterns, wine businesses, Pandit as a title, a judge's order as a document),
and the DS writer read the ruff settings in pyproject.toml. Recorded first run
on the delivered rules (3939216; no rule was changed after it): span exact F1 DP
0.99, DQ 0.99, DR 1.00, DS 0.99; span+speaker F1 DP 0.90, DQ 0.87, DR 0.92, DS
0.90, all four 0.90 (P 0.91 / R 0.90); posts F1 DP 0.86 (P 0.87 / R 0.84), DQ
0.78 (P 0.79 / R 0.76), DR 0.84 (P 0.88 / R 0.81), DS 0.75 (P 0.79 / R 0.71),
all four 0.807 (P 0.835 / R 0.781); people names F1 0.94. This was the
unseen-text estimate of the rules of 3939216: speakers at the 0.90 target, posts
below 0.85. Rules were then fixed on DP-DS too, so they are no longer unseen.

Held-out sets DT, DU, DV and DW (20 texts each, 380 quotes and 261 posts;
140-182 words per text, about 3.3 posts per text), written to the same brief
with new topics (DT: transport and cycling, opera and choirs, child protection,
ice hockey and curling, city budgets, food prices, language schools, sailing;
DU: power cuts, street art, refugees, boxing, referendums, appliance recalls,
zoos, unions; DV: waiting lists, documentaries, fraud trials, skiing, mayoral
races, bookshops, drones, orchards; DW: airports, folk festivals, housing
tribunals, badminton and table tennis, school uniforms, coffee chains,
satellites, dog shows) and committed before any rule was run on them, while
the rules were being fixed on DP-DS. No writer read a rule or a commit message
(they were told not to run git log); the DT writer read the ruff settings in
pyproject.toml. Recorded first run on the delivered rules (b73096e; no rule was
changed after it): span exact F1 DT 1.00, DU 0.99, DV 1.00, DW 1.00;
span+speaker F1 DT 0.95, DU 0.91, DV 0.90, DW 0.88, all four 0.91 (P 0.91 /
R 0.91); posts F1 DT 0.92 (P 0.94 / R 0.90), DU 0.82 (P 0.84 / R 0.79), DV 0.76
(P 0.77 / R 0.74), DW 0.79 (P 0.83 / R 0.76), all four 0.821 (P 0.846 /
R 0.797); people names F1 0.93. This was the unseen-text estimate of the rules
of b73096e: speakers above the 0.90 target, posts below 0.85. Rules were then
fixed on DT-DW (and DH-DS), so they are no longer unseen.

Held-out sets DX, DY, DZ and EA (20 texts each, 400 quotes and 272 posts;
136-178 words per text, about 3.4 posts per text), written to the same brief
with a topic area each (DX: local government, transport and housing; DY: sport,
fitness and the outdoors; DZ: science, medicine and technology companies; EA:
arts, food, fashion and celebrity culture) and committed before any rule was
run on them, while the rules were being fixed on DT-DW. No writer read a rule
or a commit message. What they saw beyond the brief, as they reported it: the DX
and DY writers counted the files in tests/extraction (the count only, no
names); the DY writer ran a command over BU's lines after 150 that printed
nothing, and the DZ writer one that showed nothing; the DX, DZ and EA writers
saw ruff format rewrap their data to the project's line length. The rules were
reviewed (a helper reproduced 16 groups of misfires on ordinary sentences, all
fixed in b82b43f) before this run. Recorded first run on the rules delivered at
that stop (b82b43f; no rule was changed after it then): span exact F1 DX 0.99, DY 0.99, DZ
0.99, EA 0.99; span+speaker F1 DX 0.95, DY 0.93, DZ 0.84, EA 0.85, all four
0.888 (P 0.892 / R 0.885); posts F1 DX 0.86 (P 0.88 / R 0.85), DY 0.83 (P 0.85 /
R 0.81), DZ 0.75 (P 0.75 / R 0.74), EA 0.74 (P 0.78 / R 0.71), all four 0.793
(P 0.812 / R 0.776); people names F1 0.93. This was the unseen-text estimate of
the rules of b82b43f: speakers just under the 0.90 target, posts below 0.85.
Rules were then fixed on DX-EA, so they are no longer unseen (all four 0.967 /
0.882 after the fixes).

Held-out sets EB, EC, ED and EE (20 texts each, 377 quotes and 226 posts;
133-166 words per text, about 2.8 posts per text), written to the same brief
with a topic area each (EB: courts, crime, policing, prisons and the law; EC:
business, finance, labour, retail and trade unions; ED: health services,
schools and universities, the environment, weather and farming; EE:
international politics, diplomacy, elections, war and migration) and committed
before any rule was run on them, while the rules were being fixed on DX-EA. No
writer read a rule or a commit message. What they saw beyond the brief, as they
reported it: the ED and EE writers counted the entries in tests/extraction (the
count only, 156, no names); the EE writer ran git show --stat on its own new
file; the EB and EC writers reported nothing beyond git status and listing the
virtualenv's bin folder. The rules were reviewed twice (helpers reproduced
misfires on ordinary sentences, all fixed in 73ffad5 and 6841c80) before this
run. Recorded first run on the delivered rules (6841c80; no rule was changed
after it): span exact F1 EB 0.99, EC 1.00, ED 0.99, EE 0.98; span+speaker F1 EB
0.89, EC 0.91, ED 0.95, EE 0.89, all four 0.908 (P 0.910 / R 0.907); posts F1
EB 0.70 (P 0.74 / R 0.66), EC 0.76 (P 0.77 / R 0.75), ED 0.87 (P 0.92 / R 0.83),
EE 0.75 (P 0.76 / R 0.73), all four 0.769 (P 0.796 / R 0.743); people names F1
0.95. The rules of the round's start (ee1fe11), run on the same four sets
afterwards for comparison only, gave speakers 0.905 and posts 0.764. This is
the unseen-text estimate of the delivered rules: speakers above the 0.90
target, posts below 0.85. Rules were then fixed on EB-EE, so they are no longer
unseen (all four 0.954 / 0.900 after the fixes).

Held-out sets EF, EG, EH and EI (20 texts each, 386 quotes and 229 posts;
132-178 words per text, about 2.9 posts per text), written to the same brief
with a topic area each (EF: local news, city councils, housing, transport and
community groups; EG: science, space, medical research and technology
companies; EH: arts, media, film, music, publishing and celebrity; EI: sport,
athletes, clubs, leagues and sport's business) and committed before any rule
was run on them, at the start of the round that fixed the rules on EB-EE. No
writer read a rule or a commit message. What they saw beyond the brief, as they
reported it: the EH writer counted the files in tests/extraction (the count
only, 160, no names); the others ran nothing beyond git status, git rev-parse
and their own checking scripts. The EH writer listed in people only those who
speak or post (the others list everyone named), which lowers EH's people F1
only. The rules were reviewed twice (helpers reproduced misfires on ordinary
sentences, fixed in 354c72d and 03c09f1) before this run. Recorded first run
on the rules of 03c09f1 (no rule was changed before the run was recorded): span exact F1
EF 1.00, EG 0.99, EH 1.00, EI 0.995; span+speaker F1 EF 1.00, EG 0.96, EH 0.93,
EI 0.95, all four 0.960 (P 0.959 / R 0.961); posts F1 EF 0.89 (P 0.93 / R
0.86), EG 0.80 (P 0.80 / R 0.80), EH 0.88 (P 0.88 / R 0.88), EI 0.84 (P 0.83 /
R 0.84), all four 0.848 (P 0.854 / R 0.843); people names F1 0.95. The rules of
the round's start (f591383), run on the same four sets afterwards for
comparison only, gave speakers 0.960 and posts 0.837 (the fixes moved EG only,
0.75 to 0.80). This is the unseen-text estimate of the rules of 03c09f1:
speakers above the 0.90 target, posts 0.002 below 0.85. Rules were then fixed on
EF-EI, so they are no longer unseen (all four 0.973 / 0.891 after the fixes).

Held-out sets EJ, EK, EL and EM (20 texts each, 360 quotes and 251 posts;
133-169 words per text, about 3.1 posts per text), written to the same brief
with a topic area each (EJ: transport, aviation, energy, utilities and
infrastructure; EK: religion, schools, universities, students and youth; EL:
online creators, technology platforms, gaming and internet culture; EM: food,
restaurants, agriculture, consumer affairs and retail) and committed before any
rule was run on them, while the rules were being fixed on EF-EI. The brief now
said that people lists everyone named. No writer read a rule or a commit
message. What they saw beyond the brief, as they reported it: the EL writer
counted the files in tests/extraction (the count only, 164, no names); the EJ
writer ran git diff --stat, which printed nothing; the others ran nothing
beyond git status, git rev-parse and their own checking scripts. The rules were
reviewed (a helper reproduced misfires on ordinary sentences, fixed in
f468396) before this run. Recorded first run on the rules of f468396
(no rule was changed before the run was recorded): span exact F1 EJ 0.99, EK 1.00, EL 0.99, EM
0.99; span+speaker F1 EJ 0.95, EK 0.89, EL 0.95, EM 0.88, all four 0.918 (P
0.919 / R 0.917); posts F1 EJ 0.82 (P 0.81 / R 0.84), EK 0.80 (P 0.79 / R
0.81), EL 0.76 (P 0.81 / R 0.72), EM 0.87 (P 0.91 / R 0.84), all four 0.814 (P
0.827 / R 0.801); people names F1 0.96. Run on the same four sets afterwards
for comparison only, the session's starting rules (f591383) gave 0.908 / 0.795
and the rules of 6f07354 (after the fixes on EB-EE) gave 0.915 / 0.814. This is
the unseen-text estimate of the rules of f468396: speakers above the 0.90
target, posts below 0.85. Rules were then fixed on EJ-EM, so they are no
longer unseen (all four 0.926 / 0.826 after the fixes).

Held-out sets EN, EO, EP and EQ (20 texts each, 362 quotes and 229 posts;
130-160 words per text, about 2.9 posts per text), written to the same brief
with a topic area each (EN: local politics, elections, campaigns and public
services; EO: health care, hospitals, medicine and public health; EP:
business, markets, start-ups, labour and workplaces; EQ: courts, crime,
policing and civil rights) and committed before any rule was run on them,
while the rules were being fixed on EJ-EM. No writer read a rule or a commit
message. What they saw beyond the brief, as they reported it: the EP writer
counted the files in tests/extraction (the count only, 168, no names) and ran
git diff --stat on its own file; the EN writer listed the folder for its own
file (the count only, 0) and ran an awk over the BU file that printed nothing;
the EO writer ran git log -1 to read its own commit's hash. The rules were
reviewed (a helper reproduced misfires on ordinary sentences, fixed in
91a184a) before this run. Recorded first run on the delivered rules (91a184a;
no rule was changed after it): span exact F1 EN 0.99, EO 0.99, EP 1.00, EQ
0.99; span+speaker F1 EN 0.98, EO 0.96, EP 0.94, EQ 0.94, all four 0.957 (P
0.956 / R 0.959); posts F1 EN 0.88 (P 0.89 / R 0.88), EO 0.90 (P 0.90 / R
0.90), EP 0.76 (P 0.76 / R 0.76), EQ 0.85 (P 0.84 / R 0.86), all four 0.8497
(P 0.848 / R 0.852); people names F1 0.97. Run on the same four sets afterwards
for comparison only, the session's starting rules (f591383) gave 0.954 /
0.842, the rules of 6f07354 0.954 / 0.845 and those of f468396 0.957 / 0.850
(the last round's fixes changed nothing on these sets). That was the
unseen-text estimate of the rules of 91a184a: speakers above the 0.90 target,
posts 0.0003 below 0.85.

Held-out sets ER, ES, ET and EU (20 texts each, 393 quotes and 244 posts;
134-179 words per text, about 3.1 posts per text), written to the same brief
with a topic area each (ER: celebrities, entertainment, film, television and
music; ES: sport, athletes, clubs, leagues, coaches and fans; ET: national
politics, government, diplomacy and international affairs; EU: environment,
climate, weather, disasters and science) and committed (9c40973-757a702)
before any rule was run on them, at the start of the round in which the rules
were fixed on EN-EQ. No writer read a rule or a commit message; beyond the
brief, three of them (ER, ET, EU) ran git status in their own worktree, and
nothing else. Two reviews (helpers who reproduced misfires on ordinary
sentences) were run on the round's rules and their misfires fixed (8d59bb0,
2502ead) before this run. Recorded first run on the delivered rules (2502ead;
no rule was changed after it): span exact F1 ER 1.00, ES 1.00, ET 0.98, EU
0.99; span+speaker F1 ER 0.92, ES 0.92, ET 0.85, EU 0.96, all four 0.912 (P
0.911 / R 0.914); posts F1 ER 0.83 (P 0.86 / R 0.80), ES 0.83 (P 0.87 / R
0.80), ET 0.79 (P 0.81 / R 0.77), EU 0.86 (P 0.85 / R 0.88), all four 0.829 (P
0.846 / R 0.812); span+partial F1 0.989; people names F1 0.96. Run on the same
four sets afterwards for comparison only, the round's starting rules (b445dc2)
gave 0.915 / 0.808: the round's fixes carried over by two points on posts (ER
0.79 to 0.83, ES 0.81 to 0.83, EU 0.85 to 0.86; ET unchanged) and none on
speakers (ER lost one quote). This is the unseen-text estimate of the
delivered rules: speakers above the 0.90 target, posts 0.021 below 0.85.

Held-out sets EV, EW, EX and EY (20 texts each, 339 quotes and 191 posts;
103-180 words per text, about 2.4 posts per text), written to the same brief
with a topic area each (EV: courts, crime, policing and local government; EW:
business, technology companies, markets and labour; EX: health, medicine,
schools and universities; EY: culture, books, music, film, television and the
media) and committed (b5da031-4a296a7) before any rule was run on them, at the
start of the round in which the rules were fixed on ER-EU. Each writer read
only DESIGN.md and BU's first 150 lines and ran no project code; beyond the
brief they ran git status or git log in their own worktree and Python checks
on their own file. Two reviews were run on the round's rules and their
misfires fixed (3b136bd, e8bc7e4) before this run. Recorded first run on the
delivered rules (e8bc7e4; no rule was changed after it): span exact F1 EV
0.99, EW 0.99, EX 0.99, EY 0.99; span+speaker F1 EV 0.91, EW 0.98, EX 0.93,
EY 0.94, all four 0.943 (P 0.939 / R 0.947); posts F1 EV 0.72 (P 0.74 / R
0.70), EW 0.90 (P 0.92 / R 0.88), EX 0.81 (P 0.82 / R 0.80), EY 0.76 (P 0.79 /
R 0.73), all four 0.799 (P 0.819 / R 0.780); span+partial F1 0.990; people
names F1 0.97. Run on the same four sets afterwards for comparison only, the
round's starting rules (5194e50) gave the same quotes, speakers, posts and
people on all 80 texts: the round's fixes (ER-EU 0.912 / 0.829 before, 0.990 /
0.944 after) carried over to none of them. This is the unseen-text estimate
of the delivered rules: speakers above the 0.90 target, posts 0.051 below
0.85.

Held-out sets EZ, FA, FB and FC (20 texts each, 395 quotes and 178 posts;
112-226 words per text, about 2.2 posts per text), written to the same brief
with a topic area each (EZ: world news, diplomacy, conflict, disasters, aid and
migration; FA: celebrities, influencers, reality TV and their social media
posts; FB: local news, transport, housing, weather, councils, community groups
and small businesses; FC: sport, clubs, players, coaches, leagues and fans) and
committed (4237189-1c3d572; daf1e0d only reformatted one string of FA) before
any rule was run on them, at the start of the round in which the rules were
fixed on EV-EY. Each writer read only DESIGN.md and BU's first 150 lines and
ran no project code; beyond the brief they ran git status in their own
worktree, Python checks and generators of their own on their own file, and
(EZ) a grep and a sed inside BU's first 150 lines. Two reviews were run on the
round's rules and their misfires fixed (6a6b249) before this run. Recorded
first run on the delivered rules (6a6b249; no rule was changed after it): span
exact F1 EZ 1.00, FA 0.99, FB 1.00, FC 0.99; span+speaker F1 EZ 0.91, FA 0.93,
FB 0.95, FC 0.92, all four 0.928 (P 0.929 / R 0.927); posts F1 EZ 0.73 (P 0.75
/ R 0.71), FA 0.75 (P 0.71 / R 0.78), FB 0.88 (P 0.88 / R 0.88), FC 0.82 (P
0.83 / R 0.80), all four 0.792 (P 0.792 / R 0.792); span+partial F1 0.996;
people names F1 0.94. Run on the same four sets afterwards for comparison
only, the round's starting rules (7a49fd4) gave 0.923 / 0.787: the round's
fixes (EV-EY 0.943 / 0.799 before, 0.975 / 0.886 after) carried over to FA
alone (speakers 0.906 to 0.931, posts 0.723 to 0.745). This was the unseen-text
estimate of those rules: speakers above the 0.90 target, posts 0.058 below 0.85.

Held-out sets FD, FE, FF and FG (20 texts each, 281 quotes and 166 posts;
about 110 words per text), written to the same brief with a topic area each
(FD: politics and elections; FE: science, technology and the environment; FF:
crime, police and the courts; FG: consumer affairs, travel and food) and
committed (fa48c27-63ce125; 6d5660b only joined split strings) at the start of
the round in which the rules were fixed on EZ-FC, before any rule was run on
them. Each writer read only DESIGN.md and BU's first 150 lines and ran no
project code; beyond the brief they ran git status or git log in their own
worktree, listed the names in tests/extraction, and ran Python checks of their
own on their own file. A review of the round's rules found 33 misfires, all
fixed, and a review of their speed two quadratic passes, fixed, before this
run. Recorded first run on the rules of d288ae1 (the set was then registered,
87a863e): span exact F1 FD 1.00, FE 0.99, FF 1.00, FG 0.99; span+speaker F1 FD
0.92, FE 0.93, FF 0.91, FG 0.92, all four 0.920 (P 0.915 / R 0.925); posts F1
FD 0.81 (P 0.81 / R 0.81), FE 0.83 (P 0.84 / R 0.82), FF 0.82 (P 0.82 / R
0.82), FG 0.76 (P 0.79 / R 0.72), all four 0.801 (P 0.814 / R 0.789); people
names F1 0.96. Run afterwards for comparison only, the round's starting rules
(bb00245) gave the same scores: one of the 80 outputs differed, not in what is
scored. The round's fixes (EZ-FC 0.928 / 0.792 before, 0.971 / 0.902 after;
19 seen sets rose, none fell) carried over to none of them.

Held-out sets FH, FI, FJ and FK (20 texts each, 280 quotes and 172 posts;
about 127 words per text; FH: arts and books; FI: faith, charities and
communities; FJ: money and markets; FK: weather, transport and emergencies),
written by four more writers to the same brief and committed (220b955-e81aa49)
while rules were fixed on FD-FG (0.920 / 0.801 before, 0.927 / 0.813 after),
before any rule was run on them; beyond the brief the writers ran git status
or git log, listed the names in tests/extraction, and checked their own file
with Python. Recorded first run on the delivered rules (d030ee1; no rule was
changed after it): span exact F1 FH 0.99, FI 0.99, FJ 1.00, FK 0.99;
span+speaker F1 FH 0.96, FI 0.87, FJ 0.97, FK 0.92, all four 0.930 (P 0.929 /
R 0.932); posts F1 FH 0.92 (P 0.91 / R 0.93), FI 0.73 (P 0.75 / R 0.71), FJ
0.93 (P 0.91 / R 0.95), FK 0.81 (P 0.83 / R 0.78), all four 0.848 (P 0.853 / R
0.843); span+partial F1 0.995; people names F1 0.96. The round's starting
rules (bb00245) give 0.927 / 0.848 on them (one speaker in FJ). This is the
unseen-text estimate of the rules of d030ee1: speakers above the 0.90 target,
posts 0.002 below 0.85. The next round fixed rules on FD-FK (FD-FG 0.927 /
0.813 before, 0.959 / 0.850 after; FH-FK 0.930 / 0.848 before, 0.975 / 0.921
after; 18 of 167 stored sets rose, none fell), with two reviews of its own
near misses (about 30 regressions found and fixed, each kept as a test).

Held-out sets FL, FM, FN and FO (20 texts each, 310 quotes and 200 posts;
about 121 words per text; FL: sport; FM: health and medicine; FN: education,
housing and local government; FO: entertainment and celebrity), written by
four more writers to the same brief at the start of that round and committed
(b168577, 11f302b, f95118a, b949cb5) before any rule was run on them; beyond
the brief the writers ran git status or git log, listed the names in
tests/extraction, and checked their own file with Python. Recorded first run
on the delivered rules (a8ac8e1; only a tidy that leaves every output unchanged
came after it): span exact F1 FL 1.00, FM 0.99, FN 1.00, FO 0.99; span+speaker F1 FL 0.92, FM 0.96, FN 0.95,
FO 0.96, all four 0.947 (P 0.945 / R 0.948); posts F1 FL 0.89 (P 0.89 / R
0.89), FM 0.80 (P 0.81 / R 0.78), FN 0.92 (P 0.96 / R 0.88), FO 0.85 (P 0.87 /
R 0.83), all four 0.867 (P 0.885 / R 0.850); span+partial F1 0.995; people
names F1 0.97. The round's starting rules (e09c2e8) give 0.947 / 0.862 on them:
the block is easier than the last, and the round's fixes changed two outputs
on it (a comment's post in FO, a saint taken for a person in FN).

Held-out sets FP, FQ, FR and FS (20 texts each, 312 quotes and 201 posts;
about 134 words per text; FP: technology companies and platforms; FQ:
agriculture, food and rural life; FR: international affairs; FS: local news
and community life), written by four more writers to the same brief after the
rules were frozen and committed (3d0d172, ae0e297, 973c734, d6059cb) before
any rule was run on them. Recorded first run on the same delivered rules
(a8ac8e1; the one later change to the rules, dcfb739, leaves every output
unchanged): span exact F1 FP 0.99, FQ 0.99, FR 0.97, FS 0.99; span+speaker F1
FP 0.90, FQ 0.95, FR 0.89, FS 0.92, all four 0.916 (P 0.909 / R 0.923); posts
F1 FP 0.78 (P 0.80 / R 0.75), FQ 0.82 (P 0.84 / R 0.81), FR 0.83 (P 0.88 / R
0.79), FS 0.82 (P 0.84 / R 0.81), all four 0.815 (P 0.841 / R 0.791);
span+partial F1 0.979; people names F1 0.93. The round's starting rules give
0.916 / 0.815 on them too (one output differs: a church no longer taken for a
person in FS).

FL-FS together (160 texts, 622 quotes, 401 posts) were the unseen-text
estimate of those rules (a8ac8e1): speakers 0.931 (P 0.927 / R 0.936), above
the 0.90 target; posts 0.841 (P 0.864 / R 0.820), 0.009 below 0.85. The two
blocks of 80, written to the same brief, gave posts 0.867 and 0.815.

The next round fixed rules on FL-FS (tests/extraction/test_quotes_round_fl_fs.py,
each fix with a near-miss case that fails on the round's starting rules,
7efb567, and three reviews' texts kept as guards): FL-FS went from 0.931 /
0.841 to 0.947 / 0.885, and 19 of the 175 stored sets (the dev set and
held-out sets B-FS) rose, none falling on speakers, posts or people.
Held-out sets FT, FU, FV and FW (20 texts each, 364 quotes and 205 posts; about
138 words per text; FT: work and labour; FU: environment and climate; FV:
travel and tourism; FW: media and celebrity) were written by four writers to
the same brief at the round's start, without reading a rule, and committed
(11be4b0, 2893eeb, b552a27, 610293e) before any rule was run on them; they
stayed out of the project until the rules were frozen. Recorded first run on
the delivered rules (8398e26): span exact F1 FT 0.995, FU 0.994, FV 1.000, FW
0.995; span+speaker F1 FT 0.93, FU 0.95, FV 0.96, FW 0.88, all four 0.927 (P
0.928 / R 0.926); posts F1 FT 0.76 (P 0.77 / R 0.76), FU 0.84 (P 0.84 / R
0.84), FV 0.86 (P 0.85 / R 0.87), FW 0.75 (P 0.77 / R 0.73), all four 0.801 (P
0.807 / R 0.795); span+partial F1 0.993; people names F1 0.95. The round's
starting rules give 0.924 / 0.796 on them: the fixes made on FL-FS moved FW
only. FT-FW were the unseen-text estimate of those rules: speakers above the
0.90 target, posts 0.049 below 0.85.

The round after that fixed rules on FT-FW (tests/extraction/test_quotes_round_ft_fw.py:
each fix with a near-miss case that fails on the round's starting rules,
3a2c8d4, and three reviews' texts kept as guards): FT-FW went from 0.927 /
0.801 to 0.963 / 0.887, and 13 of the 179 stored sets (the dev set and held-out
sets B-FW) rose, none falling on speakers, posts or people. Held-out sets FX,
FY, FZ and GA (20 texts each, 327 quotes and 219 posts; about 150 words per
text; FX: science and research; FY: business and retail; FZ: courts and
justice; GA: politics and elections) were written by four writers to the same
brief at the round's start, without reading a rule, and committed (09ff412,
a99c5d8, 5120d1b, ac58a12) before any rule was run on them; they stayed out of
the project until the rules were frozen. Recorded first run on the delivered
rules (27f3d12): span exact F1 FX 0.989, FY 1.000, FZ 0.989, GA 1.000;
span+speaker F1 FX 0.92, FY 0.94, FZ 0.91, GA 0.92, all four 0.921 (P 0.918 /
R 0.924); posts F1 FX 0.79 (P 0.77 / R 0.80), FY 0.83 (P 0.83 / R 0.83), FZ
0.69 (P 0.72 / R 0.66), GA 0.84 (P 0.87 / R 0.82), all four 0.782 (P 0.793 / R
0.772); span+partial F1 0.994; people names F1 0.93. The round's starting
rules give exactly the same outputs on all 80 texts: its fixes, made on FT-FW,
changed nothing on them. FX-GA were the unseen-text estimate of those rules:
speakers above the 0.90 target, posts 0.068 below 0.85.

The same session then fixed rules on FX-GA (0.921 / 0.782 to 0.930 / 0.808:
a post's author named in the next sentence, "Its author, the … X,", "“…,” read
a post on X", "told the same paper", more company words; a fourth review's
regressions fixed), and measured four more sets written blind meanwhile, GB,
GC, GD and GE (20 texts each, 354 quotes and 215 posts; about 154 words per
text; GB: health and hospitals; GC: sport; GD: technology and the internet;
GE: culture and entertainment; committed 3af1d72, 92c2172, 03bbedb, 0d370cb
before any rule was run on them). Recorded first run on the delivered rules
(c495ff5): span exact F1 GB 0.994, GC 1.000, GD 1.000, GE 0.994; span+speaker
F1 GB 0.96, GC 0.92, GD 0.98, GE 0.93, all four 0.946 (P 0.944 / R 0.949);
posts F1 GB 0.79 (P 0.78 / R 0.79), GC 0.79 (P 0.80 / R 0.79), GD 0.86 (P 0.86
/ R 0.86), GE 0.69 (P 0.69 / R 0.69), all four 0.786 (P 0.786 / R 0.786);
span+partial F1 0.997; people names F1 0.94. The session's starting rules
(3a2c8d4) and the rules of 27f3d12 give 0.944 / 0.781 on them (one text
differs). GB-GE are the unseen-text estimate of the delivered rules: speakers
above the 0.90 target, posts 0.064 below 0.85.

The first runs of B-I are the honest unseen-text figures: span+speaker F1
0.68-0.88 (mean 0.81), posts F1 0.14-0.63 (mean 0.40); below the 0.90 / 0.85
targets. Every later run of B-H is not, because rules were then fixed on what
it showed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stories.extraction import extract, parse_seed_header  # noqa: E402
from stories.extraction.people import find_people  # noqa: E402
from stories.extraction.quotes import find_quotes  # noqa: E402
from stories.extraction.types import DateClaim  # noqa: E402
from tests.extraction.quote_devset import DEV_SET  # noqa: E402

SHARED = Path(os.environ.get("NEWSROOM_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_e1971d8741fedcb8.txt"
GOLD = SHARED / "examples" / "000_e1971d8741fedcb8.gold.json"

# The held-out sets, in the order they were written: (letter, module under tests/extraction,
# variable). Those in UNSEEN were written after the last rule change.
HELDOUT_SETS = [
    ("B", "quote_devset_heldout", "HELDOUT_SET"),
    *(
        (x, f"quote_devset_heldout_{x.lower()}", f"HELDOUT_SET_{x}")
        for x in [
            *"CDEFGHIJKLMNOPQRSTUVWXYZ",
            *(f"A{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            "BA",
            "BB",
            "BC",
            "BD",
            "BE",
            "BF",
            "BG",
            "BH",
            "BI",
            "BJ",
            "BK",
            "BL",
            "BM",
            "BN",
            "BO",
            "BP",
            "BQ",
            "BR",
            "BS",
            "BT",
            "BU",
            "BV",
            "BW",
            "BX",
            "BY",
            "BZ",
            "CA",
            "CB",
            "CC",
            "CD",
            "CE",
            "CF",
            "CG",
            "CH",
            "CI",
            "CJ",
            "CK",
            "CL",
            "CM",
            "CN",
            "CO",
            "CP",
            "CQ",
            "CR",
            "CS",
            "CV",
            "CW",
            "CX",
            "CY",
            "CZ",
            "DA",
            "CT",
            "CU",
            "DB",
            "DC",
            "DD",
            "DE",
            "DF",
            "DG",
            "DH",
            "DI",
            "DJ",
            "DK",
            "DL",
            "DM",
            "DN",
            "DO",
            "DP",
            "DQ",
            "DR",
            "DS",
            "DT",
            "DU",
            "DV",
            "DW",
            "DX",
            "DY",
            "DZ",
            "EA",
            "EB",
            "EC",
            "ED",
            "EE",
            "EF",
            "EG",
            "EH",
            "EI",
            "EJ",
            "EK",
            "EL",
            "EM",
            "EN",
            "EO",
            "EP",
            "EQ",
            "ER",
            "ES",
            "ET",
            "EU",
            "EV",
            "EW",
            "EX",
            "EY",
            "EZ",
            "FA",
            "FB",
            "FC",
            "FD",
            "FE",
            "FF",
            "FG",
            "FH",
            "FI",
            "FJ",
            "FK",
            "FL",
            "FM",
            "FN",
            "FO",
            "FP",
            "FQ",
            "FR",
            "FS",
            "FT",
            "FU",
            "FV",
            "FW",
            "FX",
            "FY",
            "FZ",
            "GA",
            "GB",
            "GC",
            "GD",
            "GE",
        ]
    ),
]
UNSEEN = {"GB", "GC", "GD", "GE"}


def heldout_set(module: str, variable: str) -> list[dict]:
    return getattr(importlib.import_module(f"tests.extraction.{module}"), variable)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _multiset_tp(pred: list, gold: list) -> int:
    return sum((Counter(pred) & Counter(gold)).values())


def score_seed(oracle_dates: bool) -> dict[str, object]:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    dateline, _ = parse_seed_header(text)
    if oracle_dates:
        dates = [
            DateClaim(
                c["text"], c["start"], c["end"], "DATE", c["value"], c.get("mod"), c.get("anchor")
            )
            for c in gold["claims"]
            if c["kind"] == "date"
        ]
        index = find_people(text)
        quotes, posts = find_quotes(text, index, dates)
        people = index.people
    else:
        result = extract(text, dateline)
        quotes, posts, people = list(result.quotes), list(result.posts), result.people
        dates = list(result.dates)
    g_quotes = [c for c in gold["claims"] if c["kind"] == "quote"]
    span = _multiset_tp(
        [(q.start, q.end) for q in quotes], [(q["start"], q["end"]) for q in g_quotes]
    )
    full = _multiset_tp(
        [(q.start, q.end, q.speaker, q.partial, q.post) for q in quotes],
        [(q["start"], q["end"], q["speaker"], q["partial"], q["post"]) for q in g_quotes],
    )
    speaker = _multiset_tp(
        [(q.start, q.end, q.speaker) for q in quotes],
        [(q["start"], q["end"], q["speaker"]) for q in g_quotes],
    )
    post_fields = _multiset_tp(
        [(p.id, p.author, p.platform) for p in posts],
        [(p["id"], p["author"], p["platform"]) for p in gold["posts"]],
    )
    post_dates = _multiset_tp(
        [(p.id, p.date) for p in posts], [(p["id"], p["date"]) for p in gold["posts"]]
    )
    names = _multiset_tp([p.name for p in people], [p["name"] for p in gold["people"]])
    g_alias = [(p["name"], a.lower()) for p in gold["people"] for a in p["aliases"]]
    alias_pred = [(p.name, a.lower()) for p in people for a in p.aliases]
    alias_tp = _multiset_tp(alias_pred, g_alias)
    return {
        "quotes (gold)": len(g_quotes),
        "quotes (found)": len(quotes),
        "span exact P/R/F1": prf(span, len(quotes), len(g_quotes)),
        "span+speaker P/R/F1": prf(speaker, len(quotes), len(g_quotes)),
        "span+speaker+partial+post P/R/F1": prf(full, len(quotes), len(g_quotes)),
        "posts id+author+platform P/R/F1": prf(post_fields, len(posts), len(gold["posts"])),
        "post dates right": (
            f"{post_dates}/{len(gold['posts'])}"
            if dates
            else "skipped (the dates extractor found nothing)"
        ),
        "people names P/R/F1": prf(names, len(people), len(gold["people"])),
        "people aliases P/R/F1": prf(alias_tp, len(alias_pred), len(g_alias)),
    }


def _locate(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"dev-set gold quote not in its text: {quote!r}")
    return start, start + len(quote)


def score_devset(cases: list[dict]) -> dict[str, object]:
    span_tp = speaker_tp = partial_tp = post_tp = n_pred = n_gold = n_posts_pred = n_posts_gold = 0
    people_tp = people_pred = people_gold = 0
    failures: list[str] = []
    for case in cases:
        text = case["text"]
        result = extract(text, None)
        pred = list(result.quotes)
        gold = [(*_locate(text, q), s, part, post) for q, s, part, post in case["quotes"]]
        n_pred += len(pred)
        n_gold += len(gold)
        span_tp += _multiset_tp([(q.start, q.end) for q in pred], [(g[0], g[1]) for g in gold])
        speaker_tp += _multiset_tp(
            [(q.start, q.end, q.speaker) for q in pred], [(g[0], g[1], g[2]) for g in gold]
        )
        partial_tp += _multiset_tp(
            [(q.start, q.end, q.partial) for q in pred], [(g[0], g[1], g[3]) for g in gold]
        )
        for g in gold:
            if (g[0], g[1], g[2]) not in {(q.start, q.end, q.speaker) for q in pred}:
                got = [q.speaker for q in pred if (q.start, q.end) == (g[0], g[1])]
                failures.append(
                    f"{case['name']}: {text[g[0] : g[1]][:40]!r} gold={g[2]} got={got or 'no span'}"
                )
        for q in pred:
            if (q.start, q.end) not in {(g[0], g[1]) for g in gold}:
                failures.append(f"{case['name']}: extra quote {q.text[:40]!r} speaker={q.speaker}")
        # A post is right when author, platform and the exact set of quotes it holds all match.
        pred_posts = [
            (p.author, p.platform, frozenset((q.start, q.end) for q in pred if q.post == p.id))
            for p in result.posts
        ]
        gold_posts = [
            (author, platform, frozenset((g[0], g[1]) for g in gold if g[4] == pid))
            for pid, author, platform in case["posts"]
        ]
        n_posts_pred += len(pred_posts)
        n_posts_gold += len(gold_posts)
        tp = _multiset_tp(pred_posts, gold_posts)
        post_tp += tp
        if tp < max(len(pred_posts), len(gold_posts)):
            failures.append(
                f"{case['name']}: posts got {[(p.id, p.author, p.platform) for p in result.posts]} "
                f"gold {case['posts']}"
            )
        names = [p.name for p in result.people]
        people_tp += _multiset_tp(names, case["people"])
        people_pred += len(names)
        people_gold += len(case["people"])
    return {
        "texts": len(cases),
        "quotes (gold)": n_gold,
        "quotes (found)": n_pred,
        "span exact P/R/F1": prf(span_tp, n_pred, n_gold),
        "span+speaker P/R/F1": prf(speaker_tp, n_pred, n_gold),
        "span+partial P/R/F1": prf(partial_tp, n_pred, n_gold),
        "posts (author+platform+quotes) P/R/F1": prf(post_tp, n_posts_pred, n_posts_gold),
        "people names P/R/F1": prf(people_tp, people_pred, people_gold),
        "errors": failures,
    }


def speed() -> dict[str, object]:
    body = SEED.read_text(encoding="utf-8")[17:]
    dev = "\n\n".join(case["text"] for case in DEV_SET)
    rows: dict[str, object] = {}
    for label, unit, target in (
        ("seed x N (paragraphs)", body + "\n\n", 1_000_000),
        ("dev set x N (paragraphs)", dev + "\n\n", 1_000_000),
        ("5 MB, one paragraph", body.replace("\n", " ") + " ", 5_000_000),
    ):
        text = unit * (target // len(unit) + 1)
        started = time.process_time()
        result = extract(text, None)
        elapsed = time.process_time() - started
        rows[label] = (
            f"{len(text) / 1e6:.2f} MB in {elapsed:.2f} s = {len(text) / 1e6 / elapsed:.2f} MB/s "
            f"({len(result.quotes)} quotes, {len(result.posts)} posts)"
        )
    return rows


def _show(title: str, rows: dict[str, object]) -> None:
    print(f"\n## {title}")
    for key, value in rows.items():
        if key == "errors":
            continue
        if isinstance(value, tuple):
            value = " / ".join(f"{v:.2f}" for v in value)
        print(f"  {key:42} {value}")
    for line in rows.get("errors", []) or []:
        print(f"    - {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    if SEED.exists():
        _show("Seed gold, through extract()", score_seed(oracle_dates=False))
        _show("Seed gold, with the gold date claims (oracle dates)", score_seed(oracle_dates=True))
    else:
        print(f"seed not found at {SEED}: set NEWSROOM_SHARED")
    _show(
        "Self-made dev set A (the rules were fixed against it: not unseen)", score_devset(DEV_SET)
    )
    for letter, module, variable in HELDOUT_SETS:
        note = (
            "written after the last rule change; first run = delivered rules"
            if letter in UNSEEN
            else "first run: see the docstring; rules fixed against it since"
        )
        _show(f"Held-out set {letter} ({note})", score_devset(heldout_set(module, variable)))
    if not args.no_speed and SEED.exists():
        _show("Speed: whole extract() on one core", speed())


if __name__ == "__main__":
    main()
