"""Run the benchmark: `python -m bench.run --size tiny|small|full`; writes bench/out/report-SIZE.{json,md}."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.report import render_markdown
from bench.scale import grow_log, incremental

SIZES: dict[str, dict[str, Any]] = {
    "tiny": {"articles": [10], "prefect": 0, "events": [20_000], "history": 1_000, "incremental": 5, "stream": 0},
    "small": {
        "articles": [100, 300],
        "prefect": 200,
        "events": [100_000, 1_000_000],
        "history": 10_000,
        "incremental": 50,
        "stream": 2_000,
    },
    "full": {
        "articles": [1000, 10_000],
        "prefect": 10_000,
        "events": [1_000_000, 3_000_000, 10_000_000],
        "history": 100_000,
        "incremental": 100,
        "stream": 100_000,
    },
}


def machine() -> dict[str, Any]:
    """Describe this machine: cores, memory, CPU model, Python."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "nproc": os.cpu_count(),
        "mem_gb": round(mem_kb / 1024**2, 1),
        "cpu": cpu,
        "python": platform.python_version(),
    }


def child(module: str, n: int, out: Path) -> dict[str, Any]:
    """Run one measurement in a fresh process (its own peak RSS) and return its JSON."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    done = subprocess.run(
        [sys.executable, "-m", module, str(n), str(out)], capture_output=True, text=True, env=env
    )
    if done.returncode:
        raise SystemExit(f"{module} {n} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def streamed(path: Path, wait_seconds: float = 3600.0) -> dict[str, Any]:
    """Read a `python -m bench.stream` result run separately (it takes an hour at 100k), waiting for it to finish."""
    deadline = time.monotonic() + wait_seconds
    while not path.exists() or not path.read_text().strip():
        if time.monotonic() > deadline:
            raise SystemExit(f"{path}: no stream result after {wait_seconds:.0f} s")
        time.sleep(10)
    return json.loads(path.read_text().strip().splitlines()[-1])


def run(size: str, out: Path, stream_json: Path | None = None) -> dict[str, Any]:
    """Run every measurement of a size and return the report."""
    spec, started = SIZES[size], time.perf_counter()
    report: dict[str, Any] = {"size": size, "machine": machine(), "spec": spec}
    report["pipeline"] = [child("bench.stages", n, out) for n in spec["articles"]]
    report["log"] = grow_log(spec["events"], out)
    report["incremental"] = incremental(spec["history"], spec["incremental"], out)
    report["prefect"] = child("bench.prefect_overhead", spec["prefect"], out) if spec["prefect"] else None
    report["stream"] = (streamed(stream_json) if stream_json else child("bench.stream", spec["stream"], out)
                        if spec["stream"] else None)
    report["total_s"] = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run, write and print the report."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--stream-json", type=Path, help="use this `python -m bench.stream` result, run separately")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    report = run(args.size, args.out, args.stream_json)
    (args.out / f"report-{args.size}.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    markdown = render_markdown(report)
    (args.out / f"report-{args.size}.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
