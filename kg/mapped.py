"""Text with a map back to the input file.

Offsets everywhere in govkg are character offsets into the *decoded* input file
(byte-order mark removed). Every repaired string is a :class:`MappedText`: the
text plus, for each character, the offset of the raw character it came from.
Repairs that drop characters (padding, page furniture, line breaks) simply drop
their entries; repairs that substitute a glyph keep the raw offset; a character
that the PDF moved (the stray "盬") keeps its own raw offset at its new place.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence


class MappedText:
    """A string with, for each character, its offset in the raw input."""

    __slots__ = ("text", "pos")

    def __init__(self, text: str, pos: Sequence[int]) -> None:
        if len(text) != len(pos):
            raise ValueError("offset map must have one entry per character")
        self.text = text
        self.pos = pos if isinstance(pos, array) else array("q", pos)

    @classmethod
    def identity(cls, text: str, start: int = 0) -> MappedText:
        """The text as it stands at ``start`` in the raw input."""
        return cls(text, array("q", range(start, start + len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"MappedText({self.text!r})"

    def __getitem__(self, key: slice) -> MappedText:
        if not isinstance(key, slice):
            raise TypeError("MappedText supports slices only")
        return MappedText(self.text[key], self.pos[key])

    def __add__(self, other: MappedText) -> MappedText:
        return MappedText(self.text + other.text, self.pos + other.pos)

    def raw_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """The smallest raw span [a, b) holding every character of text[start:end]."""
        part = self.pos[start:end]
        if not part:
            at = self.pos[start] if start < len(self.pos) else (self.pos[-1] + 1 if self.pos else 0)
            return at, at
        return min(part), max(part) + 1

    def strip(self) -> MappedText:
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        return self[left:right] if (left or right != len(text)) else self

    @staticmethod
    def join(sep: str, parts: Iterable[MappedText]) -> MappedText:
        """Join parts; each separator maps to the offset just after the part before it."""
        texts: list[str] = []
        pos = array("q")
        for part in parts:
            if texts:
                texts.append(sep)
                after = pos[-1] + 1 if pos else (part.pos[0] if part.pos else 0)
                pos.extend([after] * len(sep))
            texts.append(part.text)
            pos.extend(part.pos)
        return MappedText("".join(texts), pos)
