"""Precision and recall of the extractor against a careful hand reading (JSONL, one target a line).

A hand-read record and an extracted target match when they come from the same document, carry the
same value, and the record's text (the shortest passage naming indicator and number) lies inside
the target's source sentence — compared with white space removed and full-width signs folded, so
line wraps and conversion spaces don't matter. Each record matches at most one target (greedy,
best field agreement first). Records noted "doubtful" count neither way when missed or found.

On matched targets the report also gives how often the extractor agrees with the reading on
jurisdiction (the document's, as the build would store it), target year, kind, comparator, unit
and per_year (a reading that leaves the jurisdiction empty — the text never names its place — agrees
with the build's 未知地区, a guess does not). A folder may come without a manifest: then the metadata is inferred from the text,
as the build does, and a ``truth_metadata.csv`` (columns as ``manifest.csv``) beside the readings
or the documents, if present, scores the inferred document fields too.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from etl import rx
from etl.clean import drop_spaces, zero_for_letter_o
from etl.divisions import same_division
from etl.metadata import UNKNOWN_JURISDICTION
from etl.model import Target


def squash(text: str) -> str:
    """Fold width and drop white space and table borders: "增长 6％ 左右" → "增长6%左右",
    "地区生产总值增速 | % | 6" → "地区生产总值增速%6"; a letter O in a number is read as the build reads it ("1O个" → "10个")."""
    return zero_for_letter_o(drop_spaces(unicodedata.normalize("NFKC", text or "")).replace("|", ""))


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
    field_counts: dict[str, int] = field(default_factory=dict)  # matched targets agreeing, per field
    field_totals: dict[str, int] = field(default_factory=dict)  # matched targets whose reading has it
    meta_agreement: dict[str, bool] = field(default_factory=dict)  # document field → inferred right
    meta_values: dict[str, tuple] = field(default_factory=dict)  # document field → (truth, ours)

    @property
    def precision(self) -> float:
        denom = self.predicted - self.doubtful_found
        return (self.matched - self.doubtful_found) / denom if denom else 1.0

    @property
    def recall(self) -> float:
        denom = self.gold - self.doubtful_missed - self.doubtful_found
        return (self.matched - self.doubtful_found) / denom if denom else 1.0


class ReadingError(Exception):
    """A folder or a reading that cannot be evaluated; the message names the folder, or the file and line."""


def read_gold(path: Path) -> list[dict]:
    """The records of a reading, one JSON object a line; a line that is not one names itself."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise ReadingError(f"{path}: line {number}: not a JSON object ({err.msg})") from None
        if not isinstance(record, dict) or "value" not in record or "text" not in record:
            raise ReadingError(f"{path}: line {number}: a record needs \"value\" and \"text\"")
        records.append(record)
    return records


def _same_value(gold: dict, t: Target) -> bool:
    return abs(float(gold["value"]) - t.value) <= 1e-6


def _units_agree(gold: dict, t: Target) -> bool:
    """One sentence, one value, two things: "实际利用外资1亿美元" is not "不少于1家" (a unit left out agrees)."""
    unit, ours = squash(gold.get("unit") or ""), squash(t.unit)
    return not (unit and ours) or bool(set(unit) & set(ours))


def _matches(gold: dict, t: Target) -> bool:
    if not _same_value(gold, t):
        return False
    g = squash(gold["text"])
    s = squash(t.source_text)
    if _same_passage(gold, t):
        return True
    if not _units_agree(gold, t):
        return False
    return g in s or _share_number_phrase(g, s)


def _same_passage(gold: dict, t: Target) -> bool:
    g, span = squash(gold["text"]), squash(t.span_text)
    if bool(span) and (span in g or g in span):
        return True
    if t.clause_ref == "table" and " " in t.span_text.strip():
        # a row of a two-line cell, its values printed column by column ("1.幼儿教师专科…(%) / 其中:本科…(%) /
        # 97.74% / 49.85% / 100% / 50%"): its name cell (or the part after "：其中" of a name composed
        # from the cell above) and its value cell each lie in the passage the reading quotes
        name, value = t.span_text.strip().rsplit(" ", 1)
        part = name.split("：其中", 1)[-1]
        names = {squash(name), squash(part), squash(rx.sub(r"[（(][^()（）]*[)）]$", "", part))}
        return squash(value) in g and any(n and n in g for n in names - {""})
    return False


def _share_number_phrase(g: str, s: str) -> bool:
    """The gold text may run across two of our sentences (a 、 list split by a line wrap);
    accept when the 8 characters around the number agree."""
    m = rx.search(r"\d+(?:\.\d+)?", g)
    if not m:
        return False
    window = g[max(0, m.start() - 4) : m.end() + 3]
    return len(window) >= 6 and window in s


