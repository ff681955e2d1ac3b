"""The held-out corpus, written blind and scored once, after the session's rules were final (session 7).

`heldout` holds rounds 26 and 27: sixteen articles about summits in neither the development corpus nor any earlier
round (SCO St Petersburg 2002 and Shanghai 2001, G8 Toyako 2008 and St Petersburg 2006, CSTO 2020 (video) and Moscow
2011, CIS Kazan 2005 and 2021 (video), G20 Rio 2024, NATO Brussels 2005 and Pratica di Mare 2002, EAEU Moscow 2024,
AU Addis Ababa 2013 and Durban 2002, BRICS Johannesburg 2023, ASEAN Bali 2011), each imitating a real outlet's style.
This is the issue's held-out measure.

The floors are the figures that single run reached (rounded down), not the issue's targets: they guard against
regressions. Never tune rules against these articles; write new development articles instead. Earlier held-out rounds
were scored once each and then moved into the development set (see README, "Extraction and evaluation").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import cli_json

HERE = Path(__file__).parent
# Reached on the one scoring run (F1; attendee precision; organisation, host city, canonical names):
# rounds 26 + 27: members 0.6359 (P 0.8519), attendees 0.9159 (P 0.9324), status 0.8363, countries 0.9311; org 1.0,
# city 0.875, canonical 0.9903
FLOORS = {
    "heldout": {"attendees": 0.91, "attendees_status": 0.83, "attending_countries": 0.93, "members": 0.63,
                "precision": 0.93, "organisation": 1.0, "city": 0.87, "canonical": 0.99},
}
CATEGORIES = ("attendees", "attendees_status", "attending_countries", "members")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request) -> tuple[str, dict]:
    return request.param, cli_json("eval", "--corpus", str(HERE / request.param))  # type: ignore[return-value]


def test_each_heldout_set_has_eight_articles_with_truth(corpus):
    name, result = corpus
    names = sorted(p.stem for p in (HERE / name / "truth").glob("*.json"))
    assert len(names) >= 8 and result["articles"] == len(names)
    assert all((HERE / name / "articles" / f"{n}.txt").exists() for n in names)


@pytest.mark.parametrize("category", CATEGORIES)
def test_heldout_f1_does_not_regress(corpus, category):
    name, result = corpus
    assert result["categories"][category]["f1"] >= FLOORS[name][category], (name, result["categories"][category])


def test_heldout_attendee_precision_does_not_regress(corpus):
    name, result = corpus
    assert result["categories"]["attendees"]["precision"] >= FLOORS[name]["precision"]


def test_heldout_summit_organisation_city_and_canonical_names(corpus):
    name, result = corpus
    floors = FLOORS[name]
    assert result["summit_organisation"] >= floors["organisation"]
    assert result["summit_host_city"] >= floors["city"]
    assert result["canonical_names"] >= floors["canonical"]
