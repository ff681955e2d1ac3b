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
    ("The community was founded at Lusaka, outside the capital, in April 1980, when Zambia invited Angola, Botswana "
     "and Malawi.", {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member")}),
    # a membership let lapse, dated
    ("In 1999 Lesotho, Malawi and Tanzania declined to renew the treaty and walked away, leaving six.",
     {("Lesotho", "left"), ("Malawi", "left"), ("Tanzania", "left")}),
    # a body joined in a tier
    ("In 2020 Kenya joined the community as an observer.", {("Kenya", "observer")}),
    ("In March 2020, Kenya, Uganda and Rwanda joined the community's states as partners in a series of consultations.",
     {("Kenya", "partner"), ("Uganda", "partner"), ("Rwanda", "partner")}),
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


@pytest.mark.parametrize("sentence", [
    "Kenya joined the United States as partners in the fight against piracy in 2010.",
    "Kenya declined to renew the lease on its embassy in 1999.",
])
def test_no_tier_from_other_partnerships(ref, tmp_path, sentence):
    assert not _members(ref, tmp_path, sentence), sentence


def test_an_organ_acting_is_no_member(ref, tmp_path):
    """'suspended by the Peace and Security Council': the organ of the union suspends; it is neither a member nor the
    UN Security Council."""
    body = ("African leaders meet in Addis Ababa\n\nADDIS ABABA, Feb 5 (Wire) - African Union leaders open their summit "
            "in Addis Ababa on Thursday.\n\nThe AU's Peace and Security Council suspended Madagascar in March 2009.\n")
    got = member_set(extract_text(ref, tmp_path, body, "2010-02-01"))
    assert ("Madagascar", "suspended") in got and not {c for c, _ in got} - {"Madagascar"}, got


_G7_HEAD = ("Group of Seven leaders open summit in Lisbon\n\nLISBON, March 3 (Wire) - Leaders of the Group of Seven open "
            "their annual summit in Lisbon on Thursday.\n\n")


def test_a_forum_born_as_its_summit(ref, tmp_path):
    """'The summit was born at X in 1975, when M. Y, then President, invited the leaders of A, B and C': a forum that is
    its summits was founded by the invited (a courtesy title's full stop does not end the clause)."""
    body = _G7_HEAD + ("The summit was born at Rambouillet in November 1975, when M. Pierre Lavalle, then President, "
                       "invited the leaders of the United States, Britain, Japan and Italy for a weekend of talks.\n")
    got = member_set(extract_text(ref, tmp_path, body, "2024-03-01"))
    assert {("United States", "member"), ("United Kingdom", "member"), ("Japan", "member"), ("Italy", "member")} <= got, got


def test_a_bodys_summit_born_is_no_founding(ref, tmp_path):
    """For a body that is more than its summits, 'the summit was born' is one meeting's story, not the body's founding."""
    body = _HEAD + ("The summit was born at Lusaka in April 2023, when M. Pierre Lavalle, then President, invited the "
                    "leaders of Kenya, Uganda and Rwanda for a weekend of talks.\n")
    got = member_set(extract_text(ref, tmp_path, body, "2024-03-01"))
    assert not {c for c, _ in got} & {"Kenya", "Uganda", "Rwanda"}, got
