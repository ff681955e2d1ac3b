"""The sixth round's general attendance rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.attendance import sentence_status
from tests.extraction.conftest import attendee_set, extract_text


def test_lines_of_country_dash_title_name_after_an_attendance_intro(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO meets\n\nThe SCO summit ended in Astana on Thursday.\n\nSeated at the table "
                       "were:\nUzbekistan — President Shavkat Mirziyoyev\nKyrgyzstan — President Sadyr Japarov\n\n"
                       "The talks covered trade.\n", "2024-07-05")
    assert {("Shavkat Mirziyoyev", "Uzbekistan", "attended"), ("Sadyr Japarov", "Kyrgyzstan", "attended")} <= attendee_set(out)


def test_did_not_make_the_trip_is_an_absence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS ends\n\nThe BRICS summit ended in Kazan on Thursday. Brazilian President "
                       "Luiz Inácio Lula da Silva did not make the trip after a fall at home.\n", "2024-10-25")
    assert ("Luiz Inácio Lula da Silva", "Brazil", "absent") in attendee_set(out)


def test_an_appositive_between_a_name_and_stayed_away(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 ends\n\nThe G20 summit ended in Rio on Tuesday. Xi Jinping, the Chinese "
                       "leader, stayed away this time.\n", "2024-11-20")
    assert ("Xi Jinping", "China", "absent") in attendee_set(out)


def test_hall_presence_proceedings_and_addressing_a_session(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab summit\n\nThe Arab League summit closed in Manama on Friday. King Hamad "
                       "bin Isa Al Khalifa opened proceedings on Thursday. Emir Tamim bin Hamad Al Thani was also in the "
                       "hall. UN Secretary-General Antonio Guterres addressed the closing session.\n", "2024-05-17")
    people = {p for p, _, s in attendee_set(out) if s == "attended"}
    assert {"Tamim bin Hamad Al Thani", "António Guterres"} <= people
    assert any("Hamad bin Isa" in p for p in people)


def test_made_the_trip_and_other_leaders_in_a_city_included(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 ends\n\nThe G20 summit ended in Osaka on Saturday. Others who made the trip "
                       "included Canada's Justin Trudeau. Other leaders in Osaka included India's Narendra Modi.\n",
                       "2019-07-01")
    assert {("Justin Trudeau", "Canada", "attended"), ("Narendra Modi", "India", "attended")} <= attendee_set(out)


def test_the_summit_organisations_own_official_reporting_on_it(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO ends\n\nThe CSTO summit ended in Yerevan on Wednesday. CSTO "
                       "Secretary-General Stanislav Zas, a Belarusian general, said the leaders agreed a joint plan.\n",
                       "2022-11-24")
    assert ("Stanislav Zas", "Collective Security Treaty Organization", "attended") in attendee_set(out)


def test_another_organisations_official_quoted_in_passing_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO to meet\n\nThe CSTO summit opens in Yerevan on Wednesday. Russian "
                       "President Vladimir Putin will attend. NATO Secretary-General Jens Stoltenberg has said new "
                       "members would be welcomed.\n", "2022-11-20")
    assert not any(p == "Jens Stoltenberg" for p, _, _ in attendee_set(out))


def test_someone_named_as_the_one_succeeded_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO ends\n\nThe SCO summit ended in Bishkek on Friday. Kazakhstan was "
                       "represented by Kassym-Jomart Tokayev, elected this month to succeed Nursultan Nazarbayev, who "
                       "stepped down in March.\n", "2019-06-15")
    people = {p for p, _, _ in attendee_set(out)}
    assert "Kassym-Jomart Tokayev" in people and "Nursultan Nazarbayev" not in people


def test_attributive_invited_is_past_in_a_report_but_were_invited_is_not():
    assert sentence_status("The invited guests were:", False) == "attended"
    assert sentence_status("Leaders of India and Brazil were also invited to the outreach session.", False) == "expected"
    assert sentence_status("The invited guests were:", True) == "expected"


def test_a_past_aside_yields_to_the_main_clauses_future():
    assert sentence_status("Xi, who met Biden in Lima on Monday, is expected to meet Kishida.", True) == "expected"
    assert sentence_status("Xi, who met Biden on Monday, spoke at the summit.", False) == "attended"


def test_hosting_the_next_summit_says_nothing_of_this_ones_tense():
    assert sentence_status("Lula, also in Delhi, will host next year's summit in Rio.", False) == "attended"


def test_a_stand_in_leading_the_delegation_instead_makes_the_leader_absent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC preview\n\nThe APEC summit opens in Lima on Friday. U.S. President Joe "
                       "Biden is staying in Washington, and Vice President Kamala Harris will lead the American "
                       "delegation instead.\n", "2024-11-12")
    found = attendee_set(out)
    assert ("Joe Biden", "United States", "absent") in found
    assert ("Kamala Harris", "United States", "expected") in found


def test_came_as_and_a_first_forum_are_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 ends\n\nThe G7 summit ended in Elmau on Tuesday. Italy's Mario Draghi came "
                       "as the head of a coalition. For Prime Minister Fumio Kishida it was a first summit as host-in-waiting.\n",
                       "2022-06-29")
    assert {("Mario Draghi", "Italy", "attended"), ("Fumio Kishida", "Japan", "attended")} <= attendee_set(out)


def test_pacific_leaders_are_in_the_reference(ref):
    names = {p.name for p in ref.people.values()}
    assert {"Jacinda Ardern", "Surangel Whipps Jr.", "Henry Puna", "Frank Bainimarama"} <= names
    assert ref.country_named("Cook Islands") is not None
