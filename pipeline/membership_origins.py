"""Membership told by a body's origins and exits (round 45), beside the readers of ``membership_histories``.

- founders who signed the founding act 'when' the body was set up: 'the alliance was founded in 1992, when the X Treaty
  was signed in Tashkent by A, B and C', 'created in 1991, when A, B and C signed the X Accords';
- founders who revived or relaunched the body: 'the present union was relaunched by A, B and C, which signed ...';
- founders who turned a label into a body: 'A, B and C turned it into a political club at their first summit';
- an exit told as the only walk-out and the state's (or its capital's) notice: 'X is the only country to have walked
  out. <capital> announced its withdrawal in December 1999'.

Each gives a MembershipFinding; ``membership_histories.history_memberships`` calls ``origin_memberships`` per sentence.
"""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding, _capitals, _past_dates, generic_fits
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

_BODY = (r"(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|commonwealth|forum|club|council|association|"
         r"body|partnership|conference|cooperation|dialogue)")
_DOC = (r"(?:[\w'’-]+\s+){0,5}?(?:(?-i:Treaty|Agreement|Charter|Accords?|Convention|Declaration|Protocol|Pact|Act)|(?:founding|"
        r"constituent)\s+(?:treaty|agreement|charter|declaration|accords?|act)|charter|treaty)"
        r"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*)?")
_LEADERS = (r"(?:the\s+(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?|governments|(?:foreign\s+|prime\s+)?"
            r"ministers|representatives)\s+of\s+|"
            # 'nine majority-ruled states of the region - A, B, ... -': the states counted, then listed in a dash aside
            r"(?:[\w-]+\s+){1,3}?(?:states|countries|nations)(?:\s+of\s+the\s+region)?\s*(?:\s[-–—]{1,2}|[–—:])\s*)?(?:the\s+)?")
# 'founded in 1980, when ...'; 'traces its origins to 1 April 1980, when ...' (a body's origin is its founding)
_FOUNDED = (r"(?:founded|established|created|set\s+up|formed|launched|born|inaugurated|came\s+into\s+being|came\s+into\s+existence|"
            r"traces?\s+(?:its|their)\s+(?:origins?|roots)\s+(?:back\s+)?to|has\s+its\s+(?:origins?|roots)\s+in)")
# 'founded in 1992, when the X Treaty was signed in Tashkent by' (the signers after 'by')
_WHEN_SIGNED_BY = re.compile(
    r"\b" + _FOUNDED + r"\b(?P<gap>[^.;]{0,80}?),?\s+when\s+(?:the|an?|its)\s+(?P<doc>" + _DOC + r")\s+(?:was|were)\s+"
    r"(?:first\s+|jointly\s+)?(?:signed|concluded|agreed|adopted)\s+(?:(?:in|at|on)\s+[^,;.]{1,50}?\s+)?by\s+" + _LEADERS +
    r"(?=(?-i:[A-Z]))", re.I)
# 'created in 1991, when A, B and C signed the X Accords' (the signers before 'signed')
_WHEN = re.compile(r"\b" + _FOUNDED + r"\b(?P<gap>[^.;]{0,80}?),?\s+when\s+" + _LEADERS + r"(?=(?-i:[A-Z]))", re.I)
_SIGNED_DOC = re.compile(r"(?:\s+[-–—]{1,2}|\s*[–—])?\s+(?:(?:all|jointly|formally)\s+)?signed\s+(?:the|an?|its)\s+(?:" + _DOC + r")", re.I)
# 'was revived by A, B and C', 'was relaunched in 2000 by'
_REVIVED_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:later\s+)?(?:revived|relaunched|re-?launched|re-?established|"
                         r"re-?founded|resurrected|re-?created|re-?formed|reborn)\b(?P<gap>[^.;]{0,40}?)\s+by\s+(?:the\s+)?"
                         r"(?=(?-i:[A-Z]))", re.I)
# 'turned it into a political club', 'transformed the label into a formal bloc'
_TURNED_INTO = re.compile(r"\s+(?:(?:then|later|eventually|finally)\s+)?(?:turned|transformed|made|converted|upgraded|developed)\s+"
                          r"(?P<obj>it|(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?:idea|concept|acronym|label|term|grouping|group|"
                          r"format|forum|dialogue|meeting)|(?-i:[A-Z])[\w+-]*)\s+into\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
                          + _BODY + r"\b", re.I)


def _finding(org: str | None, x: Mention, status: str, rule: str, since: str | None, start: int) -> MembershipFinding | None:
    if org is None or x.entity_id is None or x.entity_id == org or x.kind != "country":
        return None
    return MembershipFinding(org, x.entity_id, x.canonical or "", status, rule, since, (start, x.end))


def _since(s: Sentence, published: str | None, a: int, b: int) -> str | None:
    return next((d.start for d in _past_dates(s.text, published) if a - s.start <= d.span[0] < b - s.start), None)


