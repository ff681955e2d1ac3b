"""Round 9 (e): attendance recall (asides, representation cues, list intros, office-only), host city.

Every article here is invented (no sentence of any corpus).
"""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _people(out: dict) -> set[str]:
    return {a["person"] for a in out["attendees"] if a["person"]}


def _countries(out: dict) -> set[tuple]:
    return {(a["country"], a["status"]) for a in out["attendees"]}


def test_a_name_closing_a_relative_aside_is_no_speaker(ref, tmp_path):
    out = extract_text(ref, tmp_path, "EU meets\n\nThe European Council summit ended in Brussels on "
                                      "Friday. Italian Prime Minister Giorgia Meloni, who attended the "
                                      "working lunch alongside Japanese Prime Minister Fumio Kishida, said "
                                      "it was a good day.\n", "2023-06-30")
    assert ("Fumio Kishida", "Japan", "attended") in attendee_set(out)


def test_represented_at_an_event_by_and_a_bare_also_joined(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO ends\n\nThe NATO summit ended in Vilnius on Wednesday. "
                                      "Partners Japan and South Africa were represented at the opening "
                                      "dinner by Japanese Prime Minister Fumio Kishida and President Cyril "
                                      "Ramaphosa. UN Secretary-General António Guterres also joined, a day "
                                      "after visiting Kyiv.\n", "2023-07-13")
    found = attendee_set(out)
    assert {("Fumio Kishida", "Japan", "attended"), ("Cyril Ramaphosa", "South Africa", "attended"),
            ("António Guterres", "United Nations", "attended")} <= found


def test_joined_with_an_object_that_is_not_the_summit_stays_silent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO ends\n\nThe NATO summit ended in Vilnius on Wednesday. Back "
                                      "home, South African President Cyril Ramaphosa joined the chorus of "
                                      "critics.\n", "2023-07-13")
    assert "Cyril Ramaphosa" not in _people(out)


def test_countries_whose_presidents_came_to_the_summit_city(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Leaders meet\n\nThe NATO summit closed in Vilnius on Wednesday. The "
                                      "second day was given to Moldova and Armenia, whose presidents, Ana "
                                      "Vrabie and Vahan Petrosyan, had come to Vilnius for a session with "
                                      "the allied leaders.\n", "2023-07-13")
    found = attendee_set(out)
    assert {("Ana Vrabie", "Moldova", "attended"), ("Vahan Petrosyan", "Armenia", "attended")} <= found


def test_respective_names_need_as_many_countries_as_names(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Leaders meet\n\nThe NATO summit closed in Vilnius on Wednesday. The "
                                      "talks turned to Moldova, whose presidents, Ana Vrabie and Vahan "
                                      "Petrosyan, had come to Vilnius.\n",
                       "2023-07-13")
    assert "Vahan Petrosyan" not in {a["person"] for a in out["attendees"] if a["country"] == "Moldova"}


def test_a_first_appearance_at_a_summit_and_a_leader_flanked_by_another(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU opens\n\nThe African Union summit opens in Addis Ababa on "
                                      "Sunday. South African President Cyril Ramaphosa will make his first "
                                      "appearance at an AU summit as chairman.\n", "2024-02-15")
    assert ("Cyril Ramaphosa", "South Africa", "expected") in attendee_set(out)
    out = extract_text(ref, tmp_path, "BRICS ends\n\nThe BRICS summit ended in Kazan on Thursday. \"We "
                                      "agreed,\" President Lula told reporters at the conference hall, "
                                      "flanked by Chinese President Xi Jinping.\n",
                       "2024-10-24")
    assert ("Xi Jinping", "China", "attended") in attendee_set(out)


def test_leaders_at_a_named_venue(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 live\n\nThe G7 summit is under way in Hiroshima. Italian Prime "
                                      "Minister Giorgia Meloni and Japanese Prime Minister Fumio Kishida "
                                      "are both at the Grand Prince Hotel this morning.\n", "2023-05-20")
    both = {("Giorgia Meloni", "Italy", "attended"), ("Fumio Kishida", "Japan", "attended")}
    assert both <= attendee_set(out)
    out = extract_text(ref, tmp_path, "G7 live\n\nThe G7 summit is under way in Hiroshima. Italian Prime "
                                      "Minister Giorgia Meloni is at the Foreign Ministry in Rome this "
                                      "morning.\n", "2023-05-20")
    assert "Giorgia Meloni" not in _people(out)


def test_not_making_the_trip_and_an_absence_after_a_participle_aside(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU opens\n\nThe African Union summit opens in Addis Ababa on "
                                      "Sunday. South African President Cyril Ramaphosa is not making the "
                                      "trip. Cameroon's ageing President Paul Biya, facing fresh questions "
                                      "about his health, will not travel either.\n", "2024-02-15")
    found = attendee_set(out)
    assert {("Cyril Ramaphosa", "South Africa", "absent"), ("Paul Biya", "Cameroon", "absent")} <= found


def test_unknown_names_after_representation_cues_and_the_one_replaced(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab summit ends\n\nThe Arab League summit ended in Manama on "
                                      "Thursday. Libya was represented by Salem Abdullah Mansour, the "
                                      "speaker of its parliament. Qatar's Emir Tamim bin Hamad Al Thani, "
                                      "who seldom attends such meetings, sent Sheikh Jassim bin Nasser Al "
                                      "Kuwari, a senior adviser. The Ghanaian delegation was headed by "
                                      "Sheikh Yusuf bin Ali Al Marri in place of President Nana "
                                      "Akufo-Addo.\n", "2024-05-17")
    found = attendee_set(out)
    assert ("Salem Abdullah Mansour", "Libya", "attended") in found
    assert ("Tamim bin Hamad Al Thani", "Qatar", "absent") in found
    assert ("Jassim bin Nasser Al Kuwari", "Qatar", "attended") in found
    assert ("Nana Akufo-Addo", "Ghana", "absent") in found


