"""Round 14 (helper w): membership families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def _countries(got: set[tuple]) -> set[str]:
    return {c for c, _ in got}


def test_a_month_of_the_same_year_takes_the_year_of_the_date_before(ref, tmp_path):
    opening = "The EAEU summit opened in Minsk on Thursday."
    got = _members(ref, tmp_path, opening, "Belarus signed up on 3 March 2015, and Armenia became a full member in "
                   "October of that year.", "2023-05-25")
    assert ("Armenia", "member") in got
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Hungary applied in 1997 and became a full member in March the following year.", "2022-06-28")
    assert ("Hungary", "member") in got


def test_a_state_that_joined_at_the_end_of_a_fact_line_is_a_member(ref, tmp_path):
    body = ("NATO leaders gather\n\nThe NATO summit opens in Vilnius on Tuesday.\n\n"
            "KEY FACTS\n* NATO members: 31; latest enlargement in 2020, when North Macedonia joined\n")
    got = member_set(extract_text(ref, tmp_path, body, "2023-07-10"))
    assert ("North Macedonia", "member") in got


def test_asking_for_membership_or_a_membership_action_plan_is_a_candidacy(ref, tmp_path):
    opening = "The NATO summit opens in Riga on Tuesday."
    got = _members(ref, tmp_path, opening, "Montenegro and Serbia officially requested a Membership Action Plan "
                   "last year.", "2006-11-27")
    assert {("Montenegro", "candidate"), ("Serbia", "candidate")} <= got
    got = _members(ref, tmp_path, "The SCO summit opened in Samarkand on Thursday.",
                   "Bahrain asked for full membership in 2021.", "2022-09-15")
    assert ("Bahrain", "candidate") in got
    # asking for help or a meeting is no candidacy
    got = _members(ref, tmp_path, opening, "Serbia asked for a meeting with the secretary-general.", "2006-11-27")
    assert "Serbia" not in _countries(got)


def test_states_named_along_with_other_members_or_allies_are_members(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opens in The Hague on Tuesday.",
                   "Spain and Belgium, together with some other allies, doubt the new spending target.", "2025-06-23")
    assert {("Spain", "member"), ("Belgium", "member")} <= got
    got = _members(ref, tmp_path, "The ASEAN summit opened in Vientiane on Wednesday.",
                   "Laos and Cambodia, like several other members, back the new trade plan.", "2024-10-09")
    assert {("Laos", "member"), ("Cambodia", "member")} <= got
    # outside an alliance, 'other allies' are a country's friends, not members
    got = _members(ref, tmp_path, "The G20 summit opened in Rio on Monday.",
                   "Norway and Chile, along with other allies of the host, backed the tax.", "2024-11-18")
    assert not _countries(got) & {"Norway", "Chile"}


def test_taking_its_place_at_the_table_is_joining(ref, tmp_path):
    got = _members(ref, tmp_path, "The BRICS summit opened in Kazan on Tuesday.",
                   "Egypt took its seat at the table for the first time on Tuesday.",
                   "2024-10-22")
    assert ("Egypt", "joining") in got
    got = _members(ref, tmp_path, "The ASEAN summit opened in Jakarta on Tuesday.",
                   "Brunei took its place in the bloc in 1984.", "2023-09-05")
    assert ("Brunei", "member") in got


def test_a_suspension_called_for_or_threatened_leaves_a_member(ref, tmp_path):
    opening = "The AU summit opened in Addis Ababa on Sunday."
    for body in ("Rights groups renewed their calls for Eritrea to be suspended from the union.",
                 "Nigeria's foreign minister threatened to suspend Eritrea from the union's bodies.",
                 "Diplomats said Eritrea could be suspended from the union next month.",
                 "Activists demanded the suspension of Eritrea from the union."):
        got = _members(ref, tmp_path, opening, body, "2024-02-18")
        assert ("Eritrea", "member") in got, body
    # a suspension decided stays one
    for body in ("The council voted to suspend Eritrea from the union.",
                 "Eritrea was the first state to be suspended from the union."):
        got = _members(ref, tmp_path, opening, body, "2024-02-18")
        assert ("Eritrea", "suspended") in got, body


def test_the_states_at_the_first_gathering_of_a_bloc_are_its_members(ref, tmp_path):
    opening = "The BRICS summit opened in Johannesburg on Tuesday."
    got = _members(ref, tmp_path, opening, "The group's leaders first began meeting in 2009, when Brazil, Russia, "
                   "India and China met in a Russian city.", "2023-08-22")
    assert {("Brazil", "member"), ("Russia", "member"), ("India", "member"), ("China", "member")} <= got
    # two leaders meeting in the same year is no founding of the bloc
    got = _members(ref, tmp_path, opening, "In 2009, when Brazil and Peru met in Lima, trade was the topic.", "2023-08-22")
    assert "Peru" not in _countries(got)
