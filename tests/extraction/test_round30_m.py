"""Round 30 (helper m): the partner tier offered or granted, a pending exit, a body admitted as a member, a counted
status with its states after a comma, a state singled out among the members, a submitted application, and an entry
long settled by the summit ('on 1 January this year', told in the autumn). Every sentence is invented for this grid."""

from __future__ import annotations

import itertools

import pytest

from tests.extraction.conftest import extract_text, member_set

# organisation: (name form, summit city)
ORGS = {
    "SCO": ("the SCO", "Astana"),
    "BRICS": ("BRICS", "Johannesburg"),
    "ASEAN": ("ASEAN", "Vientiane"),
    "CSTO": ("the CSTO", "Yerevan"),
}
LISTS = [
    ("Kenya, Ghana and Peru", ("Kenya", "Ghana", "Peru")),
    ("Chile and Norway", ("Chile", "Norway")),
    ("Fiji, Nepal, Benin and Iceland", ("Fiji", "Nepal", "Benin", "Iceland")),
]
COUNT = {2: "two", 3: "three", 4: "four"}
PUBLISHED = "2024-10-18"

# (status, template): {o} the organisation, {L} a list, {N} its count, {X} one state of the list
FRAMES: list[tuple[str, str]] = [
    ("partner", "Offers to become partners will go to {N} states: {L}."),
    ("partner", "Invitations to become partner countries were sent to {L}."),
    ("partner", "{L} were invited to become partner countries of {o}."),
    ("partner", "The leaders agreed to invite {L} to become partners."),
    ("partner", "The council granted {L} the status of partner."),
    ("partner", "The leaders decided to grant {L} the status of {o} partner."),
    ("partner", "{L} were granted partner status."),
    ("partner", "The summit gave {L} partner-country status."),
    ("partner", "{L} were admitted as partner states."),
    ("observer", "{o} has {N} observer states, {L}, and a dozen other associates."),
    ("observer", "Besides its members, {o} counts {N} observer states, {L}."),
    ("dialogue_partner", "The bloc also has {N} dialogue partners, {L}, and two guests."),
    ("member", "{L} became full members on 1 January this year, making this the first summit of the larger group."),
    ("member", "{L} joined as full members in February of this year."),
]


def _article(org: str, sentence: str) -> str:
    name, city = ORGS[org]
    return f"{name.removeprefix('the ')} summit opens in {city}\n\nThe leaders met in {city} on Friday. {sentence}\n"


def _cases() -> list:
    orgs, lists = itertools.cycle(ORGS), itertools.cycle(LISTS)
    cases = []
    for status, template in FRAMES:
        for _ in range(2):
            org, (items, names) = next(orgs), next(lists)
            sentence = template.format(o=ORGS[org][0], L=items, N=COUNT[len(names)])
            cases.append(pytest.param(org, sentence, {(n, status) for n in names}, id=f"{status}-{org}-{len(cases)}"))
    return cases


@pytest.mark.parametrize(("org", "sentence", "want"), _cases())
def test_tier_paraphrase(ref, tmp_path, org, sentence, want):
    assert want <= member_set(extract_text(ref, tmp_path, _article(org, sentence), PUBLISHED))


# one state: (status, sentence)
SINGLES = [
    ("left", "Ruritania voted to withdraw, and the country will formally remain a member until next June.",
     "Under the charter, Kenya will remain a member until its exit takes effect in March."),
    ("member", "Kenya was the group's sole Latin member until Friday.",
     "Until this week, Chile was the bloc's only Pacific member."),
    ("member", "The newcomer sits beside Norway, which had been the only Nordic member of the bloc.",
     "Ghana, which is the only West African state in the group, welcomed the decision."),
    ("candidate", "Nepal submitted its own application in March.",
     "Benin has formally submitted a membership application."),
    ("joining", "Leaders on Friday admitted Fiji as a permanent member of BRICS.",
     "The summit admitted Peru as a full member."),
]


@pytest.mark.parametrize(("status", "sentence"), [pytest.param(s, x, id=f"{s}-{i}") for s, *xs in SINGLES
                                                  for i, x in enumerate(xs)])
def test_single_state_statuses(ref, tmp_path, status, sentence):
    got = member_set(extract_text(ref, tmp_path, _article("BRICS", sentence), PUBLISHED))
    names = {n for n in ("Kenya", "Chile", "Norway", "Ghana", "Nepal", "Benin", "Fiji", "Peru") if n in sentence}
    assert {(n, status) for n in names} <= got


def test_a_body_admitted_as_a_permanent_member(ref, tmp_path):
    body = ("G20 summit opens in Rome\n\nLeaders of the G20 on Monday admitted the African Union as a permanent member "
            "of the G20. It now sits beside the European Union, which was the only regional body in the club.\n")
    got = member_set(extract_text(ref, tmp_path, body, PUBLISHED))
    assert {("African Union", "joining"), ("European Union", "member")} <= got


def test_an_application_answered_by_the_partner_tier(ref, tmp_path):
    body = ("BRICS summit opens in Johannesburg\n\nThe leaders met in Johannesburg on Friday. Chile formally applied "
            "for membership in May. Invitations to become partners went to Chile and Ghana.\n")
    got = member_set(extract_text(ref, tmp_path, body, PUBLISHED))
    assert ("Chile", "partner") in got and ("Chile", "candidate") not in got


NEGATIVES = [
    # another body's partners, a dialogue partner's tier, a state's own partners
    ("Kenya was granted dialogue partner status.", {("Kenya", "partner")}),
    ("The leaders invited Chile to become a partner in the new grain fund.", {("Chile", "partner")}),
    ("Ghana submitted its application to host the 2030 games.", {("Ghana", "candidate")}),
    # a count that does not match the list
    ("The bloc has three observer states, Nepal and Fiji.", {("Nepal", "observer"), ("Fiji", "observer")}),
    # an entry a few months old is still the news of a first summit as a member
    ("Norway became a full member on 1 July this year.", {("Norway", "member")}),
    # a leader's remark, not a pending exit
    ("Peru will remain a partner of Chile until the treaty lapses.", {("Peru", "left")}),
]


@pytest.mark.parametrize(("sentence", "unwanted"), [pytest.param(s, u, id=str(i)) for i, (s, u) in enumerate(NEGATIVES)])
def test_no_tier_status(ref, tmp_path, sentence, unwanted):
    got = member_set(extract_text(ref, tmp_path, _article("BRICS", sentence), PUBLISHED))
    assert not unwanted & got
