"""Round 40 (AR): attendance recall, each family on small invented articles about a G20 summit in Rio de Janeiro
(18-19 November 2024): inverted rosters after a lead word, a group's members after 'among them', trips to the host,
another summit as a trip's time mark, and the summit's host greeting arrivals."""

from __future__ import annotations

import pytest

from pipeline.attendance_roll_calls import named_host, time_marked_summit
from tests.extraction.conftest import attendee_set, extract_text

_PREVIEW = ("G20 leaders head for Rio\n\n"
            "RIO DE JANEIRO (Wire) - Leaders of the G20 will meet in Rio de Janeiro on November 18 and 19 for the "
            "group's annual summit.\n\n")
_REPORT = ("G20 leaders meet in Rio\n\n"
           "RIO DE JANEIRO (Wire) - Leaders of the G20 met in Rio de Janeiro on Monday for the first day of their "
           "two-day summit.\n\n")


def _preview(ref, tmp_path, sentence: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _PREVIEW + sentence + "\n", "2024-11-14"))


def _report(ref, tmp_path, sentence: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _REPORT + sentence + "\n", "2024-11-18"))


def _people(found: set[tuple]) -> set[str]:
    return {p for p, _, _ in found}


# --- an inverted roster after a lead word, items in mixed frames ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Also expected are German Chancellor Olaf Scholz, Japan's Shigeru Ishiba and Canadian Prime Minister "
     "Justin Trudeau.", {("Olaf Scholz", "Germany"), ("Shigeru Ishiba", "Japan"), ("Justin Trudeau", "Canada")}),
    ("Confirmed so far are Indonesia's Prabowo Subianto and Javier Milei of Argentina.",
     {("Prabowo Subianto", "Indonesia"), ("Javier Milei", "Argentina")}),
    ("Also expected: Italy's Giorgia Meloni; South African President Cyril Ramaphosa; and the IMF's Kristalina "
     "Georgieva.", {("Giorgia Meloni", "Italy"), ("Cyril Ramaphosa", "South Africa"),
                    ("Kristalina Georgieva", "International Monetary Fund")}),
    ("Due as well are French President Emmanuel Macron, Lula's closest ally in Europe, and Turkey's Recep "
     "Tayyip Erdogan.", {("Emmanuel Macron", "France"), ("Recep Tayyip Erdoğan", "Turkey")}),
    ("Also coming are Prime Ministers Keir Starmer of Britain and Anthony Albanese of Australia.",
     {("Keir Starmer", "United Kingdom"), ("Anthony Albanese", "Australia")}),
])
def test_an_inverted_roster_after_a_lead_is_expected(ref, tmp_path, sentence, expected):
    found = _preview(ref, tmp_path, sentence)
    assert {(p, c, "expected") for p, c in expected} <= found


def test_an_inverted_roster_in_a_report_takes_the_reports_tense(ref, tmp_path):
    found = _report(ref, tmp_path, "Also on hand were Japan's Shigeru Ishiba and German Chancellor Olaf Scholz.")
    assert {("Shigeru Ishiba", "Japan", "attended"), ("Olaf Scholz", "Germany", "attended")} <= found


@pytest.mark.parametrize(("sentence", "person"), [
    # the first item is no person: the leader is named inside it
    ("Also expected are protests against Argentine President Javier Milei outside the venue.", "Javier Milei"),
    ("Also expected is a statement on trade that Indian Prime Minister Narendra Modi has criticised.", "Narendra Modi"),
    # a roster of another meeting, in another year
    ("Also present at the Osaka summit in 2019 were Indian Prime Minister Narendra Modi and Turkish President Recep "
     "Tayyip Erdogan.", "Narendra Modi"),
    # a lead naming another event or another place
    ("Also expected at the funeral in Rome are Indian Prime Minister Narendra Modi and Japan's Shigeru Ishiba.",
     "Narendra Modi"),
    ("Also coming to Lima are Indian Prime Minister Narendra Modi and Japan's Shigeru Ishiba.", "Narendra Modi"),
    # the list is broken by a clause of its own: the leader after it is an object, not an item
    ("Also expected are French President Emmanuel Macron, who wants a deal with Indian Prime Minister Narendra Modi.",
     "Narendra Modi"),
])
def test_no_roster_without_people_as_its_items(ref, tmp_path, sentence, person):
    assert person not in _people(_preview(ref, tmp_path, sentence))


# --- a group present, then its members after 'among them' / 'including' ---------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The heads of the main lenders will also be in town, among them IMF managing director Kristalina Georgieva, "
     "World Bank president Ajay Banga and the OECD's Mathias Cormann.",
     {("Kristalina Georgieva", "International Monetary Fund"), ("Ajay Banga", "World Bank"),
      ("Mathias Cormann", "Organisation for Economic Co-operation and Development")}),
    ("Several other leaders will come, including Prime Ministers Keir Starmer of Britain and Anthony Albanese of "
     "Australia.", {("Keir Starmer", "United Kingdom"), ("Anthony Albanese", "Australia")}),
    ("Dignitaries from across Asia are due as well, among them Japan's Shigeru Ishiba and Indonesian President "
     "Prabowo Subianto.", {("Shigeru Ishiba", "Japan"), ("Prabowo Subianto", "Indonesia")}),
])
def test_a_groups_members_named_after_among_them_are_expected(ref, tmp_path, sentence, expected):
    found = _preview(ref, tmp_path, sentence)
    assert {(p, c, "expected") for p, c in expected} <= found


