"""Historical states in claims: a state that had ended (or not yet begun) on the day is no member or attendee."""

from __future__ import annotations

from dataclasses import replace

from pipeline.model import Claim
from pipeline.reference import Reference


def _gone(ref: Reference, country_id: str | None, day: str | None) -> bool:
    """Return True when `country_id` is a state that did not exist on `day` (the Soviet Union in 2015)."""
    country = ref.countries.get(country_id or "")
    return country is not None and not country.exists_on(day)


def within_lifetimes(ref: Reference, claims: list[Claim], day: str | None, summit_day: str | None) -> list[Claim]:
    """Drop the memberships of states gone on the article's day and the attendance of states gone on the summit's.

    'the former Soviet republics' in 2015 names no member; a person framed by a gone state ('former Soviet leader
    Mikhail Gorbachev') keeps the claim without the country.
    """
    out = []
    for c in claims:
        if c.kind == "membership" and _gone(ref, c.payload.get("country_id"), day):
            continue
        if c.kind == "attendance" and _gone(ref, c.payload.get("country_id"), summit_day or day):
            if not c.payload.get("person_id"):
                continue
            c = replace(c, payload={**c.payload, "country_id": None, "country": None})
        out.append(c)
    return out
