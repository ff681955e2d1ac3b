"""Round 13 (t): membership phrasings, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.derive import _presupposed
from pipeline.membership import MembershipFinding
from pipeline.model import Sentence
from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, title: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))


# --- a status named before the organisation's spelt-out list -----------------------------------------------------

def test_a_status_held_in_the_named_organisation_governs_its_list(ref, tmp_path):
    title = "Eurasian Economic Union summit opens in Minsk"
    body = ("The leaders met in Minsk on Friday. The states with observer status in the Eurasian Economic Union — "
            "Moldova, Uzbekistan and Cuba — sent delegations to the talks.")
    got = _members(ref, tmp_path, title, body, "2022-12-09")
    assert {("Moldova", "observer"), ("Uzbekistan", "observer"), ("Cuba", "observer")} <= got
    assert not {c for c, st in got if st == "member"} & {"Moldova", "Uzbekistan", "Cuba"}


def test_states_outside_the_named_organisation_get_no_status(ref, tmp_path):
    title = "CSTO summit opens in Yerevan"
    body = ("The leaders met in Yerevan on Monday. Neighbours that are not members of the CSTO — Azerbaijan, "
            "Georgia and Turkey — watched the talks closely.")
    got = _members(ref, tmp_path, title, body, "2022-11-21")
    assert not {c for c, _ in got} & {"Azerbaijan", "Georgia", "Turkey"}


# --- a status applied for ----------------------------------------------------------------------------------------

def test_a_status_applied_for_is_a_candidacy(ref, tmp_path):
    title = "SCO summit opens in Tashkent"
    body = ("The leaders meet in Tashkent on Thursday. The summit will discuss the status of observer. "
            "Nepal and Cambodia have applied for this status and expect an answer this week.")
    got = _members(ref, tmp_path, title, body, "2022-09-13")
    assert {("Nepal", "candidate"), ("Cambodia", "candidate")} <= got
    body = "The leaders meet in Tashkent on Thursday. Bahrain applied for dialogue partner status in the spring."
    assert ("Bahrain", "candidate") in _members(ref, tmp_path, title, body, "2022-09-13")
    body = "The leaders meet in Tashkent on Thursday. Bahrain applied for a loan from the bank in the spring."
    assert not _members(ref, tmp_path, title, body, "2022-09-13")


# --- a capital standing for its state before a membership verb ---------------------------------------------------

def test_a_capital_that_rejoins_is_its_state(ref, tmp_path):
    title = "Ghana's envoy speaks first; Bamako rejoins the union after three years"
    body = "The African Union summit opened in Addis Ababa on Sunday with a debate on the Sahel."
    got = _members(ref, tmp_path, title, body, "2024-02-18")
    assert ("Mali", "member") in got and "Ghana" not in {c for c, _ in got}
    title = "Bamako hosts regional talks before the African Union summit"
    assert "Mali" not in {c for c, _ in _members(ref, tmp_path, title, body, "2024-02-18")}


# --- a state made the organisation's newest member ---------------------------------------------------------------

def test_a_state_made_the_nth_member_is_joining(ref, tmp_path):
    title = "African Union summit opens in Malabo"
    body = ("The African Union summit opened in Malabo on Thursday. The assembly approved the application "
            "by acclamation, making South Sudan the union's 54th member.")
    assert ("South Sudan", "joining") in _members(ref, tmp_path, title, body, "2011-06-30")
    body = ("The African Union summit opened in Malabo on Thursday. A new oil field is making Nigeria the union's "
            "largest producer.")
    assert "Nigeria" not in {c for c, _ in _members(ref, tmp_path, title, body, "2011-06-30")}


# --- what a later or lasting state outlives ----------------------------------------------------------------------

def test_a_readmission_outlives_an_undated_exit(ref, tmp_path):
    title = "Arab League summit opens in Cairo"
    body = ("The Arab League summit opened in Cairo on Sunday. Mauritania, which walked out of the bloc after a border "
            "row, was readmitted to the Arab League in March 2019.")
    got = _members(ref, tmp_path, title, body, "2019-09-01")
    assert ("Mauritania", "member") in got and ("Mauritania", "left") not in got


def _finding(status: str, rule: str, since: str | None, start: int) -> MembershipFinding:
    return MembershipFinding("g7", "rus", "Russia", status, rule, since, (start, start + 6))


def test_an_undated_exit_again_or_a_plain_membership_yield_as_the_dates_say():
    s = Sentence(0, 0, 120, "Russia was readmitted in 2015; Russia quit again and the other members met without it.")
    back = _finding("member", "readmitted", "2015", 0)
    again = _finding("left", "left", None, 31)
    assert _presupposed([(s, back), (s, again)]) == [(s, back), (s, again)]  # 'quit again': a second exit stands
    plain = Sentence(0, 0, 40, "Russia quit the group and came back.")
    assert _presupposed([(plain, back), (plain, _finding("left", "left", None, 0))]) == [(plain, back)]
    # a suspension lasts until lifted: an undated plain membership does not end it
    susp = _finding("suspended", "suspended", "2014", 0)
    member = _finding("member", "other_members_antecedent", None, 0)
    assert _presupposed([(s, susp), (s, member)]) == [(s, susp)]
    assert _presupposed([(s, member)]) == [(s, member)]


# --- a relative clause on a state's own appositive ---------------------------------------------------------------

def test_a_member_named_through_its_appositive(ref, tmp_path):
    title = "African Union summit opens in Nouakchott"
    body = ("The African Union summit opened in Nouakchott on Sunday. Delegates greeted Eritrea, the coastal state "
            "that has remained a full member of the union despite years of boycotts.")
    assert ("Eritrea", "member") in _members(ref, tmp_path, title, body, "2018-07-01")


# --- joined in a month and year; attending or taking part as members ---------------------------------------------

def test_joined_in_a_month_and_year_and_attending_as_full_members(ref, tmp_path):
    title = "NATO summit opens in Brussels"
    body = ("The NATO summit opened in Brussels on Wednesday. Montenegro, which joined in June 2017, took part "
            "as a full member for the second time.")
    assert ("Montenegro", "member") in _members(ref, tmp_path, title, body, "2018-07-11")
    body = "The NATO summit opened in Brussels on Wednesday. Finland and Sweden attended as full members."
    got = _members(ref, tmp_path, title, body, "2025-06-25")
    assert {("Finland", "member"), ("Sweden", "member")} <= got
    body = ("The NATO summit opened in Brussels on Wednesday. Two Finnish diplomats attended as members of the "
            "Swedish delegation.")
    assert not _members(ref, tmp_path, title, body, "2018-07-11")


def test_an_organisation_taking_part_as_a_member(ref, tmp_path):
    title = "G20 summit opens in Rio de Janeiro"
    body = ("The G20 summit opened in Rio de Janeiro on Monday. The African Union participates in the G20 as a "
            "permanent member since last year.")
    assert ("African Union", "member") in _members(ref, tmp_path, title, body, "2024-11-18")
    body = "The G20 summit opened in Rio de Janeiro on Monday. Norway took part in the talks as a guest."
    assert "Norway" not in {c for c, _ in _members(ref, tmp_path, title, body, "2024-11-18")}


# --- candidacies: a bid given up, a stalled invitation, a promise ------------------------------------------------

def test_a_bid_given_up_is_no_candidacy(ref, tmp_path):
    title = "NATO summit opens in Madrid"
    for verb in ("has shelved", "withdrew", "abandoned"):
        body = f"The NATO summit opened in Madrid on Tuesday. Bosnia and Herzegovina {verb} its membership application."
        assert not _members(ref, tmp_path, title, body, "2022-06-28"), verb
    body = "The NATO summit opened in Madrid on Tuesday. Bosnia and Herzegovina renewed its membership application."
    assert ("Bosnia and Herzegovina", "candidate") in _members(ref, tmp_path, title, body, "2022-06-28")


def test_a_stalled_invitation_or_a_promised_membership_is_a_candidacy(ref, tmp_path):
    title = "NATO summit opens in Vilnius"
    body = ("The NATO summit opened in Vilnius on Tuesday. Sweden, whose invitation was blocked for a year by a "
            "dispute with Ankara, hoped for progress.")
    assert ("Sweden", "candidate") in _members(ref, tmp_path, title, body, "2023-07-11")
    body = "The NATO summit opened in Vilnius on Tuesday. Ukraine, offered eventual membership, wanted a date."
    assert ("Ukraine", "candidate") in _members(ref, tmp_path, title, body, "2023-07-11")
    body = ("The NATO summit opened in Vilnius on Tuesday. Estonia, whose bid to host the next summit failed, "
            "sent its president.")
    assert ("Estonia", "candidate") not in _members(ref, tmp_path, title, body, "2023-07-11")


# --- a bare count of members, named in the sentences that follow -------------------------------------------------

def test_a_count_opening_a_sentence_is_named_after_it(ref, tmp_path):
    title = "ECOWAS summit opens in Abuja"
    body = ("The ECOWAS summit opened in Abuja on Sunday. Two member states sent deputies instead of their presidents. "
            "Ghana's vice-president led its delegation, and Senegal was represented by its foreign minister.")
    got = _members(ref, tmp_path, title, body, "2023-12-10")
    assert {("Ghana", "member"), ("Senegal", "member")} <= got
    body = ("The ECOWAS summit opened in Abuja on Sunday. Two member states sent deputies instead of their presidents. "
            "Ghana, Senegal and Togo sent ministers.")
    assert not {c for c, _ in _members(ref, tmp_path, title, body, "2023-12-10")} & {"Ghana", "Senegal", "Togo"}


# --- no organisation is its own member ------------------------------------------------------------------------------

def test_an_organisation_named_with_its_acronym_is_not_its_own_member(ref, tmp_path):
    title = "Eurasian Economic Union summit in Yerevan"
    body = ("Armenia and Kyrgyzstan on Monday became full members of the Eurasian Economic Union (EAEU), taking the "
            "economic bloc to five member states at the summit in Yerevan.")
    got = _members(ref, tmp_path, title, body, "2015-05-04")
    assert {"Armenia", "Kyrgyzstan"} <= {c for c, _ in got}
    assert "Eurasian Economic Union" not in {c for c, _ in got}
