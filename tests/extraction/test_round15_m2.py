"""Round 15 (helper m2): membership families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def _countries(got: set[tuple]) -> set[str]:
    return {c for c, _ in got}


def test_a_body_named_with_the_count_before_the_colon_is_a_member_too(ref, tmp_path):
    got = _members(ref, tmp_path, "The G20 summit opens in Osaka on Friday.",
                   "The forum unites 19 nations plus the European Union: Japan, Mexico, Canada and Turkey, among others.",
                   "2019-06-27")
    assert {("Japan", "member"), ("Mexico", "member"), ("Canada", "member"), ("European Union", "member")} <= got
    # the count alone still works, and nothing before the count is taken
    got = _members(ref, tmp_path, "The G20 summit opens in Osaka on Friday.",
                   "Spain, a permanent guest, watches a forum that groups 19 countries: Japan, Mexico and Canada.", "2019-06-27")
    assert ("Japan", "member") in got and "Spain" not in _countries(got)


def test_the_head_of_a_relative_clause_is_the_one_that_left(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "Ukraine, which broke with the bloc after its conflict with Russia and formally left the Commonwealth in 2018, "
                   "sent nobody.", "2019-10-11")
    assert ("Ukraine", "left") in got and ("Russia", "left") not in got
    # with no relative clause, the nearest state before the verb stays the subject
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "Moldova left the Commonwealth in 2016 after a quarrel with Armenia.", "2019-10-11")
    assert ("Moldova", "left") in got and ("Armenia", "left") not in got


def test_leaving_a_described_treaty_or_union_is_an_exit_but_leaving_a_base_is_not(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Yerevan on Monday.",
                   "Uzbekistan and Moldova quit the mutual defence pact years ago.", "2016-10-14")
    assert {("Uzbekistan", "left"), ("Moldova", "left")} <= got
    got = _members(ref, tmp_path, "The SCO summit opened in Bishkek on Friday.",
                   "Under pressure from the bloc, France left the Manas air base in 2014.", "2019-06-14")
    assert ("France", "left") not in got


def test_status_lowered_to_that_of_an_associate_member_is_a_partner(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Ashgabat on Friday.",
                   "Moldova reduced its status to that of an associate member in 2020.", "2022-10-14")
    assert ("Moldova", "partner") in got and ("Moldova", "member") not in got


def test_founders_counted_then_named_among_them_are_members(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opens in Vilnius on Tuesday.",
                   "The alliance was founded in 1949 by twelve nations, including Norway, Portugal and Iceland.", "2023-07-10")
    assert {("Norway", "member"), ("Portugal", "member"), ("Iceland", "member")} <= got


def test_founded_when_the_leaders_of_named_states_signed_makes_them_members(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "The grouping was established in June 2001, when the presidents of China, Kazakhstan and Tajikistan signed "
                   "its founding declaration.", "2024-07-04")
    assert {("China", "member"), ("Kazakhstan", "member"), ("Tajikistan", "member")} <= got
    # a founding date followed by other events names no founders
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "The grouping was established in June 2001, when Mongolia was hit by a drought.", "2024-07-04")
    assert "Mongolia" not in _countries(got)


def test_two_ordinals_of_membership_are_a_joining(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opens in Washington on Tuesday.",
                   "Finland and Sweden became the alliance's 31st and 32nd members in 2023 and 2024.", "2024-07-08")
    assert {("Finland", "member"), ("Sweden", "member")} <= got


def test_the_leaders_of_three_or_more_states_meeting_for_the_first_time_are_members(ref, tmp_path):
    opening = "The Quad summit opened in Tokyo on Tuesday."
    got = _members(ref, tmp_path, opening, "The leaders of the United States, Japan, India and Australia met in person for "
                   "the first time last year.", "2022-05-24")
    assert {("United States", "member"), ("Japan", "member"), ("India", "member"), ("Australia", "member")} <= got
    # a first meeting since some event, on another body's sidelines, or with no leaders named is no founding
    for body in ("The leaders of Japan, India and Australia met for the first time since the pandemic.",
                 "The leaders of Japan, India and Australia met for the first time on the sidelines of the G20.",
                 "Japan, India and Australia met for the first time to discuss shipping."):
        assert not _members(ref, tmp_path, opening, body, "2022-05-24")
