"""Changes of office stated in the text: who is acting, who took office or succeeded whom, who left office.

NGEC/POLECAT look offices up on the story's date; we also record what the article itself says about a change,
so that an analyst can see that the text knew of it ("acting President X", "X, who took office in May",
"X succeeded Y as prime minister", "a successor to Y", "Z, who resigned last week").
"""

from __future__ import annotations

import re

from pipeline.dates import find_dates
from pipeline.model import Claim, Person, Sentence
from pipeline.reference import Reference

_WINDOW = 160
# Right after the person's frame: ", who took office in May", " was sworn in as", " succeeded Y as".
_OFFICE_WORD = r"(?:president|prime\s+minister|premier|chancellor|king|emir|sultan|head\s+of\s+(?:state|government)|leader)"
_TOOK = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:who\s+)?|\s+)(?:(?:has|had)\s+)?(?:just\s+|recently\s+|only\s+)?"
    r"(?:(?:took|assumed)\s+office|came\s+to\s+power|took\s+over\s+as|"
    r"(?:was|were|has\s+been|(?<=,\s)|(?<=who\s))\s*(?:sworn\s+in|(?:re-?)?elected|inaugurated|appointed|installed)\b(?!\s+(?:by|to\s+the\s+board))|"
    r"became\s+(?:the\s+)?(?:country['’]s\s+|nation['’]s\s+)?(?:new\s+|first\s+)?(?:acting\s+|interim\s+)?" + _OFFICE_WORD + r")\b",
    re.I)
_SUCCEEDED = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:(?:has|had)\s+)?(?:succeeded|replaced|took\s+over\s+from)\s+(?:the\s+late\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$", re.I)
_SUCCESSOR_TO = re.compile(r"\b(?:successor\s+(?:to|of)|succeed(?:s|ing)?|replac(?:e|es|ing))\s+(?:the\s+late\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,3})?$", re.I)
_NEW_BEFORE = re.compile(r"\b(?-i:newly[- ](?:elected|appointed|installed|inaugurated)|new|incoming)\s+(?:(?:prime|minister|president|premier|chancellor|leader|head|of|state|government|king|emir)\s+){0,3}$|"
                         r"\b(?:president|prime[- ]minister)-(?:elect|designate)\s+$", re.I)
_LEFT = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:who\s+)?(?:(?:has|had|was|is)\s+)?(?:recently\s+|just\s+)?"
    r"(?:resigned|stepped\s+down|was\s+ousted|ousted|was\s+removed|was\s+deposed|was\s+impeached|left\s+office|"
    r"lost\s+(?:the|last\s+\w+['’]s|this\s+\w+['’]s)\s+(?:\w+\s+)?election|was\s+overthrown|was\s+toppled)\b", re.I)


def _when(text: str, published: str | None) -> tuple[str | None, str | None]:
    dates = find_dates(text, published, future=False)
    return (dates[0].start, dates[0].precision) if dates else (None, None)


def _claim(p: Person, change: str, s: Sentence, rule: str, when: tuple[str | None, str | None],
           predecessor: Person | None = None, confidence: float = 0.7) -> Claim:
    payload = {"person_id": p.person_id, "person": p.canonical, "role": p.role, "country": p.country,
               "change": change, "when": when[0],
               "predecessor": predecessor.canonical if predecessor else None,
               "predecessor_id": predecessor.person_id if predecessor else None}
    return Claim("office_change", (p.person_id, change, when[0] or ""), payload, s.text,
                 (min(p.start, p.mention.start), max(p.end, p.mention.end)), rule, confidence, when[0], when[1])


def office_changes(ref: Reference, sentences: list[Sentence], people: dict[int, list[Person]],
                   published: str | None) -> list[Claim]:
    """Return office_change claims: acting office holders, new office holders, successions and departures."""
    claims: dict[tuple[str, str], Claim] = {}

    def add(c: Claim) -> None:  # one claim per person and change; a dated statement beats an undated one
        old = claims.get(c.key[:2])
        if old is None or (not old.valid_time and c.valid_time):
            claims[c.key[:2]] = c

    for s in sentences:
        if s.kind == "credit":
            continue
        ps = sorted((p for p in people[s.index] if p.person_id and not p.former), key=lambda p: p.mention.start)
        for i, p in enumerate(ps):
            a, b = p.mention.start - s.start, max(p.end, p.mention.end) - s.start
            after, before = s.text[b: b + _WINDOW], s.text[max(0, min(p.start, p.mention.start) - s.start - _WINDOW): a]
            if p.acting:
                add(_claim(p, "acting", s, "acting_office", (None, None), confidence=0.8))
            took = _TOOK.match(after)
            if took:
                clause = re.split(r"[;.]|,\s*(?:and|but|while)\s", after[took.end():], maxsplit=1)[0]
                add(_claim(p, "took_office", s, "took_office", _when(after[:took.end()] + clause, published)))
            elif _NEW_BEFORE.search(before[-60:]):
                add(_claim(p, "took_office", s, "new_office_holder", (None, None), confidence=0.6))
            nxt = ps[i + 1] if i + 1 < len(ps) else None
            if nxt is not None and nxt.person_id != p.person_id and _SUCCEEDED.match(
                    s.text[b: min(nxt.start, nxt.mention.start) - s.start] + " "):
                when = _when(s.text[b: b + _WINDOW], published)
                add(_claim(p, "took_office", s, "succeeded", when, predecessor=nxt))
                add(_claim(nxt, "left_office", s, "succeeded", when))
            elif _SUCCESSOR_TO.search(before[-80:]):
                add(_claim(p, "left_office", s, "successor_to", (None, None), confidence=0.6))
            left = _LEFT.match(after)
            if left:
                clause = re.split(r"[;.]|,\s*(?:and|but|while)\s", after[left.end():], maxsplit=1)[0]
                add(_claim(p, "left_office", s, "left_office", _when(after[:left.end()] + clause, published)))
    return list(claims.values())


__all__ = ["office_changes"]
