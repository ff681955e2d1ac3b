"""Round 37 (S): the summit's organisation, host city and dates, each family on small invented articles
(published Wednesday 27 November 2024 unless stated)."""

from __future__ import annotations

import pytest

from pipeline.venue_elsewhere import earlier_month, other_days_event, residence
from tests.extraction.conftest import extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"]


# --- a long acronym written as a word (British style) names its organisation -----------------------------------------

@pytest.mark.parametrize(("body", "org"), [
    ("Leaders meet in the lakeside city\n\n"
     "The president will fly to Kazan on Thursday for a two-day Brics summit hosted by Moscow.\n\n"
     "Turkey, a Nato member, has asked to join the grouping.\n", "BRICS"),
    ("West African leaders weigh sanctions\n\n"
     "Heads of state will meet in Abuja on Thursday for an extraordinary Ecowas summit on the coups.\n\n"
     "The AU has urged restraint.\n", "Economic Community of West African States"),
    ("Pacific leaders gather\n\n"
     "Leaders arrive in Lima on Thursday for the annual Apec summit, where trade will dominate.\n\n"
     "A UN envoy will also attend.\n", "Asia-Pacific Economic Cooperation"),
])
def test_a_title_case_acronym_names_its_organisation(ref, tmp_path, body, org):
    assert _summit(ref, tmp_path, body)["organisation"] == org


def test_a_short_acronym_in_title_case_is_no_name(ref):
    from pipeline.org_descriptions import title_case_acronym
    assert title_case_acronym("AU") is None and title_case_acronym("EU") is None
    assert title_case_acronym("ECOWAS") == "Ecowas"


# --- a group named by description: 'the world's seven richest democracies' ------------------------------------------

@pytest.mark.parametrize(("lede", "org"), [
    ("The leaders of the world's seven richest democracies closed their annual meeting here today with a statement "
     "on jobs.", "G7"),
    ("Heads of government of the seven major industrial nations wrapped up their yearly talks on Wednesday.", "G7"),
    ("The leaders of the world's 20 largest economies ended their annual talks on Wednesday with a pledge on debt.",
     "G20"),
])
def test_a_described_group_is_the_organisation(ref, tmp_path, lede, org):
    body = ("Rich nations pledge jobs\n\n"
            "MILAN, Nov 27 - " + lede + "\n\n"
            "The host country takes over the presidency of the European Union next month.\n\n"
            "The president of the European Commission attended, representing the European Union at the summit.\n")
    assert _summit(ref, tmp_path, body)["organisation"] == org


def test_a_plain_count_of_countries_names_no_group(ref, tmp_path):
    body = ("Bloc talks\n\n"
            "MILAN, Nov 27 - The seven countries at the table ended their meeting on Wednesday.\n\n"
            "The host takes over the presidency of the European Union next month, and the European Union summit "
            "is in Brussels.\n")
    assert _summit(ref, tmp_path, body)["organisation"] == "European Union"


# --- a city where something else happened on another day ------------------------------------------------------------

_ABUJA = ("Bloc re-elects its chair\n\n"
          "West African leaders on Wednesday in Abuja re-elected their chairman at an ECOWAS summit.\n\n")


@pytest.mark.parametrize("other", [
    "On Tuesday, in Niamey, the Nigerien capital, three military rulers signed a pact and left ECOWAS.",
    "The generals met in Niamey the day before, and in Niamey, the Nigerien capital, said their exit from ECOWAS "
    "was final.",
    "In Bamako on Monday, in the Malian capital, the juntas' ministers said they would not return to ECOWAS.",
])
def test_another_days_event_in_another_city_is_not_the_venue(ref, tmp_path, other):
    body = _ABUJA + other + "\n\nThe ECOWAS leaders also named a mediator.\n"
    assert _summit(ref, tmp_path, body)["host_city"] == "Abuja"


def test_another_city_on_the_same_day_is_not_dropped():
    text = "On Wednesday, in Niamey, the generals met."
    a = text.index("Niamey")
    assert not other_days_event(text, a, a + 6, frozenset({"Wednes"}))
    assert other_days_event(text, a, a + 6, frozenset({"Thurs"}))


# --- a residence or a condition is not a gathering -------------------------------------------------------------------

@pytest.mark.parametrize("before", [
    "the ousted president, who remains in detention in ",
    "the opposition leader, who lives in exile in ",
    "the envoy, a frequent visitor to ",
    "the minister, who was born in ",
])
def test_a_residence_is_not_the_venue(before):
    assert residence(before)


@pytest.mark.parametrize("before", ["the leaders met in ", "the summit was held in ", "ministers arrived in "])
def test_a_meeting_place_is_no_residence(before):
    assert not residence(before)


