"""What a document's text says about itself besides its head: web-page metadata and the title a headless text gives.

A government portal's page carries a metadata block ("发布日期：2020-08-25",
"发文字号：X", "发布机构：X", often in a table flattened to "| " cells); it gives
the document's number, date and issuer when the body lacks them (the body's
own signature date wins). A text with no title line still names itself: a notice
says "现将《X》印发给你们", a news report opens "11月28日，省十四届人大常委会第十三
次会议闭幕。" (its lead, after the dateline), or quotes "原标题：X".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.headings import CN_DIGITS, chinese_number, heading_of
from kg.leads import FIRST_LEAD_RE, HEADLINE_THEN_LEAD_RE, LEAD_RE, LONG_LEAD_RE, lead_title, original_title
from kg.lexicon import DOCUMENT_KINDS
from kg.lines import CN_DATE_RE, DATE_LINE_RE, DOC_NUMBER_RE, LABEL_RE, is_issuer_line
from kg.names import PROVINCES

_SEP = r"[\s：:|】\]］]*"  # or a law database's "【发文字号】", a portal's "[文号] |"
_YMD = r"(?P<y>\d{4})[-年/.](?P<m>\d{1,2})[-月/.](?P<d>\d{1,2})"
# "发布日期：2020-08-25", "时间:2023-07-11 17:01", a dateline "2013年07月17日 16:47 来源：…"
_DATE_LABELS = (
    "发布日期|成文日期|发文日期|印发日期|发布时间|生成日期|公开日期|刊发日期|刊发时间|发文时间|发稿时间|发稿日期"
)
META_DATE_RE = re.compile(rf"(?:(?:{_DATE_LABELS}){_SEP}|^(?:时间|日期)[：:]\s*){_YMD}")
# a decision's adoption note under its title: "（2021年10月9日市十五届人大常委会第四十一次会议通过）"
ADOPTED_RE = re.compile(rf"^[（(]{_YMD}日[^（）()]{{0,50}}[）)]$")
STAMP_RE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,12}}|https?://\S+\s+)?{_YMD}日?\s*(?:\d{{1,2}}:\d{{2}}|来源|分类|栏目|阅读|浏览|点击)"
)  # or after the source's name or the page's address: "北京日报客户端2023-04-10 09:38", "http://… 2012-03-28 01:40";
# or before the page's section and its count of readers: "2022-01-07分类:园林资讯 阅读:40"
META_NUMBER_RE = re.compile(rf"(?:发文字号|发文序号|发文编号|文件编号|文号){_SEP}(?P<number>[^\s|]{{4,30}}?\s?号)")
META_ISSUER_RE = re.compile(
    rf"(?:发布机构|发文机关|发文单位){_SEP}(?P<issuer>[\u4e00-\u9fff（）()]{{2,30}}?)"
    rf"(?=[\s|]|(?:{_DATE_LABELS}|文号|发文字号|主题分类|索引号|有效性|体裁分类|组配分类)|[^\u4e00-\u9fff（）()]|$)"
)  # the next label may follow with no space between: "发布机构：某县人民政府办公室生成日期：…"
# The lines of a portal page's head that are not its title
PAGE_META_RE = re.compile(
    r"^(?:(?:发布|发布时间|发布日期|发稿时间|发稿日期|时间|日期|来源|信息来源|文章来源|稿件来源|新闻来源|刊发日期|刊发时间|发布部门|发布机构|(?:新闻|文章|稿件)?作者|浏览|浏览次数|点击|点击数"
    r"|[\u4e00-\u9fff]{0,4}(?:索引号|文号)|发文序号|发文编号|文件编号|发文时间|公开方式|主题分类|体裁分类|组配分类|服务对象|发文机关|发文单位|成文日期|发文字号|(?:信息)?(?:标题|名称)"
    r"|有效性|主题词|关键词|实施日期|时效性|效力级别|法规类别|转自|转载自|副标题|栏目|文|撰稿)[：:]"
    r"|(?:[\u4e00-\u9fff]{2,12}|https?://\S+\s+)?\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}|来源|分类|栏目|阅读|浏览|点击)"
    r"|\d{4}-\d{1,2}-\d{1,2}$)"
)
# a law database's labels glued to their values, no colon between: "发文机关国务院", "发文字号国发〔2003〕28号"
GLUED_LABEL_RE = re.compile(
    r"^(?:发文机关|发文日期|发文字号|发文号|文件编号|文号|时效性|施行日期|实施日期|效力级别|发布部门|发布日期|扩展资料|参考资料)(?=\S)"
)
# a breadcrumb trail: "当前位置：首页 > 政务公开", "首页 >> 专题专栏"
BREADCRUMB_RE = re.compile(
    r"^(?:(?:您的|您现在的|您当前|您|所在)?(?:当前)?(?:所在)?位置[：:]|首页\s*[>＞»]|[^>＞»\s]{1,10}(?:\s*[>＞»]\s*[^>＞»\s]{1,10})+$"
    r"|[>＞»]\s*[^>＞»\s]{1,10}(?:\s*[>＞»]\s*[^>＞»\s]{1,10})*\s*[>＞»]\s*正文$|第?[A-Z]?\d{1,3}版[：:]|当前版面?[：:])"
)  # or a trail of short sections: "政经 > 人事观察 > 正文"; one cut from its start, to an article: "> 行业动态> 正文";
# or a newspaper's page: "03版:综合", "当前版:A01版"
BREADCRUMB_PARTS_RE = re.compile(r"[>＞»：:\s]+")
KICKED_TITLE_SHORTEST = 8  # characters after a kicker's "|": a headline's, not a navigation bar's
# a portal's navigation: "设为首页", "加入收藏", "无障碍阅读", "长者版" (a bullet may stand before it)
_NAV = (
    r"设为首页|(?:导航|网站)菜单|跳转到(?:内容|导航|搜索)|版面(?:概览|导航)|(?:论文)?部分内容阅读|加入收藏|收藏本站|网站无障碍|无障碍(?:阅读|浏览)?|长者版|关怀版|适老版|适老化|繁体版?|简体版?|网站地图|English"
    r"|打印(?:本页)?|关闭(?:窗口|本页)?|返回首页|返回顶部|投稿邮箱|联系我们|关于我们|网站首页|分享更多|内容预览[：:]?"
    r"|朗读|语音播报|阅读新闻|(?:资讯|站内|全文|信息)?搜索|客服微信|(?:网站|微信)?公众号"
    r"|购物车|我的足迹|加入[Vv][Ii][Pp]免费下载|立即下载|免费下载"  # a document-sharing site's
    r"|文章播报|电脑桌面|添加\S{1,12}到电脑桌面|安装后可以在桌面快捷访问|close|[\u4e00-\u9fff]{2,4}(?:要闻|动态|快讯)"
    r"|通版阅读请点击[：:]?|展开通版|收缩通版|(?:打开[\u4e00-\u9fff]{2,6}(?:新闻|客户端|APP|App)\s*)?查看精彩图片"
    r"|上一版|下一版|上一期|下一期|放大|缩小|默认"
    r"|(?:手机)?扫码查看|(?:微信|手机)?扫一扫|长按二维码(?:关注我们)?|详细内容|内容详情|信息详情|文章详情|意见反馈|滚动新闻|您需要登录才可以下载或查看[^。]*|页数[：:]\s*\d+页"
    r"|今天是|(?:登录)?个人中心|英文版|智能问答|移动端(?:应用)?|繁體中文|繁体中文|简体中文|通知公告|NOTICE"
)  # and an app's or a document site's: "手机扫码查看", "长按二维码关注我们", "页数：3页"; a portal's "登录个人中心"
# a portal's menu, its items run together once the spaces between them are gone ("首页走进某县新闻中心政务公开")
_MENU = (
    "新闻中心|新闻动态|政务公开|政府信息公开|信息公开|政务服务|办事服务|互动交流|政民互动|公众参与|专题专栏|数据开放"
)
SITE_NAV_RE = re.compile(
    rf"^(?:[-·•*|、]?\s*(?:{_NAV}|{_MENU})\s*)+$|^分享到[：:]?.*$|^(?:选择)?字[体号][：:]?\s*[大中小\s]*$"
    r"|^欢迎您?(?:进入|访问|来到|光临)[^。，]{1,30}(?:网站|网|门户)[！!。]?$|^[^。，]{2,40}欢迎您[！!]?(?:今天是[：:]?.*)?$"
    r"|^(?P<logo>\S{2,15})(?P=logo)$|^今天是[：:]?\s*[^。，]{0,30}$|^您好[，,！!]?\s*欢迎[^。]{2,40}[！!。]?$"
    r"|^[\s·•|]*(?:网站)?首\s*页(?:\s+[^\s。，,]{2,10}){3,}\s*$|^[^。，,\s]{1,20}网\s*(?:--|—{1,2}|-)\s*[^。，,]{2,30}网$"
    rf"|^(?:网站)?首页(?=(?:[^。，,：:>＞»]{{0,30}}?(?:{_MENU})){{2}})[^。，,：:>＞»]{{4,80}}$"
)  # or the site's greeting: "欢迎访问某某县人民政府网站！", "某某处欢迎您!今天是:", "您好，欢迎访问我们的网站…"; its
# date ("今天是：2023年5月1日 星期一"); a logo's name twice: "某某网某某网"; the columns of its menu after 首页
# ("首 页 走进某县 新闻中心 政府信息公开 政务服务"), run together once its spaces are gone
# a document-sharing site names the page by the file: "X.docx"
FILE_NAME_RE = re.compile(
    r"^(?:\d{1,3}[.．、]\s*)?(?P<title>.{4,80})\.(?:docx?|pdf|wps|xlsx?)$", re.IGNORECASE
)  # "17.X.docx"
# a portal's metadata table: "[名称] | X |", "标题：X", "信息名称：X"
TITLE_CELL_RE = re.compile(
    r"^[\[［【]?\s*(?:(?:信息)?名\s*称|标\s*题)\s*[\]］】]?\s*[|｜：:]\s*(?P<title>[^|｜]{4,100}?)\s*[|｜]?"
    r"(?:\s*(?:文号|索引号|发文字号)[：:]\s*)?$"
)  # (the next cell's label, its value empty: "名称：X 文号：")
# "现将《X》印发给你们", "现将《政府工作报告》重点工作责任分解印发给你们"
FORWARDS_RE = re.compile(
    r"现将(?P<title>[^，。；]{2,60}?)(?:（以下简称[^（）]{1,12}）)?(?:印发|转发|下发|发)给你们"
    r"|^《(?P<agreed>[^《》]{2,60})》(?:(?:和|及|、)《[^《》]{2,60}》)?已(?:经)?[^，。；]{0,40}?(?:同意|通过|批准)[，,]"
    r"现(?:印发|转发|下发)给你们"
)  # or "《X》已经县政府同意，现印发给你们", "《X》和《Y》已经…通过，现印发给你们" (the first)
# a news report of a plan: "近日，X办公室发布《Y》方案", "X印发了《Y》"
PUBLISHES_RE = re.compile(r"(?:发布|印发|下发|出台|发出|發出|發布|印發)了?《(?P<title>[^《》]{4,60})》")
# "宁夏：", "某某县：" before a news headline: the place it is about
KICKER_RE = re.compile(rf"^(?:{'|'.join(PROVINCES)}|[\u4e00-\u9fff]{{1,6}}[省市县区州])[：:]")
# a title run into the first sentence of a Word file's text: "某镇森林防火应急预案为进一步提高…"
RUN_IN_TITLE_RE = re.compile(
    rf"^(?P<title>[^，。；：:（）()]{{4,40}}?(?:{'|'.join(DOCUMENT_KINDS)}|预案))(?=(?:为了?|根据|针对|按照|依据)[^，。；]{{4}})"
)
# a byline on a line of its own: "□东方今报·记者 米方杰", "来源：新华网"
BYLINE_RE = re.compile(r"记者|通讯员|^来源[：:]")
# the title of the plan a notice forwards, printed after the notice's 落款
PLAN_TITLE_RE = re.compile(
    f"^(?![一二三四五六七八九十\\d]+[、.．]|[（(])[^。：:；，]{{4,50}}(?:{'|'.join(DOCUMENT_KINDS)}|分工|分解|要点|清单|措施|任务)$"
)


@dataclass(frozen=True)
class Metadata:
    """What a metadata block says: the document's number, date and issuer, each where given."""

    number: str | None = None
    date: str | None = None
    issuer: str | None = None


