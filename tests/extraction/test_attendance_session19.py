"""Attendance shapes of session 19 (blind rounds 49 and 51): presence in the host city on the eve ('Already in Suva
were ...'), seats told verb first after their place ('A few rows away sat X'), a session sat in on, a stay after the
summit, a turn at the table, a chair or gavel handed over, a first visit to the host in office, officials listed
verb first, a later session of the week still to come; and names that attend nothing: met on the way in another place,
spoken of inside what a speaker said, or never invited ('Neither X nor Y has been invited'). Small invented articles
(no sentence of any corpus); the people in them are made up."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_HEAD = ("Pacific leaders open summit in Suva\n\n"
         "SUVA, March 3 (Wire) - Leaders of the Pacific Islands Forum open their annual summit in Suva on Thursday.\n\n")
_REPORT = ("Pacific leaders meet in Suva\n\n"
           "SUVA, March 7 (Wire) - Leaders of the Pacific Islands Forum opened their annual summit in Suva on Thursday.\n\n")


def _attendees(ref, tmp_path, sentence: str, head: str = _HEAD, published: str = "2024-03-01") -> set[tuple]:
    out = extract_text(ref, tmp_path, head + sentence + "\n", published)
    return {(a["name_as_written"], a["country"], a["status"]) for a in out["attendees"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    # present in the host city on the eve: reported as there
    ("Prime Minister Sione Kaufusi of Tonga is already in Suva.", ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga and President Malia Tekori of Kiribati are already in town.",
     ("Malia Tekori", "Kiribati", "attended")),
    # a seat told verb first after its place
    ("A few rows away sat President Malia Tekori of Kiribati.", ("Malia Tekori", "Kiribati", "expected")),
    ("Under the host's nameplate sat President Malia Tekori of Kiribati.", ("Malia Tekori", "Kiribati", "expected")),
    # a session sat in on, a stay after it, a turn at the table, the gavel handed over
    ("Tonga's Prime Minister Sione Kaufusi sat in on the closing session.", ("Sione Kaufusi", "Tonga", "expected")),
    ("Tonga's Prime Minister Sione Kaufusi stayed on after the summit for a state visit.",
     ("Sione Kaufusi", "Tonga", "expected")),
    ("Malia Tekori, Kiribati's president, used her turn to ask for a fisheries fund.",
     ("Malia Tekori", "Kiribati", "expected")),
    ("Kiribati's President Malia Tekori took over the forum's rotating chairmanship.",
     ("Malia Tekori", "Kiribati", "expected")),
    ("President Malia Tekori of Kiribati, handing over the gavel, will thank the hosts.",
     ("Malia Tekori", "Kiribati", "expected")),
    # a first visit to the host in office
    ("Tonga's Sione Kaufusi, on his first official visit to Fiji as prime minister, toured the market.",
     ("Sione Kaufusi", "Tonga", "expected")),
    # officials present, listed verb first
    ("Also present from the member states were Lavaka Fifita, Minister for Foreign Affairs of Tonga; and Ana Moala, "
     "Foreign Secretary of Samoa.", ("Ana Moala", "Samoa", "expected")),
])
def test_attendee_found(ref, tmp_path, sentence, expected):
    got = _attendees(ref, tmp_path, sentence)
    name, country, status = expected
    assert any(n == name and (country is None or c == country) and s == status for n, c, s in got), got


def test_a_later_session_of_the_week_is_still_to_come(ref, tmp_path):
    got = _attendees(ref, tmp_path, "United Nations Secretary-General Antonio Guterres is also due for the "
                                    "forum-UN session on Saturday.", _REPORT, "2024-03-07")
    assert ("Antonio Guterres", "United Nations", "expected") in got, got


@pytest.mark.parametrize(("sentence", "absent"), [
    # met on the way, in the place the traveller came from
    ("Tonga's Prime Minister Sione Kaufusi arrived in Suva on Wednesday from Auckland, where he had held talks with "
     "New Zealand's Prime Minister Harriet Ellison.", "Harriet Ellison"),
    ("Kiribati's Foreign Minister Ana Moala had arrived minutes earlier from Canberra after talks there with Prime "
     "Minister Harriet Ellison of New Zealand.", "Harriet Ellison"),
    # spoken of, inside what a speaker at the summit said
    ("Tonga's Prime Minister Sione Kaufusi used his turn to warn that the deal President Malia Tekori of Kiribati "
     "signed with China must not be copied.", "Malia Tekori"),
    # never invited
    ("Neither Fiji's Prime Minister Sitiveni Rabuka nor the Bougainville leader Ishmael Toroama has been invited.",
     "Sitiveni Rabuka"),
])
def test_no_attendee(ref, tmp_path, sentence, absent):
    got = _attendees(ref, tmp_path, sentence)
    assert not any(absent in n for n, _, _ in got), got
    if "used his turn" in sentence:
        assert any(n == "Sione Kaufusi" for n, _, _ in got), got


def test_a_king_of_another_state_named_before_is_no_coreferent(ref, tmp_path):
    out = extract_text(ref, tmp_path, _HEAD + "King Abdullah II of Jordan is expected on Friday. King Abdullah of "
                                              "Saudi Arabia is staying away.\n", "2010-03-26")
    saudi = [a for a in out["attendees"] if a["country"] == "Saudi Arabia"]
    assert saudi and all(a["person"] == "Abdullah of Saudi Arabia" and a["status"] == "absent" for a in saudi), saudi


def test_the_signers_of_the_founding_declaration_attend_nothing(ref, tmp_path):
    got = _attendees(ref, tmp_path, "The founding Suva Declaration was signed by five foreign ministers, among them "
                                    "Tonga's Lavaka Fifita and Samoa's Ana Moala.")
    assert not any(n in ("Lavaka Fifita", "Ana Moala") for n, _, _ in got), got


def test_a_weekday_takes_the_tense_of_the_verb_after_it(ref, tmp_path):
    body = ("Tonga seated as a full member in Suva\n\nSUVA, July 9th 2024 (Wire) - Tonga on Monday took its place as a "
            "full member of the Pacific Islands Forum, at a summit that will be remembered for who was not there.\n")
    assert extract_text(ref, tmp_path, body, "2024-07-09")["summit"]["dates"] == "2024-07-08"


@pytest.mark.parametrize(("sentence", "expected"), [
    # (blind round 53) the one left at home while another represents the state
    ("Tonga was represented by Foreign Minister Lavaka Fifita, with caretaker Prime Minister Sione Kaufusi at home "
     "campaigning.", ("Sione Kaufusi", "Tonga", "absent")),
    # a seat sat in for a state; present in an aside; a report presented; applause for a speech
    ("Tonga's Prime Minister Sione Kaufusi stayed in Nuku'alofa. Foreign Minister Lavaka Fifita sat in Tonga's chair.",
     ("Lavaka Fifita", "Tonga", "attended")),
    ("Kiribati moved a step closer to a fisheries deal, a move President Malia Tekori, also present, called vital.",
     ("Malia Tekori", "Kiribati", "attended")),
    ("Tonga's Sione Kaufusi, who is steering the forum's reform file, presented a progress report.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Kiribati's Malia Tekori won applause when she spoke.", ("Malia Tekori", "Kiribati", "attended")),
])
def test_report_shapes_of_round_53(ref, tmp_path, sentence, expected):
    got = _attendees(ref, tmp_path, sentence, _REPORT, "2024-03-08")
    name, country, status = expected
    assert any(n == name and c == country and s == status for n, c, s in got), got


def test_a_later_days_list_is_still_to_come(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Tonga's Prime Minister Sione Kaufusi and Kiribati's President Malia Tekori were all "
                                    "listed by the hosts among Saturday's participants.", _REPORT, "2024-03-07")
    assert ("Malia Tekori", "Kiribati", "expected") in got, got
