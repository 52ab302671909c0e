"""Groups and their seats, people and their posts, appointments and removals.

At least half of the snippets use phrasings the seed does not: other cities'
notices, people's congress decisions as news reports give them, ASCII
punctuation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.held_posts import posts_held
from kg.extract.members import parse_members
from kg.extract.people import bracket_holder, is_person_name, name_after_post, split_name, split_org_post
from kg.mapped import MappedText
from kg.model import Document
from kg.per_file import read_file
from kg.pipeline import extract_documents
from kg.reading import Source


def docs(raw: str) -> list[Document]:
    return extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw)))


def seats(raw: str) -> set[tuple[str, str, str, str]]:
    return {(m.group, m.member, m.member_type, m.role) for d in docs(raw) for m in d.memberships}


def appointments(raw: str) -> set[tuple[str, str, str | None, str, str | None]]:
    return {(a.person, a.action, a.org, a.post, a.probation) for d in docs(raw) for a in d.appointments}


def posts(raw: str) -> set[tuple[str, str | None, str]]:
    return {(p.person, p.org, p.post) for d in docs(raw) for p in d.person_posts}


HEAD = "某市人民政府办公室\n关于成立某市安全生产委员会的通知\n各区人民政府，市直各单位：\n为加强安全生产工作，决定成立某市安全生产委员会。\n"
G = "某市安全生产委员会"

SEATS = [
    # a note on the list's order, before the colon or opening the list
    (
        HEAD + "委员（以姓氏笔画为序）：王刚、陈静\n成员：（按姓氏笔画排序）孙明、钱亮",
        {
            (G, "王刚", "person", "委员"),
            (G, "陈静", "person", "委员"),
            (G, "孙明", "person", "成员"),
            (G, "钱亮", "person", "成员"),
        },
    ),
    # a committee's seats by title alone; short department names before 等部门; 兼任 a seat
    (
        "某县水保委员会成立\n某县人民政府决定成立某县水保委员会。某县水保委员会由县长任主任，三位副县长任副主任，"
        "水务、发改、财政等部门和全部9个乡镇为成员单位。待某县城投公司成立后，其主要领导兼任委员会副主任。",
        {
            ("某县水保委员会", "县长", "post", "主任"),
            ("某县水保委员会", "三位副县长", "post", "副主任"),
            ("某县水保委员会", "水务", "org", "成员单位"),
            ("某县水保委员会", "发改", "org", "成员单位"),
            ("某县水保委员会", "财政", "org", "成员单位"),
            ("某县水保委员会", "全部9个乡镇", "org", "成员单位"),
            ("某县水保委员会", "其主要领导", "post", "副主任"),
        },
    ),
    # two posts described in words, each a person; groups of bodies a "，" apart, all 成员单位 (places named
    # without their level before "X市政府" share it)
    (
        HEAD + "委员会由市政府分管某工作的副市长任主任，市政府协调某工作的副秘书长、市应急局主要负责同志任副主任；"
        "云州、岭南市政府，市委某办，市发展改革委、市科技局等为成员单位。",
        {
            (G, "市政府分管某工作的副市长", "post", "主任"),
            (G, "市政府协调某工作的副秘书长", "post", "副主任"),
            (G, "市应急局主要负责同志", "post", "副主任"),
            (G, "云州市政府", "org", "成员单位"),
            (G, "岭南市政府", "org", "成员单位"),
            (G, "市委某办", "org", "成员单位"),
            (G, "市发展改革委", "org", "成员单位"),
            (G, "市科技局", "org", "成员单位"),
        },
    ),
    # a seat's holders listed a "，" apart before 担任; a page's 【label】 before the group set up; 包括 before members
    (
        "【媒体解读】某市经济普查领导小组成立\n领导小组组长由市长担任，副组长由市政府秘书长、协助分管统计工作的副秘书长，"
        "市统计局、市委宣传部等有关负责同志担任。另外，包括市委政法委、市委网信办等有关单位负责同志任小组成员。\n",
        {
            ("某市经济普查领导小组", "市长", "post", "组长"),
            ("某市经济普查领导小组", "市政府秘书长", "post", "副组长"),
            ("某市经济普查领导小组", "协助分管统计工作的副秘书长", "post", "副组长"),
            ("某市经济普查领导小组", "市统计局", "org", "副组长"),
            ("某市经济普查领导小组", "市委宣传部", "org", "副组长"),
            ("某市经济普查领导小组", "市委政法委", "org", "成员"),
            ("某市经济普查领导小组", "市委网信办", "org", "成员"),
        },
    ),
    # a group's members' heading over one member a line: people with posts, a post in words, bodies
    (
        "关于开展执法检查的通知\n二、督查组成员\n王一鸣市人大常委会副主任\n当地市人大代表2名\n"
        "某市治水办、某市环保局负责人各1人\n三、其他事项\n",
        {
            ("督查组", "王一鸣", "person", "成员"),
            ("督查组", "当地市人大代表", "post", "成员"),
            ("督查组", "某市治水办", "org", "成员"),
            ("督查组", "某市环保局", "org", "成员"),
        },
    ),
    # a seat, then 为 and its holders a "，" apart, each a post and a name
    (
        HEAD
        + "委员会主任为市委常委、常务副市长李立新，市委常委、市政府党组成员赵三平；执行副主任为市政府副秘书长孙五。",
        {
            (G, "李立新", "person", "主任"),
            (G, "赵三平", "person", "主任"),
            (G, "孙五", "person", "执行副主任"),
        },
    ),
    # a group named in quotes (its name without them); "各位X、Y" are several people
    (
        "某处开展水利普查工作\n同时，成立了“某灌区水利普查领导小组”，由处长王一鸣任组长，各位副处长、总工程师任副组长。\n",
        {
            ("某灌区水利普查领导小组", "王一鸣", "person", "组长"),
            ("某灌区水利普查领导小组", "各位副处长", "post", "副组长"),
            ("某灌区水利普查领导小组", "总工程师", "post", "副组长"),
        },
    ),
    # holders and seats paired in order after 分别担任, a dateline before the names
    (
        "某区河湖管理\n某区全面推行河长制。新华社1月8日电“王一鸣书记、李立新主席分别担任自治区总河长、副总河长。\n",
        {("河长制", "王一鸣", "person", "总河长"), ("河长制", "李立新", "person", "副总河长")},
    ),
    # a chiefs' system with a chief over all of it is their group; a seat, then 为 and its holders; a former
    # holder ("由原…担任的") holds it no more
    (
        "某省河长名单公布\n某省全面推行河长制。省长王一鸣担任总河长。副总河长分别为副省长李立新、赵三平。"
        "甲河河长为副市长钱四海。由原副省长孙五担任的乙河河长调整为由副省长周六担任。\n",
        {
            ("河长制", "王一鸣", "person", "总河长"),
            ("河长制", "李立新", "person", "副总河长"),
            ("河长制", "赵三平", "person", "副总河长"),
            ("河长制", "钱四海", "person", "河长"),
        },
    ),
    # departments named by their sector alone, among bodies or as 成员单位
    (
        HEAD + "委员会由分管副市长任主任，政府办、气象、某市水利局负责人任副主任，发改、财政、林业等为成员单位。",
        {
            (G, "分管副市长", "post", "主任"),
            (G, "政府办", "org", "副主任"),
            (G, "气象", "org", "副主任"),
            (G, "某市水利局负责人", "post", "副主任"),
            (G, "发改", "org", "成员单位"),
            (G, "财政", "org", "成员单位"),
            (G, "林业", "org", "成员单位"),
        },
    ),
    # working groups under headings that close with "；", their roles by list labels (责任领导, 责任单位)
    (
        "某镇关于开展安全生产大检查的通知\n三、分组情况\n（一）第一检查督导组；\n责任领导：胡一波 杨 剑\n"
        "责任单位：某镇政法办、某镇派出所\n检查范围：消防易爆物品。\n（二）第二检查督导组；\n责任领导：艾 进\n",
        {
            ("第一检查督导组", "胡一波", "person", "责任领导"),
            ("第一检查督导组", "杨剑", "person", "责任领导"),
            ("第一检查督导组", "某镇政法办", "org", "责任单位"),
            ("第一检查督导组", "某镇派出所", "org", "责任单位"),
            ("第二检查督导组", "艾进", "person", "责任领导"),
        },
    ),
    # a table whose cells are set off by full-width spaces, names padded with them; 总指挥 as a label
    (
        HEAD + "组\u3000长\u3000\u3000马\u3000林\u3000\u3000市政府副市长\n"
        "成\u3000员\u3000\u3000钱\u3000亮\u3000\u3000市民政局副局长\n副总指挥：孙启明 市政府副秘书长",
        {(G, "马林", "person", "组长"), (G, "钱亮", "person", "成员"), (G, "孙启明", "person", "副总指挥")},
    ),
    # posts, then the names of a seat held by two ("由局党组成员、副局长A、B担任"); "X任办公室主任";
    # a post in a district's body is no name ("区应急管理局局长" is not 区应急)
    (
        HEAD + "组长由局党组书记、局长韩立担任，副组长由局党组成员、副局长蒋明、沈月担任。"
        "办公室设在局安全股，局安全股股长周启任办公室主任。办公室副主任由区应急管理局局长兼任。",
        {
            (G, "韩立", "person", "组长"),
            (G, "蒋明", "person", "副组长"),
            (G, "沈月", "person", "副组长"),
            (G, "局安全股", "org", "办公室设在"),
            (G, "周启", "person", "办公室主任"),
            (G, "区应急管理局局长", "post", "办公室副主任"),
        },
    ),
    # "name，post" people a "；" apart after a label
    (
        HEAD + "副组长：彭立，副县长；邓安，县政府办主任",
        {(G, "彭立", "person", "副组长"), (G, "邓安", "person", "副组长")},
    ),
    # working groups as headings under a body: each section's lead, members and seats are its group's
    (
        "关于某县防汛指挥部工作组组成的通知\n某县防汛指挥部决定设立3个工作组。\n一、综合协调组\n负责统筹协调。\n"
        "由县应急局牵头，县水利局、县军分区参加。\n二、抢险救援组\n组长：王立 县应急局局长\n成员单位：县消防救援大队",
        {
            ("综合协调组", "县应急局", "org", "牵头单位"),
            ("综合协调组", "县水利局", "org", "成员单位"),
            ("综合协调组", "县军分区", "org", "成员单位"),
            ("抢险救援组", "王立", "person", "组长"),
            ("抢险救援组", "县消防救援大队", "org", "成员单位"),
        },
    ),
    # a news report of a body founded, its short name in brackets; people a "，" apart before 任; a leader of
    # the province by name; the office placed two clauses on, its head by the office's short name
    (
        "某省深改领导小组成立\n按照中央要求，某省深改领导小组（简称“领导小组”）日前成立。省委书记、省长马立新任组长，"
        "省委副书记丁文，省政协主席江海任副组长。省领导辛明、白雪为领导小组成员。领导小组下设办公室（简称“省改革办”），"
        "作为常设机构，设在省委政研室。省委秘书长章平任省改革办主任。",
        {
            ("某省深改领导小组", "马立新", "person", "组长"),
            ("某省深改领导小组", "丁文", "person", "副组长"),
            ("某省深改领导小组", "江海", "person", "副组长"),
            ("某省深改领导小组", "辛明", "person", "成员"),
            ("某省深改领导小组", "白雪", "person", "成员"),
            ("某省深改领导小组", "省委政研室", "org", "办公室设在"),
            ("某省深改领导小组", "章平", "person", "省改革办主任"),
        },
    ),
    # a seat in a group named in a person's compound post (news): a membership, not a post
    (
        "某市召开创卫工作会\n受市委常委、宣传部长、市创卫指挥部副总指挥赵立委托，市政府副市长、市创卫指挥部副总指挥"
        "钱明召集会议。",
        {("市创卫指挥部", "赵立", "person", "副总指挥"), ("市创卫指挥部", "钱明", "person", "副总指挥")},
    ),
    # the office's seats held by "A、B等部门、单位分管负责同志" (each body's); a line that places the office or abolishes
    # a body ends a member list; "下设办公室在X"
    (
        HEAD + "成  员：\n钱 亮 市民政局副局长\n撤销市未成年人保护委员会\n"
        "委员会下设办公室在市民政局；副主任由市教育局、团市委等部门、单位分管负责同志兼任。",
        {
            (G, "钱亮", "person", "成员"),
            (G, "市民政局", "org", "办公室设在"),
            (G, "市教育局", "org", "办公室副主任"),
            (G, "团市委", "org", "办公室副主任"),
        },
    ),
    # the seats noted in brackets after a person's post; changed seats after "作如下调整："
    (
        HEAD + "马　林　市长（主任）\n钱亮　市财政局局长（委员兼办公室主任）\n"
        "对委员会成员作如下调整：孙立同志任副主任，不再担任委员；赵海同志不再担任委员。",
        {
            (G, "马林", "person", "主任"),
            (G, "钱亮", "person", "委员"),
            (G, "钱亮", "person", "办公室主任"),
            (G, "孙立", "person", "副主任"),
        },
    ),
    # "成立了以A为组长、B为第一副组长，…为成员的X": every seat, the first after 以; a party branch's secretaries
    (
        "某县成立改革领导小组\n近日，某县成立了以县委书记马林为组长、县长钱亮为第一副组长，副县长孙立为副组长，"
        "各村党组织书记为成员的改革领导小组。",
        {
            ("改革领导小组", "马林", "person", "组长"),
            ("改革领导小组", "钱亮", "person", "第一副组长"),
            ("改革领导小组", "孙立", "person", "副组长"),
            ("改革领导小组", "各村党组织书记", "post", "成员"),
        },
    ),
    # a seat's count, then "分别是：" its holders a "，" apart (posts, or a person after posts joined by 、); a rule
    # for later changes ("变动后由…继续担任成员") names no member
    (
        HEAD + "副主任2人，分别是：市委常委、组织部部长马林，市政府副市长钱亮。委员共2人，分别是：市政协秘书长，"
        "市委教育工委书记、市教委副主任。委员工作变动后，由成员单位分管负责人继续担任委员。",
        {
            (G, "马林", "person", "副主任"),
            (G, "钱亮", "person", "副主任"),
            (G, "市政协秘书长", "post", "委员"),
            (G, "市委教育工委书记、市教委副主任", "post", "委员"),
        },
    ),
    # "主任已由A、B共同担任": each holds it; the seats of many other bodies ("33个镇街安委会主任…") are not this one's
    (
        HEAD + "目前，委员会主任已由市委书记、市长共同担任。另外，12个镇街安委会主任也已改由党委书记和镇长共同担任。",
        {(G, "市委书记", "post", "主任"), (G, "市长", "post", "主任")},
    ),
    # a group made of posts: their holders are its members; a group made of its own seats names no one
    (
        HEAD + "委员会由市长、分管副市长和市政府秘书长组成。委员会办公室由主任、副主任和成员组成。",
        {(G, "市长", "post", "成员"), (G, "分管副市长", "post", "成员"), (G, "市政府秘书长", "post", "成员")},
    ),
    # a seat that is to be held ("将由", "原则上由"), or held in turn ("由…轮流担任")
    (
        HEAD + "委员会主任将由市长担任。副主任原则上由分管副市长担任。委员由各成员单位主要负责人轮流担任。",
        {(G, "市长", "post", "主任"), (G, "分管副市长", "post", "副主任"), (G, "各成员单位主要负责人", "post", "委员")},
    ),
    # a chain's seat named in a roll call ("省茶产业链链长A"): a membership of that chain's mechanism
    (
        "某省领导来市调研\n5月9日，某省农业厅副厅长、省茶产业链链长王立，某省农业厅二级巡视员、省茶产业链副链长钱亮一行"
        "来市调研。",
        {("省茶产业链", "王立", "person", "链长"), ("省茶产业链", "钱亮", "person", "副链长")},
    ),
    # seats in teams sent out, named in a roll call ("市委第二巡回指导组副组长B", "…指导组第二组组长A")
    (
        "某市督导组来区督导\n12月3日，市政府办公室二级巡视员、市委学习教育巡回指导组第二组组长王立，市纪委常委、"
        "市委第二巡回指导组副组长钱亮一行来区督导。",
        {
            ("市委学习教育巡回指导组第二组", "王立", "person", "组长"),
            ("市委第二巡回指导组", "钱亮", "person", "副组长"),
        },
    ),
    # a news report of a body's members announced ("宣读了新一届X委员会人员组成，明确由A任第一主任"); a seat in
    # that body by its short name inside a compound post ("副省长、省国动委副主任B")
    (
        "某省国动委会议召开\n会议宣读了新一届某省国防动员委员会人员组成，明确由省委书记马林任第一主任，省长钱亮任主任。"
        "副省长、省国动委副主任孙明参加会议。",
        {
            ("某省国防动员委员会", "马林", "person", "第一主任"),
            ("某省国防动员委员会", "钱亮", "person", "主任"),
            ("某省国防动员委员会", "孙明", "person", "副主任"),
        },
    ),
    # "成立了以A任组长的X，…组建了以B、C为第一组长，D为组长的十二个Y": each seat in the body whose set-up holds it
    (
        "某旗推进机构改革\n成立了以旗委书记任组长的旗委深化改革领导小组；同时，组建了以旗委书记、政府旗长为第一组长，"
        "其他分管领导为组长的十二个改革推进组。改革成员单位为牵头部门。",
        {
            ("旗委深化改革领导小组", "旗委书记", "post", "组长"),
            ("改革推进组", "旗委书记", "post", "第一组长"),
            ("改革推进组", "政府旗长", "post", "第一组长"),
            ("改革推进组", "其他分管领导", "post", "组长"),
        },
    ),
    # "常务副主任由…担任"; "成员单位由A、B等38个部门组成" (the role as written, the count no part of a name)
    (
        HEAD
        + "委员会主任由市长马林担任，常务副主任由常务副市长钱亮担任。委员会成员单位由市委宣传部、市发改委、市应急局等38个部门组成。",
        {
            (G, "马林", "person", "主任"),
            (G, "钱亮", "person", "常务副主任"),
            (G, "市委宣传部", "org", "成员单位"),
            (G, "市发改委", "org", "成员单位"),
            (G, "市应急局", "org", "成员单位"),
        },
    ),
    # several seats on one line; 同志 before a bracketed post; a name, a comma, the post; a table's rows
    (
        HEAD + "组长：王一鸣同志（市长）；副组长：李立新（副市长）、赵海涛（副市长）,成员:孙启明\n"
        "委员：吴晓东，市财政局局长\n周建国，市公安局局长\n职务 | 姓名 | 单位及职务\n联络员 | 钱立 | 市应急局科长",
        {
            (G, "王一鸣", "person", "组长"),
            (G, "李立新", "person", "副组长"),
            (G, "赵海涛", "person", "副组长"),
            (G, "孙启明", "person", "成员"),
            (G, "吴晓东", "person", "委员"),
            (G, "周建国", "person", "委员"),
            (G, "钱立", "person", "联络员"),
        },
    ),
    # several bodies, each under a heading that names it
    (
        "某县人民政府办公室\n关于调整部分议事协调机构组成人员的通知\n各乡镇：\n现将调整后的组成人员通知如下：\n"
        "一、某县减灾委员会\n主任：王一鸣 县长\n二、某县森林防火指挥部\n指挥长：李立新 副县长\n"
        "成员：周建国 县林业局局长",
        {
            ("某县减灾委员会", "王一鸣", "person", "主任"),
            ("某县森林防火指挥部", "李立新", "person", "指挥长"),
            ("某县森林防火指挥部", "周建国", "person", "成员"),
        },
    ),
    # a post then the name, with nothing between; compound posts; items apart by semicolons; the signature
    # under the last list is not a member
    (
        HEAD + "组长：市委副书记、市长王一鸣\n副组长：市委常委、常务副市长李立新；副市长赵海涛\n"
        "成员：市水务局局长孙启明\n某市人民政府办公室\n2017年3月1日",
        {
            (G, "王一鸣", "person", "组长"),
            (G, "李立新", "person", "副组长"),
            (G, "赵海涛", "person", "副组长"),
            (G, "孙启明", "person", "成员"),
        },
    ),
    # several people on a line; a label with its colon left out; seats as headings of their own
    (
        HEAD + "组    长  王一鸣  市人民政府市长\n副组长：李立新 区委副书记、区长  赵海涛 区委常委\n"
        "三、成员\n孙启明  市统计局局长\n周建国  市公安局副局长",
        {
            (G, "王一鸣", "person", "组长"),
            (G, "李立新", "person", "副组长"),
            (G, "赵海涛", "person", "副组长"),
            (G, "孙启明", "person", "成员"),
            (G, "周建国", "person", "成员"),
        },
    ),
    # role lines with a name and a post, padded labels
    (
        HEAD + "组 长：张 伟 市人民政府市长\n副组长：刘洋 市人民政府副市长\n李 军 市政府秘书长",
        {
            (G, "张伟", "person", "组长"),
            (G, "刘洋", "person", "副组长"),
            (G, "李军", "person", "副组长"),
        },
    ),
    # member units; a post described in words
    (
        HEAD + "主 任 委 员：市政府分管应急管理工作的副市长\n成员单位：市委宣传部、市发展改革委、市应急管理局。",
        {
            (G, "市政府分管应急管理工作的副市长", "post", "主任委员"),
            (G, "市委宣传部", "org", "成员单位"),
            (G, "市发展改革委", "org", "成员单位"),
            (G, "市应急管理局", "org", "成员单位"),
        },
    ),
    # 成员 lists whose bodies send their deputies; a shared suffix for other seats
    (
        HEAD + "成员：市公安局、市交通运输局等单位分管负责人。\n副组长：市委组织部、市委宣传部分管日常工作的副部长",
        {
            (G, "市公安局", "org", "成员"),
            (G, "市交通运输局", "org", "成员"),
            (G, "市委组织部分管日常工作的副部长", "post", "副组长"),
            (G, "市委宣传部分管日常工作的副部长", "post", "副组长"),
        },
    ),
    # prose: office, its heads, a seat taken by a post, members composed of bodies
    (
        HEAD + "委员会办公室设在市应急管理局，办公室主任由王刚同志兼任，副主任由陈静同志兼任。指挥长由市长担任。"
        "成员由市财政局、市住建局等单位分管领导组成。",
        {
            (G, "市应急管理局", "org", "办公室设在"),
            (G, "王刚", "person", "办公室主任"),
            (G, "陈静", "person", "办公室副主任"),
            (G, "市长", "post", "指挥长"),
            (G, "市财政局", "org", "成员"),
            (G, "市住建局", "org", "成员"),
        },
    ),
    # the seed's forms: a seat taken by a person named with a post; a body as a lead unit
    (
        "甲市人民政府办公室\n关于印发甲市产业链链长制工作方案的通知\n成立甲市重点产业链链长制领导小组（以下简称市领导小组）。"
        "由市长李强担任全市产业链总链长，市政府分管领导担任各重点产业链链长。市工信局作为总链长牵头单位，协调推动相关工作。",
        {
            ("甲市重点产业链链长制领导小组", "李强", "person", "总链长"),
            ("甲市重点产业链链长制领导小组", "市政府分管领导", "post", "链长"),
            ("甲市重点产业链链长制领导小组", "市工信局", "org", "总链长牵头单位"),
        },
    ),
    # a name with its post in brackets
    (
        HEAD + "组长：张伟（市长）\n副组长：刘洋（副市长）、李军（市政府秘书长）",
        {
            (G, "张伟", "person", "组长"),
            (G, "刘洋", "person", "副组长"),
            (G, "李军", "person", "副组长"),
        },
    ),
    # a role word with a modifier is the text's own word
    (
        HEAD + "常务副组长：王强 市政府常务副市长\n执行组长：市应急管理局局长",
        {
            (G, "王强", "person", "常务副组长"),
            (G, "市应急管理局局长", "post", "执行组长"),
        },
    ),
    # ASCII punctuation, a project department approved by a reply
    (
        "乙市人民政府办公室\n关于同意成立乙河治理工程项目部的批复\n一、项目法人代表:赵 强\n二、技术负责人:孙丽",
        {
            ("乙河治理工程项目部", "赵强", "person", "项目法人代表"),
            ("乙河治理工程项目部", "孙丽", "person", "技术负责人"),
        },
    ),
    # names run into their posts, on the label's line and on the lines under it;
    # a name ending where a post's 副 starts; a 2-character name before 团省委
    (
        HEAD + "组长：陈芸副市长\n副组长：黄立玉市政府副秘书长\n蔡元庭市残联理事长\n"
        "成员：宋闽旺市委宣传部副部长\n吴立官团市委副书记\n刘平市教育局副局长\n办公室设在市残联，由刘平兼任办公室主任。",
        {
            (G, "陈芸", "person", "组长"),
            (G, "黄立玉", "person", "副组长"),
            (G, "蔡元庭", "person", "副组长"),
            (G, "宋闽旺", "person", "成员"),
            (G, "吴立官", "person", "成员"),
            (G, "刘平", "person", "成员"),
            (G, "市残联", "org", "办公室设在"),
            (G, "刘平", "person", "办公室主任"),
        },
    ),
    # prose of a news report: a list of people for a seat, 任 as a surname, members "包括"
    (
        "某市成立河湖治理领导小组\n通知指出，成立某市河湖治理领导小组。由常务副市长周立平任组长，副市长任海涛、高明任副组长,"
        "成员单位包括市发展改革委、市水务局和市生态环境局。",
        {
            ("某市河湖治理领导小组", "周立平", "person", "组长"),
            ("某市河湖治理领导小组", "任海涛", "person", "副组长"),
            ("某市河湖治理领导小组", "高明", "person", "副组长"),
            ("某市河湖治理领导小组", "市发展改革委", "org", "成员单位"),
            ("某市河湖治理领导小组", "市水务局", "org", "成员单位"),
            ("某市河湖治理领导小组", "市生态环境局", "org", "成员单位"),
        },
    ),
    # bodies sharing a suffix for a seat; the office head a post in words
    (
        HEAD + "市长王平担任召集人，市商务局和东湖区人民政府主要负责同志担任副召集人。"
        "办公室设在东湖区人民政府，办公室主任由东湖区人民政府主要负责同志担任。",
        {
            (G, "王平", "person", "召集人"),
            (G, "市商务局", "org", "副召集人"),
            (G, "东湖区人民政府主要负责同志", "post", "副召集人"),
            (G, "东湖区人民政府", "org", "办公室设在"),
            (G, "东湖区人民政府主要负责同志", "post", "办公室主任"),
        },
    ),
    # a notice's item that sets up a group it names only by its kind, over the seats; a name whose surname
    # the common list lacks, set apart from its posts
    (
        "关于做好某项工作的通知\n各站所：\n一、高度重视。各站所要认真落实。\n二、成立领导小组\n"
        "组 长:蓟春元 镇党委副书记、镇长\n副组长:杨立群 副镇长\n成 员:王海东 林业站干部",
        {
            ("领导小组", "蓟春元", "person", "组长"),
            ("领导小组", "杨立群", "person", "副组长"),
            ("领导小组", "王海东", "person", "成员"),
        },
    ),
    # "等三位副市长" after the names; people joined by 和; two posts of one body joined by 和
    (
        "某市设立新城建设领导小组，赵一、钱二海、孙三等三位副市长任副组长。\n"
        "领导小组下设办公室：市政府副秘书长吴晓和某区区委书记周平任主任。\n"
        "某区政府办公室主要负责人和分管负责人任成员。",
        {("新城建设领导小组", name, "person", "副组长") for name in ("赵一", "钱二海", "孙三")}
        | {("新城建设领导小组", name, "person", "主任") for name in ("吴晓", "周平")}
        | {
            ("新城建设领导小组", post, "post", "成员")
            for post in ("某区政府办公室主要负责人", "某区政府办公室分管负责人")
        },
    ),
    # a news report of a group's meeting: the seat a person's compound post names, and the member bodies
    # the report lists as attending (a district among them)
    (
        "某区召开安全生产委员会全体会议\n4月8日，某区安全生产委员会召开全体会议。区委副书记、区长、区安委会主任王一鸣"
        "出席会议并讲话。甲山区、区应急局、区住建局等成员单位负责同志参加会议。",
        {
            ("某区安全生产委员会", "王一鸣", "person", "主任"),
            ("某区安全生产委员会", "甲山区", "org", "成员单位"),
            ("某区安全生产委员会", "区应急局", "org", "成员单位"),
            ("某区安全生产委员会", "区住建局", "org", "成员单位"),
        },
    ),
    # working groups as labels numbered (1), (2): the bodies each is made of, and the one that leads it
    (
        "关于成立某市救灾捐赠指挥部的通知\n成立某市救灾捐赠指挥部，指挥部下设两个工作组。\n"
        "(1)捐赠接收组:市民政局、市慈善会。负责接收捐赠款物。牵头单位:市民政局。\n"
        "(2)宣传报道组:市委宣传部、市广电局。负责宣传报道。牵头单位:市委宣传部。",
        {
            ("捐赠接收组", "市民政局", "org", "成员单位"),
            ("捐赠接收组", "市慈善会", "org", "成员单位"),
            ("捐赠接收组", "市民政局", "org", "牵头单位"),
            ("宣传报道组", "市委宣传部", "org", "成员单位"),
            ("宣传报道组", "市广电局", "org", "成员单位"),
            ("宣传报道组", "市委宣传部", "org", "牵头单位"),
        },
    ),
    # "副组长由A和B担任": two posts, two seats ("由县委书记、县长担任" is one person's)
    (
        "关于成立某县营商环境建设领导小组的通知\n决定成立某县营商环境建设领导小组。组长由县长担任，副组长由常务副县长和"
        "分管副县长担任。",
        {
            ("某县营商环境建设领导小组", "县长", "post", "组长"),
            ("某县营商环境建设领导小组", "常务副县长", "post", "副组长"),
            ("某县营商环境建设领导小组", "分管副县长", "post", "副组长"),
        },
    ),
    # "现将X（以下简称Y）成员做如下调整：" over the seats: the group is X
    (
        "关于加强治超工作的通知\n鉴于人员变动，现将某市治超工作领导小组（以下简称市治超领导小组）成员做如下调整：\n"
        "组长：王立 副市长\n副组长：张峰 市交通局局长",
        {("某市治超工作领导小组", "王立", "person", "组长"), ("某市治超工作领导小组", "张峰", "person", "副组长")},
    ),
    # a 林长制 (as a 河长制): its seats as headings over name-post lines, a note on each seat's area
    (
        "某省林长制办公室关于调整省级林长的通知\n为全面推行林长制，现对省级林长予以调整。\n一、省级总林长\n"
        "唐立 省委书记、省人大常委会主任\n二、省级林长\n汤平 副省长（责任区域：甲市、乙市）\n赵红 副省长（责任区域：丙市）",
        {
            ("林长制", "唐立", "person", "总林长"),
            ("林长制", "汤平", "person", "林长"),
            ("林长制", "赵红", "person", "林长"),
        },
    ),
    # "X第一次全体会议在…举行": the meeting's body, its seats taken
    (
        "学校召开第四届校务委员会第一次全体会议\n12月31日下午，第四届校务委员会第一次全体会议在学术交流中心举行。"
        "会议宣读了聘任文件，高立任校务委员会主任，张发、陈春任副主任。",
        {
            ("第四届校务委员会", "高立", "person", "主任"),
            ("第四届校务委员会", "张发", "person", "副主任"),
            ("第四届校务委员会", "陈春", "person", "副主任"),
        },
    ),
    # the news of a group's meeting: "小组成员A、B" are its members
    (
        "市委全面深化改革领导小组召开第七次会议\n8月6日，市委全面深化改革领导小组召开第七次会议。市委全面深化改革领导小组副组长徐立，"
        "小组成员崔华、陈明出席会议。",
        {
            ("市委全面深化改革领导小组", "徐立", "person", "副组长"),
            ("市委全面深化改革领导小组", "崔华", "person", "成员"),
            ("市委全面深化改革领导小组", "陈明", "person", "成员"),
        },
    ),
    # headings naming an office and working groups over their seats: each its own body
    (
        "关于成立校庆组织机构的通知\n一、校庆领导小组\n组长：洪立\n成员：曹一、兰二\n二、校庆办公室\n主任：曹一\n"
        "成员：方三、叶四\n（一）宣传组\n组长：姚五\n执行组长：方三",
        {
            ("校庆领导小组", "洪立", "person", "组长"),
            ("校庆领导小组", "曹一", "person", "成员"),
            ("校庆领导小组", "兰二", "person", "成员"),
            ("校庆办公室", "曹一", "person", "主任"),
            ("校庆办公室", "方三", "person", "成员"),
            ("校庆办公室", "叶四", "person", "成员"),
            ("宣传组", "姚五", "person", "组长"),
            ("宣传组", "方三", "person", "执行组长"),
        },
    ),
    # "成立由A任组长，B、C等单位为成员的X": the seats first (by 由 as by 以), then the group
    (
        "某县部署人口抽样调查\n为加强领导，成立由县政府分管副县长任组长，县统计局、县公安局等单位为成员的"
        "某县人口抽样调查工作领导小组，领导小组办公室设在县统计局。",
        {
            ("某县人口抽样调查工作领导小组", "县政府分管副县长", "post", "组长"),
            ("某县人口抽样调查工作领导小组", "县统计局", "org", "成员"),
            ("某县人口抽样调查工作领导小组", "县公安局", "org", "成员"),
            ("某县人口抽样调查工作领导小组", "县统计局", "org", "办公室设在"),
        },
    ),
    # one notice adjusting two groups at once: seats and members of both
    (
        "新华社北京5月6日电 国务院决定对国务院甲地区开发领导小组和国务院乙地区振兴领导小组组成单位和人员进行调整。\n"
        "国务院总理王一鸣担任国务院甲地区开发领导小组和国务院乙地区振兴领导小组组长，李二副总理担任副组长。\n"
        "调整后的两个领导小组组成单位包括外交部、财政部等部门和单位。",
        {
            (g, member, kind, role)
            for g in ("国务院甲地区开发领导小组", "国务院乙地区振兴领导小组")
            for member, kind, role in (
                ("王一鸣", "person", "组长"),
                ("李二", "person", "副组长"),
                ("外交部", "org", "组成单位"),
                ("财政部", "org", "组成单位"),
            )
        },
    ),
    # names only, a space apart (a two-character name padded to three is one), under a list announced as 名单如下
    (
        "近日，调整后的某县学术委员会组成人员名单如下:\n主任委员: 赵一明\n副主任委员: 钱二亮 孙三平\n秘 书: 李四海\n"
        "委 员: 周 五 吴六星\n郑 七 王八方\n本届委员任期四年。",
        {
            ("某县学术委员会", name, "person", role)
            for name, role in (
                ("赵一明", "主任委员"),
                ("钱二亮", "副主任委员"),
                ("孙三平", "副主任委员"),
                ("李四海", "秘书"),
                ("周五", "委员"),
                ("吴六星", "委员"),
                ("郑七", "委员"),
                ("王八方", "委员"),
            )
        },
    ),
    # a web page's list flattened: each seat's label right after the last holder's post, people run together,
    # and the list running on into the sentence after it
    (
        "关于成立某县园区工作专班的通知\n决定成立某县园区工作专班。一、工作专班组长:谭一辉副县长副组长:麦二玲县政府办公室"
        "副主任黄三桂县科技局局长、县园区管委会主任(兼)成员:卢四钧县财政局副局长温五新圩镇副镇长江六远县农业中心干部"
        "工作专班负责园区建设。",
        {
            ("某县园区工作专班", name, "person", role)
            for name, role in (
                ("谭一辉", "组长"),
                ("麦二玲", "副组长"),
                ("黄三桂", "副组长"),
                ("卢四钧", "成员"),
                ("温五", "成员"),
            )
        },
    ),
    # an adviser's seat, and the office's deputies after its head, two of them joined by 和
    (
        "关于成立某县督察工作领导小组的通知\n经研究，成立由县委书记赵一同志任顾问，县长钱二同志任组长的某县督察工作领导小组，"
        "领导小组下设办公室，由副县长孙三同志兼任办公室主任，县政府办副主任李四和县环保局局长周五任副主任。",
        {
            ("某县督察工作领导小组", "赵一", "person", "顾问"),
            ("某县督察工作领导小组", "钱二", "person", "组长"),
            ("某县督察工作领导小组", "孙三", "person", "办公室主任"),
            ("某县督察工作领导小组", "李四", "person", "副主任"),
            ("某县督察工作领导小组", "周五", "person", "副主任"),
        },
    ),
    # a holder named between the body and the post; a seat of the group as the last part of a compound post
    (
        "关于成立某市节日工作领导小组的通知\n决定成立某市节日工作领导小组。领导小组下设办公室，由市民政局钱亮副局长任主任。\n"
        "市委副书记、新区党工委书记、领导小组执行组长孙明出席会议。",
        {
            ("某市节日工作领导小组", "钱亮", "person", "主任"),
            ("某市节日工作领导小组", "孙明", "person", "执行组长"),
        },
    ),
    # two seats' holders joined by 和, each a post described in words
    (
        "关于建立某市托育服务联席会议制度的通知\n联席会议总召集人由市政府分管副市长担任，协调副秘书长和市卫健委主要负责同志担任召集人。",
        {
            ("某市托育服务联席会议", "市政府分管副市长", "post", "总召集人"),
            ("某市托育服务联席会议", "协调副秘书长", "post", "召集人"),
            ("某市托育服务联席会议", "市卫健委主要负责同志", "post", "召集人"),
        },
    ),
    # a two-character name ending in 正; "A等担任" (the others not named); a seat's first holder (首任, 时任): then
    (
        "关于调整国务院某委员会组成人员的通知\n通知披露，国务院副总理钱正担任国务院某委员会主任，国务院副秘书长孙扬等担任委员会委员。"
        "委员会成立于2010年，首任委员会主任由时任国务院副总理李明担任。",
        {("国务院某委员会", "钱正", "person", "主任"), ("国务院某委员会", "孙扬", "person", "委员")},
    ),
    # a committee's rules (规程) name their committee; two holders of one title, each a seat
    (
        "某县国土空间规划委员会规程\n一、机构设置\n（一）主任、副主任\n县规委会主任由县长担任；副主任由常务副县长、分管副县长担任。",
        {
            ("某县国土空间规划委员会", "县长", "post", "主任"),
            ("某县国土空间规划委员会", "常务副县长", "post", "副主任"),
            ("某县国土空间规划委员会", "分管副县长", "post", "副主任"),
        },
    ),
    # "领导小组——以A为组长…", a list of bodies with a post among them, counted ("等36个部门…的39名领导")
    (
        "关于成立某县民族工作领导小组的通知\n领导小组——以县委分管领导为组长，县政府分管领导为副组长，县委宣传部、"
        "县民政局副局长、县财政局等36个县直部门的39名领导为成员。",
        {
            ("某县民族工作领导小组", "县委分管领导", "post", "组长"),
            ("某县民族工作领导小组", "县政府分管领导", "post", "副组长"),
            ("某县民族工作领导小组", "县委宣传部", "org", "成员"),
            ("某县民族工作领导小组", "县民政局副局长", "post", "成员"),
            ("某县民族工作领导小组", "县财政局", "org", "成员"),
        },
    ),
    # a holder after the post, whose surname the common list lacks ("代"), among others
    (
        "某地抗震救灾现场联合指挥部成立\n由副省长钱立军任指挥长，省政府副秘书长代永明、应急管理厅厅长夏凤林等任副指挥长。",
        {
            ("某地抗震救灾现场联合指挥部", "钱立军", "person", "指挥长"),
            ("某地抗震救灾现场联合指挥部", "代永明", "person", "副指挥长"),
            ("某地抗震救灾现场联合指挥部", "夏凤林", "person", "副指挥长"),
        },
    ),
    # "name post (area: …)" lines under a seat's heading, the note a space after the post
    (
        "关于调整某省省级林长的通知\n为全面推行林长制，调整后的省级林长名单如下：\n一、省级林长\n钱志平 副省长 (责任区域:甲市、乙市)\n"
        "孙红岩 副省长 (责任区域:丙市)\n李勤荣 副省长 (责任区域:丁市、戊市、己市)",
        {("林长制", name, "person", "林长") for name in ("钱志平", "孙红岩", "李勤荣")},
    ),
    # labels whose first glyph the PDF lost (" 长:", " 员:")
    (
        "关于调整某市治理工作领导小组成员的通知\n经研究，决定调整某市治理工作领导小组。\n 长:副市长\n副组长:钱铁峰  市交通局局长\n"
        " 员:\n孙晓霞  市委宣传部副部长\n李炜明  市经信委副主任",
        {
            ("某市治理工作领导小组", "副市长", "post", "组长"),
            ("某市治理工作领导小组", "钱铁峰", "person", "副组长"),
            ("某市治理工作领导小组", "孙晓霞", "person", "成员"),
            ("某市治理工作领导小组", "李炜明", "person", "成员"),
        },
    ),
    # a list closed by "等N个部门和单位" before a clause of its own; "有关处室" is no member list (its staff hold
    # the office's seat, a post); a name run into
    # a body whose name opens with the name's last character would ("张力" + "民政厅")
    (
        "关于建立某市托育服务联席会议制度的通知\n成员单位有市发改委、市民政局等29个部门和单位，市民政局为牵头单位。"
        "联席会议成员单位有关处室负责同志担任办公室成员。\n成员：孙一鸣 市财政局局长\n钱力民政厅副厅长",
        {
            ("某市托育服务联席会议", "市发改委", "org", "成员单位"),
            ("某市托育服务联席会议", "市民政局", "org", "成员单位"),
            ("某市托育服务联席会议", "联席会议成员单位有关处室负责同志", "post", "办公室成员"),  # staff by post
            ("某市托育服务联席会议", "孙一鸣", "person", "成员"),
            ("某市托育服务联席会议", "钱力", "person", "成员"),
        },
    ),
    # members counted by their posts (each post a member, its count no name)
    (
        "某社区疫情防控纪实\n社区组建了以支部书记钱建功为组长的疫情防控工作领导小组，小组成员共20人，分别是网格长6名，"
        "社区服务中心负责人2名，网格员12人，会议明确了职责。",
        {
            ("疫情防控工作领导小组", "钱建功", "person", "组长"),
            ("疫情防控工作领导小组", "网格长", "post", "成员"),
            ("疫情防控工作领导小组", "社区服务中心负责人", "post", "成员"),
            ("疫情防控工作领导小组", "网格员", "post", "成员"),
        },
    ),
    # a body that met somewhere ("在…召开了工作会议"), its seats in the roll call under its short name
    (
        "某校召开安全生产委员会工作会议\n12月6日上午，某校安全生产委员会在行政楼608会议室召开了工作会议。安委会主任"
        "王一鸣、副主任李立新参加会议。",
        {
            ("某校安全生产委员会", "王一鸣", "person", "主任"),
            ("某校安全生产委员会", "李立新", "person", "副主任"),
        },
    ),
    (
        "某区召开教育督导会议\n11月12日上午，某区教育督导委员会召开新一届区特约教育督导员会议，区教育督导委员会副主任、"
        "区教育局局长王一鸣参加会议。",
        {("某区教育督导委员会", "王一鸣", "person", "副主任")},
    ),
    # a table's rows under a seat's heading: the one name in each row holds the seat
    (
        "关于调整某市工作领导小组的通知\n成立某市防汛工作领导小组。\n一、副组长\n甲区 | 王一鸣 | 市委副书记、市长 |\n"
        "乙区 | 李立新 | 副市长 |",
        {
            ("某市防汛工作领导小组", "王一鸣", "person", "副组长"),
            ("某市防汛工作领导小组", "李立新", "person", "副组长"),
        },
    ),
    # a joint meeting by another name ("办公会议制度"), its convener and its member units' heads
    (
        "关于建立某市政府信息公开办公会议制度的通知\n经市政府同意，建立某市政府信息公开办公会议制度（以下简称“办公会议”）。\n"
        "办公会议召集人为市人民政府副秘书长王一鸣，市监察局、市保密局等单位分管领导为成员。",
        {
            ("某市政府信息公开办公会议", "王一鸣", "person", "召集人"),
            ("某市政府信息公开办公会议", "市监察局", "org", "成员"),
            ("某市政府信息公开办公会议", "市保密局", "org", "成员"),
        },
    ),
    # seats a clause each, then "委员分别由A、B共计九位同志组成" (not the committee "由…组成" of them all)
    (
        "某乡换届选举实施意见\n乡上成立了选举委员会，选举委员会由党委书记王一鸣任主任，乡人大主席李立新任副主任，委员分别由"
        "党委副书记赵海、纪委书记钱亮共计九位同志组成。",
        {
            ("选举委员会", "王一鸣", "person", "主任"),
            ("选举委员会", "李立新", "person", "副主任"),
            ("选举委员会", "赵海", "person", "委员"),
            ("选举委员会", "钱亮", "person", "委员"),
        },
    ),
    # a long group's name before its seat in a roll call, whole ("…第七次全国人口普查领导小组组长A")
    (
        "某街道人口普查\n11月1日上午，某街道办事处主任、某街道第七次全国人口普查领导小组组长王一鸣一行，赴居委视察。",
        {("某街道第七次全国人口普查领导小组", "王一鸣", "person", "组长")},
    ),
    # a town's head by his title alone holds a seat as a county's does; "将A、B列为成员": A and B, not 将A, and no
    # clause that sets a body up
    (
        "某镇全面推行河长制\n该镇全面推行河长制，由镇长任总河长，成立河长制办公室，将镇纪委、财政所等部门列为成员。",
        {
            ("河长制", "镇长", "post", "总河长"),
            ("河长制", "镇纪委", "org", "成员"),
            ("河长制", "财政所", "org", "成员"),
        },
    ),
    # a group's rules ("…工作制度") name their group; a first convener by 由…担任; community posts are no names
    (
        "某市城管执法工作联席会议工作制度\n第三条 联席会议的第一召集人由市领导担任。\n"
        "第四条 联席会议由社区主任任组长，各副主任、楼栋长为成员。",
        {
            ("某市城管执法工作联席会议", "市领导", "post", "第一召集人"),
            ("某市城管执法工作联席会议", "社区主任", "post", "组长"),
            ("某市城管执法工作联席会议", "各副主任", "post", "成员"),
            ("某市城管执法工作联席会议", "楼栋长", "post", "成员"),
        },
    ),
    # a joint meeting held by video, its convener named in the roll call before his post; a convener is a seat,
    # never a post of his own
    (
        "某流域河湖长联席会议召开\n7月21日，某流域河湖长第一次联席会议以视频形式召开。联席会议召集人、甲省人民政府"
        "省长王一鸣出席会议并讲话。",
        {("某流域河湖长联席会议", "王一鸣", "person", "召集人")},
    ),
    # a road chiefs' system (its levels no part of its name), seated by 由…担任; "区城市管理委主任" is a post of the
    # body the level names, not a name ("区" is a surname's character) run into a post
    (
        "某区推行路长制\n该区已建立区、镇、村三级路长制组织体系。总路长由区政府主要领导担任；城区道路路长由"
        "区城市管理委主任担任，副路长由区城市管理委分管副主任担任。",
        {
            ("路长制", "区政府主要领导", "post", "总路长"),
            ("路长制", "区城市管理委主任", "post", "路长"),
            ("路长制", "区城市管理委分管副主任", "post", "副路长"),
        },
    ),
    # a rule book's group defined by what it is (its article's number no part of its name), seated by 由…担任/组成
    (
        "某校发字〔2021〕6号\n第二条 招生工作领导小组是学校招生工作的决策机构，负责招生事项决策。组长由校长担任，"
        "副组长由纪委书记担任。成员由教务处、监察处主要负责人组成。",
        {
            ("招生工作领导小组", "校长", "post", "组长"),
            ("招生工作领导小组", "纪委书记", "post", "副组长"),
            ("招生工作领导小组", "教务处", "org", "成员"),
            ("招生工作领导小组", "监察处", "org", "成员"),
        },
    ),
    # seats by 由…担任: a level's own post, a bare post ("政委" ends as "市委" does), departments by sector
    (
        "某县征兵工作\n成立征兵领导小组，组长由县常务副县长担任，副组长由县人武部部长和政委担任，"
        "成员由民政、公安、铁路等有关部门的主要领导担任。",
        {
            ("征兵领导小组", "县常务副县长", "post", "组长"),
            ("征兵领导小组", "县人武部部长", "post", "副组长"),
            ("征兵领导小组", "政委", "post", "副组长"),
            ("征兵领导小组", "民政", "org", "成员"),
            ("征兵领导小组", "公安", "org", "成员"),
            ("征兵领导小组", "铁路", "org", "成员"),
        },
    ),
    # seats labelled inside the paragraph that sets their group up, its count of people no part of its name; a
    # label in a paragraph that sets up no group is no seat
    (
        "关于做好防汛工作的通知\n二、镇政府成立9人防汛指挥所。所长:赵海;副所长:孙明、钱亮;成员:周华、吴平。"
        "各村要成立防汛小组。\n三、各村主任：负责本村防汛。",
        {
            ("防汛指挥所", "赵海", "person", "所长"),
            ("防汛指挥所", "孙明", "person", "副所长"),
            ("防汛指挥所", "钱亮", "person", "副所长"),
            ("防汛指挥所", "周华", "person", "成员"),
            ("防汛指挥所", "吴平", "person", "成员"),
        },
    ),
    # working groups as numbered items whose first sentence is the group's name, their seats in brackets at the
    # item's end; a bracket that is a note, not seats, gives none
    (
        "关于成立丁山乡防控工作领导小组的通知\n（一）综合协调组。负责统筹协调。（组长：王明华，成员：全体党政领导、各村支部书记）\n"
        "（二）宣传引导组。负责宣传工作（含网络舆情）。（牵头单位：乡宣传办；成员单位：乡文化站、乡派出所）",
        {
            ("综合协调组", "王明华", "person", "组长"),
            ("综合协调组", "全体党政领导", "post", "成员"),
            ("综合协调组", "各村支部书记", "post", "成员"),
            ("宣传引导组", "乡宣传办", "org", "牵头单位"),
            ("宣传引导组", "乡文化站", "org", "成员单位"),
            ("宣传引导组", "乡派出所", "org", "成员单位"),
        },
    ),
    # a mechanism set up under a short name is a body whose members are named by 由…组成; a mechanism named in
    # passing is a way of working, its 由…组成 no members of the group set up before it
    (
        "关于建立甲乙振兴推进工作机制的通知\n建立甲乙振兴省部联席落实推进工作机制（以下简称工作机制）。"
        "工作机制由发展改革委、科技部、甲省人民政府组成。",
        {
            ("甲乙振兴省部联席落实推进工作机制", "发展改革委", "org", "成员单位"),
            ("甲乙振兴省部联席落实推进工作机制", "科技部", "org", "成员单位"),
            ("甲乙振兴省部联席落实推进工作机制", "甲省人民政府", "org", "成员单位"),
        },
    ),
    (
        "关于成立丙丁县安全生产委员会的通知\n成立丙丁县安全生产委员会。建立健全考评工作机制，考评机制由县财政局、县审计局组成。",
        set(),
    ),
    # a news report's body named, then what it is made of ("…组委会由A、B等3单位组成"), its seats by 由…担任; a
    # body named short in brackets before its 由…组成
    (
        "甲乙市两项活动组委会成立\n全市书法大赛组委会由市政协、市教育局、市团委3单位组成。组委会主任由市政协副主席王立新担任，"
        "副主任由赵海、孙明等2位同志担任。\n甲乙县烟花爆竹安全监管联席会议（以下简称联席会议）由县安监局、县公安局共2个部门组成。",
        {
            ("全市书法大赛组委会", "市政协", "org", "成员单位"),
            ("全市书法大赛组委会", "市教育局", "org", "成员单位"),
            ("全市书法大赛组委会", "市团委", "org", "成员单位"),
            ("全市书法大赛组委会", "王立新", "person", "主任"),
            ("全市书法大赛组委会", "赵海", "person", "副主任"),
            ("全市书法大赛组委会", "孙明", "person", "副主任"),
            ("甲乙县烟花爆竹安全监管联席会议", "县安监局", "org", "成员单位"),
            ("甲乙县烟花爆竹安全监管联席会议", "县公安局", "org", "成员单位"),
        },
    ),
    # a body named with a seat in it ("X指挥部指挥长由A兼任"): its seats, not the first of the working groups named
    # after it (a working group's name is a group only inside its own section)
    (
        "某县山洪灾害防御体系构成\n某县山洪灾害防御指挥部指挥长由县长兼任，副指挥长由县政府办、县水利局负责同志担任。\n"
        "监测组：主要由县水利局、县气象局抽派人员组成。\n转移组：主要由县公安局、县民政局抽派人员组成。",
        {
            ("某县山洪灾害防御指挥部", "县长", "post", "指挥长"),
            ("某县山洪灾害防御指挥部", "县政府办", "org", "副指挥长"),
            ("某县山洪灾害防御指挥部", "县水利局", "org", "副指挥长"),
        },
    ),
    # a members' list in two runs a comma apart, closed by the heads of its bodies ("…等单位分管负责同志")
    (
        "关于建立甲乙市殡葬管理工作联席会议制度的通知\n建立甲乙市殡葬管理工作联席会议制度。联席会议由副市长担任召集人。"
        "成员包括市委宣传部、统战部，市发展改革局、民族宗教局、市场监管局等单位分管负责同志。",
        {
            ("甲乙市殡葬管理工作联席会议", "副市长", "post", "召集人"),
            *(
                ("甲乙市殡葬管理工作联席会议", body, "org", "成员")
                for body in ("市委宣传部", "统战部", "市发展改革局", "民族宗教局", "市场监管局")
            ),
        },
    ),
    # working groups, each 由A牵头 and bodies that each send one person: the bodies are its members
    (
        "关于开展某项验收的通知\n具体分组如下：\n第一组：\n由省农业厅牵头，省卫生厅、省商务厅各一名同志参加，负责验收甲市。\n"
        "第二组：\n由省工商局牵头，省财政厅各1名参加，负责验收乙市。\n",
        {
            ("第一组", "省农业厅", "org", "牵头单位"),
            ("第一组", "省卫生厅", "org", "成员单位"),
            ("第一组", "省商务厅", "org", "成员单位"),
            ("第二组", "省工商局", "org", "牵头单位"),
            ("第二组", "省财政厅", "org", "成员单位"),
        },
    ),
    # seats named inline after the group, no colon: each seat word, then its people, until a clause that is neither;
    # the group again by a shorter name
    (
        "某县志编纂工作\n1982年6月，成立某县志编纂委员会，主任陈峻，副主任贺永久、陈泽森。"
        "1994年11月，调整了县志编委会，主任周桂新、副主任李延平、主编朱波。",
        {
            ("某县志编纂委员会", "陈峻", "person", "主任"),
            ("某县志编纂委员会", "贺永久", "person", "副主任"),
            ("某县志编纂委员会", "陈泽森", "person", "副主任"),
            ("某县志编纂委员会", "周桂新", "person", "主任"),
            ("某县志编纂委员会", "李延平", "person", "副主任"),
            ("某县志编纂委员会", "朱波", "person", "主编"),
        },
    ),
    # holders named with their posts in brackets, and counted after their names ("…三人担任")
    (
        "某县地方志工作\n县委决定成立某县地方志编纂委员会。编纂委员会由25人组成，马志芹(县委副书记)、霍德志(副县长)为副主任。"
        "1988年，副主任由周成为(县委副书记)、景慧敏(政协副主席)二人担任。",
        {("某县地方志编纂委员会", name, "person", "副主任") for name in ("马志芹", "霍德志", "周成为", "景慧敏")},
    ),
    # bodies seated with the words around them in their list: "…等部门为成员单位" (after a damaged "，、"),
    # "新增A、B为成员单位"
    (
        "某镇做好秸秆禁烧工作\n该镇成立由镇长任组长，主抓农业的副职为副组长，农业，、派出所等部门为成员单位的秸秆禁烧工作领导小组。",
        {("秸秆禁烧工作领导小组", "镇长", "post", "组长"), ("秸秆禁烧工作领导小组", "派出所", "org", "成员单位")},
    ),
    (
        "某省老龄委成员单位调整\n日前，根据工作需要，某省老龄工作委员会对组成部门进行调整，新增省科技厅、省商务厅为成员单位。\n"
        "某省老龄工作委员会是省政府主管老龄工作的议事协调机构。",
        {("某省老龄工作委员会", "省科技厅", "org", "成员单位"), ("某省老龄工作委员会", "省商务厅", "org", "成员单位")},
    ),
    # an accident's investigation team and a congress session's presidium are groups of their own
    (
        "关于成立某事故调查组的通知\n经研究，决定成立“10·8”事故调查组。具体成员组成如下：\n组 长：钱一 县应急局局长\n"
        "副组长：孙二 县文旅局副局长",
        {("“10·8”事故调查组", "钱一", "person", "组长"), ("“10·8”事故调查组", "孙二", "person", "副组长")},
    ),
    # an inspection team arriving where it works is the team the report is about; its seats in the roll call
    (
        "县委第一巡察组进驻县城管局召开巡察工作动员会\n7月29日，县委第一巡察组进驻县城管局召开巡察工作动员会。"
        "动员会上，巡察组副组长孙二组织学习了巡察工作方案。巡察组组长钱一作动员讲话。",
        {("县委第一巡察组", "孙二", "person", "副组长"), ("县委第一巡察组", "钱一", "person", "组长")},
    ),
    # a session's presidium in the roll call of its opening: its 常务主席 are its members (the session's 秘书长 a post)
    (
        "某市政协会议开幕\n3月3日下午，某市政协十一届一次会议开幕。市政协十一届一次会议主席团常务主席钱一、孙二和大会秘书长李三"
        "在主席台前排就座。",
        {
            ("市政协十一届一次会议主席团", "钱一", "person", "常务主席"),
            ("市政协十一届一次会议主席团", "孙二", "person", "常务主席"),
        },
    ),
    # a working group's section opening with its lead and members, no 由: "市公安局牵头，A、B等有关部门参加。"
    (
        "某市自然灾害救助应急预案\n6.安全保卫组\n市公安局牵头，市安全局、驻湖部队等有关部门参加。\n主要职责：维护灾区治安。\n"
        "7.接收捐赠组\n市民政局牵头，市财政局、市红十字会等有关部门（单位）参加。\n主要职责：接收救灾捐赠。",
        {
            ("安全保卫组", "市公安局", "org", "牵头单位"),
            ("安全保卫组", "市安全局", "org", "成员单位"),
            ("安全保卫组", "驻湖部队", "org", "成员单位"),
            ("接收捐赠组", "市民政局", "org", "牵头单位"),
            ("接收捐赠组", "市财政局", "org", "成员单位"),
            ("接收捐赠组", "市红十字会", "org", "成员单位"),
        },
    ),
    # working groups by their labels, each with the place it covers and its seats inline, no colon
    (
        "某督察工作全面启动\n组建2个督察组，分别对甲省、乙省开展督察。\n第一组：甲省，组长钱一，副组长孙二；\n"
        "第二组：乙省，组长李三，副组长周四。",
        {
            ("第一组", "钱一", "person", "组长"),
            ("第一组", "孙二", "person", "副组长"),
            ("第二组", "李三", "person", "组长"),
            ("第二组", "周四", "person", "副组长"),
        },
    ),
    # a presidium that met on a day before 召开, and a list of its seats' holders, one with a rarer surname
    (
        "某市政协会议主席团会议召开\n某市政协十四届一次会议主席团第一次会议1月9日下午召开。会议审议通过了主席团常务主席名单，"
        "钱一平、孙二平、李三平、寿子琪任第十四届某市政协第一次会议主席团常务主席。",
        {
            ("某市政协十四届一次会议主席团", name, "person", "常务主席")
            for name in ("钱一平", "孙二平", "李三平", "寿子琪")
        },
    ),
    # a counted seat after 设, held by a post, and a deputy's two posts "A和主管B的副市长" (each a holder)
    (
        "关于调整某市规划委员会的通知\n市规划委员会设主任委员1名，由市长担任；设副主任委员2名，由常务副市长和主管城建的副市长担任。",
        {
            ("某市规划委员会", "市长", "post", "主任委员"),
            ("某市规划委员会", "常务副市长", "post", "副主任委员"),
            ("某市规划委员会", "主管城建的副市长", "post", "副主任委员"),
        },
    ),
    # "会上" opening the sentence is where it was said, not part of the group's name
    (
        "某区召开指挥部会议\n近日召开了会议。会上区疫情防控指挥部办公室主任王一鸣通报了情况。",
        {("区疫情防控指挥部", "王一鸣", "person", "办公室主任")},
    ),
    # a deputy convener's seat at the end of a roll call's posts
    (
        "某区召开联席会议\n某区联席会议召开。区公安分局局长、区联席会议副召集人王一鸣出席会议并讲话。",
        {("某区联席会议", "王一鸣", "person", "副召集人")},
    ),
    # a seat in a standing committee named by its usual short name, first of a roll call's posts
    (
        "某县部署禁毒工作\n县禁毒委常务副主任、县人民政府副县长、县公安局局长王一鸣组织成员单位召开会议。",
        {("县禁毒委", "王一鸣", "person", "常务副主任")},
    ),
    # each group's name on a line of its own over its seats, a seat's word alone over its holders, and a
    # holder with two posts; the list under a seat ends at the next group's name and at a working group's
    (
        "关于调整有关工作机构的通知\n现将有关事项通知如下。\n某县防汛抗旱指挥部\n组长：县长王大明\n副组长\n"
        "县政府副县长李小红\n县应急管理局局长、县水利局副局长赵一\n技术组\n某县森林防火指挥部\n组长：副县长钱二\n",
        {
            ("某县防汛抗旱指挥部", "王大明", "person", "组长"),
            ("某县防汛抗旱指挥部", "李小红", "person", "副组长"),
            ("某县防汛抗旱指挥部", "赵一", "person", "副组长"),
            ("某县森林防火指挥部", "钱二", "person", "组长"),
        },
    ),
    # "有关部门主要负责人" is a post in words (not 门 and a name), and departments by their sectors stand for
    # their heads ("卫生、农业等部门负责人任成员": the departments)
    (
        "关于加强防治工作的通知\n各县政府应成立由主要领导任组长，分管领导任副组长，有关部门主要负责人为成员的防治领导小组。"
        "（二）县防治领导小组应设立防治指挥部（办公室），由县政府分管领导任总指挥，卫生、农业、外事等部门负责人任成员。",
        {
            ("防治领导小组", "主要领导", "post", "组长"),
            ("防治领导小组", "分管领导", "post", "副组长"),
            ("防治领导小组", "有关部门主要负责人", "post", "成员"),
            ("防治指挥部", "县政府分管领导", "post", "总指挥"),
            ("防治指挥部", "卫生", "org", "成员"),
            ("防治指挥部", "农业", "org", "成员"),
            ("防治指挥部", "外事", "org", "成员"),
        },
    ),
    # "成立由A、B和C组成的X": X set up, A, B and C its member units (a list of bodies alone, with no 等…部门)
    (
        "县长召开推进会\n县长要求，要成立由林果服务中心、水利局、财政局和相关乡镇组成的工作专班，及时解决问题。",
        {("工作专班", body, "org", "成员单位") for body in ("林果服务中心", "水利局", "财政局", "相关乡镇")},
    ),
    # name-and-post pairs a "、" apart on a label line: each a holder (one name's two posts stay one holder)
    (
        "关于成立某县安全生产委员会的通知\n县政府决定成立某县安全生产委员会，组成人员如下：\n"
        "副主任：李四 副县长、县政府办主任\n委员：赵六 县财政局局长、钱七 县公安局局长",
        {
            ("某县安全生产委员会", "李四", "person", "副主任"),
            ("某县安全生产委员会", "赵六", "person", "委员"),
            ("某县安全生产委员会", "钱七", "person", "委员"),
        },
    ),
    # seats by 为, one after another in a sentence: the next seat's word ends the list of the one before
    (
        "某县成立防汛领导小组\n近日，某县成立防汛领导小组，组长为县长张三，副组长为副县长李四。",
        {("防汛领导小组", "张三", "person", "组长"), ("防汛领导小组", "李四", "person", "副组长")},
    ),
    # an office placed with its short name given first ("X办公室（以下简称Y）设在Z")
    (
        "关于成立某市治超工作领导小组的通知\n为加强治超工作，决定成立某市治超工作领导小组。\n"
        "领导小组办公室（以下简称市治超办）设在市交通局，负责日常工作。",
        {("某市治超工作领导小组", "市交通局", "org", "办公室设在")},
    ),
    # a body whose name quotes a slogan whole ("县“五城同创”工作指挥部"), its seats in a roll call
    (
        "县“五城同创”工作指挥部办公室月例会召开\n4月6日，县“五城同创”工作指挥部办公室月例会召开。县委常委、宣传部长、"
        "县“五城同创”指挥部副指挥长余亮明主持会议。",
        {("县“五城同创”指挥部", "余亮明", "person", "副指挥长")},
    ),
    # a standing committee by its short name after a prefecture's level ("州老龄委主任")
    (
        "某州召开老龄工作会议\n9月14日下午，某州召开老龄工作会议。会议由州政府副州长、州老龄委主任金一鑫主持。",
        {("州老龄委", "金一鑫", "person", "主任")},
    ),
    # a chief's seat by its level at the end of a roll call's posts: a membership of the system of chiefs, the
    # posts before it posts; a word after a chief's title is no name ("林长公示牌")
    (
        "吉林市召开总河长会议\n12月31日，市委书记、市总河长胡斌主持召开会议。市长、市总河长王吉出席会议。"
        "村级河长张三参加。各地设立镇林长公示牌。",
        {
            ("河长制", "胡斌", "person", "市总河长"),
            ("河长制", "王吉", "person", "市总河长"),
            ("河长制", "张三", "person", "村级河长"),
        },
    ),
    # a body named with its members listed after "成员有" in a news report that sets up none
    (
        "某区党代会闭幕\n大会今天闭幕。在主席台前排就座的大会主席团常务委员会成员有：杨兵、孙剑楠、陈玉恒。",
        {("大会主席团常务委员会", name, "person", "成员") for name in ("杨兵", "孙剑楠", "陈玉恒")},
    ),
    # a heading naming a body's make-up ("X指挥部组成及职责", under a numbered "2.1"), its seats under it held by
    # posts: a post described with 主管, and a post in a military sub-district (no name cut out of "海南军分区")
    (
        "关于印发某州森林火灾应急预案的通知\n2.1 州森林草原防火指挥部组成及职责\n1、组成\n"
        "总 指 挥: 州人民政府主管农林牧副州长\n副总指挥: 海南军分区副司令员\n州人民政府秘书长\n",
        {
            ("州森林草原防火指挥部", "州人民政府主管农林牧副州长", "post", "总指挥"),
            ("州森林草原防火指挥部", "海南军分区副司令员", "post", "副总指挥"),
            ("州森林草原防火指挥部", "州人民政府秘书长", "post", "副总指挥"),
        },
    ),
    # unnamed bodies sharing their heads' words ("党委、政府主要负责同志": each body's head), seats apart by a small
    # form semicolon ("﹔")
    (
        "关于全面推行林长制的实施意见\n全面推行林长制。省级设总林长，由党委、政府主要负责同志担任﹔"
        "设副总林长，由政府分管负责同志担任。",
        {
            ("林长制", "党委主要负责同志", "post", "总林长"),
            ("林长制", "政府主要负责同志", "post", "总林长"),
            ("林长制", "政府分管负责同志", "post", "副总林长"),
        },
    ),
    # a seat joined to a seat by 兼 is in the same group ("副指挥长兼办公室主任"); an event's committee by its short
    # name alone ("执委会常务副主任兼秘书长")
    (
        "某县召开会议\n4月24日下午，某县召开会议。县委常委、县防汛抗旱指挥部副指挥长兼办公室主任王一鸣出席会议。"
        "市委常委、执委会常务副主任兼秘书长杨福平出席会议。",
        {
            ("县防汛抗旱指挥部", "王一鸣", "person", "副指挥长"),
            ("县防汛抗旱指挥部", "王一鸣", "person", "办公室主任"),
            ("执委会", "杨福平", "person", "常务副主任"),
            ("执委会", "杨福平", "person", "秘书长"),
        },
    ),
    # a group set up by its kind in a sentence, then who leads it and who takes part ("…等相关方面参加")
    (
        "国务院调查组召开第一次全体会议\n国务院成立调查组，由应急管理部牵头，公安部、江西省人民政府等相关方面参加，"
        "对事故进行调查。国务院调查组在新余召开第一次全体会议。",
        {
            ("国务院调查组", "应急管理部", "org", "牵头单位"),
            ("国务院调查组", "公安部", "org", "成员单位"),
            ("国务院调查组", "江西省人民政府", "org", "成员单位"),
        },
    ),
    # a flood-control headquarters by its usual short name (省防指), its seat before a post; a name before a day
    (
        "辽宁省进一步部署强降雨防御工作\n受辽宁省防指总指挥、副省长赵化明委托，省防指副总指挥、省政府副秘书长葛海鹰"
        "27日晚驻守辽宁省防指。",
        {("辽宁省防指", "赵化明", "person", "总指挥"), ("省防指", "葛海鹰", "person", "副总指挥")},
    ),
    # a group made of bodies ("X由A牵头，B、C等多个部门组成"), sectors with their level among them ("省安监")
    (
        "山西成立调查组\n山西省决定成立省级事故调查组。\n据介绍，事故调查组由山西省煤监局牵头，省安监、煤炭、检察、"
        "工会等多个部门组成。",
        {
            ("省级事故调查组", "山西省煤监局", "org", "牵头单位"),
            *(("省级事故调查组", body, "org", "成员单位") for body in ("省安监", "煤炭", "检察", "工会")),
        },
    ),
    # working groups' lines: the first seat right after the group's colon, seats with their own colons, padding
    (
        "关于成立某村疫情防控工作组的通知\n三、分工安排\n（一）防控管理组：组长涂志刚，副组长 殷涛 ，成员杜苏红、杜立中。"
        "负责教育。\n（二）宣传引导组：组长：殷涛，副组长：杜苏红，成员： 杜立中 、杨久成。负责宣传。",
        {
            ("防控管理组", "涂志刚", "person", "组长"),
            ("防控管理组", "殷涛", "person", "副组长"),
            ("防控管理组", "杜苏红", "person", "成员"),
            ("防控管理组", "杜立中", "person", "成员"),
            ("宣传引导组", "殷涛", "person", "组长"),
            ("宣传引导组", "杜苏红", "person", "副组长"),
            ("宣传引导组", "杜立中", "person", "成员"),
            ("宣传引导组", "杨久成", "person", "成员"),
        },
    ),
    # a group set up by its kind alone with its seats ("成立了以A为组长…的领导小组"), not a group set up after it
    (
        "某乡推进征地拆迁工作\n一是组织领导有力。成立了以乡党委书记为组长，分管领导为副组长，各相关办公室"
        "为成员的领导小组，并下设办公室。二是督导有力。由乡纪委牵头，组建工作督导专班。",
        {
            ("领导小组", "乡党委书记", "post", "组长"),
            ("领导小组", "分管领导", "post", "副组长"),
            ("领导小组", "各相关办公室", "org", "成员"),
        },
    ),
    # a committee whose name holds 财经 named by a meeting, its seats at the end of roll calls' posts
    (
        "区委书记李伟主持召开区委财经委员会第一次会议\n12月5日，区委书记、区委财经委员会主任李伟主持召开区委财经委员会"
        "第一次会议。区委副书记、区长、区委财经委员会副主任赵松出席。",
        {("区委财经委员会", "李伟", "person", "主任"), ("区委财经委员会", "赵松", "person", "副主任")},
    ),
    # a web page's list bullets ("- ") and a wiki's section links ("[编辑]") before the lines
    (
        "某县调查组\n[编辑]某县“5·18”事故调查组\n[编辑]- 组长:副县长 王大明\n- 副组长:\n- 县应急管理局局长 李小红\n",
        {
            ("某县“5·18”事故调查组", "王大明", "person", "组长"),
            ("某县“5·18”事故调查组", "李小红", "person", "副组长"),
        },
    ),
    # a name run into the bare title it is known by, or a space apart from it, the name ending in 正
    (
        "关于建立某市学校迁建工作联席会议制度的通知\n一、联席会议组成\n总召集人：赵广正 副市长\n"
        "召集人：李志正副市长\n副召集人：张伟副秘书长、欧阳明副市长\n",
        {
            ("某市学校迁建工作联席会议", "赵广正", "person", "总召集人"),
            ("某市学校迁建工作联席会议", "李志正", "person", "召集人"),
            ("某市学校迁建工作联席会议", "张伟", "person", "副召集人"),
            ("某市学校迁建工作联席会议", "欧阳明", "person", "副召集人"),
        },
    ),
    # a flattened page: a command's seats run into one line after its set-up, each label right after the
    # holder before it or a sentence's end and a space ("总指挥长", "专职副指挥长" whole)
    (
        "某镇森林防火预案为做好森林防火工作，镇设立森林防火指挥部，统一指挥火灾扑救。 "
        "总指挥长:镇长副指挥长:分管副镇长专职副指挥长:林业站站长成员单位:林业站、派出所。",
        {
            ("森林防火指挥部", "镇长", "post", "总指挥长"),
            ("森林防火指挥部", "分管副镇长", "post", "副指挥长"),
            ("森林防火指挥部", "林业站站长", "post", "专职副指挥长"),
            ("森林防火指挥部", "林业站", "org", "成员单位"),
            ("森林防火指挥部", "派出所", "org", "成员单位"),
        },
    ),
    # people each after their posts, one with a post of its own before the one its name follows
    (
        "某乡防汛工作情况\n成立了由乡长李四波为指挥长，人大主席卿二圆、党委组织委员、纪委书记罗一华、副乡长刘三英为"
        "副指挥长的防汛抗旱应急指挥部。",
        {
            ("防汛抗旱应急指挥部", "李四波", "person", "指挥长"),
            ("防汛抗旱应急指挥部", "卿二圆", "person", "副指挥长"),
            ("防汛抗旱应急指挥部", "罗一华", "person", "副指挥长"),
            ("防汛抗旱应急指挥部", "刘三英", "person", "副指挥长"),
        },
    ),
    # a second seat held with the first ("兼办公室主任", "兼任秘书长"); a post on the body's work is no seat
    (
        "关于成立某县创卫领导小组的通知\n成立某县创卫领导小组，由副县长王明任组长兼办公室主任，县卫健局局长李强任"
        "副组长兼任秘书长，冯立成（县长）为顾问兼主编。",
        {
            ("某县创卫领导小组", "王明", "person", "组长"),
            ("某县创卫领导小组", "王明", "person", "办公室主任"),
            ("某县创卫领导小组", "李强", "person", "副组长"),
            ("某县创卫领导小组", "李强", "person", "秘书长"),
            ("某县创卫领导小组", "冯立成", "person", "顾问"),
        },
    ),
    # seats counted after one 设, a "；" apart
    (
        "某省专家委员会成立\n成立某省疾病预防控制专家委员会，设主任委员1名，由省预防医学会夏一畅会长担任；"
        "副主任委员1名，由省疾控中心王二臻主任担任。",
        {
            ("某省疾病预防控制专家委员会", "夏一畅", "person", "主任委员"),
            ("某省疾病预防控制专家委员会", "王二臻", "person", "副主任委员"),
        },
    ),
    # bodies named, then as what they sit: "A、B、C等领导小组成员单位"
    (
        "关于成立某省国土普查领导小组的通知\n成立某省国土普查领导小组。省发改委、省财政厅、省统计局等领导小组"
        "成员单位要抓好落实。各市县等成员单位要配合。",
        {
            ("某省国土普查领导小组", "省发改委", "org", "成员单位"),
            ("某省国土普查领导小组", "省财政厅", "org", "成员单位"),
            ("某省国土普查领导小组", "省统计局", "org", "成员单位"),
        },
    ),
    # a plan's working group made of bodies, one leading: "（7）X小组由A牵头，B、C等单位组成"
    (
        "某市防汛应急预案\n2.3 应急工作组\n（7）后勤保障小组由市发展改革部门牵头，市财政部门、市商务部门等单位组成，"
        "负责应急物资保障。",
        {
            ("后勤保障小组", "市发展改革部门", "org", "牵头单位"),
            ("后勤保障小组", "市财政部门", "org", "成员单位"),
            ("后勤保障小组", "市商务部门", "org", "成员单位"),
        },
    ),
    # bodies that take part in the group set up ("…等有关部门参加的领导小组"), its office's place in words
    (
        "关于某县民族团结创建工作的报告\n县成立了由分管副县长任组长，宣传部、文旅局等有关部门参加的某县创建工作"
        "领导小组，领导小组下设办公室，办公地点设在县民政局。",
        {
            ("某县创建工作领导小组", "分管副县长", "post", "组长"),
            ("某县创建工作领导小组", "宣传部", "org", "参加"),
            ("某县创建工作领导小组", "文旅局", "org", "参加"),
            ("某县创建工作领导小组", "县民政局", "org", "办公室设在"),
        },
    ),
    # bodies listed as what they sit as ("A、B、C作为成员单位"): each of them, not the list as one
    (
        "关于成立某县乡村振兴工作领导小组的通知\n决定成立某县乡村振兴工作领导小组。县发改局、县财政局、县住建局"
        "作为成员单位。",
        {
            ("某县乡村振兴工作领导小组", "县发改局", "org", "成员单位"),
            ("某县乡村振兴工作领导小组", "县财政局", "org", "成员单位"),
            ("某县乡村振兴工作领导小组", "县住建局", "org", "成员单位"),
        },
    ),
    # a seat's holders listed by name after their posts, a comma between people ("副主席组成领导有：…")
    (
        "某运动会组委会成立\n某省第十届运动会组委会正式成立。运动会组委会副主席组成领导有：省教育厅副厅长赵一平、"
        "钱二安，省体育局副局长孙三立。副组长包括省政府副秘书长、省教育厅厅长等，组委会办公室设在省体育局。",
        {
            ("某省第十届运动会组委会", "赵一平", "person", "副主席"),
            ("某省第十届运动会组委会", "钱二安", "person", "副主席"),
            ("某省第十届运动会组委会", "孙三立", "person", "副主席"),
            ("某省第十届运动会组委会", "省体育局", "org", "办公室设在"),
        },
    ),
    # a holder's name ending in 正, after a post or alone, before 任
    (
        "关于成立某县创卫领导小组的通知\n成立某县创卫领导小组，由县长王君正任组长，李立正任副组长。",
        {("某县创卫领导小组", "王君正", "person", "组长"), ("某县创卫领导小组", "李立正", "person", "副组长")},
    ),
    # a Party committee's post alone holds a seat
    (
        "关于成立某镇创建文明城市工作领导小组的通知\n特成立某镇创建文明城市工作领导小组，由党委书记任组长，"
        "宣传委员任副组长，各村书记为成员。",
        {
            ("某镇创建文明城市工作领导小组", "党委书记", "post", "组长"),
            ("某镇创建文明城市工作领导小组", "宣传委员", "post", "副组长"),
            ("某镇创建文明城市工作领导小组", "各村书记", "post", "成员"),
        },
    ),
    # a seat with 执行 before it, held by a post
    (
        "关于成立某市大气污染防治工作领导小组的通知\n领导小组组长由市长担任，常务副市长任常务副组长，"
        "分管副市长任执行副组长。",
        {
            ("某市大气污染防治工作领导小组", "市长", "post", "组长"),
            ("某市大气污染防治工作领导小组", "常务副市长", "post", "常务副组长"),
            ("某市大气污染防治工作领导小组", "分管副市长", "post", "执行副组长"),
        },
    ),
]


@pytest.mark.parametrize("raw, expected", SEATS, ids=[f"seats-{i}" for i in range(len(SEATS))])
def test_seats(raw: str, expected: set) -> None:
    assert seats(raw) == expected


def test_group_short_name_and_duties() -> None:
    raw = (
        "丙市人民政府办公室\n关于成立丙市数字经济发展领导小组的通知\n"
        "决定成立丙市数字经济发展领导小组（以下简称市领导小组）。\n一、主要职责\n统筹全市数字经济发展工作。\n二、组成人员\n组长：市长"
    )
    [doc] = docs(raw)
    [group] = doc.groups
    assert group.name == "丙市数字经济发展领导小组" and group.aliases == ("市领导小组",)
    assert group.duties == "统筹全市数字经济发展工作。"


APPOINTMENTS = [
    # "A已任X": the post A holds by now, told in passing, no appointment (nor a name "A已")
    (
        "两省代省长履新\n据报道，4月2日，丙省十四届人大常委会第二次会议决定，任命李四海为丙省副省长、代省长。"
        "前任丙省省长钱安已任丁省委书记。",
        {("李四海", "任命", "丙省", "副省长", None), ("李四海", "任命", "丙省", "代省长", None)},
    ),
    # a roundup of the year's changes: "中共中央决定，A任…", "A随即出任…", "A卸任不久即出任…", a dash before the post
    # and name, "…的A被任命为X副省长，代理省长"
    (
        "多省进行人事调整\n去年11月，中共中央决定，原丙省委副书记钱二安任甲省委委员、常委。钱二安随即出任甲省政府副省长。"
        "孙三立卸任不久即出任某部部长。今年1月，因“唯一女省长”——乙省长李四海出任全国妇联副主席，"
        "拥有博士学历的周五强被任命为乙省副省长，代理省长。",
        {
            ("钱二安", "任命", "甲省委", "委员", None),
            ("钱二安", "任命", "甲省委", "常委", None),
            ("钱二安", "任命", "甲省政府", "副省长", None),
            ("孙三立", "任命", "某部", "部长", None),
            ("李四海", "任命", "全国妇联", "副主席", None),
            ("周五强", "任命", "乙省", "副省长", None),
            ("周五强", "任命", "乙省", "代理省长", None),
        },
    ),
    # a headline that is the only statement of an appointment; one the report states itself is the report's
    (
        "您现在的位置：首页 > 新闻\n钱二安任某新区代区长\n发布时间：2023-10-27\n10月26日，某新区召开区人大常委会会议。",
        {("钱二安", "任命", "某新区", "代区长", None)},
    ),
    (
        "孙三立任某市代市长\n昨日，某市人大常委会召开会议，决定孙三立代理某市人民政府市长职务。",
        {("孙三立", "任命", "某市人民政府", "代理市长", None)},
    ),
    # the probation in the clause after an appointment ("，试用期一年")
    (
        "关于王一等同志职务任免的通知\n经县政府研究决定：\n王一同志任县教育局副局长；\n李二同志任县卫健局副局长，试用期一年；"
        "\n免去赵三同志县教育局副局长职务。",
        {
            ("王一", "任命", "县教育局", "副局长", None),
            ("李二", "任命", "县卫健局", "副局长", "一年"),
            ("赵三", "免去", "县教育局", "副局长", None),
        },
    ),
    # "会议决定，…，A为X主任，B为Y主任": the meeting's decision over the clauses after it
    (
        "某市政协常委会第一次会议闭幕\n会议审议通过了副秘书长任命名单。会议决定，市政协设三个专门委员会，李一林为提案"
        "委员会主任，张二己为经济委员会主任。",
        {("李一林", "任命", "提案委员会", "主任", None), ("张二己", "任命", "经济委员会", "主任", None)},
    ),
    # "A同志任X" in a text that appoints, though neither its title nor a head says so
    (
        "我国多所高校的书记校长职务发生调整\n调整情况概述\n1、甲大学：汪一松同志任甲大学校长、党委副书记；"
        "李二荣同志不再担任甲大学校长职务。\n2、乙大学：黄三岩同志任乙大学党委书记。",
        {
            ("汪一松", "任命", "甲大学", "校长", None),
            ("汪一松", "任命", "甲大学", "党委副书记", None),
            ("李二荣", "免去", "甲大学", "校长", None),
            ("黄三岩", "任命", "乙大学", "党委书记", None),
        },
    ),
    # a decision announced by whom it appoints: "宣布省委关于A同志任X、提名任Y，B同志任Z的决定" (提名 appoints no one)
    (
        "某厅召开干部大会\n近日，某厅召开干部大会。省委组织部副部长张三宣布省委关于李四同志任省交通运输厅党委书记、"
        "提名任副厅长，王五同志任省交通运输厅党委副书记的决定。",
        {
            ("李四", "任命", "省交通运输厅", "党委书记", None),
            ("王五", "任命", "省交通运输厅", "党委副书记", None),
        },
    ),
    # a notice of posts announced in news ("宣布了…任免职通知："): each "A任X" appoints, "B不再担任Y" removes (a duty
    # after 和 is no post)
    (
        "某局宣布某院领导班子调整\n会上宣布了某局党组关于某院领导班子调整交流任免职通知：钱一任某院党委委员、院长，"
        "孙二不再担任某院副院长和负责某所工作。",
        {
            ("钱一", "任命", "某院", "党委委员", None),
            ("钱一", "任命", "某院", "院长", None),
            ("孙二", "免去", "某院", "副院长", None),
        },
    ),
    # a company's name with a bracket inside it ("(集团)") keeps it: a note after a name is another thing
    (
        "关于某公司领导人员任免的通知\n免去钱一同志某某进出口(集团)公司总经理、党委副书记职务。",
        {
            ("钱一", "免去", "某某进出口（集团）公司", "总经理", None),
            ("钱一", "免去", "某某进出口（集团）公司", "党委副书记", None),
        },
    ),
    # a standing committee "审议有关人事事项" and agrees: "同意X任…；Y任…，免去其…"
    (
        "某市政协召开常委会会议\n会议审议有关人事事项，根据工作需要，同意王立任某市政协经济委员会副主任；"
        "赵海任某市政协文史委员会副主任，免去其某市政协经济委员会副主任职务。",
        {
            ("王立", "任命", "某市政协经济委员会", "副主任", None),
            ("赵海", "任命", "某市政协文史委员会", "副主任", None),
            ("赵海", "免去", "某市政协经济委员会", "副主任", None),
        },
    ),
    # a decision read out at a meeting ("宣读了省委决定："), then "X同志任…，Y同志因年龄原因不再担任…"
    (
        "某医院召开干部大会\n会上宣读了省委决定：王立同志任某市第一人民医院院长，赵海同志因年龄原因不再担任某市第一人民医院院长。",
        {("王立", "任命", "某市第一人民医院", "院长", None), ("赵海", "免去", "某市第一人民医院", "院长", None)},
    ),
    # a list of removals under "免职：", as a 任免名单 prints it
    (
        "某市人大常委会任免名单\n任命：\n王立为某市教育局局长\n免职：\n赵海的某市教育局局长职务",
        {("王立", "任命", "某市教育局", "局长", None), ("赵海", "免去", "某市教育局", "局长", None)},
    ),
    # a decision announced in news ("…校长调整的决定，X任…，免去Y…职务"); a name whose last character could begin the
    # body is read short when the text names that body on its own nearby
    (
        "某大学召开干部大会\n会上宣布了关于华东大学校长调整的决定，张立新任华东大学校长，免去李明华东大学校长职务。",
        {("张立新", "任命", "华东大学", "校长", None), ("李明", "免去", "华东大学", "校长", None)},
    ),
    # 任命 inside a clause of news; a national body names its own post after a ministry's
    (
        "国务院任免国家工作人员\n昨天国务院发布任免消息，其中较瞩目的还有任命王立新为某部副部长、国家某某管理局局长。",
        {("王立新", "任命", "某部", "副部长", None), ("王立新", "任命", "国家某某管理局", "局长", None)},
    ),
    # a congress's decision by its title, then "决定X为…" saying less of the same appointment (ANNOTATION 5)
    (
        "某省人大常委会会议闭幕\n会议表决通过了关于王立新同志为某省人民政府代理省长的决定，决定王立新为代理省长。",
        {("王立新", "任命", "某省人民政府", "代理省长", None)},
    ),
    # a party centre's approval read out: "批准：" heads clauses of both kinds
    (
        "刘立任某市委书记\n日前，中共中央批准：刘立同志任中共某市委书记，孙成同志不再担任中共某市委书记职务。",
        {("刘立", "任命", "中共某市委", "书记", None), ("孙成", "免去", "中共某市委", "书记", None)},
    ),
    # "免去X的…职务" with a surname the common list lacks
    ("某常委会会议闭幕\n会议经表决，决定免去鄂竟平的水利部部长职务。", {("鄂竟平", "免去", "水利部", "部长", None)}),
    # names, then how many: "A、B、C三位同志为…"
    (
        "某县人大常委会举行会议\n会议决定任命吕立、李庚、李群三位同志为某县监察委员会委员。",
        {(n, "任命", "某县监察委员会", "委员", None) for n in ("吕立", "李庚", "李群")},
    ),
    # "并决定X为…": the verb again, after 并
    (
        "临江市人大常委会举行会议\n会议任命盛立为临江市人民政府副市长，并决定盛立为临江市人民政府代理市长。",
        {("盛立", "任命", "临江市人民政府", "副市长", None), ("盛立", "任命", "临江市人民政府", "代理市长", None)},
    ),
    # "代理某市人民政府市长职务": the acting post, in its body, without 职务
    (
        "临江市人大常委会会议召开\n会议决定任命王进为临江市人民政府副市长、代理临江市人民政府市长职务。",
        {("王进", "任命", "临江市人民政府", "副市长", None), ("王进", "任命", "临江市人民政府", "代理市长", None)},
    ),
    # news of a government's decision: the body that appoints before 任命; a party committee's "研究决定：" with
    # clauses of both kinds ("X同志任…", "Y同志不再担任…")
    (
        "某省人民政府任免一批干部\n近日，某省人民政府任命王立新为省民政厅厅长；免去赵海的省民政厅厅长职务。\n"
        "据某省委组织部消息，经省委研究决定：孙明同志任某市委书记；钱亮同志不再担任某市委书记职务。",
        {
            ("王立新", "任命", "省民政厅", "厅长", None),
            ("赵海", "免去", "省民政厅", "厅长", None),
            ("孙明", "任命", "某市委", "书记", None),
            ("钱亮", "免去", "某市委", "书记", None),
        },
    ),
    # an appointment notice's lists, with probation and several names
    (
        "关于程严等人任免职务的通知\n任命：\n程严为市卫生健康委员会副主任（试用期一年）；\n谢亚杰、李志涛为市残疾人联合会副理事长。\n免去：\n"
        "陈文丽市卫生健康委员会副主任职务；\n靳创学同志山西省大容量计量站副站长职务。",
        {
            ("程严", "任命", "市卫生健康委员会", "副主任", "一年"),
            ("谢亚杰", "任命", "市残疾人联合会", "副理事长", None),
            ("李志涛", "任命", "市残疾人联合会", "副理事长", None),
            ("陈文丽", "免去", "市卫生健康委员会", "副主任", None),
            ("靳创学", "免去", "山西省大容量计量站", "副站长", None),
        },
    ),
    # a people's congress decision as a news report gives it
    (
        "某市人大常委会举行第十次会议\n会议经表决，决定任命张三为市财政局局长，免去其市审计局局长职务；决定免去赵六的市交通运输局局长职务。",
        {
            ("张三", "任命", "市财政局", "局长", None),
            ("张三", "免去", "市审计局", "局长", None),
            ("赵六", "免去", "市交通运输局", "局长", None),
        },
    ),
    (
        "关于人事任免的决定\n决定任命刘七任市水利局局长、陈八任市民政局局长。\n任命王五为南京市副市长。",
        {
            ("刘七", "任命", "市水利局", "局长", None),
            ("陈八", "任命", "市民政局", "局长", None),
            ("王五", "任命", "南京市", "副市长", None),
        },
    ),
    # a people's congress report: 会议决定任命：, and 会议任命X为…，免去其…职务
    (
        "市十七届人大常委会第十二次会议闭幕\n会议决定任命：\n刘洋为市人民政府副秘书长。\n会议决定免去：\n陈静的市审计局局长职务。\n"
        "会议任命赵敏为市中级人民法院审判员，免去其市中级人民法院助理审判员职务。",
        {
            ("刘洋", "任命", "市人民政府", "副秘书长", None),
            ("陈静", "免去", "市审计局", "局长", None),
            ("赵敏", "任命", "市中级人民法院", "审判员", None),
            ("赵敏", "免去", "市中级人民法院", "助理审判员", None),
        },
    ),
    # a notice that never says 任命 or 免去
    (
        "关于张三等同志职务任免的通知\n经研究，决定：\n张三同志任市财政局局长；\n李四同志不再担任市财政局局长职务。",
        {
            ("张三", "任命", "市财政局", "局长", None),
            ("李四", "免去", "市财政局", "局长", None),
        },
    ),
    # continuation lines where 任命 is not repeated
    (
        "关于王瑞等同志任职的通知\n经研究决定，任命：\n王瑞为市信访局副局长；\n孙阿平为运城关公文化旅游发展有限公司总经理。",
        {
            ("王瑞", "任命", "市信访局", "副局长", None),
            ("孙阿平", "任命", "运城关公文化旅游发展有限公司", "总经理", None),
        },
    ),
    # a news report of a party committee's decisions: 任免决定：, 任 and 兼任 appoint, 不再担任 removes,
    # a name with 为 in it, a post clause after "，" for the same person, a paragraph going on with the list
    (
        "某区召开领导干部大会\n会议宣布主要领导任免决定：周一同志任中共某市东区委委员、常委、书记；"
        "郑二同志不再担任中共某市东区委书记、常委职务。市委常委吴为民兼任中共某市委新区工作委员会书记，新区管委会主任。\n"
        "冯三同志不再担任某市人民政府党组成员，中共某市委新区工作委员会副书记职务。",
        {
            ("周一", "任命", "中共某市东区委", "委员", None),
            ("周一", "任命", "中共某市东区委", "常委", None),
            ("周一", "任命", "中共某市东区委", "书记", None),
            ("郑二", "免去", "中共某市东区委", "书记", None),
            ("郑二", "免去", "中共某市东区委", "常委", None),
            ("吴为民", "任命", "中共某市委新区工作委员会", "书记", None),
            ("吴为民", "任命", "新区管委会", "主任", None),
            ("冯三", "免去", "某市人民政府", "党组成员", None),
            ("冯三", "免去", "中共某市委新区工作委员会", "副书记", None),
        },
    ),
    # passive forms; the person's present post before the name; a note after a name; a biography is not a decision
    (
        "国务院任免国家工作人员\n任命某省工业大学党委书记陈四为工业和信息化部副部长；免去卫五（女）的司法部副部长职务。"
        "会议决定，林六同志被任命为某市人民政府副市长，韩七同志被免去某市人民政府副市长职务。\n"
        "陈四长期在高校工作，先后担任过某省工业大学副校长、党委副书记，2021年任某省工业大学校长、党委副书记，2023年任某省工业大学党委书记。",
        {
            ("陈四", "任命", "工业和信息化部", "副部长", None),
            ("卫五", "免去", "司法部", "副部长", None),
            ("林六", "任命", "某市人民政府", "副市长", None),
            ("韩七", "免去", "某市人民政府", "副市长", None),
        },
    ),
    # 免除…一职 removes as 免去…职务 does
    (
        "某县人大常委会召开会议\n会议通过了人事任免事项，免除王一同志常务副县长一职，任命赵三同志为县政府副县长。",
        {("王一", "免去", None, "常务副县长", None), ("赵三", "任命", "县政府", "副县长", None)},
    ),
    # news: several appointed together at a session, then each named after 其中
    (
        "某省人大常委会会议闭幕\n4名同志在这次省人大常委会会议上被分别任命为专门委员会副主任委员。其中，吴一为省人大法制委副主任委员，"
        "彭二为省人大财经委副主任委员。",
        {("吴一", "任命", "省人大法制委", "副主任委员", None), ("彭二", "任命", "省人大财经委", "副主任委员", None)},
    ),
    # a session's news: an acting post decided for a deputy named with the post they hold, and a counted list
    (
        "区人大常委会召开会议\n会议以按表决器表决方式，决定钱亮副区长代理某区人民政府区长职务。\n"
        "会议以无记名投票方式，任命孙一、李二、周三等12人为某区人民法院审判员。",
        {
            ("钱亮", "任命", "某区人民政府", "代理区长", None),
            ("孙一", "任命", "某区人民法院", "审判员", None),
            ("李二", "任命", "某区人民法院", "审判员", None),
            ("周三", "任命", "某区人民法院", "审判员", None),
        },
    ),
    # a note in brackets after 职务
    (
        "某省人民政府发布人事任免通知\n省政府决定免去钱亮的省某中心副主任职务（终止试用期）。",
        {("钱亮", "免去", "省某中心", "副主任", None)},
    ),
    # two people joined by 和, the second's name ending in a character bodies end in (社)
    (
        "某区人大常委会会议\n会议决定，任命孙红霞和刘苏社为自治区人民政府副主席。",
        {("孙红霞", "任命", "自治区人民政府", "副主席", None), ("刘苏社", "任命", "自治区人民政府", "副主席", None)},
    ),
    # news of holders changed: "A任X，B不再担任" and "A、B分别任甲县、乙县县委书记，C、D不再担任" (in order)
    (
        "某市县委书记调整\n据报道，钱一任某市甲县县委书记，孙二（1965年3月生）不再担任。"
        "此前，李三、周四分别任某市乙县、丙县县委书记，吴五、郑六不再担任。",
        {
            ("钱一", "任命", "某市甲县县委", "书记", None),
            ("孙二", "免去", "某市甲县县委", "书记", None),
            ("李三", "任命", "某市乙县", "县委书记", None),
            ("周四", "任命", "丙县", "县委书记", None),
            ("吴五", "免去", "某市乙县", "县委书记", None),
            ("郑六", "免去", "丙县", "县委书记", None),
        },
    ),
    # news: the one who takes the post another resigned from (the resignation is no appointment)
    (
        "新一轮人事调整展开\n钱一辞去某省省长职务 孙二任代理省长\n3月26日，周三辞去某区主席职务，年轻的吴四被任命为某区代理主席。",
        {("孙二", "任命", None, "代理省长", None), ("吴四", "任命", "某区", "代理主席", None)},
    ),
    # the posts held before ("此前，…任…") under an appointment's news are no appointments
    (
        "某区人大常委会会议\n12月12日，某区人大常委会会议通过，决定任命钱东为某区人民政府副区长。\n此前，钱东任某县县委副书记、县长。",
        {("钱东", "任命", "某区人民政府", "副区长", None)},
    ),
    # a career's moves (出任, 调任) in an appointment's news are no appointments
    (
        "关于钱东同志任职的通知\n任命钱东为某区人民政府副区长。\n2016年6月，钱东出任某县县委副书记，同年12月调任某县县长。",
        {("钱东", "任命", "某区人民政府", "副区长", None)},
    ),
    # "不再兼任…职务", "同时免去…", and "经中共中央批准，A任…；B不再担任…"
    (
        "某市领导调整\n中共中央决定：钱一兼任中共某市委书记；孙二不再兼任某市委书记职务。\n"
        "会议决定任命李三为某市人民政府副市长，同时免去周四的某市人民政府副市长职务。\n"
        "经中共中央批准，吴五任中共某市委常委；郑六不再担任中共某市委常委职务。",
        {
            ("钱一", "任命", "中共某市委", "书记", None),
            ("孙二", "免去", "某市委", "书记", None),
            ("李三", "任命", "某市人民政府", "副市长", None),
            ("周四", "免去", "某市人民政府", "副市长", None),
            ("吴五", "任命", "中共某市委", "常委", None),
            ("郑六", "免去", "中共某市委", "常委", None),
        },
    ),
    # "B辞去…职务，A出任…": no name runs into 出 ("孙二出任…" is news of the change: ANNOTATION's 出任 as 任命)
    (
        "新一轮人事调整展开\n钱一辞去某省省长职务，孙二出任代理省长。周三辞去某区主席职务，吴四任代理主席。",
        {("吴四", "任命", None, "代理主席", None), ("孙二", "任命", None, "代理省长", None)},
    ),
]


@pytest.mark.parametrize("raw, expected", APPOINTMENTS, ids=[f"appointments-{i}" for i in range(len(APPOINTMENTS))])
def test_appointments(raw: str, expected: set) -> None:
    assert appointments(raw) == expected


def test_no_appointments_outside_appointment_texts() -> None:
    assert appointments("（一）加强领导。市发改委为牵头单位，市财政局为配合单位。") == set()


POSTS = [
    # a bureau's discipline inspection head: one post in the bureau ("纪检组长"), not a 组长
    ("某局召开会议\n市质监局纪检组长周兴智出席会议。", {("周兴智", "市质监局", "纪检组长")}),
    # a body whose name holds 经 ("经济开发区") before its post, in a compound after a comma's post
    (
        "某代表团召开会议\n受儋州市委书记、洋浦经济开发区工委书记邹广委托，市人大常委会主任马飞主持会议。",
        {("邹广", "儋州市委", "书记"), ("邹广", "洋浦经济开发区工委", "书记"), ("马飞", "市人大常委会", "主任")},
    ),
    # the posts after a group's seat in a roll call
    (
        "辽宁省进一步部署强降雨防御工作\n受辽宁省防指总指挥、副省长赵化明委托，省防指副总指挥、省政府副秘书长葛海鹰"
        "27日晚驻守辽宁省防指。",
        {("赵化明", None, "副省长"), ("葛海鹰", "省政府", "副秘书长")},
    ),
    # the posts before a chief's seat in a roll call are posts; the seat is a membership
    (
        "吉林市召开总河长会议\n12月31日，市委书记、市总河长胡斌主持召开会议。市长、市总河长王吉出席会议。",
        {("胡斌", "市委", "书记"), ("王吉", None, "市长")},
    ),
    # a body after "的有" starts after 有; a name ends before 做
    (
        "某县巡察组进驻某镇\n2018年9月19日，某县县委第一巡察组正式进驻甲镇。参加会议的有县委巡察办主任钱一平。"
        "甲镇党委书记孙二平做表态发言。",
        {("钱一平", "县委巡察办", "主任"), ("孙二平", "甲镇党委", "书记")},
    ),
    # seats inline in a working group's line are memberships, not posts
    (
        "某督察工作全面启动\n组建2个督察组。\n第一组：甲省，组长钱一，副组长孙二；\n第二组：乙省，组长李三，副组长周四。",
        set(),
    ),
    # a post held then ("该局时任局长") is no post now, as 原 is not
    (
        "某县通报典型问题\n陪同接访的某区政府负责同志，明确要求区城市管理行政执法局于当年11月20日前对公厕完成改造。"
        "该局时任党组书记、局长钱一等人，漠视群众利益和疾苦。",
        set(),
    ),
    # seats named inline after a group are memberships, not posts; a name ends before 分管
    (
        "某县志编纂工作\n成立某县志编纂委员会，主任陈峻，副主任贺永久。1987年，副县长杨桓春分管；县长和各分管领导参加。",
        {("杨桓春", None, "副县长")},
    ),
    # a quote's speaker after the closing quote ("说" ends no name), and a body after "比如" (no part of its name)
    (
        "某市发展锂电产业\n“力争产值达到800亿元。”甲城市委书记吴平说。\n比如乙城大学党委书记孙建曾任某市市长。",
        {("吴平", "甲城市委", "书记"), ("孙建", "乙城大学", "党委书记")},
    ),
    # a roll call goes on after 及: the body named once holds every post of it
    (
        "某省人大常委会会议召开\n省人大常委会副主任王立新、赵海及秘书长孙明出席会议。",
        {("王立新", "省人大常委会", "副主任"), ("赵海", "省人大常委会", "副主任"), ("孙明", "省人大常委会", "秘书长")},
    ),
    # "县长任主任": no name "任主" after the post; a bracket that holds no post ("（常务）") states none
    ("某县成立水保委员会\n某县水保委员会由县长任主任。\n副组长：胡明（常务）", set()),
    # a roll call after a compound party-and-government post: a county's 副县长 is not in 县委
    (
        "某县召开常务会议\n县长王立新主持召开县政府常务会议。县委常委、常务副县长李强，副县长赵海、孙明出席会议。",
        {
            ("王立新", None, "县长"),
            ("李强", None, "县委常委、常务副县长"),
            ("赵海", None, "副县长"),
            ("孙明", None, "副县长"),
        },
    ),
    (
        "成员：张涛 市机关事务管理局副局长\n武文赤 市发展改革委三级调研员",
        {
            ("张涛", "市机关事务管理局", "副局长"),
            ("武文赤", "市发展改革委", "三级调研员"),
        },
    ),
    ("运城市人民政府市长 储祥好", {("储祥好", "运城市人民政府", "市长")}),
    (
        "会上，省委书记蓝佛安对全省工作作出部署，副市长李明出席会议。",
        {("蓝佛安", "省委", "书记"), ("李明", None, "副市长")},
    ),
    ("组长：陈杰 市委常委、常务副市长", {("陈杰", None, "市委常委、常务副市长")}),
    # short posts, wide padding, a continuation line indented with spaces
    (
        "组  长：张 明  市长\n成  员：王 强  市政府秘书长\n        赵 敏  市发展改革委主任",
        {
            ("张明", None, "市长"),
            ("王强", "市政府", "秘书长"),
            ("赵敏", "市发展改革委", "主任"),
        },
    ),
    ("副组长：刘洋（副市长）、李军（市政府秘书长）", {("刘洋", None, "副市长"), ("李军", "市政府", "秘书长")}),
    (
        "市委书记周强出席会议并讲话，市人大常委会主任孙立主持会议。",
        {("周强", "市委", "书记"), ("孙立", "市人大常委会", "主任")},
    ),
    # a roll call: a body named once for a list of posts, a compound post, several names per post
    (
        "县人大常委会党组书记、常务副主任陈一，副主任林二、高三,秘书长郑四出席会议。",
        {
            ("陈一", None, "县人大常委会党组书记、常务副主任"),
            ("林二", "县人大常委会", "副主任"),
            ("高三", "县人大常委会", "副主任"),
            ("郑四", "县人大常委会", "秘书长"),
        },
    ),
    # posts named in passing: after 听取了, 根据, 由, 受; acting posts; a post after the name
    (
        "会议听取了市委组织部常务副部长骆明作的说明。根据江城市人民政府市长万平提名，"
        "李峰副市长受代理市长吴强委托作说明。（二）张华副市长牵头重点工作",
        {
            ("骆明", "市委组织部", "常务副部长"),
            ("万平", "江城市人民政府", "市长"),
            ("吴强", None, "代理市长"),
            ("李峰", None, "副市长"),
            ("张华", None, "副市长"),
        },
    ),
    # a former post is not held; an appointed person's new post is the appointment's, not a post held
    (
        "成员：黎明 市住建局原党委委员\n会议决定任命侯东为某市人民政府副市长。某市副市长侯东出席。",
        set(),
    ),
    # "name，post" people a "；" apart; a name before 担任 is not read with 担 ("韩立担")
    (
        "某县成立城管领导小组\n副组长：彭立，副县长；邓安，县政府办主任\n组长由局长韩立担任。",
        {("彭立", None, "副县长"), ("邓安", "县政府办", "主任"), ("韩立", None, "局长")},
    ),
    # a seat in a group is no post; the posts before it are; "受" opens no body's name; a post named once with its
    # body and once without is the one with it
    (
        "某市召开创卫工作会\n受市委常委、宣传部长、市创卫指挥部副总指挥赵立委托，市政府副市长、市创卫指挥部副总指挥"
        "钱明召集会议。钱明副市长强调，要抓好落实。",
        {("赵立", None, "市委常委、宣传部长"), ("钱明", "市政府", "副市长")},
    ),
    # 团 opens a body after a padded name; "主委" of a democratic party; 代 before a post with no body is "on behalf
    # of" (the post is the mayor's), with a body it is the acting post
    (
        "某市召开会议\n成员：\n孙 立 团市委副书记\n王海，男，1970年1月出生，现任民盟某市委主委、某市审计局副局长。\n"
        "会上，张明同志代市长李华作报告。某市代市长赵平出席。",
        {
            ("孙立", "团市委", "副书记"),
            ("王海", "民盟某市委", "主委"),
            ("王海", "某市审计局", "副局长"),
            ("李华", None, "市长"),
            ("赵平", "某市", "代市长"),
        },
    ),
    # "以县委书记A为组长、县长B为…": 以 opens no body, and A's seat is no part of B's post
    (
        "某县成立改革领导小组\n近日，某县成立了以县委书记马林为组长、县长钱亮为第一副组长的改革领导小组。",
        {("马林", "县委", "书记"), ("钱亮", None, "县长")},
    ),
    # a department named without its place after a party committee is the committee's: one compound post
    (
        "某市召开会议\n市委常委、统战部部长马林，江苏省委常委、市委书记钱亮出席会议。",
        {("马林", None, "市委常委、统战部部长"), ("钱亮", "江苏省委", "常委"), ("钱亮", "市委", "书记")},
    ),
    # a name run into a compound post: the name ends where a place begins ("王海江苏省委…" is 王海 + 江苏省委…,
    # "吴立官团省委…" is 吴立官 + 团省委…)
    (
        "关于成立某市创建指挥部的通知\n总指挥：王海江苏省委常委、市委书记\n吴立官团省委副书记\n"
        "副总指挥：钱亮市委常委、宣传部长",
        {
            ("王海", "江苏省委", "常委"),
            ("王海", "市委", "书记"),
            ("吴立官", "团省委", "副书记"),
            ("钱亮", None, "市委常委、宣传部长"),
        },
    ),
    # "A副主任兼B局长": two posts; a rank before a post; a chain's seat in a roll call is a membership, not a post
    (
        "某省领导来市调研\n5月9日，某省农业厅副厅长、省茶产业链链长王立，某省农业厅二级巡视员钱亮一行来市调研。\n"
        "孙明 市政府办公室副主任兼督查室主任",
        {
            ("王立", "某省农业厅", "副厅长"),
            ("钱亮", "某省农业厅", "二级巡视员"),
            ("孙明", "市政府办公室", "副主任"),
            ("孙明", "督查室", "主任"),
        },
    ),
    # a roll call's names, one of them ending as a small unit's name does ("德科"); 关于 after a name; 就 opens
    # no body
    (
        "某县人大常委会举行会议\n县人大常委会副主任高兴成、陈德科、罗康健及委员共21人出席会议。"
        "会议首先就县人民政府县长肖克关于三位同志辞去领导职务的提请报告进行了审查。",
        {
            ("高兴成", "县人大常委会", "副主任"),
            ("陈德科", "县人大常委会", "副主任"),
            ("罗康健", "县人大常委会", "副主任"),
            ("肖克", "县人民政府", "县长"),
        },
    ),
    # a compound post whose last part names its own body: each part its own post
    (
        "某省召开会议\n省长助理、省公安厅厅长贾立，省长助理、省旅游委主任陆远出席会议。",
        {
            ("贾立", None, "省长助理"),
            ("贾立", "省公安厅", "厅长"),
            ("陆远", None, "省长助理"),
            ("陆远", "省旅游委", "主任"),
        },
    ),
    # "办公室主任由孙明同志兼任": 由 is no surname here
    ("某县指挥部成立\n指挥部办公室设在县林业局，办公室主任由孙明同志兼任。", set()),
    # a roll call's names of other languages ("艾力更·依明巴海", "白玛赤林"), a long list before the next post
    (
        "某常委会会议闭幕\n某省人大常委会副委员长王晨、艾力更·依明巴海、白玛赤林、丁仲礼、郝明金，秘书长杨振武出席会议。",
        {(n, "某省人大常委会", "副委员长") for n in ("王晨", "艾力更·依明巴海", "白玛赤林", "丁仲礼", "郝明金")}
        | {("杨振武", "某省人大常委会", "秘书长")},
    ),
    # a seat's note after the post is no part of it
    ("某省林长名单\n二、省级林长\n汤平 副省长（责任区域：甲市、乙市）", {("汤平", None, "副省长")}),
    # an election's "A、B为副市长": no person "B为"; an election is no appointment (ANNOTATION 5), the posts it
    # gives are posts the people now hold (as the corpus's golds of session reports write them)
    (
        "某市人代会闭幕\n会议选举钱亮为市长，孙明、周平为副市长。",
        {("钱亮", None, "市长"), ("孙明", None, "副市长"), ("周平", None, "副市长")},
    ),
    # verbs of news that end a name: 宣布, 通报, 部署, 调研, 陪同…
    (
        "某市召开领导干部会议\n省委组织部副部长王一鸣宣布了省委的决定。副市长李立新部署下一阶段工作。",
        {("王一鸣", "省委组织部", "副部长"), ("李立新", None, "副市长")},
    ),
    # a roll call goes on after what its first one did: the later posts are in the first one's body
    (
        "某市召开人大常委会会议\n市人大常委会主任肖立主持会议并讲话，副主任张发、王革，秘书长陈高出席会议。",
        {
            ("肖立", "市人大常委会", "主任"),
            ("张发", "市人大常委会", "副主任"),
            ("王革", "市人大常委会", "副主任"),
            ("陈高", "市人大常委会", "秘书长"),
        },
    ),
    # names, then how many hold the post they share; two people, each after the posts, joined by 和
    (
        "某市设立新城建设领导小组，赵一、钱二海、孙三等三位副市长任副组长。领导小组下设办公室："
        "市政府副秘书长吴晓和某区区委书记周平任主任。",
        {
            ("赵一", None, "副市长"),
            ("钱二海", None, "副市长"),
            ("孙三", None, "副市长"),
            ("吴晓", "市政府", "副秘书长"),
            ("周平", "某区区委", "书记"),
        },
    ),
    # "据…介绍", "在…的陪同下": 据 and 在 open no body's name
    (
        "某市召开推进会\n据市发展改革委党组书记、主任赵海介绍，今年安排重点项目200个。在市委常委、常务副市长孙明的陪同下，"
        "与会人员观摩了项目现场。",
        {("赵海", None, "市发展改革委党组书记、主任"), ("孙明", None, "市委常委、常务副市长")},
    ),
    # rosters: a 任前公示's table (the present post, not the one proposed) and a member list's table
    (
        "某县干部任前公示\n姓名\t性别\t现任职务\t拟任职务\n王立\t男\t县财政局副局长\t县财政局局长\n"
        "关于成立某市工作领导小组的通知\n职务 | 姓名 | 工作单位及职务\n组长 | 钱亮 | 市长\n成员 | 孙明 | 市大数据局局长",
        {("王立", "县财政局", "副局长"), ("钱亮", None, "市长"), ("孙明", "市大数据局", "局长")},
    ),
    # a 任前公示's news: "现任…部务委员A拟任…" (现任 opens no body, 部务 is part of the post, 拟任 ends the name)
    (
        "某省干部任前公示\n5月11日，省委组织部发布公示，其中，现任某省委组织部部务委员刘峰拟任中共某县委书记。",
        {("刘峰", "某省委组织部", "部务委员")},
    ),
    # a roll call's bodies: a 司 of a ministry, a 党委 whose secretary is named, an army's 集团军
    (
        "某大学召开干部大会\n某部人事司副司长彭立，某市教卫工作党委书记陈宏，某战区第8集团军政委方祥出席会议。",
        {("彭立", "某部人事司", "副司长"), ("陈宏", "某市教卫工作党委", "书记"), ("方祥", "某战区第8集团军", "政委")},
    ),
    # not people: a place, a post without a name, "和" after a post
    ("张家港市 市长热线开通。组长：市政府分管副市长。请市政协委员和其他列席人员提出意见。", set()),
    # people run together on a flattened list line, a town's officers among them
    (
        "成员:卢四钧县财政局副局长温五新圩镇副镇长陈六君西河镇党委宣传委员",
        {("卢四钧", "县财政局", "副局长"), ("温五", "新圩镇", "副镇长"), ("陈六君", "西河镇党委", "宣传委员")},
    ),
    # a court's division and a procuratorate's section as bodies, a roll call ending at 分别; a compound post in
    # brackets whose parts each name a body
    (
        "某县人大常委会召开会议\n县法院民事审判庭庭长钱一山、县检察院控申科科长孙二东分别就本职工作作了报告。\n"
        "副组长：李三峰（市委常委、市政府党组副书记）",
        {
            ("钱一山", "县法院民事审判庭", "庭长"),
            ("孙二东", "县检察院控申科", "科长"),
            ("李三峰", "市委", "常委"),
            ("李三峰", "市政府", "党组副书记"),
        },
    ),
    # a name ending in 和, no name after it
    ("某县召开会商会\n局党组书记、局长孙中和参加会议。", {("孙中和", None, "局党组书记、局长")}),
    # posts held then (时任) are not current; a 名誉主任's seat names the post the holder has now
    (
        "某县地方志工作报道\n2015年11月，时任中共某县委书记万一周、某县人民政府县长魏二，分别听取汇报。"
        "2017年，调整县地方志编纂委员会，由县委书记魏二任名誉主任。",
        {("魏二", "县委", "书记")},
    ),
    # Tibetan names (no surname) in a roll call, among names with one
    (
        "某自治区人大常委会会议闭幕\n自治区人大常委会常务副主任扎西多吉，副主任尼玛次仁、嘎玛、周春林出席会议。",
        {
            ("扎西多吉", "自治区人大常委会", "常务副主任"),
            ("尼玛次仁", "自治区人大常委会", "副主任"),
            ("嘎玛", "自治区人大常委会", "副主任"),
            ("周春林", "自治区人大常委会", "副主任"),
        },
    ),
    # a table's row of a river, its chief and the posts he holds; a row that names no one gives none
    (
        "某市市级河长名单\n河流 | 姓名 | 职务 |\n甲河 | 王一鸣 | 省委副书记、市委书记 |\n乙河 | 待定 | |",
        {("王一鸣", "省委", "副书记"), ("王一鸣", "市委", "书记")},
    ),
    # a seat and a head whose body's last character the title repeats once ("县统计局长"), then a verb of reporting
    (
        "某县召开普查工作会\n会上，县普查领导小组副组长、县统计局长李明远总结了前期工作。",
        {("李明远", "县统计局", "局长")},
    ),
    # a roll call that goes on after two chairs "分别主持第一次、第二次全体会议": the later posts in the same body
    (
        "某市人大常委会会议召开\n市人大常委会主任王一、副主任李二分别主持第一次、第二次全体会议，副主任赵三、钱四出席会议。",
        {
            ("王一", "市人大常委会", "主任"),
            ("李二", "市人大常委会", "副主任"),
            ("赵三", "市人大常委会", "副主任"),
            ("钱四", "市人大常委会", "副主任"),
        },
    ),
    # a headline of an appointment is no list line of a name and its post
    ("孙五任某省人民政府副省长、代理省长\n某省人大常委会举行会议。", set()),
    # a former post after the words that go on a list ("还有原…")
    ("某市换届报道\n五名市领导未再续任，还有原某市委常委、常务副市长钱七。市长李明出席。", {("李明", None, "市长")}),
]


@pytest.mark.parametrize("raw, expected", POSTS, ids=[f"posts-{i}" for i in range(len(POSTS))])
def test_person_posts(raw: str, expected: set) -> None:
    assert posts(raw) == expected


@pytest.mark.parametrize(
    "text, split",
    [
        ("市发展改革委三级调研员", ("市发展改革委", "三级调研员")),
        ("县水泥厂厂长", ("县水泥厂", "厂长")),  # a factory is a body; a school's inspector, an auditor-general posts
        ("县教体局总督学", ("县教体局", "总督学")),
        ("县审计局总审计师", ("县审计局", "总审计师")),
        (
            "市妇幼保健计划生育服务中心（市妇幼保健院）副主任（副院长）",
            ("市妇幼保健计划生育服务中心（市妇幼保健院）", "副主任（副院长）"),
        ),
        ("国网运城供电公司副总经理", ("国网运城供电公司", "副总经理")),
        ("市委常委、常务副市长", (None, "市委常委、常务副市长")),
        ("县常务副县长", (None, "县常务副县长")),  # a level's own post: no body named
        ("甲县人武部长", ("甲县", "人武部长")),  # the armed forces department's head, its 部 shared
        ("乙军分区参谋长", ("乙军分区", "参谋长")),
        ("丙县统计局长", ("丙县统计局", "局长")),  # the bureau's head, its 局 said once
        ("丁镇派出所长", ("丁镇派出所", "所长")),
        ("戊县财政局副局长", ("戊县财政局", "副局长")),  # no character shared
        ("加快推进项目", None),
    ],
)
def test_org_and_post_are_split(text: str, split) -> None:
    assert split_org_post(text) == split


@pytest.mark.parametrize(
    "name, ok",
    [
        ("王平安", True),
        ("欧阳娜娜", True),
        ("陈杰", True),
        ("市长", False),
        ("张家港市", False),
        ("任组长", False),
        ("公安", False),  # a sector that opens with a surname's character
        ("宣传", False),
        ("淳道松", True),  # rarer surnames of the 百家姓
        ("荀立新", True),
        ("訾海", True),
        ("鄂立军", True),  # 鄂, a surname and Hubei's short name
        ("鄂尔多斯", False),
        ("鄂州", False),
        ("公布", False),  # "…的通知，公布省长、副省长牵头的重点工作": a verb before a post
        ("公开", False),
        ("党总支", False),  # "党总支书记": the party branch's post, not a name
        ("党委", False),
        ("公立新", True),
        ("党明", True),
    ],
)
def test_person_names(name: str, ok: bool) -> None:
    assert is_person_name(name) is ok


def test_member_lists() -> None:
    assert parse_members("市政府协管副秘书长，市委网信办、市科技局主要负责人。", "副组长") == [
        ("市政府协管副秘书长", "post"),
        ("市委网信办主要负责人", "post"),
        ("市科技局主要负责人", "post"),
    ]


def test_seed_interleaved_member_lists_land_in_their_groups(seed_build) -> None:
    by_doc = {d.key: {(m.member, m.role) for m in d.memberships} for d in seed_build.documents}
    assert ("市委统战部分管工商联工作的副部长", "副组长") in by_doc["运政办函〔2023〕21号"]
    assert ("运城云时代公司", "成员单位") in by_doc["运政办函〔2023〕21号"]
    assert ("国网运城供电公司", "成员") in by_doc["运政办函〔2023〕22号"]
    assert ("市发展改革委主任", "副组长") in by_doc["运政办函〔2023〕22号"]
    assert ("张健", "成员") in by_doc["运政办函〔2023〕25号"]
    assert ("郭勤", "成员") in by_doc["运政办函〔2023〕25号"]
    for other in ("运政办函〔2023〕21号", "运政办函〔2023〕22号"):
        assert not any(member in ("张健", "郭勤") for member, _ in by_doc[other])
    assert not any(m == "运城云时代公司" for m, _ in by_doc["运政办函〔2023〕22号"])


def test_a_body_mentioned_after_对_is_not_a_group() -> None:
    [doc] = docs("（一）加强监督。对市卫生健康委员会落实情况进行督查。")
    assert doc.groups == ()


def test_a_name_run_into_the_post_after_it_ends_where_a_place_of_two_characters_begins() -> None:
    from kg.extract.people import split_name

    assert split_name("李宜生云海市副市长") == ("李宜生", "云海市副市长")  # not 李宜 of "生云海市"
    assert split_name("赵明灿省消防救援总队总队长") == ("赵明灿", "省消防救援总队总队长")
    assert split_name("王荣江苏省委常委") == ("王荣", "江苏省委常委")


def test_words_that_open_with_a_surname_s_character_are_no_names() -> None:
    from kg.extract.people import is_person_name

    for word in ("和多名", "成立以", "安排", "组织", "任上转", "和各", "任组员"):  # "在市长任上转任…", "和各分管领导"
        assert not is_person_name(word), word
    for name in ("和立安", "成小立", "安一鸣"):
        assert is_person_name(name), name


def test_a_name_before_a_one_character_county_s_post_ends_before_the_county() -> None:
    # "赵海滑县县长": 滑县's 县长, not "赵海滑" and a county's own "县县长"
    assert split_name("赵海滑县县长") == ("赵海", "滑县县长")
    assert split_name("阎一市委副书记、市长") == ("阎一", "市委副书记、市长")


def test_a_report_of_a_body_s_meeting_seats_those_named_by_its_short_name() -> None:
    """A district's report names the body in full after 召开 (no place before it), then its seats by the short name
    with the district's level ("区妇儿工委主任")."""
    raw = (
        "某区召开妇女儿童工作委员会全体委员(扩大)会议\n"
        "8月30日上午，某区召开妇女儿童工作委员会全体委员(扩大)会议。区妇儿工委主任、副区长王立新出席会议并讲话，"
        "区妇儿工委副主任李海华主持会议。\n"
    )
    assert seats(raw) == {
        ("妇女儿童工作委员会", "王立新", "person", "主任"),
        ("妇女儿童工作委员会", "李海华", "person", "副主任"),
    }
    assert posts(raw) == {("王立新", None, "副区长")}


