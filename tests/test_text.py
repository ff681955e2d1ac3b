"""Repair, sentence splitting and dates, on text written for these tests."""

from __future__ import annotations

import pytest

from pipeline.dates import find_dates
from pipeline.repair import repair_text
from pipeline.sentences import split_sentences


@pytest.mark.parametrize("broken, fixed", [
    ("AntĂłnio Guterres", "António Guterres"),
    ("CafÃ© society", "Café society"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("a  b\u00a0c", "a b c"),
    ("2023\u20132024", "2023-2024"),
])
def test_repair(broken, fixed):
    assert repair_text(broken) == fixed


def test_sentences_keep_spans_and_skip_abbreviations():
    text = "The U.N. chief met Mr. Smith in Oslo. He left on Friday.\nReporting by Jane Roe in Paris."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["The U.N. chief met Mr. Smith in Oslo.", "He left on Friday.",
                                       "Reporting by Jane Roe in Paris."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert sents[-1].kind == "credit"


@pytest.mark.parametrize("text, published, future, start, end", [
    ("the leaders meet on Thursday", "2025-03-04", True, "2025-03-06", None),
    ("they met on Monday", "2025-03-04", False, "2025-03-03", None),
    ("the summit on 3-4 July", "2025-06-20", True, "2025-07-03", "2025-07-04"),
    ("held on November 23", "2023-11-24", False, "2023-11-23", None),
    ("a meeting in May", "2025-03-04", True, "2025-05", None),
    ("set for later this month", "2025-03-04", True, "2025-03", None),
])
def test_dates_resolve_against_the_published_date(text, published, future, start, end):
    (d,) = find_dates(text, published, future)
    assert (d.start, d.end) == (start, end)
