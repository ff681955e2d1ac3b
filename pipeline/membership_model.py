"""A learned membership reader: a small statistical model that adds the memberships the hand-written rules miss.

The rules (pipeline/membership*.py) read the sentence shapes they were written for; every fresh set of articles
brings new ones ('Kenya, one of the bloc's 55 states, ...' written another way), and recall is what is lost. This
reader scores each country mention of an article whose summit has an organisation with a multinomial logistic
regression over sparse features of the sentence around it (words and word pairs by side and distance, cue words,
whether the organisation is named here or just before, a list of three or more countries, a person or office the
mention is attached to, the sentence's position) and gives a status (member, observer, candidate, ...) or none.

It only adds: a country that the rules gave no membership claim for the summit's organisation gets the model's
status when its probability clears THRESHOLD (set by cross-validation on the development corpus only). The claim's
rule is "membership_model", its confidence the model's probability scaled below the rules' 0.85, and it points to the
sentence and the mention's span like every other claim.

Pure: no Prefect, no DuckDB, no numpy. The weights are a small JSON file (seeds/reference/membership_model.json),
loaded once per process; `python -m pipeline.membership_model train CORPUS... --out FILE` rebuilds it, and
`python -m pipeline.membership_model cv CORPUS...` reports a k-fold cross-validated figure by article.
"""

from __future__ import annotations

import bisect
import json
import math
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.membership_guards import cue_objects, mention_guards
from pipeline.model import Claim, Mention, Person, Sentence
from pipeline.reference import Reference

NONE = "none"
CLASSES = (NONE, "member", "observer", "dialogue_partner", "partner", "observer_or_dialogue_partner", "joining",
           "candidate", "left", "suspended")
CV_THRESHOLD = 0.5  # the threshold that k-fold cross-validation on the development corpus chose (see cross_validate)
# the threshold in force (> 1 never fires). On: trained on the development corpus alone, it lifted members F1 on fresh
# rounds (round 39: 0.754 -> 0.871; rounds 34/37/38: 0.71 -> 0.85); the near misses it over-read ('not members of the
# bloc - A, B and C', 'an observer at the elections', 'applied for a loan', 'Germany's closest partners') are stopped
# by the guards of pipeline/membership_guards.py, which are features of the model and vetoes of its additions
THRESHOLD = CV_THRESHOLD
CONFIDENCE_SCALE = 0.8  # a model claim's confidence is its probability times this: always below the rules' 0.85
RULE = "membership_model"
GATE = True  # add only from a sentence that names the organisation or a status word
GATE_PREV = False  # ... or that follows a sentence naming the organisation
NEGATION_WORDS = 8  # a negation this near after a mention denies what the sentence says of it
_NEGATIONS = frozenset({"not", "never", "without", "neither", "nor", "no", "isn", "hasn", "doesn", "didn", "wasn", "won"})
OTHER_ORG_WORDS = 10  # a mention this near another organisation (nearer than to its own) is that one's
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "seeds" / "reference" / "membership_model.json"

# a word, a number, or a possessive ending: "bloc's" -> "bloc", "'s"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*|\d+|['’]s\b|[:;(),\"“”]")
_WORD_CASED = re.compile(_WORD.pattern, re.I)  # the same tokens read from the text as written
# words that cue a status or its absence near a country: kept as features of their own with the organisation's presence
_CUES = frozenset("""
member members membership memberships observer observers partner partners partnership dialogue status join joined joins
joining accession accede acceded admitted admission applied application applicant applicants apply bid candidate
candidates candidacy invited invitation suspended suspension suspend left leave quit withdrew withdrawal withdraw
exit expelled founding founder founders founded full associate ally allies bloc grouping alliance union includes include
including comprises comprising comprise consists brings together fellow states countries nations economies
aspiring hopeful prospective pending ratified ratify ratification rejoined readmitted non-member nonmember
""".split())
# a word of a status or of a change of status: 'member', 'observer', 'partners', 'joined', 'acceded', 'applied',
# 'suspended', 'withdrew', 'founding', 'allies', 'bloc'
# the rotating chair is held by a member: 'Scholz, who holds the G7's rotating presidency'
_CHAIR_WORD = re.compile(r"\b(?:presidency|chairmanship|chair(?:s|ed|ing)?|chairperson)\b", re.I)
_STATUS_WORD = re.compile(r"\b(?:members?|membership|observers?|partners?|partnership|join(?:s|ed|ing)?|rejoin\w*|accession|"
                          r"acced\w*|admit\w*|admission|appl(?:y|ied|ies|ying|ication|icants?)|bids?|candida\w+|"
                          r"suspen\w+|left|leave|quit|withdr\w+|exit\w*|expel\w*|found(?:ing|ed|ers?)|allies|ally|bloc|"
                          r"grouping|alliance|ratif\w+|status)\b", re.I)
