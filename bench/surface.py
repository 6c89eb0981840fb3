"""Do the unseen pages hold when the same text comes with another surface? Every page with a reading is read as
published and in six variants, side by side (pooled precision, recall, jurisdiction and target-year agreement):

- ``spaced``: a space at each boundary of Chinese and digits (「2025 年」, 「增长 6 %」), as some sites print;
- ``fullwidth``: digits and % typed full-width (「２０２５年」, 「９９％」);
- ``fullpunct``: half-width , ; : ( ) turned full-width;
- ``noblank`` / ``doubled``: no blank lines, or a blank line after every line (a web copy of <p> per line);
- ``indented``: every line after the first two opened by two ideographic spaces (a 公文's paragraphs).

    python bench/surface.py [--folder tests/fixtures/unseen]

Table lines (tabs, 「|」) are left as they are in every variant. Hard-wrapped texts, PDF and DOCX are
bench/formats.py's.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

from testdocs import docgen

from etl.clean import clean_lines
from etl.evaluate import Score, pooled, read_gold, score_document
from etl.load import document_meta
from etl.pipeline import document_to_targets

FULL_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def _per_line(change: Callable[[str], str]) -> Callable[[list[str]], list[str]]:
    return lambda raw: [line if "\t" in line or "|" in line else change(line) for line in raw]


VARIANTS: dict[str, Callable[[list[str]], list[str]]] = {
    "as published": lambda raw: raw,
    "spaced": _per_line(lambda line: re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=[\d%])(?=[\u4e00-\u9fff])", " ", line)),
    "fullwidth": _per_line(lambda line: docgen().full_width_digits(line)),
    "fullpunct": _per_line(lambda line: line.translate(FULL_PUNCT)),
    "noblank": lambda raw: [line for line in raw if line.strip()],
    "doubled": lambda raw: [part for line in raw for part in (line, "")],
    "indented": lambda raw: [("\u3000\u3000" + line if k > 1 and line.strip() and "\t" not in line and "|" not in line else line)
                             for k, line in enumerate(raw)],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("tests/fixtures/unseen"))
    args = parser.parse_args()
    scores: dict[str, list[Score]] = {name: [] for name in VARIANTS}
    for reading in sorted(args.folder.glob("*/*.jsonl")):
        source = reading.with_suffix(".txt")
        if not source.exists():
            continue
        raw, gold = source.read_text(encoding="utf-8").splitlines(), read_gold(reading)
        for name, variant in VARIANTS.items():
            lines = clean_lines(variant(raw))
            meta = document_meta(source.name, lines, None)
            targets, _ = document_to_targets(lines, meta)
            scores[name].append(score_document(source.name, gold, targets, meta.jurisdiction, headline=lines[0] if lines else ""))
    print("| variant | pages | TP / FP / FN | precision | recall | jurisdiction | target year |\n|---|---|---|---|---|---|---|")
    for name, got in scores.items():
        total = pooled(got)
        tp, fp, fn = sum(s.matched for s in got), sum(len(s.spurious) for s in got), sum(len(s.missed) for s in got)
        print(f"| {name} | {len(got)} | {tp} / {fp} / {fn} | {total['precision']:.3f} | {total['recall']:.3f} | "
              f"{total['jurisdiction']:.3f} | {total['target_year']:.3f} |")


if __name__ == "__main__":
    main()
