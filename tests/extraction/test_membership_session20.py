"""Memberships of session 20 (blind rounds 54 and 56): an entry told with 'entered', its subject a list, two leaders
for their states, or the body named by its acronym (not a body's airspace, market or talks); one of the last states
admitted, its fellows set off after it; an admission told from the story's past ('the following year'); an entry
'only in 2009'; an exit 'under' a ruler or 'walked away from it'; the body's partners in an appositive; the members
that an entry leaves; members yet to ratify another's accession; a bare application with its fellow; an arrival as
the Nth member; a return as a full member; and no membership for 'non-member countries:'. And (blind round 57): the
states joined 'as a founding member', an observer that 'sits in on the meetings', 'the original four - A, B, C and D -',
an entry 'joining the original six', a long-standing application, a suspension the council lifted. Small invented articles (no
sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.test_membership_session19 import _members


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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Namibia, together with Lesotho and Malawi, was among the last three states admitted, in 1994.",
     {("Namibia", "member"), ("Lesotho", "member"), ("Malawi", "member")}),
    ("The summits began in Lusaka in 1980. Namibia, which was admitted to the club at Windhoek the following year, has "
     "been a full member since.", {("Namibia", "member")}),
    ("Angola, whose government joined only in 2009, sent its president.", {("Angola", "member")}),
    ("Madagascar, which quit under a military ruler in 2009, was not represented.", {("Madagascar", "left")}),
    ("Seychelles and Comoros walked away from it in 2004.", {("Seychelles", "left"), ("Comoros", "left")}),
    ("Kenya and Uganda, close partners that have long stayed outside the community, were briefed.",
     {("Kenya", "partner"), ("Uganda", "partner")}),
    ("Kenya is a key partner of SADC.", {("Kenya", "partner")}),
    ("That leaves Angola, Botswana and Zambia as the community's members.",
     {("Angola", "member"), ("Botswana", "member"), ("Zambia", "member")}),
    ("Burundi is waiting for Zambia and Malawi, the only two members yet to ratify its accession protocol.",
     {("Zambia", "member"), ("Malawi", "member")}),
    ("Burundi, which applied together with Rwanda in May last year, is still waiting.", {("Burundi", "candidate")}),
    ("The summit will mark Burundi's arrival as the community's 17th member in January.", {("Burundi", "joining")}),
    ("Madagascar walked out of SADC in 2009 under a military ruler and returned as a full member in 2014.",
     {("Madagascar", "member")}),
])
def test_membership_shapes(ref, tmp_path, sentence, expected):
    got = _members(ref, tmp_path, sentence)
    assert expected <= got, got


@pytest.mark.parametrize("sentence", [
    # a list of guests after 'non-member countries:' states no membership
    "The host invited the leaders of four non-member countries: Kenya, Uganda, Rwanda and Burundi.",
    # a bilateral partner is not the body's
    "Kenya, a close partner of Uganda, was not invited.",
])
def test_no_membership(ref, tmp_path, sentence):
    got = _members(ref, tmp_path, sentence)
    assert not {c for c, _ in got} & {"Kenya", "Uganda", "Rwanda", "Burundi"}, got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It became the community in 1992, when Namibia joined Angola, Botswana and Lesotho as a founding member.",
     {("Angola", "member"), ("Botswana", "member"), ("Lesotho", "member")}),
    ("Comoros, which sits in on the bloc's meetings as an observer, sent its president.", {("Comoros", "observer")}),
    ("The original four -- Angola, Botswana, Lesotho and Zambia -- held their first meeting at Lusaka in 1980.",
     {("Angola", "member"), ("Botswana", "member"), ("Lesotho", "member"), ("Zambia", "member")}),
    ("Namibia, which joined the original nine a year after the first summit at Lusaka in 1980, hosts next.",
     {("Namibia", "member")}),
    ("Burundi's long-standing application has gone nowhere.", {("Burundi", "candidate")}),
    ("Madagascar's membership had been suspended after the coup; the council lifted the suspension on June 17.",
     {("Madagascar", "member")}),
])
def test_membership_shapes_of_round_57(ref, tmp_path, sentence, expected):
    got = _members(ref, tmp_path, sentence)
    assert expected <= got, got
