"""Limits on what one source file may cost to read: its unpacked size and its page count.

A DOCX is a zip archive; a hostile or broken one can declare gigabytes inside a few kilobytes (a
"zip bomb"). Its members' declared sizes are summed *before* anything is unpacked, and a file over
the limit is refused with a clear per-file reason; a PDF with more pages than the limit is refused
before its pages are read. The limits come from :mod:`settings` (``MAX_UNPACKED_MB``,
``MAX_PDF_PAGES``) unless given.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import settings


class TooLarge(Exception):
    """A file over one of the limits; ``str()`` is the reason, in Chinese and English."""


def declared_unpacked_bytes(path: Path) -> int:
    """The sum of the uncompressed sizes a zip archive declares for its members, read from its
    central directory without unpacking anything. Raises ``zipfile.BadZipFile`` for a file that is
    not a zip archive."""
    with zipfile.ZipFile(path) as archive:
        return sum(max(info.file_size, 0) for info in archive.infolist())


def check_unpacked_size(path: Path, limit: int | None = None) -> None:
    """Refuse a zip-based file (DOCX) whose members would unpack to more than ``limit`` bytes
    (default :func:`settings.max_unpacked_bytes`, 200 MB): a 40 KB DOCX declaring 5 GB inside is
    refused as "unpacks to 5,000 MB, over the limit of 200 MB"."""
    limit = settings.max_unpacked_bytes() if limit is None else limit
    size = declared_unpacked_bytes(path)
    if size > limit:
        raise TooLarge(f"unpacks to {_mb(size)}, over the limit of {_mb(limit)} (MAX_UNPACKED_MB) "
                       f"(解压后 {_mb(size)}，超过上限 {_mb(limit)})")


def check_page_count(count: int, limit: int | None = None) -> None:
    """Refuse a PDF of more than ``limit`` pages (default :func:`settings.max_pdf_pages`, 2,000):
    a plan document is at most a few hundred pages, so 50,000 pages is a broken or hostile file."""
    limit = settings.max_pdf_pages() if limit is None else limit
    if count > limit:
        raise TooLarge(f"{count:,} pages, over the limit of {limit:,} (MAX_PDF_PAGES) "
                       f"(共 {count:,} 页，超过上限 {limit:,} 页)")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"