def metadata(lines: Iterable[str]) -> Metadata:
    """The first number, date and issuer that metadata lines give."""
    number = date = issuer = None
    for line in lines:
        if date is None and (m := META_DATE_RE.search(line) or STAMP_RE.match(line) or ADOPTED_RE.match(line)):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            date = f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
        if number is None and (m := META_NUMBER_RE.search(line)):
            number = m["number"]
        if issuer is None and (m := META_ISSUER_RE.search(line)) and is_issuer_line(m["issuer"]):
            issuer = m["issuer"]
    return Metadata(number, date, issuer)


def own_title(lines: Iterable[str]) -> str | None:
    """The title a text without a title line gives itself (corpus/ANNOTATION.md, decision 3).

    In order: "原标题：X"; the plan a notice forwards ("现将《X》印发给你们", or
    the plan's title printed after the notice's date); the plan a news report
    reports ("发布《X》"); a portal's metadata table's name ("[名称] | X |");
    the news report's lead sentence, after its dateline and date or under its byline.
    """
    lead = published = cell = None
    signed = byline = False
    for n, line in enumerate(lines):
        if original := original_title(line):
            return original
        if cell is None and (m := TITLE_CELL_RE.match(line)):  # "[名称] | 某政发〔2025〕17号某县政府关于… |"
            numbered = NUMBER_AT_RE.match(m["title"])  # the number before the title, not one inside it
            cell = m["title"][numbered.end() if numbered else 0 :].strip()
        if m := FORWARDS_RE.search(line):
            return _unquoted((m["title"] or m["agreed"]).strip())
        if signed and PLAN_TITLE_RE.match(line):
            return line
        signed = signed or DATE_LINE_RE.match(line) is not None
        if published is None and (m := PUBLISHES_RE.search(line)):
            published = m["title"]
        if lead is None and (
            m := LEAD_RE.match(line)
            or (n == 0 and (HEADLINE_THEN_LEAD_RE.match(line) or FIRST_LEAD_RE.match(line)))
            or LONG_LEAD_RE.match(line)
            or (byline and _first_sentence(line))
        ):
            found = (
                m if isinstance(m, str) else m["title"] or m.groupdict().get("news") or m.groupdict().get("purposed")
            )
            lead = lead_title(found.strip().rstrip("，,"))
        if lead is None and not published and (m := RUN_IN_TITLE_RE.match(line)):
            return m["title"]  # "某镇森林防火应急预案为进一步…": a title the text's first line runs on from
        byline = BYLINE_RE.search(line) is not None and len(line) <= 40
    return published or cell or lead


