"""Round 12 (helper p): membership families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def test_non_members_after_a_colon_are_no_members(ref, tmp_path):
    got = _members(ref, tmp_path, "The G20 summit opened in Rio on Monday.",
                   "The hosts also asked several non-members: Chile, Norway and Egypt.", "2024-11-18")
    assert not {c for c, _ in got} & {"Chile", "Norway", "Egypt"}
    got = _members(ref, tmp_path, "The G20 summit opened in Rio on Monday.",
                   "The host invited two non members - Chile and Norway - to the session on hunger.", "2024-11-18")
    assert not {c for c, _ in got} & {"Chile", "Norway"}


def test_a_members_list_after_a_dash_may_open_with_the(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Just four members — the Netherlands, Romania, Latvia and Lithuania — raised spending this year.",
                   "2022-06-28")
    assert {("Netherlands", "member"), ("Romania", "member"), ("Latvia", "member"), ("Lithuania", "member")} <= got


def test_founded_by_a_treaty_signed_by_its_founders(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "The bloc was established under a treaty signed in Tashkent in May 1992 by Armenia, Kazakhstan "
                   "and Uzbekistan.", "2024-11-28")
    assert {("Armenia", "member"), ("Kazakhstan", "member"), ("Uzbekistan", "member")} <= got


def test_joined_on_a_full_date_and_a_gapped_item_of_that_year(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Albania joined on 1 April 2009, and Croatia in April of that year.", "2023-07-11")
    assert {("Albania", "member"), ("Croatia", "member")} <= got
    # a meeting joined on a weekday is no membership
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Ireland's Taoiseach joined on Wednesday for a dinner.", "2023-07-11")
    assert "Ireland" not in {c for c, _ in got}


def test_a_status_cue_with_its_verb_left_out_of_a_later_item(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "Mongolia became an observer in June 2004 and Afghanistan in the same month.", "2024-07-04")
    assert {("Mongolia", "observer"), ("Afghanistan", "observer")} <= got
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "Belarus gained observer status in 2015, and Nepal in 2016.", "2024-07-04")
    assert ("Nepal", "observer") in got
    # a later clause with a verb of its own is not gapped
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Thursday.",
                   "Belarus gained observer status in 2015, and Nepal in the same year signed a gas deal.", "2024-07-04")
    assert "Nepal" not in {c for c, _ in got}


def test_joined_together_with_others_without_a_comma(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Slovakia joined the alliance in 2004 together with Slovenia and Bulgaria, after years of reform.",
                   "2022-06-28")
    assert {("Slovakia", "member"), ("Slovenia", "member"), ("Bulgaria", "member")} <= got


def test_ending_its_participation_in_the_organisation_is_an_exit(ref, tmp_path):
    opening = "The CIS summit opened in Minsk on Friday. The Commonwealth was founded in 1991 by Russia, Belarus and Moldova."
    got = _members(ref, tmp_path, opening,
                   "Moldova, which joined the trade zone, said last year that it was ending its participation in the "
                   "Commonwealth's governing bodies.", "2024-10-11")
    assert ("Moldova", "left") in got
    # ending a part in talks, or in a body the reference does not know, is no exit
    got = _members(ref, tmp_path, opening, "Moldova ended its participation in the gas talks last year.", "2024-10-11")
    assert ("Moldova", "member") in got
    got = _members(ref, tmp_path, opening, "Moldova ended its participation in the Danube Commission in 2023.", "2024-10-11")
    assert ("Moldova", "member") in got


def test_a_state_that_chairs_the_organisation_is_a_member(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "By the council's decision, Tajikistan will chair the Commonwealth next year.", "2024-10-11")
    assert ("Tajikistan", "member") in got
    got = _members(ref, tmp_path, "The EAEU summit opened in Moscow on Friday.",
                   "Belarus, which has chaired the union's bodies since January, hosted the ministers.", "2024-12-20")
    assert ("Belarus", "member") in got


def test_a_person_chairing_a_session_or_a_commission_gives_no_membership(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "After talks with Norway, the secretary general, who will chair the sessions, met reporters.",
                   "2023-07-11")
    assert "Norway" not in {c for c, _ in got}
    got = _members(ref, tmp_path, "The ASEAN summit opened in Jakarta on Tuesday.",
                   "Ghana chairs the African Union Commission this year.", "2023-09-05")
    assert "Ghana" not in {c for c, _ in got}


def test_not_members_but_cooperating_states_are_partners(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Austria and Ireland, which are not members but have stepped up cooperation with the alliance, "
                   "sent diplomats.", "2022-06-28")
    assert {("Austria", "partner"), ("Ireland", "partner")} <= got
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Malta is not a member of the alliance but works closely with it.", "2022-06-28")
    assert ("Malta", "partner") in got
    # no cooperation stated: nothing
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "Malta is not a member, and has no wish to cooperate.", "2022-06-28")
    assert "Malta" not in {c for c, _ in got}


def test_returned_to_the_organisation_is_a_readmission(ref, tmp_path):
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Guinea, which returned to the African Union in 2024 after its suspension, sent its premier.",
                   "2025-02-15")
    assert ("Guinea", "member") in got
    # returning to a country or a city is a journey
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Kenya's president returned to Kenya on Monday, and Ghana's returned to Accra.", "2025-02-15")
    assert not {c for c, _ in got} & {"Kenya", "Ghana"}
