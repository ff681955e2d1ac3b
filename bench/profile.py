"""Where the end-to-end time goes: pyinstrument over the from-disk pipeline, and CPU per part against trafilatura.

Run as `python -m bench.profile [N] [OUT_DIR] [PROFILE]` (defaults 300, bench/out, news). Writes
OUT_DIR/profile-PROFILE.txt (the pyinstrument tree) and prints one JSON object: CPU milliseconds per article for
trafilatura alone and for each part of the pipeline, measured on the same pages one after another.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import trafilatura
from pyinstrument import Profiler

from bench.generate import write_corpus
from bench.stages import BATCH
from pipeline.articles import build_article
from pipeline.derive import derive
from pipeline.events import article_loaded, extraction_events
from pipeline.extract import decode_html, extract_page
from pipeline.process import producer_for
from pipeline.reference import load_reference
from warehouse.db import connect
from warehouse.store import append_events

T = TypeVar("T")


def parts(paths: list[Path], db: Path) -> dict[str, float]:
    """CPU ms per article of trafilatura alone and of each pipeline part, on the same pages."""
    ref, cpu = load_reference(), {}
    producer = producer_for(ref)

    def timed(name: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        started = time.process_time()
        result = fn(*args, **kwargs)
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - started
        return result

    def events_of(found: Any) -> list[Any]:
        return [article_loaded(found.article, "file"), *extraction_events(found, producer)]

    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    con, pending = connect(db), []
    for k, path in enumerate(paths, 1):
        body, url = path.read_bytes(), f"http://bench.example/news/{path.name}"
        timed("trafilatura alone", trafilatura.bare_extraction, decode_html(body), url=url, with_metadata=True,
              include_comments=False, include_tables=False, deduplicate=False)
        page = timed("extract_page (trafilatura + repair + simhash)", extract_page, body, url)
        article = timed("build_article", build_article, page.text,
                        {"url": page.url, "published": page.published, "title": page.title})
        found = timed("derive", derive, article, ref)
        pending += timed("events", events_of, found)
        if k % BATCH == 0 or k == len(paths):  # appended in batches, as the load flow does
            timed("append", append_events, con, pending)
            pending = []
    con.close()
    return {name: round(1000 * seconds / len(paths), 2) for name, seconds in cpu.items()}


def main(n: int, out: Path, profile: str) -> dict[str, Any]:
    """Profile the pipeline over n pages of a profile; return the per-part CPU figures."""
    out.mkdir(parents=True, exist_ok=True)
    paths = write_corpus(out / "corpus", n, profile=profile)
    ref = load_reference()
    derive(build_article("Warm-up.", {"url": "http://bench.example/warm-up"}), ref)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for path in paths:
        page = extract_page(path.read_bytes(), f"http://bench.example/news/{path.name}")
        derive(build_article(page.text, {"url": page.url, "published": page.published, "title": page.title}), ref)
    profiler.stop()
    (out / f"profile-{profile}.txt").write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    return {"articles": n, "profile": profile, "cpu_ms_per_article": parts(paths, out / "profile.duckdb")}


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(main(int(args[0]) if args else 300, Path(args[1]) if len(args) > 1 else Path("bench/out"),
                          args[2] if len(args) > 2 else "news")))
