"""Names that belong to a place or an institution named after a person, not to a person present.

'hosted at the King Hussein Bin Talal Convention Centre', 'landed at Jomo Kenyatta International Airport', 'a
speech at the Nelson Mandela Foundation': the person's name is a piece of the venue's name. Such a name names no
one at the summit, so it gives no attendee (and must not resolve, by surname, to a living namesake: 'the Rafik
Hariri airport' is not Saad Hariri).
"""

from __future__ import annotations

import re

# the head noun of a place or an institution named after someone ('... Convention Centre', '... Stadium')
_VENUE_HEADS = (r"Centre|Center|Airport|Airbase|Stadium|Arena|Auditorium|University|Academy|College|School|Institute|"
                r"Foundation|Museum|Library|Mausoleum|Memorial|Mosque|Cathedral|Church|Temple|Palace|Hospital|Avenue|"
                r"Boulevard|Square|Bridge|Highway|Expressway|Prize|Award|Dam|Port|Hall|Park|Street|Road|Station|Tower|"
                r"Lodge|Complex|Gardens|House|Castle|Manor")
# heads that are also surnames ('Chris Hall', 'Mr Park', 'Ms Street'): the last word of a name run only after a
# venue's own modifier ('the Mao Memorial Hall', 'the Sultan Qaboos Sports Complex')
_SURNAME_HEADS = frozenset({"Hall", "Park", "Street", "Road", "Station", "Tower", "Lodge", "Complex", "Gardens", "Port",
                            "Dam", "Temple", "Church", "Memorial", "Bridge", "Square", "Palace", "House",
                            "Castle", "Manor"})
_VENUE_MODIFIERS = frozenset({"Memorial", "Convention", "Conference", "Congress", "Concert", "Exhibition", "Peace",
                              "Railway", "Sports", "Great", "Central", "City", "Town", "National", "International",
                              "Olympic", "Cultural", "Friendship", "Grand", "Presidential", "Royal", "Heritage"})
_SAFE_HEADS = frozenset(_VENUE_HEADS.split("|")) - _SURNAME_HEADS
# words that end a name's run but do not belong to a venue's name after it ('Xi Jinping At Great Hall', a headline)
_NOT_VENUE_WORDS = frozenset({"At", "In", "On", "The", "Of", "To", "For", "From", "With", "And", "Inside", "Outside",
                              "Near", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                              "Today", "Tomorrow", "Yesterday", "Says", "Said", "Tells", "Meets", "Visits"})
# after the run: capitalised words (stop words end a name's run: 'Convention', 'International') and the venue's head
_VENUE_AFTER = re.compile(r"\s+((?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?)(?-i:" + _VENUE_HEADS + r")\b")
# after a run that 'the' opens ('at the Nehru memorial stadium'): the same venue in lower case
_LOWER_VENUE_AFTER = re.compile(r"\s+(?:(?:international|convention|conference|exhibition|memorial|national|sports|"
                                r"peace|concert|congress|olympic|cultural)\s+){1,2}(?:centre|center|hall|stadium|"
                                r"airport|arena|auditorium|complex|park)\b")
# 'the', perhaps with a title, right before the run: 'at the King ', 'the President '
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}$", re.I)
# a place's preposition right before a run ending in a surname head: 'lunch at Winfield House', 'talks in Lancaster
# House' (not 'spoke to Chris Hall', 'met Mr Park')
_AT_BEFORE = re.compile(r"\b(?:at|in|inside|outside)\s+$", re.I)


def part_of_place_name(text: str, a: int, b: int, run: str) -> bool:
    """Return True when the name run at text[a:b] is a piece of a place's or an institution's name.

    'the King Hussein Bin Talal Convention Centre' (the run stops before the stop words 'Convention Centre'),
    'Jomo Kenyatta International Airport' (the head inside the run), 'the Mao Zedong Memorial Hall'; not
    'Chris Hall', nor 'Xi Jinping At Great Hall' (a headline's preposition is no part of the venue's name); a run
    ending in a head that is also a surname is a place after 'at' or 'in' ('lunch at Winfield House').
    """
    words = run.split()
    if len(words) >= 2 and (words[-1] in _SAFE_HEADS or words[-1] in _SURNAME_HEADS and words[-2] in _VENUE_MODIFIERS):
        return True
    if len(words) >= 2 and words[-1] in _SURNAME_HEADS and _AT_BEFORE.search(text[max(0, a - 12): a]):
        return True
    after = _VENUE_AFTER.match(text, b)
    if after and not set(after.group(1).split()) & _NOT_VENUE_WORDS:
        return True
    return bool(_LOWER_VENUE_AFTER.match(text, b) and _THE_BEFORE.search(text[max(0, a - 40): a]))
