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
from dataclasses import dataclass, field

from kg.formats import Extracted
from kg.headings import Numbering, heading_of
from kg.lexicon import DOCUMENT_KINDS, alternation
from kg.lines import (
    CJK_RE,
    DOC_NUMBER_RE,
    LABEL_RE,
    PUBLIC_RE,
    TITLE_END_RE,
    TITLE_START_RE,
    ends_sentence,
    is_date_line,
    is_issuer_line,
    issuer_name,
    wrapped_title,
)
from kg.mapped import MappedText
from kg.metadata import (
    BARE_TITLE_RE,
    BARS_RE,
    BREADCRUMB_RE,
    DAY_ONLY_RE,
    NUMBER_TITLE_RE,
    PAGE_META_RE,
    PHOTO_NOTE_RE,
    SITE_NAV_RE,
    bare_title,
    introduced,
    metadata,
    normalize_number,
    number_after_title,
    order_number,
    own_title,
    page_title,
    parse_date,
    without_asides,
)
from kg.model import Document, structure
from kg.reading import as_written
from kg.repair import Paragraph

# "关于印发《X》的通知", "关于转发X的通知": the title is X's
FORWARD_RE = re.compile(r"^关于(?:印发|转发|下发|颁布|公布)(?:修订后的)?《?(?P<title>.+?)》?(?:的通知)$")
# "运城市人民政府办公室关于印发…的通知" on one line
INLINE_HEAD_RE = re.compile(
    r"^(?!转发|印发)(?P<issuer>[\u4e00-\u9fff（）()]{2,30}?)(?P<title>关于.+)$"
)  # not "转发X关于…"
# "政府工作报告", "2023年市政府工作报告": a report, which has no issuer line or number
REPORT_TITLE_RE = re.compile(r"^[\u4e00-\u9fff\d]{0,12}政府工作报告$")
# A stand-alone title with no issuer line above it: "政府工作报告"
# a title with its number in brackets after it: "关于建立…制度的通知（黔农发〔2006〕135号）"
TITLE_NUMBER_RE = re.compile(
    rf"^(?P<issuer>[\u4e00-\u9fff（）()]{{2,40}}?)?(?P<title>关于[^。；]{{2,80}}?(?:{alternation(DOCUMENT_KINDS)}))"
    r"[（(](?P<number>[^（）()]{4,30}号)[）)]$"
)  # or after its issuer: "某区办公室关于…的通知（某政办〔2020〕32号）"
STAMP_LINE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")  # or a day alone: DAY_ONLY_RE
QUOTES_RE = re.compile(r"[《》〈〉“”]")
# "本文件由市工信局负责解读", "本方案由…负责解读", "由X负责解读"
INTERPRETER_RE = re.compile(r"(?:本[\u4e00-\u9fff]{1,4}?)?由(?P<org>[^，。；由]{2,40}?)(?:负责)?解读")


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
        if is_date_line(text) and len(self.paras) >= 2:
            self.signed = True
        if DOC_NUMBER_RE.match(text) and self.signed:
            self.signed = False  # a number after the 落款 heads the forwarded text


