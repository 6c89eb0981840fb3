"""How close extracted indicator names are to the hand readings' names: the rules alone, and the
rules with a jieba part-of-speech trim (leading/trailing verbs, adverbs and comparators cut).

    python bench/names.py [--sources data/sources --readings data/readings]

Needs jieba (pip install jieba==0.42.1), which the product itself does not use. Prints, side by side, the mean character F1 against the reading's indicator on matched targets and
the share of names that are a bare comparator, verb or fragment (one of the issue's failures).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl.evaluate import _matches, read_gold
from etl.load import document_meta
from etl.pipeline import document_to_targets
from etl.read import read_source

KEEP = ("n", "nz", "vn", "nr", "ns", "nt", "nrt", "ng", "an", "eng", "m", "q", "x", "j", "l", "i", "b", "a", "f", "s")


def char_f1(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    from collections import Counter

    ca, cb = Counter(a), Counter(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def jieba_trim(name: str) -> str:
    import jieba.posseg as pseg

    words = list(pseg.cut(name))
    while words and words[0].flag not in KEEP:
        words.pop(0)
    while words and words[-1].flag not in KEEP:
        words.pop()
    return "".join(w.word for w in words) or name


BAD_NAMES = ("至少", "不少于", "达到", "实现", "完成", "建成", "新增", "其中", "全年", "每年")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default="data/sources")
    ap.add_argument("--readings", default="data/readings")
    args = ap.parse_args()
    rows = []
    for reading in sorted(Path(args.readings).glob("*.jsonl")):
        paths = [p for p in Path(args.sources).iterdir() if p.stem == reading.stem and p.suffix != ".jsonl"]
        if not paths:
            continue
        lines = read_source(paths[0]).lines
        targets, _ = document_to_targets(lines, document_meta(paths[0].name, lines, None))
        used = set()
        for g in read_gold(reading):
            for i, t in enumerate(targets):
                if i not in used and _matches(g, t):
                    used.add(i)
                    rows.append((g["indicator"], t.indicator_name))
                    break
    import time

    try:
        import jieba  # noqa: F401
    except ImportError:
        sys.exit("bench/names.py compares with jieba, which the product does not use: pip install jieba==0.42.1")
    t0 = time.perf_counter()
    trimmed = [jieba_trim(n) for _, n in rows]
    took = time.perf_counter() - t0
    rule_f1 = sum(char_f1(n, g) for g, n in rows) / len(rows)
    jieba_f1 = sum(char_f1(n, g) for (g, _), n in zip(rows, trimmed)) / len(rows)
    def bad(n: str) -> bool:
        return len(n) < 2 or n in BAD_NAMES or n.endswith(("至少", "达到")) or n.startswith(("达到", "至少"))

    print(f"matched targets: {len(rows)}")
    print(f"{'':24}{'rules':>10}{'rules+jieba':>14}")
    print(f"{'mean char F1 vs reading':24}{rule_f1:>10.3f}{jieba_f1:>14.3f}")
    print(f"{'bad names (share)':24}{sum(map(bad, (n for _, n in rows))) / len(rows):>10.3f}{sum(map(bad, trimmed)) / len(rows):>14.3f}")
    print(f"jieba time for {len(rows)} names: {took:.2f}s (includes loading its dictionary)")
    changed = [(g, n, j) for (g, n), j in zip(rows, trimmed) if n != j]
    for g, n, j in changed[:15]:
        print(f"  {g} | rules {n} | jieba {j}")


if __name__ == "__main__":
    main()
