"""Round 33 (V): host towns the gazetteer lacks, found in GeoNames in venue contexts only; a vote's day, a weekday
owning another event and two joined relative days in the summit's dates. Invented articles, published Wednesday
27 November 2024."""

from __future__ import annotations

import pytest

from pipeline.summit_days import ELECTION_DAY, OTHER_EVENT_OWNER
from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- an unlisted town named as the venue ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "city", "country"), [
    # a dateline with its country, the town named again in the text
    ("G7 leaders back a grid pact\n\n"
     "HARROGATE, England, Nov 27 (Dales Wire) - Leaders of the Group of Seven on Wednesday backed a common power grid "
     "at their summit, as officials in Berlin and Cairo welcomed the deal.\n\n"
     "Harrogate, a spa town, has never hosted the G7 summit before.\n", "Harrogate", "United Kingdom"),
    # 'a summit in X'
    ("Group of Seven leaders meet\n\n"
     "Leaders of the Group of Seven opened a two-day summit in Harrogate on Wednesday, with Paris and Berlin pressing "
     "for a deal on steel.\n\n"
     "Officials in Paris said the G7 summit would end on Thursday.\n", "Harrogate", "United Kingdom"),
    # 'leaders gathered in X'
    ("Europe's leaders seek a budget deal\n\n"
     "European Union leaders gathered in Perugia on Wednesday for a summit on the bloc's budget, with Rome hoping for "
     "a compromise.\n\n"
     "Diplomats in Brussels said the summit could run late.\n", "Perugia", "Italy"),
    # 'X hosts the summit'
    ("G20 leaders talk trade\n\n"
     "Matsue hosts the G20 summit this week, the first time the leaders have met outside Tokyo or Osaka.\n\n"
     "Officials in Tokyo said the G20 leaders would sign a trade statement on Thursday.\n", "Matsue", "Japan"),
    # 'in the <demonym> city of X'
    ("G20 leaders talk trade\n\n"
     "G20 leaders opened their summit on Wednesday in the Japanese city of Matsue, far from the crowds of Tokyo.\n\n"
     "Officials in Tokyo said the G20 leaders would sign a trade statement on Thursday.\n", "Matsue", "Japan"),
])
def test_an_unlisted_town_named_as_the_venue_hosts_the_summit(ref, tmp_path, body, city, country):
    summit = _summit(ref, tmp_path, body)
    assert (summit["host_city"], summit["host_country"]) == (city, country)


def test_the_ledes_here_is_the_datelines_town(ref, tmp_path):
    body = ("EU summit opens\n\n"
            "AACHEN (Rhine Agency) - European Union leaders opened their summit here on Wednesday, a day after talks "
            "in Berlin between the German and French leaders.\n\n"
            "It is the first EU summit held outside Brussels since leaders met in Berlin last year.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Aachen"


@pytest.mark.parametrize("body", [
    # a town's name opening a sentence as a word, not a place
    ("Leaders split over tariffs\n\n"
     "ROME, Nov 27 (Tiber Wire) - European Union leaders met in Rome on Wednesday for a summit on trade.\n\n"
     "Split over tariffs, the EU leaders agreed only to meet again in the spring.\n"),
    # a town named where no venue context places the summit there
    ("EU leaders meet in Rome\n\n"
     "ROME, Nov 27 (Tiber Wire) - European Union leaders met in Rome on Wednesday for a summit on trade.\n\n"
     "A delegation of wine makers from Perugia and Trier lobbied the EU summit for lower duties.\n"),
    # a later edition's town
    ("EU leaders meet in Rome\n\n"
     "ROME, Nov 27 (Tiber Wire) - European Union leaders met in Rome on Wednesday for a summit on trade.\n\n"
     "The next EU summit will be held in Trier in March.\n"),
    # 'the old city of X' names no country to check the town against
    ("EU leaders meet in Rome\n\n"
     "ROME, Nov 27 (Tiber Wire) - European Union leaders met in Rome on Wednesday for a summit on trade, after a "
     "visit to the old city of Perugia.\n"),
])
def test_an_unlisted_town_without_a_venue_context_is_no_venue(ref, tmp_path, body):
    assert _summit(ref, tmp_path, body)["host_city"] == "Rome"


# --- a vote's day, a weekday owning another event ---------------------------------------------------------------------

def test_an_elections_day_is_not_the_summits(ref, tmp_path):
    body = ("CIS leaders meet\n\n"
            "MINSK. BELTA - The President took part on Wednesday in the meeting of the CIS Council of Heads of State.\n\n"
            "For one of them the CIS summit was the last: presidential elections will be held in his country on "
            "Sunday, December 1.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-27"


@pytest.mark.parametrize(("text", "hit"), [
    ("presidential elections will be held in the country on", True),
    ("voters go to the polls on", True),
    ("a referendum is scheduled for", True),
    ("the leaders will be held to their word on", False),
])
def test_election_day_clause(text, hit):
    assert bool(ELECTION_DAY.search(text)) is hit


def test_a_weekday_owning_another_event_is_not_the_opening(ref, tmp_path):
    body = ("Security bloc meets\n\n"
            "Leaders of the Collective Security Treaty Organization failed to pick a new secretary general at a summit "
            "in Moscow on Tuesday.\n\n"
            "The meeting opened with condolences over Sunday's ferry sinking on the Volga.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"


@pytest.mark.parametrize(("after", "hit"), [
    ("'s ferry sinking", True),
    ("'s vote", True),
    ("'s closing session", False),
    ("'s summit talks", False),
    ("'s working dinner", False),
])
def test_weekday_owner(after, hit):
    assert bool(OTHER_EVENT_OWNER.match(after)) is hit


# --- two relative days joined -----------------------------------------------------------------------------------------

def test_yesterday_and_today_span_the_summit(ref, tmp_path):
    body = ("ASEAN summit live\n\n"
            "JAKARTA: Leaders are in the city for the ASEAN Summit and related meetings, which run yesterday and today "
            "at the convention centre. Follow our updates below.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_today_alone_stays_one_day(ref, tmp_path):
    body = ("ASEAN summit live\n\n"
            "JAKARTA: Leaders are in the city for the ASEAN Summit, which runs today at the convention centre, while "
            "ministers met yesterday. Follow our updates below.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-27"
