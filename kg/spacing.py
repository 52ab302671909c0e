"""Spaces in a line of text: padding dropped ("陈  杰" is 陈杰), the space between a person's name and post
kept ("陈杰 市委常委"), a table's tabs as cell bars (and the spaces of a task table whose cells a space
sets apart), a seat's label given back its colon.

Every change keeps each character's offset in the input (kg.mapped).
"""

from __future__ import annotations

import re

from kg.lexicon import (
    ROLE_LABELS,
    TABLE_NUMBER_COLUMNS,
    TABLE_OTHER_COLUMNS,
    TABLE_PERSON_COLUMNS,
    TABLE_TASK_COLUMNS,
    alternation,
)
from kg.lines import BARE_LABEL_RE, NAME_BRACKET_RE, NAME_POST_RE, PAIRS_RE, POST_NAME_RE, WIDE_RE
from kg.names import looks_like_org


def tabs_to_bars(chars: list[str], pos: list[int]) -> tuple[list[str], list[int]]:
    """A row of a table copied as text, its cells split by tabs: each tab a " | " (an empty cell stays one)."""
    if "\t" not in chars:
        return chars, pos
    out_c: list[str] = []
    out_p: list[int] = []
    for char, at in zip(chars, pos):
        if char == "\t":
            out_c += (" ", "|", " ")
            out_p += (at, at, at)
        else:
            out_c.append(char)
            out_p.append(at)
    return out_c, out_p


# a task table's header, its column names a space apart ("序号 工 作 任 务 牵头负责部门"): the names back to
# back once the spaces are gone, a number's column first, a task's and a role's among them
_COLUMN_RE = re.compile(
    alternation((*TABLE_NUMBER_COLUMNS, *TABLE_TASK_COLUMNS, *TABLE_OTHER_COLUMNS, *TABLE_PERSON_COLUMNS, *ROLE_LABELS))
    + r"|[（(][^（）()]{0,30}[）)]"  # a column's note in brackets: "牵头单位（部门）"
)
_SPACES_RE = re.compile(r"\s+")
_TASK_COLUMNS = frozenset(TABLE_TASK_COLUMNS)
# a row of such a table: its number, a space, its cells a space apart
SPACED_ROW_RE = re.compile(r"^\d{1,3}\s+\S")


def spaced_header(text: str) -> tuple[tuple[int, int], ...] | None:
    """The column names' spans (in the text without its spaces) of a task table's header whose cells a space
    sets apart, or None."""
    if " " not in text and "\u3000" not in text:
        return None
    squeezed = _SPACES_RE.sub("", text)
    spans: list[tuple[int, int]] = []
    names: list[str] = []
    at = 0
    while at < len(squeezed) and (m := _COLUMN_RE.match(squeezed, at)):
        if m.group()[0] in "（(" and spans:
            spans[-1] = (spans[-1][0], m.end())  # the note goes with its column
        else:
            spans.append(m.span())
            names.append(m.group())
        at = m.end()
    if at < len(squeezed) or len(names) < 3 or names[0] not in TABLE_NUMBER_COLUMNS:
        return None
    return tuple(spans) if any(n in _TASK_COLUMNS for n in names) and any(n in ROLE_LABELS for n in names) else None


def cells_apart(chars: list[str], pos: list[int], header: tuple[tuple[int, int], ...]) -> tuple[list[str], list[int]]:
    """A spaced task table's line with a tab between its cells (tabs_to_bars makes them bars): the header's
    column names (their spans, from spaced_header), their padding gone; a row's (no spans) runs of spaces."""
    kept = [i for i, char in enumerate(chars) if not char.isspace()]
    if not header:  # a row: each run of spaces parts two cells
        out = [i for i in range(len(chars)) if not chars[i].isspace() or (i and not chars[i - 1].isspace())]
        return ["\t" if chars[i].isspace() else chars[i] for i in out], [pos[i] for i in out]
    out_c: list[str] = []
    out_p: list[int] = []
    for n, (a, b) in enumerate(header):
        if n:
            out_c.append("\t")
            out_p.append(pos[kept[a]])
        out_c += [chars[kept[i]] for i in range(a, b)]
        out_p += [pos[kept[i]] for i in range(a, b)]
    return out_c, out_p


def _is_tight(char: str) -> bool:
    """A character next to which a space is only typesetting (Chinese text has none)."""
    return bool(WIDE_RE.match(char))


_SPACE_RE = re.compile(r"\s")  # what str.isspace() calls a space
_WIDE_SPACE_RE = re.compile("[\u3000\xa0]")  # the ideographic space and the no-break space of web pages


def unpad(chars: list[str], pos: list[int]) -> tuple[list[str], list[int], bool]:
    """Remove padding spaces; keep one space between a person's name and post (and whether the line is one)."""
    text = "".join(chars)
    if not _SPACE_RE.search(text):
        return chars, pos, False  # most lines: nothing to remove, and name and post need a space between them
    if _WIDE_SPACE_RE.search(text):  # "组　长　　徐　斌　　市政府副市长": full-width padding is padding too
        chars = [" " if _WIDE_SPACE_RE.match(char) else char for char in chars]
        text = "".join(chars)
    bare = BARE_LABEL_RE.match(text)
    if bare and any(r.match(text[bare.end() :]) for r in (NAME_POST_RE, POST_NAME_RE, PAIRS_RE, NAME_BRACKET_RE)):
        chars, pos = _colon_for_label(chars, pos, bare)
        text = "".join(chars)
    if PAIRS_RE.match(text):  # several people, each "name post": every separating space is kept, as one
        return (*_single_spaced(chars, pos), True)
    keep: int | None = None  # index of the one separating space to keep
    match = NAME_POST_RE.match(text) or POST_NAME_RE.match(text)
    if match is None:
        seams = _name_seams(text)
        if seams:
            return (*_drop_padding(chars, pos, None, seams), False)
    if match:
        # the separator is the last space before the post, or the first after it
        keep = match.start("post") - 1 if match.re is NAME_POST_RE else match.end("post")
        while keep < len(chars) and chars[keep] != " ":
            keep += 1
        while match.re is NAME_POST_RE and keep > 0 and chars[keep - 1] == " ":
            keep -= 1
    return (*_drop_padding(chars, pos, keep), match is not None)


