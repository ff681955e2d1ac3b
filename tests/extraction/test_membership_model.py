"""The learned membership reader (pipeline/membership_model.py): training on an invented corpus, determinism, and
the shipped weights adding what no rule reads, on small invented articles (published Wednesday 27 November 2024)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import membership_model as mm
from tests.extraction.conftest import derive_body, extract_with_text

_HEAD = ("African Union leaders meet in Addis Ababa\n\n"
         "ADDIS ABABA, Nov 27 (Rift Wire) - African Union leaders opened their annual summit in Addis Ababa on Wednesday.\n\n")

@pytest.fixture(autouse=True)
def _switched_on(monkeypatch):
    monkeypatch.setattr(mm, "THRESHOLD", mm.CV_THRESHOLD)  # the shipped reader is switched off; these test it on


# --- a tiny invented corpus --------------------------------------------------------------------------------------------

_MEMBERS = [("Kenya", "Ghana"), ("Senegal", "Nigeria"), ("Namibia", "Botswana"), ("Angola", "Mali"), ("Ghana", "Zambia"),
            ("Kenya", "Namibia")]
_OBSERVERS = ["Haiti", "Cuba", "Brazil", "Jamaica", "Haiti", "Cuba"]
_OTHERS = ["France", "China", "India", "Japan", "Germany", "Canada"]


def _article(members: tuple[str, str], observer: str, other: str, verb: str = "backed the plan") -> tuple[str, dict]:
    a, b = members
    lines = [f"{a} and {b}, both longtime members, {verb}.",
             f"{observer}, which holds observer status, sent a delegation.",
             f"{other}, whose trade with the bloc grew, signed a deal with the host."]
    truth = {"summit": {"organisation": "African Union", "host_city": "Addis Ababa"},
             "members": [{"country": a, "status": "member", "evidence": lines[0]},
                         {"country": b, "status": "member", "evidence": lines[0]},
                         {"country": observer, "status": "observer", "evidence": lines[1]}],
             "attendees": []}
    return _HEAD + "\n\n".join(lines) + "\n", truth


def _corpus(root: Path, articles: list[tuple[str, dict]]) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "truth").mkdir()
    for i, (body, truth) in enumerate(articles):
        (root / "articles" / f"a{i}.txt").write_text(body, "utf-8")
        (root / "articles" / f"a{i}.meta.json").write_text(json.dumps({"published": "2024-11-27"}), "utf-8")
        (root / "truth" / f"a{i}.json").write_text(json.dumps(truth), "utf-8")
    return root


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    train_dir = _corpus(root / "train", [_article(m, o, x) for m, o, x in zip(_MEMBERS, _OBSERVERS, _OTHERS, strict=True)])
    held_dir = _corpus(root / "held", [_article(("Uganda", "Rwanda"), "Peru", "Italy", "voted for the text")])
    return train_dir, held_dir


def test_a_model_trained_on_an_invented_corpus_reads_held_out_sentences(ref, tiny):
    train_dir, held_dir = tiny
    model = mm.train(mm.examples_of(x for _, x in mm.load_corpus(ref, [str(train_dir)])))
    [(_, held)] = mm.load_corpus(ref, [str(held_dir)])
    assert mm.alone(model, held, 0.5) == {("c:uga", "member"), ("c:rwa", "member"), ("c:per", "observer")}


def test_training_is_deterministic(ref, tiny, tmp_path):
    train_dir, _ = tiny
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert mm.main(["train", str(train_dir), "--out", str(one)]) == 0
    assert mm.main(["train", str(train_dir), "--out", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert mm.Model.from_json(json.loads(one.read_text("utf-8"))).classes == mm.CLASSES


def test_labels_come_from_the_evidence_sentence_only(ref, tiny):
    train_dir, _ = tiny
    items = dict(mm.load_corpus(ref, [str(train_dir)]))
    labels = {(c.country_id, c.label) for c in items["train/a0"]["candidates"]}
    assert labels == {("ken", "member"), ("gha", "member"), ("hti", "observer"), ("fra", "none")}


# --- the shipped weights and the hook -----------------------------------------------------------------------------------

def _extract(ref, tmp_path: Path, body: str) -> tuple[dict, str]:
    return extract_with_text(ref, tmp_path, _HEAD + body + "\n")


def test_the_shipped_weights_load_under_the_size_limit():
    assert mm.WEIGHTS_FILE.stat().st_size < 1_000_000
    model = mm.load_model()
    assert model is not None and model.classes == mm.CLASSES and len(model.weights) > 1000
    assert 0 < mm.CV_THRESHOLD <= 1


def test_the_model_adds_a_membership_no_rule_reads(ref, tmp_path, monkeypatch):
    body = "Malawi and Zambia, both longtime members, backed the plan."
    monkeypatch.setattr(mm, "THRESHOLD", 2.0)  # the rules alone
    out, _ = _extract(ref, tmp_path, body)
    assert not {m["country"] for m in out["members"]} & {"Malawi", "Zambia"}
    monkeypatch.setattr(mm, "THRESHOLD", mm.CV_THRESHOLD)
    out, text = _extract(ref, tmp_path, body)
    added = {m["country"]: m for m in out["members"] if m["rule"] == mm.RULE}
    assert set(added) == {"Malawi", "Zambia"}
    for name, m in added.items():
        assert m["status"] == "member" and m["evidence"] == body
        assert text[m["span"][0]: m["span"][1]] == name


def test_a_model_claim_is_less_confident_than_the_rules(ref, tmp_path):
    claims = [c for c in derive_body(ref, tmp_path, _HEAD + "Malawi and Zambia, both longtime members, backed the plan.\n").claims if c.rule == mm.RULE]
    assert claims and all(0 < c.confidence < 0.85 for c in claims)


def test_a_state_the_rules_already_read_gets_no_second_claim(ref, tmp_path):
    out, _ = _extract(ref, tmp_path, "Cape Verde, a member of long standing, tabled the motion.")
    assert [(m["country"], m["rule"]) for m in out["members"] if m["country"] == "Cape Verde"] == [("Cape Verde", "is_member")]


@pytest.mark.parametrize("body", [
    # a byline's country
    "By Amina Bello, our Kenya correspondent covering the bloc",
    # a quoted speaker's country
    "\"The members must pay their dues,\" said Ghana's finance minister, Kofi Mensah.",
    # another organisation's list
    "Separately, the Arab League, whose members include Egypt, Jordan and Iraq, met in Cairo.",
    # a visit, with no word of any status
    "Leaders from Kenya, Ghana and Zambia arrived in the capital on Tuesday.",
])
def test_no_membership_from_a_byline_a_speaker_or_another_list(ref, tmp_path, body):
    out, _ = _extract(ref, tmp_path, body)
    assert [m for m in out["members"] if m["rule"] == mm.RULE] == []
