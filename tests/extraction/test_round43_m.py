"""Round 43 (M): membership told by a founding summit's signatories, a numbered group's roll, applicants, approved
exits, offers recast as partnerships, a state seated only as an observer, and a few false statuses.

Each family on small invented articles (published Wednesday 27 November 2024 unless a test says otherwise), with
near misses that must give nothing (or not the status read).
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, body: str, published: str = "2024-11-27") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, body, published))


_SADC = ("Southern leaders found a bloc\n\nGABORONE, Nov 27 (Kalahari Wire) - Southern African Development Community "
         "leaders met in Gaborone on Wednesday for a summit that gave the bloc its founding charter.\n\n")
_SADC_PLAIN = ("Southern leaders meet\n\nGABORONE, Nov 27 (Kalahari Wire) - Southern African Development Community "
               "leaders met in Gaborone on Wednesday for their annual summit.\n\n")
_CIS = ("Post-Soviet leaders meet\n\nMINSK, Nov 27 (Steppe Wire) - Leaders of the Commonwealth of Independent States "
        "opened their summit in Minsk on Wednesday.\n\n")
_G7 = ("Rich nations meet\n\nROME, Nov 27 (Tiber Wire) - G7 leaders opened their summit in Rome on Wednesday.\n\n")
_G20 = ("Big economies meet\n\nRIO DE JANEIRO, Nov 27 (Guanabara Wire) - G20 leaders opened their summit in Rio de "
        "Janeiro on Wednesday.\n\n")
_BRICS = ("Emerging powers meet\n\nKAZAN, Nov 27 (Volga Wire) - BRICS leaders opened their summit in Kazan on "
          "Wednesday.\n\n")
_ECOWAS = ("West African leaders meet\n\nABUJA, Nov 27 (Niger Wire) - ECOWAS leaders opened their summit in Abuja on "
           "Wednesday.\n\n")
_GCC = ("Gulf leaders meet\n\nKUWAIT CITY, Nov 27 (Dune Wire) - Gulf Cooperation Council leaders opened their summit "
        "in Kuwait City on Wednesday.\n\n")
_ASEAN = ("Southeast Asian leaders meet\n\nVIENTIANE, Nov 27 (Mekong Wire) - ASEAN leaders opened their summit in "
          "Vientiane on Wednesday.\n\n")


# --- the signatories of a founding act at the founding summit --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The signatories are Zambia, Malawi and Botswana. They become the founder members of the new organisation.",
    "The signatories were Zambia, Malawi and Botswana, who are now its founding members.",
    "The founding charter was signed by the heads of three independent states: Zambia, Malawi and Botswana.",
    "Zambia, Malawi and Botswana signed the founding charter on Wednesday evening.",
    "The first three states -- Zambia, Malawi and Botswana -- signed, and became co-founders of the bloc.",
])
def test_signatories_at_a_founding_summit_are_members(ref, tmp_path, line):
    got = _members(ref, tmp_path, _SADC + line + "\n")
    assert {("Zambia", "member"), ("Malawi", "member"), ("Botswana", "member")} <= got


def test_signatories_named_by_their_leaders_are_members(ref, tmp_path):
    line = ("The signatories were Zambian President Hakainde Hichilema; Malawi's Lazarus Chakwera; and President "
            "Duma Boko of Botswana. They are the founder members of the bloc.")
    got = _members(ref, tmp_path, _SADC + line + "\n")
    assert {("Zambia", "member"), ("Malawi", "member"), ("Botswana", "member")} <= got


@pytest.mark.parametrize("line", [
    # a trade accord signed at an ordinary summit: no founding near, no membership from the signing
    "The signatories of the trade accord were Zambia, Malawi and Botswana.",
    "Zambia, Malawi and Botswana signed a protocol on cross-border electricity trade.",
])
def test_signatories_without_a_founding_give_no_membership(ref, tmp_path, line):
    got = _members(ref, tmp_path, _SADC_PLAIN + line + "\n")
    assert not {("Zambia", "member"), ("Malawi", "member"), ("Botswana", "member")} & got


def test_states_signing_another_deal_at_a_founding_summit_are_not_read_as_signatories(ref, tmp_path):
    line = ("The charter makes them the founder members of the bloc. On the sidelines, Angola and Namibia signed a "
            "bilateral water deal.")
    got = _members(ref, tmp_path, _SADC + line + "\n")
    assert not {("Angola", "member"), ("Namibia", "member")} & got


def test_a_state_that_did_not_sign_is_no_signatory(ref, tmp_path):
    line = "Angola did not sign, though the founding charter remains open to it."
    assert ("Angola", "member") not in _members(ref, tmp_path, _SADC + line + "\n")


# --- joining the founders; holding the first summit -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "A month later, in Tashkent, Armenia, Moldova and Tajikistan joined the three founders.",
    "Armenia, Moldova and Tajikistan then joined the original members.",
    "Armenia, Moldova and Tajikistan later joined the founding states.",
])
def test_states_that_joined_the_founders_are_members(ref, tmp_path, line):
    got = _members(ref, tmp_path, _CIS + line + "\n")
    assert {("Armenia", "member"), ("Moldova", "member"), ("Tajikistan", "member")} <= got


@pytest.mark.parametrize("line", [
    "Brazil, Russia, India and China held the first summit of leaders in 2009.",
    "Brazil, Russia, India and China had held the group's first summit in Yekaterinburg.",
    "Brazil, Russia, India and China convened the inaugural summit in 2009.",
])
def test_states_that_held_the_first_summit_are_members(ref, tmp_path, line):
    got = _members(ref, tmp_path, _BRICS + line + "\n")
    assert {("Brazil", "member"), ("Russia", "member"), ("India", "member"), ("China", "member")} <= got


def test_states_holding_their_own_first_summit_are_no_founders(ref, tmp_path):
    line = "Nigeria and Kenya held their first summit on energy in 2019."
    got = _members(ref, tmp_path, _BRICS + line + "\n")
    assert not {("Nigeria", "member"), ("Kenya", "member")} & got


def test_one_host_of_a_first_summit_is_no_founder_list(ref, tmp_path):
    line = "Egypt hosted the first summit of the African energy forum in 2009."
    assert ("Egypt", "member") not in _members(ref, tmp_path, _BRICS + line + "\n")


# --- a numbered group's roll, and the nth member ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The seven -- Japan, Italy, France, Germany, Britain, Canada and the United States -- have met every year since 1975.",
    "The seven (Japan, Italy, France, Germany, Britain, Canada and the United States) meet again next year.",
    "The 7 -- Japan, Italy, France, Germany, Britain, Canada and the United States -- agreed on a statement.",
])
def test_a_numbered_groups_roll_names_its_members(ref, tmp_path, line):
    got = _members(ref, tmp_path, _G7 + line + "\n")
    assert {("Japan", "member"), ("Italy", "member"), ("Canada", "member"), ("United States", "member")} <= got


@pytest.mark.parametrize("line", [
    # the number is the group's, but the states are its guests
    "The seven -- Brazil, India, Mexico, Chile, Kenya, Egypt and Vietnam -- were invited to the outreach session.",
    # the count does not match the list
    "The seven -- Japan, Italy and France -- issued a note.",
])
def test_a_roll_with_another_number_gives_no_members(ref, tmp_path, line):
    got = _members(ref, tmp_path, _G7 + line + "\n")
    assert not {("Japan", "member"), ("Italy", "member"), ("Brazil", "member"), ("Kenya", "member")} & got


@pytest.mark.parametrize("line", [
    "The twentieth member is not a country at all but the African Union, which took its seat last year.",
    "The last member is the African Union, admitted as a bloc.",
    "Its final member is not a state but the African Union.",
])
def test_the_nth_member_is_a_member(ref, tmp_path, line):
    assert ("African Union", "member") in _members(ref, tmp_path, _G20 + line + "\n")


def test_the_nth_member_of_a_chain_is_no_status(ref, tmp_path):
    line = "The twentieth member of staff was hired in March."
    assert not _members(ref, tmp_path, _G20 + line + "\n")


# --- applicants ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Among those that applied but were not invited this time are Nigeria, Kazakhstan and Thailand, officials said.",
    "Among the states that have applied are Nigeria, Kazakhstan and Thailand.",
    "Nigeria, Kazakhstan and Thailand have also applied to join, officials said.",
    "Nigeria, Kazakhstan and Thailand have formally applied.",
])
def test_applicants_are_candidates(ref, tmp_path, line):
    got = _members(ref, tmp_path, _BRICS + line + "\n")
    assert {("Nigeria", "candidate"), ("Kazakhstan", "candidate"), ("Thailand", "candidate")} <= got


@pytest.mark.parametrize("line", [
    "Among those that applied and were admitted are Nigeria, Kazakhstan and Thailand.",
    "Nigeria, Kazakhstan and Thailand have applied new tariffs on steel.",
    # a body the reference does not know
    "Nigeria, Kazakhstan and Thailand have also applied to join the Equatorial Grain Compact.",
])
def test_applications_decided_or_of_another_kind_are_no_candidacy(ref, tmp_path, line):
    got = _members(ref, tmp_path, _BRICS + line + "\n")
    assert not {("Nigeria", "candidate"), ("Kazakhstan", "candidate"), ("Thailand", "candidate")} & got


# --- an approved exit ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The leaders on Wednesday approved the departure of Guinea, Liberia and Togo from the regional bloc.",
    "The summit accepted the withdrawal of Guinea, Liberia and Togo, which takes effect in January.",
    "Heads of state endorsed the exit of Guinea, Liberia and Togo after a year of talks.",
])
def test_an_approved_exit_is_left(ref, tmp_path, line):
    got = _members(ref, tmp_path, _ECOWAS + line + " The three had been suspended after coups in 2021 and 2022.\n")
    assert {("Guinea", "left"), ("Liberia", "left"), ("Togo", "left")} <= got


def test_an_exit_approved_of_troops_is_no_membership(ref, tmp_path):
    line = "The leaders approved the withdrawal of troops from Guinea-Bissau by March."
    assert ("Guinea-Bissau", "left") not in _members(ref, tmp_path, _ECOWAS + line + "\n")


# --- an offer recast as a partnership; a state that only sent an observer ------------------------------------------------

@pytest.mark.parametrize("line", [
    "In 2011 the council invited Iraq and Yemen to open talks on membership; the offer was later recast as a "
    "strategic partnership with both.",
    "The council offered Iraq and Yemen full membership in 2011, but the offer was turned into a partnership a year later.",
    "Leaders invited Iraq and Yemen to seek accession; that offer was converted into an association with the two states.",
])
def test_a_membership_offer_recast_as_a_partnership_is_partner(ref, tmp_path, line):
    got = _members(ref, tmp_path, _GCC + line + "\n")
    assert {("Iraq", "partner"), ("Yemen", "partner")} <= got
    assert not {("Iraq", "candidate"), ("Yemen", "candidate")} & got


def test_a_partnership_without_a_membership_offer_is_no_status(ref, tmp_path):
    line = "The council invited Iraq and Yemen to a trade fair, later recast as a strategic partnership forum."
    assert not {("Iraq", "partner"), ("Yemen", "partner")} & _members(ref, tmp_path, _GCC + line + "\n")


@pytest.mark.parametrize("line", [
    "Georgia did not sign, and Georgia was represented only by an observer.",
    "Georgia was represented by an observer at the talks.",
    "Georgia sent only an observer.",
])
def test_a_state_seated_only_as_observer_is_observer(ref, tmp_path, line):
    assert ("Georgia", "observer") in _members(ref, tmp_path, _CIS + line + "\n")


def test_an_observer_sent_to_elections_is_no_status(ref, tmp_path):
    line = "Georgia sent only an observer to the elections in Moldova."
    assert ("Georgia", "observer") not in _members(ref, tmp_path, _CIS + line + "\n")


def test_an_observer_that_might_be_sent_is_no_status(ref, tmp_path):
    line = "Asked whether Georgia would send an observer, a spokesman said the question was closed."
    assert ("Georgia", "observer") not in _members(ref, tmp_path, _CIS + line + "\n")


# --- aspirants named through their leaders -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Invited to the meeting were the President of Tajikistan and the President of Uzbekistan, whose countries are "
    "preparing to join the union.",
    "Also present were the leaders of Tajikistan and Uzbekistan, whose countries are seeking to join the bloc.",
])
def test_leaders_whose_countries_prepare_to_join_are_candidates(ref, tmp_path, line):
    lede = ("Eurasian leaders meet\n\nASTANA, Nov 27 (Steppe Wire) - Leaders of the Eurasian Economic Union opened "
            "their summit in Astana on Wednesday.\n\n")
    got = _members(ref, tmp_path, lede + line + "\n")
    assert {("Tajikistan", "candidate"), ("Uzbekistan", "candidate")} <= got


def test_an_intention_to_become_a_member_is_candidacy_not_joining(ref, tmp_path):
    lede = ("Eurasian leaders meet\n\nASTANA, Nov 27 (Steppe Wire) - Leaders of the Eurasian Economic Union opened "
            "their summit in Astana on Wednesday.\n\n")
    line = "Tajikistan's president said Dushanbe intended to become a full member of the union once it is launched."
    got = _members(ref, tmp_path, lede + line + "\n")
    assert ("Tajikistan", "joining") not in got


# --- false statuses: a presidency of another body's council; a membership asked before the bloc existed -----------------

@pytest.mark.parametrize("line", [
    "Also at the table will be Belgium's prime minister, whose country holds the rotating presidency of the European "
    "Union's Council of Ministers.",
    "Portugal, which holds the rotating presidency of the European Community's Council of Ministers, sent its premier.",
])
def test_a_presidency_of_another_bodys_council_is_no_membership_here(ref, tmp_path, line):
    got = _members(ref, tmp_path, _G7 + line + "\n")
    assert not {("Belgium", "member"), ("Portugal", "member")} & got


@pytest.mark.parametrize("line", [
    "Neither was Bhutan, which had asked about membership before the association was launched.",
    "Nepal, which had inquired about membership before the bloc was founded, stayed away.",
])
def test_a_membership_asked_before_the_bloc_existed_is_no_candidacy(ref, tmp_path, line):
    got = _members(ref, tmp_path, _ASEAN + line + "\n")
    assert not {("Bhutan", "candidate"), ("Nepal", "candidate")} & got


def test_a_state_brought_in_the_next_year_of_the_story_is_member(ref, tmp_path):
    line = ("The club was born in 1975 at Rambouillet. Canada was left out of that first session and was brought in "
            "the next year, at Puerto Rico.")
    got = _members(ref, tmp_path, _G7 + line + "\n", published="1987-06-05")
    assert ("Canada", "member") in got and ("Canada", "joining") not in got
