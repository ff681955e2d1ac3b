"""Round 36 (lead): a dateline is the filing office when the lede puts the leaders in a named kind of venue elsewhere
('BERLIN (Agency) - Leaders will gather in a secluded castle hotel in the Alps'), invented articles published on a
Wednesday."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text


def _city(ref, tmp_path, lede: str) -> str | None:
    body = ("G7 leaders head for the mountains\n\n" + lede + "\n\nThe G7 summit talks at Kananaskis will end on Monday with a short "
            "statement.\n\nOttawa wants the group to agree on critical minerals.\n")
    return extract_text(ref, tmp_path, body, "2025-06-11")["summit"]["host_city"]


@pytest.mark.parametrize("lede", [
    "OTTAWA, June 11 (Agency) - Leaders of the Group of Seven will gather at a remote mountain resort in the Rockies "
    "from Sunday for their annual summit.",
    "OTTAWA, June 11 (Agency) - G7 leaders meet in a lodge in the Canadian Rockies on Sunday for a summit kept short.",
    "OTTAWA, June 11 (Agency) - Group of Seven leaders will convene at a secluded hotel west of Calgary from Sunday.",
])
def test_a_lede_venue_elsewhere_makes_the_dateline_an_office(ref, tmp_path, lede):
    assert _city(ref, tmp_path, lede) == "Kananaskis"


@pytest.mark.parametrize("lede", [
    # the venue is in the dateline's city: the dateline stays
    "OTTAWA, June 11 (Agency) - Leaders of the Group of Seven will gather at a hotel in Ottawa, on Sunday, for their "
    "annual summit.",
    # no venue named in the lede: the dateline stays the venue, as before
    "OTTAWA, June 11 (Agency) - Leaders of the Group of Seven will gather here from Sunday for their annual summit.",
])
def test_a_dateline_stays_when_the_lede_names_no_venue_elsewhere(ref, tmp_path, lede):
    assert _city(ref, tmp_path, lede) == "Ottawa"


def test_an_application_followed_by_entry_in_the_same_sentence_is_membership(ref, tmp_path):
    # found by the full suite after the merge: the bare-application rule (membership_clauses) read the first clause only
    from tests.extraction.test_round14_w import _members
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Hungary applied in 1997 and became a full member in March the following year.", "2022-06-28")
    assert ("Hungary", "member") in got and ("Hungary", "candidate") not in got
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Georgia applied in 2008 and is still waiting.", "2022-06-28")
    assert ("Georgia", "candidate") in got