def test_a_meeting_called_is_no_body_without_a_body_s_kind() -> None:
    assert not seats("某区召开安全生产工作会议\n某区召开安全生产工作会议，副区长王立新出席会议。\n")


def test_a_body_put_into_practice_and_a_name_in_corner_quotes() -> None:
    raw = (
        "某县推行供水工作联席会议制度\n近日，某县正式开始推行城乡供水工作联席会议制度，联席会议的成员包括县水利局、"
        "县财政局等。\n"
    )
    assert seats(raw) == {
        ("城乡供水工作联席会议", "县水利局", "org", "成员"),
        ("城乡供水工作联席会议", "县财政局", "org", "成员"),
    }
    raw = "某市成立防控领导小组\n会议决定成立『学校防控工作领导小组』，成员包括市教育局、市卫健委。\n"
    assert {g for g, *_ in seats(raw)} == {"学校防控工作领导小组"}


def test_an_organizing_committee_s_executive_chairs() -> None:
    raw = (
        "关于同意成立某运动会组委会的函\n一、同意成立某运动会组委会。组委会主席由某省省长王立新担任，"
        "执行主席由某省副省长李海华、某市市长赵文博担任。\n"
    )
    found = {(m, r) for _, m, _, r in seats(raw)}
    assert {("李海华", "执行主席"), ("赵文博", "执行主席")} <= found
    assert ("李海华", "主席") not in found


