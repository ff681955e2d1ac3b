"""Round 19 (a): attendance rules (arrivals, sketches, who's-who boxes, absences), each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_HEAD = "Allies meet in Madrid\n\nNATO leaders met in Madrid for the alliance summit on Wednesday.\n\n"


def _people(ref, tmp_path, text: str, published: str = "2022-06-29") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, text, published))


def test_arrivals_at_the_door_are_attendance(ref, tmp_path):
    text = _HEAD + ("Norway's Jonas Gahr Støre was among the first through the door, followed by the Danish prime "
                    "minister, Mette Frederiksen.\n\n"
                    "Portugal's António Costa had blunt words as he walked in: \"We need more.\"\n\n"
                    "The Greek prime minister, Kyriakos Mitsotakis, and Romanian president Klaus Iohannis chatted on "
                    "their way into the hall.\n")
    got = _people(ref, tmp_path, text)
    assert {("Jonas Gahr Støre", "Norway", "attended"), ("Mette Frederiksen", "Denmark", "attended"),
            ("António Costa", "Portugal", "attended"), ("Kyriakos Mitsotakis", "Greece", "attended"),
            ("Klaus Iohannis", "Romania", "attended")} <= got
    text = _HEAD + "Portugal's António Costa walked in the park with his family last weekend.\n"
    assert "António Costa" not in {p for p, _, _ in _people(ref, tmp_path, text)}


def test_an_arriving_lead_is_its_subjects_alone(ref, tmp_path):
    text = _HEAD + "Arriving shortly afterwards, Polish president Andrzej Duda said he would keep pressing Xi Jinping.\n"
    got = _people(ref, tmp_path, text)
    assert ("Andrzej Duda", "Poland", "attended") in got
    assert "Xi Jinping" not in {p for p, _, _ in got}


def test_an_act_in_the_working_session_and_a_greeting_are_attendance(ref, tmp_path):
    text = _HEAD + ("Slovenia's Robert Golob and Croatia's Andrej Plenković both argued for more air defence in the "
                    "working session, according to an official.\n\n"
                    "Justin Trudeau, the Canadian prime minister, was greeted by the host with a handshake.\n")
    got = _people(ref, tmp_path, text)
    assert {("Robert Golob", "Slovenia", "attended"), ("Andrej Plenković", "Croatia", "attended"),
            ("Justin Trudeau", "Canada", "attended")} <= got


def test_a_states_definite_office_is_its_one_earlier_holder(ref, tmp_path):
    text = _HEAD + ("Rishi Sunak gave a radio interview on Tuesday. Mark Rutte has pledged new artillery for Ukraine. "
                    "The Dutch prime minister told leaders that the alliance must keep going.\n")
    got = _people(ref, tmp_path, text, "2023-07-12")
    assert ("Mark Rutte", "Netherlands", "attended") in got
    assert "Rishi Sunak" not in {p for p, _, _ in got}


def test_another_organisations_meeting_in_a_clause_of_its_own(ref, tmp_path):
    text = _HEAD + "Kishida flew in for the G7 meeting only; Japan is not a NATO member.\n"
    assert "Fumio Kishida" not in {p for p, _, _ in _people(ref, tmp_path, text)}


def test_other_leaders_at_the_summit_and_officials_also_there(ref, tmp_path):
    text = ("Leaders meet in Accra\n\nThe ECOWAS summit opened in Accra on Friday.\n\n"
            "Other leaders at the summit included Togo's President Faure Gnassingbé, Macky Sall of "
            "Senegal and the Beninese leader, Patrice Talon.\n\n"
            "David Malpass of the World Bank and António Guterres, the UN Secretary-General, were also there.\n\n"
            "The Director-General of the World Trade Organization, Roberto Azevedo, addressed the opening session.\n")
    got = _people(ref, tmp_path, text, "2019-06-14")
    assert {("Faure Gnassingbé", "Togo", "attended"), ("Macky Sall", "Senegal", "attended"),
            ("Patrice Talon", "Benin", "attended"), ("David Malpass", "World Bank", "attended"),
            ("António Guterres", "United Nations", "attended"),
            ("Roberto Azevêdo", "World Trade Organization", "attended")} <= got
    text = text.replace("were also there", "said there was more to do")
    assert "David Malpass" not in {p for p, _, _ in _people(ref, tmp_path, text, "2019-06-14")}


def test_an_organisation_represented_by_a_states_leader(ref, tmp_path):
    text = ("Leaders meet in Osaka\n\nThe G20 summit opened in Osaka on Friday.\n\n"
            "The European Union was represented by Donald Tusk and by Jüri Ratas, the Estonian prime minister, "
            "whose country chairs its council.\n")
    got = _people(ref, tmp_path, text, "2019-06-28")
    assert ("Donald Tusk", "European Union", "attended") in got
    assert ("Jüri Ratas", "Estonia", "attended") in got  # his state holds the presidency: he keeps his country
    unknown = text.replace("Donald Tusk", "Aino Kask").replace(", the Estonian prime minister,", "")
    assert ("Aino Kask", "European Union", "attended") in _people(ref, tmp_path, unknown, "2019-06-28")
    text = text.replace("The European Union was represented by Donald Tusk and by", "Also at the table was")
    assert ("Jüri Ratas", "Estonia", "attended") in _people(ref, tmp_path, text, "2019-06-28")


def test_reported_absences_and_the_lower_meetings(ref, tmp_path):
    head = "Bloc meets in Astana\n\nThe CSTO summit opened in Astana on Thursday.\n\n"
    text = head + "Kassym-Jomart Tokayev had earlier informed his counterparts that he would not travel to Astana.\n"
    assert ("Kassym-Jomart Tokayev", "Kazakhstan", "absent") in _people(ref, tmp_path, text, "2024-11-28")
    text = head + ("Vladimir Putin told Emomali Rahmon by phone last week that he would skip the summit.\n\n"
                   "Emomali Rahmon attended the summit.\n")
    assert ("Emomali Rahmon", "Tajikistan", "absent") not in _people(ref, tmp_path, text, "2024-11-28")
    text = head + ("Sadyr Japarov, speaking at the opening, said the Belarusian leader's absence was no surprise.\n\n"
                   "The day before, Belarus's foreign minister, Maxim Ryzhenkov, skipped the meeting of the bloc's "
                   "foreign ministers.\n")
    got = _people(ref, tmp_path, text, "2024-11-28")
    assert ("Sadyr Japarov", "Kyrgyzstan", "absent") not in got
    assert "Maxim Ryzhenkov" not in {p for p, _, _ in got}


def test_related_links_whos_who_boxes_and_guests_taking_part(ref, tmp_path):
    text = ("Bloc meets in Astana\n\nThe CSTO summit opened in Astana on Thursday.\n\n"
            "Related: Uzbekistan: Mirziyoyev hosts Scholz in Samarkand, talks gas\n")
    assert "Olaf Scholz" not in {p for p, _, _ in _people(ref, tmp_path, text, "2024-11-28")}
    text = ("Leaders head for Elmau\n\nThe G7 summit opens at Schloss Elmau on Sunday.\n\n"
            "WHO'S WHO AT ELMAU\n\n- Japan: Prime Minister Fumio Kishida\n- Canada: Prime Minister Justin Trudeau\n")
    assert {("Fumio Kishida", "Japan", "expected"), ("Justin Trudeau", "Canada", "expected")} <= _people(
        ref, tmp_path, text, "2022-06-24")
    text = ("Leaders meet in Osaka\n\nThe G20 summit closed in Osaka on Saturday.\n\n"
            "Chile and Vietnam, which are not members, were invited, with Sebastián Piñera and Nguyen Xuan Phuc "
            "taking part.\n")
    assert ("Sebastián Piñera", "Chile", "attended") in _people(ref, tmp_path, text, "2019-06-29")
