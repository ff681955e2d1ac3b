"""Round 40 (AS): attendance status, absences, stand-ins and false hits, on small invented articles.

Families: an absence only hoped, feared, threatened or nearly taken is no absence, and the leader's own act of
presence decides; joining by video told by a pronoun after a cancelled trip; an absence told by place ('is not in
<host city>', 'stayed behind in <elsewhere>'); a departure from the host city is presence, not an absence; a stand-in
takes the country of the leader stood in for, and 'X was represented by its President' binds to X; no attendance for
one left off the guest list or whose request to take part was denied.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

# published Wednesday 27 November 2024; each summit met on Monday and Tuesday (a report) or meets at the weekend
_FRAMES = {
    "cis": "CIS leaders meet in Minsk\n\nLeaders of the Commonwealth of Independent States met in Minsk on Monday and "
           "Tuesday for their annual summit.\n\n",
    "g20": "G20 leaders head to Brisbane\n\nLeaders of the G20 will meet in Brisbane on Saturday and Sunday for their "
           "annual summit.\n\n",
    "brics": "BRICS summit in Kazan\n\nBRICS leaders met in Kazan on Monday and Tuesday for their annual summit.\n\n",
    "au": "AU summit in Banjul\n\nAfrican Union leaders met in Banjul on Monday and Tuesday for their annual summit.\n\n",
    "sco": "SCO summit in Bishkek\n\nLeaders of the Shanghai Cooperation Organisation met in Bishkek on Monday and "
           "Tuesday for their annual summit.\n\n",
    "g7": "G7 summit in Munich\n\nLeaders of the Group of Seven met in Munich on Monday and Tuesday for their annual "
          "summit.\n\n",
}


def _got(ref, tmp_path, frame: str, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    out = extract_text(ref, tmp_path, _FRAMES[frame] + text + "\n")
    return {a["person"]: (a["status"], a["country"], a["mode"]) for a in out["attendees"] if a["person"]}


def _countries(ref, tmp_path, frame: str, text: str) -> set[str]:
    out = extract_text(ref, tmp_path, _FRAMES[frame] + text + "\n")
    return {a["country"] for a in out["attendees"] if a["status"] != "absent"}


# --- a hedged absence: the act of presence decides; a near miss tells presence; a hedge alone tells nothing ----------

@pytest.mark.parametrize(("frame", "text", "who", "status"), [
    ("cis", "Georgian President Levan Abashidze flew in on Tuesday despite speculation that he would boycott the "
            "meeting.", "Levan Abashidze", "attended"),
    ("g20", "Georgian President Levan Abashidze will fly in on Saturday despite speculation that he would boycott the "
            "meeting.", "Levan Abashidze", "expected"),
    ("cis", "Uzbek President Timur Aliev ignored calls at home to boycott the summit and spoke at the opening session.",
     "Timur Aliev", "attended"),
    ("cis", "Moldovan President Ion Rusu nearly stayed away.", "Ion Rusu", "attended"),
    ("cis", "Estonian Prime Minister Kaja Tamm almost cancelled her trip over a strike at home.", "Kaja Tamm",
     "attended"),
    ("cis", "Latvian President Ilze Kalnina very nearly skipped the summit after the row over transit fees.",
     "Ilze Kalnina", "attended"),
])
def test_a_hedged_absence_yields_to_presence(ref, tmp_path, frame, text, who, status):
    assert _got(ref, tmp_path, frame, text).get(who, ("",))[0] == status


@pytest.mark.parametrize("text", [
    "The opposition had urged Ukrainian President Taras Bondar to boycott the meeting.",
    "Kazakh President Nurlan Abenov dismissed reports that he would skip the gathering.",
    "Critics pressed Armenian Prime Minister Aram Petrosyan to stay away from the summit.",
])
def test_a_hedge_alone_makes_no_absence(ref, tmp_path, text):
    assert all(v[0] != "absent" for v in _got(ref, tmp_path, "cis", text).values())


@pytest.mark.parametrize("text", [
    "Georgian President Levan Abashidze boycotted the meeting, as he had threatened to.",
    "Georgian President Levan Abashidze stayed away, confirming speculation that he would boycott the meeting.",
    "Georgian President Levan Abashidze, who had threatened to boycott the summit, stayed away.",
    "Georgian President Levan Abashidze did not come.",
])
def test_an_absence_told_as_a_fact_stands(ref, tmp_path, text):
    assert _got(ref, tmp_path, "cis", text).get("Levan Abashidze", ("",))[0] == "absent"


@pytest.mark.parametrize("text", [
    "Georgian officials reported that President Levan Abashidze would skip the summit.",
    "Reports that Georgian President Levan Abashidze will skip the summit were confirmed on Monday.",
])
def test_a_report_of_the_absence_itself_is_no_hedge(ref, tmp_path, text):
    assert _got(ref, tmp_path, "g20", text).get("Levan Abashidze", ("",))[0] == "absent"


# --- joining by video after a cancelled trip, told by a pronoun -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brazilian President Joao Ferreira called off his trip to Russia after a fall. He joined the talks by video link.",
    "Brazilian President Joao Ferreira cancelled his visit on medical advice. He addressed his fellow leaders via video "
    "link on Tuesday.",
    "Brazilian President Joao Ferreira did not travel to Kazan because of a cold. She took part in the plenary session "
    "virtually.",
    "Brazilian President Joao Ferreira called off his trip to Kazan. Instead, he spoke to the leaders by video.",
    "Brazilian President Joao Ferreira cancelled his trip on medical advice. He addressed the leaders by video link, "
    "while his foreign minister, Paulo Mendes, headed the delegation in Kazan.",
])
def test_a_video_link_after_a_cancelled_trip_is_virtual_attendance(ref, tmp_path, text):
    assert _got(ref, tmp_path, "brics", text).get("Joao Ferreira") == ("attended", "Brazil", "virtual")


@pytest.mark.parametrize("text", [
    "Brazilian President Joao Ferreira cancelled his trip to Kazan. He said he hoped to join by video.",
    "Brazilian President Joao Ferreira cancelled his trip to Kazan. He spoke to the host by telephone on Monday.",
])
def test_no_video_attendance_without_a_video_act(ref, tmp_path, text):
    assert _got(ref, tmp_path, "brics", text).get("Joao Ferreira", ("",))[0] == "absent"


# --- an absence told by place -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "text", "who"), [
    ("sco", "Pakistani Prime Minister Imran Qadir is not in Bishkek.", "Imran Qadir"),
    ("sco", "Pakistani Prime Minister Imran Qadir was not in Bishkek: he was campaigning at home.", "Imran Qadir"),
    ("cis", "Azerbaijani President Rauf Mammadov was not in Minsk for the talks.", "Rauf Mammadov"),
    ("g20", "Canadian Prime Minister Mark Leblanc will not be in Brisbane, his office said.", "Mark Leblanc"),
    ("cis", "Hungarian Prime Minister Laszlo Nagy stayed behind in Geneva to handle the budget crisis.",
     "Laszlo Nagy"),
    ("sco", "Mongolia's head of state, President Batbayar Ganbold, is not in Bishkek, officials said.",
     "Batbayar Ganbold"),
    ("sco", "Indian Prime Minister Vikram Rao, who has never attended an SCO summit, was in New Delhi.", "Vikram Rao"),
    ("cis", "The Armenian prime minister, Aram Petrosyan, campaigning for a snap election and still recovering from a "
            "heart operation last autumn, is staying behind in Yerevan.", "Aram Petrosyan"),
])
def test_a_leader_elsewhere_is_absent(ref, tmp_path, frame, text, who):
    assert _got(ref, tmp_path, frame, text).get(who, ("",))[0] == "absent"


@pytest.mark.parametrize(("frame", "text", "who"), [
    ("cis", "Kazakh President Nurlan Abenov stayed in Minsk after the summit for a state visit.", "Nurlan Abenov"),
    ("cis", "Kazakh President Nurlan Abenov stayed in Paris on his way to the summit.", "Nurlan Abenov"),
    ("cis", "Kazakh President Nurlan Abenov stayed in Moscow for two days of talks before flying on to Minsk.",
     "Nurlan Abenov"),
    ("cis", "Latvian President Ilze Kalnina stayed in Riga last year during the summit.", "Ilze Kalnina"),
    ("sco", "Indian Prime Minister Vikram Rao was in New Delhi on Monday and flew to Bishkek on Tuesday.", "Vikram Rao"),
    ("sco", "Kazakh President Nurlan Abenov was in Astana last week for talks with the visiting Chinese premier.",
     "Nurlan Abenov"),
    ("g20", "Canadian Prime Minister Mark Leblanc is not in Brisbane to lecture anyone, his office said.",
     "Mark Leblanc"),
    # one who is no head of state or government
    ("g7", "IMF managing director Pierre Dumont is not in Munich and has made no promise.", "Pierre Dumont"),
])
def test_a_stay_that_is_no_absence(ref, tmp_path, frame, text, who):
    assert _got(ref, tmp_path, frame, text).get(who, ("",))[0] != "absent"


def test_the_stay_is_its_own_subjects(ref, tmp_path):
    text = ("Ukrainian Prime Minister Viktor Borysenko, the candidate backed by President Taras Bondar, was not in Minsk; "
            "he was campaigning in the east.")
    got = _got(ref, tmp_path, "cis", text)
    assert got.get("Viktor Borysenko", ("",))[0] == "absent"
    assert got.get("Taras Bondar", ("",))[0] != "absent"
    text = ("Two observers came in person: Iranian President Reza Karimi and Mongolian President Bat Erdene all came, "
            "while Latvia, whose president Ilze Kalnina stayed in Riga, sent its foreign minister.")
    got = _got(ref, tmp_path, "cis", text)
    assert got.get("Reza Karimi", ("",))[0] == "attended"
    assert got.get("Ilze Kalnina", ("",))[0] == "absent"


def test_a_second_head_staying_home_while_the_first_attends_is_no_absence(ref, tmp_path):
    text = ("Russian President Boris Orlov arrived in Minsk on Monday. Russian Prime Minister Pavel Lebedev is staying behind "
            "in Moscow to manage the crisis, officials said.")
    got = _got(ref, tmp_path, "cis", text)
    assert got.get("Boris Orlov", ("",))[0] == "attended"
    assert got.get("Pavel Lebedev", ("",))[0] != "absent"


# --- a departure from the host city is presence ------------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "text", "who", "status"), [
    ("brics", "Indian Prime Minister Vikram Rao left Kazan late on Monday; at Tuesday's session India was represented "
              "by Foreign Minister Arjun Mehta.", "Vikram Rao", "attended"),
    ("brics", "Egyptian President Hassan Fahmy departed Kazan after the first day.", "Hassan Fahmy", "attended"),
    ("brics", "Egyptian President Hassan Fahmy left the summit early to deal with a crisis at home.", "Hassan Fahmy",
     "attended"),
    ("brics", "Egyptian President Hassan Fahmy flew home from Kazan on Tuesday.", "Hassan Fahmy", "attended"),
    ("g20", "Canadian Prime Minister Mark Leblanc will leave Brisbane on Sunday evening for a state visit to Japan.",
     "Mark Leblanc", "expected"),
])
def test_a_departure_from_the_host_city_is_presence(ref, tmp_path, frame, text, who, status):
    assert _got(ref, tmp_path, frame, text).get(who, ("",))[0] == status


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Vikram Rao left for Washington on Sunday, skipping the summit; Foreign Minister Arjun Mehta "
    "represented India.",
    "Indian Prime Minister Vikram Rao had left Kazan by the time the leaders sat down on Monday.",
    "Indian Prime Minister Vikram Rao left Kazan in 2015 after a state visit.",
])
def test_a_departure_before_or_elsewhere_is_no_presence(ref, tmp_path, text):
    assert _got(ref, tmp_path, "brics", text).get("Vikram Rao", ("",))[0] != "attended"


# --- a stand-in takes the country of the leader stood in for ---------------------------------------------------------

@pytest.mark.parametrize(("frame", "text", "who", "country"), [
    ("au", "Kenya's President Daniel Mwangi did not make the trip; he was represented by Vice President Peter Otieno.",
     "Peter Otieno", "Kenya"),
    ("g20", "Argentina's President Lucia Fernandez, recovering from surgery, will not travel; Economy Minister Pablo "
            "Ruiz is taking her place.", "Pablo Ruiz", "Argentina"),
    ("g20", "Chile's President Ana Soto will skip the summit. Foreign Minister Carlos Vera is standing in for her.",
     "Carlos Vera", "Chile"),
    ("g20", "Peru's President Jorge Salas will not attend; Vice President Rosa Quispe will deputise for him.",
     "Rosa Quispe", "Peru"),
    ("au", "Ghana's President Kwame Mensah stayed at home; in his stead, Vice President Kofi Boateng led the delegation.",
     "Kofi Boateng", "Ghana"),
])
def test_a_stand_in_takes_the_represented_leaders_country(ref, tmp_path, frame, text, who, country):
    got = _got(ref, tmp_path, frame, text)
    assert got.get(who, ("", None))[1] == country


@pytest.mark.parametrize(("text", "who", "country", "status"), [
    ("Mongolia's head of state, President Batbayar Ganbold, is not in Bishkek; the Mongolian delegation is headed "
     "instead by Foreign Minister Oyun Bold.", "Oyun Bold", "Mongolia", "attended"),
    ("Pakistani Prime Minister Imran Qadir will not travel; the Pakistani team will be led in his place by Foreign "
     "Minister Bilal Shah.", "Bilal Shah", "Pakistan", "expected"),
])
def test_a_delegation_led_instead_by_a_stand_in(ref, tmp_path, text, who, country, status):
    assert _got(ref, tmp_path, "sco", text).get(who, ("", None))[:2] == (status, country)


def test_a_seat_taken_is_no_stand_in(ref, tmp_path):
    got = _got(ref, tmp_path, "g20", "Japanese Prime Minister Kenji Sato will take his place at the table beside the host.")
    assert got.get("Kenji Sato") == ("expected", "Japan", "in_person")


@pytest.mark.parametrize(("text", "who", "country", "not_there"), [
    ("The Sahrawi Republic, whose admission in 1984 led Morocco to walk out of the body, was represented by its "
     "President, Brahim Salek.", "Brahim Salek", "Sahrawi Arab Democratic Republic", "Morocco"),
    ("Palestine, which Israel does not recognise, was represented by its Prime Minister, Omar Haddad.", "Omar Haddad",
     "Palestine", "Israel"),
])
def test_its_office_holder_is_of_the_passives_subject(ref, tmp_path, text, who, country, not_there):
    assert _got(ref, tmp_path, "au", text).get(who, ("", None))[1] == country
    assert not_there not in _countries(ref, tmp_path, "au", text)


def test_its_office_alone_is_of_the_passives_subject(ref, tmp_path):
    text = "Palestine, which Israel does not recognise, was represented by its prime minister."
    assert _countries(ref, tmp_path, "au", text) == {"Palestine"}


# --- no attendance: off the guest list, a request to take part denied --------------------------------------------------

@pytest.mark.parametrize(("frame", "text", "who"), [
    ("g20", "Ukraine's President Taras Bondar, whose country is at war with Russia, is not on the guest list.",
     "Taras Bondar"),
    ("g20", "Syrian President Bashar Haddad has been left off the guest list.", "Bashar Haddad"),
    ("g7", "Bosnian President Alen Hadzic, who had asked to address the leaders by telephone, was not allowed to.",
     "Alen Hadzic"),
    ("g7", "Bosnian President Alen Hadzic had sought to speak to the summit by video link, but the request was turned "
           "down.", "Alen Hadzic"),
    ("g7", "Bosnian President Alen Hadzic asked to join the talks but was refused.", "Alen Hadzic"),
    ("g7", "Alen Hadzic, the Bosnian president, who had asked to speak to the summit by video, was not allowed to.",
     "Alen Hadzic"),
    ("g7", "Ukrainian President Taras Bondar was refused permission to attend the summit.", "Taras Bondar"),
])
def test_one_left_out_is_no_attendee(ref, tmp_path, frame, text, who):
    assert who not in _got(ref, tmp_path, frame, text)


@pytest.mark.parametrize(("frame", "text", "who", "status"), [
    ("g20", "Ukraine's President Taras Bondar is on the guest list.", "Taras Bondar", "expected"),
    ("g7", "Bosnian President Alen Hadzic, who had asked to address the leaders, was allowed to speak on Tuesday.",
     "Alen Hadzic", "attended"),
    ("g7", "Bosnian President Alen Hadzic asked to address the leaders and spoke for ten minutes.", "Alen Hadzic",
     "attended"),
])
def test_one_let_in_stays_an_attendee(ref, tmp_path, frame, text, who, status):
    assert _got(ref, tmp_path, frame, text).get(who, ("",))[0] == status
