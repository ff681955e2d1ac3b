"""An extraction in the keys of the eval FORMAT (summit, members, attendees, absentees, representations)."""

from __future__ import annotations

from typing import Any

from pipeline.derive import Extraction
from pipeline.model import Claim


def _summit(claim: Claim | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    p = claim.payload
    dates = p["start"] if not p.get("end") else f"{p['start']}/{p['end']}"
    return {"summit_id": p["summit_id"], "organisation": p["organisation"], "host_city": p["host_city"],
            "host_country": p["host_country"], "dates": dates, "date_text": p.get("date_text"),
            "date_method": p.get("date_method"), "edition": p.get("edition"), "host": p.get("host"),
            "host_role": p.get("host_role"), "evidence": claim.sentence}


def _provenance(claim: Claim) -> dict[str, Any]:
    return {"evidence": claim.sentence, "span": list(claim.span), "rule": claim.rule}


def to_format(ext: Extraction) -> dict[str, Any]:
    """Return the article's claims as a dict in the keys of FORMAT.md, with provenance on every item."""
    by_kind: dict[str, list[Claim]] = {}
    for c in ext.claims:
        by_kind.setdefault(c.kind, []).append(c)
    summit = (by_kind.get("summit") or [None])[0]
    main_org = summit.payload["org_id"] if summit else None
    members = [c for c in by_kind.get("membership", []) if c.payload["org_id"] == main_org or main_org is None]
    others = [c for c in by_kind.get("membership", []) if c not in members]
    attendance = by_kind.get("attendance", [])
    return {
        "article": ext.article.path and ext.article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0],
        "article_id": ext.article.article_id,
        "published": ext.article.published,
        "date_anchor": {"date": ext.anchor, "method": ext.anchor_method},
        "summit": _summit(summit),
        "other_summits": [{"organisation": o} for o in ext.other_summits],
        "members": [{"country": c.payload["country"], "status": c.payload["status"], "since": c.payload["since"],
                     "organisation": c.payload["organisation"], **_provenance(c)} for c in members],
        "other_memberships": [{"organisation": c.payload["organisation"], "country": c.payload["country"],
                               "status": c.payload["status"], **_provenance(c)} for c in others],
        "attendees": [{k: c.payload[k] for k in ("person", "person_id", "name_as_written", "role", "country", "status",
                                                 "capacity", "mode")} | _provenance(c)
                      for c in attendance if c.payload["person"] or c.payload["status"] != "absent"],
        "absentees": [{"person": c.payload["person"], "country": c.payload["country"], **_provenance(c)}
                      for c in attendance if c.payload["status"] == "absent"],
        "representations": [{"country": c.payload["country"], "represented_by": c.payload["person"],
                             "role": c.payload["role"], **_provenance(c)}
                            for c in attendance if c.payload["capacity"] == "stand_in" and c.payload["status"] != "absent"],
        "other_events": [{"type": c.kind, **c.payload, **_provenance(c)} for c in ext.claims
                         if c.kind in ("bilateral_meeting", "death", "office_change")],
    }
