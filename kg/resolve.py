"""Organization names → one node per real body, and the kind of each body.

A name is read as (place prefix, core): "运城市发展和改革委员会" is ("运城市",
"发展和改革委员会"). The core is reduced to a canonical short form through a
lexicon of the standard names of Chinese government bodies, so that 发改委,
发展改革委 and 发展和改革委员会 are one body; the prefix "运城市" is the same
as "市" in a gazette whose issuer is 运城市's. Two bodies with different cores
(市委宣传部, 市委统战部) or prefixes (市卫健委, 县级卫健部门) never merge.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.lexicon import (
    COLLECTIVE_ENDS,
    COLLECTIVE_INSIDE,
    COLLECTIVE_STARTS,
    DEPARTMENT_FORMS,
    ENTERPRISE_ENDINGS,
    GOVERNMENT_ENDINGS,
    LEADING_GROUP_ENDINGS,
    ORG_ENDINGS,
    alternation,
)
from kg.ontology import GOV

# -- kinds ------------------------------------------------------------------------

LEADING_GROUP_RE = re.compile(f"(?:{alternation(LEADING_GROUP_ENDINGS)})$")
GOVERNMENT_RE = re.compile(f"(?:{alternation(GOVERNMENT_ENDINGS)})$")
# "各县（市、区）人民政府", "市直各有关单位", "市领导小组成员单位", "各街道"
COLLECTIVE_RE = re.compile(
    f"^(?:{alternation(COLLECTIVE_STARTS)})|{alternation(COLLECTIVE_INSIDE)}|(?:{alternation(COLLECTIVE_ENDS)})$"
)
ENTERPRISE_RE = re.compile(f"(?:{alternation(ENTERPRISE_ENDINGS)})$")
# a list item that does not end as bodies' names end is not one
ORG_END_RE = re.compile(f"(?:{alternation(ORG_ENDINGS)})$")


def _lexicon() -> dict[str, str]:
    canon: dict[str, str] = {}
    for line in DEPARTMENT_FORMS.strip().splitlines():
        forms = line.split()
        for form in forms:
            canon.setdefault(form, forms[0])
    return canon


CANONICAL = _lexicon()

# "运城市", "盐湖区", "山西省": a named place a name starts with
NAMED_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|自治州|州|盟|县|区|旗)(?=[\u4e00-\u9fff]{2})")


def clean_name(name: str) -> str:
    """A name as written, without padding and stray punctuation."""
    name = re.sub(r"\s+", "", name).strip("，,、；;：:。")
    # "各县〔市、区〕" and "各县(市、区)" are "各县（市、区）"
    name = name.replace("(", "（").replace(")", "）").replace("〔", "（").replace("〕", "）")
    return name


def split_place(name: str) -> tuple[str, str]:
    """("运城市", "发展和改革委员会") from "运城市发展和改革委员会"."""
    if name[:2] in ("市级", "县级", "区级", "省级"):
        return name[:2], name[2:]
    if name[:1] in ("市", "县", "区", "省") and len(name) > 2:
        return name[0], name[1:]
    m = NAMED_PLACE_RE.match(name)
    if not m:
        return "", name
    return m.group(), name[m.end() :]


def canonical_core(core: str) -> str:
    """The lexicon's short form of a body's core name, or the core itself."""
    core = re.sub(r"人民政府$", "政府", core)
    if core in CANONICAL:
        return CANONICAL[core]
    return core


def org_kind(name: str) -> object:
    """The ontology class for an organization name."""
    if COLLECTIVE_RE.search(name):
        return GOV.CollectiveActor
    if LEADING_GROUP_RE.search(name):
        return GOV.LeadingGroup
    if GOVERNMENT_RE.search(name):
        return GOV.Government
    if ENTERPRISE_RE.search(name):
        return GOV.Enterprise
    return GOV.Department


def looks_like_org(name: str) -> bool:
    """A plausible organization name: long enough, ends as bodies' names end.

    A second name in brackets may follow: "市工信局（市国资委）".
    """
    if not 2 <= len(name) <= 40 or re.search(r"[。；！？，]", name):
        return False
    return ORG_END_RE.search(re.sub(r"（[^（）]*）$", "", name)) is not None


# "市工信局（市国资委）", "市规划和自然资源局（林业局）": one body, two names
_SECOND_NAME_RE = re.compile(r"^(?P<first>.+?)（(?P<second>[^（）]{2,20}(?:局|委|办|院|中心|部|室))）$")


@dataclass
class OrgNode:
    """One real body: its key, the names it was written with, and how often."""

    key: tuple[str, str]
    names: Counter[str] = field(default_factory=Counter)
    extra: set[str] = field(default_factory=set)  # other names it is known by

    @property
    def label(self) -> str:
        """The form the texts use most; ties go to the shorter, then the first in order."""
        return min(self.names, key=lambda n: (-self.names[n], len(n), n))

    @property
    def alt_labels(self) -> list[str]:
        label = self.label
        return sorted((set(self.names) | self.extra) - {label})


class OrgResolver:
    """Resolves names to OrgNodes; the same body gets the same node across documents.

    Names are added first (``add``), so that a second name given in brackets
    anywhere ("市工信局（市国资委）") also claims the bare mentions of that
    second name; then ``node`` answers for any name added.
    """

    def __init__(self) -> None:
        self.nodes: dict[tuple[str, str], OrgNode] = {}
        self.same_as: dict[tuple[str, str], tuple[str, str]] = {}

    def _key(self, name: str, city: str | None) -> tuple[str, str]:
        place, core = split_place(name)
        if city and place == city:
            place = city[-1]  # "运城市" in 运城's gazette is "市"
        return place, canonical_core(core)

    def key(self, name: str, city: str | None = None) -> tuple[str, str]:
        name = clean_name(name)
        m = _SECOND_NAME_RE.match(name)
        key = self._key(m["first"] if m else name, city)
        return self.same_as.get(key, key)

    def add(self, name: str, city: str | None = None) -> None:
        """Record one mention of a name."""
        name = clean_name(name)
        m = _SECOND_NAME_RE.match(name)
        if m:
            first = self._key(m["first"], city)
            second_name = m["second"] if split_place(m["second"])[0] else split_place(m["first"])[0] + m["second"]
            second = self._key(second_name, city)
            if second != first and second not in self.same_as:
                self.same_as[second] = first
        self.resolve(name, city)

    def resolve(self, name: str, city: str | None = None) -> OrgNode:
        name = clean_name(name)
        key = self.key(name, city)
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = OrgNode(key)
        node.names[name] += 1
        node.extra |= self._other_names(name, key)
        return node

    def merged(self) -> dict[tuple[str, str], OrgNode]:
        """The nodes after second names claimed their bare mentions."""
        out: dict[tuple[str, str], OrgNode] = {}
        for key, node in self.nodes.items():
            target = self.same_as.get(key, key)
            into = out.setdefault(target, OrgNode(target))
            into.names.update(node.names)
            into.extra |= node.extra
        return out

    def _other_names(self, name: str, key: tuple[str, str]) -> set[str]:
        """The names the same body has by the lexicon and by a second name in brackets."""
        names: set[str] = set()
        m = _SECOND_NAME_RE.match(name)
        if m:
            place, _ = split_place(m["first"])
            second = m["second"]
            names |= {m["first"], second if split_place(second)[0] else place + second}
        place, core = key
        for form, canon in CANONICAL.items():
            if canon == core:
                names.add(place + form)
        return {n for n in names if n != name}


def city_of(issuers: tuple[str, ...] | list[str]) -> str | None:
    """The city (or county) a document's issuers belong to: "运城市" from "运城市人民政府办公室"."""
    for issuer in issuers:
        place, _ = split_place(issuer)
        if len(place) >= 2:
            return place
    return None
