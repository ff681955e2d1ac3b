"""Round 11 (helper l): the summit's host city against datelines, other events' cities and travel stops."""

from __future__ import annotations

from tests.extraction.conftest import extract_text, host_city


def test_a_dateline_loses_to_the_city_a_leader_travels_to_for_the_summit(ref, tmp_path):
    text = ("SCO leaders to meet in Bishkek\n\nDushanbe, 10 June 2019 - Capital Wire\n\nPresident Emomali "
            "Rahmon will travel to Bishkek to attend the summit of the Shanghai Cooperation Organisation "
            "on Friday, his office said.\n")
    assert host_city(ref, tmp_path, text, "2019-06-10") == "Bishkek"
    text = ("CIS summit opens\n\nMinsk, 3 October 2019 - Belta Wire\n\nPresident Alexander Lukashenko "
            "flies to Kazan on Friday for a meeting of the CIS heads of state, aides said.\n")
    assert host_city(ref, tmp_path, text, "2019-10-03") == "Kazan"


def test_a_dateline_stays_when_the_travel_is_not_to_take_part(ref, tmp_path):
    text = ("SCO leaders gather\n\nBishkek, 13 June 2019 - Capital Wire\n\nThe summit of the Shanghai "
            "Cooperation Organisation opens on Friday. President Emomali Rahmon will travel to Moscow "
            "next week on a private visit.\n")
    assert host_city(ref, tmp_path, text, "2019-06-13") == "Bishkek"
    text = ("Leaders gather\n\nBishkek, 13 June 2019 - Capital Wire\n\nPresident Emomali Rahmon will "
            "travel to Bishkek to attend the summit of the Shanghai Cooperation Organisation.\n")
    assert host_city(ref, tmp_path, text, "2019-06-13") == "Bishkek"


def test_a_city_named_for_another_event_is_not_the_venue(ref, tmp_path):
    text = ("G20 summit in Osaka overshadowed by Madrid bombings\n\nG20 leaders held a silence for the "
            "victims of the bombings in Madrid and Lisbon. The Madrid attacks dominated the summit. The "
            "summit was meant to discuss trade, but the Madrid bombings changed that.\n")
    assert host_city(ref, tmp_path, text, "2019-06-28") == "Osaka"


def test_agreements_signed_at_the_venue_still_place_the_summit(ref, tmp_path):
    text = ("SCO summit\n\nThe SCO summit ended on Friday. At the summit, leaders signed five agreements "
            "in Bishkek, and the Minsk agreements were not discussed.\n")
    assert host_city(ref, tmp_path, text, "2019-06-14") == "Bishkek"


def test_a_city_a_leader_comes_from_or_goes_on_to_is_not_the_venue(ref, tmp_path):
    text = ("Leaders converge on Vilnius for NATO summit\n\nThe NATO summit opens on Tuesday. President "
            "Joe Biden arrives on Monday from Finland, where he is due to meet Nordic leaders in Helsinki "
            "at a summit of his own, and he will then travel to Warsaw after the summit closes.\n")
    assert host_city(ref, tmp_path, text, "2023-07-10") == "Vilnius"
    text = ("NATO summit opens\n\nThe NATO summit opens on Tuesday. Leaders flying in from Warsaw for the "
            "summit were met at the airport, and they meet in Vilnius on Tuesday.\n")
    assert host_city(ref, tmp_path, text, "2023-07-10") == "Vilnius"


def test_a_new_clause_after_the_where_clause_names_the_venue_again(ref, tmp_path):
    text = ("NATO summit this week\n\nThe NATO summit opens on Thursday. The president flies in from "
            "Latvia, where he meets Baltic leaders in Riga, and on Thursday he will visit a school in "
            "Vilnius before the summit opens.\n")
    assert host_city(ref, tmp_path, text, "2023-07-10") == "Vilnius"


def test_leaders_descending_on_a_city_or_also_in_it(ref, tmp_path):
    text = ("World leaders descend on Biarritz for G7 summit\n\nThe G7 summit opens on Saturday. Security "
            "is tight in Paris too.\n")
    assert host_city(ref, tmp_path, text, "2019-08-23") == "Biarritz"
    text = ("G7 summit opens\n\nThe G7 summit opens on Saturday. The heads of several agencies are also "
            "in Biarritz. A Paris think tank said the summit was a test.\n")
    assert host_city(ref, tmp_path, text, "2019-08-23") == "Biarritz"


def test_newport_in_wales_is_a_venue_of_the_united_kingdom(ref, tmp_path):
    text = ("NATO leaders gather\n\nThe NATO summit opens on Thursday at a golf resort in Newport, Wales, "
            "with heads of government from across the alliance.\n")
    out = extract_text(ref, tmp_path, text, "2014-09-03")
    assert (out["summit"]["host_city"], out["summit"]["host_country"]) == ("Newport", "United Kingdom")
