"""A list of words as a regex: the tree of their shared beginnings, which matches as their alternation does."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex of literal words that matches as their alternation longest first would ("副主任|主任|副"), so a
    word never loses to a word it starts with, written as a tree of their shared beginnings ("副(?:主任)?|主任").

    Python's regex engine tries the branches of an alternation one by one at every
    place; a tree tries one character class where a hundred post titles begin, and
    goes on only in the branch of the character there.
    """
    tree: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("alternation: an empty word matches everywhere")
        at = tree
        for char in word:
            at = at.setdefault(char, {})
        at[""] = {}
    return _branches(tree)


def _branches(tree: dict[str, dict]) -> str:
    """The regex of a tree of words: longer words first (a greedy "?" keeps on before it stops)."""
    ends = "" in tree
    longer = [re.escape(char) + _branches(rest) for char, rest in sorted(tree.items()) if char and set(rest) != {""}]
    last = [re.escape(char) for char, rest in sorted(tree.items()) if char and set(rest) == {""}]
    if last:
        longer.append(last[0] if len(last) == 1 else f"[{''.join(last)}]")
    if not longer:
        return ""
    if not ends:
        return longer[0] if len(longer) == 1 else f"(?:{'|'.join(longer)})"
    return (longer[0] if len(longer) == 1 and len(longer[0]) == 1 else f"(?:{'|'.join(longer)})") + "?"
