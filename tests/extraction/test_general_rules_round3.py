"""The third blind round's general rules, each on a small hand-written article."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text, member_set


def test_video_participation_overrides_a_cancelled_trip(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opened in Kazan on Tuesday. Brazilian President "
                   "Luiz Inacio Lula da Silva cancelled his trip and joined the talks by video link.\n", "2024-10-22")
    assert ("Luiz Inácio Lula da Silva", "Brazil", "attended") in attendee_set(out)


def test_would_not_travel_and_did_not_come_are_absences(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO summit\n\nThe CSTO summit was held in Astana on Thursday. Prime Minister "
                   "Nikol Pashinyan had said in October that he would not travel to Astana.\n", "2024-11-28")
    assert ("Nikol Pashinyan", "Armenia", "absent") in attendee_set(out)


def test_leaving_a_country_is_not_leaving_the_organisation(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC summit\n\nThe APEC summit opened in Gyeongju on Friday. U.S. President Donald "
                   "Trump left South Korea before the leaders' meetings began.\n", "2025-10-31")
    assert ("United States", "left") not in member_set(out)


def test_expanded_to_include_lists_members_and_gained_observer_status(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nThe BRICS summit opened in Kazan on Tuesday, the first since the "
                   "bloc expanded to include Egypt and Ethiopia. Iran, which gained observer status at the EAEU in "
                   "December, also sent a delegation to the summit.\n", "2024-10-22")
    assert {("Egypt", "member"), ("Ethiopia", "member")} <= member_set(out)


def test_title_words_inside_a_name_run_are_cut(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC summit\n\nThe APEC summit ended in Gyeongju on Saturday. Treasury Secretary "
                   "Scott Bessent led the American delegation.\n", "2025-11-01")
    assert ("Scott Bessent", "United States", "attended") in attendee_set(out)


def test_family_name_first_is_a_short_form(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC summit\n\nThe APEC summit ended in Gyeongju on Saturday, President Lee "
                   "Jae-myung's office said. Lee chaired the two-day meeting.\n", "2025-11-01")
    assert ("Lee Jae-myung", "South Korea", "attended") in attendee_set(out)


def test_a_concluded_two_day_summit_counts_back_from_its_last_day(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC summit\n\nLeaders concluded the APEC summit in Gyeongju on Saturday. Lee "
                   "Jae-myung chaired the two-day meeting.\n", "2025-11-01")
    assert out["summit"]["dates"] == "2025-10-31/2025-11-01"


def test_the_main_day_of_a_three_day_summit_is_not_extended(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS summit\n\nPutin hosted leaders in Kazan on Wednesday, the main day of a "
                   "three-day BRICS summit.\n", "2024-10-23")
    assert out["summit"]["dates"] == "2024-10-23"


def test_will_also_be_there_is_expected(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit will be held in The Hague on 24-25 June. Hungarian "
                   "Prime Minister Viktor Orbán will also be there.\n", "2025-06-20")
    assert ("Viktor Orbán", "Hungary", "expected") in attendee_set(out)
