"""Round 15 (z): attendance phrasings of a summit report, each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_HEAD = ("G20 leaders close Osaka summit\n\n"
         "OSAKA, June 29 (Wire) - Leaders of the Group of 20 ended their two-day summit in Osaka on Saturday.\n\n")


def _people(ref, tmp_path, text: str) -> dict[str, tuple]:
    out = extract_text(ref, tmp_path, _HEAD + text + "\n", "2019-06-30")
    return {p: (c, s) for p, c, s in attendee_set(out)}


# --- press remarks at the meeting ------------------------------------------------------------------------------

def test_press_remarks_after_a_session_or_in_the_host_city_are_attendance(ref, tmp_path):
    for text, who in (
            ("Australian Prime Minister Scott Morrison told reporters after the opening session that the deal was "
             "close.", "Scott Morrison"),
            ("Indonesian President Joko Widodo briefed journalists at the summit on his plan for a trade corridor.",
             "Joko Widodo"),
            ("Australian Prime Minister Scott Morrison, one of the loudest voices on plastics, told reporters in "
             "Osaka that the outcome was a good one.", "Scott Morrison")):
        people = _people(ref, tmp_path, text)
        assert people.get(who, (None, None))[1] == "attended", (text, people)


def test_press_remarks_elsewhere_or_without_a_place_are_not_attendance(ref, tmp_path):
    for text in ("Australian Prime Minister Scott Morrison told reporters in Sydney that the outcome was a good one.",
                 "Australian Prime Minister Scott Morrison told reporters that the outcome was a good one."):
        assert "Scott Morrison" not in _people(ref, tmp_path, text), text


# --- representation, addresses and the margins of the meeting --------------------------------------------------

def test_represented_by_with_a_long_gap_before_by(ref, tmp_path):
    people = _people(ref, tmp_path, "The guest countries were represented at the outreach session in expanded format "
                                    "by Chilean President Sebastian Pinera and Senegalese President Macky Sall.")
    assert people.get("Macky Sall", (None, None))[0] == "Senegal"
    assert any("Pi" in p and "era" in p for p in people), people


def test_addressing_the_assembly_or_the_opening_ceremony_is_attendance(ref, tmp_path):
    for text, who in (("Egyptian President Abdel Fattah el-Sisi also addressed the Assembly on the second day.",
                       "Abdel Fattah el-Sisi"),
                      ("Chilean President Sebastian Pinera addressed the opening ceremony.", None)):
        people = _people(ref, tmp_path, text)
        assert people and (who is None or who in people), (text, people)


def test_addressing_the_un_general_assembly_is_not_this_summit(ref, tmp_path):
    people = _people(ref, tmp_path, "Egyptian President Abdel Fattah el-Sisi addressed the UN General Assembly "
                                    "in New York last September.")
    assert "Abdel Fattah el-Sisi" not in people


def test_the_margins_and_the_sidelines_used_are_the_meetings(ref, tmp_path):
    for text, who in (("Canadian Prime Minister Justin Trudeau spent the weekend in the city meeting Asian leaders "
                       "on the margins of the summit.", "Justin Trudeau"),
                      ("Mexico's Foreign Minister Marcelo Ebrard used the sidelines to press for a migration fund.",
                       "Marcelo Ebrard")):
        assert who in _people(ref, tmp_path, text), text


def test_completing_a_numbered_group_is_attendance(ref, tmp_path):
    people = _people(ref, tmp_path, "Italy's Giuseppe Conte and Canada's Justin Trudeau completed the seven.")
    assert {"Giuseppe Conte", "Justin Trudeau"} <= set(people)
    people = _people(ref, tmp_path, "Canada's Justin Trudeau completed the seven years of his reform programme.")
    assert "Justin Trudeau" not in people


# --- people named for another time or act -----------------------------------------------------------------------

def test_a_visit_dated_by_since_is_not_attendance(ref, tmp_path):
    people = _people(ref, tmp_path, "On the sidelines, Modi held talks with Abe, their first meeting since "
                                    "Chinese Premier Li Keqiang's trip to Tokyo in May.")
    assert "Li Keqiang" not in people


def test_the_author_of_a_plan_is_not_an_attendee(ref, tmp_path):
    people = _people(ref, tmp_path, "Egyptian President Abdel Fattah el-Sisi also addressed the Assembly after the "
                                    "leaders rejected the peace plan unveiled by US President Donald Trump in May.")
    assert "Donald Trump" not in people
    assert "Abdel Fattah el-Sisi" in people


# --- a list of titled heads of organisations ----------------------------------------------------------------------

def test_a_list_of_comma_titled_heads_gives_each_the_title_before_the_name(ref, tmp_path):
    people = _people(ref, tmp_path, "They were joined by the heads of international organisations, among them the "
                                    "UN secretary general, Antonio Guterres, the IMF's managing director, Christine "
                                    "Lagarde, and World Bank president David Malpass.")
    assert people.get("António Guterres", (None,))[0] == "United Nations", people
    assert people.get("Christine Lagarde", (None,))[0] == "International Monetary Fund", people
