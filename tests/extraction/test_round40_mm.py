"""Round 40 (helper mm): the learned membership reader switched on (pipeline/membership_model.py at its cross-validated
threshold) and its guards (pipeline/membership_guards.py), on small invented articles (no sentence of any corpus).

Positives are states the hand-written rules leave unread and the model now adds through derive(); near misses are
the guard families: a denial or a contrast before the state, a status word whose object is something else, the state as
that object, a person's origin, a delegation's act, a speaker, a run counted with another number, a possessor of
something else, a clause of time with no status word.
"""

from __future__ import annotations

import pytest

from pipeline import membership_guards as mg
from pipeline import membership_model as mm
from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


AU = ("The African Union summit opened in Addis Ababa on Saturday.", "2024-02-17")
NATO = ("The NATO summit opened in Vilnius on Tuesday.", "2023-07-11")
ASEAN = ("The ASEAN summit opened in Vientiane on Tuesday.", "2024-10-08")
SCO = ("The SCO summit opened in Astana on Thursday.", "2024-07-04")
ARAB = ("The Arab League summit opened in Manama on Thursday.", "2024-05-16")
BRICS = ("The BRICS summit opened in Kazan on Tuesday.", "2024-10-22")
G20 = ("The G20 summit opened in Rio de Janeiro on Monday.", "2024-11-18")


def test_the_reader_is_switched_on_at_the_cross_validated_threshold():
    assert mm.THRESHOLD == mm.CV_THRESHOLD <= 1


# --- positives: what the model adds -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("summit", "body", "added"), [
    (AU, "Malawi, a member state since independence, asked for a seat on the panel.", {("Malawi", "member")}),
    (AU, "Union members Lesotho and Malawi called for debt relief.", {("Malawi", "member")}),
    (NATO, "Alliance members Greece and Portugal raised the cost of the plan.", {("Portugal", "member")}),
    (ARAB, "Gulf members Kuwait and Oman urged restraint.", {("Oman", "member")}),
    (ARAB, "League members Tunisia and Libya pressed for a ceasefire.", {("Libya", "member")}),
    (ASEAN, "Bloc members Cambodia and Brunei signed the text.", {("Cambodia", "member"), ("Brunei", "member")}),
    (ASEAN, "Founding members Thailand and Singapore pushed for a deal.", {("Thailand", "member"), ("Singapore", "member")}),
    (SCO, "Full members Kyrgyzstan and Tajikistan backed the bank.", {("Tajikistan", "member")}),
    (G20, "Member economies Mexico and Indonesia called for a tax deal.", {("Indonesia", "member")}),
    (BRICS, "New members Egypt and Ethiopia attended for the first time.", {("Ethiopia", "member")}),
])
def test_the_model_adds_states_the_rules_leave_unread(ref, tmp_path, summit, body, added):
    opening, published = summit
    assert added <= _members(ref, tmp_path, opening, body, published)


# --- near misses: what the guards stop ----------------------------------------------------------------------------

_NEAR_MISSES = [
    # a denial or a contrast before the state
    (AU, "Neighbours that are not members of the union, such as Spain and Portugal, watched closely.", {"Spain", "Portugal"}),
    (NATO, "Every member except Hungary and Turkey backed the plan.", set()),
    (NATO, "Ireland, unlike Austria and Malta, applied for nothing.", {"Austria", "Malta"}),
    # a status word whose object is another thing: a body, an event, a plain noun, a name
    (SCO, "Laos is an observer at the talks on the Mekong dam.", {"Laos"}),
    (AU, "Ghana applied for a loan from the World Bank last year.", {"Ghana"}),
    (ASEAN, "Officials said Papua New Guinea is applying for fishing rights in the strait.", {"Papua New Guinea"}),
    (NATO, "Serbia sent an observer to the elections in Bosnia.", {"Serbia", "Bosnia and Herzegovina"}),
    (SCO, "Mongolia has applied for a grant from the Asian Development Bank.", {"Mongolia"}),
    (AU, "Ghana applied pressure on the bloc over its budget.", {"Ghana"}),
    (AU, "Kenya quit the talks on the budget in protest.", {"Kenya"}),
    (G20, "Chile has applied to join the Southern Cone Alliance Trade Compact.", {"Chile"}),
    (BRICS, "Egypt joined the talks on grain along with Ethiopia.", {"Egypt"}),
    (NATO, "Portugal left office politics aside as Spain and Italy joined in the debate.", {"Spain", "Italy"}),
    (SCO, "Members discussed Turkey's application for a fishing licence.", {"Turkey"}),
    (NATO, "Canada is a major trading partner of Mexico.", {"Canada", "Mexico"}),
    # the state is another state's partner or ally, or the object of a join
    (ASEAN, "Cambodia and Laos, Tokyo's closest partners in the region, sent ministers.", {"Cambodia", "Laos"}),
    (NATO, "Moldova became a close ally of Romania long ago.", {"Moldova"}),
    (NATO, "Sweden joined Finland in calling for sanctions.", set()),
    # a person's origin, a delegation's act, a speaker telling of another state
    (NATO, "A diplomat from Cyprus was admitted to a hospital in the capital.", {"Cyprus"}),
    (AU, "The Moroccan delegation left the plenary session early.", {"Morocco"}),
    (NATO, "Norway said the alliance had granted partner status to Georgia.", set()),
    (ASEAN, "Officials from Australia joined the clean-up after the storm.", {"Australia"}),
    # a run counted with another number; a clause of time with no status word
    (SCO, "Nepal and Sri Lanka are its four South Asian partners.", {"Nepal", "Sri Lanka"}),
    (ARAB, "The union was set up in 1945, when Yemen was still a kingdom.", {"Yemen"}),
]


