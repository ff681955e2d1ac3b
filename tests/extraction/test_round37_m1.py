"""Round 37 (M1): membership told as lists, name expansions and histories (pipeline/membership_lists.py), on small
invented articles (published Wednesday 27 November 2024)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

_NATO = ("Allies meet in Rome\n\n"
         "ROME, Nov 27 (Tiber Wire) - NATO leaders on Wednesday opened a two-day summit in Rome with a pledge on air "
         "defence.\n\n")
_BRICS = ("Bloc meets in Kazan\n\n"
          "KAZAN, Nov 27 (Volga Wire) - BRICS leaders on Wednesday opened a three-day summit in Kazan on trade in "
          "national currencies.\n\n")
_G20 = ("Leaders gather in Rome\n\n"
        "ROME, Nov 27 (Tiber Wire) - G20 leaders on Wednesday opened a two-day summit in Rome on debt relief.\n\n")
_G7 = ("Leaders gather in Bari\n\n"
       "BARI, Nov 27 (Tiber Wire) - Group of Seven leaders on Wednesday opened a two-day summit in Bari on debt "
       "relief.\n\n")
_SCO = ("Bloc meets in Astana\n\n"
        "ASTANA, Nov 27 (Steppe Wire) - Leaders of the Shanghai Cooperation Organisation on Wednesday opened a summit "
        "in Astana on security.\n\n")
_EAEU = ("Union meets in Minsk\n\n"
         "MINSK, Nov 27 (Volga Wire) - Leaders of the Eurasian Economic Union on Wednesday opened a summit in Minsk on "
         "trade.\n\n")
_ASEAN = ("Bloc meets in Vientiane\n\n"
          "VIENTIANE, Nov 27 (Mekong Wire) - ASEAN leaders on Wednesday opened a two-day summit in Vientiane on the "
          "South China Sea.\n\n")

_HEADS = {"NATO": _NATO, "BRICS": _BRICS, "G20": _G20, "G7": _G7, "SCO": _SCO, "EAEU": _EAEU, "ASEAN": _ASEAN}
_G7_STATES = {"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"}
_BRICS5 = {"Brazil", "Russia", "India", "China", "South Africa"}


def _members(ref, tmp_path, org: str, body: str) -> set[tuple]:
    return member_set(extract_text(ref, tmp_path, _HEADS[org] + body + "\n"))


def _with(ref, tmp_path, org: str, body: str, status: str = "member") -> set[str]:
    return {c for c, st in _members(ref, tmp_path, org, body) if st == status}


# --- a counted roster: 'The 16 allies are A, B, ...', 'The seven - A, B, ... -' --------------------------------------

@pytest.mark.parametrize(("org", "body", "expected"), [
    ("NATO", "The 12 founding allies were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the "
             "Netherlands, Norway, Portugal, Britain and the United States.",
     {"Belgium", "Canada", "Iceland", "Luxembourg", "Portugal", "United States"}),
    ("G7", "The seven - Japan, Germany, France, Britain, Italy, Canada and the United States - will meet again in June "
           "to talk about currencies.", _G7_STATES),
    ("G7", "The seven are Japan, Germany, France, Britain, Italy, Canada and the United States.", _G7_STATES),
    ("BRICS", "The five - Brazil, Russia, India, China and South Africa - launched their own bank in 2014.", _BRICS5),
    ("NATO", "Its 14 allies at the time were Belgium, Britain, Canada, Denmark, France, Greece, Iceland, Italy, "
             "Luxembourg, the Netherlands, Norway, Portugal, Turkey and the United States.",
     {"Greece", "Turkey", "Denmark", "Norway"}),
])
def test_a_counted_roster_lists_members(ref, tmp_path, org, body, expected):
    assert expected <= _with(ref, tmp_path, org, body)


@pytest.mark.parametrize(("org", "body", "absent"), [
    # a count of guests, not of members
    ("BRICS", "The 20 guests are Cuba, Bolivia, Vietnam and Kazakhstan.", {"Cuba", "Bolivia", "Vietnam"}),
    # a numeral alone for a small sub-group
    ("BRICS", "The three - Russia, China and Iran - held joint naval drills last month.", {"Russia", "China"}),
    # a numeral alone whose list does not add up
    ("G7", "The seven - Japan, Germany, France and Italy - will meet in June.", {"Japan", "Germany"}),
    # the counted list is suspended, not simply members
    ("NATO", "The four allies - Denmark, Norway, Iceland and Portugal - were suspended from the planning group.",
     {"Denmark", "Norway"}),
])
def test_no_roster_from_guests_subgroups_or_other_statuses(ref, tmp_path, org, body, absent):
    assert not _with(ref, tmp_path, org, body) & absent


# --- a counted few, some named: 'only four allies, A and B among them,' ----------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Spending two percent is a goal that only four allies, Britain and Greece among them, currently reach.",
     {"United Kingdom", "Greece"}),
    ("A handful of members, notably Hungary and Slovakia, objected to the wording.", {"Hungary", "Slovakia"}),
])
def test_a_counted_few_with_examples(ref, tmp_path, body, expected):
    assert expected <= _with(ref, tmp_path, "NATO", body)


@pytest.mark.parametrize("body", [
    "Four members of the G7, Japan among them, backed the plan.",
    "Several allies want more troops, Poland among them, and Japan agrees.",
])
def test_no_examples_from_another_body_or_without_the_cue(ref, tmp_path, body):
    assert "Japan" not in _with(ref, tmp_path, "NATO", body)


# --- a name spelt out: 'BRICS, long shorthand for A, B, C, D and E' ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "BRICS, long shorthand for Brazil, Russia, India, China and South Africa, has since doubled in size.",
    "It is the first meeting since the grouping - originally shorthand for Brazil, Russia, India, China and South "
    "Africa - took in new members.",
    "The name, which stands for Brazil, Russia, India, China and South Africa, was coined by a banker.",
    "The acronym stood for Brazil, Russia, India, China and South Africa until this year.",
])
def test_a_name_spelt_out_gives_its_members(ref, tmp_path, body):
    assert _BRICS5 <= _with(ref, tmp_path, "BRICS", body)


@pytest.mark.parametrize("body", [
    # another body's name
    "IBSA, short for India, Brazil and South Africa, meets separately on Thursday.",
    # shorthand of something else
    "Officials used the word trio as shorthand for India, Brazil and South Africa.",
])
def test_another_name_spelt_out_gives_nothing(ref, tmp_path, body):
    assert not _with(ref, tmp_path, "BRICS", body) & {"India", "Brazil", "South Africa"}


# --- histories: '... joining A, B and C', 'which A joined alongside B', 'after A was admitted at a summit' ---------------

@pytest.mark.parametrize(("org", "body", "expected"), [
    ("BRICS", "It was the first expansion since South Africa was brought into the group in 2010, joining Brazil, "
              "Russia, India and China.", _BRICS5),
    ("BRICS", "Nothing has changed since South Africa itself was brought into what was then BRIC back in 2010, joining "
              "Brazil, Russia, India and China.", _BRICS5),
    ("SCO", "Pakistan became a full member of the bloc in 2017, joining China, Russia, Kazakhstan and Tajikistan.",
     {"China", "Russia", "Kazakhstan", "Tajikistan"}),
    ("SCO", "He has kept his distance from the bloc, which India joined alongside Pakistan in 2017.", {"India", "Pakistan"}),
    ("NATO", "Ankara's place in the alliance, which Turkey joined together with Greece in 1952, was never in doubt.",
     {"Greece", "Turkey"}),
    ("SCO", "The accession came barely a year after Iran was admitted at a virtual summit hosted by India.", {"Iran"}),
    ("G7", "Canada was absent from the first meeting; it was brought in at the U.S. insistence in 1976.", {"Canada"}),
    ("G7", "Canada was formally brought in in 1976, a year after the first meeting.", {"Canada"}),
    ("EAEU", "Armenia acceded to the union in January 2015, and Kyrgyzstan in August of the same year.", {"Kyrgyzstan"}),
    ("EAEU", "Armenia was admitted to the union in January 2015, and Kyrgyzstan in August.", {"Kyrgyzstan"}),
    ("NATO", "Croatia and Albania were the last countries to join, in 2009.", {"Croatia", "Albania"}),
    ("NATO", "Finland was the most recent country to join, in 2023.", {"Finland"}),
    ("EAEU", "The Treaty on the Eurasian Economic Union was signed in Astana (now Nur-Sultan) in May 2014 by Belarus, "
             "Kazakhstan and Russia.", {"Belarus", "Kazakhstan", "Russia"}),
])
def test_a_history_names_members(ref, tmp_path, org, body, expected):
    assert expected <= _with(ref, tmp_path, org, body)


def test_a_recent_bare_admission_is_joining(ref, tmp_path):
    assert "Belarus" in _with(ref, tmp_path, "SCO", "The mood was upbeat after Belarus was admitted at last week's "
                                                     "summit in Minsk.", "joining")


@pytest.mark.parametrize(("org", "body", "absent"), [
    ("BRICS", "Brazil joined the talks in 2010, joining Russia and China in a call for calm.", {"Russia", "China"}),
    ("BRICS", "The talks, which India joined alongside Brazil in 2019, stalled.", {"India", "Brazil"}),
    ("BRICS", "Lula was admitted to hospital in October after a fall.", {"Brazil"}),
    ("EAEU", "Armenia joined Russia in May, and Kyrgyzstan in June, in calling for talks.", {"Kyrgyzstan"}),
    ("NATO", "Finland was the latest to join the European Union in 1995.", {"Finland"}),
    ("NATO", "Sweden joined the European Union in 1995, and Austria in the same year.", {"Austria"}),
])
def test_no_history_from_talks_hospitals_or_other_bodies(ref, tmp_path, org, body, absent):
    assert not _with(ref, tmp_path, org, body) & absent


# --- members named through their leaders, introduced as members' leaders ------------------------------------------------

@pytest.mark.parametrize(("org", "body", "expected"), [
    ("G20", "Of the 19 member countries, the leaders of Brazil, India, Japan and Turkey came in person.",
     {"Brazil", "India", "Japan", "Turkey"}),
    ("ASEAN", "Of the bloc's ten member states, the presidents of Indonesia, the Philippines and Singapore arrived on "
              "Tuesday.", {"Indonesia", "Philippines", "Singapore"}),
    ("SCO", "Xi was joined by the leaders of the four Central Asian founding members: Kazakhstan's Kassym-Jomart "
            "Tokayev, Kyrgyzstan's Sadyr Japarov and Tajikistan's Emomali Rahmon.",
     {"Kazakhstan", "Kyrgyzstan", "Tajikistan"}),
    ("NATO", "Of its 32 members, the heads of government of Estonia, Latvia and Lithuania spoke first.",
     {"Estonia", "Latvia", "Lithuania"}),
])
def test_members_named_through_their_leaders(ref, tmp_path, org, body, expected):
    assert expected <= _with(ref, tmp_path, org, body)


@pytest.mark.parametrize(("org", "body", "absent"), [
    ("BRICS", "Of the nine invited countries, the leaders of Cuba, Bolivia and Vietnam came in person.",
     {"Cuba", "Bolivia", "Vietnam"}),
    ("BRICS", "The leaders of eight guest countries attended the dinner: Cuban President Miguel Diaz-Canel, Bolivian "
              "President Luis Arce and Vietnamese Prime Minister Pham Minh Chinh.", {"Cuba", "Bolivia", "Vietnam"}),
    ("NATO", "Later, the leaders of the G7 member states met over dinner: Japanese Prime Minister Shigeru Ishiba and "
             "Canadian Prime Minister Justin Trudeau.", {"Japan"}),
    ("ASEAN", "Also at the table were the leaders of the dialogue partners: Japanese Prime Minister Shigeru Ishiba and "
              "New Zealand Prime Minister Christopher Luxon.", {"Japan", "New Zealand"}),
])
def test_leaders_not_introduced_as_members_give_nothing(ref, tmp_path, org, body, absent):
    assert not _with(ref, tmp_path, org, body) & absent


# --- member bodies counted in with the states ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("The G20, for what it is worth, is 19 countries plus the European Union and, since 2023, the African Union.",
     {"European Union", "African Union"}),
    ("The club brings together 19 countries as well as the European Union.", {"European Union"}),
    ("The African Union, which took its seat as the club's 21st member in 2023, sent its chairman.", {"African Union"}),
])
def test_member_bodies_counted_in(ref, tmp_path, body, expected):
    assert expected <= _with(ref, tmp_path, "G20", body)


@pytest.mark.parametrize("body", [
    "The delegation list is 19 countries plus the United Nations and the World Bank.",
    "The African Union took its seat as an observer at the talks.",
])
def test_no_member_body_from_other_counts(ref, tmp_path, body):
    assert not _with(ref, tmp_path, "G20", body) & {"United Nations", "World Bank", "African Union"}
