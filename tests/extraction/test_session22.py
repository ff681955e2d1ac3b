"""Rules of session 22 (blind rounds 62 and 63): members told as a span ('33 members, from A to B', 'its membership runs
from A to B and includes C', '16 states stretching from A in the north to B, plus four island nations: C, D') or by an
anaphor ('The four countries are its founding members'); associate states and the ones a newcomer joins in that tier;
a key-points bullet of observers; 'Alongside X they were A; B'; an object
of a preposition is no subject of an exit; boxes by tier ('MEMBERS', 'Leaders of the bloc's dialogue partners ...:')
and a box of those still coming; a tracker's line with its own absence and a stand-in after the semicolon; a
transcript's speaker labels; a headline in capitals names no one unknown; a bare name sent as an envoy by a capital;
'Vice-Premier' as a title; 'the Western alliance'; companions before 'accompanied'. Small invented articles (no
sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text, member_set

_MEMBERS_HEAD = ("Leaders gather in Montevideo\n\nMONTEVIDEO, Dec 6 (Wire) - The summit of the Community of Latin "
                 "American and Caribbean States opens in Montevideo on Friday.\n\n")
_REPORT = ("Leaders end their summit\n\nNAIROBI, May 6 (Wire) - The summit of the Organisation of Islamic Cooperation "
           "ended in Nairobi on Sunday.\n\n")


def _members(ref, tmp_path, text: str, published: str = "2022-12-06", head: str = _MEMBERS_HEAD) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, head + text + "\n", published))


def _report(ref, tmp_path, text: str, published: str = "2024-05-06", head: str = _REPORT) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, head + text + "\n", published))


# --- members ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The community counts 33 members, from Mexico to Chile.",
    "Its membership stretches from Mexico in the north to Chile in the south.",
    "The bloc has 33 member states, ranging from Mexico to Chile.",
])
def test_members_told_as_a_span(ref, tmp_path, text):
    got = _members(ref, tmp_path, text)
    assert {("Mexico", "member"), ("Chile", "member")} <= got, got


def test_a_span_then_more_members(ref, tmp_path):
    got = _members(ref, tmp_path, "Its 33 states stretching from Mexico and Cuba in the north to Chile in the south, plus "
                                  "three island nations: Jamaica, Haiti and Barbados, make up the community.")
    assert {("Mexico", "member"), ("Cuba", "member"), ("Chile", "member"), ("Jamaica", "member"), ("Haiti", "member"),
            ("Barbados", "member")} <= got, got


def test_a_span_goes_on_with_what_it_includes(ref, tmp_path):
    got = _members(ref, tmp_path, "The community's membership runs from Mexico to Chile and includes Jamaica and Haiti.")
    assert {("Mexico", "member"), ("Chile", "member"), ("Jamaica", "member"), ("Haiti", "member")} <= got, got


@pytest.mark.parametrize("text", [
    "Delegates from 33 countries, from Mexico to Chile, came to the talks.",
    "Members from Mexico came to the talks.",
])
def test_no_span_of_members_without_one(ref, tmp_path, text):
    got = _members(ref, tmp_path, text)
    assert not {m for m in got if m[0] in ("Mexico", "Chile")}, got


def test_founders_told_by_an_anaphor(ref, tmp_path):
    got = _members(ref, tmp_path, "Peru's President Pedro Castillo, President Gabriel Boric of Chile, Colombia's Gustavo "
                                  "Petro and the Mexican president, Andrés Manuel López Obrador, signed a new charter. "
                                  "The four countries are its founding members.")
    assert {("Peru", "member"), ("Chile", "member"), ("Colombia", "member"), ("Mexico", "member")} <= got, got


def test_associate_states_and_those_joined_in_that_tier(ref, tmp_path):
    got = _members(ref, tmp_path, "Jamaica and Haiti signed accords making them associate states, joining Cuba and Panama "
                                  "in that category.")
    assert {("Jamaica", "partner"), ("Haiti", "partner"), ("Cuba", "partner"), ("Panama", "partner")} <= got, got


def test_became_associate_members(ref, tmp_path):
    got = _members(ref, tmp_path, "Jamaica and Haiti became associate members.")
    assert {("Jamaica", "partner"), ("Haiti", "partner")} <= got, got


def test_seeking_to_become_an_associate_is_no_associate(ref, tmp_path):
    got = _members(ref, tmp_path, "Jamaica is seeking to become an associate member.")
    assert ("Jamaica", "partner") not in got, got


def test_observers_in_a_key_points_bullet(ref, tmp_path):
    got = _members(ref, tmp_path, "Key points:\n\n- Observer states, among them Spain and Portugal, sent delegations.\n"
                                  "- The summit adopted a declaration.")
    assert {("Spain", "observer"), ("Portugal", "observer")} <= got, got


def test_an_object_of_a_preposition_does_not_leave(ref, tmp_path):
    head = ("Leaders gather in Moscow\n\nMOSCOW, Oct 8 (Wire) - The summit of the Commonwealth of Independent States "
            "opens in Moscow on Friday.\n\n")
    got = _members(ref, tmp_path, "Georgia left the Commonwealth in 2009 after its war with Russia, and Ukraine, a founder "
                                  "that never ratified the charter, announced in 2018 that it was quitting its bodies.",
                   "2024-10-08", head)
    assert ("Georgia", "left") in got, got
    assert ("Russia", "left") not in got, got


# --- attendance ------------------------------------------------------------------------------------------------------

def test_alongside_the_host_they_were(ref, tmp_path):
    got = _report(ref, tmp_path, "Only a handful of heads of state attended. Alongside the host they were Senegal's "
                                 "President Macky Sall, on a short trip; Ghana's President Nana Akufo-Addo; and Niger's "
                                 "President Mohamed Bazoum.", "2022-05-06")
    assert {("Macky Sall", "Senegal", "attended"), ("Nana Akufo-Addo", "Ghana", "attended"),
            ("Mohamed Bazoum", "Niger", "attended")} <= got, got


def test_a_box_of_those_still_coming_in_a_report(ref, tmp_path):
    text = ("WHO IS COMING\n\nLeaders of the bloc's dialogue partners fly in from Friday for the outreach session:\n\n"
            "- India: Prime Minister Narendra Modi\n- Japan: Prime Minister Fumio Kishida")
    body = ("Leaders open their summit\n\nJAKARTA, Sept 5 (Wire) - The summit of the Association of Southeast Asian "
            "Nations opened in Jakarta on Tuesday.\n\n" + text + "\n")
    out = extract_text(ref, tmp_path, body, "2023-09-05")
    got = attendee_set(out)
    assert {("Narendra Modi", "India", "expected"), ("Fumio Kishida", "Japan", "expected")} <= got, got
    assert {("India", "dialogue_partner"), ("Japan", "dialogue_partner")} <= member_set(out), member_set(out)


def test_a_trackers_box_of_members(ref, tmp_path):
    text = ("MEMBERS\n\n- Canada — Prime Minister Justin Trudeau — confirmed\n"
            "- Mexico — President Andrés Manuel López Obrador will not attend; Foreign Minister Marcelo Ebrard to lead the "
            "delegation\n\nOTHER GUESTS (invited)\n\n- Spain — Prime Minister Pedro Sánchez — confirmed")
    body = ("G20 tracker: who is coming\n\nOSAKA, June 24 (Wire) - Leaders of the Group of 20 are due in Osaka on Friday "
            "for their summit.\n\n" + text + "\n")
    out = extract_text(ref, tmp_path, body, "2019-06-24")
    got = attendee_set(out)
    assert {("Justin Trudeau", "Canada", "expected"), ("Andrés Manuel López Obrador", "Mexico", "absent"),
            ("Marcelo Ebrard", "Mexico", "expected"), ("Pedro Sánchez", "Spain", "expected")} <= got, got
    members = member_set(out)
    assert {("Canada", "member"), ("Mexico", "member")} <= members, members
    assert ("Spain", "member") not in members, members


def test_a_transcripts_speaker_labels(ref, tmp_path):
    text = ("Below are the leaders' opening remarks.\n\n"
            "ALEXANDER LUKASHENKO (President of Belarus): Dear colleagues, thank you.\n\n"
            "Emomali Rahmon (President of Tajikistan): Our borders need protecting.\n\n"
            "PETER VOSS (analyst at a think tank): Nobody listened.")
    body = ("Allies meet in Moscow\n\nMOSCOW, Nov 23 (Wire) - The summit of the Collective Security Treaty Organization "
            "was held in Moscow on Tuesday.\n\n" + text + "\n")
    got = attendee_set(extract_text(ref, tmp_path, body, "2021-11-23"))
    assert {("Alexander Lukashenko", "Belarus", "attended"), ("Emomali Rahmon", "Tajikistan", "attended")} <= got, got
    assert not {a for a in got if a[0] and "Voss" in a[0]}, got


def test_a_headline_in_capitals_names_no_one_unknown(ref, tmp_path):
    got = _report(ref, tmp_path, "UPDATE 2 - TAJIK LEADER JOINS EURASIAN TALKS; KYRGYZ PRESIDENT ARRIVES\n\nThe talks went on.",
                  "2019-05-29")
    assert not {a for a in got if a[0] and "JOINS" in a[0].upper()}, got


def test_a_bare_name_sent_by_a_capital_as_its_envoy(ref, tmp_path):
    got = _report(ref, tmp_path, "Chinese President Xi Jinping stayed away. Beijing sent Zhao Leji, a veteran of the "
                                 "Politburo, as his special envoy.", "2023-05-06")
    assert ("Zhao Leji", "China", "attended") in got, got


def test_a_hyphenated_vice_premier_is_a_title(ref, tmp_path):
    got = _report(ref, tmp_path, "Beijing sent Vice-Premier Hu Chunhua in the president's place.", "2023-05-06")
    assert any(a[0] == "Hu Chunhua" and a[1] == "China" for a in got), got


def test_companions_before_accompanied(ref, tmp_path):
    got = _report(ref, tmp_path, "President Joe Biden spoke on Sunday. Trade Secretary Anna Kowalczyk and Treasury "
                                 "Secretary Janet Yellen accompanied Mr. Biden.", "2023-05-06")
    assert ("Janet Yellen", "United States", "attended") in got, got


def test_the_western_alliance_is_nato(ref, tmp_path):
    body = ("Leaders mark an anniversary\n\nWASHINGTON, July 10 (Wire) - A summit meant to celebrate 75 years of the Western "
            "alliance opened in Washington on Tuesday.\n")
    assert (extract_text(ref, tmp_path, body, "2024-07-10")["summit"] or {}).get("organisation") == \
        "North Atlantic Treaty Organization"


def test_unasur_is_an_organisation(ref, tmp_path):
    body = ("South American leaders sign a treaty\n\nBRASILIA, May 23 (Wire) - Leaders signed the founding treaty of UNASUR "
            "at a summit in Brasilia on Friday.\n")
    assert (extract_text(ref, tmp_path, body, "2008-05-23")["summit"] or {}).get("organisation") == \
        "Union of South American Nations"
