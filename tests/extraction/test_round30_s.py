"""Round 30 (S): the summit's dates, each family on small invented articles (published Wednesday 27 November 2024)."""

from __future__ import annotations

import re

import pytest

from pipeline.summit import _DATELINE_PIECE, _INTERVAL_AFTER
from tests.extraction.conftest import extract_text


def _dates(ref, tmp_path, body: str, published: str = "2024-11-27") -> str | None:
    return extract_text(ref, tmp_path, body, published)["summit"]["dates"]


# --- a closing day named elsewhere falls inside the length counted on from the lede's day ---------------------------

_MID = ("Allies agree a drone shield\n\n"
        "ROME, Nov 27 (Tiber Wire) - NATO leaders on Wednesday approved a common drone shield for the eastern flank.\n\n"
        "Officials spoke at the congress centre where the three-day summit is being held.\n\n")


@pytest.mark.parametrize(("close", "dates"), [
    ("The summit wraps up on Thursday with a session on defence budgets.", "2024-11-26/2024-11-28"),
    ("The meeting closes on Thursday after a working lunch with partners.", "2024-11-26/2024-11-28"),
    ("The talks end on Thursday with a working lunch.", "2024-11-26/2024-11-28"),
    # the close falls on the last day of the span counted on from Wednesday: nothing to move
    ("The summit wraps up on Friday with a session on defence budgets.", "2024-11-27/2024-11-29"),
    # a close of something else, not the summit's
    ("The exhibition closes on Thursday.", "2024-11-27/2024-11-29"),
])
def test_a_closing_day_inside_the_length_ends_the_summit(ref, tmp_path, close, dates):
    assert _dates(ref, tmp_path, _MID + close + "\n") == dates


def test_a_lede_that_opens_the_summit_keeps_its_day_as_the_first(ref, tmp_path):
    body = ("Alliance summit opens\n\n"
            "NATO leaders opened a three-day summit in Rome on Wednesday with a pledge on drones.\n\n"
            "The summit wraps up on Thursday with a session on budgets.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-27/2024-11-29"


# --- the summit opened with an event (a dinner, a banquet) on the day before the lede's -----------------------------

@pytest.mark.parametrize(("opened", "dates"), [
    ("The summit, which opened with a state banquet on Tuesday evening, drew a record number of guests.",
     "2024-11-26/2024-11-27"),
    ("The meeting began with a working dinner on Tuesday.", "2024-11-26/2024-11-27"),
    ("The gathering opened with a gala concert on Monday night, officials said.", "2024-11-25/2024-11-27"),
    # an opening a week before the lede's day is another event's
    ("The Astana summit, which opened with a state banquet on Wednesday last week, set the agenda.", "2024-11-27"),
])
def test_an_opening_event_dates_the_first_day(ref, tmp_path, opened, dates):
    body = ("Bloc adopts a transport charter\n\n"
            "ALMATY, Nov 27 -- Kazakh President Tokayev on Wednesday chaired the SCO summit, which adopted a charter "
            "on rail transit.\n\n" + opened + "\n")
    assert _dates(ref, tmp_path, body) == dates


# --- the closing sitting named after the day's possessive ('at Thursday's closing session') ------------------------

@pytest.mark.parametrize(("close", "dates"), [
    ("Argentina is due to take the chair from the hosts at Thursday's closing session.", "2024-11-27/2024-11-28"),
    ("The leaders will adopt their statement at Thursday's final plenary.", "2024-11-27/2024-11-28"),
    ("Ministers expect the text to be signed at Friday's concluding session.", "2024-11-27/2024-11-29"),
    # an opening sitting tells no close
    ("Argentina spoke at Thursday's opening session of the business forum.", "2024-11-27"),
])
def test_a_days_closing_session_ends_the_summit(ref, tmp_path, close, dates):
    body = ("Group agrees a debt framework\n\n"
            "Lima (Andes Wire) - Leaders of the G20 on Wednesday agreed a debt framework for poor countries on the "
            "opening day of their summit in Lima.\n\n" + close + "\n")
    assert _dates(ref, tmp_path, body) == dates


# --- a date after 'a week after <another event>' is that event's ----------------------------------------------------

@pytest.mark.parametrize("aside", [
    "The summit came ten days after the leaders of ASEAN met in Jakarta on 17 November.",
    "The meeting was held two weeks after the ministers gathered in Baku on November 13.",
    "The talks came a few days before the elections in Georgia on 30 November.",
])
def test_a_date_after_an_interval_dates_the_other_event(ref, tmp_path, aside):
    body = ("Security bloc backs border force\n\n"
            "YEREVAN, Nov 27 (Ararat Wire) - The heads of state of the CSTO today adopted a statement on border "
            "security at their summit in Yerevan.\n\n" + aside + "\n")
    assert _dates(ref, tmp_path, body) == "2024-11-27"


@pytest.mark.parametrize(("text", "hit"), [
    ("came a week after the leaders of the bloc met in Minsk on ", True),
    ("three days before the vote on ", True),
    ("a month after the flood on ", True),
    ("The summit opened on ", False),
    ("a week after the summit, on ", False),  # the interval's event ends at the comma
    ("after the talks on ", False),  # no interval stated
    ("arrived two days before the summit on ", False),  # the summit's own day
])
def test_interval_after_matrix(text, hit):
    assert bool(_INTERVAL_AFTER.search(text)) is hit


# --- a dateline split into pieces ('CITY. Month D. AGENCY - ...'): the lede is the sentence after them ---------------

def test_a_split_dateline_leaves_today_in_the_lede(ref, tmp_path):
    body = ("Security bloc backs border force\n\n"
            "27.11.2024 18:05\n\n"
            "YEREVAN. November 27. ARARATNEWS - The heads of state of the CSTO today adopted a statement on border "
            "security, the agency's correspondent reports.\n\n"
            "The session of the council was chaired by the Armenian president, who was elected in February.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-27"


@pytest.mark.parametrize(("text", "hit"), [
    ("YEREVAN.", True), ("November 27.", True), ("27 November.", True), ("Nov. 27.", True),
    ("The summit opened.", False), ("YEREVAN, Nov 27 - Leaders met.", False),
])
def test_dateline_piece_matrix(text, hit):
    assert bool(_DATELINE_PIECE.fullmatch(text)) is hit


def test_no_catastrophic_interval_scan():
    text = "a week after " + "x " * 50_000 + "on "
    assert re.search(_INTERVAL_AFTER, text[-160:]) is None
