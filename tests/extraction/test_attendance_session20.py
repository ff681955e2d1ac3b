"""Attendance shapes of session 20 (blind rounds 54 and 56): a stand-in named after the office a trip was delegated
to ('delegated the trip to his trade minister, X'); an absence told beside an aside about another summit; faces in the
front rows, turns at the floor, seats on the bureau, early departures, a stay to the end; absences told as 'the most
prominent absence was that of X', 'each sent lower-ranking officials', 'said he was boycotting', after an office with
its state ('X, prime minister of Y, skipped it'), after a style ('the emir, Sheikh X, did not travel') or after a first
predicate; comings told with 'both came', 'came too:', 'accompanied', 'made the trip', 'handed over to'; a seat list
split by semicolons; and names that attend nothing: the noun 'gathering', another meeting 'at which', a past event in
someone's aside. And (blind round 57 and the second pass on 54 and 56): in the host city 'for the summit', a coming to
the host city, invitees listed before the meeting, a name after 'the Prime Minister of X,', a self-report to the
presidency, a greeting of the delegations, a seat some places away, a departure straight after a session, most of the
summit spent, a first appearance, a speech delivered, a host opening the summit after 'before', an unnamed envoy sent;
and people of a stop on the way, of a past year told with 'when', of a sentence set back home, of a participation
ended. Small invented articles (no sentence of any corpus); the people in them are made up, except where a
reference person's surname is also a city."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_REPORT = ("Pacific leaders meet in Suva\n\n"
           "SUVA (Wire) - Leaders of the Pacific Islands Forum met for their annual summit in Suva on Friday.\n\n")


def _attendees(ref, tmp_path, sentence: str, head: str = _REPORT, published: str = "2024-03-09") -> set[tuple]:
    out = extract_text(ref, tmp_path, head + sentence + "\n", published)
    return {(a["name_as_written"], a["country"], a["status"], a["capacity"]) for a in out["attendees"]}


@pytest.mark.parametrize("sentence", [
    "Tonga's Prime Minister Sione Kaufusi delegated the trip to his trade minister, Lavaka Fifita.",
    "Prime Minister Sione Kaufusi of Tonga has delegated the journey to his trade minister, Lavaka Fifita.",
])
def test_a_trip_delegated_to_a_named_minister(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert any(a[:3] == ("Sione Kaufusi", "Tonga", "absent") for a in got), got  # his capacity: Tonga's seat, if the reference knows it
    assert ("Lavaka Fifita", "Tonga", "attended", "stand_in") in got, got


@pytest.mark.parametrize("sentence", [
    "Tonga's Prime Minister Sione Kaufusi, who skipped the CIS summit in Bishkek in October, stayed away from Suva "
    "as well.",
    "Prime Minister Sione Kaufusi of Tonga, who missed the ASEAN summit in November, stayed away this time too.",
])
def test_an_absence_beside_an_aside_about_another_summit(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert any(a[:3] == ("Sione Kaufusi", "Tonga", "absent") for a in got), got


def test_another_summit_in_the_main_clause_still_tells_nothing(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Tonga's Prime Minister Sione Kaufusi, who chairs the group, skipped the CIS "
                                    "summit in Bishkek in October.")
    assert not any(n == "Sione Kaufusi" for n, *_ in got), got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Among the faces in the front rows were Prime Minister Sione Kaufusi of Tonga and President Malia Tekori of "
     "Kiribati.", ("Malia Tekori", "Kiribati", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga spoke after him and called for a fisheries fund.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga was elected first vice-chairperson of the Assembly.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga left for Nuku'alofa on Saturday morning before the closing session.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("This time Prime Minister Sione Kaufusi of Tonga stayed to the end.", ("Sione Kaufusi", "Tonga", "attended")),
    # invited, then present: the past act settles it in a report
    ("President Malia Tekori of Kiribati was invited by the host to the opening ceremony and held meetings on the "
     "sidelines with a dozen leaders.", ("Malia Tekori", "Kiribati", "attended")),
    ("Tonga's Sione Kaufusi and Kiribati's Malia Tekori both came.", ("Malia Tekori", "Kiribati", "attended")),
    ("Tonga's Sione Kaufusi and Samoa's Lavaka Fifita both came, as did Malia Tekori of Kiribati, who wore a cloak.",
     ("Malia Tekori", "Kiribati", "attended")),
    ("The heads of the agencies came too: Secretary-General Lavaka Fifita of the Commonwealth and Prime Minister "
     "Sione Kaufusi of Tonga.", ("Sione Kaufusi", "Tonga", "attended")),
    ("Foreign Minister Lavaka Fifita of Tonga accompanied Prime Minister Sione Kaufusi.",
     ("Lavaka Fifita", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga became the first Tongan leader to attend since his grandfather.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Foreign Minister Lavaka Fifita of Tonga sat in the second row.", ("Lavaka Fifita", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga made the long trip from Nuku'alofa.", ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga handed over to President Malia Tekori of Kiribati.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga handed on the role with a short speech.", ("Sione Kaufusi", "Tonga", "attended")),
    # a seat list split by semicolons, an aside naming an earlier summit inside it
    ("Around the table sat Prime Minister Sione Kaufusi of Tonga; President Malia Tekori of Kiribati, whose country "
     "became a member at the Apia summit last year; and Prime Minister Lavaka Fifita of Samoa.",
     ("Lavaka Fifita", "Samoa", "attended")),
])
def test_attended(ref, tmp_path, sentence, expected):
    got = {(n, c, s) for n, c, s, _ in _attendees(ref, tmp_path, sentence)}
    assert expected in got, got


@pytest.mark.parametrize(("sentence", "absent"), [
    ("The most prominent absence was that of Prime Minister Sione Kaufusi of Tonga.", ["Sione Kaufusi"]),
    ("Prime Minister Sione Kaufusi of Tonga, President Malia Tekori of Kiribati and Samoa's Lavaka Fifita each sent "
     "lower-ranking officials.", ["Sione Kaufusi", "Malia Tekori", "Lavaka Fifita"]),
    ("Tonga's Prime Minister Sione Kaufusi sent his foreign minister.", ["Sione Kaufusi"]),
    ("Sione Kaufusi, prime minister of Trinidad and Tobago, skipped the summit.", ["Sione Kaufusi"]),
    ("Prime Minister Sione Kaufusi of Tonga said he was boycotting over the host's stance.", ["Sione Kaufusi"]),
    ("Tonga's Sione Kaufusi, whose government has been openly and loudly sceptical of regional groupings that it considers "
     "ideologically driven, "
     "stayed away.", ["Sione Kaufusi"]),
])
def test_absent(ref, tmp_path, sentence, absent):
    got = _attendees(ref, tmp_path, sentence)
    for name in absent:
        assert any(n == name and s == "absent" for n, _, s, _ in got), (name, got)


def test_an_absence_after_a_first_predicate(ref, tmp_path):
    got = _attendees(ref, tmp_path, "President Felix Tshisekedi is touring the eastern provinces ahead of next month's "
                                    "vote and did not make the trip.", published="2023-11-25")
    assert any(n == "Felix Tshisekedi" and s == "absent" for n, _, s, _ in got), got


def test_an_absence_after_an_appositive_name_with_its_style(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Qatar's ailing emir, Sheikh Tamim bin Hamad Al Thani, did not travel.")
    assert any(c == "Qatar" and s == "absent" for _, c, s, _ in got), got


def test_an_absence_after_an_aside_with_the_stand_in_in_a_second_clause(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Tonga's Sione Kaufusi, due to hand over the premiership next week, also chose not "
                                    "to come, and Nuku'alofa's delegation was led by Foreign Minister Lavaka Fifita.")
    assert any(a[:3] == ("Sione Kaufusi", "Tonga", "absent") for a in got), got
    assert any(n == "Lavaka Fifita" and s == "attended" and c == "stand_in" for n, _, s, c in got), got


@pytest.mark.parametrize("sentence", [
    # the noun 'gathering' is no one's coming
    "Prime Minister Sione Kaufusi of Tonga stayed in Nuku'alofa, calling the gathering \"a waste of time\".",
    # another meeting, named with 'at which'
    "The envoy went to the forum's regular summit in Apia that month, the same meeting at which Prime Minister Sione "
    "Kaufusi of Tonga appeared as a surprise guest.",
])
def test_nobody(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert not any(n == "Sione Kaufusi" and s != "absent" for n, _, s, _ in got), got


def test_a_name_inside_an_aside_about_an_earlier_summit(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Prime Minister Sione Kaufusi of Tonga, who only last week hosted a conference in "
                                    "Nuku'alofa attended by President Malia Tekori of Kiribati, flew home after "
                                    "Friday's session.")
    assert not any(n == "Malia Tekori" for n, *_ in got), got


def test_a_known_name_ending_in_a_city(ref, tmp_path):
    # 'Muscat' is a capital and the surname of Malta's prime minister of 2013-2020
    got = _attendees(ref, tmp_path, "Malta's Joseph Muscat handed on the role with a short speech on Thursday.",
                     published="2018-04-21")
    assert ("Joseph Muscat", "Malta", "attended") in {(n, c, s) for n, c, s, _ in got}, got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prime Minister Sione Kaufusi of Tonga, in Suva for the summit, said afterwards that he was pleased.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Participants included the Prime Minister of Belgium, Alexander De Croo; and the Prime Minister of Greece, "
     "Kyriakos Mitsotakis.", ("Alexander De Croo", "Belgium", "attended")),
    ("President Malia Tekori of Kiribati, who had greeted each delegation on the steps of the hall, seemed content.",
     ("Malia Tekori", "Kiribati", "attended")),
    ("The decision was taken in front of Prime Minister Sione Kaufusi of Tonga, who sat three seats away.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga flew back to Nuku'alofa straight after the restricted session.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga spent much of the summit in side rooms with his neighbours.",
     ("Sione Kaufusi", "Tonga", "attended")),
    ("President Malia Tekori of Kiribati delivered a speech on fisheries.", ("Malia Tekori", "Kiribati", "attended")),
])
def test_attended_in_a_report(ref, tmp_path, sentence, expected):
    got = {(n, c, s) for n, c, s, _ in _attendees(ref, tmp_path, sentence, published="2023-10-06")}
    assert expected in got, got


_PREVIEW = ("Pacific leaders to meet in Suva\n\n"
            "SUVA (Wire) - Leaders of the Pacific Islands Forum will meet for their summit in Suva on Tuesday.\n\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prime Minister Sione Kaufusi of Tonga, who survived a confidence vote this month, will come to Suva at the end of "
     "a state visit.", ("Sione Kaufusi", "Tonga", "expected")),
    ("Three heads of government will join the last day. Fiji has invited Prime Minister Sione Kaufusi of Tonga; "
     "President Malia Tekori of Kiribati; and Prime Minister Lavaka Fifita of Samoa to a \"Dialogue of Ocean States\" "
     "on Friday.", ("Malia Tekori", "Kiribati", "expected")),
    ("Prime Minister Sione Kaufusi of Tonga will also be making his first appearance.", ("Sione Kaufusi", "Tonga", "expected")),
    ("Three days before Prime Minister Sione Kaufusi of Tonga opens the summit, officials were still haggling.",
     ("Sione Kaufusi", "Tonga", "expected")),
])
def test_expected_in_a_preview(ref, tmp_path, sentence, expected):
    got = {(n, c, s) for n, c, s, _ in _attendees(ref, tmp_path, sentence, _PREVIEW, "2024-03-08")}
    assert expected in got, got


def test_self_report_to_the_presidency_with_an_aside(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Prime Minister Sione Kaufusi of Tonga also informed the presidency that, being "
                                    "unwell, he would not be able to travel.")
    assert any(n == "Sione Kaufusi" and s == "absent" for n, _, s, _ in got), got


def test_an_unnamed_envoy_stands_in_for_the_sender_s_state(ref, tmp_path):
    got = _attendees(ref, tmp_path, "Tonga's Prime Minister Sione Kaufusi is sending a personal representative.")
    assert any(a[:3] == ("Sione Kaufusi", "Tonga", "absent") for a in got), got
    assert any(n is None and c == "stand_in" for n, _, _, c in got), got


@pytest.mark.parametrize("sentence", [
    "President Malia Tekori of Kiribati will arrive on Monday after stopping in Auckland, where she is due to see Prime "
    "Minister Sione Kaufusi of Tonga.",
    "The weekend carried echoes of 2008, when Prime Minister Sione Kaufusi of Tonga represented the country at the first "
    "forum meeting in Apia.",
    "Back in Tonga, Prime Minister Sione Kaufusi arrived at a business event on Friday to say the islands would not "
    "be bought.",
    "Tonga has in effect left: in May, Prime Minister Sione Kaufusi signed a decree ending its participation in the "
    "forum's bodies.",
    # (of a state the reference does not seat in the forum: a member's head speaking in a report is there)
    "Premier Sione Kaufusi of Bermuda, who lobbied for the summit to come to Suva rather than a larger city, said the "
    "islands had spent $5 million on it.",
])
def test_not_an_attendee(ref, tmp_path, sentence):
    got = _attendees(ref, tmp_path, sentence)
    assert not any(n == "Sione Kaufusi" and s in ("attended", "expected") for n, _, s, _ in got), got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Those who did make the trip were greeted at the airport by the host. Among them were Prime Minister Sione "
     "Kaufusi of Tonga and President Malia Tekori of Kiribati.", ("Malia Tekori", "Kiribati", "attended")),
    ("The neutrals were out in force: Prime Minister Sione Kaufusi of Tonga, President Malia Tekori of Kiribati and "
     "Prime Minister Lavaka Fifita of Samoa.", ("Malia Tekori", "Kiribati", "attended")),
    ("Among the other heads of government who took the floor were Prime Minister Sione Kaufusi of Tonga and President "
     "Malia Tekori of Kiribati.", ("Malia Tekori", "Kiribati", "attended")),
    ("Prime Minister Sione Kaufusi of Tonga, who sat through most of Monday's speeches before leaving, said little.",
     ("Sione Kaufusi", "Tonga", "attended")),

    ("President Malia Tekori of Kiribati received the longest applause of the week.", ("Malia Tekori", "Kiribati", "attended")),
])
def test_attended_round_58(ref, tmp_path, sentence, expected):
    got = {(n, c, s) for n, c, s, _ in _attendees(ref, tmp_path, sentence)}
    assert expected in got, got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prime Minister Sione Kaufusi of Tonga begins a state visit in Nadi today and reaches Suva on Thursday.",
     ("Sione Kaufusi", "Tonga", "expected")),
    ("President Malia Tekori of Kiribati will be the first leader of her country to set foot in Fiji.",
     ("Malia Tekori", "Kiribati", "expected")),
    ("The northern contingent includes Prime Minister Sione Kaufusi of Tonga and President Malia Tekori of Kiribati.",
     ("Malia Tekori", "Kiribati", "expected")),
    ("From the Americas: Prime Minister Sione Kaufusi of Tonga; and President Malia Tekori of Kiribati.",
     ("Malia Tekori", "Kiribati", "expected")),
])
def test_expected_round_58(ref, tmp_path, sentence, expected):
    got = {(n, c, s) for n, c, s, _ in _attendees(ref, tmp_path, sentence, _PREVIEW, "2024-03-08")}
    assert expected in got, got

