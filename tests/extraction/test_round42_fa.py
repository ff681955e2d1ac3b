"""Round 42 (FA): false or mis-statused attendees, and people missed inside long formal lists.

Each family on small invented articles (published Wednesday 27 November 2024): a person's name that is a piece of
a venue's name, an office ended by a country before a long name, a plan to send a stand-in that was overturned,
and a group of countries told in a history of the series.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text


def _attendees(ref, tmp_path, body: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, body))


def _countries(ref, tmp_path, body: str) -> set[str]:
    return {a["country"] for a in extract_text(ref, tmp_path, body)["attendees"]}


# --- a name that is a piece of a venue's name names no one present -------------------------------------------------

_GULF = ("Gulf leaders meet\n\n"
         "RIYADH, Nov 27 (Dune Wire) - Gulf Cooperation Council leaders opened their summit in Riyadh on Wednesday.\n\n")
_ARAB = ("Arab leaders gather\n\n"
         "CAIRO, Nov 27 (Nile Wire) - Arab League leaders opened their summit in Cairo on Wednesday.\n\n")


@pytest.mark.parametrize(("lede", "line", "name"), [
    # the venue's head is a stop word the name's run stops at ('Centre')
    (_GULF, "The summit, chaired by King Salman, was held at the King Fahd Cultural Centre in the diplomatic quarter.",
     "Fahd"),
    # a living leader's name inside the venue's: no attendance of his
    (_GULF, "The leaders attended a dinner at the Sheikh Mohamed bin Zayed Convention Centre on Wednesday evening.",
     "Mohamed bin Zayed"),
    # a long venue name, its head after stop words ('International Conference Center')
    (_ARAB, "The leaders attended the session at the President Gamal Abdel Nasser International Conference Center.",
     "Nasser"),
    # the venue in lower case after 'the'
    (_ARAB, "The leaders attended the opening session at the King Abdullah II convention centre by the Nile.",
     "Abdullah"),
])
def test_a_name_inside_a_venues_name_is_no_attendee(ref, tmp_path, lede, line, name):
    assert not any(p and name in p for p, _, _ in _attendees(ref, tmp_path, lede + line + "\n"))


@pytest.mark.parametrize(("lede", "line", "who"), [
    # the host named before the venue attends; the venue's own name is plain
    ("African leaders meet\n\nNAIROBI, Nov 27 (Savanna Wire) - African Union leaders opened their summit in Nairobi "
     "on Wednesday.\n\n", "The summit, hosted by President William Ruto at the Kenyatta International Convention "
     "Centre, drew about 40 heads of state.", ("William Ruto", "Kenya", "attended")),
    ("Regional leaders meet\n\nNEW DELHI, Nov 27 (Ganga Wire) - SAARC leaders opened their summit in New Delhi on "
     "Wednesday.\n\n", "Indian Prime Minister Narendra Modi attended the summit at the Bharat Mandapam convention "
     "centre.", ("Narendra Modi", "India", "attended")),
    ("Arab leaders gather\n\nAMMAN, Nov 27 (Cedar Wire) - Arab League leaders opened their summit in Amman on "
     "Wednesday.\n\n", "Jordan's King Abdullah attended the summit's session at the convention centre on the Dead Sea "
     "coast.", ("Abdullah II of Jordan", "Jordan", "attended")),
])
def test_a_person_near_a_venue_still_attends(ref, tmp_path, lede, line, who):
    assert who in _attendees(ref, tmp_path, lede + line + "\n")


# --- 'Prime Minister of Nepal X Y Z': the office ends with the country, the run after it is the whole name ------------

@pytest.mark.parametrize(("lede", "line", "who"), [
    ("Regional leaders meet\n\nNEW DELHI, Nov 27 (Ganga Wire) - BIMSTEC leaders opened their summit in New Delhi on "
     "Wednesday.\n\n", "Prime Minister of India Narendra Modi, Prime Minister of Nepal Khadga Prasad Sharma Oli and "
     "President of Sri Lanka Anura Kumara Dissanayake took part in the meeting.", ("KP Sharma Oli", "Nepal", "attended")),
    ("Regional leaders meet\n\nVIENTIANE, Nov 27 (Mekong Wire) - ASEAN leaders opened their summit in Vientiane on "
     "Wednesday.\n\n", "President of Indonesia Prabowo Subianto and Prime Minister of Vietnam Pham Minh Chinh attended "
     "the session.", ("Phạm Minh Chính", "Vietnam", "attended")),
])
def test_a_three_word_name_after_minister_of_a_country_is_whole(ref, tmp_path, lede, line, who):
    assert who in _attendees(ref, tmp_path, lede + line + "\n")


@pytest.mark.parametrize(("line", "who"), [
    # two-word and four-word names after the country, as before
    ("The meeting was attended by President of Mexico Claudia Sheinbaum Pardo and President of Chile Gabriel Boric.",
     ("Claudia Sheinbaum", "Mexico", "attended")),
    ("The meeting was attended by President of Mexico Claudia Sheinbaum Pardo and President of Chile Gabriel Boric.",
     ("Gabriel Boric", "Chile", "attended")),
])
def test_names_after_a_country_office_as_before(ref, tmp_path, line, who):
    lede = ("Regional leaders meet\n\nLIMA, Nov 27 (Andes Wire) - APEC leaders opened their summit in Lima on "
            "Wednesday.\n\n")
    assert who in _attendees(ref, tmp_path, lede + line + "\n")


# --- a plan to send a stand-in, overturned later in the sentence ------------------------------------------------------

_ROME = ("Allies gather in Rome\n\n"
         "ROME, Nov 27 (Tiber Wire) - NATO leaders will meet in Rome on Thursday for a two-day summit.\n\n")


@pytest.mark.parametrize(("line", "leader", "deputy"), [
    ("German Chancellor Olaf Scholz had at one point been expected to send Foreign Minister Annalena Baerbock in his "
     "place, but Berlin said on Tuesday he would make the trip himself.",
     ("Olaf Scholz", "Germany", "expected"), "Annalena Baerbock"),
    ("Polish President Andrzej Duda had originally planned to send Prime Minister Donald Tusk, but his office said he "
     "had decided to attend after all.", ("Andrzej Duda", "Poland", "expected"), "Donald Tusk"),
    ("Turkish President Recep Tayyip Erdogan was initially expected to dispatch Vice President Cevdet Yilmaz, though "
     "Ankara now says he will attend in person.", ("Recep Tayyip Erdoğan", "Turkey", "expected"), "Cevdet Yılmaz"),
])
def test_an_overturned_plan_to_send_a_stand_in(ref, tmp_path, line, leader, deputy):
    got = _attendees(ref, tmp_path, _ROME + line + "\n")
    assert leader in got
    assert not any(p == deputy for p, _, _ in got)


@pytest.mark.parametrize(("line", "leader", "deputy"), [
    # sent now, or a plan never overturned: the stand-in stands in
    ("German Chancellor Olaf Scholz is sending Foreign Minister Annalena Baerbock in his place, officials said.",
     ("Olaf Scholz", "Germany", "absent"), ("Annalena Baerbock", "Germany", "expected")),
    ("German Chancellor Olaf Scholz had been expected to send Foreign Minister Annalena Baerbock in his place, "
     "officials said.", ("Olaf Scholz", "Germany", "absent"), ("Annalena Baerbock", "Germany", "expected")),
    # the plan overturned is the leader's own trip: the sending stands
    ("Polish President Andrzej Duda had planned to attend himself, but will send Prime Minister Donald Tusk instead "
     "because of a crisis at home.", ("Andrzej Duda", "Poland", "absent"), ("Donald Tusk", "Poland", "expected")),
])
def test_a_stand_in_sent_stays_one(ref, tmp_path, line, leader, deputy):
    got = _attendees(ref, tmp_path, _ROME + line + "\n")
    assert leader in got and deputy in got


# --- a group of countries told in a history of the series gives no attendance now ------------------------------------

_MERCOSUR = ("Bloc leaders meet\n\n"
             "MONTEVIDEO, Nov 27 (Plata Wire) - Mercosur leaders opened their summit in Montevideo on Wednesday.\n\n")


@pytest.mark.parametrize("line", [
    "This is the twentieth such gathering since a Peruvian president invited the leaders of Argentina, Brazil and "
    "Paraguay to a hacienda near Cusco in May 1979.",
    "The bloc traces its summits to 1989, when the host convened the presidents of Argentina, Brazil and Paraguay "
    "at a ranch.",
    "Back in 1989, the presidents of Argentina, Brazil and Paraguay gathered on an island for the first such summit.",
])
def test_a_group_in_the_series_history_is_not_here(ref, tmp_path, line):
    assert not _countries(ref, tmp_path, _MERCOSUR + line + "\n") & {"Argentina", "Brazil", "Paraguay"}


@pytest.mark.parametrize("line", [
    "The presidents of Argentina, Brazil and Paraguay arrived on Tuesday evening for the summit.",
    # 'the first ... since 2019': this meeting, after a gap
    "The presidents of Argentina, Brazil and Paraguay gathered for the first time since 2019, officials said.",
    # the date is a relative clause's, or another meeting's measured against this one
    "The presidents of Argentina, Brazil and Paraguay, who first met in 1989, attended the opening session of the "
    "summit.",
    "The presidents of Argentina, Brazil and Paraguay attended the summit, a year after they met in Quito in 2023.",
])
def test_a_group_at_this_summit_attends(ref, tmp_path, line):
    assert {"Argentina", "Brazil", "Paraguay"} <= _countries(ref, tmp_path, _MERCOSUR + line + "\n")
