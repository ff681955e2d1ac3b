"""Round 16 (s): summit organisation, host city, dates and attendance status, each rule on small invented articles."""

from __future__ import annotations

from pipeline.summit import _CITY_CUE, _other_venue
from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _status(ref, tmp_path, text: str, published: str) -> dict:
    return {p: st for p, _, st in attendee_set(extract_text(ref, tmp_path, text, published))}


# --- host city -----------------------------------------------------------------------------------------------

def test_a_dateline_heading_after_a_deck_places_the_summit(ref, tmp_path):
    text = ("BRICS leaders back grain exchange\n\n"
            "Moscow Accord calls for new payment rails; host holds talks with guests on the margins\n\n"
            "Olga Petrenko\n\n"
            "KAZAN, October 23, 2024\n\n"
            "The BRICS summit held here on Wednesday backed a grain exchange. Leaders last met in "
            "Johannesburg, in South Africa's Gauteng province, in August last year.\n")
    assert _summit(ref, tmp_path, text, "2024-10-23")["host_city"] == "Kazan"


def test_a_city_dated_last_year_past_an_appositive_or_met_next_year_is_another_edition():
    text = "Egypt attended its first summit at Durban, on the Indian Ocean coast, in March last year."
    a = text.index("Durban")
    assert _other_venue(text, a, a + len("Durban"), "2024-10-23")
    text = "The host invited the leaders to Brasilia for the seventh summit next year."
    a = text.index("Brasilia")
    assert _other_venue(text, a, a + len("Brasilia"), "2024-10-23")
    text = "Leaders met at Durban, on the Indian Ocean coast, on Thursday."
    a = text.index("Durban")
    assert not _other_venue(text, a, a + len("Durban"), "2024-10-23")


def test_a_venue_outside_or_near_a_town_places_the_summit(ref, tmp_path):
    text = ("Leaders head for the lakes\n\n"
            "On Monday the world's eyes turn to a golf hotel just outside Enniskillen, where the G8 summit opens. "
            "The Canadian leader flies into Dublin first.\n")
    assert _summit(ref, tmp_path, text, "2013-06-14")["host_city"] == "Enniskillen"
    assert _CITY_CUE.search("the leaders of the bloc meet near ")
    assert not _CITY_CUE.search("a plane came down near ")
    assert not _CITY_CUE.search("protesters gathered outside ")


# --- organisation --------------------------------------------------------------------------------------------

def test_the_supreme_council_of_the_eurasian_union_and_a_summit_of_its_leaders(ref, tmp_path):
    text = ("Supreme Eurasian Economic Council meets in Minsk\n\n"
            "Updates from the meeting of the leaders of the Eurasian Economic Union in Minsk.\n\n"
            "09:00 The talks follow Monday's informal CIS summit, which had been held in the same city.\n\n"
            "09:30 Sources said the CIS summit of Monday ran late.\n\n"
            "Related:\n\n- CIS summit: the photos\n\n- CIS summit: what was signed\n")
    summit = _summit(ref, tmp_path, text, "2023-05-25")
    assert summit["organisation"] == "Eurasian Economic Union"
    assert summit["dates"] != "2023-05-22"  # Monday's CIS summit is another meeting's day


def test_a_day_possessive_of_another_bodys_summit_dates_that_one(ref, tmp_path):
    text = ("SCO leaders gather\n\n"
            "The SCO summit opened on Thursday in Astana. Several presidents arrived after Wednesday's summit of "
            "CSTO leaders, which also met in Astana.\n")
    assert _summit(ref, tmp_path, text, "2024-07-04")["dates"].startswith("2024-07-04")


# --- dates and status ----------------------------------------------------------------------------------------

def test_flying_in_for_a_summit_dates_the_trip_not_the_summit(ref, tmp_path):
    text = ("Leaders gather by the sea\n\n"
            "CANNES, France, Nov 2 (Wire) - Leaders of the Group of 20 fly into this Riviera resort on Wednesday "
            "for a two-day summit. French President Nicolas Sarkozy, who will chair the summit on Thursday, "
            "wants a deal on Greece. Brazil's President Dilma Rousseff, attending her first G20 summit, "
            "wants a growth plan.\n")
    summit = _summit(ref, tmp_path, text, "2011-11-02")
    assert summit["dates"].startswith("2011-11-03")
    status = _status(ref, tmp_path, text, "2011-11-02")
    assert status.get("Dilma Rousseff") == "expected", status


def test_speaking_in_a_session_is_attendance(ref, tmp_path):
    text = ("SCO leaders close summit\n\n"
            "The SCO summit in Astana ended on Thursday. Turkish President Recep Tayyip Erdogan, speaking in the "
            "expanded session, urged more trade.\n")
    assert _status(ref, tmp_path, text, "2024-07-05").get("Recep Tayyip Erdoğan") == "attended"
    text = ("SCO leaders close summit\n\n"
            "The SCO summit in Astana ended on Thursday. Turkish President Recep Tayyip Erdogan, speaking in the "
            "Turkish parliament, urged more trade.\n")
    assert "Recep Tayyip Erdoğan" not in _status(ref, tmp_path, text, "2024-07-05")
