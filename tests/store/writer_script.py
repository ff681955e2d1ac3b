"""A loader for the atomicity test: appends generated articles in batches of BATCH, printing as it goes."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.articles import build_article
from pipeline.process import article_events
from pipeline.reference import load_reference
from warehouse.db import connect
from warehouse.store import append_events

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BATCH = 12


def generated_articles(n: int):
    """`n` distinct articles: the fixture texts under new URLs."""
    texts = sorted(FIXTURES.glob("bishkek-*.txt"))
    for i in range(n):
        path = texts[i % len(texts)]
        meta = {
            "url": f"https://example.org/generated/{i}",
            "published": f"2026-06-{1 + i % 28:02d}",
            "outlet": f"Outlet {i % 7}",
        }
        yield build_article(path.read_text(encoding="utf-8"), meta, str(path))


def main(db: str, n_batches: int, reference: str | None = None) -> None:
    ref = load_reference(Path(reference) if reference else None)
    articles = list(generated_articles(n_batches * BATCH))
    con = connect(db)
    for b in range(n_batches):
        events = [e for a in articles[b * BATCH : (b + 1) * BATCH] for e in article_events(a, ref)]
        print(f"appending {b}", flush=True)
        append_events(con, events)
        print(f"appended {b}", flush=True)
    con.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
