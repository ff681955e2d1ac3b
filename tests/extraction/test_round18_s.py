"""Round 18 (s): host city, summit dates and attendance status, each rule on small invented articles."""

from __future__ import annotations

from pipeline.attendance import sentence_status
from pipeline.dates import find_dates
from pipeline.derive import _SAME_DAY_AHEAD
from pipeline.summit import _CHAIRED_FROM, _STANDS_FOR_AFTER, _STANDS_FOR_BEFORE, _dates_other_event
from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, text: str, published: str) -> dict:
    return extract_text(ref, tmp_path, text, published)["summit"]


def _status(ref, tmp_path, text: str, published: str) -> dict:
    return {p: st for p, _, st in attendee_set(extract_text(ref, tmp_path, text, published))}


# --- host city -----------------------------------------------------------------------------------------------

def test_a_virtual_summit_is_hosted_where_its_chair_sat_not_in_a_city_standing_for_a_government(ref, tmp_path):
    text = ("Online ASEAN summit urges calm over Myanmar\n\n"
            "ASEAN leaders met by video on Tuesday at a virtual summit overshadowed by the army's seizure of Yangon.\n\n"
            "Vietnam's prime minister chaired the ASEAN summit from Hanoi, with the other leaders on screens.\n\n"
            "The summit came a week after the generals named a new government in Yangon.\n")
    assert _summit(ref, tmp_path, text, "2021-04-14")["host_city"] == "Hanoi"


def test_a_depositary_an_institute_and_a_city_objecting_are_no_venue(ref, tmp_path):
    text = ("Leaders' briefing\n\n"
            "OSCE leaders meet today in Vienna for a short summit.\n\n"
            "The OSCE will admit the newcomer once papers are deposited in Ottawa, over Beijing's loud objections.\n\n"
            "\"It is a test,\" said Ana Ruiz, a fellow at the European Policy Institute in Madrid, of the OSCE talks.\n")
    assert _summit(ref, tmp_path, text, "2019-03-12")["host_city"] == "Vienna"
    assert _STANDS_FOR_BEFORE.search("once the instruments are deposited in ")
    assert _STANDS_FOR_BEFORE.search("said a fellow at the Hoover Institution in ")
    assert _STANDS_FOR_BEFORE.search("a month after the fall of ")
    assert not _STANDS_FOR_BEFORE.search("the leaders gathered at the hotel in ")
    assert _STANDS_FOR_AFTER.match("'s strong objections to the plan")
    assert not _STANDS_FOR_AFTER.match("'s old town hall")
    assert _CHAIRED_FROM.search("the premier hosted the video summit from ")
    assert not _CHAIRED_FROM.search("the premier flew in from ")


# --- dates ---------------------------------------------------------------------------------------------------

def test_a_date_on_the_eve_of_the_summit_is_not_the_summit_s():
    text = "On the eve of the summit, on 3 May, the foreign ministers met in the capital."
    d = next(d for d in find_dates(text, "2018-05-04", future=False) if d.start == "2018-05-03")
    assert _dates_other_event(text, d, "2018-05-04")
    text = "The summit opened on 3 May with a working lunch."
    d = next(d for d in find_dates(text, "2018-05-04", future=False) if d.start == "2018-05-03")
    assert not _dates_other_event(text, d, "2018-05-04")


# --- status --------------------------------------------------------------------------------------------------

def test_a_morning_preview_on_the_opening_day_makes_the_named_leaders_expected(ref, tmp_path):
    text = ("Morning memo: all eyes on the summit\n\n"
            "OSCE leaders gather today in Vienna for a one-day summit.\n\n"
            "President Emmanuel Macron of France has a bilateral with the host before the OSCE session.\n")
    assert _status(ref, tmp_path, text, "2019-03-12").get("Emmanuel Macron") == "expected"
    report = text.replace("leaders gather today in Vienna for", "leaders met in Vienna on Tuesday for")
    assert _status(ref, tmp_path, report, "2019-03-12").get("Emmanuel Macron") == "attended"
    assert _SAME_DAY_AHEAD.search("The summit opens later today with a working dinner.")
    assert not _SAME_DAY_AHEAD.search("The summit opens today; the first leaders landed overnight.")


def test_in_a_report_another_subject_s_would_after_said_is_reported_speech():
    text = "Chile's president, attending his first summit, said Santiago would host the games in 2031."
    assert sentence_status(text, False) == "attended"
    assert sentence_status("The Chilean president said he would attend the summit.", False) == "expected"
    assert sentence_status("The president said Santiago would host the games.", True) == "expected"


def test_in_a_report_invited_as_guests_is_a_capacity_and_taking_part_again_is_done_already():
    assert sentence_status("Envoys of Chile and Peru were invited as guests.", False) == "attended"
    assert sentence_status("Envoys of Chile and Peru were invited to the outreach session.", False) == "expected"
    assert sentence_status("Envoys of Chile and Peru were invited as guests.", True) == "expected"
    assert sentence_status("The president is expected to take part again on Sunday, aides said.", False) == "attended"
    assert sentence_status("The president is expected to take part on Sunday, aides said.", False) == "expected"