def _colon_for_label(chars: list[str], pos: list[int], bare: re.Match[str]) -> tuple[list[str], list[int]]:
    """ "组    长  王一鸣  市长": the label unpadded, and the colon it left out where its spaces start."""
    colon = bare.end("label")
    kept = [i for i in range(colon) if not chars[i].isspace()]
    rest = range(bare.end(), len(chars))
    return [chars[i] for i in kept] + ["："] + [chars[i] for i in rest], [pos[i] for i in (*kept, colon, *rest)]


def _drop_padding(
    chars: list[str], pos: list[int], keep: int | None, seams: frozenset[int] = frozenset()
) -> tuple[list[str], list[int]]:
    """Every space between Chinese characters dropped, but the one at ``keep``; others as one space; the
    first space of each gap at ``seams`` (between two names) a "、"."""
    out_c: list[str] = []
    out_p: list[int] = []
    n = len(chars)
    for i, char in enumerate(chars):
        if char.isspace():
            if i == keep or i in seams:
                out_c.append(" " if i == keep else "、")
                out_p.append(pos[i])
                continue
            left = out_c[-1] if out_c else ""
            j = i + 1
            while j < n and chars[j].isspace():
                j += 1
            right = chars[j] if j < n else ""
            cell_seam = "|" in (left, right)  # "cell | cell": a table row keeps its spaced bars
            if left and right and not cell_seam and _parts_bodies(chars, i, j):
                out_c.append("、")  # "县教体局 各相关乡镇政府" in a cell: two bodies, not padding
                out_p.append(pos[i])
                continue
            if not left or not right or (not cell_seam and (_is_tight(left) or _is_tight(right))):
                continue
            if out_c and out_c[-1] == " ":
                continue
            out_c.append(" ")
            out_p.append(pos[i])
            continue
        out_c.append(char)
        out_p.append(pos[i])
    return out_c, out_p


_TOKEN_RE = re.compile(r"\S+")
_LONG_WORD_RE = re.compile(r"\S{5}")
NAMES_LINE_LONGEST = 80  # characters: a line of names a space apart is no longer
_LIST_LABEL_RE = re.compile(r"^[\u4e00-\u9fff ]{1,12}[：:]")  # "委 员:", "副主任委员："


def _name_seams(text: str) -> frozenset[int]:
    """Where a run of people's names a space apart parts one name from the next: "金志春 吴绪峰",
    "委 员: 林明理 肖 梅 徐海青" (a two-character name padded to the width of three is one name). The first
    space of each gap between names; none unless the line (after a label) is two names or more and nothing else.
    """
    if len(text) > NAMES_LINE_LONGEST:
        return frozenset()
    label = _LIST_LABEL_RE.match(text)
    if _LONG_WORD_RE.search(text, label.end() if label else 0):
        return frozenset()  # most lines: a word longer than a name
    tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, label.end() if label else 0)]
    if len(tokens) < 2:
        return frozenset()
    from kg.extract.people import is_person_name, name_shaped  # a name's test is extraction's; only here

    names: list[tuple[int, int]] = []  # (start, end) of each name
    sure = 0  # names whose surname the list has
    i = 0
    while i < len(tokens):
        start, token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][1]) == 1:  # "肖 梅"
            token, i = token + tokens[i + 1][1], i + 1
        if not is_person_name(token) and not name_shaped(token):  # "稱丹波 史久磊": a rarer surname among names
            return frozenset()
        sure += is_person_name(token)
        names.append((start, tokens[i][0] + len(tokens[i][1])))
        i += 1
    return frozenset(end for (_, end), _next in zip(names, names[1:])) if len(names) > 1 and sure else frozenset()


LABEL_LONGEST = 24  # characters of a padded label before its colon, at most
_WORD_END = frozenset(" \t|、，,；;：:（）()")


def _parts_bodies(chars: list[str], space: int, after: int) -> bool:
    """Do the spaces from ``space`` to ``after`` part two bodies' names ("县教体局 各相关乡镇政府")?"""
    start = space
    while start > 0 and chars[start - 1] not in _WORD_END:
        start -= 1
    end = after
    while end < len(chars) and chars[end] not in _WORD_END:
        end += 1
    if end < len(chars) and chars[end] in "：:":
        return False  # "市商务局 责任单位：": a label after the name
    left, right = "".join(chars[start:space]), "".join(chars[after:end])
    return len(left) >= 3 and len(right) >= 3 and looks_like_org(left) and looks_like_org(right)


def _single_spaced(chars: list[str], pos: list[int]) -> tuple[list[str], list[int]]:
    """Each run of spaces as one space, but none after a label's colon, nor inside a label ("成 员:")."""
    colon = next((i for i, char in enumerate(chars[:LABEL_LONGEST]) if char in "：:"), -1)
    out_c: list[str] = []
    out_p: list[int] = []
    for i, (char, at) in enumerate(zip(chars, pos)):
        if char.isspace():
            if not out_c or out_c[-1] in " ：:" or i < colon:
                continue
            char = " "
        out_c.append(char)
        out_p.append(at)
    return out_c, out_p
