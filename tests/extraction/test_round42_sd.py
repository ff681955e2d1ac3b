"""Round 42 (SD): the summit's venue town and days, and membership statuses, each family on small invented articles.

- a host welcoming the leaders 'to X' names the venue (a dateline elsewhere is where the story was filed);
- a present-tense host's act in a timetable ('when the president welcomes ... on Saturday') dates a weekday forward;
- a venue town placed against the city's centre ('60 km north of the city centre') or inside the city's area ('in X, on
  the southern coast of Y');
- a suspension lifted later in its sentence leaves a member; a capital as the object of the body's suspension is its
  state;
- founders through a count of meetings since the first ('the ninth such gathering since X invited the leaders of ...');
- 'the mainland' beside Taiwan or Hong Kong is China.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

# --- welcome-to as a venue cue ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "city"), [
    ("Allies seek harmony at summit\n\n"
     "WASHINGTON, June 3 - When the president welcomes the leaders of the G7 to Savannah on Saturday, aides hope the "
     "old squares will calm the quarrels of the past year.\n\n"
     "Officials say the meeting will be informal.\n", "Savannah"),
    ("Lisbon readies for the bloc\n\n"
     "LISBON, June 3 - The prime minister will welcome his European Union counterparts to Sintra next week for a "
     "two-day summit on energy.\n\n"
     "Officials said the talks would be informal.\n", "Sintra"),
    ("Kremlin sets out agenda\n\n"
     "MOSCOW, June 3 (Agency) - President Ivanov welcomed the heads of state of the BRICS to Kazan on Tuesday for the "
     "bloc's annual summit.\n", "Kazan"),
])
def test_welcoming_the_leaders_to_a_town_names_the_venue(ref, tmp_path, body, city):
    assert extract_text(ref, tmp_path, body, "2025-06-03")["summit"]["host_city"] == city


@pytest.mark.parametrize("body", [
    # the welcome is to a building, not a town: the dateline's city stays the venue
    ("Leaders meet in Washington\n\n"
     "WASHINGTON, June 3 - G7 leaders met in Washington on Tuesday for their annual summit.\n\n"
     "The president welcomed the delegations to the White House for a working lunch.\n"),
    # 'the leaders' pledge to X': a pledge, not a welcome of guests to a place
    ("Leaders meet in Washington\n\n"
     "WASHINGTON, June 3 - G7 leaders met in Washington on Tuesday for their annual summit.\n\n"
     "Kyiv welcomed the leaders' pledge to Savannah's sister city.\n"),
])
def test_a_welcome_elsewhere_leaves_the_venue(ref, tmp_path, body):
    assert extract_text(ref, tmp_path, body, "2025-06-03")["summit"]["host_city"] == "Washington, D.C."


# --- a host's present-tense act in a preview dates a weekday forward ----------------------------------------------------

@pytest.mark.parametrize(("lede", "dates"), [
    ("When the president welcomes the leaders of the G7 to Savannah on Saturday, aides are counting on the restored "
     "squares to calm the quarrels that their governments have shown.", "2025-06-07"),
    ("Once the king receives the Gulf heads of state on Thursday, officials expect a text that was drafted in March.",
     "2025-06-05"),
    ("As the chancellor hosts her G7 counterparts on Friday, officials admitted they had failed to agree a text.",
     "2025-06-06"),
    # a report of the act is past: the weekday before the dateline
    ("The president welcomed the leaders of the G7 to Savannah on Saturday, and aides said the squares calmed them.",
     "2025-05-31"),
])
def test_a_hosts_present_act_dates_the_weekday_ahead(ref, tmp_path, lede, dates):
    body = "Allies gather\n\nWASHINGTON, June 3 - " + lede + "\n\nOfficials say the G7 summit will be informal.\n"
    assert extract_text(ref, tmp_path, body, "2025-06-03")["summit"]["dates"] == dates


# --- a venue town placed against the city's centre, or inside the city's area ---------------------------------------

@pytest.mark.parametrize(("sentence", "city"), [
    ("The gathering was held at the new convention centre in Qingshui, a rural district in the hills some 50km north "
     "of the city centre.", "Qingshui"),
    ("The summit took place at a lakeside hotel in Marvão, a village on the lake shore 40 km from downtown Lisbon.",
     "Marvão"),
    ("The talks at the Grand Palm resort hotel in Pirapora, on the southern coast of Lisbon, were attended by all "
     "the leaders.", "Pirapora"),
    ("The meeting was held at a castle in Oberhof, in the hills above Lisbon.", "Oberhof"),
])
def test_a_venue_town_outside_the_city(ref, tmp_path, sentence, city):
    body = ("EU leaders agree energy pact\n\nLISBON, June 3 - European Union leaders agreed an energy pact at their "
            "summit in Lisbon on Tuesday.\n\n" + sentence + "\n")
    assert extract_text(ref, tmp_path, body, "2025-06-03")["summit"]["host_city"] == city


@pytest.mark.parametrize("sentence", [
    # where the leaders stayed, not where they met
    "The leaders stayed at a hotel in Pirapora, on the southern coast of Lisbon.",
    # a town far from the centre that is not the venue: a protest camp
    "Protesters gathered at a camp in Qingshui, a rural district in the hills some 50km north of the city centre.",
    # the centre of the town itself, no venue words
    "Pirapora, on the southern coast of Lisbon, is known for its beaches.",
])
def test_a_town_near_the_city_that_is_not_the_venue(ref, tmp_path, sentence):
    body = ("EU leaders agree energy pact\n\nLISBON, June 3 - European Union leaders agreed an energy pact at their "
            "summit in Lisbon on Tuesday.\n\n" + sentence + "\n")
    assert extract_text(ref, tmp_path, body, "2025-06-03")["summit"]["host_city"] == "Lisbon"


# --- membership: a suspension lifted later in the sentence; a capital suspended by the body ---------------------------

_AU = "Union leaders open summit\n\nADDIS ABABA, Nov 27 - African Union leaders opened their summit in Addis Ababa on Wednesday.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Niamey's membership had been suspended in August after the coup; the suspension was lifted once the junta agreed "
     "to a transition in October.", ("Niger", "member")),
    ("Madagascar was suspended in 2009 after the coup; the measure was formally revoked in January.", ("Madagascar", "member")),
    ("Mali had been suspended in June, and the sanctions have since been lifted.", ("Mali", "member")),
    # near misses: a lifting still to come, or denied
    ("Niamey's membership was suspended in August; the suspension will be lifted once elections are held.",
     ("Niger", "suspended")),
    ("Guinea was suspended in 2021, and the suspension has not been lifted.", ("Guinea", "suspended")),
])
def test_a_suspension_lifted_in_its_sentence(ref, tmp_path, sentence, expected):
    assert expected in member_set(extract_text(ref, tmp_path, _AU + sentence + "\n"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 55-member union suspended Niamey in August over the coup.", ("Niger", "suspended")),
    ("The bloc suspended Bamako last year after the second coup.", ("Mali", "suspended")),
])
def test_a_capital_suspended_by_the_body_is_its_state(ref, tmp_path, sentence, expected):
    assert expected in member_set(extract_text(ref, tmp_path, _AU + sentence + "\n"))


def test_a_capital_as_a_route_is_no_state(ref, tmp_path):
    out = extract_text(ref, tmp_path, _AU + "The national airline suspended Niamey flights in August over the coup.\n")
    assert not any(c == "Niger" for c, _ in member_set(out))


# --- founders through a count of meetings since the first; an addition continuing it --------------------------------

_G7 = ("Leaders gather for economic summit\n\n"
       "WASHINGTON, June 3 - Leaders of the G7 gather in Savannah on Saturday for their annual summit.\n\n")


def test_founders_through_a_count_since_the_first_meeting(ref, tmp_path):
    body = _G7 + ("This will be the twelfth such gathering since the French president invited the leaders of the "
                  "United States, Britain, Japan and Italy to a chateau outside Paris in 1975. Canada was added the "
                  "following year.\n")
    got = member_set(extract_text(ref, tmp_path, body, "2025-06-03"))
    assert {("France", "member"), ("United States", "member"), ("United Kingdom", "member"), ("Japan", "member"),
            ("Italy", "member"), ("Canada", "member")} <= got


def test_founders_through_a_numbered_summit_since(ref, tmp_path):
    body = _G7 + "It is the group's 40th summit since Japan hosted the heads of government of Germany and Italy in 1985.\n"
    got = member_set(extract_text(ref, tmp_path, body, "2025-06-03"))
    assert {("Japan", "member"), ("Germany", "member"), ("Italy", "member")} <= got


@pytest.mark.parametrize("sentence", [
    # 'the first summit since': a gap ended, no founding
    "It is the first summit since the French president invited the leaders of Britain and Japan to Paris in 2019.",
    # a count since another event
    "This will be the ninth such gathering since the crisis, when the leaders of Britain and Japan clashed.",
])
def test_no_founders_from_other_counts(ref, tmp_path, sentence):
    got = member_set(extract_text(ref, tmp_path, _G7 + sentence + "\n", "2025-06-03"))
    assert ("Japan", "member") not in got


# --- 'the mainland' beside Taiwan or Hong Kong ------------------------------------------------------------------------

_APEC = "Apec leaders meet\n\nLIMA, Nov 27 - Apec leaders opened their annual summit in Lima on Wednesday.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Taiwan, which joined in 1991 alongside the mainland and Hong Kong, sent an envoy.", {("China", "member"),
                                                                                          ("Hong Kong", "member")}),
    ("Hong Kong, which joined in 1991 together with the Chinese mainland and Taiwan, sent its leader.",
     {("China", "member"),
                                                                                          ("Taiwan", "member")}),
])
def test_the_mainland_beside_taiwan_is_china(ref, tmp_path, sentence, expected):
    assert expected <= member_set(extract_text(ref, tmp_path, _APEC + sentence + "\n"))


def test_the_mainland_alone_is_no_state(ref, tmp_path):
    body = _APEC + "Chile joined the forum in 1994 alongside the mainland ports of its neighbours.\n"
    assert not any(c == "China" for c, _ in member_set(extract_text(ref, tmp_path, body)))


# --- a summit's days: not the days of a meeting a leader left for; an 'ordinary assembly' is the summit's session ------

_WEEK = ("Union talks tough on reform\n\n"
         "As the president's jet turned north this week, his officials praised the African Union summit he had just "
         "left as a show of unity.\n\n")


@pytest.mark.parametrize(("sentences", "dates"), [
    # the assembly's days, not the lede's week
    ("The union's ordinary assembly was held on Monday and Tuesday in Malabo.", "2025-06-30/2025-07-01"),
    ("An extraordinary assembly sat in Malabo on Monday and Tuesday.", "2025-06-30/2025-07-01"),
    # the days of the meeting two leaders left for are that meeting's
    ("Two presidents left early for the summit of the rich nations in Scotland, which opened on Wednesday. The union's summit "
     "was held on Monday and Tuesday in Malabo.", "2025-06-30/2025-07-01"),
    ("The chairman flew on to a donors' conference in London, which began on Wednesday. The union's summit was "
     "held on Monday and Tuesday in Malabo.", "2025-06-30/2025-07-01"),
])
def test_the_summits_own_days(ref, tmp_path, sentences, dates):
    assert extract_text(ref, tmp_path, _WEEK + sentences + "\n", "2025-07-04")["summit"]["dates"] == dates


def test_a_summit_headed_to_keeps_its_day(ref, tmp_path):
    body = ("Leaders converge on Malabo\n\n"
            "MALABO, July 1 - Presidents headed to the African Union summit, which opens on Wednesday, amid tight "
            "security.\n")
    assert extract_text(ref, tmp_path, body, "2025-07-01")["summit"]["dates"] == "2025-07-02"


# --- a summit that 'closed yesterday' starts on an earlier weekday told a few sentences on ----------------------------

_CLOSED = ("Bloc backs trade road map\n\n"
           "President Ivanov closed the annual Apec leaders' meeting yesterday with a pledge on a regional trade study.\n\n"
           "The gathering was held at a lakeside convention centre outside the city. Roads were closed for the week.\n\n")


@pytest.mark.parametrize(("sentence", "dates"), [
    ("Leaders had gathered on Tuesday evening for a banquet and fireworks at the stadium.", "2025-06-03/2025-06-04"),
    ("On Tuesday the leaders sat down to a working dinner by the lake.", "2025-06-03/2025-06-04"),
    # a weekday too far before the close is another event's
    ("Leaders had gathered on Friday for a separate forum in the capital.", "2025-06-04"),
])
def test_a_close_yesterday_starts_on_an_earlier_evening(ref, tmp_path, sentence, dates):
    assert extract_text(ref, tmp_path, _CLOSED + sentence + "\n", "2025-06-05")["summit"]["dates"] == dates
