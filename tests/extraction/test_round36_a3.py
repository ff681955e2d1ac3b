"""Round 36 (A3): attendance in preview prose and status frames, each family on small invented articles.

Preview cues ('have all confirmed', 'will travel despite', 'makes his first visit to X as',
'will go in his place', 'heads the Russian team', 'are also in the city', 'joined Tuesday's sessions'), an ellipsis
borrowing the sentence before's verb ('So did X'), joining by video beating an absentee label, and a present roster of
confirmations looking ahead ('Among those confirmed by the hosts are').
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

# published Wednesday 27 November 2024; the summit comes on Saturday and Sunday
_PREVIEW = ("Leaders head to Lisbon\n\n"
            "Leaders of the Group of 20 will meet in Lisbon on Saturday and Sunday for a two-day summit.\n\n")
# published Wednesday 27 November 2024; the summit runs Tuesday to Thursday
_ONGOING = ("BRICS leaders meet in Kazan\n\n"
            "Leaders of the BRICS countries met in Kazan on Tuesday for a three-day summit that ends on Thursday.\n\n")


def _people(ref, tmp_path, body: str) -> set[tuple]:
    return {(p, s) for p, _c, s in attendee_set(extract_text(ref, tmp_path, body))}


@pytest.mark.parametrize(("text", "who"), [
    ("Canada's Justin Trudeau makes his first visit to Portugal as prime minister.", "Justin Trudeau"),
    ("French President Emmanuel Macron and Japan's Fumio Kishida have all confirmed.", "Emmanuel Macron"),
    ("Australia's Anthony Albanese and Canada's Justin Trudeau have also confirmed.", "Anthony Albanese"),
    ("German Chancellor Olaf Scholz will travel despite a knee injury.", "Olaf Scholz"),
    ("German Chancellor Olaf Scholz will still travel.", "Olaf Scholz"),
    ("Foreign Minister Sergey Lavrov heads the Russian team.", "Sergey Lavrov"),
    ("Foreign Minister Sergey Lavrov will lead Russia's negotiating team.", "Sergey Lavrov"),
])
def test_a_preview_cue_makes_an_expected_attendee(ref, tmp_path, text, who):
    assert (who, "expected") in _people(ref, tmp_path, _PREVIEW + text + "\n")


@pytest.mark.parametrize(("text", "who"), [
    ("German Chancellor Olaf Scholz will travel widely in Asia next year.", "Olaf Scholz"),
    ("Japan's Fumio Kishida has confirmed the new fishing quotas.", "Fumio Kishida"),
    ("French President Emmanuel Macron is on the list of donors to the fund.", "Emmanuel Macron"),
    ("Canada's Justin Trudeau makes his first visit to Mexico next month.", "Justin Trudeau"),
    ("Sergey Lavrov heads the football team of the ministry.", "Sergey Lavrov"),
])
def test_near_misses_of_preview_cues_name_no_attendee(ref, tmp_path, text, who):
    assert who not in {p for p, _s in _people(ref, tmp_path, _PREVIEW + text + "\n")}


def test_stand_ins_going_in_the_leaders_place(ref, tmp_path):
    body = _PREVIEW + ("Spain's Prime Minister Pedro Sanchez pulled out on Tuesday. Foreign Minister Jose Manuel Albares "
                       "will go in his place.\n")
    out = extract_text(ref, tmp_path, body)
    got = {a["person"]: (a["status"], a["capacity"]) for a in out["attendees"]}
    assert got.get("José Manuel Albares") == ("expected", "stand_in")
    assert got.get("Pedro Sánchez", ("absent",))[0] == "absent"


# --- an ellipsis borrows the verb of the sentence before ------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("So did Iran's president, Masoud Pezeshkian, and Egyptian President Abdel Fattah el-Sisi.", "Masoud Pezeshkian"),
    ("As did Egyptian President Abdel Fattah el-Sisi, fresh from talks in Cairo.", "Abdel Fattah el-Sisi"),
    ("So too did Ethiopian Prime Minister Abiy Ahmed.", "Abiy Ahmed"),
    ("And so did Ethiopian Prime Minister Abiy Ahmed.", "Abiy Ahmed"),
])
def test_so_did_takes_the_arrivals_status(ref, tmp_path, text, who):
    body = _ONGOING + "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi arrived on Tuesday. " + text + "\n"
    assert (who, "attended") in _people(ref, tmp_path, body)


def test_so_did_after_no_attendance_names_no_one(ref, tmp_path):
    body = _ONGOING + "Analysts praised the payment plan. So did Ethiopian Prime Minister Abiy Ahmed.\n"
    assert "Abiy Ahmed" not in {p for p, _s in _people(ref, tmp_path, body)}


def test_so_did_in_mid_sentence_is_no_ellipsis_of_an_arrival(ref, tmp_path):
    body = _ONGOING + ("Chinese President Xi Jinping arrived on Tuesday. Oil prices rose, and so did gold, "
                       "Ethiopian Prime Minister Abiy Ahmed's critics said.\n")
    assert "Abiy Ahmed" not in {p for p, _s in _people(ref, tmp_path, body)}


# --- joining by video beats an absentee label -----------------------------------------------------------------------

def test_video_link_beats_the_absentee_label(ref, tmp_path):
    body = _ONGOING + ("The notable absentee is Brazilian President Luiz Inacio Lula da Silva. Lula is taking part in "
                       "the sessions by video link.\n")
    assert ("Luiz Inácio Lula da Silva", "attended") in _people(ref, tmp_path, body)


def test_an_absentee_without_video_stays_absent(ref, tmp_path):
    body = _ONGOING + ("The notable absentee is Brazilian President Luiz Inacio Lula da Silva. Lula sent a written "
                       "message instead.\n")
    assert ("Luiz Inácio Lula da Silva", "absent") in _people(ref, tmp_path, body)


# --- a present roster of confirmations looks ahead ------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["Among those confirmed by the hosts are",
                                  "Among those already confirmed by the Kremlin are",
                                  "Leaders confirmed so far include"])
def test_a_confirmed_roster_in_the_present_is_expected(ref, tmp_path, lead):
    body = _ONGOING + ("The hosts invited dozens of countries to Thursday's outreach session. " + lead +
                       " Belarusian President Alexander Lukashenko and Kazakhstan's Kassym-Jomart Tokayev.\n")
    got = _people(ref, tmp_path, body)
    assert ("Alexander Lukashenko", "expected") in got
    assert ("Alexander Lukashenko", "attended") not in got


def test_leaders_who_arrived_in_the_same_article_stay_attended(ref, tmp_path):
    body = _ONGOING + "Belarusian President Alexander Lukashenko and Kazakhstan's Kassym-Jomart Tokayev arrived on Tuesday.\n"
    assert ("Alexander Lukashenko", "attended") in _people(ref, tmp_path, body)


# --- presence in the host city, a day's sessions joined ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Venezuela's Nicolas Maduro and Bolivia's Luis Arce are also in the city.", "Luis Arce"),
    ("Cuban President Miguel Diaz-Canel is already in town.", "Miguel Díaz-Canel"),
    ("Malaysian Prime Minister Anwar Ibrahim and Palestinian President Mahmoud Abbas also joined Tuesday's sessions.",
     "Anwar Ibrahim"),
    ("Malaysian Prime Minister Anwar Ibrahim joined the day's talks.", "Anwar Ibrahim"),
])
def test_presence_in_the_city_and_a_days_sessions_are_attendance(ref, tmp_path, text, who):
    assert (who, "attended") in _people(ref, tmp_path, _ONGOING + text + "\n")


@pytest.mark.parametrize(("text", "who"), [
    ("Cuban President Miguel Diaz-Canel was in the city of Havana last year.", "Miguel Díaz-Canel"),
    ("Malaysian Prime Minister Anwar Ibrahim praised Tuesday's sessions of parliament.", "Anwar Ibrahim"),
])
def test_near_misses_of_presence_name_no_attendee(ref, tmp_path, text, who):
    assert who not in {p for p, _s in _people(ref, tmp_path, _ONGOING + text + "\n")}


def test_a_hoped_for_video_link_leaves_the_absence(ref, tmp_path):
    body = _PREVIEW + ("Indian Prime Minister Narendra Modi has decided to skip the summit. Officials said Modi might "
                       "still address the gathering by video link.\n")
    assert ("Narendra Modi", "absent") in _people(ref, tmp_path, body)


def test_a_past_roster_of_confirmations_keeps_its_status(ref, tmp_path):
    body = _ONGOING + ("Among those confirmed were Belarusian President Alexander Lukashenko and Kazakhstan's "
                       "Kassym-Jomart Tokayev, who arrived on Tuesday.\n")
    assert ("Alexander Lukashenko", "expected") not in _people(ref, tmp_path, body)


def test_neither_did_after_an_absence_is_an_absence(ref, tmp_path):
    body = _ONGOING + ("Chinese President Xi Jinping did not attend the summit. Neither did Indian Prime Minister "
                       "Narendra Modi.\n")
    assert ("Narendra Modi", "absent") in _people(ref, tmp_path, body)


# --- another summit named only as where the guests come from --------------------------------------------------------

def test_guests_coming_from_another_summit_are_this_ones(ref, tmp_path):
    body = _PREVIEW + ("Turkish President Recep Tayyip Erdogan and South Africa's Cyril Ramaphosa are also on the list, "
                       "as is South Korea's Yoon Suk-yeol, who comes straight from the ASEAN summit in Vientiane.\n")
    got = _people(ref, tmp_path, body)
    assert ("Recep Tayyip Erdoğan", "expected") in got and ("Yoon Suk Yeol", "expected") in got


def test_guests_at_another_summit_are_not_this_ones(ref, tmp_path):
    body = _PREVIEW + "South Korea's Yoon Suk-yeol is also on the list at the ASEAN summit in Vientiane.\n"
    assert "Yoon Suk Yeol" not in {p for p, _s in _people(ref, tmp_path, body)}


# --- another body's meeting the next day, and 'join it' after it ------------------------------------------------------

_EAEU = ("Eurasian leaders meet in Minsk\n\n"
         "The Supreme Eurasian Economic Council met in Minsk on Wednesday, with the presidents of Armenia, Belarus, "
         "Kazakhstan, Kyrgyzstan and Russia taking part.\n\n")


def test_guests_of_another_bodys_meeting_the_next_day_are_not_this_summits(ref, tmp_path):
    body = _EAEU + ("On Thursday, the leaders will continue their work in Minsk at the informal meeting of the heads of "
                    "state of the Commonwealth of Independent States. President of Azerbaijan Ilham Aliyev and President "
                    "of Tajikistan Emomali Rahmon are expected to join it.\n")
    names = {p for p, _s in _people(ref, tmp_path, body)}
    assert "Ilham Aliyev" not in names and "Emomali Rahmon" not in names


def test_joining_it_after_this_summits_own_sentence_is_attendance(ref, tmp_path):
    body = _EAEU + ("The council will hold an extended session on Thursday. President of Azerbaijan Ilham Aliyev is "
                    "expected to join it.\n")
    assert "Ilham Aliyev" in {p for p, _s in _people(ref, tmp_path, body)}