def test_a_secretary_and_a_head_of_one_place_are_two_people() -> None:
    raw = (
        "关于成立某区协作发展领导小组的通知\n成立了以区委书记、区长为组长，常务副区长为副组长的某区协作发展领导小组。\n"
    )
    assert {(m, r) for _, m, _, r in seats(raw)} == {("区委书记", "组长"), ("区长", "组长"), ("常务副区长", "副组长")}
    raw = "关于成立某县防汛领导小组的通知\n成立了以县委副书记、县长为组长的某县防汛领导小组。\n"
    assert {(m, r) for _, m, _, r in seats(raw)} == {("县委副书记、县长", "组长")}  # one person


def test_a_name_with_a_surname_the_list_lacks_among_names_of_a_roll_call() -> None:
    raw = "某区政协常委会会议召开\n区政协副主席沈立海、刘东平、磨长红、高一枫，秘书长全小寿出席会议。"
    assert posts(raw) == {
        ("沈立海", "区政协", "副主席"),
        ("刘东平", "区政协", "副主席"),
        ("磨长红", "区政协", "副主席"),
        ("高一枫", "区政协", "副主席"),
        ("全小寿", "区政协", "秘书长"),
    }


def test_a_name_then_its_title_before_则_also_or_still() -> None:
    assert posts("某市政府领导分工\n林立生副市长则负责农村、农业等工作。") == {("林立生", None, "副市长")}


