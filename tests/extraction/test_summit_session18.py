"""Summit facts of session 18: a summit 'that opens on' a weekday outranks the arrivals the day before; a compound
adjective in '-ed' ('log-walled') is no past tense; the G7 named only by its old descriptions ('the eighth Western
economic summit', 'the six other great industrial democracies'). Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

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
