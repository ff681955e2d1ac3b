"""Attendance shapes of session 20: a stand-in named after the office a trip was delegated to ('delegated the trip
to his trade minister, X'), and an absence told beside an aside about another summit ('X, who skipped the CIS
summit in October, stayed away from Minsk as well'). Small invented articles (no sentence of any corpus); the
people in them are made up."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_REPORT = ("Pacific leaders meet in Suva\n\n"
           "SUVA (Wire) - Leaders of the Pacific Islands Forum met for their annual summit in Suva on Friday.\n\n")


def _attendees(ref, tmp_path, sentence: str, head: str = _REPORT, published: str = "2024-03-09") -> set[tuple]:
    out = extract_text(ref, tmp_path, head + sentence + "\n", published)
    return {(a["name_as_written"], a["country"], a["status"], a["capacity"]) for a in out["attendees"]}


@pytest.mark.parametrize("sentence", [
    "Tonga's Prime Minister Sione Kaufusi delegated the trip to his trade minister, Lavaka Fifita.",
    "Prime Minister Sione Kaufusi of Tonga has delegated the journey to his trade minister, Lavaka Fifita.",
])
def test_a_trip_delegated_to_a_named_minister(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert ("Sione Kaufusi", "Tonga", "absent", None) in got, got
    assert ("Lavaka Fifita", "Tonga", "attended", "stand_in") in got, got


@pytest.mark.parametrize("sentence", [
    "Tonga's Prime Minister Sione Kaufusi, who skipped the CIS summit in Bishkek in October, stayed away from Suva "
    "as well.",
    "Prime Minister Sione Kaufusi of Tonga, who missed the ASEAN summit in November, stayed away this time too.",
])
def test_an_absence_beside_an_aside_about_another_summit(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert ("Sione Kaufusi", "Tonga", "absent", None) in got, got


def test_another_summit_in_the_main_clause_still_tells_nothing(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Tonga's Prime Minister Sione Kaufusi, who chairs the group, skipped the CIS "
                                    "summit in Bishkek in October.")
    assert not any(n == "Sione Kaufusi" for n, *_ in got), got