def test_a_detention_city_does_not_outscore_the_venue(ref, tmp_path):
    body = ("Bloc keeps sanctions\n\n"
            "West African leaders met in Accra on Wednesday for an ECOWAS summit.\n\n"
            "ECOWAS has demanded the release of the former president, who remains in detention in Niamey.\n\n"
            "ECOWAS mediators visited the former president, held under house arrest in Niamey.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Accra"


# --- an earlier month of the year dates another meeting in that city -----------------------------------------------

@pytest.mark.parametrize(("before", "after", "dropped"), [
    ("joined at the ", " summit in July this year", True),
    ("the heads of state, which met in ", " in early June,", True),
    ("the leaders' meeting held in ", " in August", True),
    # the publication month, or last month: this summit may be reported after it
    ("the leaders met in ", " in November", False),
    ("the leaders met in ", " in October", False),
    # the month dates a move, not a meeting in the city
    ("the host moved the summit to ", " in April", False),
])
def test_an_earlier_month_of_the_year(before, after, dropped):
    assert earlier_month(before, after, "2024-11-27") is dropped


def test_an_earlier_summit_this_year_is_not_the_venue(ref, tmp_path):
    body = ("Heads of government gather for Lahore moot\n\n"
            "LAHORE: Prime ministers arrived on Wednesday for the SCO heads of government meeting.\n\n"
            "Belarus became a member at the Astana summit in July this year, and the heads of state met in Astana "
            "in July.\n\n"
            "The SCO heads of state met in Astana in early July.\n")
    assert _summit(ref, tmp_path, body)["host_city"] == "Lahore"


# --- dates: a statement's day with its object -----------------------------------------------------------------------

@pytest.mark.parametrize(("statement", "dates"), [
    ("The ministry confirmed the trip on Monday, saying the president would attend the summit on Friday.",
     "2024-11-29"),
    # no day left for the summit: the report's own day stands
    ("The Kremlin confirmed his participation on Monday at the summit.", "2024-11-27"),
    ("The palace disclosed the president's itinerary on Monday for the summit.", "2024-11-27"),
])
def test_a_statements_day_with_its_object_is_not_the_summits(ref, tmp_path, statement, dates):
    body = "Leader to attend summit\n\n" + statement + " The BRICS leaders meet in Kazan.\n"
    assert _summit(ref, tmp_path, body)["dates"] == dates


def test_a_statement_on_the_final_day_dates_the_summit(ref, tmp_path):
    body = ("Bloc picks a chair\n\n"
            "The decision was announced on Wednesday on the second and final day of the AU summit in Addis Ababa.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


# --- dates: the future of reported speech ---------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "dates"), [
    ("saying the president would attend the BRICS summit from Thursday to Saturday.", "2024-11-28/2024-11-30"),
    ("saying the president was to attend the BRICS summit on Friday.", "2024-11-29"),
    ("saying the president was due to join the BRICS summit on Friday.", "2024-11-29"),
])
def test_reported_future_counts_forward(ref, tmp_path, clause, dates):
    body = "Leader heads to Kazan\n\nOfficials confirmed the plan yesterday, " + clause + "\n"
    assert _summit(ref, tmp_path, body)["dates"] == dates


# --- dates: a weekday pair with its day numbers in brackets ---------------------------------------------------------