# words of attending, travelling and meeting: a state named with them is there, which says nothing of its membership
_ATTENDS = frozenset("""
arrived arrive arrives arriving attend attended attending attends participate participated participating present flew
landed met meet meets talks visit visited visiting welcomed greeted delegation delegations leaders heads guests guest
invited expected represented sent travelled traveled skipped absent said told says
""".split())
# other words that mark a mention as no state's membership: a byline, a quoted speaker, a visit
_ATTEND_WORDS = frozenset("president prime minister premier leader king emir chancellor foreign envoy ambassador".split())


@dataclass(frozen=True)
class Candidate:
    """One country mention of an article, with its features (and, for training, its label)."""

    country_id: str
    sentence: Sentence
    mention: Mention
    features: tuple[str, ...]
    label: str | None = None  # a status, NONE, or None when unknown (not used in training)
    speaks: bool = True  # the sentence speaks of the organisation or of a status: only then may the model add a claim


def _bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d <= 3 else "3" if d <= 7 else "f"


def _count_bucket(n: int) -> str:
    return str(n) if n <= 2 else "3-5" if n <= 5 else "6+"


def _tokens(s: Sentence, spans: list[tuple[int, int, str]]) -> tuple[list[str], dict[int, int], list[str]]:
    """Lowercased tokens of a sentence, each marked span (a mention, a person) one placeholder token.

    Returns the tokens, for each span's start its token's index, and the same tokens in their own case (a capital
    tells a word of a name: 'the Regional Comprehensive Economic Partnership').
    """
    toks: list[str] = []
    cased: list[str] = []
    where: dict[int, int] = {}
    pos = s.start
    for a, b, tag in sorted(spans):
        if a < pos:
            continue
        cased.extend(_WORD_CASED.findall(s.text[pos - s.start: a - s.start]))
        where[a] = len(cased)
        cased.append(tag)
        pos = b
    cased.extend(_WORD_CASED.findall(s.text[pos - s.start:]))
    toks = [t if t.startswith("<") else t.lower() for t in cased]
    return toks, where, cased


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?$", re.I)


def _list_run(s: Sentence, countries: list[Mention], m: Mention) -> tuple[Mention, Mention, int]:
    """The first and last countries of the run ('A, B and C') that `m` sits in, and its length (1 when alone)."""
    ordered = sorted(countries, key=lambda x: x.start)
    i = ordered.index(m)
    lo = hi = i
    while lo > 0 and _LIST_GAP.match(s.text[ordered[lo - 1].end - s.start: ordered[lo].start - s.start]):
        lo -= 1
    while hi < len(ordered) - 1 and _LIST_GAP.match(s.text[ordered[hi].end - s.start: ordered[hi + 1].start - s.start]):
        hi += 1
    return ordered[lo], ordered[hi], hi - lo + 1


def _org_ids(ref: Reference, org_id: str) -> set[str]:
    """The organisation and its organs ('the European Commission' under the European Union)."""
    org = ref.organisations.get(org_id)
    out = {org_id}
    if org is not None:
        out |= {o.id for o in ref.organisations.values() if o.kind == "organ" and o.name.startswith(org.name + " ")}
    return out


