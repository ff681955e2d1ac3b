"""Round 13's host-city, summit-date and attendance-status rules (helper u), each on invented sentences."""

from __future__ import annotations

from pipeline.gazetteer import gazetteer_for
from pipeline.summit import _day_of_summit_today
from tests.extraction.conftest import attendee_set, extract_text


def _city(out: dict) -> str | None:
    return out["summit"]["host_city"]


def _cities(ref, text: str) -> list[str | None]:
    return [m.entity_id for m in gazetteer_for(ref).scan(text) if m.kind == "city"]


# --- host city -------------------------------------------------------------------------------------------------------

def test_a_bylines_place_names_the_host_city(ref, tmp_path):
    body = ("Traders win tariff pause\n\nBy MARY ATIENO in Nairobi\n\n"
            "East African leaders on Saturday agreed to pause new tariffs at the EAC summit, officials said.\n")
    assert _city(extract_text(ref, tmp_path, body, "2024-05-12")) == "Nairobi"


def test_the_demonym_capital_names_the_capital(ref, tmp_path):
    for place in ("the Kenyan capital", "Kenya's capital"):
        body = (f"EAC leaders meet\n\nEast African Community leaders gathered on Friday for a summit held in {place} "
                "to discuss a common currency.\n")
        assert _city(extract_text(ref, tmp_path, body, "2024-05-10")) == "Nairobi"


def test_capital_markets_and_the_capital_of_name_no_city(ref, tmp_path):
    body = ("EAC leaders meet\n\nEast African Community leaders at the summit discussed the Kenyan capital markets "
            "and the capital of the new regional bank.\n")
    assert _city(extract_text(ref, tmp_path, body, "2024-05-10")) is None


def test_a_dateline_after_a_date_heading_counts(ref, tmp_path):
    body = ("ASEAN leaders agree on haze plan\n\n4 May 2024, 10:15 | Region\n\n"
            "BOGOR, West Java - Southeast Asian leaders opened the ASEAN summit on Saturday at a hill resort, "
            "a day after talks in Jakarta with business groups.\n")
    assert _city(extract_text(ref, tmp_path, body, "2024-05-04")) == "Bogor"


def test_a_city_before_region_or_opening_a_persons_name_is_no_city(ref):
    assert _cities(ref, "Leaders met in the Moscow region and later in Moscow.") == ["Moscow"]
    assert _cities(ref, "Nursultan Nazarbayev flew to Nursultan.") == ["Astana"]


def test_a_city_dated_last_month_or_season_is_another_edition(ref, tmp_path):
    body = ("AU reform plan\n\nAfrican Union leaders at the summit in Abuja on Monday discussed the report prepared "
            "after the Accra summit last July.\n")
    assert _city(extract_text(ref, tmp_path, body, "2024-02-12")) == "Abuja"
    body = "AU reform plan\n\nAfrican Union leaders will discuss the reform at the summit in Accra next week.\n"
    assert _city(extract_text(ref, tmp_path, body, "2024-02-12")) == "Accra"


def test_a_venue_that_replaced_another_editions_is_of_that_edition(ref, tmp_path):
    body = ("G7 leaders close summit\n\nFASANO, Italy, June 15 - G7 leaders closed their summit on Saturday. "
            "Russia had been due to host the 2014 meeting of the group in Sochi, but the other leaders gathered "
            "in Brussels instead.\n")
    assert _city(extract_text(ref, tmp_path, body, "2024-06-15")) == "Fasano"


# --- summit dates ------------------------------------------------------------------------------------------------------

def test_a_departure_day_yields_to_the_opening_day(ref, tmp_path):
    body = ("President heads to summit\n\nPresident William Ruto will leave for Ghana on Sunday to attend the "
            "ECOWAS summit in Accra as a guest.\n\nThe two-day meeting opens on Monday at the conference centre.\n")
    out = extract_text(ref, tmp_path, body, "2024-05-09")  # a Thursday
    assert out["summit"]["dates"] == "2024-05-13/2024-05-14"


