"""The few exceptions govkg raises; the CLI turns each into a one-line error."""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem with the user's input or environment, shown as one line."""


class InputError(KgError):
    """An input file or folder cannot be read as gazette text."""


class GraphError(KgError):
    """A graph file is missing, unparseable, or does not follow the ontology."""


class GoldError(KgError):
    """A gold annotation file is missing or malformed."""
