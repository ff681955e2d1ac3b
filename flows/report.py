"""Human-readable reports: the eval scores."""

from __future__ import annotations

from typing import Any

from flows.render import render


def eval_report(result: dict[str, Any]) -> str:
    """Return the eval result as a table of scores, then each article's misses and false hits."""
    rows = [(c, s["precision"], s["recall"], s["f1"], s["tp"], s["fp"], s["fn"]) for c, s in result["categories"].items()]
    lines = [render(["category", "precision", "recall", "f1", "tp", "fp", "fn"], rows, limit=None), ""]
    lines.append(f"summit organisation: {result['summit_organisation']}   summit host city: {result['summit_host_city']}"
                 f"   canonical names: {result['canonical_names']}   articles: {result['articles']}")
    for art in result["per_article"]:
        lines.append(f"\n{art['article']}: " + ", ".join(f"{k} {v}" for k, v in art["scores"].items())
                     + f", summit org {art['summit_org']}, city {art['summit_city']}")
        for kind, label in (("misses", "miss"), ("false_hits", "false")):
            for cat, items in art[kind].items():
                lines.append(f"  {label} {cat}: " + "; ".join(_short(i) for i in items))
    return "\n".join(lines)


def _short(item: Any) -> str:
    if isinstance(item, dict):
        return "/".join(str(item.get(k)) for k in ("person", "country", "status") if k in item)
    if isinstance(item, (list, tuple)):
        return "/".join(str(x) for x in item)
    return str(item)
