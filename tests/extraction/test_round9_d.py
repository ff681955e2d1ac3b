"""Round 9 (helper d) membership rules, each on a small invented article (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, head: str, body: str, published: str = "2024-06-20") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{head} {body}\n", published))


def test_founded_with_place_and_date_phrases_before_by(ref, tmp_path):
    got = _members(ref, tmp_path, "The SADC summit opened in Harare on Tuesday.",
                   "Set up at Lusaka on 1 April 1980 by Zambia, Botswana and Angola, the community has grown since.")
    assert {("Zambia", "member"), ("Botswana", "member"), ("Angola", "member")} <= got
    got = _members(ref, tmp_path, "The Mercosur summit opened in Asuncion on Monday.",
                   "The bloc was created in 1991 in Asuncion by Paraguay, Uruguay and Argentina.")
    assert {("Paraguay", "member"), ("Uruguay", "member"), ("Argentina", "member")} <= got


def test_historic_names_resolve_to_the_state(ref, tmp_path):
    got = _members(ref, tmp_path, "The ECOWAS summit opened in Abuja on Sunday.",
                   "The community was founded in 1975 by Dahomey, Upper Volta, Ghana and Togo.")
    assert {("Benin", "member"), ("Burkina Faso", "member"), ("Ghana", "member")} <= got


def test_gapped_joining_years(ref, tmp_path):
    got = _members(ref, tmp_path, "The Pacific Islands Forum summit opened in Apia on Monday.",
                   "Palau joined in 1995, Fiji in 1971, Tonga and Samoa in 1972, and Vanuatu in 1981.")
    assert {("Palau", "member"), ("Fiji", "member"), ("Tonga", "member"), ("Samoa", "member"),
            ("Vanuatu", "member")} <= got


def test_gapped_list_stops_at_a_non_place(ref, tmp_path):
    got = _members(ref, tmp_path, "The Pacific Islands Forum summit opened in Apia on Monday.",
                   "Palau joined in 1995, talks on fisheries in 2001 and a secretariat review in 2010.")
    assert ("Palau", "member") in got and len(got) == 1


def test_count_then_dash_or_colon_list_after_a_comprises_verb(ref, tmp_path):
    got = _members(ref, tmp_path, "The ECOWAS summit opened in Abuja on Sunday.",
                   "The community brings together twelve states: Ghana, Senegal, Nigeria and Togo among them.")
    assert {("Ghana", "member"), ("Senegal", "member"), ("Togo", "member")} <= got
    got = _members(ref, tmp_path, "The Mercosur summit opened in Montevideo on Friday.",
                   "Mercosur has five full members — Argentina, Brazil, Paraguay, Uruguay and Bolivia — plus associates.")
    assert {("Argentina", "member"), ("Bolivia", "member")} <= got


def test_an_admission_begun_is_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "The Eurasian Economic Union summit opened in Minsk on Friday.",
                   "Leaders approved the procedure for admission of Uzbekistan and Mongolia as full members.")
    assert {("Uzbekistan", "candidate"), ("Mongolia", "candidate")} <= got


def test_invited_to_start_accession_talks(ref, tmp_path):
    got = _members(ref, tmp_path, "The EU summit opened in Brussels on Thursday.",
                   "Leaders invited Moldova and Ukraine to open accession negotiations next year.")
    assert {("Moldova", "candidate"), ("Ukraine", "candidate")} <= got


def test_status_used_as_a_title_before_names(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opened in Astana on Wednesday.",
                   "Observers Mongolia and Afghanistan sent delegations, and the bloc's dialogue partners Egypt and Qatar "
                   "sent ministers.")
    assert {("Mongolia", "observer"), ("Afghanistan", "observer"), ("Egypt", "dialogue_partner"),
            ("Qatar", "dialogue_partner")} <= got


def test_trading_partners_are_not_a_status(ref, tmp_path):
    got = _members(ref, tmp_path, "The G7 summit opened in Apulia on Thursday.",
                   "Its trading partners China and India were watching closely.")
    assert not {c for c, _ in got} & {"China", "India"}


def test_granted_status_and_those_already_holding_it(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opened in Samarkand on Friday.",
                   "The summit gave dialogue partner status to Egypt and Qatar, alongside Turkey and Nepal in that category.")
    assert {("Egypt", "dialogue_partner"), ("Qatar", "dialogue_partner"), ("Turkey", "dialogue_partner"),
            ("Nepal", "dialogue_partner")} <= got


def test_upgraded_to_observer(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opened in Tashkent on Friday.",
                   "Leaders upgraded Laos from a dialogue partner to an observer.")
    assert ("Laos", "observer") in got


def test_rejoined_is_membership_and_a_talked_of_readmission_is_not(ref, tmp_path):
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Burkina Faso, which rejoined the union in 2022, sent its foreign minister.")
    assert ("Burkina Faso", "member") in got
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Guinea was suspended from the union in 2021, and some members would readmit it soon.")
    assert ("Guinea", "suspended") in got and ("Guinea", "member") not in got


def test_a_state_suspending_its_own_membership_has_left(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Georgia suspended its membership in 2008 and never came back.")
    assert ("Georgia", "left") in got


def test_an_exit_at_the_end_of_the_clause(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Dushanbe on Friday.",
                   "In 2009, Georgia and Ukraine refused to sign the charter and then withdrew.")
    assert {("Georgia", "left"), ("Ukraine", "left")} <= got


def test_a_leader_who_arrived_and_left_is_no_exit(ref, tmp_path):
    got = _members(ref, tmp_path, "The Arab League summit opened in Riyadh on Sunday.",
                   "Kuwait's emir Mishal Al-Ahmad Al-Jaber Al-Sabah arrived late and left.")
    assert ("Kuwait", "left") not in got
    got = _members(ref, tmp_path, "The Arab League summit opened in Riyadh on Sunday.",
                   "Egypt's president attended the opening but left Riyadh before lunch.")
    assert ("Egypt", "left") not in got


def test_a_superlative_appositive_of_the_group(ref, tmp_path):
    got = _members(ref, tmp_path, "The EU summit opened in Brussels on Thursday.",
                   "France, the bloc's second-largest economy, wants a bigger budget.")
    assert ("France", "member") in got
    got = _members(ref, tmp_path, "The EU summit opened in Brussels on Thursday.",
                   "China, the world's largest exporter, was not invited.")
    assert ("China", "member") not in got


def test_whose_country_is_a_member(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Luxembourg Prime Minister Luc Frieden, whose country is a founding member of the alliance, spoke first.",
                   "2024-07-10")
    assert ("Luxembourg", "member") in got


def test_counted_allies_with_a_colon_list(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                   "Seven allies already spend more than 3 percent: Poland, Estonia, Latvia and Greece.", "2023-07-11")
    assert {("Poland", "member"), ("Estonia", "member"), ("Latvia", "member"), ("Greece", "member")} <= got
    got = _members(ref, tmp_path, "The G20 summit opened in Rio on Monday.",
                   "Two allies of Washington were absent: Japan and Australia.", "2024-11-18")
    assert ("Japan", "member") not in got


def test_a_bulleted_list_of_allied_leaders(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO\n\nThe NATO summit opened in Vilnius on Tuesday.\n\nAmong the allied "
                       "leaders attending were:\n* Danish Prime Minister Mette Frederiksen\n* Portugal's Prime Minister "
                       "Antonio Costa\n", "2023-07-11")
    assert {("Denmark", "member"), ("Portugal", "member")} <= member_set(out)
    out = extract_text(ref, tmp_path, "NATO\n\nThe NATO summit opened in Vilnius on Tuesday.\n\nGuests attending "
                       "were:\n* Japanese Prime Minister Fumio Kishida\n", "2023-07-11")
    assert ("Japan", "member") not in member_set(out)


def test_the_sahrawi_republic_is_a_country(ref, tmp_path):
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "The Sahrawi Arab Democratic Republic remains a member of the union.")
    assert ("Sahrawi Arab Democratic Republic", "member") in got
