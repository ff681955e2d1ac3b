"""Round 9 (f): attendance precision (other meetings, people of the past) and statuses.

Each rule on small invented articles or sentences (no sentence of any corpus), with negatives that must stay silent.
"""

from __future__ import annotations

from pipeline.attendance import attend_cue
from tests.extraction.conftest import attendee_set, extract_text


def _people(out: dict) -> set[str]:
    return {p for p, _, _ in attendee_set(out)}


# --- a cue whose own clause sets it at another meeting -------------------------------------------------------------

def test_a_cue_after_an_earlier_meeting_or_year_is_of_another_time():
    year = "2023"
    assert attend_cue("The 2019 Osaka summit, hosted by the Japanese prime minister, ended in a row.", year) is None
    assert attend_cue("Chile last chaired the group in 2004 and 2019, when it hosted the leaders in Santiago.", year) is None
    assert attend_cue("They last met at the informal summit in Minsk on November 3, 2021, attended also by A and B.",
                      year) is None
    assert attend_cue("Next year's summit will be hosted by Peru, whose president spoke briefly.", year) is None
    assert attend_cue("Last year in Bali, A and B were still sitting at the table.", year) is None
    assert attend_cue("Two years ago, C was among those present.", year) is None
    assert attend_cue("D, who attended the previous three summits, said little.", year) is None
    assert attend_cue("E, who rarely attends such meetings, said he would watch from home.", year) is None


def test_a_cue_of_this_meeting_still_counts():
    year = "2023"
    assert attend_cue("The 2023 summit, hosted by the Indian prime minister, opened on Saturday.", year) is not None
    assert attend_cue("In 2023, the leaders gathered in New Delhi for the summit.", year) is not None
    assert attend_cue("F, who came to power in 2019, attended the summit on Saturday.", year) is not None


def test_a_leader_of_an_earlier_summit_under_then_office_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 opens\n\nThe G20 summit opened in New Delhi on Saturday. Prime Minister "
                       "Anthony Albanese attended the opening session. Australia last hosted the group in 2014, under "
                       "then Prime Minister Tony Abbott, when leaders gathered in Brisbane.\n", "2023-09-09")
    people = _people(out)
    assert "Anthony Albanese" in people and "Tony Abbott" not in people


def test_then_as_a_sequence_is_not_an_earlier_office(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 opens\n\nThe G20 summit opened in New Delhi on Saturday. Leaders arrived "
                       "one by one, and then President Emmanuel Macron arrived at the venue.\n", "2023-09-09")
    assert "Emmanuel Macron" in _people(out)


def test_the_object_of_a_time_clause_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC preview\n\nLeaders will gather for the APEC summit in San Francisco on "
                       "Wednesday. Japanese Prime Minister Fumio Kishida will arrive on Tuesday, two days after "
                       "hosting the former Australian leader Scott Morrison in Tokyo.\n", "2023-11-12")
    people = _people(out)
    assert "Fumio Kishida" in people and "Scott Morrison" not in people


def test_a_summit_named_by_its_own_name_is_another_meeting(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN ends\n\nThe ASEAN summit ended in Jakarta on Thursday with a statement "
                       "on Myanmar. Australian Prime Minister Anthony Albanese is expected to attend the Pacific Islands "
                       "Forum Leaders Summit in the Cook Islands in November.\n", "2023-09-07")
    assert "Anthony Albanese" not in _people(out)
    out = extract_text(ref, tmp_path, "G20 opens\n\nLeaders arrived for the New Delhi Summit of the G20 on Saturday. "
                       "President Emmanuel Macron is attending the New Delhi Summit.\n", "2023-09-09")
    assert "Emmanuel Macron" in _people(out)


def test_another_organisations_dated_summit_is_no_attendance_nor_the_summit_date(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO summit opens\n\nThe SCO summit opened in Astana on Thursday. Leaders last "
                       "met at the CIS summit in Bishkek on October 13, 2023, attended also by Azerbaijani President "
                       "Ilham Aliyev, whose country is not an SCO member.\n", "2024-07-04")
    assert "Ilham Aliyev" not in _people(out)
    assert out["summit"]["dates"].startswith("2024-07")


# --- people of the past: every office on file ended before the summit --------------------------------------------

def test_a_person_out_of_office_with_no_new_office_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 summit\n\nThe G7 summit opened in Hiroshima on Friday. Chancellor Olaf "
                       "Scholz attended the opening session. Angela Merkel, who attended sixteen summits, is "
                       "expected to write about them.\n", "2023-05-19")
    people = _people(out)
    assert "Olaf Scholz" in people and "Angela Merkel" not in people


def test_a_former_leader_sent_in_a_new_capacity_still_attends(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Pacific forum\n\nThe Pacific Islands Forum summit opened in Rarotonga on "
                       "Monday. New Zealand was represented by Jacinda Ardern, its special envoy for the Pacific.\n",
                       "2023-11-06")
    assert "Jacinda Ardern" in _people(out)


# --- statuses ------------------------------------------------------------------------------------------------------

def test_names_after_a_past_colon_head_attended_whatever_the_sentence_before(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit was held in Johannesburg on Wednesday. "
                       "The host will chair next year's meeting too, he said. In the outreach session, the guest "
                       "leaders took part: Prime Minister Anthony Albanese and Emir Tamim bin Hamad Al Thani.\n",
                       "2023-08-24")
    got = attendee_set(out)
    assert ("Anthony Albanese", "Australia", "attended") in got
    assert ("Tamim bin Hamad Al Thani", "Qatar", "attended") in got


def test_an_inauguration_date_is_not_the_summit_date(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit preview\n\nLeaders begin arriving in Addis Ababa today for the African "
                       "Union summit, which opens tomorrow. Senegal's new president, sworn in on 2 April, will make his "
                       "first appearance at an AU summit.\n", "2024-02-16")
    assert out["summit"]["dates"].startswith("2024-02-17")
