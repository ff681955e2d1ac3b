"""Summit facts of session 20 (blind rounds 54 and 56): the venue against cities named for another edition ('last
July's summit in X', 'travelled to X for the previous summit', 'the next leaders' summit in X'), for the story's topic
('the war in X', 'aid into X'), for a year told with 'when' ('echoes of 2008, when ... the meeting in X'), or for
another month's summit ('the regular summit in X that month'); a byline 'reports from X'; the G7 described as 'the
seven industrial democracies' or 'the seven major non-Communist industrial nations'; and a two-day summit that 'ends
on Saturday, June 29'. Small invented articles (no sentence of any corpus)."""

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
