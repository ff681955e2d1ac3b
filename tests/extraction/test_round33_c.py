"""Round 33 (C): the summit's host city, on a paraphrase matrix of small invented articles (published Wednesday
27 November 2024): datelines below a deck and a byline, 'here' binding the dateline, a place and its broader area,
a landmark near the venue, a capital standing for its government, and places the venue is not."""

from __future__ import annotations

import pytest

from pipeline.venue import broader_places, dateline_lines, near_places, not_the_venue, stands_for_government
from tests.extraction.conftest import host_city

# --- a dateline in capitals below a deck, a byline and a time line -------------------------------------------------

_DECK = ("NATO leaders back an air-defence fund\n\n"
         "Allies agree a shared budget in a short summit; Rome says it cannot pay more this year.\n\n")


@pytest.mark.parametrize("block", [
    "By Ann Ross and Tim Bell\n\nNovember 27, 2024 5:10 pm CET\n\n",
    "By Ann Ross\n\n",
    "November 27, 2024 5:10 pm CET\n\n",
    "Updated 27 November 2024\n\nBy Ann Ross, Tim Bell and Joe Marsh\n\n",
])
def test_a_capitals_dateline_below_a_byline_block_is_the_venue(ref, tmp_path, block):
    body = (_DECK + block + "THE HAGUE — NATO leaders on Wednesday approved a common fund for air defence at a summit "
            "kept short to avoid a quarrel.\n\nThe fund will be reviewed in two years.\n")
    assert host_city(ref, tmp_path, body) == "The Hague"


@pytest.mark.parametrize(("line", "city"), [
    ("Vilnius | 27 November 2024", "Vilnius"),
    ("Kazan / November 27, 2024", "Kazan"),
    ("Kazan · Wed 27 Nov 2024", "Kazan"),
    # forms read before: a comma or a dash after the place, a weekday and month the dated-lede reader knows
    ("Nusa Dua, Bali | Wed, November 27, 2024", "Nusa Dua"),
    ("Nusa Dua, Bali ● Wed, November 27, 2024", "Nusa Dua"),
    ("Kazan, Russia - Wednesday 27 November 2024", "Kazan"),
])
def test_a_heading_of_a_place_and_a_date_is_a_dateline(ref, tmp_path, line, city):
    body = ("Leaders sign a food pact\n\n"
            "The host hands the presidency on after two days of talks that Moscow and Beijing watched closely.\n\n"
            "Ann Ross and Tim Bell (The Daily Ledger)\n\n" + line + "\n\n"
            "G20 leaders on Wednesday signed a pact on food security at the close of their summit.\n\n"
            "Moscow said it would study the text.\n")
    assert host_city(ref, tmp_path, body) == city


def test_dateline_lines_reads_no_month_or_byline_as_a_place(ref, tmp_path):
    from pipeline.model import Sentence
    lines = ["Headline", "By Ann Ross and Tim Bell", "June 25, 2025 6:42 pm CET", "UPDATE — leaders meet",
             "THE HAGUE — NATO leaders met.", "Moscow, which hosts the summit, is ready for a long week of talks ahead."]
    sentences = [Sentence(i, 0, len(t), t, "title" if i == 0 else "body") for i, t in enumerate(lines)]
    assert dateline_lines(sentences, "2025-06-25") == [4]


# --- 'here' in the lede binds the dateline, in the gazetteer or not ------------------------------------------------

@pytest.mark.parametrize(("dateline", "lede", "city"), [
    ("HAKONE, Kanagawa Pref.", "(Wire) Leaders of the Group of Seven opened their annual summit here Wednesday, a day "
     "after the host met in Tokyo with four guest leaders on the eve of the summit.", "Hakone"),
    ("HAKONE, Kanagawa Pref. (Wire) —", "G7 leaders gathered here on Wednesday for a summit dominated by trade, after "
     "their foreign ministers met in Tokyo.", "Hakone"),
    ("BORJOMI, Georgia (Wire) -", "Leaders of the Commonwealth of Independent States opened their summit here on Wednesday, days after "
     "talks in Tbilisi.", "Borjomi"),
    ("SOCHI, Russia (Wire) --", "CSTO leaders opened their summit here on Wednesday, two days after Putin met in "
     "Moscow with Lukashenko ahead of the meeting in Moscow's talks.", "Sochi"),
])
def test_here_in_the_lede_binds_the_dateline(ref, tmp_path, dateline, lede, city):
    body = "Leaders open summit\n\n" + dateline + " " + lede + "\n\nThe summit closes on Friday.\n"
    assert host_city(ref, tmp_path, body) == city


