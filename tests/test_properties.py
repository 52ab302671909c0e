"""Invariants over any text: the pipeline never fails, and evidence always points at its quote."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.mapped import MappedText
from kg.pipeline import extract_documents
from kg.reading import Source

PIECES = [
    "市发改委",
    "市工信局",
    "各县（市、区）人民政府",
    "牵头",
    "配合",
    "负责",
    "由",
    "，",
    "、",
    "。",
    "；",
    "：",
    "（",
    "）",
    "［",
    "］",
    "（一）",
    "1.",
    "一、",
    "责任单位：",
    "组长：",
    "张伟 市长",
    "任命：",
    "免去：",
    "为",
    "职务",
    "成立某市领导小组（以下简称市领导小组）",
    "办公室设在",
    "围绕“甲→乙→丙”链条",
    "产业链",
    "“链主”",
    "附件",
    "\n",
    "某市人民政府办公室\n关于印发某方案的通知\n",
    "2023年3月6日",
    "某政办发〔2023〕1号",
    " ",
    "等部门",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_extraction_never_fails_and_evidence_is_its_quote(raw: str) -> None:
    for doc in extract_documents(Source(Path("any.txt"), raw, "utf-8", MappedText.identity(raw))):
        facts = [*doc.assignments, *doc.memberships, *doc.person_posts, *doc.appointments, *doc.chain_roles]
        for fact in facts:
            ev = fact.evidence
            assert doc.text.text[ev.start : ev.end] == ev.quote
            assert 0 <= ev.raw_start <= ev.raw_end <= len(raw)
        keys = {t.key for t in doc.tasks}
        assert all(a.task in keys for a in doc.assignments)
