"""Round 10 (h): membership wording, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, member_set


def _members(ref, tmp_path, lede: str, body: str, published: str = "2024-06-20") -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, f"Summit\n\n{lede} {body}\n", published))


def test_a_counted_part_of_the_members_after_a_sentence_about_them(ref, tmp_path):
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "The union counts 55 member states. The three that boycotted the vote were Mali, Niger and Chad.")
    assert {("Mali", "member"), ("Niger", "member"), ("Chad", "member")} <= got
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "The four member states that stayed away were Mali, Niger, Chad and Togo.")
    assert {("Mali", "member"), ("Togo", "member")} <= got
    # no sentence about members before, or a count that does not fit: silent
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Trade was the theme. The three that sent ministers were Mali, Niger and Chad.")
    assert not {m for m in got if m[0] in ("Mali", "Niger", "Chad")}
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "The union counts 55 member states. The two that objected were Mali, Niger and Chad.")
    assert not {m for m in got if m[0] in ("Mali", "Niger", "Chad")}


def test_leaders_of_member_countries_include_and_alongside(ref, tmp_path):
    got = _members(ref, tmp_path, "The G20 summit opened in Osaka on Friday.",
                   "Besides Japanese Prime Minister Shinzo Abe, the leaders of member states present include Germany's Angela Merkel, "
                   "Canada's Justin Trudeau and Mexico's Andrés Manuel López Obrador.", "2019-06-28")
    assert {("Germany", "member"), ("Canada", "member"), ("Mexico", "member"), ("Japan", "member")} <= got
    got = _members(ref, tmp_path, "The G20 summit opened in Osaka on Friday.",
                   "The leaders of guest countries include Spain's Pedro Sánchez, Chile's Sebastián Piñera "
                   "and Egypt's Abdel Fattah el-Sisi.", "2019-06-28")
    assert not {m for m in got if m[0] in ("Spain", "Chile", "Egypt")}


def test_counted_partner_countries_before_a_colon(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opens in Vilnius on Tuesday.",
                   "Officials will also meet four partner countries that have sent troops to its missions: "
                   "Japan, Australia, New Zealand and South Korea.", "2023-07-10")
    assert {("Japan", "partner"), ("Australia", "partner"), ("South Korea", "partner")} <= got
    got = _members(ref, tmp_path, "The NATO summit opens in Vilnius on Tuesday.",
                   "Officials will also meet two partner countries that have sent troops to its missions: "
                   "Japan, Australia, New Zealand and South Korea.", "2023-07-10")
    assert not {m for m in got if m[0] == "Japan"}


def test_observer_since_and_the_same_year_as(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opens in Astana on Thursday.",
                   "Mongolia has been an observer at the SCO since 2004, the same year as Belarus.", "2024-07-02")
    assert {("Mongolia", "observer"), ("Belarus", "observer")} <= got
    got = _members(ref, tmp_path, "The SCO summit opens in Astana on Thursday.",
                   "Cambodia, Nepal and Turkey are dialogue partners.", "2024-07-02")
    assert {("Cambodia", "dialogue_partner"), ("Turkey", "dialogue_partner")} <= got


def test_an_admission_still_to_come_is_a_candidacy(ref, tmp_path):
    got = _members(ref, tmp_path, "The SCO summit opens in Astana on Thursday.",
                   "Belarus will sign its final documents, the last step before it is admitted as a full member.",
                   "2024-07-02")
    assert ("Belarus", "candidate") in got
    got = _members(ref, tmp_path, "The CIS summit opens in Minsk on Friday.",
                   "Uzbekistan is still working through its road map for joining.", "2024-10-02")
    assert ("Uzbekistan", "candidate") in got


def test_self_suspension_is_a_suspension_unless_it_never_came_back(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Armenia froze its role last year; Moldova suspended its membership in 2015.", "2024-11-28")
    assert ("Moldova", "suspended") in got
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Moldova suspended its membership in 2015 and has not returned.", "2024-11-28")
    assert ("Moldova", "left") in got


def test_exits_returns_and_associates(ref, tmp_path):
    got = _members(ref, tmp_path, "The CSTO summit opened in Minsk on Thursday.",
                   "Moldova and Ukraine did not renew their membership in 2001 and stayed out.", "2024-11-28")
    assert {("Moldova", "left"), ("Ukraine", "left")} <= got
    got = _members(ref, tmp_path, "The NATO summit opened in Madrid on Tuesday.",
                   "A former prime minister brought Spain back into the alliance's command in 1999.", "2022-06-28")
    assert ("Spain", "member") in got
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "Mongolia has had the status of an associate member since 2010.", "2024-10-11")
    assert ("Mongolia", "partner") in got
    got = _members(ref, tmp_path, "The CIS summit opened in Minsk on Friday.",
                   "Ukraine recalled its envoys from the organisation's governing bodies in March.", "2024-10-11")
    assert ("Ukraine", "suspended") in got


def test_joined_after_an_appositive_and_the_following_year(ref, tmp_path):
    got = _members(ref, tmp_path, "The NATO summit opens in Vilnius on Tuesday.",
                   "Finland and Sweden, the newest countries, joined in 2023 and 2024.", "2024-07-09")
    assert {("Finland", "member"), ("Sweden", "member")} <= got
    got = _members(ref, tmp_path, "The BRICS summit opened in Kazan on Tuesday.",
                   "Egypt, Iran and Ethiopia held their first summit with the group in 2023, and Brazil joined the "
                   "following year.", "2024-10-22")
    assert ("Brazil", "member") in got
    # two leaders' first summit is a bilateral, not a founding
    got = _members(ref, tmp_path, "The BRICS summit opened in Kazan on Tuesday.",
                   "Egypt and Iran held their first summit in 2019.", "2024-10-22")
    assert not {m for m in got if m[0] in ("Egypt", "Iran")}


def test_founders_signing_the_treaty_and_the_chair(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Minsk to host signing of Eurasian Economic Union treaty\n\nThe leaders of "
                       "Belarus, Armenia and Russia will sign the Treaty on the Eurasian Economic Union in Minsk on "
                       "Friday. Delegations are due to arrive in Minsk on Thursday.\n\nRelated news\nSCO summit in "
                       "Beijing: leaders meet\n", "2024-05-22")
    assert out["summit"]["organisation"] == "Eurasian Economic Union" and out["summit"]["host_city"] == "Minsk"
    assert {("Belarus", "member"), ("Armenia", "member"), ("Russia", "member")} <= member_set(out)
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday, hosted by Ghanaian President "
                   "John Mahama, who is the current chairperson of the union.", "")
    assert ("Ghana", "member") in got
    # the chair of a commission is an official, not a member state's leader
    got = _members(ref, tmp_path, "The AU summit opened in Addis Ababa on Sunday.",
                   "Chadian diplomat Moussa Faki, who is the chairperson of the African Union Commission, spoke.")
    assert ("Chad", "member") not in got
