"""Find a target's sentence inside its clause in the source text, to show it highlighted."""

from __future__ import annotations

import unicodedata


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """NFKC without whitespace, and for every character kept the index it came from.

    The sources write "生产总值增长 6% 左右，" where the database holds "生产总值增长6%左右,":
    matching in this form makes the two meet.
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for n in unicodedata.normalize("NFKC", ch):
            if not n.isspace():
                chars.append(n)
                origin.append(i)
    return "".join(chars), origin


def _squeeze(text: str) -> str:
    """Drop the line breaks and spaces that page layout put inside Chinese sentences."""
    return "".join(text.split())


def clause_around(document: str, sentence: str, probe: int = 16) -> tuple[str, str, str] | None:
    """Split the clause holding ``sentence`` into (before, sentence, after), or None if not found.

    The clause is the paragraph the sentence sits in: for "新建5G基站3000个以上。" in item 20 of
    the 2022 task division, before is "20.加快数字基础设施建设，" and after is the rest of
    the item with its 〔牵头单位：…〕 note. When the exact sentence is not found, its first
    ``probe`` characters locate it (the ETL may have cleaned it).
    """
    if not sentence or not document:
        return None
    doc_norm, origin = _normalise_with_map(document)
    sent_norm = _normalise_with_map(sentence)[0].rstrip("。；;，,.!！?？")
    if not sent_norm:
        return None
    start = doc_norm.find(sent_norm)
    length = len(sent_norm)
    if start < 0:
        start = doc_norm.find(sent_norm[:probe])
        length = min(probe, len(sent_norm))
        if start < 0:
            return None
    first = origin[start]
    last = origin[start + length - 1] + 1
    para_start = document.rfind("\n\n", 0, first)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = document.find("\n\n", last)
    para_end = len(document) if para_end < 0 else para_end
    return (_squeeze(document[para_start:first]), _squeeze(document[first:last]),
            _squeeze(document[last:para_end]))
