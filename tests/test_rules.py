"""Rules as data: every rule finds its examples and none of its counterexamples; one overlap policy."""

from __future__ import annotations

import importlib
import re
from random import Random

import pytest

from kg.extract import FAMILIES, try_rule
from kg.rules import Family, Found, Rule, select

from .conftest import ROOT

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


def test_the_words_a_rule_needs_and_its_test_of_a_document_only_save_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule's ``needs`` and ``reads`` skip text its matches would come to nothing on: with every unit of
    every document read by every rule, the seed and documents of each kind give the same facts."""
    import kg.rules
    from kg.per_file import extract_documents
    from kg.reading import read_source
    from kg.workers import RECORDS

    texts = [ROOT / "seeds" / "yuncheng-gazette-2023.txt"] + [
        ROOT / "corpus" / "docs" / f"{name}.txt"
        for name in ("ap-01", "ap-09", "ap-29", "ap-41", "ap-53", "su-74", "td-07", "mx-06")
    ]

    def facts() -> list[str]:  # (a task's text is a mapped text, equal only to itself: its repr is compared)
        return [
            repr([getattr(doc, kind) for kind in RECORDS])
            for path in texts
            for doc in extract_documents(read_source(path))
        ]

    filtered = facts()
    monkeypatch.setattr(kg.rules, "_holding", lambda doc, rule: kg.rules.units(doc, rule.unit))
    monkeypatch.setattr(kg.rules, "_reads", lambda doc, rule, context: True)
    assert facts() == filtered


def _reports(random: Random) -> str:
    """A text made at random of the phrasings kg.extract.delegations reads, between any stops."""
    stops = ["、", "，", "。", "；", "：", "\n", "（", ""]
    names = ["张三", "李四", "王五", "副省长王五", "院士李四"]
    parts = []
    for _ in range(random.randint(1, 4)):
        parts += [random.choice(stops), "、".join(random.choices(names, k=random.randint(1, 3))), random.choice(stops)]
        form = random.randrange(3)
        if form == 0:
            verb, by = random.choice(["率", "带领", "率领"]), random.choice(["", "由某局、某委组成的"])
            team = random.choice(["省政府", "", "某市"]) + random.choice(["考察团", "工作组"])
            parts.append(verb + by + team + random.choice(["赴", "一行5人前往", ""]) + "某市")
            parts.append(
                random.choice(["", "由副市长张三带队", "工作组由李四带队", "带队的考察团", "，由王五带队的某市工作组"])
            )
        elif form == 1:
            people = "、".join(random.choices(names[:3], k=random.randint(1, 3)))
            parts.append(
                random.choice(["县工作专班", "某领导小组", "考察团"])
                + people
                + random.choice(["等同志", "等3名同志", "同志"])
            )
        else:
            verb = random.choice(["等", "等3人", "等同志", ""]) + random.choice(["出任", "担任"])
            parts.append(
                verb + random.choice(["某学术委员会", "某领导小组", ""]) + random.choice(["委员", "主任", "副组长"])
            )
    return "".join(parts) + random.choice(stops)


def test_matches_near_finds_what_the_whole_text_gives() -> None:
    """A pattern read only where its word is, between two stops, finds the matches of the whole text (texts
    made at random: matches that run across a comma, lookarounds at both ends of a stretch)."""
    d = importlib.import_module("kg.extract.delegations")  # the package's name of the same word is its function
    from kg.rules import matches_near

    random, found = Random(12), 0
    readings = [(d.LED_RE, d.LED_NEAR), (d.LED_BY_RE, d.LED_BY_NEAR), (d.NAMED_TEAM_RE, d.NAMED_NEAR)]
    for _ in range(3000):
        text = _reports(random)
        for pattern, near in [*readings, (d.SEATED_ALL_RE, d.SEATED_NEAR)]:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in matches_near(pattern, text, *near)] == expected, text
            found += len(expected)
    assert found > 1000  # the texts exercise the patterns
