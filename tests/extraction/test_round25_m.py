"""Round 25 (helper m): membership families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, opening: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published))


SCO = "The SCO summit opened in Bishkek on Thursday."
NATO = "The NATO summit opened in Vilnius on Tuesday."


def test_a_short_aside_after_a_list_item_does_not_end_the_list(ref, tmp_path):
    got = _members(ref, tmp_path, "The Arab League summit opened in Algiers on Tuesday.",
                   "The league was set up in 1945 by Iraq, Transjordan (later Jordan), Egypt and Syria, with Yemen joining "
                   "soon after.", "2022-11-01")
    assert {("Iraq", "member"), ("Jordan", "member"), ("Egypt", "member"), ("Syria", "member"), ("Yemen", "member")} <= got


def test_states_named_before_the_blocs_other_dialogue_partners(ref, tmp_path):
    got = _members(ref, tmp_path, "The ASEAN summit opened in Vientiane on Tuesday.",
                   "Norway and the European Union, the bloc's remaining two dialogue partners, sent ministers.", "2024-10-08")
    assert {("Norway", "dialogue_partner"), ("European Union", "dialogue_partner")} <= got
    assert ("Norway", "partner") not in got
    # a state's own partners are no organisation's
    got = _members(ref, tmp_path, "The ASEAN summit opened in Vientiane on Tuesday.",
                   "Laos and Cambodia, Beijing's two closest dialogue partners in the region, sent ministers.", "2024-10-08")
    assert not {("Laos", "dialogue_partner"), ("Cambodia", "dialogue_partner")} & got


def test_the_chair_of_a_council_is_no_status_in_the_organisation(ref, tmp_path):
    got = _members(ref, tmp_path, "The African Union summit opened in Addis Ababa on Saturday.",
                   "Ghana, which holds the rotating chair of the Peace and Security Council this month, briefed the leaders.",
                   "2024-02-17")
    assert ("Ghana", "member") not in got
    got = _members(ref, tmp_path, "The African Union summit opened in Addis Ababa on Saturday.",
                   "Ghana, which holds the rotating chairmanship of the union this year, briefed the leaders.", "2024-02-17")
    assert ("Ghana", "member") in got


def test_an_exit_stated_as_a_noun(ref, tmp_path):
    opening = "The Commonwealth summit opened in Apia on Friday."
    got = _members(ref, tmp_path, opening, "The meeting comes months after the Maldives announced its withdrawal from the "
                   "Commonwealth.", "2024-10-25")
    assert ("Maldives", "left") in got
    got = _members(ref, tmp_path, opening, "It is the first gathering since Nauru's withdrawal from the organisation took "
                   "effect in May.", "2024-10-25")
    assert ("Nauru", "left") in got
    for body in ("Nauru has threatened its withdrawal from the Commonwealth.",
                 "Nauru announced its withdrawal from the Paris Agreement.",
                 "Nauru's withdrawal from the talks angered the others.",
                 "Nauru's exit from the Commonwealth Games village came early.", "Nauru left the Commonwealth Games early."):
        assert ("Nauru", "left") not in _members(ref, tmp_path, opening, body, "2024-10-25")


def test_a_capital_freezing_its_participation(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "The bloc groups Armenia, Belarus, Kazakhstan and Russia. In March, Prime Minister Nikol Pashinyan said that "
                   "Yerevan was freezing its participation in the bloc's work.", "2024-11-28")
    assert ("Armenia", "suspended") in got and ("Armenia", "member") not in got
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Officials in Yerevan were freezing their bank accounts.", "2024-11-28")
    assert ("Armenia", "suspended") not in got


def test_a_list_items_own_clause_outranks_the_list(ref, tmp_path):
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "The group now comprises Armenia, Belarus and Russia, as well as Turkmenistan, which cut its status to that "
                   "of an associate member in 2005.", "2013-10-25")
    assert ("Turkmenistan", "partner") in got and ("Turkmenistan", "member") not in got
    assert ("Belarus", "member") in got


def test_a_list_of_them_after_a_sentence_naming_a_status(ref, tmp_path):
    opening = "The BRICS summit opened in Kazan on Tuesday."
    got = _members(ref, tmp_path, opening, "The closing session was opened to the bloc's partner countries, a new tier. "
                   "There are now four of them: Bolivia, Cuba, Thailand and Uganda.", "2024-10-22")
    assert {("Bolivia", "partner"), ("Cuba", "partner"), ("Thailand", "partner"), ("Uganda", "partner")} <= got
    got = _members(ref, tmp_path, opening, "The bloc also has observer states. They are: Bolivia, Cuba and Thailand.",
                   "2024-10-22")
    assert {("Bolivia", "observer"), ("Cuba", "observer"), ("Thailand", "observer")} <= got
    # no status before, or a count that does not fit: nothing
    assert not _members(ref, tmp_path, opening, "Several ministers spoke at length. There are now four of them: Bolivia, "
                        "Cuba, Thailand and Uganda.", "2024-10-22") & {("Bolivia", "partner"), ("Bolivia", "member")}
    assert ("Bolivia", "partner") not in _members(ref, tmp_path, opening, "The bloc has partner countries. There are now "
                                                  "three of them: Bolivia, Cuba, Thailand and Uganda.", "2024-10-22")


def test_joined_in_a_month(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Sweden joined in March, making this its first summit.", "2024-07-10")
    assert ("Sweden", "joining") in got
    got = _members(ref, tmp_path, NATO, "Finland, which joined in April last year, hosted a dinner.", "2024-07-10")
    assert ("Finland", "member") in got and ("Finland", "joining") not in got
    # a person joining, or joining in an act, is no accession
    assert ("Sweden", "joining") not in _members(ref, tmp_path, NATO, "Prime Minister Kristersson of Sweden joined in March.",
                                                 "2024-07-10")
    assert not _members(ref, tmp_path, NATO, "Sweden joined in the criticism.", "2024-07-10") & {("Sweden", "member")}


def test_joined_in_the_articles_year_is_joining(ref, tmp_path):
    assert ("Sweden", "joining") in _members(ref, tmp_path, NATO, "Sweden joined the alliance in March 2024.", "2024-07-10")
    assert ("Sweden", "member") in _members(ref, tmp_path, NATO, "Sweden joined the alliance in March 2019.", "2024-07-10")


def test_several_states_became_members_in_a_year(ref, tmp_path):
    got = _members(ref, tmp_path, "The BRICS summit opened in Rio de Janeiro on Sunday.",
                   "Ghana, Kenya and Peru became members in 2024, and Chile joined in January.", "2025-07-06")
    assert {("Ghana", "member"), ("Kenya", "member"), ("Peru", "member"), ("Chile", "joining")} <= got
    assert ("Ghana", "member") not in _members(ref, tmp_path, "The BRICS summit opened in Rio de Janeiro on Sunday.",
                                               "Ghana and Kenya became members of parliament in 2020.", "2025-07-06")


def test_a_first_summit_as_a_member_yields_to_the_joining_it_follows(ref, tmp_path):
    got = _members(ref, tmp_path, "The BRICS summit opened in Rio de Janeiro on Sunday.",
                   "Chile joined in January 2025. Chile is taking part as a full member for the first time.", "2025-07-06")
    assert ("Chile", "joining") in got and ("Chile", "member") not in got
    got = _members(ref, tmp_path, "The G20 summit opened in Rio de Janeiro on Monday.",
                   "The African Union attended as a full member for the first time.", "2024-11-18")
    assert ("African Union", "member") in got


def test_a_state_invited_to_join(ref, tmp_path):
    opening = "The BRICS summit opened in Rio de Janeiro on Sunday."
    assert ("Algeria", "candidate") in _members(ref, tmp_path, opening, "Algeria was invited to join in 2023 but has not said "
                                                "whether it accepts.", "2025-07-06")
    assert ("Algeria", "candidate") not in _members(ref, tmp_path, opening, "Algeria was invited to join the talks on Monday.",
                                                    "2025-07-06")


def test_an_exit_from_the_organisation_by_pronoun(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Azerbaijan, which joined the bloc in 1994, quit it in 1999.", "2017-11-30")
    assert ("Azerbaijan", "left") in got
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "The Azerbaijani minister left it in 1999 to his deputy.", "2017-11-30")
    assert ("Azerbaijan", "left") not in got


def test_joined_dates_with_a_day_in_a_gapped_list(ref, tmp_path):
    got = _members(ref, tmp_path, "The Eurasian Economic Union summit opened in Moscow on Monday.",
                   "Belarus joined on March 2, 2015, and Tajikistan on May 12, 2015.", "2023-12-25")
    assert {("Belarus", "member"), ("Tajikistan", "member")} <= got


def test_a_membership_suspended_then_restored(ref, tmp_path):
    opening = "The African Union summit opened in Johannesburg on Sunday."
    got = _members(ref, tmp_path, opening, "Mali's membership of the union was suspended after the coup in March 2012 and "
                   "restored a year later.", "2015-06-14")
    assert ("Mali", "member") in got and ("Mali", "suspended") not in got
    got = _members(ref, tmp_path, opening, "Mali's membership of the union was suspended in March 2012 and has not been "
                   "restored.", "2015-06-14")
    assert ("Mali", "suspended") in got


def test_an_organisations_counted_partners_in_a_dashed_aside(ref, tmp_path):
    got = _members(ref, tmp_path, NATO, "Friday brings the alliance's three Gulf partners — Qatar, Kuwait and Bahrain — to "
                   "the table.", "2024-07-10")
    assert {("Qatar", "partner"), ("Kuwait", "partner"), ("Bahrain", "partner")} <= got
    got = _members(ref, tmp_path, NATO, "China's two Gulf partners — Qatar and Kuwait — sent envoys.", "2024-07-10")
    assert not {("Qatar", "partner"), ("Kuwait", "partner")} & got


def test_a_status_granted_joining_states_that_held_it(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "Nepal was granted the status of dialogue partner, joining Laos and Peru, which have "
                   "held that status since 2009.", "2012-06-07")
    assert {("Nepal", "dialogue_partner"), ("Laos", "dialogue_partner"), ("Peru", "dialogue_partner")} <= got
    got = _members(ref, tmp_path, SCO, "Nepal was granted the status of dialogue partner, joining Laos and Peru in the "
                   "talks.", "2012-06-07")
    assert not {("Laos", "dialogue_partner"), ("Peru", "dialogue_partner")} & got


def test_a_status_given_to_a_state_named_after_the_verb(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "The grouping admitted Kathmandu as an observer and made Vientiane its newest "
                   "dialogue partner.", "2012-06-07")
    assert {("Nepal", "observer"), ("Laos", "dialogue_partner")} <= got
    assert not _members(ref, tmp_path, SCO, "Xi made Laos his first stop.", "2012-06-07") & {("Laos", "dialogue_partner"),
                                                                                           ("Laos", "observer")}
    assert ("Nepal", "observer") not in _members(ref, tmp_path, SCO, "The council admitted Nepal as a guest.", "2012-06-07")


def test_an_ordinal_status_and_the_states_that_held_it_before(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "The leaders approved Nepal's request for observer status, making it the "
                   "organisation's fourth observer after Laos, which joined in that capacity in 2001, and Ghana and Peru, which "
                   "were admitted together a year later.", "2012-06-07")
    assert {("Nepal", "observer"), ("Laos", "observer"), ("Ghana", "observer"), ("Peru", "observer")} <= got
    # the count must fit the ordinal
    got = _members(ref, tmp_path, SCO, "The leaders made Nepal the organisation's fourth observer after Laos and Ghana.",
                   "2012-06-07")
    assert ("Nepal", "observer") in got and ("Laos", "observer") not in got
    assert ("Nepal", "observer") in _members(ref, tmp_path, SCO, "Nepal became the bloc's sixth observer state.", "2012-06-07")


def test_joined_in_that_capacity(ref, tmp_path):
    got = _members(ref, tmp_path, SCO, "Observer states sent ministers, among them Laos, which joined in that capacity in "
                   "2004.", "2012-06-07")
    assert ("Laos", "observer") in got
    got = _members(ref, tmp_path, SCO, "Nepal is a major trading partner; Laos, which joined in that capacity in 2004, sent "
                   "its minister.", "2012-06-07")
    assert not {("Laos", "partner"), ("Laos", "observer")} & got


def test_states_that_are_its_counted_members(ref, tmp_path):
    opening = "The G20 summit opened in Antalya on Sunday."
    got = _members(ref, tmp_path, opening, "Mexico, Brazil and Argentina are its three Latin American members.", "2015-11-15")
    assert {("Mexico", "member"), ("Brazil", "member"), ("Argentina", "member")} <= got
    assert ("Mexico", "observer") in _members(ref, tmp_path, opening, "Mexico and Brazil are its two observers.", "2015-11-15")
    assert not _members(ref, tmp_path, opening, "Mexico and Brazil are its biggest trading partners.", "2015-11-15") & {
        ("Mexico", "partner"), ("Mexico", "member")}
    assert ("Mexico", "member") not in _members(ref, tmp_path, opening, "Mexico and Brazil are its three Latin American "
                                                "members.", "2015-11-15")


def test_set_to_become_a_member_on_a_day(ref, tmp_path):
    opening = "The NATO summit opened in Brussels on Thursday."
    assert ("Serbia", "joining") in _members(ref, tmp_path, opening, "Serbia is set to become the 30th member of the alliance "
                                             "on June 5, when its papers are deposited.", "2017-05-25")
    assert ("Serbia", "candidate") in _members(ref, tmp_path, opening, "Serbia is expected to become the 30th member once "
                                               "ratifications are complete next year.", "2017-05-25")


def test_partners_that_are_not_members_and_states_promised_membership(ref, tmp_path):
    opening = "The NATO summit opened in Brussels on Thursday."
    got = _members(ref, tmp_path, opening, "Austria and Ireland, which work closely with the alliance but are not members, "
                   "stayed away.", "2017-05-25")
    assert {("Austria", "partner"), ("Ireland", "partner")} <= got
    assert ("Austria", "partner") not in _members(ref, tmp_path, opening, "Austria works closely with Germany but is not a "
                                                  "member of the euro zone.", "2017-05-25")
    got = _members(ref, tmp_path, opening, "Moldova and Armenia, which were promised in 2010 that they would one day join, "
                   "sent ministers.", "2017-05-25")
    assert {("Moldova", "candidate"), ("Armenia", "candidate")} <= got


def test_an_organisations_countries_spelt_out_after_a_dash(ref, tmp_path):
    got = _members(ref, tmp_path, "The BRICS summit opens in Ufa on Wednesday.",
                   "The leaders of all five BRICS countries - Brazil, Russia, India, China and South Africa - have confirmed.",
                   "2015-07-05")
    assert {("Brazil", "member"), ("India", "member"), ("South Africa", "member")} <= got
    got = _members(ref, tmp_path, "The BRICS summit opens in Ufa on Wednesday.",
                   "The five Nordic countries - Norway, Sweden, Finland, Denmark and Iceland - sent ministers.", "2015-07-05")
    assert not {("Norway", "member"), ("Sweden", "member")} & got
