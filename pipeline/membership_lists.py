"""Membership told as lists, name expansions and histories, where no member noun stands next to the list.

News prose often names an organisation's members without the words 'members include':
- a counted roster: 'The 16 allies are A, B and C', 'The seven - A, B, C, D, E, F and G - will meet';
- a name spelt out: 'BRICS, long shorthand for A, B, C, D and E', 'the grouping, which stands for A, B and C';
- a history: 'since A was brought into the bloc in 2010, joining B, C and D', 'the bloc, which A joined alongside
  B in 2017', 'barely a year after A was admitted at a virtual summit', 'A acceded to the union in January 2015,
  and B in August of the same year';
- members' leaders introduced as such: 'of the 19 member countries, the leaders of A, B and C came', 'the leaders
  of eight of the bloc's ten member states attended: Sultan X of A, Cambodian Prime Minister Y, ...';
- member bodies counted in with the states: 'the G20 is 19 countries plus the European Union and, since 2023, the
  African Union', 'the African Union, which took its seat as the club's 21st member'.
A list of guests, invitees, another body's states, or leaders not introduced as members' gives nothing.
"""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding, _past_dates, _settled, _target_org
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_KINDS = ("country", "org")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBERS) + r")"
# a generic name of an organisation standing for the summit's: 'the bloc', 'the grouping', "the club's"
_GENERIC_ORG = r"(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|club|forum|community|commonwealth|body)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
          r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _finding(org: str | None, item: Mention, status: str, rule: str, since: str | None, start: int) -> MembershipFinding | None:
    if org is None or item.entity_id is None or item.entity_id == org:
        return None
    return MembershipFinding(org, item.entity_id, item.canonical or "", status, rule, since, (start, item.end))


