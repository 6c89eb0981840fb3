"""Test scans made from real text: a source's lines → a docgen PDF → page images at a chosen
resolution, optionally with noise, a slight skew and a red seal stamped over the text → an
image-only PDF (no text layer, like a scanner's output), so that OCR can be scored against the
known text.

    make_scanned_pdf(path, lines, dpi=200, noise=0.03, skew=0.6, seal=True)

The randomness is seeded (``seed``): the same call gives the same file. ``scan_pages`` returns
the images instead, for a benchmark that wants them without a PDF. ``make_mixed_pdf`` puts text
pages and scanned pages in one file (a body with a text layer, an annex that is a scan).
"""

from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from docgen import Rows, make_pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SEAL_RED = (215, 35, 35)
SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"  # fonts-noto-cjk (make system-deps)


def render_pdf(pdf: Path, dpi: int, pages: list[int] | None = None) -> list[Image.Image]:
    """The pages of a PDF as RGB images at ``dpi`` (pypdfium2, the renderer pdfplumber ships with)."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        wanted = range(len(document)) if pages is None else pages
        return [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in wanted]
    finally:
        document.close()


def add_noise(image: Image.Image, amount: float, rng: random.Random) -> Image.Image:
    """Scanner noise: a little blur, grey speckles over ``amount`` of the pixels, a paper tint."""
    import numpy as np

    array = np.asarray(image.filter(ImageFilter.GaussianBlur(0.6)), dtype=np.int16)
    noise_rng = np.random.default_rng(rng.randrange(2**32))
    speckle = noise_rng.random(array.shape[:2]) < amount
    shade = noise_rng.integers(-90, 90, size=array.shape[:2], dtype=np.int16)
    array = array + np.where(speckle, shade, 0)[..., None] + noise_rng.integers(-12, 12, size=array.shape, dtype=np.int16)
    array = array - np.array([4, 6, 14], dtype=np.int16)  # old paper is slightly yellow
    return Image.fromarray(np.clip(array, 0, 255).astype("uint8"), "RGB")


def add_seal(image: Image.Image, rng: random.Random, text: str = "聊城市人民政府办公室") -> Image.Image:
    """A red round official seal (ring, star, name along the top arc) stamped over the text of the
    lower half of the page, multiplied into the page as ink is."""
    width, height = image.size
    radius = int(min(width, height) * 0.11)
    size = 2 * radius + 4
    seal = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(seal)
    c = size / 2
    draw.ellipse([2, 2, size - 2, size - 2], outline=SEAL_RED, width=max(3, radius // 18))
    star = [(c + radius * 0.28 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
             c - radius * 0.28 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    draw.polygon(star, fill=SEAL_RED)
    font = ImageFont.truetype(SEAL_FONT, int(radius * 0.24), index=2)  # the SC face of the collection
    spread = math.radians(220)
    for k, char in enumerate(text):
        angle = math.pi / 2 + spread / 2 - k * spread / max(len(text) - 1, 1)
        x, y = c + radius * 0.72 * math.cos(angle), c - radius * 0.72 * math.sin(angle)
        glyph = Image.new("L", (int(radius * 0.3),) * 2, 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), char, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(math.degrees(angle - math.pi / 2), resample=Image.BICUBIC)
        seal.paste(Image.new("RGB", glyph.size, SEAL_RED), (int(x - glyph.width / 2), int(y - glyph.height / 2)), glyph)
    seal = seal.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC, fillcolor="white")
    faded = Image.blend(Image.new("RGB", seal.size, "white"), seal, 0.85)
    x = rng.randint(int(width * 0.45), int(width * 0.75) - size // 2)
    y = rng.randint(int(height * 0.45), int(height * 0.8) - size // 2)
    out = image.copy()
    region = out.crop((x, y, x + size, y + size))
    out.paste(ImageChops.multiply(region, faded), (x, y))
    return out


def scan_image(image: Image.Image, noise: float = 0.0, skew: float = 0.0, seal: bool = False,
               rng: random.Random | None = None) -> Image.Image:
    """One rendered page made to look scanned: seal first (it is on the paper), then the page is
    turned by up to ``skew`` degrees either way, then scanner noise over ``noise`` of the pixels."""
    rng = rng or random.Random(0)
    if seal:
        image = add_seal(image, rng)
    if skew:
        image = image.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor="white")
    if noise:
        image = add_noise(image, noise, rng)
    return image


def scan_pages(lines: list[str], dpi: int = 200, noise: float = 0.0, skew: float = 0.0, seal: bool = False,
               seed: int = 0, tables: dict[int, Rows] | None = None, header: str | None = None) -> list[Image.Image]:
    """``lines`` laid out by docgen (A4, running header, page numbers), rendered at ``dpi`` and
    scanned (see :func:`scan_image`); one seal on every page when ``seal``."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "text.pdf"
        make_pdf(pdf, lines, tables, **({"header": header} if header is not None else {}))
        return [scan_image(page, noise, skew, seal, rng) for page in render_pdf(pdf, dpi)]


def images_to_pdf(path: Path, images: list[Image.Image], dpi: int) -> Path:
    """An image-only PDF, one page per image at ``dpi`` (so an A4 scan stays A4): JPEG pages as a
    scanner writes them, no text layer."""
    first, *rest = images
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=85)
    return Path(path)


def make_scanned_pdf(path: Path, lines: list[str], dpi: int = 200, noise: float = 0.0, skew: float = 0.0,
                     seal: bool = False, seed: int = 0, tables: dict[int, Rows] | None = None,
                     header: str | None = None) -> Path:
    """A scanned document made from ``lines``: what a clerk gets from the office scanner."""
    return images_to_pdf(path, scan_pages(lines, dpi, noise, skew, seal, seed, tables, header), dpi)


def make_mixed_pdf(path: Path, body: list[str], annex: list[str], annex_tables: dict[int, Rows] | None,
                   dpi: int = 200, noise: float = 0.0, skew: float = 0.0, seal: bool = False, seed: int = 0,
                   header: str | None = None) -> Path:
    """A body with a text layer followed by an annex that was printed, stamped and scanned back in
    (its pages are images): ``body`` and ``annex`` are laid out by docgen, the annex starting on a
    new page, and the annex pages replaced by their scans."""
    rng = random.Random(seed)
    extra = {"header": header} if header is not None else {}
    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = make_pdf(Path(tmp) / "body.pdf", body, None, **extra)
        annex_pdf = make_pdf(Path(tmp) / "annex.pdf", annex, annex_tables, **extra)
        scans = [scan_image(page, noise, skew, seal, rng) for page in render_pdf(annex_pdf, dpi)]
        scan_pdf = images_to_pdf(Path(tmp) / "scan.pdf", scans, dpi)
        out = pdfium.PdfDocument(str(text_pdf))
        scan_doc = pdfium.PdfDocument(str(scan_pdf))
        out.import_pages(scan_doc)
        out.save(str(path))
        out.close()
        scan_doc.close()
    return Path(path)
