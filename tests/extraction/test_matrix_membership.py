"""A paraphrase matrix of membership statements: the ways news copy states who belongs to an organisation, and in
what capacity, crossed with organisation names (acronym, full name, 'the bloc') and list shapes. Every sentence is
invented for this grid (no corpus text); negatives hold each frame to its own cue."""

from __future__ import annotations

import itertools

import pytest

from tests.extraction.conftest import extract_text, member_set

# organisation: (acronym form, full-name form, generic form, summit city)
ORGS = {
    "SCO": ("the SCO", "the Shanghai Cooperation Organisation", "the bloc", "Astana"),
    "CIS": ("the CIS", "the Commonwealth of Independent States", "the grouping", "Minsk"),
    "ECOWAS": ("ECOWAS", "the Economic Community of West African States", "the bloc", "Abuja"),
    "SADC": ("SADC", "the Southern African Development Community", "the community", "Harare"),
    "CSTO": ("the CSTO", "the Collective Security Treaty Organization", "the alliance", "Yerevan"),
    "OTS": ("the OTS", "the Organization of Turkic States", "the organisation", "Baku"),
    "ASEAN": ("ASEAN", "the Association of Southeast Asian Nations", "the bloc", "Jakarta"),
    "GCC": ("the GCC", "the Gulf Cooperation Council", "the bloc", "Doha"),
}
# list shapes: (text, canonical names)
LISTS = {
    "two": ("Kenya and Ghana", ("Kenya", "Ghana")),
    "oxford": ("Peru, Chile, and Colombia", ("Peru", "Chile", "Colombia")),
    "long": ("Poland, Austria, Norway, Portugal, Greece and Finland", ("Poland", "Austria", "Norway", "Portugal", "Greece", "Finland")),
    "the": ("the Philippines, the Netherlands and the United Arab Emirates", ("Philippines", "Netherlands", "United Arab Emirates")),
}
ONE = ("Mongolia", "Mongolia")
PAST = "2024-07-05"

