"""Documents as web pages and news reports give them: furniture, metadata, titles without a title line.

The texts are made up for the tests (names, places and numbers invented); each
has the shape of a kind of page found in corpus/ (corpus/ANNOTATION.md, decisions 2–4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.mapped import MappedText
from kg.metadata import metadata, own_title, page_title
from kg.model import Document
from kg.pipeline import extract_documents, read_file
from kg.reading import Source


def docs_of(raw: str, name: str = "page.txt") -> list[Document]:
    return extract_documents(Source(Path(name), raw, "utf-8", MappedText.identity(raw)))


BREADCRUMB_PAGE = """\
某某资讯网
位置:首页 > 政务 > 工作报告
2022年区政府工作报告重点工作责任分解
一、稳增长
1.地区生产总值增长6%。
责任单位:区发改局
"""

STAMPED_PAGE = """\
青山区人民政府
信息详情
2021年青山区民生实事项目推进情况
2021年青山区民生实事项目推进情况
发布时间：2022-01-05
一、教育
1.新建幼儿园3所。牵头单位：区教育局
"""

BYLINE_PAGE = """\
往期回顾
发刊日期:2019年08月01日> > 总第2874期 > 2 > 新闻内容
甲乙市政府调研民生实事项目推进情况
新闻作者:王立新  发布时间:2019年08月01日  查看次数:  放大 缩小 默认
一、教育
1.新建幼儿园3所。牵头单位：市教育局
"""

MENU_PAGE = """\
首   页 走进甲县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏

关于县级领导包抓2020年重点项目建设工作的通知

各镇人民政府,县政府各部门:
1.建设城市绿道20公里。牵头单位：县住建局
"""

EPAPER_PAGE = """\
通版阅读请点击:
展开通版
收缩通版
当前版:A02版
发布日期:2021年05月06日
甲市推进民生实事项目建设
甲市推进民生实事项目建设
1.建设城市绿道20公里。牵头单位：市园林局
"""

EPAPER_PAGE_HEAD = """\
第03版:要闻
版面概览
上一版  下一版
2021年05月06日 星期四
放大  缩小  默认
甲市推进民生实事项目建设
1.建设城市绿道20公里。牵头单位：市园林局
"""

AUTHOR_PAGE = """\
医院新闻
手机扫码查看
我院推进民生实事项目建设
- 文:宋晓妮
- 日期:2009-04-30
1.建设城市绿道20公里。牵头单位：市园林局
"""

FILE_PAGE = """\
2022年重点项目责任分解表.docx
《2022年重点项目责任分解表.docx》由会员分享，可在线阅读。
1.建设城市绿道20公里。牵头单位：市园林局
"""


@pytest.mark.parametrize(
    "raw, title, date",
    [
        (BREADCRUMB_PAGE, "2022年区政府工作报告重点工作责任分解", None),
        (STAMPED_PAGE, "2021年青山区民生实事项目推进情况", "2022-01-05"),
        (FILE_PAGE, "2022年重点项目责任分解表", None),
        (BYLINE_PAGE, "甲乙市政府调研民生实事项目推进情况", "2019-08-01"),
        (MENU_PAGE, "关于县级领导包抓2020年重点项目建设工作的通知", None),
        (EPAPER_PAGE, "甲市推进民生实事项目建设", "2021-05-06"),  # a newspaper's e-paper: its page's controls
        (EPAPER_PAGE_HEAD, "甲市推进民生实事项目建设", None),  # its page, controls and day over the headline
        (AUTHOR_PAGE, "我院推进民生实事项目建设", "2009-04-30"),  # an app's furniture; the author's line over the date
    ],
)
def test_a_portal_page_titles_itself_by_its_breadcrumbs_metadata_or_file_name(raw: str, title: str, date) -> None:
    [doc] = docs_of(raw)
    assert doc.title == title
    assert doc.date == date
    assert doc.tasks  # the furniture above the title did not take the document's body away


def test_a_page_title_repeated_above_the_real_head_is_one_document() -> None:
    raw = """\
关于印发白河县2019年度大气污染防治工作方案的通知
来源：白河县政府网 浏览：12 发布：2019-06-03
白政办发〔2019〕21号
白河县人民政府办公室
关于印发白河县2019年度大气污染防治工作方案的通知
各乡镇人民政府，县直各单位：
现将《白河县2019年度大气污染防治工作方案》印发给你们，请认真贯彻执行。
白河县人民政府办公室
2019年5月30日
"""
    [doc] = docs_of(raw)
    assert doc.number == "白政办发〔2019〕21号"
    assert doc.title == "白河县2019年度大气污染防治工作方案"
    assert doc.date == "2019-05-30"  # the signature's date wins over the page's


def test_a_portal_s_navigation_and_metadata_block_above_the_head_are_no_document() -> None:
    raw = """\
- 设为首页
- 加入收藏
- 长者版
名 称: 县人民政府办公室关于印发2021年县政府重点工作责任分解的通知
索 引 号: 000000000/2021-000001 发布日期: 2021-05-10 发布机构: 某县政府办公室
县人民政府办公室
关于印发2021年县政府重点工作责任分解的通知
各乡镇人民政府：
《2021年县政府重点工作责任分解》已经县政府同意，现印发给你们，请认真抓好落实。
2021年5月10日
2021年县政府重点工作责任分解
1、新建幼儿园3所。[牵头单位:县教育局]
"""
    [doc] = docs_of(raw)
    assert doc.title == "2021年县政府重点工作责任分解"
    assert [(a.role, a.actor) for a in doc.assignments] == [("牵头", "县教育局")]


@pytest.mark.parametrize(
    "line",
    [
        "通知公告",
        "NOTICE",
        "登录个人中心",
        "今天是",
        "智能问答",
        "移动端应用",
        "繁體中文",
        "微信扫一扫",
        "详细内容",
        "意见反馈",
        "政务公开",
    ],
)
def test_a_portal_s_column_name_and_menu_items_are_its_furniture(line: str) -> None:
    from kg.metadata import SITE_NAV_RE

    assert SITE_NAV_RE.match(line)
    assert not SITE_NAV_RE.match(f"关于做好{line}工作的通知")


def test_a_head_whose_title_wraps_above_the_page_s_metadata_is_the_document() -> None:
    raw = """\
