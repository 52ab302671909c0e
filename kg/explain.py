"""Why the graph says what it says: the rules (``kg rules``) and, for a fact or a task, its rule and evidence (``kg why``).

Every fact and task names the rule that made it (gov:rule); a rule is a row of
its family's table (kg.extract.FAMILIES) with the example it was written for.
A user who disagrees with a fact can see which rule read which sentence, and
where that sentence stands in the input file.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import KgError, shown
from kg.extract import FAMILIES, READERS
from kg.ontology import GOV
from kg.query import NotFound, Result, run, suggest
from kg.rules import Rule

RULE_COUNTS = "SELECT ?rule (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s gov:rule ?rule } GROUP BY ?rule"

# every fact and task with a statement in words, its rule, document, offsets and evidence
FACTS = """
SELECT ?f ?kind ?statement ?rule ?document ?start ?end ?evidence ?task WHERE {
  {
    ?f a gov:Assignment ; gov:actor/rdfs:label ?who ; gov:role ?r ; gov:task ?task . ?task rdfs:label ?what .
    VALUES (?r ?verb) { (gov:Lead "牵头") (gov:Support "配合") (gov:Responsible "负责") }
    BIND("assignment" AS ?kind) BIND(CONCAT(?who, " ", ?verb, " ", ?what) AS ?statement)
  } UNION {
    ?f a org:Membership ; org:member/rdfs:label ?who ; org:role/rdfs:label ?seat ; org:organization/rdfs:label ?what .
    BIND("membership" AS ?kind) BIND(CONCAT(?who, " ", ?seat, " ", ?what) AS ?statement)
  } UNION {
    ?f a gov:Appointment ; gov:person/rdfs:label ?who ; gov:action ?a ; gov:post ?post .
    VALUES (?a ?verb) { (gov:Appoint "任命") (gov:Remove "免去") }
    OPTIONAL { ?f org:organization/rdfs:label ?body }
    BIND("appointment" AS ?kind) BIND(CONCAT(?who, " ", ?verb, " ", COALESCE(?body, ""), ?post) AS ?statement)
  } UNION {
    ?f a gov:ChainRole ; gov:enterprise/rdfs:label ?who ; gov:roleLabel ?label .
    OPTIONAL { ?f gov:chain/rdfs:label ?chain }
    BIND("chain role" AS ?kind) BIND(CONCAT(?who, " ", ?label, " ", COALESCE(?chain, "")) AS ?statement)
  } UNION {
    ?f a gov:Task ; rdfs:label ?heading . BIND(?f AS ?task)
    BIND("task" AS ?kind) BIND(?heading AS ?statement)
  }
  ?f gov:rule ?rule .
  OPTIONAL { ?f gov:evidence ?evidence }
  OPTIONAL { ?f gov:sourceStart ?start ; gov:sourceEnd ?end }
  OPTIONAL { ?f prov:wasDerivedFrom|dct:isPartOf ?d . ?d rdfs:label ?title . OPTIONAL { ?d dct:identifier ?number } }
  BIND(COALESCE(?number, ?title, "") AS ?document)
}
ORDER BY ?document ?task ?kind ?statement
"""
COLUMNS = ["kind", "statement", "rule", "document", "source", "evidence"]


def _rules() -> list[Rule]:
    return [rule for family in FAMILIES for rule in family.rules]


def rule_descriptions() -> dict[str, str]:
    """Each rule's name → what it reads."""
    return {rule.name: rule.description for rule in _rules()} | {name: reads for name, reads, _ in READERS}


def rules_table(store: ox.Store | None = None, family: str | None = None) -> Result:
    """Every rule with its family, the unit it reads, what it reads and an example; with a graph, its facts."""
    families = {f.name for f in FAMILIES}
    if family is not None and family not in families:
        raise KgError(f"no family {family!r}; the families are {', '.join(sorted(families))}")
    counts = {}
    if store is not None:
        counts = {row[0]: row[1] for row in run(store, RULE_COUNTS).rows}
    columns = ["family", "rule", "unit", "reads", "example"] + (["facts"] if store is not None else [])
    rows = []
    for rule in _rules():
        if family is None or rule.family == family:
            row = [rule.family, rule.name, rule.unit, rule.description, rule.examples[0].replace("\n", "⏎")]
            rows.append(row + ([counts.get(rule.name, "0")] if store is not None else []))
    for name, reads, example in READERS:
        if family is None or name.split(".")[0] == family:
            row = [name.split(".")[0], name, "row", reads, example]
            rows.append(row + ([counts.get(name, "0")] if store is not None else []))
    return Result(columns, rows)


def _facts(store: ox.Store) -> list[dict[str, str]]:
    result = run(store, FACTS)
    return [dict(zip(result.columns, row)) for row in result.rows]


def _row(store: ox.Store, fact: dict[str, str]) -> list[str]:
    """A fact's row: where it stands is its offsets, then its places in a PDF, HTML page or DOCX."""
    source = f"{fact['start']}–{fact['end']}" if fact["start"] else ""
    places = [str(q.object.value) for q in store.quads_for_pattern(ox.NamedNode(fact["f"]), LOCATOR, None)]
    source = "; ".join(filter(None, [source, *sorted(places)]))
    return [fact["kind"], fact["statement"], fact["rule"], fact["document"], source, fact["evidence"]]


LOCATOR = ox.NamedNode(str(GOV.sourceLocator))


def why(store: ox.Store, subject: str) -> Result:
    """Why the graph holds a fact or a task: its rule, document, offsets in the input file and evidence sentence.

    SUBJECT is a fact's or a task's IRI; or a text: the tasks whose heading
    holds it, with their facts, else the facts whose statement or sentence holds it.
    """
    facts = _facts(store)
    iri = subject.strip().removeprefix("<").removesuffix(">")
    if iri.startswith(("http://", "https://")):
        chosen = [f for f in facts if iri in (f["f"], f["task"])]
        if not chosen:
            raise NotFound(f"no fact or task is {iri!r} (kg why explains facts and tasks)")
        return Result(COLUMNS, [_row(store, f) for f in chosen])
    tasks = {f["f"] for f in facts if f["kind"] == "task" and subject in f["statement"]}
    chosen = [f for f in facts if f["task"] in tasks] if tasks else []
    chosen = chosen or [f for f in facts if subject in f["evidence"] or subject in f["statement"]]
    if not chosen:
        headings = [f["statement"] for f in facts if f["kind"] == "task"]
        near = suggest(subject, headings) if len(subject) <= 80 else []
        raise NotFound(
            f"no task, fact or sentence holds {shown(subject)}" + (f"; closest: {'、'.join(near)}" if near else "")
        )
    return Result(COLUMNS, [_row(store, f) for f in chosen])
