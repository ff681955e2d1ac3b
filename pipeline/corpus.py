"""Running extraction over a labelled corpus folder (articles/ and truth/) and scoring it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.articles import read_article
from pipeline.derive import derive
from pipeline.errors import ArticleError
from pipeline.evaluate import Matcher, score_article, summarise
from pipeline.output import to_format
from pipeline.reference import Reference


def evaluate_corpus(folder: Path, ref: Reference) -> dict[str, Any]:
    """Extract every article of a labelled corpus and score it against its truth."""
    articles, truth_dir = folder / "articles", folder / "truth"
    if not articles.is_dir() or not truth_dir.is_dir():
        raise ArticleError(f"{folder}: a labelled corpus needs articles/ and truth/ folders")
    matcher, scores = Matcher(ref), []
    for truth_file in sorted(truth_dir.glob("*.json")):
        article_file = articles / (truth_file.stem + ".txt")
        if not article_file.exists():
            raise ArticleError(f"{truth_file}: no article {article_file.name} beside it")
        system = to_format(derive(read_article(article_file), ref))
        scores.append(score_article(matcher, truth_file.stem, json.loads(truth_file.read_text("utf-8")), system))
    return summarise(scores)
