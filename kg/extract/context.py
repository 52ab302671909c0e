"""What a document says about its own bodies: the groups it sets up and their short names."""

from __future__ import annotations

import re

from kg.lexicon import GROUP_KINDS, SET_UP_VERBS, alternation
from kg.model import Document

# "成立X（以下简称Y）", "决定建立X制度（以下简称Y）": a body the document sets up, and its short name
GROUP_SUFFIX = f"(?:{alternation(GROUP_KINDS)})"
SET_UP = alternation(SET_UP_VERBS)
SET_UP_RE = re.compile(
    rf"(?:(?:{SET_UP})(?:由[^，。；\n]*?担任组长的)?(?P<full>[^，。；（）\n]{{2,40}}?{GROUP_SUFFIX})(?:制度)?"
    r"(?:（以下简称(?P<short>[^，。；）]{2,12}?)(?:，[^）]*)?）)?"
    # "对X领导小组（以下简称市领导小组）机构设置进行调整": with 对, only a group the text names short
    rf"|对(?P<full2>[^，。；（）\n]{{2,40}}?{GROUP_SUFFIX})（以下简称(?P<short2>[^，。；）]{{2,12}}?)(?:，[^）]*)?）)"
)


# "关于成立X的通知", "关于调整X机构设置的通知", "关于同意成立X的批复", "关于建立X制度的通知"
TITLE_GROUP_RE = re.compile(
    rf"^关于(?:同意)?(?:成立|建立|设立|组建|调整|调整充实|充实调整)(?P<name>.+?{GROUP_SUFFIX})"
    r"(?:制度)?(?:机构设置|组成人员|成员单位|成员)?的(?:通知|批复|决定)$"
)


def set_up(m: re.Match[str]) -> tuple[str, str | None]:
    """The group a SET_UP_RE match names, and its short name."""
    return group_name(m["full"] or m["full2"]), m["short"] or m["short2"]


def group_name(text: str) -> str:
    """The group's own name in "…成立由市长担任组长的X": the words after the last verb of setting up."""
    text = re.split(r"成立|建立|设立|组建", text)[-1]
    return re.sub(r"^由[^，。；]*?担任组长的", "", text)


class DocContext:
    """What a document says about its own bodies: short names and its groups."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.short: dict[str, str] = {}  # "市领导小组" → "运城市…领导小组"
        self.groups: list[str] = []
        m = TITLE_GROUP_RE.match(doc.title)
        if m:
            self.groups.append(m["name"])
        for m in SET_UP_RE.finditer(doc.text.text):
            full, short = set_up(m)
            if full not in self.groups:
                self.groups.append(full)
            if short:
                self.short.setdefault(short, full)

    def actor(self, name: str) -> tuple[str, tuple[str, ...]]:
        """The name an actor resolves to in this document, and the names it was given."""
        if name in self.short:
            return self.short[name], (name,)
        for short, full in self.short.items():
            for part in ("办公室", "成员单位"):
                # "市领导小组办公室" is this document's group's office, not every group's
                if name == short + part:
                    return full + part, (name, part) if part == "办公室" else (name,)
        if name == "办公室" and self.groups:
            group = self.groups[0]
            shorts = tuple(s + "办公室" for s, f in self.short.items() if f == group)
            return group + "办公室", (*shorts, "办公室")
        return name, ()
