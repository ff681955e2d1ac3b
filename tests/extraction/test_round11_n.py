"""Round 11 (helper n): attendance from 'Among them:' lists, debuts, presence in the host city, confirmed lists,
appositive subjects, who sends whom, countries sending delegations."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _named(out: dict) -> set[tuple]:
    return {(a["person"], a["country"]) for a in out["attendees"]}


def _countries(out: dict) -> set[str]:
    return {a["country"] for a in out["attendees"] if a["status"] != "absent"}


def test_among_them_colon_list_after_a_welcome(ref, tmp_path):
    text = ("SCO summit opens in Bishkek\n\nThe SCO summit opened in Bishkek on Friday. President Sadyr Japarov "
            "welcomed the visiting leaders one after another at the Ala-Archa residence. Among them: Chinese "
            "President Xi Jinping, Indian Prime Minister Narendra Modi and Pakistan's Prime Minister "
            "Shehbaz Sharif.\n")
    got = _named(extract_text(ref, tmp_path, text, "2025-06-14"))
    assert {("Xi Jinping", "China"), ("Narendra Modi", "India"), ("Shehbaz Sharif", "Pakistan")} <= got


def test_among_them_after_a_sentence_without_attendance_stays_silent(ref, tmp_path):
    text = ("SCO summit opens in Bishkek\n\nThe SCO summit opened in Bishkek on Friday. Trade between the "
            "members has doubled in a decade, and many politicians take credit. Among them: Chinese President "
            "Xi Jinping and Indian Prime Minister Narendra Modi.\n")
    got = _named(extract_text(ref, tmp_path, text, "2025-06-14"))
    assert ("Narendra Modi", "India") not in got


def test_leaders_making_their_debut_after_a_colon(ref, tmp_path):
    text = ("G20 leaders meet in Osaka\n\nThe G20 summit opened in Osaka on Friday. Two leaders are making "
            "their summit debuts: Mexico's Andrés Manuel López Obrador, in office since December, and "
            "Brazil's Jair Bolsonaro, who defeated Fernando Haddad in October.\n")
    got = _named(extract_text(ref, tmp_path, text, "2019-06-28"))
    assert ("Andrés Manuel López Obrador", "Mexico") in got and ("Jair Bolsonaro", "Brazil") in got
    assert not any(p == "Fernando Haddad" for p, _ in got)


def test_names_completing_the_group(ref, tmp_path):
    text = ("BRICS leaders meet in Johannesburg\n\nThe BRICS summit opens in Johannesburg on Wednesday. "
            "Chinese President Xi Jinping lands on Tuesday; Brazil's Michel Temer and India's Prime "
            "Minister, Narendra Modi, complete the line-up.\n")
    got = _named(extract_text(ref, tmp_path, text, "2018-07-23"))
    assert ("Narendra Modi", "India") in got and ("Michel Temer", "Brazil") in got


def test_officials_in_the_host_city_among_them(ref, tmp_path):
    text = ("G20 summit in Osaka\n\nThe G20 summit opened in Osaka on Friday. Several agency chiefs are "
            "already in Osaka, among them UN Secretary-General António Guterres and WTO Director-General "
            "Roberto Azevêdo.\n")
    got = _named(extract_text(ref, tmp_path, text, "2019-06-28"))
    assert ("António Guterres", "United Nations") in got


def test_being_in_another_city_or_not_in_the_host_city_stays_silent(ref, tmp_path):
    text = ("G20 summit in Osaka\n\nThe G20 summit opened in Osaka on Friday. UN Secretary-General António "
            "Guterres is in Geneva this week. Chinese President Xi Jinping was in Osaka in 2015 for a "
            "trade fair.\n")
    got = _named(extract_text(ref, tmp_path, text, "2019-06-28"))
    assert ("António Guterres", "United Nations") not in got
    assert ("Xi Jinping", "China") not in got


def test_a_list_of_those_who_have_confirmed(ref, tmp_path):
    text = ("ASEAN summit\n\nThe ASEAN summit opens in Jakarta next week. The hosts have opened a session to "
            "partners. Leaders who have already accepted:\n\n- Japan's Prime Minister Fumio Kishida\n"
            "- Australia's Prime Minister Anthony Albanese\n")
    got = attendee_set(extract_text(ref, tmp_path, text, "2023-08-28"))
    assert ("Fumio Kishida", "Japan", "expected") in got and ("Anthony Albanese", "Australia", "expected") in got


def test_an_appositive_name_before_an_absence(ref, tmp_path):
    text = ("CSTO summit in Minsk\n\nThe CSTO summit opens in Minsk on Thursday. Armenia's prime minister, "
            "Nikol Pashinyan, will not attend.\n")
    got = attendee_set(extract_text(ref, tmp_path, text, "2024-11-25"))
    assert ("Nikol Pashinyan", "Armenia", "absent") in got


def test_the_sender_is_the_subject_and_a_capital_names_its_country(ref, tmp_path):
    text = ("CIS summit in Dushanbe\n\nThe CIS summit opens in Dushanbe on Friday. With the quarrel between "
            "Nikol Pashinyan and his critics still raging, Yerevan is sending its foreign minister, Ararat "
            "Mirzoyan, to the meeting.\n")
    out = extract_text(ref, tmp_path, text, "2024-10-09")
    got = _named(out)
    assert ("Ararat Mirzoyan", "Armenia") in got
    assert not any(p == "Nikol Pashinyan" for p, _ in got)


def test_a_leader_skipping_while_sending_a_deputy_is_the_sender(ref, tmp_path):
    text = ("APEC summit in Lima\n\nThe APEC summit opens in Lima on Friday. Japan's Prime Minister Shigeru "
            "Ishiba will skip the Lima meeting, sending Foreign Minister Takeshi Iwaya.\n")
    got = attendee_set(extract_text(ref, tmp_path, text, "2024-11-12"))
    assert ("Shigeru Ishiba", "Japan", "absent") in got


def test_a_country_sending_a_delegation(ref, tmp_path):
    text = ("CIS summit in Dushanbe\n\nThe CIS summit opens in Dushanbe on Friday. Turkmenistan, an associate "
            "member since 2005, is expected to send a government delegation. Moldova will send its ambassador.\n")
    got = _countries(extract_text(ref, tmp_path, text, "2024-10-09"))
    assert {"Turkmenistan", "Moldova"} <= got
    text = ("CIS summit in Dushanbe\n\nThe CIS summit opens in Dushanbe on Friday. Critics say Turkmenistan "
            "is expected to send a delegation to Vienna. Georgia did not send a delegation.\n")
    got = _countries(extract_text(ref, tmp_path, text, "2024-10-09"))
    assert "Turkmenistan" not in got and "Georgia" not in got


def test_an_official_chairs_his_last_summit(ref, tmp_path):
    text = ("NATO summit in Vilnius\n\nThe NATO summit opens in Vilnius on Tuesday. Secretary General Jens "
            "Stoltenberg of NATO will chair his final summit before stepping down.\n")
    got = _named(extract_text(ref, tmp_path, text, "2023-07-10"))
    assert ("Jens Stoltenberg", "North Atlantic Treaty Organization") in got


def test_an_official_whose_staff_acts_or_who_speaks_elsewhere_is_not_counted(ref, tmp_path):
    text = ("NATO summit in Vilnius\n\nThe NATO summit opens in Vilnius on Tuesday. Stoltenberg's aides have "
            "arranged a dinner with partner countries. \"We are ready,\" NATO Secretary General Jens "
            "Stoltenberg told a press conference in Brussels last week.\n")
    got = _named(extract_text(ref, tmp_path, text, "2023-07-10"))
    assert ("Jens Stoltenberg", "North Atlantic Treaty Organization") not in got