def _head_at(paras: Sequence[Paragraph], i: int) -> tuple[int, list[str], str] | None:
    """A document head starting at paras[i]: (paragraphs used, issuers, title)."""
    issuers: list[str] = []
    j = i + (normalize_number(paras[i].text.text) is not None)  # a number above the issuer line
    while j < len(paras) and len(issuers) < 4 and is_issuer_line(paras[j].text.text):
        issuers.append(issuer_name(paras[j].text.text))
        j += 1
    if j < len(paras) and issuers and normalize_number(paras[j].text.text) and j == i + len(issuers):
        j += 1  # 红头 layout: issuer, number, title
        while j < len(paras) and is_issuer_line(paras[j].text.text) and not TITLE_START_RE.match(paras[j].text.text):
            j += 1  # "X文件", the number, then the issuer again above the title
    if j >= len(paras):
        return None
    text = paras[j].text.text
    inline = not issuers  # "X人民政府办公厅关于…的通知", perhaps wrapped over lines
    if inline:
        m = INLINE_HEAD_RE.match(text)
        if m is None and j + 1 < len(paras) and not TITLE_START_RE.match(text):
            # the issuer's name wraps too: "X领导小组" over "办公室关于印发…"
            m = INLINE_HEAD_RE.match(text + paras[j + 1].text.text)
            j += m is not None and is_issuer_line(m["issuer"])
        if not m or not is_issuer_line(m["issuer"]):
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
    if inline and (not TITLE_END_RE.search(title) or len(title) > 80 or any(c in title for c in "，。；")):
        return None
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
    if current.closed and not is_date_line(text):
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
    if para.person_post or is_issuer_line(text) or is_date_line(text):
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
            head = _page_head(paras) or _opening_head(paras)
        elif head is None and REPORT_TITLE_RE.match(text) and (paras[i].page_start or (current and current.closed)):
            head = (1, [], text)  # a work report starting on a new page of the gazette
        if head:
            used, issuers, title = head
            above: list[Paragraph] = []
            if current is not None and drafts == [current] and _page_furniture(current, title):
                above = current.head + current.paras  # the page's own title and metadata above the real head
                drafts.pop()
                current = None
            if current is not None and not current.closed:
                suspended.append(current)
            current = _Draft(issuers=issuers, title=title, head=above + list(paras[i : i + used]))
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
    return introduced(drafts)


def _opening_head(paras: Sequence[Paragraph]) -> tuple[int, list[str], str] | None:
    """A first paragraph (under a site's nav) that is a title alone or wrapped, with its number, or over a stamp."""
    above = (SITE_NAV_RE, BARS_RE, PHOTO_NOTE_RE)  # a page's navigation, a table's bars, a note in brackets
    first = next((k for k, p in enumerate(paras) if not any(r.match(p.text.text) for r in above)), 0)
    bare, text = paras[first].text.text, paras[0].text.text
    after = paras[min(first + 1, len(paras) - 1)].text.text
    addressed = is_issuer_line(bare) and after.startswith("各") and after.endswith(("：", ":"))  # issuer, no title
    if bare_title(bare) and not BREADCRUMB_RE.match(after) and not addressed:
        return (first + 2, [], wrapped) if (wrapped := wrapped_title(bare, after)) else (first + 1, [], bare)
    if numbered := TITLE_NUMBER_RE.match(text):
        return 1, [numbered["issuer"]] if numbered["issuer"] else [], numbered["title"]
    if (STAMP_LINE_RE.match(text) or (DAY_ONLY_RE.match(text) and "日" in text)) and len(paras) > 1:
        after = paras[1].text.text  # "2018-04-05 00:00" above a news page's headline
        return (2, [], after) if BARE_TITLE_RE.match(after) and len(after) <= 40 else None
    return None


def _page_head(paras: Sequence[Paragraph]) -> tuple[int, list[str], str] | None:
    """A portal page's title with the furniture above it, unless the title line is a document head itself."""
    found = page_title([p.text.text for p in paras[:15]])
    if found is None or any(_head_at(paras, k) is not None for k in range(found[0] + 1)):
        return None  # a document head at or above the title line (a title wrapped over lines ends above the metadata)
    if numbered := TITLE_NUMBER_RE.match(found[1]) or NUMBER_TITLE_RE.match(found[1]):  # its issuer and number
        return found[0] + 1, [numbered["issuer"]] if numbered["issuer"] else [], numbered["title"]
    return found[0] + 1, [], found[1]


