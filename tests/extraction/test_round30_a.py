"""Attendance rules from blind round 30, each on small invented articles (positives and negatives).

Families: a report's speech acts with reported content ('said Rome would'), leaders in an 'among them' appositive,
briefing the heads of state, coordinated representatives of a body, a seat at the table or the gavel, an invitee after
'before inviting'; and false hits: a trip dated 'last month when', a 'there' taking up a ministers' meeting, an event
named by another city, a company's chief executive.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

_NATO = "NATO summit\n\nNATO leaders met in Vilnius on Tuesday. "
_AU = "AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. "
_G20 = "G20 summit\n\nThe G20 summit opened in Rio de Janeiro on Monday. "


def _people(out: dict) -> set[str]:
    return {a["person"] for a in out["attendees"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Italian Prime Minister Giorgia Meloni said Rome would send more jets to Romania.", {"Giorgia Meloni"}),
    ("Dutch Prime Minister Mark Rutte said The Hague would fund more drones, while Danish Prime Minister Mette "
     "Frederiksen pledged more ships for the Baltic.", {"Mark Rutte", "Mette Frederiksen"}),
    ("Nordic leaders, among them Danish Prime Minister Mette Frederiksen and Norway's Prime Minister Jonas Gahr Store, "
     "welcomed the offer but said they would have wanted more.", {"Mette Frederiksen", "Jonas Gahr Støre"}),
    ("Several leaders, including Italian Prime Minister Giorgia Meloni, welcomed the plan.", {"Giorgia Meloni"}),
])
def test_report_acts_with_reported_content_attend(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, _NATO + sentence + "\n", "2023-07-12")
    assert {(p, "attended") for p in expected} <= {(a["person"], a["status"]) for a in out["attendees"]}


@pytest.mark.parametrize("body", [
    "NATO summit\n\nNATO leaders will meet in Vilnius next week. Italian Prime Minister Giorgia Meloni said Rome "
    "would send more jets to Romania.\n",
    _NATO + "Italian Prime Minister Giorgia Meloni said in a statement from Rome last month that Italy would send "
    "jets.\n",
])
def test_reported_content_outside_a_report_is_no_attendance(ref, tmp_path, body):
    out = extract_text(ref, tmp_path, body, "2023-07-12" if "met" in body else "2023-07-03")
    assert ("Giorgia Meloni", "Italy", "attended") not in attendee_set(out)


@pytest.mark.parametrize("sentence", [
    "Kenya's President Mwai Kibaki, who chairs the mediation panel, briefed heads of state on the talks.",
    "Kenya's President Mwai Kibaki briefed fellow heads of government behind closed doors.",
])
def test_briefing_the_heads_of_state_attends(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, _AU + sentence + "\n", "2011-07-01")
    assert ("Mwai Kibaki", "Kenya", "attended") in attendee_set(out)


@pytest.mark.parametrize(("sentence", "attends"), [
    ("Kenya's President Mwai Kibaki angered allies last week when he flew to Khartoum to meet Bashir.", False),
    ("Kenya's President Mwai Kibaki caused a stir two weeks ago, when he travelled to Khartoum.", False),
    ("Kenya's President Mwai Kibaki caused a stir when he flew to Addis Ababa on Sunday.", True),
])
def test_a_trip_dated_earlier_is_no_cue(ref, tmp_path, sentence, attends):
    out = extract_text(ref, tmp_path, _AU + sentence + "\n", "2011-07-01")
    assert (("Mwai Kibaki", "Kenya", "attended") in attendee_set(out)) is attends


def test_coordinated_representatives_of_a_body(ref, tmp_path):
    out = extract_text(ref, tmp_path, _NATO + "Commission President Ursula von der Leyen and European Council "
                       "President Charles Michel represented the European Union.\n", "2023-07-12")
    assert {("Ursula von der Leyen", "European Union", "attended"),
            ("Charles Michel", "European Union", "attended")} <= attendee_set(out)


def test_represented_there_takes_up_a_ministers_meeting(ref, tmp_path):
    body = ("CSTO summit\n\nThe CSTO summit opened in Moscow on Friday. On Wednesday the CSTO defence ministers met "
            "in Yerevan. Tajikistan was represented there by Foreign Minister Sirojiddin Muhriddin.\n")
    assert "Sirojiddin Muhriddin" not in _people(extract_text(ref, tmp_path, body, "2008-09-06"))


def test_represented_there_without_another_meeting_stands_in(ref, tmp_path):
    body = "CSTO summit\n\nThe CSTO summit opened in Moscow on Friday. Tajikistan was represented there by Foreign " \
           "Minister Sirojiddin Muhriddin.\n"
    assert ("Sirojiddin Muhriddin", "Tajikistan", "attended") in attendee_set(extract_text(ref, tmp_path, body,
                                                                                            "2008-09-06"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("SCO summit\n\nThe SCO summit opened in Tianjin on Sunday. Several leaders will stay on for a parade in Beijing. "
     "Belarusian President Alexander Lukashenko and Vietnamese Prime Minister Pham Minh Chinh are also expected at "
     "the Beijing parade.\n", False),
    ("SCO summit\n\nThe SCO summit opened in Tianjin on Sunday. Belarusian President Alexander Lukashenko is also "
     "expected at the Tianjin event.\n", True),
])
def test_an_event_named_by_another_city(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, sentence, "2025-08-31")
    assert ("Alexander Lukashenko" in _people(out)) is expected


@pytest.mark.parametrize("sentence", [
    "Rosneft chief executive Igor Sechin, who accompanied Putin, signed a deal with the Kyrgyz government.",
    "Rosneft managing director Igor Sechin, who flew in with Putin, signed a supply deal.",
])
def test_a_company_chief_is_no_attendee(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, "CIS summit\n\nThe CIS summit opened in Bishkek on Friday. " + sentence + "\n",
                       "2008-10-10")
    assert "Igor Sechin" not in _people(out)


@pytest.mark.parametrize(("sentence", "published", "status"), [
    ("Lula, the host, announced the decision in his opening remarks, before inviting South African President Cyril "
     "Ramaphosa, the bloc's current chair, to take his seat at the table.", "2024-11-18", "attended"),
    ("Lula invited South African President Cyril Ramaphosa to take his seat at the table.", "2024-11-18", "attended"),
    ("South African President Cyril Ramaphosa, whose country hosts the next summit, is due to receive the gavel from "
     "Lula at the closing session on Tuesday.", "2024-11-18", "expected"),
    ("South African President Cyril Ramaphosa took over the gavel from Lula.", "2024-11-19", "attended"),
])
def test_a_seat_at_the_table_or_the_gavel(ref, tmp_path, sentence, published, status):
    out = extract_text(ref, tmp_path, _G20 + sentence + "\n", published)
    assert ("Cyril Ramaphosa", "South Africa", status) in attendee_set(out)


@pytest.mark.parametrize("sentence", [
    "South African President Cyril Ramaphosa took his seat in parliament in 2014.",
    "Shortly before meeting South African President Cyril Ramaphosa in Pretoria, Lula spoke to reporters.",
])
def test_other_seats_and_time_clause_objects_are_no_cue(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, _G20 + sentence + "\n", "2024-11-18")
    assert "Cyril Ramaphosa" not in _people(out)


@pytest.mark.parametrize(("sentence", "absent"), [
    ("The meeting was marked by the absence of Mexican President Claudia Sheinbaum, who is busy at home, and "
     "Argentine President Javier Milei, who is facing protests.", True),
    ("The absence of Mexican President Claudia Sheinbaum, who met Argentine President Javier Milei last month, was "
     "noted.", False),
])
def test_coordinated_names_after_an_absence(ref, tmp_path, sentence, absent):
    out = extract_text(ref, tmp_path, _G20 + sentence + "\n", "2024-11-19")
    assert ("Claudia Sheinbaum", "Mexico", "absent") in attendee_set(out)
    assert (("Javier Milei", "Argentina", "absent") in attendee_set(out)) is absent


_CIS = "CIS summit\n\nThe CIS summit opened in Bishkek on Friday. "


@pytest.mark.parametrize("sentence", [
    "Moldovan President Vladimir Voronin stayed in Chisinau to deal with a budget crisis.",
    "Moldovan President Vladimir Voronin, facing a budget crisis, remained behind in Chisinau.",
    "Moldovan President Vladimir Voronin stayed in Chisinau, where protests were growing.",
])
def test_a_leader_who_stayed_in_his_capital_is_absent(ref, tmp_path, sentence):
    assert ("Vladimir Voronin", "Moldova", "absent") in attendee_set(extract_text(ref, tmp_path, _CIS + sentence + "\n",
                                                                                   "2008-10-10"))


@pytest.mark.parametrize("sentence", [
    "Moldovan President Vladimir Voronin stayed in Bishkek for talks after the summit.",
    "Moldovan President Vladimir Voronin met Kyrgyz officials who had stayed in Chisinau.",
])
def test_staying_elsewhere_is_no_absence(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, _CIS + sentence + "\n", "2008-10-10")
    assert ("Vladimir Voronin", "Moldova", "absent") not in attendee_set(out)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It was the first CSTO summit for Kyrgyz President Sooronbay Jeenbekov, who took office in 2017, and for "
     "Armenian Prime Minister Nikol Pashinyan.", {"Sooronbay Jeenbekov", "Nikol Pashinyan"}),
    ("It was the first summit for Armenia since the revolution led by Nikol Pashinyan.", set()),
])
def test_the_first_summit_for_a_leader(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, "CSTO summit\n\nThe CSTO summit opened in Bishkek on Thursday. " + sentence + "\n",
                       "2019-11-28")
    assert _people(out) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The head of the United Nations, former Portuguese Prime Minister Antonio Guterres, was also present.",
     {("António Guterres", "United Nations", "attended")}),
    ("Former Portuguese Prime Minister Antonio Guterres was also present.", set()),
])
def test_a_former_state_office_after_a_body_office(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opened in Kazan on Tuesday. " + sentence + "\n",
                       "2024-10-23")
    assert {a for a in attendee_set(out) if a[0] == "António Guterres"} == expected


@pytest.mark.parametrize(("sentence", "status"), [
    ("Museveni, a veteran of the bloc who had seldom skipped its meetings and chaired it in 2008, was absent from "
     "Addis Ababa this time.", "absent"),
    ("Museveni, a veteran of the bloc, was present in Addis Ababa.", "attended"),
])
def test_a_long_appositive_before_an_absence(ref, tmp_path, sentence, status):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe African Union summit opened in Addis Ababa on Thursday. " +
                       sentence + "\n", "2011-07-01")
    assert ("Yoweri Museveni", "Uganda", status) in attendee_set(out)
