"""The development corpus (corpus/): its manifest, the scores govkg keeps on it, and what rules may not hold.

corpus/ANNOTATION.md says how the gold files were made; corpus/MANIFEST.json
lists each text with its source, place and whether it is held back from rule
writing. Rules are written from the development part only; the held-back part
is scored apart, as an estimate of how govkg does on unseen documents.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.corpus import SCORED, evaluate_corpus, load_manifest, micro
from kg.extract import FAMILIES
from kg.reading import simplified

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# the acceptance floor of issue #10 on the development part it was set on (entries "added": "#10"), per category
FLOOR = 0.92
# what the whole development part keeps, later documents included: issue #11's tables gave td-19 (a table keyed by
# section rows in Chinese numerals, with numbered sub-rows, its lead unit merged over them), and stop 18's td-23 (a
# news report of leaders' duties in prose), not read yet: assignments 0.914 before stop 18's documents, 0.892 with them;
# stop 19's twenty-one (a notice whose items have unlabelled bracketed units, seats as actors, news of acting
# governors and of ministers in Traditional script) brought the whole part's assignments to 0.795 and appointments to
# 0.898; after that stop's rules, assignments 0.915 and appointments 0.91
FLOORS = dict.fromkeys(SCORED, 0.90)
# the development documents added before stop 24 keep those floors. Stop 24 added three rounds of sets chosen for
# forms govkg did not read (on arrival, tasks 0.53-0.84, assignments 0.57-0.77, memberships 0.52-0.76 on them);
# after its rules the whole development part (498 documents) scores documents 0.886, tasks 0.885, assignments 0.883,
# memberships 0.896, appointments 0.925, person posts 0.896: the whole part's floors are those scores rounded down
# to 0.005, so a rule that loses ground anywhere fails
BEFORE_STOP_25 = {
    "documents": 0.885,
    "tasks": 0.885,
    "assignments": 0.88,
    "memberships": 0.895,
    "appointments": 0.92,
    "person_posts": 0.895,
}
# Stop 25 added two rounds of sets (120 documents, 30 held back): on arrival their 90 development documents scored
# documents 0.70, assignments 0.50, memberships 0.66, appointments 0.73, person posts 0.72. After that stop's rules the
# development part before stop 26 (588 documents) scores documents 0.868, tasks 0.895, assignments 0.861, memberships
# 0.894, appointments 0.918, person posts 0.882: its floors are those scores rounded down to 0.005 (tasks 0.89: stop
# 26 splits items numbered "(11)" run into one line, and td-205's working groups so split became tasks its gold does
# not make, while other golds do: su-61, su-126)
BEFORE_STOP_26 = {
    "documents": 0.865,
    "tasks": 0.89,
    "assignments": 0.86,
    "memberships": 0.89,
    "appointments": 0.915,
    "person_posts": 0.88,
}
# Stop 26 added two rounds of sets (120 documents, 30 held back): on arrival their 90 development documents scored
# documents 0.69, assignments 0.47, memberships 0.52, appointments 0.73, person posts 0.75. After stop 27's rules the
# development part before stop 27 (678 documents) scores documents 0.850, tasks 0.890, assignments 0.852, memberships
# 0.883, appointments 0.902, person posts 0.875: its floors are those scores rounded down to 0.005
BEFORE_STOP_27 = {
    "documents": 0.85,
    "tasks": 0.89,
    "assignments": 0.85,
    "memberships": 0.88,
    "appointments": 0.9,
    "person_posts": 0.875,
}
# Stop 27 added two rounds of sets (119 documents, 30 held back): on arrival their 89 development documents scored
# documents 0.64, tasks 0.69, assignments 0.49, memberships 0.50, appointments 0.59, person posts 0.55. After that
# stop's rules the development part before stop 28 (767 documents) scores documents 0.833, tasks 0.876, assignments 0.835,
# memberships 0.870, appointments 0.890, person posts 0.855: its floors are those scores rounded down to 0.005
BEFORE_STOP_28 = {
    "documents": 0.83,
    "tasks": 0.875,
    "assignments": 0.83,
    "memberships": 0.865,
    "appointments": 0.885,
    "person_posts": 0.85,
}
# Stop 28 added one round of sets (36 documents, 8 held back): on arrival their 28 development documents scored
# documents 0.79, tasks 0.90, assignments 0.56, memberships 0.52, appointments 0.60, person posts 0.91. After that
# stop's rules the whole development part (795 documents) scores documents 0.835, tasks 0.877, assignments 0.833,
# memberships 0.871, appointments 0.897, person posts 0.862: the floors of the documents before stop 29
BEFORE_STOP_29 = {
    "documents": 0.835,
    "tasks": 0.875,
    "assignments": 0.83,
    "memberships": 0.87,
    "appointments": 0.895,
    "person_posts": 0.86,
}
# Stop 29 added two rounds of sets (64 documents, 16 held back): on arrival their development documents scored
# documents 0.71 / 0.65, tasks 0.61 / 0.61, assignments 0.31 / 0.30, memberships 0.65 / 0.79, appointments 1.00 /
# 0.72, person posts 0.83 / 0.83 (first / second round); after that stop's rules the 48 scored 0.70, 0.68, 0.63,
# 0.88, 0.88, 0.87, and the whole development part (843 documents) documents 0.828, tasks 0.878, assignments
# 0.853, memberships 0.873, appointments 0.896, person posts 0.863: the floors of the documents before stop 30
BEFORE_STOP_30 = {
    "documents": 0.825,
    "tasks": 0.875,
    "assignments": 0.85,
    "memberships": 0.87,
    "appointments": 0.895,
    "person_posts": 0.86,
}
# Stop 30 added four rounds of sets (128 documents, 32 held back): on arrival their development documents scored
# (micro F1, measured with the stop's rules as they stood) documents 0.67 / 0.79 / 0.78 / 0.75, tasks 0.62 / 0.91 /
# 0.82 / 0.81, assignments 0.48 / 0.84 / 0.65 / 0.73, memberships 0.29 / 0.66 / 0.45 / 0.38, appointments 0.75 /
# 0.43 / 0.45 / 0.48, person posts 0.72 / 0.57 / 0.67 / 0.81 (first to fourth round); after that stop's rules the
# 96 scored 0.78, 0.78, 0.75, 0.69, 0.68, 0.74, and the whole development part (939 documents) documents 0.852,
# tasks 0.871, assignments 0.848, memberships 0.869, appointments 0.882, person posts 0.863: the floors of the documents before stop 31
BEFORE_STOP_31 = {
    "documents": 0.845,
    "tasks": 0.87,
    "assignments": 0.845,
    "memberships": 0.865,
    "appointments": 0.88,
    "person_posts": 0.86,
}
# Stop 31 added one round of sets (41 documents, 10 held back): on arrival its development documents scored
# (micro F1, measured with the stop's rules as they stood) documents 0.742, tasks 0.786, assignments 0.742,
# memberships 0.350, appointments 0.418, person posts 0.665; after that stop's rules the 31 scored 0.774, 0.777,
# 0.899, 0.810, 0.587, 0.849, and the whole development part (970 documents) documents 0.853, tasks 0.876,
# assignments 0.851, memberships 0.869, appointments 0.871, person posts 0.863: its floors are those scores
# rounded down to 0.005. Stop 32 added no documents; its rules raised the whole development part to tasks 0.878,
# assignments 0.856 and memberships 0.869 (0.8694), the rest unchanged: assignments' floor rises to 0.855.
# Stop 33's rules, before its documents came, raised those 970 documents to documents 0.853, tasks 0.878,
# assignments 0.860, memberships 0.872, appointments 0.878, person posts 0.865, and after them to assignments
# 0.861, memberships 0.874, appointments 0.881 (the rest as before): the floors of the documents before stop 33
BEFORE_STOP_33 = {
    "documents": 0.85,
    "tasks": 0.875,
    "assignments": 0.86,
    "memberships": 0.87,
    "appointments": 0.88,
    "person_posts": 0.86,
}
# Stop 33 added one round of sets (19 documents, 3 held back): on arrival its 16 development documents scored
# documents 0.813, tasks 0.716, assignments 0.487, memberships 0.198, appointments 0.500, person posts 0.592;
# after that stop's rules 0.813, 0.820, 0.526, 0.769, 0.909, 0.687, and the whole development part (986
# documents) documents 0.8525, tasks 0.8773, assignments 0.8585, memberships 0.8717, appointments 0.8810,
# person posts 0.8618. In stop 34 those 986 documents rose to memberships 0.8772, appointments 0.8822 and person
# posts 0.8670 (assignments 0.8584): the floors of the documents before stop 34
BEFORE_STOP_34 = {
    "documents": 0.85,
    "tasks": 0.875,
    "assignments": 0.855,
    "memberships": 0.875,
    "appointments": 0.88,
    "person_posts": 0.865,
}
# Stop 34 added two rounds of sets (39 documents, 8 held back; two more were dropped: their pages could not be
# found in the store to check their texts). On arrival (the tree at the stop's start) the first round's 15
# development documents scored documents 0.867, tasks 0.958, assignments 0.740, memberships 0.566, appointments
# 0.381, person posts 0.592, and the second round's 16 scored 0.750, 0.666, 0.161, 0.653, 0.875, 0.622; after
# the stop's rules 0.867, 0.958, 0.789, 0.724, 0.903, 0.647 and 0.750, 0.702, 0.499, 0.851, 1.000, 0.780. The
# whole development part (1,017 documents) then scores documents 0.8511, tasks 0.8732, assignments 0.8529,
# memberships 0.8745, appointments 0.8835, person posts 0.8640. In stop 35 those 1,017 documents rose to
# memberships 0.8755 (the rest equal): the floors of the documents before stop 35
BEFORE_STOP_35 = {
    "documents": 0.85,
    "tasks": 0.87,
    "assignments": 0.85,
    "memberships": 0.875,
    "appointments": 0.88,
    "person_posts": 0.86,
}
# Stop 35 added five rounds of sets (84 documents, 18 held back; three more were dropped: two pages could not be
# found in the store to check their texts, and one was a summary a machine wrote of a news report). On arrival
# (the tree at the stop's start) the first round's 14 development documents scored documents 0.643, tasks 0.640,
# assignments 0.444, memberships 0.357, appointments 0.143, person posts 0.627; the second round's 8 scored
# 0.375, 0.857, 0.792, 0.000, 0.889, 0.800; the third round's 16 scored 0.750, 0.870, 0.475, 0.139, 0.400,
# 0.661; the fourth round's 15 scored 0.667, 0.854, 0.509, 0.449, 0.000, 0.710; the fifth round's 13 (texts
# checked against the helpers' saved answers only: the search service's budget was used up) scored 0.714,
# 0.899, 0.558, 0.692, 0.923, 0.706. With them the whole development part (1,083 documents) scored documents
# 0.8392, tasks 0.8715, assignments 0.8455, memberships 0.8658, appointments 0.8841, person posts 0.8571. In
# stop 36 a review of golds (a group's duties listed with no role verb are no assignments) and td-416's drop
# left 1,082 of them, and that stop's rules moved them to documents 0.8400, tasks 0.8699, assignments 0.8518,
# memberships 0.8694, appointments 0.8857, person posts 0.8577: the floors of the documents before stop 36
BEFORE_STOP_36 = {
    "documents": 0.835,
    "tasks": 0.865,
    "assignments": 0.85,
    "memberships": 0.865,
    "appointments": 0.885,
    "person_posts": 0.855,
}
# Stop 36 added five rounds of sets (87 documents, 17 held back; td-416 of stop 35 and three of stop 36's were
# dropped: their pages could not be found in the store to check their texts). On arrival (the tree at the stop's
# start) the rounds' development documents (16, 12, 16, 10, 16) scored documents 1.000, 0.640, 0.750, 0.700,
# 0.750; tasks 0.909, 0.734, 0.400, 0.846, 0.132; assignments 0.568, 0.576, 0.085, 0.500, 0.765; memberships
# 0.571, 0.486, 0.357, 0.000, 0.508; appointments 0.727, 0.629, 0.667, 0.444, 0.918; person posts 0.808, 0.545,
# 0.663, 0.574, 0.820. With them the whole development part (1,152 documents) scores documents 0.8384, tasks
# 0.8638, assignments 0.8450, memberships 0.8648, appointments 0.8801, person posts 0.8502: its floors are those
# rounded down to 0.005
BEFORE_STOP_37 = {
    "documents": 0.835,
    "tasks": 0.86,
    "assignments": 0.84,
    "memberships": 0.86,
    "appointments": 0.88,
    "person_posts": 0.85,
}
# Stop 37 added four rounds of sets (34 documents, 8 held back; td-446 was dropped: its page could not be found
# in the store). On arrival (the tree at the stop's start) the rounds' development documents (7, 7, 4, 8) scored
# memberships 0.133, 0.647, 0.267, 0.000 and appointments 0.125, 1.000, 1.000, 0.571 (after the stop's rules:
# memberships 0.353, 0.694, 0.818, 0.000; appointments 0.556, 1.000, 1.000, 0.727). With them the whole
# development part (1,178 documents) scores documents 0.8391, tasks 0.8657, assignments 0.8431, memberships
# 0.8614, appointments 0.8757, person posts 0.8476: its floors are those rounded down to 0.005 (the appointments'
# and person posts' below stop 36's: the new documents' misses, not a loss on the earlier ones, which keep
# BEFORE_STOP_37).
# BEFORE_STOP_38 holds those 1,178 documents at those floors (person posts 0.85: stop 38's rules moved them to
# documents 0.8391, tasks 0.8679, assignments 0.8434, memberships 0.8614, appointments 0.8766, person posts 0.8505).
BEFORE_STOP_38 = {
    "documents": 0.835,
    "tasks": 0.865,
    "assignments": 0.84,
    "memberships": 0.86,
    "appointments": 0.875,
    "person_posts": 0.85,
}
# Stop 38 added seven rounds of sets (79 documents, 17 held back; td-457, mx-279, ap-344, td-472 were dropped:
# their pages could not be found in the store, and mx-285: two facts left after its check). On arrival (the tree
# at the stop's start) the 62 development documents scored documents 0.645, tasks 0.837, assignments 0.690,
# memberships 0.588, appointments 0.624, person posts 0.701 (after the stop's rules: 0.645, 0.925, 0.762, 0.640,
# 0.772, 0.719). With them the whole development part (1,240 documents) scores documents 0.8295, tasks 0.8708,
# assignments 0.8398, memberships 0.8505, appointments 0.8675, person posts 0.8454: its floors are those rounded
# down to 0.005 (the new documents' misses pull them below stop 37's; the 1,178 earlier ones keep BEFORE_STOP_38,
# and rose on tasks, assignments, appointments and person posts).
WHOLE_FLOORS = {
    "documents": 0.825,
    "tasks": 0.87,
    "assignments": 0.835,
    "memberships": 0.85,
    "appointments": 0.865,
    "person_posts": 0.845,
}
STOP_RE = re.compile(r"stop (\d+)")  # the "added" of the documents of a stop (older ones name an issue)


def added_before(entry, stop: int) -> bool:
    """Whether a corpus document was added before the given stop."""
    m = STOP_RE.fullmatch(entry.meta.get("added") or "")
    return m is None or int(m[1]) < stop


@pytest.fixture(scope="module")
def entries():
    return load_manifest(CORPUS)


@pytest.fixture(scope="module")
def results():
    return evaluate_corpus(CORPUS)


def test_the_manifest_describes_every_text(entries) -> None:
    assert len(entries) >= 40
    for e in entries:
        assert e.text.is_file() and e.gold.is_file(), e.id
        assert {"url", "place", "province", "year", "kind", "phrasings"} <= set(e.meta), e.id
        gold = json.loads(e.gold.read_text(encoding="utf-8"))
        assert gold["documents"], e.id
    provinces = {e.meta["province"] for e in entries} - {"全国"}
    assert len(provinces) >= 20
    held = [e for e in entries if e.heldout]
    assert 0.2 <= len(held) / len(entries) <= 0.3  # a quarter, chosen before any rule was written for it


def test_the_development_part_scores_at_least_the_floor_in_every_category(results) -> None:
    development = [r for r in results if not r.entry.heldout and r.entry.meta.get("added") == "#10"]
    scores = {s.category: s for s in micro(development)}
    low = {c: round(scores[c].f1, 3) for c in SCORED if scores[c].f1 < FLOOR}
    assert not low, f"development micro F1 (issue #10's documents) below {FLOOR}: {low}"


def test_the_development_part_before_stop_24_keeps_its_floors(results) -> None:
    earlier = [r for r in results if not r.entry.heldout and added_before(r.entry, 24)]
    scores = {s.category: s for s in micro(earlier)}
    low = {c: round(scores[c].f1, 3) for c in SCORED if scores[c].f1 < FLOORS[c]}
    assert not low, f"development micro F1 (documents before stop 24) below its floor {FLOORS}: {low}"


@pytest.mark.parametrize(
    "stop, floors",
    [
        (25, BEFORE_STOP_25),
        (26, BEFORE_STOP_26),
        (27, BEFORE_STOP_27),
        (28, BEFORE_STOP_28),
        (29, BEFORE_STOP_29),
        (30, BEFORE_STOP_30),
        (31, BEFORE_STOP_31),
        (33, BEFORE_STOP_33),
        (34, BEFORE_STOP_34),
        (35, BEFORE_STOP_35),
        (36, BEFORE_STOP_36),
        (37, BEFORE_STOP_37),
        (38, BEFORE_STOP_38),
    ],
)
def test_the_development_part_before_a_stop_keeps_its_floors(results, stop: int, floors: dict) -> None:
    earlier = [r for r in results if not r.entry.heldout and added_before(r.entry, stop)]
    scores = {s.category: s for s in micro(earlier)}
    low = {c: round(scores[c].f1, 3) for c in SCORED if scores[c].f1 < floors[c]}
    assert not low, f"development micro F1 (documents before stop {stop}) below its floor {floors}: {low}"


def test_the_whole_development_part_keeps_its_floors(results) -> None:
    scores = {s.category: s for s in micro(r for r in results if not r.entry.heldout)}
    low = {c: round(scores[c].f1, 3) for c in SCORED if scores[c].f1 < WHOLE_FLOORS[c]}
    assert not low, f"development micro F1 below its floor {WHOLE_FLOORS}: {low}"


def _corpus_texts() -> list[str]:
    paths = sorted((CORPUS / "docs").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [re.sub(r"\s+", "", simplified(p.read_text(encoding="utf-8"))) for p in paths]


def test_rule_examples_are_not_copied_from_any_document() -> None:
    """Examples vary names, places and punctuation: no clause of ten characters or more is a real document's."""
    texts = _corpus_texts()
    copied = []
    for family in FAMILIES:
        for rule in family.rules:
            for example in rule.examples + rule.counterexamples:
                for clause in re.split(r"[，。；：,;:\n、（）()]", example):
                    clause = re.sub(r"\s+", "", clause)
                    if len(clause) >= 10 and any(clause in t for t in texts):
                        copied.append((rule.name, clause))
    assert not copied


