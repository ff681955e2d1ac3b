"""Round 9's summit-date rules (helper g), each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.dates import DateRef
from pipeline.summit import _dates_by_clause, _opened_and_closed
from tests.extraction.conftest import extract_text


def _dates(out: dict) -> str:
    return str(out["summit"]["dates"])


def _day(text: str, published: str, start: int) -> DateRef:
    return next(d for d in _dates_by_clause(text, published, True) if d.span[0] >= start)


def test_opens_tomorrow_and_closes_on_a_weekday_is_a_range(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ECOWAS leaders gather\n\nWest African leaders are in Abuja for the ECOWAS summit, "
                       "which opens tomorrow and closes on Tuesday with a vote on the new chair.\n", "2024-06-16")  # a Sunday
    assert _dates(out) == "2024-06-17/2024-06-18"


def test_begins_on_one_weekday_and_ends_on_another_is_a_range():
    text = "The summit begins on Monday in the capital, and it ends on Wednesday after a retreat."
    d = _day(text, "2024-03-08", 0)
    r = _opened_and_closed(d, text, "2024-03-08", True)
    assert (r.start, r.end) == ("2024-03-11", "2024-03-13")


def test_a_closing_day_before_the_opening_or_weeks_away_makes_no_range():
    for text in ("The summit opens on Thursday; the fund's appeal closed on Monday.",
                 "The summit opens tomorrow, and the consultation closes on 30 April."):
        d = _day(text, "2024-03-12", 0)
        r = _opened_and_closed(d, text, "2024-03-12", True)
        assert r.end is None


def test_a_date_for_another_bodys_summit_named_after_it_is_not_this_summit(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit opens\n\nThe ASEAN summit opens in Vientiane on Wednesday. "
                       "Afterwards the host will welcome leaders in Luang Prabang on 20 and 21 October for a summit "
                       "between the European Union and the African Union.\n", "2024-10-07")  # a Monday
    assert _dates(out) == "2024-10-09"


def test_a_date_followed_by_the_summit_of_the_bloc_itself_still_counts(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN leaders\n\nMinisters met on Monday. Leaders arrive in Vientiane on "
                       "9 October for the summit of the Association of Southeast Asian Nations.\n", "2024-10-07")
    assert _dates(out) == "2024-10-09"


def test_the_news_lede_after_a_deck_and_byline_dates_the_summit(ref, tmp_path):
    body = ("Leaders head to Kazan\n\n"
            "The Brazilian leader will make his case for a new bank at the meeting of emerging economies\n\n"
            "By Ana Souza, Brasília\n\n"
            "President Lula leaves on Monday for Kazan, the Volga city that will welcome the leaders on Tuesday "
            "and Wednesday.\n\n"
            "It will be his second BRICS summit in two years.\n")
    out = extract_text(ref, tmp_path, body, "2024-10-17")  # a Thursday
    assert _dates(out) == "2024-10-22/2024-10-23"


def test_the_opening_day_stated_with_the_length_anchors_the_range(ref, tmp_path):
    body = ("CSTO ends\n\nThe Collective Security Treaty Organization on Saturday adopted a plan for joint exercises, "
            "leaders said in Minsk.\n\nThe two-day CSTO summit, which opened with a working lunch on Friday, ended "
            "with a joint declaration.\n")
    out = extract_text(ref, tmp_path, body, "2024-11-25")  # a Monday
    assert _dates(out) == "2024-11-22/2024-11-23"


def test_an_opening_day_outside_the_stated_length_leaves_the_lede_date(ref, tmp_path):
    body = ("CSTO ends\n\nThe Collective Security Treaty Organization on Saturday adopted a plan for joint exercises, "
            "leaders said in Minsk.\n\nThe two-day CSTO summit ended with a joint declaration; the new exhibition "
            "hall that housed it opened on Tuesday.\n")
    out = extract_text(ref, tmp_path, body, "2024-11-25")  # a Monday
    assert _dates(out) == "2024-11-23/2024-11-24"