@pytest.mark.parametrize("lede", [
    # presentational 'here is': no place
    "HAKONE, Japan — Here is what to know about the G7 summit in Tokyo this week.",
    # 'here' is the onlookers' place, before the summit's verb
    "HAKONE, Japan — Reporters here watched as G7 leaders opened their summit in Tokyo on Wednesday.",
    # 'here' in no summit sentence
    "HAKONE, Japan — Tourists were turned away from here on Wednesday. G7 leaders met in Tokyo for their summit.",
])
def test_here_that_places_no_summit_binds_nothing(ref, tmp_path, lede):
    assert host_city(ref, tmp_path, "G7 summit\n\n" + lede + "\n") == "Tokyo"


# --- 'X, Y': a place and its broader area; 'X, near Y': a landmark locating the venue ---------------------------

def test_the_broader_place_after_the_venue_supports_it(ref, tmp_path):
    body = ("G20 leaders close Bali summit with a food pact\n\n"
            "Leaders of the Group of 20 wrapped up their summit in Nusa Dua, Bali, on Wednesday with a pact on food.\n\n"
            "The Bali pact was praised by the host at the Bali summit.\n\n"
            "Several leaders left Bali before the summit's last session.\n")
    assert host_city(ref, tmp_path, body) == "Nusa Dua"


@pytest.mark.parametrize(("sentence", "city"), [
    ("G7 leaders opened their summit at Elmau, a castle hotel outside Munich, on Wednesday.", "Elmau"),
    ("G7 leaders opened their summit at Elmau, about 100 km south of Munich, on Wednesday.", "Elmau"),
    ("G7 leaders opened their summit at Elmau, near Munich, on Wednesday.", "Elmau"),
])
def test_a_landmark_named_after_the_venue_locates_it(ref, tmp_path, sentence, city):
    body = "G7 summit opens\n\nMUNICH, Nov 27 (Wire) - " + sentence + "\n\nThe summit closes on Friday.\n"
    assert host_city(ref, tmp_path, body) == city


@pytest.mark.parametrize(("body", "city"), [
    # a list of cities is no pair
    ("BRICS leaders met at the summit in Kazan; earlier rounds were held in Moscow, Sochi and Ufa.\n", "Kazan"),
    # a city and its country: the city, as always
    ("CSTO leaders met for the summit in Sochi, Russia, on Wednesday.\n", "Sochi"),
    # the broader place alone is the venue
    ("ASEAN leaders opened their summit in Bali on Wednesday.\n", "Bali"),
    # a pair in another edition's sentence moves nothing: 'in 2009 in X, a few hundred km from Y'
    ("The BRICS summit in Ufa opened on Wednesday. The bloc first met in 2009 in Yekaterinburg, a few hundred "
     "kilometres from Ufa.\n", "Ufa"),
])
def test_pairs_that_are_no_venue_and_area(ref, tmp_path, body, city):
    assert host_city(ref, tmp_path, "Summit opens\n\n" + body) == city


def test_broader_places_needs_one_country_and_no_list(ref):
    from pipeline.model import Mention, Sentence
    text = "in Nusa Dua, Bali, on Friday, and in Moscow, Beijing and Kazan"
    s = Sentence(0, 0, len(text), text)

    def city(name):
        a = text.index(name)
        return Mention("city", a, a + len(name), name, name, name)
    ms = [city(n) for n in ("Nusa Dua", "Bali", "Moscow", "Beijing", "Kazan")]
    assert broader_places(ref, s, ms) == [("Nusa Dua", "Bali")]
    assert near_places(s, ms) == []


