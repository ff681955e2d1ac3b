"""The held-out corpora, written blind and scored once, after the session's rules were final (session 6).

- `heldout`: round 21, eight articles about summits not in the development corpus (SCO Beijing 2012, BRICS Rio 2025,
  G8 L'Aquila 2009, G20 Washington 2008, NATO Washington 2024, CSTO Astana 2018, EAEU Moscow 2023, AU Johannesburg
  2015). This is the issue's held-out measure.
- `heldout_outlets`: round 24, eight articles about summits already in the development corpus, written in other
  outlets' styles (live blog, preview, protocol report, "who's who" box): a check on new outlets alone.

The floors are the figures that single run reached (rounded down), not the issue's targets: they guard against
regressions. Never tune rules against these articles; write new development articles instead. Earlier held-out rounds
were scored once each and then moved into the development set (see README, "Extraction and evaluation").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import cli_json

HERE = Path(__file__).parent
# Reached on the one scoring run of each set (F1; attendee precision; organisation, host city, canonical names).
# round 21: members 0.8026, attendees 0.9141 (P 0.9915), status 0.7734, countries 0.9365; org 1.0, city 0.75, canonical 0.9915
# round 24: members 0.8293, attendees 0.8768 (P 0.8900), status 0.5616, countries 0.8691; org 0.875, city 1.0, canonical 0.9775
# Raised in session 7 as the rules of round 25 lifted them (both sets are development material now):
# round 21: attendees 0.9588 (P 0.9922), status 0.9363, countries 0.9771, members 0.9944; round 24: attendees 0.9444
# (P 0.9027), status 0.8426, countries 0.9412, members 0.9077
FLOORS = {
    "heldout": {"attendees": 0.95, "attendees_status": 0.93, "attending_countries": 0.97, "members": 0.99,
                "precision": 0.99, "organisation": 1.0, "city": 0.75, "canonical": 0.99},
    "heldout_outlets": {"attendees": 0.94, "attendees_status": 0.84, "attending_countries": 0.94, "members": 0.90,
                        "precision": 0.90, "organisation": 0.87, "city": 1.0, "canonical": 0.97},
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
