"""Round 43 (fixer F): older rules that misfired, and rules read twice, on small invented articles.

- an observer of another named body ('an observer at the Arctic fisheries forum') is no observer of the summit's
  organisation (`membership._observer_elsewhere`, and the guard of the learned reader for 'observer status at X');
- observers who watch a vote, a truce or a trial ('Election observers, including A and B') are no observer tier
  (`membership._monitors`);
- every joiner of a shared entry gets the membership with its date ('X joined alongside A and B in 2004',
  'X joined, along with A and B, in 2004');
- leaving the summit early is one rule (`attendance_presence.LEFT_SUMMIT_EARLY`), a seat taken for a country is one
  rule (`attendance_recall.TOOK_SEAT`), GeoNames is loaded by one loader (`pipeline.geonames`);
- a person introduced by description ('X, the Belgian who chairs the European Council') belongs to the body headed;
- 'the island's delegation' names no state by itself.
"""

from __future__ import annotations

import pytest

from pipeline import attendance_proxies, attendance_recall, geonames, lookup, venues
from pipeline.attendance_presence import LEFT_SUMMIT_EARLY, PRESENCE_ATTEND
from tests.extraction.conftest import extract_text, member_set

SCO = ("The SCO summit opened in Astana on Thursday.", "2024-07-04")
NATO = ("The NATO summit opened in Vilnius on Tuesday.", "2023-07-11")
ASEAN = ("The ASEAN summit opened in Vientiane on Tuesday.", "2024-10-08")


def _members(ref, tmp_path, summit: tuple[str, str], body: str) -> set[tuple]:
    opening, published = summit
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def _dated(ref, tmp_path, summit: tuple[str, str], body: str) -> set[tuple]:
    opening, published = summit
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published)
    return {(m["country"], m["status"], m["since"]) for m in out["members"]}


# --- 1. an observer of another named body ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Mongolia is an observer at the Arctic fisheries forum.",
    "Mongolia was an observer in the Nordic Council for years.",
    "Mongolia is an observer of the Arctic Council.",
    "Mongolia became an observer at the Baltic Sea Council in 2013.",
    "Mongolia holds observer status at the Arctic Council.",
    "Mongolia has been an observer at the Danube river commission since 2010.",
])
def test_an_observer_of_another_named_body_is_none_of_ours(ref, tmp_path, body):
    assert ("Mongolia", "observer") not in _members(ref, tmp_path, SCO, body)


@pytest.mark.parametrize("body", [
    "Mongolia is an observer at the SCO.",
    "Mongolia has been an observer at the bloc since 2012.",
    "Mongolia became an observer at the SCO in 2004.",
    "Mongolia attended as an observer.",
    "Mongolia took part as an observer at the Astana summit.",
    "Mongolia is an observer in the Shanghai Cooperation Organisation.",
])
def test_an_observer_of_the_organisation_or_its_summit_stays(ref, tmp_path, body):
    assert ("Mongolia", "observer") in _members(ref, tmp_path, SCO, body)


# --- 2. observers of a vote, a truce or a trial -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Election observers, including Norway and Canada, said the vote was fair.",
    "Ceasefire observers such as Norway and Canada reported no violations.",
    "Military observers, including Norway and Canada, will monitor the truce.",
    "International observers such as Norway and Canada praised the count.",
    "The observers, including Norway and Canada, reported no fraud in the poll.",
    "Military observers from Norway and Canada were also present.",
    "International observers from Norway and Canada monitored the trial.",
    "Election observers from Norway and Canada said the referendum was orderly.",
])
def test_monitors_are_no_observer_tier(ref, tmp_path, body):
    got = _members(ref, tmp_path, SCO, body)
    assert not {("Norway", "observer"), ("Canada", "observer")} & got


@pytest.mark.parametrize("body", [
    "Observers include Mongolia and Iran.",
    "Observer states include Mongolia and Iran.",
    "Its observers, including Mongolia and Iran, have no voting rights.",
])
def test_the_organisations_observers_stay(ref, tmp_path, body):
    assert {("Mongolia", "observer"), ("Iran", "observer")} <= _members(ref, tmp_path, SCO, body)