网站无障碍 适老版
首页 > 政府信息公开 > 通知公告
某市人民政府办公室
关于印发某市与甲市、乙州共同推进
城市群建设2021年
重点任务清单的通知
来源：    时间：2021年5月6日
各县区人民政府：
现将清单印发给你们。
1. 做好重大规划的有效衔接。
责任单位：某市、甲市、乙州发展改革部门
"""
    [doc] = docs_of(raw)
    assert doc.title == "某市与甲市、乙州共同推进城市群建设2021年重点任务清单"
    assert {a.actor for a in doc.assignments} == {"某市发展改革部门", "甲市发展改革部门", "乙州发展改革部门"}


def test_a_metadata_line_whose_labels_run_together_gives_the_issuer_and_date() -> None:
    raw = """\
【字体：大 中 小】 【打印】 【关闭】
关于成立某县河长制工作领导小组的通知
索引号：11410000/2019-00012 发布机构：某县人民政府办公室 生成日期：2019-05-20
各乡镇人民政府：
经县政府研究，决定成立县河长制工作领导小组。
"""
    [doc] = docs_of(raw)
    assert doc.issuers == ("某县人民政府办公室",)
    assert doc.date == "2019-05-20"


def test_an_issuer_whose_name_wraps_into_the_title_line() -> None:
    raw = """\
某市应对气候变化及节能减排工作领导小组
办公室关于印发某市降碳目标
工作实施方案的通知
各县（市、区）人民政府：
经市人民政府同意，现将《某市降碳目标工作实施方案》印发给你们，请认真组织实施。
1.加强准入管理。〔市生态环境局、市发展改革委等按职责分工负责。〕
"""
    [doc] = docs_of(raw)
    assert doc.issuers == ("某市应对气候变化及节能减排工作领导小组办公室",)
    assert doc.title == "某市降碳目标工作实施方案"
    assert {(a.role, a.actor) for a in doc.assignments} == {("负责", "市生态环境局"), ("负责", "市发展改革委")}


def test_a_title_with_its_number_in_brackets_and_a_dateline_with_a_colon() -> None:
    [doc] = docs_of(
        "关于建立某省马铃薯产业联席会议制度的通知（某农发〔2006〕35号）\n为加强协调，决定建立联席会议制度。\n"
    )
    assert (doc.title, doc.number) == ("关于建立某省马铃薯产业联席会议制度的通知", "某农发〔2006〕35号")
    [doc] = docs_of("某某网讯：5日，新区人大常委会举行第八次全体会议。区人大常委会主任王立主持会议。\n")
    assert doc.title == "新区人大常委会举行第八次全体会议"


def test_a_document_site_s_page_count_run_into_the_title_is_dropped() -> None:
    [doc] = docs_of("第1页共4页某县秸秆禁烧工作实施方案为认真做好我县秸秆禁烧工作，特制定本方案。\n一、工作目标\n")
    assert doc.title == "某县秸秆禁烧工作实施方案"


def test_a_note_in_brackets_alone_is_no_title() -> None:
    [doc] = docs_of("（区城棚改事务中心）\n市政府召开棚改工作会议\n会议要求：A同志任市住建局局长。\n")
    assert doc.title == "市政府召开棚改工作会议"


def test_a_day_alone_above_a_headline_is_no_title() -> None:
    [doc] = docs_of("12月24日上午\n市委召开领导干部会议\n省委组织部副部长宣布省委决定：李一同志任市委书记。\n")
    assert doc.title == "市委召开领导干部会议"


def test_a_headline_with_a_comma_is_the_title() -> None:
    raw = "某县委书记拟任人选公布，正厅级县委书记将继续减少\n\n某省正厅级县委书记正逐步减少。\n"
    [doc] = docs_of(raw)
    assert doc.title == "某县委书记拟任人选公布，正厅级县委书记将继续减少"


def test_a_news_page_s_stamp_above_its_headline_and_a_消息_dateline() -> None:
    [doc] = docs_of("2018-04-05 00:00\n王立兼任某部副部长\n国务院昨天宣布，王立兼任某部副部长。\n")
    assert doc.title == "王立兼任某部副部长"
    [doc] = docs_of("某某网5月21日平原消息 日前，中共某县委调整充实了对台工作领导小组。\n领导小组由县委书记任组长。\n")
    assert doc.title == "中共某县委调整充实了对台工作领导小组"


def test_a_wrapped_inline_head_and_a_short_issuer_name() -> None:
    raw = """\
省人民政府办公厅关于成立
全省第五次农业普查领导小组的通知
某政办发〔2016〕8号
各市人民政府：
为做好普查工作，决定成立领导小组。
"""
    [doc] = docs_of(raw)
    assert doc.title == "关于成立全省第五次农业普查领导小组的通知"
    assert doc.issuers == ("省人民政府办公厅",)
    [doc] = docs_of("县政府关于印发2024年重点工作分解方案的通知\n各乡镇：\n现将方案印发给你们。\n")
    assert doc.issuers == ("县政府",)


def test_the_forwarded_plan_keeps_its_own_quotation_marks() -> None:
    raw = """\
