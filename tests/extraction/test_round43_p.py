"""Round 43 (P): the summit's organisation, city and dates, names with elided particles, a secretariat official's
nationality, and an explainer's question headings (invented articles)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text


def _summit(ref, tmp_path, body: str, published: str = "2024-11-27") -> dict:
    return extract_text(ref, tmp_path, body, published)["summit"] or {}


# --- the organisation: a lender named first is no summit's host body --------------------------------------------

@pytest.mark.parametrize("bank", ["the International Monetary Fund", "the World Bank", "the Asian Development Bank"])
def test_a_lender_in_the_lede_does_not_take_the_summit(ref, tmp_path, bank):
    body = ("Visitor goes home with promises but no money\n\n"
            f"THE Polish Premier flies home today with a pledge of advice, a standby facility from {bank} and a date "
            "for another summit, but without the grants he had hoped for.\n\n"
            "He spent most of yesterday with the leaders of the seven leading industrial nations, the first guest to "
            "sit down with the Group of Seven after one of its annual economic summits.\n\n"
            f"The facility from {bank} is worth less than he had asked for.\n")
    assert _summit(ref, tmp_path, body, "1990-07-12").get("organisation") == "G7"


@pytest.mark.parametrize("lede", [
    "The guest list for the 14th economic summit of the Western industrial powers is still not settled.",
    "Security is tight for the annual summit of the western industrialised democracies, which opens on Monday.",
])
def test_western_industrial_powers_are_the_g7(ref, tmp_path, lede):
    body = ("Summit on the lake: seven leaders and a crowded week\n\n"
            f"TORONTO -- {lede}\n\n"
            "Also at the table will be the president of the European Commission.\n")
    assert _summit(ref, tmp_path, body, "1988-06-17").get("organisation") == "G7"


def test_who_as_an_acronym_still_counts(ref):
    from pipeline.gazetteer import Gazetteer
    gaz = Gazetteer(ref)
    assert "who" in {m.entity_id for m in gaz.scan("The head of the WHO will address the summit on Sunday.")}
    assert "who" in {m.entity_id for m in gaz.scan("WHO chief to address summit")}
    assert "who" not in {m.entity_id for m in gaz.scan("WHO BELONGS")}


# --- the city: a secretariat's seat and a broadcaster's name are not the venue --------------------------------------

@pytest.mark.parametrize("seat", [
    "also agreed to set up a permanent Asean secretariat in Jakarta",
    "also decided that the new Asean headquarters will be in Jakarta",
    "agreed to open a small Asean secretariat at Jakarta next year",
])
def test_a_new_secretariat_is_not_the_venue(ref, tmp_path, seat):
    body = ("Leaders sign accord at island summit\n\n"
            "By a Staff Reporter\n\n"
            "THE five Asean heads of government ended their first summit on this island yesterday with a treaty of "
            "friendship.\n\n"
            f"The two-day meeting at a beach hotel, which opened on Monday, {seat}.\n")
    assert _summit(ref, tmp_path, body, "1976-02-25").get("host_city") != "Jakarta"


@pytest.mark.parametrize("line", [
    "Radio Hanoi this week called Asean a tool of outsiders, and Radio Hanoi said the meeting was a plot.",
    "Hanoi Radio called Asean a tool of outsiders, and Hanoi Radio said the meeting was a plot.",
])
def test_a_broadcaster_is_not_the_venue(ref, tmp_path, line):
    body = ("Asean leaders meet\n\n"
            "THE Asean heads of government ended their first summit on this island yesterday.\n\n"
            "The leaders signed a treaty in Bali.\n\n"
            f"{line}\n")
    assert _summit(ref, tmp_path, body, "1976-02-25").get("host_city") != "Hanoi"


# --- the dates: the day a decision takes effect; a colon dateline ---------------------------------------------------

@pytest.mark.parametrize("effective", [
    "would become full members with effect from January 1, 2025",
    "would become full members from January 1, 2025",
    "would join the grouping as of January 1, 2025",
])
def test_an_effective_date_is_not_the_summit(ref, tmp_path, effective):
    body = ("Bloc to admit four new members\n\n"
            "Four countries have been invited to become full members of the grouping from January 1, 2025\n\n"
            "KAZAN, October 24: The BRICS grouping on Thursday decided to expand, inviting four countries to join.\n\n"
            f"Announcing the decision at the close of the 16th BRICS summit here, the host said the four {effective}.\n\n"
            "Leaders had argued over the criteria during the three-day summit.\n")
    assert _summit(ref, tmp_path, body, "2024-10-25").get("dates") == "2024-10-22/2024-10-24"


def test_a_summit_held_from_a_date_keeps_it(ref, tmp_path):
    body = ("Bloc leaders to meet\n\n"
            "The BRICS summit will be held in Kazan from October 22 to October 24, the host said on Monday.\n")
    assert (_summit(ref, tmp_path, body, "2024-09-30").get("dates") or "").startswith("2024-10-22")


# --- names: an elided particle belongs to the surname ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "President Valery Giscard d'Estaing did not come to the summit, and sent his foreign minister instead.",
    "President Valery Giscard d’Estaing stayed away from the summit.",
])
def test_an_elided_particle_stays_in_the_name(ref, tmp_path, sentence):
    body = ("NATO leaders gather\n\n"
            "WASHINGTON, May 30 (AP) -- NATO leaders opened their two-day summit here today.\n\n"
            f"{sentence}\n")
    people = {a["person"] for a in extract_text(ref, tmp_path, body, "1978-05-30")["attendees"]}
    assert "Valéry Giscard d'Estaing" in people
    assert "Valery Giscard" not in people


# --- a secretariat's official: 'of <country>' is where he comes from ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Secretary-General Joseph Luns of the Netherlands, who has run the alliance since 1971, chaired the sessions.",
    "Secretary-General Joseph Luns of the Netherlands presided over the working sessions with the host.",
])
def test_a_secretary_general_of_a_country_is_the_bodys_official(ref, tmp_path, sentence):
    body = ("NATO leaders gather\n\n"
            "WASHINGTON, May 30 (AP) -- NATO leaders opened their two-day summit here today.\n\n"
            f"{sentence}\n")
    out = extract_text(ref, tmp_path, body, "1978-05-30")
    luns = [a for a in out["attendees"] if a["person"] == "Joseph Luns"]
    assert luns and luns[0]["country"] in ("North Atlantic Treaty Organization", "NATO")


def test_a_head_of_state_of_a_country_keeps_it(ref, tmp_path):
    body = ("NATO leaders gather\n\n"
            "WASHINGTON, May 30 (AP) -- NATO leaders opened their two-day summit here today.\n\n"
            "President Jimmy Carter of the United States chaired the working sessions.\n")
    assert ("Jimmy Carter", "United States", "attended") in attendee_set(extract_text(ref, tmp_path, body, "1978-05-30"))


# --- an explainer's question headings open a roster ------------------------------------------------------------------

_EXPLAINER = ("G20 summit: all you need to know\n\n"
              "LONDON -- Leaders arrive tonight for Thursday's G20 summit in Docklands.\n\n"
              "{question}\n\n"
              "- Japan's Taro Aso, Canada's Stephen Harper and Australia's Kevin Rudd.\n"
              "- Mexico's Felipe Calderon and Indonesia's Susilo Bambang Yudhoyono.\n")


@pytest.mark.parametrize("question", ["Who will be round the table?", "Who will be at the table?", "Who will be there?"])
def test_a_question_heading_opens_a_roster(ref, tmp_path, question):
    out = extract_text(ref, tmp_path, _EXPLAINER.format(question=question), "2009-03-31")
    people = {a["person"] for a in out["attendees"] if a["status"] == "expected"}
    assert {"Stephen Harper", "Kevin Rudd", "Felipe Calderón"} <= people


@pytest.mark.parametrize("question", ["What is on the table?", "Why does it matter?"])
def test_other_questions_open_no_roster(ref, tmp_path, question):
    out = extract_text(ref, tmp_path, _EXPLAINER.format(question=question), "2009-03-31")
    assert not {"Stephen Harper", "Kevin Rudd"} & {a["person"] for a in out["attendees"]}


# --- preview prose: a plan kept, a coming, an arrival on a named day, a seat promised ------------------------------

_PREVIEW = ("Leaders head for the lake summit\n\n"
            "COMO, June 6 -- The G7 leaders sit down on Monday for their three-day summit at a lakeside villa.\n\n"
            "{line}\n")


@pytest.mark.parametrize("line", [
    "Chancellor Helmut Kohl of West Germany lands Sunday.",
    "Chancellor Helmut Kohl of West Germany flies in on Sunday.",
    "Chancellor Helmut Kohl of West Germany still intends to fly in, his office said.",
    "Chancellor Helmut Kohl of West Germany is coming in any case, his office said.",
    "Also at the table will be Chancellor Helmut Kohl of West Germany.",
])
def test_preview_cues_of_a_leader_coming(ref, tmp_path, line):
    out = extract_text(ref, tmp_path, _PREVIEW.format(line=line), "1987-06-06")
    assert ("Helmut Kohl", "Germany", "expected") in attendee_set(out)


@pytest.mark.parametrize("line", [
    "Chancellor Helmut Kohl of West Germany landed a deal on Sunday with the unions.",
    "Chancellor Helmut Kohl of West Germany is coming under pressure at home.",
    "Chancellor Helmut Kohl of West Germany intends to fly a tougher line on trade.",
])
def test_near_misses_name_no_one_coming(ref, tmp_path, line):
    out = extract_text(ref, tmp_path, _PREVIEW.format(line=line), "1987-06-06")
    assert "Helmut Kohl" not in {a["person"] for a in out["attendees"]}


@pytest.mark.parametrize("dateline", ["ACCRA, JUNE 14", "ACCRA, June 14"])
def test_a_dateline_on_a_line_of_its_own_dates_tonight(ref, tmp_path, dateline):
    body = ("Leaders sign a charter\n\n"
            "FROM OUR CORRESPONDENT\n\n"
            f"{dateline}\n\n"
            "Twelve African heads of state tonight signed the charter of the new union at the close of their "
            "conference here.\n")
    assert (_summit(ref, tmp_path, body.replace("the new union", "the African Union"), "1965-06-16").get("dates")
            or "").startswith("1965-06-14")