def candidates(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
               people: dict[int, list[Person]], org_id: str, day: str | None,
               host_country: str | None = None) -> list[Candidate]:
    """Every country mention of the article's sentences, with its features."""
    org = ref.organisations.get(org_id)
    ours = _org_ids(ref, org_id)
    prior = {}
    if org is not None:
        for name, status in ref.members_of(org.name, day).items():
            c = ref.country_named(name)
            if c is not None:
                prior[c.id] = status
    host = ref.country_named(host_country) if host_country else None
    body = [s for s in sentences if s.kind != "credit"]
    seen: dict[str, int] = {}
    for s in body:
        for m in mentions.get(s.index, []):
            if m.kind in ("country", "demonym") and m.entity_id in ref.countries:
                seen[m.entity_id] = seen.get(m.entity_id, 0) + 1
    out: list[Candidate] = []
    prev_org = False
    for pos, s in enumerate(body):
        ms = mentions.get(s.index, [])
        org_here = any(m.kind == "org" and m.entity_id in ours for m in ms)
        other_org = any(m.kind == "org" and m.entity_id not in ours for m in ms)
        countries = [m for m in ms if m.kind in ("country", "demonym") and m.entity_id in ref.countries]
        if countries:
            out.extend(_sentence_candidates(s, pos, ms, countries, people.get(s.index, []), ours, org_here, prev_org,
                                            other_org, prior, host.id if host else None, seen))
        prev_org = org_here
    return out