# (frame name, status, sentence): {o} the organisation mid-sentence, {O} at the start, {L} a list, {X} one state
FRAMES: list[tuple[str, str, str]] = [
    # members
    ("members_of_are", "member", "The members of {o} are {L}."),
    ("members_of_were", "member", "The members of {o} were then {L}."),
    ("member_states_of_are", "member", "The member states of {o} are {L}."),
    ("members_of_include", "member", "The members of {o} include {L}."),
    ("members_of_comprise", "member", "The members of {o} comprise {L}."),
    ("members_of_colon", "member", "Members of {o}: {L}."),
    ("possessive_members_are", "member", "{O}'s members are {L}."),
    ("possessive_member_states_include", "member", "{O}'s member states include {L}."),
    ("possessive_members_comprise", "member", "{O}'s members comprise {L}."),
    ("possessive_membership_includes", "member", "{O}'s membership includes {L}."),
    ("whose_members_are", "member", "{O}, whose members are {L}, met on Friday."),
    ("whose_members_include", "member", "{O}, whose members include {L}, met on Friday."),
    ("counts_among_members", "member", "{O} counts {L} among its members."),
    ("counts_as_members", "member", "{O} counts {L} as members."),
    ("which_groups", "member", "{O}, which groups {L}, met on Friday."),
    ("which_brings_together", "member", "{O}, which brings together {L}, met on Friday."),
    ("made_up_of", "member", "{O}, made up of {L}, met on Friday."),
    ("which_includes", "member", "{O}, which includes {L}, met on Friday."),
    ("are_members_of", "member", "{L} are members of {o}."),
    ("are_all_members_of", "member", "{L} are all members of {o}."),
    ("are_full_members_of", "member", "{L} are full members of {o}."),
    ("were_members_of", "member", "At the time {L} were members of {o}."),
    ("all_members_of", "member", "{L}, all members of {o}, signed the deal."),
    ("belong_to", "member", "{L} belong to {o}."),
    ("make_up", "member", "{L} make up {o}."),
    ("among_members", "member", "{L} are among the members of {o}."),
    ("bracket_list", "member", "Leaders of {o} ({L}) met on Friday."),
    ("are_orgs_only_members", "member", "{L} are {o}'s only Andean members."),
    ("groups_counted_colon", "member", "{O} groups six former colonies: {L}."),
    ("brings_together_counted_dash", "member", "{O} brings together five island monarchies - {L}."),
    ("acronym_of_list", "member", "In 2001 Chile came in, turning the {a} of {L} into a larger club."),
    ("counted_bracket_list", "member", "The leaders of the six-member {a} ({L}) met on Friday."),
    ("members_since_appositive", "member", "{L}, members since 1998, signed the deal."),
    ("and_several_other_members", "member", "{L} and several smaller members pressed for a deal."),
    # founding members
    ("founding_members_of_are", "member", "The founding members of {o} are {L}."),
    ("founding_members_were", "member", "{O}'s founding members were {L}."),
    ("are_founding_members_of", "member", "{L} are founding members of {o}."),
    ("were_founding_members_of", "member", "{L} were founding members of {o}."),
    ("founded_by", "member", "{O} was founded in 2001 by {L}."),
    ("founded_it", "member", "{L} founded {o} in 2001."),
    ("founded_by_counted_colon", "member", "{O} was founded in 1991 by 12 nations: {L}."),
    ("founded_by_counted_including", "member", "{O} was founded in Lima by 12 Andean economies, including {L}."),
    # observers
    ("observers_of_are", "observer", "The observers of {o} are {L}."),
    ("observer_states_of_are", "observer", "The observer states of {o} are {L}."),
    ("possessive_observers_are", "observer", "{O}'s observers are {L}."),
    ("possessive_observer_states_include", "observer", "{O}'s observer states include {L}."),
    ("are_observers_in", "observer", "{L} are observers in {o}."),
    ("have_observer_status_in", "observer", "{L} have observer status in {o}."),
    ("hold_observer_status", "observer", "{L} hold observer status."),
    ("enjoy_observer_status", "observer", "{L} enjoy observer status in {o}."),
    ("whose_observers_are", "observer", "{O}, whose observers are {L}, met on Friday."),
    ("have_the_status_of_observers", "observer", "{L} have the status of observers."),
    ("became_observers_in", "observer", "{L} became observers in 2005."),
    ("status_extended_to", "observer", "{O} created observer status in 2004 and extended it to {L}."),
    ("heads_of_observer_states_title", "observer", "Heads of observer states {L} spoke next."),
    # dialogue partners
    ("dialogue_partners_of_are", "dialogue_partner", "The dialogue partners of {o} are {L}."),
    ("possessive_dialogue_partners_include", "dialogue_partner", "{O}'s dialogue partners include {L}."),
    ("are_dialogue_partners_of", "dialogue_partner", "{L} are dialogue partners of {o}."),
    ("hold_dialogue_partner_status", "dialogue_partner", "{L} hold dialogue partner status in {o}."),
    ("have_dialogue_partner_status", "dialogue_partner", "{L} have dialogue partner status."),
    ("status_granted_it_to", "dialogue_partner", "In 2009 {o} created the status of dialogue partner and granted it to {L}."),
    ("of_dialogue_partners_title", "dialogue_partner", "Leaders of dialogue partners {L} praised the chair."),
    # partners
    ("partner_countries_are", "partner", "{O}'s partner countries are {L}."),
    ("partner_countries_of_include", "partner", "The partner countries of {o} include {L}."),
    ("partners_of_are", "partner", "The partners of {o} are {L}."),
    ("hold_partner_status", "partner", "{L} hold partner status in {o}."),
    ("joined_partnership_programme", "partner", "{L} have joined {o}'s Partnership for Stability."),
    ("joined_its_partnership", "partner", "{L} joined its Southern Partnership in 2011."),
    # observers or dialogue partners lumped together
    ("observers_and_partners_include", "observer_or_dialogue_partner", "{O}'s observers and dialogue partners include {L}."),
    ("observers_and_partners_of_are", "observer_or_dialogue_partner", "The observers and dialogue partners of {o} are {L}."),
    ("are_observers_or_partners", "observer_or_dialogue_partner", "{L} are observers or dialogue partners of {o}."),
    # candidates
    ("have_applied_to_join", "candidate", "{L} have applied to join {o}."),
    ("have_applied_for_membership", "candidate", "{L} have applied for membership of {o}."),
    ("candidates_for_membership_are", "candidate", "The candidates for membership of {o} are {L}."),
    ("candidate_countries_include", "candidate", "{O}'s candidate countries include {L}."),
    ("applicants_are", "candidate", "The applicants to {o} are {L}."),
    ("are_seeking_membership", "candidate", "{L} are seeking membership of {o}."),
    ("want_to_join", "candidate", "{L} want to join {o}."),
    ("have_asked_to_join", "candidate", "{L} have asked to join {o}."),
    ("pressed_to_be_admitted", "candidate", "Two members pressed for {L} to be admitted, but the chair refused."),
    ("lobbied_to_be_included", "candidate", "The host lobbied for {L} to be included in the next enlargement."),
    # left
    ("quit_in", "left", "{L} quit {o} in 2009."),
    ("left_in", "left", "{L} left {o} in 2012."),
    ("withdrew_from", "left", "{L} withdrew from {o} in 2015."),
    ("pulled_out_of", "left", "{L} pulled out of {o} in 2012."),
    ("former_members_are", "left", "The former members of {o} are {L}."),
    ("are_former_members", "left", "{L} are former members of {o}."),
    # suspended
    ("remain_suspended", "suspended", "{L} remain suspended from {o}."),
    ("were_suspended_from", "suspended", "{L} were suspended from {o} in 2022."),
    ("are_suspended", "suspended", "{L} are currently suspended."),
    ("suspended_members_are", "suspended", "{O}'s suspended members are {L}."),
]
# one-state frames: (frame name, status, sentence, published)
ONE_FRAMES: list[tuple[str, str, str]] = [
    ("is_member_of", "member", "{X} is a member of {o}."),
    ("is_full_member_of", "member", "{X} is a full member of {o}."),
    ("is_founding_member_of", "member", "{X} is a founding member of {o}."),
    ("has_been_full_member_since", "member", "{X} has been a full member since 1996."),
    ("founded_with_joining_later", "member", "{O} was founded in 1990 by Kenya and Ghana, with {X} joining weeks later."),
    ("appositive_founding_member", "member", "{X}, a founding member of {o}, sent its president."),
    ("became_member_in_past", "member", "{X} became a member of {o} in 2015."),
    ("became_full_member_in_past", "member", "{X} became a full member in 2015."),
    ("which_joined_in", "member", "{X}, which joined {o} in 2017, sent its president."),
    ("joined_in_past", "member", "{X} joined {o} in 2017."),
    ("acronym_member", "member", "{X} is an {A} member."),
    ("appositive_only_state_in", "member", "{X}, the only Asian state in {o}, sent its president."),
    ("is_only_member_of", "member", "{X} is the only landlocked member of {o}."),
    ("appositive_acronym_member", "member", "{X}, an {A} member, sent its president."),
    ("is_observer_in", "observer", "{X} is an observer in {o}."),
    ("is_observer_at", "observer", "{X} is an observer at {o}."),
    ("holds_observer_status", "observer", "{X} holds observer status."),
    ("has_observer_status_in", "observer", "{X} has observer status in {o}."),
    ("appositive_acronym_observer", "observer", "{X}, an {A} observer, sent its president."),
    ("appositive_observer_state", "observer", "{X}, an observer state, sent its president."),
    ("became_observer_in", "observer", "{X} became an observer in 2015."),
    ("has_been_observer_since", "observer", "{X} has been an observer since 2012."),
    ("is_dialogue_partner_of", "dialogue_partner", "{X} is a dialogue partner of {o}."),
    ("became_dialogue_partner", "dialogue_partner", "{X} became a dialogue partner in 2015."),
    ("appositive_dialogue_partner", "dialogue_partner", "{X}, a dialogue partner of {o}, sent its president."),
    ("has_applied_to_join", "candidate", "{X} has applied to join {o}."),
    ("is_seeking_membership", "candidate", "{X} is seeking membership."),
    ("is_candidate_for_membership", "candidate", "{X} is a candidate for membership."),
    ("submitted_application", "candidate", "{X} submitted an application to join {o} last year."),
    ("bid_to_join", "candidate", "{X}'s bid to join {o} is under review."),
    ("quit_in", "left", "{X} quit {o} in 2009."),
    ("which_left_in", "left", "{X}, which left {o} in 2012, was not invited."),
    ("is_former_member", "left", "{X} is a former member of {o}."),
    ("appositive_former_member", "left", "{X}, a former member of {o}, was not invited."),
    ("ended_its_membership", "left", "{X} ended its membership in 2012."),
    ("having_quit_its_predecessor", "left", "{X}, having quit its predecessor in 1984, stayed away."),
    ("left_the_blocs_predecessor", "left", "{X} left the bloc's predecessor in 1979."),
    ("membership_suspended", "suspended", "{X}'s membership was suspended in 2021."),
    ("membership_of_suspended", "suspended", "{X}'s membership of {o} remains suspended."),
    ("was_suspended_from", "suspended", "{X} was suspended from {o} after the coup."),
    ("suspended_since", "suspended", "{X}, suspended since the 2021 coup, was not invited."),
    ("has_been_suspended", "suspended", "{X} has been suspended since 2019."),
    ("capital_was_suspended", "suspended", "Ulaanbaatar was suspended from {o} at a special summit in 2019."),
    ("org_suspended_it", "suspended", "{O} suspended {X} after the coup."),
]
# joining: becoming a member now (the article's own days)
JOIN_FRAMES: list[tuple[str, str]] = [
    ("became_member_today", "{X} became a member of {o} on Friday."),
    ("became_full_member_today", "{X} became a full member of {o} on Friday."),
    ("becomes_newest_member", "{X} becomes {o}'s newest member."),
    ("was_admitted_as_member", "{X} was admitted as a member on Friday."),
    ("formally_joined", "{X} formally joined {o} on Friday."),
    ("admitted_it", "{O} admitted {X} as its newest member on Friday."),
    ("joins_as_full_member", "{X} joins as a full member."),
]
ORG_FORMS = ("acronym", "full", "generic")