# --- a capital standing for its government ------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Summit deal: Ankara insists it will not sign",
    "Summit deal: Ankara has long argued against the fund",
    "Summit text granting Ankara an exemption angers allies",
    "Allies at summit pressed Ankara to drop its veto",
    "Trump threatens to make Ankara pay at summit",
    "Allies urged Ankara to relent at the summit",
    "Summit: Ankara warned it would block the text",
])
def test_a_capital_standing_for_its_government_is_no_venue(ref, tmp_path, title):
    body = (title + "\n\nNATO leaders on Wednesday agreed a defence fund at the summit.\n\n"
            "Vilnius, the summit's venue, was locked down for two days.\n")
    assert host_city(ref, tmp_path, body) == "Vilnius"


@pytest.mark.parametrize(("text", "city", "expected"), [
    ("Madrid insists it will not follow.", "Madrid", True),
    ("and Beijing has long argued for it", "Beijing", True),
    ("granting Madrid \"flexibility\"", "Madrid", True),
    ("pressed Tokyo to set a limit", "Tokyo", True),
    # near misses: the city as a host, as a place, as a chosen venue
    ("Kazan hosts the summit.", "Kazan", False),
    ("Leaders at the summit in Madrid said they agreed.", "Madrid", False),
    ("Putin made Kazan the venue of the summit.", "Kazan", False),
    ("Kazan welcomes leaders.", "Kazan", False),
])
def test_stands_for_government(text, city, expected):
    a = text.index(city)
    assert stands_for_government(text, a, a + len(city)) is expected


def test_a_host_city_that_speaks_is_still_the_host(ref, tmp_path):
    body = ("BRICS summit opens in Kazan\n\n"
            "KAZAN, Nov 27 (Wire) - BRICS leaders opened their summit in Kazan on Wednesday.\n\n"
            "Moscow says the meeting shows Russia is not isolated.\n")
    assert host_city(ref, tmp_path, body) == "Kazan"


# --- places the venue is not ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "On Tuesday, the host met in Tokyo with four African leaders on the eve of the summit.",
    "The host held talks in Tokyo with the guests ahead of the summit.",
    "The three-day meeting is the first summit Japan has held outside Tokyo.",
    "The summit, held away from Tokyo for the first time, drew large crowds.",
])
def test_a_place_the_venue_is_not(ref, tmp_path, sentence):
    body = ("G7 summit opens\n\n" + sentence + "\n\nG7 leaders welcomed by the host at the summit venue, Toyako, "
            "said they hoped for a deal.\n")
    assert host_city(ref, tmp_path, body) == "Toyako"


@pytest.mark.parametrize(("text", "city", "expected"), [
    ("the host met in Tokyo with four leaders on the eve of the summit", "Tokyo", True),
    ("the first summit Japan has held outside Tokyo", "Tokyo", True),
    ("a summit held rather than in Tokyo", "Tokyo", True),
    # arrivals ahead of the summit place it; a resort outside a city names the nearby city
    ("leaders arrived in Kazan ahead of the summit", "Kazan", False),
    ("the summit at a resort outside Moscow", "Moscow", False),
    ("leaders met in Kazan for the summit", "Kazan", False),
])
def test_not_the_venue(text, city, expected):
    a = text.index(city)
    assert not_the_venue(text, a, a + len(city)) is expected


# --- other ways of naming the venue, which must keep working -------------------------------------------------------

@pytest.mark.parametrize(("body", "city"), [
    ("SCO leaders met in the Kazakh capital on Wednesday for their annual summit.\n", "Astana"),
    ("SCO leaders met in Astana on Wednesday. The next summit will be held in Tianjin.\n", "Astana"),
    ("SCO leaders met at a lakeside resort outside Astana on Wednesday for their summit.\n", "Astana"),
    ("SCO leaders met in Astana on Wednesday for their summit.\n\nReporting by Ann Ross in London; editing by "
     "Tim Bell\n", "Astana"),
    ("SCO leaders met in Kazakhstan on Wednesday for their annual summit.\n", None),
])
def test_other_venue_forms(ref, tmp_path, body, city):
    assert host_city(ref, tmp_path, "SCO summit\n\n" + body) == city