# --- 3. every joiner of a shared entry -----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Estonia joined alongside Latvia and Lithuania in 2004.",
    "Estonia joined together with Latvia and Lithuania in 2004.",
    "Estonia joined, along with Latvia and Lithuania, in 2004.",
    "Estonia joined in 2004 together with Latvia and Lithuania.",
    "Estonia, Latvia and Lithuania joined in 2004.",
])
def test_all_joiners_of_a_shared_entry_are_members_since_its_year(ref, tmp_path, body):
    got = _dated(ref, tmp_path, NATO, body)
    assert {("Estonia", "member", "2004"), ("Latvia", "member", "2004"), ("Lithuania", "member", "2004")} <= got


@pytest.mark.parametrize(("summit", "body", "joiners"), [
    (ASEAN, "Laos joined alongside Myanmar in 1997.", {"Laos", "Myanmar"}),
    (ASEAN, "Laos joined, together with Myanmar, in 1997.", {"Laos", "Myanmar"}),
    (SCO, "India joined alongside Pakistan in 2017.", {"India", "Pakistan"}),
])
def test_shared_entries_in_other_organisations(ref, tmp_path, summit, body, joiners):
    got = {c for c, s in _members(ref, tmp_path, summit, body) if s == "member"}
    assert joiners <= got


@pytest.mark.parametrize("body", [
    "Estonia joined Latvia and Lithuania in condemning the attack.",
    "Estonia joined forces with Latvia and Lithuania in 2004 to buy jets.",
    "Estonia joined alongside Latvian troops in the exercise.",
    "Estonia joined in 2004 despite protests from Latvia and Lithuania.",
    "The exercise, which Estonia joined alongside Latvia and Lithuania in 2004, ended in a row.",
])
def test_no_companions_read_where_none_joined(ref, tmp_path, body):
    got = _members(ref, tmp_path, NATO, body)
    assert ("Latvia", "member") not in got and ("Lithuania", "member") not in got


# --- 4. leaving the summit early: one rule --------------------------------------------------------------------------------

_FRAMES = {
    "report": "BRICS summit in Kazan\n\nBRICS leaders met in Kazan on Monday and Tuesday for their annual summit.\n\n",
    "preview": "G20 leaders head to Brisbane\n\nLeaders of the G20 will meet in Brisbane on Saturday and Sunday for their "
               "annual summit.\n\n",
}


def _status(ref, tmp_path, frame: str, text: str, who: str) -> str | None:
    out = extract_text(ref, tmp_path, _FRAMES[frame] + text + "\n")
    return next((a["status"] for a in out["attendees"] if a["person"] == who), None)


@pytest.mark.parametrize(("frame", "text", "who", "status"), [
    # the cases the departure findings read
    ("report", "Egyptian President Hassan Fahmy departed the meeting early on Tuesday.", "Hassan Fahmy", "attended"),
    ("report", "Officials said Egyptian President Hassan Fahmy had left the meeting before the end.", "Hassan Fahmy",
     "attended"),
    ("preview", "Canadian Prime Minister Mark Leblanc will leave the summit early for a state visit to Japan.",
     "Mark Leblanc", "expected"),
    ("preview", "Canadian Prime Minister Mark Leblanc is leaving the summit before the closing dinner.", "Mark Leblanc",
     "expected"),
    ("preview", "Canadian Prime Minister Mark Leblanc, aides said, will leave the summit early.", "Mark Leblanc",
     "expected"),
    # the cases the presence cue read
    ("report", "Egyptian President Hassan Fahmy left the two-day summit early.", "Hassan Fahmy", "attended"),
    ("report", "Egyptian President Hassan Fahmy left the retreat early.", "Hassan Fahmy", "attended"),
    ("report", "Egyptian President Hassan Fahmy left the gathering before it was over.", "Hassan Fahmy", "attended"),
    # both together now
    ("preview", "Canadian Prime Minister Mark Leblanc will leave the two-day summit early.", "Mark Leblanc", "expected"),
])
def test_leaving_the_summit_early_is_presence(ref, tmp_path, frame, text, who, status):
    assert _status(ref, tmp_path, frame, text, who) == status


@pytest.mark.parametrize("text", [
    "Egyptian President Hassan Fahmy left the Quebec summit early in 2019.",
    "Egyptian President Hassan Fahmy left early for the airport on Sunday, skipping the summit.",
])
def test_leaving_another_meeting_is_no_presence(ref, tmp_path, text):
    assert _status(ref, tmp_path, "report", text, "Hassan Fahmy") != "attended"


