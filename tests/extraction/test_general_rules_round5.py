"""The fifth round's general rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.attendance import attend_cue
from tests.extraction.conftest import attendee_set, extract_text, member_set


def test_a_past_clause_resolves_its_weekday_backwards_despite_a_later_future(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 ends\n\nThe G20 summit ended on Saturday in Osaka, but it will be recalled "
                   "mostly for a side meeting. Leaders present included Chinese President Xi Jinping.\n", "2019-07-01")
    assert str(out["summit"]["dates"]).startswith("2019-06-29")
    assert ("Xi Jinping", "China", "attended") in attendee_set(out)


def test_a_reporting_date_is_not_the_summit_date(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS trip\n\nIndian Prime Minister Narendra Modi will travel to Kazan to attend "
                   "the BRICS summit, the foreign ministry said on Monday. The summit runs from Tuesday to Thursday.\n",
                   "2024-10-21")
    assert ("Narendra Modi", "India", "expected") in attendee_set(out)
    assert "2024-10-21" not in str(out["summit"]["dates"])


def test_the_lede_names_the_summit_over_a_contrasted_one(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS meets\n\nKAZAN — Leaders closed a summit of BRICS here on Thursday as a "
                   "Group of Seven meeting elsewhere drew headlines. G7 leaders argued over trade. Critics of the G7 "
                   "said its summit failed.\n", "2024-10-25")
    assert out["summit"]["organisation"] == "BRICS"


def test_seated_leaders_around_the_table_and_in_the_hall_attended(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO summit\n\nThe SCO summit was held in Astana on Thursday. Around the table "
                   "with the host were Uzbekistan's Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov. Also in the "
                   "hall was Belarusian leader Alexander Lukashenko.\n", "2024-07-05")
    assert {("Shavkat Mirziyoyev", "Uzbekistan", "attended"), ("Sadyr Japarov", "Kyrgyzstan", "attended"),
            ("Alexander Lukashenko", "Belarus", "attended")} <= attendee_set(out)


def test_joining_and_due_at_and_those_who_did(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Kazan on Tuesday. Joining the host "
                   "will be Chinese President Xi Jinping. Brazilian President Luiz Inacio Lula da Silva is due in Kazan "
                   "too.\n", "2024-10-20")
    assert {("Xi Jinping", "China", "expected"), ("Luiz Inácio Lula da Silva", "Brazil", "expected")} <= attendee_set(out)


def test_line_up_and_taking_a_seat(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit was held in Vilnius on Tuesday. Finnish "
                   "President Sauli Niinisto took his seat at the table for the first time. Polish President Andrzej "
                   "Duda completed the line-up of leaders.\n", "2023-07-12")
    assert {("Sauli Niinistö", "Finland", "attended"), ("Andrzej Duda", "Poland", "attended")} <= attendee_set(out)


def test_a_leader_who_stayed_home_is_absent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CELAC summit\n\nThe CELAC summit was held in Kingstown on Friday. Mexico's "
                   "Andres Manuel Lopez Obrador stayed home and sent his foreign minister, Alicia Barcena.\n", "2024-03-02")
    assert ("Andrés Manuel López Obrador", "Mexico", "absent") in attendee_set(out)


def test_attendance_at_an_earlier_meeting_or_negated_is_no_cue():
    assert attend_cue("Its leaders first met in Yekaterinburg in 2009 with Lula.", "2017") is None
    assert attend_cue("He has not attended a G7 meeting since.", "2022") is None
    assert attend_cue("India took part at last year's meeting in Cornwall.", "2022") is None
    assert attend_cue("Modi attended the summit in Kazan.", "2024") is not None
    assert attend_cue("Leaders who attended in 2024 praised it.", "2024") is not None


def test_a_predecessor_and_a_then_leader_are_not_attendees(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CELAC summit\n\nThe CELAC summit was held in Buenos Aires on Tuesday. Lula's "
                   "predecessor, Jair Bolsonaro, halted Brazil's participation in the bloc in 2020. The venue staged "
                   "the G7 summit under then-Chancellor Angela Merkel, who hosted it.\n", "2023-01-25")
    people = {a[0] for a in attendee_set(out)}
    assert "Jair Bolsonaro" not in people and "Angela Merkel" not in people


def test_a_leader_at_past_summits_at_which_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit was held in Brussels on Monday. Unlike the last "
                   "two summits, at which Donald Trump berated allies, the mood around the table was warm.\n", "2021-06-15")
    assert "Donald Trump" not in {a[0] for a in attendee_set(out)}


def test_guests_listed_after_a_long_colon_intro(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Xiamen on Sunday. Xi has invited the "
                   "leaders of five other developing countries to a dialogue session on Tuesday: Thai Prime Minister "
                   "Prayut Chan-o-cha and Guinea's President Alpha Conde.\n", "2017-09-01")
    assert ("Prayut Chan-o-cha", "Thailand", "expected") in attendee_set(out)


def test_a_founding_core_lists_members(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO summit\n\nThe SCO summit was held in Astana on Thursday. The bloc has grown "
                   "beyond its founding core of China, Russia, Kazakhstan and Tajikistan.\n", "2024-07-05")
    assert {("China", "member"), ("Kazakhstan", "member"), ("Tajikistan", "member")} <= member_set(out)


def test_an_acronym_spelt_out_by_its_members(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Durban on Monday. BRICS - Brazil, "
                   "Russia, India, China and South Africa - was set up as a club of large emerging economies.\n",
                   "2013-03-24")
    assert {("Brazil", "member"), ("India", "member"), ("South Africa", "member")} <= member_set(out)
