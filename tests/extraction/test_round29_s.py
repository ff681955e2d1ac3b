"""Round 29 (S): the summit's dates, its venue and reference data, each on small invented articles."""

from __future__ import annotations

import pytest

from pipeline.sentences import split_sentences
from pipeline.summit import dateline_day
from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- the next sentence names the lede's day of the summit ('taken on the final day of a three-day summit') -------

def test_the_final_day_named_in_the_next_sentence_ends_the_summit_on_the_ledes_day(ref, tmp_path):
    body = ("Security bloc expands its rapid force\n\n"
            "ASTANA, Nov 27 (Steppe Wire) - CSTO leaders agreed on Wednesday to double their rapid reaction force.\n\n"
            "The agreement, reached late on the last day of a three-day summit in the Kazakh capital, follows months "
            "of border clashes.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25/2024-11-27"


def test_the_closing_day_of_the_blocs_two_day_meeting_in_the_next_sentence(ref, tmp_path):
    body = ("SCO adopts a water charter\n\n"
            "SCO presidents backed a regional water charter at their summit on Wednesday.\n\n"
            "The charter was adopted on the closing day of the bloc's two-day meeting in Astana, officials said.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_the_second_day_named_in_the_next_sentence_centres_a_three_day_summit(ref, tmp_path):
    body = ("CIS leaders sign a grain pact\n\n"
            "CIS leaders signed a grain pact in Minsk on Wednesday.\n\n"
            "The pact was signed during the second day of a three-day summit at the Palace of Independence.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-28"


_LEDE = ("Bloc agrees a grain pact\n\n"
         "ASTANA, Nov 27 (Steppe Wire) - SCO leaders at their summit agreed on Wednesday to pool their grain reserves.\n\n")


@pytest.mark.parametrize(("follow", "dates"), [
    ("The accord, signed on the second and final day of the two-day summit, runs for five years.", "2024-11-26/2024-11-27"),
    ("The statement, issued at the close of a three-day summit in the capital, names no figure.", "2024-11-25/2024-11-27"),
    ("The move came on the final day of the bloc's two-day meeting, diplomats said.", "2024-11-26/2024-11-27"),
    ("The deal was struck during the first day of a two-day summit at the congress hall.", "2024-11-27/2024-11-28"),
    ("It was announced at the end of the leaders' three-day gathering in the steppe capital.", "2024-11-25/2024-11-27"),
    # no act done on that day: the length alone runs on from the lede's day
    ("The final day of the two-day summit is devoted to trade.", "2024-11-27/2024-11-28"),
    # the final day still ahead
    ("Ministers will sign the pact at the close of the two-day summit.", "2024-11-27/2024-11-28"),
])
def test_the_ledes_day_named_in_the_next_sentence_matrix(ref, tmp_path, follow, dates):
    assert _summit(ref, tmp_path, _LEDE + follow + "\n")["dates"] == dates


def test_a_final_day_still_ahead_leaves_the_ledes_day_as_the_first(ref, tmp_path):
    body = ("CIS leaders meet in Minsk\n\n"
            "CIS leaders met in Minsk on Monday to discuss a grain pact.\n\n"
            "Foreign ministers will sign the pact on the final day of the three-day summit.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25/2024-11-27"


def test_a_possessive_before_the_length_in_the_same_sentence(ref, tmp_path):
    body = ("Alliance agrees on new members\n\n"
            "The alliance will admit two new members, its chairman told a news conference on Thursday, the last day "
            "of the ASEAN's three-day summit in Vientiane.\n")
    assert _summit(ref, tmp_path, body, "2024-10-10")["dates"] == "2024-10-08/2024-10-10"


# --- a dateline a day before the printed date: 'today' is the dateline's day ----------------------------------------

def test_today_under_a_dateline_a_day_before_publication_is_the_datelines_day(ref, tmp_path):
    body = ("Allies offer neighbours a partnership\n\n"
            "By A Correspondent\n\n"
            "VILNIUS, Nov. 26 -- NATO leaders opened the alliance's door a crack to their eastern neighbours today, "
            "approving a partnership plan on the first day of a two-day summit.\n\n"
            "The meeting ends Wednesday.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_today_under_a_dateline_after_a_deck_is_the_datelines_day(ref, tmp_path):
    body = ("Allies offer neighbours a partnership\n\n"
            "* Leaders stop short of membership\n"
            "* Moscow warns against expansion\n\n"
            "By A Correspondent\n\n"
            "VILNIUS, Nov. 26 -- NATO leaders approved a partnership plan today at the first session of a two-day "
            "summit.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def _dateline_day(text: str, published: str) -> str | None:
    return dateline_day(list(split_sentences(text, "A title")), published)


def test_dateline_day_only_when_a_day_or_two_off_the_published_date():
    assert _dateline_day("VILNIUS, Nov. 26 -- NATO leaders met today.", "2024-11-27") == "2024-11-26"
    assert _dateline_day("VILNIUS, Nov. 27 -- NATO leaders met today.", "2024-11-27") is None  # the same day
    assert _dateline_day("VILNIUS, Nov. 20 -- NATO leaders met today.", "2024-11-27") is None  # a week's gap: no dateline
    assert _dateline_day("NATO leaders met today, officials said on Nov. 26.", "2024-11-27") is None  # no dateline


# --- a lede's business day, and 'The meeting, which opened Tuesday' later ------------------------------------------

def test_an_opening_day_in_a_later_sentence_starts_the_summit(ref, tmp_path):
    body = ("Leaders found a regional bank\n\n"
            "ASTANA, Nov 27 (Steppe Wire) -- The presidents of five SCO states signed a charter here Wednesday "
            "founding a regional development bank.\n\n"
            "The leaders also agreed on a joint customs list.\n\n"
            "The summit, which opened Tuesday, was the first since the bloc admitted Belarus.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_a_host_who_opened_the_summit_on_an_earlier_day_starts_it(ref, tmp_path):
    body = ("Union backs a single currency plan\n\n"
            "ACCRA, July 3 (Gold Coast Wire) - African Union leaders decided on Friday to back a plan for a single "
            "currency.\n\n"
            "Rights groups criticised the plan.\n\n"
            "The host, dressed in kente cloth, opened the summit on Wednesday in a new conference hall.\n")
    assert _summit(ref, tmp_path, body, "2009-07-03")["dates"] == "2009-07-01/2009-07-03"


def test_another_events_opening_does_not_start_the_summit(ref, tmp_path):
    body = ("Leaders found a regional bank\n\n"
            "ASTANA, Nov 27 (Steppe Wire) -- The presidents of five SCO states signed a charter at their summit here "
            "Wednesday founding a regional development bank.\n\n"
            "The meeting was held on the sidelines of a business forum, which opened in the city on Tuesday.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-27"


# --- a lede dated by its dateline and a trip: the next sentence dates the summit ------------------------------------

def test_a_dated_dateline_does_not_stop_the_next_sentence_dating_a_trip_lede(ref, tmp_path):
    body = ("Debt fears hang over the G20\n\n"
            "RIO DE JANEIRO, Nov 17 (Atlantic Wire) - Leaders of the biggest economies fly into Rio on Sunday for a "
            "two-day G20 summit shadowed by debt fears.\n\n"
            "Brazil's president, who will chair the talks on Monday and Tuesday, wants a pledge on hunger.\n")
    assert _summit(ref, tmp_path, body, "2024-11-17")["dates"] == "2024-11-18/2024-11-19"


# --- a dateline after a deck of several lines; a dateline place the gazetteer lacks ----------------------------------

def test_a_dateline_after_a_deck_and_a_byline_names_the_venue(ref, tmp_path):
    body = ("Group of Seven backs a climate fund\n\n"
            "* Leaders meet on the Riviera\n"
            "* Two members hold out on coal\n\n"
            "By Jean Roux and Ada Blum\n\n"
            "CANNES, France, June 3 (Riviera Wire) - G7 leaders meeting in France decided on Friday to back a "
            "climate fund, defying a ruling by the court in The Hague.\n\n"
            "The decision, taken on the final day of a three-day summit, was welcomed by campaigners.\n")
    out = _summit(ref, tmp_path, body, "2022-06-03")
    assert (out["host_city"], out["dates"]) == ("Cannes", "2022-06-01/2022-06-03")


def test_an_unlisted_dateline_place_repeated_in_the_text_is_the_venue(ref, tmp_path):
    body = ("Group of Seven backs a climate fund\n\n"
            "PORTO CERVO, Italy, June 3 (Riviera Wire) - G7 leaders meeting in Sardinia decided on Friday to back a "
            "climate fund, defying a ruling by the court in The Hague.\n\n"
            "Police sealed off the marina at Porto Cervo for the three-day summit.\n")
    out = _summit(ref, tmp_path, body, "2022-06-03")
    assert (out["host_city"], out["host_country"]) == ("Porto Cervo", "Italy")


def test_an_unlisted_dateline_place_never_repeated_gives_nothing(ref, tmp_path):
    body = ("Group of Seven backs a climate fund\n\n"
            "PORTO CERVO, Italy, June 3 (Riviera Wire) - G7 leaders decided at their summit in Rome on Friday to back "
            "a climate fund.\n")
    assert _summit(ref, tmp_path, body, "2022-06-03")["host_city"] == "Rome"


# --- a source's place is no venue ('diplomats in Brussels said') ----------------------------------------------------

def test_sources_quoted_from_a_city_do_not_make_it_the_venue(ref, tmp_path):
    body = ("Allies weigh a new mission\n\n"
            "NATO leaders weighed a new training mission at their summit at the Vilnius arena on Tuesday.\n\n"
            "Officials in Brussels said the alliance summit would not set a date; diplomats in Brussels added that "
            "the summit could return to it.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Vilnius"


def test_a_lower_levels_meetings_do_not_make_a_city_the_venue(ref, tmp_path):
    body = ("Old rivals launch a joint council\n\n"
            "SAN REMO, Italy, May 14 (Worldwire) - NATO and Russia launched a joint council at a one-day summit "
            "at the seaside town of San Remo on Tuesday.\n\n"
            "The council will meet monthly at ambassador level in Brussels, and at summit level when leaders "
            "see fit.\n\n"
            "- The first ambassadors' meeting is expected in Brussels next week\n")
    assert _summit(ref, tmp_path, body, "2024-05-14")["host_city"] == "San Remo"


def test_leaders_in_a_city_still_name_the_venue(ref, tmp_path):
    body = ("Allies weigh a new mission\n\n"
            "NATO leaders gathered in Vilnius on Tuesday for the alliance summit.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Vilnius"


# --- reference data -------------------------------------------------------------------------------------------------

def test_predecessor_names_are_the_organisations(ref):
    assert ref.lookup("org", "Organisation of African Unity") == {"au"}
    assert ref.lookup("org", "OAU") == {"au"}
    assert ref.lookup("org", "Collective Security Treaty") == {"csto"}


def test_a_kings_brother_is_reported_by_his_canonical_name(ref, tmp_path):
    body = ("Arab leaders back a peace plan\n\n"
            "Arab League leaders met in Cairo on Wednesday for their annual summit. Morocco's king sent his brother, "
            "Prince Moulay Rachid, to head the Moroccan delegation.\n")
    out = extract_text(ref, tmp_path, body, "2008-03-27")
    assert any(a["person"] == "Prince Moulay Rachid of Morocco" for a in out["attendees"])


def test_a_foreign_minister_and_a_council_secretary_are_known(ref, tmp_path):
    body = ("Bloc backs a border force\n\n"
            "Foreign Minister Phandu Skelemani attended the African Union summit in Addis Ababa on Monday.\n")
    assert ("Phandu Skelemani", "Botswana", "attended") in attendee_set(extract_text(ref, tmp_path, body, "2010-02-01"))
    assert ref.lookup("person", "Valery Nikolayenko") == {"sw:valery-nikolayenko"}
    assert {o.place for o in ref.offices_of("sw:valery-nikolayenko", "2002-10-07")} == {
        "Collective Security Treaty Organization"}


# --- a paraphrase matrix of summit-date ledes (openings, closings, lengths, datelines, print editions) ---------------

@pytest.mark.parametrize(("published", "lede", "dates"), [
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - SCO leaders wrapped up their two-day summit on Wednesday with a pledge.",
     "2024-11-26/2024-11-27"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - A two-day SCO summit closed on Wednesday with a pledge on water.",
     "2024-11-26/2024-11-27"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - SCO leaders closed their summit on Wednesday with a pledge.\n\n"
                   "The summit opened on Monday with a dinner.", "2024-11-25/2024-11-27"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - SCO leaders agreed on Wednesday to pool water.\n\n"
                   "The two-day summit ends on Thursday.", "2024-11-27/2024-11-28"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - SCO leaders agreed on Wednesday to pool water.\n\n"
                   "The summit, which began on Tuesday, ends on Thursday.", "2024-11-26/2024-11-28"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - SCO leaders agreed on Wednesday, the second day of their three-day summit, "
                   "to pool water.", "2024-11-26/2024-11-28"),
    ("2024-11-28", "ASTANA, Nov 27 -- SCO leaders agreed today to pool water at the close of their two-day summit.",
     "2024-11-26/2024-11-27"),
    ("2024-11-28", "ASTANA, Nov 27 -- SCO leaders opened a two-day summit today with a pledge on water.",
     "2024-11-27/2024-11-28"),
    ("2024-11-27", "SCO leaders on Wednesday concluded a three-day summit in Astana.", "2024-11-25/2024-11-27"),
    ("2024-11-25", "ASTANA, Nov 25 (Wire) - SCO leaders arrive on Monday for a three-day summit opening on Tuesday.",
     "2024-11-26/2024-11-28"),
    ("2024-11-25", "SCO leaders will meet in Astana from Tuesday to Thursday for their annual summit.",
     "2024-11-26/2024-11-28"),
    ("2024-11-27", "ASTANA, Nov 27 (Wire) - The SCO summit got under way on Wednesday and runs until Friday.",
     "2024-11-27/2024-11-29"),
])
def test_summit_date_ledes_matrix(ref, tmp_path, published, lede, dates):
    assert _summit(ref, tmp_path, "SCO summit story\n\n" + lede + "\n", published)["dates"] == dates


def test_an_unlisted_dateline_place_in_a_us_state_named_like_a_country(ref, tmp_path):
    body = ("Leaders take on famine\n\n"
            "SAVANNAH, Georgia, June 8 (Wire) - G8 leaders pledged on Tuesday to fight famine at their summit.\n\n"
            "Hotels in Savannah were full for the three-day summit.\n")
    out = _summit(ref, tmp_path, body, "2004-06-08")
    assert out["host_city"] == "Savannah" and out["host_country"] != "Georgia"


# --- 'crowned two days of summitry': the session tops a longer stretch of meetings ----------------------------------

def test_a_session_that_crowned_days_of_summitry_keeps_its_own_day(ref, tmp_path):
    body = ("Security bloc backs a peacekeeping force\n\n"
            "MINSK, June 14 (Wire) -- CSTO leaders today approved a joint peacekeeping force.\n\n"
            "The leaders also named a new secretary general.\n\n"
            "The CSTO session capped two days of summitry in the Belarusian capital, after a CIS summit on Friday.\n")
    assert _summit(ref, tmp_path, body, "2008-06-14")["dates"] == "2008-06-14"


def test_a_summit_that_ended_days_of_talks_spans_them(ref, tmp_path):
    body = ("Security bloc backs a peacekeeping force\n\n"
            "MINSK, June 14 (Wire) -- CSTO leaders today approved a joint peacekeeping force.\n\n"
            "The leaders also named a new secretary general.\n\n"
            "The CSTO summit ended two days of talks in the Belarusian capital.\n")
    assert _summit(ref, tmp_path, body, "2008-06-14")["dates"] != "2008-06-14"  # the talks' two days are the summit's


# --- a name given to the meeting is no venue ('would be called the "Cairo Summit"') ---------------------------------

def test_a_summit_named_after_another_city_is_not_held_there(ref, tmp_path):
    body = ("King names Jeddah meeting 'Cairo Summit'\n\n"
            "Saudi Arabia's king opened the Arab League summit in Jeddah on Sunday, announcing that it would be "
            "called the \"Cairo Summit\" in honour of the League's seat.\n\n"
            "The leaders adopted the Jeddah Declaration at the close.\n")
    assert _summit(ref, tmp_path, body, "2018-04-15")["host_city"] == "Jeddah"


def test_a_summit_named_for_its_own_city_still_names_the_venue(ref, tmp_path):
    body = ("Leaders sign the Astana charter\n\n"
            "SCO leaders met in Kazakhstan on Wednesday at what officials called the Astana Summit; the host dubbed it the Steppe Summit.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Astana"


# --- a place's name is no person ('King Fahd International Airport', "Georgia's Black Sea coast") -------------------

def test_an_airport_named_for_a_king_is_no_attendee(ref, tmp_path):
    body = ("Arab leaders gather\n\n"
            "Egyptian President Tarek Salem, Kuwait's Emir Sheikh Nasser Al-Fahd and Algerian President Amin Bouzid "
            "were among those who arrived at King Fahd International Airport on Tuesday for the Arab League summit.\n")
    out = extract_text(ref, tmp_path, body, "2024-12-02")
    assert not any("Airport" in (a["person"] or "") for a in out["attendees"])


def test_a_countrys_sea_is_no_attendee(ref, tmp_path):
    body = ("Grain on the agenda\n\n"
            "At the SCO summit, the two presidents discussed grain shipments from Georgia's Black Sea ports.\n")
    out = extract_text(ref, tmp_path, body, "2024-07-04")
    assert not any("Sea" in (a["person"] or "") for a in out["attendees"])


def test_a_person_with_a_place_word_inside_the_name_is_still_read(ref, tmp_path):
    body = ("Leaders meet\n\n"
            "Georgia's Irakli Gulfberg attended the SCO summit in Astana on Wednesday.\n")
    assert ("Irakli Gulfberg", "Georgia", "attended") in attendee_set(extract_text(ref, tmp_path, body))


def test_round_31_people_are_known(ref):
    assert ref.lookup("person", "Charles Taylor") == {"sw:charles-taylor"}
    assert {o.role for o in ref.offices_of("sw:charles-taylor", "2003-07-11")} == {"President"}
    assert ref.lookup("person", "Muammar Kadhafi") == {"sw:muammar-gaddafi"}


def test_the_saudi_kings_style_names_his_country(ref, tmp_path):
    body = ("Arab leaders meet in Riyadh\n\n"
            "Custodian of the Two Holy Mosques King Abdullah opened the Arab League summit in Riyadh on Monday. "
            "Jordan's King Abdullah II and Egyptian President Hosni Mubarak also attended.\n")
    got = attendee_set(extract_text(ref, tmp_path, body, "2009-03-30"))
    assert {("Abdullah of Saudi Arabia", "Saudi Arabia", "attended"),
            ("Abdullah II of Jordan", "Jordan", "attended")} <= got