def test_a_delegation_s_seats_in_the_posts_before_a_name() -> None:
    raw = (
        "某省代表团举行全体会议\n3月5日，某省代表团在驻地举行全体会议。某省代表团团长、省委书记王立正，"
        "某省代表团副团长、省长赵一民参加。"
    )
    assert seats(raw) == {
        ("某省代表团", "王立正", "person", "团长"),
        ("某省代表团", "赵一民", "person", "副团长"),
    }
    assert posts(raw) == {("王立正", "省委", "书记"), ("赵一民", None, "省长")}


def test_a_seat_taken_at_the_platform_is_no_name() -> None:
    raw = "某市人代会召开\n大会主席团常务主席、本次会议执行主席赵一平、钱二安、孙三立在主席台执行主席席就座。"
    assert ("席就座", None, "主席") not in posts(raw)


def test_a_rotating_convener_s_seat_before_his_posts() -> None:
    raw = (
        "某流域省级河湖长联席会议召开\n7月1日，某流域联席会议召开。联席会议轮值召集人、省委副书记、省长赵立民主持会议。"
    )
    assert ("某流域省级河湖长联席会议", "赵立民", "person", "轮值召集人") in seats(raw)


def test_a_chief_of_rivers_and_lakes_together_总河湖长() -> None:
    raw = "某州河湖长制工作会议召开\n会上，州委书记、州级总河湖长赵立民讲话。州委副书记、州长、州级总河湖长钱二安主持。"
    assert {m for m in seats(raw) if m[1] in ("赵立民", "钱二安")} == {
        ("河湖长制", "赵立民", "person", "州级总河湖长"),
        ("河湖长制", "钱二安", "person", "州级总河湖长"),
    }


