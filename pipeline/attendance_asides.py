"""An attendance cue inside an aside on one person ('X, attending his first summit, ...') is that person's alone."""

from __future__ import annotations

import re

from pipeline.model import Person, Sentence

# an aside opened right after a name: ', who flies to Moscow ...', ', attending his first summit ...', up to its comma
_ASIDE = re.compile(r"\s*,\s*(?:who\s|(?!(?:dur|includ|accord|follow|regard|concern|pend|exclud|noth|someth|everyth)ing\s)"
                    r"[a-z]{2,}ing\s)[^,;:()\"“”]*")
# a person named inside the aside who shares its subject's presence: 'attending with X', 'accompanied by Y'
_COMPANY_BEFORE = re.compile(r"\b(?:with|alongside|and|accompanied\s+by|joined\s+by|met|meet|meets|meeting|greet|greeted|welcome|welcomed)\s+(?:[\w'’.-]+\s+){0,3}$",
                             re.I)

# the person is the object of a preposition or of an infinitive, not listed: 'from X', 'to press X' (titles skipped)
_GOVERNED = re.compile(r"\b(?:from|against|about|over|toward|towards|than|to\s+[a-z]{3,})\s+(?:(?:[A-Z][\w'’.-]*|the|of)\s+)*$")
_LIST_GOES_ON = re.compile(r",?\s*(?:and|as\s+well\s+as|along\s+with)\b", re.I)


def in_anothers_aside(s: Sentence, p: Person, people: list[Person], cues: list[tuple[int, int]]) -> bool:
    """Return True when every attendance cue of the sentence is in an aside on an earlier person, and `p` comes after
    the cue as the object of a preposition or an infinitive, not listed: 'President X, attending his first summit of
    the alliance, proposed ... to take the lead from Y' and 'Chancellor X, who flies to Moscow next week to press Y to
    accept ..., said' tell nothing of Y's presence.

    `cues` are the (start, end) spans of the sentence's attendance cues, in its text.
    """
    at = p.mention.start - s.start
    for q in people:
        if q is p or q.mention.start >= p.mention.start or q.person_id == p.person_id:
            continue
        m = _ASIDE.match(s.text, q.mention.end - s.start)
        if m is None or not cues or not all(m.start() <= a < m.end() for a, _ in cues):
            continue
        if _LIST_GOES_ON.match(s.text, m.end()):
            continue  # 'X, attending his first summit, and Y': a list of those there, each with an aside
        if (at >= m.end() or max(z for _, z in cues) <= at) and _GOVERNED.search(s.text[m.start(): at]) \
                and not _COMPANY_BEFORE.search(s.text[m.start(): at]):
            return True
    return False
