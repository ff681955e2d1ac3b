"""Session 14: a venue's country from the city that bears the name (not a city listing it as an alternate), the
Congos under their names of the 1960s, offices that carry a country for officials with no head-of-state role, and
presence in the host city set at an earlier time."""

from __future__ import annotations

import pytest

from pipeline.venues import _lookup
from tests.extraction.conftest import attendee_set, extract_text, member_set


def test_venue_is_the_city_of_that_name():
    venue = _lookup("Venice", None)
    assert venue is not None and venue.iso2 == "IT"


def test_venue_hint_still_picks_within_the_country():
    venue = _lookup("Venice", "US")
    assert venue is not None and venue.iso2 == "US"


def test_summit_in_a_city_named_as_another_cities_alternate(ref, tmp_path):
    body = ("VENICE, June 9 - The leaders of the Group of Seven industrial democracies opened their economic summit "
            "in Venice on Monday, at the island monastery of San Giorgio.\n\nThe talks are hosted by Prime Minister Amintore "
            "Fanfani.")
    out = extract_text(ref, tmp_path, body, "1987-06-09")
    assert out["summit"]["host_country"] == "Italy"


@pytest.mark.parametrize("written,country", [
    ("Congo (Brazzaville)", "Republic of the Congo"),
    ("Congo (Leopoldville)", "Democratic Republic of the Congo"),
    ("Congo (Léopoldville)", "Democratic Republic of the Congo"),
])
def test_congos_by_their_capitals(ref, tmp_path, written, country):
    body = ("ADDIS ABABA, May 25 - African heads of state ended their summit here today by founding the Organization "
            "of African Unity.\n\nThe founder members include Ethiopia, Ghana, " + written + " and Nigeria.")
    assert (country, "member") in member_set(extract_text(ref, tmp_path, body, "1963-05-25"))


def test_chancellor_of_the_exchequer_has_a_country(ref, tmp_path):
    body = ("LONDON, July 16 - The leaders of the Group of Seven opened their economic summit in London on Monday."
            "\n\nNorman Lamont, the Chancellor of the Exchequer, hosted the finance ministers at the summit on Monday.")
    found = attendee_set(extract_text(ref, tmp_path, body, "1991-07-16"))
    assert any(p == "Norman Lamont" and c == "United Kingdom" for p, c, _ in found)


def test_indian_foreign_secretary_has_a_country(ref, tmp_path):
    body = ("JOHANNESBURG, August 23 - BRICS leaders met for the second day of their summit in Johannesburg on "
            "Wednesday.\n\nForeign Secretary Vinay Kwatra, briefing the media in Johannesburg, said the talks had "
            "gone well on the sidelines of the summit.")
    found = attendee_set(extract_text(ref, tmp_path, body, "2023-08-23"))
    assert any(p == "Vinay Mohan Kwatra" and c == "India" for p, c, _ in found)


BALI = ("DENPASAR, Feb 24 - The five ASEAN heads of government ended their first summit in Bali today by signing "
        "a treaty of amity.\n\n")


@pytest.mark.parametrize("tail", [
    "as foreign ministers when the association was founded.",
    "as foreign ministers nine years earlier.",
    "as foreign ministers back in 1967, when the talks began.",
])
def test_in_the_host_city_at_another_time(ref, tmp_path, tail):
    body = "Adam Malik and S. Rajaratnam were in Bali " + tail
    found = attendee_set(extract_text(ref, tmp_path, BALI + body, "1976-02-24"))
    assert not any(p in ("Adam Malik", "S. Rajaratnam") and s == "attended" for p, _, s in found)


def test_in_the_host_city_now_still_counts(ref, tmp_path):
    body = "Adam Malik and S. Rajaratnam were in Bali as foreign ministers of their countries."
    found = attendee_set(extract_text(ref, tmp_path, BALI + body, "1976-02-24"))
    assert ("Adam Malik", "Indonesia", "attended") in found


NAIROBI = "NAIROBI, March 14 - Leaders of the East African Community ended their summit in Nairobi on Thursday.\n\n"


@pytest.mark.parametrize("body", [
    "Ethiopia has sat in as an observer since 2019.",
    "Alongside the eight full members, Ethiopia holds an observer seat.",
    "Alongside the eight full members, Ethiopia and Djibouti hold observer seats.",
])
def test_observer_sitting_in_or_holding_a_seat(ref, tmp_path, body):
    assert ("Ethiopia", "observer") in member_set(extract_text(ref, tmp_path, NAIROBI + body, "2024-03-14"))


def test_sitting_in_on_a_session_is_no_status(ref, tmp_path):
    body = "Ethiopia's foreign minister sat in on the closing session."
    assert not any(c == "Ethiopia" for c, _ in member_set(extract_text(ref, tmp_path, NAIROBI + body, "2024-03-14")))


@pytest.mark.parametrize("body,person,country", [
    ("Secretary of State George Shultz and Treasury Secretary James Baker will also attend the summit.",
     "George Shultz", "United States"),
    ("Secretary of State George Shultz and Treasury Secretary James Baker will also attend the summit.",
     "James Baker", "United States"),
    ("Britain sends Foreign Secretary Sir Geoffrey Howe and Chancellor of the Exchequer Nigel Lawson to the summit.",
     "Nigel Lawson", "United Kingdom"),
    ("Finance Minister Michael Wilson will attend the summit with the Prime Minister.",
     "Michael Wilson (Canadian politician)", "Canada"),
])
def test_ministers_of_the_1980s_have_their_country(ref, tmp_path, body, person, country):
    lede = ("TORONTO, June 18 - The leaders of the Group of Seven begin arriving in Toronto today for the 14th annual "
            "economic summit, which opens tomorrow.\n\n")
    found = attendee_set(extract_text(ref, tmp_path, lede + body, "1988-06-18"))
    assert (person, country, "expected") in found
