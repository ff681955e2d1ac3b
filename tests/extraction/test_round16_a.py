"""Round 16 (a): attendance in headed lists, accepted invitations and lower meetings, on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _people(ref, tmp_path, text: str, published: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, text, published))


def test_a_bare_heading_opens_a_list_and_a_bullets_own_sentences_keep_it_open(ref, tmp_path):
    text = ("Port city gets ready for the leaders\n\n"
            "The G20 summit opens next Friday on the waterfront.\n\n"
            "WHO IS COMING\n\n"
            "- Narendra Modi, Prime Minister of India. Mr Modi faces an election in spring. His wife Jashodaben stays home.\n"
            "- Fumio Kishida, Japan's new Prime Minister.\n"
            "- The European Union is represented by Commission President Ursula von der Leyen and Council President Charles Michel.\n")
    got = _people(ref, tmp_path, text, "2022-11-10")
    assert {"Narendra Modi", "Fumio Kishida", "Ursula von der Leyen", "Charles Michel"} <= {p for p, _, _ in got}
    assert all(st == "expected" for _, _, st in got)
    assert "Jashodaben" not in {p for p, _, _ in got}
    # a heading of another kind opens no list
    text = ("Port city gets ready for the leaders\n\n"
            "The G20 summit opens next Friday on the waterfront.\n\n"
            "HISTORY\n\n"
            "- Gordon Brown, once Prime Minister of Britain, founded the forum's leaders' track.\n")
    assert "Gordon Brown" not in {p for p, _, _ in _people(ref, tmp_path, text, "2022-11-10")}


def test_accepting_an_invitation_is_attending(ref, tmp_path):
    text = ("Guests for the resort summit\n\n"
            "The G20 summit opens on Monday in the resort.\n\n"
            "Officials said on Friday that Ghana's President John Mahama and President Paul Kagame of Rwanda "
            "have accepted invitations.\n")
    got = _people(ref, tmp_path, text, "2014-06-13")
    assert {("John Mahama", "Ghana", "expected"), ("Paul Kagame", "Rwanda", "expected")} <= got


def test_a_minister_not_sent_to_another_meeting_is_no_stand_in(ref, tmp_path):
    text = ("Alliance meets without Astana\n\n"
            "The CSTO summit opened in Minsk on Thursday.\n\n"
            "Tokayev also skipped the previous summit, held in Yerevan in November 2022, and Kazakhstan did not send "
            "its foreign minister, Murat Nurtleu, to the meeting of the CSTO foreign ministers in Minsk on November 20.\n")
    assert "Murat Nurtleu" not in {p for p, _, _ in _people(ref, tmp_path, text, "2023-11-24")}
    text = ("Alliance meets in Minsk\n\n"
            "The CSTO summit opened in Minsk on Thursday.\n\n"
            "Kazakhstan is sending its foreign minister, Murat Nurtleu, to the summit.\n")
    assert "Murat Nurtleu" in {p for p, _, _ in _people(ref, tmp_path, text, "2023-11-22")}


def test_the_chair_of_a_ministers_meeting_is_not_a_summit_attendee(ref, tmp_path):
    text = ("Bloc leaders meet in the capital\n\n"
            "The BRICS summit opened in Brasilia on Thursday.\n\n"
            "The finance ministers of the bloc, who met on Tuesday under the chairmanship of Finance Minister "
            "Paulo Guedes, agreed a new fund.\n")
    assert "Paulo Guedes" not in {p for p, _, _ in _people(ref, tmp_path, text, "2019-11-14")}
    text = ("Bloc leaders meet in the capital\n\n"
            "The BRICS summit opened in Brasilia on Thursday under the chairmanship of President Jair Bolsonaro.\n")
    assert "Jair Bolsonaro" in {p for p, _, _ in _people(ref, tmp_path, text, "2019-11-14")}


def test_talks_on_the_next_leg_of_a_trip_are_not_at_the_summit(ref, tmp_path):
    text = ("Alliance summit closes\n\n"
            "The NATO summit in Vilnius closed on Wednesday.\n\n"
            "The president left for Helsinki on Wednesday evening for talks with Finnish President Sauli Niinisto.\n")
    assert "Sauli Niinistö" not in {p for p, _, _ in _people(ref, tmp_path, text, "2023-07-12")}
    text = ("Alliance summit closes\n\n"
            "The NATO summit in Vilnius closed on Wednesday.\n\n"
            "On the sidelines on Wednesday the president held talks with Finnish President Sauli Niinisto.\n")
    assert "Sauli Niinistö" in {p for p, _, _ in _people(ref, tmp_path, text, "2023-07-12")}


def test_representing_a_named_leader_makes_a_stand_in_and_an_absentee(ref, tmp_path):
    text = ("Bloc leaders gather by the lake\n\n"
            "The Non-Aligned Movement summit opened in Kampala on Friday.\n\n"
            "Kenya's Deputy President Rigathi Gachagua represented President William Ruto at the opening.\n")
    out = extract_text(ref, tmp_path, text, "2024-01-20")
    assert ("Rigathi Gachagua", "Kenya", "attended") in attendee_set(out)
    assert [a["capacity"] for a in out["attendees"] if a["person"] == "Rigathi Gachagua"] == ["stand_in"]
    assert ("William Ruto", "Kenya", "absent") in attendee_set(out)
    # a monarch's envoy leaves no absent delegate
    text = text.replace("Deputy President Rigathi Gachagua represented President William Ruto",
                        "Prince Edward represented King Charles III")
    assert "Charles III" not in {a["person"] for a in extract_text(ref, tmp_path, text, "2024-01-20")["absentees"]}


def test_a_portfolio_list_after_minister_of_is_no_part_of_the_name(ref, tmp_path):
    text = ("Union leaders meet\n\n"
            "The Eurasian Economic Union summit opened in Minsk on Friday.\n\n"
            "Mongolia is represented by Minister of Food, Agriculture and Industry Batbayar Dorj.\n\n"
            "Cuba is represented by Minister of Energy and Mines Ramon Diaz.\n")
    got = _people(ref, tmp_path, text, "2024-01-20")
    assert {("Batbayar Dorj", "Mongolia", "attended"), ("Ramon Diaz", "Cuba", "attended")} <= got