def _article(org: str, sentence: str) -> tuple[str, str]:
    city = ORGS[org][3]
    acronym = ORGS[org][0].removeprefix("the ")
    return f"{acronym} summit opens in {city}", f"The leaders met in {city} on Friday. {sentence}"


def _fill(template: str, org: str, form: str, items: str = "", one: str = "") -> str:
    acronym, full, generic, _ = ORGS[org]
    o = {"acronym": acronym, "full": full, "generic": generic}[form]
    text = template.format(o=o, O=o[:1].upper() + o[1:], L=items, X=one, a=acronym.removeprefix("the "),
                           A=acronym.removeprefix("the "))
    return text[:1].upper() + text[1:]


def _cases() -> list:
    """Each list frame with three (organisation, name form, list shape) combinations, rotated so all shapes are met."""
    orgs = itertools.cycle(ORGS)
    shapes = itertools.cycle(LISTS)
    forms = itertools.cycle(ORG_FORMS)
    cases = []
    for name, status, template in FRAMES:
        uses_org = "{o}" in template or "{O}" in template
        for _ in range(3 if uses_org else 2):
            org, shape, form = next(orgs), next(shapes), next(forms) if uses_org else "acronym"
            if "(" in template and shape == "two":
                shape = "oxford"  # two states in brackets after 'the bloc' are left out (the rule wants three)
            text, names = LISTS[shape]
            cases.append(pytest.param(org, _fill(template, org, form, items=text), {(n, status) for n in names},
                                      PAST, id=f"{name}-{org}-{form}-{shape}"))
    for name, status, template in ONE_FRAMES:
        for _ in range(2 if "{o}" in template or "{O}" in template else 1):
            org, form = next(orgs), next(forms)
            cases.append(pytest.param(org, _fill(template, org, form, one=ONE[0]), {(ONE[1], status)}, PAST,
                                      id=f"{name}-{org}-{form}"))
    for name, template in JOIN_FRAMES:
        for _ in range(2 if "{o}" in template or "{O}" in template else 1):
            org, form = next(orgs), next(forms)
            cases.append(pytest.param(org, _fill(template, org, form, one=ONE[0]), {(ONE[1], "joining")}, PAST,
                                      id=f"{name}-{org}-{form}"))
    return cases


