"""Round 27 (helper m): founders beside a founding act, shared statuses, entries on a set day (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


SCO = "The SCO summit opened in Bishkek on Thursday."
NATO = "The NATO summit opened in Madrid on Tuesday."
AU = "The African Union summit opened in Kigali on Sunday."
ASEAN = "The ASEAN summit opened in Vientiane on Monday."


@pytest.mark.parametrize("body", [
    "Portugal, one of the founding states of the alliance in 1949 along with Norway and Denmark, hosted a dinner.",
    "Portugal, one of the 12 nations that established the alliance along with Norway and Denmark, hosted a dinner.",
    "Portugal was one of the founding members of the alliance, alongside Norway and Denmark.",
    "Portugal co-founded NATO together with Norway and Denmark.",
])
def test_founders_beside_along_with(ref, tmp_path, body):
    got = _members(ref, tmp_path, NATO, body, "2022-06-28")
    assert {("Portugal", "member"), ("Norway", "member"), ("Denmark", "member")} <= got


def test_founding_something_else_along_with_gives_nothing(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Portugal founded a fishing research institute along with Norway and Denmark.",
                   "2022-06-28")
    assert not {c for c, _ in got} & {"Portugal", "Norway", "Denmark"}


@pytest.mark.parametrize("body", [
    "In 1996 the presidents of Mongolia, Laos and Nepal signed a charter establishing the SCO.",
    "The leaders of Mongolia, Laos and Nepal signed a joint declaration on the creation of the SCO in 1996.",
    "The Shanghai Cooperation Organisation was proclaimed in 1996 by the heads of state of Mongolia, Laos and Nepal.",
])
def test_signatories_of_a_founding_act(ref, tmp_path, body):
    got = _members(ref, tmp_path, SCO, body, "2019-06-14")
    assert {("Mongolia", "member"), ("Laos", "member"), ("Nepal", "member")} <= got


def test_signatories_of_another_act_are_no_founders(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "The presidents of Mongolia, Laos and Nepal signed a trade deal in Bishkek.", "2019-06-14")
    assert not {c for c, s in got if s == "member"} & {"Mongolia", "Laos", "Nepal"}


@pytest.mark.parametrize("body, status", [
    ("Gabon remains suspended from the union, as do Niger and Chad.", "suspended"),
    ("Gabon was suspended by the AU in 2023, as were Niger and Chad.", "suspended"),
])
def test_a_status_shared_by_as_do(ref, tmp_path, body, status):
    got = _members(ref, tmp_path, AU, body, "2024-02-17")
    assert {("Gabon", status), ("Niger", status), ("Chad", status)} <= got


def test_as_do_without_a_status_gives_nothing(ref, tmp_path):
    got = _members(ref, tmp_path, AU, "Gabon wants more trade with Europe, as do Niger and Chad.", "2024-02-17")
    assert not {c for c, _ in got} & {"Niger", "Chad"}


@pytest.mark.parametrize("body", [
    "Laos and Nepal will become full members from 1 March 2025, the chair said.",
    "Laos and Nepal will become members on January 1, officials said.",
    "Laos and Nepal will become full members as of next year.",
])
def test_an_entry_on_a_set_day_is_a_joining(ref, tmp_path, body):
    got = _members(ref, tmp_path, SCO, body, "2024-07-04")
    assert {("Laos", "joining"), ("Nepal", "joining")} <= got
    assert not {c for c, s in got if s == "candidate"}


def test_an_entry_without_a_day_stays_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "Laos and Nepal will become members one day, the chair said.", "2024-07-04")
    assert ("Laos", "candidate") in got and ("Laos", "joining") not in got


@pytest.mark.parametrize("body", [
    "Chile, Peru and Uruguay became the first South American states to join NATO in 2009.",
    "In 2009 Chile and Peru became the first Pacific nations to join the alliance.",
])
def test_the_first_to_join_in_an_earlier_year(ref, tmp_path, body):
    got = _members(ref, tmp_path, NATO, body, "2022-06-28")
    assert {("Chile", "member"), ("Peru", "member")} <= got


def test_an_eventual_membership_sought(ref, tmp_path):
    got = _members(ref, tmp_path, ASEAN, "Bhutan said it would seek eventual membership of the bloc.", "2023-09-05")
    assert ("Bhutan", "candidate") in got


def test_as_were_after_a_relative_clause_does_not_take_its_status(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Chile and Peru, which are partners of the alliance, were left off the guest list, "
                   "as were Bolivia and Ecuador.", "2022-06-28")
    assert not {c for c, _ in got} & {"Bolivia", "Ecuador"}


@pytest.mark.parametrize("body", [
    "The alliance grew to 30 members in 2009 with the admission of two Andean states: Chile and Peru.",
    "NATO expanded in 2009 through the accession of Chile and Peru.",
])
def test_an_enlargement_by_the_admission_of_a_list(ref, tmp_path, body):
    got = _members(ref, tmp_path, NATO, body, "2022-06-28")
    assert {("Chile", "member"), ("Peru", "member")} <= got


def test_an_admission_without_an_enlargement_gives_nothing(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Talks stalled in 2009 after the admission of Chile to the WTO was delayed.", "2022-06-28")
    assert ("Chile", "member") not in got


@pytest.mark.parametrize("body", [
    "Eritrea, which became independent in 1993, is its youngest member.",
    "Eritrea remains the union's most populous member.",
])
def test_a_superlative_member(ref, tmp_path, body):
    assert ("Eritrea", "member") in _members(ref, tmp_path, AU, body, "2013-05-25")


def test_a_superlative_member_of_something_else(ref, tmp_path):
    got = _members(ref, tmp_path, AU, "Eritrea's envoy said the minister is the union's youngest member of staff.", "2013-05-25")
    assert ("Eritrea", "member") not in got


@pytest.mark.parametrize("body, status", [
    ("Chile and Peru, the other two countries in NATO's Membership Action Plan, are seen as less ready.", "candidate"),
    ("Chile and Peru, the three states in the accession process, sent envoys.", "candidate"),
    ("President of Chile Gabriel Boric and President of Peru Dina Boluarte, the heads of NATO observer states, spoke.", "observer"),
])
def test_an_appositive_naming_the_states_status(ref, tmp_path, body, status):
    got = _members(ref, tmp_path, NATO, body, "2022-06-28")
    assert {("Chile", status), ("Peru", status)} <= got


def test_an_appositive_of_other_states_gives_nothing(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Chile and Peru, the heads of state of which met on Monday, signed a deal.", "2022-06-28")
    assert not {c for c, _ in got} & {"Chile", "Peru"}


@pytest.mark.parametrize("body", [
    "The G20 brings together 19 countries, the European Union and, since the Delhi summit, the African Union.",
    "The grouping comprises 19 states, the European Union and the African Union.",
])
def test_bodies_named_beside_counted_states(ref, tmp_path, body):
    opening = "The G20 summit opened in Rome on Tuesday."
    got = _members(ref, tmp_path, opening, body, "2024-11-20")
    assert {("European Union", "member"), ("African Union", "member")} <= got


def test_a_gapped_second_entry_shares_the_status(ref, tmp_path):
    opening = "The EAEU summit opened in Moscow on Friday."
    got = _members(ref, tmp_path, opening, "Mongolia became a full member of the Union on March 3, 2016, and Laos on "
                   "June 9, 2017.", "2024-12-26")
    assert {("Mongolia", "member"), ("Laos", "member")} <= got
    got = _members(ref, tmp_path, opening, "Mongolia became a full member of the Union on March 3, 2016, and its "
                   "president visited Laos in 2017.", "2024-12-26")
    assert ("Laos", "member") not in got


def test_a_states_own_council_joining_is_no_membership(ref, tmp_path):
    opening = "The CSTO summit opened in Minsk on Friday."
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} Mr Ivanov, a former deputy of Armenia's Security Council, "
                       "also joined.\n", "2020-12-01")
    assert not {m["country"] for m in out["members"]} & {"United Nations Security Council"}


def test_a_generic_noun_after_another_named_body_is_not_the_summits(ref, tmp_path):
    opening = "The EAEU summit opened in Moscow on Friday."
    got = _members(ref, tmp_path, opening, "In February Armenia froze its participation in the CSTO, citing the bloc's "
                   "failure to help.", "2024-12-26")
    assert ("Armenia", "suspended") not in got


BRICS = "The BRICS summit opened in Johannesburg on Thursday."


def test_an_application_with_no_object(ref, tmp_path):
    got = _members(ref, tmp_path, BRICS, "Among those left out was Nepal, which had applied and lobbied hard. Peru, whose "
                   "President Dina Boluarte attended the outreach session, had also applied.", "2023-08-24")
    assert {("Nepal", "candidate"), ("Peru", "candidate")} <= got
    got = _members(ref, tmp_path, BRICS, "Chile said the same rule had applied.", "2023-08-24")
    assert ("Chile", "candidate") not in got


def test_an_application_for_the_named_organisations_membership(ref, tmp_path):
    got = _members(ref, tmp_path, ASEAN, "Bhutan, which formally applied for ASEAN membership in May, must wait.", "2023-09-05")
    assert ("Bhutan", "candidate") in got
    got = _members(ref, tmp_path, ASEAN, "Bhutan, which applied for full EU membership in May, must wait.", "2023-09-05")
    assert ("Bhutan", "candidate") not in got


def test_an_undecided_bid_is_no_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, BRICS, "Nepal's premier said his country was weighing whether to seek membership.", "2023-08-24")
    assert ("Nepal", "candidate") not in got
    got = _members(ref, tmp_path, BRICS, "Nepal said it would seek membership next year.", "2023-08-24")
    assert ("Nepal", "candidate") in got


def test_an_exit_by_walking_out_of_a_named_body(ref, tmp_path):
    got = _members(ref, tmp_path, AU, "Eritrea, which walked out of the OAU in 1984 when Chad was admitted, stays outside.",
                   "2013-05-25")
    assert ("Eritrea", "left") in got
    got = _members(ref, tmp_path, AU, "Kenya walked out of the Peace and Security Council meeting.", "2013-05-25")
    assert ("Kenya", "left") not in got


@pytest.mark.parametrize("body", [
    "Georgia's new president has made membership in NATO and the European Union a long-term goal.",
    "Georgia has made accession its top priority.",
])
def test_membership_made_a_goal_is_a_candidacy(ref, tmp_path, body):
    assert ("Georgia", "candidate") in _members(ref, tmp_path, NATO, body, "2005-02-22")


def test_another_goal_is_no_candidacy(ref, tmp_path):
    assert not _members(ref, tmp_path, NATO, "Georgia has made the fight against corruption a priority.", "2005-02-22")


def test_a_leader_making_membership_a_goal_names_his_state(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "The allies met Georgian President Mikheil Saakashvili. Saakashvili, who won a "
                   "rerun vote last year, has made membership in NATO a long-term goal.", "2005-02-22")
    assert ("Georgia", "candidate") in got
