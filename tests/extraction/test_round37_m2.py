"""Round 37 (M2): membership status changes and tiers, on small invented articles (published 27 November 2024 unless a
case says otherwise).

Exits shared by ellipsis ('at the same time as B and C') and told by a noun ('their breakaway from the bloc'); a
suspension or status told of 'It' / 'The country' of the sentence before; a withdrawal from one of the body's organs,
which leaves the state a member; a request to rejoin that supersedes the old exit; a status passed on ('and B received
it the same month') or held alone ('is formally an observer as well'); a fronted list of applicants; an invitation whose
entry day is set (joining); an entry of these months beside a membership it implies; an offer never taken up.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_LEDE = {
    "AU": "African Union leaders met in Lisbon on Wednesday for a two-day summit.",
    "ECOWAS": "Leaders of the Economic Community of West African States met in Lisbon on Wednesday for a summit.",
    "EAEU": "Leaders of the Eurasian Economic Union met in Lisbon on Wednesday for a summit.",
    "SCO": "Leaders of the Shanghai Cooperation Organisation met in Lisbon on Wednesday for a two-day summit.",
    "CSTO": "Leaders of the Collective Security Treaty Organisation met in Lisbon on Wednesday for a summit.",
    "ASEAN": "ASEAN leaders met in Lisbon on Wednesday for a two-day summit.",
    "BRICS": "BRICS leaders met in Lisbon on Wednesday for a two-day summit.",
    "NATO": "NATO leaders met in Lisbon on Wednesday for a two-day summit.",
}


def _members(ref, tmp_path, org: str, text: str, published: str = "2024-11-27") -> set[tuple]:
    body = "Summit news\n\nLISBON (Tagus Wire) - " + _LEDE[org] + "\n\n" + text + "\n"
    return member_set(extract_text(ref, tmp_path, body, published))


# --- an exit shared by ellipsis: '..., at the same time as B and C, and is not a member' ---------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Kyrgyzstan, which signed the charter in 1994, declined to extend its participation in 2002, at the same time as "
     "Armenia and Tajikistan, and is not a member of the organization.", {"Kyrgyzstan", "Armenia", "Tajikistan"}),
    ("Armenia chose not to renew its membership in 2012, at the same time as Belarus.", {"Armenia", "Belarus"}),
    ("Tajikistan quit the organization in 2010, at the same time as Armenia and Belarus, and has not returned.",
     {"Tajikistan", "Armenia", "Belarus"}),
])
def test_companions_of_an_exit(ref, tmp_path, text, want):
    got = _members(ref, tmp_path, "CSTO", text)
    assert {(c, "left") for c in want} <= got


def test_a_same_time_clause_of_something_else_names_no_companion(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Armenia declined to extend its participation in 2002, at the same time as "
                   "the elections were held in Belarus.")
    assert ("Belarus", "left") not in got


def test_a_signing_at_the_same_time_is_no_exit(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Armenia signed the charter in 1994 at the same time as Belarus.")
    assert ("Belarus", "left") not in got and ("Armenia", "left") not in got


# --- an exit told by a noun: 'formalised their breakaway from the regional bloc' -------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Leaders met a day after the military rulers of Chad, Sudan and Togo formalised their breakaway from the regional "
     "bloc.", {"Chad", "Sudan", "Togo"}),
    ("Mali and Niger completed their departure from the regional community on Saturday.", {"Mali", "Niger"}),
    ("The juntas of Chad and Togo announced their secession from the bloc last month.", {"Chad", "Togo"}),
])
def test_an_exit_noun(ref, tmp_path, text, want):
    assert {(c, "left") for c in want} <= _members(ref, tmp_path, "ECOWAS", text)


@pytest.mark.parametrize("text", [
    "Chad and Togo announced their departure from the summit venue on Saturday.",
    "Mali completed its breakaway from the ruling party's youth wing.",
])
def test_a_departure_from_a_place_or_a_party_is_no_exit(ref, tmp_path, text):
    got = _members(ref, tmp_path, "ECOWAS", text)
    assert not {s for s in got if s[1] == "left"}


# --- 'It' or 'The country' of the sentence before --------------------------------------------------------------------------

@pytest.mark.parametrize(("org", "text", "want"), [
    ("AU", "Eritrea was not represented at the summit. It has been suspended from the AU since a coup last August.",
     ("Eritrea", "suspended")),
    ("AU", "Eritrea sent no one. It remains suspended.", ("Eritrea", "suspended")),
    ("ASEAN", "Fiji sent a minister. The country has held observer status since 2022.", ("Fiji", "observer")),
    ("ASEAN", "Also present was Prime Minister Sitiveni Rabuka of Fiji. The country, which first applied to join in 2011, "
     "has since held observer status at high-level meetings.", ("Fiji", "observer")),
    # a guard: read before
    ("AU", "Eritrea remains the only African country outside the union. It walked out of the AU's predecessor, the "
     "Organisation of African Unity, in 1984 in protest.", ("Eritrea", "left")),
])
def test_a_state_of_the_sentence_before(ref, tmp_path, org, text, want):
    assert want in _members(ref, tmp_path, org, text)


@pytest.mark.parametrize("text", [
    "Eritrea sent no one. It remains to be seen whether the talks succeed.",
    # being the only state outside the union states no exit of its own (the round-34 convention)
    "Eritrea remains the only African country outside the union.",
])
def test_no_status_without_a_cue(ref, tmp_path, text):
    got = _members(ref, tmp_path, "AU", text)
    assert not {s for s in got if s[0] == "Eritrea"}


# --- a withdrawal from one of the body's organs leaves the state a member ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Spain, which pulled out of NATO's integrated military command in 1966, will not join the corps.",
    "Spain pulled out of the alliance's military structure in 1966.",
])
def test_an_organ_left_is_no_exit(ref, tmp_path, text):
    got = _members(ref, tmp_path, "NATO", text)
    assert ("Spain", "member") in got and ("Spain", "left") not in got


def test_quitting_the_command_alone_gives_no_exit(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Spain quit the integrated military command in 1966 but stayed in the alliance.")
    assert ("Spain", "left") not in got


def test_an_exit_from_the_body_itself_stays_one(ref, tmp_path):  # a guard
    assert ("Spain", "left") in _members(ref, tmp_path, "NATO", "Spain pulled out of NATO in 1966.")


# --- a request to rejoin supersedes the old exit ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The summit was the first since Eritrea formally asked in September to rejoin the organisation, which it quit in 1984.",
    "Eritrea, which quit the union in 1984, applied in July to rejoin.",
    "Eritrea has requested to rejoin the bloc it walked out of in 2009.",
])
def test_a_request_to_rejoin(ref, tmp_path, text):
    got = _members(ref, tmp_path, "AU", text)
    assert ("Eritrea", "candidate") in got and ("Eritrea", "left") not in got


def test_a_request_granted_in_the_sentence_is_a_return(ref, tmp_path):
    got = _members(ref, tmp_path, "AU", "Eritrea, which quit the union in 1984, asked in 2016 to rejoin and was readmitted "
                   "in January 2017.")
    assert ("Eritrea", "member") in got and ("Eritrea", "candidate") not in got


def test_never_asking_to_rejoin_keeps_the_exit(ref, tmp_path):
    got = _members(ref, tmp_path, "AU", "Eritrea quit the union in 1984 and has never asked to rejoin.")
    assert ("Eritrea", "left") in got and ("Eritrea", "candidate") not in got


# --- a status passed on by ellipsis, or held alone ---------------------------------------------------------------------------

@pytest.mark.parametrize(("org", "text", "status", "want"), [
    ("EAEU", "Iran was granted observer status at the union in May 2023, and Mongolia received it the same month.",
     "observer", {"Iran", "Mongolia"}),
    ("EAEU", "Laos obtained observer status in 2019, and Vietnam got it the following year.", "observer", {"Laos", "Vietnam"}),
    ("SCO", "Nepal has held dialogue partner status since 2015, and Cambodia was granted the same status in 2016.",
     "dialogue_partner", {"Nepal", "Cambodia"}),
])
def test_a_status_received_too(ref, tmp_path, org, text, status, want):
    assert {(c, status) for c in want} <= _members(ref, tmp_path, org, text)


def test_receiving_something_else_is_no_status(ref, tmp_path):
    got = _members(ref, tmp_path, "EAEU", "Iran was granted observer status in 2023, and Mongolia received its delegation "
                   "the same month.")
    assert ("Iran", "observer") in got and ("Mongolia", "observer") not in got


@pytest.mark.parametrize("text", [
    "Afghanistan is formally an observer as well, but Kabul has not been invited since 2021.",
    "Mongolia is also an observer.",
    "Iran remains an observer too, while its application is studied.",
])
def test_an_observer_status_held_alone(ref, tmp_path, text):
    got = _members(ref, tmp_path, "SCO", text)
    assert any(s == "observer" for _, s in got)


@pytest.mark.parametrize("text", [
    "Mongolia is not an observer.",
    "Mongolia is an observer at the elections in Kyrgyzstan.",
])
def test_no_observer_status(ref, tmp_path, text):
    assert ("Mongolia", "observer") not in _members(ref, tmp_path, "SCO", text)


# --- a fronted list of applicants ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Among those that have formally applied for membership are Turkey, Malaysia and Thailand.",
     {"Turkey", "Malaysia", "Thailand"}),
    ("Those that have applied to join include Chile and Kenya.", {"Chile", "Kenya"}),
    ("The applicants so far are Chile and Kenya.", {"Chile", "Kenya"}),
    ("Among the countries that have asked to join are Cuba and Bolivia.", {"Cuba", "Bolivia"}),
])
def test_fronted_applicants(ref, tmp_path, text, want):
    assert {(c, "candidate") for c in want} <= _members(ref, tmp_path, "BRICS", text)


@pytest.mark.parametrize("text", [
    "Among those at the table were Chile and Kenya.",
    "Among those that have already arrived are Chile and Kenya.",
])
def test_a_fronted_list_without_an_application(ref, tmp_path, text):
    got = _members(ref, tmp_path, "BRICS", text)
    assert ("Chile", "candidate") not in got and ("Kenya", "candidate") not in got


# --- an invitation whose entry day is set is an entry ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("The leaders announced that Chile, Peru and Kenya have been invited to become full members, with membership taking "
     "effect on 1 January 2025.", {"Chile", "Peru", "Kenya"}),
    ("Chile and Peru were invited to join the bloc, their membership taking effect from January 1.", {"Chile", "Peru"}),
])
def test_an_invitation_with_its_entry_day(ref, tmp_path, text, want):
    got = _members(ref, tmp_path, "BRICS", text)
    assert {(c, "joining") for c in want} <= got and not {(c, "candidate") for c in want} & got


def test_an_invitation_on_a_condition_stays_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "BRICS", "Chile and Peru have been invited to join the bloc, with membership taking "
                   "effect once their parliaments ratify the charter.")
    assert ("Chile", "candidate") in got and ("Chile", "joining") not in got


# --- an entry of these months beside the membership it implies ----------------------------------------------------------------

def test_a_recent_entry_outlives_its_sequel(ref, tmp_path):
    got = _members(ref, tmp_path, "SCO", "Belarus became the tenth member at the Astana summit in July this year, making "
                   "this the first meeting at which Minsk sits as a full member.", "2024-10-16")
    assert ("Belarus", "joining") in got and ("Belarus", "member") not in got


def test_an_old_entry_is_a_membership(ref, tmp_path):  # a guard: an entry 15 months back is settled
    got = _members(ref, tmp_path, "SCO", "Belarus became the tenth member in July last year.", "2024-10-16")
    assert ("Belarus", "member") in got and ("Belarus", "joining") not in got


# --- an offer never taken up ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Egypt, invited at the same time, remains the odd one out. Officials in Cairo have never publicly confirmed that the "
    "country has taken up the offer.",
    "Egypt has not yet confirmed that the country has taken up the invitation.",
])
def test_an_offer_not_taken_up(ref, tmp_path, text):
    assert ("Egypt", "candidate") in _members(ref, tmp_path, "BRICS", text)


def test_a_post_taken_up_is_no_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "BRICS", "Officials in Cairo have never publicly confirmed that the minister has taken up "
                   "the post.")
    assert ("Egypt", "candidate") not in got
