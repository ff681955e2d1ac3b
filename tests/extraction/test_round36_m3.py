"""Round 36 (M3): membership read from clause shapes (pipeline/membership_clauses.py), on small invented articles."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_NATO = ("Allies meet in Rome\n\n"
         "ROME, Nov 27 (Tiber Wire) - NATO leaders on Wednesday opened a two-day summit in Rome with a pledge on air "
         "defence.\n\n")
_BRICS = ("Bloc meets in Kazan\n\n"
          "KAZAN, Nov 27 (Volga Wire) - BRICS leaders on Wednesday opened a three-day summit in Kazan on trade in "
          "national currencies.\n\n")
_G20 = ("Leaders gather in Rome\n\n"
        "ROME, Nov 27 (Tiber Wire) - G20 leaders on Wednesday opened a two-day summit in Rome on debt relief.\n\n")
_CSTO = ("Treaty states meet in Moscow\n\n"
         "MOSCOW, Nov 27 (Volga Wire) - Leaders of the Collective Security Treaty Organisation on Wednesday opened a "
         "summit in Moscow on border security.\n\n")


def _members(ref, tmp_path, head: str, body: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, head + body + "\n"))


# --- another body's roster gives no membership of the summit's ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Later on Wednesday, leaders of the Group of Seven - among them Biden, French President Emmanuel Macron, German "
    "Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida - signed a pledge on Kyiv's reconstruction.",
    "On the sidelines, leaders of the G7, including Biden, French President Emmanuel Macron and German Chancellor "
    "Olaf Scholz, met over dinner.",
])
def test_another_bodys_leaders_give_no_membership(ref, tmp_path, body):
    assert not {c for c, st in _members(ref, tmp_path, _NATO, body) if st == "member"} & {
        "France", "Germany", "Japan", "United States"}


# --- a range list running on past an aside ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "member"), [
    ("Its members range from the United States and China to Saudi Arabia, the only Gulf state in the group, as well "
     "as Argentina and Mexico.", "Argentina"),
    ("Its members range from Japan and Germany to Indonesia, the largest Muslim-majority state in the group, as well "
     "as Turkey and South Africa.", "South Africa"),
    ("Its members range from Canada to Brazil, the largest economy of its region, plus Mexico and Argentina.", "Mexico"),
])
def test_a_range_list_runs_on_past_an_aside(ref, tmp_path, body, member):
    assert (member, "member") in _members(ref, tmp_path, _G20, body)


# --- exits from the body named by a common noun ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "left"), [
    ("Armenia, Belarus and Georgia joined it in 1993. In 1999, Azerbaijan, Georgia and Uzbekistan did not sign the "
     "protocol on its extension and left the collective security system.", {"Azerbaijan", "Georgia", "Uzbekistan"}),
    ("Azerbaijan and Uzbekistan did not renew their signatures and walked out of the security bloc in 1999.",
     {"Azerbaijan", "Uzbekistan"}),
    ("In 1999 Georgia and Azerbaijan let the protocol lapse and left the security system.", {"Georgia", "Azerbaijan"}),
])
def test_an_exit_from_the_system_is_a_departure(ref, tmp_path, body, left):
    assert {(c, "left") for c in left} <= _members(ref, tmp_path, _CSTO, body)


@pytest.mark.parametrize("body", [
    # the body left is a named other one
    "Morocco quit the Organisation of African Unity in 1984 in protest.",
    # a delegation leaving a hall
    "The Georgian delegation left the conference hall early.",
])
def test_an_exit_from_something_else_is_no_departure(ref, tmp_path, body):
    assert not {x for x in _members(ref, tmp_path, _CSTO, body) if x[1] == "left"}


# --- a state's bid ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "head", "state"), [
    ("Hungary has yet to ratify Sweden's bid, officials said.", _NATO, "Sweden"),
    ("Turkey has held up Georgia's bid for months, pending a vote on accession.", _NATO, "Georgia"),
    ("Diplomats said Brazil had vetoed Venezuela's bid as applicants queued for admission.", _BRICS, "Venezuela"),
    ("The bloc froze admissions last year. Diplomats said Brazil had blocked Caracas's bid over the disputed vote.",
     _BRICS, "Venezuela"),
])
def test_a_states_bid_in_membership_talk_is_a_candidacy(ref, tmp_path, body, head, state):
    assert (state, "candidate") in _members(ref, tmp_path, head, body)


@pytest.mark.parametrize(("body", "state"), [
    # no talk of membership around a bare bid
    ("Ministers rallied support for Kenya's bid at their meeting on Tuesday.", "Kenya"),
    # a bid to host
    ("Members are expected to back Italy's bid to host the 2027 summit, an official said.", "Italy"),
    # a bid for an office
    ("Members discussed Ghana's bid for the presidency of the assembly.", "Ghana"),
])
def test_a_bid_for_something_else_is_no_candidacy(ref, tmp_path, body, state):
    assert (state, "candidate") not in _members(ref, tmp_path, _BRICS, body)


# --- a body pressing for the seat after a sentence on membership --------------------------------------------------------

def test_a_body_pressing_for_the_seat_is_a_candidate(ref, tmp_path):
    body = ("India wrote to fellow leaders proposing that the African Union be given permanent membership of the group. "
            "The AU has been pressing for the seat for years.")
    assert ("African Union", "candidate") in _members(ref, tmp_path, _G20, body)


def test_a_state_lobbying_for_membership_is_a_candidate(ref, tmp_path):
    body = "Summit hosts talked trade all day. Nigeria has been lobbying for full membership since 2023."
    assert ("Nigeria", "candidate") in _members(ref, tmp_path, _G20, body)


@pytest.mark.parametrize("body", [
    # a third party's proposal alone
    "India has also proposed that the African Union be made a permanent member of the group, a move backed by Biden.",
    # a seat with no membership talk before
    "Leaders admired the new hall. The AU has been pressing for the seat for years.",
    # a seat on another body
    "The AU has been pressing for a seat on the UN Security Council.",
])
def test_a_proposal_or_other_seat_makes_no_candidate(ref, tmp_path, body):
    assert ("African Union", "candidate") not in _members(ref, tmp_path, _G20, body)


# --- an invitation still being weighed ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "state"), [
    ("Officials in Moscow list the kingdom among the members, but Riyadh has never formally confirmed it has "
     "accepted.", "Saudi Arabia"),
    ("Saudi officials describe the country as still considering the invitation.", "Saudi Arabia"),
    ("Argentina has yet to accept the invitation, officials said.", "Argentina"),
    ("Thailand is still weighing the offer, its foreign ministry said.", "Thailand"),
])
def test_an_invitation_still_weighed_is_a_candidacy(ref, tmp_path, body, state):
    assert (state, "candidate") in _members(ref, tmp_path, _BRICS, body)


@pytest.mark.parametrize("body", [
    # weighing something other than an invitation
    "Saudi officials are still considering the cost of the new pipeline.",
    # accepted
    "Egypt confirmed it has accepted and took its seat in January.",
])
def test_no_weighing_no_candidacy(ref, tmp_path, body):
    assert not {x for x in _members(ref, tmp_path, _BRICS, body) if x[1] == "candidate"}


# --- a bare 'applied in August' -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "state"), [
    ("Azerbaijan applied in August and was not on the list.", "Azerbaijan"),
    ("Bolivia applied earlier this year and awaits an answer.", "Bolivia"),
    ("Pakistan has applied this year, officials said.", "Pakistan"),
])
def test_a_bare_application_is_a_candidacy(ref, tmp_path, body, state):
    assert (state, "candidate") in _members(ref, tmp_path, _BRICS, body)


@pytest.mark.parametrize("body", [
    "Turkey applied pressure on the bloc in August.",
    "The same rule applied in August to Egypt.",
    "Rules on visas for Malaysia applied in the past, officials said.",
])
def test_an_applied_with_an_object_is_no_candidacy(ref, tmp_path, body):
    assert not {x for x in _members(ref, tmp_path, _BRICS, body) if x[1] == "candidate"}


# --- a counted list that then held its first summit ----------------------------------------------------------------------

def test_a_counted_list_that_held_the_first_summit_are_members(ref, tmp_path):
    body = ("The name was coined in 2001 to describe four large emerging economies: Brazil, Russia, India and China. "
            "The four held their first summit in 2009.")
    out = _members(ref, tmp_path, _BRICS, body)
    assert {("Brazil", "member"), ("Russia", "member"), ("India", "member"), ("China", "member")} <= out


def test_a_counted_list_that_founded_the_bloc_are_members(ref, tmp_path):
    body = "Three neighbours signed the first pact: Brazil, Argentina and Chile. The three founded the bloc in 1991."
    out = _members(ref, tmp_path, _BRICS, body)
    assert {("Brazil", "member"), ("Argentina", "member"), ("Chile", "member")} <= out


@pytest.mark.parametrize("body", [
    # the count is not the list's length
    "Analysts often compare Brazil, Russia, India and China. The three held their first summit in 2009.",
    # the act is no founding
    "Analysts often compare Brazil, Russia, India and China. The four disagree on trade.",
])
def test_a_count_that_does_not_fit_gives_no_members(ref, tmp_path, body):
    assert ("Brazil", "member") not in _members(ref, tmp_path, _BRICS, body)


# --- allies by apposition ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "state"), [
    ("Hungary, the only other ally that has yet to ratify the protocol, said it would not hold out.", "Hungary"),
    ("Slovakia, the only ally still to ratify the deal, voted on Tuesday.", "Slovakia"),
    ("Several eastern allies, including Poland and Estonia, pressed for stronger wording.", "Poland"),
    ("Several eastern allies, including Poland and Estonia, pressed for stronger wording.", "Estonia"),
    ("Nordic allies such as Norway and Denmark backed the plan.", "Norway"),
])
def test_an_ally_by_apposition_is_a_member(ref, tmp_path, body, state):
    assert (state, "member") in _members(ref, tmp_path, _NATO, body)


@pytest.mark.parametrize(("body", "state"), [
    ("The host invited several non-member states, among them Spain and Singapore.", "Singapore"),
    ("Partner countries, including Japan and Australia, sent ministers.", "Japan"),
    ("Sweden, the only candidate still waiting, hopes for news.", "Sweden"),
])
def test_non_allies_by_apposition_are_no_members(ref, tmp_path, body, state):
    assert (state, "member") not in _members(ref, tmp_path, _NATO, body)


# --- a named partner tier answers an earlier application ---------------------------------------------------------------

def test_a_partner_named_after_applying_is_a_partner_only(ref, tmp_path):
    body = ("Officials named eight partner countries: Algeria, Belarus, Bolivia, Cuba, Malaysia, Nigeria, Thailand and "
            "Turkey. Turkey, which submitted a formal application for full membership in September, wants more.")
    out = _members(ref, tmp_path, _BRICS, body)
    assert ("Turkey", "partner") in out and ("Turkey", "candidate") not in out
