"""Round 29 (helper m): a paraphrase matrix of membership acts (founding, joining, acceding, leaving, applying,
suspension, readmission) with gaps between the verb and its list (place, date, a counted noun, a dash or colon),
active and passive, pronoun objects, across organisations. Every sentence is invented for this grid."""

from __future__ import annotations

import itertools

import pytest

from tests.extraction.conftest import extract_text, member_set

# organisation: (name form, generic form, summit city, another city)
ORGS = {
    "SCO": ("the SCO", "the bloc", "Astana", "Shanghai"),
    "CSTO": ("the CSTO", "the alliance", "Yerevan", "Tashkent"),
    "NATO": ("NATO", "the alliance", "Madrid", "Washington"),
    "AU": ("the African Union", "the union", "Addis Ababa", "Durban"),
    "ASEAN": ("ASEAN", "the bloc", "Jakarta", "Bangkok"),
    "EAEU": ("the EAEU", "the union", "Minsk", "Astana"),
    "BRICS": ("BRICS", "the group", "Kazan", "Yekaterinburg"),
    "GCC": ("the GCC", "the bloc", "Doha", "Abu Dhabi"),
}
LISTS = [
    ("Kenya, Ghana and Peru", ("Kenya", "Ghana", "Peru")),
    ("Chile, Norway, Fiji and Nepal", ("Chile", "Norway", "Fiji", "Nepal")),
    ("the Philippines and the Netherlands", ("Philippines", "Netherlands")),
    ("Mongolia, Iceland, Benin and Laos", ("Mongolia", "Iceland", "Benin", "Laos")),
]
COUNT = {2: "two", 3: "three", 4: "four"}
PAST = "2024-07-05"

