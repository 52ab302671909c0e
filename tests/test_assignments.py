"""Who does what: the phrasings of 牵头 / 配合 / 负责, negatives, actor lists, resolution, provenance.

Most snippets are in phrasings the seed does not use (other cities, ASCII
punctuation, table-like layouts); the seed's own forms are covered too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.extract.actors import parse_actor_list
from kg.mapped import MappedText
from kg.names import looks_like_org, org_kind
from kg.ontology import GOV
from kg.pipeline import extract_documents
from kg.reading import Source
from kg.resolve import OrgResolver


def facts(raw: str) -> set[tuple[str, str, str, str | None]]:
    """(task heading, role, actor, scope) of every assignment in a snippet."""
    out = set()
    for doc in extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw))):
        headings = {t.key: t.heading for t in doc.tasks}
        for a in doc.assignments:
            out.add((headings[a.task], a.role, a.actor, a.scope))
    return out


GRAIN = "关于稳定粮食生产的问题，由农业部会同财政部、科技部等部门研究提出落实意见"
POSITIVE = [
    # an item's 会同 clause whose duty only says it is to be done ("研究提出落实意见"): the item's
    (
        "一、工作分工\n（一）关于稳定粮食生产的问题，由农业部会同财政部、科技部等部门研究提出落实意见。\n"
        "（二）关于保护耕地的问题，由国土部负责落实。",
        {
            (GRAIN, "牵头", "农业部", None),
            (GRAIN, "配合", "财政部", None),
            (GRAIN, "配合", "科技部", None),
            ("关于保护耕地的问题，由国土部负责落实", "负责", "国土部", None),
        },
    ),
    # an item's text opening with its roles: a leader by name and title is responsible, "相关部门配合" names no one;
    # a word that only looks like a name is no leader ("由项目业主负责")
    (
        "1、某试验区申报事宜\n由王立新副市长负责，市发改委牵头，相关部门配合，尽快完成方案并报省政府审批。\n"
        "2、某道路改造项目\n由项目业主负责，尽快开工。",
        {("某试验区申报事宜", "负责", "王立新", None), ("某试验区申报事宜", "牵头", "市发改委", None)},
    ),
    # places sharing the body after the last of them; "部门和单位" is one collective actor
    (
        "一、规划衔接\n1.做好重大规划的有效衔接。（责任单位：甲市、乙州发展改革部门）\n"
        "2.推进园区共建。（责任单位：有关设区市、省有关部门和单位）",
        {
            ("做好重大规划的有效衔接", "负责", "甲市发展改革部门", None),
            ("做好重大规划的有效衔接", "负责", "乙州发展改革部门", None),
            ("推进园区共建", "负责", "有关设区市", None),
            ("推进园区共建", "负责", "省有关部门和单位", None),
        },
    ),
    # items that open with a role verb under a body's heading: that body's role in each
    (
        "一、县财政局\n1.牵头落实减税降费政策。\n2.配合县税务局做好退税工作。\n二、县税务局\n3.负责退税审核。",
        {
            ("牵头落实减税降费政策", "牵头", "县财政局", None),
            ("配合县税务局做好退税工作", "配合", "县财政局", None),
            ("负责退税审核", "负责", "县税务局", None),
        },
    ),
    # "X负责A，牵头B。" (X again, for B) and "X负责A，Y配合。" (Y shares A)
    (
        "区应急局负责安全生产综合监管，牵头组织专项整治。区交通局负责道路运输安全整治，区公安分局配合。",
        {
            ("安全生产综合监管", "负责", "区应急局", None),
            ("组织专项整治", "牵头", "区应急局", None),
            ("道路运输安全整治", "负责", "区交通局", None),
            ("道路运输安全整治", "配合", "区公安分局", None),
        },
    ),
    # bare places take the suffix of the next place named with one, not of the list's last body
    (
        "一、畅通工程\n1.规范道路设施。（省交通厅牵头，甲市、乙市人民政府、丙管委会配合）",
        {
            ("规范道路设施", "牵头", "省交通厅", None),
            ("规范道路设施", "配合", "甲市人民政府", None),
            ("规范道路设施", "配合", "乙市人民政府", None),
            ("规范道路设施", "配合", "丙管委会", None),
        },
    ),
    # a table one cell a line whose rows leave the 序号 column empty: each task cell starts a row; a town in a
    # 责任单位 cell is its own government
    (
        "附件\n序号\n重点工作内容\n责任单位\n配合单位\n一、关于优化经济结构\n（1）加快发展现代服务业。\n"
        "继续推进甲商务区建设。\n甲镇\n区商务办、发改委\n加快乙中心项目建设。\n经委\n农委",
        {
            ("继续推进甲商务区建设", "负责", "甲镇", None),
            ("继续推进甲商务区建设", "配合", "区商务办", None),
            ("继续推进甲商务区建设", "配合", "区发改委", None),  # a bare core borrows the place before it
            ("加快乙中心项目建设", "负责", "经委", None),
            ("加快乙中心项目建设", "配合", "农委", None),
        },
    ),
    # "负责制定" is the verb before its duty (负责制 alone is a system, see NEGATIVE)
    (
        "工信部门负责制定产业链清单；商务部门负责制订园区清单。",
        {("制定产业链清单", "负责", "工信部门", None), ("制订园区清单", "负责", "商务部门", None)},
    ),
    # a label's list ends with its sentence, inside a bracket of several sentences
    (
        "1.加强准入管理。严格项目审批。〔市环境局等按职责分工负责。责任单位：各县人民政府、各园区管委会。以下均需各县人民政府落实，"
        "不再列出。〕",
        {
            ("加强准入管理", "负责", "市环境局", None),
            ("加强准入管理", "负责", "各县人民政府", None),
            ("加强准入管理", "负责", "各园区管委会", None),
        },
    ),
    # a label in 〔〕 closing an item; "具体任务均涉及X，不再做分工，下同": X for this item and those after it
    (
        "（一）推进市场建设。加快建设。〔责任单位：省商务厅、省发改委。具体任务均涉及各市人民政府，不再做分工，下同。〕\n"
        "（二）优化准入环境。推行一网通办。〔责任单位：省市场监管局〕",
        {
            ("推进市场建设", "负责", "省商务厅", None),
            ("推进市场建设", "负责", "省发改委", None),
            ("推进市场建设", "负责", "各市人民政府", None),
            ("优化准入环境", "负责", "省市场监管局", None),
            ("优化准入环境", "负责", "各市人民政府", None),
        },
    ),
    # labels of the verb alone: "（牵头：A；配合：B）"
    (
        "一、稳增长\n1.工业增加值增长8%。（牵头：县工信局；配合：各乡镇）",
        {("工业增加值增长8%", "牵头", "县工信局", None), ("工业增加值增长8%", "配合", "各乡镇", None)},
    ),
    # a role marked in 〔〕; a label's list ends at a space before a label of something else; a deadline after
    # the roles is no duty (the item's); "按各自职责负责"; several bodies "分别牵头" and the role clause after them
    (
        "一、重点任务\n（一）优化审批。推行告知承诺制。（责任单位：市住建局〔牵头〕、市规划局）\n"
        "（二）保护产权。完善维权机制。牵头单位：市监管局 配合单位：市公安局、市法院 完成时限：2023年底\n"
        "（三）规范收费。由市发改委负责，市财政局配合，2023年9月底前完成。\n"
        "（四）深化改革。完成年度任务。市国资委牵头，市财政局、市人社局按各自职责负责。\n"
        "（五）优化服务。市审批局、市发改委分别牵头，各有关部门配合。",
        {
            ("优化审批", "牵头", "市住建局", None),
            ("优化审批", "负责", "市规划局", None),
            ("保护产权", "牵头", "市监管局", None),
            ("保护产权", "配合", "市公安局", None),
            ("保护产权", "配合", "市法院", None),
            ("规范收费", "负责", "市发改委", None),
            ("规范收费", "配合", "市财政局", None),
            ("深化改革", "牵头", "市国资委", None),
            ("深化改革", "负责", "市财政局", None),
            ("深化改革", "负责", "市人社局", None),
            ("优化服务", "牵头", "市审批局", None),
            ("优化服务", "牵头", "市发改委", None),
            ("优化服务", "配合", "各有关部门", None),
        },
    ),
    # bodies alone in brackets closing an item, in a document that labels such lists 责任单位 elsewhere
    (
        "一、主要目标\n1.地区生产总值增长6%（市发改委，各区政府）。\n二、主要任务\n"
        "2.推进甲项工作。（责任单位：市财政局）",
        {
            ("地区生产总值增长6%（市发改委，各区政府）", "负责", "市发改委", None),
            ("地区生产总值增长6%（市发改委，各区政府）", "负责", "各区政府", None),
            ("推进甲项工作", "负责", "市财政局", None),
        },
    ),
    # a group the paragraph opens with, or has said is responsible, is the subject of the subjectless 负责 after it
    (
        "某市防汛指挥部正式成立\n近日，某市防汛指挥部正式成立。\n"
        "某市防汛指挥部是市应急委下设的专项指挥部，在市应急委领导下，负责贯彻落实防汛决策部署。\n"
        "某市防汛指挥部负责组织全市防汛工作。包括负责汛情监测；负责组织抢险救灾。",
        {
            ("贯彻落实防汛决策部署", "负责", "某市防汛指挥部", None),
            ("组织全市防汛工作", "负责", "某市防汛指挥部", None),
            ("汛情监测", "负责", "某市防汛指挥部", None),
            ("组织抢险救灾", "负责", "某市防汛指挥部", None),
        },
    ),
    # a division of the leaders' work: each leader's line, the duties they are responsible for (分管 is no role)
    (
        "某市人民政府关于市政府领导同志工作分工的通知\n现将市政府领导同志工作分工通知如下：\n"
        "王立新市长：主持市政府全面工作，负责审计方面工作。分管市审计局。\n"
        "常务副市长赵海：负责市政府常务工作，负责发展改革、财政方面工作。",
        {
            ("审计方面工作", "负责", "王立新", None),
            ("市政府常务工作", "负责", "赵海", None),
            ("发展改革、财政方面工作", "负责", "赵海", None),
        },
    ),
    # 负总责 is 负责; 牵头抓总 and 协同配合 inside an item
    (
        "一、重点任务\n（一）推进甲项工作。由市发改委负总责，市财政局具体负责。\n"
        "（二）推进乙项工作。市商务局牵头抓总，市财政局、市税务局协同配合。",
        {
            ("推进甲项工作", "负责", "市发改委", None),
            ("推进甲项工作", "负责", "市财政局", None),
            ("推进乙项工作", "牵头", "市商务局", None),
            ("推进乙项工作", "配合", "市财政局", None),
            ("推进乙项工作", "配合", "市税务局", None),
        },
    ),
    # labels in 【】; a leader's name with the post after it; "由X负责" closing an item's sentence, alone or
    # after a comma; "由X牵头，Y配合"
    (
        "一、稳增长\n1.推进甲项工作。【责任单位】市发改委、市财政局\n2.推进乙项工作。【牵头单位】市商务局【配合单位】市统计局\n"
        "3.推进丙项工作。\n牵头领导：王立新副市长\n4.推进丁项工作，由市工信局负责。\n5.推进戊项工作。由市教育局负责。\n"
        "6.推进己项工作，由市科技局牵头，市人社局配合。",
        {
            ("推进甲项工作", "负责", "市发改委", None),
            ("推进甲项工作", "负责", "市财政局", None),
            ("推进乙项工作", "牵头", "市商务局", None),
            ("推进乙项工作", "配合", "市统计局", None),
            ("推进丙项工作", "牵头", "王立新", None),
            ("推进丁项工作", "负责", "市工信局", None),
            ("推进戊项工作", "负责", "市教育局", None),
            ("推进己项工作", "牵头", "市科技局", None),
            ("推进己项工作", "配合", "市人社局", None),
        },
    ),
    # trailing clauses in every bracket style, both punctuation widths
    (
        "(一)推进审批改革。全面推行告知承诺制。(市行政审批局牵头,市发改委、市财政局配合)",
        {
            ("推进审批改革", "牵头", "市行政审批局", None),
            ("推进审批改革", "配合", "市发改委", None),
            ("推进审批改革", "配合", "市财政局", None),
        },
    ),
    (
        "（二）加强住房保障。推进老旧小区改造。【市住建局负责，各区人民政府配合】",
        {("加强住房保障", "负责", "市住建局", None), ("加强住房保障", "配合", "各区人民政府", None)},
    ),
    (
        "3.落实就业政策。稳定重点群体就业。[市教育局、市人社局按职责分工负责]",
        {("落实就业政策", "负责", "市教育局", None), ("落实就业政策", "负责", "市人社局", None)},
    ),
    (
        "（四）完善养老服务。（区卫健局牵头，区民政局、各街道办事处等配合）",
        {
            ("完善养老服务", "牵头", "区卫健局", None),
            ("完善养老服务", "配合", "区民政局", None),
            ("完善养老服务", "配合", "各街道办事处", None),
        },
    ),
    (
        "1.实施“政策兴链”行动。培育链主企业。（市审批服务管理局、市工信局牵头，市发展改革委、市金融办等部门分工负责）",
        {
            ("实施“政策兴链”行动", "牵头", "市审批服务管理局", None),
            ("实施“政策兴链”行动", "牵头", "市工信局", None),
            ("实施“政策兴链”行动", "负责", "市发展改革委", None),
            ("实施“政策兴链”行动", "负责", "市金融办", None),
        },
    ),
    # a verbless segment joins the next verb's list
    (
        "（五）强化督导。［市工信局牵头，市直各有关单位，各县（市、区）人民政府配合］",
        {
            ("强化督导", "牵头", "市工信局", None),
            ("强化督导", "配合", "市直各有关单位", None),
            ("强化督导", "配合", "各县（市、区）人民政府", None),
        },
    ),
    # lists with 和 / 及, a shared place prefix, a shared government suffix, an "有关部门" trailer
    (
        "（一）保障资金。（市发改委和市财政局负责）",
        {("保障资金", "负责", "市发改委", None), ("保障资金", "负责", "市财政局", None)},
    ),
    (
        "（一）优化营商环境。（市发改局、工信局、财政局牵头）",
        {
            ("优化营商环境", "牵头", "市发改局", None),
            ("优化营商环境", "牵头", "市工信局", None),
            ("优化营商环境", "牵头", "市财政局", None),
        },
    ),
    (
        "（一）建设产业园区。（黄埔区、南沙区政府负责）",
        {("建设产业园区", "负责", "黄埔区政府", None), ("建设产业园区", "负责", "南沙区政府", None)},
    ),
    (
        "（一）扩大消费。（市商务局牵头，有关部门配合）",
        {("扩大消费", "牵头", "市商务局", None), ("扩大消费", "配合", "有关部门", None)},
    ),
    # a deadline in the clause, 牵头负责, 按职能, 按属地原则
    (
        "（二）推进数字政府建设。（市大数据局牵头负责，市直各部门按职能负责；2024年底前完成）",
        {("推进数字政府建设", "牵头", "市大数据局", None), ("推进数字政府建设", "负责", "市直各部门", None)},
    ),
    (
        "（三）整治违法建设。（各区政府按属地原则负责，市城管委配合，长期坚持）",
        {("整治违法建设", "负责", "各区政府", None), ("整治违法建设", "配合", "市城管委", None)},
    ),
    # labels inside a bracket
    (
        "（四）稳定外贸。（牵头单位：省商务厅；配合单位：省财政厅、海关总署广东分署）",
        {
            ("稳定外贸", "牵头", "省商务厅", None),
            ("稳定外贸", "配合", "省财政厅", None),
            ("稳定外贸", "配合", "海关总署广东分署", None),
        },
    ),
    # labelled lines under a numbered item: a table-like layout
    (
        "1.开展专项整治。\n牵头单位：市公安局\n配合单位：市市场监管局、市商务局",
        {
            ("开展专项整治", "牵头", "市公安局", None),
            ("开展专项整治", "配合", "市市场监管局", None),
            ("开展专项整治", "配合", "市商务局", None),
        },
    ),
    (
        "（二）落实减税降费。牵头部门：市财政局，配合部门：市税务局、人民银行某市中心支行。",
        {
            ("落实减税降费", "牵头", "市财政局", None),
            ("落实减税降费", "配合", "市税务局", None),
            ("落实减税降费", "配合", "人民银行某市中心支行", None),
        },
    ),
    (
        "（三）整治河道。\n责任单位：市自然资源局、市住建局",
        {("整治河道", "负责", "市自然资源局", None), ("整治河道", "负责", "市住建局", None)},
    ),
    # a role marked after a name inside a label's list
    (
        "（六）推进职业教育。责任单位：市教育局（牵头）、市人社局、市财政局",
        {
            ("推进职业教育", "牵头", "市教育局", None),
            ("推进职业教育", "负责", "市人社局", None),
            ("推进职业教育", "负责", "市财政局", None),
        },
    ),
    # a clause with no numbered item around it: its sentence is the duty
    (
        "请各地加强政策宣传解读。（市委宣传部负责，各区政府配合）",
        {
            ("请各地加强政策宣传解读", "负责", "市委宣传部", None),
            ("请各地加强政策宣传解读", "配合", "各区政府", None),
        },
    ),
    # a role label followed by another label on the same line
    (
        "（五）建设5G基站。责任单位：市工信局、市通信发展管理办公室；完成时限：2024年底前。",
        {("建设5G基站", "负责", "市工信局", None), ("建设5G基站", "负责", "市通信发展管理办公室", None)},
    ),
    (
        "（四）推进重大项目。\n牵头领导：张伟\n牵头单位：市发改委",
        {("推进重大项目", "牵头", "张伟", None), ("推进重大项目", "牵头", "市发改委", None)},
    ),
    # role labels in prose, with 为 for a colon; a note on which unit leads is not one ("第一责任单位为牵头单位")
    (
        "（一）推进垃圾分类，牵头单位为区城管局，配合单位为区住建局、区财政局。\n（二）规范物业管理。责任单位为区住建局。",
        {
            ("推进垃圾分类", "牵头", "区城管局", None),
            ("推进垃圾分类", "配合", "区住建局", None),
            ("推进垃圾分类", "配合", "区财政局", None),
            ("规范物业管理", "负责", "区住建局", None),
        },
    ),
    # a leader's label with the level's character in it ("牵头市领导")
    (
        "1.实施提高居民收入富民行动。\n牵头市领导：汤飞帆\n责任单位：市发改委、市农业农村局",
        {
            ("实施提高居民收入富民行动", "牵头", "汤飞帆", None),
            ("实施提高居民收入富民行动", "负责", "市发改委", None),
            ("实施提高居民收入富民行动", "负责", "市农业农村局", None),
        },
    ),
    # scoped forms
    (
        "（一）治理内涝。责任单位：中心城区由市城管局、市住建局牵头，市公安局配合，各县（市）由当地政府负责。",
        {
            ("治理内涝", "牵头", "市城管局", "中心城区"),
            ("治理内涝", "牵头", "市住建局", "中心城区"),
            ("治理内涝", "配合", "市公安局", "中心城区"),
            ("治理内涝", "负责", "当地政府", "各县（市）"),
        },
    ),
    # prose
    (
        "（一）政府引导。在市委领导下，由市应急管理局负责，统筹全市安全生产督查。",
        {("统筹全市安全生产督查", "负责", "市应急管理局", None)},
    ),
    (
        "（二）做好救助。市民政局按照职责分工牵头，落实困难群众救助政策。",
        {("落实困难群众救助政策", "牵头", "市民政局", None)},
    ),
    (
        "（三）建立联络机制。各成员单位确定一名联络员，负责与领导小组办公室的日常联络工作。",
        {("与领导小组办公室的日常联络工作", "负责", "各成员单位", None)},
    ),
    (
        "（六）推进改造。市住建局牵头，各区政府配合，完成老旧小区改造任务。",
        {("完成老旧小区改造任务", "牵头", "市住建局", None), ("完成老旧小区改造任务", "配合", "各区政府", None)},
    ),
    (
        "（五）完善标准。由市市场监管局牵头，市住建局、市城管局配合，制定地方标准。",
        {
            ("制定地方标准", "牵头", "市市场监管局", None),
            ("制定地方标准", "配合", "市住建局", None),
            ("制定地方标准", "配合", "市城管局", None),
        },
    ),
    ("（三）守牢底线。卫健部门负责做好传染病疫情监测。", {("做好传染病疫情监测", "负责", "卫健部门", None)}),
    (
        "（四）落实属地责任。各县（市、区）人民政府负责辖区内项目推进。",
        {("辖区内项目推进", "负责", "各县（市、区）人民政府", None)},
    ),
    (
        "二、部门职责\n市应急局：负责组织协调安全生产综合监管；配合有关部门做好防汛抗旱工作。",
        {
            ("组织协调安全生产综合监管", "负责", "市应急局", None),
            ("做好防汛抗旱工作", "配合", "市应急局", None),  # the body supported is no part of the duty
        },
    ),
    (
        "成立某市物流发展工作专班（以下简称工作专班），负责统筹全市物流业发展。工作专班下设办公室，办公室设在市商务局，负责专班日常工作。",
        {
            ("统筹全市物流业发展", "负责", "某市物流发展工作专班", None),
            ("专班日常工作", "负责", "某市物流发展工作专班办公室", None),
        },
    ),
    # the verb in a label decides (GUIDELINE): compound labels
    (
        "（一）推进老旧小区改造。\n牵头责任单位：市住建局\n协同配合单位：市财政局、市自然资源局",
        {
            ("推进老旧小区改造", "牵头", "市住建局", None),
            ("推进老旧小区改造", "配合", "市财政局", None),
            ("推进老旧小区改造", "配合", "市自然资源局", None),
        },
    ),
    (
        "（二）加强河湖治理。主要责任单位：市水利局；协同责任单位：各县（市、区）人民政府",
        {("加强河湖治理", "负责", "市水利局", None), ("加强河湖治理", "负责", "各县（市、区）人民政府", None)},
    ),
    # "X为牵头单位，负责…": a body with its role's label as predicate
    (
        "三、保障措施\n市住建局为牵头单位，负责老旧小区改造的组织实施。",
        {("老旧小区改造的组织实施", "牵头", "市住建局", None)},
    ),
    (
        "（三）完善养老服务体系。市民政局为牵头单位，市卫健委、市医保局为配合单位。",
        {
            ("完善养老服务体系", "牵头", "市民政局", None),
            ("完善养老服务体系", "配合", "市卫健委", None),
            ("完善养老服务体系", "配合", "市医保局", None),
        },
    ),
    # "X会同Y…": X leads, Y supports (GUIDELINE); a bare 有关部门 names no one
    (
        "三、保障措施\n市发改委会同市财政局、市工信局制定实施细则。",
        {
            ("制定实施细则", "牵头", "市发改委", None),
            ("制定实施细则", "配合", "市财政局", None),
            ("制定实施细则", "配合", "市工信局", None),
        },
    ),
    (
        "三、保障措施\n由市商务局会同有关部门负责组织开展促消费活动。",
        {("组织开展促消费活动", "牵头", "市商务局", None)},
    ),
    (
        "（四）加强统筹。市文旅局要会同市发展和改革委员会研究制定扶持政策。",
        {("研究制定扶持政策", "牵头", "市文旅局", None), ("研究制定扶持政策", "配合", "市发展和改革委员会", None)},
    ),
    # actors stated once for the items that follow
    (
        "二、重点任务\n以下各项任务均由市发改委、市财政局负责落实,不再逐一列出。\n（一）推进老旧小区改造。\n"
        "（二）加快城市更新。（市住建局牵头）",
        {
            ("推进老旧小区改造", "负责", "市发改委", None),
            ("推进老旧小区改造", "负责", "市财政局", None),
            ("加快城市更新", "负责", "市发改委", None),
            ("加快城市更新", "负责", "市财政局", None),
            ("加快城市更新", "牵头", "市住建局", None),
        },
    ),
    # 牵头抓总 in an item; a list closing an item's sentence; "其他有关部门配合" names no one
    (
        "（一）推进数字政府建设。市政务服务局牵头抓总，各区政府配合。\n（二）加强市场监管。市场监管局、市公安局按职责分工负责。\n"
        "（三）推进垃圾分类。（市城管局牵头，其他有关部门配合，不逐一列出，下同）",
        {
            ("推进数字政府建设", "牵头", "市政务服务局", None),
            ("推进数字政府建设", "配合", "各区政府", None),
            ("加强市场监管", "负责", "市场监管局", None),
            ("加强市场监管", "负责", "市公安局", None),
            ("推进垃圾分类", "牵头", "市城管局", None),
        },
    ),
    # places listed without their level take it from the item after them
    (
        "3.推进机场建设。(省机场集团、鸡西、鹤岗、双鸭山市政府、省交通运输厅负责)",
        {
            ("推进机场建设", "负责", "省机场集团", None),
            ("推进机场建设", "负责", "鸡西市政府", None),
            ("推进机场建设", "负责", "鹤岗市政府", None),
            ("推进机场建设", "负责", "双鸭山市政府", None),
            ("推进机场建设", "负责", "省交通运输厅", None),
        },
    ),
    # a label in brackets whose list ends with its own verb, then bodies said once for the items after it
    (
        "一、加强基础设施\n（一）打造铁路经济圈。(责任单位:省发展改革委、省财政厅,某铁路局集团有限公司,"
        "各市人民政府按职责分工负责,下同。以下各项任务均涉及各市人民政府,不再列出)\n"
        "（二）完善公路网络。(责任单位:省交通运输厅)",
        {
            ("打造铁路经济圈", "负责", "省发展改革委", None),
            ("打造铁路经济圈", "负责", "省财政厅", None),
            ("打造铁路经济圈", "负责", "某铁路局集团有限公司", None),
            ("打造铁路经济圈", "负责", "各市人民政府", None),
            ("完善公路网络", "负责", "各市人民政府", None),
            ("完善公路网络", "负责", "省交通运输厅", None),
        },
    ),
    # a news report: the group set up (with its leader before its name) answers for what it 专门负责, the
    # office placed for what it 具体负责
    (
        "近日，某市印发通知。成立了副市长王立为组长的某市人口普查领导小组，专门负责普查重大问题的研究和决策。"
        "普查领导小组办公室设在市统计局，具体负责普查的组织实施。",
        {
            ("普查重大问题的研究和决策", "负责", "某市人口普查领导小组", None),
            ("普查的组织实施", "负责", "某市人口普查领导小组办公室", None),  # the group's office, by its short name
        },
    ),
    # the office as its clause names it, after a group set up in the same sentence
    (
        "为加强领导，成立某县人口普查领导小组，领导小组办公室设在县统计局，负责普查的组织实施和日常工作。",
        {("普查的组织实施和日常工作", "负责", "领导小组办公室", None)},
    ),
    # news of a meeting: "X要牵头…，Y、Z要密切配合"; "由A牵头，会同B制定…" (B 配合)
    (
        "某市召开推进会\n会议明确，市发改委要牵头抓好营商环境评价工作，市市场监管局、市税务局要密切配合。"
        "会议要求，由市财政局牵头，会同市人社局制定企业补贴办法。",
        {
            ("抓好营商环境评价工作", "牵头", "市发改委", None),
            ("抓好营商环境评价工作", "配合", "市市场监管局", None),
            ("抓好营商环境评价工作", "配合", "市税务局", None),
            ("制定企业补贴办法", "牵头", "市财政局", None),
            ("制定企业补贴办法", "配合", "市人社局", None),
        },
    ),
    # the list after 会同 ends after its trailer ("等有关部门"); "A、B等相关单位加强配合协调" is a role clause
    (
        "某市召开筹备会\n会议要求，由市文旅局牵头，会同市体育局等有关部门编制赛事保障方案；"
        "由市城管局牵头，市园林局、市水务局等相关单位加强配合协调，完成沿线环境整治。",
        {
            ("编制赛事保障方案", "牵头", "市文旅局", None),
            ("编制赛事保障方案", "配合", "市体育局", None),
            ("完成沿线环境整治", "牵头", "市城管局", None),
            ("完成沿线环境整治", "配合", "市园林局", None),
            ("完成沿线环境整治", "配合", "市水务局", None),
        },
    ),
    # "领导小组的主要职责是负责…": the group's duty
    (
        "关于成立某局标准化工作领导小组的通知\n成立某局标准化工作领导小组。领导小组的主要职责是负责指导和协调标准化工作。",
        {("指导和协调标准化工作", "负责", "领导小组", None)},
    ),
    # "X组职责。主要负责…": a group's duties under its name and 职责, closed by 。
    (
        "某活动办公室职责分工\n综合组职责。主要负责全县活动的组织协调、情况综合，承担服务工作等。",
        {("全县活动的组织协调、情况综合", "负责", "综合组", None)},
    ),
    # "明确部门职责。X负责…；Y负责…": a heading that asks for duties is no body; each clause's subject is
    (
        "某镇环境整治工作计划\n2、明确部门职责。镇文广站负责组织新闻宣传；农技站负责农业投入品的垃圾处理。",
        {
            ("组织新闻宣传", "负责", "镇文广站", None),
            ("农业投入品的垃圾处理", "负责", "农技站", None),
        },
    ),
    # bodies joined by 和 as the subject of 负责: each of them (a body's own 和 stays: "教育和体育局")
    (
        "某活动方案\n在活动中，县教育局和县团委负责活动的组织实施；县教育和体育局负责场地保障。",
        {
            ("活动的组织实施", "负责", "县教育局", None),
            ("活动的组织实施", "负责", "县团委", None),
            ("场地保障", "负责", "县教育和体育局", None),
        },
    ),
    # "X对Y负总责": X answers for the work Y (not "对人民代表大会负责": to whom a body answers); "A为一级田长，对Y负总责",
    # "B为三级田长，负责Z": the holder of the seat the clause before gives
    (
        "某县田长制实施方案\n市发改委、市经贸委对全市节能工作总负责、总协调。县人民政府对县人民代表大会负责并报告工作。"
        "其中县长为一级田长，对全县耕地保护工作负总责。村委会主任为三级田长，负责本村耕地保护工作。",
        {
            ("全市节能工作", "负责", "市发改委", None),
            ("全市节能工作", "负责", "市经贸委", None),
            ("全县耕地保护工作", "负责", "县长", None),
            ("本村耕地保护工作", "负责", "村委会主任", None),
        },
    ),
    # a body given its short name as it is named ("X（简称Y）负责…"): the body
    (
        "某区自然灾害预警预防管理办法\n第二条 某区人民政府应急管理办公室（简称区政府应急办）负责统筹协调预警体系的组织管理。",
        {("统筹协调预警体系的组织管理", "负责", "某区人民政府应急管理办公室", None)},
    ),
    # "如X负责…": an example given, the body after 如; a place whose name starts with 如 keeps it
    (
        "某市环境保护职责规定\n各部门的环保职责均有表述。如公安部门负责依法查处环境噪声污染案件。如东县财政局负责保障经费。",
        {
            ("依法查处环境噪声污染案件", "负责", "公安部门", None),
            ("保障经费", "负责", "如东县财政局", None),
        },
    ),
    # a label's list that ends with its deadline
    (
        "一、重点任务\n（一）加大简政放权力度。继续精简审批事项。(牵头单位:州政务服务局;责任单位:州司法局、州委编办,"
        "各县市人民政府,6月底完成)",
        {
            ("加大简政放权力度", "牵头", "州政务服务局", None),
            ("加大简政放权力度", "负责", "州司法局", None),
            ("加大简政放权力度", "负责", "州委编办", None),
            ("加大简政放权力度", "负责", "各县市人民政府", None),
        },
    ),
    # 〔〕 around a role clause; a body's long name in prose ("…中心支行") is not cut at its first ending
    (
        "二、重点任务\n（一）降低企业成本。落实减税降费政策。〔市财政局、市税务局按职责分工负责〕\n"
        "（二）加强信用建设。市发展改革委要会同人民银行某市中心支行建立信用信息平台。",
        {
            ("降低企业成本", "负责", "市财政局", None),
            ("降低企业成本", "负责", "市税务局", None),
            ("建立信用信息平台", "牵头", "市发展改革委", None),
            ("建立信用信息平台", "配合", "人民银行某市中心支行", None),
        },
    ),
    # a list of bodies as the subject of 负责 and its duty
    (
        "领导小组办公室设在市统计局。市统计局、省统计局某调查队负责具体普查工作的组织、协调和实施。",
        {
            ("具体普查工作的组织、协调和实施", "负责", "市统计局", None),
            ("具体普查工作的组织、协调和实施", "负责", "省统计局某调查队", None),
        },
    ),
    # a project named by who answers for it; towns answer as their governments
    (
        "今年实施民生实事10项，由县卫生健康局负责的老年人健康提升项目投资90万元；由甲山镇、乙水镇负责的耕地提升项目已完工。",
        {
            ("老年人健康提升项目", "负责", "县卫生健康局", None),
            ("耕地提升项目", "负责", "甲山镇", None),
            ("耕地提升项目", "负责", "乙水镇", None),
        },
    ),
    # a section headed by its leader: the person leads it and its items
    (
        "（二）孙海涛常务副市长牵头重点工作\n1.加快城市更新。\n责任单位：市住建局",
        {
            ("孙海涛常务副市长牵头重点工作", "牵头", "孙海涛", None),
            ("加快城市更新", "牵头", "孙海涛", None),
            ("加快城市更新", "负责", "市住建局", None),
        },
    ),
    # the work a body leads named before its label; what it 负责 after it, a duty of its own
    (
        "某县道路整治方案\n一、明确责任\n县交通局为道路整治工作的牵头责任单位，负责拟定总体方案。县财政局为配合单位。",
        {
            ("明确责任", "牵头", "县交通局", None),
            ("拟定总体方案", "负责", "县交通局", None),
            ("明确责任", "配合", "县财政局", None),
        },
    ),
    # the body that runs the work (承办) has no role; those after it support
    (
        "某乡工作方案\n一、治理农药残留\n加强检测。由乡农技站承办，乡派出所、乡卫生院配合。",
        {("治理农药残留", "配合", "乡派出所", None), ("治理农药残留", "配合", "乡卫生院", None)},
    ),
    # bodies told to set up counterparts of their own (相应): the duty after it is theirs, not the group's; without
    # 相应, the body set up does the work ("各牵头部门要成立专家咨询组，负责…": the group's)
    (
        "关于开展某项普查的通知\n县政府成立普查工作领导小组。各镇政府要相应成立普查工作领导小组，具体负责实施本辖区的普查工作。",
        {("实施本辖区的普查工作", "负责", "各镇政府", None)},
    ),
    (
        "关于推进某产业发展的通知\n各牵头部门要成立产业专家咨询组，负责跟踪分析产业发展趋势。",
        {("跟踪分析产业发展趋势", "负责", "产业专家咨询组", None)},
    ),
    # a department's plan: its own sections as lead and responsible (处室, 科室), a note on what a label covers
    (
        "某厅2024年工作要点\n（一）加强组织领导。细化政策措施。（牵头处室：规划处；责任处室〔单位〕：各相关处室）\n"
        "（二）加强理论武装。深化学习教育。（责任科室：组干科、机关党委）",
        {
            ("加强组织领导", "牵头", "规划处", None),
            ("加强组织领导", "负责", "各相关处室", None),
            ("加强理论武装", "负责", "组干科", None),
            ("加强理论武装", "负责", "机关党委", None),
        },
    ),
    # working groups set up right before a subjectless duty: each has it
    (
        "某镇疫情防控工作纪实\n镇党委成立了疫情防控领导小组，下设后勤保障组、物资保障组等多个工作组，具体负责各项防控工作。",
        {("各项防控工作", "负责", "后勤保障组", None), ("各项防控工作", "负责", "物资保障组", None)},
    ),
    # the office a group sets up somewhere ("在县民政局下设办公室") is the group's (by its name in full, "办公室" as the
    # text names it among its names); a duty that points on to the items after it is none; "此项工作由X负责" closing
    # an item: X is responsible for it
    (
        "关于成立某县困难群众保障工作领导小组的通知\n各乡镇：\n一、成立某县困难群众保障工作领导小组。领导小组在县民政局"
        "下设办公室，负责推进该项工作的组织协调。办公室下设2个工作组，具体负责以下相关工作：\n"
        "（一）宣传组。负责开展宣传教育工作。此项工作由县教育局负责。",
        {
            ("推进该项工作的组织协调", "负责", "某县困难群众保障工作领导小组办公室", None),
            ("开展宣传教育工作", "负责", "宣传组", None),
            ("宣传组", "负责", "县教育局", None),
        },
    ),
    # the body a meeting told to do the work ("…要求X负责…"), not the words before it
    (
        "某市通报典型问题\n2012年6月，某市政府召开专题会议要求东城区政府负责污水泵站规划选址，并于当年7月底前完成。",
        {("污水泵站规划选址", "负责", "东城区政府", None)},
    ),
    # bodies a clause says are the ones answerable ("作为…责任主体"): the subject of 负责 after it, and after "；"
    (
        "某市菜市场管理办法\n（二）城区政府管理职责。东城、西城区政府作为属地内菜市场监管工作的责任主体，负责本辖区菜市场"
        "监管工作的组织协调；负责辖区内非法市场的查处取缔。",
        {
            ("本辖区菜市场监管工作的组织协调", "负责", "东城区政府", None),
            ("本辖区菜市场监管工作的组织协调", "负责", "西城区政府", None),
            ("辖区内非法市场的查处取缔", "负责", "东城区政府", None),
            ("辖区内非法市场的查处取缔", "负责", "西城区政府", None),
        },
    ),
    # the note on who leads after the list, inside its bracket: the list, and its first leads
    (
        "某市降低企业成本政策措施\n一、政策措施\n1.全市城镇土地使用税税额标准下调。（责任单位：市税务局、市财政局，"
        "排在首位的为牵头单位，下同）\n2.全面落实印花税核定征收办法。（责任单位：市财政局、市税务局）",
        {
            ("全市城镇土地使用税税额标准下调", "负责", "市税务局", None),
            ("全市城镇土地使用税税额标准下调", "负责", "市财政局", None),
            ("全市城镇土地使用税税额标准下调", "牵头", "市税务局", None),
            ("全面落实印花税核定征收办法", "负责", "市财政局", None),
            ("全面落实印花税核定征收办法", "负责", "市税务局", None),
            ("全面落实印花税核定征收办法", "牵头", "市财政局", None),
        },
    ),
    # items opening with 负责 under a heading whose sentence opens with its bodies: each body's
    (
        "某区救助帮困系统部门职责\n（一）区民政局作为主管部门总体负责系统的运行。\n1.负责起草系统的管理办法。\n"
        "（二）区卫生局、区教育局等部门根据系统设计功能，做好网上处理。具体包括：\n1.负责公布有关救助政策。",
        {
            ("系统的运行", "负责", "区民政局", None),
            ("负责起草系统的管理办法", "负责", "区民政局", None),
            ("负责公布有关救助政策", "负责", "区卫生局", None),
            ("负责公布有关救助政策", "负责", "区教育局", None),
        },
    ),
    # an unlabelled list in brackets whose note says the first leads: units of the item it closes (angle brackets
    # stand for round ones)
    (
        "某市学前教育行动方案\n一、落实政府职责\n（一）健全管理体制。落实各级政府责任，构建普惠性办园体系。"
        "（市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）\n（二）扩大普惠资源。新建幼儿园。",
        {
            ("健全管理体制", "负责", "市教育局", None),
            ("健全管理体制", "负责", "市委农办", None),
            ("健全管理体制", "负责", "各县<市、区>人民政府", None),
            ("健全管理体制", "牵头", "市教育局", None),
        },
    ),
    # the note, then a sentence on who else carries out every item; the next item starts right after the bracket
    (
        "某市民营经济实施方案\n一、加强要素支持\n（一）强化财税政策保障。落实减税降费政策。（市税务局、市财政局，各县市、"
        "区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）（二）加强产业基金支持。发挥基金作用。",
        {
            ("强化财税政策保障", "负责", "市税务局", None),
            ("强化财税政策保障", "负责", "市财政局", None),
            ("强化财税政策保障", "负责", "各县市、区政府", None),
            ("强化财税政策保障", "牵头", "市税务局", None),
        },
    ),
    # a body's duties listed under a title that names it: each item a task, its 负责 the body's
    (
        "某县防火指挥部办公室工作职责\n一、指导全县各乡镇防火工作。\n二、负责防火值班汇报。\n三、负责培训防火人员。",
        {
            ("负责防火值班汇报", "负责", "某县防火指挥部办公室", None),
            ("负责培训防火人员", "负责", "某县防火指挥部办公室", None),
        },
    ),
    # a label after a level ("市级牵头部门") of the work it names: that work, not the heading it stands under
    (
        "某市菜市场监管办法\n（一）市政府部门管理职责。市商务局为城区菜市场监管工作的市级牵头部门，受市政府委托"
        "制订责任目标。",
        {("城区菜市场监管工作", "牵头", "市商务局", None)},
    ),
    # bodies stated once as supporting every item ("除特别注明的外，…都是配合单位"), not the sections over the items
    (
        "关于印发某市重点工作分工的通知\n除特别注明的外，各区政府和某开发区管委会都是配合单位。\n一、市长牵头的重点工作\n"
        "1.推进城市更新。\n牵头单位：市住建局\n2.推进数字化转型。\n牵头单位：市大数据局",
        {
            ("推进城市更新", "牵头", "市住建局", None),
            ("推进城市更新", "配合", "各区政府", None),
            ("推进城市更新", "配合", "某开发区管委会", None),
            ("推进数字化转型", "牵头", "市大数据局", None),
            ("推进数字化转型", "配合", "各区政府", None),
            ("推进数字化转型", "配合", "某开发区管委会", None),
        },
    ),
    # a regulation's article naming a body's duties on one line: the article's number is not the body's
    (
        "某市农村村民建房管理办法\n第二十条 各部门按职责分工做好工作。\n第二十一条 市国土资源局的职责：（一）负责指导"
        "全市农民建房用地工作；（二）负责对农村村民建房用地进行审批。",
        {
            ("指导全市农民建房用地工作", "负责", "市国土资源局", None),
            ("对农村村民建房用地进行审批", "负责", "市国土资源局", None),
        },
    ),
    # "会同A、B等部门，…": bodies named whole keep their names; kinds of department take 部门
    (
        "某市工作方案\n（一）推进项目建设。市农业农村局会同市发改委、市财政局等部门，合力推进项目建设。\n"
        "（二）加强监管。市市场监管局会同公安、交通等部门，开展联合执法。",
        {
            ("合力推进项目建设", "牵头", "市农业农村局", None),
            ("合力推进项目建设", "配合", "市发改委", None),
            ("合力推进项目建设", "配合", "市财政局", None),
            ("开展联合执法", "牵头", "市市场监管局", None),
            ("开展联合执法", "配合", "公安部门", None),
            ("开展联合执法", "配合", "交通部门", None),
        },
    ),
    # a duty table's rows as a page gives them: the row's number, the body, its duties, a space apart
    (
        "某市烟花爆竹安全监管职责分工\n序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放工作。\n"
        "2 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理。",
        {
            ("烟花爆竹运输通行证发放工作", "负责", "市公安局", None),
            ("加强对本系统企业烟花爆竹经营活动的管理", "负责", "市供销社", None),
        },
    ),
]


@pytest.mark.parametrize("raw, expected", POSITIVE, ids=[p[0][:16] for p in POSITIVE])
def test_assignment_phrasings(raw: str, expected: set) -> None:
    assert facts(raw) == expected


NEGATIVE = [
    "会议强调，要将应急准备作为各级党委政府贯彻落实军委主席负责制的实际检验。",  # 负责制: a system, no verb
    "（一）压实责任。各单位主要负责人要亲自抓、负总责。",
    "（二）明确分工。明确牵头部门和责任单位，建立工作台账。",
    "组长：市政府分管教育工作的副市长",
    "（三）形成合力。各部门要各负其责、相互配合、协调配合。",
    "本文件由市发改委负责解读。",
    "成立某市物流发展领导小组（以下简称市领导小组）。",
    "（四）加强领导。请各地负责同志高度重视。",
    "（五）强化保障。（见附件）（2023—2025年）",
    # 主办/协办 and 参与 are outside the guideline's tables: not roles
    "（六）举办招商推介会。\n主办单位：市商务局\n协办单位：市工商联\n参与单位：各县（市、区）人民政府",
    "（七）坚持以企业为主体、以市场为导向。",
    "（八）会同有关方面加强沟通。",
]


@pytest.mark.parametrize("raw", NEGATIVE)
def test_not_assignments(raw: str) -> None:
    assert facts(raw) == set()


@pytest.mark.parametrize(
    "text, names",
    [
        ("市审批服务管理局、市工信局", ["市审批服务管理局", "市工信局"]),
        ("市财政局和各县（市、区）人民政府", ["市财政局", "各县（市、区）人民政府"]),
        ("市税务局、各县市、区政府", ["市税务局", "各县市、区政府"]),  # the counties and districts, one collective
        ("市规划和自然资源局、市人力资源和社会保障局", ["市规划和自然资源局", "市人力资源和社会保障局"]),
        ("市发改局、工信局", ["市发改局", "市工信局"]),
        ("黄埔区、南沙区政府", ["黄埔区政府", "南沙区政府"]),
        ("市发展改革委、人行运城市中心支行、运城银保监分局", ["市发展改革委", "人行运城市中心支行", "运城银保监分局"]),
        ("市能源局等部门", ["市能源局"]),
        (
            "市招商投资中心，各县（市、区）人民政府、运城开发区管委会",
            ["市招商投资中心", "各县（市、区）人民政府", "运城开发区管委会"],
        ),
        ("加快推进项目建设", []),
        # a town named bare among bodies is its government; towns alone are places, no list of bodies
        ("县财政局、某某集团，甲山街道、乙河镇、丙原乡", ["县财政局", "某某集团", "甲山街道", "乙河镇", "丙原乡"]),
        ("乙河镇、丙原乡", []),
        ("区教育局，各街道、镇", ["区教育局", "各街道、镇"]),  # every subdistrict and town, one collective
        ("各乡镇、县经开区、市综保区", ["各乡镇", "县经开区", "市综保区"]),  # zones by their standard short names
        ("省文物局，各市、县文物部门", ["省文物局", "各市、县文物部门"]),  # a kind of body at every city and county
        (
            "自治区财政厅，各市、县（区）人民政府",
            ["自治区财政厅", "各市、县（区）人民政府"],
        ),  # a level noted in brackets
        ("各州、市人民政府", ["各州、市人民政府"]),  # every prefecture and city, one collective
        ("县委党校、县政务服务管理局", ["县委党校", "县政务服务管理局"]),  # a Party school is a body
    ],
)
def test_actor_lists(text: str, names: list[str]) -> None:
    assert parse_actor_list(text) == names


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("市发改委", "市发展和改革委员会", True),
        ("市发展改革委", "运城市发展改革委", True),
        ("市工信局", "市工业和信息化局", True),
        ("市卫健委", "市卫生健康委员会", True),
        ("盐湖区政府", "盐湖区人民政府", True),
        ("各县（市、区）政府", "各县（市、区）人民政府", True),
        ("市委宣传部", "市委统战部", False),
        ("市卫健委", "县级卫健部门", False),
        ("市发改委", "县发改委", False),
        ("市财政局", "市税务局", False),
    ],
)
def test_one_node_per_body(a: str, b: str, same: bool) -> None:
    resolver = OrgResolver()
    assert (resolver.key(a, "运城市") == resolver.key(b, "运城市")) is same


def test_a_second_name_in_brackets_is_the_same_body() -> None:
    resolver = OrgResolver()
    for name in ("市工信局（市国资委）", "市国资委", "市规划和自然资源局（林业局）"):
        resolver.add(name, "运城市")
    nodes = resolver.merged()
    assert resolver.key("市国资委", "运城市") == resolver.key("市工信局", "运城市")
    gx = nodes[resolver.key("市工信局", "运城市")]
    assert {"市国资委", "市工信局（市国资委）"} <= set(gx.alt_labels) | {gx.label}
    assert "市林业局" in nodes[resolver.key("市规划和自然资源局", "运城市")].alt_labels


@pytest.mark.parametrize(
    "name, kind",
    [
        ("各县（市、区）人民政府", GOV.CollectiveActor),
        ("市直各有关单位", GOV.CollectiveActor),
        ("市领导小组成员单位", GOV.CollectiveActor),
        ("各街道", GOV.CollectiveActor),
        ("盐湖区政府", GOV.Government),
        ("运城开发区管委会", GOV.Government),
        ("国网运城供电公司", GOV.Enterprise),
        ("运城市专业镇发展领导小组", GOV.LeadingGroup),
        ("市发展改革委", GOV.Department),
    ],
)
def test_organization_kinds(name: str, kind: object) -> None:
    assert org_kind(name) == kind


# -- over the seed graph ---------------------------------------------------------------

Q_ASSIGNMENTS = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
SELECT ?ev ?start ?end WHERE { ?a a gov:Assignment ; gov:evidence ?ev ; gov:sourceStart ?start ; gov:sourceEnd ?end }
"""


