"""Memberships of session 20: an entry told with 'entered' ('Namibia and Lesotho entered the community together in
1990'), its subject a list, two leaders for their states, or the body named by its acronym; not a body's airspace,
market or talks. Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_HEAD = ("Southern African leaders open summit in Maputo\n\n"
         "MAPUTO, March 3 (Wire) - Leaders of the Southern African Development Community open their annual summit in "
         "Maputo on Thursday.\n\n")


def _members(ref, tmp_path, sentence: str, published: str = "2024-03-01") -> set[tuple[str, str]]:
    return member_set(extract_text(ref, tmp_path, _HEAD + sentence + "\n", published))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Namibia and Lesotho entered the community together in 1990.", {("Namibia", "member"), ("Lesotho", "member")}),
    ("Mauritius entered SADC in 1995, five years after Namibia.", {("Mauritius", "member")}),
    ("President Hage Geingob and Prime Minister Pakalitha Mosisili, whose countries entered the bloc in 1990, sat "
     "side by side.", {("Namibia", "member"), ("Lesotho", "member")}),
    # an entry this year is a joining
    ("Burundi entered the community in January.", {("Burundi", "joining")}),
])
def test_an_entry_told_with_entered(ref, tmp_path, sentence, expected):
    got = _members(ref, tmp_path, sentence)
    assert expected <= got, got


@pytest.mark.parametrize("sentence", [
    "Zimbabwean jets entered the community's airspace twice.",
    "Namibia entered the talks late, after the deadline had passed.",
    "Lesotho has never entered the bloc's customs arrangements.",
])
def test_entering_something_else_is_no_membership(ref, tmp_path, sentence):
    got = _members(ref, tmp_path, sentence)
    assert not got, got
