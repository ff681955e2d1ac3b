"""Synthetic event rows at scale, built column-wise as Arrow (no Python object per event)."""

from __future__ import annotations

import json

import pyarrow as pa

from warehouse.store import ARROW_SCHEMA

# Share of each event type in a log (roughly what the generated corpus derives per article).
MIX = (
    ("article_loaded", 0.15),
    ("article_extracted", 0.15),
    ("summit_reported", 0.10),
    ("attendance_reported", 0.45),
    ("membership_reported", 0.15),
)
ORGS = 60
SUMMITS = 2_000
PEOPLE = 500
COUNTRIES = 200


def _event_type(i: int) -> str:
    slot, acc = (i * 7919) % 100 / 100, 0.0
    for name, share in MIX:
        acc += share
        if slot < acc:
            return name
    return MIX[-1][0]


def _payload(kind: str, i: int) -> tuple[str, str, str]:
    """Return (stream_type, stream_id, payload json) for synthetic event number i."""
    story = f"story-{i // 7}"
    if kind == "attendance_reported":
        summit = f"summit-{i % SUMMITS}"
        body = {
            "summit_id": summit,
            "summit": summit,
            "person_id": f"p{(i * 31) % PEOPLE}",
            "person": f"Person {i % PEOPLE}",
            "role": "President",
            "country": f"c{i % COUNTRIES}",
            "status": "attended",
            "story_id": story,
            "source": f"outlet{i % 40}",
            "url": f"https://outlet{i % 40}.example/{i}",
        }
        return "summit", f"summit:{summit}", json.dumps(body)
    if kind == "membership_reported":
        org = f"org-{i % ORGS}"
        body = {
            "organisation": org,
            "country": f"c{(i * 13) % COUNTRIES}",
            "status": ("member", "observer")[i % 2],
            "since": str(2000 + i % 24),
            "story_id": story,
            "source": f"outlet{i % 40}",
            "url": f"https://o.example/{i}",
        }
        return "organisation", f"organisation:{org}", json.dumps(body)
    if kind == "summit_reported":
        body = {
            "summit_id": f"summit-{i % SUMMITS}",
            "story_id": story,
            "source": "o",
            "url": f"https://o.example/{i}",
        }
        return "summit", f"summit:summit-{i % SUMMITS}", json.dumps(body)
    return "article", f"article:a{i // 7}", json.dumps({"story_id": story, "claims": 3})


def synth_events(start: int, count: int, tag: str = "synth") -> pa.Table:
    """Return events start .. start+count-1 as an Arrow table in the store's schema (same i, same event)."""
    cols: dict[str, list[object]] = {f.name: [] for f in ARROW_SCHEMA}
    for ord_, i in enumerate(range(start, start + count)):
        kind = _event_type(i)
        stream_type, stream_id, payload = _payload(kind, i)
        day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        row = (
            ord_,
            f"{tag}-0000-5000-8000-{i:012x}",
            stream_id,
            stream_type,
            kind,
            1,
            day,
            "day",
            f"a{i // 7}",
            day,
            "bench-1",
            "bench_rule",
            "A synthetic evidence sentence.",
            0,
            30,
            0.9,
            payload,
        )
        for name, value in zip(cols, row, strict=True):
            cols[name].append(value)
    return pa.table(cols, schema=ARROW_SCHEMA)
