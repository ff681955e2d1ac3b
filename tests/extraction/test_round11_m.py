"""Round 11's membership rules (helper m), each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, body: str, published: str = "2024-11-27") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, body, published))


def test_states_that_are_observers_as_a_predicate(ref, tmp_path):
    got = _members(ref, tmp_path, "ASEAN meets\n\nThe ASEAN summit opened in Vientiane on Tuesday. Papua New Guinea "
                   "and Timor-Leste remain observers, and Laos holds the chair.\n", "2024-10-08")
    assert {("Papua New Guinea", "observer"), ("East Timor", "observer")} <= got
    got = _members(ref, tmp_path, "CSTO meets\n\nThe CSTO summit opened in Astana on Monday. Serbia, Afghanistan and "
                   "Mongolia were observers, while Iran was a guest.\n", "2024-11-25")
    assert {("Serbia", "observer"), ("Afghanistan", "observer"), ("Mongolia", "observer")} <= got


def test_observers_of_a_vote_are_no_observer_states(ref, tmp_path):
    got = _members(ref, tmp_path, "ASEAN meets\n\nThe ASEAN summit opened in Vientiane on Tuesday. Norway and Japan "
                   "were observers at the elections in Cambodia last year.\n", "2024-10-08")
    assert not {m for m in got if m[0] in ("Norway", "Japan")}


def test_becoming_an_observer_and_being_granted_the_status(ref, tmp_path):
    got = _members(ref, tmp_path, "EAEU meets\n\nThe Eurasian Economic Union summit opens in Minsk on Friday. "
                   "Uzbekistan became an observer state in 2020. Leaders will give Cuba and Iran the status of an "
                   "observer at the meeting.\n", "2024-11-27")
    assert {("Uzbekistan", "observer"), ("Cuba", "observer"), ("Iran", "observer")} <= got
    got = _members(ref, tmp_path, "SCO meets\n\nThe SCO summit was held in Astana on Thursday. The leaders granted "
                   "Laos and Bahrain dialogue partner status.\n", "2024-07-05")
    assert {("Laos", "dialogue_partner"), ("Bahrain", "dialogue_partner")} <= got


def test_a_founding_treaty_signed_by_the_presidents(ref, tmp_path):
    got = _members(ref, tmp_path, "CSTO meets\n\nThe CSTO summit opens in Yerevan on Monday. The Charter establishing "
                   "the Collective Security Treaty Organization was signed in Chisinau on 7 October 2002 by the "
                   "presidents of Armenia, Belarus and Tajikistan.\n", "2024-11-25")
    assert {("Armenia", "member"), ("Belarus", "member"), ("Tajikistan", "member")} <= got


def test_acceded_and_gapped_accession_dates(ref, tmp_path):
    got = _members(ref, tmp_path, "EU summit\n\nThe EU summit opens in Brussels on Thursday. Bulgaria acceded on "
                   "1 January 2007 and Croatia in July of the following year.\n", "2024-06-26")
    assert {("Bulgaria", "member"), ("Croatia", "member")} <= got
    got = _members(ref, tmp_path, "EU summit\n\nThe EU summit opens in Brussels on Thursday. Malta acceded in 2004, "
                   "Romania in 2007.\n", "2024-06-26")
    assert {("Malta", "member"), ("Romania", "member")} <= got


def test_acceding_to_a_demand_or_an_unknown_treaty_is_no_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "EU summit\n\nThe EU summit opens in Brussels on Thursday. Poland acceded to the "
                   "demands of its farmers, and Serbia acceded to the Kyoto Protocol long ago.\n", "2024-06-26")
    assert not {m for m in got if m[0] in ("Poland", "Serbia")}


def test_a_lifted_suspension_readmits_and_beats_the_older_suspension(ref, tmp_path):
    got = _members(ref, tmp_path, "ECOWAS meets\n\nThe ECOWAS summit opened in Abuja on Sunday. Guinea was suspended "
                   "from the bloc last October. The mediation council lifted the suspension on 2 March, after Guinea "
                   "held a referendum. The lifting of Mali's suspension is still debated, and Niger is the only member "
                   "still suspended. Leaders could lift Chad's suspension next year.\n", "2024-07-07")
    assert ("Guinea", "member") in got and ("Niger", "suspended") in got
    # Mali's suspension, whose lifting is debated, stands (the reference agrees); nothing of Chad, nor Mali a member
    assert not {m for m in got if m[0] == "Chad" or m == ("Mali", "member")}


def test_to_suspend_a_states_participation(ref, tmp_path):
    got = _members(ref, tmp_path, "Mercosur meets\n\nThe Mercosur summit opened in Asunción on Monday. The founders "
                   "voted in 2016 to suspend Venezuela's participation in the bloc.\n", "2024-07-08")
    assert ("Venezuela", "suspended") in got


def test_membership_bids_and_aspirants_are_candidates(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO meets\n\nThe NATO summit opens in Washington on Tuesday. Ukraine, the former "
                   "Yugoslav Republic of Macedonia and Georgia await news on their membership applications.\n",
                   "2024-07-08")
    assert {("Ukraine", "candidate"), ("North Macedonia", "candidate"), ("Georgia", "candidate")} <= got
    got = _members(ref, tmp_path, "NATO meets\n\nThe NATO summit opens in Washington on Tuesday. The aspirant "
                   "countries, Bosnia and Herzegovina and Moldova, will send ministers.\n", "2024-07-08")
    assert {("Bosnia and Herzegovina", "candidate"), ("Moldova", "candidate")} <= got


def test_readmitted_to_an_unknown_body_is_no_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "Mercosur meets\n\nThe Mercosur summit opened in Asunción on Monday. Bolivia, which "
                   "was readmitted to the Andean Tariff Council last year, sent its foreign minister.\n", "2024-07-08")
    assert not {m for m in got if m[0] == "Bolivia"}


def test_a_counted_appositive_of_founding_members_and_a_list_plus_one(ref, tmp_path):
    got = _members(ref, tmp_path, "Mercosur meets\n\nThe Mercosur summit opened in Asunción on Monday. Argentina, "
                   "Brazil, Paraguay and Uruguay, the four founding members, signed a statement.\n", "2024-07-08")
    assert {("Argentina", "member"), ("Brazil", "member"), ("Paraguay", "member"), ("Uruguay", "member")} <= got
    got = _members(ref, tmp_path, "G20 meets\n\nThe G20 summit opens in Rio de Janeiro on Monday. The G20 comprises "
                   "Mexico, Japan and Canada, plus the African Union, among others.\n", "2024-11-17")
    assert {("Mexico", "member"), ("Japan", "member"), ("Canada", "member"), ("African Union", "member")} <= got


def test_suspending_an_activity_is_no_suspended_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "Mercosur meets\n\nThe Mercosur summit opened in Asunción on Monday. Brazil threatened "
                   "to suspend talks with Chile. Ministers suspended aid to Haiti. Bolivia was suspended in 2019.\n",
                   "2024-07-08")
    assert not {m for m in got if m[0] in ("Brazil", "Chile", "Haiti")}
    assert ("Bolivia", "suspended") in got