def test_the_nth_and_final_day_in_a_live_lede_dates_the_summit(ref, tmp_path):
    body = ("SCO live: leaders sign declaration\n\nOur live coverage of the third and final day of the SCO summit "
            "in Astana.\n\nLeaders are expected to sign a declaration, officials said.\n")
    out = extract_text(ref, tmp_path, body, "2024-07-05")
    assert out["summit"]["dates"] == "2024-07-03/2024-07-05"


def test_a_day_of_the_summit_needs_an_ordinal_and_the_present():
    assert _day_of_summit_today("Coverage of the final day of the summit.", "2024-07-05") is None
    assert _day_of_summit_today("On the second day of the summit, leaders agreed a plan.", "2024-07-05") is None
    d = _day_of_summit_today("Live from day two of the summit.", "2024-07-05")
    assert d is not None and (d.start, d.end) == ("2024-07-04", None)


def test_the_next_meetings_date_is_not_this_summits(ref, tmp_path):
    body = ("CIS leaders meet\n\nCommonwealth of Independent States leaders met on Friday in Minsk for their annual "
            "summit, and agreed that the next meeting would be held in Tashkent on 10 October 2025.\n")
    out = extract_text(ref, tmp_path, body, "2024-10-12")  # a Saturday
    assert out["summit"]["dates"] == "2024-10-11"


# --- attendance status -------------------------------------------------------------------------------------------------

def test_a_past_verb_in_a_closing_relative_aside_leaves_the_future(ref, tmp_path):
    body = ("BRICS summit preview\n\nThe BRICS summit opens on Tuesday in Johannesburg and will be chaired by "
            "President Cyril Ramaphosa, whose country joined the grouping in 2010.\n")
    out = extract_text(ref, tmp_path, body, "2024-08-18")
    assert ("Cyril Ramaphosa", "South Africa", "expected") in attendee_set(out)


def test_a_closing_attribution_dated_today_gives_no_tense(ref, tmp_path):
    body = ("President to attend SCO summit\n\nPresident Shavkat Mirziyoyev will take part in the SCO summit, "
            "which will be held in Astana on 3-4 July, the presidential press office reported today.\n")
    out = extract_text(ref, tmp_path, body, "2024-06-28")
    assert ("Shavkat Mirziyoyev", "Uzbekistan", "expected") in attendee_set(out)


def test_skipping_a_meeting_named_by_another_city_is_no_absence(ref, tmp_path):
    head = ("SCO summit preview\n\nLeaders will meet in Astana on 3-4 July for the SCO summit, officials said.\n\n")
    out = extract_text(ref, tmp_path, head + "Armenian Prime Minister Nikol Pashinyan has announced that he will "
                       "not travel to the Moscow meeting because of a row over gas prices.\n", "2024-06-28")
    assert not any(a["person"] == "Nikol Pashinyan" for a in out["attendees"] + out.get("absentees", []))
    out = extract_text(ref, tmp_path, head + "Armenian Prime Minister Nikol Pashinyan has announced that he will "
                       "not travel to the summit because of a row over gas prices.\n", "2024-06-28")
    assert ("Nikol Pashinyan", "Armenia", "absent") in attendee_set(out)


def test_hosting_an_earlier_years_summit_is_not_attending_this_one(ref, tmp_path):
    body = ("G7 summit closes\n\nFASANO, Italy, June 15 - G7 leaders closed their summit on Saturday. Justin Trudeau "
            "hosted the 2018 summit in Charlevoix, and the leaders recalled its trade row.\n")
    out = extract_text(ref, tmp_path, body, "2024-06-15")
    assert not any(a["person"] == "Justin Trudeau" for a in out["attendees"])


def test_a_passive_infinitive_looks_ahead_to_its_weekdays(ref, tmp_path):
    # published on a Wednesday: 'to be chaired ... on Thursday and Friday' is this week's, not last week's
    body = ("Leaders head to Almaty\n\nThe summit of the Turkic Council, to be chaired by the Kazakh president on Thursday "
            "and Friday, marks the tenth anniversary of the council, which was founded in 2009.\n")
    assert extract_text(ref, tmp_path, body, "2019-10-09")["summit"]["dates"] == "2019-10-10/2019-10-11"
