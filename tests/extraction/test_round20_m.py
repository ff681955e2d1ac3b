"""Rounds 20 and 22's membership rules (helper m2), each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, body: str, published: str = "2024-07-05") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, body, published))


def test_the_heads_of_the_member_states_listed_by_their_titles(ref, tmp_path):
    got = _members(ref, tmp_path, "CIS meets\n\nThe CIS summit opened in Minsk on Friday. The heads of the CIS member "
                   "states, President of Kyrgyzstan Sadyr Japarov, President of Moldova Maia Sandu and Prime Minister of "
                   "Armenia Nikol Pashinyan, are attending.\n")
    assert {("Kyrgyzstan", "member"), ("Moldova", "member"), ("Armenia", "member")} <= got
    got = _members(ref, tmp_path, "CIS meets\n\nThe CIS summit opened in Minsk on Friday. The heads of the member "
                   "states, Maia Sandu said, agreed on a budget.\n")
    assert ("Moldova", "member") not in got


def test_a_gapped_join_list_passes_over_an_unknown_former_state(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO meets\n\nThe NATO summit opened in Brussels on Friday. Norway and Peru joined "
                   "in 1961, East Prussia in 1965 and Chile in 1972.\n")
    assert {("Norway", "member"), ("Peru", "member"), ("Chile", "member")} <= got


def test_people_before_their_countries_joined(ref, tmp_path):
    got = _members(ref, tmp_path, "NATO meets\n\nThe NATO summit opened in Brussels on Friday. Kenyan President William "
                   "Ruto, Ghanaian President Nana Akufo-Addo and Peruvian President Dina Boluarte sat with the allies, a "
                   "month after their countries formally joined the alliance on March 3 in Rome.\n")
    assert {("Kenya", "joining"), ("Ghana", "joining"), ("Peru", "joining")} <= got
    got = _members(ref, tmp_path, "NATO meets\n\nThe NATO summit opened in Brussels on Friday. President William Ruto "
                   "and President Dina Boluarte spoke; their governments met in Rome.\n")
    assert not {m for m in got if m[0] in ("Kenya", "Peru")}


def test_an_organ_granting_a_status_acts_for_its_organisation(ref, tmp_path):
    got = _members(ref, tmp_path, "AU meets\n\nThe African Union summit opened in Addis Ababa on Friday. Norway was "
                   "granted observer status by AU Commission chief Moussa Faki Mahamat in May 2022.\n")
    assert ("Norway", "observer") in got


def test_a_body_lifting_a_suspension_is_the_organisation_readmitting(ref, tmp_path):
    got = _members(ref, tmp_path, "CELAC meets\n\nThe CELAC summit opened in Havana on Friday. The OAS lifted Peru's "
                   "suspension in 2009, but Lima has refused to return to a body it despises.\n")
    assert not {m for m in got if m[0] == "Peru"}
    got = _members(ref, tmp_path, "AU meets\n\nThe African Union summit opened in Addis Ababa on Friday. Ghana was "
                   "suspended from the AU last July. The Peace and Security Council lifted the suspension on June 17, after "
                   "Ghana held a presidential election.\n")
    assert ("Ghana", "member") in got


def test_a_wish_to_return_is_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "AU meets\n\nThe African Union summit opened in Addis Ababa on Friday. Ghana quit the "
                   "Organisation of African Unity, the union's forerunner, in 1984. In a letter read on Friday, the kingdom "
                   "of Ghana formally expressed its wish to return to the African Union.\n")
    assert ("Ghana", "candidate") in got


def test_the_country_opening_a_sentence_is_the_state_before(ref, tmp_path):
    got = _members(ref, tmp_path, "CIS meets\n\nThe CIS summit opened in Minsk on Friday. Moldova chairs the "
                   "Commonwealth this year. The country has held the status of an associate member of the CIS since "
                   "May 2009.\n")
    assert ("Moldova", "partner") in got
    got = _members(ref, tmp_path, "CIS meets\n\nThe CIS summit opened in Minsk on Friday. Moldova and Armenia signed a "
                   "deal. The country has held the status of an associate member of the CIS since May 2009.\n")
    assert ("Moldova", "partner") not in got and ("Armenia", "partner") not in got


def test_a_state_brought_in_a_year_later(ref, tmp_path):
    got = _members(ref, tmp_path, "SCO meets\n\nThe SCO summit opened in Astana on Friday. The club began with four "
                   "states in 2001, and Mongolia was brought in the following year.\n")
    assert ("Mongolia", "member") in got
    got = _members(ref, tmp_path, "SCO meets\n\nThe SCO summit opened in Astana on Friday. Mongolia's coach was brought "
                   "in the following year.\n")
    assert ("Mongolia", "member") not in got


def test_the_country_is_read_only_in_its_own_clause(ref, tmp_path):
    got = _members(ref, tmp_path, "AU meets\n\nThe African Union summit opened in Addis Ababa on Friday. Ghana's king "
                   "spoke first. The kingdom came back to the continental body in 2017, decades after it walked out of the "
                   "Organisation of African Unity.\n")
    assert ("Ghana", "left") not in got
