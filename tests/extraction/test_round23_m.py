"""Round 23 (helper m): membership families and the summit's organisation, each rule on small invented articles
(no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def test_the_countries_of_leaders_whose_countries_have_applied(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "The two Nordic leaders, Magdalena Andersson of Sweden and Sanna Marin of Finland, whose countries have both "
                   "applied to join, dined with the chair.", "2022-06-28")
    assert {("Sweden", "candidate"), ("Finland", "candidate")} <= got


def test_leaders_who_represented_countries_that_joined_a_partnership(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Ireland's taoiseach, Simon Harris, and the Austrian chancellor, Karl Nehammer, represented neutral states "
                   "that have joined the Partnership for Peace without seeking membership.", "2024-07-10")
    assert {("Ireland", "partner"), ("Austria", "partner")} <= got
    assert not {("Ireland", "candidate"), ("Austria", "candidate")} & got
    # joining the alliance's partnership programme is no membership of the alliance
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Malta joined NATO's Partnership for Peace in 2008.", "2024-07-10")
    assert ("Malta", "partner") in got and ("Malta", "member") not in got


def test_allies_since_a_year_are_members_of_an_alliance_only(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Norway and Portugal, allies since 1949, signed a fisheries accord on the sidelines.", "2024-07-10")
    assert {("Norway", "member"), ("Portugal", "member")} <= got
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Tuesday.",
                   "Kenya and Ghana, allies since 1960, signed a trade accord on the sidelines.", "2024-07-04")
    assert not {("Kenya", "member"), ("Ghana", "member")} & got


def test_the_leaders_listed_as_partner_leaders(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Among the partner leaders at the dinner were Simon Harris of Ireland and Austria's Karl Nehammer.", "2024-07-10")
    assert {("Ireland", "partner"), ("Austria", "partner")} <= got
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "The observer leaders present included Mongolia's Ukhnaagiin Khurelsukh.", "2024-07-04")
    assert ("Mongolia", "observer") in got
    # a meal named after them lists no one
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "The partner leaders' dinner was hosted by Simon Harris of Ireland.", "2024-07-10")
    assert ("Ireland", "partner") not in got


def test_a_state_joining_another_body_the_same_day_keeps_its_status_here(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Friday.",
                   "The CSTO comprises Armenia, Belarus, Kazakhstan and Russia. The Eurasian Economic Union starts work on "
                   "Thursday, and Armenia becomes a full member on Friday.", "2014-12-19")
    assert ("Armenia", "member") in got and ("Armenia", "joining") not in got


def test_an_organisation_granted_observer_status_is_no_member_state(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "As a first step, the Economic Community of West African States was granted observer status.", "2025-10-10")
    assert not any(status == "observer" and "States" in c for c, status in got)


def test_the_organisation_counted_by_its_members_beats_a_guest_officials_body(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Empty seats in Muscat\n\nWhen Gulf leaders gathered in Muscat on Monday, two chairs "
                       "stood empty. Of the six members of the Gulf Cooperation Council, only four sent their rulers. "
                       "The European Union's trade commissioner Ana Ruiz called the summit a turning point.\n", "2024-12-05")
    assert out["summit"]["organisation"] == "Gulf Cooperation Council"
