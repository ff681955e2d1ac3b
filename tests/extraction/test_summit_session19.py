"""Summit facts of session 19 (blind round 51): a body that joins another in the lede ('the 55-nation bloc became a
permanent member of the Group of 20') makes the other's summit the story's, and an official's title ('the chairperson
of the African Union') is no vote for the host body; a city that lends the capital its name ('the Delhi summit') is
the capital when the story names it. Small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import extract_text

_TITLE = "African Union takes its seat as Delhi summit ends"
_LATER = "Ukraine, which is not a G20 member, was not invited to New Delhi. The African Union said it would speak with one voice."


def _out(ref, tmp_path, lede: str) -> dict:
    return extract_text(ref, tmp_path, f"{_TITLE}\n\n{lede}\n\n{_LATER}\n", "2023-09-10")["summit"]


def test_the_body_joined_in_the_lede_holds_the_summit(ref, tmp_path):
    summit = _out(ref, tmp_path, "The opening session of the Delhi summit had barely begun on Saturday when the host "
                                 "asked the chairperson of the African Union to take the seat marked with its name. With "
                                 "that, the 55-nation bloc became a permanent member of the Group of 20.")
    assert summit["organisation"] == "G20" and summit["host_city"] == "New Delhi", summit


def test_without_the_joining_the_most_named_body_holds_it(ref, tmp_path):
    summit = _out(ref, tmp_path, "The opening session of the Delhi summit of the African Union had barely begun on "
                                 "Saturday when the African Union's guests from the Group of 20 took their seats.")
    assert summit["organisation"] == "African Union", summit


def test_places_of_an_earlier_conference_and_of_a_word_said_beforehand_are_no_venue(ref, tmp_path):
    body = ("Shanghai bloc closes ranks in the Urals\n\n"
            "YEKATERINBURG, June 16 (Wire) - Leaders of the Shanghai Cooperation Organisation met for their summit on "
            "Tuesday.\n\n"
            "The SCO held a special conference on Afghanistan in Moscow in March. The SCO also met in Moscow in April.\n\n"
            "\"The SCO is no alliance,\" a Russian spokesman said in Moscow before the summit opened. A second spokesman "
            "said in Moscow ahead of the meeting that the SCO would not grow.\n")
    assert extract_text(ref, tmp_path, body, "2009-06-16")["summit"]["host_city"] == "Yekaterinburg"


def test_a_plans_year_is_no_other_edition(ref, tmp_path):
    body = ("Forum leaders close their meeting\n\n"
            "The Pacific Islands Forum leaders' meeting wrapped up in Apia on Thursday with leaders endorsing a "
            "\"2050 Strategy for the Blue Pacific\", and an Agenda 2063 link with Africa.\n")
    assert extract_text(ref, tmp_path, body, "2022-07-14")["summit"]["host_city"] == "Apia"


def test_a_gathering_held_on_a_weekday_is_past(ref, tmp_path):
    body = ("Leaders meet in St Petersburg\n\n"
            "This year's informal summit of the Commonwealth of Independent States, held on Tuesday, drew a full house "
            "of presidents, though Putin likes to keep the evening for talks that will be private.\n")
    assert extract_text(ref, tmp_path, body, "2023-12-27")["summit"]["dates"] == "2023-12-26"
