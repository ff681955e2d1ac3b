"""Library first: which table or library answered for a country name."""

from __future__ import annotations

import pytest

from pipeline.lookup import resolve_country
from pipeline.reference import load_reference

# (input, canonical name, which source answered, by which method)
CASES = [
    ("Kazakhstan", "Kazakhstan", "reference", "alias"),
    ("Türkiye", "Turkey", "reference", "alias"),
    ("turkiye", "Turkey", "reference", "accent"),
    ("Kazakh", "Kazakhstan", "reference", "demonym"),
    ("Iran, Islamic Republic of", "Iran", "countrynames", "library"),
    ("Korea, Republic of", "South Korea", "countrynames", "library"),
    ("Kygyzstan", "Kyrgyzstan", "countrynames", "library_fuzzy"),
    ("704", "Vietnam", "pycountry", "library"),
]


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.mark.parametrize(("text", "name", "source", "method"), CASES)
def test_which_library_answered(ref, text: str, name: str, source: str, method: str) -> None:
    found = resolve_country(ref, text)
    assert (found.canonical, found.source, found.method) == (name, source, method)


def test_our_table_only_holds_what_the_libraries_lack(ref) -> None:
    """The inputs answered by a library are not in our table: the library really is asked."""
    for text, _, source, _ in CASES:
        if source != "reference":
            assert ref.lookup("country", text) == set()


def test_nothing_answers_for_a_fiction(ref) -> None:
    found = resolve_country(ref, "Freedonia")
    assert (found.entity_id, found.method) == (None, "none")