# (family, status, template): {O} the organisation at the start, {o} mid-sentence, {g} its generic name,
# {L} a list, {N} the list's count, {c} another city
FRAMES: list[tuple[str, str, str]] = [
    ("found", "member", "{O} was founded in {c} in April 1996 by {N} countries -- {L}."),
    ("found", "member", "{O} was set up in {c} on 15 June 2001 by {N} states: {L}."),
    ("found", "member", "{O} was established in 1996 by {N} nations - {L}."),
    ("found", "member", "{O} was originally founded in {c} by {L}."),
    ("found", "member", "{L} founded {o} in {c} in 1996."),
    ("found", "member", "In 1996, {L} set up {o} in {c}."),
    ("found", "member", "{L} created {g} in 1996."),
    ("join", "member", "{L} joined {o} in 1999."),
    ("join", "member", "In 1999, {L} joined {o}."),
    ("join", "member", "{L} joined {g} in 1999."),
    ("join", "member", "{L} were admitted to {o} in 1999."),
    ("join", "member", "{L} joined it in 1999."),
    ("join", "member", "{L} were admitted in 1999."),
    ("accede", "member", "{L} acceded to it in 1993."),
    ("accede", "member", "{L} acceded to {o} in 1993."),
    ("accede", "member", "In 1993, {L} acceded to {g}."),
    ("leave", "left", "In 1999, {L} declined to sign the protocol extending its charter and withdrew from it."),
    ("leave", "left", "{L} withdrew from {o} in 2012."),
    ("leave", "left", "{L} left {o} in 2012."),
    ("leave", "left", "{L} quit {g} in 2012."),
    ("leave", "left", "In 2012, {L} pulled out of {o}."),
    ("leave", "left", "{L} withdrew from it in 2012."),
    ("leave", "left", "{L} refused to renew their membership and left it."),
    ("apply", "candidate", "{L} have all asked to be admitted as full members."),
    ("apply", "candidate", "{L} have asked to be admitted to {o}."),
    ("apply", "candidate", "{L} have applied to join {o}."),
    ("apply", "candidate", "{L} have formally applied for membership."),
    ("apply", "candidate", "{L} are seeking to be admitted as members."),
    ("apply", "candidate", "{L} have requested admission to {g}."),
    ("suspend", "suspended", "{L} were suspended from {o} in 2021."),
    ("suspend", "suspended", "{L} were suspended from {g} after coups."),
    ("suspend", "suspended", "In 2021, {o} suspended {L}."),
    ("suspend", "suspended", "{L} remain suspended."),
    ("readmit", "member", "{L} were readmitted to {o} in 2016."),
    ("readmit", "member", "{O} readmitted {L} in 2016."),
    ("readmit", "member", "In 2016, {L} were readmitted."),
    ("found", "member", "{L} signed the founding charter of {g} in 2001."),
    ("found", "member", "{L} are founding members of {o}."),
    ("leave", "left", "{L} were stripped of their membership in 2019."),
    ("apply", "candidate", "{L} are set to join {g} next year."),
    ("apply", "candidate", "{L} were invited to become full members."),
    ("apply", "candidate", "{N} countries -- {L} -- were invited to join."),
    ("readmit", "member", "{L} left {g} in 2012 but rejoined in 2016."),
    ("found", "member", "The founders of {o} were {L}."),
    ("leave", "left", "{L} were expelled in 1962."),
    ("found", "member", "{L} signed a declaration in {c} in 1967, founding {o}."),
    ("apply", "candidate", "{L} have lodged formal applications to join {g}."),
    # the list after a counted noun and a dash, as the subject
    ("found", "member", "{N} countries -- {L} -- founded {o} in {c} in 1996."),
    ("join", "member", "{N} states - {L} - joined {g} in 2004."),
    ("leave", "left", "{N} countries -- {L} -- have since left {o}."),
    ("apply", "candidate", "{N} countries -- {L} -- have asked to be admitted."),
    ("join", "member", "{O} admitted {L} in 1999."),
    ("join", "member", "In 1999, {g} admitted {L}."),
    ("leave", "left", "{L} were expelled from {g} in 1962."),
    ("apply", "candidate", "{L} have submitted membership applications."),
    ("apply", "candidate", "{L} have submitted formal bids to join {g}."),
    ("suspend", "suspended", "{L} have been suspended since coups in 2021."),
    ("suspend", "suspended", "{L}, all suspended after coups, were not invited."),
    ("suspend", "suspended", "{L} remain under suspension."),
    ("readmit", "member", "{O} lifted the suspensions of {L} in 2016."),
    ("readmit", "member", "{L} returned to {o} in 2016."),
]


def _article(org: str, sentence: str) -> str:
    name, _, city, _ = ORGS[org]
    return f"{name.removeprefix('the ')} summit opens in {city}\n\nThe leaders met in {city} on Friday. {sentence}\n"


def _cases() -> list:
    orgs, lists = itertools.cycle(ORGS), itertools.cycle(LISTS)
    cases = []
    for i, (family, status, template) in enumerate(FRAMES):
        for _ in range(2):
            org, (items, names) = next(orgs), next(lists)
            name, generic, _, other = ORGS[org]
            text = template.format(O=name[:1].upper() + name[1:], o=name, g=generic, L=items, N=COUNT[len(names)], c=other)
            text = text[:1].upper() + text[1:]
            cases.append(pytest.param(org, text, {(n, status) for n in names}, id=f"{family}{i}-{org}"))
    return cases


@pytest.mark.parametrize(("org", "sentence", "want"), _cases())
def test_membership_act_paraphrase(ref, tmp_path, org, sentence, want):
    got = member_set(extract_text(ref, tmp_path, _article(org, sentence), PAST))
    assert want <= got, (sentence, got)
    assert not {(c, s) for c, s in got if c in {n for n, _ in want}} - want, (sentence, got)


# the organisation's founding treaty, named as the organisation once was: its signatories founded it
TREATY = [
    ("CSTO", "The Collective Security Treaty was originally signed in Bishkek by Armenia, Kazakhstan and Belarus.",
     {("Armenia", "member"), ("Kazakhstan", "member"), ("Belarus", "member")}),
    ("NATO", "The North Atlantic Treaty was signed in Washington in April 1949 by three countries -- Norway, Iceland "
             "and Portugal.", {("Norway", "member"), ("Iceland", "member"), ("Portugal", "member")}),
]


