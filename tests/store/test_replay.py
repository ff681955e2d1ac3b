"""Guarantee 8: when the dictionaries change, `summitwatch reproject` re-derives claims from the stored texts;
the views use only the newest version, and the old claims stay in the log, queryable."""

from __future__ import annotations

import re
import shutil

from pipeline.process import process_files, producer_for
from pipeline.reference import load_reference, reference_dir
from tests.store.conftest import ARTICLES, append_to, rows, run_flow_cli

PERSON = "select person, n_sources from summit_attendees where person_id = 'sw:shehbaz-sharif'"


def _copied_reference(tmp_path):
    """A frozen copy of the shipped dictionaries: the version the articles were first loaded with."""
    folder = tmp_path / "reference-a"
    shutil.copytree(reference_dir(), folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return folder


def _renamed_reference(tmp_path, original):
    """A changed dictionary: Shehbaz Sharif's canonical name becomes his full name (a new version)."""
    folder = tmp_path / "reference-b"
    shutil.copytree(original, folder)
    people = folder / "people.csv"
    text = people.read_text(encoding="utf-8")
    people.write_text(
        text.replace(
            "sw:shehbaz-sharif,Shehbaz Sharif,Shahbaz Sharif|",
            "sw:shehbaz-sharif,Mian Muhammad Shehbaz Sharif,Shehbaz Sharif|Shahbaz Sharif|",
        ),
        encoding="utf-8",
    )
    return folder


def test_reproject_switches_the_views_and_keeps_the_old_claims(tmp_path):
    db, original = tmp_path / "log.duckdb", _copied_reference(tmp_path)
    folder = _renamed_reference(tmp_path, original)
    ref = load_reference(original)
    append_to(db, process_files(ARTICLES, ref).events)
    old_producer, new_producer = producer_for(ref), producer_for(load_reference(folder))
    assert old_producer != new_producer
    before = rows(db, "select count(*) from claims")[0][0]
    recorded = rows(db, "select max(recorded_at) from events")[0][0]

    out = run_flow_cli("reproject", "--reference", str(folder), db=db).stdout
    assert re.search(r"reprojected 4 articles with \S+: 4 switched, 0 failed, [1-9]\d* new events", out), out
    assert rows(db, PERSON) == [
        ("Mian Muhammad Shehbaz Sharif", 4)
    ]  # the new picture, counted once per story
    assert rows(db, "select distinct producer from mentions") == [(new_producer,)]
    # the old claims are still in the log, and the old picture is one query away
    assert rows(db, "select count(*) from claims where producer = ?", [old_producer]) == [(before,)]
    assert rows(
        db, "select person, n_sources from attendees_as_of(known_at := ?::timestamp)", [recorded]
    ) == [("Shehbaz Sharif", 4)]

    again = run_flow_cli("reproject", "--reference", str(folder), db=db).stdout
    assert "0 switched" in again and "0 new events" in again  # idempotent

    back = run_flow_cli(
        "reproject", "--reference", str(original), db=db
    ).stdout  # the first dictionaries again
    assert "4 switched" in back
    assert rows(db, PERSON) == [("Shehbaz Sharif", 4)]
    assert rows(db, "select distinct producer from mentions") == [(old_producer,)]


def test_a_retraction_and_a_correction_survive_reprojection(tmp_path):
    db, original = tmp_path / "log.duckdb", _copied_reference(tmp_path)
    folder = _renamed_reference(tmp_path, original)
    append_to(db, process_files(ARTICLES, load_reference(original)).events)
    claims = rows(db, "select event_id, article_id from mentions where about = 'sw:shehbaz-sharif' order by article_id")
    retracted, corrected = claims[0][0], claims[1][0]
    run_flow_cli("retract", retracted, "--reason", "misread by the extractor", db=db)
    run_flow_cli("correct", corrected, "--status", "absent", "--reason", "the outlet corrected itself", db=db)
    before = rows(db, "select status, n_sources from summit_attendees where person_id = 'sw:shehbaz-sharif'")
    assert before[0][1] == len(claims) - 1

    run_flow_cli("reproject", "--reference", str(folder), db=db)
    statuses = rows(db, "select status from mentions where about = 'sw:shehbaz-sharif' order by article_id")
    assert len(statuses) == len(claims) - 1  # the retracted claim stays withdrawn under the new producer
    assert ("absent",) in statuses  # and the correction still applies
    after = rows(db, "select status, n_sources from summit_attendees where person_id = 'sw:shehbaz-sharif'")
    assert after == before
