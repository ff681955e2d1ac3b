"""Round 10 (i): attendance from phrasings of the round-10 articles, on invented sentences, with negatives."""

from __future__ import annotations

from pipeline.attendance import attend_cue, sentence_status
from tests.extraction.conftest import attendee_set, extract_text


def _people(out: dict) -> set[str]:
    return {p for p, _, _ in attendee_set(out)}


def _by_person(out: dict) -> dict[str, tuple[str, str]]:
    return {p: (c, st) for p, c, st in attendee_set(out)}


# --- cues -----------------------------------------------------------------------------------------------------------

def test_joining_someone_there_for_the_summit_and_lists_among_those_who_signed():
    assert attend_cue("A, B and C joined Lula at the Itamaraty Palace for the twelfth summit of the bloc.")
    assert attend_cue("Among the presidents who signed in person were Chile's X and Peru's Y.")
    assert attend_cue("Prime Minister Z is among the leaders confirmed for that session.")
    assert attend_cue("Among the leaders who did not sign the treaty were X and Y.") is None
    assert attend_cue("She joined the ministry in 2004 as a junior clerk.") is None


def test_in_a_city_of_several_words_for_the_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN opens\n\nThe ASEAN summit opened in Kuala Lumpur on Sunday. UN "
                       "Secretary-General Antonio Guterres, who is in Kuala Lumpur for the summit, told reporters that "
                       "any escalation would be dangerous.\n", "2025-10-26")
    assert ("António Guterres", "United Nations", "attended") in attendee_set(out)


def test_pulled_out_of_the_trip_is_an_absence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. Kenya, "
                       "whose President William Ruto pulled out of the trip on Saturday, sent its foreign minister.\n",
                       "2024-02-18")
    assert ("William Ruto", "Kenya", "absent") in attendee_set(out)


# --- tense ------------------------------------------------------------------------------------------------------------

def test_a_quotation_and_reported_speech_keep_their_own_tense():
    assert sentence_status('The leaders closed the summit on Friday, in what X called proof that "we will not be '
                           'bystanders".', False) == "attended"
    assert sentence_status("Y, who is in Lima for the summit, told reporters that any strike would be illegal.",
                           False) == "attended"
    assert sentence_status('X said "it will be a long night" before the leaders will meet.', True) == "expected"


def test_has_invited_is_a_future_only_with_an_event_to_come():
    assert sentence_status("As usual, the host has also invited a few non-members: X and Y.", False) == "attended"
    assert sentence_status("The host has invited 40 leaders to an outreach session on Thursday.", False) == "expected"
    assert sentence_status("X and Y were invited to the outreach session.", False) == "expected"


def test_confirming_they_will_attend_is_no_mere_speaker(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO preview\n\nThe SCO summit opens in Astana on Wednesday. Turkish President "
                       "Recep Tayyip Erdogan and Belarusian President Alexander Lukashenko have confirmed that they will attend "
                       "the expanded session.\n", "2024-07-01")
    people = _people(out)
    assert {"Recep Tayyip Erdoğan", "Alexander Lukashenko"} <= people


# --- other meetings, other places, other articles -------------------------------------------------------------------

def test_attending_another_organisation_is_another_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO preview\n\nNATO leaders meet in Vilnius on Tuesday. Japanese Prime "
                       "Minister Fumio Kishida will attend the summit as a guest. Xi Jinping will not attend the G20 in New Delhi either and "
                       "is sending Premier Li Qiang in his place.\n", "2023-07-09")
    people = _people(out)
    assert "Fumio Kishida" in people and "Xi Jinping" not in people and "Li Qiang" not in people


def test_a_where_clause_on_the_place_one_came_from(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 opens\n\nThe G7 summit opened in Hiroshima on Friday. Joe Biden flew in from "
                       "Seoul, where he met South Korean President Yoon Suk Yeol on Thursday.\n", "2023-05-19")
    people = _people(out)
    assert "Joe Biden" in people and "Yoon Suk Yeol" not in people


def test_headlines_of_other_articles_are_not_the_article(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO preview\n\nThe CSTO summit opens in Minsk on Thursday. Kazakh President "
                       "Kassym-Jomart Tokayev is expected to attend.\n\nAlso read: Tokayev and Mirziyoyev meet in "
                       "Tashkent\n\nRelated news\nSCO summit in Astana: Tokayev meets Xi Jinping and Putin\n"
                       "Kyrgyz delegation visits Baku\n", "2024-11-26")
    by = _by_person(out)
    assert by.get("Kassym-Jomart Tokayev", (None, None))[1] == "expected"
    assert "Xi Jinping" not in by and "Vladimir Putin" not in by


# --- frames -------------------------------------------------------------------------------------------------------------

def test_a_bare_commonwealth_is_the_cis_when_the_words_around_say_so(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CIS summit\n\nThe CIS summit was held in Minsk on Friday. Commonwealth Executive "
                       "Secretary Sergei Lebedev, who also took part in the session, said the leaders agreed a plan.\n",
                       "2019-10-11")
    assert ("Sergei Lebedev", "Commonwealth of Independent States", "attended") in attendee_set(out)


def test_the_organisation_represented_by_two_people_and_a_list_item_after_a_possessive(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 opens\n\nThe G20 summit opened in Osaka on Friday. At the table were "
                       "Mexico's Andres Manuel Lopez Obrador and Chile's Sebastian Pinera, with the African Union, a guest "
                       "of the host, represented by Moussa Faki and Paul Kagame. Also at the table were Spain's Pedro Sanchez, "
                       "Kazakhstan's Kassym-Jomart Tokayev, the Emir of Qatar and Senegal's Macky Sall.\n", "2019-06-28")
    by = _by_person(out)
    assert by.get("Moussa Faki", (None,))[0] == "African Union"
    assert by.get("Kassym-Jomart Tokayev", (None,))[0] == "Kazakhstan"
