"""The seed article goes in through the real CLI and flow, and comes out as the picture in its truth file."""

from __future__ import annotations

import json
import re

import duckdb

from pipeline.evaluate import Matcher, score_article
from pipeline.reference import load_reference
from tests.conftest import SEED_ARTICLE, SEEDS, cli_json, run_cli

BYLINE_CITIES = ("London", "Taipei", "New Delhi", "Ankara")


def _truth_attendees(truth: dict) -> set[tuple]:
    return {(a["person"], a["country"], a["status"], a["capacity"]) for a in truth["attendees"]}


def test_load_reports_articles_and_new_events(seed_db):
    _, proc = seed_db
    m = re.search(r"loaded (\d+) articles \((\d+) failed\), (\d+) new events", proc.stdout)
    assert m, proc.stdout
    assert int(m.group(1)) == 1 and int(m.group(2)) == 0 and int(m.group(3)) > 0


def test_members_match_the_truth(seed_db, seed_truth):
    db, _ = seed_db
    rows = cli_json("members", "SCO", db=db)
    assert {(r["country"], r["status"]) for r in rows} == {(m["country"], m["status"]) for m in seed_truth["members"]}
    assert all(r["evidence"] and r["source"] and r["n_sources"] >= 1 for r in rows)


def test_attendees_match_the_truth(seed_db, seed_truth):
    db, _ = seed_db
    rows = cli_json("attendees", "sco-astana-2024", db=db)
    got = {(r["person"], r["country"], r["status"], r["capacity"]) for r in rows}
    assert got == _truth_attendees(seed_truth)
    roles = {r["person"]: r["role"] for r in rows}
    assert roles == {a["person"]: a["role"] for a in seed_truth["attendees"]}


def test_summit_is_resolved_with_its_relative_date(seed_db, seed_truth):
    db, _ = seed_db
    (summit,) = cli_json("summits", db=db)
    truth = seed_truth["summit"]
    assert (summit["organisation"], summit["host_city"], summit["host_country"]) == (
        truth["organisation"], truth["host_city"], truth["host_country"])
    assert summit["start_date"] == truth["dates"]


def test_nothing_for_raisi_ukraine_or_the_byline(seed_db):
    db, _ = seed_db
    con = duckdb.connect(str(db), read_only=True)
    try:
        claims = con.execute("select payload::varchar, sentence from claims").fetchall()
        attendees = {r[0] for r in con.execute("select person from summit_attendees").fetchall()}
        countries = {r[0] for r in con.execute("select country from summit_attendees union all "
                                               "select country from current_members").fetchall()}
    finally:
        con.close()
    assert "Ebrahim Raisi" not in attendees
    assert "Ukraine" not in countries
    for payload, sentence in claims:
        assert "Contributions to this report" not in (sentence or "")
        for city in BYLINE_CITIES:
            assert city not in payload


def test_changes_of_office_and_meetings_reach_the_log_and_their_views(seed_db):
    db, _ = seed_db
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("select payload ->> 'person', payload ->> 'change', rule, sentence from claims "
                           "where event_type = 'office_change_reported' order by 1").fetchall()
        view = con.execute("select person, change, n_sources, evidence from office_changes order by 1").fetchall()
        meetings = con.execute("select people, \"when\", evidence from bilateral_meetings").fetchall()
    finally:
        con.close()
    changes = {(person, change) for person, change, _, _ in rows}
    assert ("Mohammad Mokhber", "acting") in changes and ("Ebrahim Raisi", "left_office") in changes
    assert all(rule and "Iran will be represented" in sentence for _, _, rule, sentence in rows)
    assert {(person, change) for person, change, _, _ in view} == changes
    assert all(n == 1 and "Iran will be represented" in evidence for _, _, n, evidence in view)
    assert meetings and all("Putin" in people and "Xi Jinping" in people and "Putin" in ev for people, _, ev in meetings)
    assert len({when for _, when, _ in meetings}) == len(meetings) == 2


def test_loading_again_adds_nothing_and_says_so(seed_db):
    db, _ = seed_db
    proc = run_cli("load", str(SEEDS), db=db)
    assert ", 0 new events" in proc.stdout and "nothing new" in proc.stdout


def test_sql_prints_csv_from_a_read_only_connection(seed_db):
    db, _ = seed_db
    out = run_cli("sql", "select country, status from current_members order by country", "--format", "csv", db=db).stdout
    lines = out.strip().splitlines()
    assert lines[0] == "country,status" and len(lines) == 14


def test_extract_scores_one_against_the_seed_truth(seed_truth):
    system = json.loads(run_cli("extract", str(SEED_ARTICLE), "--format", "json").stdout)
    score = score_article(Matcher(load_reference()), "seed", seed_truth, system)
    for category in ("members", "attendees", "attendees_status"):
        t = score.tallies[category]
        assert t.fp == 0 and t.fn == 0 and t.tp > 0, (category, score.misses, score.false_hits)
    assert system["representations"][0]["country"] == "Iran"


def test_eval_on_the_seed_corpus_is_perfect():
    result = json.loads(run_cli("eval", "--corpus", str(SEEDS / "corpus"), "--format", "json").stdout)
    for name, s in result["categories"].items():
        assert s["precision"] == 1.0 and s["recall"] == 1.0, name
    assert result["summit_organisation"] == 1.0 and result["summit_host_city"] == 1.0


def test_a_bad_file_is_a_recorded_failure_not_a_crash(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Some text", encoding="utf-8")
    (tmp_path / "bad.meta.json").write_text("{not json", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    proc = run_cli("load", str(tmp_path), db=db)
    assert "loaded 1 articles (2 failed)" in proc.stdout
    con = duckdb.connect(str(db), read_only=True)
    try:
        failures = con.execute("select input, reason from failures order by input").fetchall()
    finally:
        con.close()
    assert [f[0].rsplit("/", 1)[-1] for f in failures] == ["bad.txt", "empty.txt"]
