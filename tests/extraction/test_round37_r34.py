"""Round 37 (R34): the misses of round 34 as general forms of news prose, each family on small invented articles
(published Wednesday 27 November 2024).

Summit dates: a dateline closed by an agency's name ('BISHKEK, NOVEMBER 27, KABAR.'), the leaders gathered in a place
on a date with no summit noun ('Leaders gathered in Ufa on Nov 25-26 ...'), the host welcoming the leaders on two
days, and another body's summit hosted on a date ('Tomorrow, November 28, Dushanbe will host the summit of ...').
Host city: a venue on the outskirts of a town, which once staged a sports event.
Attendance: a capital sending its minister while a clause of its own names rivals, an unknown name sent, 'filling
in for', passing the gavel, briefing colleagues, sitting down with the leaders, 'represented, as at ..., by', an
aside naming another summit, a quoted host, 'said he would use the summit to', the target of pressure, invitees to
an outreach dialogue.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text


def _out(ref, tmp_path, body: str) -> dict:
    return extract_text(ref, tmp_path, body)


def _people(ref, tmp_path, body: str) -> set[tuple]:
    return {(p, s) for p, _c, s in attendee_set(_out(ref, tmp_path, body))}


def _dates(ref, tmp_path, body: str, published: str = "2024-11-27") -> str | None:
    return extract_text(ref, tmp_path, body, published)["summit"]["dates"]


# --- a dateline closed by an agency's name dates the report, not the summit ----------------------------------------

@pytest.mark.parametrize("dateline", [
    "BISHKEK, NOVEMBER 27, KABAR.",
    "BISHKEK, Nov 27, Kabar.",
    "BISHKEK, November 27, Steppe News -",
])
def test_an_agency_dateline_leaves_the_weekday_to_the_summit(ref, tmp_path, dateline):
    body = ("Leaders head to Bishkek\n\n" + dateline + " Heads of state of the Collective Security Treaty "
            "Organization will meet in Bishkek on Friday for their annual summit.\n\n"
            "The agenda includes a new strategy for the region.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-29"


def test_a_date_going_on_into_a_clause_is_no_dateline(ref, tmp_path):
    body = ("Leaders meet in Bishkek\n\n"
            "Heads of state of the Collective Security Treaty Organization held their summit in Bishkek on "
            "November 26, officials said on Friday.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-26"


@pytest.mark.parametrize(("lede", "preview", "status"), [
    ("BISHKEK, NOVEMBER 27, KABAR.", "the participation of President of Russia Vladimir Putin and President of "
     "Belarus Alexander Lukashenko has been confirmed.", "expected"),
    ("BISHKEK, Nov 27, Kabar.", "the participation of Vladimir Putin and Alexander Lukashenko is confirmed.",
     "expected"),
])
def test_a_confirmed_participation_in_a_preview_is_expected(ref, tmp_path, lede, preview, status):
    body = ("Leaders head to Bishkek\n\n" + lede + " Heads of state of the Collective Security Treaty Organization "
            "will meet in Bishkek on Friday for their annual summit.\n\n"
            "According to the presidential press service, " + preview + "\n")
    assert ("Vladimir Putin", status) in _people(ref, tmp_path, body)
    assert ("Alexander Lukashenko", status) in _people(ref, tmp_path, body)


# --- the leaders gathered in a place on a date, without the summit's noun -------------------------------------------

_UFA = ("Bloc opens its doors\n\n"
        "By Jane Roe\n\n"
        "UFA, Russia -- For years the Shanghai Cooperation Organisation was a small club. After two days of "
        "meetings in the city, it is about to become much larger.\n\n")


@pytest.mark.parametrize("told", [
    "Leaders gathered in Ufa on Nov 25-26 formally opened the door to two new members.",
    "Heads of state met in Ufa on Nov 25-26 and opened the door to two new members.",
])
def test_leaders_gathered_in_a_place_on_dates_date_the_summit(ref, tmp_path, told):
    body = _UFA + told + "\n\nThe summit's decision was signed on Nov 26 in the congress hall.\n"
    assert _dates(ref, tmp_path, body, "2024-11-26") == "2024-11-25/2024-11-26"


def test_ministers_gathered_in_a_place_do_not_date_the_summit(ref, tmp_path):
    body = _UFA + ("Foreign ministers gathered in Ufa on Nov 20-21 to prepare the texts.\n\n"
                   "The summit's decision was signed on Nov 26 in the congress hall.\n")
    assert _dates(ref, tmp_path, body, "2024-11-26") != "2024-11-20/2024-11-21"


@pytest.mark.parametrize(("welcome", "dates"), [
    ("Chancellor Olaf Scholz will welcome the heads of state and government of the Group of 20 on Friday and "
     "Saturday at the trade fair grounds.", "2024-11-29/2024-11-30"),
    ("The prime minister will host the leaders of the bloc on Friday and Saturday at a lakeside hotel.",
     "2024-11-29/2024-11-30"),
])
def test_the_host_welcoming_the_leaders_dates_the_summit(ref, tmp_path, welcome, dates):
    body = ("G20 summit in Hamburg: the guests and the protests\n\n"
            "Hamburg is turning into a fortress ahead of this week's G20 summit.\n\n" + welcome + "\n\n"
            "The US president stops in Warsaw on Thursday for a speech before flying to Hamburg for the summit.\n")
    assert _dates(ref, tmp_path, body) == dates


def test_another_bodys_summit_hosted_on_a_date_is_not_this_ones(ref, tmp_path):
    body = ("CIS summit in Dushanbe\n\n"
            "DUSHANBE, Nov 27 (Pamir Wire) - The heads of state of the Commonwealth of Independent States "
            "today gathered in the Tajik capital for a regular session of the CIS Council of Heads of State.\n\n"
            "Tomorrow, November 28, Dushanbe will host the summit of the Collective Security Treaty Organization.\n")
    assert _dates(ref, tmp_path, body) == "2024-11-27"


# --- the venue on a town's outskirts decides the host city ---------------------------------------------------------

@pytest.mark.parametrize("venue", [
    "the hilltop golf hotel on the outskirts of Newport that staged the 2010 golf cup",
    "a spa hotel on the edge of Newport",
])
def test_a_venue_on_the_outskirts_of_a_town_names_the_host_city(ref, tmp_path, venue):
    body = ("Alliance summit: leaders to agree a rapid force\n\n"
            "Leaders from across the alliance will arrive in south Wales on Thursday for the Nato summit.\n\n"
            "More than 60 presidents and prime ministers are due at the Valley Lodge resort, " + venue +
            ", for the first Nato gathering in Britain in decades.\n\n"
            "A ceasefire deal could be agreed at talks in Minsk on Friday, which could overshadow the summit's "
            "closing session.\n")
    assert _out(ref, tmp_path, body)["summit"]["host_city"] == "Newport"


# --- a capital sends its minister; a clause of its own names others -------------------------------------------------

_LISBON = ("Alliance leaders gather in Lisbon\n\n"
           "LISBON, Nov 27 - NATO leaders will meet in Lisbon on Friday for a two-day summit.\n\n")


def test_the_one_sent_by_a_capital_is_expected_and_rivals_in_a_later_clause_are_not_attendees(ref, tmp_path):
    body = _LISBON + ("Robert Fico, the Slovak prime minister, is not attending, and Bratislava will instead send "
                      "its foreign minister, Juraj Blanar, as a dispute between Peter Pellegrini and Michal "
                      "Simecka drags on.\n")
    people = _people(ref, tmp_path, body)
    assert ("Juraj Blanar", "expected") in people
    assert ("Robert Fico", "absent") in people
    assert not any(p == "Peter Pellegrini" for p, _s in people)


@pytest.mark.parametrize("sent", [
    "Slovakia will send its defence minister, Jonas Wellerby, to the summit.",
    "Bratislava will instead send its defence minister, Jonas Wellerby.",
    "Slovakia will dispatch its defence minister, Jonas Wellerby, to the talks.",
])
def test_an_unknown_name_sent_by_a_country_is_found(ref, tmp_path, sent):
    assert ("Jonas Wellerby", "expected") in _people(ref, tmp_path, _LISBON + sent + "\n")


def test_a_leader_in_a_while_clause_after_the_sending_is_not_the_one_sent(ref, tmp_path):
    body = _LISBON + "Tokyo will send its foreign minister, Yoko Kamikawa, while Fumio Kishida stays on for a vote.\n"
    assert ("Fumio Kishida", "expected") not in _people(ref, tmp_path, body)


def test_sent_as_an_envoy_keeps_the_envoy(ref, tmp_path):
    body = _LISBON + "Slovakia will send Jonas Wellerby as its special envoy.\n"
    assert ("Jonas Wellerby", "expected") in _people(ref, tmp_path, body)


# --- filling in for an absent leader --------------------------------------------------------------------------------

_G7_REPORT = ("Group leaders meet\n\n"
              "TAORMINA, Italy (Wire) - G7 leaders ended their annual summit on Wednesday.\n\n")


@pytest.mark.parametrize("told", [
    "Vice President Kamala Harris is filling in for President Joe Biden, who remained in Washington.",
    "Vice President Kamala Harris filled in for President Joe Biden, who stayed in Washington for a vote.",
    "Vice President Kamala Harris, filling in for President Joe Biden, who stayed in Washington, joined the "
    "leaders for the final session.",
])
def test_filling_in_for_a_leader_makes_him_absent(ref, tmp_path, told):
    people = _people(ref, tmp_path, _G7_REPORT + told + "\n")
    assert ("Joe Biden", "absent") in people
    assert ("Kamala Harris", "attended") in people


# --- acts done at the summit's table --------------------------------------------------------------------------------

_AU = ("Union leaders open summit\n\n"
       "ADDIS ABABA, Nov 27 (Wire) - African Union leaders on Wednesday opened their annual summit in Addis "
       "Ababa.\n\n")


@pytest.mark.parametrize(("told", "who"), [
    ("Mauritania's Mohamed Ould Ghazouani passed the gavel to Angola's Joao Lourenco.", "Mohamed Ould Ghazouani"),
    ("Mauritania's Mohamed Ould Ghazouani handed the gavel over to his successor at the opening.",
     "Mohamed Ould Ghazouani"),
    ("Kenya's President William Ruto and Ghana's Nana Akufo-Addo briefed colleagues on the peace plan.",
     "Nana Akufo-Addo"),
    ("Kenya's President William Ruto briefed colleagues about the outbreak.", "William Ruto"),
    ("Kenya's President William Ruto updated his counterparts on the mediation effort.", "William Ruto"),
])
def test_an_act_at_the_table_makes_an_attendee(ref, tmp_path, told, who):
    assert (who, "attended") in _people(ref, tmp_path, _AU + told + "\n")


@pytest.mark.parametrize(("told", "who"), [
    ("Kenya's President William Ruto briefed parliament on the budget last month.", "William Ruto"),
    ("Kenya's President William Ruto passed the bill to the senate last month.", "William Ruto"),
])
def test_acts_elsewhere_make_no_attendee(ref, tmp_path, told, who):
    assert (who, "attended") not in _people(ref, tmp_path, _AU + told + "\n")


@pytest.mark.parametrize(("told", "who"), [
    ("Antonio Guterres, the UN secretary-general, sat down with the leaders on Wednesday.", "António Guterres"),
    ("UN Secretary-General Antonio Guterres sat down with the heads of state for a session on aid.",
     "António Guterres"),
])
def test_sitting_down_with_the_leaders_makes_an_attendee(ref, tmp_path, told, who):
    assert (who, "attended") in _people(ref, tmp_path, _G7_REPORT + told + "\n")


def test_sitting_down_with_rebels_is_no_attendance(ref, tmp_path):
    body = _G7_REPORT + "UN Secretary-General Antonio Guterres sat down with rebel commanders in Goma in May.\n"
    assert ("António Guterres", "attended") not in _people(ref, tmp_path, body)


# --- a representation with an aside between verb and agent ---------------------------------------------------------

@pytest.mark.parametrize("told", [
    "Nigeria's President Bola Tinubu was represented, as at the last two summits, by his vice president, "
    "Kashim Shettima.",
    "Nigeria's President Bola Tinubu was represented, once again, by his vice president, Kashim Shettima.",
])
def test_represented_with_an_aside_makes_a_stand_in(ref, tmp_path, told):
    people = _people(ref, tmp_path, _AU + told + "\n")
    assert ("Bola Tinubu", "absent") in people
    assert ("Kashim Shettima", "attended") in people


# --- another summit named in a person's aside ----------------------------------------------------------------------

def test_another_summit_in_an_aside_leaves_the_sentence_to_this_one(ref, tmp_path):
    body = ("Bloc meets in Kazan\n\n"
            "KAZAN, Nov 27 (Wire) - Leaders of the Shanghai Cooperation Organisation met in Kazan on Wednesday for "
            "their annual summit.\n\n"
            "Chinese President Xi Jinping, who also attended the BRICS gathering, was joined by the leaders of the "
            "founding members: Kazakhstan's Kassym-Jomart Tokayev, Kyrgyzstan's Sadyr Japarov and Tajikistan's "
            "Emomali Rahmon.\n")
    assert ("Sadyr Japarov", "attended") in _people(ref, tmp_path, body)


def test_another_summit_as_the_main_clause_still_counts_as_another(ref, tmp_path):
    body = ("Bloc meets in Kazan\n\n"
            "KAZAN, Nov 27 (Wire) - Leaders of the Shanghai Cooperation Organisation met in Kazan on Wednesday for "
            "their annual summit.\n\n"
            "Kyrgyz President Sadyr Japarov attended the BRICS summit in Johannesburg last year.\n")
    assert ("Sadyr Japarov", "attended") not in _people(ref, tmp_path, body)


# --- a quoted host, a speaker's reported intention, the target of pressure ------------------------------------------

def test_a_quoted_speaker_named_as_the_host_attends(ref, tmp_path):
    body = _G7_REPORT + '"We stand together," said Italian Prime Minister Giorgia Meloni, the host, with a smile.\n'
    assert ("Giorgia Meloni", "attended") in _people(ref, tmp_path, body)


def test_a_quoted_speaker_hosting_something_else_is_not_made_an_attendee(ref, tmp_path):
    body = _G7_REPORT + '"We stand together," said Olaf Scholz, the host of a party congress in Berlin.\n'
    assert ("Olaf Scholz", "attended") not in _people(ref, tmp_path, body)


@pytest.mark.parametrize("told", [
    "Canadian Prime Minister Justin Trudeau said he would use the summit to press for a deal on plastics.",
    "Canadian Prime Minister Justin Trudeau said he would use the gathering to promote a treaty on mines.",
])
def test_said_he_would_use_the_summit_in_a_report_attends(ref, tmp_path, told):
    assert ("Justin Trudeau", "attended") in _people(ref, tmp_path, _G7_REPORT + told + "\n")


@pytest.mark.parametrize("told", [
    "German Chancellor Olaf Scholz, the senior figure at the table, pushed his colleagues to keep up pressure on "
    "Russian President Vladimir Putin, who is wanted by the court.",
    "Leaders at the table agreed new sanctions against Russian President Vladimir Putin.",
])
def test_the_target_of_pressure_is_no_attendee(ref, tmp_path, told):
    assert not any(p == "Vladimir Putin" for p, _s in _people(ref, tmp_path, _G7_REPORT + told + "\n"))


# --- invitees to the summit's outreach dialogue ---------------------------------------------------------------------

@pytest.mark.parametrize("told", [
    "Thai Prime Minister Paetongtarn Shinawatra and Tajik President Emomali Rahmon have been invited to the "
    "dialogue.",
    "Thai Prime Minister Paetongtarn Shinawatra and Tajik President Emomali Rahmon have been invited to the "
    "BRICS Plus dialogue.",
])
def test_invitees_to_the_outreach_dialogue_are_expected(ref, tmp_path, told):
    body = ("BRICS leaders meet in Kazan\n\n"
            "Leaders of the BRICS countries met in Kazan on Wednesday for a two-day summit that ends on Thursday.\n\n"
            "Tomorrow, the BRICS leaders will hold a dialogue with developing countries.\n\n" + told + "\n")
    assert ("Emomali Rahmon", "expected") in _people(ref, tmp_path, body)


def test_invitees_to_another_event_are_not_attendees(ref, tmp_path):
    body = ("BRICS leaders meet in Kazan\n\n"
            "Leaders of the BRICS countries met in Kazan on Wednesday for a two-day summit that ends on Thursday.\n\n"
            "Tajik President Emomali Rahmon has been invited to a wedding in Dushanbe.\n")
    assert not any(p == "Emomali Rahmon" for p, _s in _people(ref, tmp_path, body))


# --- membership told in running prose -------------------------------------------------------------------------------

def _members(ref, tmp_path, body: str) -> set[tuple]:
    return {(m["country"], m["status"]) for m in _out(ref, tmp_path, body)["members"]}


@pytest.mark.parametrize("told", [
    "The seven -- the United States, France, Britain, Germany, Japan, Italy and Canada -- have met every year since "
    "1975.",
    "The seven — the United States, France, Britain, Germany, Japan, Italy and Canada — meet again next year.",
])
def test_a_numbered_group_spelled_out_between_dashes_names_the_members(ref, tmp_path, told):
    assert ("Japan", "member") in _members(ref, tmp_path, _G7_REPORT + told + "\n")


def test_a_dashed_list_of_another_count_is_no_member_list(ref, tmp_path):
    body = _G7_REPORT + "The three -- France, Brazil and India -- signed a separate pact on forests.\n"
    assert ("Brazil", "member") not in _members(ref, tmp_path, body)


@pytest.mark.parametrize("told", [
    "Sweden and Finland were the last countries to join, in 2023.",
    "Sweden and Finland were the newest members to join.",
])
def test_the_last_states_to_join_are_members(ref, tmp_path, told):
    assert ("Finland", "member") in _members(ref, tmp_path, _LISBON + told + "\n")


@pytest.mark.parametrize("told", [
    "Only four members, Poland and Greece among them, currently meet the spending target.",
    "A handful of members, Poland and Greece among them, already spend more.",
])
def test_members_named_among_them_are_members(ref, tmp_path, told):
    assert ("Greece", "member") in _members(ref, tmp_path, _LISBON + told + "\n")


@pytest.mark.parametrize(("told", "country", "status"), [
    ("King Abdullah II of Jordan, one of a handful of partner countries to have sent troops, is also expected.",
     "Jordan", "partner"),
    ("Mongolia, one of the bloc's observer states, sent its president.", "Mongolia", "observer"),
])
def test_one_of_a_tier_in_an_apposition_holds_that_status(ref, tmp_path, told, country, status):
    assert (country, status) in _members(ref, tmp_path, _LISBON + told + "\n")


def test_a_suspension_lifted_in_the_next_sentence_readmits_the_state(ref, tmp_path):
    body = _AU + ("Mali's leader attended his first summit since the union suspended Mali after the 2021 coup. "
                  "The suspension was lifted in June.\n")
    assert ("Mali", "member") in _members(ref, tmp_path, body)


def test_a_suspension_not_lifted_stays(ref, tmp_path):
    body = _AU + ("Mali's leader stayed away: the union suspended Mali after the 2021 coup. "
                  "The suspension was discussed again in June.\n")
    assert ("Mali", "suspended") in _members(ref, tmp_path, body)


@pytest.mark.parametrize("told", [
    "Xi Jinping was joined by the leaders of the four Central Asian founding members: Kazakhstan's Kassym-Jomart "
    "Tokayev, Kyrgyzstan's Sadyr Japarov, Tajikistan's Emomali Rahmon, and Uzbekistan's Shavkat Mirziyoyev.",
])
def test_members_listed_by_their_leaders_after_a_colon_are_members(ref, tmp_path, told):
    body = ("Bloc meets in Kazan\n\n"
            "KAZAN, Nov 27 (Wire) - Leaders of the Shanghai Cooperation Organisation met in Kazan on Wednesday for "
            "their annual summit.\n\n" + told + "\n")
    assert ("Tajikistan", "member") in _members(ref, tmp_path, body)


# --- a length closed by the dated act: the date is the last day ------------------------------------------------------

@pytest.mark.parametrize(("body", "dates"), [
    ("Allies reach out to old foes\n\n"
     "ROME, Nov 29 (Wire) - NATO leaders on Friday offered their neighbours a permanent forum, ending a two-day "
     "summit dominated by the war.\n\n"
     "On Thursday, the opening day, leaders approved a new strategic concept for the alliance.\n",
     "2024-11-28/2024-11-29"),
    ("Allies declare a new era at London summit\n\n"
     "LONDON (Wire) - NATO leaders on Friday declared that the old rival was no longer an adversary.\n\n"
     "The declaration, approved after two days of talks in a riverside mansion, rewrote the alliance's strategy.\n",
     "2024-11-28/2024-11-29"),
])
def test_a_length_closed_by_the_dated_act_ends_on_that_day(ref, tmp_path, body, dates):
    assert _dates(ref, tmp_path, body, "2024-11-29") == dates


def test_a_length_opened_by_the_dated_act_starts_on_that_day(ref, tmp_path):
    body = ("Allies meet in Rome\n\n"
            "ROME, Nov 29 (Wire) - NATO leaders on Friday opened a two-day summit dominated by the war.\n")
    assert _dates(ref, tmp_path, body, "2024-11-29") == "2024-11-29/2024-11-30"