@pytest.mark.parametrize(("summit", "body", "absent"), _NEAR_MISSES)
def test_near_misses_get_no_status_from_the_model(ref, tmp_path, summit, body, absent):
    opening, published = summit
    got = _members(ref, tmp_path, opening, body, published)
    assert not {c for c, _ in got} & absent
    assert not any(c for c in got if c[0] in absent)


@pytest.mark.parametrize(("summit", "body", "state"), [
    (NATO, "Ireland, unlike Austria and Malta, applied for nothing.", "Austria"),
    (BRICS, "Egypt joined the talks on grain along with Ethiopia.", "Egypt"),
    (G20, "Chile has applied to join the Southern Cone Alliance Trade Compact.", "Chile"),
    (SCO, "Nepal and Sri Lanka are its four South Asian partners.", "Nepal"),
    (NATO, "Portugal left office politics aside as Spain and Italy joined in the debate.", "Italy"),
])
def test_without_the_guards_the_model_would_add_them(ref, tmp_path, monkeypatch, summit, body, state):
    opening, published = summit
    assert state not in {c for c, _ in _members(ref, tmp_path, opening, body, published)}
    monkeypatch.setattr(mm, "mention_guards", lambda *a, **k: [])
    assert state in {c for c, _ in _members(ref, tmp_path, opening, body, published)}


# --- the guards on token lists ------------------------------------------------------------------------------------

def _guards(sentence: str, at: int, first: int | None = None, last: int | None = None, size: int = 1) -> list[str]:
    toks = sentence.split()
    cased = toks
    lowered = [t if t.startswith("<") else t.lower() for t in toks]
    return mg.mention_guards(lowered, mg.cue_objects(lowered, cased), at, at if first is None else first,
                             at if last is None else last, size)


@pytest.mark.parametrize(("sentence", "at", "guard"), [
    ("states that are not members , like <c> , watched", 6, None),  # a comma closes the denial's clause
    ("states outside the <org> such as <c> watched", 5, "neg_before"),
    ("<c> is an observer at the elections", 0, "cue_other"),
    ("<c> applied for a loan", 0, "cue_other"),
    ("<c> joined <c> in condemning it", 2, "cue_object"),
    ("a minister from <c> arrived", 3, "origin"),
    ("the <c> delegation left early", 1, "delegation"),
    ("the approval of <c> 's parliament", 3, "possessor"),
])
def test_each_guard_on_its_shape(sentence, at, guard):
    got = _guards(sentence, at)
    assert (guard in got) if guard else not got


@pytest.mark.parametrize(("sentence", "at"), [
    ("<c> joined the bloc in 2004", 0),
    ("<c> applied for full membership last year", 0),
    ("<c> , a member of the <org> , spoke", 0),
    ("<c> joined in March", 0),
    ("<c> applied to join the <org>", 0),
    ("<c> 's membership was suspended", 0),
    ("<c> became the 31st ally in 2023", 0),
    ("<c> left the <org> in 2016", 0),
])
def test_no_guard_where_the_status_is_the_organisations(sentence, at):
    assert not _guards(sentence, at)
