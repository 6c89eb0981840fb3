"""Do the unseen sets hold when their pages come as PDF or DOCX instead of text, as a text hard-wrapped at
a fixed width, or with full-width digits? Each text of each set is written as a real A4 PDF (wrapped
paragraphs, page numbers: tests/docgen.make_pdf), as a DOCX (one paragraph per line:
tests/docgen.make_docx), as texts cut at 28 and at 40 characters a line (a 公文 copied out of its PDF:
tests/docgen.hard_wrapped) and with its digits typed full-width (「２０２５年」, txtfw), its readings beside
it, and all are scored the same way, metadata inferred from the text.

    python bench/formats.py [--folder tests/fixtures/unseen] [--sets dev20 heldout20 …] [--work /tmp/formats]

Prints, side by side per set and pooled: precision, recall, jurisdiction and target-year agreement
for .txt, txt28, txt40, txtfw, .pdf and .docx. The documents are made from the texts, so what differs
is only how each format reaches the extractor (a PDF's wrapped lines joined again; a DOCX's paragraphs;
a hard-wrapped text's width found).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import shutil
from pathlib import Path

from testdocs import docgen

from etl.evaluate import Score, evaluate_folder, pooled

FORMATS = ("txt", "txt28", "txt40", "txtfw", "pdf", "docx")
FIELDS = ("precision", "recall", "jurisdiction", "target_year")


def write_set(source: Path, work: Path, fmt: str) -> Path:
    """The set's texts as ``fmt`` files in ``work/<set>.<fmt>``, each with its reading and the truth
    metadata renamed to match."""
    out = work / f"{source.name}.{fmt}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    renamed = {}
    for text in sorted(source.glob("*.txt")):
        reading = text.with_suffix(".jsonl")
        if not reading.exists():
            continue
        target = out / f"{text.stem}.{fmt[:3] if fmt.startswith('txt') else fmt}"
        lines = text.read_text(encoding="utf-8").splitlines()
        if fmt == "txt":
            shutil.copy(text, target)
        elif fmt == "txtfw":
            target.write_text("\n".join(docgen().full_width_digits(line) for line in lines) + "\n", encoding="utf-8")
        elif fmt.startswith("txt"):
            target.write_text("\n".join(docgen().hard_wrapped(lines, int(fmt[3:]))) + "\n", encoding="utf-8")
        elif fmt == "pdf":
            docgen().make_pdf(target, [line for line in lines if line.strip()], header="")
        else:
            docgen().make_docx(target, [line for line in lines if line.strip()], header="")
        shutil.copy(reading, out / reading.name)
        renamed[text.name] = target.name
    truth = source / "truth_metadata.csv"
    if truth.exists():
        with truth.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        if rows:
            with (out / truth.name).open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=list(rows[0]))
                writer.writeheader()
                for row in rows:
                    writer.writerow({**row, "file": renamed.get(row["file"], row["file"])})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("tests/fixtures/unseen"))
    parser.add_argument("--sets", nargs="*", help="set folders to use (default: every one)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/formats"))
    args = parser.parse_args()
    sets = args.sets or sorted(p.name for p in args.folder.iterdir() if p.is_dir())

    every: dict[str, list[Score]] = {fmt: [] for fmt in FORMATS}
    print(f"{'set':<12}" + "".join(f"{fmt + ' ' + field[:4]:>12}" for field in FIELDS for fmt in FORMATS))
    for name in sets:
        figures = {}
        for fmt in FORMATS:
            folder = write_set(args.folder / name, args.work, fmt)
            with contextlib.redirect_stderr(io.StringIO()):
                scores = evaluate_folder(folder, folder, infer_metadata_only=True)
            every[fmt] += scores
            figures[fmt] = pooled(scores)
        print(f"{name:<12}" + "".join(_cell(figures[fmt].get(field)) for field in FIELDS for fmt in FORMATS), flush=True)
    print(f"{'pooled':<12}" + "".join(_cell(pooled(every[fmt]).get(field)) for field in FIELDS for fmt in FORMATS))


def _cell(value: float | None) -> str:
    return f"{'–' if value is None else f'{value:.3f}':>12}"


if __name__ == "__main__":
    main()
