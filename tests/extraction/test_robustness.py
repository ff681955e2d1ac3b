"""No input crashes or stalls extraction, and every claim points at a real span of its input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.derive import derive
from pipeline.model import Article
from pipeline.reference import load_reference

REF = load_reference()
WORDS = [
    "Putin",
    "Xi Jinping",
    "President",
    "Prime Minister",
    "of",
    "Kazakhstan",
    "India's",
    "the",
    "SCO",
    "summit",
    "attended",
    "will not attend",
    "skipped",
    "(",
    ")",
    ",",
    "and",
    "\n- ",
    ":",
    "Astana",
    "on",
    "3-4 July",
    "Tuesday",
    "later this month",
    "joined by video",
    "is sending his foreign minister",
    "Modi",
    "said",
    '"',
    "became a full member",
    "applied to join",
    "observer",
    "suspended",
    "left",
    "readmitted",
    "Ukraine",
    "NATO",
]


def _article(text: str, published: str | None = "2024-07-01") -> Article:
    return Article("a", text, text.split("\n", 1)[0][:80], None, published, None)


def check_claims(text: str, published: str | None = "2024-07-01") -> None:
    """Derive claims from `text` and check that each one points into a real sentence of it."""
    article = _article(text, published)
    ext = derive(article, REF)
    for s in ext.sentences:
        assert article.text[s.start : s.end] == s.text
    for c in ext.claims:
        a, b = c.span
        assert 0 <= a <= b <= len(text), c
        assert any(s.text == c.sentence and s.start <= a and b <= s.end for s in ext.sentences), c


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_unicode_never_raises(text):
    check_claims(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=80), st.sampled_from(["2024-07-01", None, "not a date"]))
def test_summit_like_word_salad_never_raises(words, published):
    check_claims("SCO summit\n\n" + " ".join(words), published)


def test_ten_thousand_names():
    names = ", ".join(
        f"President {first} {last} of Kazakhstan"
        for first, last in zip(
            ["Amir", "Bola", "Chen", "Dana", "Erik"] * 2000,
            ["Khan", "Ade", "Li", "Ross", "Berg"] * 2000,
            strict=True,
        )
    )
    check_claims("Leaders at the SCO summit\n\nLeaders attending the summit in Astana include " + names + ".")


def test_deeply_nested_markup():
    check_claims(
        "<div>" * 20_000 + "The SCO summit in Astana was attended by Xi Jinping." + "</div>" * 20_000
    )


def test_one_five_megabyte_sentence():
    check_claims(
        ("Leaders of Russia, India and China met Putin at the SCO summit in Astana and " * 70_000)[:5_000_000]
    )


@pytest.mark.parametrize(
    "text", ["", "\n\n\n", ".", "(" * 5000, "Mr. " * 5000, "A" * 100_000, "summit " * 50_000]
)
def test_degenerate_inputs(text):
    check_claims(text)