def test_a_list_item_deputising_for_an_absent_leader(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 opens\n\nThe G20 summit opens in Rio de Janeiro on "
                                      "Monday.\n\nLeaders attending:\n- Ghana's Vice-President Kwame "
                                      "Boateng, deputising for President Nana Akufo-Addo, who is on "
                                      "leave\n- Italian Prime Minister Giorgia Meloni\n", "2024-11-15")
    found = attendee_set(out)
    assert ("Nana Akufo-Addo", "Ghana", "absent") in found
    assert ("Giorgia Meloni", "Italy", "expected") in found


def test_heads_of_organisations_attend_by_office_but_leaders_of_a_bloc_do_not(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 live\n\nThe G7 summit ended in Hiroshima on Sunday. UN "
                                      "Secretary-General António Guterres was also around the table, along "
                                      "with the heads of the IMF and the World Bank.\n", "2023-05-21")
    countries = _countries(out)
    assert {("International Monetary Fund", "attended"), ("World Bank", "attended")} <= countries
    out = extract_text(ref, tmp_path, "OTS meets\n\nThe Organization of Turkic States summit opens in "
                                      "Astana on Friday. It comes two months after Samarkand hosted the "
                                      "leaders of the Shanghai Cooperation Organisation in September.\n",
                       "2024-11-01")
    assert "Shanghai Cooperation Organisation" not in {c for c, _ in _countries(out)}


def test_a_summit_attended_by_a_country_named_alone(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU opens\n\nThe African Union summit opens in Addis Ababa on "
                                      "Sunday. The summit will also be attended by Eritrea, which ended a "
                                      "long boycott of the body last year.\n",
                       "2024-02-15")
    assert ("Eritrea", "expected") in _countries(out)


def test_speaking_at_the_press_centre_she_said(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 live\n\nThe G7 summit ended in Hiroshima on Sunday. Italian "
                                      "Prime Minister Giorgia Meloni did not hide her frustration. "
                                      "Speaking to journalists at the media centre, she said the talks on "
                                      "migration had stalled.\n", "2023-05-21")
    assert ("Giorgia Meloni", "Italy", "attended") in attendee_set(out)


def test_a_colon_line_after_an_invitation_opens_a_guest_list(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 preview\n\nThe G20 summit opens in Rio de Janeiro on Monday.\n\n"
                       "As usual the host has invited a few non-members. Brasília has picked:\n"
                       "- South African President Cyril Ramaphosa\n"
                       "- the leaders of Fiji, which chairs the Pacific forum, and Tonga\n", "2024-11-14")
    found = attendee_set(out)
    assert ("Cyril Ramaphosa", "South Africa", "expected") in found
    assert {("Fiji", "expected"), ("Tonga", "expected")} <= _countries(out)


def test_a_colon_line_without_an_invitation_before_it_opens_no_list(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 preview\n\nThe G20 summit opens in Rio de Janeiro on Monday.\n\n"
                       "Markets fell on the news. Analysts have named the risks:\n"
                       "- South African President Cyril Ramaphosa\n", "2024-11-14")
    assert "Cyril Ramaphosa" not in _people(out)


def test_unknown_names_owned_by_a_country(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 preview\n\nThe G20 summit opens in Rio de Janeiro on Monday. "
                                      "The European line-up includes Pierre Lemaire of France and "
                                      "Belgium's Jean-Luc Van den Broeck. Mauritania's Sidi Ould Cheikh "
                                      "Ahmed will also attend.\n", "2024-11-14")
    found = attendee_set(out)
    assert ("Pierre Lemaire", "France", "expected") in found
    assert ("Sidi Ould Cheikh Ahmed", "Mauritania", "expected") in found


def test_the_summit_opened_with_a_dinner_at_which(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 ends\n\nThe G7 summit closed in Hiroshima on Sunday. The summit "
                                      "opened on Friday with a dinner at which Italian Prime Minister "
                                      "Giorgia Meloni clashed with Japanese Prime Minister Fumio Kishida "
                                      "over grain.\n", "2023-05-21")
    both = {("Giorgia Meloni", "Italy", "attended"), ("Fumio Kishida", "Japan", "attended")}
    assert both <= attendee_set(out)


def test_office_titles_of_organisations(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 preview\n\nThe G20 summit opens in Rio de Janeiro on Monday. "
                                      "IMF managing director Kristalina Georgieva and Ngozi Okonjo-Iweala, "
                                      "director-general of the World Trade Organization, are also "
                                      "expected.\n", "2024-11-14")
    assert {"Kristalina Georgieva", "Ngozi Okonjo-Iweala"} <= _people(out)


def test_host_city_skips_a_city_of_another_named_summit_and_reads_a_host_appositive(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Leaders head to Lima\n\nPresident Gabriel Boric leaves on Friday "
                                      "for Lima, the coastal capital that will host the leaders of the "
                                      "APEC economies next week. From Lima he flies on to Brasília for the "
                                      "Amazon Summit and talks on the rainforest. Boric will hold talks at "
                                      "the APEC summit.\n", "2024-11-08")
    assert out["summit"]["host_city"] == "Lima"
