"""Round 25 (s): the summit's organisation, host city and dates, and sections about another meeting, each rule on
small invented articles."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.summit import _FINAL_ACT, _UNDER_WAY, _dates_other_event, ministers_meeting
from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _people(ref, tmp_path, text: str, published: str) -> set:
    return {p for p, _, _ in attendee_set(extract_text(ref, tmp_path, text, published))}


# --- host city -----------------------------------------------------------------------------------------------

def test_a_dateline_split_from_its_agency_name_places_the_summit(ref, tmp_path):
    text = ("Bloc leaders postpone their budget vote until the Hanoi meeting\n\n"
            "2 March 2019, 11:05\n\n"
            "VIENTIANE. LAONEWS – ASEAN leaders could not agree on the budget at the summit held in Vientiane on Saturday, "
            "and will take it up again at their meeting in Hanoi on April 20.\n\n"
            "\"We will meet in Hanoi and settle it there,\" the chair said.\n")
    assert _summit(ref, tmp_path, text, "2019-03-02")["host_city"] == "Vientiane"


def test_a_dateline_of_its_own_after_a_deck_places_the_summit(ref, tmp_path):
    text = ("CSTO leaders agree a joint air-defence plan at Kremlin summit\n\n"
            "The plan was the first item adopted by the Collective Security Council this year\n\n"
            "MOSCOW, April 9. /Agency/.\n\n"
            "The leaders of the CSTO held a session of the Collective Security Council in the Grand Kremlin Palace on "
            "Wednesday.\n\n"
            "The bloc's charter was signed in Tashkent on May 15, 1992, by six states.\n")
    assert _summit(ref, tmp_path, text, "2025-04-09")["host_city"] == "Moscow"


def test_a_short_sentence_after_a_deck_opening_with_a_city_is_no_dateline(ref, tmp_path):
    text = ("SCO leaders gather in Bishkek\n\n"
            "Security tops the agenda.\n\n"
            "Beijing, for its part, is cautious.\n\n"
            "Leaders of the SCO met in Bishkek on Friday for their annual summit.\n")
    assert _summit(ref, tmp_path, text, "2026-06-12")["host_city"] == "Bishkek"


# --- organisation --------------------------------------------------------------------------------------------

def test_a_headline_naming_two_summits_puts_its_own_first(ref, tmp_path):
    text = ("Premier to attend G20, APEC summits in the region; climate fund to launch\n\n"
            "The premier will leave on Sunday for a week-long trip, during which he will attend the G20 summit and the "
            "summit of the Asia-Pacific Economic Cooperation (APEC) forum.\n\n"
            "The G20 summit, hosted by the president on Monday and Tuesday, is expected to launch a climate fund.\n\n"
            "The APEC summit follows later in the week, and APEC leaders will discuss trade at their meeting.\n\n"
            "Pakistan's prime minister is also due for the APEC session.\n\n"
            "* 16-21 November: the trip, for the G20 and APEC summits\n")
    summit = _summit(ref, tmp_path, text, "2026-11-14")
    assert summit["organisation"] == "G20"
    assert summit["dates"] == "2026-11-16/2026-11-17"  # not the trip's span for both summits


# --- sections and meetings about something else --------------------------------------------------------------

def test_the_people_under_a_heading_about_another_bloc_s_summit_are_not_this_summit_s(ref, tmp_path):
    text = ("CIS leaders meet in Minsk\n\n"
            "MINSK, Oct 10 (Agency) - Leaders of the Commonwealth of Independent States met in Minsk on Friday for their "
            "annual summit. Belarusian President Ivan Petrovich attended the summit.\n\n"
            "EAEU summit on Saturday\n\n"
            "Mongolian President Batbold Enkhjin arrived in Minsk on Friday evening and will attend the meeting.\n")
    people = _people(ref, tmp_path, text, "2026-10-10")
    assert "Batbold Enkhjin" not in people
    text = text.replace("EAEU summit on Saturday", "CIS summit: the guests")
    assert "Batbold Enkhjin" in _people(ref, tmp_path, text, "2026-10-10")


def test_a_meeting_of_ministers_is_not_the_leaders_summit():
    assert ministers_meeting("Oman's foreign minister chaired the preparatory meeting of Arab foreign ministers on Monday.")
    assert ministers_meeting("She had argued the case at the Executive Council of foreign ministers, which met on Tuesday.")
    assert ministers_meeting("The defence ministers' meeting opened in the capital.")
    assert not ministers_meeting("The foreign ministers' meeting prepared the summit, which opens on Thursday.")
    assert not ministers_meeting("Leaders joined the foreign ministers' meeting for its last hour.")
    assert not ministers_meeting("The foreign minister attended the meeting in place of the president.")


# --- dates ---------------------------------------------------------------------------------------------------

def test_a_wrap_from_the_close_of_the_summit_ends_on_the_report_s_day(ref, tmp_path):
    text = ("Bloc agrees a water fund\n\n"
            "Page last updated at 16:10 GMT, Sunday, 14 June 2026 17:10 UK\n\n"
            "Leaders at the SCO summit in Tashkent have agreed a water fund, the host announced.\n\n"
            "Speaking at the close of the two-day summit, the host conceded the fund would not end droughts "
            "\"tomorrow\".\n")
    assert _summit(ref, tmp_path, text, "2026-06-14")["dates"] == "2026-06-13/2026-06-14"
    text = text.replace("Speaking at the close of the two-day summit, the host conceded",
                        "The host will speak at the close of the two-day summit and is expected to concede")
    assert _summit(ref, tmp_path, text, "2026-06-14")["dates"] != "2026-06-13/2026-06-14"


def test_a_quoted_relative_day_is_not_a_date():
    text = 'The fund will not end droughts "tomorrow", the host said.'
    d = next(d for d in find_dates(text, "2026-06-14", future=True) if d.text.lower().endswith("tomorrow"))
    assert _dates_other_event(text, d, "2026-06-14")
    text = "The fund will be launched tomorrow, the host said."
    d = next(d for d in find_dates(text, "2026-06-14", future=True) if d.text.lower().endswith("tomorrow"))
    assert not _dates_other_event(text, d, "2026-06-14")


def test_the_day_the_closing_document_is_adopted_ends_the_summit(ref, tmp_path):
    text = ("Pacific leaders open their forum\n\n"
            "The 52nd Pacific Islands Forum summit opened in Suva on Monday with a call for climate finance.\n\n"
            "Leaders will go on their retreat on Wednesday, when the final declaration is expected to be adopted.\n")
    assert _summit(ref, tmp_path, text, "2026-08-11")["dates"] == "2026-08-10/2026-08-12"
    text = ("ASEAN summit opens this week\n\n"
            "The ASEAN summit opens at the convention centre in Vientiane on Tuesday (Oct 6), with the prime minister in "
            "the chair. Meetings with partners follow on Wednesday and on Thursday, when Laos hands the chairmanship to "
            "Malaysia.\n")
    assert _summit(ref, tmp_path, text, "2026-10-04")["dates"] == "2026-10-06/2026-10-08"
    # no opening day, or a document adopted too long after it: the day stays alone
    text = ("Pacific leaders meet in Suva\n\n"
            "The Pacific Islands Forum summit met in Suva on Monday.\n\n"
            "Ministers will adopt the joint statement on Wednesday.\n")
    assert _summit(ref, tmp_path, text, "2026-08-11")["dates"] == "2026-08-10"
    assert _FINAL_ACT.search("when the communique is expected to be adopted")
    assert _FINAL_ACT.search("the leaders signed the final declaration")
    assert _FINAL_ACT.search("when the host hands over the rotating presidency")
    assert not _FINAL_ACT.search("the declaration of independence")


def test_a_live_blog_s_day_one_dates_the_summit_over_an_old_month(ref, tmp_path):
    text = ("G20 summit: leaders dine by the sea - live\n\n"
            "Jan Novak in Cannes and Mia Lund in Paris\n\n"
            "Key events\n\n"
            "- Leaders gather in Cannes\n\n"
            "8.10pm\n\n"
            "Here is where things stand on day one of the G20 summit in Cannes:\n\n"
            "- The talks continue over dinner tonight and end tomorrow afternoon.\n\n"
            "Welcome to our coverage of the G20 summit. The group was last reshaped in April 2025 after a row.\n")
    assert _summit(ref, tmp_path, text, "2026-11-03")["dates"] == "2026-11-03/2026-11-04"


def test_a_dateline_of_a_summit_under_way_beats_another_summit_s_date(ref, tmp_path):
    text = ("President takes part in informal CIS summit\n\n"
            "MINSK, 20 December (Agency) – The Kazakh president is taking part in an informal meeting of the heads of state "
            "of the Commonwealth of Independent States outside Minsk.\n\n"
            "The regular CIS summit took place in Astana on 10 October this year.\n")
    assert _summit(ref, tmp_path, text, "2026-12-20")["dates"] == "2026-12-20"
    assert _UNDER_WAY.search("the leaders are meeting behind closed doors")
    assert not _UNDER_WAY.search("the leaders met behind closed doors")


def test_a_deck_s_second_day_of_the_summit_starts_it_a_day_before_the_lede_s_day(ref, tmp_path):
    text = ("G20 widens its table\n\n"
            "On the second day of the G20 summit, the leaders were joined by the heads of regional banks.\n\n"
            "Date 05.06.2026\n\n"
            "The conference hall in Seville filled up on Friday as the G20 summit widened. The summit ends on Saturday.\n")
    assert _summit(ref, tmp_path, text, "2026-06-05")["dates"] == "2026-06-04/2026-06-06"
    text = text.replace("On the second day", "On the first day")
    assert _summit(ref, tmp_path, text, "2026-06-05")["dates"] == "2026-06-05/2026-06-06"


def test_a_day_followed_by_another_bloc_s_summit_is_that_summit_s(ref, tmp_path):
    text = ("NATO leaders open their new hall\n\n"
            "BRUSSELS — NATO leaders met at the alliance's new hall on Wednesday.\n\n"
            "The premier flies to Rome on Thursday for the G20 summit.\n")
    assert _summit(ref, tmp_path, text, "2026-05-20")["dates"] == "2026-05-20"
