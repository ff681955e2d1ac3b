"""The held-out corpus, written blind and scored once, after the session's rules were final (session 9).

`heldout` holds round 34: eight articles imitating real outlets (AP on G7 Lyon 1996, RFE/RL on SCO Ufa 2015, a
British broadsheet's NATO Newport 2014 preview, Kazinform on EAEU Astana 2016, an Armenian agency's CSTO Yerevan 2016
preview, a pan-African outlet on AU Addis Ababa 2015, a German broadcaster's G20 Hamburg 2017 preview, an Indian wire on
BRICS Xiamen 2017). This is the issue's held-out measure. Rounds 33, 35 and 36 drove the session's rules, and joined
the development set with round 32, session 8's held-out set.

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
# round 34: members 0.7846 (P 0.9273), attendees 0.8889 (P 0.96), status 0.8333, countries 0.9082; org 1.0,
# city 0.875, canonical 1.0
FLOORS = {
    "heldout": {"attendees": 0.88, "attendees_status": 0.83, "attending_countries": 0.90, "members": 0.78,
                "precision": 0.95, "organisation": 1.0, "city": 0.87, "canonical": 1.0},
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
