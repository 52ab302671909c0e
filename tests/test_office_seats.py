"""A group's office and its seats in prose, and a page that speaks of its group by its kind alone.

The texts are made up (names and bodies invented); each has the shape of a
sentence found in corpus/ documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.members import who
from kg.mapped import MappedText
from kg.model import Document
from kg.pipeline import extract_documents
from kg.reading import Source


def docs(raw: str) -> list[Document]:
    return extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw)))


def seats(raw: str) -> set[tuple[str, str, str, str]]:
    return {(m.group, m.member, m.member_type, m.role) for d in docs(raw) for m in d.memberships}


G = "某某市森林防火工作领导小组"
HEAD = f"关于成立{G}的通知\n为加强森林防火工作，市政府决定成立{G}。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # deputies a comma apart, each with his post; the office's staff by their posts ("组成员" is no 组成)
            "办公室主任由市林业局局长张小华兼任；副主任由市应急局副局长赵文，市公安局副局长钱武兼任。"
            "办公室成员由领导小组成员单位有关科室负责同志担任。",
            {
                (G, "张小华", "person", "办公室主任"),
                (G, "赵文", "person", "办公室副主任"),
                (G, "钱武", "person", "办公室副主任"),
                (G, "领导小组成员单位有关科室负责同志", "post", "办公室成员"),
            },
        ),
        (  # a seat set up, then who holds it
            "领导小组设联络员，由各成员单位有关科室负责同志担任。",
            {(G, "各成员单位有关科室负责同志", "post", "联络员")},
        ),
        (  # a command's political commissar
            "由镇党委书记周一平任政委，镇长吴二强任组长。",
            {(G, "周一平", "person", "政委"), (G, "吴二强", "person", "组长")},
        ),
        (  # a city's mayor by post: not a person named 北京市
            "主任委员由北京市市长担任。",
            set(),
        ),
    ],
)
def test_an_office_s_seats_and_seats_set_up_in_prose(text: str, expected: set) -> None:
    found = seats(HEAD + text)
    assert expected <= found
    assert not any(member in ("领导小", "北京市") for _, member, _, _ in found)


def test_a_compound_post_after_a_national_body_is_a_post_not_a_name() -> None:
    assert who("国家卫生健康委直属机关党委常务副书记") == ("国家卫生健康委直属机关党委常务副书记", "post")
    assert who("北京市市长") == ("北京市市长", "post")
    assert who("全国妇联副主席、书记处书记孙丽") == ("孙丽", "person")


def test_a_page_that_names_no_group_speaks_of_it_by_its_kind() -> None:
    page = (
        "三、其他事项\n领导小组办公室设在省民政厅，承担领导小组日常工作。办公室主任由省民政厅厅长王立新兼任。"
        "领导小组成员因工作变动需要调整的，由所在单位提出。\n"
    )
    assert seats(page) == {
        ("领导小组", "省民政厅", "org", "办公室设在"),
        ("领导小组", "王立新", "person", "办公室主任"),
    }


def test_a_group_named_elsewhere_is_not_joined_by_its_kind_alone() -> None:
    found = seats(HEAD + "领导小组办公室设在市林业局。")
    assert found == {(G, "市林业局", "org", "办公室设在")}


def test_a_body_named_after_the_body_it_belongs_to() -> None:
    raw = (
        "经研究，决定成立某某委员会精神文明建设指导委员会（以下简称“某某文明委”）。\n"
        "某某文明委下设办公室，办公室设在机关党委。\n"
    )
    [doc] = docs(raw)
    assert [(g.name, g.aliases) for g in doc.groups] == [("某某委员会精神文明建设指导委员会", ("某某文明委",))]


def test_names_a_space_apart_with_a_rarer_surname_among_them_and_a_county_s_组织员() -> None:
    raw = HEAD + "副组长：称丹波 史久磊 杨 光\n成  员：施立挺 县委组织员\n杨振宇 总工会主席\n"
    assert {
        (G, "称丹波", "person", "副组长"),
        (G, "史久磊", "person", "副组长"),
        (G, "杨光", "person", "副组长"),
        (G, "施立挺", "person", "成员"),
        (G, "杨振宇", "person", "成员"),
    } <= seats(raw)


def test_a_group_set_up_as_made_of_bodies_named_before_it() -> None:
    raw = "关于开展地名普查试点的通知\n省政府决定，成立由省民政厅、省海洋渔业局等有关单位组成的地名普查试点领导小组。\n组长：王一亮 副省长\n"
    group = "地名普查试点领导小组"
    assert seats(raw) == {
        (group, "省民政厅", "org", "成员单位"),
        (group, "省海洋渔业局", "org", "成员单位"),
        (group, "王一亮", "person", "组长"),
    }


def test_seats_and_member_departments_listed_before_the_group_they_make() -> None:
    raw = (
        "某区经济普查大事记\n区政府决定成立某区经济普查领导小组，同时公布了由区委常委、常务副区长任组长，区府办副主任为副组长，区经发局、区建设局、区民政局等十八个"
        "部门领导组成的某区经济普查领导小组成员名单。\n"
    )
    group = "某区经济普查领导小组"
    assert {(group, body, "org", "成员") for body in ("区经发局", "区建设局", "区民政局")} <= seats(raw)


def test_a_page_that_speaks_of_its_city_s_command_by_kind() -> None:
    page = "总 指 挥：分管副市长\n成 员：市委宣传部、市应急办\n3.2 市指挥部办公室\n市指挥部下设办公室，办公室设在市外事侨务局。\n"
    assert {("市指挥部", "分管副市长", "post", "总指挥"), ("市指挥部", "市应急办", "org", "成员")} <= seats(page)


def test_a_command_set_up_with_its_head_named_before_it() -> None:
    raw = "某省调整防控指挥部组成人员\n某省决定成立由省委书记、省长任指挥长的某省疫情防控指挥部。\n"
    [doc] = docs(raw)
    assert [g.name for g in doc.groups] == ["某省疫情防控指挥部"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plan's body named with its office, never said to be set up
            "一、组织机构\n某某市突发动物疫情应急指挥部办公室设在市农业农村局，由市农业农村局局长兼任办公室主任。",
            {
                ("某某市突发动物疫情应急指挥部", "市农业农村局", "org", "办公室设在"),
                ("某某市突发动物疫情应急指挥部", "市农业农村局局长", "post", "办公室主任"),
            },
        ),
        (  # the place that speaks is not the group's name
            "我乡将防汛工作领导小组办公室设在乡农业服务中心。",
            {("防汛工作领导小组", "乡农业服务中心", "org", "办公室设在")},
        ),
        (  # a short name is no group of its own
            f"为加强领导，成立{G}。市领导小组办公室设在市林业局。",
            {(G, "市林业局", "org", "办公室设在")},
        ),
        (  # the office placed by 设办公室在 and by 在X下设办公室
            f"成立{G}。领导小组设办公室在市林业局，承担日常工作。",
            {(G, "市林业局", "org", "办公室设在")},
        ),
        (
            f"成立{G}。领导小组在市应急管理局下设办公室，负责日常工作。",
            {(G, "市应急管理局", "org", "办公室设在")},
        ),
        (  # the office under the group itself: placed in no body
            f"成立{G}。在领导小组下设办公室，负责日常工作。",
            set(),
        ),
    ],
)
def test_an_office_placed_names_its_group(text: str, expected: set) -> None:
    assert seats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an office's staff by their posts, after what they hold
            "下设办公室，由市林业局局长张小华兼任办公室主任，领导小组成员单位有关科室负责同志担任办公室成员。",
            {
                (G, "张小华", "person", "办公室主任"),
                (G, "领导小组成员单位有关科室负责同志", "post", "办公室成员"),
            },
        ),
        (  # bodies whose heads staff the office
            "下设办公室，规划科、计财科主要负责人为办公室成员。",
            {(G, "规划科", "org", "办公室成员"), (G, "计财科", "org", "办公室成员")},
        ),
    ],
)
def test_an_office_s_staff(text: str, expected: set) -> None:
    assert seats(HEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各成员单位要明确一名联络员，负责日常联系。", set()),  # what each body must do: a duty
        ("各成员单位指定一位科员作为领导小组的联络员。", {(G, "各成员单位指定一位科员", "post", "联络员")}),
        ("各成员单位法制工作人员为领导小组联络员。", {(G, "各成员单位法制工作人员", "post", "联络员")}),
        ("要求各成员单位明确联络员，互通信息。", set()),  # a requirement: no seat counted
        ("明确一名干部为联络员。", set()),  # no holder named before the verb
    ],
)
def test_liaisons_named_by_their_bodies(text: str, expected: set) -> None:
    assert seats(HEAD + text) == expected


def test_a_numbered_item_s_group_is_named_without_its_number() -> None:
    """ "1.联席会议由…组成": the item's number is not part of the group's name, so the members join the group the
    document sets up."""
    text = (
        "关于建立某市科普工作联席会议制度的通知\n为加强全市科普工作，建立某市科普工作联席会议制度。\n"
        "二、组织形式\n1.联席会议由市委宣传部、市科技局、市教育局组成。"
    )
    (doc,) = docs(text)
    assert {(m.group, m.member) for m in doc.memberships} == {
        ("某市科普工作联席会议", "市委宣传部"),
        ("某市科普工作联席会议", "市科技局"),
        ("某市科普工作联席会议", "市教育局"),
    }


def test_member_units_named_as_attending_with_their_group_s_name_and_others_after_them() -> None:
    """A meeting's news: "A、B等<group>成员单位及…，C全体干部参加会议" names the group's member units."""
    text = (
        "某区部署防汛工作\n副区长、区防汛抗旱指挥部指挥长王一鸣出席会议并讲话。区应急局、区水务局等区防汛抗旱指挥部"
        "成员单位及各乡镇分管领导，区气象局全体干部参加会议。"
    )
    (doc,) = docs(text)
    units = {(m.member, m.role) for m in doc.memberships if m.member_type == "org"}
    assert units == {("区应急局", "成员单位"), ("区水务局", "成员单位")}


def test_seats_a_meeting_settles_and_two_deputies_joined_by_和() -> None:
    text = (
        "某学院召开党政联席扩大会议\n经过民主讨论，会议确定了以“科学建院”为学院学习实践活动的活动载体，并确定了以杨一进为"
        "组长，王二斌和许三丝为副组长的学院学习实践活动领导小组及办公室的组成人员。"
    )
    group = "学院学习实践活动领导小组"
    assert seats(text) >= {
        (group, "杨一进", "person", "组长"),
        (group, "王二斌", "person", "副组长"),
        (group, "许三丝", "person", "副组长"),
    }


def test_a_group_named_after_its_clause_s_number_in_a_rule_run_together() -> None:
    text = (
        "安全管理机构设置管理制度\n4.1.1设置安全生产领导小组作为公司安全生产管理机构。"
        "4.1.5安全生产领导小组成员由各部门经理和主管组成。"
    )
    assert {(g, m) for g, m, _, _ in seats(text)} == {("安全生产领导小组", "各部门经理"), ("安全生产领导小组", "主管")}


def test_members_after_their_seat_word_as_bodies_posts_or_people() -> None:
    head = "关于成立某大学招标采购工作领导组的通知\n经研究决定，成立某大学招标采购工作领导组。"
    group = "某大学招标采购工作领导组"
    text = head + "领导组组长由分管资产管理工作的校领导担任，固定成员为财务处、审计处、资产管理处主要负责人。"
    assert {(m, t, r) for g, m, t, r in seats(text) if g == group and r != "组长"} == {
        ("财务处", "org", "固定成员"),
        ("审计处", "org", "固定成员"),
        ("资产管理处", "org", "固定成员"),
    }
    text = head + "领导组组长为副校长张一，成员为财务处处长李二、审计处处长王三。"
    assert seats(text) == {
        (group, "张一", "person", "组长"),
        (group, "李二", "person", "成员"),
        (group, "王三", "person", "成员"),
    }
    assert not {s for s in seats(head + "各成员单位为本次工作的责任主体。") if s[3] != "组长"}


def test_numbered_label_lines_with_the_seat_s_duty_after_its_holder() -> None:
    text = (
        "某学院行政工作领导小组工作章程\n第二条 某学院行政工作领导小组是学院行政管理的机构。\n"
        "第四条 行政工作领导小组由以下成员组成:\n1.组长:学院院长,全面负责行政工作领导小组的工作。\n"
        "（2）副组长：王一鸣\n"
    )
    assert {(m, r) for _, m, _, r in seats(text)} == {("学院院长", "组长"), ("王一鸣", "副组长")}


def test_a_seat_s_duties_after_its_label_name_no_holder() -> None:
    text = (
        "关于全面推行林长制的实施方案\n全面推行林长制。\n三、林长职责\n（一）区级林长：在责任区域贯彻落实中央、省、市"
        "生态文明建设的决策部署，组织制定森林资源保护发展目标任务。\n"
    )
    assert not seats(text)


def test_a_chiefs_table_whose_first_cell_is_a_river_named_like_a_person() -> None:
    text = (
        "某市市级河长名单\n为加强某市河长制工作的组织领导，全面推行河长制，现将市级河长名单公告如下：\n一、市级河长\n"
        "茅洲河 | 王一中 | 市委副书记、市长 |\n龙岗河 | 张二勇 | 市委常委 |\n"
    )
    assert {(m, r) for _, m, _, r in seats(text)} == {("王一中", "河长"), ("张二勇", "河长")}


def test_working_groups_formed_of_people_drawn_with_their_leaders_seats() -> None:
    text = (
        "某县服务虫草采集农牧民\n县上抽调以法、检、公、司主要领导为组长，各相关单位工作人员为成员的，共300余人组建成4个"
        "联合工作组，负责虫草产区的矛盾隐患的排查调处等工作。"
    )
    assert ("联合工作组", "法、检、公、司主要领导", "post", "组长") in {
        (g.removeprefix("4个"), m, t, r) for g, m, t, r in seats(text)
    }


def led_by(raw: str) -> set[tuple[str, str, str]]:
    """(team, leader, role) of every delegation's leader a one-document text names."""
    (doc,) = docs(raw)
    return {(m.group, m.member, m.role) for m in doc.memberships if m.evidence.rule == "groups.delegation"}