def test_a_chief_s_seat_is_in_the_system_of_chiefs_the_text_names() -> None:
    raw = (
        "区级河长在行动\n4月22日，某区委副书记、区长、区总河长赵立民调研检查河道整治工程，副区长、副总河长钱二安"
        "参加。要求把河湖长制这项工作作为日常重点工作来抓。"
    )
    assert seats(raw) == {
        ("河湖长制", "赵立民", "person", "区总河长"),
        ("河湖长制", "钱二安", "person", "副总河长"),
    }


@pytest.mark.parametrize(
    "opening",
    [
        "现将某县安全生产委员会组成人员名单通知如下：",
        "某县安全生产委员会的组成人员调整如下：",
        "某县安全生产委员会组成人员：",
        "因人事变动，某县安全生产委员会成员调整为：",
    ],
)
def test_a_notice_s_list_of_a_group_s_members_announced(opening: str) -> None:
    raw = f"某县人民政府办公室通知\n各乡镇人民政府，县直各单位：\n{opening}\n主任：赵一平 县长\n副主任：钱二安 副县长"
    assert seats(raw) == {
        ("某县安全生产委员会", "赵一平", "person", "主任"),
        ("某县安全生产委员会", "钱二安", "person", "副主任"),
    }


def test_a_report_of_a_group_s_office_meeting_speaks_of_the_group() -> None:
    raw = (
        "某省第三次土壤普查领导小组办公室召开第一次全体成员会议\n会议审议通过了办公室工作规则。省发改委、省财政厅、"
        "省统计局等领导小组成员单位有关处室负责人参加会议。"
    )
    assert seats(raw) == {
        ("某省第三次土壤普查领导小组", "省发改委", "org", "成员单位"),
        ("某省第三次土壤普查领导小组", "省财政厅", "org", "成员单位"),
        ("某省第三次土壤普查领导小组", "省统计局", "org", "成员单位"),
    }


