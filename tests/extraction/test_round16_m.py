"""Round 16 (m): membership phrasings, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, title: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))


def test_a_group_that_began_as_a_smaller_club_when_its_leaders_met(ref, tmp_path):
    title = "BRICS summit opens in Kazan"
    body = ("The leaders met in Kazan on Tuesday. The club, which started out as BRIC when the presidents of China, "
            "Brazil, India and Russia met in Russia, now has more members.")
    got = _members(ref, tmp_path, title, body, "2024-10-22")
    assert {("China", "member"), ("Brazil", "member"), ("India", "member"), ("Russia", "member")} <= got
    body = "The leaders met in Kazan on Tuesday. Trade began to grow when the ministers of China and Brazil met in May."
    assert not _members(ref, tmp_path, title, body, "2024-10-22")


def test_a_state_admitted_at_a_past_date_is_a_member(ref, tmp_path):
    title = "SCO summit opens in Astana"
    body = "The leaders met in Astana on Wednesday. Iran was admitted in July 2023 after years of waiting."
    assert ("Iran", "member") in _members(ref, tmp_path, title, body, "2024-07-03")
    body = "The leaders met in Astana on Wednesday. Belarus was formally admitted to the bloc on Thursday."
    assert ("Belarus", "joining") in _members(ref, tmp_path, title, body, "2024-07-03")
    body = "The leaders met in Astana on Wednesday. A minister from Iran was admitted in July 2023 to a clinic in Baku."
    assert not _members(ref, tmp_path, title, body, "2024-07-03")


def test_a_quoted_freeze_of_participation_is_a_suspension(ref, tmp_path):
    title = "CSTO summit opens in Minsk"
    body = ("The leaders met in Minsk on Thursday. The bloc has six members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, "
            "Russia and Tajikistan. Armenia has stayed away since its government said it had 'frozen' its "
            "participation in the bloc.")
    got = _members(ref, tmp_path, title, body, "2023-11-23")
    assert ("Armenia", "suspended") in got and ("Armenia", "member") not in got


def test_not_renewing_the_organisations_own_treaty_is_an_exit(ref, tmp_path):
    title = "CSTO summit opens in Dushanbe"
    body = "The leaders met in Dushanbe on Friday. Georgia and Azerbaijan did not renew the Collective Security Treaty in 1999."
    assert {("Georgia", "left"), ("Azerbaijan", "left")} <= _members(ref, tmp_path, title, body, "2021-09-16")
    # another treaty is no exit from the organisation
    body = "The leaders met in Dushanbe on Friday. Russia and the United States did not renew the Open Skies treaty."
    assert not {st for _, st in _members(ref, tmp_path, title, body, "2021-09-16")} & {"left"}


def test_kinds_of_states_with_examples_are_members(ref, tmp_path):
    title = "G20 summit opens in Rio"
    body = ("The leaders met in Rio de Janeiro on Monday. The G20 brings together rich democracies like Canada and "
            "France as well as emerging economies such as Indonesia, Turkey and Argentina.")
    got = _members(ref, tmp_path, title, body, "2024-11-18")
    assert {("Canada", "member"), ("France", "member"), ("Indonesia", "member"), ("Turkey", "member"),
            ("Argentina", "member")} <= got
    body = "The leaders met in Rio de Janeiro on Monday. Exports go to economies such as Chile and Peru."
    assert not _members(ref, tmp_path, title, body, "2024-11-18")


def test_a_states_turn_in_the_chair_of_the_organisation(ref, tmp_path):
    title = "G20 summit opens in Johannesburg"
    body = "The leaders met in Johannesburg on Saturday, the end of South Africa's year at the head of the G20."
    assert ("South Africa", "member") in _members(ref, tmp_path, title, body, "2025-11-22")
    body = ("The leaders met in Johannesburg on Saturday. Last year's presidency of the group was held by Brazil's "
            "Lula. France's presidency of the Security Council ended.")
    assert not _members(ref, tmp_path, title, body, "2025-11-22")


def test_a_list_joined_together_with_others_ends_before_a_prepositional_phrase(ref, tmp_path):
    title = "NATO summit opens in Vilnius"
    body = ("The leaders met in Vilnius on Tuesday. Poland joined NATO in 1999 together with Hungary and the Czech "
            "Republic in the first wave of enlargement.")
    got = _members(ref, tmp_path, title, body, "2023-07-11")
    assert {("Poland", "member"), ("Hungary", "member"), ("Czech Republic", "member")} <= got


def test_a_state_that_joined_at_the_end_of_a_sentence(ref, tmp_path):
    title = "NATO summit opens in Washington"
    body = "The leaders met in Washington on Tuesday, a year after Finland finally joined."
    assert ("Finland", "member") in _members(ref, tmp_path, title, body, "2024-07-09")


def test_states_named_as_the_candidates_or_wanting_to_join(ref, tmp_path):
    title = "NATO summit opens in Bucharest"
    body = ("The leaders met in Bucharest on Wednesday. The two Balkan states - Montenegro and Serbia - are the main "
            "candidates. Moldova, which opened talks with the alliance in June, and Armenia also hope to join.")
    got = _members(ref, tmp_path, title, body, "2008-04-02")
    assert {("Montenegro", "candidate"), ("Serbia", "candidate"), ("Moldova", "candidate"),
            ("Armenia", "candidate")} <= got
    body = ("The leaders met in Bucharest on Wednesday. Spain and Italy are the leading candidates to host the next "
            "summit. Austria wants to join the talks.")
    assert not _members(ref, tmp_path, title, body, "2008-04-02")


def test_states_invited_into_a_partnership_programme_are_partners(ref, tmp_path):
    title = "NATO summit opens in Istanbul"
    body = ("The leaders met in Istanbul on Monday and invited Kazakhstan and Mongolia to join the Partnership for "
            "Peace, the alliance's programme for non-members.")
    got = _members(ref, tmp_path, title, body, "2004-06-28")
    assert {("Kazakhstan", "partner"), ("Mongolia", "partner")} <= got
    body = "The leaders met in Istanbul on Monday and invited Bulgaria and Romania to join the alliance."
    assert {("Bulgaria", "candidate"), ("Romania", "candidate")} <= _members(ref, tmp_path, title, body, "2004-06-28")