@pytest.mark.parametrize(("org", "sentence", "want"), TREATY, ids=["csto", "nato"])
def test_founding_treaty_signed_by(ref, tmp_path, org, sentence, want):
    assert want <= member_set(extract_text(ref, tmp_path, _article(org, sentence), PAST))


def test_a_founding_treaty_then_accessions_and_exits(ref, tmp_path):
    text = ("The Collective Security Treaty was first signed in Bishkek by Armenia, Russia and Belarus. Moldova and "
            "Serbia acceded to it in 1994. In 2001, Moldova and Belarus refused to sign the protocol prolonging the "
            "treaty and withdrew from it.")
    got = member_set(extract_text(ref, tmp_path, _article("CSTO", text), PAST))
    assert {("Armenia", "member"), ("Russia", "member"), ("Serbia", "member"), ("Moldova", "left"), ("Belarus", "left")} <= got
    assert ("Moldova", "member") not in got and ("Belarus", "member") not in got


def test_exit_from_the_predecessor_by_pronoun(ref, tmp_path):
    text = ("Eritrea is the only state on the continent outside the union. It quit the Organisation of African Unity, "
            "the AU's forerunner, in 1987 after a border row.")
    assert ("Eritrea", "left") in member_set(extract_text(ref, tmp_path, _article("AU", text), PAST))


def test_an_old_exit_dated_past_an_apposition_yields_to_a_bid_to_return(ref, tmp_path):
    text = ("Eritrea quit the Organisation of African Unity, the union's forerunner, in 1987 after a border row. This "
            "week Eritrea formally applied to rejoin the African Union, and Sudan applied to re-join the union.")
    got = member_set(extract_text(ref, tmp_path, _article("AU", text), PAST))
    assert {("Eritrea", "candidate"), ("Sudan", "candidate")} <= got and ("Eritrea", "left") not in got


def test_an_associate_member_by_a_changed_status(ref, tmp_path):
    text = "Georgia, which switched its status in the union to that of an associate member in May 2009, sent its premier."
    got = member_set(extract_text(ref, tmp_path, _article("EAEU", text), PAST))
    assert ("Georgia", "partner") in got and ("Georgia", "member") not in got


def test_observer_status_along_with_and_also_an_observer(ref, tmp_path):
    text = ("Mongolian President Ukhnaagiin Khurelsukh, who holds observer status along with Laos, pressed for a seat. "
            "Nepal, also an observer, was left off the guest list.")
    got = member_set(extract_text(ref, tmp_path, _article("SCO", text), PAST))
    assert {("Mongolia", "observer"), ("Laos", "observer"), ("Nepal", "observer")} <= got


