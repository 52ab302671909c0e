"""Split a gazette into its documents, and each document into numbered tasks.

How paragraphs find their document when a PDF's columns interleave
-------------------------------------------------------------------
A gazette page can hold the end of one document and the start of the next, and
text extraction then emits their columns in an order that mixes the two: the
head of document B, then the rest of document A's column, then more of B.
Paragraphs are therefore not simply appended to the latest document. A
document interrupted by a new document's head is *suspended*, and a paragraph
goes back to a suspended document when the layout says it belongs there:

1. the current document has signed off (its 落款 date is printed, and it does
   not forward a plan), so what follows that is not a new head continues the
   most recent suspended document;
2. the paragraph continues a sentence: it is not a heading, label or
   "name post" line, it does not start with an indented first line, the current
   document's last paragraph is complete, and a suspended document's last
   paragraph broke off mid-sentence (the two are then joined);
3. it is a numbered heading that continues a suspended document's numbering
   ("（三）" after its "（二）") but not the current one's;
4. it is a list label ("组长：") that the current section already had, while a
   suspended document's last paragraph is a section heading with nothing under
   it yet.

Everything else stays with the current document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kg.lexicon import NON_TASK_SECTIONS as NON_TASK_SECTIONS_WORDS
from kg.lexicon import alternation
from kg.lines import (
    ATTACHMENT_RE,
    DATE_LINE_RE,
    DOC_NUMBER_RE,
    HEADING_RE,
    LABEL_RE,
    PUBLIC_RE,
    TITLE_END_RE,
    TITLE_START_RE,
    ends_sentence,
    is_issuer_line,
    issuer_name,
)
from kg.mapped import MappedText
from kg.model import Document, Task
from kg.repair import Paragraph

# "关于印发《X》的通知", "关于转发X的通知": the title is X's
FORWARD_RE = re.compile(r"^关于(?:印发|转发|下发|颁布|公布)(?:修订后的)?《?(?P<title>.+?)》?(?:的通知)$")
# "运城市人民政府办公室关于印发…的通知" on one line
INLINE_HEAD_RE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()]{2,30}?)(?P<title>关于.+)$")
# "政府工作报告", "2023年市政府工作报告": a report, which has no issuer line or number
REPORT_TITLE_RE = re.compile(r"^[\u4e00-\u9fff\d]{0,12}政府工作报告$")
# A stand-alone title with no issuer line above it: "政府工作报告"
BARE_TITLE_RE = re.compile(r"^[\u4e00-\u9fff“”《》（）()0-9—\-]{2,60}$")
# "本文件由市工信局负责解读", "本方案由…负责解读", "由X负责解读"
INTERPRETER_RE = re.compile(r"(?:本[\u4e00-\u9fff]{1,4}?)?由(?P<org>[^，。；由]{2,40}?)(?:负责)?解读")
CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_DATE_RE = re.compile(
    r"^(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日$"
)
ISO_DATE_RE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日$")

NON_TASK_SECTIONS = re.compile(f"^(?:{alternation(NON_TASK_SECTIONS_WORDS)})$")
# "全日托运营补贴资金是指…": a definition, not an item
DEFINITION_RE = re.compile(r"是指|系指|指的是")

# heading levels: 第一章 0, 一、 1, （一） 2, 1. 3, （1） 4, ① 5
_LEVEL_PATTERNS = (
    (0, re.compile(r"^第(?P<n>[一二三四五六七八九十百零\d]{1,4})(?:章|部分|篇)")),
    (1, re.compile(r"^(?P<n>[一二三四五六七八九十百]{1,3})、")),
    (2, re.compile(r"^[（(](?P<n>[一二三四五六七八九十百]{1,3})[）)]")),
    (3, re.compile(r"^第(?P<n>[一二三四五六七八九十百零\d]{1,4})条")),
    (3, re.compile(r"^(?P<n>\d{1,2})\s*(?:[\.．、](?![\d％%]))")),
    (4, re.compile(r"^[（(](?P<n>\d{1,2})[）)]")),
    (5, re.compile(r"^(?P<n>[\u2460-\u2473])")),
)


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 12 → 12, ③ → 3."""
    if len(text) == 1 and "\u2460" <= text <= "\u2473":
        return ord(text) - 0x245F
    if text.isascii() and text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return chinese_number(hundreds or "一") * 100 + (chinese_number(rest) if rest else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + CN_DIGITS.get(char, 0)
    return value


def heading_of(text: str) -> tuple[int, int, int] | None:
    """(level, number, length of the marker) of a numbered heading, or None."""
    if not HEADING_RE.match(text):
        return None
    for level, pattern in _LEVEL_PATTERNS:
        m = pattern.match(text)
        if m:
            return level, chinese_number(m.group("n")), m.end()
    return None


class Numbering:
    """The heading numbers seen so far in a document, per level.

    A heading continues the numbering when it is the next number at its level
    (after a parent heading, counting starts again at 1, or runs on across
    parents: "3." after "（二）" when "2." came under "（一）"). Anything else,
    say "一、" deep inside section three, is an enumeration in running text.
    """

    def __init__(self) -> None:
        self.last: dict[int, int] = {}  # reset by a heading above
        self.ever: dict[int, int] = {}  # never reset

    def continues(self, level: int, number: int) -> bool:
        last = self.last.get(level)
        if last is None:
            ever = self.ever.get(level)
            # the first heading of its level may start anywhere (an excerpt starts at "（二）")
            return ever is None or number == 1 or number == ever + 1
        return last < number <= last + 2

    def see(self, level: int, number: int) -> None:
        self.last[level] = self.ever[level] = number
        for deeper in [lv for lv in self.last if lv > level]:
            del self.last[deeper]


def parse_date(text: str) -> str | None:
    """ "2023年3月6日" or "二〇二三年三月六日" → "2023-03-06"."""
    m = ISO_DATE_RE.match(text)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        m = CN_DATE_RE.match(text)
        if not m:
            return None
        y = int("".join(str(CN_DIGITS[c]) for c in m["y"]))
        mo, d = chinese_number(m["m"]), chinese_number(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def normalize_number(text: str) -> str | None:
    """ "运政办发 [2023] 6 号" → "运政办发〔2023〕6号"."""
    m = DOC_NUMBER_RE.match(re.sub(r"\s+", "", text))
    return f"{m['prefix']}〔{m['year']}〕{m['no']}号" if m else None


def _is_date_line(text: str) -> bool:
    return bool(DATE_LINE_RE.match(text) or CN_DATE_RE.match(text))


@dataclass
class _Draft:
    """A document while paragraphs are still being routed to it."""

    issuers: list[str]
    title: str
    head: list[Paragraph] = field(default_factory=list)
    paras: list[Paragraph] = field(default_factory=list)
    signed: bool = False  # its 落款 date has been printed
    numbering: Numbering = field(default_factory=Numbering)
    section_labels: set[str] = field(default_factory=set)

    @property
    def forwards(self) -> bool:
        """A notice that forwards a plan: the plan's text follows the notice's 落款."""
        return FORWARD_RE.match(self.title) is not None

    @property
    def closed(self) -> bool:
        return self.signed and not self.forwards

    @property
    def dangling(self) -> bool:
        return bool(self.paras) and self.paras[-1].dangling

    @property
    def awaits_section(self) -> bool:
        """Its last paragraph is a section heading with nothing under it yet."""
        if not self.paras:
            return False
        text = self.paras[-1].text.text
        return heading_of(text) is not None and len(text) <= 20 and not text.endswith("。")

    def continues_numbering(self, level: int, number: int) -> bool:
        return self.numbering.continues(level, number)

    def add(self, para: Paragraph, join: bool = False) -> None:
        if join and self.paras:
            tail = self.paras[-1]
            self.paras[-1] = Paragraph(
                tail.text + para.text,
                tail.page_start,
                tail.first_width,
                para.last_width,
                tail.person_post,
                para.dangling,
            )
        else:
            self.paras.append(para)
        text = para.text.text
        heading = heading_of(text)
        if heading and self.numbering.continues(heading[0], heading[1]):
            self.numbering.see(heading[0], heading[1])
            self.section_labels.clear()
        label = LABEL_RE.match(text)
        if label:
            self.section_labels.add(label["label"])
        if _is_date_line(text) and len(self.paras) >= 2:
            self.signed = True
        if DOC_NUMBER_RE.match(text) and self.signed:
            self.signed = False  # a number after the 落款 heads the forwarded text


def _head_at(paras: Sequence[Paragraph], i: int) -> tuple[int, list[str], str] | None:
    """A document head starting at paras[i]: (paragraphs used, issuers, title)."""
    issuers: list[str] = []
    j = i
    while j < len(paras) and len(issuers) < 4 and is_issuer_line(paras[j].text.text):
        issuers.append(issuer_name(paras[j].text.text))
        j += 1
    if j < len(paras) and issuers and normalize_number(paras[j].text.text):
        j += 1  # 红头 layout: issuer, number, title
    if j >= len(paras):
        return None
    text = paras[j].text.text
    if not issuers:
        m = INLINE_HEAD_RE.match(text)
        if not m or not is_issuer_line(m["issuer"]) or not TITLE_END_RE.search(text):
            return None
        issuers, text = [m["issuer"]], m["title"]
    elif not TITLE_START_RE.match(text):
        m = INLINE_HEAD_RE.match(text)  # "东川市人民政府关于…的决定" under the issuer line
        if not m or not is_issuer_line(m["issuer"]):
            return None
        text = m["title"]
    title = text
    j += 1
    # a title wraps over lines of its own: join them until it names its kind
    while not TITLE_END_RE.search(title) and j < len(paras) and j - i < 8:
        nxt = paras[j].text.text
        if normalize_number(nxt) or nxt.endswith(("：", ":")) or heading_of(nxt):
            break
        title += nxt
        j += 1
    return j - i, issuers, title


def _route(current: _Draft, suspended: list[_Draft], para: Paragraph, full: float) -> tuple[_Draft, bool]:
    """The document a paragraph belongs to, and whether it continues that one's last sentence."""
    text = para.text.text
    if not suspended or PUBLIC_RE.match(text) or DOC_NUMBER_RE.match(text):
        return current, False
    if not current.closed and len(current.paras) < 3:
        return current, False  # a document's first lines (number, addressee) are its own
    newest_first = suspended[::-1]
    heading = heading_of(text)
    label = LABEL_RE.match(text)
    if current.closed and not _is_date_line(text):
        target = next((d for d in newest_first if d.dangling), newest_first[0])
        return target, target.dangling and not heading and not label
    if heading:
        level, number = heading[0], heading[1]
        if not current.continues_numbering(level, number):
            for draft in newest_first:
                if draft.continues_numbering(level, number):
                    return draft, False
        return current, False
    if label:
        if label["label"] in current.section_labels:
            for draft in newest_first:
                if draft.awaits_section:
                    return draft, False
        return current, False
    if _continues_sentence(para, full) and not current.dangling:
        for draft in newest_first:
            if draft.dangling:
                return draft, True
    return current, False


def _continues_sentence(para: Paragraph, full: float) -> bool:
    """Could this paragraph be the rest of a sentence broken off elsewhere?

    Its first line is full width (a paragraph's own first line is indented),
    or it is a short tail that ends a sentence; never a sign-off line.
    """
    text = para.text.text
    if para.person_post or is_issuer_line(text) or _is_date_line(text):
        return False
    if para.first_width >= full - 1:
        return True
    return para.first_width < full - 4 and para.first_width == para.last_width and ends_sentence(text)


def split_documents(paras: Sequence[Paragraph], full: float) -> list[_Draft]:
    """Route paragraphs to documents (see the module docstring for the rule)."""
    drafts: list[_Draft] = []
    suspended: list[_Draft] = []
    current: _Draft | None = None
    i = 0
    while i < len(paras):
        head = _head_at(paras, i)
        text = paras[i].text.text
        if head is None and current is None and i == 0:
            if BARE_TITLE_RE.match(text) and len(text) <= 40:
                head = (1, [], text)
        elif head is None and REPORT_TITLE_RE.match(text) and (paras[i].page_start or (current and current.closed)):
            head = (1, [], text)  # a work report starting on a new page of the gazette
        if head:
            used, issuers, title = head
            if current is not None and not current.closed:
                suspended.append(current)
            current = _Draft(issuers=issuers, title=title, head=list(paras[i : i + used]))
            drafts.append(current)
            i += used
            continue
        para = paras[i]
        if current is None:
            current = _Draft(issuers=[], title="")
            drafts.append(current)
        target, join = _route(current, suspended, para, full)
        if target is not current:
            suspended.remove(target)
            if not current.closed:
                suspended.append(current)
            current = target
        current.add(para, join=join)
        i += 1
    return drafts


def _title(draft: _Draft, source_stem: str) -> str:
    m = FORWARD_RE.match(draft.title)
    if m:
        return m["title"].strip("《》")
    return draft.title or source_stem


def _tasks(text: MappedText, starts: Sequence[int]) -> tuple[Task, ...]:
    """Numbered parts of a document; ``starts`` are its paragraphs' offsets."""
    s = text.text
    bounds = list(starts) + [len(s)]
    open_tasks: list[tuple[int, str, int]] = []  # (level, key, start)
    drafts: list[dict] = []
    seen: set[str] = set()
    skip_level: int | None = None  # inside a section of principles or goals
    numbering = Numbering()
    for k, start in enumerate(starts):
        para = s[start : bounds[k + 1]].rstrip("\n")
        if ATTACHMENT_RE.match(para):
            break  # attachments (and a report's glossary) hold no work items
        heading = heading_of(para)
        if heading is None or not numbering.continues(heading[0], heading[1]):
            continue
        level, number, marker = heading
        numbering.see(level, number)
        while open_tasks and open_tasks[-1][0] >= level:
            open_tasks.pop()
        if skip_level is not None and level <= skip_level:
            skip_level = None
        body = para[marker:].lstrip()
        cut = re.search(r"[。；;：:！？]", body)
        head = (body[: cut.start()] if cut else body).strip()[:80]
        # "二、项目法人代表：段拥军" is a labelled value, not an item
        is_label = cut is not None and body[cut.start()] in "：:" and len(body) - cut.end() <= 30
        parent_key = open_tasks[-1][1] if open_tasks else None
        key = (parent_key + "-" if parent_key else "") + str(number)
        while key in seen:
            key += "b"
        seen.add(key)
        open_tasks.append((level, key, start))
        if NON_TASK_SECTIONS.match(head):
            skip_level = level if skip_level is None else skip_level
        drafts.append(
            dict(
                key=key,
                heading=head,
                level=level,
                number=number,
                parent=parent_key,
                start=start,
                skip=skip_level is not None or is_label,
            )
        )
    # a task's text runs to the next heading at its level or above
    tasks: list[Task] = []
    for n, d in enumerate(drafts):
        end = len(s)
        for later in drafts[n + 1 :]:
            if later["level"] <= d["level"]:
                end = later["start"]
                break
        if not d["heading"]:
            continue
        # chapters, top-level sections, items of non-task sections and definitions are
        # candidates: they stay tasks only if a role clause turns out to name them
        candidate = d["skip"] or d["level"] <= 1 or DEFINITION_RE.search(d["heading"]) is not None
        tasks.append(
            Task(
                d["key"],
                d["heading"],
                d["level"],
                d["number"],
                d["parent"],
                text[d["start"] : end].strip(),
                d["start"],
                candidate,
            )
        )
    return tuple(tasks)


def keep_tasks(tasks: Sequence[Task], named: set[str]) -> tuple[Task, ...]:
    """The tasks that are work items: not candidates, or candidates a fact names.

    A kept task whose parent is dropped hangs from its nearest kept ancestor.
    """
    by_key = {t.key: t for t in tasks}
    kept = {t.key for t in tasks if not t.candidate or t.key in named}
    out = []
    for t in tasks:
        if t.key not in kept:
            continue
        parent = t.parent
        while parent is not None and parent not in kept:
            parent = by_key[parent].parent if parent in by_key else None
        out.append(t if parent == t.parent else replace(t, parent=parent))
    return tuple(out)


def build_documents(paras: Sequence[Paragraph], full: float, source: str, source_stem: str) -> list[Document]:
    """Documents of one input file, with metadata and tasks."""
    docs: list[Document] = []
    for draft in split_documents(paras, full):
        body = draft.paras
        texts = [p.text for p in draft.head + body]
        doc_text = MappedText.join("\n", texts)
        starts: list[int] = []
        offset = 0
        for t in texts:
            starts.append(offset)
            offset += len(t) + 1
        body_starts = starts[len(draft.head) :]
        number = next((n for p in draft.head + body if (n := normalize_number(p.text.text))), None)
        date = next((d for p in body if (d := parse_date(p.text.text))), None)
        interpreter = None
        for p in body:
            m = INTERPRETER_RE.search(p.text.text)
            if m:
                interpreter = m["org"]
                break
        if not body:
            continue  # a head with nothing under it: a section title of the gazette, not a document
        docs.append(
            Document(
                source=source,
                number=number,
                title=_title(draft, source_stem),
                issuers=tuple(draft.issuers),
                date=date,
                interpreter=interpreter,
                text=doc_text,
                tasks=_tasks(doc_text, body_starts),
            )
        )
    return docs
