"""The sixth round's membership rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def test_an_appositive_list_after_a_dash_or_colon(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Bloc meets\n\nThe ASEAN summit opened in Vientiane on Tuesday. The ten-nation "
                   "bloc – Laos, Vietnam, Cambodia and Thailand among them – met behind closed doors. Its two observer "
                   "states: Timor-Leste and Papua New Guinea, sent envoys.\n", "2024-10-08")
    assert {("Laos", "member"), ("Vietnam", "member"), ("Cambodia", "member"), ("Thailand", "member")} <= member_set(out)
    assert ("Papua New Guinea", "observer") in member_set(out)


def test_a_named_bloc_spelt_out_after_a_dash(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 meets\n\nThe G7 summit was held in Hiroshima on Friday. The Group of Seven "
                   "(Canada, Italy, Japan and Germany among them) talked trade.\n", "2023-05-20")
    assert {("Canada", "member"), ("Italy", "member"), ("Japan", "member"), ("Germany", "member")} <= member_set(out)


def test_member_economies_include(ref, tmp_path):
    out = extract_text(ref, tmp_path, "APEC\n\nThe APEC summit opens in Lima on Friday. The forum's member economies "
                   "include Peru, Chile and Mexico.\n", "2024-11-13")
    assert {("Peru", "member"), ("Chile", "member"), ("Mexico", "member")} <= member_set(out)


def test_those_countries_make_up_the_membership_names_the_sentence_before(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO meets\n\nThe CSTO summit opens in Astana on Monday. Expected are "
                   "Kyrgyz President Sadyr Japarov and Tajikistan's Emomali Rahmon. Along with Kazakhstan, the two "
                   "countries make up the whole membership present.\n", "2024-11-25")
    assert {("Kyrgyzstan", "member"), ("Tajikistan", "member"), ("Kazakhstan", "member")} <= member_set(out)


def test_a_counted_group_named_in_the_next_sentence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO meets\n\nThe SCO summit was held in Astana on Thursday. The two observer "
                   "states sent their leaders. Mongolian President Ukhnaagiin Khurelsukh came, as did Afghanistan.\n",
                   "2024-07-05")
    assert {("Mongolia", "observer"), ("Afghanistan", "observer")} <= member_set(out)


def test_appositive_biggest_members_and_full_member_in_its_own_right(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 meets\n\nThe G20 summit was held in Osaka on Saturday. Brazil and Mexico, "
                   "the group's two largest Latin members, pressed for debt relief. The African Union, a full member of "
                   "the group, sent its chairman.\n", "2019-06-30")
    assert {("Brazil", "member"), ("Mexico", "member"), ("African Union", "member")} <= member_set(out)


def test_remains_a_member_and_is_a_dialogue_partner_not_a_member(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit was held in Jakarta on Tuesday. Cambodia "
                   "remains a member of ASEAN despite the row. India is not a member of the bloc but is one of its "
                   "dialogue partners.\n", "2023-09-06")
    assert ("Cambodia", "member") in member_set(out)
    assert ("India", "dialogue_partner") in member_set(out)
    assert ("India", "member") not in member_set(out)


def test_left_in_a_year_walked_out_again_and_quitting_the_n_member_forum(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO\n\nThe CSTO summit was held in Minsk on Thursday. Georgia left in 2001, "
                   "and Moldova, which came back in 2004, walked out again in 2010. Armenia said it was quitting the "
                   "six-member alliance.\n", "2024-11-22")
    assert {("Georgia", "left"), ("Moldova", "left"), ("Armenia", "left")} <= member_set(out)


def test_a_relative_clause_does_not_take_the_subject(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO\n\nThe CSTO summit was held in Minsk on Thursday. Uzbekistan, which "
                   "borders Turkmenistan, quit the organisation in 2012.\n", "2024-11-22")
    assert ("Uzbekistan", "left") in member_set(out)
    assert not {m for m in member_set(out) if m[0] == "Turkmenistan"}


def test_one_who_said_it_would_leave_but_is_staying_is_a_member(ref, tmp_path):
    out = extract_text(ref, tmp_path, "PIF\n\nThe Pacific Islands Forum summit was held in Nuku'alofa on Friday. "
                   "Nauru, which had threatened to leave, is staying in the end.\n", "2024-08-30")
    assert ("Nauru", "member") in member_set(out)


def test_a_capital_stands_for_its_state_and_a_later_clause_is_not_the_subject(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab League\n\nThe Arab League summit was held in Manama on Thursday. "
                   "Tripoli's membership of the league was suspended in 2011 over the war, and Egypt's mediation "
                   "went nowhere.\n", "2024-05-16")
    assert ("Libya", "suspended") in member_set(out)
    assert ("Egypt", "suspended") not in member_set(out)


def test_agreed_to_admit_and_will_become_members_are_candidates(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO\n\nThe NATO summit was held in Vilnius on Tuesday. Allies repeated that "
                   "Moldova and Georgia will become members one day. The alliance agreed in principle to admit Bosnia "
                   "and Herzegovina later.\n", "2023-07-12")
    assert {("Moldova", "candidate"), ("Georgia", "candidate")} <= member_set(out)


def test_became_a_member_last_year_is_a_member_and_joined_the_war_is_no_joining(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO\n\nThe NATO summit was held in Washington on Wednesday. Finland, which "
                   "became NATO's 31st member in April last year, took part. No ally has joined the fighting in "
                   "Ukraine, and Japan also joined by video.\n", "2024-07-10")
    assert ("Finland", "member") in member_set(out)
    assert not {m for m in member_set(out) if m[0] in ("Ukraine", "Japan")}


def test_returned_a_country_to_the_bloc_overrides_an_earlier_suspension(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CELAC\n\nThe CELAC summit was held in Kingstown on Friday. President Javier "
                   "Milei suspended Argentina's participation in CELAC in 2024. A later government returned Argentina "
                   "to the Community on Friday.\n", "2025-03-01")
    assert ("Argentina", "member") in member_set(out)


def test_observer_heads_after_a_colon(ref, tmp_path):
    out = extract_text(ref, tmp_path, "EAEU\n\nThe EAEU summit was held in Bishkek on Friday. Heads of the observer "
                   "states took part too: Uzbekistan was represented by its prime minister, Cuba by its president.\n",
                   "2024-12-27")
    assert {("Uzbekistan", "observer"), ("Cuba", "observer")} <= member_set(out)


def test_expected_to_begin_becoming_a_member_at_another_bloc_is_not_this_ones(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO\n\nThe CSTO summit was held in Dushanbe on Thursday. Iraq's leader then "
                   "flew on to the BRICS meeting, where Iraq is expected to begin the process of becoming a full "
                   "member.\n", "2021-09-17")
    assert not {m for m in member_set(out) if m[0] == "Iraq"}
