"""Precision and recall of the extractor against a careful hand reading (JSONL, one target a line).

A hand-read record and an extracted target match when they come from the same document, carry the
same value, and the record's text (the shortest passage naming indicator and number) lies inside
the target's source sentence — compared with white space removed and full-width signs folded, so
line wraps and conversion spaces don't matter. Each record matches at most one target (greedy,
best field agreement first). Records noted "doubtful" count neither way when missed or found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from etl.clean import drop_spaces
from etl.model import Target


def squash(text: str) -> str:
    """Fold width and drop white space: "增长 6％ 左右" → "增长6%左右"."""
    return drop_spaces(unicodedata.normalize("NFKC", text or ""))


@dataclass
class Score:
    doc: str
    gold: int
    predicted: int
    matched: int
    doubtful_missed: int = 0
    doubtful_found: int = 0
    missed: list[dict] = field(default_factory=list)
    spurious: list[Target] = field(default_factory=list)
    field_agreement: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        denom = self.predicted - self.doubtful_found
        return (self.matched - self.doubtful_found) / denom if denom else 1.0

    @property
    def recall(self) -> float:
        denom = self.gold - self.doubtful_missed - self.doubtful_found
        return (self.matched - self.doubtful_found) / denom if denom else 1.0


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _matches(gold: dict, t: Target) -> bool:
    if abs(float(gold["value"]) - t.value) > 1e-6:
        return False
    g = squash(gold["text"])
    s = squash(t.source_text)
    return g in s or (len(squash(t.span_text)) >= 4 and squash(t.span_text) in g) or _share_number_phrase(g, s)


def _share_number_phrase(g: str, s: str) -> bool:
    """The gold text may run across two of our sentences (a 、 list split by a line wrap);
    accept when the 8 characters around the number agree."""
    m = re.search(r"\d+(?:\.\d+)?", g)
    if not m:
        return False
    window = g[max(0, m.start() - 4) : m.end() + 3]
    return len(window) >= 6 and window in s


def score_document(doc: str, gold: list[dict], predicted: list[Target]) -> Score:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, t in enumerate(predicted):
            if _matches(g, t):
                agree = (g.get("unit", "") == t.unit) + (g.get("kind") == t.kind) + (g.get("comparator") == t.comparator)
                pairs.append((-agree, gi, pi))
    pairs.sort()
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    doubtful = {i for i, g in enumerate(gold) if "doubtful" in (g.get("note") or "")}
    score = Score(doc=doc, gold=len(gold), predicted=len(predicted), matched=len(matched))
    score.doubtful_found = sum(1 for gi, _ in matched if gi in doubtful)
    score.doubtful_missed = sum(1 for i in doubtful if i not in used_g)
    score.missed = [g for i, g in enumerate(gold) if i not in used_g and i not in doubtful]
    score.spurious = [t for i, t in enumerate(predicted) if i not in used_p]
    if matched:
        for name, gold_key, attr in (("unit", "unit", "unit"), ("kind", "kind", "kind"),
                                     ("comparator", "comparator", "comparator"),
                                     ("per_year", "per_year", "per_year"),
                                     ("target_year", "target_year", "target_year")):
            same = sum(1 for gi, pi in matched if gold[gi].get(gold_key) == getattr(predicted[pi], attr))
            score.field_agreement[name] = same / len(matched)
    return score


def evaluate_folder(sources_dir: Path, readings_dir: Path) -> list[Score]:
    """Score every document that has a reading ``<file stem>.jsonl`` in ``readings_dir``."""
    from etl.metadata import infer_metadata, read_manifest
    from etl.pipeline import document_to_targets
    from etl.read import read_source

    manifest = read_manifest(sources_dir / "manifest.csv")
    scores = []
    for reading in sorted(readings_dir.glob("*.jsonl")):
        matches = [p for p in sources_dir.iterdir() if p.stem == reading.stem]
        if not matches:
            continue
        path = matches[0]
        lines = read_source(path).lines
        meta = manifest.get(path.name) or infer_metadata(path.name, lines)
        targets, _ = document_to_targets(lines, meta)
        scores.append(score_document(path.name, read_gold(reading), targets))
    return scores
