"""The fourth round's general rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text, member_set


def test_nominal_attendance_present_included(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe African Union summit closed in Addis Ababa on Sunday. Leaders "
                   "present included Kenya's William Ruto and Ghana's Nana Akufo-Addo.\n", "2024-02-19")
    assert {("William Ruto", "Kenya", "attended"), ("Nana Akufo-Addo", "Ghana", "attended")} <= attendee_set(out)


def test_invited_to_the_outreach_sessions_is_expected(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G7 summit\n\nThe G7 summit opens in Apulia on Thursday. Brazilian President "
                   "Luiz Inacio Lula da Silva was also invited to the outreach sessions.\n", "2024-06-11")
    assert ("Luiz Inácio Lula da Silva", "Brazil", "expected") in attendee_set(out)


def test_a_person_represented_by_another_is_absent_and_the_other_stands_in(ref, tmp_path):
    out = extract_text(ref, tmp_path, "AU summit\n\nThe AU summit was held in Addis Ababa on Saturday. Kenya was "
                   "represented by Vice-President Rigathi Gachagua, while Nigeria's Bola Tinubu was represented by "
                   "Vice President Kashim Shettima.\n", "2024-02-18")
    found = attendee_set(out)
    assert ("Bola Tinubu", "Nigeria", "absent") in found
    assert any(a[0] == "Kashim Shettima" and a[1] == "Nigeria" and a[2] == "attended" for a in found)
    assert any(a[0] == "Rigathi Gachagua" and a[1] == "Kenya" for a in found)


def test_heads_of_observer_states_are_observers(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO summit\n\nThe SCO summit was held in Astana on Thursday. President of "
                   "Mongolia Ukhnaagiin Khurelsukh and President of Belarus Alexander Lukashenko took part in the "
                   "plenary session as heads of observer states.\n", "2024-07-04")
    assert {("Mongolia", "observer"), ("Belarus", "observer")} <= member_set(out)


def test_an_organisation_official_presenting_a_report_attended(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CSTO summit\n\nThe CSTO summit was held in Minsk on Thursday. CSTO "
                   "Secretary-General Imangali Tasmagambetov presented the annual report to the leaders.\n", "2024-11-29")
    assert ("Imangali Tasmagambetov", "Collective Security Treaty Organization", "attended") in attendee_set(out)


def test_an_unknown_name_after_sent_a_senior_official(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit opened in Vientiane on Wednesday. Myanmar sent "
                   "a senior official, Than Swe Aung, to the meeting.\n", "2024-10-09")
    assert any(a[0] == "Than Swe Aung" and a[1] == "Myanmar" and a[2] == "attended" for a in attendee_set(out))


def test_left_the_summit_is_not_leaving_the_organisation(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO summit\n\nThe NATO summit was held in Vilnius on Tuesday. Turkish "
                   "President Recep Tayyip Erdogan left the NATO summit early on Wednesday.\n", "2023-07-13")
    assert not any(st == "left" for _, st in member_set(out))


def test_remains_suspended_at_the_end_of_a_sentence(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ECOWAS summit\n\nThe ECOWAS summit was held in Abuja on Sunday. Guinea "
                   "remains suspended.\n", "2023-12-11")
    assert ("Guinea", "suspended") in member_set(out)


def test_a_city_that_is_a_first_name_starts_a_name(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Mercosur summit\n\nThe Mercosur summit was held in Asunción on Monday. "
                   "Chile's Santiago Rojas Vial attended as a guest.\n", "2024-07-09")
    assert any(a[0] == "Santiago Rojas Vial" and a[1] == "Chile" for a in attendee_set(out))


def test_a_country_dateline_gives_its_eponymous_capital(ref, tmp_path):
    out = extract_text(ref, tmp_path, "OAS summit\n\nPANAMA, June 3 (Wire) -- Leaders of the Organization of American "
                   "States opened their summit on Monday.\n", "2024-06-03")
    assert out["summit"]["host_city"] == "Panama City"


def test_a_dateline_is_not_an_attendee(ref, tmp_path):
    out = extract_text(ref, tmp_path, "CICA summit\n\nASTANA, Kazakhstan (AP) — Leaders attended the CICA summit on "
                   "Thursday.\n", "2022-10-13")
    assert all(a[1] != "Kazakhstan" or a[0] for a in attendee_set(out))
    assert out["summit"]["host_city"] == "Astana"


def test_the_pronoun_after_a_quote_at_the_opening(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nVIENTIANE, Oct 9 — Lao Prime Minister Sonexay Siphandone "
                   "welcomed progress on the community vision.\n\"We must stay united,\" he said in his speech at the "
                   "opening of the ASEAN Summit.\n", "2024-10-09")
    assert ("Sonexay Siphandone", "Laos", "attended") in attendee_set(out)


def test_other_org_leaders_makes_the_earlier_attendee_a_member(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN summit\n\nThe ASEAN summit opened in Vientiane on Wednesday. Malaysia's "
                   "Prime Minister Anwar Ibrahim arrived on Tuesday night. Other ASEAN leaders attending include "
                   "Singapore's Prime Minister Lawrence Wong.\n", "2024-10-09")
    assert {("Malaysia", "member"), ("Singapore", "member")} <= member_set(out)


def test_role_for_a_portfolio_before_and_after_a_name(ref, tmp_path):
    out = extract_text(ref, tmp_path, "GCC summit\n\nThe GCC summit was held in Doha on Tuesday. Kuwait was "
                   "represented by Ahmad Fahad Al-Sabah, Deputy Prime Minister for Defence Affairs.\n", "2024-12-03")
    assert any(a[0] == "Ahmad Fahad Al-Sabah" and a[1] == "Kuwait" for a in attendee_set(out))
