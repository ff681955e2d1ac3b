"""Round 15 (y): membership phrasings, each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, body: str, published: str = "2024-11-27") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, body, published))


# --- 'founded in PLACE on DATE, by A, B and C': a comma before 'by' ---------------------------------------------

def test_founded_with_a_comma_before_by_lists_the_founders(ref, tmp_path):
    body = ("ASEAN leaders meet in Vientiane\n\n"
            "The ASEAN summit opened in Vientiane on Tuesday.\n\n"
            "Set up in Bangkok on August 8, 1967, by Indonesia, Malaysia, the Philippines, Singapore and Thailand, "
            "the bloc now has ten members.\n")
    got = _members(ref, tmp_path, body)
    assert {("Indonesia", "member"), ("Malaysia", "member"), ("Thailand", "member")} <= got


# --- 'A, B and C, the founding members ...': an appositive after the list -----------------------------------------

def test_a_list_followed_by_the_founding_members_appositive(ref, tmp_path):
    body = ("BRICS summit opens in Johannesburg\n\n"
            "The BRICS summit opened in Johannesburg on Tuesday.\n\n"
            "Brazil, Russia, India and China, the original members whose names make up the acronym, were joined later "
            "by the host.\n")
    got = _members(ref, tmp_path, body)
    assert {("Brazil", "member"), ("Russia", "member"), ("India", "member"), ("China", "member")} <= got


def test_founding_members_of_a_parliament_are_not_states(ref, tmp_path):
    body = ("BRICS summit opens in Johannesburg\n\n"
            "The BRICS summit opened in Johannesburg on Tuesday.\n\n"
            "Two lawmakers from Brazil, the founding members of the parliament's trade caucus, met the press.\n")
    assert ("Brazil", "member") not in _members(ref, tmp_path, body)


# --- 'became dialogue partners' ----------------------------------------------------------------------------------

def test_states_that_became_dialogue_partners(ref, tmp_path):
    body = ("SCO summit in Bishkek\n\n"
            "Leaders of the Shanghai Cooperation Organisation met in Bishkek on Friday.\n\n"
            "Nepal and Cambodia became dialogue partners of the organisation in 2015.\n")
    got = _members(ref, tmp_path, body)
    assert {("Nepal", "dialogue_partner"), ("Cambodia", "dialogue_partner")} <= got


# --- '... members -- A, B and C -- together with D and E': a double hyphen, and a list continued -----------------

def test_a_double_hyphen_appositive_and_a_together_with_tail(ref, tmp_path):
    body = ("G20 leaders gather in Toronto\n\n"
            "The G20 summit opened in Toronto on Saturday.\n\n"
            "The group's European members -- Germany, France and Italy -- together with Turkey and Russia hold a "
            "quarter of the seats.\n")
    got = _members(ref, tmp_path, body, "2010-06-27")
    assert {("Germany", "member"), ("Italy", "member"), ("Turkey", "member"), ("Russia", "member")} <= got


def test_a_together_with_after_a_plain_sentence_adds_nobody(ref, tmp_path):
    body = ("G20 leaders gather in Toronto\n\n"
            "The G20 summit opened in Toronto on Saturday.\n\n"
            "Germany's chancellor flew in together with Spain's prime minister.\n")
    assert ("Spain", "member") not in _members(ref, tmp_path, body, "2010-06-27")


# --- 'the alliance's Mediterranean partners - A, B and C' --------------------------------------------------------

def test_an_organisations_named_partners_listed_after_a_dash(ref, tmp_path):
    body = ("NATO leaders meet in Riga\n\n"
            "NATO leaders met in Riga on Tuesday.\n\n"
            "The alliance's Gulf partners - Bahrain, Kuwait and Qatar - were promised more training, while the summit "
            "of the Arab League is due in May.\n")
    got = _members(ref, tmp_path, body, "2006-11-29")
    assert {("Bahrain", "partner"), ("Kuwait", "partner"), ("Qatar", "partner")} <= got


# --- what a state withdraws that is not its membership ----------------------------------------------------------

def test_withdrawing_troops_is_not_leaving_the_organisation(ref, tmp_path):
    body = ("NATO leaders meet in Riga\n\n"
            "NATO leaders met in Riga on Tuesday.\n\n"
            "Portugal's prime minister, who withdrew Portuguese soldiers from Kosovo last year, spoke briefly.\n")
    assert ("Portugal", "left") not in _members(ref, tmp_path, body, "2006-11-29")


def test_withdrawing_from_the_organisation_is_still_leaving(ref, tmp_path):
    body = ("CSTO leaders meet in Moscow\n\n"
            "Leaders of the Collective Security Treaty Organization met in Moscow on Friday.\n\n"
            "Uzbekistan withdrew from the CSTO in 2012.\n")
    assert ("Uzbekistan", "left") in _members(ref, tmp_path, body, "2013-05-28")


# --- active 'granted observer status to A': not the subject before the verb ---------------------------------------

def test_the_state_before_an_active_grant_of_observer_status_is_not_an_observer(ref, tmp_path):
    body = ("SCO summit in Dushanbe\n\n"
            "Leaders of the Shanghai Cooperation Organisation met in Dushanbe on Friday.\n\n"
            "Since its start with Tajikistan as a founder, the SCO has granted observer status to Afghanistan.\n")
    got = _members(ref, tmp_path, body, "2014-09-12")
    assert ("Tajikistan", "observer") not in got
    assert ("Afghanistan", "observer") in got


# --- a return only hoped for, or refused, is no return ----------------------------------------------------------

def test_not_interested_in_a_return_does_not_readmit(ref, tmp_path):
    body = ("G7 leaders meet in Taormina\n\n"
            "Leaders of the Group of Seven met in Taormina on Friday.\n\n"
            "Moscow says Russia is not interested in a return to the G8.\n")
    assert ("Russia", "member") not in _members(ref, tmp_path, body, "2017-05-27")


# --- a bare month read as past is the latest such month up to the article ------------------------------------------

def test_a_bare_month_in_a_past_clause_is_last_years_when_it_is_still_ahead():
    from pipeline.dates import find_dates
    got = find_dates("Its membership was suspended in June and restored in September.", "2020-02-11", future=False)
    assert [d.start for d in got] == ["2019-06", "2019-09"]
    ahead = find_dates("The union will meet again in June.", "2020-02-11", future=True)
    assert [d.start for d in ahead] == ["2020-06"]


def test_a_suspension_lifted_later_in_the_same_sentence_leaves_a_member(ref, tmp_path):
    body = ("AU summit opens in Addis Ababa\n\nAfrican Union leaders met in Addis Ababa on Sunday. Mali, whose membership "
            "was suspended in August after a coup, was readmitted in November after the transition charter was signed.\n")
    got = _members(ref, tmp_path, body, "2021-02-07")
    assert ("Mali", "member") in got
