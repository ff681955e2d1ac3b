"""What one `summitwatch extract` process pays before and while it reads, and what the learned readers cost.

Run as `python -m bench.startup [N] [OUT_DIR]` (defaults 100, bench/out); prints one JSON object:
- `startup_s`: wall seconds of each one-off cost, in the order a fresh process meets them: importing the rules
  (their compiled patterns), loading the reference, building the GeoNames index (on the first unknown town), and the
  first derive;
- `extract_cli_s`: wall seconds of one whole `summitwatch extract` of the seed article, as a subprocess;
- `derive_ms_per_article`: CPU ms per generated article (bench.generate, fixed seed; after one warming pass, best of
  two) with the learned attendance reader off and on, and the reader's share.

Each step runs in this one process, in order, so the one-off costs are measured once, on first use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "sco-astana-2024.txt"


def _wall(fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    return result, round(time.perf_counter() - started, 3)


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 100
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "bench" / "out"
    startup: dict[str, float] = {}
    started = time.perf_counter()
    import pipeline.derive as dv  # noqa: PLC0415 - the import is what is measured

    startup["import_rules"] = round(time.perf_counter() - started, 3)
    from pipeline import attendance_model as am
    from pipeline.articles import build_article, read_article
    from pipeline.extract import extract_page
    from pipeline.geonames import city_index
    from pipeline.reference import load_reference

    ref, startup["load_reference"] = _wall(load_reference)
    _, startup["geonames_index"] = _wall(city_index)
    _, startup["first_derive"] = _wall(dv.derive, read_article(SEED), ref)

    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    cli = Path(sys.executable).with_name("summitwatch")
    started = time.perf_counter()
    subprocess.run([str(cli), "extract", str(SEED), "--format", "json"], env=env, check=True, capture_output=True)
    extract_cli = round(time.perf_counter() - started, 3)

    from bench.generate import write_corpus

    paths = write_corpus(out_dir / "startup-corpus", n)
    articles = []
    for path in paths:
        page = extract_page(path.read_bytes(), f"http://bench.example/news/{path.name}")
        articles.append(build_article(page.text, {"url": page.url, "published": page.published, "title": page.title}))
    for article in articles:  # a first pass warms the per-process caches (names resolved, patterns built)
        dv.derive(article, ref)
    per: dict[str, float] = {}
    shipped = am.THRESHOLD
    for label, threshold in (("reader_off", 2.0), ("reader_on", shipped)) * 2:  # best of two, interleaved
        am.THRESHOLD = threshold
        started = time.process_time()
        for article in articles:
            dv.derive(article, ref)
        ms = round((time.process_time() - started) * 1000 / len(articles), 2)
        per[label] = min(per.get(label, ms), ms)
    am.THRESHOLD = shipped
    per["reader_share"] = round((per["reader_on"] - per["reader_off"]) / per["reader_on"], 4)
    print(json.dumps({"articles": len(articles), "startup_s": startup, "extract_cli_s": extract_cli,
                      "derive_ms_per_article": per}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
