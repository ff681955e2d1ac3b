"""Round 18 (a): attendance at virtual and outreach summits, organ officials, absences and other meetings, each rule
on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _people(ref, tmp_path, text: str, published: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, text, published))


def test_leaders_seen_on_screen_or_featured_in_a_session_attended(ref, tmp_path):
    text = ("Leaders meet online for Group of 20 summit\n\n"
            "The Group of 20 opened a virtual summit on Saturday hosted by Italy.\n\n"
            "Italian Prime Minister Mario Draghi opened the meeting from Rome.\n\n"
            "Also seen speaking on screen were Mexican President Andres Manuel Lopez Obrador; Brazil's President "
            "Jair Bolsonaro; and Argentine President Alberto Fernandez.\n\n"
            "That session featured Indonesian President Joko Widodo and South Korean President Moon Jae-in, who "
            "called for vaccine funds. European Council President Charles Michel also spoke.\n")
    people = {p for p, _, st in _people(ref, tmp_path, text, "2021-10-30") if st == "attended"}
    assert {"Jair Bolsonaro", "Alberto Fernández", "Joko Widodo", "Moon Jae-in", "Charles Michel"} <= people


def test_a_bank_head_reporting_to_the_leaders_attended(ref, tmp_path):
    text = ("BRICS leaders meet by video\n\n"
            "The BRICS summit was held online on Thursday under the chairmanship of South Africa's President "
            "Cyril Ramaphosa.\n\n"
            "Also reporting on the bank's lending to the leaders was the president of the New Development Bank, "
            "Dilma Rousseff.\n")
    assert ("Dilma Rousseff", "New Development Bank", "attended") in _people(ref, tmp_path, text, "2024-10-24")


def test_a_closing_address_still_to_come_is_expected(ref, tmp_path):
    text = ("APEC leaders meet online\n\n"
            "The APEC summit opened online on Friday, hosted by New Zealand.\n\n"
            "New Zealand Prime Minister Jacinda Ardern opened the meeting from Wellington.\n\n"
            "Thai Prime Minister Prayut Chan-o-cha is to deliver the closing address on Saturday.\n")
    assert ("Prayut Chan-o-cha", "Thailand", "expected") in _people(ref, tmp_path, text, "2021-11-12")


def test_the_groups_leaders_in_a_dashed_aside_and_declined_invitations(ref, tmp_path):
    text = ("G8 leaders meet at Evian\n\n"
            "EVIAN, France (Wire) - The Group of Eight summit opened at Evian on Sunday, hosted by French President "
            "Jacques Chirac.\n\n"
            "Behind the lake-side fences, the G-8 leaders - Chirac, U.S. President George W. Bush, Japanese Prime "
            "Minister Junichiro Koizumi and Canadian Prime Minister Jean Chretien - spent Monday on trade and aid.\n\n"
            "Nigerian President Olusegun Obasanjo declined the invitation, saying he had an election to run.\n")
    people = _people(ref, tmp_path, text, "2003-06-02")
    assert {("Junichiro Koizumi", "Japan", "attended"), ("Jean Chrétien", "Canada", "attended"),
            ("Olusegun Obasanjo", "Nigeria", "absent")} <= people


def test_declining_to_comment_is_no_absence_and_sending_regrets_is(ref, tmp_path):
    head = ("G8 leaders meet at Evian\n\n"
            "The Group of Eight summit opened at Evian on Sunday, hosted by French President Jacques Chirac.\n\n")
    people = _people(ref, tmp_path, head + "Nigerian President Olusegun Obasanjo declined to comment on the summit.\n",
                     "2003-06-02")
    assert not any(p == "Olusegun Obasanjo" for p, _, _ in people)
    people = _people(ref, tmp_path, head + "Nigerian President Olusegun Obasanjo sent his regrets.\n", "2003-06-02")
    assert ("Olusegun Obasanjo", "Nigeria", "absent") in people


def test_the_ministers_meeting_chair_and_another_summits_leaders_are_no_attendees(ref, tmp_path):
    text = ("ASEAN leaders meet in Manila\n\n"
            "MANILA (Wire) - The ASEAN summit opened in Manila on Tuesday with Philippine President Rodrigo Duterte "
            "as host.\n\n"
            "A day earlier, the meeting of the foreign ministers of ASEAN member states was held in Manila under the "
            "chairmanship of Philippine Foreign Secretary Alan Peter Cayetano.\n\n"
            "Myanmar's State Counsellor Aung San Suu Kyi did not take part in the summit.\n\n"
            "On Monday, Duterte attended the second summit of the Conference on Sustainable Ocean Partnerships, also "
            "held in Manila, where he met Canadian Prime Minister Justin Trudeau.\n")
    people = _people(ref, tmp_path, text, "2017-11-14")
    assert ("Aung San Suu Kyi", "Myanmar", "absent") in people
    assert not {p for p, _, _ in people} & {"Alan Peter Cayetano", "Justin Trudeau"}


def test_an_organ_chair_in_a_bulleted_list_counts_under_the_union(ref, tmp_path):
    text = ("Eurasian leaders meet in Bishkek\n\n"
            "The meeting of the Supreme Eurasian Economic Council took place in Bishkek on Friday.\n\n"
            "Taking part in the meeting were:\n"
            "- President of the Kyrgyz Republic Sadyr Japarov;\n"
            "- Chairman of the Board of the Eurasian Economic Commission Mikhail Myasnikovich.\n")
    assert ("Mikhail Myasnikovich", "Eurasian Economic Union", "attended") in _people(ref, tmp_path, text,
                                                                                         "2022-12-09")