TARGET_FIELDS = ("jurisdiction", "target_year", "kind", "comparator", "unit", "per_year")
META_FIELDS = ("title", "jurisdiction", "jurisdiction_level", "parent_jurisdiction", "doc_type",
               "issuing_body", "doc_number", "issued_on", "horizon_year")


def _copies_of_one_statement(gold: dict, t: Target, headline: str) -> bool:
    """A news page says a target in its headline and again in its body; the build keeps one copy (the
    first) and a reading may have kept the other: 「四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右」 and
    「地区生产总值增长6%左右」 are one target, whichever copy each side kept (same value, unit and kind)."""
    if not headline or not _same_value(gold, t) or not _units_agree(gold, t):
        return False
    if gold.get("kind") and gold["kind"] != t.kind:
        return False
    head = squash(headline)
    return (squash(t.source_text) == head) != (squash(gold["text"]) in head)


def score_document(doc: str, gold: list[dict], predicted: list[Target], jurisdiction: str | None = None,
                   headline: str = "") -> Score:
    """Match the reading's records with the extracted targets and count agreement on the matched
    ones; ``jurisdiction`` is the document's as the build stores it on each of its targets. A record
    left over may match the other copy of a target its page's ``headline`` states again (see
    :func:`_copies_of_one_statement`)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, t in enumerate(predicted):
            if _matches(g, t):
                # several targets of one sentence may share a value ("地区生产总值增长7%以上，…社会消费品零售总额
                # 增长7%左右"): the one whose own passage lies in the reading's text is its match
                own = _same_passage(g, t) * 4
                agree = own + (g.get("unit", "") == t.unit) + (g.get("kind") == t.kind) + (g.get("comparator") == t.comparator)
                pairs.append((-agree, gi, pi))
    pairs.sort()
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    for gi, g in enumerate(gold):
        pi = next((pi for pi, t in enumerate(predicted) if pi not in used_p and gi not in used_g
                   and _copies_of_one_statement(g, t, headline)), None)
        if pi is not None:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    doubtful = {i for i, g in enumerate(gold) if "doubtful" in (g.get("note") or "")}
    score = Score(doc=doc, gold=len(gold), predicted=len(predicted), matched=len(matched))
    score.doubtful_found = sum(1 for gi, _ in matched if gi in doubtful)
    score.doubtful_missed = sum(1 for i in doubtful if i not in used_g)
    score.missed = [g for i, g in enumerate(gold) if i not in used_g and i not in doubtful]
    score.spurious = [t for i, t in enumerate(predicted) if i not in used_p]
    for name in TARGET_FIELDS:
        pairs_with_truth = [(gi, pi) for gi, pi in matched if name in gold[gi]]
        if name == "jurisdiction" and jurisdiction is None:
            pairs_with_truth = []
        if not pairs_with_truth:
            continue
        same = sum(1 for gi, pi in pairs_with_truth if _agrees(gold[gi][name], _ours(predicted[pi], name, jurisdiction), name))
        score.field_counts[name] = same
        score.field_totals[name] = len(pairs_with_truth)
        score.field_agreement[name] = same / len(pairs_with_truth)
    return score


def _agrees(truth, ours, name: str) -> bool:
    """A reading that leaves the jurisdiction empty says the text never names it; the build's
    未知地区 says the same. Two names of one division agree (红河州, 红河哈尼族彝族自治州; a former name and the present one: 湟中县, 湟中区)."""
    if name == "jurisdiction" and truth in ("", None):
        return ours in ("", None, UNKNOWN_JURISDICTION)
    if name == "jurisdiction" and truth != ours:
        return same_division(truth, ours)  # "红河州" read, 红河哈尼族彝族自治州 built: one division
    return truth == ours


def _ours(t: Target, name: str, jurisdiction: str | None):
    return jurisdiction if name == "jurisdiction" else getattr(t, name)


def score_metadata(score: Score, truth, meta) -> None:
    """Each document field of ``truth`` (a manifest row) against the one the build would use."""
    for name in META_FIELDS:
        want = getattr(truth, name)
        if want in ("", None):
            continue
        got = getattr(meta, name)
        score.meta_values[name] = (want, got)
        score.meta_agreement[name] = same_title(want, got) if name == "title" else want == got


# the notice that issues a document: "亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知"
ISSUING_NOTICE_RE = re.compile(r"关于(?:印发|转发|下达)(.+)的通知$")


def same_title(truth: str, ours: str) -> bool:
    """Two titles name one document when they are equal but for character width, spaces and
    book-title marks ("…实施方案(2016-2020年)" / "…实施方案（2016-2020年）"), or when the reading
    keeps the notice that issues the document and the build, by design (:func:`etl.metadata.infer_title`),
    the document's own name: "汉中市人民政府办公室关于印发汉中市…三年行动方案(2023—2025年)的通知" /
    "汉中市…三年行动方案（2023—2025年）"."""
    def fold(title: str) -> str:
        return rx.sub(r"[\s《》〈〉<>]", "", unicodedata.normalize("NFKC", title or ""))

    truth, ours = fold(truth), fold(ours)
    if not ours:
        return not truth
    notice = ISSUING_NOTICE_RE.search(truth)
    return truth == ours or bool(notice and notice.group(1) == ours)


def pooled(scores: list[Score]) -> dict[str, float]:
    """Precision, recall and each field's agreement over all documents together."""
    matched = sum(s.matched - s.doubtful_found for s in scores)
    predicted = sum(s.predicted - s.doubtful_found for s in scores)
    gold = sum(s.gold - s.doubtful_found - s.doubtful_missed for s in scores)
    out = {"precision": matched / predicted if predicted else 1.0, "recall": matched / gold if gold else 1.0}
    for name in TARGET_FIELDS:
        total = sum(s.field_totals.get(name, 0) for s in scores)
        if total:
            out[name] = sum(s.field_counts.get(name, 0) for s in scores) / total
    metas = [ok for s in scores for ok in s.meta_agreement.values()]
    if metas:
        out["metadata"] = sum(metas) / len(metas)
    return out


