"""Round 12 (q): who attends, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _att(ref, tmp_path, body: str, published: str = "2019-11-05") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, f"Summit\n\n{body}\n", published))


def _people(ref, tmp_path, body: str, published: str = "2019-11-05") -> set[str]:
    return {a["person"] for a in extract_text(ref, tmp_path, f"Summit\n\n{body}\n", published)["attendees"] if a["person"]}


OPENING = "The SCO summit opens today in Bishkek. "


def test_not_coming_and_a_called_off_visit_are_absences(ref, tmp_path):
    out = _att(ref, tmp_path, OPENING + "A word on Pakistan: Prime Minister Imran Khan is not coming.")
    assert ("Imran Khan", "Pakistan", "absent") in out
    out = _att(ref, tmp_path, OPENING + "Iran's President Hassan Rouhani has called off his visit after floods at home.")
    assert ("Hassan Rouhani", "Iran", "absent") in out
    out = _att(ref, tmp_path, OPENING + "Mongolian President Khaltmaagiin Battulga scrapped his planned trip on Monday.")
    assert ("Khaltmaagiin Battulga", "Mongolia", "absent") in out


def test_represented_by_after_a_possessive_time_phrase(ref, tmp_path):
    out = _att(ref, tmp_path, OPENING + "Pakistan was represented at this morning's session by Prime Minister Imran Khan.")
    assert ("Imran Khan", "Pakistan", "attended") in out


def test_a_where_clause_after_the_last_meeting_is_another_meeting(ref, tmp_path):
    body = OPENING + ("The leaders last met in Qingdao in June, where Xi Jinping handed the chairmanship "
                      "to Kyrgyz President Sooronbay Jeenbekov.")
    assert not any(a[0] == "Xi Jinping" for a in _att(ref, tmp_path, body))
    # the summit's own chair handover still counts
    body = OPENING + "Xi Jinping handed the chairmanship to Kyrgyz President Sooronbay Jeenbekov on Friday."
    assert any(a[0] == "Xi Jinping" for a in _att(ref, tmp_path, body))


def test_a_host_title_gives_the_host_country(ref, tmp_path):
    body = "The CIS summit opens today in Dushanbe. Host President Ruslan Qodirzoda welcomed the delegations at the airport."
    assert ("Ruslan Qodirzoda", "Tajikistan", "attended") in _att(ref, tmp_path, body)
    # the next host is not this summit's host
    body = ("The CIS summit opens today in Dushanbe. The next host President Ruslan Qodirzoda welcomed the delegations "
            "at the airport.")
    assert ("Ruslan Qodirzoda", "Tajikistan", "attended") not in _att(ref, tmp_path, body)


def test_ministers_meetings_and_that_meeting_are_not_the_summit(ref, tmp_path):
    body = (OPENING + "Kazakhstan's Foreign Minister Mukhtar Tileuberdi and Defence Minister Nurlan Yermekbayev "
            "took part in the ministerial meetings on Tuesday.")
    assert not _people(ref, tmp_path, body) & {"Mukhtar Tileuberdi", "Nurlan Yermekbayev"}
    body = OPENING + "Foreign Minister Mukhtar Tileuberdi attended a meeting of foreign ministers on the eve."
    assert "Mukhtar Tileuberdi" not in _people(ref, tmp_path, body)
    body = (OPENING + "The leaders held a session with the CSTO, whose heads met in Bishkek on Monday; "
            "Armenian Prime Minister Nikol Pashinyan attended that meeting but flew home before the SCO talks.")
    assert "Nikol Pashinyan" not in _people(ref, tmp_path, body)
    # a leader who took part in the summit's own session stays
    body = OPENING + "Armenian Prime Minister Nikol Pashinyan took part in the expanded session."
    assert "Nikol Pashinyan" in _people(ref, tmp_path, body)


def test_more_attendance_phrasings(ref, tmp_path):
    body = OPENING + "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev were both present."
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= _people(ref, tmp_path, body)
    body = OPENING + "Turkish President Recep Tayyip Erdoğan came as this year's chair of the Turkic Council."
    assert "Recep Tayyip Erdoğan" in _people(ref, tmp_path, body)
    body = ("The SCO summit opens on Friday in Bishkek. President Sooronbay Jeenbekov and Prime Minister "
            "Mukhammedkaly Abylgaziev will greet the leaders at the airport.")
    assert ("Sooronbay Jeenbekov", "Kyrgyzstan", "expected") in _att(ref, tmp_path, body, "2019-06-10")
    body = ("The SCO summit opens on Friday in Bishkek. Indian Prime Minister Narendra Modi and Chinese President "
            "Xi Jinping are due to sign a joint declaration on terrorism.")
    assert {"Narendra Modi", "Xi Jinping"} <= _people(ref, tmp_path, body, "2019-06-10")


def test_joining_remotely_is_a_virtual_attendance(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Summit\n\n" + OPENING + "Russian President Vladimir Putin joined remotely "
                       "from Moscow after a cold.\n", "2019-11-05")
    putin = [a for a in out["attendees"] if a["person"] == "Vladimir Putin"]
    assert putin and putin[0]["mode"] == "virtual" and putin[0]["status"] == "attended"


def test_countries_represented_at_or_by(ref, tmp_path):
    body = ("The NATO summit opens on Friday in London. Austria and Ireland, which are partners of the alliance "
            "since 1995, will be represented at a dinner on Friday.")
    countries = {a[1] for a in _att(ref, tmp_path, body, "2019-12-01")}
    assert {"Austria", "Ireland"} <= countries
    body = "The NATO summit opens on Friday in London. Vienna will be represented by a small delegation, diplomats said."
    assert "Austria" in {a[1] for a in _att(ref, tmp_path, body, "2019-12-01")}
    # another time, or a denial, stays silent
    body = "The NATO summit opens on Friday in London. Austria was represented at the summit in 2009 by its chancellor."
    assert "Austria" not in {a[1] for a in _att(ref, tmp_path, body, "2019-12-01")}
    body = "The NATO summit opens on Friday in London. Austria will not be represented at the dinner."
    assert ("Austria" not in {a[1] for a in _att(ref, tmp_path, body, "2019-12-01") if a[2] != "absent"})


def test_signatures_put_to_a_text_with_the_leaders_of_countries(ref, tmp_path):
    body = ("The African Union summit opens today in Niamey. Nigeria's President Muhammadu Buhari put his signature "
            "to the agreement along with the representatives of Benin and Togo.")
    out = _att(ref, tmp_path, body, "2019-07-07")
    assert {"Benin", "Togo"} <= {a[1] for a in out}


def test_the_kingdom_sends_a_minister_of_state(ref, tmp_path):
    body = ("The G20 summit opens today in Osaka. Bahrain's King Hamad bin Isa Al Khalifa did not make the trip. "
            "The kingdom sent a minister of state, Ibrahim Al-Assaf, to head its delegation, amid a dispute with Qatar.")
    out = _att(ref, tmp_path, body, "2019-06-28")
    assert ("Ibrahim Abdulaziz Al-Assaf", "Bahrain", "attended") in out
    # with two countries in the sentence before, nobody is guessed
    body = ("The G20 summit opens today in Osaka. Neither Bahrain nor Oman sent its king or sultan. "
            "The kingdom sent a minister of state, Ibrahim Al-Assaf, to head its delegation, amid a dispute with Qatar.")
    assert ("Ibrahim Abdulaziz Al-Assaf", "Bahrain", "attended") not in _att(ref, tmp_path, body, "2019-06-28")


def test_a_chief_executive_title_is_no_part_of_the_name(ref, tmp_path):
    body = ("The NATO summit opens today in Brussels. The session on Afghanistan was attended by Chief Executive "
            "Abdullah Abdullah.")
    assert "Abdullah Abdullah" in _people(ref, tmp_path, body, "2018-07-11")


def test_the_ilo_is_an_organisation_attending_by_its_head(ref, tmp_path):
    body = ("The G20 summit opens today in Osaka. IMF Managing Director Christine Lagarde was at the table, along with "
            "the heads of the WTO and the International Labour Organization.")
    assert "International Labour Organization" in {a[1] for a in _att(ref, tmp_path, body, "2019-06-28")}