def _sentence_candidates(s: Sentence, pos: int, ms: list[Mention], countries: list[Mention], ps: list[Person],
                         ours: set[str], org_here: bool, prev_org: bool, other_org: bool, prior: dict[str, str],
                         host: str | None, seen: dict[str, int]) -> list[Candidate]:
    spans: list[tuple[int, int, str]] = []
    for m in ms:
        if m.kind in ("country", "demonym") and m.entity_id is not None:
            spans.append((m.start, m.end, "<c>"))
        elif m.kind == "org":
            spans.append((m.start, m.end, "<org>" if m.entity_id in ours else "<oorg>"))
        elif m.kind == "city":
            spans.append((m.start, m.end, "<city>"))
    covered = [(a, b) for a, b, _ in spans]
    for p in ps:
        a, b = p.mention.start, p.mention.end
        if not any(x < b and a < y for x, y in covered):
            spans.append((a, b, "<p>"))
    toks, where, cased = _tokens(s, spans)
    n = len(toks)
    sent_words = {t for t in toks if t.isalpha()}
    nc = len({m.entity_id for m in countries})
    base = [f"nc|{_count_bucket(nc)}", f"kind|{s.kind}", f"pos|{_count_bucket(pos)}",
            "org_here" if org_here else ("org_prev" if prev_org else "org_none")]
    if other_org:
        base.append("oorg_here" if org_here else "oorg_only")
    base += [f"S|{w}" for w in sorted(sent_words & _CUES)]
    base += [f"A|{w}" for w in sorted(sent_words & _ATTENDS)]
    orgs = [j for j, t in enumerate(toks) if t in ("<org>", "<oorg>")]
    status_word = bool(_STATUS_WORD.search(s.text))
    speaks = org_here or GATE_PREV and prev_org or status_word
    quote_marks = [i for i, c in enumerate(s.text) if c in "\"“”"]
    cued = cue_objects(toks, cased)
    out = []
    for m in countries:
        i = where.get(m.start)
        if i is None:
            continue
        f = ["b", f"form|{m.form}", f"seen|{_count_bucket(seen.get(m.entity_id or '', 0))}", *base]
        st = prior.get(m.entity_id or "")
        f.append(f"ref|{st or 'none'}")
        f.append(f"ref|{st or 'none'}&{'org' if org_here else 'prev' if prev_org else 'no'}")
        if m.entity_id == host:
            f.append("host")
        first, last, size = _list_run(s, countries, m)
        f.append(f"list|{_count_bucket(size)}")
        if size >= 2:  # what the run hangs on: 'leaders from A, B and C arrived', 'members are A, B and C'
            a, b = where.get(first.start, i), where.get(last.start, i)
            f += [f"LH|{toks[a - 1] if a else '<s>'}", f"LH2|{'_'.join(toks[max(0, a - 2): a])}",
                  f"LT|{toks[b + 1] if b + 1 < n else '</s>'}", f"LT2|{'_'.join(toks[b + 1: b + 3])}"]
        if size >= 3 and org_here:
            f.append("list3&org")
        if sum(1 for q in quote_marks if q < m.start - s.start) % 2:
            f.append("in_quote")
        attached = any(p.country_id == m.entity_id and (p.start <= m.start < p.end + 3 or m.end <= p.start <= m.end + 3
                                                         or abs(p.mention.start - m.end) <= 4) for p in ps)
        if attached:
            f.append("person")
        nxt = toks[i + 1] if i + 1 < n else "</s>"
        prv = toks[i - 1] if i else "<s>"
        if nxt in _ATTEND_WORDS or nxt == "'s" and i + 2 < n and toks[i + 2] in _ATTEND_WORDS:
            f.append("office_after")
        f += [f"L1|{prv}", f"R1|{nxt}", f"LR|{prv}_{nxt}"]
        if i >= 2:
            f.append(f"LB|{toks[i - 2]}_{prv}")
        if i + 2 < n:
            f.append(f"RB|{nxt}_{toks[i + 2]}")
        for j in range(max(0, i - 8), i - 1):
            f.append(f"L{_bucket(i - j)}|{toks[j]}")
        for j in range(i + 2, min(n, i + 9)):
            f.append(f"R{_bucket(j - i)}|{toks[j]}")
        for j in range(max(0, i - 6), i - 1):
            f.append(f"Lb|{toks[j]}_{toks[j + 1]}")
        for j in range(i + 1, min(n - 1, i + 7)):
            f.append(f"Rb|{toks[j]}_{toks[j + 1]}")
        near = {toks[j] for j in range(max(0, i - 10), min(n, i + 11)) if toks[j] in _CUES}
        tag = "o" if org_here else "p" if prev_org else "n"
        f += [f"cue{tag}|{w}" for w in sorted(near)]
        # the organisation nearest the mention is another one ('the Arab League, whose members include A'): its list
        near_org = min(orgs, key=lambda j: abs(j - i), default=None)
        owned = near_org is not None and toks[near_org] == "<oorg>" and abs(near_org - i) <= OTHER_ORG_WORDS
        # a denied status after the state: 'A has not applied', 'B sent observers without seeking membership'
        denied = any(toks[j] in _NEGATIONS for j in range(i + 1, min(n, i + 1 + NEGATION_WORDS)))
        if not denied and i + 2 < n and toks[i + 1] == "," and toks[i + 2] in ("whose", "which", "who"):
            # past a relative aside: 'Indonesia, whose name has been floated as a sixth member, has not sought to join'
            close = next((j for j in range(i + 3, min(n, i + 30)) if toks[j] == ","), None)
            denied = close is not None and any(toks[j] in _NEGATIONS for j in range(close + 1, min(n, close + 4)))
        # the shapes where a status word beside the state says nothing of it (pipeline/membership_guards.py)
        guards = mention_guards(toks, cued, i, where.get(first.start, i), where.get(last.start, i), size)
        f += [f"guard|{g}" for g in guards]
        # a leader's own state in a sentence with no word of status: 'Chinese leader Xi ... at the APEC summit' is
        # attendance, not membership
        bare_leader = attached and not status_word and not _CHAIR_WORD.search(s.text)
        out.append(Candidate(m.entity_id or "", s, m, tuple(dict.fromkeys(f)),
                             speaks=speaks and not owned and not denied and not guards and not bare_leader))
    return out