def evaluate_folder(sources_dir: Path, readings_dir: Path, infer_metadata_only: bool = False) -> list[Score]:
    """Score every document that has a reading ``<file stem>.jsonl`` in ``readings_dir``.

    Metadata as the build makes it: the manifest's row completed from the text, or — with no
    manifest, or ``infer_metadata_only`` — the text alone. A ``truth_metadata.csv`` in either
    folder scores the document fields."""
    from etl.load import document_meta
    from etl.metadata import ManifestError, read_manifest
    from etl.pipeline import document_to_targets
    from etl.read import read_source

    sources_dir, readings_dir = Path(sources_dir), Path(readings_dir)
    for folder in dict.fromkeys((sources_dir, readings_dir)):
        if not folder.is_dir():
            raise ReadingError(f"folder not found: {folder}")
    manifest = {} if infer_metadata_only else read_manifest(sources_dir / "manifest.csv")
    truth = {}
    for folder in dict.fromkeys((sources_dir, readings_dir)):
        try:
            truth.update(read_manifest(folder / "truth_metadata.csv"))
        except ManifestError as err:
            # a truth file with a bad row scores no metadata; the targets are still scored
            print(f"warning: truth metadata not used: {err}", file=sys.stderr)
    scores = []
    for reading in sorted(readings_dir.glob("*.jsonl")):
        matches = [p for p in sources_dir.iterdir() if p.stem == reading.stem and p.suffix != ".jsonl"]
        if not matches:
            continue
        path = matches[0]
        lines = read_source(path).lines
        meta = document_meta(path.name, lines, manifest.get(path.name))
        targets, _ = document_to_targets(lines, meta)
        score = score_document(path.name, read_gold(reading), targets, meta.jurisdiction, headline=lines[0] if lines else "")
        if path.name in truth:
            score_metadata(score, truth[path.name], meta)
        scores.append(score)
    return scores


def format_scores(scores: list[Score], verbose: bool = False) -> str:
    """The table ``python -m etl evaluate`` prints: one line per document (precision, recall, and
    agreement on matched targets of jurisdiction, target year, kind, comparator), then "all"."""
    lines = []
    for s in scores:
        agree = "  ".join(f"{_SHORT[n]} {s.field_agreement[n]:.2f}" for n in _SHOWN if n in s.field_agreement)
        lines.append(f"{s.doc}: gold {s.gold}, extracted {s.predicted}, matched {s.matched}, "
                     f"precision {s.precision:.3f}, recall {s.recall:.3f}  |  {agree}")
        if s.meta_agreement:
            wrong = [f"{n}={s.meta_values[n][1]!r} (truth {s.meta_values[n][0]!r})" for n, ok in s.meta_agreement.items() if not ok]
            lines.append(f"  metadata {sum(s.meta_agreement.values())}/{len(s.meta_agreement)} right"
                         + (": wrong " + "; ".join(wrong) if wrong else ""))
        if verbose:
            for g in s.missed:
                lines.append(f"  missed: {g['value']}{g.get('unit', '')} {g.get('indicator', '')} | {g['text']}")
            for t in s.spurious:
                lines.append(f"  extra:  {t.value:g}{t.unit} {t.indicator_name} | {t.span_text}")
    total = pooled(scores)
    agree = "  ".join(f"{_SHORT[n]} {total[n]:.3f}" for n in _SHOWN if n in total)
    meta = f"  metadata fields {total['metadata']:.3f}" if "metadata" in total else ""
    lines.append(f"all: precision {total['precision']:.3f}, recall {total['recall']:.3f}  |  {agree}{meta}")
    return "\n".join(lines)


_SHOWN = ("jurisdiction", "target_year", "kind", "comparator")
_SHORT = {"jurisdiction": "jurisdiction", "target_year": "year", "kind": "kind", "comparator": "comparator"}
