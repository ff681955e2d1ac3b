"""Round 11 (o): summit dates and attendance status, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.attendance import sentence_status
from tests.extraction.conftest import attendee_set, extract_text


def _dates(ref, tmp_path, body: str, published: str) -> str | None:
    return extract_text(ref, tmp_path, f"Summit\n\n{body}\n", published)["summit"]["dates"]


def test_an_end_day_with_a_duration_counts_back(ref, tmp_path):
    # published Friday 2019-11-01
    assert _dates(ref, tmp_path, "ASEAN leaders are meeting in Bangkok for a three-day summit that runs until Sunday.",
                  "2019-11-01") == "2019-11-01/2019-11-03"
    assert _dates(ref, tmp_path, "ASEAN leaders gather in Bangkok for a two-day summit which ends on Saturday.",
                  "2019-11-01") == "2019-11-01/2019-11-02"
    assert _dates(ref, tmp_path, "The two-day ASEAN summit in Bangkok goes on through Saturday.",
                  "2019-11-01") == "2019-11-01/2019-11-02"
    # an opening day still counts forward
    assert _dates(ref, tmp_path, "ASEAN leaders gather in Bangkok for a two-day summit that opens on Saturday.",
                  "2019-11-01") == "2019-11-02/2019-11-03"


def test_a_closing_verb_right_after_the_date(ref, tmp_path):
    # published Sunday 2019-06-30
    body = "European leaders on Saturday concluded a two-day EU summit in Brussels. The talks were dominated by migration."
    assert _dates(ref, tmp_path, body, "2019-06-30") == "2019-06-28/2019-06-29"
    body = "European leaders on Saturday began a two-day EU summit in Brussels. The talks were dominated by migration."
    assert _dates(ref, tmp_path, body, "2019-06-30") == "2019-06-29/2019-06-30"


def test_a_handover_of_a_presidency_or_office_dates_no_summit(ref, tmp_path):
    body = ("The G20 summit in Osaka resumes on Saturday with a session on climate. "
            "Saudi Arabia takes over the G20 presidency on 1 December and will host next year's summit in Riyadh.")
    assert _dates(ref, tmp_path, body, "2019-06-28") == "2019-06-28/2019-06-29"
    body = ("The NATO summit opens in London on Tuesday. "
            "The secretary general will chair one more summit before handing over on 1 October to his successor.")
    assert _dates(ref, tmp_path, body, "2019-12-01").startswith("2019-12-03")


def test_a_summit_that_resumes_or_continues_started_earlier(ref, tmp_path):
    # a live report on the first day: 'resumes tomorrow'
    assert _dates(ref, tmp_path, "The APEC summit resumes tomorrow morning with talks on trade.",
                  "2018-11-17") == "2018-11-17/2018-11-18"
    # far from the report: the day before
    assert _dates(ref, tmp_path, "The APEC summit continues on Sunday 18 November with talks on trade.",
                  "2018-11-10") == "2018-11-17/2018-11-18"


def test_a_short_heading_with_only_a_date_dates_the_report(ref, tmp_path):
    body = "Minsk, 10 October 2017 - Agency\n\nThe CIS leaders will meet at a summit in Minsk on Wednesday."
    assert _dates(ref, tmp_path, body, "2017-10-10") == "2017-10-11"
    body = "10 October 2017, 18:40\n\nThe CIS leaders will meet at a summit in Minsk on Wednesday."
    assert _dates(ref, tmp_path, body, "2017-10-10") == "2017-10-11"


def test_a_closing_attribution_does_not_give_the_tense():
    text = "President A will fly to Sochi to take part in the council's meeting on Monday, the press office reported."
    assert sentence_status(text, True) == "expected"
    assert sentence_status("B will attend the summit in Minsk, officials said on Sunday.", True) == "expected"
    # the past of the main clause still counts; a clause with its own verbs is no attribution
    assert sentence_status("C attended the summit in Minsk, officials said.", True) == "attended"
    assert sentence_status("D will attend, and the host addressed the leaders and announced.", True) == "attended"
    assert sentence_status("On Friday, E addressed the summit and announced a fund.", None) == "attended"


def test_travel_before_a_summit_in_a_preview_is_expected():
    text = "F arrived in the country on Sunday after a stop in Havana, where he met G."
    assert sentence_status(text, True) == "expected"
    assert sentence_status(text, False) == "attended"
    # another past verb keeps it attended
    assert sentence_status("H arrived on Sunday and addressed the opening session.", True) == "attended"


def test_a_live_report_on_the_first_day_gives_attended(ref, tmp_path):
    body = ("Leaders of the Group of 20 are gathering in Osaka for a two-day summit that runs until Saturday. "
            "Among those at the table are German Chancellor Angela Merkel and Canadian Prime Minister Justin Trudeau.")
    out = extract_text(ref, tmp_path, f"G20 live\n\n{body}\n", "2019-06-28")
    assert out["summit"]["dates"] == "2019-06-28/2019-06-29"
    got = attendee_set(out)
    assert ("Angela Merkel", "Germany", "attended") in got
    assert ("Justin Trudeau", "Canada", "attended") in got