SEVERAL_PLANS_RE = re.compile(r"^《(?P<first>[^《》]+)》(?:、?《[^《》]+》)+$")  # "现将《A》《B》《C》印发给你们"


def _unquoted(title: str) -> str:
    """The plan's title without its 《》; of several plans forwarded together, the first."""
    if m := SEVERAL_PLANS_RE.match(title):
        return m["first"]
    return title[1:-1] if title.startswith("《") and title.endswith("》") and title.count("《") == 1 else title


def _first_sentence(line: str) -> str | None:
    head, stop, _ = line.partition("。")
    return head if stop and 6 <= len(head) <= 120 else None


def page_title(lines: Sequence[str], within: int = 15) -> tuple[int, str] | None:
    """A portal page's title among its first lines, and where it stands.

    The title is the line a file-sharing page names as a file ("X.docx"), the
    line under the breadcrumbs, or the line above the metadata line ("发布时间：…",
    "2013年07月17日 16:47 来源：…"); what stands above it is the site's furniture.
    """
    head = list(lines[:within])
    under_meta = False  # the lines above are the page's metadata (and its furniture): a title may stand under them
    for i, line in enumerate(head):
        if m := FILE_NAME_RE.match(line):
            return i, m["title"]
        if not _HAN_RE.search(line):
            continue  # "-08-：19：16", a page's broken time stamp: no title, and no line between title and metadata
        if (
            under_meta
            and _title_like(line)
            and not UNDER_META_FURNITURE_RE.search(line)
            and not SITE_NAV_RE.match(line)
        ):
            return i, line  # "作者：… 来源：… 发布时间：…" over "选择字号：" over the headline
        under_meta = bool(PAGE_META_RE.match(line)) or (under_meta and bool(SITE_NAV_RE.match(line)))
        trail = BREADCRUMB_RE.match(line)
        # under the breadcrumbs, the page's column may stand again on a line of its own ("人大要闻")
        parts = set(BREADCRUMB_PARTS_RE.split(line)) if trail else set()
        at, after = next(
            (
                (k, t)
                for k, t in enumerate(head[i + 1 :], i + 1)
                if _HAN_RE.search(t) and t not in parts and not SITE_NAV_RE.match(t) and not DAY_LINE_RE.match(t)
            ),
            (0, ""),
        )  # over the page's controls and its day ("版面概览", "2020年11月25日 星期三")
        if trail and _title_like(after):
            return at, after
        if _title_like(line) and PAGE_META_RE.match(after):
            return i, original_title(line) or line  # "原标题：X" over the source: X
    return None


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
DAY_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期.|周.)?$")
# what stands under a page's metadata and is no headline: a label ("责任编辑：…", "上一页：…"), a byline, "【字体…】"
UNDER_META_FURNITURE_RE = re.compile(r"[：:]|^[【\[]|记者|通讯员|编辑|图为|^.{0,7}$")  # or a photo's caption, a kicker