class Model:
    """A multinomial logistic regression over sparse string features."""

    def __init__(self, classes: Iterable[str], weights: dict[str, dict[int, float]] | None = None) -> None:
        self.classes = tuple(classes)
        self.weights: dict[str, dict[int, float]] = weights or {}

    def probabilities(self, features: Iterable[str]) -> list[float]:
        k = len(self.classes)
        z = [0.0] * k
        w = self.weights
        for feat in features:
            row = w.get(feat)
            if row:
                for c, v in row.items():
                    z[c] += v
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable status other than none, and its probability."""
        p = self.probabilities(features)
        i = max(range(1, len(p)), key=lambda j: p[j])
        return self.classes[i], p[i]

    def to_json(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "scale": 1000,
                "weights": {f: {str(c): round(v * 1000) for c, v in sorted(row.items())} for f, row in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        scale = data.get("scale", 1)
        return cls(data["classes"], {f: {int(c): v / scale for c, v in row.items()} for f, row in data["weights"].items()})


def train(examples: list[tuple[tuple[str, ...], str]], epochs: int = 10, rate: float = 0.2, l2: float = 1e-4,
          min_count: int = 2, prune: float = 0.01, seed: int = 13, classes: tuple[str, ...] = CLASSES) -> Model:
    """Fit the model by stochastic gradient descent on (features, label) pairs: fixed order, fixed seed.

    Features seen fewer than `min_count` times are dropped; weights below `prune` are dropped after training.
    """
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= min_count}
    data = [(tuple(f for f in feats if f in keep), classes.index(label)) for feats, label in examples]
    k = len(classes)
    w: dict[str, list[float]] = {f: [0.0] * k for f in sorted(keep)}
    rng = random.Random(seed)
    order = list(range(len(data)))
    step = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + epoch)
        for idx in order:
            feats, y = data[idx]
            z = [0.0] * k
            rows = [w[f] for f in feats]
            for row in rows:
                for c in range(k):
                    z[c] += row[c]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            g = [v / total for v in e]
            g[y] -= 1.0
            shrink = 1 - lr * l2
            for row in rows:
                for c in range(k):
                    row[c] = row[c] * shrink - lr * g[c]
            step += 1
    weights = {f: {c: v for c, v in enumerate(row) if abs(v) >= prune} for f, row in w.items()}
    return Model(classes, {f: row for f, row in weights.items() if row})


@lru_cache(maxsize=4)
def load_model(path: str = str(WEIGHTS_FILE)) -> Model | None:
    """The shipped model (once per process), or None when its file is missing."""
    p = Path(path)
    if not p.exists():
        return None
    return Model.from_json(json.loads(p.read_text("utf-8")))


def country_scores(model: Model, cands: list[Candidate],
                   skip: set[str] = frozenset()) -> dict[str, tuple[str, float, Candidate]]:  # type: ignore[assignment]
    """The best (status, probability, mention) of each country over its mentions."""
    best: dict[str, tuple[str, float, Candidate]] = {}
    for c in cands:
        if c.country_id in skip or (GATE and not c.speaks):
            continue
        status, p = model.best(c.features)
        if c.country_id not in best or p > best[c.country_id][1]:
            best[c.country_id] = (status, p, c)
    return best


def model_claims(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                 people: dict[int, list[Person]], org_id: str | None, host_country: str | None, day: str | None,
                 claims: list[Claim], threshold: float | None = None, model: Model | None = None) -> list[Claim]:
    """Membership claims for the summit's organisation that the model adds to the rules' `claims`.

    Only a country with no membership claim of the rules for the organisation is scored; its best mention's status
    is added when its probability reaches the threshold ('Kenya, one of the bloc's states' where no rule reads it).
    """
    threshold = THRESHOLD if threshold is None else threshold
    if org_id is None or threshold > 1 or org_id not in ref.organisations:
        return []
    model = model or load_model()
    if model is None:
        return []
    claimed = {c.payload["country_id"] for c in claims if c.kind == "membership" and c.payload["org_id"] == org_id}
    cands = [c for c in candidates(ref, sentences, mentions, people, org_id, day, host_country)
             if c.country_id not in claimed]
    out = []
    for cid, (status, p, c) in sorted(country_scores(model, cands).items()):
        if p < threshold:
            continue
        payload = {"org_id": org_id, "organisation": ref.organisations[org_id].name, "country_id": cid,
                   "country": ref.countries[cid].name, "status": status, "since": None, "founding": False}
        precision = None if not day else {4: "year", 7: "month"}.get(len(day), "day")
        out.append(Claim("membership", (org_id, cid), payload, c.sentence.text, (c.mention.start, c.mention.end), RULE,
                         round(p * CONFIDENCE_SCALE, 3), day, precision))
    return out


# --- training data: the labelled development corpus -------------------------------------------------------------------

def labelled_article(ref: Reference, article_file: Path, truth: dict[str, Any]) -> dict[str, Any] | None:
    """Derive an article with the rules, and label its candidates from the truth's members.

    A mention in the evidence sentence of a truth member gets that member's status; other mentions of a truth
    member's country are left unlabelled (they may or may not say it); mentions of other countries are none.
    Returns the candidates, the rules' own members (in the eval's keys) and the truth's, or None without a summit.
    """
    from pipeline import derive as dv  # late: derive imports this module
    from pipeline.articles import read_article
    from pipeline.evaluate import Matcher
    from pipeline.output import to_format

    article = read_article(article_file)
    ext = dv.derive(article, ref)
    summit = ext.summit
    if summit is None:
        return None
    rules_claims = [c for c in ext.claims if c.rule != RULE]
    mentions = dv._scan(ref, ext.sentences)
    people: dict[int, list[Person]] = {s.index: [] for s in ext.sentences}
    starts = [s.start for s in ext.sentences]
    for p in ext.people:
        j = bisect.bisect_right(starts, p.mention.start) - 1
        people[ext.sentences[j].index].append(p)
    day = (ext.anchor or "")[:10] or summit.start  # as derive() reads it
    matcher = Matcher(ref)
    system = to_format(dv.Extraction(ext.article, ext.sentences, summit, ext.other_summits, rules_claims))
    item = {"inputs": (ext.sentences, mentions, people, summit.org_id, day, summit.host_country, ext.article.text),
            "members": truth.get("members") or [],
            "truth": sorted({(matcher.country_key(t["country"]), t["status"]) for t in truth.get("members") or []}),
            "rules": sorted({(matcher.country_key(m["country"]), m["status"]) for m in system["members"]}),
            "claimed": sorted({"c:" + c.payload["country_id"] for c in rules_claims if c.kind == "membership"
                               and c.payload["org_id"] == summit.org_id})}
    return label_item(ref, item)


def label_item(ref: Reference, item: dict[str, Any]) -> dict[str, Any]:
    """(Re)compute a labelled article's candidates and their labels from its inputs and its truth's members."""
    from pipeline.evaluate import Matcher

    sentences, mentions, people, org_id, day, host_country, text = item["inputs"]
    matcher = Matcher(ref)
    evidence: dict[str, list[tuple[str, list[tuple[int, int]]]]] = {}
    for t in item["members"]:
        key = matcher.country_key(t["country"])
        spans = []
        ev = (t.get("evidence") or "").strip()
        if ev:
            k = text.find(ev)
            while k >= 0:
                spans.append((k, k + len(ev)))
                k = text.find(ev, k + 1)
        evidence.setdefault(key, []).append((t["status"], spans))
    cands = candidates(ref, sentences, mentions, people, org_id, day, host_country)
    labelled = []
    for c in cands:
        key = "c:" + c.country_id
        label: str | None = NONE
        if key in evidence:
            label = None
            for status, spans in evidence[key]:
                if any(a < c.sentence.end and c.sentence.start < b for a, b in spans):
                    label = status
        labelled.append(replace(c, label=label))
    return dict(item, candidates=labelled)


def load_corpus(ref: Reference, folders: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """Label every article of the labelled corpus folders (articles/ and truth/), in name order."""
    out = []
    for folder in folders:
        root = Path(folder)
        for truth_file in sorted((root / "truth").glob("*.json")):
            art = root / "articles" / (truth_file.stem + ".txt")
            item = labelled_article(ref, art, json.loads(truth_file.read_text("utf-8")))
            if item is not None:
                out.append((f"{root.name}/{truth_file.stem}", item))
    return out


def examples_of(items: Iterable[dict[str, Any]]) -> list[tuple[tuple[str, ...], str]]:
    return [(c.features, c.label) for item in items for c in item["candidates"] if c.label is not None]


def added(model: Model, item: dict[str, Any], threshold: float) -> set[tuple[str, str]]:
    """The (country key, status) pairs the model adds to the rules' members of one labelled article."""
    skip = {k[2:] for k in item["claimed"]}
    return {("c:" + cid, status) for cid, (status, p, _) in country_scores(model, item["candidates"], skip).items()
            if p >= threshold}


