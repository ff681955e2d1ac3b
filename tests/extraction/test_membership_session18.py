"""Memberships of session 18: a founding told with its place ('founded in 1991 near Brest by A, B and C'), the invited
states of a founding ('founded in 1975, when A invited B, C and D'), and the next entrants of a history ('Two weeks
later they were joined by A and B'). Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_HEAD = ("Southern African leaders open summit in Maputo\n\n"
         "MAPUTO, March 3 (Wire) - Leaders of the Southern African Development Community open their annual summit in "
         "Maputo on Thursday.\n\n")


def _members(ref, tmp_path, sentence: str) -> set[tuple[str, str]]:
    return member_set(extract_text(ref, tmp_path, _HEAD + sentence + "\n", "2024-03-01"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The community was founded in August 1980 near Lusaka by Zambia, Angola and Botswana.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member")}),
    ("The community was founded in 1980 in the Mulungushi forest by Zambia, Angola and Botswana.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member")}),
    ("The community was founded in 1980, when Zambia invited Angola, Botswana and Malawi.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member")}),
    ("The community was founded in 1980 by Zambia, Angola and Botswana. Two weeks later in Lusaka they were joined by "
     "Malawi, Lesotho and Tanzania.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member"), ("Lesotho", "member"),
      ("Tanzania", "member")}),
])
def test_founders_and_next_entrants(ref, tmp_path, sentence, expected):
    assert expected <= _members(ref, tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    # joined by someone with no history before and no time: a meeting's guests, not entrants
    "At dinner the leaders were joined by Malawi, Lesotho and Tanzania.",
    # an invitation to a summit, with no founding
    "In 1980 Zambia invited Malawi, Lesotho and Tanzania to a conference on transport.",
])
def test_no_entrants(ref, tmp_path, sentence):
    got = _members(ref, tmp_path, sentence)
    assert not {c for c, _ in got} & {"Malawi", "Lesotho", "Tanzania"}, got