def _title_like(line: str) -> bool:
    return (
        4 <= len(line) <= 80
        and "。" not in line
        and not line.endswith(("：", ":"))
        and not any(c in line for c in ">＞»")
        and ("|" not in line or len(line.rsplit("|", 1)[1].strip()) >= KICKED_TITLE_SHORTEST)  # "人事观察|…": a kicker
        and not PAGE_META_RE.match(line)
        and not BREADCRUMB_RE.match(line)
        and not SITE_NAV_RE.match(line)
        and not is_issuer_line(line)
    )


# "（陕政字〔2007〕50号）": a number in brackets on a line of its own
BRACKETED_RE = re.compile(r"^[（(](.+)[）)]$")
ISO_DATE_RE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日$")


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


# a government's order: "某省人民政府令第十号", "某自治区人民政府令" over "第82号"
ORDER_NUMBER_RE = re.compile(r"^[\u4e00-\u9fff]{2,24}令\s*第[0-9一二三四五六七八九十百零〇]{1,6}号$")


def order_number(texts: Sequence[str]) -> str | None:
    """The number of a government's order among a document's first lines, on one line or two."""
    for n, text in enumerate(texts):
        if "令" not in text:
            continue
        joined = text + texts[n + 1] if text.endswith("令") and n + 1 < len(texts) else text
        if ORDER_NUMBER_RE.match(joined):
            return re.sub(r"\s+", "", joined)
    return None


