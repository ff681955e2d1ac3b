"""Summit facts of session 20 (blind rounds 54 and 56): the venue against cities named for another edition ('last
July's summit in X', 'travelled to X for the previous summit', 'the next leaders' summit in X'), for the story's topic
('the war in X', 'aid into X'), for a year told with 'when' ('echoes of 2008, when ... the meeting in X'), or for
another month's summit ('the regular summit in X that month'); a byline 'reports from X' or 'Name in X'; the G7
described as 'the seven industrial democracies' or 'the seven major non-Communist industrial nations'; a body named
with its edition ('the 50th Pacific Islands Forum'); and dates: a two-day summit that 'ends on Saturday, June 29', two
dated days joined by 'and', a day of another event ('the murder in May of X'), a timetable verb before 'in the X
capital on Tuesday' with a past relative clause after it, and another body's meeting the next day. Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, body: str, published: str) -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


@pytest.mark.parametrize("other", [
    "Several speakers praised last July's summit in Brussels between CELAC and the European Union. Others recalled "
    "CELAC's last July's talks in Brussels with regret. CELAC diplomats said last July's meeting in Brussels mattered.",
    "Honduras is expected to host the next leaders' summit in Brussels. Mexico wants the next leaders' meeting in "
    "Brussels too.",
    "CELAC leaders also discussed the war in Brussels and the hostages held in Brussels, and aid into Brussels. "
    "CELAC called for a conference on Brussels.",
    "The weekend carried echoes of 2008, when a new president, in office for barely two months, represented the "
    "country at the first leaders' meeting in Brussels. It also recalled 2010, when the leaders gathered in Brussels.",
    "The Colombian president made his return at the CELAC regular summit in Brussels that month. The Chilean "
    "president spoke at CELAC's regular meeting in Brussels that month. CELAC officials met in Brussels that month.",
])
def test_a_city_named_for_another_edition_or_topic_is_no_venue(ref, tmp_path, other):
    body = ("CELAC leaders close one-day summit\n\n"
            "Leaders of the Community of Latin American and Caribbean States closed their summit in Kingstown on Friday "
            "with a declaration on food security.\n\n" + other + "\n")
    assert _summit(ref, tmp_path, body, "2024-03-02")["host_city"] == "Kingstown"


def test_a_dateline_stands_when_a_leader_travelled_elsewhere_for_the_previous_summit(ref, tmp_path):
    body = ("CELAC leaders close one-day summit\n\n"
            "KINGSTOWN, St Vincent - Leaders of the Community of Latin American and Caribbean States closed their summit "
            "on Friday with a declaration on food security.\n\n"
            "Brazil returned to CELAC last January, when Lula travelled to Buenos Aires for the previous CELAC summit.\n\n"
            "CELAC will meet next in Tegucigalpa.\n")
    assert _summit(ref, tmp_path, body, "2024-03-02")["host_city"] == "Kingstown"


def test_a_byline_reporting_from_the_city(ref, tmp_path):
    body = ("Blue skies for the forum\n\nOur correspondent Ana Ruiz reports from Lima\n\n"
            "For two days this week the capital had blue skies. Under them, the leaders of Asia-Pacific Economic "
            "Cooperation held their annual summit at a lakeside complex an hour's drive north of the city.\n")
    assert _summit(ref, tmp_path, body, "2016-11-21")["host_city"] == "Lima"


@pytest.mark.parametrize("description", ["seven industrial democracies", "seven major non-Communist industrial nations"])
def test_the_g7_by_description(ref, tmp_path, description):
    body = (f"Leaders end talks\n\nLONDON, May 8 - The leaders of the {description} ended two days of talks here today "
            "with a pledge on growth. The European Community's president attended the final session.\n")
    assert _summit(ref, tmp_path, body, "1977-05-08")["organisation"] == "G7"


def test_a_two_day_summit_that_ends_on_a_named_weekday_and_date(ref, tmp_path):
    body = ("Leaders gather in Buenos Aires\n\nBUENOS AIRES, Nov 30 - Leaders of the Group of 20 opened their summit "
            "in Buenos Aires on Friday.\n\nThe two-day gathering ends on Saturday, December 1.\n")
    assert _summit(ref, tmp_path, body, "2018-11-30")["dates"] == "2018-11-30/2018-12-01"


def test_two_dated_days_joined_by_and(ref, tmp_path):
    body = ("Leaders meet by the lake\n\nLIMA - The leaders of Asia-Pacific Economic Cooperation met on Saturday, "
            "November 19, and Sunday, November 20, at a lakeside hotel for their annual summit.\n")
    assert _summit(ref, tmp_path, body, "2016-11-21")["dates"] == "2016-11-19/2016-11-20"


def test_the_day_of_another_event_is_not_the_summit_s(ref, tmp_path):
    body = ("Leaders end talks\n\nLONDON, May 8 - The leaders of the seven industrial democracies ended two days of "
            "talks here today.\n\nIt was the first summit since the assassination in March of a former premier.\n")
    assert _summit(ref, tmp_path, body, "1977-05-08")["dates"].startswith("1977-05-0")


def test_a_timetable_verb_before_the_capital_with_a_past_relative_after_it(ref, tmp_path):
    body = ("Allies head for Madrid\n\nMADRID, June 25 (Wire) - NATO leaders gather in the Spanish capital on Tuesday "
            "for a two-day summit that officials had hoped would be routine.\n")
    assert _summit(ref, tmp_path, body, "2022-06-25")["dates"] == "2022-06-28/2022-06-29"


def test_another_body_s_meeting_the_next_day(ref, tmp_path):
    body = ("European Political Community meets in Granada\n\nGRANADA - The host today welcomed the leaders of the European "
            "Political Community to their summit.\n\nThe European Political Community was founded last year. The members "
            "of the European Council will remain in Granada on Friday 6 October for an informal meeting of the European "
            "Council.\n")
    assert _summit(ref, tmp_path, body, "2023-10-05")["dates"] == "2023-10-05"


def test_a_body_named_with_its_edition(ref, tmp_path):
    body = ("Forum leaders leave with a deal\n\nBy Ana Ruiz in Funafuti\n\nPacific leaders have left Tuvalu with a "
            "declaration, but the 50th Pacific Islands Forum will be remembered for its retreat.\n\nThe UN "
            "Secretary-General has called a climate summit in New York. A UN envoy praised the text.\n")
    assert _summit(ref, tmp_path, body, "2019-08-17")["organisation"] == "Pacific Islands Forum"


def test_a_bare_byline_heading_and_a_past_chair_handover_elsewhere(ref, tmp_path):
    body = ("What the summit will be remembered for\n\nAna Ruiz in Malabo\n\nAfrica's heads of state came to talk "
            "about farming.\n\nThe African Union summit was chaired by the president of Mauritania, who took over the "
            "rotating chairmanship of the union in Addis Ababa in January.\n")
    assert _summit(ref, tmp_path, body, "2014-06-28")["host_city"] == "Malabo"


def test_a_dateline_with_a_colon(ref, tmp_path):
    body = ("BRICS leaders converge on Delhi\n\nNEW DELHI: Three days before the fourth BRICS summit opens on Thursday, "
            "officials were still haggling.\n\nThe leaders will adopt the Delhi Declaration. Delhi is ready, and "
            "Delhi's hotels are full.\n")
    assert _summit(ref, tmp_path, body, "2012-03-26")["host_city"] == "New Delhi"
