"""Round 37 (A2): attendance status, absences, stand-ins and people who are no attendees, on small invented articles.

Families: the tense of a report written mid-summit (the lede's work done today; one still to land stays expected) and of
a preview written on the eve; a leader not sent ('decided against sending X', 'rather than X'); a speech read out for an
absent leader, and a side event skipped (no absence); a bare name sent ('X sent Y, the deputy head of ...', 'sent
acting President Y'); a seat taken for a country; an absentee whose aside names another person; people never invited
and the next summit's host.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

# published Wednesday 27 November 2024; the summit met on Monday and Tuesday
_REPORT = ("Leaders wrap up summit in Lima\n\n"
           "Leaders of the G20 met in Lima on Monday and Tuesday for their annual summit.\n\n")
# published Wednesday 27 November 2024; the summit comes on Saturday and Sunday
_PREVIEW = ("Leaders head to Lisbon\n\n"
            "Leaders of the Group of 20 will meet in Lisbon on Saturday and Sunday for a two-day summit.\n\n")


def _got(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict[str, tuple[str, str | None]]:
    out = extract_text(ref, tmp_path, body, published)
    return {a["person"]: (a["status"], a["country"]) for a in out["attendees"] if a["person"]}


# --- a report written mid-summit: the lede tells today's work, though a later day is named --------------------------

@pytest.mark.parametrize(("lede", "published"), [
    ("HALIFAX (Wire) -- Leaders of the Group of Seven sat down in Halifax on Friday to talk about the currency crisis, "
     "while officials said Boris Yeltsin will still fly in on Saturday.", "1995-06-16"),
    ("HALIFAX, June 16 (Wire) - The Group of Seven leaders opened their summit in Halifax on Friday, as aides said "
     "Boris Yeltsin would join them on Saturday, the final day.", "1995-06-16"),
    ("HALIFAX (Wire) -- The heads of state of the Group of Seven met today in Halifax to discuss the peso crisis, "
     "while Boris Yeltsin will only arrive on Saturday for the final day.", "1995-06-16"),
])
def test_a_lede_telling_todays_work_makes_a_report(ref, tmp_path, lede, published):
    body = ("G7 leaders meet in Halifax\n\n" + lede + "\n\n"
            "Around the table were U.S. President Bill Clinton and British Prime Minister John Major.\n\n"
            "Yeltsin will take part in the political talks on Saturday, the final day of the summit.\n")
    got = _got(ref, tmp_path, body, published)
    assert got.get("Bill Clinton", ("",))[0] == "attended"
    assert got.get("John Major", ("",))[0] == "attended"


def test_a_lede_looking_ahead_keeps_the_preview(ref, tmp_path):
    body = ("G7 leaders head to Halifax\n\n"
            "HALIFAX (Wire) -- Leaders of the Group of Seven will sit down in Halifax on Saturday to talk about the "
            "currency crisis.\n\n"
            "Around the table will be U.S. President Bill Clinton and British Prime Minister John Major.\n")
    got = _got(ref, tmp_path, body, "1995-06-16")
    assert got.get("Bill Clinton", ("expected",))[0] == "expected"


# --- in a report, one still to land or to join later stays expected -------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("The United States delegation is to be headed by Vice President Kamala Harris, who is scheduled to land in Lima "
     "on Wednesday night.", "Kamala Harris"),
    ("Vice President Kamala Harris, heading the American team, is due in Lima on Thursday.", "Kamala Harris"),
    ("Canadian Prime Minister Justin Trudeau is scheduled to arrive in Lima late on Wednesday.", "Justin Trudeau"),
    ("Canadian Prime Minister Justin Trudeau will fly in on Thursday for the closing session.", "Justin Trudeau"),
])
def test_one_still_to_come_in_a_report_is_expected(ref, tmp_path, text, who):
    body = ("Leaders meet in Lima\n\n"
            "Leaders of the G20 opened their three-day summit in Lima on Wednesday.\n\n" + text + "\n")
    assert _got(ref, tmp_path, body).get(who, ("",))[0] == "expected"


def test_one_who_landed_in_a_report_attended(ref, tmp_path):
    body = ("Leaders meet in Lima\n\n"
            "Leaders of the G20 opened their three-day summit in Lima on Wednesday.\n\n"
            "Canadian Prime Minister Justin Trudeau landed in Lima on Tuesday night.\n")
    assert _got(ref, tmp_path, body).get("Justin Trudeau", ("",))[0] == "attended"


# --- a preview written on the eve: the lede tells the trip still to come --------------------------------------------

@pytest.mark.parametrize("lede", [
    "Chinese President Xi Jinping will travel to the Russian city of Kazan on Tuesday for a three-day BRICS summit.",
    "Chinese President Xi Jinping is due to arrive in Kazan on Tuesday for a three-day BRICS summit hosted by Russia.",
])
def test_an_eve_preview_keeps_its_attendees_expected(ref, tmp_path, lede):
    body = ("Xi heads to Kazan\n\n" + lede + "\n\n"
            "The summit opens on Monday with a business forum and closes on Thursday.\n\n"
            "Indonesia is sending its new foreign minister, Sugiono.\n")
    got = _got(ref, tmp_path, body, "2024-10-21")
    assert got.get("Xi Jinping", ("",))[0] == "expected"


# --- a leader not sent ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "absent", "present"), [
    ("India's delegation was led by External Affairs Minister S. Jaishankar, New Delhi having decided against sending "
     "Prime Minister Narendra Modi.", "Narendra Modi", "S. Jaishankar"),
    ("The kingdom sent its foreign minister, Prince Faisal bin Farhan, rather than Crown Prince Mohammed bin Salman.",
     "Mohammed bin Salman", "Faisal bin Farhan Al Saud"),
    ("Brazil sent Foreign Minister Mauro Vieira, instead of sending President Luiz Inacio Lula da Silva.",
     "Luiz Inácio Lula da Silva", "Mauro Vieira"),
])
def test_a_leader_not_sent_is_absent(ref, tmp_path, text, absent, present):
    got = _got(ref, tmp_path, _REPORT + text + "\n")
    assert got.get(absent, ("",))[0] == "absent"
    assert got.get(present, ("",))[0] == "attended"


def test_sending_a_leader_is_no_absence(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "India sent Prime Minister Narendra Modi, who arrived on Monday.\n")
    assert got.get("Narendra Modi", ("",))[0] == "attended"


# --- a speech read out for one who stayed away; a side event skipped ------------------------------------------------

@pytest.mark.parametrize(("text", "absent", "reader"), [
    ("New Delhi sent Foreign Minister Subrahmanyam Jaishankar, who read out Modi's speech to the leaders.",
     "Narendra Modi", "S. Jaishankar"),
    ("Foreign Minister Sergey Lavrov read out Vladimir Putin's address to the summit.", "Vladimir Putin",
     "Sergey Lavrov"),
    ("Russia sent Foreign Minister Sergey Lavrov, who delivered Putin's speech at the plenary.", "Vladimir Putin",
     "Sergey Lavrov"),
])
def test_one_whose_speech_another_reads_is_absent(ref, tmp_path, text, absent, reader):
    got = _got(ref, tmp_path, _REPORT + text + "\n")
    assert got.get(absent, ("",))[0] == "absent"
    assert got.get(reader, ("",))[0] == "attended"


@pytest.mark.parametrize("text", [
    "Xi Jinping skipped a scheduled appearance at the business forum, but he was back in the plenary on Tuesday.",
    "Xi Jinping had skipped the gala dinner on Monday night, officials said.",
    "Xi Jinping missed the family photo on Monday, aides said.",
])
def test_a_skipped_side_event_is_no_absence(ref, tmp_path, text):
    assert _got(ref, tmp_path, _REPORT + text + "\n").get("Xi Jinping", ("",))[0] != "absent"


def test_skipping_the_summit_itself_is_an_absence(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "Xi Jinping skipped the summit, officials said.\n")
    assert got.get("Xi Jinping", ("",))[0] == "absent"


# --- a bare name sent: the sender stays away ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sender", "sent", "country"), [
    ("Vladimir Putin sent Maxim Oreshkin, the deputy head of his presidential administration.",
     "Vladimir Putin", "Maxim Oreshkin", "Russia"),
    ("Vladimir Putin, who faces an arrest warrant that the hosts would be bound to execute, sent Maxim Oreshkin, "
     "his deputy chief of staff.", "Vladimir Putin", "Maxim Oreshkin", "Russia"),
    ("Recep Tayyip Erdogan sent Cevdet Yilmaz, his vice-president, to the talks.", "Recep Tayyip Erdoğan",
     "Cevdet Yılmaz", "Turkey"),
])
def test_a_name_sent_with_an_office_aside_stands_in(ref, tmp_path, text, sender, sent, country):
    got = _got(ref, tmp_path, _REPORT + text + "\n")
    assert got.get(sent) == ("attended", country)
    assert got.get(sender, ("",))[0] == "absent"


@pytest.mark.parametrize(("text", "who"), [
    ("Iran, in the middle of a presidential run-off, sent acting President Mohammad Mokhber.", "Mohammad Mokhber"),
    ("Tehran sent interim President Mohammad Mokhber.", "Mohammad Mokhber"),
])
def test_an_acting_leader_sent_attends(ref, tmp_path, text, who):
    assert _got(ref, tmp_path, _REPORT + text + "\n").get(who, ("",))[0] == "attended"


def test_a_name_sent_elsewhere_is_no_stand_in(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "Separately, Vladimir Putin sent Maxim Oreshkin, his deputy chief of staff, "
                                         "to Geneva last month.\n")
    assert "Maxim Oreshkin" not in got
    assert got.get("Vladimir Putin", ("",))[0] != "absent"


# --- a seat taken for a country -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Javier Milei skipped the meeting; Foreign Minister Diana Mondino took the Argentine seat.",
    "Javier Milei stayed away, and Foreign Minister Diana Mondino took Argentina's seat at the table.",
    "Foreign Minister Diana Mondino took the seat of Argentina.",
])
def test_one_who_took_a_countrys_seat_attended(ref, tmp_path, text):
    # published Wednesday 12 June 2024, while Diana Mondino was foreign minister
    assert _got(ref, tmp_path, _REPORT + text + "\n", "2024-06-12").get("Diana Mondino", ("",))[0] == "attended"


def test_taking_a_seat_in_parliament_is_no_attendance(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "Diana Mondino took her seat in parliament in 2021.\n", "2024-06-12")
    assert "Diana Mondino" not in got


# --- an absentee whose aside names another person -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Argentina's Javier Milei, Trump's most enthusiastic admirer among the leaders, skipped the meeting.",
    "Argentina's Javier Milei, a close ally of Donald Trump, skipped the meeting.",
    "Argentina's Javier Milei, the loudest critic of Lula, stayed away.",
])
def test_an_absentee_with_an_aside_naming_another_is_absent(ref, tmp_path, text):
    got = _got(ref, tmp_path, _REPORT + text + "\n")
    assert got.get("Javier Milei", ("",))[0] == "absent"
    assert "Donald Trump" not in got and "Luiz Inácio Lula da Silva" not in got


def test_coordinated_absentees_stay_absent(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "Javier Milei, Claudia Sheinbaum and Gustavo Petro stayed away.\n")
    assert got.get("Claudia Sheinbaum", ("",))[0] == "absent"
    assert got.get("Gustavo Petro", ("",))[0] == "absent"


# --- people who are no attendees: never invited, the next summit's host ---------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Officials said the IMF's managing director, Kristalina Georgieva, had not been invited to Lima but had been "
     "consulted on the draft.", "Kristalina Georgieva"),
    ("Kristalina Georgieva, head of the IMF, was explicitly not invited to the summit.", "Kristalina Georgieva"),
    ("Aides said Kristalina Georgieva has never been invited to the leaders' talks.", "Kristalina Georgieva"),
    ("Next year's summit will be held in Ottawa, where Mr. Justin Trudeau will be the host.", "Justin Trudeau"),
    ("The next summit is due in Canada, and Justin Trudeau will host it at Kananaskis.", "Justin Trudeau"),
])
def test_people_never_invited_or_hosting_next_are_no_attendees(ref, tmp_path, text, who):
    assert who not in _got(ref, tmp_path, _REPORT + text + "\n")


def test_an_invited_guest_still_attends(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "Kristalina Georgieva, who had been invited by the hosts, attended the "
                                         "session on debt.\n")
    assert got.get("Kristalina Georgieva", ("",))[0] == "attended"


# --- the tense of a report's lede, and of one still to come, sentence by sentence ----------------------------------

def _sentences(text: str):
    from pipeline.sentences import split_sentences
    return split_sentences(text, "A title")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("HALIFAX (Wire) -- Leaders of the Group of Seven sat down in Halifax on Friday to talk trade, while officials "
     "said another guest will fly in on Saturday.", "1995-06-16", True),
    ("ASTANA, July 4 (Wire) - Belarus became the tenth member of the bloc on Thursday, as the leaders used a summit in "
     "the Kazakh capital to press their case.", "2024-07-04", True),
    ("The presidents met today in Minsk for the summit of the union.", "2021-05-21", True),
    # the clause looks ahead, or the work is a week old, or the meeting is the ministers'
    ("Leaders of the Group of Seven will sit down in Halifax on Friday to talk trade.", "1995-06-16", False),
    ("Leaders of the bloc met in Astana on Thursday last week for their summit.", "2024-07-11", False),
    ("Foreign ministers met on Thursday to prepare the leaders' summit.", "2024-07-04", False),
    ("Leaders gathered in Lima on Thursday ahead of the summit.", "2024-07-04", False),
])
def test_under_way_reads_the_ledes_first_clause(text, published, expected):
    from pipeline.attendance_tense import under_way
    assert under_way(_sentences(text), published) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping will travel to Kazan on Tuesday for a three-day summit.", True),
    ("The leaders are due to gather in Kazan on Tuesday for the bloc's summit.", True),
    ("The summit will open on Wednesday in Kazan.", True),
    # the work is done, or the day is today's
    ("Chinese President Xi Jinping arrived in Kazan on Monday for the summit.", False),
    ("Xi will travel to Kazan today for the summit.", False),
])
def test_ahead_reads_travel_still_to_come(text, expected):
    from pipeline.attendance_tense import ahead
    assert ahead(_sentences(text), "2024-10-21") is expected


@pytest.mark.parametrize(("text", "status"), [
    ("The delegation is to be headed by Vice President X, who is scheduled to land on Tuesday night.", "expected"),
    ("The delegation is to be led by Vice President X.", "expected"),
    ("X is due in the capital on Saturday.", "expected"),
    ("X will join the talks on the final day.", "expected"),
    ("X will join them on Saturday for the closing session.", "expected"),
    # done already, in a report
    ("X landed on Tuesday night and joined the talks.", "attended"),
    ("The delegation was headed by Vice President X.", "attended"),
])
def test_one_still_to_come_reads_expected_in_a_report(text, status):
    from pipeline.attendance import sentence_status
    assert sentence_status(text, False) == status


# --- there for part of it: taken ill at the dinner, left early ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr. Murayama was taken ill during a working dinner and left early; officials said he expected to attend the "
    "final session.",
    "Tomiichi Murayama fell ill at the working dinner; aides said he expected to rest.",
    "Tomiichi Murayama left the dinner early; aides said he expected to be back on Saturday.",
])
def test_one_taken_ill_at_the_summit_attended(ref, tmp_path, text):
    body = ("G7 summit in Naples\n\n"
            "Leaders of the Group of Seven met in Naples on Friday and Saturday for their summit.\n\n"
            "Japanese Prime Minister Tomiichi Murayama arrived on Friday morning.\n\n" + text + "\n")
    assert _got(ref, tmp_path, body, "1994-07-09").get("Tomiichi Murayama", ("",))[0] == "attended"


# --- nobody from a country: absent, not expected --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No United States official would attend the summit, the US president wrote.",
    "No United States delegation was present at the talks.",
    "No American officials came to the summit this time.",
])
def test_nobody_from_a_country_is_no_attending_country(ref, tmp_path, text):
    out = extract_text(ref, tmp_path, _REPORT + text + "\n")
    assert not any(a["country"] == "United States" and a["status"] != "absent" for a in out["attendees"])


def test_a_named_leader_after_no_still_attends(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "No United States official had confirmed it, but President Joe Biden arrived "
                                         "on Monday.\n")
    assert got.get("Joe Biden", ("",))[0] == "attended"


# --- a comparison with another meeting, inside an aside, keeps the sentence this summit's ---------------------------

@pytest.mark.parametrize("text", [
    "Xi Jinping stayed in Beijing, as he had for the New Delhi summit two years ago, and Premier Li Qiang led China's "
    "delegation.",
    "Xi Jinping stayed in Beijing, just as he did at the Rome meeting, and Premier Li Qiang led China's delegation.",
    "Xi Jinping stayed in Beijing, as he had before the Bali summit, and Premier Li Qiang represented China.",
])
def test_a_comparison_aside_keeps_the_sentence_about_this_summit(ref, tmp_path, text):
    got = _got(ref, tmp_path, _REPORT + text + "\n")
    assert got.get("Li Qiang", ("",))[0] == "attended"
    assert got.get("Xi Jinping", ("",))[0] == "absent"


def test_a_sentence_set_at_another_meeting_names_no_attendee(ref, tmp_path):
    got = _got(ref, tmp_path, _REPORT + "At the New Delhi summit two years ago, Premier Li Qiang led China's "
                                         "delegation.\n")
    assert "Li Qiang" not in got
