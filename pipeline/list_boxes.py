"""Boxes of attendees split into groups: 'Here's who's in town:' ... 'ASEAN leaders' ... a paragraph ... the bullets.

A group's heading ('Member states', 'Dialogue partners', 'Guests') may stand a paragraph or two above its bullets; the
bullets still belong to the box's roster, with its tense and the group's capacity; a group heading naming the
body's members, dialogue partners or observers gives its items' countries that standing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.membership import MembershipFinding
from pipeline.model import Person, Sentence
from pipeline.reference import Reference

# a group's heading inside a box: 'ASEAN leaders', 'Member states', 'G20 members', 'Dialogue partners', 'Guests'
_GROUP_HEAD = re.compile(r"^\W*(?:(?:the\s+)?(?-i:[A-Z])[\w'’&-]*\s+)?(?:member(?:\s+(?:states|countries|nations|economies|leaders))?|"
                         r"members|leaders|heads\s+of\s+(?:state|government)|guests?|observers?|(?:dialogue\s+)?partners|"
                         r"(?:outreach|partner|guest|observer)\s+(?:countries|states|nations|leaders)|invitees)\s*:?\s*$", re.I)
# a box's roster stays open for this many sentences without a bullet
_IDLE = 8


@dataclass
class RosterBox:
    """The roster an article's box of attendees is under, and the group heading its next bullets fall under."""

    box: Sentence | None = None
    group: Sentence | None = None
    used: bool = False
    idle: int = 0

    def intro(self, s: Sentence, intro: Sentence | None, bullet: bool) -> Sentence | None:
        """Return the intro of `s`: the one found (`intro`), or the group heading standing above its bullets across a
        paragraph, read under the box's own intro ('Here's who's in town:' + 'Dialogue partners')."""
        heading = s.kind == "heading" and not bullet
        if (heading or s.text.rstrip().endswith(":")) and self.box is not None and _GROUP_HEAD.match(s.text):
            self.group, self.used, self.idle = Sentence(s.index, self.box.start, s.end, self.box.text + "\n" + s.text,
                                                        s.kind), False, 0
            return self.group
        if intro is not None and intro.index == s.index:
            self.box, self.group, self.used, self.idle = intro, intro if heading else None, False, 0
            return intro
        if heading or s.text.rstrip().endswith(":"):
            self.box = self.group = None  # a heading of another kind, or another list's intro, closes the box
            return intro
        if bullet:
            self.used, self.idle = True, 0
            return intro if intro is not None else self.group
        if self.used:
            self.group = None  # the paragraph after a group's bullets ends the group
        self.idle += 1
        if self.idle > _IDLE:
            self.box = self.group = None
        return intro


# a line of a list without a bullet: a name and place, maybe an aside, and no full stop
# ('His Highness Sheikh X, Amir of the State of Qatar;' ends a protocol list's line)
_BARE_LINE = re.compile(r"^(?:and\s+)?(?-i:[A-Z])[^.!?:;\"“”]{0,240}[;,]?$")
_NOT_ITEM = re.compile(r"\b(?:photo|pictured|file|reuters|afp|getty|said|says|told)\b", re.I)


def bare_line(text: str, s: Sentence) -> bool:
    """Return True for a sentence that is a whole line of its own ending without a stop ('Prime Minister X, Pakistan,
    on his first trip abroad since the vote'): an item of a list whose bullets were lost."""
    return (s.start == 0 or text[s.start - 1] == "\n") and text[s.end: s.end + 1] in ("", "\n") and \
        bool(_BARE_LINE.match(s.text)) and len(s.text.split()) <= 30 and not _NOT_ITEM.search(s.text)


# a group's heading that names its items' standing in the body: 'ASEAN leaders', 'Member states', 'Dialogue partners'
_STATUS_GROUP = re.compile(r"^\W*(?:(?:the\s+)?(?P<org>(?-i:[A-Z])[\w'’&-]*)\s+)?(?:(?P<member>leaders|members|full\s+members|"
                           r"member\s+(?:states|countries|nations|economies)(?:['’]?\s+leaders)?)|(?P<dialogue>dialogue\s+partners?)|"
                           r"(?P<observer>observers?(?:\s+(?:states|countries|nations))?))\s*:?\s*$", re.I)


def group_memberships(ref: Reference, s: Sentence, people: list[Person], main_org: str | None,
                      intro: str) -> list[MembershipFinding]:
    """A bullet under a group heading naming the body's members ('ASEAN leaders', 'Member states'), its dialogue
    partners or observers: the item's person's country holds that standing."""
    m = _STATUS_GROUP.match(intro.rsplit("\n", 1)[-1])
    if m is None or main_org is None or not people or not people[0].country_id or people[0].country_id == main_org:
        return []
    org = ref.org_named(m.group("org")) if m.group("org") else None
    if m.group("org") and (org is None or org.id != main_org) or (m.group("member") or "").lower() == "leaders" and org is None:
        return []  # 'Pacific leaders', 'Leaders': not the body's own
    p = people[0]
    status = "member" if m.group("member") else "dialogue_partner" if m.group("dialogue") else "observer"
    if status == "member" and p.country_id in ref.organisations:
        return []
    return [MembershipFinding(main_org, p.country_id, p.country or "", status, "group_heading_bullet", None,
                              (p.start, p.end))]