def test_no_rule_names_a_person_or_place_of_the_corpus(entries) -> None:
    """Rules hold patterns and lexicons of standard forms, never the names of one document."""
    names: set[str] = set()
    for e in entries:
        gold = json.loads(e.gold.read_text(encoding="utf-8"))
        for item in gold.get("memberships", []) + gold.get("appointments", []) + gold.get("person_posts", []):
            for key in ("member", "person"):
                value = item.get(key)
                if key == "member" and item.get("member_type") != "person":
                    continue
                names.update(simplified(v) for v in ([value] if isinstance(value, str) else value or []))
        place = re.sub(r"(?:省|市|县|区|自治州|州)$", "", simplified(e.meta.get("place", "")))
        if len(place) >= 2 and place != "全国":  # the national scope is a standard form, not one document's place
            names.add(place)
    patterns = [rule.pattern.pattern for family in FAMILIES for rule in family.rules]
    source = (ROOT / "kg" / "lexicon.py").read_text(encoding="utf-8")
    words = re.sub(r"#[^\n]*|\"\"\"[\s\S]*?\"\"\"", "", source)  # the word lists, not their comments
    lexicon = re.sub(r"SURNAMES = frozenset\([\s\S]*?\n\)", "", words)  # single characters
    code = "\n".join(patterns) + lexicon
    found = sorted(n for n in names if len(n) >= 2 and n in code)
    assert not found
