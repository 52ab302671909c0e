"""Read input files: the format by its bytes, the encoding by byte-order mark or by trial, Traditional to Simplified.

A ``.txt`` is decoded; a PDF, an HTML page or a DOCX is read into text by its
reader in :mod:`kg.formats`, which also keeps where each line stands in it.
The format is told by the file's first bytes, not by its name.
"""

from __future__ import annotations

import codecs
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
from kg.lexicon import COMMON_HAN
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


# Encodings a text file may be in when it is not UTF-8, told apart by how it reads (see decode)
_GUESSES = (("gb18030", "gb18030"), ("big5hkscs", "big5"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"))
# the characters that tell an encoding: beyond ASCII, save punctuation (CJK, full-width, general)
_WIDE_RE = re.compile(r"[^\x00-\x7f\u2000-\u206f\u3000-\u303f\uff00-\uffef]")
WEAK = 0.3  # below this share of common characters, no reading is trusted
ENOUGH = 20  # with fewer such characters the share says little: the first encoding that decodes is taken


def _wide(text: str) -> list[str]:
    return _WIDE_RE.findall(text)


def _common_share(text: str) -> float:
    """The share of a text's characters beyond ASCII and punctuation that are Han characters common in
    government text (0 when it has none): high for the right encoding, near 0 for a wrong one."""
    wide = _wide(text)
    return sum(ch in COMMON_HAN for ch in wide) / len(wide) if wide else 0.0


def decode(data: bytes, name: str = "input", encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes: as ``encoding`` when given; else by a byte-order mark; else as UTF-8 when it is valid;
    else as whichever of GB18030, Big5 and UTF-16 (without a mark) reads as Chinese: the one whose Han
    characters are most often common ones. A file no reading makes sense of is an error, not a guess."""
    if encoding:
        return _forced(data, name, encoding)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec.replace("-sig", "")), label
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: not valid {label} despite its byte-order mark ({err.reason})") from None
    readings: list[tuple[float, str, str]] = []
    nul = b"\x00" in data  # text in UTF-16 has NUL bytes; text in the others has none
    for codec, label in (("utf-8", "utf-8"), *_GUESSES):
        if nul != codec.startswith("utf-16"):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL_RE.findall(text)) > max(2, len(text) // 200):
            continue  # NULs and control characters: not this encoding (or not text)
        if codec == "utf-8":
            return text, label  # valid UTF-8 is UTF-8
        readings.append((_common_share(text), label, text))
    if nul:  # UTF-16 without a mark, only when it reads as Chinese text: no control characters, Han enough
        readings = [r for r in readings if r[0] >= WEAK and not _CONTROL_RE.search(r[2]) and len(_wide(r[2])) >= 8]
    if not readings:
        if nul:
            raise InputError(f"{name}: looks like a binary file, not text")
        raise InputError(f"{name}: cannot decode as UTF-8, GB18030, Big5 or UTF-16 (binary or unknown encoding)")
    share, label, text = max(readings, key=lambda r: r[0])  # the first of equals: GB18030 before Big5
    if share < WEAK and len(_wide(text)) >= ENOUGH:
        tried = ", ".join(f"{lab} {s:.0%}" for s, lab, _ in readings)
        raise InputError(
            f"{name}: cannot tell the encoding (tried {tried} common characters); convert it to UTF-8"
            " or give --encoding"
        )
    return text, label


def _forced(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"{name}: no encoding is called {encoding!r}") from None
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not valid {encoding} ({err.reason} at byte {err.start})") from None


# What a folder's files may be; a file named on the command line is read whatever its name.
SUFFIXES = frozenset((".txt", ".text", ".pdf", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".doc", ".wps"))
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)
# a page's content copied without its head: a file that opens with a block's tag and closes blocks after it
_FRAGMENT_RE = re.compile(
    rb"^<(?:p|div|section|article|table|h[1-6])[\s>][^\n]*?</(?:p|div|section|table|h[1-6])>", re.I
)


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
    if start.startswith(b"<") and (_HTML_RE.search(head) or _FRAGMENT_RE.match(start)):
        return "html"
    return "text"


def read_source(path: Path, encoding: str | None = None) -> Source:
    """Read one input file into a :class:`Source`, or raise InputError with one line; ``encoding`` forces
    how a text file is decoded."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    kind = sniff(data)
    layout = None
    if kind == "text":
        raw, encoding = decode(data, str(path), encoding)
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


@lru_cache(maxsize=2)
def _opencc(config: str):  # noqa: ANN202 - opencc has no type hints
    """OpenCC's converter of a configuration ("t2s", "s2t"), loaded once."""
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """A string in Simplified script (names are keyed and compared in it)."""
    return _opencc("t2s").convert(text)


@lru_cache(maxsize=65536)
def traditional(text: str) -> str:
    """A string in Traditional script (a label a Traditional text does not write itself)."""
    return _opencc("s2t").convert(text)


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
    ways: Counter[str] = Counter()
    for simple, written in (pair for pair, _ in counts.most_common()):
        table.setdefault(simple, written)
        ways[simple] += 1
    # a character written both ways stays in the table (as itself, when the Simplified way is the most common):
    # a name that writes it the other way ("梁樑") is then copied from the input as written
    return {simple: written for simple, written in table.items() if simple != written or ways[simple] > 1}


def to_simplified(raw: str) -> MappedText:
    """Convert Traditional script to Simplified (OpenCC t2s) keeping offsets aligned.

    OpenCC converts phrases, and a phrase may change length; when the whole-text
    conversion changes length, convert character by character instead so that
    every output character still maps to the raw character it came from.
    """
    converted = _opencc("t2s").convert(raw)
    if len(converted) == len(raw):
        return MappedText.identity(converted)
    chars: list[str] = []
    pos = array("q")
    convert = _opencc("t2s").convert
    for i, char in enumerate(raw):
        out = convert(char) if ord(char) > 0x2E80 else char
        chars.append(out)
        pos.extend([i] * len(out))
    return MappedText("".join(chars), pos)


def as_written(text: MappedText, raw: str) -> str:
    """The text with each character the input wrote in another script put back as written."""
    return "".join(
        raw[at] if char != raw[at] and simplified(raw[at]) == char else char for char, at in zip(text.text, text.pos)
    )
