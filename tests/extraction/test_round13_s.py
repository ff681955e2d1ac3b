"""Round 13 (helper s): attendance families, each rule on small invented articles (no sentence of any corpus)."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text


def _att(ref, tmp_path, opening: str, body: str, published: str) -> dict[str, tuple]:
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published)
    return {p: (c, st) for p, c, st in attendee_set(out)}


G20 = "The G20 summit opened in Rio de Janeiro on Monday."


def test_first_meeting_since_a_year_is_this_one(ref, tmp_path):
    got = _att(ref, tmp_path, G20, "Emmanuel Macron and Olaf Scholz held talks on the sidelines, their first in "
               "that setting since 2019, on trade.", "2024-11-19")
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(got)
    # a meeting dated to an earlier month and year stays out
    got = _att(ref, tmp_path, G20, "The last German leader to attend a summit in Brazil was Angela Merkel, who came "
               "to Brasilia in March 2015.", "2024-11-19")
    assert "Angela Merkel" not in got


def test_presence_here_and_on_the_guest_list(ref, tmp_path):
    got = _att(ref, tmp_path, G20, "France's Emmanuel Macron and Canada's Justin Trudeau are also here.", "2024-11-19")
    assert {"Emmanuel Macron", "Justin Trudeau"} <= set(got)
    got = _att(ref, tmp_path, "The G20 summit opens in Rio de Janeiro next week.",
               "South Africa's Cyril Ramaphosa is also on the list, officials said.", "2024-11-10")
    assert got.get("Cyril Ramaphosa", (None, None))[1] == "expected"
    got = _att(ref, tmp_path, G20, "Cyril Ramaphosa is on the list of candidates for the prize.", "2024-11-19")
    assert "Cyril Ramaphosa" not in got


def test_leaders_seen_and_among_those_expected(ref, tmp_path):
    got = _att(ref, tmp_path, G20, "Leaders spotted at the venue on Monday included Japan's Shigeru Ishiba and "
               "Italy's Giorgia Meloni.", "2024-11-19")
    assert {"Shigeru Ishiba", "Giorgia Meloni"} <= set(got)
    got = _att(ref, tmp_path, G20, "Turkey's Recep Tayyip Erdoğan and Canada's Justin Trudeau were among the other "
               "leaders seen in the plenary.", "2024-11-19")
    assert {"Recep Tayyip Erdoğan", "Justin Trudeau"} <= set(got)
    got = _att(ref, tmp_path, "The G20 summit opens in Rio de Janeiro next week.",
               "Among those expected are Egypt's President Abdel Fattah el-Sisi, who chairs a regional body; "
               "Norway's Jonas Gahr Støre; and Portugal's Luís Montenegro.", "2024-11-10")
    assert got.get("Abdel Fattah el-Sisi", (None, None))[1] == "expected"
    assert "Jonas Gahr Støre" in got


def test_the_hosts_invitations(ref, tmp_path):
    got = _att(ref, tmp_path, G20, "Besides the members, the Brazilian presidency invited Egypt's Abdel Fattah "
               "el-Sisi and Norway's Jonas Gahr Støre.", "2024-11-19")
    assert {"Abdel Fattah el-Sisi", "Jonas Gahr Støre"} <= set(got)


def test_pressing_the_other_leaders_and_joining_allies(ref, tmp_path):
    got = _att(ref, tmp_path, G20, "Indian Prime Minister Narendra Modi pressed the leaders on debt relief.",
               "2024-11-19")
    assert "Narendra Modi" in got
    got = _att(ref, tmp_path, G20, "Argentina's Javier Milei, who had lobbied fellow leaders against the tax "
               "clause, left early.", "2024-11-19")
    assert "Javier Milei" in got
    got = _att(ref, tmp_path, "NATO leaders met in Washington on Wednesday.",
               "Volodymyr Zelenskyy joins allies in Washington as the alliance marks its anniversary.", "2024-07-10")
    assert "Volodymyr Zelenskyy" in got
    got = _att(ref, tmp_path, "NATO leaders met in Washington on Wednesday.",
               "Volodymyr Zelenskyy joined allies in condemning the strike.", "2024-07-10")
    assert "Volodymyr Zelenskyy" not in got


def test_acts_set_at_the_meeting(ref, tmp_path):
    got = _att(ref, tmp_path, "NATO leaders met in Washington on Wednesday.",
               "Volodymyr Zelenskyy agreed at the NATO-Ukraine Council to a new training mission.", "2024-07-11")
    assert "Volodymyr Zelenskyy" in got
    got = _att(ref, tmp_path, G20, "The tensest moment came at the leaders' dinner, when Germany's Olaf Scholz "
               "challenged the draft.", "2024-11-19")
    assert "Olaf Scholz" in got
    got = _att(ref, tmp_path, G20, "Scholz, talking to German reporters at the venue, said the text was weak.",
               "2024-11-19")
    assert "Olaf Scholz" in got
    got = _att(ref, tmp_path, G20, "Brazil's Lula, at his first G20 as host, opened with a plea on hunger.",
               "2024-11-19")
    assert "Luiz Inácio Lula da Silva" in got


def test_another_years_summit_and_an_office_held_then(ref, tmp_path):
    got = _att(ref, tmp_path, "The G7 summit opened in Apulia on Thursday.",
               "Canada's Justin Trudeau had been due to host the 2018 summit in Quebec before the vote.", "2024-06-13")
    assert "Justin Trudeau" not in got
    got = _att(ref, tmp_path, G20, "The idea came from Gordon Brown, then Prime Minister, who hosted the London "
               "summit.", "2024-11-19")
    assert "Gordon Brown" not in got


def test_talks_within_the_framework_of_the_summit(ref, tmp_path):
    got = _att(ref, tmp_path, "The SCO summit will open in Astana on July 4.",
               "Within the framework of the summit the President will hold talks with the President of Azerbaijan "
               "Ilham Aliyev.", "2024-07-01")
    assert got.get("Ilham Aliyev", (None, None))[1] == "expected"


def test_a_meeting_named_by_another_city(ref, tmp_path):
    got = _att(ref, tmp_path, "The SCO summit will open in Astana on July 4.",
               "Belarusian President Alexander Lukashenko said he would not travel to the Minsk meeting of the "
               "other bloc.", "2024-07-01")
    assert "Alexander Lukashenko" not in got


def test_a_country_after_another_name_is_that_names(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Summit\n\nThe G20 summit opens in Rio de Janeiro next week. Prime Minister "
                       "Arvid Lenkowski will attend the summit. For Mr Lenkowski, the summit is a chance to meet "
                       "Xi Jinping, who was re-elected China's President in March.\n", "2024-11-10")
    got = {p: c for p, c, _ in attendee_set(out)}
    assert got.get("Arvid Lenkowski") != "China"


def test_a_nickname_right_after_the_name_leaves_the_country_to_the_person(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Summit\n\nThe G20 summit opens in Rio de Janeiro next week. Guests who will "
                       "attend:\n\n- Rasa Dulmaa, President of Mongolia\n- Pushpa Kamal Dahal “Prachanda”, Prime Minister "
                       "of Nepal\n", "2024-11-10")
    got = {p: c for p, c, _ in attendee_set(out)}
    assert got.get("Pushpa Kamal Dahal") == "Nepal" and got.get("Rasa Dulmaa") == "Mongolia"


def test_a_four_word_name_in_a_list_after_a_possessive(ref, tmp_path):
    got = _att(ref, tmp_path, "The OAS summit opened in Lima on Monday.",
               "Uruguay's Tomás Alberto Ferreira Castro, Chile's Gabriel Boric and Peru's Dina Boluarte attended the "
               "session.", "2024-11-19")
    assert got.get("Tomás Alberto Ferreira Castro", (None, None))[0] == "Uruguay"
    assert "Gabriel Boric" in got


def _countries(ref, tmp_path, opening: str, body: str, published: str) -> set[str]:
    out = extract_text(ref, tmp_path, f"Summit\n\n{opening} {body}\n", published)
    return {c for _, c, _ in attendee_set(out)}


def test_countries_as_the_subject_of_an_attendance_verb(ref, tmp_path):
    got = _countries(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                     "Finland and Sweden, which applied last year, took part as invitees.", "2023-07-11")
    assert {"Finland", "Sweden"} <= got
    # another time or another meeting stays out
    got = _countries(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                     "Finland and Sweden attended the ministerial meeting in Oslo.", "2023-07-11")
    assert not {"Finland", "Sweden"} & got
    got = _countries(ref, tmp_path, "The NATO summit opened in Vilnius on Tuesday.",
                     "Finland and Sweden took part in the exercise in 2021.", "2023-07-11")
    assert not {"Finland", "Sweden"} & got