def _named_org(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """Return an organisation named between two offsets (the article's), the last one."""
    orgs = [m for m in mentions if m.kind == "org" and start <= m.start and m.end <= end]
    return orgs[-1] if orgs else None


def _date_after(s: Sentence, published: str | None, pos: int, stop: int | None = None) -> str | None:
    """Return the first date of the sentence starting at or after an offset (the article's) and before `stop`."""
    for d in _past_dates(s.text, published):
        if d.span[0] >= pos - s.start and (stop is None or d.span[0] < stop - s.start):
            return d.start
    return None


# --- counted rosters ------------------------------------------------------------------------------------------------

# 'The 16 allies are', "the bloc's ten member states are:", 'The seven - ', 'the original six:' (a numeral alone stands for
# the members only when the list that follows has as many places)
_COUNTED_ROSTER = re.compile(
    r"\b(?:the|its|their|(?:the\s+)?" + _GENERIC_ORG + r"['’]s)\s+(?:(?:original|founding|current)\s+)?(?P<n>" + _NUMBER + r")"
    r"(?:\s+(?:(?:original|founding)\s+)?(?P<noun>allies|members|member[- ](?:states|countries|nations|economies))(?:\s+(?:at\s+the\s+time|then|now|today|at\s+present))?)?"
    r"\s*(?:(?:are|were|remain)\s*:?\s*|\s[-–—]{1,2}\s*|[–—(:]\s*)(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# a status other than membership said of the list: 'The four - A, B, C and D - were suspended'
_OTHER_STATUS = re.compile(r"\b(?:suspend|expel|withdr[ae]w|quit|left|leav|observer|candidate|appl(?:y|ied|ication)|invit|guest|"
                           r"partner|exit|bid)", re.I)


def counted_rosters(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'The 16 allies are A, B, ...', 'The seven - A, B, ... - will meet': a counted roster of the members.

    With 'allies' or 'members' the count must match the list within one (a reading may miss a misspelt place); a
    numeral alone ('The seven - ...') must match it exactly and count five or more, so 'the three - A, B and C -' (a
    sub-group) and a roster of some other number of states give nothing.
    """
    found: list[MembershipFinding] = []
    for m in _COUNTED_ROSTER.finditer(s.text):
        n = _count(m.group("n"))
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        if not n or not items:
            continue
        if m.group("noun") and abs(len(items) - n) > 1 or not m.group("noun") and (len(items) != n or n < 5):
            continue
        if _OTHER_STATUS.search(s.text[items[-1].end - s.start:]):
            continue
        org = _target_org(mentions, main_org, s.start + m.start())
        found += [f for x in items if (f := _finding(org, x, "member", "counted_roster", None, s.start + m.start()))]
    return found


# 'only four members, A and B among them,', 'several allies, including A and B,': some members, a few named
_SOME_MEMBERS = re.compile(r"\b(?:(?:only|just|at\s+least)\s+)?(?:" + _NUMBER + r"|several|a\s+few|a\s+handful\s+of|some|many)\s+"
                           r"(?:(?:other|of\s+the|of\s+its)\s+)?(?:allies|members|member[- ](?:states|countries|nations))\s*,\s*"
                           r"(?P<incl>(?:among\s+them|including|such\s+as|notably)\s+)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_AMONG_THEM = re.compile(r"\s+(?:among\s+them|included|among\s+those)\b", re.I)


def some_members(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'a target only four members, A and B among them, meet': the members named as examples of a counted few.

    The examples must be states ('four members, Smith among them' names people); a body named after the noun ('four
    members of the G7, ...') does not match, the comma must follow the noun.
    """
    found: list[MembershipFinding] = []
    for m in _SOME_MEMBERS.finditer(s.text):
        items = [x for x in read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS) if x.kind == "country"]
        if not items or not (m.group("incl") or _AMONG_THEM.match(s.text, items[-1].end - s.start)):
            continue
        org = _target_org(mentions, main_org, s.start + m.start())
        found += [f for x in items if (f := _finding(org, x, "member", "some_members", None, s.start + m.start()))]
    return found


# --- a name spelt out -----------------------------------------------------------------------------------------------

# 'BRICS, long shorthand for', 'the grouping - originally short for', 'which stands for', 'named after the initials of'
_EXPANSION = re.compile(
    r"(?:\s*(?:,|\s[-–—]{1,2}|[–—(])\s*(?:(?:which|that)\s+)?|\s+)(?:(?:long|originally|once|initially|first|still)\s+)?"
    r"(?:(?:a\s+|the\s+)?(?:shorthand|short|abbreviation)\s+for|stands?\s+for|stood\s+for|(?:is\s+|was\s+)?named\s+"
    r"(?:after|for)\s+the\s+initials\s+of|(?:takes?|took)\s+its\s+name\s+from)\s+(?:the\s+)?(?:initials\s+of\s+)?",
    re.I)


def expansions(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'BRICS, long shorthand for A, B, C, D and E': the states a name spells out are members.

    The name must be an organisation's (named right before the cue) or a generic noun for the summit's ('the
    grouping'); an unknown acronym ('IBSA, short for A, B and C') is another body's and gives nothing. Three places
    at least.
    """
    found: list[MembershipFinding] = []
    for m in _EXPANSION.finditer(s.text):
        before = s.text[max(0, m.start() - 40): m.start()]
        org_m = _named_org(mentions, s.start + m.start() - 40, s.start + m.start())
        if org_m is not None and org_m.end >= s.start + m.start() - 1:
            org = org_m.entity_id
        elif re.search(r"\b(?:the|its|this)\s+(?:[\w-]+\s+)?(?:" + _GENERIC_ORG + r"|name|acronym|abbreviation)$", before, re.I):
            org = main_org
        else:
            continue
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        if len(items) < 3:
            continue
        found += [f for x in items if (f := _finding(org, x, "member", "expansion", None, s.start + m.start()))]
    return found


# --- histories --------------------------------------------------------------------------------------------------------

# an entry: 'was brought into', 'joined', 'was admitted to', 'became a member of' ... then ', joining A, B and C'
_ENTRY = (r"(?:(?:was|were)\s+(?:formally\s+|finally\s+)?(?:brought|taken|let|welcomed|admitted|accepted|inducted)\s+(?:in(?:to)?|to)\b|"
          r"joined|entered|acceded\s+to|became\s+(?:a\s+|the\s+\w+\s+)?(?:full\s+)?member\s+of)")
_JOINING_LIST = re.compile(r"(?P<cue>" + _ENTRY + r")(?P<obj>[^.;]{0,80}?),\s+(?:thereby\s+)?joining\s+(?:the\s+)?"
                           r"(?:(?:founding|original|existing)\s+(?:members?\s+)?)?(?=(?-i:[A-Z]))", re.I)
# the object of the entry is an organisation: 'into the bloc', 'into what was then BRIC', or only a time ('back in 2010')
_ORG_OBJECT = re.compile(r"^\s*(?:(?:the\s+)?(?:[\w-]+\s+)?" + _GENERIC_ORG + r"\b|what\s+was\s+(?:then|once|at\s+the\s+time)\b|"
                         r"(?:back\s+)?(?:in|on)\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d))", re.I)


def _subject_before(mentions: list[Mention], s: Sentence, pos: int) -> Mention | None:
    """Return the country just before an offset: 'South Africa (itself) was brought into'."""
    prior = [m for m in mentions if m.kind in _KINDS and m.end <= pos
             and re.fullmatch(r"\s*(?:itself|themselves|too|also|,\s*which\s+)?\s*", s.text[m.end - s.start: pos - s.start], re.I)]
    if prior and _PREP_COMPLEMENT.search(s.text[max(0, prior[-1].start - s.start - 40): prior[-1].start - s.start]):
        return None  # 'A minister from Iran was admitted to a clinic': the state is not the subject
    return prior[-1] if prior else None


# a common noun and a preposition before the state: 'a minister from A', 'the delegation of B' (not 'the Republic of C')
_PREP_COMPLEMENT = re.compile(r"\b[a-z]+\s+(?:from|of|for|with|by)\s+(?:the\s+)?$")


def joined_lists(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                 published: str | None) -> list[MembershipFinding]:
    """'since A was brought into the bloc in 2010, joining B, C and D': the states joined are members, and so is A.

    The entry's object must be an organisation (generic or named: then it must be the target) or only a time; 'A
    joined the talks, joining B and C in a call for calm' gives nothing.
    """
    found: list[MembershipFinding] = []
    for m in _JOINING_LIST.finditer(s.text):
        obj = m.group("obj")
        named = _named_org(mentions, s.start + m.start("obj"), s.start + m.end("obj"))
        if named is None and not _ORG_OBJECT.match(obj):
            continue
        org = named.entity_id if named is not None else main_org
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        if not items:
            continue
        found += [f for x in items if (f := _finding(org, x, "member", "joining_list", None, s.start + m.start()))]
        subject = _subject_before(mentions, s, s.start + m.start())
        if subject is not None:
            since = _date_after(s, published, s.start + m.start(), s.start + m.end())
            status = _settled("joining", since, published) if since else "member"
            f = _finding(org, subject, status, "joining_list", since, subject.start)
            found += [f] if f else []
    return found


# "the bloc, which A joined alongside B in 2017", 'the alliance, which A and B entered together in 1952'
_WHICH_JOINED = re.compile(r"(?P<ante>\b" + _GENERIC_ORG + r"|(?-i:[A-Z][\w-]*))\s*,\s*which\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_JOINED_WITH = re.compile(r"\s+(?:(?:only|first|finally|formally)\s+)?(?:joined|entered|acceded\s+to)(?P<with>\s+(?:alongside|along\s+with|together\s+with|with)\s+"
                          r"(?=(?:the\s+)?(?-i:[A-Z])))?", re.I)


def which_joined(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                 published: str | None) -> list[MembershipFinding]:
    """"the bloc, which A joined alongside B in 2017": A and B entered the organisation the relative stands for.

    The antecedent must be an organisation (named, or a generic noun for the summit's); 'the talks, which A joined
    with B' gives nothing.
    """
    found: list[MembershipFinding] = []
    for m in _WHICH_JOINED.finditer(s.text):
        named = _named_org(mentions, s.start + m.start("ante"), s.start + m.end("ante"))
        if named is None and not re.fullmatch(_GENERIC_ORG, m.group("ante"), re.I):
            continue
        org = named.entity_id if named is not None else main_org
        subjects = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        if not subjects:
            continue
        cue = _JOINED_WITH.match(s.text, subjects[-1].end - s.start)
        if not cue:
            continue
        items = subjects + (read_list(ref, mentions, s.start + cue.end(), s.text, s.start, _KINDS) if cue.group("with") else [])
        end = items[-1].end
        since = _date_after(s, published, end, end + 40)
        status = _settled("joining", since, published) if since else "member"
        found += [f for x in items if (f := _finding(org, x, status, "which_joined", since, s.start + m.start()))]
    return found


# 'after A was admitted at a virtual summit', 'A was brought in at Washington's insistence in 1976', 'it was
# admitted in 2001': an entry with no object, dated or placed at a meeting (never 'admitted to hospital')
_BARE_ENTRY = re.compile(r"\b(?:was|were)\s+(?:formally\s+|finally\s+|only\s+)?(?:admitted|brought\s+in|let\s+in|taken\s+in|"
                         r"inducted|welcomed\s+in)(?=\s+(?:at|during)\s+(?:an?|the|its|last\s+\w+['’]s|[\w-]+['’]s?)\s+"
                         r"(?:[^.;,]|(?<=[A-Z])\.){0,40}?\b(?:summit|meeting|gathering|conference|insistence|request|invitation)\b|\s+in\s+(?:\d{4}|" + _MONTH + r"))",
                         re.I)
# a recent time: the entry is news, so the state is joining ('admitted at last week's summit')
_RECENT = re.compile(r"\b(?:last\s+(?:week|month)|this\s+(?:week|month|year)|yesterday|days?\s+ago|weeks?\s+ago|"
                     r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def bare_entries(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                 published: str | None) -> list[MembershipFinding]:
    """'after A was admitted at a virtual summit', 'it was brought in at Washington's insistence in 1976'.

    The subject is the state just before the verb, or for 'it' the only state named before it in the sentence. The
    organisation is the summit's (a named one after the cue must not be another body). A dated entry settles by its
    date; an undated one is a member unless a recent time word makes it news.
    """
    found: list[MembershipFinding] = []
    for m in _BARE_ENTRY.finditer(s.text):
        pos = s.start + m.start()
        subjects = []
        subject = _subject_before(mentions, s, pos)
        if subject is not None:
            subjects = [subject]
        elif re.search(r"\bit\s+$", s.text[: m.start()], re.I):
            before = [x for x in mentions if x.kind == "country" and x.end <= pos]
            subjects = before if len({x.entity_id for x in before}) == 1 else []
            subjects = subjects[:1]
        if not subjects:
            continue
        clause = s.text[m.end(): m.end() + 80].split(";")[0].split(",")[0]
        org_m = _named_org(mentions, s.start + m.end(), s.start + m.end() + len(clause))
        if org_m is not None and org_m.entity_id != main_org:
            continue
        since = _date_after(s, published, s.start + m.end(), s.start + m.end() + len(clause))
        status = _settled("joining", since, published) if since else "joining" if _RECENT.search(clause) else "member"
        found += [f for x in subjects if (f := _finding(main_org, x, status, "bare_entry", since, x.start))]
    return found


# a gapped second accession: 'A acceded to the union in January 2015, and B in August of the same year'
_GAP_CUE = re.compile(r"\b(?:acceded\s+to|joined|(?:was|were)\s+admitted\s+(?:to|into))\s+(?:the\s+(?:[\w-]+\s+)?" + _GENERIC_ORG +
                      r"|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4})[^.;]{0,60}?\b(?:in|on)\s+", re.I)
_GAP_AND = re.compile(r",?\s+and\s+(?:the\s+)?$", re.I)


def gapped_accessions(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                      published: str | None) -> list[MembershipFinding]:
    """'A acceded to the union in January 2015, and B in August of the same year': B joined too, at its own date.

    The first clause's subject must be a state; the gapped part is 'and' + a state + 'in/on' + a time.
    """
    found: list[MembershipFinding] = []
    for m in _GAP_CUE.finditer(s.text):
        if _subject_before(mentions, s, s.start + m.start()) is None:
            continue
        obj = _named_org(mentions, s.start + m.start(), s.start + m.end())
        if obj is not None and obj.entity_id != main_org or obj is None and not re.search(_GENERIC_ORG, m.group(0), re.I):
            continue  # 'joined the EU in May, and B in June' in a NATO article; 'joined Russia in May': no body
        for x in mentions:
            if x.kind != "country" or x.start < s.start + m.end():
                continue
            if not _GAP_AND.search(s.text[m.end(): x.start - s.start]) or re.search(r"[;]", s.text[m.end(): x.start - s.start]):
                continue
            if not re.match(r"\s+(?:in|on)\s+(?:\d|the\s+same|(?-i:[A-Z]))", s.text[x.end - s.start:]):
                continue
            since = _date_after(s, published, x.end, x.end + 50)
            if since and not re.search(r"\b\d{4}\b|\byear\b", s.text[x.end - s.start: x.end - s.start + 50]):
                # 'and B in August': the gapped date takes the first clause's year
                first = _date_after(s, published, s.start + m.start(), x.start)
                since = first[:4] + since[4:] if first else since
            status = _settled("joining", since, published) if since else "member"
            found += [f for f in [_finding(main_org, x, status, "gapped_accession", since, x.start)] if f]
            break
    return found


# 'A and B were the last countries to join, in 2009', 'A became the newest member to be admitted'
# a subject's fellows set off after it: 'Peru, together with Russia and Vietnam, was ...'
_TOGETHER_ASIDE = re.compile(r",\s*(?:together|along)\s+with\s+[^,;.()]{1,80},\s*$", re.I)
# ('were among the last three economies admitted, in 1998')
_LAST_TO_JOIN = re.compile(r"\s+(?:were|was|became)\s+(?:among\s+)?(?:the\s+)?(?:last|latest|most\s+recent|newest|first|(?:second|third|fourth|fifth)"
                           r"(?:\s+and\s+\w+)?)\s+(?:(?:two|three|four|five|six|seven|\d+)\s+)?(?:(?:country|state|nation|member|countries|states|nations|"
                           r"members|member\s+states|economies|ones|one)\s+)?(?:to\s+(?:join|be\s+admitted|accede|enter)|admitted)\b", re.I)


def last_to_join(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                 published: str | None) -> list[MembershipFinding]:
    """'A and B were the last countries to join, in 2009': past entrants, settled by the entry's date.

    Only a past verb ('will be the next to join' is a candidacy, left to other rules); a named body after the cue must
    be the target ('the last to join the EU' in a NATO article gives nothing).
    """
    from pipeline.membership import _with_list
    found: list[MembershipFinding] = []
    for m in _LAST_TO_JOIN.finditer(s.text):
        aside = _TOGETHER_ASIDE.search(s.text, 0, m.start())  # 'A, together with B and C, was among the last ...'
        subject = _subject_before(mentions, s, s.start + (aside.start() if aside else m.start()))
        if subject is None:
            continue
        fellows = [x for x in mentions if x.kind == "country" and aside and s.start + aside.start() <= x.start < s.start + aside.end()]
        after = s.text[m.end(): m.end() + 60].split(";")[0]
        named = _named_org(mentions, s.start + m.end(), s.start + m.end() + len(after))
        if named is not None and named.entity_id != main_org:
            continue
        since = _date_after(s, published, s.start + m.end(), s.start + m.end() + len(after))
        status = _settled("joining", since, published) if since else "member"
        items = [*_with_list(s, mentions, subject, s.start + m.start()), *fellows]
        found += [f for x in items if (f := _finding(main_org, x, status, "last_to_join", since, x.start))]
    return found


# --- members' leaders -------------------------------------------------------------------------------------------------

_MEMBER_NOUN = r"(?:member[- ](?:states|countries|nations|economies)|members)"
# 'of the 19 member countries, the leaders of A, B and C ...'
_OF_MEMBERS_LEADERS = re.compile(r"\bof\s+(?:the|its|the\s+" + _GENERIC_ORG + r"['’]s)\s+(?:" + _NUMBER + r"\s+)?" + _MEMBER_NOUN +
                                 r"\s*,\s*(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\s+"
                                 r"of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# "the leaders of eight of the bloc's ten member states attended ...:" then a list of leaders
# (the states may be qualified: 'the four Central Asian founding members:')
_MEMBERS_LEADERS_COLON = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents)\s+of\s+(?:(?:all\s+)?" + _NUMBER +
                                    r"\s+of\s+)?(?:the|its|the\s+" + _GENERIC_ORG + r"['’]s|(?P<org>(?-i:[A-Z][\w-]+)))\s+(?:"
                                    + _NUMBER + r"\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,3}(?:(?:founding|original|full|remaining)\s+)?" + _MEMBER_NOUN + r"\b[^.;:]{0,80}?:\s*", re.I)


def member_leaders(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                   main_org: str | None) -> list[MembershipFinding]:
    """Members named through their leaders, when the leaders are introduced as members' leaders.

    'of the 19 member countries, the leaders of A, B and C came' gives A, B and C (only the listed ones); 'the
    leaders of eight of the bloc's ten member states attended: Sultan X of A, Cambodian Prime Minister Y, ...' gives
    the leaders' states. 'the leaders of eight guest countries attended: ...' gives nothing.
    """
    found: list[MembershipFinding] = []
    for m in _OF_MEMBERS_LEADERS.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        found += [f for x in items if (f := _finding(main_org, x, "member", "members_leaders", None, s.start + m.start()))]
    for m in _MEMBERS_LEADERS_COLON.finditer(s.text):
        org_m = _named_org(mentions, s.start + m.start(), s.start + m.end())
        if (m.group("org") and org_m is None) or (org_m is not None and org_m.entity_id != main_org):
            continue  # 'the leaders of the G7 member states:' in another body's article
        seen: set[str] = set()
        for p in people:
            if p.mention.start < s.start + m.end() or not p.country_id or p.country_id in seen or p.former:
                continue
            seen.add(p.country_id)
            if main_org and p.country_id != main_org:
                found.append(MembershipFinding(main_org, p.country_id, p.country or "", "member", "members_leaders", None,
                                               (s.start + m.start(), p.mention.end)))
    return found


# --- member bodies counted in with the states ---------------------------------------------------------------------------

# 'is 19 countries plus the European Union and, since 2023, the African Union'
_STATES_PLUS = re.compile(r"\b(?:is|are|was|comprises|consists\s+of|is\s+made\s+up\s+of|brings\s+together|groups)\s+(?:the\s+)?" + _NUMBER +
                          r"\s+(?:member\s+)?(?:countries|states|nations|economies)\s*,?\s+(?:plus|and|as\s+well\s+as|along\s+with|together\s+with)\s+"
                          r"(?=the\s+(?-i:[A-Z]))", re.I)
# an aside inside such a list: 'and, since 2023, the African Union', 'and (since 2023) the African Union'
_LIST_ASIDE = re.compile(r",?\s+(?:and|plus)\s*(?:,\s*(?:since|from|as\s+of)\s+[^,;.]{1,60},|\((?:since|from)\s+[^()]{1,60}\))\s*(?:the\s+)?", re.I)
# 'the African Union, which took its seat as the club's 21st member': a body or state taking up a member's seat
_TOOK_SEAT = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:took|has\s+taken|takes|taking)\s+(?:up\s+)?(?:its|their|her|a)\s+"
                        r"(?:permanent\s+|full\s+)?seat\s+as\s+(?:a|an|the)\s+(?:(?:club|bloc|group|grouping|alliance|union|organi[sz]ation)['’]s\s+)?"
                        r"(?:[\w-]+\s+)?(?:permanent\s+|full\s+)?member\b", re.I)


def member_bodies(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                  published: str | None) -> list[MembershipFinding]:
    """'The G20 is 19 countries plus the European Union and, since 2023, the African Union': the bodies are members.

    The subject before the verb must be the organisation (named, or 'it', or a generic noun). Also 'X, which took
    its seat as the club's 21st member' (dated: settled by the date).
    """
    found: list[MembershipFinding] = []
    for m in _STATES_PLUS.finditer(s.text):
        head = s.text[max(0, m.start() - 60): m.start()]
        org_m = _named_org(mentions, s.start + m.start() - 60, s.start + m.start())
        if org_m is not None:
            org = org_m.entity_id
        elif re.search(r"(?:^|\b(?:the|this)\s+" + _GENERIC_ORG + r"|\bit)\W*$", head, re.I):
            org = main_org
        else:
            continue
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        while items:
            aside = _LIST_ASIDE.match(s.text, items[-1].end - s.start)
            more = read_list(ref, mentions, s.start + aside.end(), s.text, s.start, _KINDS) if aside else []
            if not more:
                break
            items += more
        found += [f for x in items if x.kind == "org" and (f := _finding(org, x, "member", "states_plus", None, s.start + m.start()))]
    for x in mentions:
        if x.kind not in _KINDS:
            continue
        t = _TOOK_SEAT.match(s.text, x.end - s.start)
        if not t:
            continue
        since = _date_after(s, published, s.start + t.end(), s.start + t.end() + 60)
        if since is None:
            since = next((d.start for d in _past_dates(s.text, published) if d.span[1] <= x.start - s.start
                          and not re.search(r";", s.text[d.span[1]: x.start - s.start])), None)
        status = _settled("joining", since, published) if since else "member"
        found += [f for f in [_finding(main_org, x, status, "took_seat", since, x.start)] if f]
    return found


def history_list_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                             main_org: str | None, published: str | None) -> list[MembershipFinding]:
    """All of the module's readings of one sentence."""
    return (counted_rosters(ref, s, mentions, main_org) + some_members(ref, s, mentions, main_org) + expansions(ref, s, mentions, main_org)
            + joined_lists(ref, s, mentions, main_org, published) + which_joined(ref, s, mentions, main_org, published)
            + bare_entries(ref, s, mentions, main_org, published) + last_to_join(ref, s, mentions, main_org, published) + gapped_accessions(ref, s, mentions, main_org, published)
            + member_leaders(ref, s, mentions, people, main_org) + member_bodies(ref, s, mentions, main_org, published))