def _store(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def test_every_assignment_points_at_its_sentence_in_the_raw_file(seed_graph: Path, seed_build) -> None:
    raw = seed_build.sources[0].raw
    rows = list(_store(seed_graph).query(Q_ASSIGNMENTS))
    assert len(rows) > 300
    for row in rows:
        evidence = re.sub(r"\s", "", row["ev"].value)
        window = raw[int(row["start"].value) : int(row["end"].value)]
        chars = iter(window)
        # every character of the evidence, in order (line breaks and padding aside;
        # a repaired glyph stands where its raw substitute stood)
        assert all(
            any(c == w or (c, w) in {("→", "冥"), ("×", "伊"), ("～", "耀")} for w in chars) for c in evidence
        ), evidence[:40]


FRAGMENT_RE = re.compile(r"^(?:等|和|及|、|，)|分工|等部门$|等单位$|^[\u4e00-\u9fff]$")


def test_no_organization_label_is_a_fragment(seed_graph: Path) -> None:
    q = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX gov: <https://w3id.org/govkg/ontology#>
    SELECT ?label (EXISTS { ?o a gov:Enterprise } AS ?enterprise) WHERE {
        ?o rdfs:label ?label . FILTER(STRSTARTS(STR(?o), "https://w3id.org/govkg/id/org/")) }"""
    rows = [(row["label"].value, row["enterprise"].value == "true") for row in _store(seed_graph).query(q)]
    assert len(rows) > 30
    for label, enterprise in rows:
        assert not FRAGMENT_RE.search(label), label
        # a company's name need not end as a body's does ("银光华盛镁业")
        assert enterprise or looks_like_org(label) or org_kind(label) == GOV.CollectiveActor, label
        assert label not in {"发展改革委", "等部门", "分工"}


def test_an_attachment_numbers_its_items_anew_and_its_headed_sections_lead_them() -> None:
    raw = (
        "某县人民政府办公室关于印发2025年重点工作任务分解的通知\n"
        "一、压实责任。各单位要对照清单抓好落实。\n"
        "二、强化调度。定期通报进展。\n"
        "附件：2025年重点工作任务清单\n"
        "某县人民政府办公室\n"
        "2025年3月1日\n"
        "附件\n"
        "2025年重点工作任务清单\n"
        "一、县农业农村局牵头工作（2项）\n"
        "1.建设蔬菜标准化生产基地。\n"
        "2.推进高标准农田建设。\n"
    )
    found = facts(raw)
    for task in ("县农业农村局牵头工作（2项）", "建设蔬菜标准化生产基地", "推进高标准农田建设"):
        assert any(t.startswith(task[:6]) and r == "牵头" and a == "县农业农村局" for t, r, a, _ in found), (
            task,
            found,
        )


def test_working_groups_run_into_one_line_each_with_its_duty_and_its_units() -> None:
    """A flattened page: items a space apart whose numbers go on, each a working group, its duty after its name
    ("（一）资金组。负责…"), its lead and supporting units after labels, and a heading run in before the next list."""
    raw = (
        "某县救灾工作方案\n[接上页] (一)资金组。负责救灾资金的筹集和管理。 牵头单位:县财政局 配合单位:县审计局、县民政局 "
        "(二)物资组。负责救灾物资的采购。 牵头单位:县商务局 三、工作要求 (一)提高认识。各部门要高度重视。"
    )
    assert facts(raw) == {
        ("资金组", "牵头", "县财政局", None),
        ("资金组", "配合", "县审计局", None),
        ("资金组", "配合", "县民政局", None),
        ("救灾资金的筹集和管理", "负责", "资金组", None),
        ("物资组", "牵头", "县商务局", None),
        ("救灾物资的采购", "负责", "物资组", None),
    }


def test_bodies_duties_numbered_in_brackets_run_into_one_line_after_a_mirrors_mark() -> None:
    """A mirror's page that goes on ("[接上页]") with the bodies' duties of a plan a space apart, each numbered
    "(11)": each body's duties its own, the mark no part of any."""
    raw = (
        "某省抗旱应急预案\n[接上页] (10)省民政厅:核实全省干旱灾害的损失。 (11)省住建厅:负责指导供水管网建设。 "
        "(12)省农业厅:及时收集干旱信息,负责灾区病虫害防治与救治。"
    )
    assert facts(raw) == {
        ("指导供水管网建设", "负责", "省住建厅", None),
        ("灾区病虫害防治与救治", "负责", "省农业厅", None),
    }
    [doc] = docs_of(raw)
    assert not any("接上页" in text for _, text in doc.pieces("paragraph"))


def test_items_numbered_in_arabic_run_in_after_a_sentence_s_end_with_no_space() -> None:
    """A page whose paragraphs lost their breaks: "…。责任单位：X。13、…" (the numbering goes on from 12)."""
    raw = (
        "某区市容环境整治方案\n三、整治内容\n12、治理建筑立面。对临街建筑立面进行整治，要求建筑立面风格与街景整体色泽协调、"
        "整齐美观，直管公房由产权单位组织整治。牵头单位：区房产局。责任单位：区城管局。13、施工工地整治。对城区特别是主干道"
        "两侧施工工地进行全面整治，达到施工工地围挡作业，挂牌施工，物料堆放整齐，无扬尘污染。牵头单位：区建设局。"
        "责任单位：区环保局。14、治理乱贴乱画。坚持按照每月取证一批、公布一批、处理一批的工作方式。牵头单位：区城管局。"
    )
    assert facts(raw) == {
        ("治理建筑立面", "牵头", "区房产局", None),
        ("治理建筑立面", "负责", "区城管局", None),
        ("施工工地整治", "牵头", "区建设局", None),
        ("施工工地整治", "负责", "区环保局", None),
        ("治理乱贴乱画", "牵头", "区城管局", None),
    }


def test_items_numbered_with_an_ascii_period_run_into_one_line() -> None:
    """A Word file's text with its line breaks as spaces: "1." items after a heading, each with its bracket."""
    raw = (
        "17.某自治区产业发展政策清单.docx\n一、推进农牧业转型 (一)增强粮食生产能力 1.实施增粮示范行动,稳定粮食产量。"
        "(责任单位:自治 区农牧厅、财政厅) 2.实施耕地保护行动。(责任单位:自治区农牧厅)"
    )
    from kg.pipeline import extract_documents as documents_of

    [doc] = documents_of(Source(Path("page.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert doc.title == "某自治区产业发展政策清单"
    assert facts(raw) == {
        ("实施增粮示范行动，稳定粮食产量", "负责", "自治区农牧厅", None),
        ("实施增粮示范行动，稳定粮食产量", "负责", "财政厅", None),
        ("实施耕地保护行动", "负责", "自治区农牧厅", None),
    }


def docs_of(raw: str) -> list:
    return extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw)))


def test_a_division_of_the_leaders_work_gives_each_leader_his_duties() -> None:
    raw = (
        "市长、副市长工作分工\n龚立市长\n领导市政府全面工作。\n陈一鸣常务副市长\n负责发展和改革、统计等工作。协助分管财政工作。\n"
        "舒二强副市长\n兼市公安局局长，负责公安、司法行政等工作。\n"
    )
    [doc] = docs_of(raw)
    tasks = {t.key: t.heading for t in doc.tasks}
    found = {(a.role, a.actor, tasks[a.task], a.person) for a in doc.assignments}
    assert found == {
        ("负责", "陈一鸣", "发展和改革、统计等工作", True),
        ("负责", "舒二强", "公安、司法行政等工作", True),
    }
    assert ("龚立", None, "市长") in {(p.person, p.org, p.post) for p in doc.person_posts}


def test_a_news_report_of_the_division_names_leaders_as_subjects_of_负责() -> None:
    raw = (
        "某市政府领导分工公布\n记者发现，王强作为常务副市长，负责市政府常务工作。李明副市长则负责农业、水利等工作，"
        "同时分管安全生产。赵一副市长除了负责工业经济，还分管民政。\n"
    )
    [doc] = docs_of(raw)
    tasks = {t.key: t.heading for t in doc.tasks}
    found = {(a.actor, tasks[a.task]) for a in doc.assignments if a.role == "负责"}
    assert found == {("王强", "市政府常务工作"), ("李明", "农业、水利等工作"), ("赵一", "工业经济")}


def test_an_attachment_of_items_that_end_with_their_bodies_in_brackets_is_the_task_list() -> None:
    raw = (
        "关于印发区政府工作报告任务分解的通知\n各镇人民政府、区政府各部门：\n现将任务予以分解（详见附件），请各单位（责任单位中"
        "排序第一单位为牵头单位）认真做好落实工作。\n附件：政府工作报告任务分解\n某区人民政府办公室\n二〇一一年三月七日\n附件\n"
        "政府工作报告任务分解\n一、主要预期目标\n1.区属GDP增长12%。（区发改局）\n2.居民收入增长10%以上。（区发改局、区农业局）\n"
    )
    assert facts(raw) == {
        ("区属GDP增长12%", "负责", "区发改局", None),
        ("区属GDP增长12%", "牵头", "区发改局", None),
        ("居民收入增长10%以上", "负责", "区发改局", None),
        ("居民收入增长10%以上", "牵头", "区发改局", None),
        ("居民收入增长10%以上", "负责", "区农业局", None),
    }


def test_a_subject_s_roles_go_on_over_the_clauses_of_its_sentence() -> None:
    raw = (
        "某区村庄环境整治职责分工\n规划分局负责辖区规划布点村庄的确定，对各镇指导、支持村庄环境整治工作，牵头审核村庄整治规划，"
        "指导督查村庄按规划实施，配合市住建局组织技术人员的培训。\n"
    )
    found = {(role, actor, task) for task, role, actor, _ in facts(raw)}
    assert found == {
        ("负责", "规划分局", "辖区规划布点村庄的确定"),
        ("牵头", "规划分局", "审核村庄整治规划"),
        ("配合", "规划分局", "组织技术人员的培训"),  # the body supported is no part of the duty
    }


def test_会同_kinds_of_department_a_clause_before_their_duty() -> None:
    raw = (
        "关于做好就业创业工作的实施意见\n（一）坚持扩大就业发展战略。各级发展改革部门要会同人力资源社会保障、财税、金融等部门，"
        "建立宏观经济政策对就业影响的评价机制。\n"
    )
    duty = "建立宏观经济政策对就业影响的评价机制"
    assert {
        ("牵头", "各级发展改革部门"),
        ("配合", "人力资源社会保障部门"),
        ("配合", "财税部门"),
        ("配合", "金融部门"),
    } == {(role, actor) for task, role, actor, _ in facts(raw) if task == duty}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # a label of a supporting leader; bodies joined by 和 and 及 in one list
            "一、总指挥部\n牵头领导：陈一众\n协助领导：钟二华\n（一）建设综合能源基地。（自治区能源局牵头，国土资源厅、环保厅和"
            "某某电力监管办及相关盟市配合）\n",
            {
                ("总指挥部", "牵头", "陈一众"),
                ("总指挥部", "配合", "钟二华"),
                ("建设综合能源基地", "配合", "环保厅"),
                ("建设综合能源基地", "配合", "某某电力监管办"),
            },
        ),
        (  # a body opens its sentence with a verb of its own, then 负责
            "领导小组职责分工\n市财政局参与退休人员资格审核，负责筹集和落实所需资金。\n",
            {("筹集和落实所需资金", "负责", "市财政局")},
        ),
        (  # an adverb between the body and 负责
            "会议纪要\n会议明确，杆管线拆迁由各镇乡尽快负责落实。\n",
            {("杆管线拆迁落实", "负责", "各镇乡")},
        ),
    ],
)
def test_supporting_leaders_joined_lists_opening_subjects_and_people_dividing_work(raw: str, expected: set) -> None:
    assert expected <= {(task, role, actor) for task, role, actor, _ in facts(raw)}