市政府关于印发2021年政府工作报告目标任务分解方案的通知
某政发〔2021〕5号
各区政府：
现将方案印发给你们。
某市人民政府
2021年2月1日
2021年《政府工作报告》目标任务分解方案
1.地区生产总值增长7%。牵头单位：市发改委
"""
    [doc] = docs_of(raw)
    assert doc.title == "2021年《政府工作报告》目标任务分解方案"


@pytest.mark.parametrize(
    "lines, title",
    [
        # a news lead after its dateline and date: the whole first sentence
        (
            ["江城晚报讯（记者 李明）5月8日，市十五届人大常委会召开第九次会议，审议人事任免事项。"],
            "市十五届人大常委会召开第九次会议，审议人事任免事项",
        ),
        (
            ["新华社北京3月2日电 国务院日前决定调整国务院防汛抗旱总指挥部组成人员。"],
            "国务院日前决定调整国务院防汛抗旱总指挥部组成人员",
        ),
        # a lead whose date has its year; minutes whose lead ends "，纪要如下："
        (
            ["2025年12月31日，市委书记、市总河长胡斌主持召开吉林市2025年市级总河长会议。他强调，要深入学习。"],
            "市委书记、市总河长胡斌主持召开吉林市2025年市级总河长会议",
        ),
        (
            ["2017年2月8日上午，区长王一鸣在区政府817会议室，主持召开区政府第2次常务会议，纪要如下："],
            "区长王一鸣在区政府817会议室，主持召开区政府第2次常务会议",
        ),
        # a lead that reports a meeting, then who presided: the meeting's clause; what it decided stays in
        (
            ["12月5日，区十五届人大常委会举行第四十三次会议，区人大常委会主任王一鸣主持会议，委员共43人出席会议。"],
            "区十五届人大常委会举行第四十三次会议",
        ),
        (
            ["8月27日，某集团召开干部大会，宣布开发区党工委对集团公司主要领导的调整决定。"],
            "某集团召开干部大会，宣布开发区党工委对集团公司主要领导的调整决定",
        ),
        # a lead too long to read whole, whose first clause reports a meeting
        (
            [
                "本报讯（记者杜某）昨日下午，市政协十一届一次会议举行第四次全体会议，会议以无记名投票的方式，选举王一鸣为主席，"
                + "李立新、" * 40
                + "赵海为副主席。"
            ],
            "市政协十一届一次会议举行第四次全体会议",
        ),
        # a news lead without its dateline, the text's first line
        (
            ["今天上午召开的广州市十四届人大常委会第四十七次会议，审议一系列人事任免事项。会上，市长提请任命。"],
            "今天上午召开的广州市十四届人大常委会第四十七次会议，审议一系列人事任免事项",
        ),
        (["昨日（3月26日），省纪委公开通报5起不担当不作为典型问题。"], "省纪委公开通报5起不担当不作为典型问题"),
        # a dateline of a site's news ("今日竹山网消息") before the lead's day: the lead, not the dateline
        (
            ["今日竹山网消息 8月12日上午，县统计局局长陈国华带领普查办公室人员来到庙湾村，对接普查试点工作。"],
            "县统计局局长陈国华带领普查办公室人员来到庙湾村，对接普查试点工作",
        ),
        # a lead with two datelines: the paper's and the agency's it quotes
        (
            ["【本报讯】据中新网沈阳22日电：12月22日上午，辽宁省十届人大常委会第三十五次会议在沈阳召开。"],
            "辽宁省十届人大常委会第三十五次会议在沈阳召开",
        ),
        # a lead after its purpose; a lead whose day comes before its verb; a paper's dateline after its site's
        (
            ["为全力做好城市精细化管理工作，11月3日，某街道办事处全方位开展市容环境专项整治行动。一是由城管办牵头。"],
            "某街道办事处全方位开展市容环境专项整治行动",
        ),
        (
            ["市政协十四届一次会议主席团第一次会议1月9日下午召开。会议审议通过了名单。"],
            "市政协十四届一次会议主席团第一次会议1月9日下午召开",
        ),
        (["温州网-《温州日报》讯 昨天，市十四届人大常委会召开第十六次会议。"], "市十四届人大常委会召开第十六次会议"),
        # a news report's own title in brackets closing its last paragraph, after a lead with a colon
        (
            [
                "日前，中共中央决定：对某市委主要负责同志职务进行了调整。",
                "据悉，甲同志将另有任用。（原标题：甲不再兼任市委书记）",
            ],
            "甲不再兼任市委书记",
        ),
        # a portal's metadata name cell, the next cell's label after it with no value
        (["名称: 某区2020年食品安全重点工作安排 文号:"], "某区2020年食品安全重点工作安排"),
        # a headline run into its lead on one line
        (["我县召开2011年三秋工作动员会 9月21日上午，我县召开2011年三秋工作动员会。"], "我县召开2011年三秋工作动员会"),
        # a lead under a byline, without a date
        (
            ["来源：某某日报", "□本报记者 王芳", "会议顺利完成各项议程后闭幕，表决通过了一批任免事项。"],
            "会议顺利完成各项议程后闭幕，表决通过了一批任免事项",
        ),
        # a plan reported by the news
        (
            ["近日，东湖区人民政府办公室发布《2024年区重点工作任务分解》方案，共明确80项任务。"],
            "2024年区重点工作任务分解",
        ),
        # the plan a headless notice forwards, printed after the notice's date
        (
            [
                "各县区人民政府：",
                "现将政府工作报告确定的任务进行分解。",
                "2019年2月3日",
                "《政府工作报告》重点工作责任分解",
                "一、稳增长",
            ],
            "《政府工作报告》重点工作责任分解",
        ),
        (["现将《某市就业促进方案》（以下简称《方案》）印发给你们，请认真贯彻实施。"], "某市就业促进方案"),
    ],
)
def test_a_text_without_a_title_line_names_itself(lines: list[str], title: str) -> None:
    assert own_title(lines) == title


@pytest.mark.parametrize(
    "line",
    ["推进电力通讯设施建设，完善电网。", "加快5G通讯网络建设。"],
)
def test_words_with_讯_or_电_are_not_a_dateline(line: str) -> None:
    assert own_title([line]) is None


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["时间:2023-07-11 17:01 浏览次数: 信息来源: 某市政府"], "2023-07-11"),
        (["2013年07月17日 16:47 来源：某某新闻网"], "2013-07-17"),
        (["（2021年10月9日某市第十五届人民代表大会常务委员会第四十一次会议通过）"], "2021-10-09"),
        (["完成时间：2023年12月底前"], None),
        (["2020年1月18日"], None),  # a signature date is the body's, not metadata
    ],
)
def test_metadata_dates(lines: list[str], expected: str | None) -> None:
    assert metadata(lines).date == expected


def test_a_signature_is_not_a_page_title() -> None:
    assert page_title(["某市人民政府", "2020年1月18日"]) is None


def test_pinyin_reading_aids_are_dropped() -> None:
    [doc] = docs_of("某市人大常委會(huì)召開(kāi)第三次會(huì)議\n會議決定任命張三為某市副市長(zhǎng)。\n")
    assert "(" not in doc.title and "（" not in doc.title
    assert "會議" in doc.text.text and "(huì)" not in doc.text.text


def test_a_first_document_without_sentences_is_not_taken_for_a_page_head() -> None:
    raw = """\
