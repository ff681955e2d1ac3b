"""Round 14 (x): summit host city and dates, and attendance statuses, each on small invented articles."""

from __future__ import annotations

from pipeline.attendance import _PROPOSED_SENDER
from pipeline.dates import DateRef
from pipeline.summit import _DURATION_OF_SUMMIT, _is_dateline, _names_this_summit
from tests.extraction.conftest import attendee_set, extract_text


def _dates(out: dict) -> str:
    return str(out["summit"]["dates"])


def _status(out: dict, person: str) -> set[str]:
    return {s for p, _, s in attendee_set(out) if p == person}


# --- host city -------------------------------------------------------------------------------------------------

def test_a_summit_word_tied_to_another_edition_does_not_make_a_sentence_about_this_summit():
    assert not _names_this_summit("Two years ago, at the previous session in Minsk, the leaders agreed on a fund.")
    assert not _names_this_summit("The next summit will be held in Yerevan.")
    assert _names_this_summit("The session in Minsk opened on Monday.")
    assert _names_this_summit("Unlike the last summit, this session ended with a joint statement.")


def test_a_city_in_a_sentence_about_an_earlier_session_does_not_outscore_the_venue(ref, tmp_path):
    body = ("CSTO leaders agree on border force\n\n"
            "Dushanbe, November 14, 2024 — Pamir Courier.\n\n"
            "The leaders of the Collective Security Treaty Organization met in the Kremlin on Wednesday and agreed to "
            "set up a joint border force.\n\n"
            "At the previous session in Minsk, the presidents had promised money for the depot outside Dushanbe.\n")
    out = extract_text(ref, tmp_path, body, "2024-11-14")
    assert out["summit"]["host_city"] == "Moscow"


# --- dates -----------------------------------------------------------------------------------------------------

def test_a_title_case_dateline_dates_the_report_not_the_summit(ref, tmp_path):
    body = ("SCO leaders sign water pact\n\n"
            "Tashkent, March 6, 2024 — Oasis Daily.\n\n"
            "Leaders of the Shanghai Cooperation Organisation met in Astana on Tuesday and signed a pact on water use "
            "at their summit.\n")
    out = extract_text(ref, tmp_path, body, "2024-03-06")  # a Wednesday
    assert _dates(out) == "2024-03-05"


def test_is_dateline_title_case_and_capitals():
    for text, date in (("Tashkent, March 6, 2024 — Oasis Daily.", "March 6, 2024"),
                       ("Ulan Bator, March 6 (Steppe News) -", "March 6"), ("TASHKENT, March 6 —", "March 6")):
        d = DateRef("2024-03-06", None, "day", date, (text.index(date), text.index(date) + len(date)), "explicit")
        assert _is_dateline(text, d), text
    text = "Leaders met on the lake, March 6, to sign the pact."
    d = DateRef("2024-03-06", None, "day", "March 6", (text.index("March"), text.index("March") + 7), "explicit")
    assert not _is_dateline(text, d)


def test_a_two_day_ordinary_session_gives_the_summit_its_length(ref, tmp_path):
    body = ("AU leaders close summit\n\n"
            "African leaders closed their summit in Malabo on Friday with a call for a ceasefire in the east.\n\n"
            "The two-day 23rd ordinary session of the Assembly of the African Union, which opened on Thursday, "
            "was dominated by the crisis.\n")
    out = extract_text(ref, tmp_path, body, "2024-06-29")  # a Saturday
    assert _dates(out) == "2024-06-27/2024-06-28"


def test_the_next_sentence_opening_and_running_through_days_bounds_the_summit(ref, tmp_path):
    for verb in ("ran through", "lasted until", "continued into"):
        body = ("BRICS bank moves ahead\n\n"
                "Brazil got most of what it wanted from the BRICS summit, President Lula said late on Tuesday.\n\n"
                f"The summit in Kazan opened with a dinner on Monday evening and {verb} Tuesday.\n")
        out = extract_text(ref, tmp_path, body, "2024-10-23")  # a Wednesday
        assert _dates(out) == "2024-10-21/2024-10-22", verb


def test_another_events_span_in_the_next_sentence_leaves_the_summit_day_alone(ref, tmp_path):
    body = ("BRICS bank moves ahead\n\n"
            "Brazil got most of what it wanted from the BRICS summit, President Lula said late on Tuesday.\n\n"
            "A trade fair in the same city opened on Friday and ran until Sunday.\n")
    out = extract_text(ref, tmp_path, body, "2024-10-23")  # a Wednesday
    assert _dates(out) == "2024-10-22"