def test_a_delegation_s_leaders_with_the_text_s_verb() -> None:
    """News of a visit: "A、B率X考察团赴Y" seats its leaders in the team (role the verb), a post of the name
    after it ("区委常委、统战部长A") going on with the list, and a time after the name ("A于18日下午，带领…")."""
    text = (
        "某区考察团赴某市考察\n5月3日, 某区委常委、统战部长周立群、区政协副主席赵一帆率某区统一战线考察团赴某市"
        "开展考察活动。\n某省副省长钱二明于18日下午，带领由省应急、民政等部门负责同志组成的省政府工作组乘机前往灾区。"
    )
    assert led_by(text) == {
        ("某区统一战线考察团", "周立群", "率"),
        ("某区统一战线考察团", "赵一帆", "率"),
        ("省政府工作组", "钱二明", "带领"),
    }
    assert not led_by("某县召开大会\n县长孙立率领全县干部群众赴一线抗洪。会议由他带领大家学习。")


def test_a_team_s_leaders_by_带队() -> None:
    """ "X考察团由A、B带队" and "由A带队的X工作组": each leader in the team, role 带队; not one who leads no team."""
    text = (
        "某市考察团赴某县考察\n5月3日，某市考察团一行12人由副市长周立群、市商务局局长赵一帆带队，赴某县考察。\n"
        "由县委副书记钱二明带队的县政府工作组，深入乡镇检查。\n孙立带队来到现场。"
    )
    assert led_by(text) == {
        ("某市考察团", "周立群", "带队"),
        ("某市考察团", "赵一帆", "带队"),
        ("县政府工作组", "钱二明", "带队"),
    }


