"""Round 19 (m): membership phrasings, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, title: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))


def test_an_organisation_that_includes_a_list_of_states(ref, tmp_path):
    title = "EAEU summit opens in Bishkek"
    body = "The leaders met in Bishkek on Friday. Today the EAEU includes Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia."
    got = _members(ref, tmp_path, title, body, "2023-05-26")
    assert {("Armenia", "member"), ("Belarus", "member"), ("Kyrgyzstan", "member"), ("Russia", "member")} <= got
    # a delegation or an agenda that includes names is no membership
    body = "The leaders met in Bishkek on Friday. The agenda includes Armenia and Belarus, officials said."
    assert not _members(ref, tmp_path, title, body, "2023-05-26")


def test_an_acronym_spelt_out_in_prose(ref, tmp_path):
    title = "BRICS summit opens in Durban"
    body = ("The leaders met in Durban on Tuesday. The name is an acronym of its founding states Brazil, Russia, India, "
            "China and South Africa.")
    got = _members(ref, tmp_path, title, body, "2013-03-26")
    assert {("India", "member"), ("Brazil", "member"), ("South Africa", "member")} <= got
    body = "The leaders met in Durban on Tuesday. The NDB, an acronym for the New Development Bank, lent to Brazil."
    assert not _members(ref, tmp_path, title, body, "2013-03-26")


def test_ceasing_participation_with_no_possessive_is_an_exit(ref, tmp_path):
    title = "CIS summit opens in Ashgabat"
    body = ("The leaders met in Ashgabat on Friday. Georgia ceased participation in the Commonwealth's bodies in 2009.")
    assert ("Georgia", "left") in _members(ref, tmp_path, title, body, "2021-10-15")
    body = "The leaders met in Ashgabat on Friday. Georgia ceased participation in the talks on Thursday."
    assert ("Georgia", "left") not in _members(ref, tmp_path, title, body, "2021-10-15")


def test_a_state_brought_into_the_club_in_an_earlier_year(ref, tmp_path):
    title = "APEC summit opens in Lima"
    body = "The leaders met in Lima on Saturday. Peru was brought into the forum in 1998 along with Vietnam."
    assert ("Peru", "member") in _members(ref, tmp_path, title, body, "2016-11-19")
    body = "The leaders met in Lima on Saturday. Chile was brought into the club in the 1990s."
    got = _members(ref, tmp_path, title, body, "2016-11-19")
    assert ("Chile", "member") in got and ("Chile", "joining") not in got


def test_a_negated_rotating_presidency_is_no_membership(ref, tmp_path):
    title = "G7 summit opens in Biarritz"
    body = ("The leaders met in Biarritz on Saturday. The European Union also attends, though it does not hold the "
            "rotating presidency.")
    assert ("European Union", "member") not in _members(ref, tmp_path, title, body, "2019-08-24")
    body = "The leaders met in Biarritz on Saturday. France holds the rotating presidency this year."
    assert ("France", "member") in _members(ref, tmp_path, title, body, "2019-08-24")


def test_admitted_as_members_in_an_earlier_year_are_members(ref, tmp_path):
    title = "SCO summit opens in Bishkek"
    body = "The leaders met in Bishkek on Friday. The bloc admitted Iran and Belarus as full members in 2017."
    got = _members(ref, tmp_path, title, body, "2019-06-14")
    assert {("Iran", "member"), ("Belarus", "member")} <= got and ("Iran", "joining") not in got
    body = "The leaders met in Bishkek on Friday. Mongolia was admitted as the tenth full member of the bloc on Friday."
    assert ("Mongolia", "joining") in _members(ref, tmp_path, title, body, "2019-06-14")


def test_an_observer_state_of_a_named_organisation(ref, tmp_path):
    title = "SCO summit opens in Tashkent"
    body = "The leaders met in Tashkent on Friday. Mongolia, an observer state of the SCO, sent its foreign minister."
    assert ("Mongolia", "observer") in _members(ref, tmp_path, title, body, "2022-09-16")


def test_states_after_a_dash_counted_as_allies(ref, tmp_path):
    title = "NATO summit opens in Vilnius"
    body = ("The leaders met in Vilnius on Tuesday. New headquarters will open in three allies - Poland, Latvia and "
            "Estonia - next year.")
    got = _members(ref, tmp_path, title, body, "2023-07-11")
    assert {("Poland", "member"), ("Latvia", "member"), ("Estonia", "member")} <= got


def test_states_named_as_the_organisations_partners(ref, tmp_path):
    title = "NATO summit opens in Madrid"
    body = ("The leaders met in Madrid on Wednesday. Austria and Ireland, the alliance's oldest partners, sent "
            "observers to the talks.")
    got = _members(ref, tmp_path, title, body, "2022-06-29")
    assert {("Austria", "partner"), ("Ireland", "partner")} <= got
    body = "The leaders met in Madrid on Wednesday. Mexico and Canada, the alliance's biggest trading partners, were absent."
    assert not {("Mexico", "partner"), ("Canada", "partner")} & _members(ref, tmp_path, title, body, "2022-06-29")
    body = "The leaders met in Madrid on Wednesday. Austria and Ireland, Germany's closest partners, sent observers."
    assert not {("Austria", "partner"), ("Ireland", "partner")} & _members(ref, tmp_path, title, body, "2022-06-29")


def test_leaders_of_the_members_among_them(ref, tmp_path):
    title = "G20 summit opens in Osaka"
    body = ("The leaders met in Osaka on Friday. In the hall sat the leaders of the G20 members, among them Justin "
            "Trudeau of Canada, Argentina's Mauricio Macri and President Joko Widodo of Indonesia.")
    got = _members(ref, tmp_path, title, body, "2019-06-28")
    assert {("Canada", "member"), ("Argentina", "member"), ("Indonesia", "member")} <= got


def test_leaders_of_observer_states_named_by_their_demonyms(ref, tmp_path):
    title = "SCO summit opens in Bishkek"
    body = ("The leaders met in Bishkek on Friday. Afghan President Hamid Karzai and Mongolian President Nambaryn "
            "Enkhbayar took part as leaders of observer states.")
    got = _members(ref, tmp_path, title, body, "2007-08-16")
    assert {("Afghanistan", "observer"), ("Mongolia", "observer")} <= got


def test_a_group_formed_when_a_host_invited_the_leaders_of_others(ref, tmp_path):
    title = "G7 summit opens in Elmau"
    body = ("The leaders met in Elmau on Sunday. The club was formed as the Library Group in 1973, when the United States "
            "invited the leaders of Japan, France and Germany to a meeting.")
    got = _members(ref, tmp_path, title, body, "2015-06-07")
    assert {("United States", "member"), ("Japan", "member"), ("France", "member"), ("Germany", "member")} <= got
    body = ("The leaders met in Elmau on Sunday. The park was created in 1973, when Bavaria hosted the leaders of "
            "Japan and France.")
    assert ("Japan", "member") not in _members(ref, tmp_path, title, body, "2015-06-07")


def test_a_state_likened_to_another_shares_its_status(ref, tmp_path):
    title = "NATO summit opens in Vilnius"
    body = ("The leaders met in Vilnius on Tuesday. Moldova, which like Bosnia and Herzegovina applied to join the "
            "alliance, was not invited.")
    got = _members(ref, tmp_path, title, body, "2023-07-11")
    assert {("Moldova", "candidate"), ("Bosnia and Herzegovina", "candidate")} <= got
    body = "The leaders met in Vilnius on Tuesday. Moldova, which unlike Bosnia and Herzegovina applied to join the alliance, was absent."
    assert ("Bosnia and Herzegovina", "candidate") not in _members(ref, tmp_path, title, body, "2023-07-11")