def test_one_bare_name_after_由_is_no_actor() -> None:
    raw = "某某工作方案\n（一）推进环境整治。由王一玲牵头，甲山镇落实。\n"
    assert not any(actor == "王一玲" for _, _, actor, _ in facts(raw))


def test_work_divided_among_people_by_name() -> None:
    raw = "某某指挥部召开碰头会\n会议决定：甲区域环境整治由王一玲牵头，甲山镇落实；乙区域环境整治由王二理牵头，乙山镇落实。\n"
    [doc] = docs_of(raw)
    texts = {t.key: t.text.text for t in doc.tasks}
    found = {(a.actor, a.role, a.person) for a in doc.assignments}
    assert found == {("王一玲", "牵头", True), ("王二理", "牵头", True)}
    assert any("甲区域环境整治" in texts[a.task] for a in doc.assignments if a.actor == "王一玲")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # the work a '这项工作' stands for is the sentence before it
            "某年量化指标落实情况\n国内生产总值增长6.5%—7%。这项工作由国家发展改革委负责，去年增长6.7%。\n",
            {("国内生产总值增长6.5%—7%", "负责", "国家发展改革委")},
        ),
        (  # a bracket closing a paragraph of several sentences: the paragraph's duty
            "某省节能减排实施方案\n制定能源领域碳达峰实施方案，严格控制煤炭消费增长。推进煤炭清洁高效利用。到2025年，煤炭消费比重"
            "下降到60%左右。（省发改委、省工信厅等按职责分工负责）\n",
            {("制定能源领域碳达峰实施方案", "负责", "省发改委"), ("制定能源领域碳达峰实施方案", "负责", "省工信厅")},
        ),
        (  # which of a list leads is no actor
            "关于分解落实政府工作报告的通知\n一项任务涉及多个部门的，原则上由排名首位的部门牵头负责。下同。\n"
            "1.全市GDP增长10%以上（由市发展改革委、市统计局负责）。\n",
            {("全市GDP增长10%以上", "负责", "市发展改革委"), ("全市GDP增长10%以上", "牵头", "市发展改革委")},
        ),
    ],
)
def test_this_work_a_paragraph_s_closing_bracket_and_the_first_of_a_list(raw: str, expected: set) -> None:
    found = {(task.split("（")[0].split("，")[0], role, actor) for task, role, actor, _ in facts(raw)}
    assert expected <= found
    assert not any("首位" in actor for _, _, actor in found)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # a leader the document names as one, then 由 that leader alone
            "某区研究土地收储工作\n区领导韩一、刘二、马三娜参加会议。会议明确，由马三娜牵头，及时收集汇总全区土地规划需求。\n",
            {("牵头", "马三娜")},
        ),
        (  # a working group's duties under its section heading, and a 责任单位 list's 办公室 (no group's office)
            "某区疫情防控组织体系\n一、总指挥部\n牵头领导：陈一众\n主要职责：负责综合协调各工作组；负责会务工作。\n"
            "责任单位：办公室、政法委\n二、宣传舆情组\n牵头领导：张二华\n",
            {("牵头", "陈一众"), ("负责", "总指挥部"), ("负责", "办公室"), ("负责", "政法委")},
        ),
    ],
)
def test_leaders_named_as_such_and_working_groups_duties(raw: str, expected: set) -> None:
    found = {(role, actor) for _, role, actor, _ in facts(raw)}
    assert expected <= found
    assert not any(actor.endswith("组办公室") for _, actor in found)


