"""Round 45 (helper M45b): membership statuses (pipeline/membership_statuses.py) on small invented articles.

A tier counted or listed (between dashes, after a colon, 'counts A as observer states', 'The N are:' and one state a
line), a suspension passed on ('B followed in ...') or counted ('three of the union's members under suspension' and the
states named nearby), a suspension that ended (briefly; a seat restored), an admission agreed with its entry still ahead
(a candidacy), an explicit partner listing that answers an application, and 'left' meaning 'made' (no exit).
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

AU = ("The African Union summit opened in Addis Ababa on Saturday.", "2024-02-17")
SCO = ("The SCO summit opened in Astana on Thursday.", "2024-07-04")
ASEAN = ("The ASEAN summit opened in Vientiane on Tuesday.", "2024-10-08")
ARAB = ("The Arab League summit opened in Manama on Thursday.", "2024-05-16")
BRICS = ("The BRICS summit opened in Kazan on Tuesday.", "2024-10-22")
MERCOSUR = ("The Mercosur summit opened in Montevideo on Friday.", "2024-12-06")


def _members(ref, tmp_path, summit: tuple[str, str], body: str) -> set[tuple]:
    opening, published = summit
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def _statuses(found: set[tuple], country: str) -> set[str]:
    return {s for c, s in found if c == country}


# --- a tier counted or listed -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("summit", "body", "expected"), [
    (SCO, "The organisation also lists Mongolia, Afghanistan and Belarus as observer states.",
     {("Mongolia", "observer"), ("Afghanistan", "observer"), ("Belarus", "observer")}),
    (MERCOSUR, "The bloc counts Guyana, Suriname and Ecuador among its associated states.",
     {("Guyana", "partner"), ("Suriname", "partner"), ("Ecuador", "partner")}),
    (ARAB, "The League counts Armenia and Chad as observers as well.", {("Armenia", "observer"), ("Chad", "observer")}),
    (SCO, "Beyond the table sit the observer states — Mongolia and Afghanistan, together with Belarus — which attend "
          "without a vote.", {("Mongolia", "observer"), ("Afghanistan", "observer"), ("Belarus", "observer")}),
    (MERCOSUR, "Next to the full members stand the associate states - Chile and Peru, as well as Colombia - that share "
               "some trade preferences.", {("Chile", "partner"), ("Peru", "partner"), ("Colombia", "partner")}),
    (MERCOSUR, "Present too were its associated states: Ecuador, Guyana and Suriname.",
     {("Ecuador", "partner"), ("Guyana", "partner"), ("Suriname", "partner")}),
])
def test_a_tier_counted_or_listed(ref, tmp_path, summit, body, expected):
    assert expected <= _members(ref, tmp_path, summit, body)


@pytest.mark.parametrize(("summit", "body", "country", "status"), [
    (MERCOSUR, "The bloc counts Chile and Peru as trading partners in its talks with Europe.", "Chile", "partner"),
    (SCO, "China and its partners: Russia and Iran, pushed the plan.", "Russia", "partner"),
    (SCO, "The organisation's former observer states - Iran and Belarus - have since become full members.", "Iran",
     "observer"),
    (MERCOSUR, "The would-be associated states - Panama and Nicaragua - were left waiting.", "Panama", "partner"),
    (SCO, "The organisation counts Mongolia as a reliable neighbour.", "Mongolia", "observer"),
])
def test_no_tier_from_other_lists(ref, tmp_path, summit, body, country, status):
    assert status not in _statuses(_members(ref, tmp_path, summit, body), country)


def _bullets(ref, tmp_path, intro: str, count_line: str, items: list[str], after: str = "") -> set[tuple]:
    opening, published = BRICS
    lines = "\n".join(f"- {x}" for x in items)
    body = f"Summit\n\n{opening} {intro}\n\n{count_line}\n\n{lines}\n\n{after}\n"
    return member_set(extract_text(ref, tmp_path, body, published))


def test_a_counted_partner_list_told_one_state_a_line(ref, tmp_path):
    found = _bullets(ref, tmp_path, "Officials said the leaders had settled on four partner countries for next year.",
                     "The four are:", ["Kenya", "Ghana", "Chile", "Mongolia"])
    assert {("Kenya", "partner"), ("Ghana", "partner"), ("Chile", "partner"), ("Mongolia", "partner")} <= found


def test_a_counted_observer_list_told_one_state_a_line(ref, tmp_path):
    found = _bullets(ref, tmp_path, "The chair announced 3 new observer states.", "These three include:",
                     ["Peru", "Fiji", "Laos"])
    assert {("Peru", "observer"), ("Fiji", "observer"), ("Laos", "observer")} <= found


def test_a_counted_list_of_another_length_says_nothing(ref, tmp_path):
    found = _bullets(ref, tmp_path, "Officials said the leaders had settled on five partner countries.", "The five are:",
                     ["Kenya", "Ghana", "Chile", "Mongolia"])
    assert not {c for c, s in found if s == "partner"}


def test_a_count_of_applicants_is_no_tier(ref, tmp_path):
    found = _bullets(ref, tmp_path, "Four countries have asked to become partners.", "The four are:",
                     ["Kenya", "Ghana", "Chile", "Mongolia"])
    assert not {c for c, s in found if s == "partner"}


def test_an_explicit_partner_listing_answers_an_application(ref, tmp_path):
    found = _bullets(ref, tmp_path, "Officials said the leaders had settled on three partner countries.", "The three are:",
                     ["Kenya", "Ghana", "Chile"], "Kenya had also applied for full membership in March.")
    assert ("Kenya", "partner") in found and ("Kenya", "candidate") not in found


# --- suspensions passed on or counted ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "country"), [
    ("Gabon was suspended after the August coup, and Sudan followed in October 2021 when the army seized power.", "Sudan"),
    ("Chad was suspended in May 2021. Niger followed weeks later.", "Niger"),
    ("Guinea was suspended over the putsch; Mali quickly followed suit after its own coup.", "Mali"),
])
def test_a_suspension_passed_on(ref, tmp_path, body, country):
    assert ("suspended" in _statuses(_members(ref, tmp_path, AU, body), country))


@pytest.mark.parametrize(("body", "country"), [
    ("Gabon was suspended after the coup, and Kenya followed with a statement of concern.", "Kenya"),
    ("Gabon was suspended in 2009 and readmitted in 2010; Ghana followed in 2011 with a peaceful election.", "Ghana"),
    ("Kenya joined the mission in 2021, and Ghana followed in 2022.", "Ghana"),
])
def test_no_suspension_passed_on_without_one_just_told(ref, tmp_path, body, country):
    assert "suspended" not in _statuses(_members(ref, tmp_path, AU, body), country)


def test_a_counted_suspension_and_the_states_named_nearby(ref, tmp_path):
    body = ("Leaders meet with three of the union's 55 member states under suspension. Officials prepared the agenda. "
            "Gabon, Niger and Sudan, all run by generals since their coups, will not send delegations.")
    found = _members(ref, tmp_path, AU, body)
    assert {("Gabon", "suspended"), ("Niger", "suspended"), ("Sudan", "suspended")} <= found


def test_a_counted_suspension_with_a_list_of_another_length_says_nothing(ref, tmp_path):
    body = ("Leaders meet with three of the union's member states under suspension. "
            "Gabon and Niger, both run by soldiers, will not send delegations.")
    found = _members(ref, tmp_path, AU, body)
    assert "suspended" not in _statuses(found, "Gabon") | _statuses(found, "Niger")


# --- suspensions that ended -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("summit", "body", "country"), [
    (AU, "Madagascar was briefly suspended in 2009 over the unconstitutional change of government.", "Madagascar"),
    (ARAB, "Iraq's delegation was suspended briefly in 1990 during the Kuwait crisis.", "Iraq"),
    (AU, "Togo was suspended for a few weeks in 2005.", "Togo"),
    (ARAB, "Libya was suspended in February 2011 over the crackdown. Foreign ministers voted in August to restore its "
           "seat.", "Libya"),
    (AU, "Egypt was suspended in July 2013. The Peace and Security Council decided a year later to reinstate its "
         "membership.", "Egypt"),
])
def test_a_suspension_that_ended(ref, tmp_path, summit, body, country):
    found = _members(ref, tmp_path, summit, body)
    assert (country, "member") in found and (country, "suspended") not in found


@pytest.mark.parametrize(("summit", "body", "country"), [
    (ARAB, "Syria was suspended in 2011. Several ministers opposed a vote to restore its seat.", "Syria"),
    (AU, "Mali was suspended in 2021 and is still suspended.", "Mali"),
    (AU, "Sudan was suspended in 2021. Its neighbours have restored ties with Khartoum.", "Sudan"),
])
def test_a_suspension_not_ended(ref, tmp_path, summit, body, country):
    assert "suspended" in _statuses(_members(ref, tmp_path, summit, body), country)


# --- an admission agreed, its entry ahead -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Leaders agreed to admit Papua New Guinea as the 11th member of the bloc. Papua New Guinea will formally become a member once "
    "it ratifies the charter.",
    "Leaders decided to admit Papua New Guinea as a member at a ceremony to be held early next year.",
    "Leaders voted to admit Papua New Guinea, pending ratification of the charter by its parliament.",
])
def test_an_admission_agreed_with_its_entry_ahead_is_a_candidacy(ref, tmp_path, body):
    assert ("Papua New Guinea", "candidate") in _members(ref, tmp_path, ASEAN, body)


def test_an_admission_agreed_long_ago_is_no_candidacy(ref, tmp_path):
    body = "In 1998 leaders agreed to admit Cambodia as the tenth member."
    assert ("Cambodia", "candidate") not in _members(ref, tmp_path, ASEAN, body)


# --- 'left' as 'made' -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("summit", "body", "country"), [
    (ASEAN, "Leaders agreed to welcome Timor-Leste, ending a standoff that had left the grouping one short of its "
            "full strength.", "East Timor"),
    (AU, "The coup in Niger left the union divided over sanctions.", "Niger"),
    (AU, "Talks with Sudan left the union without a common position.", "Sudan"),
])
def test_left_as_made_is_no_exit(ref, tmp_path, summit, body, country):
    assert "left" not in _statuses(_members(ref, tmp_path, summit, body), country)


@pytest.mark.parametrize("body", [
    "Morocco left the union in 1984 over Western Sahara.",
    "Morocco, which left the organisation in 1984, rejoined it later.",
])
def test_a_real_exit_is_still_read(ref, tmp_path, body):
    found = _members(ref, tmp_path, AU, body)
    assert found & {("Morocco", "left"), ("Morocco", "member")}


# --- a wish to join is a candidacy ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Kenya's foreign minister said Nairobi wanted to join as a full member.",
    "Kenya has asked to join as a full member.",
])
def test_a_wish_to_join_as_a_full_member_is_no_entry(ref, tmp_path, body):
    found = _members(ref, tmp_path, BRICS, body)
    assert ("Kenya", "joining") not in found
