"""Session 14 (round 45): attendance told as 'were also there ..., including', a report presented with a dated aside,
the chair of a preparatory meeting, and a leader speaking from home."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

LEDE = "ARUSHA, Nov 24 - Leaders of the East African Community ended their summit in Arusha on Friday.\n\n"
PUB = "2023-11-25"


def _found(ref, tmp_path, body: str, lede: str = LEDE, published: str = PUB) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, lede + body, published))


@pytest.mark.parametrize("body", [
    "Several guests were also there for the closing session, including President Paul Kagame of Rwanda and "
    "Uganda's Yoweri Museveni.",
    "Several of the would-be members were also there for the closing session, including President Paul Kagame of "
    "Rwanda and Uganda's Yoweri Museveni.",
    "A number of neighbours were there too, including President Paul Kagame of Rwanda and Uganda's Yoweri Museveni.",
    "Other heads of state were also there on Friday, including President Paul Kagame of Rwanda and Uganda's "
    "Yoweri Museveni.",
])
def test_were_there_including(ref, tmp_path, body):
    found = _found(ref, tmp_path, body)
    assert ("Paul Kagame", "Rwanda", "attended") in found
    assert ("Yoweri Museveni", "Uganda", "attended") in found


def test_was_there_in_another_year_is_no_attendance(ref, tmp_path):
    found = _found(ref, tmp_path, "President Paul Kagame of Rwanda was there, in 2019, when the treaty was signed.")
    assert not any(p == "Paul Kagame" and s == "attended" for p, _, s in found)


def test_report_with_a_dated_elaboration(ref, tmp_path):
    body = ("EAC Secretary General Peter Mathuki presented the secretariat's report, including an update on the "
            "regional force deployed in eastern Congo since 2022.")
    assert any(p == "Peter Mathuki" and s == "attended" for p, _, s in _found(ref, tmp_path, body))


def test_report_dated_elsewhere_is_still_no_attendance(ref, tmp_path):
    body = "EAC Secretary General Peter Mathuki presented the secretariat's report in 2022."
    assert not any(p == "Peter Mathuki" and s == "attended" for p, _, s in _found(ref, tmp_path, body))


KAZAN = "KAZAN, Oct 24 - Leaders of the BRICS group ended their summit in Kazan on Thursday.\n\n"


@pytest.mark.parametrize("body", [
    "The ministers' council, which met in the city on Tuesday and Wednesday under Foreign Minister Sergey "
    "Lavrov, prepared the agenda.",
    "Senior officials meeting on Tuesday under the chairmanship of Foreign Minister Sergey Lavrov prepared the "
    "agenda.",
])
def test_chair_of_a_preparatory_meeting_is_no_attendee(ref, tmp_path, body):
    assert not any(p == "Sergey Lavrov" for p, _, _ in _found(ref, tmp_path, body, KAZAN, "2024-10-25"))


@pytest.mark.parametrize("body", [
    "Speaking in Mogadishu, President Hassan Sheikh Mohamud welcomed the decision and said he would travel to "
    "Arusha for the signing ceremony.",
    "Speaking to reporters in Mogadishu, President Hassan Sheikh Mohamud said he would fly to Arusha for the "
    "signing.",
])
def test_leader_speaking_from_home(ref, tmp_path, body):
    assert not any(p == "Hassan Sheikh Mohamud" and s == "attended" for p, _, s in _found(ref, tmp_path, body))


def test_leader_speaking_in_the_host_city(ref, tmp_path):
    body = "Speaking in Arusha, President Hassan Sheikh Mohamud told the summit that his country was ready."
    assert ("Hassan Sheikh Mohamud", "Somalia", "attended") in _found(ref, tmp_path, body)


def test_summit_held_under_the_chairmanship_of_a_leader(ref, tmp_path):
    body = ("The Council of Heads of State held its regular meeting in the city on Thursday under the chairmanship "
            "of President Vladimir Putin, whose country chairs the group this year.")
    assert ("Vladimir Putin", "Russia", "attended") in _found(ref, tmp_path, body, KAZAN, "2024-10-25")