def test_分级分部门负责_names_no_body() -> None:
    assert not facts("某县防汛抗旱应急预案\n防汛抗旱工作实行分级分部门负责、条块结合、以属地为主的原则。\n")


def test_会同_in_a_body_s_duties_makes_it_lead_and_those_named_support() -> None:
    raw = (
        "某市殡葬改革工作联席会议制度\n"
        "市民政局：负责全市殡葬事务的管理，会同市发改、国土资源、公安等有关部门依法查处违法违规行为。\n"
        "市公安局：负责治安管理，会同市交通局做好道路管控。\n"
    )
    found = {(role, actor) for _, role, actor, _ in facts(raw)}
    assert found == {
        ("负责", "市民政局"),
        ("牵头", "市民政局"),
        ("配合", "市发改"),
        ("配合", "国土资源"),
        ("配合", "公安"),
        ("负责", "市公安局"),
        ("牵头", "市公安局"),
        ("配合", "市交通局"),
    }


def test_会同_in_duties_that_state_no_role_by_its_verb_states_none() -> None:
    raw = "某市野生植物保护方案\n市农业农村局：组织开展巡护值守，会同林业草原部门对经营利用单位开展监督检查。\n"
    assert not facts(raw)


def test_负责人口_is_the_verb_before_人口_not_the_noun_负责人() -> None:
    found = facts("某省人口普查职责分工\n省统计局负责人口普查的日常工作。各部门负责人要带头落实。\n")
    assert {(role, actor) for _, role, actor, _ in found} == {("负责", "省统计局")}


