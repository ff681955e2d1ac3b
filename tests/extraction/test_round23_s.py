"""Round 23 (helper s): summit dates, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.summit import _BYLINE, _dates_other_event
from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _other(text: str, day: str, published: str = "2026-05-08") -> bool:
    d = next(d for d in find_dates(text, published, False) if day in d.text)
    return _dates_other_event(text, d, published)


def test_a_close_at_the_end_of_the_blocs_summit_is_its_last_day(ref, tmp_path):
    text = ("Bloc signs water pact\n\n"
            "Leaders of the Shanghai Cooperation Organisation on Friday signed a water pact at the close of the bloc's "
            "annual summit in Astana.\n\n"
            "\"We leave with a plan,\" the host said at the end of the two-day meeting.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-07/2026-05-08"


def test_the_nth_day_of_a_summit_named_before_its_date_puts_the_first_day_earlier(ref, tmp_path):
    text = ("Allies turn to the partners\n\n"
            "NATO leaders spent the second day of their Vilnius summit yesterday reassuring the applicants.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-06/2026-05-07"
    text = ("Allies turn to the partners\n\n"
            "NATO leaders devoted the third day of the four-day summit in Vilnius yesterday to trade.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-05/2026-05-08"
    # the first day of a summit starts on its date; a bare 'final day' gives no first day
    text = ("Allies gather\n\nNATO leaders spent the first day of their Vilnius summit yesterday on defence.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-07"


def test_an_explicit_date_after_after_names_another_event():
    assert _other("The bloc thanked Ruritania for its help after 11 September.", "11 September")
    assert _other("Tariffs rise after May 1, the summit agreed.", "May 1")
    assert not _other("The summit opened on 7 May in the new hall.", "7 May")
    assert not _other("After talks on Thursday, the summit closed.", "Thursday")


def test_an_undated_lede_announcing_a_summit_is_dated_by_the_next_sentence(ref, tmp_path):
    text = ("Leaders head for the lakes\n\n"
            "The presidents of the African Union begin arriving in Kigali tonight for a two-day summit by the lake. "
            "President Paul Kagame will host the leaders on Sunday and Monday at the convention centre.\n\n"
            "The summit's first session on trade opened on Tuesday last year.\n")
    assert _summit(ref, tmp_path, text, "2026-05-08")["dates"] == "2026-05-10/2026-05-11"


def test_by_the_time_is_no_byline():
    assert _BYLINE.search("By Maria Lopez in Lima")
    assert _BYLINE.search("Published 3 May 2026")
    assert not _BYLINE.search("By the time the summit closed on 8 May, the plan was agreed.")
    assert not _BYLINE.search("By Friday the leaders had agreed.")
