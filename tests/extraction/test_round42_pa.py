"""Round 42 (PA): presence told by an act done at the summit or by where one was, on small invented articles.

Families: a roster set at the summit's place ('leaders at the lakeside resort included'), a handshake or greeting,
the sittings steered ('presided over the closing plenary'), leaving early ('flew home early', 'the summit he had just
left'), sitting in on a session, being at a leader's side, coming in a capacity, a former office-holder leading a
delegation now, and a time clause with its own past ('after his coalition collapsed last month'); near misses:
another time, another summit, the figurative, the future of a preview, leaving before the summit began.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

_AU = "AU summit\n\nThe African Union summit opened in Addis Ababa on Saturday.\n\n"
_G7 = "G7 summit\n\nLeaders of the Group of Seven will meet in Hiroshima from Friday.\n\n"


def _au(ref, tmp_path, sentence: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _AU + sentence + "\n", "2024-02-18"))


def _g7(ref, tmp_path, sentence: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _G7 + sentence + "\n", "2023-05-16"))


# --- a roster set at the summit's place or table --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Other leaders at the lakeside resort included Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
     {("William Ruto", "Kenya"), ("Nana Akufo-Addo", "Ghana")}),
    ("Heads of state at the gala dinner included Rwanda's Paul Kagame and Senegal's Macky Sall.",
     {("Paul Kagame", "Rwanda"), ("Macky Sall", "Senegal")}),
])
def test_a_roster_at_the_summits_place_attends(ref, tmp_path, sentence, expected):
    assert {(p, c, "attended") for p, c in expected} <= _au(ref, tmp_path, sentence)


def test_a_roster_at_the_place_in_a_preview_is_expected(ref, tmp_path):
    found = _g7(ref, tmp_path, "Other leaders at the resort will include Canada's Justin Trudeau.")
    assert ("Justin Trudeau", "Canada", "expected") in found


def test_leaders_at_another_time_are_no_roster(ref, tmp_path):
    found = _au(ref, tmp_path, "Other leaders at the time included Kenyan President William Ruto.")
    assert not any(p == "William Ruto" for p, _, _ in found)


# --- a handshake or greeting with the others there --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The handshake between Kenyan President William Ruto and Rwanda's Paul Kagame drew the cameras.",
     {("William Ruto", "Kenya"), ("Paul Kagame", "Rwanda")}),
    ("Rwanda's Paul Kagame exchanged pleasantries with Senegal's Macky Sall.",
     {("Paul Kagame", "Rwanda"), ("Macky Sall", "Senegal")}),
    ("Kenyan President William Ruto shook hands with Rwanda's Paul Kagame.", {("Paul Kagame", "Rwanda")}),
])
def test_a_handshake_attends(ref, tmp_path, sentence, expected):
    assert {(p, c, "attended") for p, c in expected} <= _au(ref, tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Kenyan President William Ruto shook hands with Rwanda's Paul Kagame in Kigali in 2019.",
    "Ruto last shook hands with Rwanda's Paul Kagame at the 2019 summit in Niamey.",
])
def test_a_handshake_of_another_time_is_no_attendance(ref, tmp_path, sentence):
    assert not any(p == "Paul Kagame" for p, _, _ in _au(ref, tmp_path, sentence))


# --- the sittings steered -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Senegal's President Macky Sall presided over the closing plenary.", "Macky Sall", "Senegal"),
    ("Kenyan President William Ruto co-chaired the deliberations with the commission's chairman.", "William Ruto", "Kenya"),
    ("Comoros President Azali Assoumani moderated the proceedings.", "Azali Assoumani", "Comoros"),
])
def test_steering_the_sittings_attends(ref, tmp_path, sentence, person, country):
    assert (person, country, "attended") in _au(ref, tmp_path, sentence)


def test_steering_something_else_is_no_attendance(ref, tmp_path):
    found = _au(ref, tmp_path, "Kenyan President William Ruto steered the economy through the drought.")
    assert not any(p == "William Ruto" for p, _, _ in found)


# --- leaving early says one was there ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("South African President Cyril Ramaphosa cut his visit short to deal with the power crisis.", "Cyril Ramaphosa",
     "South Africa"),
    ("Nigeria's President Bola Tinubu flew home early on Sunday.", "Bola Tinubu", "Nigeria"),
])
def test_leaving_early_attends(ref, tmp_path, sentence, person, country):
    assert (person, country, "attended") in _au(ref, tmp_path, sentence)


def test_flying_home_before_the_summit_began_is_absent(ref, tmp_path):
    found = _au(ref, tmp_path, "Nigeria's President Bola Tinubu flew home before the summit began.")
    assert ("Bola Tinubu", "Nigeria", "attended") not in found


def test_a_stay_to_be_cut_short_in_a_preview_is_expected(ref, tmp_path):
    found = _g7(ref, tmp_path, "German Chancellor Olaf Scholz will cut his stay short and fly home on Saturday night.")
    assert ("Olaf Scholz", "Germany", "expected") in found


# --- at a leader's side, coming in a capacity (previews) ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Secretary of State Antony Blinken will be at Biden's side.", "Antony Blinken", "United States"),
    ("Italy's Giorgia Meloni is coming to Hiroshima despite the floods at home.", "Giorgia Meloni", "Italy"),
    ("Japan's Fumio Kishida is coming as this year's chair of the group.", "Fumio Kishida", "Japan"),
])
def test_a_preview_of_presence_is_expected(ref, tmp_path, sentence, person, country):
    assert (person, country, "expected") in _g7(ref, tmp_path, sentence)


def test_standing_at_ones_side_figuratively_is_no_attendance(ref, tmp_path):
    found = _g7(ref, tmp_path, "Canadian Prime Minister Justin Trudeau stood at his side through the scandal.")
    assert not any(p == "Justin Trudeau" for p, _, _ in found)


# --- a former office-holder leading a delegation now ------------------------------------------------------------------

def test_a_former_office_holder_leading_the_delegation_attends(ref, tmp_path):
    found = _au(ref, tmp_path, "Former vice-president Kalonzo Musyoka again led Kenya's delegation.")
    assert ("Kalonzo Musyoka", "Kenya", "attended") in found


def test_a_former_office_holder_who_led_it_once_is_no_attendance(ref, tmp_path):
    found = _au(ref, tmp_path, "Former president Uhuru Kenyatta, who led the delegation in 2019, said the bloc had lost "
                               "its way.")
    assert not any(p == "Uhuru Kenyatta" for p, _, _ in found)


# --- a time clause with its own past does not date the attendance --------------------------------------------------------

def test_a_time_clause_of_its_own_leaves_the_coming_expected(ref, tmp_path):
    found = _g7(ref, tmp_path, "Italy's Giorgia Meloni is coming as the group's host after her coalition collapsed "
                               "last month.")
    assert ("Giorgia Meloni", "Italy", "expected") in found


def test_a_past_summit_in_the_time_clause_stays_past(ref, tmp_path):
    found = _au(ref, tmp_path, "Kenyan President William Ruto attended the 2019 summit after his party collapsed.")
    assert not any(p == "William Ruto" for p, _, _ in found)


# --- the owner of one's own going: 'X's jet', 'Y's motorcade' ---------------------------------------------------------

def test_the_owner_of_a_departing_jet_attended_the_summit_left(ref, tmp_path):
    found = _au(ref, tmp_path, "As Cyril Ramaphosa's jet turned south on Monday, his aides hailed the summit he had "
                               "just left.")
    assert ("Cyril Ramaphosa", "South Africa", "attended") in found


def test_the_owner_of_other_people_is_no_attendee(ref, tmp_path):
    found = _au(ref, tmp_path, "Cyril Ramaphosa's critics said the summit he had just left achieved nothing.")
    assert ("Cyril Ramaphosa", "South Africa", "attended") not in found


# --- the place first: 'Also at the summit were', 'Among those at the dinner were', sightings there ---------------------

@pytest.mark.parametrize("sentence", [
    "Among those at the summit were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Also at the summit were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Others at the lakeside resort were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Kenyan President William Ruto and Ghana's Nana Akufo-Addo were spotted at the resort.",
])
def test_the_place_first_attends(ref, tmp_path, sentence):
    found = _au(ref, tmp_path, sentence)
    assert {("William Ruto", "Kenya", "attended"), ("Nana Akufo-Addo", "Ghana", "attended")} <= found


def test_one_among_those_at_the_dinner_attends(ref, tmp_path):
    assert ("William Ruto", "Kenya", "attended") in _au(ref, tmp_path, "Kenyan President William Ruto was among those "
                                                                       "at the dinner.")


@pytest.mark.parametrize("sentence", [
    "Also at the 2019 summit were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Among those at the last summit were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Also at the summit last year were Kenyan President William Ruto and Ghana's Nana Akufo-Addo.",
    "Kenyan President William Ruto was pictured at the resort in Mombasa last month.",
])
def test_the_place_of_another_time_is_no_attendance(ref, tmp_path, sentence):
    assert not any(p == "William Ruto" for p, _, _ in _au(ref, tmp_path, sentence))


# --- leaving before the end ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Kenyan President William Ruto departed on Sunday morning before the end of the summit.",
    "Kenyan President William Ruto departed early, citing a crisis at home.",
])
def test_leaving_before_the_end_attends(ref, tmp_path, sentence):
    assert ("William Ruto", "Kenya", "attended") in _au(ref, tmp_path, sentence)


def test_setting_off_early_for_the_city_is_no_attendance(ref, tmp_path):
    found = _au(ref, tmp_path, "Kenyan President William Ruto left early on Sunday for Nairobi.")
    assert ("William Ruto", "Kenya", "attended") not in found
