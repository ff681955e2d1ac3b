"""Round 8 (b): leaders who do something at the summit, list headings and items, owned titles set off by commas.

Every article here is invented (no sentence of any corpus).
"""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _people(out: dict) -> set[str]:
    return {a["person"] for a in out["attendees"] if a["person"]}


def test_a_list_heading_without_an_attendance_verb_and_an_item_naming_several(ref, tmp_path):
    out = extract_text(ref, tmp_path, "G20 in Osaka\n\nThe G20 summit opens in Osaka on Friday.\n\nWho's going:\n\n"
                       "- Indian Prime Minister Narendra Modi, who will meet Chinese President Xi Jinping on Saturday;\n"
                       "- German Chancellor Angela Merkel, French President Emmanuel Macron and Canada's Justin Trudeau.\n\n"
                       "Security is tight.\n", "2019-06-25")
    found = attendee_set(out)
    assert {("Narendra Modi", "India", "expected"), ("Angela Merkel", "Germany", "expected"),
            ("Emmanuel Macron", "France", "expected"), ("Justin Trudeau", "Canada", "expected")} <= found
    assert "Xi Jinping" not in _people(out)  # named in an item's aside, not an item


def test_a_heading_of_confirmed_leaders_opens_a_list(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO meets\n\nThe SCO summit opens in Astana on Wednesday.\n\n"
                       "Leaders confirmed so far:\n- Russian President Vladimir Putin\n- Chinese President Xi Jinping\n",
                       "2024-07-01")
    assert {("Vladimir Putin", "Russia", "expected"), ("Xi Jinping", "China", "expected")} <= attendee_set(out)


def test_an_owned_title_set_off_by_commas_frames_an_unknown_name(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Mercosur meets\n\nThe Mercosur summit closed in Asunción on Tuesday. "
                       "Peru's outgoing president, Tomás Ferreira Lugo, who leaves office next month, attended as a guest. "
                       "Ferreira Lugo told his counterparts that trade must grow.\n", "2023-07-05")
    assert ("Tomás Ferreira Lugo", "Peru", "attended") in attendee_set(out)


def test_telling_ones_counterparts_is_an_act_at_the_summit_not_a_quote(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN ends\n\nThe ASEAN summit ended in Vientiane on Friday. Malaysian Prime "
                       "Minister Anwar Ibrahim told his fellow leaders the bloc must act on Myanmar.\n", "2024-10-11")
    assert ("Anwar Ibrahim", "Malaysia", "attended") in attendee_set(out)


def test_an_aside_about_a_hosts_past_does_not_date_the_hosting(ref, tmp_path):
    out = extract_text(ref, tmp_path, "BRICS ends\n\nThe BRICS summit ended in Johannesburg on Thursday. The meeting "
                       "was hosted by President Cyril Ramaphosa, who last year had promised a bigger bloc.\n", "2023-08-25")
    assert ("Cyril Ramaphosa", "South Africa", "attended") in attendee_set(out)


def test_a_summit_that_brought_leaders_together(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO ends\n\nThe SCO summit ended in Samarkand on Friday. The two-day "
                       "gathering brought together Indian Prime Minister Narendra Modi and Pakistani Prime Minister "
                       "Shehbaz Sharif.\n", "2022-09-17")
    assert {("Narendra Modi", "India", "attended"), ("Shehbaz Sharif", "Pakistan", "attended")} <= attendee_set(out)


def test_signing_a_deal_at_the_summit_but_not_one_dated_elsewhere(ref, tmp_path):
    out = extract_text(ref, tmp_path, "EAEU meets\n\nThe Eurasian Economic Union summit ended in Minsk on Friday. "
                       "Vietnamese Prime Minister Pham Minh Chinh signed the trade agreement with the union. "
                       "Indonesian President Joko Widodo signed a similar pact with the bloc in March 2021.\n", "2023-05-26")
    people = _people(out)
    assert "Phạm Minh Chính" in people or "Pham Minh Chinh" in people
    assert "Joko Widodo" not in people


def test_talks_on_a_summit_day_name_their_partners_but_talks_on_another_day_do_not(ref, tmp_path):
    out = extract_text(ref, tmp_path, "NATO meets\n\nThe NATO summit opened in Vilnius on Tuesday, July 11, 2023. "
                       "After talks on Tuesday morning with Swedish Prime Minister Ulf Kristersson and the leaders of "
                       "Finland and Norway, Turkish President Recep Tayyip Erdoğan lifted his veto. "
                       "Hungarian Prime Minister Viktor Orbán held talks with Ukrainian President Volodymyr Zelenskyy "
                       "on Friday, July 7.\n", "2023-07-12")
    found = attendee_set(out)
    assert {("Ulf Kristersson", "Sweden", "attended"), ("Recep Tayyip Erdoğan", "Turkey", "attended")} <= found
    assert {"Finland", "Norway"} <= {a["country"] for a in out["attendees"]}
    assert not {"Viktor Orbán", "Volodymyr Zelenskyy"} & _people(out)


def test_the_one_greeted_on_arrival_attends(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Arab League meets\n\nThe Arab League summit opened in Manama on Thursday. "
                       "Bahrain's foreign minister greeted Egyptian President Abdel Fattah el-Sisi with a handshake on "
                       "the tarmac. Jordan's King Abdullah II was received on arrival by the crown prince.\n", "2024-05-16")
    people = _people(out)
    assert "Abdel Fattah el-Sisi" in people and any("Abdullah II" in p for p in people)


def test_an_official_of_the_summit_organisations_own_organ(ref, tmp_path):
    out = extract_text(ref, tmp_path, "EAEU meets\n\nThe Eurasian Economic Union summit ended in Bishkek on Friday. "
                       "Ivan Korolenko, chairman of the board of the Eurasian Economic Commission, told reporters that "
                       "trade had grown.\n", "2023-05-26")
    assert ("Ivan Korolenko", "Eurasian Economic Union", "attended") in attendee_set(out)


def test_an_unknown_name_opening_a_sentence_whose_verb_is_attending(ref, tmp_path):
    out = extract_text(ref, tmp_path, "GCC meets\n\nThe GCC summit ended in Riyadh on Tuesday. Laura Finchley, the "
                       "U.S. president's special envoy, attended the closing session. Officials praised Mark Denholm "
                       "Group, which attended to logistics.\n", "2023-12-06")
    assert ("Laura Finchley", "United States", "attended") in attendee_set(out)
    assert not any("Denholm" in p for p in _people(out))