def test_a_team_named_with_its_people_and_no_seat() -> None:
    """ "县工作专班A、B、C等同志到会指导": the team's people, 成员 (no seat is named); not a list of other words."""
    (doc,) = docs("某镇召开对接会\n会上，县工作专班周立群、赵一帆、钱二明等同志到会指导。")
    named = {(m.group, m.member, m.role) for m in doc.memberships if m.evidence.rule == "groups.team-named"}
    assert named == {("县工作专班", name, "成员") for name in ("周立群", "赵一帆", "钱二明")}
    (doc,) = docs("某镇召开对接会\n县工作专班落实整改、督导检查等同志到会。")
    assert not [m for m in doc.memberships if m.evidence.rule == "groups.team-named"]


def test_people_named_then_the_seat_they_all_take() -> None:
    """ "A、B、C等出任X学术委员会委员": each named person (after a post, or a title that is none) in the seat."""
    (doc,) = docs(
        "某实验室启动会举行\n某大学副校长周立群,某科学院院士赵一帆、钱二明,某所研究员孙三立等出任某实验室第一届学术委员会委员。"
    )
    seated = {(m.group, m.member, m.role) for m in doc.memberships if m.evidence.rule == "groups.seated-all"}
    assert seated == {("某实验室第一届学术委员会", name, "委员") for name in ("周立群", "赵一帆", "钱二明", "孙三立")}


