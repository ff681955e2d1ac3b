"""Summit facts of session 18: a summit 'that opens on' a weekday outranks the arrivals the day before; a compound
adjective in '-ed' ('log-walled') is no past tense; the G7 named only by its old descriptions ('the eighth Western
economic summit', 'the six other great industrial democracies'). Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, host_city

# published on a Tuesday (2024-03-05): Wednesday is 03-06, the Monday to come 03-11, the last one 03-04
_PUBLISHED = "2024-03-05"
_LATER = "Officials said the agenda was settled weeks ago.\n"


def test_the_opening_day_outranks_the_arrivals(ref, tmp_path):
    lede = ("Leaders of the Group of Seven begin arriving in Lisbon on Tuesday for a three-day summit that opens on "
            "Wednesday at the old palace.")
    out = extract_text(ref, tmp_path, f"Summit ahead\n\nLISBON (Wire) - {lede}\n\n{_LATER}", _PUBLISHED)
    assert out["summit"]["dates"] == "2024-03-06/2024-03-08", out["summit"]


@pytest.mark.parametrize(("lede", "day"), [
    # a compound adjective in '-ed' says nothing of the tense: the coming Monday
    ("When the leaders of the Group of Seven sit down at the log-walled lodge in Lisbon on Monday morning, four of "
     "the chairs will be filled by newcomers.", "2024-03-11"),
    # a real past verb before the weekday: the Monday gone
    ("The leaders of the Group of Seven gathered at the lodge in Lisbon on Monday morning, and four of the chairs "
     "were filled by newcomers.", "2024-03-04"),
])
def test_a_compound_in_ed_is_no_past(ref, tmp_path, lede, day):
    out = extract_text(ref, tmp_path, f"Summit\n\nLISBON (Wire) - {lede}\n\n{_LATER}", _PUBLISHED)
    assert str(out["summit"]["dates"]).startswith(day), out["summit"]


@pytest.mark.parametrize("lede", [
    "The president received the heads of government of the six other great industrial democracies at the palace, "
    "opening the ninth Western economic summit in Lisbon.",
    "Lisbon is ready for the seven-nation economic summit, which opens on Wednesday.",
])
def test_the_g7_by_its_old_descriptions(ref, tmp_path, lede):
    body = (f"Summit\n\nLISBON (Wire) - {lede}\n\nThe leaders will discuss trade. A meeting of NATO heads of "
            "government follows next week in Bonn.\n")
    out = extract_text(ref, tmp_path, body, _PUBLISHED)
    assert out["summit"]["organisation"] == "G7", out["summit"]


def test_an_economic_summit_of_another_body_is_not_the_g7(ref, tmp_path):
    body = ("Summit\n\nLISBON (Wire) - Leaders of the Asia-Pacific Economic Cooperation forum open their economic "
            "summit in Lisbon on Wednesday.\n\nThe leaders will discuss trade.\n")
    out = extract_text(ref, tmp_path, body, _PUBLISHED)
    assert out["summit"]["organisation"] != "G7", out["summit"]


def test_a_weekday_before_an_explicit_date_and_a_joined_year(ref, tmp_path):
    """'Friday April 10 and Saturday April 11, 2015': one span of two days, in the year written once."""
    body = ("Summit\n\nLISBON (Wire) - Leaders of the Group of Seven met in Lisbon for their summit.\n\n"
            "The summit ran over two days, Friday April 10 and Saturday April 11, 2015.\n")
    out = extract_text(ref, tmp_path, body, "2015-04-13")
    assert out["summit"]["dates"] == "2015-04-10/2015-04-11", out["summit"]


def test_a_summit_series_named_as_such_outranks_the_body_behind_it(ref, tmp_path):
    body = ("Looking back\n\nThe seventh Summit of the Americas met in Lisbon on April 10, 2015, and leaders talked "
            "trade.\n\nThe Organization of American States supports the summits. The OAS suspended one member in 1962, "
            "and the OAS has not readmitted it. An OAS official said so. OAS members pay dues.\n")
    out = extract_text(ref, tmp_path, body, "2015-04-13")
    assert out["summit"]["organisation"] == "Summit of the Americas", out["summit"]


@pytest.mark.parametrize("title", ["Ten years on: the Lisbon summit that changed the union",
                                   "A year after Lisbon: what the union's summit left behind"])
def test_a_story_told_years_after(ref, tmp_path, title):
    """A retrospective: the summit's own date counts however far from the report, and the writer's dateline and
    byline are where the writer is now, not the venue."""
    body = (f"{title}\n\nBy Ana Ferreira, Nairobi\n\nNAIROBI - On the morning of Thursday January 31, 2008, Africa's "
            "presidents filed into the plenary hall of the African Union's headquarters in Addis Ababa for a summit "
            "about industry.\n\nKofi Annan stayed in Nairobi throughout the summit. In Nairobi, the opposition said the "
            "union had taken sides.\n")
    out = extract_text(ref, tmp_path, body, "2018-02-02")
    assert str(out["summit"]["dates"]).startswith("2008-01-31"), out["summit"]
    assert out["summit"]["host_city"] == "Addis Ababa", out["summit"]


def test_a_report_of_the_day_keeps_its_dateline(ref, tmp_path):
    body = ("African leaders meet\n\nADDIS ABABA - African Union leaders opened their summit here on Thursday, "
            "with Kenya's crisis on the agenda.\n\nIn Nairobi, the opposition said the union had taken sides.\n")
    assert host_city(ref, tmp_path, body, "2008-01-31") == "Addis Ababa"


@pytest.mark.parametrize("where", ["at the AU headquarters", "in the plenary hall of the union's headquarters"])
def test_a_meeting_at_the_bodys_headquarters_is_in_its_seat(ref, tmp_path, where):
    body = ("Crisis shadows African summit\n\nAfrican Union leaders opened their two-day summit "
            f"{where} on Sunday, with events in Abidjan on every mind.\n\nThe standoff there went on.\n")
    assert host_city(ref, tmp_path, body, "2011-01-31") == "Addis Ababa"


def test_headquarters_named_with_another_city_is_not_the_seat(ref, tmp_path):
    body = ("African summit\n\nKAMPALA - African Union leaders opened their summit in Kampala on Sunday, far from the "
            "union's headquarters in Addis Ababa.\n")
    assert host_city(ref, tmp_path, body, "2010-07-25") == "Kampala"


def test_months_after_an_event_is_a_story_of_now(ref, tmp_path):
    """'Three months after the coup, ...' opens a report of the day: its dateline stays the venue."""
    body = ("Three months after the coup, West African leaders meet in Accra\n\nACCRA - Leaders of the Economic "
            "Community of West African States opened their summit here on Thursday.\n\nIn Abuja, the opposition "
            "said the bloc had taken sides.\n")
    assert host_city(ref, tmp_path, body, "2022-03-25") == "Accra"
