"""The held-out corpus, written blind and scored once, after the session's rules were final (session 12).

`heldout` holds rounds 40 and 41: twenty articles imitating real outlets (EAEU Moscow 2014, CSTO Astana 2004, CIS
Moscow 2001, AU Abuja 2005, G7 Tokyo 1993, NATO Bonn 1982, SCO heads of government Moscow 2025, G20 Rome 2021, ASEAN
Cebu 2007, Arab League Doha 2013, OTS Istanbul 2021, BRICS Fortaleza 2014; G7 Paris 1989, CIS Tashkent 1992, EAEU 2020
by video, AU Addis Ababa 2010, BRICS Sanya 2011, NATO Paris 1957, G20 Seoul 2010, ASEAN Nay Pyi Taw 2014). This is the
issue's held-out measure. Round 39 (session 10's held-out set) and round 42 drove the rules of sessions 11 and 12, and
joined the development set.

`heldout44` holds round 44 (session 13): ten articles written blind while round 43 drove that session's rules (G7
Bonn 1985, NATO Brussels 1988, CIS Chisinau 1997, OAU Lusaka 2001, Non-Aligned Belgrade 1961, SCO Astana 2024 by
Dawn, BRICS Durban 2013, G20 Hamburg 2017, Collective Security Treaty Minsk 2000, EAEU St Petersburg 2019), scored
once at the session's end.

`heldout47` holds round 47 (session 15): fourteen articles written blind by two helpers who had not read the rules
(G20 Osaka 2019, NATO Madrid 2022, BRICS Johannesburg 2018, SCO Bishkek 2019, AU Nouakchott 2018, CSTO Yerevan 2022,
G7 Houston 1990, G7 Biarritz 2019, CIS Ashgabat 2019, ASEAN Bangkok 2019, Arab League Jeddah 2023, G8 Gleneagles 2005,
OIC Istanbul 2016, NATO Rome 1991), scored once with and without the learned attendance reader at the end of session
15, with their truths as the helpers wrote them (not aligned to the development corpus's conventions). Its floors are
those of session 16's run, which added only the plural timetable verb of a weekday ('gather here Wednesday'); no rule
was written from these articles.

`heldout50` holds round 50 (session 18): twelve articles written blind by two helpers while round 49 drove that
session's rules (G7 London 1984, CSTO Moscow 2012, SCO Astana 2011, AU Sharm el-Sheikh 2008, Arab League Sharm el-Sheikh
2015, ASEAN Singapore 2007; NATO Istanbul 2004, BRICS New Delhi 2012, G20 Toronto 2010, CIS Minsk 2006, EAEU Yerevan
2019, GCC Muscat 2008), scored once on the session's final rules, with their truths as the helpers wrote them.

`heldout52` holds round 52 (session 19): twelve articles written blind by two helpers while rounds 51 and 53 drove that
session's rules (NATO London 1977, G7 Tokyo 1986, SCO Tashkent 2010, AU Addis Ababa 2014, CSTO Cholpon-Ata 2009, EAEU St
Petersburg 2021; BRICS Brasilia 2019, G20 Hangzhou 2016, CIS Moscow 2010, Arab League Kuwait 2014, G7 Rambouillet 1975,
ASEAN and the first East Asia Summit, Kuala Lumpur 2005), scored on the session's final rules (its aggregate figures
were also taken once mid-session, and were the same); its misses were not read.

`heldout55` holds round 55 (session 20): twelve articles written blind by two helpers while rounds 54 and 56 drove that
session's rules, most of them about bodies beyond the usual nine (G7 Venice 1980, NATO Brussels 1975, CIS Minsk 2000, AU
Addis Ababa 2007, APEC Auckland 1999, GCC Kuwait 2009; G8 Denver 1997, SAARC Kathmandu 2014, OSCE Istanbul 1999, ASEAN
Kuala Lumpur 1997, CHOGM Perth 2011, Arab League Khartoum 2006). Its aggregate figures were taken once before the
session's rules and once on the final rules; its misses were not read.

`heldout61` holds round 61 (session 21): twelve articles written blind by two helpers while rounds 59 and 60 drove that
session's rules (Mercosur Ouro Preto 1994, Pacific Islands Forum Port Moresby 2015, ECOWAS Accra 2014, APEC Hanoi 2006,
GCC Riyadh 2015, ASEAN Phnom Penh 2012; SAARC Addu City 2011, CSCE Budapest 1994, G7 London 1977, CHOGM Harare 1991,
Arab League Cairo 1996, OIC Putrajaya 2003). Its aggregate figures were taken once before the session's rules and once
on the final rules; its misses were not read.

`heldout64` holds round 64 (session 22): twelve articles written blind by two helpers while rounds 62, 63, 65 and 66
drove that session's rules, each helper choosing real summits whose stems were new (six of SCO, BRICS, G20, NATO, CSTO
and the AU; six of APEC, the Summit of the Americas, ECOWAS, the GCC, the Turkic Council and the Francophonie). Its
aggregate figures were taken once on the session's starting rules and again on the final rules (the same figures for
attendees); its misses were not read. Its attendee precision (0.891) is the lowest of the held-out sets.

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
# rounds 40 and 41: members 0.61 (P 0.8472), attendees 0.8255 (P 0.9265), status 0.7927, countries 0.8697; org 1.0,
# city 0.9, canonical 0.9692
# round 44: members 0.7727 (P 0.977), attendees 0.8302 (P 0.9735), status 0.8151, countries 0.8644; org 0.8, city 0.9,
# canonical 0.9909
# round 47: members 0.895 (P 0.9245), attendees 0.9319 (P 0.9865), status 0.8894, countries 0.9434; org 1.0,
# city 0.9286, canonical 0.9909
# Raised in session 16 to that session's figures (the learned attendance reader of session 15, the plural timetable
# verb of session 16): r40+41 attendees 0.8761 (P 0.9366), status 0.8447, countries 0.916, canonical 0.9721;
# r44 attendees 0.8809 (P 0.976), status 0.8736, countries 0.9106, canonical 0.9918.
# Raised in session 19 to that session's figures: r40+41 members 0.6238, attendees 0.8835, status 0.8522; r47 attendees
# 0.9409, status 0.8987, countries 0.9508; r50 members 0.8587, attendees 0.8934, countries 0.9231.
# Raised in session 20: r40+41 attendees 0.9026 (P 0.9429), status 0.865, countries 0.9398; r52 attendees 0.8934,
# status 0.8588, countries 0.9459. (r40+41's host city went from 0.9 to 0.95 mid-session and back to 0.9 when fifteen
# cities joined the gazetteer; which article moved was not read.)
FLOORS = {
    # r40+41 on session 21's final rules: attendees 0.8991 (P 0.9393), one attendee fewer than session 20's 0.9026
    # (which one was not read); host city up from 0.90 to 0.95
    "heldout": {"attendees": 0.89, "attendees_status": 0.86, "attending_countries": 0.93, "members": 0.62,
                "precision": 0.93, "organisation": 1.0, "city": 0.95, "canonical": 0.97},
    "heldout44": {"attendees": 0.89, "attendees_status": 0.88, "attending_countries": 0.91, "members": 0.81,
                  "precision": 0.97, "organisation": 0.8, "city": 0.9, "canonical": 0.99},
    "heldout47": {"attendees": 0.94, "attendees_status": 0.89, "attending_countries": 0.95, "members": 0.89,
                  "precision": 0.98, "organisation": 1.0, "city": 0.92, "canonical": 0.99},
    # round 50's one run (session 18): members 0.8398 (P 0.8837), attendees 0.887 (P 0.9808), status 0.8812,
    # countries 0.9195; org 1.0, city 0.8333, canonical 0.9739
    "heldout50": {"attendees": 0.89, "attendees_status": 0.88, "attending_countries": 0.92, "members": 0.85,
                  "precision": 0.98, "organisation": 1.0, "city": 0.83, "canonical": 0.97},
    # round 52's one run (session 19): members 0.8971 (P 0.9839), attendees 0.8805 (P 0.9869), status 0.8455,
    # countries 0.9315; org 0.9167, city 0.8333, canonical 0.9735
    "heldout52": {"attendees": 0.89, "attendees_status": 0.85, "attending_countries": 0.94, "members": 0.89,
                  "precision": 0.98, "organisation": 0.91, "city": 0.83, "canonical": 0.97},
    # round 55's blind run (session 20, before any rule of rounds 54 and 56 but the first three): members 0.6176 (P 0.84),
    # attendees 0.8669 (P 0.9549), status 0.7713, countries 0.916; org 0.8333, city 0.9167, canonical 0.9764; on the
    # session's final rules: members 0.6176, attendees 0.8707 (P 0.9552), status 0.7755, countries 0.9202
    # (session 22: one more attendee matched, written otherwise than its canonical name: canonical 0.9767 -> 0.9692)
    "heldout55": {"attendees": 0.87, "attendees_status": 0.77, "attending_countries": 0.92, "members": 0.64,
                  "precision": 0.95, "organisation": 0.83, "city": 0.91, "canonical": 0.965},
    # round 61's blind run (session 21, before any rule of rounds 59 and 60): members 0.69 (P 0.8118), attendees 0.8348
    # (P 0.9586), status 0.7868, countries 0.8553; org 0.75, city 0.75, canonical 0.9856; on the session's final rules:
    # members 0.703 (P 0.8161), attendees 0.8588 (P 0.9605), status 0.7882, countries 0.881; org 0.8333, city 0.75,
    # canonical 0.9795
    "heldout61": {"attendees": 0.85, "attendees_status": 0.78, "attending_countries": 0.88, "members": 0.70,
                  "precision": 0.96, "organisation": 0.83, "city": 0.75, "canonical": 0.97},
    # round 64's run on session 22's starting rules (115fed2): members 0.7467 (P 0.8842), attendees 0.8968 (P 0.891),
    # status 0.7548, countries 0.9158; org 0.9167, city 0.75, canonical 0.9928; on the session's final rules: members
    # 0.7577 (P 0.8866), the rest the same
    "heldout64": {"attendees": 0.89, "attendees_status": 0.75, "attending_countries": 0.91, "members": 0.75,
                  "precision": 0.89, "organisation": 0.91, "city": 0.75, "canonical": 0.99},
}
CATEGORIES = ("attendees", "attendees_status", "attending_countries", "members")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request) -> tuple[str, dict]:
    return request.param, cli_json("eval", "--corpus", str(HERE / request.param))  # type: ignore[return-value]


def test_each_heldout_set_has_at_least_eight_articles_with_truth(corpus):
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
