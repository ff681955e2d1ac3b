"""A stand-in told by the place he takes: "X's place is taken by Y", "Y takes the place of X". Small invented articles
(no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_HEAD = ("African Union leaders meet in Addis Ababa\n\n"
         "ADDIS ABABA (Horn Wire) -- African Union leaders open their annual summit in Addis Ababa on Saturday.\n\n")
_TAIL = "\n\nPresident William Ruto of Kenya and President Paul Kagame of Rwanda will attend.\n"


def _roles(out: dict) -> dict[str, tuple[str, str]]:
    return {a["person"]: (a["status"], a["capacity"]) for a in out["attendees"] if a["person"]}


@pytest.mark.parametrize("sentence", [
    "President Bola Tinubu's place will be taken by Vice President Kashim Shettima.",
    "Nigeria's President Bola Tinubu's place is being taken by Vice President Kashim Shettima.",
    "Vice President Kashim Shettima takes the place of President Bola Tinubu at the summit.",
])
def test_the_one_whose_place_is_taken_is_absent_and_the_other_stands_in(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, _HEAD + sentence + _TAIL, "2024-02-14")
    roles = _roles(out)
    assert roles.get("Kashim Shettima") == ("expected", "stand_in"), roles
    assert "Bola Tinubu" in {a["person"] for a in out["absentees"]}


@pytest.mark.parametrize("sentence", [
    # a seat taken by another state's leader is no stand-in
    "President Bola Tinubu's place at the table was taken by President Paul Kagame of Rwanda for the photograph.",
    # taking one's own place is sitting down
    "Vice President Kashim Shettima took his place at the table beside President Bola Tinubu.",
])
def test_a_seat_at_the_table_is_no_stand_in(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, _HEAD + sentence + _TAIL, "2024-02-14")
    assert all(a["capacity"] != "stand_in" for a in out["attendees"]), _roles(out)
