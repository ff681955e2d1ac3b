"""Plans the article says were overturned: a stand-in who was once to be sent, and then was not.

'X had at one point been expected to send her foreign minister, Y, in her place, but her office said she would
make the trip herself': the sending is a plan given up, so Y stands in for no one and X is not absent; what X
does is told by the later clause ('would make the trip herself'), read by the ordinary attendance cues.
"""

from __future__ import annotations

import re

# an earlier plan, right before the verb of sending: 'had at one point been expected to ', 'had originally planned to ',
# 'was initially due to ', 'was to have ', 'had been considering '
_PLAN_BEFORE = re.compile(
    r"\b(?:had\s+(?:(?:at\s+one\s+point|at\s+first|originally|initially|earlier|first|once|long)\s+)?"
    r"(?:been\s+(?:(?:at\s+one\s+point|at\s+first|originally|initially|widely)\s+)?"
    r"(?:expected|due|set|scheduled|slated|poised|planning|going|likely|tipped|considering|thinking\s+of)|"
    r"planned|intended|meant|hoped|considered|thought\s+of|proposed)|"
    r"(?:was|were)\s+(?:(?:at\s+one\s+point|at\s+first|originally|initially|first)\s+)"
    r"(?:expected|due|set|scheduled|slated|going|planning|tipped)|"
    r"(?:was|were)\s+to\s+have|at\s+one\s+point|originally|initially)"
    r"(?:\s+to)?\s+$", re.I)
# the turn that overturns it, in a later clause: ', but London said she would make the trip herself', '; he has since
# decided to go in person', ', but the palace now says he will attend after all'
_REVERSAL_AFTER = re.compile(
    r"(?:,\s*|\s+|;\s*)(?:but|however|yet|though|although)\b[^.;]{0,160}?"
    r"(?:\b(?:himself|herself|themselves|in\s+person|after\s+all)\b|"
    r"\b(?:decided|chose|opted|resolved|elected)\s+to\s+(?:go|attend|travel|come|make\s+the\s+trip|lead)\b|"
    r"\bchanged\s+(?:his|her|their)\s+mind\b|\bwill\s+now\s+(?:attend|go|travel|come|lead)\b)|"
    r";\s*(?:he|she|they)\s+(?:has|have|had)\s+since\s+(?:decided|chosen|opted)\s+to\s+(?:go|attend|travel|come)\b", re.I)


def overturned_plan(text: str, cue: re.Match[str]) -> bool:
    """Return True when the verb of sending at `cue` is an earlier plan that a later clause of the sentence overturns.

    'had at one point been expected to send Y in her place, but ... she would make the trip herself' is; 'is
    sending Y in her place' and 'had been expected to send Y, officials said' (a plan, never overturned) are not.
    """
    if not _PLAN_BEFORE.search(text[max(0, cue.start() - 80): cue.start()]):
        return False
    return bool(_REVERSAL_AFTER.search(text, cue.end()))


def given_up_stand_ins(text: str, cue: re.Match[str] | None, starts: list[int]) -> set[int]:
    """Return the indexes (into `starts`, positions in `text`) of the people named as sent by an overturned plan.

    'had been due to send Foreign Minister Y, but she will now attend herself': Y, named between the verb of sending
    and the turn, is at the summit for no one; the turn's own subject is not among them.
    """
    if cue is None or not overturned_plan(text, cue):
        return set()
    turn = _REVERSAL_AFTER.search(text, cue.end())
    assert turn is not None
    return {i for i, at in enumerate(starts) if cue.end() - 1 <= at < turn.start()}
