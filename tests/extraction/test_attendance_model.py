"""The learned attendance reader (pipeline/attendance_model.py): training on an invented corpus, determinism, and the
shipped weights adding the attendees of a sentence no rule reads, on small invented articles (published Wednesday 27
November 2024), without touching what the rules read or the sentences that must give nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import attendance_model as am
from tests.extraction.conftest import derive_body, extract_with_text

_HEAD = ("NATO leaders meet in Brussels\n\n"
         "BRUSSELS, Nov 27 (Alliance Wire) - NATO leaders opened their annual summit in Brussels on Wednesday.\n\n")
# a verb no rule knows: the round table 'brought together' the leaders
_ROUND_TABLE = ("The round table in the main hall brought together Prime Minister Mette Frederiksen of Denmark, "
                "Prime Minister Jonas Gahr Støre of Norway and President Alar Karis of Estonia.")


def _extract(ref, tmp_path: Path, body: str) -> tuple[dict, str]:
    return extract_with_text(ref, tmp_path, _HEAD + body + "\n")


def test_the_shipped_weights_load_under_the_size_limit():
    assert am.WEIGHTS_FILE.stat().st_size < 1_000_000
    model = am.load_model()
    assert model is not None and model.classes == am.CLASSES and len(model.weights) > 1000
    assert 0 < am.THRESHOLD <= 1


def test_the_model_adds_the_attendees_of_a_verb_no_rule_reads(ref, tmp_path, monkeypatch):
    monkeypatch.setattr(am, "THRESHOLD", 2.0)  # the rules alone
    out, _ = _extract(ref, tmp_path, _ROUND_TABLE)
    assert not {a["person"] for a in out["attendees"]} & {"Mette Frederiksen", "Jonas Gahr Støre", "Alar Karis"}
    monkeypatch.undo()
    out, text = _extract(ref, tmp_path, _ROUND_TABLE)
    added = {a["person"]: a for a in out["attendees"] if a["rule"] == am.RULE}
    assert set(added) == {"Mette Frederiksen", "Jonas Gahr Støre", "Alar Karis"}
    for a in added.values():
        assert a["status"] == "attended" and a["evidence"] == _ROUND_TABLE
        assert a["name_as_written"] in text[a["span"][0]: a["span"][1]]
    assert {a["country"] for a in added.values()} == {"Denmark", "Norway", "Estonia"}


def test_a_model_claim_is_less_confident_than_the_rules(ref, tmp_path):
    claims = [c for c in derive_body(ref, tmp_path, _HEAD + _ROUND_TABLE + "\n").claims if c.rule == am.RULE]
    assert claims and all(0 < c.confidence < 0.85 for c in claims)


def test_a_person_the_rules_read_anywhere_gets_no_model_claim(ref, tmp_path):
    body = ("Prime Minister Mette Frederiksen of Denmark attended the summit.\n\n" + _ROUND_TABLE)
    out, _ = _extract(ref, tmp_path, body)
    mine = [a for a in out["attendees"] if a["person"] == "Mette Frederiksen"]
    assert len(mine) == 1 and mine[0]["rule"] != am.RULE


@pytest.mark.parametrize("body", [
    # a byline
    "By Mette Frederiksen and Jonas Gahr Støre",
    # a quoted speaker, at another time
    "\"We need more ammunition,\" said Prime Minister Mette Frederiksen of Denmark in a radio interview last month.",
    # a past year
    "In 2014, Prime Minister Mette Frederiksen of Denmark and President Alar Karis of Estonia signed a pledge in Wales.",
])
def test_no_model_attendee_from_a_byline_a_speaker_or_the_past(ref, tmp_path, body):
    out, _ = _extract(ref, tmp_path, body)
    assert [a for a in out["attendees"] if a["rule"] == am.RULE] == []


# --- training on a tiny invented corpus --------------------------------------------------------------------------------

_LEADERS = [("Mette Frederiksen", "Denmark"), ("Jonas Gahr Støre", "Norway"), ("Alar Karis", "Estonia"),
            ("Petteri Orpo", "Finland"), ("Ulf Kristersson", "Sweden"), ("Gitanas Nausėda", "Lithuania")]


def _article(i: int) -> tuple[str, dict]:
    (a, ca), (b, cb) = _LEADERS[i % 6], _LEADERS[(i + 1) % 6]
    there = f"The long table in the hall seated President {a} of {ca}."
    quoted = f"\"Our budgets are growing,\" said President {b} of {cb} in a newspaper column."
    truth = {"summit": {"organisation": "NATO", "host_city": "Brussels"}, "members": [],
             "attendees": [{"person": a, "name_as_written": a, "country": ca, "status": "attended", "capacity": "member",
                            "evidence": there}]}
    return _HEAD + there + "\n\n" + quoted + "\n", truth


def _corpus(root: Path, n: int) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "truth").mkdir()
    for i in range(n):
        body, truth = _article(i)
        (root / "articles" / f"a{i}.txt").write_text(body, "utf-8")
        (root / "articles" / f"a{i}.meta.json").write_text(json.dumps({"published": "2024-11-27"}), "utf-8")
        (root / "truth" / f"a{i}.json").write_text(json.dumps(truth), "utf-8")
    return root


def test_labels_come_from_the_truth_and_its_evidence_sentence(ref, tmp_path):
    root = _corpus(tmp_path / "c", 2)
    items = dict(am.load_corpus(ref, [str(root)]))
    labels = {(c.person.canonical, c.label) for c in items["c/a0"]}
    assert ("Mette Frederiksen", "attended") in labels
    assert ("Jonas Gahr Støre", "none") in labels


def test_training_is_deterministic_and_learns_the_invented_verb(ref, tmp_path):
    root = _corpus(tmp_path / "c", 6)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert am.main(["train", str(root), "--out", str(one)]) == 0
    assert am.main(["train", str(root), "--out", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    model = am.Model.from_json(json.loads(one.read_text("utf-8")))
    items = [c for _, x in am.load_corpus(ref, [str(root)]) for c in x]
    seated = [c for c in items if c.label == "attended"]
    quoted = [c for c in items if c.label == "none"]
    assert seated and quoted
    assert all(model.best(c.features) == ("attended", model.best(c.features)[1]) for c in seated)
    assert min(model.probabilities(c.features)[1] for c in seated) > max(model.probabilities(c.features)[1] for c in quoted)
