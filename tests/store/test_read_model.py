"""The typed read model (claim_index, control_index, article_selection, members_state, attendees_state) is
derived state: after any sequence of appends, retractions, corrections, merges and reprojections it equals a
fold of the log from scratch, whether an append merged its claims into the state or refolded it."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.events import (
    Target,
    article_reprojected,
    claim_corrected,
    claim_retracted,
    entities_merged,
    event_id,
)
from tests.store.conftest import ARTICLES, append_to, rows
from warehouse.db import connect
from warehouse.derived import rebuild_read_model
from warehouse.store import append_events

STATE = {
    "current_members": "select * from current_members order by all",
    "summit_attendees": "select * from summit_attendees order by all",
}
SCRATCH = {  # the same pictures folded from scratch, now, by the as-of macros
    "current_members": "select * from members_at() order by all",
    "summit_attendees": "select * from attendees_at() order by all",
}
STEMS_OF = [p.stem for p in ARTICLES]
INDEXES = (
    "select * from claim_index order by position",
    "select * from control_index order by position",
    "select * from article_selection order by article_id",
)


def _claims(con) -> list[tuple]:
    return con.execute(
        "select event_id, stream_id, split_part(stream_id, ':', 1), claim_key from claim_index "
        "where event_type in ('membership_reported', 'attendance_reported') order by position"
    ).fetchall()


def _amend(con, step: tuple) -> list:
    """The events of one analyst step, aimed at the claim (or amendment) its index picks, if any."""
    kind, pick = step[0], step[1]
    claims = _claims(con)
    if kind == "unretract":
        done = con.execute(
            "select event_id, stream_id from events where event_type = 'claim_retracted' order by position"
        ).fetchall()
        if not done:
            return []
        eid, stream = done[pick % len(done)]
        return [claim_retracted(Target(eid, stream, "claim", 0, eid), "undo")]
    if not claims:
        return []
    eid, stream, stream_type, key = claims[pick % len(claims)]
    target = Target(eid, stream, stream_type, 0, key)
    if kind == "retract":
        return [claim_retracted(target, "wrong")]
    if kind == "correct":
        return [claim_corrected(target, step[2], "checked")]
    row = con.execute("select person_id, country_id from claim_index where event_id = ?", [eid]).fetchall()[0]
    if row[0]:
        return [entities_merged("person", row[0], "sw:merged-person", "Merged Person", "same man")]
    if row[1]:
        return [entities_merged("country", row[1], "merged-country", "Merged Country", "same state")]
    return []


def _reprojected(events: list, drop: int) -> list:
    """The article's claims again under a new producer, `drop` of them no longer made, and the switch."""
    claims = [e for e in events if e.event_type.endswith("_reported")]
    kept = claims[drop % (len(claims) + 1) :]
    article_id = events[0].article_id
    again = [
        dataclasses.replace(e, producer="alt-producer", event_id=event_id(e.event_id, "alt")) for e in kept
    ]
    return [*again, article_reprojected(article_id, "alt-producer", None, len(again))]


def _apply(con, fixture_events: dict, step: tuple) -> None:
    kind = step[0]
    if kind == "load":
        events = fixture_events[STEMS_OF[step[1] % len(STEMS_OF)]]
        cut = step[2] % (len(events) + 1)
        append_events(con, events[:cut])
        append_events(con, events[cut:])
    elif kind == "reproject":
        stem = STEMS_OF[step[1] % len(STEMS_OF)]
        loaded = con.execute(
            "select count(*) from events where article_id = ?", [fixture_events[stem][0].article_id]
        ).fetchall()[0][0]
        if loaded:
            append_events(con, _reprojected(fixture_events[stem], step[2]))
    else:
        append_events(con, _amend(con, step))


STEPS = st.one_of(
    st.tuples(st.just("load"), st.integers(0, 9), st.integers(0, 40)),
    st.tuples(st.just("reproject"), st.integers(0, 9), st.integers(0, 5)),
    st.tuples(st.just("retract"), st.integers(0, 99)),
    st.tuples(st.just("unretract"), st.integers(0, 99)),
    st.tuples(st.just("correct"), st.integers(0, 99), st.sampled_from(["absent", "expected", "observer"])),
    st.tuples(st.just("merge"), st.integers(0, 99)),
)


def _pictures(con, queries: dict[str, str]) -> dict[str, list]:
    return {name: con.execute(sql).fetchall() for name, sql in queries.items()}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEPS, min_size=1, max_size=7))
def test_state_equals_a_fold_from_scratch_after_any_history(fixture_events, steps):
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "log.duckdb")
        try:
            for step in steps:
                _apply(con, fixture_events, step)
                assert _pictures(con, STATE) == _pictures(con, SCRATCH), step
            kept = _pictures(con, STATE), [con.execute(q).fetchall() for q in INDEXES]
            rebuild_read_model(con)
            assert (_pictures(con, STATE), [con.execute(q).fetchall() for q in INDEXES]) == kept
        finally:
            con.close()


def test_a_store_without_its_read_model_rebuilds_it_on_connect(tmp_path, fixture_events):
    """Derived tables are not the log: emptied (or built elsewhere), they come back from `events`."""
    db = tmp_path / "log.duckdb"
    con = connect(db)
    try:
        append_events(con, [e for events in fixture_events.values() for e in events])
        before = _pictures(con, STATE)
        derived = ("claim_index", "control_index", "article_selection", "members_state", "attendees_state")
        for table in (*derived, "read_model"):
            con.execute(f"delete from {table}").fetchall()
        assert _pictures(con, STATE) == {name: [] for name in STATE}
    finally:
        con.close()
    assert rows(db, "select count(*) from current_members")[0][0] == 0  # a reader does not rebuild
    connect(db).close()
    assert {name: rows(db, sql) for name, sql in STATE.items()} == before
    assert before["summit_attendees"] and before["current_members"]


def test_claim_index_holds_the_payload_fields_typed(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    append_to(db, [e for events in fixture_events.values() for e in events])
    payloads = rows(
        db, "select event_id, payload::varchar from events where event_type = 'attendance_reported'"
    )
    typed = dict(
        rows(
            db,
            "select event_id, {'summit_id': summit_id, 'person_id': person_id, 'status': status, "
            "'claim_key': claim_key} from claim_index where event_type = 'attendance_reported'",
        )
    )
    assert len(typed) == len(payloads) > 0
    for eid, payload in payloads:
        body = json.loads(payload)
        assert typed[eid] == {k: body.get(k) for k in ("summit_id", "person_id", "status", "claim_key")}


def _syndicated(events: list, copy: int) -> list:
    """The article again under another id (another outlet ran the same story): same URLs, same story."""
    return [
        dataclasses.replace(e, event_id=event_id(e.event_id, f"copy-{copy}"), article_id=f"{e.article_id}-{copy}")
        for e in events
    ]


def test_merged_state_equals_a_fold_when_batches_repeat_stories_and_urls(tmp_path, fixture_events):
    """Appends that merge into existing rows: new stories, repeated stories and URLs, older and newer claims."""
    con = connect(tmp_path / "log.duckdb")
    try:
        for copy, stem in enumerate([*STEMS_OF, *reversed(STEMS_OF)]):
            events = fixture_events[stem]
            append_events(con, events if copy < len(STEMS_OF) else _syndicated(events, copy))
            assert _pictures(con, STATE) == _pictures(con, SCRATCH), stem
        n_sources = con.execute("select max(n_sources), max(n_mentions) from summit_attendees").fetchall()
        assert n_sources[0][1] > n_sources[0][0]  # repeated stories were counted once
    finally:
        con.close()
