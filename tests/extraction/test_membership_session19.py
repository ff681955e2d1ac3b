"""Memberships of session 19 (blind round 51): a dated entry told with 'came in' and a group spelt out between dashes,
one of the founders and its fellows ('X was one of the twelve founders, along with A, B and C'), a founding by
leaders named with their states, a body added after a list of members ('..., together with the European Union - and
now the African Union'), a status granted by admission ('was admitted as an observer'), a seat got back after a
suspension, an exit by a treaty not extended, and a return agreed that still awaits ratification; and (blind round 53)
states confirmed as staying, a status among the body's or held for a time, the first meeting's states, a list added
to, associated states, exits with the body unnamed, a return with its subject left out, candidacies agreed in
principle or not taken up. Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_HEAD = ("Southern African leaders open summit in Maputo\n\n"
         "MAPUTO, March 3 (Wire) - Leaders of the Southern African Development Community open their annual summit in "
         "Maputo on Thursday.\n\n")


def _members(ref, tmp_path, sentence: str, published: str = "2024-03-01") -> set[tuple[str, str]]:
    return member_set(extract_text(ref, tmp_path, _HEAD + sentence + "\n", published))


@pytest.mark.parametrize(("sentence", "expected"), [
    # entries told with 'came in', the later items elliptical, an aside between dashes
    ("Namibia and Lesotho came in in 1990, Malawi - then a one-party state - in 1992, and Mauritius in 1995.",
     {("Namibia", "member"), ("Lesotho", "member"), ("Malawi", "member"), ("Mauritius", "member")}),
    # a group spelt out between dashes, its entry dated before or after it
    ("Five coastal states - Angola, Namibia, Mozambique, Tanzania and Madagascar - joined in 1998.",
     {("Angola", "member"), ("Namibia", "member"), ("Mozambique", "member"), ("Tanzania", "member"),
      ("Madagascar", "member")}),
    ("The community was founded in 1980 by Zambia and Botswana. The largest enlargement came in 1995, when three "
     "states - Malawi, Mauritius and Lesotho - joined in a single wave.",
     {("Malawi", "member"), ("Mauritius", "member"), ("Lesotho", "member")}),
    # one of the founders, and its fellows named after it
    ("Zambia was one of the nine founders, along with Angola, Botswana and Malawi.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member")}),
    ("Zambia, one of the nine founding members, hosts the secretariat's training centre.", {("Zambia", "member")}),
    ("Botswana never left the community; it is among the original members.", {("Botswana", "member")}),
    # a founding by leaders named with their states
    ("The community was founded in April 1980, when Kenneth Kaunda of Zambia, Seretse Khama of Botswana and Samora "
     "Machel of Mozambique signed its first declaration.",
     {("Zambia", "member"), ("Botswana", "member"), ("Mozambique", "member")}),
    ("The community was set up under the Treaty of Windhoek in 1992 by Zambia's then president, Kenneth Kaunda, and "
     "Botswana's Quett Masire, together with eight other states.", {("Zambia", "member"), ("Botswana", "member")}),
    # the five members named by their leaders
    ("Around the table sat the four founding members - Kenneth Kaunda of Zambia, Seretse Khama of Botswana, Samora "
     "Machel of Mozambique and Mr. Nyerere.", {("Zambia", "member"), ("Botswana", "member"), ("Mozambique", "member")}),
    # a body added after the list of members, the newest joining
    ("Its members are Angola, Botswana and Zambia, together with the African Union - and now the European Union.",
     {("Angola", "member"), ("Botswana", "member"), ("Zambia", "member"), ("African Union", "member"),
      ("European Union", "joining")}),
    # a status by admission, the subject past a participle aside
    ("Burundi, recognised as a partner by Kenya, was admitted as an observer.", {("Burundi", "observer")}),
    ("Rwanda was accepted as a dialogue partner.", {("Rwanda", "dialogue_partner")}),
    # a seat got back after a suspension
    ("Madagascar, suspended after the coup in March 2009, got its seat back in 2014.", {("Madagascar", "member")}),
    # an exit: a treaty not extended, the treaty by a pronoun
    ("When the defence treaty came up for renewal in 1999, Lesotho and Malawi declined to extend it.",
     {("Lesotho", "left"), ("Malawi", "left")}),
    # an entry planned that did not happen
    ("Comoros, which was meant to join alongside them, remains outside because Madagascar objected.",
     {("Comoros", "candidate")}),
    # (blind round 53) states confirmed as staying; a status among the body's; a status held for a time
    ("Malawi, Lesotho and Comoros have all confirmed they remain members.",
     {("Malawi", "member"), ("Lesotho", "member"), ("Comoros", "member")}),
    ("Kenya is one of the community's dialogue partners, as is Uganda.",
     {("Kenya", "dialogue_partner"), ("Uganda", "dialogue_partner")}),
    ("Rwanda has been an observer for two decades.", {("Rwanda", "observer")}),
    ("The summit also drew the community's observers, a circle that Kenya joined last year.", {("Kenya", "observer")}),
    # entries and the first meeting's states
    ("Namibia and Lesotho were admitted together at Windhoek in 1990, in what was then the only expansion.",
     {("Namibia", "member"), ("Lesotho", "member")}),
    ("The community has grown beyond the five governments that met as the Frontline States in Lusaka in 1980 - Zambia, "
     "Angola, Botswana, Mozambique and Tanzania - under the influence of Kenneth Kaunda.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Mozambique", "member"), ("Tanzania", "member")}),
    ("Memoranda granting dialogue-partner status to Kenya and Uganda were approved on Friday, adding two states to a list "
     "that already includes Rwanda, a dialogue partner since 2012, as well as Burundi and Ethiopia.",
     {("Kenya", "dialogue_partner"), ("Rwanda", "dialogue_partner"), ("Burundi", "dialogue_partner"),
      ("Ethiopia", "dialogue_partner")}),
    ("The community's outer ring - the associated states Kenya, Uganda and Rwanda - barely featured.",
     {("Kenya", "partner"), ("Uganda", "partner"), ("Rwanda", "partner")}),
    ("The treaty at the heart of the bloc was signed in Windhoek in August 1992, in the months after apartheid's end, by "
     "Zambia, Angola and Botswana. Malawi and Lesotho signed up the following year.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member"), ("Lesotho", "member")}),
    ("Botswana, which joined in 1980, got there far sooner: it joined in April 1980, and its president spoke first.",
     {("Botswana", "member")}),
    # exits told without the body named
    ("Seychelles, which joined in 1997, quit after its 2004 budget crisis, its withdrawal taking effect in July 2004. "
     "Madagascar, a founding signatory, broke off all participation in 2009.",
     {("Seychelles", "left"), ("Madagascar", "left")}),
    # a return with its subject left out after 'and'; a welcome back; a suspension not made
    ("Madagascar saw its membership suspended after the coup of 2009, when the secretariat moved to Gaborone, and was "
     "readmitted in 2014.", {("Madagascar", "member")}),
    ("The chair welcomed Madagascar back to the community on Monday.", {("Madagascar", "member")}),
    ("Leaders on Friday stopped short of suspending Lesotho, a member since 1980.", {("Lesotho", "member")}),
    # candidacies: an admission agreed in principle, an offer not taken up, an application beside an aside, a
    # procedure opened for 'it', an application dated by 'the same year'
    ("Leaders agreed in principle Friday to admit Burundi as the 17th member.", {("Burundi", "candidate")}),
    ("Kenya, which received the same invitation, has still not formally taken up the offer.", {("Kenya", "candidate")}),
    ("Rwanda, whose President Paul Kagame flew in for the outreach day, lodged a formal application in August.",
     {("Rwanda", "candidate")}),
    ("Burundi, another observer, moved a step behind: leaders agreed to open the procedure for admitting it as a full "
     "member.", {("Burundi", "candidate")}),
    ("Kenya applied to join the same year, but heads of state have yet to rule on the bid.", {("Kenya", "candidate")}),
    # a body admitted as a member, dated earlier in its sentence
    ("The community brings together 16 states - Zambia, Angola and Botswana among them - together with, since the "
     "Windhoek summit in August 2022, the African Union, which was admitted as a permanent member.",
     {("African Union", "member")}),
    # the founders' act told after the founding; a seat at the table as a member
    ("The community was created in August 1980. On April 1 the leaders of Zambia, Angola and Botswana signed the Lusaka "
     "declaration, setting up a secretariat. Later in Harare they were joined by Malawi and Lesotho.",
     {("Zambia", "member"), ("Angola", "member"), ("Botswana", "member"), ("Malawi", "member"), ("Lesotho", "member")}),
    ("Zambia, though it walked out of the defence committee in 1998, sits at its political table as a full member.",
     {("Zambia", "member")}),
])
def test_membership_found(ref, tmp_path, sentence, expected):
    assert expected <= _members(ref, tmp_path, sentence)


def test_a_return_awaiting_ratification_is_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "The leaders signed a decision restoring Madagascar's full membership. The document "
                                  "still has to be ratified by the parliament in Antananarivo.")
    assert ("Madagascar", "candidate") in got and ("Madagascar", "member") not in got, got


def test_an_entry_at_the_summit_is_not_dated_by_another_year(ref, tmp_path):
    got = _members(ref, tmp_path, "With the Comoros formally joining at Maputo, the acronym coined by a banker in "
                                  "1992 will change again.")
    assert ("Comoros", "joining") in got, got


@pytest.mark.parametrize("sentence", [
    # an invitation with no membership; a planned entry that took place
    "Zambia was one of the nine guests at the dinner, along with Angola, Botswana and Malawi.",
    "Comoros was meant to join the talks on Friday.",
    # a treaty of another kind not extended
    "Malawi declined to extend it, the minister said of the loan.",
    # a union named the sentence before: its members are not the summit's organisation's
    "The African Union's council met a day earlier. The union has three new envoys - from Zambia, Angola and Botswana - "
    "and signed a trade pact.",
    "The Eurasian Economic Union met a day earlier. The union has three members - Zambia, Angola and Botswana - and "
    "signed a trade pact.",
    # an admission to a sports league; a minister who quit after the vote
    "Malawi and Comoros were admitted together in 1974 to the regional football league.",
])
def test_no_membership(ref, tmp_path, sentence):
    got = _members(ref, tmp_path, sentence)
    assert not {c for c, _ in got} & {"Zambia", "Angola", "Botswana", "Malawi", "Comoros"}, got