def test_a_working_group_s_member_bodies_under_成员部门() -> None:
    """ "成员部门：A、B" (as "成员单位：") lists a working group's member bodies, by the text's word, spaces or 、 apart."""
    text = (
        "某市应急预案\n一、成立应急工作组\n1、信息工作组\n组 长：市应急局局长周立群\n成员部门：市气象局、市统计局\n"
        "职 责：收集信息。\n2、安全保卫组\n组 长：市公安局副局长赵一帆\n成员部门：市司法局 市交通局\n职 责：维护秩序。"
    )
    assert {(g, m, t, r) for g, m, t, r in seats(text) if r == "成员部门"} == {
        ("信息工作组", "市气象局", "org", "成员部门"),
        ("信息工作组", "市统计局", "org", "成员部门"),
        ("安全保卫组", "市司法局", "org", "成员部门"),
        ("安全保卫组", "市交通局", "org", "成员部门"),
    }


def test_a_group_named_then_who_holds_each_seat_and_防总_as_a_command_s_short_name() -> None:
    """ "长江防总由某省省长担任总指挥，长江委主任担任常务副总指挥" names the group and its seats (a news report sets
    nothing up); "国家防总副总指挥、水利部部长陈立" holds a seat in a command by its usual short name."""
    (doc,) = docs(
        "某省防汛工作会议召开\n7月14日，国家防总副总指挥、水利部部长陈立出席会议。"
        "长江防总由某省省长担任总指挥，长江委主任担任常务副总指挥。"
    )
    assert {(m.group, m.member, m.role) for m in doc.memberships} == {
        ("国家防总", "陈立", "副总指挥"),
        ("长江防总", "某省省长", "总指挥"),
        ("长江防总", "长江委主任", "常务副总指挥"),
    }


