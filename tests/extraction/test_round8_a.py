"""Round 8 (a): when and whether a named person is at this summit; two false membership families.

Each rule on small invented articles or sentences (no sentence of any corpus), with negatives that must stay silent.
"""

from __future__ import annotations

from pipeline.attendance import sentence_status
from tests.extraction.conftest import attendee_set, extract_text, member_set

# --- status in a report: a future inside an aside or a prediction is not the attendance's tense ---------------------

def test_a_prediction_about_a_description_is_no_future_in_a_report():
    assert sentence_status("Around the table sat Chancellor A, attending what is expected to be her final summit.",
                           False) == "attended"
    assert sentence_status("Prime Minister B, at what was widely expected to be his last meeting, sat beside C.",
                           False) == "attended"
    assert sentence_status("Seated nearby was D, in what is likely to be his only summit as leader.", False) == "attended"


def test_a_future_in_an_aside_of_a_report_yields_to_the_report():
    assert sentence_status("Beside him sat E, who will step down in the spring, and F.", False) == "attended"
    assert sentence_status("In the front row was G, hoping the bloc will back her plan; H sat next to her.",
                           False) == "attended"
    assert sentence_status("Also at the table was J, before she leaves office next month.", False) == "attended"


def test_a_main_clause_future_still_counts_in_a_report_or_a_preview():
    # an ongoing summit: the aside is dropped, the main clause's future stays
    assert sentence_status("K, who took office last week, will join the outreach session on Friday.", False) == "expected"
    assert sentence_status("L, who faces a court case, will not travel and will speak by video.", False) == "expected"
    assert sentence_status("M is expected to attend what is expected to be a short meeting.", True) == "expected"
    assert sentence_status("Around the table will be N, attending what is expected to be his last summit.", True) == "expected"


def test_took_a_seat_is_past_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO ends\n\nThe NATO summit ended in Vilnius on Wednesday. Finnish President "
                       "Sauli Niinistö took a seat at the table for the first time: his country is expected to "
                       "deepen its role next year.\n", "2023-07-13")
    assert ("Sauli Niinistö", "Finland", "attended") in attendee_set(out)


def test_report_with_seated_list_and_a_prediction_aside(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 ends\n\nThe G20 summit ended in Osaka on Saturday. Seated at the table "
                       "were French President Emmanuel Macron; German Chancellor Angela Merkel, attending what is "
                       "expected to be one of her last summits; and India's Narendra Modi.\n", "2019-06-30")
    got = attendee_set(out)
    assert {("Emmanuel Macron", "France", "attended"), ("Angela Merkel", "Germany", "attended"),
            ("Narendra Modi", "India", "attended")} <= got


# --- people of the past: another meeting, an earlier office, a side event ------------------------------------------

def test_a_person_of_an_earlier_dated_meeting_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 ends\n\nThe G20 summit ended in Rome on Sunday. Biden's arrival was a "
                       "contrast with the 2017 summit in Hamburg, when Trump clashed with his hosts. Last year's meeting, "
                       "where Shinzo Abe spoke, drew fewer guests.\n", "2021-10-31")
    people = {p for p, _, _ in attendee_set(out)}
    assert "Donald Trump" not in people and "Shinzo Abe" not in people


def test_one_named_for_the_past_is_so_at_every_mention_of_the_sentence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CIS ends\n\nThe CIS summit ended in Dushanbe on Friday. Around the table were "
                       "Uzbekistan's Shavkat Mirziyoyev — who succeeded Islam Karimov as president, years after Karimov "
                       "first opposed the idea — and Belarus's Alexander Lukashenko.\n", "2021-10-16")
    people = {p for p, _, _ in attendee_set(out)}
    assert {"Shavkat Mirziyoyev", "Alexander Lukashenko"} <= people
    assert "Islam Karimov" not in people


def test_the_host_of_a_side_event_is_no_participant(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO ends\n\nThe NATO summit ended in The Hague on Wednesday. Leaders met at the "
                       "World Forum after a banquet hosted by King Willem-Alexander on Tuesday. Dutch Prime Minister "
                       "Dick Schoof chaired the session.\n", "2025-06-26")
    people = {p for p, _, _ in attendee_set(out)}
    assert "Dick Schoof" in people
    assert not any("Willem-Alexander" in p for p in people)


def test_the_one_on_whose_behalf_a_delegate_acts_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "OIC ends\n\nThe OIC summit ended in Banjul on Sunday. Egypt's delegation was "
                       "led by Foreign Minister Sameh Shoukry, who spoke on behalf of President Abdel Fattah el-Sisi.\n",
                       "2024-05-06")
    people = {p for p, _, s in attendee_set(out) if s != "absent"}
    assert "Sameh Shoukry" in people and not any("Sisi" in p for p in people)
    # session 8's convention: the leader on whose behalf the delegation is led is absent
    assert ("Abdel Fattah el-Sisi", "Egypt", "absent") in attendee_set(out)


