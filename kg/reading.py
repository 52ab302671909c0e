"""Read input files: the format by its bytes, the encoding by byte-order mark or by trial, Traditional to Simplified.

A ``.txt`` is decoded; a PDF, an HTML page or a DOCX is read into text by its
reader in :mod:`kg.formats`, which also keeps where each line stands in it.
The format is told by the file's first bytes, not by its name.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.formats import Extracted
from kg.mapped import MappedText

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """One input file, decoded; ``raw`` is what every offset refers to."""

    path: Path
    raw: str
    encoding: str
    text: MappedText  # raw converted to Simplified script, same offsets
    script: dict[str, str] = field(default_factory=dict)  # a Simplified character → the one the text writes
    layout: Extracted | None = None  # for a PDF, HTML page or DOCX: where each line of raw stands in it
    sha256: str = ""  # of the file's bytes: which version of the file the facts come from
    size: int = 0  # bytes

    @property
    def name(self) -> str:
        return self.path.name


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes: a byte-order mark first, else strict UTF-8, else strict GB18030."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec.replace("-sig", "")), label
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: not valid {label} despite its byte-order mark ({err.reason})") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL_RE.findall(text)) > max(2, len(text) // 200):
            break
        return text, codec
    raise InputError(f"{name}: cannot decode as UTF-8 or GB18030 (binary or unknown encoding)")


# What a folder's files may be; a file named on the command line is read whatever its name.
SUFFIXES = frozenset((".txt", ".text", ".pdf", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".doc", ".wps"))
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)


def sniff(data: bytes) -> str:
    """The format of a file by its first bytes: "pdf", "docx", "html" or "text"."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(_OLE):
        return "docx"  # the DOCX reader says what an old .doc or another zip is
    for bom, codec, _ in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec.replace("-sig", ""), "ignore").encode("utf-8", "ignore")
            break
    start = head.lstrip()
    if start.startswith(b"<") and _HTML_RE.search(head):
        return "html"
    return "text"


def read_source(path: Path) -> Source:
    """Read one input file into a :class:`Source`, or raise InputError with one line."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    kind = sniff(data)
    layout = None
    if kind == "text":
        raw, encoding = decode(data, str(path))
    else:
        layout = _reader(kind)(data, str(path))
        raw, encoding = layout.text, kind
    if not raw.strip():
        raise InputError(f"{path}: file has no text")
    text = to_simplified(raw)
    return Source(
        path=path,
        raw=raw,
        encoding=encoding,
        text=text,
        script=script_of(raw, text),
        layout=layout,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def _reader(kind: str):  # noqa: ANN202 - each reader imports its library only when a file needs it
    if kind == "pdf":
        from kg.formats.pdf import read_pdf

        return read_pdf
    if kind == "html":
        from kg.formats.html import read_html

        return read_html
    from kg.formats.docx import read_docx

    return read_docx


def find_inputs(paths: Sequence[Path]) -> list[Path]:
    """Expand files and folders (their text, PDF, HTML and Word files, sorted) into the list of input files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not files:
                raise InputError(f"{path}: folder has no .txt, .pdf, .html or .docx files")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """A string in Simplified script (names are keyed and compared in it)."""
    return _t2s().convert(text)


def script_of(raw: str, text: MappedText) -> dict[str, str]:
    """How the input writes each character that conversion to Simplified changed: "发" → "發".

    Facts are read in Simplified but written back in the input's own script, so
    that a Traditional document gives Traditional labels (with the Simplified
    forms as aliases). A character the input writes both ways keeps the way it
    writes it most.
    """
    if text.text == raw:
        return {}  # already Simplified: nothing to write back
    counts = Counter(zip(text.text, (raw[at] for at in text.pos)))
    table: dict[str, str] = {}
    for simple, written in (pair for pair, _ in counts.most_common()):
        table.setdefault(simple, written)
    return {simple: written for simple, written in table.items() if simple != written}


def to_simplified(raw: str) -> MappedText:
    """Convert Traditional script to Simplified (OpenCC t2s) keeping offsets aligned.

    OpenCC converts phrases, and a phrase may change length; when the whole-text
    conversion changes length, convert character by character instead so that
    every output character still maps to the raw character it came from.
    """
    converted = _t2s().convert(raw)
    if len(converted) == len(raw):
        return MappedText.identity(converted)
    chars: list[str] = []
    pos = array("q")
    convert = _t2s().convert
    for i, char in enumerate(raw):
        out = convert(char) if ord(char) > 0x2E80 else char
        chars.append(out)
        pos.extend([i] * len(out))
    return MappedText("".join(chars), pos)
