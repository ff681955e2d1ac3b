"""Organisations named by description instead of by name, and acronyms written in title case.

Older and feature-style stories often never write 'G7': they say 'the leaders of the world's seven richest
democracies', 'the seven major industrial nations', 'the world's 20 largest economies'. Such a description is the
group's name for the purpose of finding which body's summit a story reports. And British style writes a long acronym
as a word: 'Brics', 'Ecowas', 'Opec', 'Apec' (the reference lists the capitals form only).
"""

from __future__ import annotations

import re

from pipeline.model import Mention, Sentence

# how many members the description counts -> the group it names
_GROUP_OF = {"seven": "g7", "7": "g7", "eight": "g7", "8": "g7", "twenty": "g20", "20": "g20",
             # the host's guests: 'received the heads of government of the six other great industrial democracies'
             "six other": "g7", "seven other": "g7", "19 other": "g20", "nineteen other": "g20"}

# 'the world's seven richest democracies', 'seven leading industrial nations', 'the eight most powerful countries',
# 'the 20 largest economies', 'seven major industrialised democracies': a rank word or 'industrial' is required, so that a
# plain count ('the seven countries') names no group
_DESCRIBED_GROUP = re.compile(
    r"\b(seven|eight|twenty|7|8|20|(?:six|seven|19|nineteen)\s+other)\s+(?:of\s+the\s+world['’]s\s+)?"
    r"(?:(?:richest|wealthiest|leading|largest|biggest|major|most\s+powerful|most\s+advanced|advanced|top|big|great|"
    r"rich|wealthy)\s+(?:non-[Cc]ommunist\s+)?(?:(?:and\s+)?(?:industrial(?:i[sz]ed)?|western|free[\s-]market|market|capitalist|economic)\s+)?|"
    # without a rank word, 'industrial' is enough: 'the seven industrial democracies', 'seven non-Communist industrial nations'
    r"(?:(?:non-[Cc]ommunist|[Ww]estern)\s+)?industrial(?:i[sz]ed)?\s+)"
    r"(?:democracies|nations|countries|powers|economies|states)\b",
    re.I,
)


# 'the leaders of the world's ...', 'heads of government of the ...': the description names who meet
_LEADERS_OF = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|summit|summitry|meeting)\s+of\s+(?:the\s+)?"
                         r"(?:world['’]s\s+)?$", re.I)


# 'the leaders of the major industrial democracies', 'the seven-nation economic summit's ... leading industrialized
# nations': without a count, only a rank word with 'industrial' names the group (the G7's usual description before
# the G20 existed), or 'Western' for 'the economic summit of the Western industrial powers'; 'leading industrial and
# emerging nations' is no such description
_UNCOUNTED_GROUP = re.compile(
    r"\b(?:major|leading|big|richest|wealthiest|most\s+powerful|advanced|[Ww]estern)\s+industrial(?:i[sz]ed)?\s+"
    r"(?:democracies|nations|countries|powers)\b", re.I)


# the meeting's own old name: 'the eighth Western economic summit', 'the seven-nation economic summit' (what the G7's
# meeting was called before 'G7' was usual), not 'an economic summit' of any kind
_ECONOMIC_SUMMIT = re.compile(r"\b(?:western|seven-(?:nation|power|country))\s+economic\s+summit\b|\bsummit\s+of\s+(?:the\s+)?"
                              r"(?:(?:major|leading|western)\s+)*industrial(?:i[sz]ed)?\s+(?:democracies|nations|countries|powers)\b",
                              re.I)


def _group_descriptions(text: str) -> list[tuple[str, int]]:
    """Return each group description in `text` as (group id, offset): counted ones, and uncounted ones naming the
    people meeting."""
    found = [(_GROUP_OF[re.sub(r"\s+", " ", m.group(1).lower())], m.start()) for m in _DESCRIBED_GROUP.finditer(text)]
    found += [("g7", m.start()) for m in _ECONOMIC_SUMMIT.finditer(text)
              if not any(abs(m.start() - at) < 40 for _, at in found)]
    found += [("g7", m.start()) for m in _UNCOUNTED_GROUP.finditer(text)
              if not any(abs(m.start() - at) < 40 for _, at in found)
              and _LEADERS_OF.search(text[max(0, m.start() - 60): m.start()])]
    return found


def described_groups(s: Sentence) -> list[tuple[str, bool]]:
    """Return the ids of the groups a sentence names by description ('the world's seven richest democracies' -> g7),
    each with whether the description names the people meeting ('the leaders of the seven richest democracies')."""
    return [(group, bool(_LEADERS_OF.search(s.text[max(0, at - 60): at]) or _ECONOMIC_SUMMIT.match(s.text, at)))
            for group, at in _group_descriptions(s.text)]


def title_case_acronym(form: str) -> str | None:
    """Return the title-case spelling of a long all-capitals acronym ('BRICS' -> 'Brics', 'ECOWAS' -> 'Ecowas'), or None
    for short ones, whose title case is a common word or name ('AU' -> 'Au')."""
    if len(form) >= 4 and form.isalpha() and form.isupper():
        return form.capitalize()
    return None


def lede_described_group(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """Return the group the lede (the first body sentence) names by description as the people meeting, before naming
    any organisation: 'The leaders of the world's seven richest democracies wrapped up their annual meeting here today'."""
    s = next((s for s in sentences if s.kind == "body"), None)
    if s is None:
        return None
    first_org = min((m.start - s.start for m in mentions[s.index] if m.kind == "org"), default=len(s.text))
    return next((group for group, at in _group_descriptions(s.text)
                 if at < first_org and (_LEADERS_OF.search(s.text[max(0, at - 60): at]) or _ECONOMIC_SUMMIT.match(s.text, at))),
                None)
