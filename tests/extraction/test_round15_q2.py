"""Round 15 (q2): host city, summit dates and attendance status, each rule on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _status(ref, tmp_path, text: str, published: str) -> dict:
    return {p: st for p, _, st in attendee_set(extract_text(ref, tmp_path, text, published))}


def test_a_message_to_a_capital_is_no_venue(ref, tmp_path):
    text = ("Summit ends with a warning to Beijing and an appeal to Ankara\n\n"
            "The NATO summit in Vilnius ended on Wednesday with a pledge on air defence.\n")
    assert _summit(ref, tmp_path, text, "2023-07-13")["host_city"] == "Vilnius"
    text = ("Leaders send a message to Tehran\n\n"
            "The EU summit in Brussels closed on Friday after a long night of talks.\n")
    assert _summit(ref, tmp_path, text, "2024-03-23")["host_city"] == "Brussels"
    # travelling to a city is still a cue
    text = "Leaders fly to Lisbon\n\nThe EU leaders travel to Lisbon for the summit on Thursday.\n"
    assert _summit(ref, tmp_path, text, "2024-03-18")["host_city"] == "Lisbon"


def test_bylines_from_a_place_and_two_place_bylines(ref, tmp_path):
    text = ("Alliance agrees new plan\n\nFrom Clara Hoen in Riga\n\n"
            "The NATO summit opened on Tuesday only hours after talks with the government in Kabul.\n")
    assert _summit(ref, tmp_path, text, "2024-06-26")["host_city"] == "Riga"
    text = ("Leaders agree climate goal\n\nBy our Asia editor in Hiroshima and staff in London\n\n"
            "The G7 summit ended on Sunday with a statement of unity from the G7.\n")
    assert _summit(ref, tmp_path, text, "2023-05-21")["host_city"] == "Hiroshima"


def test_the_city_named_summit(ref, tmp_path):
    text = ("Allies close ranks\n\nFor the new members, the Bucharest summit of NATO was a milestone. "
            "The first session opened on Wednesday after a bomb in Baghdad killed ten people.\n")
    assert _summit(ref, tmp_path, text, "2008-04-04")["host_city"] == "Bucharest"
    # another edition, dated away, stays out
    text = ("Allies close ranks\n\nThe NATO summit in Vilnius opened on Tuesday. "
            "Leaders recalled the Madrid summit of 2022.\n")
    assert _summit(ref, tmp_path, text, "2023-07-11")["host_city"] == "Vilnius"


def test_another_bodys_summit_in_a_relative_clause(ref, tmp_path):
    text = ("BRICS leaders to meet\n\nThe BRICS leaders are expected in Johannesburg on Tuesday for the BRICS summit. "
            "BRICS will coordinate its line ahead of the G20 summit that India will host in New Delhi in September.\n")
    assert _summit(ref, tmp_path, text, "2023-08-20")["host_city"] == "Johannesburg"
    text = ("BRICS leaders to meet\n\nThe BRICS leaders are expected in Johannesburg on Tuesday for the BRICS summit. "
            "BRICS will prepare for the G20 summit to be held in New Delhi next month.\n")
    assert _summit(ref, tmp_path, text, "2023-08-20")["host_city"] == "Johannesburg"


def test_related_headlines_name_no_venue(ref, tmp_path):
    text = ("SCO leaders gather\n\nThe SCO summit is expected to open in Astana on Wednesday.\n\n"
            "Related stories\n- ASEAN summit in Jakarta later this year\n- G20 summit in Bali next month\n")
    assert _summit(ref, tmp_path, text, "2024-07-01")["host_city"] == "Astana"


def test_a_death_or_an_accession_date_is_not_the_summits(ref, tmp_path):
    text = ("Leaders mourn\n\nAlmaty – The CIS leaders met on Thursday in a summit that opened with a minute of "
            "silence for a former president, who died on October 3.\n")
    assert _summit(ref, tmp_path, text, "2024-10-10")["dates"] == "2024-10-10"
    text = ("Allies meet\n\nThe NATO summit opened on Tuesday. Finland formally joined the alliance on April 4, "
            "a year after its request.\n")
    assert _summit(ref, tmp_path, text, "2023-07-12")["dates"] == "2023-07-11"


def test_opening_and_closing_days_in_different_sentences(ref, tmp_path):
    text = ("Allies agree\n\nThe NATO summit that ended yesterday was meant to be a show of unity. "
            "Instead it was dominated by Ukraine. The summit of the 31 allies opened on Tuesday in the old town.\n")
    assert _summit(ref, tmp_path, text, "2023-07-13")["dates"] == "2023-07-11/2023-07-12"
    # an opening too far before the close, or of another event, leaves the closing day alone
    text = ("Allies agree\n\nThe NATO summit that ended yesterday was meant to be a show of unity. "
            "An exhibition on the alliance opened on Monday in the old town.\n")
    assert _summit(ref, tmp_path, text, "2023-07-13")["dates"] == "2023-07-12"


def test_rather_than_someone_in_a_delegation_is_absent(ref, tmp_path):
    text = ("AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. "
            "Egypt's delegation was led by Prime Minister Mostafa Madbouly rather than President Abdel Fattah el-Sisi.\n")
    got = _status(ref, tmp_path, text, "2024-02-19")
    assert got.get("Abdel Fattah el-Sisi") == "absent"
    # no delegation or attendance: 'rather than' says nothing of presence
    text = ("AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. "
            "Commentators blamed the drought rather than President Abdel Fattah el-Sisi for the shortages.\n")
    assert _status(ref, tmp_path, text, "2024-02-19").get("Abdel Fattah el-Sisi") != "absent"


def test_a_where_aside_on_the_venue_gives_no_past(ref, tmp_path):
    text = ("PM heads to summit\n\nPrime Minister Narendra Modi will leave for South Africa on Monday to attend the "
            "BRICS summit in Johannesburg, where the leaders who met in 2018 will be joined by new members.\n")
    assert _status(ref, tmp_path, text, "2023-08-20").get("Narendra Modi") == "expected"


def test_a_future_event_after_before_is_not_the_attendances_tense(ref, tmp_path):
    text = ("Summit ends\n\nThe G20 summit ended in Osaka on Saturday. Canadian Prime Minister Justin Trudeau, who flew in "
            "on Thursday, backed the statement before talks in Geneva next week.\n")
    assert _status(ref, tmp_path, text, "2019-06-30").get("Justin Trudeau") == "attended"
