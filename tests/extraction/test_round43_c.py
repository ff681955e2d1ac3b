"""Round 43 (C): attendance in reports — speeches tied to the summit, members of an attendee's delegation, presence
in the host city in an office, a body's officer addressing a session; and the dated offices these need."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

LEDE = ("NAIROBI, March 14 - Leaders of the East African Community ended their summit in Nairobi on Thursday "
        "with a pledge to open their borders.\n\n")
PUB = "2024-03-14"


def _people(ref, tmp_path, body: str, published: str = PUB) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, LEDE + body, published))


@pytest.mark.parametrize("body", [
    "Uganda's President Yoweri Museveni told the conference that the customs union was overdue.",
    "Closing the summit at the convention centre here, President Yoweri Museveni said the bloc had grown up.",
    "President Yoweri Museveni, speaking without notes, told the assembled delegates that trade came first.",
    "At the close of the summit, President Yoweri Museveni of Uganda warned that the region could not wait.",
])
def test_speech_tied_to_the_summit(ref, tmp_path, body):
    assert ("Yoweri Museveni", "Uganda", "attended") in _people(ref, tmp_path, body)


@pytest.mark.parametrize("body", [
    "President Yoweri Museveni said in a statement from Kampala that the customs union was overdue.",
    "President Yoweri Museveni told reporters last month that the customs union was overdue.",
    "President Yoweri Museveni will tell the conference on Friday that trade comes first.",
])
def test_speech_set_elsewhere_is_no_attendance(ref, tmp_path, body):
    assert not any(p == "Yoweri Museveni" and s == "attended" for p, _, s in _people(ref, tmp_path, body))


def test_speech_in_a_paragraph_about_the_speeches(ref, tmp_path):
    body = ("The longest speeches came from the hosts. President Yoweri Museveni of Uganda spoke of a single "
            "currency, while President Paul Kagame of Rwanda offered to host the secretariat.")
    found = _people(ref, tmp_path, body)
    assert ("Yoweri Museveni", "Uganda", "attended") in found
    assert ("Paul Kagame", "Rwanda", "attended") in found


def test_speech_with_a_later_date_in_what_was_said(ref, tmp_path):
    body = ("Announcing the accord at the end of the summit here, President Yoweri Museveni said the tariffs would "
            "fall with effect from January 1, 2025.")
    assert ("Yoweri Museveni", "Uganda", "attended") in _people(ref, tmp_path, body)


def test_speech_at_a_press_conference_about_the_meeting(ref, tmp_path):
    body = ("At a joint press conference, Foreign Minister Naledi Pandor said the meeting had cleared the air "
            "between the neighbours.")
    found = extract_text(ref, tmp_path, "JOHANNESBURG, August 24 - BRICS leaders ended their summit in "
                         "Johannesburg on Thursday.\n\n" + body, "2023-08-24")
    assert ("Naledi Pandor", "South Africa", "attended") in attendee_set(found)


def test_press_conference_about_something_else_is_no_attendance(ref, tmp_path):
    body = "At a press conference, Foreign Minister Naledi Pandor said the rand had recovered."
    found = extract_text(ref, tmp_path, "JOHANNESBURG, August 24 - BRICS leaders ended their summit in "
                         "Johannesburg on Thursday.\n\n" + body, "2023-08-24")
    assert not any(p == "Naledi Pandor" for p, _, _ in attendee_set(found))


@pytest.mark.parametrize("body", [
    "The United Nations' special envoy for the region, Leonardo Santos Simao, also addressed the opening session.",
    "The United Nations' special representative, Leonardo Santos Simao, told the summit that aid would follow.",
])
def test_body_officer_addressing_a_session(ref, tmp_path, body):
    assert ("Leonardo Santos Simão", "United Nations", "attended") in _people(ref, tmp_path, body)


def test_body_officer_heard_elsewhere(ref, tmp_path):
    body = "The United Nations' special envoy, Leonardo Santos Simao, said in a statement from Dakar that aid would follow."
    assert not any(p == "Leonardo Santos Simão" for p, _, _ in _people(ref, tmp_path, body))


G7 = ("LONDON, July 17 - The Group of Seven leaders ended their economic summit in London today. Mikhail Gorbachev attended "
      "the summit as a guest on its last day.\n\n")


@pytest.mark.parametrize("body", [
    "Mr Gorbachev flew in on Tuesday evening. His delegation included Yevgeny Primakov, his special envoy, and the "
    "Foreign Minister, Alexander Bessmertnykh.",
    "Mr Gorbachev landed at Northolt with his wife. His delegation also included Yevgeny Primakov and Alexander "
    "Bessmertnykh.",
])
def test_delegation_of_an_attendee(ref, tmp_path, body):
    found = attendee_set(extract_text(ref, tmp_path, G7 + body, "1991-07-17"))
    assert ("Yevgeny Primakov", "Soviet Union", "attended") in found
    assert ("Alexander Bessmertnykh", "Soviet Union", "attended") in found


def test_delegation_of_someone_absent_is_not_read(ref, tmp_path):
    body = ("Mr Gorbachev flew in on Tuesday evening. Boris Yeltsin stayed in Moscow. His delegation included "
            "Yevgeny Primakov.")
    found = attendee_set(extract_text(ref, tmp_path, G7 + body, "1991-07-17"))
    assert not any(p == "Yevgeny Primakov" and s == "attended" for p, _, s in found)


BALI = ("DENPASAR, Feb 24 - The five ASEAN heads of government ended their first summit in Bali today by signing "
        "a treaty of amity.\n\n")


@pytest.mark.parametrize("body", [
    "Mr Adam Malik and Mr S. Rajaratnam were in Bali as foreign ministers of their countries.",
    "Adam Malik and S. Rajaratnam were also in Bali for the summit.",
    "Of the older hands, Adam Malik and S. Rajaratnam were both in Bali as their governments' foreign ministers, "
    "and both helped draft the text at the ministerial meeting on Sunday.",
])
def test_in_the_host_city_in_an_office(ref, tmp_path, body):
    found = attendee_set(extract_text(ref, tmp_path, BALI + body, "1976-02-24"))
    assert ("Adam Malik", "Indonesia", "attended") in found
    assert ("S. Rajaratnam", "Singapore", "attended") in found


@pytest.mark.parametrize("body", [
    "Adam Malik and S. Rajaratnam, who were in Jakarta, sent their good wishes to the summit.",
    "Adam Malik and S. Rajaratnam were in Bali last year on holiday.",
])
def test_in_another_place_or_time_is_not_read(ref, tmp_path, body):
    found = attendee_set(extract_text(ref, tmp_path, BALI + body, "1976-02-24"))
    assert not any(p == "S. Rajaratnam" and s == "attended" for p, _, s in found)


@pytest.mark.parametrize(("name", "day", "country"), [
    ("Bulent Ecevit", "1978-05-30", "Turkey"),
    ("Cyrus Vance", "1978-05-30", "United States"),
    ("Philibert Tsiranana", "1963-05-25", "Madagascar"),
    ("Moktar Ould Daddah", "1963-05-25", "Mauritania"),
    ("Aden Abdulla Osman", "1963-05-25", "Somalia"),
    ("Chatichai Choonhavan", "1976-02-24", "Thailand"),
    ("Douglas Hurd", "1991-07-17", "United Kingdom"),
    ("Alexander Bessmertnykh", "1991-07-17", "Soviet Union"),
])
def test_dated_offices(ref, name, day, country):
    person = ref.resolve_person(name) if hasattr(ref, "resolve_person") else None
    pid = person.id if person is not None else next(
        p.id for p in ref.people.values() if p.name == name or name in p.aliases)
    assert any(o.place == country for o in ref.offices_of(pid, day))


CIS = ("ALMA-ATA, Dec 21 - Eleven former Soviet republics signed the protocol of the Commonwealth of Independent "
       "States at their summit in Alma-Ata today.\n\n")


@pytest.mark.parametrize("body", [
    "Its leader stayed at home, and Georgia was represented only by an observer.",
    "Georgia was represented by an observer.",
    "The president did not come; Georgia was instead represented by a junior delegation.",
])
def test_state_represented_by_someone_unnamed(ref, tmp_path, body):
    out = extract_text(ref, tmp_path, CIS + body, "1991-12-21")
    assert "Georgia" in {a["country"] for a in out["attendees"] if a["status"] == "attended"}


@pytest.mark.parametrize("body", [
    "Georgia was not represented at all.",
    "Georgia, which was represented by an observer at the last meeting in Minsk, sent nobody this time.",
])
def test_state_not_represented(ref, tmp_path, body):
    out = extract_text(ref, tmp_path, CIS + body, "1991-12-21")
    assert "Georgia" not in {a["country"] for a in out["attendees"] if a["status"] == "attended"}


AU = ("ADDIS ABABA, May 25 - African heads of state ended the summit of the African Union in Addis Ababa "
      "today.\n\n")


@pytest.mark.parametrize("body", [
    "Morocco stayed away because Mauritania, whose territory King Hassan claims, had been invited.",
    "Morocco boycotted the meeting since Mauritania, whose land King Hassan covets, was invited as a member.",
])
def test_king_named_in_the_reason_of_a_boycott(ref, tmp_path, body):
    out = extract_text(ref, tmp_path, AU + body, "1963-05-25")
    assert not any(a["person"] == "Hassan II of Morocco" and a["status"] != "absent" for a in out["attendees"])


@pytest.mark.parametrize("body", [
    "Mr. Xi did not deliver his address at the business forum; Commerce Minister Wang Wentao read it out on his behalf.",
    "Mr. Xi skipped the forum on Tuesday, and Wang Wentao, his commerce minister, delivered the speech on his behalf.",
])
def test_stand_in_takes_the_state_of_the_one_he_acts_for(ref, tmp_path, body):
    lede = ("JOHANNESBURG, August 24 - BRICS leaders ended their summit in Johannesburg on Thursday. "
            "Chinese President Xi Jinping attended the summit.\n\n")
    found = attendee_set(extract_text(ref, tmp_path, lede + body, "2023-08-24"))
    assert any(p == "Wang Wentao" and c == "China" for p, c, _ in found)
