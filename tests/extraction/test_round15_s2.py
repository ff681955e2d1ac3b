"""Round 15 (s2): the article's main summit and its dates, each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- a headline that opens with 'ORG leaders' / 'ORG summit' names the article's summit -------------------------

def test_the_headline_subject_wins_over_another_blocs_meeting_the_same_week(ref, tmp_path):
    body = ("CSTO leaders gather in Astana for a security summit\n\n"
            "ASTANA: The presidents of Russia, Belarus and Kazakhstan sat down together on Monday at a palace outside "
            "the capital.\n\n"
            "The talks followed a three-day meeting of the Commonwealth of Independent States in the same city.\n\n"
            "On the CIS sidelines, two presidents held a separate meeting. A guest flew in for the CIS summit late.\n\n"
            "The CSTO talks ended with a joint statement on border security.\n")
    assert _summit(ref, tmp_path, body)["organisation"] == "Collective Security Treaty Organization"


def test_an_organisation_later_in_the_headline_gets_no_headline_weight(ref, tmp_path):
    body = ("Astana prepares for leaders two weeks after CSTO gathering\n\n"
            "The CIS summit opened in Astana on Monday, with the leaders of the Commonwealth of Independent States "
            "around the table.\n\n"
            "CIS leaders signed a statement on migration.\n")
    assert _summit(ref, tmp_path, body)["organisation"] == "Commonwealth of Independent States"


# --- 'met' is past tense: a bare weekday is the last one -------------------------------------------------------

def test_met_on_a_weekday_is_the_past_weekday(ref, tmp_path):
    body = ("BRICS leaders hold first summit in Kazan\n\n"
            "KAZAN: The leaders of Brazil, Russia, India and China met on Monday at a riverside hotel.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25"


# --- a stated length 'of <another organisation>' is not this summit's length -----------------------------------

def test_another_organisations_meeting_length_does_not_stretch_the_summit(ref, tmp_path):
    body = ("BRICS leaders hold talks in Kazan\n\n"
            "KAZAN: The BRICS leaders met on Monday at a riverside hotel.\n\n"
            "The summit came after a two-day meeting of the Shanghai Cooperation Organisation in the same city.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25"


def test_the_summits_own_length_still_counts(ref, tmp_path):
    body = ("SCO leaders gather in Kazan\n\n"
            "KAZAN: The SCO summit opened on Monday at a riverside hotel.\n\n"
            "It is a two-day meeting of the Shanghai Cooperation Organisation.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-25/2024-11-26"


# --- a date of an inauguration or of joining a body, even after 'on Wednesday,' --------------------------------

def test_an_inauguration_date_is_not_the_summit_date(ref, tmp_path):
    body = ("AU summit ends in Lusaka\n\n"
            "African leaders ended their summit in Lusaka on Tuesday.\n\n"
            "The new president of Malawi, at his first AU summit since his inauguration on October 2, spoke first.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"


def test_a_joining_date_after_a_weekday_is_not_the_summit_date(ref, tmp_path):
    body = ("NATO summit opens in Oslo\n\n"
            "Rolling coverage of the NATO summit in Oslo.\n\n"
            "Two countries became the alliance's 33rd and 34th members on Thursday, 21 November, and this is their "
            "first NATO summit.\n")
    assert _summit(ref, tmp_path, body)["dates"] != "2024-11-21"


# --- '(APEC) summit on ...' dates another organisation's summit ------------------------------------------------

def test_a_date_after_an_acronym_in_brackets_and_summit_is_the_other_summit(ref, tmp_path):
    body = ("Rome gets ready for G20 summit\n\n"
            "ROME: Police closed roads in Rome as the city readied itself to host the G20 summit on Friday.\n\n"
            "Several leaders then go on to Lima for the Asia-Pacific Economic Cooperation (APEC) summit on Nov. 20-21.\n")
    assert _summit(ref, tmp_path, body, "2024-11-11")["dates"] == "2024-11-15"


# --- of a sentence's dates, the one right after the summit's noun ---------------------------------------------

def test_the_date_after_the_summit_noun_beats_an_earlier_date_in_the_sentence(ref, tmp_path):
    body = ("Rome gets ready for G20 summit\n\n"
            "ROME: Barriers went up on Monday as the city prepared to host the G20 summit on Thursday and Friday.\n")
    assert _summit(ref, tmp_path, body, "2024-11-11")["dates"] == "2024-11-14/2024-11-15"


def test_a_past_clause_without_preparing_keeps_its_past_weekday(ref, tmp_path):
    body = ("Rome hosts G20 summit\n\n"
            "ROME: Barriers went up as the city hosted the G20 summit on Friday.\n")
    assert _summit(ref, tmp_path, body, "2024-11-11")["dates"] == "2024-11-08"


# --- 'on Friday joined the others at the close of the summit': the last day ------------------------------------

def test_a_date_at_the_close_of_the_summit_is_its_last_day(ref, tmp_path):
    body = ("BRICS summit ends in Cape Town\n\n"
            "CAPE TOWN: The Indian prime minister on Friday joined the leaders of Brazil, China and Russia at the close "
            "of the BRICS summit.\n\n"
            "The two-day meeting was held at a waterfront hotel.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-21/2024-11-22"


def test_a_date_at_the_opening_of_the_summit_is_its_first_day(ref, tmp_path):
    body = ("BRICS summit opens in Cape Town\n\n"
            "CAPE TOWN: The Indian prime minister on Thursday joined the leaders of Brazil, China and Russia at the "
            "opening of the BRICS summit.\n\n"
            "The two-day meeting was held at a waterfront hotel.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-21/2024-11-22"


# --- 'the island of X' is a region: the dateline's town in it is the venue -------------------------------------

def test_an_island_named_in_the_text_gives_way_to_the_dateline_town(ref, tmp_path):
    body = ("ASEAN heads of government convene in Bali\n\n"
            "NUSA DUA, Nov 20 (Agency) - ASEAN leaders began their yearly summit at a beach resort on the island of "
            "Bali on Wednesday.\n\n"
            "The Philippine president flew to Bali a day early.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Nusa Dua"


def test_an_island_without_a_dateline_stays_the_venue(ref, tmp_path):
    body = ("ASEAN leaders meet in Bali\n\n"
            "ASEAN leaders opened their summit on the Indonesian island of Bali on Wednesday.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Bali"


# --- 'A was represented by X, as President Z ...': Z is absent, not a second representative --------------------

def test_the_leader_in_the_reason_after_represented_by_is_absent(ref, tmp_path):
    body = ("APEC summit opens in Lima\n\n"
            "The APEC summit opened in Lima on Tuesday.\n\n"
            "Chile was represented by Foreign Minister Alberto van Klaveren, as President Gabriel Boric is touring "
            "the flooded south.\n")
    got = attendee_set(extract_text(ref, tmp_path, body))
    assert ("Gabriel Boric", "Chile", "absent") in got
    assert ("Alberto van Klaveren", "Chile", "attended") in got


def test_two_representatives_joined_by_and_are_both_representatives(ref, tmp_path):
    body = ("APEC summit opens in Lima\n\n"
            "The APEC summit opened in Lima on Tuesday.\n\n"
            "Chile was represented by Foreign Minister Alberto van Klaveren and Finance Minister Mario Marcel.\n")
    got = attendee_set(extract_text(ref, tmp_path, body))
    assert {("Alberto van Klaveren", "Chile", "attended"), ("Mario Marcel", "Chile", "attended")} <= got


# --- a live report with no date in its text: its day headings span the summit ----------------------------------

def test_the_day_headings_of_a_live_report_span_the_summit(ref, tmp_path):
    body = ("LIVE: G7 leaders in Taormina\n\n"
            "Running updates from the G7 summit in Taormina.\n\n"
            "Sunday 12 May 2024\n\n"
            "16:00 The leaders have left the hotel for the final photo.\n\n"
            "Saturday 11 May 2024\n\n"
            "21:30 The working dinner is over.\n")
    assert _summit(ref, tmp_path, body, "2024-05-12")["dates"] == "2024-05-11/2024-05-12"


def test_day_headings_far_apart_are_no_span(ref, tmp_path):
    body = ("LIVE: G7 leaders in Taormina\n\n"
            "Running updates from the G7 summit in Taormina.\n\n"
            "Sunday 12 May 2024\n\n"
            "16:00 The leaders have left the hotel for the final photo.\n\n"
            "Monday 6 May 2024\n\n"
            "21:30 Security has been tightened around the old town.\n")
    assert _summit(ref, tmp_path, body, "2024-05-12")["dates"] == "2024-05-12"
