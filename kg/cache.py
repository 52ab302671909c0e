"""The build cache: what a file gave last time, kept while neither the file nor govkg has changed.

An entry is keyed by the file's bytes and name (both reach the graph) and by
govkg's version and code, so an edited file, a renamed file or another govkg
is read again. Entries live in OUT/.cache/ as pickles compressed by zstd (about 2×
the size of the text, with the file's names beside it), written whole or not at all by the worker that read the
file; a build removes the entries it did not use, so the cache holds the
current corpus and nothing more.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import zstandard

import kg

FOLDER = ".cache"
NAMES = ".names"  # beside an entry: the names and counts of the file, for the main process


@lru_cache(maxsize=1)
def code_digest() -> str:
    """govkg's version and the text of its code: a change to either makes every entry stale."""
    digest = hashlib.sha256(kg.__version__.encode())
    package = Path(kg.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Entries of one output folder's cache."""

    def __init__(self, out_dir: Path, salt: str = "") -> None:
        self.folder = out_dir / FOLDER
        self.salt = salt  # what else changes a file's result (a forced encoding)
        self.used: set[str] = set()
        self.hits = 0

    def key(self, path: Path) -> str:
        digest = hashlib.sha256(code_digest().encode())
        digest.update(self.salt.encode() + b"\0" + path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            return ""  # the reader says why it cannot read the file
        return digest.hexdigest()

    def names(self, key: str) -> Any | None:
        """What the main process keeps of a file (kg.workers.FileNames), when its whole entry is here too;
        else None (the file is then read again)."""
        if not key:
            return None
        self.used.update((key, key + NAMES))  # made now if not here: kept either way
        if not (self.folder / key).is_file():
            return None
        found = load(self.folder, key + NAMES)
        if found is not None:
            self.hits += 1
        return found

    def prune(self) -> None:
        """Remove the entries this build did not use, and temporary files of builds that were cut short."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                entry.unlink(missing_ok=True)


def save(folder: Path, key: str, value: Any) -> None:
    """Keep an entry (in the worker that made it); a cache that cannot be written only costs time."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(zstandard.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1))
        os.replace(tmp, folder / key)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def load(folder: Path, key: str) -> Any | None:
    """An entry, or None when there is none or it cannot be read (it is then made again)."""
    try:
        return pickle.loads(zstandard.decompress((folder / key).read_bytes()))
    except (OSError, zstandard.ZstdError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