FILE_EXTENSION_RE = re.compile(r"\.(?:docx?|pdf|wps|ofd|png|jpe?g|gif)$", re.IGNORECASE)  # a file or an image


def normalize_number(text: str) -> str | None:
    """ "运政办发 [2023] 6 号" → "运政办发〔2023〕6号"; "（陕政字〔2007〕50号）" → "陕政字〔2007〕50号"."""
    text = GLUED_LABEL_RE.sub("", re.sub(r"\s+", "", text))  # "发文字号国发〔2003〕28号": a label glued to it
    text = FILE_EXTENSION_RE.sub("", text)  # "繁政秘〔2021〕19号.doc": the file a page attaches, named by its number
    m = DOC_NUMBER_RE.match(BRACKETED_RE.sub(r"\1", text))
    return f"{m['prefix']}〔{m['year']}〕{m['no']}号" if m else None


# the number first, run into the title: "某政办发〔2021〕4号某市人民政府办公室关于印发…的通知"
NUMBER_TITLE_RE = re.compile(
    rf"^(?P<number>[\u4e00-\u9fff]{{1,12}}〔\d{{4}}〕\d{{1,4}}号)(?P<issuer>[\u4e00-\u9fff（）()]{{2,40}}?)?"
    rf"(?P<title>关于[^。；]{{2,80}}?(?:{'|'.join(DOCUMENT_KINDS)}))$"
)
# a number right after a title on the title's line ("…政策清单 内政发〔2023〕3 号 为全面贯彻…": a Word file's text)
NUMBER_AT_RE = re.compile(r"\s*(?P<number>[\u4e00-\u9fff]{1,12}\s*〔\s*\d{4}\s*〕\s*\d{1,4}\s*号)")