def _org_before(ref: Reference, s: Sentence, mentions: list[Mention], pos: int, main_org: str | None) -> str | None:
    """The organisation a verb at `pos` is said of: one named before it in its clause, a fitting generic noun, or 'it'."""
    cut = max(s.text.rfind(";", 0, pos - s.start), -1)
    a = s.start + cut + 1
    named = [x for x in mentions if x.kind == "org" and x.entity_id and a <= x.start and x.end <= pos]
    if named:
        return main_org if any(x.entity_id == main_org for x in named) else named[-1].entity_id
    head = s.text[a - s.start: pos - s.start]
    g = re.search(r"\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _BODY + r")\s*$|\b(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?P<noun2>" + _BODY + r")\s+(?:was|were|had|has)\b", head, re.I)
    if g and generic_fits(ref, g.group("noun") or g.group("noun2"), main_org):
        return main_org
    return main_org if re.match(r"\s*(?:it|which)\b", head, re.I) else None


def when_signed(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                published: str | None) -> list[MembershipFinding]:
    """The states that signed the act 'when' the organisation was founded are its founders."""
    found: list[MembershipFinding] = []
    for m in _WHEN_SIGNED_BY.finditer(s.text):
        org = _org_before(ref, s, mentions, s.start + m.start(), main_org)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        since = _since(s, published, s.start + m.start(), s.start + m.end())
        found += [f for x in items if (f := _finding(org, x, "member", "founded_when_signed", since, s.start + m.start()))]
    for m in _WHEN.finditer(s.text):
        org = _org_before(ref, s, mentions, s.start + m.start(), main_org)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if not items or _SIGNED_DOC.match(s.text, items[-1].end - s.start) is None:
            continue
        since = _since(s, published, s.start + m.start(), s.start + m.end())
        found += [f for x in items if (f := _finding(org, x, "member", "founded_when_signed", since, s.start + m.start()))]
    return found


def revived_by(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
               published: str | None) -> list[MembershipFinding]:
    """'The present community was revived by A, B and C': the states that refounded the organisation are members."""
    found: list[MembershipFinding] = []
    for m in _REVIVED_BY.finditer(s.text):
        if re.search(r"\b(?:talks|idea|plan|process|project|proposal|negotiations|dialogue|initiative|scheme)\b",
                     s.text[max(0, m.start() - 40): m.start()], re.I):
            continue
        org = _org_before(ref, s, mentions, s.start + m.start(), main_org)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        since = _since(s, published, s.start + m.start(), (items[-1].end + 80) if items else s.start + m.end())
        found += [f for x in items if (f := _finding(org, x, "member", "revived_by", since, s.start + m.start()))]
    return found


def turned_into(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                published: str | None) -> list[MembershipFinding]:
    """'A, B and C turned it into a political club': the states that made the organisation a body are its founders."""
    found: list[MembershipFinding] = []
    countries = [x for x in mentions if x.kind == "country" and x.entity_id]
    for x in countries:
        before = s.text[max(0, x.start - s.start - 12): x.start - s.start]
        if not re.search(r"(?:^|[.;:]|\b(?:and|then|but|when)|\b(?:in|by)\s+(?:19|20)\d{2}\s*,)\s*(?:the\s+)?$", before, re.I):
            continue
        items = read_list(ref, mentions, x.start, s.text, s.start, ("country",))
        m = _TURNED_INTO.match(s.text, items[-1].end - s.start) if items else None
        if m is None:
            continue
        obj = m.group("obj")
        if obj[:1].isupper():
            named = next((o for o in mentions if o.kind == "org" and o.start == s.start + m.start("obj")), None)
            org = named.entity_id if named else None
        else:
            org = main_org
        since = _since(s, published, s.start + m.start(), s.start + m.end() + 60)
        found += [f for i in items if (f := _finding(org, i, "member", "turned_into", since, x.start))]
    return found


# 'X is the only country to have walked out', 'X remains the only member ever to have quit the bloc'
_ONLY_LEFT = re.compile(r"\s+(?:is|was|remains|remained|has\s+been)\s+(?:still\s+)?the\s+(?:only|sole|one)\s+(?:[\w-]+\s+)?"
                        r"(?:country|state|nation|member(?:\s+state)?)\s+(?:ever\s+)?to\s+(?:have\s+)?(?:ever\s+)?(?:walked\s+out|left|"
                        r"quit|withdrawn|pulled\s+out|exited|walk\s+out|leave|quit|withdraw)\b(?P<rest>[^.;]{0,60})", re.I)
