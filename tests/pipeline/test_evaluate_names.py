"""The scorer's person matching: a Wikipedia title's qualifier ('(diplomat)') is no part of a name."""

from __future__ import annotations

import pytest

from pipeline.evaluate import Matcher, score_article
from pipeline.reference import load_reference


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_reference())


def _truth(person: str, written: str) -> dict:
    return {"summit": None, "members": [], "attendees": [
        {"person": person, "name_as_written": written, "country": "Ruritania", "status": "attended"}]}


def _system(person: str) -> dict:
    return {"summit": None, "members": [], "attendees": [
        {"person": person, "person_id": None, "country": "Ruritania", "status": "attended"}]}


@pytest.mark.parametrize(("truth", "system", "matched"), [
    ("Ajit Singh (diplomat)", "Ajit Singh", True),
    ("David Burt (politician)", "David Burt", True),
    ("Ajit Singh (diplomat)", "Ajit Singh Pal", False),
    ("Ajit Singh", "Ajit Singh (diplomat)", True),
])
def test_a_title_qualifier_is_no_part_of_the_name(matcher, truth, system, matched):
    score = score_article(matcher, "a", _truth(truth, "Dato' " + truth.split(" (")[0]), _system(system))
    assert (score.tallies["attendees"].tp == 1) is matched
    assert (score.canonical.tp == 1) is matched
