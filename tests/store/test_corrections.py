"""Guarantee 7: retractions, corrections and merges are events; nothing is edited; retractions retract."""

from __future__ import annotations

import re

from tests.conftest import run_cli
from tests.store.conftest import rows

TWO_COUNTRIES = (
    "select country, status from current_members where country in ('Mongolia', 'Turkey') order by country"
)
SHARIF = "select status, n_sources, event_id from summit_attendees where person = 'Shehbaz Sharif'"



def _appended_id(out: str) -> str:
    return re.match(r"\w+ ([0-9a-f-]{36})\b", out).group(1)


def test_retract_then_retract_the_retraction(loaded):
    ((status, n, latest),) = rows(loaded, SHARIF)
    log_before = rows(loaded, "select * from events order by position")
    out = run_cli("retract", latest, "--reason", "the outlet confused two summits", db=loaded).stdout
    ((status2, n2, latest2),) = rows(loaded, SHARIF)
    assert (status, n) == ("attended", 4) and (status2, n2) == ("attended", 3) and latest2 != latest
    assert "already retracted" in run_cli("retract", latest, "--reason", "again", db=loaded).stdout
    run_cli("retract", _appended_id(out), "--reason", "it was right after all", db=loaded)
    assert rows(loaded, SHARIF) == [("attended", 4, latest)]
    log_after = rows(loaded, "select * from events order by position")
    assert log_after[: len(log_before)] == log_before  # nothing edited: the old rows are untouched
    assert [r[4] for r in log_after[len(log_before) :]] == ["claim_retracted", "claim_retracted"]


def test_retracting_every_attendance_claim_drops_the_row(loaded):
    for (event_id,) in rows(loaded, "select event_id from mentions where about = 'sw:shehbaz-sharif'"):
        run_cli("retract", event_id, "--reason", "test", db=loaded)
    assert rows(loaded, SHARIF) == []
    assert rows(
        loaded, "select count(*) from claims where payload ->> 'person_id' = 'sw:shehbaz-sharif'"
    ) == [(4,)]


def test_correct_a_status_and_undo_it(loaded):
    ((_, _, latest),) = rows(loaded, SHARIF)
    out = run_cli(
        "correct", latest, "--status", "absent", "--reason", "he stayed in Islamabad", db=loaded
    ).stdout
    assert rows(loaded, SHARIF) == [("absent", 4, latest)]
    run_cli("retract", _appended_id(out), "--reason", "the correction was wrong", db=loaded)
    assert rows(loaded, SHARIF) == [("attended", 4, latest)]


def test_merge_two_entities_and_undo_it(loaded):
    before = rows(
        loaded, TWO_COUNTRIES
    )
    country_id = rows(loaded, "select distinct country_id from live_claims() where country = 'Turkey'")[0][0]
    mongolia_id = rows(loaded, "select distinct country_id from live_claims() where country = 'Mongolia'")[0][
        0
    ]
    out = run_cli(
        "merge-entities",
        "country",
        country_id,
        mongolia_id,
        "--name",
        "Mongolia",
        "--reason",
        "test",
        db=loaded,
    ).stdout
    merged = rows(
        loaded,
        TWO_COUNTRIES.replace("status", "status, n_sources"),
    )
    assert merged == [("Mongolia", "dialogue_partner", 3)]
    run_cli("retract", _appended_id(out), "--reason", "not the same", db=loaded)
    assert (
        rows(loaded, TWO_COUNTRIES)
        == before
    )


def test_retract_refuses_what_it_cannot_amend(loaded):
    proc = run_cli("retract", "no-such-event", "--reason", "x", db=loaded, check=False)
    assert proc.returncode == 2 and "no event" in proc.stderr
    (article_event,) = rows(
        loaded, "select event_id from events where event_type = 'article_loaded' limit 1"
    )[0]
    proc = run_cli("retract", article_event, "--reason", "x", db=loaded, check=False)
    assert proc.returncode == 2 and "article_loaded" in proc.stderr
