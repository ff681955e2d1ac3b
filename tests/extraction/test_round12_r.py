"""Round 12 (r): summit dates and attendance status, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from pipeline.attendance import attend_cue, sentence_status
from pipeline.dates import find_dates
from tests.extraction.conftest import attendee_set, extract_text


def _dates(ref, tmp_path, body: str, published: str) -> str | None:
    return extract_text(ref, tmp_path, f"Summit\n\n{body}\n", published)["summit"]["dates"]


def _people(ref, tmp_path, body: str, published: str) -> dict[str, dict]:
    out = extract_text(ref, tmp_path, f"Summit\n\n{body}\n", published)
    return {a["person"]: a for a in out["attendees"]}


# --- dates -------------------------------------------------------------------------------------------------------

def test_a_capitalised_today_in_an_outlet_name_is_no_date():
    assert [d.text for d in find_dates("MINSK, May 1. /Baltic Today/. Leaders meet on Friday.", "2019-05-01")] == [
        "May 1", "on Friday"]
    assert find_dates("the Business Today channel reported", "2019-05-01") == []
    # a plain 'today', one opening a sentence, and a title-case headline stay dates
    assert [d.start for d in find_dates("Leaders arrive in Minsk today.", "2019-05-01")] == ["2019-05-01"]
    assert [d.start for d in find_dates("Today the leaders meet in Minsk.", "2019-05-01")] == ["2019-05-01"]
    assert [d.start for d in find_dates("Regional Leaders Gather Today In Minsk Capital", "2019-05-01")] == ["2019-05-01"]


def test_an_outlet_dateline_does_not_date_a_preview(ref, tmp_path):
    body = ("MINSK, May 1. /Baltic Today/. The leaders of the Commonwealth of Independent States will meet in Minsk "
            "on Friday for their annual summit.")
    assert _dates(ref, tmp_path, body, "2019-05-01") == "2019-05-03"


def test_a_handover_as_the_summit_ended_dates_its_last_day(ref, tmp_path):
    body = ("India took over the presidency of the G20 on Sunday as the two-day summit in Rome ended with a joint "
            "declaration on vaccines.")
    assert _dates(ref, tmp_path, body, "2021-11-01") == "2021-10-30/2021-10-31"
    body = ("Vietnam took over the ASEAN chairmanship on Friday when the three-day summit in Bangkok closed "
            "with a statement on the sea.")
    assert _dates(ref, tmp_path, body, "2019-11-04") == "2019-10-30/2019-11-01"


def test_a_summit_that_continues_on_a_later_day_ends_then(ref, tmp_path):
    body = ("The African Union summit opens today in Kigali. Leaders spent the morning on the budget. "
            "The summit continues tomorrow with a debate on trade.")
    assert _dates(ref, tmp_path, body, "2019-02-10") == "2019-02-10/2019-02-11"
    body = ("The SCO summit opens in Astana on Monday. The talks will resume on Wednesday after a day of visits.")
    assert _dates(ref, tmp_path, body, "2024-07-01") == "2024-07-01/2024-07-03"
    # not the summit's own continuation: left alone
    body = "The African Union summit opens today in Kigali. The debate on trade continues tomorrow in a committee."
    assert _dates(ref, tmp_path, body, "2019-02-10") == "2019-02-10"


# --- tense -------------------------------------------------------------------------------------------------------

def test_a_participle_attended_by_takes_the_tense_of_its_clause():
    text = "On Sunday the leaders will hold a dinner, followed by a session on energy attended by President A."
    assert sentence_status(text, True) == "expected"
    assert sentence_status("The closing session was attended by President B.", True) == "attended"
    assert sentence_status("The talks were attended by President C and Premier D.", None) == "attended"
    assert sentence_status("The session, attended by E, adopted a plan.", False) == "attended"


def test_landing_is_an_arrival():
    assert attend_cue("President F landed overnight.") is not None
    assert attend_cue("Premier G landed on Saturday and went straight to the venue.") is not None
    assert attend_cue("President H landed a big contract for the shipyard.") is None
    assert sentence_status("President F landed overnight.", False) == "attended"
    assert sentence_status("President F landed on Saturday.", True) == "expected"  # a preview: travel before


def test_a_landing_in_a_live_report_is_attended(ref, tmp_path):
    body = ("The G20 summit opens today in Osaka. Arrivals this morning: Canadian Prime Minister Justin Trudeau. "
            "German Chancellor Angela Merkel landed overnight.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 live\n\n{body}\n", "2019-06-28"))
    assert ("Angela Merkel", "Germany", "attended") in got


def test_a_semicolon_clause_keeps_its_own_tense(ref, tmp_path):
    body = ("The G20 leaders will meet in Osaka on Friday. It will be the first G20 summit for the Canadian Prime "
            "Minister Justin Trudeau, who won the election in the autumn; his predecessor Stephen Harper took part in "
            "every summit of the group.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 preview\n\n{body}\n", "2019-06-25"))
    assert ("Justin Trudeau", "Canada", "attended") not in got
    # a list of items after a semicolon takes the cue before it
    body = ("The G20 summit in Osaka ended on Saturday. The host opened the session with Angela Merkel, Germany's "
            "chancellor; Justin Trudeau, Canada's prime minister; and Emmanuel Macron, France's president.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 report\n\n{body}\n", "2019-06-30"))
    assert {("Angela Merkel", "Germany", "attended"), ("Justin Trudeau", "Canada", "attended"),
            ("Emmanuel Macron", "France", "attended")} <= got


# --- modality and mode -------------------------------------------------------------------------------------------

def test_participation_confirmed_for_a_later_day_is_expected(ref, tmp_path):
    body = ("MOSCOW, June 1. /Eurasia Today/. Leaders of the Eurasian Economic Union will gather in Minsk on Thursday "
            "for a summit. "
            "Participation has been confirmed by President of Russia Vladimir Putin and President of Kazakhstan "
            "Kassym-Jomart Tokayev.")
    got = attendee_set(extract_text(ref, tmp_path, f"EAEU preview\n\n{body}\n", "2021-06-01"))
    assert ("Vladimir Putin", "Russia", "expected") in got
    assert ("Kassym-Jomart Tokayev", "Kazakhstan", "expected") in got


def test_a_semicolon_clause_without_video_is_in_person(ref, tmp_path):
    body = ("The SCO summit in Samarkand ended on Friday. Chinese President Xi Jinping joined remotely; his foreign "
            "minister, Wang Yi, led the Chinese delegation in the hall.")
    people = _people(ref, tmp_path, body, "2022-09-17")
    assert people["Xi Jinping"]["status"] == "attended" and people["Xi Jinping"]["mode"] == "virtual"
    assert people["Wang Yi"]["mode"] == "in_person"


def test_both_present(ref, tmp_path):
    body = ("The G20 summit in Osaka ended on Saturday. German Chancellor Angela Merkel and Canadian Prime Minister "
            "Justin Trudeau were both present.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 report\n\n{body}\n", "2019-06-30"))
    assert {("Angela Merkel", "Germany", "attended"), ("Justin Trudeau", "Canada", "attended")} <= got


# --- absences ----------------------------------------------------------------------------------------------------

def test_not_coming_and_calling_off_a_visit_are_absences(ref, tmp_path):
    body = ("The G20 summit opens in Osaka on Friday. A note on Germany: Chancellor Angela Merkel is not coming. "
            "Canadian Prime Minister Justin Trudeau has called off his visit after floods at home.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 preview\n\n{body}\n", "2019-06-26"))
    assert ("Angela Merkel", "Germany", "absent") in got
    assert ("Justin Trudeau", "Canada", "absent") in got


def test_an_absence_from_another_event_named_in_a_relative_clause(ref, tmp_path):
    body = ("The G20 summit in Osaka ended on Saturday. The meeting was attended by German Chancellor Angela Merkel "
            "and Canadian Prime Minister Justin Trudeau. It came a week after a row at the energy forum in Vienna, "
            "which Trudeau did not attend.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 report\n\n{body}\n", "2019-06-30"))
    assert ("Justin Trudeau", "Canada", "attended") in got
    # the summit itself as the antecedent stays an absence
    body = ("The G20 summit in Osaka ended on Saturday. It was the summit, which Trudeau did not attend, that "
            "agreed on plastics. The meeting was attended by Canadian Prime Minister Justin Trudeau's deputy.")
    got = attendee_set(extract_text(ref, tmp_path, f"G20 report\n\n{body}\n", "2019-06-30"))
    assert ("Justin Trudeau", "Canada", "attended") not in got


# --- other meetings and the host -----------------------------------------------------------------------------------

def test_the_last_meeting_and_ministerial_meetings_are_other_meetings(ref, tmp_path):
    body = ("The African Union summit opened in Niamey on Sunday. Leaders last met in Addis Ababa in February, where "
            "South African President Cyril Ramaphosa took over the chairmanship.")
    got = attendee_set(extract_text(ref, tmp_path, f"AU report\n\n{body}\n", "2019-07-08"))
    assert not any(p == "Cyril Ramaphosa" for p, _, _ in got)
    body = ("Leaders of the Shanghai Cooperation Organisation meet in Astana on Thursday. On Tuesday, Russian Foreign "
            "Minister Sergey Lavrov took part in the ministerial meetings that prepared the summit.")
    got = attendee_set(extract_text(ref, tmp_path, f"SCO preview\n\n{body}\n", "2024-07-02"))
    assert not any(p == "Sergey Lavrov" for p, _, _ in got)
    body = ("Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. Russian Foreign Minister "
            "Sergey Lavrov took part in the summit in place of the president.")
    got = attendee_set(extract_text(ref, tmp_path, f"SCO report\n\n{body}\n", "2024-07-05"))
    assert any(p == "Sergey Lavrov" for p, _, _ in got)


def test_a_host_of_no_known_country_is_of_the_host_country(ref, tmp_path):
    body = ("The African Union summit opened in Niamey on Sunday. Host President Amadou Diallo Kane greeted the "
            "arrivals at the conference centre.")
    people = _people(ref, tmp_path, body, "2019-07-08")
    kane = next(a for p, a in people.items() if "Kane" in (a["name_as_written"] or p))
    assert kane["country"] == "Niger"