def _page_furniture(draft: _Draft, title: str) -> bool:
    """A page's first lines above a document's head: its site name, its title (the head's own), metadata;
    no sentence in them."""
    paras = draft.head + draft.paras
    if draft.title and title not in draft.title:
        return False  # a document of its own (a list with no sentence in it), not the page's head
    return len(paras) <= 15 and all(
        (len(p.text.text) <= 60 and "。" not in p.text.text) or not CJK_RE.search(p.text.text) for p in paras
    )  # a line with no Chinese in it: a foreign-language page's wrapper ("Document Text 635 characters")


def _title(draft: _Draft, source_stem: str) -> str:
    m = FORWARD_RE.match(draft.title)
    if m:
        title = m["title"].strip("《》")
        # the plan's own title line, as the plan prints it ("2020年《政府工作报告》…方案")
        bare = QUOTES_RE.sub("", title)
        return next((t for p in draft.paras if QUOTES_RE.sub("", t := p.text.text) == bare), title)
    title = ATTACHED_TITLE_RE.sub("", draft.title)  # "附件1：X制度" on a page that opens with the attachment
    return title or own_title(p.text.text for p in draft.paras) or source_stem


ATTACHED_TITLE_RE = re.compile(r"^附件\s*\d{0,2}\s*[：:]\s*(?=.{4})")


def _furniture(draft: _Draft) -> bool:
    """A page's lines before its first head: short, with no sentence in them ("主办单位：…", a site's name), or the
    portal's metadata and navigation ("索引号：…发布日期：…", "设为首页")."""
    return (not draft.title or SITE_NAV_RE.match(draft.title) is not None) and all(
        (len(t) <= 40 and "。" not in t) or PAGE_META_RE.match(t) or SITE_NAV_RE.match(t) or not CJK_RE.search(t)
        for t in (p.text.text for p in draft.paras)
    )


ORDER_LINES = 20  # the first lines of a document where a government's order gives its number


def build_documents(
    paras: Sequence[Paragraph],
    full: float,
    source: str,
    source_stem: str,
    script: dict[str, str] | None = None,
    raw: str = "",
    layout: Extracted | None = None,
) -> list[Document]:
    """Documents of one input file, with metadata and tasks."""
    docs: list[Document] = []
    kept = without_asides([p.text.text for p in paras], lambda k: _head_at(paras, k) is not None)
    drafts = split_documents([paras[k] for k in kept], full)
    for draft in drafts:
        body = draft.paras
        texts = [p.text for p in draft.head + body]
        doc_text = MappedText.join("\n", texts)
        meta = metadata(p.text.text for p in draft.head + body)
        number = next((n for p in draft.head + body if (n := normalize_number(p.text.text))), None)
        number = number or order_number([p.text.text for p in (draft.head + body)[:ORDER_LINES]])
        first = body[0].text.text if body else ""
        number = number or normalize_number(meta.number or "") or meta.number or number_after_title(draft.title, first)
        head_line = draft.head[-1].text.text if draft.head else ""
        if number is None and (numbered := TITLE_NUMBER_RE.match(head_line) or NUMBER_TITLE_RE.match(head_line)):
            number = normalize_number(numbered["number"])
        date = next((d for p in body if (d := parse_date(p.text.text))), None) or meta.date
        interpreter = next((m["org"] for p in body if (m := INTERPRETER_RE.search(p.text.text))), None)
        if not body or (not docs and len(drafts) > 1 and _furniture(draft)):
            continue  # a head with nothing under it (a section title of the gazette), or a page's furniture
        paragraphs, sentences = structure(doc_text.text)
        docs.append(
            Document(
                source=source,
                number=number,
                title=_title(draft, source_stem),
                issuers=tuple(draft.issuers) or ((meta.issuer,) if meta.issuer else ()),
                date=date,
                interpreter=interpreter,
                text=doc_text,
                paragraphs=paragraphs,
                sentences=sentences,
                body_start=paragraphs[len(draft.head)][0],
                script=script or {},
                original=as_written(doc_text, raw) if script else "",
                layout=layout,
            )
        )
    return docs