def test_the_departure_findings_no_longer_read_the_summit():
    import inspect

    from pipeline import attendance_weighing
    assert "_LEFT_SUMMIT" not in inspect.getsource(attendance_weighing)
    assert LEFT_SUMMIT_EARLY in PRESENCE_ATTEND


# --- 5. a seat taken: one rule; GeoNames: one loader ------------------------------------------------------------------------

def test_the_seat_rule_is_shared():
    assert attendance_proxies._TOOK_SEAT.pattern.endswith(attendance_recall.TOOK_SEAT)
    assert attendance_recall.TOOK_SEAT in attendance_recall.RECALL_ATTEND


@pytest.mark.parametrize("after", [
    " took the Argentine seat.", " took Argentina's seat at the table.", " took the seat of Argentina.",
    " then took the Argentine chair.", " will take the Argentine seat.", " occupied the country's seat.",
])
def test_a_seat_taken_for_a_country(after):
    assert attendance_proxies._TOOK_SEAT.match(after)


@pytest.mark.parametrize("after", [
    " took the Russian seat on the UN Human Rights Council.", " took her seat in parliament in 2021.",
    " took a seat at the table.", " took the seat of the late senator.",
])
def test_no_country_seat(after):
    assert not attendance_proxies._TOOK_SEAT.match(after)


def test_one_geonames_loader_serves_both_lookups():
    assert venues._lookup("Koln", None).geoname == "Köln"
    assert venues._lookup("Birmingham", "GB").iso2 == "GB"
    assert venues._lookup("CGN", None) is None  # an airport code is no venue
    found = lookup._geonames_city("Cologne")
    assert (found.canonical, found.method) == ("Köln", "library_alias")
    assert lookup._geonames_city("Köln").method == "library"
    assert lookup._geonames_city("Xyzzyville").entity_id is None
    assert geonames.city_index.cache_info().currsize == 1


# --- 6. a person introduced by description -----------------------------------------------------------------------------------

_G7 = "G7 summit in Venice\n\nLeaders of the Group of Seven met in Venice on Monday and Tuesday for their annual summit.\n\n"


def _country(ref, tmp_path, text: str, who: str, published: str = "2024-11-27") -> str | None:
    out = extract_text(ref, tmp_path, _G7 + text + "\n", published)
    return next((a["country"] for a in out["attendees"] if a["person"] == who), "missing")


@pytest.mark.parametrize(("text", "who"), [
    ("Pieter Jansen, the Dutchman who heads the European Commission, attended the talks.", "Pieter Jansen"),
    ("Marc Dupont, the Belgian who chairs the European Council, also attended.", "Marc Dupont"),
    ("Marc Dupont, a Belgian who now leads the European Commission, attended the talks.", "Marc Dupont"),
    ("Pieter Jansen, who heads the European Commission, attended the talks.", "Pieter Jansen"),
])
def test_the_body_headed_gives_the_organisation(ref, tmp_path, text, who):
    assert _country(ref, tmp_path, text, who) == "European Union"


def test_a_dictionary_person_described_by_the_body(ref, tmp_path):
    text = "Gaston Thorn, the Luxembourger who heads the European Commission, attended the talks."
    assert _country(ref, tmp_path, text, "Gaston Thorn", "1981-07-22") == "European Union"


@pytest.mark.parametrize("text", [
    "Marc Dupont, the Belgian who once headed the European Commission, attended the talks.",
    "Marc Dupont, the Belgian who heads a software company, attended the talks.",
    "Marc Dupont, the Belgian who heads the Belgian delegation, attended the talks.",
])
def test_no_body_headed_now(ref, tmp_path, text):
    assert _country(ref, tmp_path, text, "Marc Dupont") != "European Union"


# --- 7. an unnamed island ----------------------------------------------------------------------------------------------------

_APEC = ("APEC leaders meet in Lima\n\nLeaders of the Asia-Pacific Economic Cooperation forum met in Lima on Monday and "
         "Tuesday for their annual summit.\n\n")


@pytest.mark.parametrize("text", [
    "Former vice-president Lin Wei-min headed the island's delegation.",
    "The island's delegation was led by former vice-president Lin Wei-min.",
    "The island's delegation arrived on Monday, officials said.",
])
def test_an_unnamed_islands_delegation_names_no_state(ref, tmp_path, text):
    out = extract_text(ref, tmp_path, _APEC + text + "\n")
    assert not any(a["country"] for a in out["attendees"])
    assert not out["members"]
