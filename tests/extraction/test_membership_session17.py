"""Memberships told in an organisation's history (session 17): founders named as such, entries told without the word
'join', tiers held since a year, returns and exits, admissions at the summit. Small invented articles (no sentence of
any corpus); the facts in them are made up for the rule's sake."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, host_city, member_set

_HEAD = ("Southern African leaders open summit in Maputo\n\n"
         "MAPUTO, March 3 (Wire) - Leaders of the Southern African Development Community open their annual summit in "
         "Maputo on Thursday.\n\n")
_FOUNDED = "The bloc was founded in 1980 by Angola and Zambia. "


def _members(ref, tmp_path, sentence: str) -> set[tuple[str, str]]:
    return member_set(extract_text(ref, tmp_path, _HEAD + sentence + "\n", "2024-03-01"))


@pytest.mark.parametrize(("sentence", "expected"), [
    # founders named as such, after the list or before it
    ("Lesotho, Malawi and Botswana were the community's three founders.",
     {("Lesotho", "member"), ("Malawi", "member"), ("Botswana", "member")}),
    ("Lesotho, Malawi and Botswana therefore count as the founders.",
     {("Lesotho", "member"), ("Malawi", "member"), ("Botswana", "member")}),
    ("Its three founders - Lesotho, Malawi and Botswana - have long set its course.",
     {("Lesotho", "member"), ("Malawi", "member"), ("Botswana", "member")}),
    ("It began with four founding participants: Lesotho, Malawi, Botswana and Tanzania.",
     {("Lesotho", "member"), ("Malawi", "member"), ("Botswana", "member"), ("Tanzania", "member")}),
    # entries told without the word 'join', continuing a history
    (_FOUNDED + "Namibia, Lesotho and Malawi - the last under a new flag - came aboard together in 1992.",
     {("Namibia", "member"), ("Lesotho", "member"), ("Malawi", "member")}),
    (_FOUNDED + "Namibia came in days after its independence in 1990.", {("Namibia", "member")}),
    (_FOUNDED + "Malawi, delayed by talks in Lilongwe, became the tenth in 1993.", {("Malawi", "member")}),
    (_FOUNDED + "It grew to 16 states, as varied as Seychelles, which signed up in 1997, and Comoros, which followed "
     "twenty years later.", {("Seychelles", "member"), ("Comoros", "member")}),
    (_FOUNDED + "Mauritius, admitted in 1995, remains the smallest.", {("Mauritius", "member")}),
    (_FOUNDED + "Mozambique, which has a long coast, was allowed in in 1992 as a reward.", {("Mozambique", "member")}),
    (_FOUNDED + "Namibia joined upon its independence in 1990; South Africa took its place in 1994.",
     {("Namibia", "member"), ("South Africa", "member")}),
    # tiers held since a year, with elliptical followers; a tier shared by 'and so is'
    ("Kenya and Uganda have been associated states since 2001, Ethiopia since 2005.",
     {("Kenya", "partner"), ("Uganda", "partner"), ("Ethiopia", "partner")}),
    ("Somalia follows the bloc's work as an observer.", {("Somalia", "observer")}),
    ("Kenya and Uganda are observers, and so is Rwanda.", {("Kenya", "observer"), ("Uganda", "observer"), ("Rwanda", "observer")}),
    ("Outside the membership sit a handful of observers - among them Kenya, Uganda and Rwanda.",
     {("Kenya", "observer"), ("Uganda", "observer"), ("Rwanda", "observer")}),
    ("In 2006 leaders made Kenya and Uganda associate members.", {("Kenya", "partner"), ("Uganda", "partner")}),
    # returns and exits
    ("Zimbabwe was suspended in 2001 and brought back in 2004.", {("Zimbabwe", "member")}),
    ("Malawi lost its seat in 1990 and was restored in 1994.", {("Malawi", "member")}),
    ("Lesotho left in 1991 rather than face sanctions and came back in 1995.", {("Lesotho", "member")}),
    ("Madagascar was restored to full membership only when civilian rule returned in 2014.", {("Madagascar", "member")}),
    ("Zambia withdrew in December 2003 and has not returned.", {("Zambia", "left")}),
    # an undated entry told before a dated exit came first
    ("Seychelles, which was admitted at the same Blantyre summit, withdrew from the Community with effect from July 2004.",
     {("Seychelles", "left")}),
    # admissions at this summit, and candidacies
    ("On Thursday the leaders formally admitted Comoros as the sixteenth member of their bloc.", {("Comoros", "joining")}),
    ("Comoros will be formally incorporated as a full member at a special meeting on March 31.", {("Comoros", "joining")}),
    ("Officials have recommended that Kenya, Uganda and Rwanda be invited to join the community.",
     {("Kenya", "candidate"), ("Uganda", "candidate"), ("Rwanda", "candidate")}),
    ("Kenya has asked to join, and so have Uganda and Burundi.",
     {("Kenya", "candidate"), ("Uganda", "candidate"), ("Burundi", "candidate")}),
])
def test_a_membership_told_in_the_history(ref, tmp_path, sentence, expected):
    got = _members(ref, tmp_path, sentence)
    assert expected <= got, got


def test_an_admission_whose_accession_treaty_is_still_to_be_signed_is_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "On Thursday the leaders admitted Comoros as the sixteenth member of their bloc. "
                                  "Its president is expected to sign the treaty of accession next month, after which "
                                  "parliament must ratify it.")
    assert ("Comoros", "candidate") in got and ("Comoros", "joining") not in got, got


@pytest.mark.parametrize(("sentence", "state"), [
    ("Angola and Zambia were two of the founders of NATO, the paper claimed.", "Angola"),
    ("Angola and Zambia were the founders of the rebel movement.", "Angola"),
    (_FOUNDED + "Kenya, which signed a trade deal in 1996, remains outside.", "Kenya"),
    ("Kenya's envoy came back in 1995 to press the case.", "Kenya"),  # a return with no exit before it
    ("Kenya's president was restored in 1995 after the coup.", "Kenya"),
    ("Kenya has been a trading partner since 2001.", "Kenya"),
])
def test_no_membership_of_the_summit_s_bloc(ref, tmp_path, sentence, state):
    got = _members(ref, tmp_path, sentence)
    assert state not in {c for c, _ in got}, got


_APEC = ("Pacific Rim leaders gather as the crisis deepens\n\n{head}\n\n"
         "{lede} When the leaders of the Asia-Pacific Economic Cooperation forum sit down for their summit on Tuesday, "
         "the crisis will dominate the two-day meeting. Officials in Canberra said Australia would press for a deal, and Ottawa "
         "agreed. Hotels across Townsville are full.\n")


@pytest.mark.parametrize(("head", "lede"), [
    ("By Jane Roe\nTOWNSVILLE", ""),  # a dateline on a line of its own
    ("Jane Roe, Townsville\nNovember 20, 1997", ""),  # a byline that ends in its writer's place
    ("By Jane Roe", "The seating plan at the Townsville Convention Centre was drawn up with care."),  # a hall named for its town
])
def test_an_unlisted_host_town_is_read_from_the_head_of_the_story(ref, tmp_path, head, lede):
    assert host_city(ref, tmp_path, _APEC.format(head=head, lede=lede), "1997-11-20") == "Townsville"


# a head above a lede that names only Manila, through a weak cue ('will leave for Manila ... to attend')
_MANILA = ("Leaders head to the Pacific Rim summit\n\n{head}\n\nThe prime minister will leave for Manila on Wednesday to "
           "attend the summit of the Asia-Pacific Economic Cooperation forum{tail}\n")


def test_a_desk_s_byline_is_the_outlet_s_office_not_the_venue(ref, tmp_path):
    body = _MANILA.format(head="By Special Correspondent, Canberra", tail=", where the crisis will dominate the two-day meeting.")
    assert host_city(ref, tmp_path, body, "1996-11-20") == "Manila"


def test_another_body_s_meeting_held_on_the_summit_s_sidelines_keeps_the_visitor_at_the_summit(ref, tmp_path):
    body = ("African Union leaders meet in Kigali\n\n"
            "KIGALI (Wire) -- African Union leaders ended their summit in Kigali on Monday.\n\n"
            "UN Secretary-General Antonio Guterres was in Kigali at the weekend on the sidelines of the summit, where he "
            "addressed an extraordinary IGAD summit on Sudan and met several leaders.\n")
    out = extract_text(ref, tmp_path, body, "2024-07-15")
    assert ("António Guterres", "attended") in {(a["person"], a["status"]) for a in out["attendees"]}, out["attendees"]


@pytest.mark.parametrize(("sentence", "absent"), [
    ("One leader who will not come is Kenya's President William Ruto.", True),
    ("The only head of state who stayed away was Kenya's President William Ruto.", True),
    ("One leader who will come is Kenya's President William Ruto.", False),
])
def test_the_absent_one_named_after_the_copula(ref, tmp_path, sentence, absent):
    body = ("African Union leaders meet in Addis Ababa\n\n"
            "ADDIS ABABA (Wire) -- African Union leaders open their annual summit in Addis Ababa on Saturday.\n\n"
            + sentence + "\n")
    out = extract_text(ref, tmp_path, body, "2024-02-14")
    assert ("William Ruto" in {a["person"] for a in out["absentees"]}) is absent, out["attendees"]


_CHOGM = ("Commonwealth leaders meet in Kampala\n\n"
          "KAMPALA (Wire) - Commonwealth leaders opened their summit in Kampala on Friday.\n\n{sentence}\n")


def test_an_organisation_s_office_in_an_appositive_puts_its_holder_under_it(ref, tmp_path):
    out = extract_text(ref, tmp_path, _CHOGM.format(sentence="The meeting was formally opened on Friday by Her Majesty "
                                                              "Queen Elizabeth II, Head of the Commonwealth."), "2007-11-24")
    got = {(a["person"], a["country"], a["status"], a["capacity"]) for a in out["attendees"]}
    assert ("Elizabeth II", "Commonwealth of Nations", "attended", "guest") in got, got


def test_a_rotating_chair_in_an_appositive_stays_under_his_state(ref, tmp_path):
    body = ("African Union leaders meet in Addis Ababa\n\n"
            "ADDIS ABABA (Wire) -- African Union leaders opened their annual summit in Addis Ababa on Saturday.\n\n"
            "The summit was opened by Moussa Faki, Chairperson of the African Union Commission, and by President Azali "
            "Assoumani of Comoros, Chairperson of the African Union.\n")
    out = extract_text(ref, tmp_path, body, "2024-02-17")
    got = {(a["person"], a["country"]) for a in out["attendees"]}
    assert ("Azali Assoumani", "Comoros") in got and ("Moussa Faki", "African Union") in got, got


def test_a_heading_word_that_is_also_a_town_is_no_dateline(ref, tmp_path):
    body = _MANILA.format(head="By Jane Roe\nREADING", tail=". Officials said the reading of the draft communique would take hours.")
    assert host_city(ref, tmp_path, body, "1996-11-20") == "Manila"
