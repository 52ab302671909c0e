"""Rules as data: every rule finds its examples and none of its counterexamples; one overlap policy."""

from __future__ import annotations

import re

import pytest

from kg.extract import FAMILIES, try_rule
from kg.rules import Family, Found, Rule, select

RULES = [rule for family in FAMILIES for rule in family.rules]


def test_every_family_of_the_issue_has_a_table() -> None:
    names = {family.name for family in FAMILIES}
    assert names == {"tasks", "assignments", "groups", "people", "appointments", "chains", "glossary"}
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_finds_its_examples(rule: Rule) -> None:
    for example in rule.examples:
        found = try_rule(rule, example)
        assert found, f"{rule.name} finds nothing in its example {example!r}"
        assert all(f.rule is rule and f.records for f in found)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_finds_none_of_its_counterexamples(rule: Rule) -> None:
    for counter in rule.counterexamples:
        assert not try_rule(rule, counter), f"{rule.name} finds something in its counterexample {counter!r}"


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_says_what_it_reads(rule: Rule) -> None:
    assert rule.description, f"{rule.name}: its make function needs a docstring"


def _make(m: re.Match[str], at: object) -> list[Found]:
    """Nothing: a stand-in for the policy tests."""
    return []


A = Rule("t.a", re.compile("a"), _make, ("a",), ("b",))
B = Rule("t.b", re.compile("b"), _make, ("b",), ("a",))


def found(rule: Rule, start: int, end: int) -> Found:
    return Found(rule, start, end, ("x",))


def test_the_longest_span_wins() -> None:
    kept = select([found(A, 0, 5), found(B, 3, 12)], (A, B))
    assert [(f.start, f.end) for f in kept] == [(3, 12)]


def test_equal_spans_go_to_the_rule_listed_first() -> None:
    assert [f.rule for f in select([found(B, 0, 5), found(A, 0, 5)], (A, B))] == [A]
    assert [f.rule for f in select([found(B, 0, 5), found(A, 0, 5)], (B, A))] == [B]


def test_items_that_do_not_overlap_are_all_kept_in_text_order() -> None:
    kept = select([found(B, 10, 12), found(A, 0, 5), found(A, 5, 10)], (A, B))
    assert [(f.start, f.end) for f in kept] == [(0, 5), (5, 10), (10, 12)]


def test_a_span_inside_a_longer_one_is_dropped() -> None:
    kept = select([found(A, 4, 6), found(B, 0, 10), found(A, 10, 11)], (A, B))
    assert [(f.start, f.end) for f in kept] == [(0, 10), (10, 11)]


def test_a_rule_needs_a_family_name_an_example_and_a_counterexample() -> None:
    with pytest.raises(ValueError):
        Rule("nofamily", re.compile("a"), _make, ("a",), ("b",))
    with pytest.raises(ValueError):
        Rule("t.c", re.compile("a"), _make, (), ("b",))
    with pytest.raises(ValueError):
        Family("t", (A, Rule("u.d", re.compile("d"), _make, ("d",), ("a",))))