def test_a_note_on_the_first_of_a_list_inside_it_makes_every_first_lead() -> None:
    raw = (
        "某县重点工作责任分解\n一、稳增长\n1.全县生产总值增长7.5%左右。\n"
        "责任单位：县发改局（首位单位为牵头单位，下同）、县财政局\n2.落实过紧日子的要求。\n责任单位：县财政局、县税务局\n"
    )
    found = {(heading[:4], role, actor) for heading, role, actor, _ in facts(raw)}
    assert found >= {
        ("全县生产", "牵头", "县发改局"),
        ("全县生产", "负责", "县财政局"),
        ("落实过紧", "牵头", "县财政局"),
    }
    assert not any("首位" in actor for _, _, actor in found)


def test_items_opening_with_负责_under_a_body_s_duties_heading() -> None:
    raw = (
        "某县机构职能配置规定\n一、县自然资源局的主要职责\n（一）履行土地资源资产所有者职责。\n"
        "（二）负责自然资源调查监测评价。\n"
    )
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {("负责", "县自然资源局")}


def test_items_opening_with_负责_under_an_article_that_names_the_body() -> None:
    raw = (
        "某县自然资源局职能配置规定\n第三条 县自然资源局的主要职责：\n（一）履行土地资源资产所有者职责。\n"
        "（二）负责自然资源调查监测评价。\n"
    )
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {("负责", "县自然资源局")}


