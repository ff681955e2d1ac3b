"""Round 33 (helper M): membership paraphrases, each family on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_OPENINGS = {
    "SCO": "The SCO summit opened in Bishkek on Thursday.",
    "NATO": "The NATO summit opened in Madrid on Tuesday.",
    "AU": "The African Union summit opened in Addis Ababa on Sunday.",
    "G20": "The G20 summit opened in Rio on Monday.",
    "CIS": "The CIS summit opened in Minsk on Friday.",
    "ASEAN": "The ASEAN summit opened in Jakarta on Tuesday.",
}


def _members(ref, tmp_path, org: str, body: str, published: str = "2024-06-01") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{_OPENINGS[org]} {body}\n", published))


# --- positives: each a claim the rules missed before ------------------------------------------------------------------

@pytest.mark.parametrize(("org", "body", "claims"), [
    # two states each followed by a long aside, then one shared predicate
    ("AU", "Guinea, where the army ousted the president in a coup last August, and Niger, where officers detained the head "
           "of state in July, are both suspended from the union.", {("Guinea", "suspended"), ("Niger", "suspended")}),
    ("AU", "Mali, whose junta seized power in 2021, and Sudan, where generals dissolved the government, remain suspended "
           "from the AU.", {("Mali", "suspended"), ("Sudan", "suspended")}),
    # a tier after 'as a', 'status of', 'full-fledged'
    ("SCO", "The session was held with the participation of Iran as a full-fledged member of the organisation.",
     {("Iran", "member")}),
    ("SCO", "From Thursday, Mongolia is a full-fledged member of the SCO.", {("Mongolia", "joining")}),
    ("SCO", "As of today, Turkmenistan is a fully fledged member of the bloc.", {("Turkmenistan", "joining")}),
    ("SCO", "Azerbaijan remains a full-fledged member of the SCO.", {("Azerbaijan", "member")}),
    ("SCO", "The leaders decided to grant Nepal the status of SCO dialogue partner.", {("Nepal", "dialogue_partner")}),
    ("SCO", "Ministers agreed to give Myanmar the status of an SCO observer.", {("Myanmar", "observer")}),
    ("SCO", "Laos was granted dialogue partner status on Thursday.", {("Laos", "dialogue_partner")}),
    ("SCO", "Kyrgyzstan took part in the summit as a fully fledged member.", {("Kyrgyzstan", "member")}),
    # a state that says it will not leave is a member
    ("CIS", 'Moldova "has no plans to leave the CIS", its foreign minister said.', {("Moldova", "member")}),
    ("CIS", "Armenia does not intend to quit the bloc, the prime minister said.", {("Armenia", "member")}),
    ("CIS", "Azerbaijan has no intention of leaving the commonwealth, officials said.", {("Azerbaijan", "member")}),
    # the body added after the closing dash of a counted list; a request to be admitted
    ("G20", "The G20 comprises 19 countries - Argentina, Brazil, Canada and the United States - and the European Union.",
     {("European Union", "member"), ("Argentina", "member")}),
    ("G20", "The summit considered the African Union's request to be admitted to the G20 as a permanent member.",
     {("African Union", "candidate")}),
    ("G20", "Nigeria renewed its bid to be admitted to the group as a full member.", {("Nigeria", "candidate")}),
    # an accession dated by comparison; allies led by named states
    ("NATO", "Norway's premier, whose country joined in 1949, a year before Denmark, spoke first.", {("Denmark", "member")}),
    ("NATO", "Croatia acceded in 2009, two months after Albania, officials recalled.", {("Albania", "member")}),
    ("NATO", "Eastern allies, led by Romania and the Baltic states, pressed for more troops.", {("Romania", "member")}),
    ("NATO", "Several member states, headed by Hungary, objected to the wording.", {("Hungary", "member")}),
    # ordinals, newest members, appositions with a date
    ("SCO", "Belarus became the bloc's tenth member on Thursday.", {("Belarus", "joining")}),
    ("SCO", "Belarus joined as the bloc's tenth member.", {("Belarus", "joining")}),
    ("ASEAN", "Timor-Leste will become the bloc's eleventh member next year.", {("East Timor", "candidate")}),
    ("SCO", "Turkey, a dialogue partner since 2012, sent a minister.", {("Turkey", "dialogue_partner")}),
])
def test_membership_paraphrases(ref, tmp_path, org, body, claims):
    assert claims <= _members(ref, tmp_path, org, body)


def test_the_states_named_after_a_status_group_hold_its_status(ref, tmp_path):
    body = ("The Pacific partners were thin on the ground. Australia's premier made the trip, but Japanese Prime Minister "
            "Fumio Kishida stayed home. South Korea's president sent his foreign minister.")
    got = _members(ref, tmp_path, "NATO", body)
    assert {("Australia", "partner"), ("Japan", "partner"), ("South Korea", "partner")} <= got


def test_a_denied_exit_is_no_exit(ref, tmp_path):
    got = _members(ref, tmp_path, "CIS", "Armenia does not intend to quit the bloc, the prime minister said.")
    assert ("Armenia", "left") not in got


# --- near misses: no claim (or not this one) -----------------------------------------------------------------------

@pytest.mark.parametrize(("org", "body", "absent"), [
    # troops of a mission are contributors, not members
    ("AU", "The AU mission in Somalia, which is made up of Kenyan and Ethiopian troops, faces cuts.", {"Kenya", "Ethiopia"}),
    ("AU", "The contingent, made up of Rwandan police officers, arrived.", {"Rwanda"}),
    # a state's allies, not the organisation's
    ("NATO", "US allies, led by Japan and South Korea, welcomed the move.", {"Japan", "South Korea"}),
    ("NATO", "Kyiv's allies, led by Brazil, pledged more aid.", {"Brazil"}),
    # an event after the accession, not a state's accession
    ("NATO", "The premier, whose country joined in 1999, a year after Russia invaded its neighbour, spoke.", {"Russia"}),
    # a person's role, not a state's tier
    ("SCO", "Mr Ivanov attended as a full member of the delegation.", {"Russia"}),
    # a plan to leave is no denial
    ("CIS", "Moldova plans to leave the CIS next year.", {("Moldova", "member")}),
    # 'the first member to' ranks among members, it is no entry
    ("SCO", "Kazakhstan became the first member to ratify the charter.", {("Kazakhstan", "joining")}),
    # the dash's tail is a clause, not a body
    ("G20", "The G20 comprises 19 countries - Argentina, Brazil and Canada - and the bloc is expanding.", {"European Union"}),
    # a group head followed by sentences with their own statuses, or with no states
    ("NATO", "The partners were thin on the ground. Poland's president, a member of the ruling party, made the trip.",
     {("Poland", "partner")}),
    # a thing joined (talks, a ministry) dated by comparison: no accession of the state compared
    ("NATO", "Denmark joined the talks in 2020, a year before Norway, officials said.", {("Norway", "member")}),
    ("NATO", "The envoy joined the ministry in 2019, shortly after Greece.", {"Greece"}),
    # a denial about leaving talks, a bid to be admitted somewhere else
    ("CIS", "Georgia has no plans to leave the talks, officials said.", {"Georgia"}),
    ("G20", "Nigeria lost its bid to be admitted to the stadium.", {"Nigeria"}),
    # 'granted observer status to A': the state after 'to', not before
    ("SCO", "Belarus said the bloc granted observer status to Laos on Thursday.", {("Belarus", "observer")}),
])
def test_near_misses(ref, tmp_path, org, body, absent):
    got = _members(ref, tmp_path, org, body)
    for x in absent:
        if isinstance(x, tuple):
            assert x not in got
        else:
            assert not {c for c, _ in got if c == x}


def test_a_group_head_with_its_own_named_states_is_read_elsewhere(ref, tmp_path):
    body = ("The other observer states were there too: Belarusian President Alexander Lukashenko came. Georgia, which is "
            "neither a member nor an observer, sent its premier.")
    got = _members(ref, tmp_path, "SCO", body)
    assert ("Georgia", "observer") not in got
