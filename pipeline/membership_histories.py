"""Membership told as a history, a tier list or an exit story (round 39), read across neighbouring sentences.

Four families of English news prose the sentence readers of ``membership*.py`` miss:

- founders named through a founding act: 'the council was set up in 1952 under the Copenhagen Accord signed by A, B
  and C', 'the bloc grew out of the Treaty of Rome, signed in 1957 by A, B ...', 'created by the Treaty of X, which A,
  B and C signed in 1991'; and through a first meeting's guest list: 'the club began in 1975, when the French
  president invited the leaders of A, B and C', 'the leaders of A, B and C were invited to the inaugural meeting';
- accessions continuing a history, with the organisation carried from the history: 'Greece and Turkey came in three
  years later', 'with Georgia following in 1993', 'Canada was brought in the following year', 'the founders were joined
  a decade later by A and B', and the elliptical items after an accession: ', West Germany in 1955 and Spain in 1982';
- a tier named as a noun with an inclusive lead: 'the dialogue partners, which include A, B and C', 'observer states,
  among them A and B', "the bloc's partner countries, such as A"; and a superlative or ordinal tier apposition:
  "A, the organisation's longest-standing observer,", 'its newest dialogue partner, B,';
- an exit told as a walk-out: 'whose admission led Morocco to walk out of the continental body', 'Morocco's walk-out
  from the organisation in 1984'.

Wired into ``derive._membership_claims`` with one hook (``history_memberships``), beside the other readers that look
beyond one sentence. The founders and first meeting give 'member' (FORMAT has no founding status); an accession gives
'member', or 'joining' when it is dated within the months before the article.
"""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import ORDINAL_WORD, MembershipFinding, _past_dates, _settled, generic_fits
from pipeline.membership_origins import only_walkouts, origin_memberships, tells_signatories
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_KINDS = ("country", "org")
_BODY = (r"(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|commonwealth|forum|club|council|association|"
         r"body|partnership|conference|cooperation)")
_NUM = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+few|several|some|many)"
_YEAR = r"(?:19|20)\d{2}"
_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)")
# a time of an accession told in a history: 'in 1955', 'in May 2004', 'three years later', 'the following year', 'a decade on'
_TIME = (rf"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?{_YEAR}\b|"
         rf"in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d0s\b|"
         rf"{_NUM}\s+(?:years?|decades?|months?|weeks?)\s+(?:later|afterwards|after\s+that|on)\b|a\s+(?:year|decade)\s+(?:later|on)\b|"
         r"(?:in\s+)?the\s+(?:following|next|same)\s+(?:year|decade)\b|(?:soon|shortly)\s+(?:after(?:wards)?|thereafter)\b|"
         r"later\s+(?:that|the\s+same)\s+(?:year|decade)\b|"
         # 'at the end of 2010', 'at the start of 1995'
         rf"at\s+the\s+(?:end|start|beginning|turn)\s+of\s+{_YEAR}\b|"
         # 'days after its independence in 1984', 'upon its independence in 1990': an entry dated by the state's birth
         rf"(?:(?:{_NUM}\s+)?(?:days|weeks|months)\s+after|soon\s+after|shortly\s+after|just\s+after|upon|on|at)\s+(?:its|their)\s+"
         rf"independence\s+in\s+{_YEAR}\b)")
_TIME_RE = re.compile(r"\s*,?\s*" + _TIME, re.I)
_RELATIVE_TIME = re.compile(r"later|afterwards|after\s+that|\bon\b|following|next|same|soon|shortly|thereafter", re.I)

# the rules that tell a history: a founding, or an entry (the context an elliptical accession continues)
_HISTORY_RULES = frozenset({
    "founded_by", "founded_when", "treaty_signed_by", "founding_members", "founding_papers_signed_by", "founded_along",
    "signed_founding", "joined", "acceded", "entered", "act_joined", "joining_list", "which_joined", "bare_entry", "gapped_accession",
    "last_to_join", "org_admitted", "gapped", "counted_roster",
    "founding_act", "first_meeting", "history_accession", "history_ellipsis", "signatories", "founded_when_signed",
    "revived_by", "turned_into"})


def _countries(mentions: list[Mention], a: int, b: int) -> list[Mention]:
    return [m for m in mentions if m.kind == "country" and m.entity_id and a <= m.start and m.end <= b]


def _finding(org: str | None, x: Mention, status: str, rule: str, since: str | None, start: int) -> MembershipFinding | None:
    if org is None or x.entity_id is None or x.entity_id == org or x.kind != "country":
        return None
    return MembershipFinding(org, x.entity_id, x.canonical or "", status, rule, since, (start, x.end))


def _clause_start(s: Sentence, pos: int) -> int:
    """Return the offset (the article's) where the clause holding `pos` begins: after the last ';' or the sentence start."""
    cut = s.text.rfind(";", 0, pos - s.start)
    return s.start + cut + 1 if cut >= 0 else s.start


