"""The few exceptions govkg raises; the CLI turns each into a one-line error."""

from __future__ import annotations

import re


class KgError(Exception):
    """Base class: a problem with the user's input or environment, shown as one line."""


class InputError(KgError):
    """An input file or folder cannot be read as gazette text."""


class GraphError(KgError):
    """A graph file is missing, unparseable, or does not follow the ontology."""


class GoldError(KgError):
    """A gold annotation file is missing or malformed."""


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def shown(text: str, width: int = 80) -> str:
    """User input as an error message quotes it: cut to ``width`` characters, in quotes, on one line (a
    control character is shown as its escape)."""
    cut = text if len(text) <= width else text[: width - 1] + "…"
    return "'" + _CONTROL_RE.sub(lambda m: repr(m.group())[1:-1], cut) + "'"
