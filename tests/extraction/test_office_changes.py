"""Changes of office the text states (acting, took office, succeeded, left office), on invented sentences."""

from __future__ import annotations

from tests.extraction.conftest import extract_text


def _changes(out: dict) -> set[tuple]:
    return {(e["person"], e["change"], e["when"], e["predecessor"]) for e in out["other_events"]
            if e["type"] == "office_change"}


def test_an_acting_leader_is_an_office_change(ref, tmp_path):
    out = extract_text(ref, tmp_path, "SCO meets\n\nThe SCO summit opens in Astana on Thursday. Iran will be "
                       "represented by acting President Mohammad Mokhber.\n", "2024-07-01")
    assert ("Mohammad Mokhber", "acting", None, None) in _changes(out)


def test_took_office_is_dated_from_its_own_clause(ref, tmp_path):
    out = extract_text(ref, tmp_path, "ASEAN talks\n\nThe ASEAN summit meets in Vientiane. Japanese Prime Minister "
                       "Shigeru Ishiba, who took office last week, will join the talks on Thursday.\n", "2024-10-08")
    (change,) = [c for c in _changes(out) if c[0] == "Shigeru Ishiba"]
    assert change[1] == "took_office" and change[2] and change[2] < "2024-10-08"


def test_succeeded_gives_both_sides(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Kazakh leader\n\nThe SCO summit met in Bishkek. Kassym-Jomart Tokayev, who "
                       "succeeded Nursultan Nazarbayev as president in March, flew in on Thursday.\n", "2019-06-14")
    changes = _changes(out)
    assert ("Kassym-Jomart Tokayev", "took_office", "2019-03", "Nursultan Nazarbayev") in changes
    assert ("Nursultan Nazarbayev", "left_office", "2019-03", None) in changes


def test_a_resignation_and_a_new_prime_minister(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Bloc meets\n\nThe ASEAN summit met in Jakarta. Thailand's new prime "
                       "minister Srettha Thavisin joined the leaders. Boris Johnson, who resigned in 2022, was not "
                       "mentioned in the communique.\n", "2023-09-06")
    changes = _changes(out)
    assert ("Srettha Thavisin", "took_office", None, None) in changes
    assert ("Boris Johnson", "left_office", "2022", None) in changes


def test_names_with_new_in_them_and_active_verbs_are_no_change(ref, tmp_path):
    out = extract_text(ref, tmp_path, "Pacific forum\n\nThe Pacific Islands Forum met in Suva. New Zealand Prime "
                       "Minister Jacinda Ardern appointed a new envoy, and President Emmanuel Macron signed a new deal "
                       "with Prime Minister Narendra Modi.\n", "2022-07-14")
    assert _changes(out) == set()
