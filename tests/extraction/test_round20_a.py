"""Round 20 (a): attendance rules (self-announced absences, factbox tenses, negated and borrowed cues, stand-ins,
other meetings), each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

# a G20 summit in Osaka on 28-29 June 2019; articles published on the first day (during) or before it
_HEAD = "Leaders meet in Osaka\n\nOSAKA, June 28 - The G20 summit opened in Osaka on Friday and runs until Saturday.\n\n"
_PREVIEW = "Leaders head to Osaka\n\nOSAKA, June 24 - The G20 summit will be held in Osaka on Friday and Saturday.\n\n"


def _people(ref, tmp_path, text: str, published: str = "2019-06-28") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, text, published))


def _names(got: set[tuple]) -> set[str]:
    return {p for p, _, _ in got}


def test_a_speaker_announcing_his_own_absence_after_a_time(ref, tmp_path):
    text = _PREVIEW + ("* MEXICO - Andrés Manuel López Obrador confirmed on Tuesday that he would not attend, citing "
                       "work at home.\n\n"
                       "* BRAZIL - Jair Bolsonaro said last week he would travel to Osaka.\n\n"
                       "* AUSTRALIA - Scott Morrison said on Monday that trade talks were useful.\n")
    got = _people(ref, tmp_path, text, "2019-06-24")
    assert ("Andrés Manuel López Obrador", "Mexico", "absent") in got
    assert ("Jair Bolsonaro", "Brazil", "expected") in got
    assert "Scott Morrison" not in _names(got)


def test_confirmed_attendance_is_expected_while_the_summit_runs(ref, tmp_path):
    text = _HEAD + "Cyril Ramaphosa and Recep Tayyip Erdoğan are among those who have confirmed attendance.\n"
    got = _people(ref, tmp_path, text, "2019-06-28")
    assert {("Cyril Ramaphosa", "South Africa", "expected"), ("Recep Tayyip Erdoğan", "Turkey", "expected")} <= got


def test_a_long_aside_before_an_absence_and_a_name_inside_it(ref, tmp_path):
    text = _PREVIEW + ("Indonesia's Joko Widodo, who has quarrelled with the government of Scott Morrison over cattle "
                       "exports for several months now, is not expected to attend.\n")
    got = _people(ref, tmp_path, text, "2019-06-24")
    assert ("Joko Widodo", "Indonesia", "absent") in got
    assert "Scott Morrison" not in _names(got)


def test_the_absence_of_another_and_neither_nor(ref, tmp_path):
    text = _HEAD + ("Justin Trudeau voiced regret over the absence of Moon Jae-in.\n\n"
                    "Neither President Emmanuel Macron nor Angela Merkel made the trip because of a strike at home.\n\n"
                    "Shinzo Abe and Narendra Modi made the trip despite the storm.\n")
    got = _people(ref, tmp_path, text)
    assert ("Moon Jae-in", "South Korea", "absent") in got
    assert ("Justin Trudeau", "Canada", "absent") not in got
    assert {("Emmanuel Macron", "France", "absent"), ("Angela Merkel", "Germany", "absent"),
            ("Shinzo Abe", "Japan", "attended"), ("Narendra Modi", "India", "attended")} <= got


def test_a_bare_office_that_will_not_be_able_to_come(ref, tmp_path):
    text = _PREVIEW + ("Moon Jae-in telephoned Shinzo Abe on Thursday. The South Korean president apologised that "
                       "he would not be able to come to Osaka.\n")
    assert ("Moon Jae-in", "South Korea", "absent") in _people(ref, tmp_path, text, "2019-06-24")
    text = _HEAD + ("Vladimir Putin attended the opening session. The Russian president skipped the final working "
                    "lunch.\n")
    assert ("Vladimir Putin", "Russia", "attended") in _people(ref, tmp_path, text, "2019-06-30")


def test_among_them_takes_the_cue_of_the_sentence_before(ref, tmp_path):
    text = _HEAD + ("More than 30 heads of state and government were in Osaka. Among them were Justin Trudeau of "
                    "Canada and Scott Morrison of Australia.\n")
    got = _people(ref, tmp_path, text, "2019-06-30")
    assert {("Justin Trudeau", "Canada", "attended"), ("Scott Morrison", "Australia", "attended")} <= got
    text = _HEAD + "The sherpas drafted three texts. Among them was a plan backed by Justin Trudeau.\n"
    assert "Justin Trudeau" not in _names(_people(ref, tmp_path, text, "2019-06-30"))


def test_a_ministers_council_chair_and_a_summit_chair(ref, tmp_path):
    text = _HEAD + ("On the eve of the summit, the Council of Foreign Ministers met in Osaka under the chairmanship "
                    "of Taro Kono.\n\nThe leaders met in Osaka under the chairmanship of Shinzo Abe.\n")
    got = _people(ref, tmp_path, text, "2019-06-30")
    assert "Taro Kono" not in _names(got)
    assert ("Shinzo Abe", "Japan", "attended") in got


def test_an_as_clause_dates_the_organisation_not_the_attendance(ref, tmp_path):
    text = _PREVIEW + "Donald Tusk will also take part, as the EU has done at every meeting since 2008.\n"
    assert ("Donald Tusk", "European Union", "expected") in _people(ref, tmp_path, text, "2019-06-24")


def test_invitees_with_no_other_object(ref, tmp_path):
    text = _PREVIEW + ("Africa will have its own session on Saturday. Senegal's Macky Sall and Rwanda's Paul Kagame "
                       "have been invited, along with the chairman of the African Union Commission, Moussa Faki.\n")
    got = _people(ref, tmp_path, text, "2019-06-24")
    assert {("Macky Sall", "Senegal", "expected"), ("Paul Kagame", "Rwanda", "expected"),
            ("Moussa Faki", "African Union", "expected")} <= got
    text = _PREVIEW + "Paul Kagame has been invited to visit Tokyo next spring.\n"
    assert "Paul Kagame" not in _names(_people(ref, tmp_path, text, "2019-06-24"))


def test_a_counted_group_with_its_countries_between_dashes(ref, tmp_path):
    text = _PREVIEW + ("The leaders of three countries bordering the Pacific -- Vietnam, Thailand and Chile -- will "
                       "also meet the leaders on Saturday.\n")
    got = extract_text(ref, tmp_path, text, "2019-06-24")
    countries = {(a["country"], a["status"]) for a in got["attendees"] if a["person"] is None}
    assert {("Vietnam", "expected"), ("Thailand", "expected"), ("Chile", "expected")} <= countries


def test_a_successor_a_companion_at_an_earlier_meeting_and_a_meeting_elsewhere(ref, tmp_path):
    text = _HEAD + ("Theresa May, who steps down in July in favour of Boris Johnson, is attending her last summit.\n\n"
                    "Xi Jinping told the leaders that trade must grow, a month after he met in Dushanbe together "
                    "with Hassan Rouhani.\n\n"
                    "The summit's envoy met Nicolás Maduro in Caracas on Thursday.\n")
    got = _people(ref, tmp_path, text)
    assert {("Theresa May", "United Kingdom", "attended"), ("Xi Jinping", "China", "attended")} <= got
    assert not {"Boris Johnson", "Hassan Rouhani", "Nicolás Maduro"} & _names(got)


def test_coordinated_countries_represented_by_their_ministers(ref, tmp_path):
    text = _PREVIEW + ("Both Vietnam and Chile will be represented by their foreign ministers, officials said.\n\n"
                       "Foreign Minister Rosa Quintanilla Duarte will represent Ecuador in her place.\n")
    got = extract_text(ref, tmp_path, text, "2019-06-24")
    offices = {(a["country"], a["status"], a["capacity"]) for a in got["attendees"] if a["person"] is None}
    assert {("Vietnam", "expected", "stand_in"), ("Chile", "expected", "stand_in")} <= offices
    assert ("Rosa Quintanilla Duarte", "Ecuador", "expected") in attendee_set(got)
    text = _PREVIEW + "Vietnam will be represented by its foreign minister, officials said.\n"
    got = extract_text(ref, tmp_path, text, "2019-06-24")
    assert [a["country"] for a in got["attendees"] if a["person"] is None] == ["Vietnam"]


def test_named_absentees_and_a_relative_that_stays_away(ref, tmp_path):
    text = _HEAD + ("The most talked-about absentee was Mexico's Andrés Manuel López Obrador, who is wanted at home by "
                    "Jair Bolsonaro for talks.\n\n"
                    "Shinzo Abe flies to Moscow next week to see Vladimir Putin, who is not attending the summit.\n\n"
                    "Cyril Ramaphosa, who boycotted the session in June last year, is also due to attend.\n")
    got = _people(ref, tmp_path, text)
    assert {("Andrés Manuel López Obrador", "Mexico", "absent"), ("Vladimir Putin", "Russia", "absent"),
            ("Cyril Ramaphosa", "South Africa", "expected")} <= got
    assert "Jair Bolsonaro" not in _names(got)
