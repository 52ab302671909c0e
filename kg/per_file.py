"""What one input file gives: read, repair, segment and extract, a pure function of its bytes.

This is the work that runs in a worker process (or on a Dask worker) for each
file of a build; kg.pipeline puts the files together.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kg.extract import extract
from kg.model import Document
from kg.reading import Source, read_source
from kg.repair import Paragraph, column_width, paragraphs, repair_lines
from kg.segment import build_documents


def repair(source: Source) -> tuple[list[Paragraph], float]:
    """Repaired paragraphs of one source, and its column width."""
    lines = repair_lines(source.text)
    full = column_width(lines)
    return paragraphs(lines, full), full


def segment(source: Source, paras: list[Paragraph], full: float) -> list[Document]:
    return build_documents(paras, full, source.name, source.path.stem, source.script, source.raw, source.layout)


def extract_documents(source: Source) -> list[Document]:
    """Repair, segment and extract one decoded source: documents with their facts."""
    return [extract(doc) for doc in segment(source, *repair(source))]


@dataclass
class FileResult:
    """What one input file gives: its source, its documents with their facts, and each stage's seconds."""

    source: Source
    documents: list[Document]
    timings: dict[str, float]


def read_file(path: Path, encoding: str | None = None) -> FileResult:
    """Read, repair, segment and extract one input file: a pure function of its bytes (runs in a worker);
    ``encoding`` forces how a text file is decoded."""
    timings: dict[str, float] = {}
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[stage] = now - t
        t = now

    source = read_source(path, encoding)
    lap("read")
    paras, full = repair(source)
    lap("repair")
    found = segment(source, paras, full)
    lap("segment")
    documents = [extract(doc) for doc in found]
    lap("extract")
    return FileResult(source, documents, timings)
