"""Is a bare county stem in a text a place? The rules alone (``etl.divisions.bare_mention_spans``:
streets, facilities and PROSE_WORD_STEMS cut), and the rules with jieba's words as a second test (a
stem is kept only where jieba's segmentation begins and ends a word with it, so 「扩大内需」 no longer
names 大内区 nor 「三江源」 江源区).

    python bench/place_stems.py [--folder tests/fixtures/unseen]

Needs jieba (pip install jieba==0.42.1), which the product itself does not use. Prints, side by
side, how many bare-stem hits each way keeps over every text of the folder's sets, and the pooled
jurisdiction agreement on matched targets per set (the figure the issue's bar is about).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import etl.divisions as divisions
from etl.evaluate import evaluate_folder, pooled

Spans = list[tuple[int, int, str]]


def jieba_words_agree(text: str, start: int, end: int) -> bool:
    """jieba's words, read in a window round the hit, begin at ``start`` and end at ``end``."""
    import jieba

    left, right = max(0, start - 12), min(len(text), end + 12)
    bounds, pos = {left}, left
    for word in jieba.lcut(text[left:right]):
        pos += len(word)
        bounds.add(pos)
    return start in bounds and end in bounds


def with_jieba(rules: Callable[[str], Spans]) -> Callable[[str], Spans]:
    def spans(text: str) -> Spans:
        full = set(divisions.mentions(text))
        return [s for s in rules(text) if s in full or jieba_words_agree(text, s[0], s[1])]

    return spans


def stem_hits(folder: Path, spans: Callable[[str], Spans]) -> int:
    total = 0
    for path in sorted(folder.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        full = set(divisions.mentions(text))
        total += sum(1 for s in spans(text) if s not in full)
    return total


def jurisdiction_by_set(folder: Path) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        out[sub.name] = pooled(evaluate_folder(sub, sub)).get("jurisdiction")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("tests/fixtures/unseen"))
    args = parser.parse_args()
    try:
        import jieba
    except ImportError:
        sys.exit("bench/place_stems.py compares with jieba, which the product does not use: pip install jieba==0.42.1")
    jieba.setLogLevel(60)

    rules = divisions.bare_mention_spans
    hits_rules, jur_rules = stem_hits(args.folder, rules), jurisdiction_by_set(args.folder)
    divisions.bare_mention_spans = with_jieba(rules)  # bare_mentions and the pipeline read it by name
    try:
        hits_jieba, jur_jieba = stem_hits(args.folder, divisions.bare_mention_spans), jurisdiction_by_set(args.folder)
    finally:
        divisions.bare_mention_spans = rules

    print(f"{'':28}{'rules':>10}{'rules+jieba':>14}")
    print(f"{'bare-stem hits kept':28}{hits_rules:>10}{hits_jieba:>14}")
    for name in jur_rules:
        a, b = jur_rules[name], jur_jieba[name]
        mark = "" if a == b else "   <- differs"
        print(f"{'jurisdiction ' + name:28}{_fmt(a):>10}{_fmt(b):>14}{mark}")


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
