"""One measured pipeline run over N generated articles, in its own process (so peak RSS is its own).

Run as `python -m bench.stages N OUT_DIR`; prints one JSON object.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import trafilatura

from bench.generate import FEED_SIZE, SEED, write_corpus
from bench.serve import serve_corpus
from pipeline.articles import build_article
from pipeline.derive import Extraction, _find_all_people, _scan, derive
from pipeline.events import article_loaded, extraction_events
from pipeline.extract import decode_html, extract_page
from pipeline.feeds import parse_feed
from pipeline.fetch import Fetcher, FetchPolicy
from pipeline.process import producer_for
from pipeline.reference import Reference, load_reference
from pipeline.sentences import split_sentences
from warehouse.db import connect
from warehouse.store import append_events

BATCH = 250
DENSE_MAX = 1_000  # the dense comparison pages are measured up to this many (they cost 3x the time)
T = TypeVar("T")


@dataclass
class Clock:
    """Wall and CPU seconds spent per stage."""

    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    def time(self, stage: str, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)`, adding its wall and CPU time to `stage`."""
        w, c = time.perf_counter(), time.process_time()
        result = fn(*args)
        self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - w
        self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - c
        return result


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def chunks(items: list[T], size: int = BATCH) -> Iterator[list[T]]:
    """Yield consecutive slices of `items`."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def resolve_entities(article: Any, ref: Reference) -> int:
    """Run the resolution steps of derive (sentences, gazetteer scan, people); return people found."""
    sentences = split_sentences(article.text, article.title)
    people = _find_all_people(ref, sentences, _scan(ref, sentences), (article.published or "")[:10] or None)
    return sum(len(p) for p in people.values())


FAILURES: list[str] = []


def derive_or_record(article: Any, ref: Reference) -> Extraction | None:
    """Derive an article's claims; an extractor crash is recorded in FAILURES (reported), not raised."""
    try:
        return derive(article, ref)
    except Exception as exc:  # noqa: BLE001 - the benchmark reports extractor bugs instead of stopping
        FAILURES.append(f"{article.url}: {type(exc).__name__}: {exc}")
        return None


def fetch_feeds(fetcher: Fetcher, urls: list[str]) -> list[Any]:
    """Fetch and parse feeds; return their entries."""
    return [e for url in urls for e in parse_feed(fetcher.fetch(url, accept="feed").body, url)]


def _events(pages: list[Any], ref: Reference, clock: Clock) -> list[Any]:
    articles = clock.time(
        "resolve",
        lambda: [
            build_article(p.text, {"url": p.url, "published": p.published, "title": p.title}) for p in pages
        ],
    )
    clock.time("resolve", lambda: [resolve_entities(a, ref) for a in articles])
    extractions = clock.time("derive", lambda: [derive_or_record(a, ref) for a in articles])
    producer = producer_for(ref)
    return clock.time(
        "derive",
        lambda: [
            e
            for x in extractions
            if x is not None
            for e in (article_loaded(x.article, "http"), *extraction_events(x, producer))
        ],
    )