# 'Nouakchott announced its withdrawal in December 1999', 'gave notice of its exit'
_NOTICE = re.compile(r"\s+(?:(?:formally|then|later|finally)\s+)?(?:announced|notified|gave\s+notice\s+of|confirmed|declared|"
                     r"formali[sz]ed|completed|lodged)\s+(?:its|their)\s+(?:formal\s+)?(?:withdrawal|exit|departure|pull-?out)"
                     r"(?P<obj>\s+from\s+[^.;,]{1,60}?)?(?=\s+(?:in|on|at|during)\b|\s*[,.;]|\s+and\b)", re.I)


def _state_at(ref: Reference, x: Mention) -> Mention | None:
    """The state a mention names: a country, or a capital standing for its state ('Nouakchott announced ...')."""
    if x.kind == "country" and x.entity_id:
        return x
    capitals = _capitals(ref)
    if x.kind == "city" and x.entity_id in capitals:
        c = capitals[x.entity_id]
        return Mention("country", x.start, x.end, x.text, c.id, c.name, "metonym")
    return None


def _fits(ref: Reference, obj: str, mentions: list[Mention], at: int, main_org: str | None) -> bool:
    """Whether the object of a walk-out ('of the bloc', 'from the OAS') is the summit's organisation."""
    g = re.match(r"\s+(?:of|from)\s+(?:the|its)\s+(?:[\w-]+\s+)?(?P<noun>" + _BODY + r")\b(?!['’])", obj, re.I)
    if g:
        return g.group("noun").lower() == "body" or generic_fits(ref, g.group("noun"), main_org)
    named = next((o for o in mentions if o.kind == "org" and at <= o.start <= at + len(obj)), None)
    return named is not None and named.entity_id == main_org


def only_walkouts(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]], main_org: str | None,
                  published: str | None) -> list[tuple[Sentence, MembershipFinding]]:
    """'X is the only country to have walked out [of the bloc]. <X or its capital> announced its withdrawal in 1999':
    the state left. Without an object the walk-out needs the next sentence's dated notice by the same state; a notice
    with an object must name the summit's body ('its withdrawal from the Paris agreement' is none)."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    for i, s in enumerate(sentences):
        for x in mentions.get(s.index, []):
            state = x if x.kind == "country" and x.entity_id else None
            m = _ONLY_LEFT.match(s.text, x.end - s.start) if state else None
            if m is None or state is None:
                continue
            rest = m.group("rest")
            obj = re.match(r"\s+(?:of|from)\s+[^,;]{1,50}", rest)
            if obj and not _fits(ref, obj.group(0), mentions.get(s.index, []), s.start + m.start("rest"), main_org):
                continue
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            notice = _notice(ref, nxt, mentions.get(nxt.index, []), state.entity_id, main_org, published) if nxt else None
            if obj is None and notice is None:
                continue
            since = notice[1].since if notice else _since(s, published, s.start + m.start(), s.end)
            f = _finding(main_org, state, "left", "only_walkout", since, state.start)
            out += [(s, f)] if f else []
            out += [notice] if notice else []
    return out


def _notice(ref: Reference, s: Sentence, mentions: list[Mention], state_id: str | None, main_org: str | None,
            published: str | None) -> tuple[Sentence, MembershipFinding] | None:
    """The dated notice of withdrawal by a state (or its capital) in `s`, or None."""
    for x in mentions:
        state = _state_at(ref, x)
        m = _NOTICE.match(s.text, x.end - s.start) if state and state.entity_id == state_id else None
        if m is None or state is None:
            continue
        if m.group("obj") and not _fits(ref, m.group("obj"), mentions, s.start + m.start("obj"), main_org):
            continue
        since = _since(s, published, s.start + m.end(), s.start + m.end() + 40)
        year = re.match(r"[^.;]{0,30}?\b((?:19|20)\d{2})\b", s.text[m.end():])  # 'in late 1999': the year alone
        since = since or (year.group(1) if year and (not published or year.group(1) < published[:4]) else None)
        if since is None:
            continue
        f = _finding(main_org, state, "left", "withdrawal_notice", since, state.start)
        return (s, f) if f else None
    return None


# 'The signatories were A, B and C': a list of a founding act's signers opens a history
_SIGNATORIES = re.compile(r"^\W*(?:the\s+)?(?:(?:original|founding)\s+)?(?:signatories|signers)\s+(?:(?:to|of)\s+(?:the|its)\s+"
                          r"[\w\s-]{1,30}?\s+)?(?:are|were|included|comprised)\s*:?\s+", re.I)


def tells_signatories(s: Sentence) -> bool:
    """Return True when the sentence lists a founding act's signatories ('The signatories were A, B and C')."""
    return bool(_SIGNATORIES.match(s.text))


def origin_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                       published: str | None) -> list[MembershipFinding]:
    """The module's sentence readers: founders by a signed act, a revival or a first summit."""
    return (when_signed(ref, s, mentions, main_org, published) + revived_by(ref, s, mentions, main_org, published)
            + turned_into(ref, s, mentions, main_org, published))