关于钱立等同志职务任免的通知
任命：
钱立为市统计局副局长
免去：
孙明的市统计局副局长职务
某市人民政府办公室
关于成立某市防汛指挥部的通知
各区人民政府：
为做好防汛工作，决定成立某市防汛指挥部。
"""
    docs = docs_of(raw)
    assert [d.title for d in docs] == ["关于钱立等同志职务任免的通知", "关于成立某市防汛指挥部的通知"]


@pytest.mark.parametrize(
    "raw, title, number, issuer",
    [
        # a head flattened into one line: the number, the issuer, the title
        (
            "某政办〔2021〕7号 某省人民政府办公厅 关于建立某项工作联席会议制度的通知\n各市人民政府：\n现将有关事项通知如下。",
            "关于建立某项工作联席会议制度的通知",
            "某政办〔2021〕7号",
            "某省人民政府办公厅",
        ),
        # a red head: "X文件", the number, the issuer again, then the title wrapped over two lines
        (
            "某市人民政府办公室文件\n某政办发〔2020〕12号\n某市人民政府办公室\n关于调整某市减灾委员会\n组成人员的通知\n"
            "各区人民政府：\n现将调整后的组成人员通知如下：\n主任：王立新 市长",
            "关于调整某市减灾委员会组成人员的通知",
            "某政办发〔2020〕12号",
            "某市人民政府办公室",
        ),
    ],
)
def test_a_head_in_a_web_or_red_head_layout(raw: str, title: str, number: str, issuer: str) -> None:
    (doc,) = docs_of(raw)
    assert (doc.title, doc.number, doc.issuers[:1]) == (title, number, (issuer,))


def test_a_news_pages_list_of_other_articles_is_not_read() -> None:
    raw = (
        "日前，某省委办公厅、省政府办公厅下发了《关于成立某省新区建设领导小组的通知》，通知指出，为加强组织领导，"
        "推动新区更好发展，省委、省政府决定成立某省新区建设领导小组，省长王立任组长。本报记者 李明\n"
        "新闻推荐\n"
        "新华社北京11月2日电 某国某州副州长甲乙2日表示，发展同中国的关系是州长的优先日程之一。\n"
    )
    (doc,) = docs_of(raw)
    assert doc.title == "关于成立某省新区建设领导小组的通知"
    assert "副州长" not in doc.text.text


def test_a_sites_section_name_above_its_breadcrumbs_is_no_document() -> None:
    raw = (
        "文件发布\n当前位置:首页>文件发布\n某区管委会办公室关于成立某工作领导小组的通知\n发布日期:2017/8/1 13:55:00来源:管委会办公室\n"
        "某区管委会办公室关于成立某工作领导小组的通知\n各镇街、区直各部门：\n为推进工作，决定成立某工作领导小组。\n"
    )
    assert [d.title for d in docs_of(raw)] == ["关于成立某工作领导小组的通知"]


def test_a_pages_title_with_its_issuer_before_and_its_number_after() -> None:
    raw = (
        "当前位置:网站首页 >>政策法规 >> 正文内容\n"
        "某区营商环境工作领导小组办公室关于建立营商环境工作联席会议制度的通知(某政办〔2020〕32号)\n"
        "作者:xncb 文章来源: 发布时间:2020-04-24 11:27\n"
        "各成员单位：为优化营商环境，决定建立联席会议制度。\n"
    )
    (doc,) = docs_of(raw)
    assert (doc.title, doc.number) == ("关于建立营商环境工作联席会议制度的通知", "某政办〔2020〕32号")


def test_a_broken_time_stamp_between_title_and_metadata_is_no_title() -> None:
    raw = (
        "时间:2022/8/6来源:本站原创作者:佚名\n某县某镇:“三快”反应拉起疫情防控“防火墙”\n-08-:19:16\n来源:某某网\n"
        "疫情就是命令，防控就是责任。某镇党委政府高度重视。\n"
    )
    (doc,) = docs_of(raw)
    assert doc.title == "某县某镇：“三快”反应拉起疫情防控“防火墙”"


def test_a_sites_greeting_and_a_sequence_number_label() -> None:
    raw = (
        "欢迎访问某某县人民政府网站！\n"
        "发文序号:某政办发〔2023〕1 号\n"
        "成文日期:2023年3月3日\n"
        "《某县重点工作分工方案》已经县政府同意，现印发给你们，请认真组织实施。\n"
        "一、压实责任。各单位要抓好落实。\n"
    )
    (doc,) = docs_of(raw)
    assert (doc.title, doc.number) == ("某县重点工作分工方案", "某政办发〔2023〕1号")


def test_a_members_list_titled_by_its_body_sets_the_body_up() -> None:
    (doc,) = docs_of("某县减灾委员会成员名单\n主  任：王立新  县长\n委  员：孙明  县民政局局长\n")
    assert {(m.group, m.member, m.role) for m in doc.memberships} == {
        ("某县减灾委员会", "王立新", "主任"),
        ("某县减灾委员会", "孙明", "委员"),
    }


def test_a_news_sites_links_above_the_headline_and_a_稿件来源_line_below_it() -> None:
    raw = (
        "投稿邮箱  返回首页  加入收藏关于我们\n\n\n某县甲镇扎实推进平安建设\n\n"
        "稿件来源:某市信息网  发布时间:2014-05-24  发稿编辑:钱某\n\n"
        "5月22日上午，某县甲镇在中心街举办平安村创建活动的启动仪式。镇党委书记赵一宣布仪式启动。"
    )
    [doc] = docs_of(raw)
    assert doc.title == "某县甲镇扎实推进平安建设"
    assert doc.date == "2014-05-24"


def test_a_newspaper_pages_刊发日期_is_its_date() -> None:
    [doc] = docs_of(
        "某区人大常委会召开会议\n刊发日期:2023-03-10 阅读次数: 作者:admin\n本报讯 昨天上午，某区人大常委会召开会议。"
    )
    assert doc.title == "某区人大常委会召开会议" and doc.date == "2023-03-10"


def test_a_headline_that_opens_with_its_province_and_a_portals_文件编号() -> None:
    [doc] = docs_of("宁夏：在西北地区率先开展地名普查\n为了落实会议精神，自治区民政厅成立了地名普查工作领导小组。")
    assert doc.title == "宁夏：在西北地区率先开展地名普查"
    raw = (
        "当前位置:首页 > 信息公开 >\n索引号:  330522/2023-01775 发文时间:  2023-02-24\n"
        "文件编号:  某政办发〔2023〕7号 发布机构:  某县政府办公室\n某县人民政府办公室关于印发重点工作责任分解的通知\n"
        "各乡镇人民政府：\n《重点工作责任分解》已经县政府同意，现印发给你们，请认真贯彻执行。"
    )
    [doc] = docs_of(raw)
    assert doc.number == "某政办发〔2023〕7号" and doc.date == "2023-02-24"


def test_a_notice_whose_lines_are_br_tags_inside_a_foreign_language_page() -> None:
    raw = (
        "notice medium 2016-08-12\n\nNotice on Establishing the Joint Meeting for the River Project\n\n"
        "市政府办公厅关于建立某市河道工程联席会议的通知\n\nThis document establishes a joint meeting mechanism.\n"
        "Document Text 300 characters\n"
        "某府办〔2016〕63号<br> 某市人民政府办公厅关于建立某市河道工程联席会议的通知<br> 有关区人民政府:<br> "
        "经市政府研究，决定建立某市河道工程联席会议，其组成人员如下:<br> 召 集 人:钱一明 副市长<br> "
        "副召集人:孙 亮 市政府副秘书长<br> 李二华 市水务局局长<br> 某市人民政府办公厅<br> 2016年7月25日"
    )
    [doc] = docs_of(raw)
    assert doc.number == "某府办〔2016〕63号" and doc.date == "2016-07-25"
    seats = {(m.member, m.role) for m in doc.memberships}
    assert seats == {("钱一明", "召集人"), ("孙亮", "副召集人"), ("李二华", "副召集人")}


def test_a_trail_of_sections_above_a_headline_with_its_kicker() -> None:
    raw = (
        "某某传媒\n政经 > 人事观察 > 正文\n\n人事观察|某省党政高层调整 省委副书记钱某任代省长\n\n"
        "2020年11月25日 17:29 来源于 某某网\n【某某网】某省党政一把手近期完成新老交替。"
    )
    [doc] = docs_of(raw)
    assert doc.title.startswith("人事观察|某省党政高层调整") and doc.date == "2020-11-25"


@pytest.mark.parametrize(
    "raw, title, date",
    [
        (
            "首页资讯新闻国内某市市长获任\n454\n\n某市市长获任\n\n某某日报客户端2023-04-10 09:38:550\n\n"
            "据某市日报消息，某市人大常委会于4月8日决定任命钱某为某市政府副市长。",
            "某市市长获任",
            "2023-04-10",
        ),
        (
            "分享更多\n字体:\n\n某市调整副市长分工 钱某分管公安\n\nhttp://news.example.com 2012-03-28 01:40 来源: 某财网\n\n"
            "某市在近来主要领导发生变更后，调整了几位市级领导分工。",
            "某市调整副市长分工钱某分管公安",
            "2012-03-28",
        ),
    ],
)
def test_a_headline_over_its_source_and_time_stamp(raw: str, title: str, date: str) -> None:
    [doc] = docs_of(raw)
    assert doc.title == title and doc.date == date


def test_a_preview_label_above_the_title_and_a_lead_that_cites_its_source() -> None:
    [doc] = docs_of("内容预览:\n某县创建生态文明示范县工作总结\n某县位于某省西北部，森林覆盖率高。")
    assert doc.title == "某县创建生态文明示范县工作总结"
    [doc] = docs_of(
        "据微信公众号“某某日报”消息，12月12日，某区人大常委会会议通过，决定任命钱东为某区人民政府副区长。\n此前，钱东任某县县长。"
    )
    assert doc.title == "某区人大常委会会议通过，决定任命钱东为某区人民政府副区长"
    assert {(a.person, a.post) for a in doc.appointments} == {("钱东", "副区长")}


def test_a_number_on_the_title_s_line_of_a_word_file_s_text() -> None:
    raw = "17.某自治区产业政策清单.docx\n某自治区产业政策清单 某政发〔2023〕3 号 为推动产业发展，提出如下政策清单。 一、推进农牧业转型"
    [doc] = docs_of(raw)
    assert doc.title == "某自治区产业政策清单" and doc.number == "某政发〔2023〕3号"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (  # a news site's dateline in 【】 before the lead
            "发表时间：2019-03-04 09:12\n【某某网2019年03月04日讯】两名副厅级官员今日被省政府免去职务。\n"
            "省政府决定，免去王一鸣的省交通厅副厅长职务。\n",
            "两名副厅级官员今日被省政府免去职务",
        ),
        (  # a headline that quotes in 「」, over the day it was published
            "「两会」前夕 某某省人事调整\n \n2009年1月9日发表\n【某某报消息】连日来，某某省发生多项人事变动。\n",
            "「两会」前夕某某省人事调整",
        ),
        (  # a headline with a colon and a comma
            "某市委决定：钱立新任某区委书记，孙海任某区委副书记\n\n5月8日，某区召开全区领导干部大会。\n",
            "某市委决定：钱立新任某区委书记，孙海任某区委副书记",
        ),
        (  # a 原标题 line over its source: its title, without the label
            "某某资讯网\n\n八位市级政府秘书长换人 谁最年轻\n  原标题:八位市级政府秘书长换人,谁最年轻\n  来源:某某知事\n"
            "  近一周来，至少有八位秘书长人选相继确认。\n",
            "八位市级政府秘书长换人，谁最年轻",
        ),
        (  # a read-aloud button above a notice that forwards two plans
            "\n朗读\n各镇人民政府、街道办事处：\n《2021年重点工作责任分解》和《2021年民生实事责任分解》已经市政府常务会议"
            "讨论通过，现印发给你们，请认真贯彻执行。\n",
            "2021年重点工作责任分解",
        ),
    ],
)
def test_news_heads_datelines_in_brackets_quoted_and_colon_headlines(raw: str, title: str) -> None:
    (doc,) = docs_of(raw)
    assert doc.title == title


def test_a_law_database_s_labels_in_brackets_give_the_number() -> None:
    raw = (
        "您现在的位置：首页 >> 法律法规\n某省某市人民政府办公室关于分解落实《政府工作报告》的通知\n【发布部门】 某市其他机构\n"
        "【发文字号】 某政办发〔2009〕12号\n【发布日期】 2009-02-10\n【时效性】 现行有效\n"
        "某省某市人民政府办公室关于分解落实《政府工作报告》的通知\n市政府各部门：\n  现将有关事项通知如下。\n"
    )
    (doc,) = docs_of(raw)
    assert doc.number == "某政办发〔2009〕12号"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "某某全媒体首席记者王立\n1月30日，某市10区市新一届党政一把手也纷纷到任。他们分别是：\n",
            "某市10区市新一届党政一把手也纷纷到任",
        ),
        (
            "（资料图）\n7月31日下午，区十七届人大常委会举行第十三次会议。区人大常委会主任王立主持。\n",
            "区十七届人大常委会举行第十三次会议",
        ),
        (
            "本报讯昨日上午，县十六届人大常委会第二次会议召开。县人大常委会主任王立出席。\n",
            "县十六届人大常委会第二次会议召开",
        ),
        (
            "今天下午，某省人大常委会会议经过表决，决定接受王立辞去省长职务的请求。\n",
            "某省人大常委会会议经过表决，决定接受王立辞去省长职务的请求",
        ),
        (
            "|\n \n 关于调整二级关工委成员的通知\n各学院及有关部门：\n  经研究，现将有关事项通知如下。\n",
            "关于调整二级关工委成员的通知",
        ),
        ("某镇森林防火应急预案为进一步提高我镇森林防火能力，确保森林资源安全，制定本预案。\n", "某镇森林防火应急预案"),
        ("某网讯（记者 王立）近日，，某镇持续发力，，做好秸秆禁烧工作，。\n", "某镇持续发力，，做好秸秆禁烧工作"),
    ],
)
def test_heads_under_a_byline_a_photo_note_or_bars_and_titles_run_into_the_text(raw: str, title: str) -> None:
    docs = docs_of(raw)
    assert docs[0].title == title


def test_a_day_named_relative_to_the_report_opens_a_lead_only_on_the_first_line_or_after_a_dateline() -> None:
    raw = "今年承诺的为民“十大实事”怎么做实？如何务实惠民，将每件实事抓好落实？普通百姓如何监督呢？\n昨日，市政府公布了十大实事的任务分解表。\n"
    assert docs_of(raw, "report.txt")[0].title == "report"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (  # two datelines, the paper's and its source's
            "某某晚报某某网新闻讯据某省人民政府网消息，近日，某省人民政府发布关于重点工作及责任分解的通知。\n通知称，…\n",
            "某省人民政府发布关于重点工作及责任分解的通知",
        ),
        (
            "阅读新闻\n\n某市公开选拔市文化局局长拟任人选确定\n\n[阅读: 次] 某某日报\n  9月24日上午，我市召开会议。\n",
            "某市公开选拔市文化局局长拟任人选确定",
        ),
        (
            "——2009年3月25日在市人大常委会第1次会议上\n某市人民政府市长 王立\n主任、各位副主任：\n现作如下说明。\n",
            "speech",
        ),
    ],
)
def test_heads_of_news_pages_with_two_datelines_a_section_label_or_a_speech_s_subtitle(raw: str, title: str) -> None:
    assert docs_of(raw, "speech.txt")[0].title == title


def test_a_portal_s_metadata_table_gives_the_title_and_number() -> None:
    raw = (
        "[索引号] | 1161/2025-00040 | [主题分类] | 政务督查 |\n---|---|---|---|\n[发布机构] | 某县人民政府办公室 | [发文日期] | 2025-02-28 |\n"
        "[文 号] | 某政发〔2025〕17号 |\n[名 称] | 某政发〔2025〕17号 某县人民政府 关于建立重点工作调度机制的通知 |\n"
        "各镇人民政府：\n为形成工作格局，现通知如下。\n"
    )
    (doc,) = docs_of(raw)
    assert (doc.number, doc.title) == ("某政发〔2025〕17号", "某县人民政府关于建立重点工作调度机制的通知")


def test_a_forwarding_notice_s_title_and_a_page_that_opens_with_its_attachment() -> None:
    raw = (
        "首页 > 财政法规\n转发国务院办公厅关于开展地名普查试点的通知\n\n各地级以上市人民政府：\n现将通知转发给你们。\n"
    )
    assert docs_of(raw)[0].title == "转发国务院办公厅关于开展地名普查试点的通知"
    raw = "附件1：某市救助管理工作联席会议制度\n某市人民政府办公厅\n二〇一二年四月五日\n附件1：\n某市救助管理工作联席会议制度\n为加强组织领导，建立本制度。\n"
    assert docs_of(raw)[0].title == "某市救助管理工作联席会议制度"


def test_a_law_database_s_labels_glued_to_their_values_and_a_web_list_s_bullets() -> None:
    raw = "发文机关国务院\n发文日期2003年12月02日\n时效性现行有效\n发文字号国发〔2003〕28号\n各省、自治区、直辖市人民政府：\n现将有关事项通知如下。\n"
    (doc,) = docs_of(raw, "law.txt")
    assert (doc.number, doc.title) == ("国发〔2003〕28号", "law")
    (doc,) = docs_of(
        "某省政府关于加强管理的通知明确，管理工作由省发展改革委负责。\n扩展资料某政发[2008]31号\n", "qa.txt"
    )
    assert doc.number == "某政发〔2008〕31号"
    raw = (
        "• 国务院办公厅关于成立某某改革工作领导小组的通知\n    • 信息来源：中国政府网发布时间：2016-06-28\n    • 国办发〔2016〕48号\n"
        "各省、自治区、直辖市人民政府：\n经国务院同意，决定成立某某改革工作领导小组。\n"
    )
    (doc,) = docs_of(raw)
    assert (doc.number, doc.title) == ("国办发〔2016〕48号", "关于成立某某改革工作领导小组的通知")


def test_a_paper_s_dateline_of_its_name_and_讯_alone() -> None:
    raw = "N某某记者 王立\n某都讯 年内将安排1400万元，为200个乡镇各配备一套快检设备。日前，省政府办公厅转发了通知。\n"
    assert docs_of(raw)[0].title == "年内将安排1400万元，为200个乡镇各配备一套快检设备"


def test_a_site_s_search_box_above_its_breadcrumbs_is_no_document() -> None:
    raw = (
        "资讯搜索\n关 键 字: 分 类:\n当前位置: 商会首页 > 政策法规 > 查看详情\n国务院办公厅关于成立某某领导小组的通知\n"
        "浏览次数:1124 日期:2015-06-25 13:00:00\n国务院办公厅关于成立\n某某领导小组的通知\n国办发〔2015〕48号\n"
        "各省、自治区、直辖市人民政府：\n为加强统筹协调，决定成立某某领导小组。\n"
    )
    docs = docs_of(raw)
    assert [(d.number, d.title) for d in docs] == [("国办发〔2015〕48号", "关于成立某某领导小组的通知")]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "新闻中心讯 4月28日，教育部任命王一为某大学常务副校长。因年龄原因，免去李二的职务。\n",
            "教育部任命王一为某大学常务副校长",
        ),
        (
            '王一任甲大校长,原甲大校长任乙大校长,原乙大校长"另有任用"\n本报讯 昨天有关负责人宣布了任免决定。\n',
            '王一任甲大校长，原甲大校长任乙大校长，原乙大校长"另有任用"',
        ),
        ("您的当前位置:\n\n第一节 机构设置\n\n某县人民武装部是县人民政府的兵役机关。\n", "第一节机构设置"),
        (
            "首页|新闻|图片|评论\n某县开展文明劝导活动\n\n发稿时间:2014-08-16 10:34:00 来源: 某某网\n  近日，某县开展活动。\n",
            "某县开展文明劝导活动",
        ),
        ("客服微信 网站公众号\n一、为加强社区安全生产监管工作，特制定本制度。\n", "rules"),
        (
            "某某社长春八月七日电 (记者 王一)吉林省政府七日下午举行新闻发布会，通报有关人事调整情况。\n",
            "吉林省政府七日下午举行新闻发布会，通报有关人事调整情况",
        ),
    ],
)
def test_more_heads_of_news_and_portal_pages(raw: str, title: str) -> None:
    assert docs_of(raw, "rules.txt")[0].title == title


@pytest.mark.parametrize(
    "raw, title, number",
    [
        # the column named again under the breadcrumbs; the site's licence number in its footer
        (
            "当前位置: 首页 > 人大要闻 > 时事要闻  > 正文\n\n人大要闻\n\n区人大常委会召开第三次会议 进行人事任免\n\n"
            "时间:2022/05/13  来源:区人大\n  日前，区人大常委会召开会议。\n"
            "某新办发函[2001]232号 某ICP备案号(某ICP备05022042号) 互联网新闻信息服务许可证\n",
            "区人大常委会召开第三次会议进行人事任免",
            None,
        ),
        # a trail cut from its start, to the article; a headline that ends as a body's name does
        (
            "> 行业动态> 正文\n3\n\n某省成立防控动物疫病应急指挥部\n\n  某省政府办公厅近日发布通知。\n",
            "某省成立防控动物疫病应急指挥部",
            None,
        ),
        # a document-sharing site's bar
        (
            "购物车\n我的足迹\n\n2022上半年重点工作进展情况统计表\n\n加入Vip免费下载 立即下载\n序号 任务\n",
            "2022上半年重点工作进展情况统计表",
            None,
        ),
        # a photo's credit above the news, the report's own title quoted at its end
        (
            "王一鸣 某某网 图\n某省政协会议1月28日举行全体会议。\n（原题为《王一鸣当选某省政协主席》）\n",
            "王一鸣当选某省政协主席",
            None,
        ),
        # a site's greeting; a logo's name twice; a column's name over the headline
        (
            "某某管理处欢迎您!今天是:\n\n某处积极开展水利普查工作\n\n访问次数 : 发布时间:2011-03-15 00:00 打印\n",
            "某处积极开展水利普查工作",
            None,
        ),
        (
            "某某资讯网某某资讯网\n\n全国已有86名干部担任一把手\n\n  原标题:全国86名干部任一把手\n",
            "全国已有86名干部担任一把手",
            None,
        ),
        (
            "党委要闻\n某委组织部到我院宣布党委书记的任免决定\n2017年10月11日下午，某委组织部到我院宣布决定。\n",
            "某委组织部到我院宣布党委书记的任免决定",
            None,
        ),
        # a sharing site's buttons, then the title over a 栏目 line
        (
            "电脑桌面\n添加文秘网到电脑桌面\n安装后可以在桌面快捷访问\n\n某区任务分解方案\n\n栏目:策划方案发布:2019-04-17\n",
            "某区任务分解方案",
            None,
        ),
        # a 副标题 label is no title; an issuer over its addressee neither: the file's name
        (
            "副标题:中共某市委办公室 某市人民政府办公室\n各乡镇党委、人民政府:\n因工作需要，决定开展联系工作。\n",
            "rules",
            None,
        ),
        (
            "某市人民政府办公厅\n各区县人民政府，市人民政府各部门:\n为加快培育先进制造业集群，现通知如下。\n",
            "rules",
            None,
        ),
        # a lead after "据X报道，", and after a day and its hour
        ("/据某某报报道，某区纪委监委4月15日发布信息。\n", "某区纪委监委4月15日发布信息", None),
        (
            "4月14日下午2点,全校中层干部扩大会议在科学会堂召开。出席会议的有某司司长李一。\n",
            "全校中层干部扩大会议在科学会堂召开",
            None,
        ),
        # a lead that ends at its colon, or before "，现将…如下："
        (
            "1月7日下午，某组织部在我院召开干部大会，传达了重要决定：张一同志任院长。\n",
            "某组织部在我院召开干部大会，传达了重要决定",
            None,
        ),
        (
            "近日，某区纪委查处了7名党员干部失职失责问题，现将有关情况通报如下：\n一、王一。\n",
            "某区纪委查处了7名党员干部失职失责问题",
            None,
        ),
    ],
)
def test_heads_under_a_column_label_a_trail_cut_short_a_sharing_site_s_bar_or_a_photo_credit(
    raw: str, title: str, number: str | None
) -> None:
    [doc] = docs_of(raw, "rules.txt")
    assert (doc.title, doc.number) == (title, number)


def test_a_news_report_that_quotes_the_document_in_full_is_one_document() -> None:
    raw = (
        "某某网获悉，3月31日，某省人民政府发布实施方案的通知。\n原文如下:\n"
        "某省人民政府关于印发某省节能减排综合工作实施方案的通知\n各市人民政府：\n现将《某省节能减排综合工作实施方案》印发给你们。\n"
    )
    docs = docs_of(raw)
    assert [d.title for d in docs] == ["某省节能减排综合工作实施方案"]


@pytest.mark.parametrize(
    "raw, number",
    [
        ("某省某某管理办法\n\n某省人民政府令第十号\n\n第一条 为了加强管理，制定本办法。\n", "某省人民政府令第十号"),
        (
            "某自治区某某实施办法\n\n某自治区人民政府令\n第82号\n\n第一条 根据条例，制定本办法。\n",
            "某自治区人民政府令第82号",
        ),
        ("文章播报\n〔2011〕80号\n某市人民政府办公室 二○一一年十月十七日\n会议纪要如下：\n", "〔2011〕80号"),
    ],
)
def test_a_government_s_order_and_a_number_without_its_prefix(raw: str, number: str) -> None:
    [doc] = docs_of(raw, "rules.txt")
    assert doc.number == number


def test_a_newspaper_page_s_label_over_the_headline_and_a_number_named_as_an_attached_file() -> None:
    raw = (
        "03版:综合总第627期 >2023-03-10编印\n\n区人大常委会召开第十一次会议\n决定王一鸣代理区长职务\n"
        "刊发日期:2023-03-10 阅读次数:\n\n本报讯 昨天上午，区人大常委会召开会议。\n"
    )
    assert docs_of(raw, "rules.txt")[0].title == "区人大常委会召开第十一次会议"
    raw = "某区人民政府关于印发重点工作任务的通知\n\n某政秘〔2021〕19号.doc\n某政秘〔2021〕19号.pdf\n\n各镇人民政府：\n现印发给你们。\n"
    assert docs_of(raw, "rules.txt")[0].number == "某政秘〔2021〕19号"


@pytest.mark.parametrize(
    "raw, title, date",
    [
        # a site's date widget over the headline
        (
            "今天是:\n\n某县森林防火指挥部办公室工作职责\n\n访问次数 : 发布时间 :2015-09-08\n\n一、拟订森林防火管理制度。\n",
            "某县森林防火指挥部办公室工作职责",
            "2015-09-08",
        ),
        # a report with no headline: its lead after the days it covers is its title
        (
            "10月11日至12日,某镇召开第十五届人民代表大会第一次会议,选出新一届镇人大、镇政府领导班子。\n\n大会回顾了成绩。\n",
            "某镇召开第十五届人民代表大会第一次会议，选出新一届镇人大、镇政府领导班子",  # its comma widened
            None,
        ),
        # a title that names "互联网+", over a draft's note and its date
        (
            "某市推进“互联网+”行动实施意见\n(征求意见稿V2.2)\n(2015年9月15日)\n为贯彻落实指导意见，特制订以下实施意见。\n",
            "某市推进“互联网+”行动实施意见",
            "2015-09-15",
        ),
        # a site's name and greeting over the headline; the date before the section and the count of readers
        (
            "某某资讯网\n\n您好,欢迎访问我们的网站,我们将竭诚为您服务!\n\n某市建立四级林长体系\n\n"
            "2022-01-07分类:园林资讯 阅读:40\n\n2021年以来，某市各县区成立林长制工作领导小组。\n",
            "某市建立四级林长体系",
            "2022-01-07",
        ),
    ],
)
def test_a_site_s_date_widget_greeting_and_reader_count_are_no_title(raw: str, title: str, date: str | None) -> None:
    [doc] = docs_of(raw)
    assert (doc.title, doc.date) == (title, date)


def test_a_site_s_footer_in_traditional_script_is_no_title(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Copyright?2011-2016 版權所有:某縣人民政府 地址:某鎮46號\n投稿信箱 ICP備案:隴ICP備11000231號-1\n"
        "甘公網(wǎng)安備:62302702270003 技術維護單位:某某軟件\n"
        "時間:2017-12-07 作者:某縣\n關于印發《某縣河長制工作督辦制度》的通知\n各鄉鎮人民政府:\n現印發給你們。\n",
        encoding="utf-8",
    )
    [doc] = read_file(page).documents
    assert (doc.title, doc.date) == ("某縣河長制工作督辦制度", "2017-12-07")  # the plan the notice forwards


@pytest.mark.parametrize(
    "raw, title",
    [
        # a headline under the page's metadata and a font switch
        (
            "作者：钱一 来源：某某都市报 发布时间：2014-1-21 8:22:13\n选择字号：\n某省直属高校党委书记多由官员转任\n"
            "新年伊始，高校密集换帅。1月14日，某部宣布钱二担任该校党委书记。\n",
            "某省直属高校党委书记多由官员转任",
        ),
        # an encyclopedia's "跳转到内容" above its entry's name
        (
            "跳转到内容\n某省委决策议事协调机构\n维基百科，自由的百科全书\n某省委决策议事协调机构是若干机构的总称。\n",
            "某省委决策议事协调机构",
        ),
        # a plan's title longer than a headline, alone on the first line
        (
            "甲市深入实施乡村振兴战略促进城乡融合发展工作三年（2019—2021年）行动方案\n一、工作思路\n以乡村振兴为总抓手。\n",
            "甲市深入实施乡村振兴战略促进城乡融合发展工作三年（2019—2021年）行动方案",
        ),
    ],
)
def test_titles_under_metadata_after_a_wiki_s_furniture_and_long_plan_titles(raw: str, title: str) -> None:
    [doc] = docs_of(raw)
    assert doc.title == title


def test_under_the_metadata_a_short_kicker_or_an_editor_s_label_is_no_headline() -> None:
    for under in ("你知道吗", "责任编辑：钱一", "□某某晚报记者 钱一"):
        raw = f"时间：2017-10-4 来源：本站原创\n{under}\n全市5公里以上的河流都有了河长。市里设河长30名。\n"
        [doc] = docs_of(raw)
        assert doc.title != under


def test_a_care_mode_switch_joined_by_commas_and_where_you_are_on_the_site_are_furniture() -> None:
    raw = (
        "关怀版 无障碍 无障碍\n您当前所在位置：首页>镇（街道）信息公开目录>某镇政府>规划计划\n某镇林长公示\n访问量：\n"
        "一、林业概况\n某镇林地面积6万亩。\n"
    )
    [doc] = docs_of(raw)
    assert doc.title == "某镇林长公示"


def test_a_number_as_an_image_s_name_and_a_number_run_into_the_page_s_title() -> None:
    raw = (
        "当前位置: 首页 > 政务公开 > 市政府办公室文件\n甲市人民政府办公室关于印发甲市殡葬管理工作联席会议制度的通知\n"
        "来源:甲市人民政府办公室 发布时间:2021-09-22 17:15:42\n甲府办函〔2021〕149号.png\n"
        "各区人民政府，市政府有关部门：\n现将《甲市殡葬管理工作联席会议制度》印发给你们，请认真贯彻执行。\n"
    )
    assert [d.number for d in docs_of(raw)] == ["甲府办函〔2021〕149号"]
    raw = (
        "乙政办发〔2021〕4号乙市人民政府办公室关于印发乙市重点项目包保推进方案的通知\n发布时间:2021-04-08\n"
        "各县（区）人民政府：\n现将《乙市重点项目包保推进方案》印发给你们，请认真贯彻执行。\n"
    )
    assert docs_of(raw)[0].number == "乙政办发〔2021〕4号"


@pytest.mark.parametrize("furniture", ["论文部分内容阅读", "版面概览"])
def test_a_document_sharing_site_s_or_an_e_paper_s_furniture_is_no_title(furniture: str) -> None:
    raw = f"{furniture}\n甲县成立乡村振兴工作领导小组\n为加强领导，县委决定成立甲县乡村振兴工作领导小组。\n"
    assert docs_of(raw)[0].title != furniture


@pytest.mark.parametrize(
    "raw, title",
    [
        # a dateline's 消息 followed by a comma: the title starts after it
        (
            "“某市发布”微信公众号6月10日消息，某市政府近日发布一组人事任免信息。\n任命王一鸣为某市发展改革委主任。",
            "某市政府近日发布一组人事任免信息",
        ),
        # a notice a news report says was sent out (发出, in Traditional script 發出)
        (
            "某市政府近日發出《關于市人民政府領導成員工作分工的通知》顯示，市長王一鳴主持市政府全面工作。",
            "關于市人民政府領導成員工作分工的通知",
        ),
    ],
)
def test_a_news_report_with_no_headline_titles_itself_by_its_lead_or_the_notice_it_reports(
    raw: str, title: str
) -> None:
    [doc] = docs_of(raw)
    assert doc.title == title
