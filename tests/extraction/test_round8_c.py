"""Round 8 (c): membership phrasings and host cities tied to another edition, on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def test_a_generic_group_spelt_out_after_a_dash_or_bracket(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Bloc meets\n\nThe SCO summit opened in Astana on Wednesday. The bloc — Kazakhstan, "
                   "Kyrgyzstan, Tajikistan and Uzbekistan among others — pledged closer rail links. The grouping (China, "
                   "India and Pakistan included) also discussed trade.\n", "2024-07-03")
    assert {("Kazakhstan", "member"), ("Kyrgyzstan", "member"), ("Tajikistan", "member"), ("Uzbekistan", "member"),
            ("China", "member"), ("India", "member"), ("Pakistan", "member")} <= member_set(out)


def test_a_generic_group_with_two_names_or_another_body_stays_silent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Bloc meets\n\nThe SCO summit opened in Astana on Wednesday. The group — Russia "
                   "and Belarus — was criticised. The Quad grouping — Japan, Australia, and the United States — was "
                   "mentioned too.\n", "2024-07-03")
    assert not {c for c, _ in member_set(out)} & {"Russia", "Belarus", "Japan", "Australia", "United States"}


def test_leaders_of_the_other_member_states_and_the_chair_before_them(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO meets\n\nThe CSTO summit opens in Minsk on Thursday. The session will be "
                   "chaired by Belarusian President Alexander Lukashenko. The presidents of the organisation's other "
                   "member states — Russia's Vladimir Putin, Kazakhstan's Kassym-Jomart Tokayev and Tajikistan's "
                   "Emomali Rahmon — are expected.\n", "2024-11-26")
    assert {("Belarus", "member"), ("Russia", "member"), ("Kazakhstan", "member"), ("Tajikistan", "member")} <= member_set(out)


def test_other_members_without_a_chair_names_no_antecedent(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO meets\n\nThe CSTO summit opens in Minsk on Thursday. Analysts in Poland "
                   "watched closely. The other member states are expected to send envoys.\n", "2024-11-26")
    assert ("Poland", "member") not in member_set(out)


def test_places_then_the_other_members_or_fellow_members(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Mercosur\n\nThe Mercosur summit was held in Asuncion on Monday. Brazil and "
                   "Uruguay, the other two members, backed the text. Argentina, a fellow member, abstained.\n", "2024-07-09")
    assert {("Brazil", "member"), ("Uruguay", "member"), ("Argentina", "member")} <= member_set(out)


def test_became_the_nth_ally_and_the_newest_ally(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO meets\n\nThe NATO summit was held in Vilnius on Tuesday. Finland became "
                   "the 31st ally in 2023. Albania became a new ally of the United States long ago.\n", "2024-07-10")
    assert ("Finland", "member") in member_set(out)
    assert ("Albania", "member") not in member_set(out) and ("Albania", "joining") not in member_set(out)


def test_accession_under_way_is_a_candidacy(ref, tmp_path):
    out = extract_text(ref, tmp_path, "EAEU meets\n\nThe EAEU summit was held in Minsk on Friday. Uzbekistan signed "
                   "its accession protocol last year but still needs the approval of Russia's parliament to become a "
                   "full member. Mongolia is in the process of joining.\n", "2024-05-24")
    members = member_set(out)
    assert ("Uzbekistan", "candidate") in members and ("Mongolia", "candidate") in members
    assert ("Russia", "candidate") not in members and ("Russia", "joining") not in members


def test_whose_government_holds_the_rotating_presidency(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 meets\n\nThe G20 summit opens in Rio de Janeiro on Monday. President Luiz "
                   "Inácio Lula da Silva, whose government holds the rotating presidency of the group this year, "
                   "will open it.\n", "2024-11-16")
    assert ("Brazil", "member") in member_set(out)


def test_joining_another_country_or_an_unknown_body_is_no_membership(ref, tmp_path):
    out = extract_text(ref, tmp_path, "GCC meets\n\nThe GCC summit was held in Riyadh on Tuesday. Jordan, which is "
                   "not a member, joined Egypt in condemning the strike. Oman has been courting India and has applied "
                   "to join the Regional Comprehensive Economic Partnership.\n", "2024-12-03")
    countries = {c for c, _ in member_set(out)}
    assert not countries & {"Jordan", "Egypt", "India"}


def test_a_city_of_another_edition_or_the_seat_loses_to_this_summits(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Hiroshima braces for G7 summit\n\nThe G7 summit opens on Friday, with Hiroshima "
                   "under heavy guard. The 2024 summit will be held in Fasano, Italy.\n", "2023-05-18")
    assert out["summit"]["host_city"] == "Hiroshima"
    out = extract_text(ref, tmp_path, "Vilnius readies for NATO summit\n\nThe NATO summit opens on Tuesday and Vilnius "
                   "is braced. Next year's summit is to be held in Washington. The alliance's headquarters in Brussels "
                   "drafted the summit text.\n", "2023-07-10")
    assert out["summit"]["host_city"] == "Vilnius"
    out = extract_text(ref, tmp_path, "Seoul readies for APEC summit\n\nThe APEC summit opens in Gyeongju on Friday. "
                   "Gyeongju will host it as last year's summit host, Lima, hands over. The Singapore-based secretariat "
                   "prepared the summit agenda.\n", "2025-10-29")
    assert out["summit"]["host_city"] != "Singapore"


def test_a_summit_at_the_headquarters_or_since_a_year_keeps_its_city(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Leaders gather\n\nNATO leaders met at the alliance's headquarters in Brussels "
                   "on Wednesday for their summit.\n", "2021-06-14")
    assert out["summit"]["host_city"] == "Brussels"
    out = extract_text(ref, tmp_path, "Leaders gather\n\nThe ASEAN summit, the first held in Vientiane since 2016, "
                   "opened on Tuesday. Last year's summit in Jakarta was shorter.\n", "2024-10-08")
    assert out["summit"]["host_city"] == "Vientiane"