def test_the_days_of_a_place_or_spent_by_the_speakers_are_the_summits_length():
    assert _DURATION_OF_SUMMIT.search("The trade war ate up the two days on the Riviera.")
    assert _DURATION_OF_SUMMIT.search("The crisis filled these three days in Lima.")
    assert _DURATION_OF_SUMMIT.search('"We wanted to spend these two days on jobs," the host said.')
    assert not _DURATION_OF_SUMMIT.search("The two days before the summit were tense.")
    assert not _DURATION_OF_SUMMIT.search("He had two days in Lima before flying on.")
    assert not _DURATION_OF_SUMMIT.search("Prices fell in the two days in October after the vote.")


def test_a_closing_day_and_the_days_on_the_riviera_make_a_range(ref, tmp_path):
    body = ("G20 closes\n\n"
            "The debt crisis swallowed the two days on the Riviera.\n\n"
            "The G20 summit that closed in Nice on Saturday will be remembered for the debt row.\n")
    out = extract_text(ref, tmp_path, body, "2024-11-17")  # a Sunday
    assert _dates(out) == "2024-11-15/2024-11-16"


# --- attendance status -----------------------------------------------------------------------------------------

def test_proposing_that_another_body_send_an_envoy_is_no_sending(ref, tmp_path):
    body = ("AU summit\n\n"
            "Ghana's President Nana Akufo-Addo was among the leaders who spoke at the summit, Mr Akufo-Addo proposing "
            "that the union send its own envoy to work alongside Kenyan President William Ruto.\n")
    out = extract_text(ref, tmp_path, body, "2024-02-19")
    assert "absent" not in _status(out, "Nana Akufo-Addo")
    for before in ("Mr A urged the bloc to ", "Mr A called for the council to ", "Mr A proposed that the union ",
                   "Mr A asked Ruritania to "):
        assert _PROPOSED_SENDER.search(before), before
    for before in ("Ruritania is ", "Mr A decided to ", "Mr A, who urged restraint, is "):
        assert not _PROPOSED_SENDER.search(before), before


def test_the_pronoun_subject_of_a_summit_absence_is_the_person_named_before(ref, tmp_path):
    for cue in ("She missed the whole summit.", "She did not attend the summit.", "She stayed away."):
        body = ("AU summit in Accra\n\n"
                "The AU summit in Accra was overshadowed by the illness of Malawi's President Grace Mhango, who was "
                f"taken to hospital on Saturday. {cue}\n")
        out = extract_text(ref, tmp_path, body, "2024-02-19")
        assert _status(out, "Grace Mhango") == {"absent"}, cue


def test_a_pronoun_missing_something_else_is_no_absence(ref, tmp_path):
    body = ("AU summit in Accra\n\n"
            "The AU summit in Accra opened with a speech by Malawi's President Grace Mhango. "
            "She missed the deadline for the report.\n")
    out = extract_text(ref, tmp_path, body, "2024-02-19")
    assert "absent" not in _status(out, "Grace Mhango")


def test_a_stand_in_for_some_sessions_leaves_the_leader_at_the_summit(ref, tmp_path):
    for part in ("at the climate and health sessions", "for the working dinner", "for the rest of the day",
                 "at the outreach session"):
        body = ("G7 summit day two\n\n"
                "Leaders of the G7 met for a second day at the summit in Apulia. The Japanese seat is taken by "
                f"Yoko Kamikawa, the foreign minister, who is standing in for Prime Minister Fumio Kishida {part}.\n")
        out = extract_text(ref, tmp_path, body, "2024-06-14")
        assert "absent" not in _status(out, "Fumio Kishida"), part


def test_a_stand_in_for_the_whole_summit_still_makes_the_leader_absent(ref, tmp_path):
    for whole in ("at the summit", "at the 50th ordinary session"):
        body = ("G7 summit day two\n\n"
                "Leaders of the G7 met for a second day at the summit in Apulia. The Japanese seat is taken by "
                f"Yoko Kamikawa, the foreign minister, who is standing in for Prime Minister Fumio Kishida {whole}.\n")
        out = extract_text(ref, tmp_path, body, "2024-06-14")
        assert _status(out, "Fumio Kishida") == {"absent"}, whole