# --- absence: name parts, title aliases, coordinated subjects -------------------------------------------------------

def test_a_patronymic_is_no_surname_and_a_title_alias_resolves(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Saudi Crown Prince "
                       "Mohammed bin Salman welcomed the guests. King Salman did not attend.\n", "2019-12-10")
    got = attendee_set(out)
    assert ("Salman of Saudi Arabia", "Saudi Arabia", "absent") in got
    assert ("Mohammed bin Salman", "Saudi Arabia", "absent") not in got


def test_every_coordinated_subject_of_an_absence_is_absent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Oman's Sultan Haitham "
                       "bin Tariq and Bahrain's King Hamad bin Isa al-Khalifa stayed away.\n", "2021-12-15")
    got = attendee_set(out)
    assert ("Haitham bin Tariq", "Oman", "absent") in got
    assert ("Hamad bin Isa Al Khalifa", "Bahrain", "absent") in got


def test_an_absence_does_not_spread_past_a_clause_break(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Oman's Sultan Haitham "
                       "bin Tariq attended, while Bahrain's King Hamad bin Isa al-Khalifa stayed away.\n", "2021-12-15")
    got = attendee_set(out)
    assert ("Haitham bin Tariq", "Oman", "attended") in got
    assert ("Hamad bin Isa Al Khalifa", "Bahrain", "absent") in got


def test_a_bare_office_leading_an_attendance_sentence_is_its_one_earlier_holder(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Saudi Crown Prince "
                       "Mohammed bin Salman greeted the emir of Kuwait at the airport. King Salman stayed in Jeddah. "
                       "The crown prince chaired the session in his father's place.\n", "2019-12-10")
    assert ("Mohammed bin Salman", "Saudi Arabia", "attended") in attendee_set(out)


def test_a_bare_office_with_two_earlier_holders_names_nobody(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Saudi Crown Prince "
                       "Mohammed bin Salman and Bahrain's Crown Prince Salman bin Hamad al-Khalifa both spoke by phone. "
                       "The crown prince chaired the session.\n", "2019-12-10")
    people = {p for p, _, s in attendee_set(out) if s == "attended"}
    assert "Mohammed bin Salman" not in people and "Salman bin Hamad Al Khalifa" not in people


# --- another organisation's meeting in a preview -------------------------------------------------------------------

def test_a_city_that_hosted_another_organisations_leaders(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CIS to meet\n\nThe CIS summit opens in Astana on Friday. President Kassym-Jomart "
                       "Tokayev will host it. The capital welcomed the heads of state of the Shanghai Cooperation "
                       "Organisation, among them Indian Prime Minister Narendra Modi, earlier this year.\n",
                       "2024-10-07")
    people = {p for p, _, _ in attendee_set(out)}
    assert "Kassym-Jomart Tokayev" in people and "Narendra Modi" not in people


def test_a_past_sentence_dated_weeks_before_a_preview_is_another_meeting(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Turkic summit\n\nThe Organization of Turkic States summit opens in Astana on "
                       "Friday. Azerbaijan's Ilham Aliyev is expected to attend. Chinese President Xi Jinping met "
                       "leaders in the same hall in July.\n", "2024-10-29")
    got = attendee_set(out)
    assert ("Ilham Aliyev", "Azerbaijan", "expected") in got
    assert not any(p == "Xi Jinping" for p, _, _ in got)


def test_an_arrival_just_before_a_preview_still_counts(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Turkic summit\n\nThe Organization of Turkic States summit opens in Astana on "
                       "Friday. Azerbaijan's Ilham Aliyev arrived in Astana on Wednesday.\n", "2024-10-31")
    assert any(p == "Ilham Aliyev" for p, _, _ in attendee_set(out))


# --- memberships: what is joined must be an organisation -----------------------------------------------------------

def test_joining_a_country_in_an_action_is_no_membership(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Gulf summit\n\nThe GCC summit ended in Riyadh on Tuesday. Jordan joined Saudi "
                       "Arabia and Kuwait in condemning the attack. Morocco joined President Emmanuel Macron at dinner.\n",
                       "2021-12-15")
    countries = {c for c, _ in member_set(out)}
    assert "Jordan" not in countries and "Morocco" not in countries


def test_applying_to_join_an_unknown_treaty_is_no_candidacy_for_the_summit_bloc(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Mercosur ends\n\nThe Mercosur summit ended in Asunción on Friday. Paraguay has "
                       "been courting Japan and has applied to join the Pacific Digital Economy Compact. Bolivia has "
                       "applied to join the bloc as a full member.\n", "2023-07-08")
    got = member_set(out)
    assert not any(c in ("Japan", "Paraguay") and s == "candidate" for c, s in got)
    assert ("Bolivia", "candidate") in got