def run_http(n: int, db: Path) -> dict[str, Any]:
    """Fetch feeds and pages over HTTP, then extract, resolve, derive, append and fold, stage by stage."""
    ref, clock, events_total = load_reference(), Clock(), 0
    policy = FetchPolicy(
        per_host_delay=0.0, obey_robots=False, allow_hosts=("127.0.0.1",), per_host_concurrency=4
    )
    con = connect(db)
    with serve_corpus(n, SEED) as base, Fetcher(policy, env_allow_hosts=()) as fetcher:
        for feed in range(0, (n + FEED_SIZE - 1) // FEED_SIZE, BATCH // FEED_SIZE):
            feeds = range(feed, min(feed + BATCH // FEED_SIZE, (n + FEED_SIZE - 1) // FEED_SIZE))
            entries = clock.time("fetch", fetch_feeds, fetcher, [f"{base}/feeds/{f}.xml" for f in feeds])
            bodies = clock.time("fetch", lambda es: [fetcher.fetch(e.url) for e in es], entries)
            pages = clock.time("extract", lambda rs: [extract_page(r.body, r.url) for r in rs], bodies)
            events = _events(pages, ref, clock)
            events_total += clock.time("append", append_events, con, events)
    for view in ("current_members", "summit_attendees", "summits"):
        clock.time("fold", lambda v: con.execute(f"select count(*) from {v}").fetchone(), view)
    con.close()
    return {"wall": clock.wall, "cpu": clock.cpu, "events": events_total}


def run_disk(paths: list[Path], db: Path) -> dict[str, Any]:
    """The whole pipeline from HTML files on disk to appended events, end to end."""
    ref, clock, events_total = load_reference(), Clock(), 0
    con = connect(db)

    def batch(files: list[Path]) -> int:
        pages = [extract_page(p.read_bytes(), f"http://bench.example/news/{p.name}") for p in files]
        producer = producer_for(ref)
        arts = [
            build_article(p.text, {"url": p.url, "published": p.published, "title": p.title}) for p in pages
        ]
        found = [x for x in (derive_or_record(a, ref) for a in arts) if x is not None]
        events = [
            e for x in found for e in (article_loaded(x.article, "file"), *extraction_events(x, producer))
        ]
        return append_events(con, events)

    for files in chunks(paths):
        events_total += clock.time("e2e", batch, files)
    con.close()
    return {"wall": clock.wall["e2e"], "cpu": clock.cpu["e2e"], "events": events_total}


def run_trafilatura(paths: list[Path]) -> dict[str, float]:
    """The floor: trafilatura alone on the same files, same options, nothing else."""
    clock = Clock()

    def one(path: Path) -> object:
        return trafilatura.bare_extraction(
            decode_html(path.read_bytes()),
            url=f"http://bench.example/{path.name}",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )

    for files in chunks(paths):
        clock.time("trafilatura", lambda fs: [one(p) for p in fs], files)
    return {"wall": clock.wall["trafilatura"], "cpu": clock.cpu["trafilatura"]}


def measure(n: int, out: Path) -> dict[str, Any]:
    """Measure one size: the HTTP stage run, the disk end-to-end run and the trafilatura floor.

    The end-to-end ratio is measured on the "news" pages (the story inside a site's chrome) and, for comparison,
    on the "dense" pages of the first generator (the story fills the page); see bench/generate.py.
    """
    out.mkdir(parents=True, exist_ok=True)
    for name in (f"http-{n}.duckdb", f"disk-{n}.duckdb", f"disk-dense-{n}.duckdb"):
        for suffix in ("", ".wal"):
            (out / (name + suffix)).unlink(missing_ok=True)
    paths = write_corpus(out / "corpus", n)
    floor = run_trafilatura(paths)
    e2e = run_disk(paths, out / f"disk-{n}.duckdb")
    dense = write_corpus(out / "corpus", min(n, DENSE_MAX), profile="dense")
    dense_floor, dense_e2e = run_trafilatura(dense), run_disk(dense, out / f"disk-dense-{n}.duckdb")
    stages = run_http(n, out / f"http-{n}.duckdb")
    return {
        "articles": n,
        "bytes": sum(p.stat().st_size for p in paths),
        "text_bytes": text_bytes(paths),
        "trafilatura": floor,
        "disk": e2e,
        "dense": {
            "articles": len(dense),
            "bytes": sum(p.stat().st_size for p in dense),
            "text_bytes": text_bytes(dense),
            "trafilatura": dense_floor,
            "disk": dense_e2e,
        },
        "stages": stages,
        "peak_rss_mb": peak_rss_mb(),
        "failed": len(FAILURES),
        "failures": FAILURES[:5],
    }


def text_bytes(paths: list[Path]) -> int:
    """Characters of story text trafilatura extracts from the pages (what derive reads)."""
    return sum(len(extract_page(p.read_bytes(), f"http://bench.example/news/{p.name}").text) for p in paths)


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), Path(sys.argv[2]))))
