"""The gazetteer's prefiltered scan finds exactly what its one big alternation finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gazetteer import gazetteer_for
from pipeline.reference import load_reference

CORPUS = Path(__file__).parent / "corpus" / "articles"


@pytest.fixture(scope="module")
def gaz():
    return gazetteer_for(load_reference())


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in matches]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_prefiltered_matches_equal_the_full_alternation(gaz, path):
    text = path.read_text("utf-8")
    expected = _spans(gaz.pattern.finditer(text))
    assert expected, "the article names no place at all"
    assert _spans(gaz._name_matches(text)) == expected


@pytest.mark.parametrize("text", [
    "Xi-Jinping met Russia-based XChina, the U.S.A. and U.S. officials; the UK's PM and 'Iran' (Iran).",
    "IranIran Iran. Iran.x Kazakhstan’s Chinese CHINA ASTANA, Astana-based",
    "",
    "É Ü ß 中国 Россия",
])
def test_prefilter_keeps_boundaries_and_prefixes(gaz, text):
    assert _spans(gaz._name_matches(text)) == _spans(gaz.pattern.finditer(text))


def _role_spans(matches) -> list[tuple[int, int, str | None, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in matches]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_trie_role_pattern_matches_the_flat_alternation(gaz, path):
    text = path.read_text("utf-8")
    expected = _role_spans(gaz.flat_role_pattern.finditer(text))
    assert expected, "the article names no role at all"
    assert _role_spans(gaz.role_pattern.finditer(text)) == expected


@pytest.mark.parametrize("text", [
    "the acting President, ex-prime minister and PRIME MINISTERS; vice-president Vice President-elect presidents",
    "Foreign Minister-designate, foreign ministry, Secretary-General and secretary general, former premier",
    "", "président Président PRESIDENT of the Presidium",
])
def test_the_trie_role_pattern_keeps_longest_first_and_boundaries(gaz, text):
    assert _role_spans(gaz.role_pattern.finditer(text)) == _role_spans(gaz.flat_role_pattern.finditer(text))
