"""Round 43 (org): organisations of older and newer eras (invented articles)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

_G7_1988 = ("Seven leaders open economic summit\n\n"
            "TORONTO, June 18 - The leaders of the seven major industrial democracies open their annual "
            "economic summit in Toronto on Sunday.\n\n"
            "President Reagan arrived on Saturday, and Prime Minister Margaret Thatcher of Britain flew "
            "in the same evening.\n\n{line}\n")


@pytest.mark.parametrize("line", [
    "Jacques Delors, president of the European Community's executive commission, also attended the talks.",
    "Also at the summit was Jacques Delors, who heads the executive of the European Communities.",
    "The European Economic Community was represented by Jacques Delors, who attended the opening session.",
])
def test_the_european_community_is_the_union_of_its_day(ref, tmp_path, line):
    out = extract_text(ref, tmp_path, _G7_1988.format(line=line), published="1988-06-18")
    countries = {a["country"] for a in out["attendees"] if a["person"] == "Jacques Delors"}
    assert countries == {"European Union"}, out["attendees"]


def test_a_breakaway_alliance_does_not_take_the_summit(ref, tmp_path):
    body = ("West African leaders meet as Sahel juntas walk out\n\n"
            "ABUJA, Dec 15 - Leaders of the Economic Community of West African States (ECOWAS) met in Abuja "
            "on Sunday, weeks before Mali, Burkina Faso and Niger complete their exit from the bloc.\n\n"
            "The three military-led states formed the Alliance of Sahel States (AES) last year and turned it "
            "into a confederation in July. The AES said its members would not return.\n\n"
            "President Bola Tinubu of Nigeria, the ECOWAS chairman, opened the summit.\n")
    out = extract_text(ref, tmp_path, body, published="2024-12-15")
    assert out["summit"]["organisation"] == "Economic Community of West African States"


def test_the_warsaw_pact_summit_is_its_own_organisation(ref, tmp_path):
    body = ("Warsaw Pact leaders meet in Bucharest\n\n"
            "BUCHAREST, July 7 - Leaders of the Warsaw Pact opened a two-day summit in Bucharest on "
            "Thursday, the alliance's first meeting since Mikhail Gorbachev spoke at the United Nations.\n\n"
            "The Warsaw Treaty Organization groups the Soviet Union, Poland, East Germany, Czechoslovakia, "
            "Hungary, Romania and Bulgaria.\n")
    out = extract_text(ref, tmp_path, body, published="1989-07-07")
    assert out["summit"]["organisation"] == "Warsaw Pact"


@pytest.mark.parametrize(("names", "countries"), [
    ("Tanganyika, the United Arab Republic and the Malagasy Republic", {"Tanzania", "Egypt", "Madagascar"}),
    ("Byelorussia, Turkmenia and Moldavia", {"Belarus", "Turkmenistan", "Moldova"}),
])
def test_states_under_their_names_of_the_day(ref, tmp_path, names, countries):
    body = ("Leaders open unity summit\n\n"
            "ADDIS ABABA, May 22 - The presidents of " + names + " attended the opening of the "
            "Organisation of African Unity summit in Addis Ababa on Wednesday.\n")
    out = extract_text(ref, tmp_path, body, published="1963-05-22")
    assert {a["country"] for a in out["attendees"]} == countries