def score(items: list[dict[str, Any]], additions: list[set[tuple[str, str]]]) -> dict[str, float]:
    """Members precision, recall and F1 of the rules plus the additions, micro-averaged."""
    tp = fp = fn = 0
    for item, add in zip(items, additions, strict=True):
        truth, system = set(map(tuple, item["truth"])), set(map(tuple, item["rules"])) | add
        tp, fp, fn = tp + len(truth & system), fp + len(system - truth), fn + len(truth - system)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def alone(model: Model, item: dict[str, Any], threshold: float) -> set[tuple[str, str]]:
    """The (country key, status) pairs the model alone gives an article (as if no rule had read it)."""
    return {("c:" + cid, status) for cid, (status, p, _) in country_scores(model, item["candidates"]).items()
            if p >= threshold}


def cross_validate(items: list[dict[str, Any]], folds: int = 5, **kw: Any) -> dict[float, dict[str, dict[str, float]]]:
    """k-fold cross-validation by article (article i in fold i mod k): at each threshold, the members figures of the
    model alone and of the rules plus the model's additions.

    The threshold is the one where the model alone scores its best F1: the rules were written on these same
    articles, so what they leave unread here is no sample of what they leave unread in fresh articles (on fresh
    sets they miss 10-40% of the members), while the model alone on held-out folds is read on fresh text.
    """
    none: list[set[tuple[str, str]]] = [set() for _ in items]
    plus: dict[float, list[set[tuple[str, str]]]] = {t: [set() for _ in items] for t in THRESHOLDS}
    only: dict[float, list[set[tuple[str, str]]]] = {t: [set() for _ in items] for t in THRESHOLDS}
    for k in range(folds):
        model = train(examples_of([x for i, x in enumerate(items) if i % folds != k]), **kw)
        for i, x in enumerate(items):
            if i % folds == k:
                for t in THRESHOLDS:
                    plus[t][i], only[t][i] = added(model, x, t), alone(model, x, t)
    bare = [dict(x, rules=[]) for x in items]
    out = {t: {"alone": score(bare, only[t]), "rules+model": score(items, plus[t])} for t in THRESHOLDS}
    out[2.0] = {"alone": score(bare, none), "rules+model": score(items, none)}
    return out


