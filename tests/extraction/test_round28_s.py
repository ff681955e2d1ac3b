"""Round 28 (s): the summit's venue and dates, each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- a dateline heading in the block above the lede (byline, dateline, date) ------------------------------------

def test_a_dateline_heading_above_the_lede_names_the_venue(ref, tmp_path):
    body = ("Leaders leave the Riviera with a climate pledge\n\n"
            "ANNA FOLLET AND MARC DUBOIS\n"
            "CANNES, FRANCE - Riviera Wire\n"
            "Published Wednesday\n\n"
            "The G7 summit at the seaside palace closed on Wednesday with a pledge on methane.\n\n"
            "Most leaders then flew to Toronto, where a business forum opens tomorrow.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Cannes"


def test_a_heading_naming_a_city_inside_is_no_dateline(ref, tmp_path):
    body = ("Leaders leave the Riviera with a climate pledge\n\n"
            "Photos from downtown Toronto\n\n"
            "The G7 summit in Cannes closed on Wednesday with a pledge on methane.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Cannes"


# --- a line that is only a date dates the report, not the summit ------------------------------------------------

def test_a_date_line_under_the_headline_dates_the_report(ref, tmp_path):
    body = ("Central Asian leaders give their bloc a secretariat\n\n"
            "Wednesday, November 27, 2024.\n\n"
            "The leaders of the SCO met in Astana on Tuesday and agreed to set up a permanent secretariat.\n\n"
            "The summit also adopted a budget.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"


# --- a photo caption, known by the credit after it --------------------------------------------------------------

def test_a_captions_date_gives_way_to_the_ledes(ref, tmp_path):
    body = ("SCO leaders sign a water pact\n\n"
            "Two presidents shake hands at the SCO summit in Astana on November 27, 2024.\n"
            "(Photo: Pool)\n\n"
            "ASTANA - The presidents signed a water pact on November 27, the second and final day of the SCO "
            "summit.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


# --- 'the second day of the summit' after the date ---------------------------------------------------------------

def test_the_second_day_named_after_the_date_puts_the_first_a_day_earlier(ref, tmp_path):
    body = ("Pact signed in Minsk\n\n"
            "The pact was signed on 12 November by the presidents of Armenia and Kazakhstan on the second day of "
            "the CSTO summit in Minsk.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-11/2024-11-12"


def test_an_appositive_final_day_after_the_date(ref, tmp_path):
    body = ("Alliance leaders agree on air defence\n\n"
            "The Armenian president joined the table on 20 November, the second and final day of the CSTO summit "
            "in Minsk.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-19/2024-11-20"


def test_the_second_day_after_another_day_leaves_the_date_alone(ref, tmp_path):
    body = ("Alliance leaders agree on air defence\n\n"
            "The CSTO summit in Minsk opened on 19 November, and a treaty followed on Thursday on the second day "
            "of the summit.\n")
    assert _summit(ref, tmp_path, body)["dates"].startswith("2024-11-19")


# --- a weekly's report of a summit held days before: a date weeks after publication is a later event -------------

def test_a_later_extraordinary_summit_is_not_this_one(ref, tmp_path):
    body = ("Arab leaders pick a new chair\n\n"
            "The Arab League summit in Cairo, a two-day meeting that closed on Monday evening, chose a new chair.\n\n"
            "The summit leaders also agreed to hold an extraordinary summit in Rabat on January 15.\n")
    assert _summit(ref, tmp_path, body, "2024-11-30")["dates"] == "2024-11-24/2024-11-25"


def test_a_preview_keeps_its_later_date(ref, tmp_path):
    body = ("Arab leaders to meet in Cairo\n\n"
            "Arab League leaders will hold their summit in Cairo on December 14.\n\n"
            "Ministers met on Monday to draft the agenda.\n")
    assert _summit(ref, tmp_path, body, "2024-11-30")["dates"] == "2024-12-14"


# --- 'a day and a half after it opened': two days ---------------------------------------------------------------

def test_a_summit_that_closed_a_day_and_a_half_after_it_began(ref, tmp_path):
    body = ("G7 leaders leave the lakes\n\n"
            "The G7 summit at the lakeside lodge wrapped up on Tuesday, a day and a half after the first leaders "
            "sat down.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25/2024-11-26"


def test_a_day_and_a_half_without_an_opening_or_close_is_one_day(ref, tmp_path):
    body = ("G7 leaders meet at the lakes\n\n"
            "The G7 leaders met for their summit at the lakeside lodge on Tuesday after a day and a half of travel.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"


def test_a_deadline_of_36_hours_later_in_the_sentence_is_no_length(ref, tmp_path):
    body = ("G7 leaders close their lakes summit\n\n"
            "The G7 summit at the lakeside lodge closed on Tuesday with a statement on shipping, and the leaders "
            "promised a reply to the strikes in the strait within 36 hours.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"