def test_bodies_or_places_named_with_a_role_s_label_in_a_numbered_item() -> None:
    raw = (
        "某市清理整顿工作方案\n一、工作分工\n（二）甲山区、乙河区和某高新区为责任地区，具体负责本辖区的清理整顿工作。\n"
        "（三）某市发改委为牵头单位。\n"
    )
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {
        ("负责", "甲山区"),
        ("负责", "乙河区"),
        ("负责", "某高新区"),
        ("牵头", "某市发改委"),
    }


def test_a_duty_after_由x牵头_is_x_s_not_the_group_s() -> None:
    raw = "某市改革实施方案\n成立某市改革领导小组。预算执行由国库处、国库收付中心牵头，负责启动数据转换工作。\n"
    found = {(role, actor) for _, role, actor, _ in facts(raw)}
    assert ("负责", "国库处") in found and ("负责", "国库收付中心") in found
    assert not any(actor.endswith("领导小组") for _, actor in found)


def test_a_subject_after_即_要求_or_我乡将_and_a_duty_list_of_two_bodies() -> None:
    found = {
        (role, actor) for _, role, actor, _ in facts("某县河长制工作汇报\n即县水务局牵头组织开展非法采砂专项行动。\n")
    }
    assert found == {("牵头", "县水务局")}
    raw = "某市整顿工作方案\n（十三）广电局、日报社职责：负责整顿工作的宣传报道。\n"
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {("负责", "广电局"), ("负责", "日报社")}


def test_a_list_of_collective_places_zones_that_share_a_kind_and_a_development_zone() -> None:
    from kg.extract.actors import parse_actor_list

    assert parse_actor_list("市统计局，各乡、镇人民政府，甲大垸、乙湖管理区，某经济开发区") == [
        "市统计局",
        "各乡、镇人民政府",
        "甲大垸管理区",
        "乙湖管理区",
        "某经济开发区",
    ]
    # places with their level take no zone's kind, nor another level's suffix; among bodies they are their governments
    assert parse_actor_list("甲山区、乙河区、丙原区、丁右旗和某高新区") == [
        "甲山区",
        "乙河区",
        "丙原区",
        "丁右旗",
        "某高新区",
    ]
    assert parse_actor_list("甲县、乙山县、某经济开发区管委会、市发展改革委") == [
        "甲县",
        "乙山县",
        "某经济开发区管委会",
        "市发展改革委",
    ]
    assert parse_actor_list("甲州、乙圳、丙海市政府") == ["甲州市政府", "乙圳市政府", "丙海市政府"]


def test_the_items_of_a_body_s_duties_are_its_tasks() -> None:
    raw = "某县防火指挥部办公室工作职责\n一、指导全县各乡镇防火工作。\n二、储备防火物资。\n"
    [doc] = docs_of(raw)
    assert [t.heading for t in doc.tasks] == ["指导全县各乡镇防火工作", "储备防火物资"]
    raw = "某县防火工作方案\n一、指导全县各乡镇防火工作。\n二、储备防火物资。\n"  # top-level sections of a plan: none
    [doc] = docs_of(raw)
    assert doc.tasks == ()


def test_each_article_of_a_regulation_heads_its_own_items() -> None:
    """Under "第七条 X工作职责：" the items "（一）…" are X's duties; "第八条" starts another body's, numbered anew."""
    raw = (
        "某区安全生产职责规定\n第七条 区科技局工作职责：\n（一）将安全生产科技进步纳入本区规划。\n"
        "（二）负责安全生产科技攻关的指导工作。\n第八条 区公安分局工作职责：\n（一）对本区消防工作实施监督管理。\n"
        "（二）负责本区道路交通安全的管理。\n"
    )
    assert facts(raw) == {
        ("负责安全生产科技攻关的指导工作", "负责", "区科技局", None),
        ("负责本区道路交通安全的管理", "负责", "区公安分局", None),
    }
    [doc] = docs_of(raw)
    assert "区科技局工作职责" not in [t.heading for t in doc.tasks]  # the article names whose duties follow


def test_a_body_that_works_together_with_departments_named_by_their_sector() -> None:
    """ "X应当会同同级公安、交通等部门建立…": X leads, each sector's department supports; the article's number is
    no part of X's name, and "市、区教育行政部门" (a kind of body at two levels) is one actor."""
    raw = "某市学校安全条例\n第六条 市、区教育行政部门应当会同同级公安、交通、人力资源和社会保障等部门建立协调机制。\n"
    duty = "建立协调机制"
    assert facts(raw) == {
        (duty, "牵头", "市、区教育行政部门", None),
        (duty, "配合", "公安", None),
        (duty, "配合", "交通", None),
        (duty, "配合", "人力资源和社会保障", None),
    }
    assert parse_actor_list("县、乡镇两级政府") == ["县、乡镇两级政府"]


def test_a_question_a_verb_a_label_or_a_rank_is_no_body_and_a_unit_is_no_person() -> None:
    from kg.extract.people import is_person_name

    for words in ("哪些部门", "发挥指挥部", "明确一个科室", "排名首位的部门", "新能源汽车牵头单位：市发展和改革局"):
        assert not looks_like_org(words), words
    for body in ("市发展和改革局", "县组织部", "市委宣传部"):
        assert looks_like_org(body), body
    for unit in ("万亩", "万吨", "万头"):
        assert not is_person_name(unit), unit
    assert is_person_name("万一鸣")


def test_departments_by_their_sector_among_zones_share_a_duty_and_keep_their_bare_names() -> None:
    """ "水利、教育、开发区和西区管委会负责…": each sector's department bare, each zone its 管委会."""
    raw = "关于做好工资支付工作的通知\n水利、教育、开发区和西区管委会负责对本行业或区域的工资支付进行检查。\n"
    duty = "对本行业或区域的工资支付进行检查"
    assert facts(raw) == {(duty, "负责", actor, None) for actor in ("水利", "教育", "开发区管委会", "西区管委会")}


def test_a_body_after_a_heading_run_in_after_work_by_or_after_our_place_is_named_alone() -> None:
    raw = "某区农民工工资支付规定\n部门职责第六条人力资源社会保障部门负责保障农民工工资支付的监督检查。\n"
    assert facts(raw) == {("保障农民工工资支付的监督检查", "负责", "人力资源社会保障部门", None)}
    raw = "关于建立某市办公会议制度的通知\n一、会议组成\n办公会议日常工作由市政府信息公开办公室负责。\n"
    assert {a for _, _, a, _ in facts(raw)} == {"市政府信息公开办公室"}
    raw = "关于成立某乡防控领导工作小组的通知\n我乡将领导工作小组办公室设在乡防控指挥部，负责日常工作开展。\n"
    assert {a for _, _, a, _ in facts(raw)} == {"某乡防控领导工作小组办公室"}  # the office of the group set up


def test_a_body_after_明确_is_the_subject_of_its_duty() -> None:
    raw = "关于深化殡葬改革的意见\n明确民政部门负责制定殡葬管理政策标准。\n"
    assert facts(raw) == {("制定殡葬管理政策标准", "负责", "民政部门", None)}


def test_bodies_that_are_a_work_s_lead_and_a_body_wholly_responsible_for_a_work() -> None:
    raw = "某县秸秆禁烧工作推进会召开\n县农委和县农村能源办是秸秆综合利用的牵头部门，要着力拓展综合利用途径。\n"
    assert facts(raw) == {("秸秆综合利用", "牵头", actor, None) for actor in ("县农委", "县农村能源办")}
    raw = "关于做好森林防火工作的意见\n各乡镇人民政府对本辖区森林防火工作全面负责，主要负责同志为第一责任人。\n"
    assert facts(raw) == {("本辖区森林防火工作", "负责", "各乡镇人民政府", None)}


def test_a_target_plan_names_the_bodies_after_its_items() -> None:
    raw = (
        "某县2024年目标管理工作方案\n（一）发展目标。\n1.地区生产总值增长8%；\n2.固定资产投资增长10%；\n"
        "以上2项目标的责任单位均为县发改局。\n3.城镇新增就业3000人；\n该项目标责任单位为县人社局、县财政局。\n"
    )
    assert facts(raw) == {
        ("地区生产总值增长8%", "负责", "县发改局", None),
        ("固定资产投资增长10%", "负责", "县发改局", None),
        ("城镇新增就业3000人", "负责", "县人社局", None),
        ("城镇新增就业3000人", "负责", "县财政局", None),
    }


def test_a_body_s_verb_after_会同_is_not_part_of_its_name() -> None:
    raw = "关于做好环境整治工作的通知\n市文化执法总队负责会同市公安局查处非法出版物的违法行为。\n"
    assert facts(raw) == {
        ("查处非法出版物的违法行为", "牵头", "市文化执法总队", None),
        ("查处非法出版物的违法行为", "配合", "市公安局", None),
    }


def test_where_a_body_acts_stands_between_it_and_its_verb() -> None:
    """A regulation's "X在…职责范围内（，）负责…": the body is X, not X and where it acts."""
    raw = (
        "某县农村公路管理办法\n第四条 乡（镇）人民政府在县级人民政府确定的职责范围内，负责乡道的养护工作。"
        "县交通运输局在各自职责范围内负责县道的管理工作。\n"
    )
    assert facts(raw) == {
        ("乡道的养护工作", "负责", "乡（镇）人民政府", None),
        ("县道的管理工作", "负责", "县交通运输局", None),
    }


def test_places_counted_are_one_collective_actor() -> None:
    """ "13个街道、镇": the counted streets and towns are one collective actor, beside the bodies listed with them."""
    raw = "某区规划工作分解\n1.加强婴幼儿教育。责任单位：区卫健委等相关部门，13个街道、镇\n"
    assert facts(raw) == {
        ("加强婴幼儿教育", "负责", "区卫健委", None),
        ("加强婴幼儿教育", "负责", "13个街道、镇", None),
    }


def test_a_section_headed_by_a_leader_with_a_compound_title() -> None:
    """ "二、李丹常委、常务副区长牵头重点工作": the leader leads the section and every item under it."""
    raw = "某区重点工作责任分解\n二、王立常委、常务副区长牵头重点工作\n1.地区生产总值增长6%。责任单位：区发改局\n"
    got = facts(raw)
    assert ("王立常委、常务副区长牵头重点工作", "牵头", "王立", None) in got
    assert ("地区生产总值增长6%", "牵头", "王立", None) in got


def test_numbered_label_lines_under_an_item_state_the_item_s_roles() -> None:
    """ "三、建设…工程" over "（一）责任领导：X" and "（二）责任单位：Y": the labels are the item's, not tasks."""
    raw = (
        "某市十件实事任务分解方案\n三、实施农村学校建设工程，改造中小学50所\n（一）责任领导：王一鸣\n"
        "（二）责任单位：市教育局\n（三）完成时限：2024年内\n"
    )
    assert facts(raw) == {
        ("实施农村学校建设工程，改造中小学50所", "负责", "王一鸣", None),
        ("实施农村学校建设工程，改造中小学50所", "负责", "市教育局", None),
    }