def run_cli(argv: list[str], prog: str, load: Callable[[Any, list[str]], list[tuple[str, Any]]],
            examples: Callable[[list[Any]], list[tuple[tuple[str, ...], str]]], classes: tuple[str, ...],
            weights_file: Path, cv: Callable[[list[Any]], None]) -> int:
    """The command line of a learned reader: `train CORPUS... [--out FILE]` writes its weights (deterministic: the
    same corpus gives the same bytes); `cv CORPUS...` hands the labelled articles to `cv`, which prints its figures."""
    from pipeline.reference import load_reference

    if not argv or argv[0] not in ("train", "cv"):
        print(f"usage: python -m {prog} train|cv CORPUS... [--out FILE]", file=sys.stderr)
        return 2
    out_file = None
    args = argv[1:]
    if "--out" in args:
        i = args.index("--out")
        out_file, args = args[i + 1], args[:i] + args[i + 2:]
    items = [x for _, x in load(load_reference(), args)]
    if argv[0] == "cv":
        cv(items)
        return 0
    model = train(examples(items), classes=classes)
    data = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True)
    Path(out_file or weights_file).write_text(data + "\n", "utf-8")
    print(f"{len(model.weights)} features, {len(data)} bytes -> {out_file or weights_file}")
    return 0


def _print_cv(items: list[dict[str, Any]]) -> None:
    figures = cross_validate(items)
    for t, sc in figures.items():
        print(f"threshold {t}: {sc}")
    print("best threshold (model alone):", max(THRESHOLDS, key=lambda t: figures[t]["alone"]["f1"]))


def main(argv: list[str]) -> int:
    """`train CORPUS... --out FILE` writes the weights; `cv CORPUS...` prints the cross-validated figures."""
    return run_cli(argv, "pipeline.membership_model", load_corpus, examples_of, CLASSES, WEIGHTS_FILE, _print_cv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
