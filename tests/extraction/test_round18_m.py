"""Round 18 (m): membership phrasings, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, title: str, body: str, published: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"{title}\n\n{body}\n", published))


def test_joining_another_body_is_no_membership_of_the_summits_organisation(ref, tmp_path):
    title = "SCO summit opens in Bishkek"
    body = ("The leaders met in Bishkek on Friday. Last week the regional fund, launched by the bloc in 2012, said "
            "Mongolia had been admitted as a new member of the lender, together with Laos.")
    assert ("Mongolia", "joining") not in _members(ref, tmp_path, title, body, "2019-06-14")
    body = ("The leaders met in Bishkek on Friday. Tbilisi hopes to seek membership in the European Union, a diplomat "
            "said, but the bloc's members disagreed.")
    assert ("European Union", "candidate") not in _members(ref, tmp_path, title, body, "2019-06-14")
    body = "The leaders met in Bishkek on Friday. Iran was admitted as a full member of the bloc on Friday."
    assert ("Iran", "joining") in _members(ref, tmp_path, title, body, "2019-06-14")


def test_members_ranging_from_one_list_to_another(ref, tmp_path):
    title = "APEC summit opens in Lima"
    body = ("The leaders met in Lima on Saturday. The forum has 21 economies, with members ranging from Chile "
            "and Peru to Japan, Canada and Mexico.")
    got = _members(ref, tmp_path, title, body, "2016-11-19")
    assert {("Chile", "member"), ("Peru", "member"), ("Japan", "member"), ("Canada", "member"), ("Mexico", "member")} <= got
    body = "The leaders met in Lima on Saturday. Prices ranging from Chile to Japan rose sharply."
    assert not _members(ref, tmp_path, title, body, "2016-11-19")


def test_allies_listed_between_dashes_in_an_alliance(ref, tmp_path):
    title = "NATO summit opens in Vilnius"
    body = ("The leaders met in Vilnius on Tuesday. Just four allies - Latvia, Lithuania, Romania and Hungary - "
            "already spend the agreed share on defence.")
    got = _members(ref, tmp_path, title, body, "2023-07-11")
    assert {("Latvia", "member"), ("Lithuania", "member"), ("Romania", "member"), ("Hungary", "member")} <= got
    title = "ASEAN summit opens in Jakarta"
    body = ("The leaders met in Jakarta on Tuesday. Three allies - Japan, Australia and South Korea - sent "
            "observers to the talks.")
    assert ("Japan", "member") not in _members(ref, tmp_path, title, body, "2023-09-05")


def test_a_founder_named_before_among_them(ref, tmp_path):
    title = "OSCE summit opens in Astana"
    body = ("The leaders met in Astana on Wednesday. The body was founded in Helsinki in 1975 by 35 states, "
            "Finland among them, and later grew.")
    assert ("Finland", "member") in _members(ref, tmp_path, title, body, "2010-12-01")
    body = "The leaders met in Astana on Wednesday. The body was founded in Helsinki in 1975 by 35 states, later joined by more."
    assert ("Finland", "member") not in _members(ref, tmp_path, title, body, "2010-12-01")


def test_founding_documents_signed_by_leaders_and_a_later_exit(ref, tmp_path):
    title = "CSTO summit opens in Yerevan"
    body = ("The leaders met in Yerevan on Monday. Its founding documents were signed in Tashkent by the leaders "
            "of Armenia, Uzbekistan and Kazakhstan, and later that year by others. Uzbekistan withdrew from "
            "the organisation in 2012.")
    got = _members(ref, tmp_path, title, body, "2016-10-14")
    assert {("Armenia", "member"), ("Kazakhstan", "member"), ("Uzbekistan", "left")} <= got
    assert ("Uzbekistan", "member") not in got
    body = "The leaders met in Yerevan on Monday. The trade documents were signed in Tashkent by the leaders of Armenia and Iran."
    assert not _members(ref, tmp_path, title, body, "2016-10-14")


def test_the_organisations_leaders_listed_after_a_dash(ref, tmp_path):
    title = "G20 summit opens in Osaka"
    body = ("The leaders met in Osaka on Friday. Inside the hall, the G20 leaders - Abe, Brazilian President Jair "
            "Bolsonaro, Mexican President Andres Manuel Lopez Obrador and Turkish President Recep Tayyip Erdogan - "
            "talked about trade.")
    got = _members(ref, tmp_path, title, body, "2019-06-28")
    assert {("Brazil", "member"), ("Mexico", "member"), ("Turkey", "member")} <= got
    body = ("The leaders met in Osaka on Friday. Outside the hall, the protest leaders - a student, a nurse and a "
            "farmer - spoke to reporters.")
    assert not _members(ref, tmp_path, title, body, "2019-06-28")


def test_a_body_counted_in_with_unnamed_states(ref, tmp_path):
    title = "G20 summit opens in Rome"
    body = "The leaders met in Rome on Saturday. The forum is made up of 19 countries and the European Union, officials said."
    assert ("European Union", "member") in _members(ref, tmp_path, title, body, "2021-10-30")
    body = "The leaders met in Rome on Saturday. The fund is backed by 19 countries and the European Union, officials said."
    assert ("European Union", "member") not in _members(ref, tmp_path, title, body, "2021-10-30")
