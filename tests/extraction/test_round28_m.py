"""Round 28 (helper m): membership families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


def _others(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published)
    return {(m["organisation"], m["country"], m["status"]) for m in out["other_memberships"]}


SCO = "The SCO summit opened in Bishkek on Thursday."
NATO = "The NATO summit opened in Madrid on Tuesday."
CSTO = "The CSTO summit opened in Yerevan on Friday."


def test_a_cue_denied_of_everyone_gives_no_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "Diplomats said the other SCO members - India, Pakistan and Iran - may sign the "
                   "pact later, but none has so far formally applied.", "2019-06-14")
    assert {("India", "member"), ("Pakistan", "member"), ("Iran", "member")} <= got
    assert not {s for c, s in got if s == "candidate"}
    got = _members(ref, tmp_path, SCO, "No other state has yet joined the bloc, though Laos has applied to join.", "2019-06-14")
    assert ("Laos", "candidate") in got


def test_states_holding_a_status_and_an_appositive_itself_a_member(ref, tmp_path):
    opening = "The OIC summit opened in Jeddah on Friday."
    got = _members(ref, tmp_path, opening, "Gabon, Niger and Chad are among the states holding observer status.", "2021-03-05")
    assert {("Gabon", "observer"), ("Niger", "observer"), ("Chad", "observer")} <= got
    got = _members(ref, tmp_path, opening, "Egypt urged Turkey, itself an OIC member, to act.", "2021-03-05")
    assert ("Turkey", "member") in got
    got = _members(ref, tmp_path, opening, "Egypt urged Mr Okafor, himself a member of parliament, to act.", "2021-03-05")
    assert not {s for c, s in got if c == "Egypt"}


def test_an_exit_by_pronoun_at_the_clause_end(ref, tmp_path):
    got = _members(ref, tmp_path, CSTO, "In 2012 Serbia and Chile declined to renew the pact and left it.", "2024-06-01")
    assert {("Serbia", "left"), ("Chile", "left")} <= got
    got = _members(ref, tmp_path, CSTO, "President Ilham Aliyev arrived in the hall and left it an hour later.", "2024-06-01")
    assert ("Azerbaijan", "left") not in got


def test_a_membership_restored_now_is_a_joining(ref, tmp_path):
    got = _members(ref, tmp_path, CSTO, "Chile has restored its full membership in the CSTO.", "2024-06-01")
    assert ("Chile", "joining") in got
    got = _members(ref, tmp_path, CSTO, "Chile restored its full membership in 2019.", "2024-06-01")
    assert ("Chile", "member") in got and ("Chile", "joining") not in got


def test_a_generic_name_of_the_other_organisation_just_named(ref, tmp_path):
    got = _others(ref, tmp_path, CSTO, "Earlier, Minsk hosted a session of the Eurasian Economic Community (EurAsEC). The "
                  "Community brings together Belarus, Kazakhstan and Russia; Moldova has observer status.", "2006-06-01")
    assert ("Eurasian Economic Community", "Moldova", "observer") in got
    got = _members(ref, tmp_path, CSTO, "Earlier, Minsk hosted a session of the Eurasian Economic Community (EurAsEC). The "
                   "Community brings together Belarus, Kazakhstan and Russia; Moldova has observer status.", "2006-06-01")
    assert ("Moldova", "observer") not in got
    # the summit's own organisation when its name has the noun
    got = _members(ref, tmp_path, "The African Union summit opened in Addis Ababa on Friday.",
                   "Leaders met the European Union delegation. The Union comprises Ghana, Kenya, Togo and 52 other states.",
                   "2019-02-10")
    assert {("Ghana", "member"), ("Kenya", "member")} <= got


def test_an_organisation_that_united_its_members(ref, tmp_path):
    got = _members(ref, tmp_path, CSTO, "Until now, the CSTO united Armenia, Belarus and Russia.", "2006-06-01")
    assert {("Armenia", "member"), ("Belarus", "member"), ("Russia", "member")} <= got
    got = _members(ref, tmp_path, CSTO, "The flood disaster united Chile and Peru in grief.", "2006-06-01")
    assert not {s for c, s in got if c in ("Chile", "Peru")}


def test_states_that_joined_together_with_the_subject(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Romania, which joined the alliance in 2004 along with neighbouring Bulgaria and "
                   "Slovakia, hosted it.", "2008-04-02")
    assert {("Romania", "member"), ("Bulgaria", "member"), ("Slovakia", "member")} <= got
    got = _members(ref, tmp_path, NATO, "Romania joined the talks together with Bulgaria.", "2008-04-02")
    assert ("Bulgaria", "member") not in got


def test_the_only_two_of_the_organisations_members(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Spain and Italy are the only two of NATO's 30 members that have yet to sign.",
                   "2022-06-28")
    assert {("Spain", "member"), ("Italy", "member")} <= got
    got = _members(ref, tmp_path, NATO, "Chile and Peru are among China's trading partners.", "2022-06-28")
    assert not {s for c, s in got if c in ("Chile", "Peru")}


def test_a_candidacy_stated_by_an_application_or_a_possessive_accession(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Bosnia lodged its application for fast-track membership in May. Parliament "
                   "forwarded Montenegro's accession protocol to the senate.", "2022-06-28")
    assert {("Bosnia and Herzegovina", "candidate"), ("Montenegro", "candidate")} <= got
    got = _members(ref, tmp_path, NATO, "Bosnia lodged its application for EU membership in May. Montenegro's accession "
                   "protocol to the WTO was signed.", "2022-06-28")
    assert not {s for c, s in got if c in ("Bosnia and Herzegovina", "Montenegro")}


def test_a_promise_whose_own_subject_is_not_the_state_before(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Britain backed Kyiv, but Spain and Italy objected, and the allies agreed that both "
                   "countries \"will become members\" one day.", "2022-06-28")
    assert not {("Spain", "candidate"), ("Italy", "candidate")} & got
    got = _members(ref, tmp_path, NATO, "Spain says Bosnia will become a member.", "2022-06-28")
    assert ("Bosnia and Herzegovina", "candidate") in got


def test_a_request_for_a_status(ref, tmp_path):
    opening = "The EAEU summit opened in Minsk on Tuesday."
    got = _members(ref, tmp_path, opening, "The leaders discussed the application of Uzbekistan for the status of an "
                   "observer state.", "2019-06-28")
    assert ("Uzbekistan", "candidate") in got
    got = _members(ref, tmp_path, opening, "Leaders back Cuba's request for observer status.", "2019-06-28")
    assert ("Cuba", "candidate") in got
    got = _members(ref, tmp_path, opening, "Cuba's request for a loan was discussed.", "2019-06-28")
    assert ("Cuba", "candidate") not in got
    # a request decided is no candidacy still open
    got = _members(ref, tmp_path, opening, "The leaders approved Cuba's request for observer status and rejected the "
                   "application of Iran for the status of an observer state.", "2019-06-28")
    assert not {("Cuba", "candidate"), ("Iran", "candidate")} & got


def test_one_of_a_counted_set_of_partner_leaders(ref, tmp_path):
    body = ("Prime Minister Fumio Kishida was one of four leaders of NATO's Asia-Pacific partners invited to Madrid. "
            "South Korean President Yoon Suk Yeol, Australia's Anthony Albanese and New Zealand's Jacinda Ardern also "
            "attended the session.")
    got = _members(ref, tmp_path, NATO, body, "2022-06-29")
    assert {("Japan", "partner"), ("South Korea", "partner"), ("Australia", "partner"), ("New Zealand", "partner")} <= got
    # the count not met: only the leader himself
    got = _members(ref, tmp_path, NATO, body.replace(" Australia's Anthony Albanese and", ""), "2022-06-29")
    assert ("Japan", "partner") in got and ("South Korea", "partner") not in got
    # a state's partners are no organisation's
    got = _members(ref, tmp_path, NATO, "Prime Minister Fumio Kishida was one of two leaders of China's Asian partners "
                   "invited to Madrid. Yoon Suk Yeol also attended.", "2022-06-29")
    assert ("Japan", "partner") not in got


def test_the_leaders_set_apart_from_the_other_members(ref, tmp_path):
    opening = "The CIS summit opened in Minsk on Friday."
    rest = (" Officials said the other CIS members - Armenia, Moldova, Tajikistan and Uzbekistan - could sign it "
            "later.")
    got = _members(ref, tmp_path, opening, "Russian President Dmitry Medvedev and Kazakh President Nursultan Nazarbayev "
                   "signed the accord at the summit." + rest, "2009-10-10")
    assert {("Russia", "member"), ("Kazakhstan", "member"), ("Armenia", "member")} <= got
    # one leader alone is not enough to tell the set apart
    got = _members(ref, tmp_path, opening, "Russian President Dmitry Medvedev signed the accord at the summit." + rest,
                   "2009-10-10")
    assert ("Russia", "member") not in got
