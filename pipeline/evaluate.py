"""Scoring extractions against a labelled corpus (FORMAT.md): precision, recall and F1 per category."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.reference import Reference
from pipeline.textnorm import norm

CATEGORIES = ("members", "member_countries", "attendees", "attendees_status", "attending_countries")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn}


@dataclass
class ArticleScore:
    article: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: dict[str, list[Any]] = field(default_factory=dict)
    false_hits: dict[str, list[Any]] = field(default_factory=dict)
    summit_org: bool | None = None
    summit_city: bool | None = None
    canonical: Tally = field(default_factory=Tally)


# a Wikipedia title's qualifier, which tells apart two people of one name and is no part of the name: 'Ajit Singh
# (diplomat)', 'David Burt (politician)'
_TITLE_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def _person_key(name: str) -> str:
    """A person's name for matching: normalised, without a Wikipedia title's qualifier."""
    return norm(_TITLE_QUALIFIER.sub("", name))


class Matcher:
    """Decides when two countries or two people are the same, using the reference's aliases."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref

    def country_key(self, name: str | None) -> str:
        if not name:
            return ""
        c = self.ref.country_named(name)
        if c:
            return "c:" + c.id
        o = self.ref.org_named(name) or self.ref.org_named(_TITLE_QUALIFIER.sub("", name))  # 'Southern Common Market (Mercosur)'
        return "o:" + o.id if o else norm(name)

    def city_key(self, name: str | None) -> str:
        ids = self.ref.lookup("city", name or "")
        return sorted(ids)[0] if len(ids) == 1 else norm(name or "")

    def same_person(self, truth: dict[str, Any], system: dict[str, Any]) -> bool:
        names = {_person_key(n) for n in (truth.get("person"), truth.get("name_as_written")) if n}
        if _person_key(system.get("person") or "") in names:
            return True
        pid = system.get("person_id")
        if pid in self.ref.people:
            entry = self.ref.people[pid]
            return bool(names & {norm(a) for a in (entry.name, *entry.aliases)})
        return False


def _match(truth: list[Any], system: list[Any], same: Callable[[Any, Any], bool]) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Greedy one-to-one matching; returns (pairs, unmatched truth, unmatched system)."""
    left, pairs = list(system), []
    missed = []
    for t in truth:
        hit = next((s for s in left if same(t, s)), None)
        if hit is None:
            missed.append(t)
        else:
            pairs.append((t, hit))
            left.remove(hit)
    return pairs, missed, left


def _tally(pairs: list[Any], missed: list[Any], extra: list[Any]) -> Tally:
    return Tally(len(pairs), len(extra), len(missed))


def score_article(m: Matcher, name: str, truth: dict[str, Any], system: dict[str, Any]) -> ArticleScore:
    """Score one article's system answer against its truth."""
    out = ArticleScore(name)

    def record(cat: str, truth_items: list[Any], sys_items: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
        pairs, missed, extra = _match(truth_items, sys_items, same)
        out.tallies[cat], out.misses[cat], out.false_hits[cat] = _tally(pairs, missed, extra), missed, extra
        return pairs

    tm, sm = truth.get("members") or [], system.get("members") or []
    record("members", [(x["country"], x["status"]) for x in tm], [(x["country"], x["status"]) for x in sm],
           lambda t, s: m.country_key(t[0]) == m.country_key(s[0]) and t[1] == s[1])
    record("member_countries", sorted({x["country"] for x in tm}), sorted({x["country"] for x in sm}),
           lambda t, s: m.country_key(t) == m.country_key(s))
    ta = [a for a in truth.get("attendees") or [] if a.get("person")]
    sa = [a for a in system.get("attendees") or [] if a.get("person")]
    same_pc = lambda t, s: m.same_person(t, s) and m.country_key(t.get("country")) == m.country_key(s.get("country"))  # noqa: E731
    pairs = record("attendees", ta, sa, same_pc)
    record("attendees_status", ta, sa, lambda t, s: same_pc(t, s) and t.get("status") == s.get("status"))
    out.canonical = Tally(sum(_person_key(t["person"]) == _person_key(s["person"]) for t, s in pairs),
                          sum(_person_key(t["person"]) != _person_key(s["person"]) for t, s in pairs), 0)
    attending = lambda items: sorted({m.country_key(a.get("country")) for a in items or [] if a.get("status") != "absent" and a.get("country")})  # noqa: E731
    record("attending_countries", attending(truth.get("attendees")), attending(system.get("attendees")), lambda t, s: t == s)
    ts, ss = truth.get("summit"), system.get("summit")
    if ts:
        out.summit_org = bool(ss) and m.country_key(ts.get("organisation")) == m.country_key(ss.get("organisation"))
        out.summit_city = bool(ss) and m.city_key(ts.get("host_city")) == m.city_key(ss.get("host_city"))
    return out


def summarise(scores: list[ArticleScore]) -> dict[str, Any]:
    """Micro-average the per-article tallies, and list the misses and false hits."""
    totals = {c: Tally() for c in CATEGORIES}
    canonical = Tally()
    for s in scores:
        for c in CATEGORIES:
            totals[c].add(s.tallies.get(c, Tally()))
        canonical.add(s.canonical)
    with_summit = [s for s in scores if s.summit_org is not None]
    return {
        "articles": len(scores),
        "categories": {c: t.scores() for c, t in totals.items()},
        "summit_organisation": round(sum(bool(s.summit_org) for s in with_summit) / len(with_summit), 4) if with_summit else None,
        "summit_host_city": round(sum(bool(s.summit_city) for s in with_summit) / len(with_summit), 4) if with_summit else None,
        "canonical_names": round(canonical.tp / (canonical.tp + canonical.fp), 4) if canonical.tp + canonical.fp else None,
        "per_article": [{"article": s.article, "summit_org": s.summit_org, "summit_city": s.summit_city,
                         "scores": {c: t.scores()["f1"] for c, t in s.tallies.items()},
                         "misses": {c: v for c, v in s.misses.items() if v},
                         "false_hits": {c: v for c, v in s.false_hits.items() if v}} for s in scores],
    }
