"""Attendance rules from blind round 29, each on small invented articles (positives and negatives).

Families: verb-first arrivals, passive signatories, witnesses of a signing, the summit as a platform, delegation heads
(participle asides, lower-case offices, an anaphoric 'Its delegation', an office of a body), invitees listed after an
invitation, a boycotting state's leader heard from home, place names read as people, a trip's later stops, a visitor's
remark, a possessive in a representation's aside, and a city a force is stationed in.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text


def _people(out: dict) -> set[str]:
    return {a["person"] for a in out["attendees"]}


@pytest.mark.parametrize(("body", "published", "expected"), [
    ("APEC leaders meet\n\nThe APEC summit opened in Lima on Friday. From Asia came the leaders of China and Japan -- "
     "Xi Jinping and Shigeru Ishiba -- as well as South Korea's Yoon Suk Yeol.\n", "2024-11-16",
     {("Xi Jinping", "China", "attended"), ("Shigeru Ishiba", "Japan", "attended"),
      ("Yoon Suk Yeol", "South Korea", "attended")}),
    ("ASEAN summit\n\nThe ASEAN summit opened in Vientiane on Wednesday. Then came the presidents of Indonesia and the "
     "Philippines, Joko Widodo and Ferdinand Marcos Jr.\n", "2024-10-09",
     {("Joko Widodo", "Indonesia", "attended"), ("Bongbong Marcos", "Philippines", "attended")}),
])
def test_verb_first_arrivals_attend(ref, tmp_path, body, published, expected):
    assert expected <= attendee_set(extract_text(ref, tmp_path, body, published))


@pytest.mark.parametrize("sentence", [
    "From Jakarta came word that President Joko Widodo had a cold.",
    "The decision came after the leaders of Indonesia and Malaysia, Joko Widodo and Anwar Ibrahim, spoke by phone "
    "last month.",
])
def test_came_without_an_arrival_is_no_cue(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit opened in Vientiane on Wednesday. " + sentence + "\n",
                       "2024-10-09")
    assert not out["attendees"]


@pytest.mark.parametrize(("sentence", "published", "status"), [
    ("The SCO summit opened in Astana on Thursday. The declarations were signed by Chinese President Xi Jinping, "
     "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev.", "2024-07-04", "attended"),
    ("The SCO summit opens in Astana on Thursday. The declaration will be signed by Chinese President Xi Jinping, "
     "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev.", "2024-07-01", "expected"),
])
def test_passive_signatories_attend(ref, tmp_path, sentence, published, status):
    out = extract_text(ref, tmp_path, "SCO summit\n\n" + sentence + "\n", published)
    assert {("Xi Jinping", "China", status), ("Vladimir Putin", "Russia", status),
            ("Kassym-Jomart Tokayev", "Kazakhstan", status)} <= attendee_set(out)


@pytest.mark.parametrize("sentence", [
    "The Commonwealth treaty was originally signed in Minsk by Belarus, Russia and Ukraine.",
    "The 1992 treaty was signed by Kazakh President Nursultan Nazarbayev.",
    "The 1992 treaty was signed in Tashkent by Kazakh President Nursultan Nazarbayev.",
])
def test_signatories_of_an_old_treaty_do_not_attend(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, "CSTO summit\n\nThe CSTO summit opened in Minsk on Thursday. " + sentence + "\n",
                       "2023-11-23")
    assert not out["attendees"]


def test_witness_of_a_signing_attends(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opened in Kazan on Tuesday. Egyptian President Abdel "
                       "Fattah el-Sisi looked on as his foreign minister, Badr Abdelatty, signed the accession papers.\n",
                       "2024-10-22")
    assert {("Abdel Fattah el-Sisi", "Egypt", "attended"), ("Badr Abdelatty", "Egypt", "attended")} <= attendee_set(out)
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opened in Kazan on Tuesday. Egyptian President Abdel "
                       "Fattah el-Sisi watched as the rouble fell.\n", "2024-10-22")
    assert not out["attendees"]


@pytest.mark.parametrize(("place", "expected"), [
    ("as he signed the treaty", {("Ararat Mirzoyan", "Armenia", "attended"), ("Nikol Pashinyan", "Armenia", "attended")}),
    ("at a rally in Yerevan", set()),
])
def test_standing_beside_a_signatory_is_attendance(ref, tmp_path, place, expected):
    out = extract_text(ref, tmp_path, "EAEU summit\n\nThe EAEU summit opened in Minsk on Thursday. Armenian Foreign Minister "
                       "Ararat Mirzoyan stood beside Prime Minister Nikol Pashinyan " + place + ".\n", "2023-05-25")
    assert attendee_set(out) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The NATO summit opened in Washington on Tuesday. Polish President Andrzej Duda used the summit to press for "
     "more air defence.", "2024-07-09", {("Andrzej Duda", "Poland", "attended")}),
    ("The NATO summit opens in Washington on Tuesday. Polish President Andrzej Duda will use the gathering to press "
     "for more air defence.", "2024-07-07", {("Andrzej Duda", "Poland", "expected")}),
    ("The NATO summit opened in Washington on Tuesday. Polish President Andrzej Duda used last year's summit to press "
     "for more air defence.", "2024-07-09", set()),
])
def test_the_summit_as_a_platform(ref, tmp_path, sentence, published, expected):
    assert attendee_set(extract_text(ref, tmp_path, "NATO summit\n\n" + sentence + "\n", published)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chad's delegation was led by presidential adviser Mahamat Zene Tahir, who spoke to reporters.",
     ("Mahamat Zene Tahir", "Chad")),
    ("The delegation of Niger, headed by senior diplomat Abdou Garba Issoufou, arrived late.",
     ("Abdou Garba Issoufou", "Niger")),
    ("Kenya's President William Ruto stayed in Nairobi. Its delegation, led by Foreign Minister Kiprono Mutai Rotich, "
     "backed the plan.", ("Kiprono Mutai Rotich", "Kenya")),
])
def test_delegation_heads_are_stand_ins(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. " + sentence
                       + "\n", "2024-02-18")
    assert [(a["person"], a["country"], a["status"], a["capacity"]) for a in out["attendees"]
            if a["person"] == expected[0]] == [(*expected, "attended", "stand_in")]


def test_a_name_led_by_outside_a_delegation_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. The march in "
                       "the capital was led by opposition activist Aminu Dauda Bello.\n", "2024-02-18")
    assert not out["attendees"]


def test_an_unknown_officer_of_a_body_attends_for_it(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SADC summit\n\nThe SADC summit opened in Harare on Saturday. Executive Secretary of "
                       "the Southern African Development Community Tendai Moyo Banda, who attended the summit, presented "
                       "the report.\n", "2024-08-17")
    assert ("Tendai Moyo Banda", "Southern African Development Community", "attended") in attendee_set(out)


@pytest.mark.parametrize("sentence", [
    "Leaders arrived at Robert Gabriel Mugabe International Airport on Friday.",
    "Egypt's Prime Minister Mostafa Madbouly met the leaders. He said Egypt's Red Sea ports had lost revenue.",
])
def test_place_names_are_no_people(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, "SADC summit\n\nThe SADC summit opened in Harare on Saturday. " + sentence + "\n",
                       "2024-08-17")
    assert not _people(out) & {"Robert Gabriel Mugabe International Airport", "Mugabe International Airport",
                               "Gabriel Mugabe International Airport", "Red Sea"}


@pytest.mark.parametrize(("sentence", "published", "status"), [
    ("The G20 summit opened in Rio de Janeiro on Monday. Brazil invited a dozen outsiders to the outreach session on "
     "Monday afternoon.", "2024-11-18", "attended"),
    ("The G20 summit opens in Rio de Janeiro on Monday. Brazil has invited a dozen outsiders to the outreach "
     "session.", "2024-11-14", "expected"),
])
def test_invitees_listed_after_the_invitation(ref, tmp_path, sentence, published, status):
    out = extract_text(ref, tmp_path, "G20 summit\n\n" + sentence + " They include Norwegian Prime Minister Jonas Gahr Store "
                       "and Portuguese Prime Minister Luis Montenegro.\n", published)
    assert {("Jonas Gahr Støre", "Norway", status), ("Luís Montenegro", "Portugal", status)} <= attendee_set(out)


def test_a_list_after_no_invitation_takes_no_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 summit\n\nThe G20 summit opened in Rio de Janeiro on Monday. Several leaders "
                       "criticised the plan. They include Norwegian Prime Minister Jonas Gahr Store.\n", "2024-11-18")
    assert not out["attendees"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Syria boycotted the meeting. President Bashar al-Assad said on state television that the summit was a farce.",
     {("Bashar al-Assad", "Syria", "absent")}),
    ("Syria boycotted the meeting. Egyptian President Abdel Fattah el-Sisi said on state television that the summit "
     "mattered.", set()),
    ("Syria was absent on the first day. President Bashar al-Assad arrived on Friday and said on state television "
     "that he was glad to be there.", {("Bashar al-Assad", "Syria", "attended")}),
])
def test_a_boycotting_states_leader_heard_from_home_is_absent(ref, tmp_path, sentence, expected):
    out = extract_text(ref, tmp_path, "Arab League summit\n\nThe Arab League summit opened in Manama on Thursday. " + sentence
                       + "\n", "2024-05-16")
    assert attendee_set(out) == expected


@pytest.mark.parametrize("sentence", [
    "Mr. Biden will fly to Helsinki on Wednesday to meet President Sauli Niinisto and the Nordic leaders.",
    "Mr. Biden will travel on to Helsinki later this week for talks with President Sauli Niinisto.",
])
def test_people_met_on_a_later_stop_of_a_trip_do_not_attend(ref, tmp_path, sentence):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit opens in Vilnius on Tuesday. " + sentence + "\n",
                       "2023-07-09")
    assert "Sauli Niinistö" not in _people(out)


def test_a_trip_to_the_host_city_to_meet_the_leaders_is_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit opens in Vilnius on Tuesday. Finnish President Sauli "
                       "Niinisto will fly to Vilnius on Monday to meet the allied leaders.\n", "2023-07-09")
    assert ("Sauli Niinistö", "Finland", "expected") in attendee_set(out)


def test_a_visitor_who_toured_the_region_before_is_no_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab League summit\n\nThe Arab League summit opened in Manama on Thursday. US "
                       "Secretary of State Antony Blinken, who visited the region last week, urged the leaders to back a "
                       "ceasefire.\n", "2024-05-16")
    assert not out["attendees"]
    out = extract_text(ref, tmp_path, "Arab League summit\n\nThe Arab League summit opened in Manama on Thursday. UN "
                       "Secretary-General Antonio Guterres, who arrived on Wednesday, urged the leaders to back a "
                       "ceasefire.\n", "2024-05-16")
    assert ("António Guterres", "United Nations", "attended") in attendee_set(out)


def test_a_possessive_in_the_representatives_aside_is_not_absent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "GCC summit\n\nThe GCC summit opened in Doha on Tuesday. Qatar's Emir Tamim bin Hamad "
                       "Al Thani took part, while Oman was represented by Deputy Prime Minister Shihab bin Tariq Al Said, "
                       "the sultanate's envoy since Sultan Haitham's illness last year.\n", "2023-12-05")
    assert "Haitham bin Tariq" not in _people(out)
    assert ("Shihab bin Tariq Al Said", "Oman", "attended") in attendee_set(out)


def test_a_city_a_force_is_stationed_in_sets_no_act_elsewhere(ref, tmp_path):
    body = "AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. Kenya's President William Ruto {}.\n"
    out = extract_text(ref, tmp_path, body.format("called for more money for the AU mission in Mogadishu"), "2024-02-18")
    assert ("William Ruto", "Kenya", "attended") in attendee_set(out)
    out = extract_text(ref, tmp_path, body.format("told reporters in Nairobi that he backed the plan"), "2024-02-18")
    assert not out["attendees"]


# Round 31 (second fresh round of the session), same families.

_LISTS = ("LIST: Leaders in Lima\n\nThe APEC summit opens in Lima on Friday, November 15, 2024.\n\nWho's coming:\n\n"
          "Member economies\n\nAPEC was founded in 1989 in Canberra. It now has 21 member economies.\n\n"
          "- Chile: President Gabriel Boric\n- Japan: Prime Minister Shigeru Ishiba\n\nGuests\n\nThe host has asked a few "
          "guests. Their names were released on Monday.\n\n- Colombia: President Gustavo Petro\n")


def test_a_line_of_attendees_heads_the_lists_of_its_sections(ref, tmp_path):
    out = extract_text(ref, tmp_path, _LISTS, "2024-11-12")
    assert {("Gabriel Boric", "Chile", "expected"), ("Shigeru Ishiba", "Japan", "expected"),
            ("Gustavo Petro", "Colombia", "expected")} <= attendee_set(out)


def test_a_list_far_below_the_line_of_attendees_is_not_headed_by_it(ref, tmp_path):
    filler = " ".join(f"Another summit was held in city number {n}." for n in range(12))
    out = extract_text(ref, tmp_path, "Key facts\n\nThe APEC summit opens in Lima on Friday, November 15, 2024.\n\nWho's "
                       "coming:\n\n- Chile: President Gabriel Boric\n\nThe summit will discuss trade. " + filler +
                       "\n\n- Peru: President Pedro Castillo\n", "2024-11-12")
    assert "Pedro Castillo" not in _people(out)


def test_one_taking_the_absent_leaders_place_is_a_stand_in(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit opens in Vientiane on Thursday. President Joe Biden "
                       "will not attend. Secretary of State Antony Blinken will take his place.\n", "2024-10-08")
    assert [(a["person"], a["status"], a["capacity"]) for a in out["attendees"] if a["person"] == "Antony Blinken"] == [
        ("Antony Blinken", "expected", "stand_in")]


@pytest.mark.parametrize(("chair", "status"), [
    ("Prime Minister Sonexay Siphandone will preside over the opening ceremony at the National Convention Centre on "
     "Wednesday morning. ", "expected"),
    ("", "attended"),
])
def test_a_chair_opening_the_summit_later_that_morning_makes_a_preview(ref, tmp_path, chair, status):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe Laotian capital hosts the ASEAN summit from Wednesday to "
                       "Thursday, October 9 to 10. " + chair + "Malaysian Prime Minister Anwar Ibrahim is in Vientiane for "
                       "the meetings.\n", "2024-10-09")
    assert ("Anwar Ibrahim", "Malaysia", status) in attendee_set(out)


def test_the_one_sent_is_of_the_state_that_opens_the_sentence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "GCC summit\n\nThe GCC summit opened in Kuwait on Sunday. Qatar, under a blockade by "
                       "Saudi Arabia, the UAE and Bahrain since last year, sent Deputy Prime Minister Khalid bin Mohammed "
                       "Al Attiyah in the emir's place.\n", "2023-12-03")
    assert [(a["country"], a["capacity"]) for a in out["attendees"] if a["person"] == "Khalid bin Mohammad Al Attiyah"] == [
        ("Qatar", "stand_in")]


def test_arrivals_a_host_receives_at_a_named_place_attend(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab League summit\n\nThe Arab League summit opened in Jeddah on Friday. King Salman "
                       "received at King Abdulaziz International Airport Egyptian President Abdel Fattah el-Sisi and "
                       "Tunisian President Kais Saied.\n", "2023-05-19")
    assert {("Abdel Fattah el-Sisi", "Egypt", "attended"), ("Kais Saied", "Tunisia", "attended")} <= attendee_set(out)


def test_a_confirmed_attendee_and_an_official_quoted_in_a_with_clause(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Kazan on Tuesday. Chinese President Xi "
                       "Jinping is also confirmed.\n", "2024-10-20")
    assert attendee_set(out) == {("Xi Jinping", "China", "expected")}
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Kazan on Tuesday. Chinese President Xi "
                       "Jinping will attend, Beijing said, with Foreign Ministry spokesman Lin Jian telling reporters that Xi "
                       "would hold bilateral talks.\n", "2024-10-20")
    assert _people(out) == {"Xi Jinping"}


def test_a_list_of_subjects_at_another_meeting_does_not_attend(ref, tmp_path):
    out = extract_text(ref, tmp_path, "OTS summit\n\nThe OTS summit opened in Shusha on Saturday. The foreign ministers met on "
                       "Friday. Kazakh Foreign Minister Murat Nurtleu, Kyrgyz Foreign Minister Jeenbek Kulubaev and Turkish "
                       "Foreign Minister Hakan Fidan took part in that meeting.\n", "2024-07-06")
    assert not out["attendees"]


@pytest.mark.parametrize(("sentence", "absent", "present"), [
    ("The Saudi delegation was led by Foreign Minister Prince Faisal bin Farhan, on behalf of King Salman and Crown "
     "Prince Mohammed bin Salman.", {"Salman of Saudi Arabia", "Mohammed bin Salman"}, {"Faisal bin Farhan Al Saud"}),
    ("Crown Prince Mohammed bin Salman led the Saudi delegation on behalf of King Salman, while Emir Tamim bin Hamad "
     "Al Thani and King Hamad bin Isa Al Khalifa also attended.", {"Salman of Saudi Arabia"},
     {"Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Hamad bin Isa Al Khalifa"}),
])
def test_a_leader_on_whose_behalf_the_delegation_is_led_is_absent(ref, tmp_path, sentence, absent, present):
    out = extract_text(ref, tmp_path, "GCC summit\n\nThe GCC summit opened in Doha on Tuesday. " + sentence + "\n",
                       "2023-12-05")
    status = {a["person"]: a["status"] for a in out["attendees"]}
    assert {p for p, s in status.items() if s == "absent"} == absent
    assert {p for p, s in status.items() if s == "attended"} == present


def test_on_behalf_of_someone_who_leads_no_state_is_no_absence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe AU summit opened in Addis Ababa on Sunday. Kenyan President William "
                       "Ruto lobbied fellow leaders on behalf of Raila Odinga.\n", "2024-02-18")
    assert {a["person"] for a in out["attendees"] if a["status"] == "absent"} == set()


_COUNTED = ("G20 summit\n\nThe G20 summit opened in Rio de Janeiro on Monday. {} Gustavo Petro of Colombia, Chile's president, "
            "Gabriel Boric, and Luis Arce of Bolivia presented a plan for the Amazon.\n")


def test_a_counted_group_at_the_summit_named_in_the_next_sentence(ref, tmp_path):
    out = extract_text(ref, tmp_path, _COUNTED.format("In the afternoon the leaders met three Latin American presidents "
                                                      "invited by the host."), "2024-11-18")
    assert {("Gustavo Petro", "Colombia", "attended"), ("Gabriel Boric", "Chile", "attended"),
            ("Luis Arce", "Bolivia", "attended")} <= attendee_set(out)


@pytest.mark.parametrize("context", [
    "In the afternoon the leaders met four Latin American presidents invited by the host.",  # the count differs
    "Three Latin American presidents have criticised the plan.",  # no attendance
])
def test_a_counted_group_needs_the_same_count_and_the_summit(ref, tmp_path, context):
    assert not extract_text(ref, tmp_path, _COUNTED.format(context), "2024-11-18")["attendees"]


def test_one_due_to_brief_the_leaders_is_expected(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opens in Kazan on Tuesday. New Development Bank "
                       "president Dilma Rousseff will brief leaders on the bank's first loans.\n", "2024-10-20")
    assert ("Dilma Rousseff", "New Development Bank", "expected") in attendee_set(out)


def test_a_bodys_name_after_an_article_and_before_of_country_is_no_person(ref, tmp_path):
    out = extract_text(ref, tmp_path, "OTS summit\n\nThe OTS summit opened in Shusha on Saturday. Hungary was represented at "
                       "the highest level: Viktor Orban, Prime Minister of Hungary and chairman of the Fidesz Party of "
                       "Hungary, also attended. Mustafa Sentop, Speaker of the Grand National Assembly of Turkey, and the "
                       "Chairman of the Jogorku Kenesh of Kyrgyzstan also attended.\n", "2024-07-06")
    assert "Jogorku Kenesh" not in _people(out)
    assert ("Viktor Orbán", "Hungary", "attended") in attendee_set(out)