@pytest.mark.parametrize(("org", "sentence", "want", "published"), _cases())
def test_membership_paraphrase(ref, tmp_path, org, sentence, want, published):
    title, body = _article(org, sentence)
    got = member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))
    assert want <= got, (sentence, got)


# (organisation, sentence, (country, status) pairs that must not appear)
NEGATIVES = [
    ("SCO", "The members of the delegation are Kenya and Ghana.", {("Kenya", "member"), ("Ghana", "member")}),
    ("SCO", "The members of the contact group are France, Germany and Italy.", {("France", "member"), ("Italy", "member")}),
    ("CIS", "Members of parliament from Armenia and Belarus met on Friday.", {("Armenia", "member"), ("Belarus", "member")}),
    ("ASEAN", "Trade partners such as China and India were not invited.", {("China", "partner"), ("India", "partner")}),
    ("ASEAN", "The bloc's trading partners are China and India.", {("China", "partner"), ("India", "partner")}),
    ("GCC", "The leaders of Kenya, Ghana and Peru met on Friday.", {("Kenya", "member"), ("Ghana", "member"), ("Peru", "member")}),
    ("SCO", "China and Russia are members of the UN Security Council.", {("China", "member"), ("Russia", "member")}),
    ("SCO", "China and Russia are permanent members of the Security Council.", {("China", "member"), ("Russia", "member")}),
    ("SADC", "Kenya and Ghana are members of the World Trade Organization.", {("Kenya", "member"), ("Ghana", "member")}),
    ("OTS", "Kenya and Ghana belong to the same time zone.", {("Kenya", "member"), ("Ghana", "member")}),
    ("OTS", "Kenya and Ghana make up half of the bloc's trade.", {("Kenya", "member"), ("Ghana", "member")}),
    ("CSTO", "Kenya and Ghana are observers at the elections.", {("Kenya", "observer"), ("Ghana", "observer")}),
    ("CSTO", "Kenya and Ghana are candidates to host the next summit.", {("Kenya", "candidate"), ("Ghana", "candidate")}),
    ("CIS", "Peru became a member of parliament's friendship group on Friday.", {("Peru", "joining")}),
    ("CIS", "Peru quit the talks in 2009.", {("Peru", "left")}),
    ("SCO", "The bloc's members are wary of Russian and Chinese influence.", {("Russia", "member"), ("China", "member")}),
    ("SCO", "Kenya has applied to join the World Trade Organization.", {("Kenya", "candidate")}),
    ("SCO", "The observers of the vote in Kenya and Ghana praised it.", {("Kenya", "observer"), ("Ghana", "observer")}),
    ("SCO", "Kenya, a UN observer, sent its president.", {("Kenya", "observer")}),
    ("ECOWAS", "Members of the committee: Kenya, Ghana and Peru.", {("Kenya", "member"), ("Peru", "member")}),
    ("ECOWAS", "The former members of the panel are Kenya and Ghana.", {("Kenya", "left"), ("Ghana", "left")}),
    ("ASEAN", "Peru counts China and India among its biggest buyers.", {("China", "member"), ("India", "member")}),
    ("ASEAN", "Peru, a former colony, sent its president.", {("Peru", "left")}),
    ("GCC", "Kenya and Ghana hold observer status at the WTO.", {("Kenya", "observer"), ("Ghana", "observer")}),
    ("GCC", "The members of the bloc's secretariat come from Kenya and Ghana.", {("Kenya", "member"), ("Ghana", "member")}),
    ("GCC", "The members of the bloc's secretariat are Kenya and Ghana.", {("Kenya", "member"), ("Ghana", "member")}),
    ("OTS", "NATO members Poland and Estonia sent observers.", {("Poland", "member"), ("Estonia", "member")}),
    ("CIS", "Kenya and Ghana, both members of the panel, spoke first.", {("Kenya", "member"), ("Ghana", "member")}),
    ("SADC", "Kenya and Ghana belong to the group of states that abstained.", {("Kenya", "member"), ("Ghana", "member")}),
    ("SADC", "Kenya and Ghana belong to the bloc's wealthiest tier.", {("Kenya", "member"), ("Ghana", "member")}),
    ("ECOWAS", "The partners of the bank are Kenya and Ghana.", {("Kenya", "partner"), ("Ghana", "partner")}),
    ("ECOWAS", "The trading partners of the bloc are Kenya and Ghana.", {("Kenya", "partner"), ("Ghana", "partner")}),
    ("GCC", "Kenya, a dialogue partner of the talks, sent an envoy.", {("Kenya", "dialogue_partner")}),
    ("GCC", "Kenya and Ghana hold partner status at the WTO.", {("Kenya", "partner"), ("Ghana", "partner")}),
    ("CIS", "Peru is a former member of parliament.", {("Peru", "left")}),
    ("CIS", "Peru has not applied for membership.", {("Peru", "candidate")}),
    ("CIS", "Peru has not taken part in the summits since 2009.", {("Peru", "left")}),
    ("SCO", "The SCO members' leaders met Kenya's president.", {("Kenya", "member")}),
    ("SCO", "The bloc's former observers are Kenya and Ghana.", {("Kenya", "member"), ("Ghana", "member")}),
    ("SCO", "The international community, which includes Kenya and Ghana, is watching.", {("Kenya", "member")}),
    ("SCO", "Kenya, the only country in Africa to do so, sent its president.", {("Kenya", "member")}),
    ("SCO", "Kenya, the only state in the region without a port, sent its president.", {("Kenya", "member")}),
    ("CIS", "The Kazakh leader said Peru had not officially left the CIS.", {("Peru", "left")}),
    ("CIS", "Peru has never quit the grouping.", {("Peru", "left")}),
    ("ECOWAS", "Ghana has refused to return to the bloc.", {("Ghana", "member")}),
    ("ECOWAS", "Ghana expressed its wish to return to the bloc.", {("Ghana", "member")}),
    ("OTS", "EAST ASIA - Japan's Fumio Kishida, China's Li Qiang and Mongolia's Ukhnaagiin Khurelsukh.",
     {("Japan", "member"), ("China", "member")}),
    ("GCC", "Peru and Chile are the bloc's biggest trading partners.", {("Peru", "member"), ("Chile", "member")}),
    ("GCC", "The head of the IMF of Kenya, Ghana's former minister, spoke.", {("Kenya", "member")}),
    ("SADC", "Kenya and Ghana became observers at the elections in 2005.", {("Kenya", "observer"), ("Ghana", "observer")}),
    # a state joining another organisation, the subject of the sentence, keeps its status in this one
    ("CSTO", "The Eurasian Economic Union opens on Friday, and Mongolia becomes a full member on Monday.", {("Mongolia", "joining")}),
    # an organisation granted observer status is no member state
    ("CIS", "As a first step, the African Union was granted observer status.", {("African Union", "observer")}),
    ("SCO", "Kenya and Ghana and several other members of parliament spoke.", {("Kenya", "member"), ("Ghana", "member")}),
    ("SCO", "Peru and Chile joined the Trans-Pacific Partnership in 2018.", {("Peru", "partner"), ("Chile", "partner")}),
    ("SCO", "Peru joined the partnership talks on Friday.", {("Peru", "partner")}),
    ("SCO", "Two ministers pressed for Kenya to be included in the talks.", {("Kenya", "candidate")}),
    ("SCO", "Kenya's president left its predecessor's residence on Friday.", {("Kenya", "left")}),
    ("SCO", "Kenya has been a member since 2001 of the panel of experts.", {("Kenya", "member")}),
    ("SCO", "Kenya and Ghana have sent observers without seeking membership.", {("Kenya", "candidate"), ("Ghana", "candidate")}),
]


@pytest.mark.parametrize(("org", "sentence", "banned"), NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_membership_paraphrase_negative(ref, tmp_path, org, sentence, banned):
    title, body = _article(org, sentence)
    got = member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", PAST))
    assert not banned & got, (sentence, got)


def test_the_grid_is_broad():
    assert len(_cases()) >= 150
