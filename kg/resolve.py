"""Organization names → one node per real body, and the kind of each body."""

from __future__ import annotations

import re

from kg.ontology import GOV

# 领导小组, 工作专班, 联席会议, 指挥部, 项目部, and mechanisms like 链长制
LEADING_GROUP_RE = re.compile(r"(?:领导小组|工作专班|专班|联席会议|指挥部|项目部|工作组|链长制|委员会办公室)$")
GOVERNMENT_RE = re.compile(r"(?:人民政府|政府|管委会|管理委员会)$")
# "各县（市、区）人民政府", "市直各有关单位", "市领导小组成员单位", "各街道"
COLLECTIVE_RE = re.compile(r"^各|各有关|各相关|有关部门$|有关单位$|成员单位$|各级")
ENTERPRISE_RE = re.compile(r"(?:公司|集团|有限|银行|企业|厂|股份)$")


def clean_name(name: str) -> str:
    """A name as written, without padding and stray punctuation."""
    return re.sub(r"\s+", "", name).strip("，,、；;：:。")


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
