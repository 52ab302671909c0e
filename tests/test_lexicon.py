"""Word lists become patterns: a tree of the words' shared beginnings matches as their alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.rules import _any_of
from kg.wordtree import alternation

WORDS = st.lists(st.text(alphabet="副主任长.a", min_size=1, max_size=4), min_size=1, max_size=8)
TEXT = st.text(alphabet="副主任长.ax", max_size=30)


def longest_first(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))))


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_the_tree_matches_as_the_longest_word_first(words: list[str], text: str) -> None:
    for context in ("{}", "(?:{})长", "(?:{})+"):  # alone, before a character it may give back, repeated
        tree, plain = re.compile(context.format(alternation(words))), re.compile(context.format(longest_first(words)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_the_words_a_rule_needs_are_found_shortest_first(words: list[str], text: str) -> None:
    shortest_first = "|".join(map(re.escape, sorted(dict.fromkeys(words), key=len)))
    assert [m.span() for m in _any_of(tuple(words)).finditer(text)] == [
        m.span() for m in re.finditer(shortest_first, text)
    ]


def test_a_tree_is_shared_beginnings() -> None:
    assert alternation(["副主任", "主任", "副", "局长"]) == "(?:主任|副(?:主任)?|局长)"
    assert alternation(["主任"]) == "主任"
    with pytest.raises(ValueError, match="empty"):
        alternation(["", "主任"])
