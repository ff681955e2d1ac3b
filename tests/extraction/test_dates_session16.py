"""A weekday after the plural present of a timetable ('the leaders gather here Wednesday') is a day to come, though the
sentence goes on in the past ('... since the bloc admitted'); the same verb in the past, or denied, is not. Small
invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

# published on a Tuesday (2024-03-05): the coming Thursday is 03-07, the last one 02-29
_PUBLISHED = "2024-03-05"
# the rest of the article in the past: diplomats said, the draft was agreed (the article alone does not read as a preview)
_LATER = ("Diplomats said Monday that the draft declaration was largely agreed. The last summit ended in a quarrel over "
          "the budget, and two members withheld their dues.\n")


@pytest.mark.parametrize("lede", [
    "Leaders of the ten ASEAN states gather here Thursday for their first summit since the bloc admitted a new member.",
    "Heads of state of the Shanghai Cooperation Organisation meet in Jakarta on Thursday to weigh the charter that the foreign ministers drafted.",
    "African Union leaders convene Thursday for two days of talks at the summit that was postponed twice.",
])
def test_a_plural_timetable_verb_puts_its_weekday_ahead(ref, tmp_path, lede):
    out = extract_text(ref, tmp_path, f"Summit ahead\n\nJAKARTA (Island Wire) -- {lede}\n\n{_LATER}", _PUBLISHED)
    assert str(out["summit"]["dates"]).startswith("2024-03-07"), out["summit"]


@pytest.mark.parametrize("lede", [
    "Leaders of the ten ASEAN states gathered here Thursday for their first summit since the bloc admitted a new member.",
    "Heads of state of the Shanghai Cooperation Organisation did not meet Thursday, and the summit ended without a charter.",
])
def test_the_same_verb_in_the_past_or_denied_looks_back(ref, tmp_path, lede):
    out = extract_text(ref, tmp_path, f"Summit over\n\nJAKARTA (Island Wire) -- {lede}\n\n{_LATER}", _PUBLISHED)
    assert not str(out["summit"]["dates"]).startswith("2024-03-07"), out["summit"]
