"""Round 33 (M2): membership forms of the second wave, on small invented articles (published 27 November 2024 unless
a case says otherwise).

A member list ending in an organisation belongs to the summit's body; a dashed list after a named group; a capital
holding a status; dated entries read against the eight-month line; an act undone 'only to' suspend; bids, paths to
membership, invitations to join; partners 'including' a leader; backers that are allies; a state drawn 'into its
deliberations'.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_LEDE = {
    "G20": "Leaders of the Group of 20 meet in Lisbon on Friday for a two-day summit.",
    "G8": "Leaders of the Group of Eight met in Lisbon on Saturday for their annual summit.",
    "NATO": "NATO leaders met in Lisbon on Wednesday for a two-day summit.",
    "OIC": "Leaders of the Organisation of Islamic Cooperation met in Lisbon on Wednesday for a two-day summit.",
    "EAEU": "Leaders of the Eurasian Economic Union met in Lisbon on Wednesday for a summit.",
    "SCO": "Leaders of the Shanghai Cooperation Organisation met in Lisbon on Wednesday for a two-day summit.",
    "CSTO": "Leaders of the Collective Security Treaty Organisation met in Lisbon on Wednesday for a summit.",
    "ASEAN": "ASEAN leaders met in Lisbon on Wednesday for a two-day summit.",
}


def _members(ref, tmp_path, org: str, text: str, published: str = "2024-11-27") -> set[tuple]:
    body = "Summit news\n\nLISBON (Tagus Wire) - " + _LEDE[org] + "\n\n" + text + "\n"
    return member_set(extract_text(ref, tmp_path, body, published))


# --- a member list that ends in an organisation belongs to the summit's body, the organisation a member of it ----------

def test_a_list_ending_in_the_union_is_the_summits(ref, tmp_path):
    got = _members(ref, tmp_path, "G20", "The club grew out of a finance ministers' forum. Its members are Argentina, "
                   "Brazil, Canada, China, India, Mexico, Turkey, Britain, the United States and the European Union.")
    assert {("Argentina", "member"), ("Turkey", "member"), ("United Kingdom", "member"),
            ("European Union", "member")} <= got


def test_member_countries_including_the_union(ref, tmp_path):  # a guard: read before, kept by the list-target change
    got = _members(ref, tmp_path, "G20", "The group's members include Japan, Italy, Germany, France and the European Union.")
    assert {("Japan", "member"), ("Italy", "member"), ("European Union", "member")} <= got


# --- a dashed list after a named group, typed with two hyphens -----------------------------------------------------

def test_a_double_hyphen_list_after_the_group(ref, tmp_path):
    got = _members(ref, tmp_path, "G8", "The Group of Eight -- Canada, Japan, Germany, Britain, France, Italy, Russia and "
                   "the United States -- pledged more aid to Africa.")
    assert {("Canada", "member"), ("Japan", "member"), ("United Kingdom", "member"), ("Russia", "member")} <= got


def test_a_double_hyphen_aside_without_a_group_gives_nothing(ref, tmp_path):
    got = _members(ref, tmp_path, "G8", "Three visitors -- Mexico, Brazil and Egypt -- were invited to the outreach lunch.")
    assert not {("Mexico", "member"), ("Brazil", "member"), ("Egypt", "member")} & got


# --- a state drawn into a group's own councils is a member ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The club formally brought Russia into its deliberations as a full participant five years ago.",
    "The leaders took Russia into their political discussions in the mid-1990s.",
])
def test_brought_into_its_deliberations(ref, tmp_path, text):
    assert ("Russia", "member") in _members(ref, tmp_path, "G8", text)


@pytest.mark.parametrize("text", [
    "The minister took Russia into account when drafting the text.",
    "The convoy brought Russia's envoy into the hall.",
])
def test_into_account_or_a_hall_is_no_membership(ref, tmp_path, text):
    assert ("Russia", "member") not in _members(ref, tmp_path, "G8", text)


# --- a capital holding a status stands for its state -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("But Moscow, which has observer status at the organisation, opposes the plan.", ("Russia", "observer")),
    ("Bangkok, which holds observer status, sent a junior minister.", ("Thailand", "observer")),
])
def test_a_capital_with_observer_status(ref, tmp_path, text, want):
    assert want in _members(ref, tmp_path, "OIC", text)


def test_the_status_is_not_given_to_the_state_before_the_capital(ref, tmp_path):
    got = _members(ref, tmp_path, "OIC", "Mali and other members are weighing recognition, but Moscow, which has observer "
                   "status at the OIC, strongly opposes it.")
    assert ("Russia", "observer") in got and ("Mali", "observer") not in got


def test_a_capital_as_a_venue_has_no_status(ref, tmp_path):
    got = _members(ref, tmp_path, "OIC", "Ministers met in Moscow, which hosted a conference on trade last year.")
    assert ("Russia", "observer") not in got


# --- dated entries: eight months or more before publication is a membership ------------------------------------------

def test_a_dayed_entry_without_a_year_is_read_in_the_past(ref, tmp_path):
    got = _members(ref, tmp_path, "EAEU", "Armenia joined the union on January 2.", "2015-12-21")
    assert ("Armenia", "member") in got and ("Armenia", "joining") not in got


def test_a_recent_dayed_entry_is_still_joining(ref, tmp_path):
    assert ("Armenia", "joining") in _members(ref, tmp_path, "EAEU", "Armenia joined the union on December 2.", "2015-12-21")


def test_a_full_fledged_member_since_a_recent_month(ref, tmp_path):
    got = _members(ref, tmp_path, "EAEU", "Kyrgyzstan became a full-fledged member in August.", "2015-12-21")
    assert ("Kyrgyzstan", "joining") in got


def test_two_entries_in_one_sentence(ref, tmp_path):
    got = _members(ref, tmp_path, "EAEU", "Armenia joined the union on January 2, while Kyrgyzstan became a full-fledged "
                   "member in August.", "2015-12-21")
    assert {("Armenia", "member"), ("Kyrgyzstan", "joining")} <= got


def test_a_month_entry_early_in_the_year_is_member_by_december(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Serbia joined the alliance in February.", "2015-12-21")
    assert ("Serbia", "member") in got and ("Serbia", "joining") not in got


@pytest.mark.parametrize(("text", "status"), [
    ("Leaders meet for the first summit since India and Pakistan were admitted as full members a year ago.", "member"),
    ("Leaders meet for the first summit since India and Pakistan were admitted as full members two years ago.", "member"),
    # a guard: a recent entry stays joining
    ("Leaders meet for the first summit since India and Pakistan were admitted as full members three months ago.", "joining"),
])
def test_an_entry_counted_back_from_publication(ref, tmp_path, text, status):
    assert ("India", status) in _members(ref, tmp_path, "SCO", text, "2018-06-07")


# --- an act undone 'only to' suspend or leave ----------------------------------------------------------------------

def test_rejoined_only_to_suspend_again(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Azerbaijan left the treaty in 1999, along with Uzbekistan, which rejoined in 2006 "
                   "only to suspend its membership again in 2012.")
    assert ("Uzbekistan", "suspended") in got and ("Uzbekistan", "member") not in got


def test_joined_only_to_walk_out(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Georgia, which joined in 1994 only to walk out of the pact five years later, "
                   "sent no one.")
    assert ("Georgia", "left") in got


def test_only_to_suspend_talks_is_no_suspension(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO", "Armenia, which rejoined the talks in May only to suspend talks with Baku in June, "
                   "sent its premier.")
    assert ("Armenia", "suspended") not in got


# --- candidacies: a bid held up, a path to membership, an invitation to join, a bid to become a member ---------------

@pytest.mark.parametrize(("text", "country"), [
    ("Moldova's bid hangs on a deal with Romania.", "Moldova"),
    ("Kosovo's bid was blocked by Serbia last year.", "Kosovo"),
    ("Bosnia's accession bid is on the agenda.", "Bosnia and Herzegovina"),  # a guard: the older 'applied' rule reads it
])
def test_a_bid_held_up(ref, tmp_path, text, country):
    assert (country, "candidate") in _members(ref, tmp_path, "NATO", text)


@pytest.mark.parametrize("text", [
    "Turkey's bid to host the next summit was blocked by France.",
    "Turkey's bid for a seat on the council is unlikely to succeed.",
])
def test_a_bid_for_something_else_is_no_candidacy(ref, tmp_path, text):
    assert ("Turkey", "candidate") not in _members(ref, tmp_path, "NATO", text)


def test_set_on_the_path_to_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Leaders will decide whether to set Moldova and Armenia on the path to membership.")
    assert {("Moldova", "candidate"), ("Armenia", "candidate")} <= got


def test_a_path_to_a_trade_deal_is_no_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "The ministers set Moldova on the path to a free trade deal.")
    assert ("Moldova", "candidate") not in got


def test_expected_to_invite_to_join(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "The summit is also expected to invite Serbia and Bosnia to join the alliance.")
    assert {("Serbia", "candidate"), ("Bosnia and Herzegovina", "candidate")} <= got


def test_invite_to_dinner_is_no_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "The host will invite Serbia's president to dinner on Thursday.")
    assert ("Serbia", "candidate") not in got


def test_the_countrys_bid_to_become_the_blocs_next_member(ref, tmp_path):
    got = _members(ref, tmp_path, "ASEAN", "Myanmar Foreign Minister Aung Kyaw is in town for talks with ministers on the "
                   "country's bid to become ASEAN's 11th member; Naypyidaw applied in 2011.")
    assert ("Myanmar", "candidate") in got and ("Myanmar", "member") not in got


def test_set_to_become_a_member_once_ratified_is_joining(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Finland, which is set to become the 31st member of the alliance once all allies "
                   "have ratified its accession, sent its president.")
    assert ("Finland", "joining") in got and ("Finland", "candidate") not in got


def test_set_to_become_a_member_without_a_ratification_stays_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Finland, which is set to become the 31st member of the alliance, sent its president.")
    assert ("Finland", "joining") not in got


# --- partners 'including' a leader, allies backing allies --------------------------------------------------------

def test_partner_nations_contributing_troops_including_a_leader(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Leaders of the allies and of partner nations contributing troops, including "
                   "Japanese Prime Minister Fumio Kishida, will meet on Thursday.")
    assert ("Japan", "partner") in got


def test_partner_nations_then_a_later_clause(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "Partner nations contributing troops will attend, and officials including "
                   "Japanese Prime Minister Fumio Kishida praised the plan.")
    assert ("Japan", "partner") not in got


def test_backed_by_several_smaller_allies(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "But Spain and Portugal, backed by Greece, Italy and several smaller allies, argue "
                   "that the plan is premature.")
    assert {("Spain", "member"), ("Portugal", "member"), ("Italy", "member")} <= got


def test_backed_by_a_superpower_is_no_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO", "But Moldova, backed by Romania and several European donors, argues that the plan "
                   "is premature.")
    assert ("Moldova", "member") not in got


# --- a relative clause granting a status to the list before it -------------------------------------------------------

def test_which_were_approved_as_dialogue_partners(ref, tmp_path):
    got = _members(ref, tmp_path, "SCO", "Kuwait, Oman and Jordan, which were approved as dialogue partners last year, will "
                   "formally take up that status.")
    assert {("Kuwait", "dialogue_partner"), ("Oman", "dialogue_partner"), ("Jordan", "dialogue_partner")} <= got


def test_which_was_accepted_as_an_observer(ref, tmp_path):
    assert ("Laos", "observer") in _members(ref, tmp_path, "SCO", "Laos, which was accepted as an observer in 2019, sent a "
                                            "minister.")


def test_a_plan_approved_as_a_draft_gives_no_status(ref, tmp_path):
    got = _members(ref, tmp_path, "SCO", "The plan, which was approved as a draft, names Laos.")
    assert not {m for m in got if m[0] == "Laos"}


@pytest.mark.parametrize(("text", "published"), [
    ("Serbia will become a full member of the alliance on January 1.", "2015-12-21"),
    ("Serbia is set to become the 31st member of the alliance on June 5, when its papers are deposited.", "2015-05-25"),
])
def test_a_coming_entry_day_stays_ahead(ref, tmp_path, text, published):
    assert ("Serbia", "member") not in _members(ref, tmp_path, "NATO", text, published)
