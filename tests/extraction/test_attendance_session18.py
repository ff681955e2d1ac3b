"""Attendance shapes of session 18: a delegation led by a name (a possessive of two words, a state's seat 'will be
led by'), an unknown name set off after an office that opens the sentence, a host who closes the meeting, and an
organisation's own official named only in writing or in an appointment. Small invented articles (no sentence of any
corpus); the people in them are made up, so no dictionary entry helps."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_HEAD = ("Pacific leaders open summit in Suva\n\n"
         "SUVA, March 3 (Wire) - Leaders of the Pacific Islands Forum open their annual summit in Suva on Thursday.\n\n")


def _attendees(ref, tmp_path, sentence: str) -> set[tuple]:
    out = extract_text(ref, tmp_path, _HEAD + sentence + "\n", "2024-03-01")
    return {(a["name_as_written"], a["country"], a["status"]) for a in out["attendees"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a delegation led by a name: the possessive may be of two words
    ("Talia Moengangongo will lead New Zealand's delegation for the first time.",
     ("Talia Moengangongo", "New Zealand", "expected")),
    ("Ratu Semi Vakalalabure will lead the Solomon Islands' delegation.",
     ("Ratu Semi Vakalalabure", "Solomon Islands", "expected")),
    # a state's seat led by someone: 'X, in the middle of an election, will be led by Minister Y'
    ("Samoa, which is in the middle of an election, will be led by Deputy Prime Minister Fiame Tuala.",
     ("Fiame Tuala", "Samoa", "expected")),
    # an office in lower case opens the sentence, the name set off after it
    ("The U.N. special coordinator for the Pacific, Marika Holmstrand, also attended.",
     ("Marika Holmstrand", "United Nations", "attended")),
    ("The World Bank's regional director, Oskar Lindvall, will also be present.",
     ("Oskar Lindvall", "World Bank", "expected")),
    # the host closes the meeting
    ("Prime Minister Josaia Kubuabola will close the meeting on Friday.",
     ("Josaia Kubuabola", None, "expected")),
    # one sent in the leader's place: the sender is absent
    ("Tonga's King Tupou Vaipulu has deputised Sayyid Lavaka Fifita, the deputy prime minister.",
     ("Tupou Vaipulu", "Tonga", "absent")),
    ("Tonga's King Tupou Vaipulu is sending a personal representative.", ("Tupou Vaipulu", "Tonga", "absent")),
    ("Tonga's Prime Minister Sione Kaufusi withdrew late on Monday, citing a strike at home, and Lavaka Fifita, the Foreign "
     "Minister, took his seat in his stead.", ("Sione Kaufusi", "Tonga", "absent")),
    # arrivals told verb first, and a leader's party
    # (already there on the eve is 'reported as there': attended, since session 19)
    ("Already in Suva by this evening were Prime Minister Sione Kaufusi of Tonga and President Malia Tekori of Kiribati.",
     ("Malia Tekori", "Kiribati", "attended")),
    ("Landing at the airport on Thursday afternoon were Prime Minister Sione Kaufusi of Tonga and President Malia "
     "Tekori of Kiribati.", ("Sione Kaufusi", "Tonga", "expected")),
    ("Round the oval table this morning sat, in alphabetical order, Prime Minister Sione Kaufusi of Tonga and "
     "President Malia Tekori of Kiribati.", ("Malia Tekori", "Kiribati", "expected")),
    ("Tonga's Prime Minister Sione Kaufusi lands at the airport on Sunday afternoon with Foreign Minister Lavaka "
     "Fifita at his side.", ("Lavaka Fifita", "Tonga", "expected")),
    ("Tonga's Prime Minister Sione Kaufusi brings Foreign Minister Lavaka Fifita and Finance Minister Ana Moala.",
     ("Ana Moala", "Tonga", "expected")),
    # the courtesy titles of the older British press are no part of the name
    ("Round the oval table this morning sat Signor Taviano Morelli of Italy and Senhor Rui Valadares of Portugal.",
     ("Taviano Morelli", "Italy", "expected")),
    ("Herr Ulrich Brandauer, Germany's Foreign Minister, arrives on Thursday.",
     ("Ulrich Brandauer", "Germany", "expected")),
    # a capital standing for its state's delegation
    ("Nuku'alofa's delegation will be led by its ambassador to the forum, Lavaka Fifita.",
     ("Lavaka Fifita", "Tonga", "expected")),
    ("Lavaka Fifita, the minister of legal affairs, will again head Nuku'alofa's delegation.",
     ("Lavaka Fifita", "Tonga", "expected")),
    # the stand-in of 'in his stead' is of the state of the one before; a seat taken in one's place
    ("Mr Sione Kaufusi, the Prime Minister of Tonga, withdrew late on Monday, citing a strike at home, and Mr Lavaka "
     "Fifita, the Foreign Minister, took his seat in his stead.", ("Lavaka Fifita", "Tonga", "attended")),
    ("Tonga's Prime Minister Sione Kaufusi is ill, and Lavaka Fifita, the deputy prime minister, will take "
     "Tonga's seat in his place.", ("Sione Kaufusi", "Tonga", "absent")),
    ("Tonga's delegation was led instead by Foreign Minister Lavaka Fifita.", ("Lavaka Fifita", "Tonga", "expected")),
    # not making the trip; a seat beside a leader; a walk into the room
    ("Tonga's Prime Minister Sione Kaufusi is not making the trip.", ("Sione Kaufusi", "Tonga", "absent")),
    ("Tonga's Foreign Minister Lavaka Fifita sat behind the Prime Minister.", ("Lavaka Fifita", "Tonga", "expected")),
    ("Tonga's Prime Minister Sione Kaufusi walked into the conference room this morning.",
     ("Sione Kaufusi", "Tonga", "expected")),
])
def test_attendee_found(ref, tmp_path, sentence, expected):
    got = _attendees(ref, tmp_path, sentence)
    name, country, status = expected
    assert any(n == name and (country is None or c == country) and s == status for n, c, s in got), got


@pytest.mark.parametrize("sentence", [
    # an official named in writing, or in a decision about the post, is not thereby at the table
    ('"A bigger family brings bigger duties," the forum\'s Secretary General, Henry Puna, said in a written statement '
     "circulated to reporters on Saturday."),
    "The leaders approved the appointment of Dame Meg Taylor as Secretary General of the Pacific Islands Forum.",
    # a delegation of a sports side
    "Lana Tuivaka will lead Fiji's rugby team at the Olympics.",
    # a party at home, an envoy to somewhere else
    "Tonga's Prime Minister Sione Kaufusi brings Foreign Minister Lavaka Fifita to Beijing next month.",
    # an office opening the sentence, and a name that attended something else
    "The U.N. special coordinator for the Pacific, Marika Holmstrand, attended a climate forum in Bonn last year.",
])
def test_no_attendee(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    names = ("Henry Puna", "Meg Taylor", "Lana Tuivaka", "Marika Holmstrand", "Lavaka Fifita")
    assert not any(any(x in n for x in names) for n, _, _ in got), got


def test_a_place_among_the_leaders_is_no_stand_in(ref, tmp_path):
    out = extract_text(ref, tmp_path, _HEAD + "Tonga's Prime Minister Sione Kaufusi flew in on Thursday and took his place "
                       "among the heads of state.\n", "2024-03-01")
    got = {(a["name_as_written"], a["capacity"]) for a in out["attendees"]}
    assert ("Sione Kaufusi", "stand_in") not in got and any(n == "Sione Kaufusi" for n, _ in got), got


def test_a_retrospective_reads_offices_on_the_summits_day(ref, tmp_path):
    """Ten years on, the leaders of the day are out of office; on the summit's day they held it."""
    body = ("Ten years on: the Addis summit that seated Kibaki\n\nOn the morning of Thursday January 31, 2008, "
            "Africa's presidents filed into the plenary hall of the African Union's headquarters in Addis Ababa for a "
            "summit about industry.\n\nKibaki flew in on the opening day and took his place among the heads of state; "
            "Ethiopia's Prime Minister, Meles Zenawi, welcomed the delegations.\n")
    out = extract_text(ref, tmp_path, body, "2018-02-02")
    got = {(a["person"], a["country"], a["status"]) for a in out["attendees"]}
    assert {("Mwai Kibaki", "Kenya", "attended"), ("Meles Zenawi", "Ethiopia", "attended")} <= got, got
