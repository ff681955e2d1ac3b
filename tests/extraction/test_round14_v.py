"""Round 14 (helper v): attendance families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _att(ref, tmp_path, opening: str, body: str, published: str) -> dict[str, tuple]:
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published)
    return {p: (c, st) for p, c, st in attendee_set(out)}


CSTO = "The CSTO summit opened in Minsk on Tuesday."
AU = "The African Union summit opened in Addis Ababa on Sunday."
NATO = "The NATO summit opened in Vilnius on Tuesday."


def test_joined_named_leaders_for_the_session(ref, tmp_path):
    got = _att(ref, tmp_path, CSTO, "Kazakh President Kassym-Jomart Tokayev joined Russia's Vladimir Putin and Tajik "
               "President Emomali Rahmon for the session of the council.", "2024-07-10")
    assert {"Kassym-Jomart Tokayev", "Vladimir Putin", "Emomali Rahmon"} <= set(got)
    # joining an organisation, or joining with no meeting after it, is no attendance
    got = _att(ref, tmp_path, CSTO, "Kazakhstan joined the treaty in 1994, long before Vladimir Putin came to power.",
               "2024-07-10")
    assert "Vladimir Putin" not in got


def test_joined_his_colleagues(ref, tmp_path):
    got = _att(ref, tmp_path, CSTO, "Tajik President Emomali Rahmon, delayed by fog, also joined his colleagues.",
               "2024-07-10")
    assert "Emomali Rahmon" in got


def test_among_those_who_spoke_and_closing_press_conference(ref, tmp_path):
    got = _att(ref, tmp_path, AU, "Kenya's William Ruto and Ghana's Nana Akufo-Addo were among those who spoke.",
               "2024-02-19")
    assert {"William Ruto", "Nana Akufo-Addo"} <= set(got)
    got = _att(ref, tmp_path, AU, "Kenya's President William Ruto is giving his closing press conference.",
               "2024-02-19")
    assert "William Ruto" in got


def test_whose_aside_before_an_absence(ref, tmp_path):
    got = _att(ref, tmp_path, CSTO, "Armenian Prime Minister Nikol Pashinyan, whose government froze its "
               "participation last year, was not present.", "2024-07-10")
    assert got.get("Nikol Pashinyan", (None, None))[1] == "absent"


def test_the_state_named_in_a_representative_aside(ref, tmp_path):
    got = _att(ref, tmp_path, AU, "Deputy Prime Minister Tomas Okello, who represented Uganda, told the closed "
               "session that the mediation should continue.", "2024-02-19")
    assert got.get("Tomas Okello", (None,))[0] == "Uganda"
    got = _att(ref, tmp_path, AU, "Trade Minister Peter Banda, who led the Malawian delegation in the President's "
               "place, told journalists the talks went well.", "2024-02-19")
    assert got.get("Peter Banda", (None,))[0] == "Malawi"


def test_a_name_in_a_relative_clause_on_another_noun(ref, tmp_path):
    got = _att(ref, tmp_path, AU, "Kenya's William Ruto, re-elected after the vote from which opposition leader "
               "Raila Odinga withdrew, took his seat at the opening session.", "2024-02-19")
    assert "William Ruto" in got and "Raila Odinga" not in got


def test_unknown_name_of_an_organisation(ref, tmp_path):
    got = _att(ref, tmp_path, AU, "Marta Lindqvist of the WTO and Ghana's Nana Akufo-Addo also took part.",
               "2024-02-19")
    assert got.get("Marta Lindqvist", (None,))[0] == "World Trade Organization"
    # a meeting's own title before 'of the' is no person
    got = _att(ref, tmp_path, AU, "The 37th Ordinary Session of the African Union was attended by Nana Akufo-Addo.",
               "2024-02-19")
    assert not any("Session" in name for name in got)


def test_own_official_speaking_away_from_the_meeting(ref, tmp_path):
    got = _att(ref, tmp_path, "The NATO summit opens in Vilnius next week.", "NATO Secretary-General Jens "
               "Stoltenberg told reporters at alliance headquarters on Monday that no deal was in sight.", "2023-07-03")
    assert "Jens Stoltenberg" not in got
    got = _att(ref, tmp_path, NATO, "NATO Secretary-General Jens Stoltenberg told journalists after the meeting that "
               "allies had agreed on new plans.", "2023-07-12")
    assert "Jens Stoltenberg" not in got
    got = _att(ref, tmp_path, NATO, "NATO Secretary-General Jens Stoltenberg said the summit had agreed new plans.",
               "2023-07-12")
    assert "Jens Stoltenberg" in got


def test_pronoun_reporting_what_the_leaders_would_do(ref, tmp_path):
    got = _att(ref, tmp_path, "The SCO summit opens in Astana on Thursday.", "\"It is a good text,\" Kazakh Foreign "
               "Minister Murat Nurtleu told reporters on Monday. He said the leaders would also sign a declaration.",
               "2024-07-01")
    assert "Murat Nurtleu" not in got


def test_caption_telling_an_act(ref, tmp_path):
    got = _att(ref, tmp_path, AU, "The leaders debated security.\n\nPhoto: Ethiopian Prime Minister Abiy Ahmed "
               "welcomes Kenya's President William Ruto at the venue on Sunday.", "2024-02-19")
    assert "William Ruto" in got
    got = _att(ref, tmp_path, AU, "The leaders debated security.\n\nPhoto: Ethiopian Prime Minister Abiy Ahmed "
               "welcomes Kenya's President William Ruto in Addis Ababa (file photo).", "2024-02-19")
    assert "William Ruto" not in got


def test_an_unknown_stand_in_takes_the_state_of_the_one_replaced(ref, tmp_path):
    g7 = "The G7 summit continued in Charlevoix on Saturday."
    got = _att(ref, tmp_path, g7, "The seat of the Italian prime minister is taken by Marco Bellini, a senior "
               "adviser, who is standing in for Giuseppe Conte at the afternoon sessions.", "2018-06-09")
    assert got.get("Marco Bellini", (None,))[0] == "Italy"
    got = _att(ref, tmp_path, g7, "Marco Bellini stood in for the Italian premier at the afternoon session.",
               "2018-06-09")
    assert got.get("Marco Bellini", (None,))[0] == "Italy"
    # a name with no stand-in cue after it stays unknown
    got = _att(ref, tmp_path, g7, "Marco Bellini wrote about the afternoon session.", "2018-06-09")
    assert "Marco Bellini" not in got