def _subject_org(ref: Reference, s: Sentence, mentions: list[Mention], pos: int, main_org: str | None) -> str | None:
    """Return the organisation a founding verb at `pos` is said of: one named before it in its clause (the summit's when
    it is among them), a generic noun that fits the summit's ('the council', 'the bloc'), or 'it'/'which' for the summit's.
    'The crisis began in 2008, when ...' gives None."""
    a = _clause_start(s, pos)
    named = [x for x in mentions if x.kind == "org" and x.entity_id and a <= x.start and x.end <= pos]
    if named:
        return main_org if any(x.entity_id == main_org for x in named) else named[-1].entity_id
    head = s.text[a - s.start: pos - s.start]
    g = re.search(r"\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _BODY + r")\b(?!['’])", head, re.I)
    if g and generic_fits(ref, g.group("noun"), main_org) or re.search(r"\b(?:it|which)\b", head, re.I) and main_org:
        return main_org
    org = ref.organisations.get(main_org or "")
    if org is not None and org.kind == "forum" and re.search(r"\bthe\s+(?:annual\s+|economic\s+|leaders['’]\s+)?summits?\b",
                                                             head, re.I):
        return main_org  # 'The summit was born at X in 1975, when ...': a forum that is its summits
    return None


def _since(s: Sentence, published: str | None, a: int, b: int) -> str | None:
    """Return the first past date written between two offsets (the article's)."""
    return next((d.start for d in _past_dates(s.text, published) if a - s.start <= d.span[0] < b - s.start), None)


def _entry_status(s: Sentence, published: str | None, time: re.Match[str] | None, a: int) -> tuple[str, str | None]:
    """An accession's status by its time: a relative one ('three years later') is history, a date settles by itself."""
    if time is None or _RELATIVE_TIME.search(time.group(0)):
        return "member", None
    since = _since(s, published, a, s.start + time.end() + 1)
    return (_settled("joining", since, published), since) if since else ("member", None)


# --- founders through a founding act ------------------------------------------------------------------------------------

# 'set up in 1952 under the Copenhagen Accord', 'created by the Treaty of Asuncion', 'grew out of the Treaty of Rome'
_DOC = (r"(?:[\w'’-]+\s+){0,5}?(?:(?-i:Treaty|Agreement|Charter|Accords?|Convention|Declaration|Protocol|Pact)|(?:founding|"
        r"constituent)\s+(?:treaty|agreement|charter|declaration|accords?))(?:\s+(?:of|on)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*)?")
_FOUNDING_DOC = re.compile(
    r"\b(?P<verb>founded|established|created|set\s+up|formed|launched|born|grew\s+out\s+of|traces?\s+(?:its|their)\s+"
    r"(?:roots|origins?)\s+(?:back\s+)?to|has\s+its\s+(?:roots|origins?)\s+in|dates\s+(?:back\s+)?to|came\s+into\s+being)"
    r"(?P<gap>(?:,?\s+(?:in|at|on)\s+(?:(?:early|late|mid-?)\s*)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)*?)"
    r"(?:,?\s+(?:under|by|through|with|via|from|on\s+the\s+basis\s+of|by\s+means\s+of)\s+|\s+(?=(?:the|an?)\s))"
    r"(?:the|an?)\s+(?P<doc>" + _DOC + r")\s*,?\s*"
    r"(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:signed|concluded|agreed)\s+(?:(?:(?:in|at|on)\s+[^,;.]{1,40}?|originally|"
    r"jointly|first)\s*,?\s+){0,3}by\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?|governments|"
    r"(?:foreign\s+|prime\s+)?ministers)\s+of\s+)?(?:the\s+)?(?=(?-i:[A-Z]))|(?P<which>which|that)\s+(?=(?:the\s+)?(?-i:[A-Z])))", re.I)
# '..., which A, B and C signed in 1991': the list before the verb
_SIGNED_AFTER = re.compile(r"\s+(?:had\s+|have\s+|all\s+|jointly\s+)*(?:signed|concluded)\b", re.I)
# 'The Copenhagen Accord, signed by A, B and C in 1952, created the council': the act first, the founding after
_DOC_FIRST = re.compile(r"(?:^|(?<=[\s(]))(?:the|an?)\s+(?P<doc>" + _DOC + r")\s*,\s*(?:signed|concluded)\s+(?:(?:in|at|on)\s+[^,;.]{1,40}?\s+)?"
                        r"by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_DOC_THEN_FOUNDED = re.compile(r"[^.;]{0,40}?,\s+(?:created|established|founded|set\s+up|launched|gave\s+birth\s+to)\s+(?P<obj>"
                               r"(?:the|its)\s+(?:[\w-]+\s+)?" + _BODY + r"\b(?!['’])|(?:the\s+)?(?=(?-i:[A-Z])))", re.I)


def founding_act(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                 published: str | None) -> list[MembershipFinding]:
    """The signatories of the act an organisation was founded by or under are its founders (members).

    The founding verb must be said of an organisation ('The EU was founded under the Treaty of Rome signed by ...' counts
    for the EU, not the summit's body); a treaty signed by states with no founding verb ('the Paris Agreement, signed
    by A and B') gives nothing, nor does a verb whose object is not the act ('set up to enforce the X Agreement signed by').
    """
    found: list[MembershipFinding] = []
    for m in _FOUNDING_DOC.finditer(s.text):
        if re.search(r"\b(?:to|for|against|despite)\s*$", s.text[m.start("gap"): m.start("doc")], re.I) or re.search(
                r"\b(?:to|for|and)\b", m.group("gap"), re.I):
            continue
        org = _subject_org(ref, s, mentions, s.start + m.start(), main_org)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if m.group("which"):
            after = _SIGNED_AFTER.match(s.text, items[-1].end - s.start) if items else None
            if after is None:
                continue
        since = _since(s, published, s.start + m.start(), (items[-1].end + 30) if items else s.start + m.end())
        found += [f for x in items if (f := _finding(org, x, "member", "founding_act", since, s.start + m.start()))]
    for m in _DOC_FIRST.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        then = _DOC_THEN_FOUNDED.match(s.text, items[-1].end - s.start) if items else None
        if then is None:
            continue
        obj = then.group("obj").strip()
        if obj and not obj[:1].isupper():
            org = main_org if generic_fits(ref, obj.split()[-1], main_org) else None
        else:
            at = s.start + then.end()
            named = next((x for x in mentions if x.kind == "org" and at <= x.start <= at + 4), None)
            org = named.entity_id if named else None
        since = _since(s, published, s.start + m.start(), s.start + then.end())
        found += [f for x in items if (f := _finding(org, x, "member", "founding_act", since, s.start + m.start()))]
    return found


# --- founders through a first meeting -------------------------------------------------------------------------------

_LEADERS_OF = (r"(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents|"
               r"(?:presidents\s+and\s+)?prime\s+ministers|heads)\s+of\s+(?:the\s+)?")
# 'began in 1975, when X invited the leaders of', 'traces its roots to a 1975 meeting at which the leaders of'
_BEGAN_WHEN = re.compile(
    r"\b(?P<verb>began|begun|started|was\s+born|originated|grew\s+out\s+of|traces?\s+(?:its|their)\s+(?:roots|origins?)\s+"
    r"(?:back\s+)?to|dates\s+(?:back\s+)?to|was\s+(?:founded|launched|created|formed|conceived))\b"
    r"(?P<gap>[^.;]{0,110}?)\b(?:when|where|at\s+which|in\s+which|after)\s+"
    # the host, whose name may carry a courtesy title with its full stop ('M. Giscard d'Estaing, then President,')
    r"(?P<host>(?:[^.;]|(?<=\bM)\.|(?<=\bMr)\.|(?<=\bDr)\.|(?<=\bMrs)\.){0,80}?)\b(?:(?P<act>invited|hosted|"
    r"brought\s+together|gathered|convened|summoned|assembled)\s+" + _LEADERS_OF + r"|" + _LEADERS_OF + r")(?=(?-i:[A-Z]))", re.I)
# a count of meetings from the first: 'the ninth such gathering since X invited the leaders of', 'the club's 40th summit
# since X hosted the heads of government of' (an ordinal past the first: 'the first summit since ...' ends a gap instead)
_COUNTED_SINCE = re.compile(
    r"\b(?P<verb>(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?:such\s+|annual\s+|yearly\s+)?(?:summit|meeting|gathering|session|conference)s?)\s+(?:(?:held|convened)\s+)?"
    r"(?P<gap>)since\s+(?P<host>[^.;]{0,80}?)\b(?P<act>invited|hosted|brought\s+together|gathered|convened|summoned|"
    r"assembled)\s+" + _LEADERS_OF + r"(?=(?-i:[A-Z]))", re.I)
# a leader's title after a demonym: 'the French president invited', 'the Japanese prime minister hosted'
_LEADER_TITLE = re.compile(r"\s+(?:president|prime\s+minister|premier|chancellor|king|queen|emperor|leader|head\s+of\s+state)\b", re.I)
_LEADERS_MET = re.compile(r"\s*,?\s+(?:were|was|had\s+been)\s+(?:invited|summoned|called|brought\s+together)|\s+(?:met|gathered|"
                          r"came\s+together|sat\s+down|convened)\b", re.I)
# 'the leaders of A, B and C were invited to the first meeting at X': a first meeting's guests (no 'began')
_INVITED_FIRST = re.compile(r"\s*,?\s+(?:were|had\s+been)\s+(?:invited|summoned|called|brought\s+together)\s+(?:to|for)\s+(?:the|its|a|an)\s+"
                            r"(?:(?:very|group['’]s|bloc['’]s|club['’]s)\s+)?(?:first|inaugural|founding|initial)\s+(?:meeting|summit|"
                            r"gathering|session|conference|retreat)\b", re.I)
_LEADERS_OF_RE = re.compile(r"\b" + _LEADERS_OF + r"(?=(?-i:[A-Z]))", re.I)
# the first meeting of another body: 'the first meeting of the G20 finance ministers'
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")


def first_meeting(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None,
                  published: str | None) -> list[MembershipFinding]:
    """The states at an organisation's founding meeting: 'the club began in 1975, when the French president invited the
    leaders of A, B and C', 'the leaders of A, B and C were invited to the inaugural summit'.

    'The crisis began in 2008, when the leaders of A and B ...' (no organisation) and 'attended the first summit' (a
    presence, which alone makes no member) give nothing. The host who invites is a founder too ('when X invited ...': X's
    state, when X is a known leader).
    """
    found: list[MembershipFinding] = []
    for m in [*_BEGAN_WHEN.finditer(s.text), *_COUNTED_SINCE.finditer(s.text)]:
        org = _subject_org(ref, s, mentions, s.start + m.start(), main_org)
        if m.re is _COUNTED_SINCE:  # the meetings counted are the summit's ('the ninth such gathering'), or a named body's
            named = [x.entity_id for x in mentions if x.kind == "org" and x.entity_id
                     and s.start + m.start() - 30 <= x.start and x.end <= s.start + m.start("gap")]
            org = named[-1] if named else main_org
        if org is None:
            continue
        if m.group("verb").lower() in ("began", "begun", "started") and not (
                re.match(r"\s+as\b", m.group("gap")) or re.search(_YEAR, m.group("gap") + m.group("host"))):
            continue  # 'It began on Monday, when the leaders of A and B met': the day's meeting, no founding
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if not items or not m.group("act") and not _LEADERS_MET.match(s.text, items[-1].end - s.start):
            continue
        since = _since(s, published, s.start + m.start(), s.start + m.end())
        hosts = [p for p in people if p.country_id and s.start + m.start("host") <= p.mention.start < s.start + m.end("host")]
        hosts += [x for x in _countries(mentions, s.start + m.start("host"), s.start + m.end("host"))]  # 'when France invited'
        hosts += [x for x in mentions if x.kind == "demonym" and x.entity_id and s.start + m.start("host") <= x.start
                  and x.end <= s.start + m.end("host") and _LEADER_TITLE.match(s.text, x.end - s.start)]  # 'the French president'
        for h in hosts:
            cid = h.country_id if isinstance(h, Person) else h.entity_id
            name = h.country if isinstance(h, Person) else h.canonical
            if m.group("act") and org and cid and cid != org:
                found.append(MembershipFinding(org, cid, name or "", "member", "first_meeting", since, (s.start + m.start(), s.start + m.end())))
        found += [f for x in items if (f := _finding(org, x, "member", "first_meeting", since, s.start + m.start()))]
    for m in _LEADERS_OF_RE.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        first = _INVITED_FIRST.match(s.text, items[-1].end - s.start) if items else None
        if first is None or _OF_NAMED.match(s.text, first.end()):
            continue
        others = [x for x in mentions if x.kind == "org" and x.entity_id not in (main_org, None) and x.start < s.start + first.end() + 40]
        if others or main_org is None:
            continue
        since = _since(s, published, s.start + m.start(), s.start + first.end() + 40)
        found += [f for x in items if (f := _finding(main_org, x, "member", "first_meeting", since, s.start + m.start()))]
    return found


# --- accessions continuing a history ------------------------------------------------------------------------------------

_AUX = r"(?:(?:had|have|has|then|later|also|finally|eventually|subsequently|in\s+turn|duly|themselves|itself)\s+)*"
# 'came in', 'followed', 'was brought in by X', 'were added': an entry told without the word 'join'
_ORDINAL_NTH = r"(?:" + ORDINAL_WORD + r"|\d{1,2}(?:st|nd|rd|th))"
_CAME_IN = re.compile(r"\s+" + _AUX + r"(?:came\s+(?:in|aboard|on\s+board)|climbed\s+aboard|signed\s+up|followed(?!\s+suit)|"
                      r"(?:was|were)\s+(?:added|admitted|(?:brought|let|taken|voted|welcomed|ushered|allowed)\s+in)|entered|joined|"
                      # 'took its place in 1994', 'became the tenth in 1999', 'became the seventh partner state'
                      r"took\s+(?:its|their)\s+(?:place|seat)|became\s+(?:the|its)\s+" + _ORDINAL_NTH +
                      r"(?:\s+(?:full\s+)?(?:member|partner)(?:\s+(?:state|country|nation))?)?)"
                      r"(?:\s+by\s+(?:[\w'’.-]+\s+){1,4}?(?=" + _TIME + r"))?", re.I)
# ', with A following in 1993', ', with A and B coming in a year later'
_WITH_FOLLOWING = re.compile(r"(?:,|\band)\s+with\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_FOLLOWING = re.compile(r"\s+(?:following|coming\s+in|joining|added|admitted|signing\s+up)\b", re.I)
# 'joined alongside A and B in 2004', 'joined, along with A and B, in 2004': companions of the entry, before its time
_COMPANIONS = re.compile(r"\s*,?\s+(?:together\s+with|along\s+with|alongside)\s+(?:(?:its\s+)?(?:neighbou?ring|fellow)\s+)?"
                         r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# 'The founders were joined a decade later by A and B', 'they were joined in 1999 by A'
_JOINED_BY = re.compile(r"\b(?:were|was|had\s+been)\s+joined\s*,?\s*(?P<time>" + _TIME + r")?\s*,?\s+by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# a second agent of the same joining: 'they were joined by A, B and C, and by D'
_AND_BY = re.compile(r"\s*,?\s+and\s+(?:also\s+|later\s+)?by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# 'Ten more states followed in 2004, among them A and B'
_COUNTED_FOLLOWED = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several)\s+"
                               r"(?:more|other|further|new)\s+(?:states|countries|nations|members)\s+(?:followed|came\s+in|joined|"
                               r"were\s+admitted)\s+(?P<time>" + _TIME + r")\s*,\s*(?:among\s+them|including|such\s+as|notably)\s+"
                               r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# the gap before an elliptical item: ', West Germany in 1955', 'and Spain in 1982', 'then A and B in 2004'
_ELLIPSIS_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+|followed\s+by\s+|while\s+)?|\s+(?:and|then)\s+(?:then\s+)?|;\s*(?:and\s+|then\s+)?)"
                           r"(?:(?:later|finally|then)\s*,?\s+)?(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# an aside after the subject: ', the last to ...,', '(then X)', ' - the last under the name X -', ', delayed by a coup in X,'
_ASIDE = re.compile(r"\s*,\s+(?:the|its|a|an|which|then|now|once|formerly|long)\s+[^,;()]{1,60},|\s*\([^()]{1,60}\)|"
                    r"\s+[-–—]{1,2}\s+(?:(?!\s[-–—])[^;()]){1,60}?\s+[-–—]{1,2}(?=\s)|\s*,\s+(?-i:[a-z]+ed)\s+(?:by|with|in|after|until)\s+[^,;()]{1,50},")
# the entry told in a relative clause or a participle: 'Suriname, which signed up in 1996,', 'Ivory Coast, admitted in 2001,'
# a time after the history before it, opening the clause of 'they were joined by': 'Two weeks later in Almaty they'
_LATER_BEFORE = re.compile(r"(?:^|[.;,]\s*)(?:(?:\w+\s+){1,2}(?:days?|weeks?|months?|years?)\s+later|later|soon\s+after(?:wards)?|"
                           r"afterwards|thereafter|on\s+(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{1,2})?)\b[^.;]{0,40}?\b"
                           r"(?:they|the\s+founders|these)\s+$", re.I)
_ADMITTED_IN = r"(?:admitted|accepted|allowed\s+in|brought\s+in|let\s+in|taken\s+in)"
_WHICH_CAME_IN = re.compile(r"\s*,\s+(?:(?:which|that)(?=" + _CAME_IN.pattern + r")|(?=" + _ADMITTED_IN + r"\b))", re.I)
_PARTICIPLE_IN = re.compile(r"\s*" + _ADMITTED_IN, re.I)
# an opening of the subject list: the sentence start, a clause break, 'and', 'then', an opening date ('In 1973,')
_OPENS = re.compile(r"(?:^|[,;:]|\b(?:and|then|while|but|before|after|when|as)|\b(?:in|by)\s+(?:19|20)\d{2}\s*,|"
                    # a group spelt out between dashes: 'seven former communist states - A, B and C - joined in 2004'
                    r"(?P<dash>\s[-–—]{1,2}))\s*(?:the\s+)?$", re.I)
# the dash closing a group spelt out
_CLOSING_DASH = re.compile(r"\s+[-–—]{1,2}(?=\s)")
# the entries' manner between verb and time: 'joined together in 2004', 'came in in a single wave'
_TOGETHER = re.compile(r"\s+(?:together|jointly|simultaneously|at\s+the\s+same\s+time|en\s+bloc|at\s+once|"
                       r"in\s+(?:a|one)\s+(?:single\s+)?(?:wave|batch|group|block|intake))\b", re.I)
# a time told before the entry: 'The biggest intake came in 2004, when seven states - A, B and C - joined'
_TIME_WHEN = re.compile(r"(?:\b(?P<time>in\s+(?:19|20)\d{2})\s*,\s*when|^\W*(?P<opening>in\s+(?:19|20)\d{2})\s*,?)\s+[^;.:]{0,80}$",
                        re.I)


def _subject_list(ref: Reference, s: Sentence, mentions: list[Mention], start: Mention) -> list[Mention]:
    """Return the list of states from `start` on, within its clause ('A and B; C was brought in' gives C alone)."""
    before = [x for x in mentions if x.kind == "country" and x.end <= start.start]
    if before and re.fullmatch(r"\s*(?:,|\band\b)\s*(?:and\s+)?(?:the\s+)?", s.text[before[-1].end - s.start: start.start - s.start]):
        return []  # 'founded by A, B and C': B is inside another list, no subject
    items = read_list(ref, mentions, start.start, s.text, s.start, ("country",))
    ands = [i for i in range(1, len(items)) if re.search(r"\band\b", s.text[items[i - 1].end - s.start: items[i].start - s.start])]
    items = items[: ands[1]] if len(ands) > 1 else items  # 'A and B, and C joined': one list has one 'and'
    cut = max((i for i in range(1, len(items)) if re.search(r"[;:]", s.text[items[i - 1].end - s.start: items[i].start - s.start])),
              default=0)
    return items[cut:]


def _ellipsis(ref: Reference, s: Sentence, mentions: list[Mention], org: str, pos: int, published: str | None,
              ) -> list[MembershipFinding]:
    """Read elliptical accessions after an accession ending at `pos`: ', West Germany in 1955 and Spain, the most recent
    member, in 1982'. Each item must carry its own time; the chain stops at the first item without one."""
    found: list[MembershipFinding] = []
    while True:
        gap = _ELLIPSIS_GAP.match(s.text, pos - s.start)
        if gap is None:
            return found
        items = read_list(ref, mentions, s.start + gap.end(), s.text, s.start, ("country",))
        if not items or items[0].start - s.start > gap.end() + 1:
            return found
        end = items[-1].end - s.start
        aside = _ASIDE.match(s.text, end)
        end = aside.end() if aside else end
        time = _TIME_RE.match(s.text, end)
        if time is None:
            return found
        status, since = _entry_status(s, published, time, s.start + end)
        found += [f for x in items if (f := _finding(org, x, status, "history_ellipsis", since, x.start))]
        pos = s.start + time.end()


def _continuations(ref: Reference, s: Sentence, mentions: list[Mention], org: str, published: str | None,
                   own: list[MembershipFinding]) -> list[MembershipFinding]:
    """Accessions told after a history (in this sentence or the one before), carried to the history's organisation."""
    found: list[MembershipFinding] = []
    countries = [x for x in mentions if x.kind == "country" and x.entity_id]
    done: set[int] = set()
    for x in countries:
        opens = _OPENS.search(s.text[max(0, x.start - s.start - 30): x.start - s.start])
        if x.start in done or not opens:
            continue
        items = _subject_list(ref, s, mentions, x)
        if not items:
            continue
        done.update(i.start for i in items)
        end = items[-1].end - s.start
        if opens.group("dash") and (close := _CLOSING_DASH.match(s.text, end)):
            end = close.end()
        which = _WHICH_CAME_IN.match(s.text, end)
        aside = _ASIDE.match(s.text, end) if which is None else None
        end = which.end() if which else aside.end() if aside else end
        cue = _CAME_IN.match(s.text, end) or (_PARTICIPLE_IN.match(s.text, end) if which else None)
        together = _TOGETHER.match(s.text, cue.end()) if cue else None
        time = _TIME_RE.match(s.text, together.end() if together else cue.end()) if cue else None
        if cue and time is None and (told := _TIME_WHEN.search(s.text[: x.start - s.start])):
            time = _TIME_RE.match(s.text, told.start("time") if told.group("time") else told.start("opening"))
            if time is not None and re.match(r"\s*(?:[.;]|$)", s.text[(together.end() if together else cue.end()):]) is None:
                time = None
        comp = _COMPANIONS.match(s.text, cue.end()) if cue and time is None else None
        fellows = read_list(ref, mentions, s.start + comp.end(), s.text, s.start, ("country",)) if comp else []
        if fellows:  # 'Estonia joined alongside Latvia and Lithuania in 2004': the companions joined then too
            time = _TIME_RE.match(s.text, fellows[-1].end - s.start)
            items = items + fellows if time else items
        if cue is None or time is None or re.match(r"\s+(?:with|by)\s+(?!the\s+(?-i:[A-Z]))(?-i:[a-z])", s.text[time.end():]):
            continue  # 'Thailand followed in 1999 with a currency crisis': another act than an entry
        status, since = _entry_status(s, published, time, s.start + cue.start())
        found += [f for i in items if (f := _finding(org, i, status, "history_accession", since, i.start))]
        found += _ellipsis(ref, s, mentions, org, s.start + time.end(), published)
    for m in _WITH_FOLLOWING.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        cue = _FOLLOWING.match(s.text, items[-1].end - s.start) if items else None
        time = _TIME_RE.match(s.text, cue.end()) if cue else None
        if time is None:
            continue
        status, since = _entry_status(s, published, time, s.start + cue.start())
        found += [f for i in items if (f := _finding(org, i, status, "history_accession", since, i.start))]
        found += _ellipsis(ref, s, mentions, org, s.start + time.end(), published)
    for m in _JOINED_BY.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if not items:
            continue
        while more := _AND_BY.match(s.text, items[-1].end - s.start):  # '..., and by Azerbaijan, although ...'
            items += read_list(ref, mentions, s.start + more.end(), s.text, s.start, ("country",)) or [None]
            if items[-1] is None:
                items.pop()
                break
        # the time before the agent ('were joined a decade later by A') or after it ('were joined by A in 1999')
        time = _TIME_RE.match(s.text, m.start("time") - 1) if m.group("time") else _TIME_RE.match(s.text, items[-1].end - s.start)
        if time is None and _LATER_BEFORE.search(s.text[max(0, m.start() - 60): m.start()]):
            found += [f for i in items if (f := _finding(org, i, "member", "history_accession", None, i.start))]
            continue  # 'Two weeks later in Almaty they were joined by A, B and C': a history's next entrants
        if time is None:
            continue
        status, since = _entry_status(s, published, time, s.start + m.start())
        found += [f for i in items if (f := _finding(org, i, status, "history_accession", since, i.start))]
        found += _ellipsis(ref, s, mentions, org, s.start + time.end() if not m.group("time") else items[-1].end, published)
    for m in _COUNTED_FOLLOWED.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        status, since = _entry_status(s, published, _TIME_RE.match(s.text, m.start("time") - 1), s.start + m.start())
        found += [f for i in items if (f := _finding(org, i, status, "history_accession", since, i.start))]
    # an elliptical item after an accession another reader found in this sentence ('A joined in 1952, B in 1955')
    for f in own:
        if (f.rule in _HISTORY_RULES or f.since and f.status in ("member", "joining")) and f.org_id == org \
                and f.rule not in ("history_accession", "history_ellipsis"):
            # the accession's own time, in its clause: 'joined the union in 1995', then the elliptical items
            rest = re.split(r"[,;]", s.text[f.span[1] - s.start: f.span[1] - s.start + 80])[0]
            time = re.search(_TIME, rest, re.I)
            pos = f.span[1] + time.end() if time else f.span[1]
            found += _ellipsis(ref, s, mentions, org, pos, published)
    return found


# --- a tier named with an inclusive lead ----------------------------------------------------------------------------------

_TIER = (r"(?P<tier>(?P<obs>observers?(?:\s+(?:states|countries|nations|members))?)|(?P<dia>dialogue[\s-]+partners(?:\s+(?:states|countries|"
         r"nations))?|dialogue[\s-]+partner\s+(?:states|countries|nations))|(?P<par>partner\s+(?:states|countries|nations)|partners)|"
         r"(?P<ass>associate\s+members(?:\s+(?:states|countries))?|associate\s+(?:states|countries))|(?P<can>candidate\s+(?:states|countries|"
         r"nations)|(?:accession|membership)\s+candidates|candidates\s+for\s+membership|aspirants?))")
_TIER_DET = (r"(?P<det>(?:(?:the|its|their)\s+)?(?:(?:bloc|group|grouping|alliance|organi[sz]ation|union|club|forum|association|"
             r"community|commonwealth|body)['’]s\s+|(?P<named>(?-i:[A-Z][\w-]+)(?:['’]s)?\s+))|(?:the|its|their)\s+)?")
_COUNTS = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|other|current|"
           r"new|newer|existing|remaining|official|formal|wider|various)")
_TIER_LEAD = re.compile(
    r"\b" + _TIER_DET + r"(?:" + _COUNTS + r"\s+){0,2}" + _TIER +
    r"\s*(?:,|\s[-–—]{1,2}|[–—(])?\s*(?P<lead>(?:which|that|who)\s+(?:now\s+|currently\s+|already\s+)?(?:include[sd]?|are|comprise|number)|"
    r"including|such\s+as|among\s+(?:them|which|whom)|notably|namely|like|chief\s+among\s+them|for\s+example)\s*:?\s+(?:the\s+)?(?=(?-i:[A-Z]))",
    re.I)
# a qualifier that makes the tier something else: 'trade partners', 'non-observer states', 'election observers'
_NOT_TIER = re.compile(r"(?:\b(?:non|not|never|former|ex|trade|trading|economic|strategic|key|western|business|development|security|"
                       r"foreign|international|independent|election|military|investment|regional|close|main|major|important|"
                       r"would-be|potential|possible)\s*|(?<=\w)-)$", re.I)
_TIER_STATUS = {"obs": "observer", "dia": "dialogue_partner", "par": "partner", "ass": "partner", "can": "candidate"}


def tier_leads(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'the dialogue partners, which include A, B and C', 'observer states, among them A', "its partner countries, such
    as A": the states listed after an inclusive lead hold the tier.

    The generic 'observers' and 'partners' and 'partner countries' count only after the organisation's determiner ('its',
    "the bloc's", 'SCO'); 'trade partners such as A', 'election observers, including A' and 'partners such as A' give
    nothing. A named determiner must be an organisation (its own body, which may not be the summit's).
    """
    found: list[MembershipFinding] = []
    for m in _TIER_LEAD.finditer(s.text):
        det = (m.group("det") or "").lower()
        if _NOT_TIER.search(s.text[max(0, m.start("tier") - 16): m.start("tier")]):
            continue
        org = main_org
        if m.group("named"):
            named = next((x for x in mentions if x.kind == "org" and x.start == s.start + m.start("named")), None)
            word = m.group("named").strip().lower()
            if named is None and word in ("the", "its", "their"):
                det = word  # 'Its associate members, such as A': the sentence's first word
            elif named is None and re.fullmatch(_COUNTS, word, re.I):
                det = ""  # 'Several observer states, among them A': a count opening the sentence
            elif named is None:
                continue  # 'Chinese partner countries', "Turkey's partner countries": no organisation
            else:
                org = named.entity_id
        tier = m.group("tier").lower()
        bare = tier in ("observer", "observers", "partners", "aspirant", "aspirants") or m.group("par")
        owned = m.group("named") and det.strip() not in ("the", "their", "") or "'" in det or "’" in det or det.startswith("its") or det.startswith("their")
        if bare and not owned:
            continue
        if det.startswith("their") and not m.group("named"):
            continue  # 'their partner countries': some states' own partners
        key = next(k for k in _TIER_STATUS if m.group(k))
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        found += [f for x in items if (f := _finding(org, x, _TIER_STATUS[key], "tier_lead", None, s.start + m.start()))]
    return found


# "A, the organisation's longest-standing observer," / 'its newest dialogue partner, B,'
_SUPERLATIVE = (r"(?:longest-standing|longest-serving|longest\s+standing|oldest|newest|latest|most\s+recent|youngest|first|second|"
                r"third|fourth|fifth|only|sole|biggest|largest|smallest|most\s+active|most\s+prominent|\d+(?:st|nd|rd|th))")
_SUP_TIER = (r"(?P<tier>(?P<obs>observer(?:\s+(?:state|country|nation))?)|(?P<dia>dialogue[\s-]+partner(?:\s+(?:state|country|nation))?)|"
             r"(?P<par>partner\s+(?:state|country|nation))|(?P<ass>associate\s+member)|(?P<mem>member(?:\s+(?:state|country|nation))?))\b")
_SUP_DET = (r"(?:the\s+(?:(?:bloc|group|grouping|alliance|organi[sz]ation|union|club|forum|association|community|commonwealth|body)['’]s|"
            r"(?P<named>(?-i:[A-Z][\w-]+))['’]s)|its|(?P<named2>(?-i:[A-Z][\w-]+))['’]s)")
_SUP_AFTER = re.compile(r"\s*,\s+" + _SUP_DET + r"\s+" + _SUPERLATIVE + r"\s+" + _SUP_TIER + r"(?!\s+(?:of|to|in)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
_SUP_BEFORE = re.compile(r"(?:^|(?<=[\s(]))" + _SUP_DET + r"\s+" + _SUPERLATIVE + r"\s+" + _SUP_TIER + r"\s*,\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def _sup_org(s: Sentence, mentions: list[Mention], m: re.Match[str], main_org: str | None) -> str | None:
    at = m.start("named") if m.group("named") else m.start("named2") if m.group("named2") else -1
    if at >= 0:
        named = next((x for x in mentions if x.kind == "org" and x.start == s.start + at), None)
        return named.entity_id if named else None
    if re.match(r"\s*,?\s*its\b", m.group(0), re.I):
        before = [x for x in mentions if x.kind in ("country", "org") and x.end <= s.start + m.start()]
        if before and before[-1].kind == "country" and not re.match(r"\s*,", s.text[before[-1].end - s.start:]):
            return None  # "China and its newest partner, A": the state's own
    return main_org


def superlative_tiers(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """A tier held by a state in a superlative or ordinal apposition, after it or before it."""
    found: list[MembershipFinding] = []
    for x in mentions:
        if x.kind != "country" or not x.entity_id:
            continue
        m = _SUP_AFTER.match(s.text, x.end - s.start)
        if m is None:
            continue
        key = next(k for k in ("obs", "dia", "par", "ass", "mem") if m.group(k))
        status = {"mem": "member"}.get(key) or _TIER_STATUS[key]
        f = _finding(_sup_org(s, mentions, m, main_org), x, status, "superlative_tier", None, x.start)
        found += [f] if f else []
    for m in _SUP_BEFORE.finditer(s.text):
        x = next((c for c in mentions if c.kind == "country" and 0 <= c.start - (s.start + m.end()) <= 4), None)
        if x is None or not re.match(r"\s*(?:[,;.)]|$|\s+(?:sent|was|is|has|had|did|which|who|attended|joined)\b)", s.text[x.end - s.start:]):
            continue
        key = next(k for k in ("obs", "dia", "par", "ass", "mem") if m.group(k))
        status = {"mem": "member"}.get(key) or _TIER_STATUS[key]
        f = _finding(_sup_org(s, mentions, m, main_org), x, status, "superlative_tier", None, s.start + m.start())
        found += [f] if f else []
    return found


# 'Hungary has been an OTS observer since 2018', 'Budapest became an SCO dialogue partner in 2012', 'X, an ASEAN observer,':
# the tier noun after the organisation's name (a capital before the predicate stands for its state)
_NAMED_TIER = re.compile(r"(?P<pred>\s+(?:(?:has|have|had)\s+(?:long\s+|also\s+)?been|is|was|are|were|remains?|remained|became|becomes)\s+"
                         r"(?:also\s+|still\s+|now\s+)?|\s*,\s+)(?:an?|the|its)\s+(?=(?-i:[A-Z]))", re.I)
_TIER_AFTER_NAME = re.compile(r"\s+(?:(?P<obs>observer(?:\s+(?:state|country|nation))?)|(?P<dia>dialogue[\s-]+partner(?:\s+(?:state|country|nation))?)|"
                              r"(?P<par>partner\s+(?:state|country|nation))|(?P<ass>associate\s+member))\b(?!\s+(?:at|of|to|in)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+)?(?:elections?|votes?|polls?|talks|negotiations)\b)", re.I)


def named_tiers(ref: Reference, s: Sentence, mentions: list[Mention]) -> list[MembershipFinding]:
    """A state (or its capital) said to be 'an ORG observer', 'an ORG dialogue partner': the status in that organisation.
    An apposition must close (', an ASEAN observer,' or at the sentence end); 'X is an EU observer at the election' gives
    nothing."""
    from pipeline.membership import _capitals
    capitals = _capitals(ref)
    found: list[MembershipFinding] = []
    for x in mentions:
        state = x if x.kind == "country" and x.entity_id else None
        if x.kind == "city" and x.entity_id in capitals:
            c = capitals[x.entity_id]
            state = Mention("country", x.start, x.end, x.text, c.id, c.name, "metonym")
        m = _NAMED_TIER.match(s.text, x.end - s.start) if state else None
        org = next((o for o in mentions if o.kind == "org" and m and o.start == s.start + m.end()), None)
        t = _TIER_AFTER_NAME.match(s.text, org.end - s.start) if org else None
        if t is None or state is None or org is None or org.entity_id is None:
            continue
        if x.kind == "city" and m.group("pred").strip().startswith(","):
            continue  # 'Budapest, an OTS observer,' as a place is too loose: only the predicate
        if m.group("pred").strip().startswith(",") and not re.match(r"\s*(?:[,;.)]|$|\s+since\b)", s.text[t.end():]):
            continue
        key = next(k for k in ("obs", "dia", "par", "ass") if t.group(k))
        since = _since(s, None, s.start + t.end(), s.start + t.end() + 30) if re.match(r"\s+since\b", s.text[t.end():]) else None
        f = _finding(org.entity_id, state, _TIER_STATUS[key], "named_tier", since, state.start)
        found += [f] if f else []
    return found


# --- exits told as walk-outs ----------------------------------------------------------------------------------------------

_OUT_OBJ = (r"(?P<obj>(?:the|its)\s+(?:[\w-]+\s+)?(?P<noun>" + _BODY + r")\b(?!['’]|\s+(?:summit|meeting|session|hall|talks|chamber|"
            r"conference|gathering|headquarters)\b)|(?:the\s+)?(?=(?-i:[A-Z])))")
# 'led Morocco to walk out of the continental body', 'prompted X to storm out of the union'
_CAUSED_OUT = re.compile(r"\b(?:led|prompted|forced|caused|pushed|drove|compelled|provoked|persuaded)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_TO_WALK_OUT = re.compile(r"\s+to\s+(?:walk|storm|march|pull)\s+out\s+(?:of|from)\s+" + _OUT_OBJ, re.I)
# "Morocco's walk-out from the OAU in 1984", 'X walked out of the organisation in 1984'
_WALKOUT_NOUN = re.compile(r"['’]s\s+(?:\w+\s+)?(?:walk-?out|walkout|withdrawal|exit|departure)\s+(?:of|from)\s+" + _OUT_OBJ, re.I)
_WALKED_OUT = re.compile(r"\s+(?:(?:had|has|then|later|eventually|finally)\s+)*(?:walked|stormed|marched)\s+out\s+(?:of|from)\s+" + _OUT_OBJ, re.I)


# a membership let lapse: 'declined to renew the pact', 'refused to renew their membership'
_NOT_RENEWED = re.compile(r"\s+(?:(?:had|then|later)\s+)?(?:declined|refused|chose\s+not|decided\s+not)\s+to\s+(?:renew|extend|"
                          r"prolong)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|membership|agreement|charter)\b", re.I)


def _exit_org(ref: Reference, s: Sentence, mentions: list[Mention], m: re.Match[str], main_org: str | None) -> str | None:
    """Return the body walked out of: a generic noun that fits the summit's ('the continental body', 'the bloc'), or the
    organisation named (its own, which may be another), never a meeting of it ('walked out of the ASEAN summit')."""
    if m.group("noun"):
        noun = m.group("noun").lower()
        return main_org if noun == "body" or generic_fits(ref, noun, main_org) else None
    at = s.start + m.end("obj")
    named = next((x for x in mentions if x.kind == "org" and at <= x.start <= at + 4), None)
    if named is None or re.match(r"['’]s\b|\s+(?:summit|meeting|session|talks|conference|gathering)\b", s.text[named.end - s.start:], re.I):
        return None
    return named.entity_id


def walkouts(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
             published: str | None) -> list[MembershipFinding]:
    """A state that walked out of the organisation left it: caused ('led X to walk out of the body'), or told with a past
    date ('X walked out of the union in 1984', "X's walk-out from the bloc in 1984"). A walk-out of a hall, a meeting or
    a summit session is no exit, nor one told with no date ('X walked out of the union' may be a day's protest)."""
    found: list[MembershipFinding] = []
    for m in _CAUSED_OUT.finditer(s.text):
        x = next((c for c in mentions if c.kind == "country" and 0 <= c.start - (s.start + m.end()) <= 1), None)
        t = _TO_WALK_OUT.match(s.text, x.end - s.start) if x else None
        if t is None:
            continue
        org = _exit_org(ref, s, mentions, t, main_org)
        since = _since(s, published, s.start, s.end)
        f = _finding(org, x, "left", "walked_out", since, x.start)
        found += [f] if f else []
    done: set[int] = set()
    for x in mentions:  # 'In 1999 A, B and C declined to renew the pact and walked away': the states let it lapse
        if x.kind != "country" or not x.entity_id or x.start in done or main_org is None:
            continue
        items = _subject_list(ref, s, mentions, x)
        done.update(i.start for i in items)
        lapsed = _NOT_RENEWED.match(s.text, items[-1].end - s.start) if items else None
        since = _since(s, published, s.start, s.end) if lapsed else None
        if since:
            found += [f for i in items if (f := _finding(main_org, i, "left", "walked_out", since, i.start))]
    for x in mentions:
        if x.kind != "country" or not x.entity_id:
            continue
        m = _WALKOUT_NOUN.match(s.text, x.end - s.start) or _WALKED_OUT.match(s.text, x.end - s.start)
        if m is None:
            continue
        since = _since(s, published, s.start + m.end(), s.start + m.end() + 60)
        if since is None or re.search(r"[;]", s.text[m.end(): m.end() + 10]):
            continue
        f = _finding(_exit_org(ref, s, mentions, m, main_org), x, "left", "walked_out", since, x.start)
        found += [f] if f else []
    return found


# a founding told without its founders: 'Twelve nations founded the alliance in 1949', 'The bloc was set up in 1967'
_FOUNDED_BODY = re.compile(r"\b(?:founded|established|created|set\s+up|formed|launched|co-founded)\s+(?:the|its)\s+(?:[\w-]+\s+)?(?P<obj>"
                           + _BODY + r")\b(?!['’])|\b(?:the|this|its)\s+(?P<subj>" + _BODY + r")\s+(?:was|were)\s+(?:first\s+|originally\s+)?"
                           r"(?:founded|established|created|set\s+up|formed|launched|born|revived|relaunched)\b", re.I)


def _founded_here(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> bool:
    """Return True when the sentence tells the summit's organisation's founding (by a generic noun that fits it, or by
    its name before a founding verb)."""
    for m in _FOUNDED_BODY.finditer(s.text):
        if generic_fits(ref, m.group("obj") or m.group("subj"), main_org):
            return True
    return any(x.entity_id == main_org and re.match(r"\s+(?:was|were)\s+(?:first\s+|originally\s+)?(?:founded|established|created|set\s+up|"
                                                    r"formed|launched|born|revived|relaunched)\b", s.text[x.end - s.start:], re.I) for x in mentions)


# the founders' act told after the founding: 'On December 8 the leaders of A, B and C signed the Belovezh agreements'
_LEADERS_OF = re.compile(r"(?:^|[,;]\s*|\b(?:in|on)\s+[\w\s-]{1,30}?\s)(?:the\s+)?(?:leaders|presidents|heads\s+of\s+state|representatives)\s+of\s+"
                         r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_SIGNED_AFTER = re.compile(r"\s*,?\s+(?:signed|agreed|declared|proclaimed)\b", re.I)


def _founding_signers(ref: Reference, s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """The states whose leaders signed or declared the founding the sentence before tells: its founders."""
    found: list[MembershipFinding] = []
    for m in _LEADERS_OF.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if items and _SIGNED_AFTER.match(s.text, items[-1].end - s.start):
            found += [f for i in items if (f := _finding(org, i, "member", "founding_act", None, i.start))]
    return found


# --- the hook ---------------------------------------------------------------------------------------------------------------

def history_memberships(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                        people: dict[int, list[Person]], main_org: str | None, published: str | None,
                        found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """Apply the module's readers to the article, the accessions with the history of this or the sentence before."""
    if main_org is None:
        return []
    out: list[tuple[Sentence, MembershipFinding]] = []
    by_sentence: dict[int, list[MembershipFinding]] = {}
    for s, f in found:
        by_sentence.setdefault(s.index, []).append(f)
    body = [s for s in sentences if s.kind not in ("credit", "heading", "title")]
    prev: Sentence | None = None
    for s in body:
        ms, ps = mentions.get(s.index, []), people.get(s.index, [])
        own = founding_act(ref, s, ms, main_org, published) + first_meeting(ref, s, ms, ps, main_org, published)
        own += tier_leads(ref, s, ms, main_org) + superlative_tiers(s, ms, main_org) + walkouts(ref, s, ms, main_org, published)
        own += named_tiers(ref, s, ms) + origin_memberships(ref, s, ms, main_org, published)
        here = by_sentence.get(s.index, []) + own
        context = here + (by_sentence.get(prev.index, []) if prev is not None else [])
        orgs = [f.org_id for f in context if f.status in ("member", "joining") and (f.rule in _HISTORY_RULES or f.since)]
        if not orgs and any(_founded_here(ref, x, mentions.get(x.index, []), main_org) or tells_signatories(x)
                            for x in (prev, s) if x is not None):
            orgs = [main_org]  # 'Twelve nations founded the alliance in 1949.' names no founder, but begins a history
        if orgs:
            org = main_org if main_org in orgs else orgs[0]
            if prev is not None and _founded_here(ref, prev, mentions.get(prev.index, []), main_org):
                own += _founding_signers(ref, s, ms, org)  # 'X was created in 1991. On December 8 the leaders of A and B signed ...'
            own += _continuations(ref, s, ms, org, published, here + own)
        by_sentence.setdefault(s.index, []).extend(own)
        out += [(s, f) for f in own]
        prev = s
    return out + only_walkouts(ref, body, mentions, main_org, published)