def test_a_group_s_seat_then_its_holders_in_words_then_their_names() -> None:
    raw = (
        "某流域省级河湖长第一次联席会议召开\n7月1日，某流域省级河湖长第一次联席会议召开。联席会议成员、流域五省（区、市）"
        "领导赵一平、钱二安、孙三立出席会议。市领导李四明出席会议。"
    )
    assert seats(raw) == {
        ("某流域省级河湖长第一次联席会议", "赵一平", "person", "成员"),
        ("某流域省级河湖长第一次联席会议", "钱二安", "person", "成员"),
        ("某流域省级河湖长第一次联席会议", "孙三立", "person", "成员"),
    }


def test_a_group_s_seat_a_comma_then_its_holders_each_after_a_post() -> None:
    raw = (
        "某流域省级河湖长第一次联席会议召开\n联席会议副召集人，甲省人民政府副省长赵一平、乙省人民政府副省长钱二安、"
        "丙省人民政府党组成员孙三立作交流发言。"
    )
    assert seats(raw) == {
        ("某流域省级河湖长第一次联席会议", "赵一平", "person", "副召集人"),
        ("某流域省级河湖长第一次联席会议", "钱二安", "person", "副召集人"),
        ("某流域省级河湖长第一次联席会议", "孙三立", "person", "副召集人"),
    }
    assert ("赵一平", "甲省人民政府", "副省长") in posts(raw)


