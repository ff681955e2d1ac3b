"""Round 40 (S): the summit's span from pieces stated apart, and the town its venue stands in (invented articles)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


def _dates(ref, tmp_path, body: str, published: str = "2024-11-27") -> str | None:
    return _summit(ref, tmp_path, body, published)["dates"]


# --- the length told as time spent, with the close given elsewhere (published Wednesday 27 November 2024) -----------

@pytest.mark.parametrize(("close", "length", "dates"), [
    ("The ECOWAS summit came to a close yesterday in Abuja with a pledge on border security.",
     "For three days, the capital played host to leaders from across the region.", "2024-11-24/2024-11-26"),
    ("The SADC summit closes today in Lusaka after a debate on drought relief.",
     "Over two days, the heads of state argued about a regional standby force.", "2024-11-26/2024-11-27"),
    ("The ASEAN summit wrapped up on Monday in Vientiane with a statement on the South China Sea.",
     "Leaders from the ten member states spent four days in the Lao capital.", "2024-11-22/2024-11-25"),
    # a guest's stay is no length of the summit
    ("The ECOWAS summit came to a close yesterday in Abuja with a pledge on border security.",
     "The UN Secretary-General spent two days in the country, holding talks with the host.", "2024-11-26"),
    # a stretch of days that is not the gathering's
    ("The ECOWAS summit came to a close yesterday in Abuja with a pledge on border security.",
     "For two days, police sealed off the roads around the old town.", "2024-11-26"),
    # the time spent so far, with no final day to count it back from
    ("The ECOWAS summit came to a close yesterday in Abuja with a pledge on border security.",
     "By then the heads of state have spent two days arguing about the budget.", "2024-11-26"),
])
def test_a_length_told_as_time_spent_counts_back_from_the_close(ref, tmp_path, close, length, dates):
    body = "Region closes ranks\n\n" + close + "\n\nThe host welcomed the delegations at the airport.\n\n" + length + "\n"
    assert _dates(ref, tmp_path, body) == dates


# --- the final day of the summit tied to a day --------------------------------------------------------------------

def test_a_guest_landing_for_the_final_day_ends_the_summit_today(ref, tmp_path):
    body = ("Guest joins the last round\n\n"
            "Indonesia's president lands in Lima this afternoon to join the final day of the APEC summit, "
            "the first guest from outside the Pacific rim in years.\n\n"
            "APEC leaders agreed on Monday to extend a moratorium on tariffs for digital goods.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-25/2024-11-27"


def test_the_last_day_given_as_a_dated_appositive_spans_back_to_the_summit_days_before(ref, tmp_path):
    body = ("Charter adopted\n\n"
            "On Friday, the last day of the gathering, the SCO leaders adopted a charter on rail transit in Astana.\n\n"
            "The SCO leaders held a restricted session on Thursday to settle the text.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-21/2024-11-22"


def test_a_live_reports_final_day_is_the_reports_own(ref, tmp_path):
    body = ("Live: Commonwealth leaders in Kigali\n\n"
            "Welcome to our live coverage of the final day of the Commonwealth summit in Kigali.\n\n"
            "Commonwealth leaders opened the summit on Monday with a debate on youth unemployment.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-25/2024-11-27"


def test_the_second_and_final_day_starts_the_day_before(ref, tmp_path):
    body = ("Alliance turns to drones\n\n"
            "The second and final day of the NATO summit in The Hague began with a session on air defence.\n\n"
            "NATO leaders on Wednesday also approved a new spending target at the summit.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-26/2024-11-27"


def test_days_spent_so_far_count_back_from_todays_final_day(ref, tmp_path):
    body = ("Climate finance at the last session\n\n"
            "The Pacific premiers meet this morning for the final day of the Commonwealth summit in Apia.\n\n"
            "The heads of government have spent two days debating climate finance at the summit venue.\n\n"
            "On Tuesday, the summit leaders agreed a statement on ocean levels.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-25/2024-11-27"


def test_another_editions_final_day_ties_nothing(ref, tmp_path):
    body = ("Leaders meet in Kigali\n\n"
            "Commonwealth leaders opened the summit in Kigali on Tuesday with a debate on youth unemployment.\n\n"
            "Unlike the final day of last year's summit in Apia, the agenda this morning is short.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-26"


def test_a_final_day_after_another_clauses_day_is_not_tied_to_it(ref, tmp_path):
    body = ("Leaders meet in Kigali\n\n"
            "Commonwealth leaders opened the summit in Kigali on Tuesday with a debate on youth unemployment.\n\n"
            "Kenya's president, who arrived on Monday, will attend the final day of the summit.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-26"


def test_a_final_day_still_ahead_is_not_the_reports_day(ref, tmp_path):
    body = ("Leaders meet in Kigali\n\n"
            "Commonwealth leaders opened the summit in Kigali on Tuesday with a debate on youth unemployment.\n\n"
            "Kenya's president is expected to attend the final day of the summit.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-26"


def test_a_past_final_day_in_a_later_report_is_not_the_reports_day(ref, tmp_path):
    body = ("What the summit decided\n\n"
            "G20 leaders met in Rome on Thursday and Friday to agree a tax deal.\n\n"
            "The final day of the summit was dominated by a row over trade.\n")
    assert _dates(ref, tmp_path, body, "2024-12-02") == "2024-11-28/2024-11-29"


# --- a part of a summit of stated length that is not a day --------------------------------------------------------

@pytest.mark.parametrize(("lede", "published", "dates"), [
    ("Uzbekistan's president on Friday chaired the closing plenary of the two-day SCO summit in Tashkent.", "2024-11-29",
     "2024-11-28/2024-11-29"),
    ("The final session of the three-day APEC gathering, held in Lima on Saturday, adopted a declaration on trade.",
     "2024-12-01", "2024-11-28/2024-11-30"),
    ("Brazil's president on Tuesday addressed the last leg of a four-day BRICS summit in Kazan.", "2024-11-27",
     "2024-11-23/2024-11-26"),
    ("The host on Thursday chaired the concluding event of the three-day BRICS summit, an outreach session.",
     "2024-11-28", "2024-11-26/2024-11-28"),
    # an opening part: the date is the first day
    ("Brazil's president on Tuesday addressed the opening session of the two-day BRICS summit in Kazan.",
     "2024-11-27", "2024-11-26/2024-11-27"),
    # the main day: the date's place in the span is not told
    ("Brazil's president on Tuesday spoke on the main day of a three-day BRICS summit in Kazan.", "2024-11-27",
     "2024-11-26"),
])
def test_a_closing_part_of_a_summit_of_stated_length_is_its_last_day(ref, tmp_path, lede, published, dates):
    body = "Leaders meet\n\n" + lede + "\n"
    assert _dates(ref, tmp_path, body, published) == dates


# --- the close's clause runs through a title's 'and' --------------------------------------------------------------

@pytest.mark.parametrize(("opened", "dates"), [
    ("The summit opened on Saturday with a minute's silence for flood victims.", "2024-11-30/2024-12-01"),
    # the opening of something else, not the summit's
    ("A trade fair opened on Saturday near the stadium.", "2024-12-01"),
])
def test_a_close_named_by_the_assemblys_title_pairs_with_an_opening_elsewhere(ref, tmp_path, opened, dates):
    body = ("Leaders close ranks\n\n"
            "The ordinary session of the Authority of Heads of State and Government of ECOWAS closed on Sunday "
            "in Abuja with a pledge on border security.\n\nThe host thanked the delegations for their patience.\n\n"
            "Nigeria's president called the meeting a success.\n\n" + opened + "\n")
    assert _dates(ref, tmp_path, body, "2024-12-02") == dates


# --- the venue's own town, some distance from the capital named throughout ----------------------------------------

_LUSAKA = ("Lusaka was decked out in flags for the occasion, and leaders praised Lusaka's hospitality.\n\n"
           "Zambia's president told reporters in Lusaka that the SADC summit had been a success.\n")


@pytest.mark.parametrize(("venue", "city"), [
    ("The SADC summit closed on Tuesday at the regional conference centre in Chongwe, Lusaka Province, some forty "
     "kilometres from the capital.", "Chongwe"),
    ("The SADC summit was held in Chisamba, a farming town about 50 km north of the capital.", "Chisamba"),
    ("SADC leaders gathered at the state conference hall in the town of Kafue, 30 miles from Lusaka.", "Kafue"),
    ("The SADC talks ran at the international conference centre in Mazabuka, an hour's drive from the capital.",
     "Mazabuka"),
    # a residence, a side event, history, a place named apart from any meeting: the capital stays
    ("The SADC delegations stayed at the summit village in Chongwe, some forty kilometres from the capital.", "Lusaka"),
    ("A business forum on the sidelines of the SADC summit met in Chisamba, 50 km north of the capital.", "Lusaka"),
    ("SADC leaders first met in 1992 at the conference centre in Kafue, 30 miles from the capital.", "Lusaka"),
    ("Siavonga, some two hours' drive from the capital, is where the president grew up.", "Lusaka"),
])
def test_the_venues_town_at_a_distance_from_the_capital_hosts_the_summit(ref, tmp_path, venue, city):
    body = "Southern Africa closes ranks\n\n" + venue + "\n\n" + _LUSAKA
    assert _summit(ref, tmp_path, body)["host_city"] == city


# --- one rule for a length closed by a phrase before it, in the date's sentence or another ------------------------

@pytest.mark.parametrize(("lede", "other", "dates"), [
    # a closing phrase before any stated length in another sentence: the lede's day is the last
    ("ASEAN leaders on Sunday signed a pact on fisheries in Vientiane.",
     "The host praised the delegations at the end of the three-day summit.", "2024-11-22/2024-11-24"),
    # another sentence that looks ahead closes nothing yet: the lede's day opens the span
    ("ASEAN leaders gather in Vientiane on Saturday for talks on fisheries.",
     "They will sign a fisheries pact, ending a two-day summit.", "2024-11-30/2024-12-01"),
    # the same sentence: 'capping' closes the length it leads
    ("ASEAN leaders on Sunday signed a pact on fisheries in Vientiane, capping a three-day summit.", "", "2024-11-22/2024-11-24"),
])
def test_a_length_closed_by_a_phrase_before_it_ends_on_the_date(ref, tmp_path, lede, other, dates):
    body = "Fisheries pact\n\n" + lede + "\n\n" + (other + "\n" if other else "")
    assert _dates(ref, tmp_path, body) == dates