def test_a_body_named_inside_a_duty_list_acts_from_there_on() -> None:
    raw = (
        "某县补贴发放改革方案\n（三）财政部门职责：财政部门作为改革牵头单位，负责改革具体工作。县财政局主要负责对财政"
        "补贴项目进行清理整合；负责补贴资金的日常管理和发放。按照省防指统一部署负责协调沿线站段。\n"
    )
    assert {(task, role, actor) for task, role, actor, _ in facts(raw) if actor != "财政部门"} == {
        ("对财政补贴项目进行清理整合", "负责", "县财政局"),
        ("补贴资金的日常管理和发放", "负责", "县财政局"),
        ("协调沿线站段", "负责", "县财政局"),  # "按照省防指…" names no one who acts
    }


def test_bodies_that_将_or_还将_answer_for_a_duty_in_a_news_report() -> None:
    raw = (
        "国务院办公厅印发重点工作分工方案\n"
        "根据《分工方案》，发展改革委、工业和信息化部将负责支持建设都市经济圈，积极推进新区发展。"
        "发展改革委、财政部等部门还将负责推动经济区加快发展。\n"
    )
    found = {(task, role, actor) for task, role, actor, _ in facts(raw)}
    assert {(role, actor) for _, role, actor in found} == {
        ("负责", "发展改革委"),
        ("负责", "工业和信息化部"),
        ("负责", "财政部"),
    }
    assert len({task for task, _, _ in found}) == 2


def test_a_plan_whose_paragraphs_ran_into_one_line_without_spaces_keeps_its_sections_and_bodies_duties() -> None:
    """A page's text with its paragraphs' breaks lost (no space between them): a section whose number goes on
    after a sentence's end begins anew, and a sentence that is bodies' names alone is the subject of the duties
    after it."""
    raw = (
        "某县秸秆禁烧工作实施方案\n为认真做好我县农作物秸秆禁烧工作，进一步改善环境质量，根据有关法律法规，制订本方案。"
        "一、指导思想以保护大气环境质量、保护人民身体健康为目标，严禁燃烧秸秆行为，积极推进秸秆综合利用工作。"
        "二、组织领导及职责分工为切实加强对秸秆禁烧工作的领导，县政府成立县秸秆禁烧工作领导小组，领导小组下设办公室。"
        "各组成单位及其职责如下：县环保局。负责对全县秸秆禁烧工作实施统一监督。县交通局、公路局。负责对国道两侧燃烧秸秆"
        "情况的巡查，对影响道路交通安全的依法查处。"
    )
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {
        ("负责", "县环保局"),
        ("负责", "县交通局"),
        ("负责", "公路局"),
    }
    [doc] = docs_of(raw)
    assert any(text.startswith("二、组织领导及职责分工") for _, text in doc.pieces("paragraph"))


def test_a_numbered_body_over_its_duties_is_named_without_its_number() -> None:
    raw = (
        "某市安全生产监管职责规定\n（一）市安全生产委员会\n负责研究部署全市安全生产工作。\n（二）县（市）区政府\n"
        "具体负责对本行政区域内公共安全的监督管理。\n"
    )
    assert {(role, actor) for _, role, actor, _ in facts(raw)} == {
        ("负责", "市安全生产委员会"),
        ("负责", "县（市）区政府"),
    }


def test_a_label_in_brackets_ends_at_their_close_and_the_heading_before_them() -> None:
    raw = (
        "关于某县文明城市创建问题整改情况的通报\n一、整改情况\n"
        "1、中心广场（责任单位：县商务局、县人民医院（县卫健委））：前期通报的问题已按时整改到位。\n"
        "2、加快老旧小区改造（牵头单位：县住建局；责任单位：县财政局）\n"
        "3、加快污水管网建设（县住建局牵头，县财政局配合）\n"
    )
    assert facts(raw) == {
        ("中心广场", "负责", "县商务局", None),
        ("中心广场", "负责", "县人民医院（县卫健委）", None),
        ("加快老旧小区改造", "牵头", "县住建局", None),
        ("加快老旧小区改造", "负责", "县财政局", None),
        ("加快污水管网建设", "牵头", "县住建局", None),
        ("加快污水管网建设", "配合", "县财政局", None),
    }


def test_a_duty_after_the_seats_of_a_group_set_up_in_its_sentence_is_the_group_s() -> None:
    raw = (
        "关于成立某镇创建文明城市工作领导小组的通知\n特成立某镇创建文明城市工作领导小组，由党委书记任组长，"
        "副镇长任副组长，负责统筹、协调全镇创建工作。\n"
    )
    assert facts(raw) == {("统筹、协调全镇创建工作", "负责", "某镇创建文明城市工作领导小组", None)}


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a leader called comrade, by a given name alone as a division of a government's work may name him
        (
            "关于印发某市政府工作报告目标任务分解的通知\n一、工作任务\n（一）加强公共卫生。提高接种率。"
            "由志强同志负责，市卫生局、市财政局配合。\n（二）发展体育事业。由周立新同志负责。\n"
            "（三）发展文化事业。由分管同志负责。\n",
            {
                ("加强公共卫生", "负责", "志强", None),
                ("加强公共卫生", "配合", "市卫生局", None),
                ("加强公共卫生", "配合", "市财政局", None),
                ("发展体育事业", "负责", "周立新", None),
            },
        ),
        # a sentence that opens with 由X负责 and names who else takes part (承办) closes its paragraph's work
        (
            "某县卫生工作报告\n加强疾病预防控制，完善公共卫生服务体系。稳步推进合作医疗试点。"
            "由县卫生局负责，县财政局、县民政局承办。\n这场植树护林活动由县委宣传部牵头，县环保局承办。\n",
            {
                ("加强疾病预防控制，完善公共卫生服务体系", "负责", "县卫生局", None),
                ("这场植树护林活动", "牵头", "县委宣传部", None),
            },
        ),
        # "第一责任单位为牵头单位，下同": the first of each list leads, this one's and the ones below
        (
            "关于印发某市重点工作分工方案的通知\n一、重点工作\n（一）完善社会信用体系。\n"
            "责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）\n（二）落实招投标政策。\n责任单位：市建设局\n",
            {
                ("完善社会信用体系", "负责", "市发改委", None),
                ("完善社会信用体系", "牵头", "市发改委", None),
                ("完善社会信用体系", "负责", "市财政局", None),
                ("落实招投标政策", "负责", "市建设局", None),
                ("落实招投标政策", "牵头", "市建设局", None),
            },
        ),
    ],
    ids=["comrade", "closes-its-paragraph", "first-responsible-unit"],
)
def test_comrades_work_closed_by_its_leader_and_the_first_responsible_unit_leading(raw: str, expected: set) -> None:
    assert facts(raw) == expected


def test_a_report_names_a_place_then_its_responsible_unit_as_predicate() -> None:
    raw = (
        "关于创建全国文明城市督查情况的通报\n东湖花园小区的责任单位是市人社局，小区内垃圾分类设施缺失。\n"
        "在人民路和解放路交汇处附近，有垃圾堆放的情况，其责任单位为某区人民政府。\n该项目的责任单位为市住建局。\n"
    )
    assert facts(raw) == {
        ("东湖花园小区", "负责", "市人社局", None),
        ("在人民路和解放路交汇处附近，有垃圾堆放的情况", "负责", "某区人民政府", None),
    }


def test_an_office_placed_without_在_answers_for_the_duty_after_its_head() -> None:
    raw = (
        "关于成立某市人口抽样调查领导小组的通知\n领导小组办公室设县统计局，县统计局副局长钱立新任办公室主任，"
        "负责普查的组织实施和日常工作。\n"
    )
    assert facts(raw) == {("普查的组织实施和日常工作", "负责", "领导小组办公室", None)}


def test_a_collective_word_alone_names_no_body() -> None:
    raw = "关于某市收支分类改革的通知\n信息中心负责做好系统运行保障。相关负责对接各部门的业务科室。\n"
    assert facts(raw) == {("做好系统运行保障", "负责", "信息中心", None)}


def test_a_long_line_with_a_stray_space_still_parts_at_items_after_a_stop() -> None:
    """A page's paragraphs run into one line whose only space is inside a sentence ("达到 100%"): the items
    after a sentence's end begin anew, as on a line with no space at all."""
    raw = (
        "某镇中心小学控辍保学工作制度\n为落实控辍保学任务，特制订以下责任制度。(一)县教育局控辍保学责任:县教育局"
        "负责组织实施，确保入学率达到 100%。(二)县财政局控辍保学责任:县财政局负责落实所需经费。"
    )
    [doc] = extract_documents(Source(Path("s.txt"), raw, "utf-8", MappedText.identity(raw)))
    paragraphs = [text for _, text in doc.pieces("paragraph")]
    assert any(p.startswith("（一）县教育局控辍保学责任") for p in paragraphs)
    assert any(p.startswith("（二）县财政局控辍保学责任") for p in paragraphs)


def test_全面_and_直接_before_负责() -> None:
    raw = "关于某市疫病防控责任的通知\n市疾病预防控制中心全面负责城区疫情监测。区卫生监督所直接负责辖区执法检查。\n"
    assert facts(raw) == {
        ("城区疫情监测", "负责", "市疾病预防控制中心", None),
        ("辖区执法检查", "负责", "区卫生监督所", None),
    }


def test_具体由_opens_no_body_s_name() -> None:
    raw = "关于印发某市重点工作任务分工方案的通知\n一、重点任务\n（一）推进审批改革。具体由市审批局负责实施。\n"
    assert facts(raw) == {("推进审批改革", "负责", "市审批局", None)}


@pytest.mark.parametrize(
    "name",
    [
        "县粮食储备库",
        "国有林场",
        "县少年宫",
        "县监狱",
        "县公路段",
        "县消协",
        "县电大",
        "县第一中学",
        "县实验小学",
        "县委党校",
    ],
)
def test_institutions_of_a_county_are_bodies(name: str) -> None:
    assert looks_like_org(name)


def test_协助_in_a_role_clause_supports() -> None:
    raw = (
        "关于印发某市重点工作任务分工方案的通知\n一、重点任务\n（一）推进审批改革。（市审批局负责，市发改委、市财政局协助）\n"
        "（二）推进医疗改革。由市卫健委牵头，市医保局协助，制定实施方案。\n"
    )
    assert facts(raw) == {
        ("推进审批改革", "负责", "市审批局", None),
        ("推进审批改革", "配合", "市发改委", None),
        ("推进审批改革", "配合", "市财政局", None),
        ("制定实施方案", "牵头", "市卫健委", None),
        ("制定实施方案", "配合", "市医保局", None),
    }


def test_bodies_in_brackets_closing_items_of_a_title_that_divides_work() -> None:
    raw = (
        "某省政府关于印发2008年工作目标任务分解落实方案的通知\n一、主要目标\n1.地区生产总值增长11%。（省发展改革委）\n"
        "2.单位生产总值能耗下降4.4%。（省经贸委、省统计局）\n"
    )
    assert facts(raw) == {
        ("地区生产总值增长11%", "负责", "省发展改革委", None),
        ("单位生产总值能耗下降4.4%", "负责", "省经贸委", None),
        ("单位生产总值能耗下降4.4%", "负责", "省统计局", None),
    }


def test_items_under_a_label_of_a_body_s_duties_are_that_body_s() -> None:
    # "领导小组职责：" on a line of its own right above its items; "主要职责包括：" after the sentences that set a
    # command centre up: the centre's; items numbered "（1）"
    raw = (
        "关于成立某镇防汛工作领导小组的通知\n为加强领导，决定成立某镇防汛工作领导小组。\n组长：王一鸣\n领导小组职责：\n"
        "1、负责对全镇防汛工作的指导和协调。\n2、负责防汛体系建设。\n"
    )
    assert facts(raw) == {
        ("负责对全镇防汛工作的指导和协调", "负责", "领导小组", None),
        ("负责防汛体系建设", "负责", "领导小组", None),
    }
    centre = (
        "某街道突发事件应急预案\n2.1领导机构\n街道综合指挥中心作为街道应急管理领导机构，负责组织实施本街道突发事件应对工作。"
        "由街道党委书记任指挥长。主要职责包括：\n（1）负责建立和完善街道应急管理机制；\n（2）负责组织开展风险排查；"
    )
    assert {f for f in facts(centre) if f[2] == "街道综合指挥中心"} == {
        ("组织实施本街道突发事件应对工作", "负责", "街道综合指挥中心", None),
        ("负责建立和完善街道应急管理机制", "负责", "街道综合指挥中心", None),
        ("负责组织开展风险排查", "负责", "街道综合指挥中心", None),
    }


def test_a_sentence_that_is_a_body_then_a_comma_and_its_duty() -> None:
    raw = (
        "各部门职责\n交通部门，负责通村公路和道路建设。教育部门，负责义务教育和职业教育。县财政局，负责资金保障。"
        "领导小组下设办公室，负责日常工作。为加强管理，负责日常工作。"
    )
    assert facts(raw) == {
        ("通村公路和道路建设", "负责", "交通部门", None),
        ("义务教育和职业教育", "负责", "教育部门", None),
        ("资金保障", "负责", "县财政局", None),
        ("日常工作", "负责", "领导小组办公室", None),  # the office's (its own rule), not "领导小组下设办公室"
    }


