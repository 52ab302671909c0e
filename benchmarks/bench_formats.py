"""Time reading each input format side by side: the seed as text and as a two-column PDF, the table fixtures.

    python benchmarks/bench_formats.py [--repeat N] [--pages K]

Reports, from one run: PDF reading in pages/s and characters/s, its cost as a
ratio of reading the same text from a .txt, the whole build of the seed PDF as
a ratio of the build of the seed text, and the growth of PDF reading with the
number of pages (the seed PDF's pages repeated K times: time per page should
stay flat). Also the size on disk of the libraries the formats add.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.formats.docx import read_docx  # noqa: E402
from kg.formats.html import read_html  # noqa: E402
from kg.formats.pdf import read_pdf  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.reading import read_source  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
SEED_PDF = FIXTURES / "seed-two-column.pdf"
SEED_TXT = ROOT / "seeds" / "yuncheng-gazette-2023.txt"
# what the formats add to an install, beside what govkg needed before
ADDED = [
    "pdfplumber",
    "pdfminer.six",
    "pypdfium2",
    "pillow",
    "cryptography",
    "cffi",
    "pycparser",
    "charset-normalizer",
    "python-docx",
    "lxml",
]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def repeated_pdf(pages: int) -> bytes:
    """The seed PDF with its pages repeated until it has ``pages`` pages (pypdfium2 comes with pdfplumber)."""
    import pypdfium2

    source = pypdfium2.PdfDocument(SEED_PDF.read_bytes())
    out = pypdfium2.PdfDocument.new()
    while len(out) < pages:
        out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def size_of(distribution: str) -> int:
    """Bytes on disk of an installed distribution's files (its bundled libraries included)."""
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return 0
    return sum(f.locate().stat().st_size for f in files if Path(f.locate()).is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=4, help="repeat the seed PDF's pages this many times")
    args = parser.parse_args()

    pdf = SEED_PDF.read_bytes()
    extracted = read_pdf(pdf, "seed.pdf")
    t_pdf = best(lambda: read_pdf(pdf, "seed.pdf"), args.repeat)
    t_txt = best(lambda: read_source(SEED_TXT), args.repeat)
    print(f"seed PDF: {extracted.pages} pages, {len(extracted.text):,} characters")
    print(
        f"  read PDF   {t_pdf:7.3f} s  {extracted.pages / t_pdf:6.1f} pages/s  {len(extracted.text) / t_pdf:,.0f} chars/s"
    )
    print(f"  read .txt  {t_txt:7.3f} s  → PDF reading costs {t_pdf / t_txt:,.0f}× reading the text")

    b_txt = best(lambda: build([SEED_TXT], None, html=False), args.repeat)
    b_pdf = best(lambda: build([SEED_PDF], None, html=False), args.repeat)
    print(f"  build from .txt {b_txt:.3f} s, from PDF {b_pdf:.3f} s: ratio {b_pdf / b_txt:.2f}×")

    big = repeated_pdf(extracted.pages * args.pages)
    t_big = best(lambda: read_pdf(big, "big.pdf"), 1)
    print(
        f"  ×{args.pages} pages: {t_big:.2f} s, {extracted.pages * args.pages / t_big:.1f} pages/s;"
        f" time per page ×{args.pages} / ×1 = {(t_big / args.pages) / t_pdf:.2f}"
    )

    for name, reader in (("portal-notice.html", read_html), ("division-table.docx", read_docx)):
        data = (FIXTURES / name).read_bytes()
        t = best(lambda data=data, reader=reader, name=name: reader(data, name), args.repeat)
        print(f"{name}: {t * 1000:.1f} ms")
    sizes = {m: size_of(m) for m in ADDED}
    print("added install size: " + ", ".join(f"{m} {s / 1e6:.1f} MB" for m, s in sizes.items() if s))
    print(f"  total {sum(sizes.values()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
