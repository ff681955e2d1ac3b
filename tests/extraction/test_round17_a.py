"""Round 17 (a): attendance rules found on the round-17 articles, each on small invented articles."""

from __future__ import annotations

from tests.extraction.conftest import attendee_set, extract_text

_HEAD = "Leaders meet in Lima\n\nThe APEC summit opened in Lima on Saturday.\n\n"


def _people(ref, tmp_path, text: str, published: str = "2024-11-16") -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _HEAD + text, published))


def _names(got: set[tuple]) -> set[str]:
    return {p for p, _, _ in got}


def test_a_list_introduced_by_the_sentence_before(ref, tmp_path):
    got = _people(ref, tmp_path, "The leaders of the guest economies were welcomed at the palace. Among them were "
                                 "Chilean President Gabriel Boric and Mexico's Claudia Sheinbaum.\n")
    assert {("Gabriel Boric", "Chile", "attended"), ("Claudia Sheinbaum", "Mexico", "attended")} <= got
    got = _people(ref, tmp_path, "Several leaders have criticised the new tariffs. Among them is Chilean President "
                                 "Gabriel Boric.\n")
    assert "Gabriel Boric" not in _names(got)


def test_a_leader_kept_at_home_and_the_minister_who_stood_for_the_country(ref, tmp_path):
    got = _people(ref, tmp_path, "Canada's prime minister, Justin Trudeau, who replaced Stephen Harper in 2015, "
                                 "stayed in Ottawa; Foreign Minister Mélanie Joly represented Canada.\n")
    assert ("Justin Trudeau", "Canada", "absent") in got
    assert "Stephen Harper" not in _names(got)
    got = _people(ref, tmp_path, "Justin Trudeau stayed in Ottawa last week as parliament debated the budget.\n")
    assert ("Justin Trudeau", "Canada", "absent") not in got


def test_a_relative_aside_of_absence(ref, tmp_path):
    got = _people(ref, tmp_path, "Joe Biden will fly on to Manaus, where he is to meet Brazil's Lula, who is not "
                                 "attending the summit.\n")
    assert ("Luiz Inácio Lula da Silva", "Brazil", "absent") in got
    got = _people(ref, tmp_path, "Chile's Gabriel Boric, who skipped last year's summit, spoke first.\n")
    assert ("Gabriel Boric", "Chile", "absent") not in got


def test_the_absentee_named_after_the_verb(ref, tmp_path):
    got = _people(ref, tmp_path, "The only absentee was Russia's President Vladimir Putin, who sent a deputy.\n")
    assert ("Vladimir Putin", "Russia", "absent") in got


def test_a_debut_a_session_with_leaders_a_companion_and_a_delegation(ref, tmp_path):
    got = _people(ref, tmp_path, "Shigeru Ishiba, Japan's new prime minister, made his diplomatic debut at the "
                                 "talks.\n\nThe session on trade with the Peruvian and Chilean presidents, Dina "
                                 "Boluarte and Gabriel Boric, has begun.\n\nXi Jinping was accompanied by Foreign "
                                 "Minister Wang Yi.\n")
    assert {("Shigeru Ishiba", "Japan", "attended"), ("Dina Boluarte", "Peru", "attended"),
            ("Gabriel Boric", "Chile", "attended"), ("Wang Yi", "China", "attended")} <= got
    got = _people(ref, tmp_path, "The Australian delegation included Foreign Minister Penny Wong.\n")
    assert ("Penny Wong", "Australia", "attended") in got


def test_an_envoy_sent_elsewhere_and_a_conference_elsewhere(ref, tmp_path):
    got = _people(ref, tmp_path, "Speaking to Russian reporters, Vladimir Putin confirmed he is sending his "
                                 "foreign minister, Sergey Lavrov, to Pyongyang.\n\nAnthony Albanese attended a "
                                 "trade conference in Perth on the same day.\n\nXi Jinping met Joe Biden in Bali "
                                 "last year.\n\nGabriel Boric held talks with Lula in Santiago, days before the "
                                 "gathering.\n")
    assert not _names(got) & {"Sergey Lavrov", "Anthony Albanese", "Joe Biden", "Gabriel Boric"}


def test_a_leader_who_remained_at_home(ref, tmp_path):
    got = _people(ref, tmp_path, "Peru's delegation was led by its foreign minister, as President Dina Boluarte "
                                 "remained at home.\n")
    assert ("Dina Boluarte", "Peru", "absent") in got