def test_a_food_and_drug_safety_committee_by_its_short_name() -> None:
    raw = "某区召开食品安全工作会议\n某区副区长、区食药安委主任钱二安出席会议并讲话。"
    assert seats(raw) == {("区食药安委", "钱二安", "person", "主任")}


def test_a_report_of_one_group_s_meeting_seats_those_named_by_a_seat_alone() -> None:
    # "副组长A、B" or "领导小组副组长C": no body has such a post of its own, so they sit in the one group spoken of
    raw = (
        "省委书记、省委水资源保障领导小组组长马一鸣主持召开领导小组第一次全体会议\n会议听取了工作汇报。"
        "副组长钱二安、孙三立出席。领导小组成员李四明参加。"
    )
    group = "省委水资源保障领导小组"
    assert seats(raw) == {
        (group, "马一鸣", "person", "组长"),
        (group, "钱二安", "person", "副组长"),
        (group, "孙三立", "person", "副组长"),
        (group, "李四明", "person", "成员"),
    }
    assert posts(raw) == {("马一鸣", "省委", "书记")}
    # two groups spoken of: a seat alone is neither's
    two = raw.replace("会议听取了工作汇报。", "会议听取了省防汛抗旱指挥部副指挥长周五强的汇报。")
    assert ("钱二安", None, "副组长") in posts(two)


def test_a_delegation_s_head_chosen_by_推选_and_the_deputies_after_him() -> None:
    raw = (
        "某盟代表团召开全团会议\n2月3日，出席某区人代会的某盟代表团召开全团会议，推选代表团团长、副团长。"
        "全团会议推选王一鸣为某盟代表团团长，钱二安、孙三立为副团长。"
    )
    assert seats(raw) == {
        ("某盟代表团", "王一鸣", "person", "团长"),
        ("某盟代表团", "钱二安", "person", "副团长"),
        ("某盟代表团", "孙三立", "person", "副团长"),
    }
    # who chooses names no one: how a seat is filled
    assert not any("确定" in m.member for d in docs(HEAD + "各成员单位确定1名分管领导为成员。") for m in d.memberships)


def test_a_flattened_list_after_its_announcement_ends_where_its_sentences_begin() -> None:
    raw = (
        "关于成立某镇防汛工作领导小组的通知\n为加强领导，经研究，决定成立某镇防汛工作领导小组，名单如下：组长：王一鸣（镇长）\n"
        "副组长：钱二安（人大主席）\n成员：孙三立、李四海、领导小组下设办公室，办公室设在镇应急办，办公室主任由孙三立同志担任。"
    )
    group = "某镇防汛工作领导小组"
    assert seats(raw) == {
        (group, "王一鸣", "person", "组长"),
        (group, "钱二安", "person", "副组长"),
        (group, "孙三立", "person", "成员"),
        (group, "李四海", "person", "成员"),
        (group, "镇应急办", "org", "办公室设在"),
        (group, "孙三立", "person", "办公室主任"),
    }
    assert ("王一鸣", None, "镇长") in posts(raw)  # the post in brackets after the name, the label run on too


def test_a_name_ending_in_正_alone_on_a_seat_s_label() -> None:
    raw = "关于成立某卫生院技术推广工作领导小组的通知\n为加强领导，决定成立某卫生院技术推广工作领导小组。\n组长：钱元正\n副组长：孙三立"
    group = "某卫生院技术推广工作领导小组"
    assert seats(raw) == {(group, "钱元正", "person", "组长"), (group, "孙三立", "person", "副组长")}


def test_a_team_named_right_before_its_members_is_theirs() -> None:
    raw = (
        "某市召开会议\n某市防控领导小组召开会议，决定组建8个督导小组。督导小组成员由市疾控中心、市卫生监督所组成，"
        "负责督导工作。领导小组成员由市卫健委、市教育局组成。"
    )
    assert seats(raw) == {
        ("督导小组", "市疾控中心", "org", "成员"),
        ("督导小组", "市卫生监督所", "org", "成员"),
        ("某市防控领导小组", "市卫健委", "org", "成员"),
        ("某市防控领导小组", "市教育局", "org", "成员"),
    }


def test_bodies_invited_to_take_part_in_a_joint_meeting() -> None:
    raw = "建立某省节水工作联席会议制度。联席会议由省水利厅、省财政厅组成，并邀请省法院、省检察院等4个部门和单位参加。"
    group = "某省节水工作联席会议"
    assert seats(raw) == {
        (group, "省水利厅", "org", "成员单位"),
        (group, "省财政厅", "org", "成员单位"),
        (group, "省法院", "org", "参加"),
        (group, "省检察院", "org", "参加"),
    }