def test_a_groups_members_in_a_report_attended(ref, tmp_path):
    found = _report(ref, tmp_path, "Heads of the big lenders turned out as well, among them World Bank president Ajay "
                                   "Banga and the OECD's Mathias Cormann.")
    assert {("Ajay Banga", "World Bank", "attended"),
            ("Mathias Cormann", "Organisation for Economic Co-operation and Development", "attended")} <= found


@pytest.mark.parametrize(("sentence", "person"), [
    # another event, another place, another year, a group of no office-holders
    ("Heads of state came to the funeral of the former president, among them Indian Prime Minister Narendra Modi.",
     "Narendra Modi"),
    ("Leaders came to Osaka in 2019, among them Indian Prime Minister Narendra Modi.", "Narendra Modi"),
    ("Several leaders will also be in Guyana next week, among them Indian Prime Minister Narendra Modi.",
     "Narendra Modi"),
    ("Thousands of protesters will also be in town, among them Brazilian senator Flavio Bolsonaro.", "Flavio Bolsonaro"),
])
def test_no_group_members_of_another_event_or_group(ref, tmp_path, sentence, person):
    assert person not in _people(_preview(ref, tmp_path, sentence))


# --- a trip to the host country or host city -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Indian Prime Minister Narendra Modi will make the first visit to Brazil by an Indian leader in a decade.",
     "Narendra Modi", "India"),
    ("Chinese President Xi Jinping flies into Rio on Sunday evening.", "Xi Jinping", "China"),
    ("Japan's new prime minister, Shigeru Ishiba, will pay a state visit to Brazil alongside the summit.",
     "Shigeru Ishiba", "Japan"),
    ("Indonesian President Prabowo Subianto is making his first trip to Brazil since taking office.",
     "Prabowo Subianto", "Indonesia"),
])
def test_a_trip_to_the_host_is_expected(ref, tmp_path, sentence, person, country):
    assert (person, country, "expected") in _preview(ref, tmp_path, sentence)


def test_a_trip_done_in_a_report_attended(ref, tmp_path):
    found = _report(ref, tmp_path, "Argentine President Javier Milei flew into Rio de Janeiro on Sunday night.")
    assert ("Javier Milei", "Argentina", "attended") in found


@pytest.mark.parametrize(("sentence", "person"), [
    ("Indian Prime Minister Narendra Modi will make a state visit to Guyana after the summit.", "Narendra Modi"),
    ("Chinese President Xi Jinping made his last visit to Brazil in 2019.", "Xi Jinping"),
    ("Chinese President Xi Jinping made a state visit to Brazil in March.", "Xi Jinping"),
    ("Chinese President Xi Jinping flew into Lima on Thursday for a state visit.", "Xi Jinping"),
    ("Lula has invited Chinese President Xi Jinping to make a state visit to Brazil.", "Xi Jinping"),
])
def test_no_trip_elsewhere_or_at_another_time(ref, tmp_path, sentence, person):
    assert person not in _people(_preview(ref, tmp_path, sentence))


# --- another summit as a trip's time mark ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("US President Joe Biden arrives on Sunday after attending the APEC summit in Lima.", "Joe Biden", "United States"),
    ("US President Joe Biden arrives on Sunday after attending the East Asia Summit in Vientiane.", "Joe Biden",
     "United States"),
    ("Australian Prime Minister Anthony Albanese will fly in on Sunday, following the APEC summit in Lima.",
     "Anthony Albanese", "Australia"),
])
def test_another_summit_as_a_trips_time_mark(ref, tmp_path, sentence, person, country):
    assert (person, country, "expected") in _preview(ref, tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "US President Joe Biden attended the APEC summit in Lima on Saturday.",
    "After attending the APEC summit in Lima, Biden flew to the Amazon.",
    "US President Joe Biden spoke after attending the East Asia Summit in Vientiane.",
])
def test_another_summit_attended_is_no_trip_here(ref, tmp_path, sentence):
    assert "Joe Biden" not in _people(_preview(ref, tmp_path, sentence))


@pytest.mark.parametrize(("text", "marked"), [
    ("X arrives on Friday after attending the East Asia Summit", True),
    ("X lands on Sunday, fresh from attending the East Asia Summit", True),
    ("X spoke after attending the East Asia Summit", False),
    ("After attending the East Asia Summit", False),
])
def test_time_marked_summit(text, marked):
    assert time_marked_summit(text, text.index("attending")) is marked


