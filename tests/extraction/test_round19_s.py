"""Round 19 (s): summit host city and dates, each rule on small invented articles."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.summit import _BY_VIDEO_FROM, _CHAIRED_FROM, _dates_other_event, _other_venue
from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


# --- host city -----------------------------------------------------------------------------------------------

def test_a_virtual_summit_sits_where_its_chair_sat_not_where_a_guest_joined_from(ref, tmp_path):
    text = ("Lula urges reform of lenders at online SCO meeting\n\n"
            "BRASILIA, June 3 -- Brazil's president spoke on Monday to the SCO summit via video link from Brasilia, "
            "urging reform of the lenders.\n\n"
            "The summit, held online because of the floods, was chaired by Kazakh President Kassym-Jomart Tokayev "
            "from Astana.\n\n"
            "Also on this site: Lula to attend the G20 Lima summit by video\n")
    assert _summit(ref, tmp_path, text, "2024-06-03")["host_city"] == "Astana"
    assert _BY_VIDEO_FROM.search("the premier addressed the session by video conference from ")
    assert not _BY_VIDEO_FROM.search("the premier flew in from ")
    assert _CHAIRED_FROM.search("the host president chaired the online meeting from ")


def test_a_city_dated_by_an_appositive_year_or_that_month_is_another_edition():
    text = "The first summit of the bloc was held in Kazan, Russia, in 2011, with five leaders."
    a = text.index("Kazan")
    assert _other_venue(text, a, a + len("Kazan"), "2024-10-23")
    text = "Leaders met in Kazan, Russia, on Tuesday."
    a = text.index("Kazan")
    assert not _other_venue(text, a, a + len("Kazan"), "2024-10-23")
    text = "At the bloc's summit in Dushanbe that October, the host walked out."
    a = text.index("Dushanbe")
    assert _other_venue(text, a, a + len("Dushanbe"), "2024-10-23")


def test_a_think_tank_or_university_in_a_city_is_no_venue():
    text = "said Aida Nurlanova, a researcher at a think tank in Almaty."
    a = text.index("Almaty")
    assert _other_venue(text, a, a + len("Almaty"), "2024-10-23")
    text = "The leaders met at the state university in Almaty."
    a = text.index("Almaty")
    assert not _other_venue(text, a, a + len("Almaty"), "2024-10-23")


def test_a_city_another_bodys_summit_is_held_in_and_a_lede_under_a_summit_headline(ref, tmp_path):
    text = ("ASEAN summit: leaders seal maritime code\n\n"
            "Leaders agree a code of conduct; fishermen protest outside\n\n"
            "By Jo Tan, Regional Editor\n\n"
            "Friday 8 May 2026\n\n"
            "The host hailed a turning point last night after the leaders of the ten nations agreed in Manila "
            "to a binding code of conduct.\n\n"
            "The Indonesian president is due in Tokyo this evening for the G7's outreach summit.\n")
    summit = _summit(ref, tmp_path, text, "2026-05-08")
    assert summit["host_city"] == "Manila"
    assert summit["dates"] == "2026-05-07"


# --- dates ---------------------------------------------------------------------------------------------------

def test_a_venue_named_for_independence_and_a_treaty_entering_into_force():
    text = "The leaders met at the Palace of Independence in Tashkent on June 4."
    d = find_dates(text, "2026-06-05")[0]
    assert not _dates_other_event(text, d, "2026-06-05")
    text = "Leaders marked the anniversary of independence on June 4."
    d = find_dates(text, "2026-06-05")[0]
    assert _dates_other_event(text, d, "2026-06-05")
    text = "The customs pact, signed at the previous summit, entered into force on March 2."
    d = find_dates(text, "2026-06-05")[0]
    assert _dates_other_event(text, d, "2026-06-05")


def test_a_news_conference_is_no_summit_to_date(ref, tmp_path):
    text = ("G20 summit ends with pledge on debt\n\n"
            "By Sam Reed\n\n"
            "Leaders of the G20 agreed in Rome yesterday to extend debt relief.\n\n"
            "The German chancellor, who spoke at a joint news conference on Thursday, praised the deal.\n")
    assert _summit(ref, tmp_path, text, "2026-10-31")["dates"] == "2026-10-30"
