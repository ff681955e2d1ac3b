"""Round 33 (A2): absences, stand-ins and other occasions read from one person's clause (invented articles).

Families: a sender of an official named by office first, a subject with a long aside before a shared negated arrival,
a 'whose' aside before 'did not travel', a represented leader in a second clause, a capital for its state, the host
in an appositive, an attendance told in a relative clause; and false hits: a time clause, another trip, a past
signing in another month, a meeting in another city, a trip after the summit.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

_ARAB = ("Arab summit\n\nArab League leaders opened their summit in Nouakchott on Monday. ", "2016-07-26")
_CIS = ("CIS summit\n\nThe CIS summit opened in Minsk on Friday. ", "2013-10-25")
_ASEAN = ("ASEAN summit\n\nThe ASEAN summit opened in Jakarta on Tuesday. ", "2023-09-05")
_NATO = ("NATO summit\n\nNATO leaders met in Vilnius on Tuesday. ", "2023-07-12")
_AU = ("AU summit\n\nThe African Union summit opened in Addis Ababa on Sunday. ", "2011-07-01")


def _run(ref, tmp_path, frame: tuple[str, str], sentence: str) -> dict:
    return extract_text(ref, tmp_path, frame[0] + sentence + "\n", frame[1])


def _stand_ins(out: dict) -> set[str]:
    return {a["person"] for a in out["attendees"] if a.get("capacity") == "stand_in"}


# --- a sender of an official named after his office and a comma ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "absent", "helper"), [
    ("Algeria's ailing President Abdelaziz Bouteflika sent the speaker of the upper house of parliament, "
     "Abdelkader Bensalah.", "Abdelaziz Bouteflika", "Abdelkader Bensalah"),
    ("Egypt's President Abdel Fattah al-Sisi sent the head of his cabinet office, Sameh Shoukry.",
     "Abdel Fattah el-Sisi", "Sameh Shoukry"),
    ("Egypt's President Abdel Fattah al-Sisi sent his foreign minister, Sameh Shoukry, to the summit.",
     "Abdel Fattah el-Sisi", "Sameh Shoukry"),
])
def test_a_sender_of_an_official_named_by_office(ref, tmp_path, sentence, absent, helper):
    out = _run(ref, tmp_path, _ARAB, sentence)
    got = {(a[0], a[2]) for a in attendee_set(out)}
    assert (absent, "absent") in got
    assert helper in _stand_ins(out)


def test_a_sender_attending_himself_stays_attended(ref, tmp_path):
    out = _run(ref, tmp_path, _ARAB, "Egypt's President Abdel Fattah al-Sisi attended and thanked the host, "
                                     "Mohamed Ould Abdel Aziz.")
    assert ("Abdel Fattah el-Sisi", "attended") in {(a[0], a[2]) for a in attendee_set(out)}


# --- an absence shared across a long aside -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Azerbaijani President Ilham Aliyev, who was re-elected earlier this month, and Uzbek President Islam Karimov "
    "did not come to Minsk.",
    "Azerbaijani President Ilham Aliyev, who faces protests at home, and Uzbek President Islam Karimov stayed away.",
])
def test_an_absence_shared_across_an_aside(ref, tmp_path, sentence):
    got = {(a[0], a[2]) for a in attendee_set(_run(ref, tmp_path, _CIS, sentence))}
    assert {("Ilham Aliyev", "absent"), ("Islam Karimov", "absent")} <= got


def test_an_aside_before_a_shared_attendance_stays_attended(ref, tmp_path):
    got = {(a[0], a[2]) for a in attendee_set(_run(ref, tmp_path, _CIS, (
        "Azerbaijani President Ilham Aliyev, who was re-elected earlier this month, and Uzbek President Islam Karimov "
        "attended the talks in Minsk.")))}
    assert ("Ilham Aliyev", "absent") not in got


@pytest.mark.parametrize(("sentence", "status"), [
    ("Russian President Vladimir Putin, whose attendance Jakarta had kept open for weeks despite pressure to "
     "disinvite him, did not travel to the venue.", "absent"),
    ("Russian President Vladimir Putin, whose plane was delayed, did not come to Jakarta.", "absent"),
    # a sub-meeting missed, then joined: no absence
    ("Russian President Vladimir Putin, whose arrival was delayed, did not attend the narrow-format meeting and "
     "joined the others later.", "attended"),
])
def test_a_whose_aside_before_a_negated_trip(ref, tmp_path, sentence, status):
    assert ("Vladimir Putin", "Russia", status) in attendee_set(_run(ref, tmp_path, _ASEAN, sentence))


# --- a represented leader in a second clause -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Egypt's President Abdel Fattah al-Sisi stayed away and sent Prime Minister Sherif Ismail, while Bahrain's King "
    "Hamad was represented by Prime Minister Khalifa bin Salman.",
    "Egypt's President Abdel Fattah al-Sisi sent Prime Minister Sherif Ismail, and Bahrain's King Hamad was "
    "represented by Prime Minister Khalifa bin Salman.",
])
def test_a_represented_leader_in_a_second_clause(ref, tmp_path, sentence):
    out = _run(ref, tmp_path, _ARAB, sentence)
    got = {(a[0], a[2]) for a in attendee_set(out)}
    assert ("Hamad bin Isa Al Khalifa", "absent") in got
    assert "Khalifa bin Salman Al Khalifa" in _stand_ins(out)


# --- a capital for its state ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "country"), [
    ("Seoul was represented by national security adviser Cho Tae-yong.", "South Korea"),
    ("Tokyo was represented by senior adviser Kenji Tanabe.", "Japan"),
])
def test_a_capital_represented_by_an_official(ref, tmp_path, sentence, country):
    out = _run(ref, tmp_path, _NATO, sentence)
    assert any(a["country"] == country and a.get("capacity") == "stand_in" for a in out["attendees"])


def test_a_capital_that_is_the_venue_lends_no_state(ref, tmp_path):
    out = _run(ref, tmp_path, _NATO, "The alliance was represented by its deputy head, Mircea Geoana, in Vilnius.")
    assert not any(a["country"] == "Lithuania" and a["person"] == "Mircea Geoană" for a in out["attendees"])


# --- the host in an appositive -------------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["Mohamed Ould Tamba", "Ahmed Ould Sidi"])
def test_the_host_keeps_the_host_country(ref, tmp_path, host):
    out = _run(ref, tmp_path, _ARAB, f"The host, President {host}, welcomed Sudanese President Omar al-Bashir, "
                                     "Yemen's President Abd Rabbuh Mansur Hadi and others.")
    people = {a[0]: a[1] for a in attendee_set(out)}
    assert people.get(host) == "Mauritania"
    assert people.get("Omar al-Bashir") == "Sudan"


# --- an attendance told in a relative clause -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "status"), [
    ("U.N. Secretary-General Ban Ki-moon, who addressed the opening session, was expected to witness any signing.",
     "attended"),
    ("U.N. Secretary-General Ban Ki-moon, who chaired the summit's first session, was expected to sign as a witness.",
     "attended"),
    ("U.N. Secretary-General Ban Ki-moon, who attended the summit's opening session, is expected to stay until "
     "Monday.", "attended"),
    ("U.N. Secretary-General Ban Ki-moon, who visited Kenya last week, was expected to witness any signing.",
     "expected"),
])
def test_an_attendance_told_in_a_relative_clause(ref, tmp_path, sentence, status):
    assert ("Ban Ki-moon", "United Nations", status) in attendee_set(_run(ref, tmp_path, _AU, sentence))


# --- false hits: another occasion ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "sentence", "person"), [
    (_AU, "Mr Museveni arrived in Addis Ababa days after opposition leader Kizza Besigye agreed to join a unity "
          "government.", "Kizza Besigye"),
    (_AU, "Mr Museveni arrived in Addis Ababa shortly after opposition leader Kizza Besigye agreed to join the "
          "cabinet.", "Kizza Besigye"),
    (_ASEAN, "President Joko Widodo cut short a visit to Cairo, where he had been attending a meeting of Islamic "
             "states.", "Joko Widodo"),
    (_CIS, "A joint statement was signed by Putin and Chinese President Xi Jinping in Beijing in May.", "Xi Jinping"),
    (_NATO, "The deal came when the envoy travelled to Belgrade with Finnish President Sauli Niinisto to meet Vucic.",
     "Sauli Niinistö"),
    (_ASEAN, "Also on Monday, the host met in Bali with South African President Cyril Ramaphosa and Nigerian "
             "President Bola Tinubu, on the eve of the summit.", "Bola Tinubu"),
    (_ASEAN, "Timor-Leste Foreign Minister Bendito Freitas is also in Jakarta for talks with ASEAN foreign ministers "
             "on membership.", "Bendito Freitas"),
    (_ARAB, "The talks came weeks after Syrian opposition leader Riad Hijab agreed to a truce.", "Riad Hijab"),
    (_ASEAN, "Xi will also travel to Hanoi for a state visit after ASEAN.", "Xi Jinping"),
    (_CIS, "Later on Friday the heads of state, joined by President of Tajikistan Emomali Rahmon, were to hold an "
           "informal meeting of the Collective Security Treaty Organization.", "Emomali Rahmon"),
    (_CIS, "Afterwards the presidents, joined by Armenian President Serzh Sargsyan, were to hold a meeting of the "
           "Eurasian Economic Union.", "Serzh Sargsyan"),
])
def test_a_person_named_for_another_occasion(ref, tmp_path, frame, sentence, person):
    assert person not in {a[0] for a in attendee_set(_run(ref, tmp_path, frame, sentence))}


@pytest.mark.parametrize(("frame", "sentence", "person"), [
    # a head of state acting 'hours after' the opening may be there
    (_NATO, "Stoltenberg opened the meeting hours after Turkish President Recep Tayyip Erdogan agreed to send the "
            "protocol to parliament.", "Recep Tayyip Erdoğan"),
    # a trip to the venue itself
    (_NATO, "Stoltenberg travelled to Vilnius with Finnish President Sauli Niinisto on Monday.", "Sauli Niinistö"),
    # the summit's own body after 'a meeting of'
    (_CIS, "Later on Friday the heads of state, joined by President of Tajikistan Emomali Rahmon, were to hold an "
           "informal meeting of the Commonwealth of Independent States.", "Emomali Rahmon"),
    # the summit's own leaders holding a side meeting of another group
    (_CIS, "On the sidelines, Russian President Vladimir Putin and Kazakh President Nursultan Nazarbayev held a "
           "separate meeting of the Eurasian Economic Union.", "Nursultan Nazarbayev"),
    # a minister at the summit itself, not at ministers' talks
    (_ASEAN, "Timor-Leste Foreign Minister Bendito Freitas attended the summit as an observer.", "Bendito Freitas"),
    # a signing in the summit's own month
    (_CIS, "The declaration was signed by Russian President Vladimir Putin in Minsk in October.", "Vladimir Putin"),
])
def test_the_summit_occasion_stays(ref, tmp_path, frame, sentence, person):
    assert person in {a[0] for a in attendee_set(_run(ref, tmp_path, frame, sentence))}


def test_a_trip_after_the_summit_keeps_an_attendance(ref, tmp_path):
    out = _run(ref, tmp_path, _ASEAN, "Chinese Premier Li Qiang attended the summit. Li will also travel to Hanoi "
                                      "for a state visit after the summit.")
    assert ("Li Qiang", "China", "attended") in attendee_set(out)


# --- organisation officials under their organisation ---------------------------------------------------------------

@pytest.mark.parametrize(("frame", "sentence", "person", "org", "status"), [
    (("Eurasian summit\n\nThe Eurasian Economic Union summit opened in Moscow on Tuesday. ", "2015-12-22"),
     "Chairman of the Board of the Eurasian Economic Commission Viktor Khristenko attended the meeting.",
     "Viktor Khristenko", "Eurasian Economic Union", "attended"),
    (("G20 summit\n\nThe G20 summit opened in Rio de Janeiro on Monday. ", "2024-11-18"),
     "European Commission President Ursula von der Leyen attended the summit.", "Ursula von der Leyen",
     "European Union", "attended"),
    (("G20 summit\n\nThe G20 summit opens in Rio de Janeiro next week. ", "2024-11-12"),
     "The European Union will be represented by Ursula von der Leyen, the outgoing president of the European "
     "Commission.", "Ursula von der Leyen", "European Union", "expected"),
])
def test_an_organ_official_counts_under_the_organisation(ref, tmp_path, frame, sentence, person, org, status):
    out = _run(ref, tmp_path, frame, sentence)
    assert (person, org, status) in attendee_set(out)
    assert person not in _stand_ins(out)
