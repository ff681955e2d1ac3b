"""Printing rows as a text table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

WIDTH = 60


def _cell(value: Any, limit: int | None) -> str:
    text = "" if value is None else str(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def render(columns: list[str], rows: list[tuple[Any, ...]], fmt: str = "table", limit: int | None = WIDTH) -> str:
    """Return rows as an aligned text table, CSV, or a JSON list of objects."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    cells = [[_cell(v, limit) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join([line.rstrip(), "  ".join("-" * w for w in widths), *body, f"({len(rows)} rows)"])
