"""The held-out corpus, written blind and scored once, after the session's rules were final (session 10).

`heldout` holds round 39: eight articles imitating real outlets (TASS on BRICS Kazan 2024, an Australian broadcaster's
G20 Brisbane 2014 preview, Interfax on CIS Minsk 2006, an Azerbaijani agency on the OTS at Shusha 2024, a Kyrgyz outlet
on the SCO heads of government in Bishkek 2023, a British broadsheet on G7 Munich 1992, AP on NATO Brussels 1989, a
Gambian daily on AU Banjul 2006). This is the issue's held-out measure. Rounds 37 and 38 drove the session's rules, and
joined the development set with round 34, session 9's held-out set.

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
# round 39: members 0.7538 (P 0.98), attendees 0.8552 (P 0.9394), status 0.8207, countries 0.8906; org 1.0,
# city 0.875, canonical 0.9435
FLOORS = {
    "heldout": {"attendees": 0.85, "attendees_status": 0.82, "attending_countries": 0.89, "members": 0.75,
                "precision": 0.93, "organisation": 1.0, "city": 0.87, "canonical": 0.94},
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