def number_after_title(title: str, text: str) -> str | None:
    """The document's number when the text's first line runs on from its title into it."""
    m = NUMBER_AT_RE.match(text, len(title)) if title and text.startswith(title) else None
    return normalize_number(m["number"]) if m else None


# a news page's list of other articles after its own: "新闻推荐", "相关阅读", "热点推荐"
ASIDE_RE = re.compile(r"(?:新闻|热文|热点|为您|精彩)推荐|推荐阅读|相关(?:新闻|阅读|文章|链接|报道)|延伸阅读|猜你喜欢")


def without_asides(texts: Sequence[str], head_at: Callable[[int], bool]) -> list[int]:
    """The paragraphs to keep (their numbers): all but a page's list of other articles, from its label line to
    the next document's head (head_at: does a document's head start at this paragraph?) or title above its
    number ("关于…的通知", then "某政发〔2023〕15号")."""
    kept: list[int] = []
    aside = False
    for k, text in enumerate(texts):
        titled = text.startswith("关于") and k + 1 < len(texts) and normalize_number(texts[k + 1]) is not None
        aside = ASIDE_RE.fullmatch(text.strip(" ：:")) is not None or (aside and not (titled or head_at(k)))
        if not aside:
            kept.append(k)
    return kept


BARS_RE = re.compile(r"^[|｜\s]*$")  # a table's bars left alone on a line of a page
PHOTO_NOTE_RE = re.compile(
    r"^[（(][^（）()]{0,30}[）)]$|^[\u4e00-\u9fff·]{2,24}(?:网|社|报|台)供?图$"
)  # "（资料图）", "（区城棚改事务中心）": a note in brackets, alone; a photo's credit under it: "某某 某某网 图"
BARE_TITLE_RE = re.compile(
    r"^[\u4e00-\u9fff“”《》「」『』（）()0-9、！？!?][\u4e00-\u9fff“”\"《》「」『』（）()0-9+＋—\-、！？!?，：]{1,59}"
    r"(?<![，：])$"
)  # a headline may quote in 「」 and speak after a colon: "市委决定：A任…，B任…"; name "互联网+"


# a day alone, a lead's date ("12月24日上午"); a dateline alone ("今日竹山网消息", "据中新网沈阳22日电")
DAY_ONLY_RE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?$|(?:网|报|台|社)(?:讯|消息)$|\d日电$"
)


def bare_title(text: str) -> bool:
    """A first line that is a title alone: short, no heading's number, not the site's greeting; a headline may
    open with the place it is about ("宁夏：…")."""
    text = KICKER_RE.sub("", text)
    if "：" in text and (LABEL_RE.match(text) or PAGE_META_RE.match(text) or text.startswith("原标题")):
        return False  # "组长：A", "来源：B", "原标题：C": a label, not a headline's colon
    if BYLINE_RE.search(text) or PHOTO_NOTE_RE.match(text) or GLUED_LABEL_RE.match(text) or DAY_ONLY_RE.match(text):
        return (
            False  # "某某全媒体首席记者李某", "（资料图）": a byline or a photo's note above the lead; "12月24日上午"
        )
    kind = text.endswith(tuple(DOCUMENT_KINDS)) and "，" not in text  # a plan's title runs long, with no clause in it
    longest = KIND_TITLE_LONGEST if kind else HEADLINE_LONGEST
    return (
        bool(BARE_TITLE_RE.match(text))
        and len(text) <= longest
        and not heading_of(text)
        and not SITE_NAV_RE.match(text)
    )


HEADLINE_LONGEST = 40
KIND_TITLE_LONGEST = 60  # "某市深入实施乡村振兴战略促进城乡融合发展工作三年（2019—2021年）行动方案"


QUOTES_IN_FULL_RE = re.compile(r"(?:原文|全文)如下[：:]?$")  # "…发布了通知。原文如下：" above the document itself


def introduced(drafts: list[Any]) -> list[Any]:
    """A news report's lines that end "原文如下：" introduce the document after them: they are its head (kg.segment's
    drafts)."""
    out: list[Any] = []
    for draft in drafts:
        before = out[-1] if out else None
        if before is not None and before.paras and QUOTES_IN_FULL_RE.search(before.paras[-1].text.text):
            draft.head = before.head + before.paras + draft.head
            out[-1] = draft
        else:
            out.append(draft)
    return out
