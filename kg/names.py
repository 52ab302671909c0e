"""What an organization's name looks like: its kind, its place prefix, its standard short form.

A name is read as (place prefix, core): "运城市发展和改革委员会" is ("运城市",
"发展和改革委员会"). The core is reduced to a canonical short form through the
lexicon of the standard names of Chinese government bodies (kg.lexicon), so
that 发改委, 发展改革委 and 发展和改革委员会 are one body.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
# each canonical short form → every form of the same body, in the lexicon's order
FORMS: dict[str, list[str]] = {}
for _form, _canon in CANONICAL.items():
    FORMS.setdefault(_canon, []).append(_form)

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


@lru_cache(maxsize=65536)
def looks_like_org(name: str) -> bool:
    """A plausible organization name: long enough, ends as bodies' names end.

    A second name in brackets may follow: "市工信局（市国资委）". (Kept per name: the
    readers ask of the same words many times.)
    """
    if not 2 <= len(name) <= 40 or _NOT_IN_NAME_RE.search(name):
        return False
    return ORG_END_RE.search(_SECOND_NAME_END_RE.sub("", name)) is not None


# a sentence's marks, a question's words, a verb a name never opens with: "哪些部门", "发挥指挥部", "明确一个科室",
# "具体由市审批局";
# a label ("牵头单位：X"); a body named by its rank in a list ("排名首位的部门"); a body, then its verb ("市公安局
# 查处": 处 ends a division's name, 查处 a duty's verb); a body, then where it acts ("乡镇人民政府在县级人民政府…")
_NOT_IN_NAME_RE = re.compile(
    r"[。；！？，：:?]|哪些|哪个|什么|首位|^(?:发挥|明确|加强|推进|落实|确保|要求|负责|(?:具体|统一|分别)由)|(?:查处|惩处|论处|判处)$"
    r"|(?:政府|局|委|办|厅)在"
)
_SECOND_NAME_END_RE = re.compile(r"（[^（）]*）$")


# "市工信局（市国资委）", "市规划和自然资源局（林业局）": one body, two names
SECOND_NAME_RE = re.compile(r"^(?P<first>.+?)（(?P<second>[^（）]{2,20}(?:局|委|办|院|中心|部|室))）$")


def city_of(issuers: tuple[str, ...] | list[str]) -> str | None:
    """The city (or county) a document's issuers belong to: "运城市" from "运城市人民政府办公室"."""
    for issuer in issuers:
        place, _ = split_place(issuer)
        if len(place) >= 2:
            return place
    return None


# The provinces, autonomous regions and municipalities by their short names ("宁夏：…" before a news headline).
PROVINCES = (
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
    "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾"
).split()

# The parts Tibetan personal names are made of, two characters each, as Chinese text writes them ("尼玛次仁",
# "格桑次仁", "扎西"): such a name has no surname, so the common-surname test cannot tell it.
TIBETAN_NAME_PARTS = frozenset(
    (
        "扎西 次仁 尼玛 格桑 土登 才旺 嘎玛 多吉 达瓦 德吉 央金 卓玛 白玛 边巴 普布 次旦 旦增 丹增 洛桑 顿珠 索朗 强巴 "
        "仁青 旺堆 曲珍 拉姆 措姆 益西 群培 米玛 巴珠 桑珠 久美 阿旺 平措 罗布 拉巴 巴桑 坚参 朗杰 贡布 占堆 欧珠 "
        "次央 尼珍 玉珍 卓嘎 加措 嘉措 江村 向巴 单增 曲扎 其美 "
        "桑杰 才让 多杰 旦正 尕藏 更登 完玛 万玛 夏吾 昂毛 拉毛 措毛 吉毛 才旦 公保 华旦 索南 仁增 角巴 贡保"  # 安多 (青海)
    ).split()
)


def is_tibetan_name(text: str) -> bool:
    """A Tibetan name of one or two common parts ("嘎玛", "尼玛次仁")."""
    if len(text) == 2:
        return text in TIBETAN_NAME_PARTS
    return len(text) == 4 and text[:2] in TIBETAN_NAME_PARTS and text[2:] in TIBETAN_NAME_PARTS