def test_a_body_named_as_an_item_s_heading_then_a_sentence_that_opens_with_协助() -> None:
    raw = (
        "某市集中救助活动实施方案\n三、职责分工\n（一）民政部门。负责牵头组织救助工作。\n"
        "（二）公安部门。协助民政部门做好街头救助工作，负责对拒不接受救助的实施保护性救助。"
    )
    assert {f for f in facts(raw) if f[2] == "公安部门"} == {
        ("对拒不接受救助的实施保护性救助", "负责", "公安部门", None),
        ("民政部门做好街头救助工作", "配合", "公安部门", None),
    }


def test_a_body_answers_for_a_chief_s_patrol() -> None:
    raw = "某县召开林长制工作推进会\n会议明确，联络单位对县级林长巡林负责，镇林长办对镇级林长巡林负责。"
    assert facts(raw) == {("县级林长巡林", "负责", "联络单位", None), ("镇级林长巡林", "负责", "镇林长办", None)}


def test_items_run_on_after_a_heading_and_after_an_item_s_closing_note() -> None:
    """A shared document's pages flattened into one line: "…措施。一、X（一）A。…（责任单位：B）（二）C。…": the first
    item after its section's heading, the next after the last one's note."""
    raw = (
        "某市支持首店经济发展的若干措施\n为顺应消费升级趋势，加快发展首店经济、品牌经济，促进知名品牌集聚发展，优化消费供给，"
        "特制定以下措施。一、鼓励发展首店经济(一)支持运营商引进知名品牌首店。对运营商按照年度引进首店的层级、数量、"
        "运营成效等情况综合评定，给予奖励。(责任单位:市商务委)(二)支持第三方机构协助引进品牌首店。鼓励第三方机构"
        "助力引进首店，给予奖励。(责任单位:市商务委)(三)支持品牌企业开设总部型首店。鼓励设立总部。(责任单位:有关区县政府)"
    )
    assert facts(raw) == {
        ("支持运营商引进知名品牌首店", "负责", "市商务委", None),
        ("支持第三方机构协助引进品牌首店", "负责", "市商务委", None),
        ("支持品牌企业开设总部型首店", "负责", "有关区县政府", None),
    }


def test_a_heading_naming_a_body_s_duties_over_them() -> None:
    raw = (
        "某县地质灾害防治工作责任制度\n一、各级政府工作职责\n（一）县人民政府职责\n统一领导辖区内的地质灾害防治工作。"
        "负责处置较小地质灾害灾情和各类险情。\n（二）乡镇人民政府职责\n在县级人民政府的组织领导下，具体负责本辖区内"
        "地质灾害巡查。\n2.2.2县防汛指挥部成员单位职责\n县发展和改革局：负责防汛重点工程的协调。\n"
    )
    assert facts(raw) == {
        ("处置较小地质灾害灾情和各类险情", "负责", "县人民政府", None),
        ("本辖区内地质灾害巡查", "负责", "乡镇人民政府", None),
        ("防汛重点工程的协调", "负责", "县发展和改革局", None),
    }


def test_会同_after_the_thing_acted_on_and_a_body_after_the_list_s_trailer() -> None:
    raw = (
        "某县职责清单\n《清单》由县委机构编制委员会办公室会同县司法行政部门进行解释。\n（十一）社会治安。\n"
        "由市公安局牵头，会同市安全局、市信访办等有关部门和区县政府，执行安保方案。\n"
    )
    found = facts(raw)
    assert ("进行解释", "牵头", "县委机构编制委员会办公室", None) in found
    assert {actor for _, role, actor, _ in found if role == "配合"} == {
        "县司法行政部门",
        "市安全局",
        "市信访办",
        "区县政府",
    }


def test_牵头负责_then_sectors_before_等部门_that_support_it() -> None:
    raw = (
        "某省关于开展公益林认定工作的通知\n国家公益林认定工作由省林业局牵头负责，国土、建设、财政等部门要积极主动予以配合。\n"
        "森林防火工作由省应急厅牵头负责，省公安厅、省气象局等部门予以配合。\n"
    )
    assert facts(raw) == {
        ("国家公益林认定工作", "牵头", "省林业局", None),
        ("国家公益林认定工作", "配合", "国土", None),
        ("国家公益林认定工作", "配合", "建设", None),
        ("国家公益林认定工作", "配合", "财政", None),
        ("森林防火工作", "牵头", "省应急厅", None),
        ("森林防火工作", "配合", "省公安厅", None),
        ("森林防火工作", "配合", "省气象局", None),
    }


def test_a_body_after_由_in_an_article_that_names_what_it_carries_out() -> None:
    raw = "某市助学金管理办法\n第四条 本办法由市教育行政部门负责组织实施。\n"
    assert {actor for _, _, actor, _ in facts(raw)} == {"市教育行政部门"}


def test_a_role_label_with_包括_in_an_item_and_after_a_sentence_in_news() -> None:
    item = "某市通知\n（一）推进老旧小区改造。牵头单位为市住建局，配合单位包括市财政局、市发改委。\n"
    assert {(role, actor) for _, role, actor, _ in facts(item)} == {
        ("牵头", "市住建局"),
        ("配合", "市财政局"),
        ("配合", "市发改委"),
    }
    news = "某市通报污染源\n对于本次通报的污染源，由各主管部门依法查处并责令立即整改。相关责任单位包括市城乡建委、甲区政府等。\n"
    assert {(task, role, actor) for task, role, actor, _ in facts(news)} == {
        ("对于本次通报的污染源，由各主管部门依法查处并责令立即整改", "负责", "市城乡建委"),
        ("对于本次通报的污染源，由各主管部门依法查处并责令立即整改", "负责", "甲区政府"),
    }


def test_a_会同_clause_of_its_own_after_the_sentence_s_subject() -> None:
    raw = (
        "某专项资金管理办法\n第四条 职责分工\n（二）市商务局根据工作需要，提出年度资金安排建议；会同市财政局组织开展项目评审。\n"
        "（三）由市公安局牵头，会同市安全局等有关部门和区县政府，执行安保方案。\n"
    )
    found = {(task, role, actor) for task, role, actor, _ in facts(raw)}
    assert ("组织开展项目评审", "牵头", "市商务局") in found
    assert ("组织开展项目评审", "配合", "市财政局") in found
    assert not any(task == "和区县政府" for task, _, _ in found)


def test_bodies_duty_lists_run_into_one_paragraph_after_a_mirror_s_page_mark() -> None:
    raw = (
        "某省应急预案\n[接上页] 省卫生厅:组织开展现场医疗卫生救援工作。 省安监局:负责督促指导做好次生灾害的排查。"
        " 省民政厅:负责组织临时生活救助。\n"
    )
    assert {(task, role, actor) for task, role, actor, _ in facts(raw)} == {
        ("督促指导做好次生灾害的排查", "负责", "省安监局"),
        ("组织临时生活救助", "负责", "省民政厅"),
    }


def test_a_news_report_s_会同_after_将_and_the_duty_past_a_clause_of_how() -> None:
    raw = (
        "某省春运工作专班通报\n省交通运输厅将会同市场监管、应急等有关部门，以客运场站为重点，组织开展安全生产大检查。"
        "综合执法部门将会同交通运输、公安等部门强化执法协作。\n"
    )
    found = {(task, role, actor) for task, role, actor, _ in facts(raw)}
    assert ("组织开展安全生产大检查", "牵头", "省交通运输厅") in found
    assert ("强化执法协作", "牵头", "综合执法部门") in found
    assert ("强化执法协作", "配合", "公安") in found


def test_duties_under_a_heading_that_names_no_body_are_the_page_s_body_s_or_its_section_s() -> None:
    page = (
        "某区人民政府应急管理办公室\n主要职责\n区人民政府应急管理办公室是区政府的办事部门。\n（一）贯彻执行有关方针政策。\n"
        "（二）负责协调指导应急预案体系建设；负责全区应急值守。\n"
    )
    assert {(task, role, actor) for task, role, actor, _ in facts(page)} == {
        ("协调指导应急预案体系建设", "负责", "某区人民政府应急管理办公室"),
        ("全区应急值守", "负责", "某区人民政府应急管理办公室"),
    }
    sections = "某县应急预案\n（一）县应急指挥部\n主要职责\n1.负责统一指挥全县应急工作。\n（二）县应急办\n主要职责\n1.负责值守。\n"
    assert {(task, actor) for task, _, actor, _ in facts(sections)} == {
        ("统一指挥全县应急工作", "县应急指挥部"),
        ("值守", "县应急办"),
    }


def test_items_numbered_by_one_character_marks_a_flattened_page_runs_together() -> None:
    """ "㈠", "⒈", "⑴" number items as "（一）", "1.", "（1）" do: a page flattened into one line is cut before each,
    each is a task under the one before it, and the mark is no part of the body that answers for it."""
    raw = (
        "某州救灾预案\n三、应急准备 ㈠ 资金准备。 ⒈某州财政局负责安排救灾资金预算； ⒉建立救灾资金增长机制。 "
        "㈡ 物资准备。 ⒈某州民政局负责建设救灾物资储备库； ⑴储备帐篷。"
    )
    (doc,) = extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw)))
    tasks = {t.key: t for t in doc.tasks if not t.key.startswith("duty-")}
    tree = {(t.heading, tasks[t.parent].heading if t.parent else None) for t in tasks.values()}
    assert {("资金准备", "应急准备"), ("物资准备", "应急准备"), ("建立救灾资金增长机制", "资金准备")} <= tree
    actors = {(a.role, a.actor) for a in doc.assignments}
    assert actors == {("负责", "某州财政局"), ("负责", "某州民政局")}


def test_a_body_that_supports_a_duty_named_after_配合() -> None:
    """ "A配合做好T", "A、B等部门要配合乡镇做好T": each body 配合 T (the body it supports gets no role the text does
    not give); working together with no duty named, or 有关部门 alone, is no assignment."""
    raw = (
        "某市人民政府关于秸秆禁烧的通告\n三、市交通局配合做好秸秆运输管理。\n"
        "四、市公安局、市消防救援支队等部门要配合乡镇做好秸秆禁烧的执法工作。\n五、各部门要密切配合，主动作为。\n"
        "六、有关部门配合，各负其责。\n七、生态环境、林业等相关部门要配合乡镇街做好秸秆清运工作。"
    )
    assert facts(raw) == {
        ("做好秸秆运输管理", "配合", "市交通局", None),
        ("做好秸秆禁烧的执法工作", "配合", "市公安局", None),
        ("做好秸秆禁烧的执法工作", "配合", "市消防救援支队", None),
        ("做好秸秆清运工作", "配合", "生态环境", None),  # sectors the list says are bodies (等相关部门)
        ("做好秸秆清运工作", "配合", "林业", None),
    }


def test_sectors_listed_before_等部门_are_the_bodies_the_list_names() -> None:
    """ "公安、交通等相关部门": the sectors are bodies as written; without the trailer they are words."""
    assert parse_actor_list("公安、交通、农业等部门") == ["公安", "交通", "农业"]
    assert parse_actor_list("公安、交通、农业") == []


def test_a_body_s_duties_go_on_to_配合_after_a_semicolon_the_body_supported_no_part_of_the_duty() -> None:
    """ "X：负责A；配合B做好C" and "X负责A；配合B做好C": X 配合 "做好C", in a list of a body's duties and in prose."""
    raw = (
        "某市救灾应急预案\n（五）成员单位职责\n市粮食局：负责落实救灾粮源；配合市民政局做好救灾粮调拨。\n"
        "（六）其他\n市交通局负责运力保障；配合市应急局做好物资运输。"
    )
    supports = {(task, actor) for task, role, actor, _ in facts(raw) if role == "配合"}
    assert supports == {("做好救灾粮调拨", "市粮食局"), ("做好物资运输", "市交通局")}


def test_a_body_s_duties_under_职能为_and_those_it_acts_for_are_not_its_subject() -> None:
    """ "X、Y的职能为：代表某市委、市政府负责T" gives X and Y 负责 T; the bodies after 代表 are whom they act for."""
    raw = "某市设立工委\n某工委、某管委会的职能为：代表某市委、市政府负责某群岛的行政管辖工作，负责综合执法工作。"
    assert {(a, t) for t, r, a, _ in facts(raw) if r == "负责"} == {
        (body, duty) for body in ("某工委", "某管委会") for duty in ("某群岛的行政管辖工作", "综合执法工作")
    }


def test_bodies_taking_part_after_the_one_that_leads_are_no_part_of_the_duty() -> None:
    """ "由A牵头，B、C等单位派人员参加督导工作组，对…开展督导检查": A 牵头 the inspection; B and C take part (no role of
    the guideline's), and their clause is not the duty."""
    raw = (
        "某省强化假日市场监管\n节前，由省文旅厅牵头，省公安厅、省市场监管局等单位派人员参加督导工作组，"
        "对各市县假日市场开展督导检查。"
    )
    assert facts(raw) == {("对各市县假日市场开展督导检查", "牵头", "省文旅厅", None)}