NEGATIVES = [
    # another body's chair is no member of this one
    ("BRICS", "The European Union is represented by Commission President Ursula von der Leyen and Danish Prime Minister "
              "Mette Frederiksen, whose country holds the bloc's rotating presidency.", {("Denmark", "member")}),
    # a treaty or another organisation left is no exit from this one
    ("SCO", "Chile and Peru signed the Paris Agreement in 2016 but withdrew from it in 2020.", {("Chile", "left"), ("Peru", "left")}),
    ("GCC", "Kenya and Ghana asked to be admitted to the European Union.", {("Kenya", "candidate"), ("Ghana", "candidate")}),
    ("ASEAN", "Fiji and Nepal left the Commonwealth in 1987.", {("Fiji", "left"), ("Nepal", "left")}),
    # a partnership that a state could join is no status
    ("NATO", "Its foreign minister has said Moscow could join the partnership, but warned against enlargement.",
     {("Russia", "partner")}),
    # admitted as full members is an entry made, not an application
    ("AU", "The summit admitted Kenya and Ghana as full members.", {("Kenya", "candidate"), ("Ghana", "candidate")}),
    ("SCO", "Kenya and Ghana asked to join the talks on the pipeline.", {("Kenya", "candidate"), ("Ghana", "candidate")}),
    ("CSTO", "Chile and Peru were invited to join the talks.", {("Chile", "candidate"), ("Peru", "candidate")}),
    ("ASEAN", "Chile and Peru are founding members of the Pacific Alliance.", {("Chile", "member"), ("Peru", "member")}),
    # 'the union' in an SCO report is another body; an invitation followed by an entry
    ("SCO", "Chile is expected to join the union, and Peru left the union in 2015.", {("Chile", "candidate"), ("Peru", "left")}),
    ("SCO", "Chile and Peru formed the group of friends of the mediation in 2001.", {("Chile", "member"), ("Peru", "member")}),
    ("SCO", "Chile and Peru left the summit early and quit the talks.", {("Chile", "left"), ("Peru", "left")}),
    ("SCO", "Chile and Peru will withdraw from the bloc next year.", {("Chile", "left"), ("Peru", "left")}),
    ("SCO", "Chile and Peru have not joined the bloc.", {("Chile", "member"), ("Peru", "member")}),
    ("SCO", "Chile and Peru were expelled from the country in 2012.", {("Chile", "left"), ("Peru", "left")}),
    ("SCO", "The founders of the company were Chile and Peru.", set()),
    # another body's acts stay that body's
    ("GCC", "Chile and Peru joined the European Union in 2004.", {("Chile", "member"), ("Peru", "member")}),
    ("GCC", "In 2021, the African Union suspended Chile and Peru.", {("Chile", "suspended"), ("Peru", "suspended")}),
    ("GCC", "Chile and Peru withdrew from the African Union in 2012.", {("Chile", "left"), ("Peru", "left")}),
    ("GCC", "The European Union readmitted Chile in 2016.", {("Chile", "member")}),
    ("ASEAN", "Chile and Peru held talks in Lima, creating a new fund.", {("Chile", "member"), ("Peru", "member")}),
    # a walkout from a body named before, with no antecedent in the sentence
    ("NATO", "Chile walked out of it for a year in protest at the strikes.", {("Chile", "left")}),
    # admitted with another status; admitted by another body
    ("SCO", "The SCO admitted Laos and Nepal as observers in 2005.", {("Laos", "member"), ("Nepal", "member")}),
    ("BRICS", "The New Development Bank, set up by BRICS in 2015, admitted Chile and Peru last year.",
     {("Chile", "member"), ("Peru", "member"), ("Chile", "joining"), ("Peru", "joining")}),
    # a person leaving the meeting
    ("SCO", "Kenya's president left the hall in 2012 fashion before the vote.", {("Kenya", "left")}),
]