def test_a_presidium_s_seat_then_its_holders_after_为() -> None:
    """ "主席团常务主席为A、B、C": each holds the seat (as "组长为A"), in the presidium the report names."""
    (doc,) = docs(
        "某区人大会议主席团举行第一次会议\n会议表决通过了某区第五届人民代表大会第二次会议主席团常务主席名单。"
        "主席团常务主席为周立群、赵一帆、钱二明。"
    )
    seated = {(m.member, m.role) for m in doc.memberships if m.evidence.rule == "groups.seat-is"}
    assert seated == {(name, "常务主席") for name in ("周立群", "赵一帆", "钱二明")}
    assert {m.group for m in doc.memberships} == {"某区人大会议主席团"}


def test_holders_counted_without_等_before_出任() -> None:
    """ "A和B两位同志出任副主任": the count and 出任 are no part of the holders ("…两位同志出" is no one)."""
    (doc,) = docs(
        "某中学举行委员会成立仪式\n会上宣布成立校园防欺凌委员会。文一铭校长担任委员会主任；"
        "法治副校长赵一帆和德育处主任钱二明两位同志出任副主任。"
    )
    assert {(m.member, m.role) for m in doc.memberships} == {
        ("文一铭", "主任"),
        ("赵一帆", "副主任"),
        ("钱二明", "副主任"),
    }
