"""Round 17 (m): membership rules driven by round 17's misses, each on small invented articles (no corpus sentence)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, title: str, body: str, published: str = "2019-06-14") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))


def test_a_candidacy_beside_a_held_observer_status(ref, tmp_path):
    title = "ECO summit opens in Tehran"
    body = ("The leaders met in Tehran on Friday. Mongolia and Nepal hold observer status. Nepal lodged its application "
            "for full membership in 2016, and Mongolia formally applied last year.")
    got = _members(ref, tmp_path, title, body)
    assert {("Nepal", "observer"), ("Nepal", "candidate"), ("Mongolia", "observer"), ("Mongolia", "candidate")} <= got
    # a member that once applied is a member only
    body = "The leaders met in Tehran on Friday. Nepal applied to join in 2010. Nepal became a full member in 2015."
    got = _members(ref, tmp_path, title, body)
    assert ("Nepal", "member") in got and ("Nepal", "candidate") not in got


def test_a_negated_application_is_no_candidacy(ref, tmp_path):
    title = "ECO summit opens in Tehran"
    body = "The leaders met in Tehran on Friday. Nepal, an observer since 2011, has not applied for membership."
    got = _members(ref, tmp_path, title, body)
    assert ("Nepal", "observer") in got and ("Nepal", "candidate") not in got
    body = "The leaders met in Tehran on Friday. Laos has also sought full membership of the bloc."
    assert ("Laos", "candidate") in _members(ref, tmp_path, title, body)


def test_a_wish_to_join_expressed(ref, tmp_path):
    title = "SADC summit opens in Maputo"
    body = "The leaders met in Maputo on Friday. Burundi, which has expressed its desire to join SADC, sent an envoy."
    assert ("Burundi", "candidate") in _members(ref, tmp_path, title, body)
    body = "The leaders met in Maputo on Friday. Burundi expressed its wish to join the talks on trade."
    assert ("Burundi", "candidate") not in _members(ref, tmp_path, title, body)


def test_a_count_of_members_spelt_out_as_a_range(ref, tmp_path):
    title = "G20 summit opens in Lima"
    body = ("The leaders met in Lima on Saturday. The G20 groups 19 countries and the European Union, from Canada and "
            "Italy to emerging economies such as Indonesia, Turkey and Mexico.")
    got = _members(ref, tmp_path, title, body, "2016-11-19")
    assert {("Canada", "member"), ("Italy", "member"), ("Indonesia", "member"), ("Mexico", "member")} <= got
    body = "The leaders met in Lima on Saturday. Exports rose, from Canada and Mexico to Peru."
    assert not _members(ref, tmp_path, title, body, "2016-11-19")


def test_states_under_suspension_listed_after_a_colon(ref, tmp_path):
    title = "ECOWAS summit opens in Abuja"
    body = ("The leaders met in Abuja on Sunday. Two states stayed away because they remain suspended after military "
            "takeovers: Mali and Guinea.")
    got = _members(ref, tmp_path, title, body, "2022-07-03")
    assert {("Mali", "suspended"), ("Guinea", "suspended")} <= got
    body = "The leaders met in Abuja on Sunday. Two aid programmes remain suspended for lack of funds, officials said: in Mali and Guinea."
    assert ("Mali", "suspended") not in _members(ref, tmp_path, title, body, "2022-07-03")


def test_a_state_out_of_the_bodies_has_left(ref, tmp_path):
    title = "CIS summit opens in Dushanbe"
    body = "The leaders met in Dushanbe on Friday. Georgia has not taken part in the work of the Commonwealth's bodies since 2009."
    assert ("Georgia", "left") in _members(ref, tmp_path, title, body, "2018-09-28")
    body = "The leaders met in Dushanbe on Friday. Georgia has not taken part in the summits since 2009."
    assert ("Georgia", "left") not in _members(ref, tmp_path, title, body, "2018-09-28")


def test_the_long_name_after_a_sentence_initial_the(ref, tmp_path):
    title = "CIS summit opens in Dushanbe"
    body = ("The leaders met in Dushanbe on Friday. The Commonwealth of Independent States's members include Armenia, "
            "Belarus and Moldova.")
    got = _members(ref, tmp_path, title, body, "2018-09-28")
    assert {("Armenia", "member"), ("Moldova", "member")} <= got
