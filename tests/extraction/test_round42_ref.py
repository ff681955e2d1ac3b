"""Round 42 (ref): leaders of the 1950s to 1990s in the people dictionary, told apart by the office held on the story's
day (invented articles)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

_BODY = ("Alliance leaders meet in Bonn\n\n"
         "BONN, June 10 - Alliance leaders opened their NATO summit here on Thursday under tight security.\n\n"
         "Mrs. Thatcher, Pierre Elliott Trudeau and Secretary-General Joseph Luns attended the opening session, along "
         "with President Bush and Prime Minister Giulio Andreotti.\n")


@pytest.mark.parametrize(("published", "expected"), [
    ("1982-06-10", {("Margaret Thatcher", "United Kingdom", "attended"), ("Pierre Trudeau", "Canada", "attended"),
                    ("Joseph Luns", "North Atlantic Treaty Organization", "attended")}),
    ("1990-07-05", {("Margaret Thatcher", "United Kingdom", "attended"), ("George H. W. Bush", "United States", "attended"),
                    ("Giulio Andreotti", "Italy", "attended")}),
])
def test_older_leaders_resolve_with_the_office_they_held_that_day(ref, tmp_path, published, expected):
    assert expected <= attendee_set(extract_text(ref, tmp_path, _BODY, published))


@pytest.mark.parametrize(("published", "bush"), [("1990-07-05", "George H. W. Bush"), ("2005-07-07", "George W. Bush"),
                                                 ("1992-07-07", "George H. W. Bush"), ("2002-06-27", "George W. Bush")])
def test_a_name_shared_by_father_and_son_goes_to_the_one_in_office(ref, tmp_path, published, bush):
    body = ("Leaders meet in Bonn\n\n"
            "BONN, June 10 - Leaders of the G7 opened their summit here on Thursday.\n\n"
            "George Bush attended the opening session with the host.\n")
    people = {p for p, _, _ in attendee_set(extract_text(ref, tmp_path, body, published))}
    assert bush in people and not {"George H. W. Bush", "George W. Bush"} - {bush} & people


def test_a_leader_out_of_office_that_day_gets_no_country_from_the_old_office(ref, tmp_path):
    out = extract_text(ref, tmp_path, _BODY, "2005-07-07")
    assert not {a for a in attendee_set(out) if a[0] == "Margaret Thatcher" and a[1] == "United Kingdom"}