@pytest.mark.parametrize("pair", ["on Thursday (28) and Friday (29)", "on Thursday (28) to Friday (29)"])
def test_weekdays_with_bracketed_numbers_are_a_range(ref, tmp_path, pair):
    body = ("Leaders arrive\n\n"
            "Heads of state begin arriving in Rio this Wednesday for the G20 summit, which takes place " + pair
            + " at the museum.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-28/2024-11-29"


# --- dates: the eve given after its date ----------------------------------------------------------------------------

@pytest.mark.parametrize("eve", [
    "Putin and Xi held talks on Tuesday, the day before the main session.",
    "The two leaders dined on Tuesday evening, on the eve of the summit.",
])
def test_the_eve_given_after_its_date_is_not_the_summit(ref, tmp_path, eve):
    body = ("Bloc admits a member\n\n"
            "ASTANA, Nov 27 (Wire) - Belarus joined the SCO as its tenth member, as leaders met in the Kazakh capital.\n\n"
            + eve + "\n\n"
            "Turkey's president attended the expanded session on Wednesday afternoon.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-27"


# --- dates: a participle closing a stated length ends it -----------------------------------------------------------

@pytest.mark.parametrize("closing", [
    "ending a two-day summit",
    "closing a two-day meeting",
    "wrapping up their two-day summit",
])
def test_a_participle_closing_the_length_makes_the_day_the_last(ref, tmp_path, closing):
    body = ("Alliance reaches out\n\n"
            "ROME, Nov 27 (Wire) - NATO leaders on Wednesday offered former foes a forum, " + closing + " in Rome.\n\n"
            "Leaders used the closed session on Tuesday to argue over defence.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


@pytest.mark.parametrize("other", [
    "The declaration, approved after two days of talks in the old palace, rewrites the strategy.",
    "After two days of meetings in the city, the alliance is about to grow.",
])
def test_after_days_of_talks_elsewhere_makes_the_ledes_day_the_last(ref, tmp_path, other):
    body = ("Alliance rewrites strategy\n\n"
            "LONDON (Wire) - NATO leaders on Wednesday declared at their summit that the old enemy was an enemy no "
            "more.\n\n"
            + other + "\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_a_closed_door_session_is_no_close(ref, tmp_path):
    body = ("Alliance meets\n\n"
            "ROME, Nov 27 (Wire) - NATO leaders on Wednesday opened a two-day summit in Rome.\n\n"
            "Leaders will hold a closed session on Thursday on defence.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-27/2024-11-28"


# --- dates: an agency after a dateline's date -----------------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["ASTANA, NOVEMBER 26, KAZINFORM.", "ASTANA, 26 November, NEWSWIRE:"])
def test_a_dateline_with_an_agency_dates_the_report(ref, tmp_path, dateline):
    body = ("CSTO leaders to gather\n\n" + dateline + " The heads of state of the CSTO will gather in Astana on "
            "Thursday for the session of the Collective Security Council.\n")
    assert _summit(ref, tmp_path, body, "2024-11-26")["dates"] == "2024-11-28"


# --- dates: a sentence on the leaders' gathering that names no summit ----------------------------------------------

@pytest.mark.parametrize(("sentence", "dates"), [
    ("Leaders gathered in Ufa on 25-26 November formally launched the procedure.", "2024-11-25/2024-11-26"),
    ("The chancellor will welcome the heads of state and government of the G20 on Friday and Saturday at the fair "
     "grounds.", "2024-11-29/2024-11-30"),
])
def test_the_leaders_gathering_dates_the_summit(ref, tmp_path, sentence, dates):
    body = ("City turns into a fortress\n\n"
            "Hamburg is turning into a fortress ahead of this week's G20 summit.\n\n" + sentence + "\n\n"
            "The US president stops in Warsaw on Thursday for a speech.\n")
    assert _summit(ref, tmp_path, body)["dates"] == dates


# --- dates: an evening of welcome, then the formal session a day later --------------------------------------------

@pytest.mark.parametrize("session", [
    "The formal session will be held today (Wednesday) at the convention centre.",
    "The main talks open on Wednesday morning at the convention centre.",
    "The plenary session takes place on Wednesday, when a communique is due.",
])
def test_a_welcome_evening_then_the_session_day(ref, tmp_path, session):
    body = ("Capital under lockdown\n\n"
            "LAHORE: The city on Tuesday evening received prime ministers for the SCO heads of government meeting.\n\n"
            "The host welcomed them at a dinner. " + session + "\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"


def test_a_daytime_lede_keeps_its_one_day(ref, tmp_path):
    body = ("Bloc adopts budget\n\n"
            "LAHORE: SCO prime ministers on Tuesday adopted the budget at their heads of government meeting.\n\n"
            "The formal session will be held today (Wednesday) for the foreign ministers' council.\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26"


# --- dates: a weekend named relative to the report ----------------------------------------------------------------

@pytest.mark.parametrize(("lede", "published", "dates"), [
    ("For two days last weekend, the G20 leaders met in an exhibition hall near the city.", "2024-11-29",
     "2024-11-23/2024-11-24"),
    ("G20 leaders met this past weekend in an exhibition hall near the city.", "2024-11-25", "2024-11-23/2024-11-24"),
    ("G20 leaders meet this weekend in an exhibition hall near the city.", "2024-11-26", "2024-11-30/2024-12-01"),
])
def test_a_weekend_is_its_saturday_and_sunday(ref, tmp_path, lede, published, dates):
    body = "What the summit proved\n\nANALYSIS | By A Writer\n\n" + lede + " The summit drew most leaders.\n"
    assert _summit(ref, tmp_path, body, published)["dates"] == dates


# --- dates: 'The summit, which opened Tuesday, ...' starts a summit whose lede closes a part of it today ------------

@pytest.mark.parametrize("opened", [
    "The summit, which opened Tuesday, is being held in the old royal palace.",
    "The gathering, which began on Tuesday, is being held in the old royal palace.",
])
def test_an_opening_in_a_relative_clause_starts_the_summit(ref, tmp_path, opened):
    body = ("Rich nations pledge jobs\n\n"
            "NAPLES, Nov 27 - G7 leaders wrapped up the economic half of their annual meeting here today with a "
            "communique on jobs.\n\n" + opened + "\n")
    assert _summit(ref, tmp_path, body)["dates"] == "2024-11-26/2024-11-27"
