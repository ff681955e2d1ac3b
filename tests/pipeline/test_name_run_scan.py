"""The name-run scan that skips plain lower-case words finds exactly the runs of walking every token."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import Mention
from pipeline.people import _TOKEN, name_runs

WORDS = ["the", "de", "al-Assad", "bin", "does", "dos", "Prime", "Minister", "Xi", "Jinping", "of", "China's",
         "Putin", "ul", "Haq", "Jr.", "St.", "met", "state", "Kassym-Jomart", "Tokayev", "état", "Émile", "3rd",
         "_x", "y", "Mr.", "U.S.", "ash-Shar", "don't", "’s", "ibn", "Saud", "él", "Ólafur", "d'Alema"]
SEPARATORS = [" ", "  ", ", ", "-", " (", ") ", ". ", "; ", " — ", "\n", "'", "’", "9", ""]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(max_size=6), st.sampled_from(SEPARATORS)),
                          max_size=40))
    return "".join(w + s for w, s in parts)


@settings(max_examples=400, deadline=None)
@given(sentences(), st.integers(0, 50))
def test_skipping_plain_words_changes_no_run(text, offset):
    blocked = [Mention("country", offset + 5, offset + 9, "x", "x", "x", "exact", 1.0)] if len(text) > 9 else []
    assert name_runs(text, offset, blocked) == name_runs(text, offset, blocked, tokens=_TOKEN)


def test_the_runs_of_a_plain_sentence():
    text = "On Thursday the talks were chaired by Prime Minister Narendra Modi and Xi Jinping of China."
    assert [r[2] for r in name_runs(text, 0, [])] == ["Narendra Modi", "Xi Jinping", "China"]