@pytest.mark.parametrize(("org", "sentence", "banned"), NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_membership_act_negative(ref, tmp_path, org, sentence, banned):
    got = member_set(extract_text(ref, tmp_path, _article(org, sentence), PAST))
    assert not banned & got, (sentence, got)


def test_observers_along_with_a_head_and_a_title_after_with(ref, tmp_path):
    text = ("Laos, along with Nepal and Bhutan, attended as observers. Observers Chile and Peru, along with dialogue "
            "partner Fiji, also came.")
    got = member_set(extract_text(ref, tmp_path, _article("SCO", text), PAST))
    assert {("Laos", "observer"), ("Nepal", "observer"), ("Bhutan", "observer"), ("Chile", "observer"),
            ("Fiji", "dialogue_partner")} <= got
    text = "Kenya, along with Ghana and Peru, criticised the sanctions, while Chile and Fiji attended as observers."
    got = member_set(extract_text(ref, tmp_path, _article("SCO", text), PAST))
    assert not {("Kenya", "observer"), ("Ghana", "observer")} & got


def test_an_associate_member_inside_a_list_of_members(ref, tmp_path):
    text = "The union now unites five states: Kenya, Ghana, Peru, Chile and Fiji, an associate member."
    got = member_set(extract_text(ref, tmp_path, _article("EAEU", text), PAST))
    assert {("Kenya", "member"), ("Chile", "member"), ("Fiji", "partner")} <= got and ("Fiji", "member") not in got


@pytest.mark.parametrize("text", [
    "The founding treaty was signed in Almaty in 1994 by Armenia, Kazakhstan and Belarus.",
    "The treaty establishing the union was signed in Almaty in 1994 by Armenia, Kazakhstan and Belarus.",
])
def test_a_founding_treaty_named_by_its_role(ref, tmp_path, text):
    got = member_set(extract_text(ref, tmp_path, _article("EAEU", text), PAST))
    assert {("Armenia", "member"), ("Kazakhstan", "member"), ("Belarus", "member")} <= got


def test_some_other_treaty_signed_is_no_founding(ref, tmp_path):
    text = "The treaty was signed in Geneva in 1994 by Chile, Peru and Fiji."
    got = member_set(extract_text(ref, tmp_path, _article("SCO", text), PAST))
    assert not {c for c, _ in got} & {"Chile", "Peru", "Fiji"}


def test_next_in_line_and_a_former_name_of_a_state(ref, tmp_path):
    got = member_set(extract_text(ref, tmp_path, _article("NATO", "Chile, Peru and Fiji, which hope to be next in line, "
                                                                  "were told to wait."), PAST))
    assert {("Chile", "candidate"), ("Peru", "candidate"), ("Fiji", "candidate")} <= got
    got = member_set(extract_text(ref, tmp_path, _article("NATO", "Kenya hopes to be next in line to host the summit."), PAST))
    assert ("Kenya", "candidate") not in got
    got = member_set(extract_text(ref, tmp_path, _article("NATO", "Norway joined in 1949 and West Germany in 1955."), PAST))
    assert {("Norway", "member"), ("Germany", "member")} <= got


# round 31 (the second fresh round): more frames of the same families, each with invented sentences
R31 = [
    ("ASEAN", "The bloc was founded on 3 May 1981, when the foreign ministers of Chile, Peru and Fiji signed the Lima "
              "Accord.", {("Chile", "member"), ("Peru", "member"), ("Fiji", "member")}),
    ("GCC", "Peru has been a full member of the bloc since 1990.", {("Peru", "member")}),
    ("ASEAN", "Chile and Peru, also dialogue partners of ASEAN, are in town for talks.",
     {("Chile", "dialogue_partner"), ("Peru", "dialogue_partner")}),
    ("BRICS", "Chile founded the group in 1999 and Fiji joined two years later.", {("Chile", "member"), ("Fiji", "member")}),
    ("BRICS", "Chile was brought into the talks in the 1990s, becoming a full participant in 1997.", {("Chile", "member")}),
    ("SCO", "Fiji joined as a full member in 2019.", {("Fiji", "member")}),
    ("BRICS", "Among the formal applicants are Chile, Peru and Fiji.", {("Chile", "candidate"), ("Peru", "candidate"), ("Fiji", "candidate")}),
    ("AU", "The session was marked by the return of Benin, whose seat had been empty for a year.", {("Benin", "member")}),
    ("AU", "The row prompted Eritrea to leave the continental body in 1987.", {("Eritrea", "left")}),
]


@pytest.mark.parametrize(("org", "sentence", "want"), R31, ids=[f"r31_{i}" for i in range(len(R31))])
def test_round31_frames(ref, tmp_path, org, sentence, want):
    got = member_set(extract_text(ref, tmp_path, _article(org, sentence), PAST))
    assert want <= got, (sentence, got)


def test_round31_negatives(ref, tmp_path):
    got = member_set(extract_text(ref, tmp_path, _article("ASEAN", "Fiji cheered the return of Chile to the Commonwealth."), PAST))
    assert ("Chile", "member") not in got
    got = member_set(extract_text(ref, tmp_path, _article("AU", "The storm prompted Kenya to leave the summit early."), PAST))
    assert ("Kenya", "left") not in got
    got = member_set(extract_text(ref, tmp_path, _article("SCO", "Chile joined the talks two years later."), PAST))
    assert ("Chile", "member") not in got