# --- the summit's host greeting arrivals -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Leaders were greeted at the airport by Brazilian President Luiz Inacio Lula da Silva, the summit host.",
    "Biden was welcomed at the airport by Brazilian President Luiz Inacio Lula da Silva, who is hosting the summit, "
    "and his wife.",
])
def test_the_host_greeting_at_the_airport_attends(ref, tmp_path, sentence):
    assert ("Luiz Inácio Lula da Silva", "Brazil", "attended") in _report(ref, tmp_path, sentence)


def test_a_minister_greeting_at_the_airport_does_not(ref, tmp_path):
    found = _report(ref, tmp_path, "Biden was greeted at the airport by Brazilian Foreign Minister Mauro Vieira.")
    assert "Mauro Vieira" not in _people(found)


@pytest.mark.parametrize(("after", "host"), [
    (", the summit host, and", True),
    (", the host, said", True),
    (", who is hosting the summit,", True),
    (", this year's chair,", True),
    (", the host of the 2027 World Cup,", False),
    (", the host country's minister", False),
    (", a former host,", False),
])
def test_named_host(after, host):
    assert named_host(after) is host


# --- a stay in the host country or city --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("The United Nations Secretary-General, Antonio Guterres, spent two days in the country, holding talks with "
     "ministers.", "António Guterres", "United Nations"),
    ("IMF managing director Kristalina Georgieva spent the weekend in Rio meeting bankers.", "Kristalina Georgieva",
     "International Monetary Fund"),
])
def test_a_stay_in_the_host_attends(ref, tmp_path, sentence, person, country):
    assert (person, country, "attended") in _report(ref, tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "IMF managing director Kristalina Georgieva spent two days in Argentina last week.",
    "IMF managing director Kristalina Georgieva spent two days in the country in 2019.",
    "IMF managing director Kristalina Georgieva spent a week in Peru, which is not a member of the group.",
])
def test_a_stay_elsewhere_or_earlier_is_no_attendance(ref, tmp_path, sentence):
    assert "Kristalina Georgieva" not in _people(_report(ref, tmp_path, sentence))


# --- a likeness to earlier years after the cue; the last of a roster completing the table --------------------------

@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Indian Prime Minister Narendra Modi attends as he has every year since 2019.", "Narendra Modi", "India"),
    ("Turkish President Recep Tayyip Erdogan is attending just as he did in 2022.", "Recep Tayyip Erdoğan", "Turkey"),
])
def test_a_likeness_to_earlier_years_keeps_the_cue(ref, tmp_path, sentence, person, country):
    assert (person, country, "attended") in _report(ref, tmp_path, sentence)


def test_a_summit_of_another_year_is_still_no_cue(ref, tmp_path):
    found = _report(ref, tmp_path, "Indian Prime Minister Narendra Modi attended the Osaka summit in 2019.")
    assert "Narendra Modi" not in _people(found)


def test_a_roster_completing_the_table_attends(ref, tmp_path):
    found = _report(ref, tmp_path, "Japan's Shigeru Ishiba, Canadian Prime Minister Justin Trudeau and President "
                                   "Emmanuel Macron complete the table.")
    assert {("Shigeru Ishiba", "Japan", "attended"), ("Justin Trudeau", "Canada", "attended"),
            ("Emmanuel Macron", "France", "attended")} <= found


# --- a roster's lead standing alone as the heading of a bulleted list ---------------------------------------------

@pytest.mark.parametrize("heading", ["Also expected:", "Also expected are:", "Also coming are:", "Also confirmed:"])
def test_a_lead_heading_opens_a_bulleted_roster(ref, tmp_path, heading):
    body = (_PREVIEW + heading + "\n- German Chancellor Olaf Scholz\n- Japan's Shigeru Ishiba\n"
            "- Justin Trudeau of Canada\n")
    found = attendee_set(extract_text(ref, tmp_path, body, "2024-11-14"))
    assert {("Olaf Scholz", "Germany", "expected"), ("Shigeru Ishiba", "Japan", "expected"),
            ("Justin Trudeau", "Canada", "expected")} <= found


def test_a_lead_heading_in_a_report_attended(ref, tmp_path):
    body = _REPORT + "Also present:\n- German Chancellor Olaf Scholz\n- Japan's Shigeru Ishiba\n"
    found = attendee_set(extract_text(ref, tmp_path, body, "2024-11-18"))
    assert {("Olaf Scholz", "Germany", "attended"), ("Shigeru Ishiba", "Japan", "attended")} <= found


def test_a_list_of_outcomes_is_no_roster(ref, tmp_path):
    body = (_PREVIEW + "Expected outcomes:\n- a deal on hunger\n- a statement on debt that Argentine President Javier "
            "Milei has criticised\n")
    assert "Javier Milei" not in _people(attendee_set(extract_text(ref, tmp_path, body, "2024-11-14")))


@pytest.mark.parametrize(("text", "heading"), [
    ("Also expected:", True), ("Also attending will be:", True), ("Confirmed:", True),
    ("Also expected: A and B", False), ("Expected outcomes:", False), ("Also expected are A and B:", False),
])
def test_lead_heading(text, heading):
    from pipeline.attendance_roll_calls import lead_heading
    assert lead_heading(text) is heading
