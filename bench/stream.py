"""Memory and scale: the whole pipeline over N generated pages, streamed in batches, never all in memory.

Run as `python -m bench.stream N OUT_DIR [SEGMENT]`; prints one JSON object. Pages are generated one batch at a
time (generation is not timed), then extracted, repaired, derived and appended to a fresh DuckDB file batch by batch,
as the load flow does. Every SEGMENT articles it records throughput, CPU per article and the resident set size,
so the curve from 1k to 100k articles shows whether any figure grows with the history.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.generate import iter_pages
from bench.stages import BATCH, peak_rss_mb
from pipeline.articles import build_article
from pipeline.derive import derive
from pipeline.events import article_loaded, extraction_events
from pipeline.extract import extract_page
from pipeline.process import producer_for
from pipeline.reference import load_reference
from warehouse.db import connect
from warehouse.store import append_events


def current_rss_mb() -> float:
    """Return this process's resident set size now, in MB (from /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _batch_events(start: int, size: int, ref: Any, producer: str) -> list[Any]:
    pages = [extract_page(p.html.encode("utf-8"), f"http://bench.example{p.path}") for p in iter_pages(size, start=start)]
    articles = [build_article(p.text, {"url": p.url, "published": p.published, "title": p.title}) for p in pages]
    return [e for a in articles for x in (derive(a, ref),) for e in (article_loaded(x.article, "file"), *extraction_events(x, producer))]


def run(n: int, out: Path, segment: int) -> dict[str, Any]:
    """Process n pages in batches; return per-segment figures and the peak RSS."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / f"stream-{n}.duckdb"
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    ref = load_reference()
    producer, con = producer_for(ref), connect(db)
    segments, events, wall, cpu = [], 0, 0.0, 0.0
    for start in range(0, n, BATCH):
        w, c = time.perf_counter(), time.process_time()
        events += append_events(con, _batch_events(start, min(BATCH, n - start), ref, producer))
        wall, cpu = wall + time.perf_counter() - w, cpu + time.process_time() - c
        done = min(n, start + BATCH)
        if done % segment == 0 or done == n:
            previous = segments[-1] if segments else {"articles": 0, "wall_s": 0.0, "cpu_s": 0.0}
            k = done - previous["articles"]
            segments.append({
                "articles": done,
                "events": events,
                "wall_s": wall,
                "cpu_s": cpu,
                "segment_articles_per_s": k / (wall - previous["wall_s"]),
                "segment_cpu_ms_per_article": 1000 * (cpu - previous["cpu_s"]) / k,
                "rss_mb": current_rss_mb(),
            })
    con.close()
    return {"articles": n, "events": events, "segments": segments, "peak_rss_mb": peak_rss_mb(),
            "db_mb": db.stat().st_size / 1e6}


if __name__ == "__main__":
    size = int(sys.argv[1])
    print(json.dumps(run(size, Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else max(BATCH, size // 10))))
