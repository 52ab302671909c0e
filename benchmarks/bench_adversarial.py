"""Hostile shapes on one line, at 10k, 100k and 1M characters: time and growth per 10× (linear: 10).

    python benchmarks/bench_adversarial.py [--sizes 10000,100000,1000000]

Each shape is one line of a notice (under a title and an issuer, as a real
file would have them) that repeats a piece without a sentence end: runs of
department names, 由 before names, role verbs, brackets, digits, numbering,
text without punctuation, and 由 alone. The whole pipeline runs on it (read,
repair, segment, extract), as `kg build` would. A ratio well above 10 per 10×
means a pattern rescans what it has read; the last line gives the time of the
whole set at the largest size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.pipeline import read_file  # noqa: E402

HEAD = "某市人民政府办公室\n关于做好某项工作的通知\n"
SHAPES = {
    "市…局、": "市财政局、",
    "由…": "由市财政局",
    "由…负责，": "由市财政局负责，",
    "牵头": "牵头",
    "（": "（",
    "（…牵头）": "（市财政局牵头）",
    "digits": "1234567890",
    "numbering": "1.",
    "no punctuation": "加强组织领导推进工作落实",
    "由": "由",
    "…为": "市财政局为",  # a holder's verb with no seat after it (groups.takes-role reads 任 and 为)
    "…、": "市财政局分管副职、",  # a list that never reaches its verb
    "免去…职务、": "免去张三市财政局局长职务、",  # a removal's posts that end at 职务 when more follows
    "名 职 名 职": "王一鸣 市财政局局长 ",  # people on one line, each name and post a space apart
    "组 长 名": "组 长  王一鸣 ",  # a label set off by spaces, then names that never end in a post
    "职名、": "市委副书记、市长王一鸣、",  # posts, then a name: a list that goes on
    "组长：名，": "组长：王一鸣，",  # a seat's label after each comma: the line is cut at each
    "| 组长 ": "| 组长 王一鸣 ",  # one table row of endless cells
    "。 1、": "工作。 1、",  # items run into one line: each a paragraph
    "…指挥部成立，": "某县防汛指挥部正式成立，",  # a news report's bodies set up, a clause each
    "成立以…为组长，": "成立以市长为组长，",  # a group's seats before its name, over commas, never reaching it
    "X，男，…现任": "王一鸣，男，汉族，现任",  # profiles whose posts never end
    "主任由": "主任由市长",  # a seat held by 由… that never says 担任
    "委员会由": "委员会由市财政局",  # a body composed of… that never says 组成
    "链主": "链主企业甲公司",
    "围绕…链条": "市发改委围绕“甲→乙→丙”链条",  # found by the hypothesis test: the paragraph was re-read per chain
    "。A牵头负责，": "。市财政局牵头负责，",  # role clauses after a list's: each clause could end two ways (was 2^n)
    "由…牵头，…": "由市财政局牵头，市某局",  # a working group's lead, its members never reaching 参加
    "下设办公室，…": "下设办公室（简称市某办），作为常设机构",  # an office never placed
    "名，职；": "王一鸣，市财政局局长；",  # people a "；" apart, each "name，post"
    "受…委托": "受市委常委、市创卫指挥部副总指挥王一鸣委托，",  # seats of groups in compound posts
    "X负责A，牵头B，": "区应急局负责监管，牵头整治，",  # a subject going on with another duty
    "分别是：职名，": "副组长2人，分别是：市委常委马林，",  # a seat's holders listed after their count
    "链长名，": "省茶产业链链长王立，",  # a chain's seat in a roll call
    "1.牵头…。": "1.牵头落实政策。",  # items opening with a role verb
    "主任已由…、": "主任已由市长、",  # a seat held jointly, never reaching 担任
    "名 | 职": "王立新 | 县财政局副局长 | ",  # a roster's row with no header, never ending
    "关于…代理": "关于王立代理某市人民政府",  # an acting post that never reaches 职务
    "名、名、": "王立、赵海、",  # names listed, never reaching 等N位
    "…等成员单位": "市财政局、某区、",  # an attendance list never reaching 等成员单位参加会议
    "由…负责的": "由甲镇、乙镇负责的",  # a project's bodies whose project never comes
    "A、B负责": "市财政局、市税务局负责",  # a list as 负责's subject, the duty never ending
    "(1)…组：": "(1)物资保障组：市商务局、",  # working groups' labels over lists
    "X委员会召开": "某区安全生产委员会召开",  # a meeting's body, never reaching 会议
    "A B（空格）": "县教体局 各相关乡镇政府 ",  # bodies a space apart: the repair's 、
    "序号目标任务…": "序号目标任务责任单位上半年推进情况",  # a run-together header, again and again
    "名职名职…": "麦二玲县政府办公室副主任",  # people run together on one line, never ending
    "职组长:名": "副县长副组长:",  # seats' labels run into one line
    "名 名 名": "周 五 吴六星 ",  # names a space apart, padded ones among them
    "…名单如下": "某县学术委员会组成人员",  # a list announced that never says 名单如下
    "A为…的": "县交通局为道路整治工作的",  # a body's work named, its role's label never coming
    " (一)… (二)…": " (一)资金组。负责协调。 牵头单位:县财政局",  # numbered items run into one line, again and again
    "X组。负责": "（一）资金组。负责协调，",  # a working group's duties after its name, never ending
    "…<br> …": "成员:王一鸣 市财政局局长<br> ",  # a page's line breaks left as markup
    "A任…，B…": "钱一任甲县县委书记，孙二（1965年生）、",  # a change of holders that never says 不再担任
    "B辞去…职务": "钱一辞去某省省长职务，",  # resignations that never name who takes the post
    "成员分别是…": "小组成员分别是网格长",  # members counted by post, never counted
    "免去…、…同志的": "免去甲乙、丙丁、",  # several people removed, their posts never named
    "副主任由…，…": "副主任由某部副部长甲乙，",  # an office's deputies a comma apart, never reaching 兼任
    "领导小组办公室设": "领导小组办公室设",  # a group spoken of by its kind, again and again
    "——A任…": "——王立任某省政府秘书长",  # new holders after dashes, in no text about posts
    "名副市长负责…": "王立副市长则负责农业、",  # a leader's duties that never end
    "职：名职：名": "甲南区委书记：王一",  # posts as labels over names, run together without end
    "（责任单位：…": "（责任单位：市财政局、",  # a label inside a bracket that never closes
    "对职名，": "对市财政局局长王一鸣，",  # people named for a sanction that never reaches 免职
    "…的责任单位是": "某小区的责任单位是市财政局，",  # places and their units, again and again
    "任组长兼": "王一鸣任组长兼",  # a second seat that never comes
    "…等部门参加的": "市财政局、市税务局等部门参加的",  # bodies taking part in a group never named
    "因…被": "王一鸣因涉嫌违纪被",  # a passive removal that never says what
    "X小组由…": "（7）后勤保障小组由市财政局牵头，",  # a working group never said to be 组成
    "成员、…领导名、": "联席会议成员、五省领导王一鸣、",  # a group's seat, its holders in words, names without end
    "。召集人，职名、": "。联席会议副召集人，甲省副省长王一鸣、",  # a seat, a comma, people after posts without end
    "、区…局局长名": "、区水利和湖泊局局长刘五峰",  # a roll call of bodies' heads, never ending
    "X负责A，B，": "市财政局负责甲，指导乙，",  # a subject's duty, its sentence going on without end
    "会同A、B等部门": "市发改委会同人社、财税等部门，",  # kinds of department after 会同, again and again
    "，A、B等部门组成": "，市财政局、市税务局等部门领导组成",  # bodies making a group that is never named
    "职：名\\n名\\n…": "区委书记：吕一瑞\n副书记：吴二俊\n",  # a directory of leaders, line after line
    "   第一组:": "    第一组:甲市 ",  # a flattened notice's working groups, padded, again and again
    "…通知   各…": "关于做好某项工作的通知   各有关单位",  # a title and an addressee that never gets its colon
    "由名牵头，": "由王一玲牵头，",  # bare names after 由, again and again, none a leader
    "这项工作由X负责": "这项工作由市财政局负责",  # a work never named before its 这项工作
    "…（X负责）": "推进甲项工作，（市财政局负责）",  # brackets closing one long paragraph
    "A，B，…为成员单位，": "成立某工作专班，市财政局，市税务局，市商务局为成员单位，",  # bodies a comma apart, seated
    "A当选X，B当选副X，": "王一鸣当选某区人大常委会主任，李立当选副主任，",  # an election's posts, never ending
    "名：职，职，…": "王一鸣：某市委副书记，",  # a name over the posts held, its posts never ending
    "名\\n职，负责…\\n": "王一鸣\n副省长，负责甲方面工作。\n",  # leaders' names over titles and duties
    "职名领导A。负责B。": "副省长王一鸣领导甲工作。负责乙方面工作。",  # a leader's duties going on, without end
    "A、B不再担任X职务，": "王一、李二不再担任某局局长职务，",  # removals of several, one after another
    "X：负责A，会同B等部门C，": "市民政局：负责甲，会同市发改、公安等有关部门查处乙，",  # a body's duties with 会同, endless
    "X河长为职名；": "某省全面推行河长制，省长王一担任总河长，甲河河长为副市长李二；",  # chiefs seated, endless
    "一、X组成员\\n名职\\n…": "一、督查组成员\n王一鸣市人大常委会副主任\n",  # members' headings over members, endless
    "给予职、职名处分，": "给予某镇副镇长、某队队长王一鸣政务警告处分，",  # the disciplined, one after another
    "名以职职务，": "王一鸣已以某市政府党组副书记职务出席，",  # posts acted in, one after another
    "选举A为X，B为Y，…": "选举王一鸣为某市政协副主席，",  # an election's clauses, never ending
    "职由A、B，C、D，…": "副组长由市统计局、市税务局，",  # a seat's holders a comma apart, 担任 never coming
    "A、B分别担任X、": "王一鸣书记、李立新主席分别担任总河长、",  # holders and seats paired, never ending
    "A\\tB\\t…": "市财政局\t王一鸣\t",  # a table's row copied with tabs, its cells endless
    "序号 任务 牵头单位 …": "序号 任务 牵头单位 ",  # a task table's header a space apart, its columns endless
    "委员分别由A、B，…": "委员分别由党委副书记王一鸣、纪委书记李立新，",  # members by 由 whose 组成 never comes
    "A作为B主体，负责C；": "市财政局作为本项工作的责任主体，负责组织协调；",  # bodies as what they are, then 负责
    "X领导小组是Y的决策机构，": "第二条 某校招生工作领导小组是学校招生工作的决策机构，",  # groups defined, endless
    "成立X。职：A；职：B，…": "成立某镇防汛指挥所。所长：王一鸣；副所长：李立新、赵海，",  # seats inline after set-ups
    "成立X，职：A，职：…": "成立某镇指挥所，所长：王一鸣，副所长：",  # labels inline, never a sentence's end
    "A为一级田长，负责B，…": "县长为一级田长，负责全县耕地保护工作，对全县耕地负总责，",  # seats' holders, then duties
    "。 (11)X：…": "核实灾害损失。 (11)省住建厅:负责指导供水管网建设。",  # items numbered in brackets, a space apart
    "X指挥部指挥长由A，…": "某县防御指挥部指挥长由县长兼任，",  # bodies named with a seat, one after another
    "X组委会由A，…": "全市书法大赛组委会由市政协，",  # a body named, then 由 whose 组成 never comes
    "（一）X组。…（职：A，职：": "（一）综合协调组。负责协调。（组长：王一鸣，成员：李立新，",  # bracketed seats, unclosed
    "序号 任务 …\\n1 A X": "序号 任 务 牵头单位\n1 推进甲项工作 市财政局 市税务局\n",  # spaced tables, one after another
    "X委员会，职A、B、…": "成立某县志编纂委员会，主任王一鸣、副主任李立新、",  # seats inline after a group, no colon
    "第一组：X，组长A，…": "第一组：甲省，组长王一鸣，副组长李立新，",  # a working group's line, its seats endless
    "X巡察组进驻Y，…": "县委第一巡察组进驻县城管局，县委第二巡察组进驻县水务局，",  # teams arriving, one after another
    "X指挥部办公室设": "某县防汛指挥部办公室设",  # bodies named with an office never placed
    "在X下设…": "在县民政局下设",  # an office under a body, never said to be an office
    "A为办公室…": "规划处主要负责人为办公室",  # an office's staff whose seat never comes
    "N.…；该目标…为": "\n1.增长8%；\n该目标责任单位为县发改局。",  # items, each with its targets' body line
    "推行X联席会议…": "推行城乡供水工作联席会议",  # systems put into practice, never reaching 制度
    "召开X委员会…": "某区召开妇女儿童工作委员会全体",  # meetings of a body, never reaching 会议
    "A指定…联络员": "各成员单位指定一位科长作为联络员 ",  # liaisons named in one clause that never ends
    "A等X指挥部成员单位及…": "市财政局、区公安局等区防汛指挥部成员单位及各乡镇，",  # attendance never reaching 参加
    "A在…范围内，": "县交通运输局在县级人民政府确定的职责范围内，",  # where a body acts, its verb never coming
    "表序号…1A。B。": "分工表序号工作内容目标任务责任单位1加强宣传。2月底前完成。",  # a run-together row's sentences
    "X组：组长：副组长：…": "宣传组：组长：副组长 ；成员：",  # working groups' seats whose names never come
    "X由A牵头，B…": "调查组由省煤监局牵头，省安监、煤炭、",  # a body's lead, its members' list never reaching 组成
    "牵头单位为…": "牵头单位为区城管局、配合单位为",  # role labels in prose, their lists never closed
    "成立由A、B…": "成立由县水利局、县财政局和",  # a group made of bodies, its list never reaching 组成的
    "由A牵头，B参加，…": "由县应急局牵头，县公安局参加，",  # leads and members in one endless sentence
    "成员为A、…": "，成员为市纪委、市财政局、",  # members after their seat word, the sentence never ending
    "X调任…": "，原县委书记王某调任",  # news of transfers whose new posts never come
    "副组长A、B出席，": "副组长王一鸣、李立新出席，",  # seats named alone in a meeting's report, endless
    "推选A为X团团长，": "全团会议推选王一鸣为某盟代表团团长，",  # a delegation's heads chosen, one after another
    "A、B率X…": "副市长王一鸣、李立新率某市",  # a delegation's leaders whose team never comes
    "A、B等出任X…": "院士王一鸣、李立新等出任某市",  # people whose seat never comes
    "，X指挥部由A担任…": "，县防汛指挥部由县长王一鸣担任县",  # a group's holders whose seat never comes
    "A配合B…": "市交通局、市公安局等部门要配合乡镇街道",  # bodies supporting, the duty never coming
    "被免职的官员包括，A，": "被免职的官员包括，某县副县长王一鸣，",  # those removed, the sentence never ending
    "A率X考察团，": "副市长王一鸣率某市考察团，",  # teams named, never going anywhere
    "A率X考察团": "王一鸣、李立新率某市考察团",  # the same without a stop: one stretch, the team word in it again and again
    "如下：组长：A（职）": "名单如下：组长：王一鸣（镇长）",  # labels run on after announcements, endless
    "成员：A、…下设办公室，": "成员：王一鸣、领导小组下设办公室，",  # a flattened list running into its sentences
    "中共中央决定，A任X，": "中共中央决定，王一鸣任某省委副书记，",  # a party's decisions, never reaching a stop
    "A随即出任X，": "王一鸣随即出任某省政府副省长，",  # transfers with an adverb, one after another
    "A被任命为X，代理Y，": "王一鸣被任命为某省副省长，代理省长，",  # appointments with an acting post, endless
    "。X小组成员由A、": "。督导小组成员由市疾控中心、",  # teams' members, their 组成 never coming
    "并邀请A、B、": "并邀请市法院、市检察院、",  # bodies invited, 参加 never coming
    "X，负责A，": "交通部门，负责通村公路建设，",  # a body then its duty, the sentence never ending
    "A主任、B局长、…": "区建管委主任、区应急管理局局长、",  # posts listed, 等单位领导 and the seat never coming
    "（二）X。协助Y，负责": "（二）公安部门。协助民政部门做好工作，负责",  # a body's heading, then 协助 and 负责
    "领导小组职责：\\n（1）负责": "领导小组职责：\n（1）负责甲工作\n",  # a label over items, line after line
    "前任X名已任": "前任甲省省长王一鸣已任",  # posts held by now, which never come
    "X（以下简称Y）": "保证食品安全委员会（以下简称食安委",  # short names given, their brackets never closed
    "A接替B任": "，王大明接替李小强任",  # one following another into a post, the post never coming
    "2015年4月A调任": "。2015年4月王某调任某省副省长后，",  # a biography's dated steps, one after another
    "A·B出席": "艾力·吐尔逊出席会议，",  # names of two parts in a roll call, endless
    "副组长A（职、职）、": "副组长刘海泉（省委常委、省纪委书记）、",  # names with their posts noted, never ending
    "组 长:A 职副组长:": "组 长:张学功 乡长副组长:",  # padded labels run into one line
    "县委办、政府办、": "县委办、政府办、",  # a line of bodies that never ends (under a label, a member list)
    "宣读了X领导的任免决定。": "宣读了某院主要领导的任免决定。",  # announcements naming whose leaders, endless
    "A等X成员单位": "县财政局等县征兵领导小组成员单位",  # member units named as they attend
    "A等部门及": "县委办、政府办等部门及",  # lists closed by 等部门, then another, endless
    "X组委会在北京宣告成立，": "第八届某运动会组委会在北京宣告成立，",  # committees founded, one after another
    "（一）X职责\\n负责": "（一）县人民政府职责\n统一领导，负责",  # headings of duties over their paragraphs
    "）（二）": "（责任单位：市商务委）（二）",  # items run on after their notes, endless
    "以A、B等同志组成": "决定以张三、李四等三同志组成",  # the people of a committee, its name never coming
    "由A、B等专家": "由张三、李四等专家和",  # a team's people, 组成的 never coming
    "配合单位包括A、": "配合单位包括市财政局、",  # a label's list in prose, never closed
    "；会同A、": "市商务厅提出建议；会同财政厅、",  # 会同 clauses after a subject, one after another
    "。 X：负责": "。 省安监局：负责排查",  # bodies' duty lists run into one paragraph
    "将会同A等有关部门，以": "省交通运输厅将会同公安等有关部门，以",  # a clause of how that never ends
    "主要职责\\n（一）负责": "成立某市防汛领导小组。\n主要职责\n（一）负责值守\n",  # a heading naming no body over its items
    "现将调整后的X公布如下": "现将调整后的某乡防火领导小组公布如下",  # announcements of groups, endless
    "X巡察组巡察": "区委第一巡察组巡察某镇",  # an inspection team at its work, one after another
    "通过了提请的A、B担任": "表决通过了区政府提请的张三、李四担任",  # motions whose posts never come
    "选举A(回族)、": "选举马一海(回族)、",  # an election's list with notes, never reaching its post
    "相关责任单位包括A、": "。相关责任单位包括市城乡建委、",  # a label's list after a sentence, never closed
    "“A—B链": "光伏产业链从“多晶硅—硅片链",  # quoted sequences whose closing quote and 链条 never come
}


def seconds(folder: Path, name: str, text: str) -> float:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    read_file(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="line lengths in characters")
    parser.add_argument("--only", help="the shapes to run, comma-separated (default: all)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':<16}" + "".join(f"{n:>12,}" for n in sizes) + "   growth per 10×")
    total = 0.0
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for n, (name, piece) in enumerate(SHAPES.items()):
            if args.only and name not in args.only.split(","):
                continue
            times = [seconds(Path(folder), f"s{n}", HEAD + piece * (size // len(piece)) + "\n") for size in sizes]
            total += times[-1]
            growth = [(b / max(a, 1e-6)) / (nb / na) * 10 for a, b, na, nb in zip(times, times[1:], sizes, sizes[1:])]
            worst = max([worst, *growth])
            print(
                f"{name:<16}" + "".join(f"{t:>11.2f}s" for t in times) + "   " + "  ".join(f"{g:5.1f}" for g in growth),
                flush=True,
            )
    print(f"worst growth per 10×: {worst:.1f} (linear: 10); all shapes at {sizes[-1]:,} characters: {total:.1f} s")


if __name__ == "__main__":
    main()