def test_a_community_is_a_body_in_a_list_of_members() -> None:
    raw = "成立某街道应急指挥部。指挥部成员单位由街道综治办、所辖社区以及派出所、社区卫生服务中心等组成。"
    group = "某街道应急指挥部"
    assert {m[1] for m in seats(raw) if m[0] == group} == {"街道综治办", "所辖社区", "派出所", "社区卫生服务中心"}


def test_posts_listed_before_等单位领导_each_hold_the_seat() -> None:
    raw = (
        "区防汛指挥部作为区级议事协调机构，负责统一组织指挥本区防汛防台工作。总指挥由区长担任；同时区建管委主任、"
        "区应急管理局局长和武警执勤第一支队首长等单位领导担任副总指挥。"
    )
    assert {m for m in seats(raw) if m[3] == "副总指挥"} == {
        ("区防汛指挥部", "区建管委主任", "post", "副总指挥"),
        ("区防汛指挥部", "区应急管理局局长", "post", "副总指挥"),
        ("区防汛指挥部", "武警执勤第一支队首长", "post", "副总指挥"),
    }


def test_a_command_s_指挥_and_副指挥_and_towns_among_its_member_bodies() -> None:
    raw = (
        "某县森林防火应急预案\n一、组织指挥体系\n成立县森林防火指挥部。\n指 挥：县人民政府主管林业的副县长\n"
        "副指挥：县人武部部长\n县林业局局长\n成 员：县政府办、交通局、北山林场、甲定镇、乙扎乡"
    )
    group = "县森林防火指挥部"
    assert seats(raw) == {
        (group, "县人民政府主管林业的副县长", "post", "指挥"),
        (group, "县人武部部长", "post", "副指挥"),
        (group, "县林业局局长", "post", "副指挥"),
        *((group, body, "org", "成员") for body in ("县政府办", "交通局", "北山林场", "甲定镇", "乙扎乡")),
    }


def test_a_presidium_s_seat_then_this_session_s_before_the_names() -> None:
    raw = "某市人大会议召开\n大会主席团常务主席、本次会议执行主席钱一军、孙二萍在主席台执行主席席就座。"
    assert seats(raw) == {
        ("大会主席团", "钱一军", "person", "常务主席"),
        ("大会主席团", "孙二萍", "person", "常务主席"),
    }
    assert not posts(raw)  # the session's 执行主席 is no post (nor a group's seat the guideline names)


@pytest.mark.parametrize(
    "text, held",
    [
        ("县委副书记、政府代县长", [("县委", "副书记"), ("政府", "代县长")]),  # a level's government: a body of its own
        (
            "甲省委常委、乙市委副书记、代市长",
            [("甲省委", "常委"), (None, "乙市委副书记、代市长")],
        ),  # the last parts one
        ("市委常委、常务副市长", [(None, "市委常委、常务副市长")]),
        ("市委常委、统战部部长", [(None, "市委常委、统战部部长")]),
    ],
)
def test_compound_posts_part_where_each_names_its_body(text: str, held: list) -> None:
    assert posts_held(text) == held


def test_an_acting_post_keeps_its_word_in_a_roll_call() -> None:
    raw = "某区召开食品安全委员会全体会议\n某区召开食品安全委员会2021年第二次全体会议。区政府代区长、区食安委主任钱二安出席。"
    assert ("钱二安", "区政府", "代区长") in posts(raw)


def test_a_post_held_by_now_told_in_passing() -> None:
    raw = "两省代省长履新\n前任甲省省长钱安已任乙省委书记。王一鸣现任某县财政局局长。"
    assert posts(raw) == {("钱安", "乙省委", "书记"), ("王一鸣", "某县财政局", "局长")}


def test_a_sentence_opening_with_a_group_s_short_name_seats_that_group() -> None:
    raw = (
        "某区安全生产委员会工作规则\n为保证安全生产委员会（以下简称安委会）工作有序开展，制定本规则。"
        "安委会办公室协调成员单位成立专项检查组，确定组长单位。（一）安委会主任由区长担任，副主任由分管副区长担任。"
    )
    assert seats(raw) == {
        ("某区安全生产委员会", "区长", "post", "主任"),
        ("某区安全生产委员会", "分管副区长", "post", "副主任"),
    }


def test_a_seat_s_holders_listed_on_over_a_holder_with_several_posts() -> None:
    raw = (
        "某市运动会组委会正式成立\n某市运动会组委会正式成立。组委会副主席组成领导有：省教育厅副厅长张小明、李大伟，"
        "省委常委、市委书记王三强，市政协副主席赵四海等。"
    )
    assert {s[1] for s in seats(raw) if s[3] == "副主席"} == {"张小明", "李大伟", "王三强", "赵四海"}


def test_a_name_ending_in_会_on_a_roll_call_line() -> None:
    raw = (
        "某省秸秆禁烧工作联席会议制度\n经省政府同意，建立某省秸秆禁烧工作联席会议制度。\n一、组成人员\n"
        "召 集 人:田恃玮 省政府副秘书长\n王金会 省委农办主任、省农委主任\n成 员:鲁 峰 省发改委副巡视员"
    )
    assert ("某省秸秆禁烧工作联席会议", "王金会", "person", "召集人") in seats(raw)
    assert not any(s[1] == "王金" for s in seats(raw))


def test_a_roll_call_of_a_group_s_seats_after_a_post_with_a_body() -> None:
    raw = (
        "某省开展主题教育\n中央成立了主题教育领导小组，报道中披露了3位领导小组成员：组长、中央政治局常委王一奇，"
        "常务副组长李干杰，副组长刘金国。\n"
    )
    assert seats(raw) == {
        ("主题教育领导小组", "王一奇", "person", "组长"),
        ("主题教育领导小组", "李干杰", "person", "常务副组长"),
        ("主题教育领导小组", "刘金国", "person", "副组长"),
    }


def test_a_seat_s_holders_each_with_the_posts_noted_after_the_name() -> None:
    raw = (
        "某省开展主题教育\n某省委书记、省委主题教育领导小组组长韩一俊主持会议。省委副书记、领导小组副组长程丽华，"
        "副组长刘海泉（省委常委、省纪委书记）、陈一舜（省委常委、宣传部部长）出席会议。\n"
    )
    assert {s[1] for s in seats(raw) if s[3] == "副组长"} == {"程丽华", "刘海泉", "陈一舜"}
    assert {("刘海泉", "省委", "常委"), ("刘海泉", "省纪委", "书记")} <= posts(raw)


def test_a_name_of_two_parts_ends_where_the_verb_after_it_begins() -> None:
    raw = "某州召开会议\n某州党委副书记、州长艾力·吐尔逊出席会议。自治区人大常委会主任买买提·依明主持会议。\n"
    held = posts(raw)
    assert ("艾力·吐尔逊", None, "某州党委副书记、州长") in held
    assert ("买买提·依明", "自治区人大常委会", "主任") in held
    assert not any("出席" in person or "会主任" in person for person, _, _ in held)


def test_a_party_committee_of_a_long_place_name_and_the_verb_that_chose_a_head() -> None:
    raw = (
        "某会议召开\n会议推选某地哈萨克自治州党委书记杨一理为代表团团长；某地哈萨克自治州党委副书记、州长王大明，"
        "塔城地委书记支一伟为代表团副团长。\n"
    )
    held = posts(raw)
    assert ("杨一理", "某地哈萨克自治州党委", "书记") in held
    assert ("王大明", None, "某地哈萨克自治州党委副书记、州长") in held


def test_a_delegation_s_heads_chosen_each_named_after_posts_and_joined_by_和() -> None:
    raw = (
        "自治区人大三次会议某地区代表团召开全体会议\n会议推选某地委书记谢一迪为某地区代表团团长，某地委副书记、"
        "地区行署专员杰恩斯·哈德斯和某地区人大工委党组副书记、主任赛力克·哈布肯为代表团副团长。\n"
    )
    group = "自治区人大三次会议某地区代表团"
    assert seats(raw) == {
        (group, "谢一迪", "person", "团长"),
        (group, "杰恩斯·哈德斯", "person", "副团长"),
        (group, "赛力克·哈布肯", "person", "副团长"),
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("主任赛力克·哈布肯", ("赛力克·哈布肯", "主任")),
        ("主任委员艾力·买买提", ("艾力·买买提", "主任委员")),
        ("某地区人大工委党组副书记、主任赛力克·哈布肯", ("赛力克·哈布肯", "某地区人大工委党组副书记、主任")),
    ],
)
def test_a_name_of_two_parts_after_its_posts(text: str, found: tuple[str, str]) -> None:
    assert name_after_post(text) == found


@pytest.mark.parametrize(
    ("item", "held"),
    [
        ("严一海（藏族，区人大常委会党组书记）", ("严一海", "区人大常委会党组书记")),
        ("王大明（汉族）", None),
        ("王大明（市长）", ("王大明", "市长")),
    ],
)
def test_a_holder_s_people_noted_in_the_bracket_before_the_post(item: str, held: tuple | None) -> None:
    assert bracket_holder(item) == held


def test_a_name_keeps_an_old_form_its_text_writes_once(tmp_path: Path) -> None:
    """A Simplified text whose one name writes a character the old way ("梁樑"): the name as written, though the
    text writes the character the new way elsewhere (梁)."""
    path = tmp_path / "report.txt"
    path.write_text("某市人大常委会召开会议\n市人大常委会副主任梁樑、唐前明出席会议。\n", encoding="utf-8")
    held = {(p.person, p.org, p.post) for d in read_file(path).documents for p in d.person_posts}
    assert ("梁樑", "市人大常委会", "副主任") in held


def test_a_group_set_up_by_its_kind_alone_then_its_members_listed() -> None:
    raw = (
        "某乡自然灾害救助应急预案\n为做好救灾工作，成立领导小组，成员如下：\n组长：张学功 乡长\n副组长：马得胜 副乡长\n"
    )
    assert seats(raw) == {("领导小组", "张学功", "person", "组长"), ("领导小组", "马得胜", "person", "副组长")}


def test_padded_labels_of_a_roll_call_run_into_one_line() -> None:
    raw = (
        "某乡自然灾害救助应急预案\n（一）应急机构：乡人民政府作为综合协调机构，并成立领导小组，成员如下：组 长:张学功 乡长、"
        "副书记副组长:马得胜 副乡长成 员:祁有明 乡武装部长 马尚明 乡政府秘书 乔培志 乡民政办主任\n"
    )
    assert {(s[1], s[3]) for s in seats(raw)} == {
        ("张学功", "组长"),
        ("马得胜", "副组长"),
        ("祁有明", "成员"),
        ("马尚明", "成员"),
        ("乔培志", "成员"),
    }


def test_a_committee_s_labels_over_honorary_seats_run_on_names_and_a_long_line_of_bodies() -> None:
    raw = (
        "某县第二届运动会方案\n（三）大会组委会\n名誉主任:\n李一国(县委书记)\n委员:\n"
        "县委办、政府办、文广新局、教育局、财政局、宣传部、人劳社保局、交通局、卫生局、计生局、国土局、建设局、环保局、"
        "人行、联通、工促局等部门及各乡镇(区)主要领导。\n（四）仲裁委员会\n主任:\n康一战文广新局局长\n"
    )
    held = seats(raw)
    assert ("大会组委会", "李一国", "person", "名誉主任") in held
    assert ("仲裁委员会", "康一战", "person", "主任") in held
    members = {s[1] for s in held if s[3] == "委员"}
    assert {"县委办", "人行", "联通", "工促局", "各乡镇（区）主要领导"} <= members and len(members) == 17


def test_a_unit_s_head_takes_a_seat_and_a_list_closed_by_等相关职能部门() -> None:
    raw = (
        "关于成立某校招标采购领导小组的通知\n成立某校招标采购领导小组。校长担任组长，院长任副组长，成员由招标采购管理中心、"
        "财务处、后勤与基建管理处等相关职能部门负责人组成。\n"
    )
    group = "某校招标采购领导小组"
    assert seats(raw) == {
        (group, "校长", "post", "组长"),
        (group, "院长", "post", "副组长"),
        (group, "招标采购管理中心", "org", "成员"),
        (group, "财务处", "org", "成员"),
        (group, "后勤与基建管理处", "org", "成员"),
    }


def test_member_units_of_a_group_named_only_as_they_attend_a_meeting() -> None:
    raw = (
        "我县召开冬季征兵工作会\n10月26日，我县召开冬季征兵工作会，县委常委、副县长魏一斋出席会议，县委宣传部、县人武部、"
        "县财政局、教育局等县征兵领导小组成员单位领导参加会议。\n"
    )
    assert seats(raw) == {
        ("县征兵领导小组", body, "org", "成员单位") for body in ("县委宣传部", "县人武部", "县财政局", "教育局")
    }


def test_a_headquarters_named_by_the_trial_rules_a_notice_prints() -> None:
    raw = (
        "关于印发某州防汛抗旱指挥部工作规则（试行）的通知\n为加强和规范某州防汛抗旱指挥部（以下简称“州防指”）工作，制定本规则。\n"
        "第二条 州防指设总指挥1人，由州人民政府主要负责同志担任。\n"
    )
    assert seats(raw) == {("某州防汛抗旱指挥部", "州人民政府主要负责同志", "post", "总指挥")}


def test_a_committee_founded_where_the_news_says() -> None:
    raw = (
        "某运动会组委会在北京宣告成立\n11月1日，第八届某运动会组委会在北京宣告成立。某省省长黄一华担任组委会主席；"
        "某市市长陈一国担任组委会秘书长。\n"
    )
    assert seats(raw) == {
        ("第八届某运动会组委会", "黄一华", "person", "主席"),
        ("第八届某运动会组委会", "陈一国", "person", "秘书长"),
    }


def test_an_election_s_results_read_out_each_comrade_and_several_posts() -> None:
    raw = "某旗人大会议闭幕\n主任宣布选举结果：周一文同志当选为某旗委常委、人民政府副旗长；刘一民同志当选为某旗人民政府副旗长。\n"
    assert posts(raw) == {
        ("周一文", "某旗委", "常委"),
        ("周一文", "人民政府", "副旗长"),
        ("刘一民", "某旗人民政府", "副旗长"),
    }


def test_the_people_who_make_up_a_committee_and_their_seats() -> None:
    raw = (
        "关于组织保密委员会的决定\n特决定成立某市保密委员会，统一领导各部门保密工作。\n"
        "一、决定以张一文、李二明、王三华等三同志组成某市保密委员会，并以张一文为主任，李二明为副主任。\n"
    )
    assert seats(raw) == {
        ("某市保密委员会", "张一文", "person", "成员"),
        ("某市保密委员会", "李二明", "person", "成员"),
        ("某市保密委员会", "王三华", "person", "成员"),
        ("某市保密委员会", "张一文", "person", "主任"),
        ("某市保密委员会", "李二明", "person", "副主任"),
    }


def test_an_attachment_s_roster_titled_by_its_group_and_padded_labels() -> None:
    raw = (
        "关于举办某博览会的通知\n一、办好博览会。\n附件2:\n某博览会执委会组织机构及人员名单\n主 任:李一斌 省政府副省长\n"
        "副主任:王一轶 省政府副秘书长\n吕一文 省委宣传部副部长\n"
    )
    assert seats(raw) == {
        ("某博览会执委会", "李一斌", "person", "主任"),
        ("某博览会执委会", "王一轶", "person", "副主任"),
        ("某博览会执委会", "吕一文", "person", "副主任"),
    }


def test_a_notice_that_announces_its_adjusted_group_over_the_roster() -> None:
    raw = (
        "某乡森林防火实施方案\n二、森林防火组织机构\n现将调整后的某乡森林防火工作领导小组公布如下:\n组 长:孙一文 乡党委书记\n"
        "郝一华 乡党委副书记、乡长\n副组长:梁一君 乡人大主席\n"
    )
    assert seats(raw) == {
        ("某乡森林防火工作领导小组", "孙一文", "person", "组长"),
        ("某乡森林防火工作领导小组", "郝一华", "person", "组长"),
        ("某乡森林防火工作领导小组", "梁一君", "person", "副组长"),
    }


def test_a_committee_s_founding_meeting_and_the_seats_it_elects_and_confirms() -> None:
    raw = (
        "我院召开新一届学术委员会成立大会\n9月5日,我院召开新一届学术委员会成立大会。全体与会委员一致选举魏一萍为新一届学术委员会"
        "主任委员。会议还确定了副主任委员沈一林、孙一萍。\n"
    )
    assert seats(raw) == {
        ("新一届学术委员会", "魏一萍", "person", "主任委员"),
        ("新一届学术委员会", "沈一林", "person", "副主任委员"),
        ("新一届学术委员会", "孙一萍", "person", "副主任委员"),
    }


def test_a_team_named_by_its_kind_after_the_people_and_bodies_that_make_it_up() -> None:
    people = "某项目通过竣工验收\n7月17日，由张一俭、解一曙等专家组成的验收组对项目进行了验收。\n"
    assert seats(people) == {("验收组", "张一俭", "person", "成员"), ("验收组", "解一曙", "person", "成员")}
    bodies = "某项目通过市级验收\n由市财政局、市水利局等单位组成的验收组对项目进行了验收。\n"
    assert seats(bodies) == {("验收组", "市财政局", "org", "成员单位"), ("验收组", "市水利局", "org", "成员单位")}


def test_an_inspection_team_at_its_work_is_the_team_its_report_seats() -> None:
    raw = (
        "巡察动员会召开\n8月5日，区委第一巡察组巡察某镇党委工作动员会召开。会前，巡察组组长陈一革主持召开见面会。"
        "巡察组副组长杨一希、沈一梅出席会议。\n"
    )
    assert seats(raw) == {
        ("区委第一巡察组", "陈一革", "person", "组长"),
        ("区委第一巡察组", "杨一希", "person", "副组长"),
        ("区委第一巡察组", "沈一梅", "person", "副组长"),
    }


def test_a_team_made_up_with_its_leader_and_组员_named_before_it() -> None:
    raw = (
        "某项目通过考核验收\n11月9日，省质监局组成以处长李一晖为组长，科长黄一光、科长叶一英等为组员的考核验收小组，"
        "对示范区项目进行了考核验收。\n"
    )
    assert seats(raw) == {
        ("考核验收小组", "李一晖", "person", "组长"),
        ("考核验收小组", "黄一光", "person", "组员"),
        ("考核验收小组", "叶一英", "person", "组员"),
    }


def test_a_system_named_with_what_it_is_and_seats_said_of_those_named_before() -> None:
    raw = (
        "某省有了总林长\n会议宣布，省委书记刘一奇担任总林长、代省长易一红担任副总林长。全面推行一把手负责的林长制。"
        "除了书记和代省长担任正副总林长，殷一根等省领导也明确了责任区域。\n"
    )
    assert seats(raw) == {("林长制", "刘一奇", "person", "总林长"), ("林长制", "易一红", "person", "副总林长")}


def test_a_plan_s_decimal_headings_end_a_seat_s_list_and_head_its_member_units() -> None:
    raw = (
        "某市应急预案\n2.1.1 某市防汛应急指挥部\n指 挥 长:市政府主管副市长。\n副指挥长:市政府主管副秘书长、市农林局局长。\n"
        "2.1.2 某市防汛应急指挥部办公室\n市防汛应急指挥部下设办公室，负责日常工作。\n2.1.3 成员单位\n"
        "市农林局、气象局、环保局、武警支队。\n2.2 职责\n"
    )
    group = "某市防汛应急指挥部"
    assert seats(raw) == {
        (group, "市政府主管副市长", "post", "指挥长"),
        (group, "市政府主管副秘书长", "post", "副指挥长"),
        (group, "市农林局局长", "post", "副指挥长"),
        *((group, body, "org", "成员单位") for body in ("市农林局", "气象局", "环保局", "武警支队")),
    }
