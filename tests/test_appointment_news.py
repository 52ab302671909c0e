"""Appointments as news reports and congress decisions word them.

The texts are made up (names, places and bodies invented); each has the shape
of a sentence found in corpus/ documents.
"""

from __future__ import annotations

from pathlib import Path

from kg.mapped import MappedText
from kg.pipeline import extract_documents
from kg.reading import Source


def appointments(raw: str) -> set[tuple[str, str, str | None, str]]:
    docs = extract_documents(Source(Path("news.txt"), raw, "utf-8", MappedText.identity(raw)))
    return {(a.person, a.action, a.org, a.post) for d in docs for a in d.appointments}


def test_a_list_of_new_holders_after_a_dash_in_a_report_of_posts_changing_hands() -> None:
    raw = (
        "三位市级政府秘书长换人\n近一周来，至少有三位秘书长人选也相继确认——\n王立新任某甲市政府秘书长，\n"
        "陈建刚任某乙市政府秘书长。\n"
    )
    assert appointments(raw) == {
        ("王立新", "任命", "某甲市政府", "秘书长"),
        ("陈建刚", "任命", "某乙市政府", "秘书长"),
    }


def test_a_decision_announced_a_comma_before_its_removals_and_a_proposal_that_decides_nothing() -> None:
    raw = (
        "某区召开领导干部大会\n5月8日，某区召开全区领导干部大会。会议宣布中共某市委决定，孙一同志不再担任中共某市某区委员会"
        "书记、常委、委员职务，刘二东同志任中共某市某区委员会书记，郅三杰同志任中共某市某区委员会委员、常委、副书记。"
        "市委建议，免去刘二东同志某市某区人民政府区长职务。\n"
    )
    org = "中共某市某区委员会"
    assert appointments(raw) == {
        *(("孙一", "免去", org, post) for post in ("书记", "常委", "委员")),
        ("刘二东", "任命", org, "书记"),
        *(("郅三杰", "任命", org, post) for post in ("委员", "常委", "副书记")),
    }


def test_several_people_removed_after_the_first_in_one_免去() -> None:
    raw = (
        "某大学召开干部大会\n会上宣读了任免决定：免去刘一同志的中共某大学委员会副书记，邱二、陈三同志的中共某大学委员会"
        "常委、委员职务。\n"
    )
    org = "中共某大学委员会"
    assert appointments(raw) == {
        ("刘一", "免去", org, "副书记"),
        *((name, "免去", org, post) for name in ("邱二", "陈三") for post in ("常委", "委员")),
    }


def test_numbered_removals_and_ambassadors_posts_in_their_embassies() -> None:
    raw = (
        "国家主席任免驻外大使\n根据全国人民代表大会常务委员会的决定任免下列驻外大使：\n"
        "一、免去赵一（女）的中华人民共和国驻甲乙共和国特命全权大使职务；\n任命钱二为中华人民共和国驻甲乙共和国特命全权大使。\n"
        "二、免去孙三的中华人民共和国驻丙丁王国特命全权大使职务；\n"
    )
    assert appointments(raw) == {
        ("赵一", "免去", "中华人民共和国驻甲乙共和国", "特命全权大使"),
        ("钱二", "任命", "中华人民共和国驻甲乙共和国", "特命全权大使"),
        ("孙三", "免去", "中华人民共和国驻丙丁王国", "特命全权大使"),
    }


def test_其_after_a_disciplinary_clause_is_the_one_it_names() -> None:
    raw = (
        "某省纪委通报典型问题\n某市纪委分别给予赵一党内严重警告和政务记大过处分，市委决定免去其青峰区委常委、青峰区政府"
        "副区长职务。\n"
    )
    assert appointments(raw) == {("赵一", "免去", "青峰区委", "常委"), ("赵一", "免去", "青峰区政府", "副区长")}


def test_a_decision_adopted_by_its_title_that_decides_to_appoint() -> None:
    raw = (
        "某省人大常委会会议召开\n会议表决通过了《甲省人民代表大会常务委员会关于决定任命陈二为甲省人民政府副省长、"
        "代理省长的决定》。\n"
    )
    assert appointments(raw) == {
        ("陈二", "任命", "甲省人民政府", "副省长"),
        ("陈二", "任命", "甲省人民政府", "代理省长"),
    }


def test_posts_removed_go_on_past_a_comma_in_another_body() -> None:
    raw = (
        "某市委书记调整\n省委决定：钱二同志任中共甲乙市委副书记，免去其中共丙丁市委常委、委员，中共丙丁市戊己区委书记、"
        "常委职务；免去孙三同志的中共甲乙市委书记职务。\n"
    )
    assert appointments(raw) == {
        ("钱二", "任命", "中共甲乙市委", "副书记"),
        ("钱二", "免去", "中共丙丁市委", "常委"),
        ("钱二", "免去", "中共丙丁市委", "委员"),
        ("钱二", "免去", "中共丙丁市戊己区委", "书记"),
        ("钱二", "免去", "中共丙丁市戊己区委", "常委"),
        ("孙三", "免去", "中共甲乙市委", "书记"),
    }


def test_a_ministry_appoints_and_the_later_holders_of_the_same_title_are_of_the_same_body() -> None:
    raw = (
        "某大学新闻\n新闻中心讯 4月28日,教育部任命陈一为甲大学常务副校长(正局级),蔡二、桂三为副校长,钱四为甲市副市长。"
        "因年龄原因,免去张五的常务副校长职务。\n"
    )
    assert appointments(raw) == {
        ("陈一", "任命", "甲大学", "常务副校长"),
        ("蔡二", "任命", "甲大学", "副校长"),
        ("桂三", "任命", "甲大学", "副校长"),
        ("钱四", "任命", "甲市", "副市长"),
        ("张五", "免去", None, "常务副校长"),
    }


def test_a_subjectless_不再担任_after_an_appointment_is_the_one_appointed_s() -> None:
    raw = (
        "某市省会书记获补\n某市昨天召开干部会议：经中央批准，王一鸣同志任甲省委常委、省纪委书记，不再担任乙市委书记、常委。"
        "同日，赵六任丙省委常委、西川市委书记。\n"
    )
    assert appointments(raw) == {
        ("王一鸣", "任命", "甲省委", "常委"),
        ("王一鸣", "任命", "省纪委", "书记"),
        ("王一鸣", "免去", "乙市委", "书记"),
        ("王一鸣", "免去", "乙市委", "常委"),
        ("赵六", "任命", "丙省委", "常委"),
        ("赵六", "任命", "西川市委", "书记"),
    }


def test_an_acting_post_decided_for_the_person_just_appointed() -> None:
    raw = (
        "市人大常委会决定王立新为代理市长\n今日，市人大常委会会议决定任命王立新为市人民政府副市长，并决定为代理市长。\n"
    )
    assert appointments(raw) == {
        ("王立新", "任命", "市人民政府", "副市长"),
        ("王立新", "任命", "市人民政府", "代理市长"),
    }


def posts(raw: str) -> set[tuple[str, str | None, str]]:
    docs = extract_documents(Source(Path("news.txt"), raw, "utf-8", MappedText.identity(raw)))
    return {(p.person, p.org, p.post) for d in docs for p in d.person_posts}


def test_a_person_with_his_post_before_同志_and_members_of_a_congress_committee() -> None:
    raw = (
        "县人大常委会召开会议\n会议审议表决通过有关人事任免事项，任命县委副书记纪一清同志为县人民政府副县长、代理县长；"
        "任命方二春、曹三球为区人大常委会代表资格审查委员会组成人员。\n"
    )
    committee = "区人大常委会代表资格审查委员会"
    assert appointments(raw) == {
        ("纪一清", "任命", "县人民政府", "副县长"),
        ("纪一清", "任命", "县人民政府", "代理县长"),
        ("方二春", "任命", committee, "组成人员"),
        ("曹三球", "任命", committee, "组成人员"),
    }


def test_a_roll_call_of_the_congress_s_leaders_is_no_seat_in_a_committee_it_adjusts() -> None:
    raw = (
        "区人大常委会举行会议\n会议审议了关于提请调整某市某区第四届人民代表大会常务委员会代表资格审查委员会组成人员名单的议案。"
        "区人大常委会主任吴一莱主持会议。区人大常委会副主任梁二伦、丁三成以及常委会委员出席会议。会议确定区科技局局长李四虎、"
        "区水利和湖泊局局长刘五峰为测评对象。\n"
    )
    [doc] = extract_documents(Source(Path("news.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert not doc.memberships
    assert {("吴一莱", "区人大常委会", "主任"), ("丁三成", "区人大常委会", "副主任")} <= posts(raw)
    assert {("李四虎", "区科技局", "局长"), ("刘五峰", "区水利和湖泊局", "局长")} <= posts(raw)
    assert not any(person in ("丁三成以", "区水利") for person, _, _ in posts(raw))


def test_posts_as_labels_over_their_holders_run_into_one_line() -> None:
    raw = "某市各区新一届党政一把手到任\n他们分别是：\n甲南区委书记：王一甲南区代区长：刘二东\n乙州市委书记：谢三村乙州市市长：赵四\n"
    assert posts(raw) == {
        ("王一", "甲南区委", "书记"),
        ("刘二东", "甲南区", "代区长"),
        ("谢三村", "乙州市委", "书记"),
        ("赵四", "乙州市", "市长"),
    }


def test_a_department_s_head_listed_after_another_post_is_no_person_named_by_its_field() -> None:
    raw = "某市政府领导班子成员有所变动\n近期，原副市长王一玲因被任命为市委常委、宣传部长，不再担任副市长职务。\n"
    assert not any(person == "宣传" for person, _, _ in posts(raw))


def test_a_directory_of_leaders_each_deputy_in_the_body_named_above() -> None:
    raw = (
        "【领导名录】\n区委书记：吕一瑞\n副书记：吴二俊（满族）\n巴图（蒙古族）\n列夫（蒙古族）\n武三强\n人大常委会主任：闫四林\n"
        "副主任：云五义（蒙古族）\n***（蒙古族）\n何六清（满族）\n"
    )
    found = posts(raw)
    assert {("吕一瑞", "区委", "书记"), ("吴二俊", "区委", "副书记"), ("列夫", "区委", "副书记")} <= found
    assert {
        ("武三强", "区委", "副书记"),
        ("云五义", "人大常委会", "副主任"),
        ("何六清", "人大常委会", "副主任"),
    } <= found


def test_a_name_is_not_read_with_the_任_after_it() -> None:
    raw = "应一勇任指挥长 某省调整防控指挥部组成人员\n会议决定，万二勇任副省长。\n"
    assert not any(person.endswith("任") for person, _, _ in posts(raw))


def test_posts_won_at_an_election_each_bare_post_in_the_body_elected_before_it() -> None:
    raw = (
        "某区两会闭幕\n"
        "昨天，某区人民代表大会闭幕。其中，吴立平当选某区第九届人民代表大会常务委员会主任，"
        "郑海、孙明当选为副主任，钱亮等21人当选为新一届某区人大常委会委员。\n"
        "有3人为新当选，分别为原副区长李秋。\n"
    )
    body = "某区第九届人民代表大会常务委员会"
    assert posts(raw) >= {
        ("吴立平", body, "主任"),
        ("郑海", body, "副主任"),
        ("孙明", body, "副主任"),
        ("钱亮", "某区人大常委会", "委员"),
    }
    assert not {p for p in posts(raw) if p[0] in ("有3人为新", "李秋") and p[2] != "副区长"}


def test_a_list_of_leaders_each_name_a_label_over_the_posts_held() -> None:
    raw = (
        "某市政府领导\n截至目前，某市人民政府领导名单如下：\n"
        "- 王一鸣：某市委副书记，市政府党组书记。\n- 李立：某市人民政府副市长，某市科协主席，省政协某委副主任（兼）。\n"
        "组长：某市委副书记\n"
    )
    got = posts(raw)
    assert {("王一鸣", "某市委", "副书记"), ("李立", "某市人民政府", "副市长"), ("李立", "某市科协", "主席")} <= got
    assert ("李立", "省政协某委", "副主任") in got
    assert not {p for p in got if p[0] == "组长"}


def test_a_leader_s_name_on_its_own_line_over_his_title_and_duties() -> None:
    raw = (
        "某省政府领导同志分工\n具体分工如下：\n王一鸣\n省长，主持省政府全面工作。负责省政府机关、审计方面工作。\n"
        "赵三平\n副省长兼任省公安厅厅长，负责公安、司法方面工作。\n"
    )
    assert posts(raw) == {
        ("王一鸣", None, "省长"),
        ("赵三平", None, "副省长"),
        ("赵三平", "省公安厅", "厅长"),
    }
    [doc] = extract_documents(Source(Path("x.txt"), raw, "utf-8", MappedText.identity(raw)))
    headings = {t.key: t.heading for t in doc.tasks}
    got = {(a.actor, headings.get(a.task, a.task)) for a in doc.assignments}
    assert got == {("王一鸣", "省政府机关、审计方面工作"), ("赵三平", "公安、司法方面工作")}


def test_an_acting_leader_opening_his_clause_and_one_who_speaks_on_the_leader_s_behalf() -> None:
    raw = "某省政府领导分工\n代省长王一鸣领导省政府全面工作。负责财政、审计方面工作。\n张三同志代市长李四作报告。\n"
    got = posts(raw)
    assert ("王一鸣", None, "代省长") in got
    assert ("李四", None, "市长") in got


def test_several_who_no_longer_hold_a_post_in_a_report_of_a_session() -> None:
    raw = "某区两会闭幕\n同时，廉一、邱二达不再担任区人大常委会副主任职务。\n他表示，自己不再担任教练。\n"
    assert appointments(raw) == {
        ("廉一", "免去", "区人大常委会", "副主任"),
        ("邱二达", "免去", "区人大常委会", "副主任"),
    }


def test_a_post_after_为_starts_after_it() -> None:
    raw = "某市成立某工作领导小组\n领导小组副组长为市委常委、常务副市长李立新，市政府秘书长钱四海。\n"
    got = posts(raw)
    assert not [p for p in got if "为" in (p[1] or "") + p[2]]


def test_a_report_that_a_district_adjusted_its_leaders_posts_announces_appointments() -> None:
    raw = "某区党政一把手调整\n近日，某市某区调整党政主要领导职务：高一鹏任某区委书记，孙二民任某区委副书记。\n"
    assert appointments(raw) == {("高一鹏", "任命", "某区委", "书记"), ("孙二民", "任命", "某区委", "副书记")}


def test_the_posts_of_the_people_a_disciplinary_report_names() -> None:
    raw = (
        "某区通报失职失责问题\n给予某镇副镇长、某镇森林防火工作领导小组常务副组长王一鸣政务警告处分。\n"
        "给予某村党支部书记兼村民委员会主任、某村包村组组长李立新党内警告处分。\n"
    )
    assert posts(raw) == {
        ("王一鸣", "某镇", "副镇长"),
        ("李立新", "某村党支部", "书记"),
        ("李立新", "村民委员会", "主任"),
    }


def test_the_posts_a_person_acts_in_以_职务_or_身份() -> None:
    raw = "某市新任副市长\n此前，王一鸣已以某市政府党组副书记职务出席有关活动；李立新则已以某市政府党组成员、某市规划局党组书记身份亮相。\n"
    assert posts(raw) >= {
        ("王一鸣", "某市政府", "党组副书记"),
        ("李立新", "某市政府", "党组成员"),
        ("李立新", "某市规划局", "党组书记"),
    }


def test_posts_an_election_gives_clause_after_clause_after_选举() -> None:
    raw = (
        "某市政协会议举行全体会议\n会议选举王一鸣为政协第九届某市委员会主席，李立新、赵三平（女）为政协第九届某市委员会副主席，"
        "钱四海为秘书长（兼），孙五等68位委员当选为新一届市政协常委。\n"
    )
    body = "政协第九届某市委员会"
    assert posts(raw) == {
        ("王一鸣", body, "主席"),
        ("李立新", body, "副主席"),
        ("赵三平", body, "副主席"),
        ("钱四海", body, "秘书长"),
        ("孙五", "市政协", "常委"),
    }


def test_a_decision_announced_at_a_meeting_appoints_those_it_names() -> None:
    raw = "某大学书记、校长双调整\n7月28日，某大学召开干部教师大会，宣布省委决定：谢一星任某大学党委书记，刘二平任某大学校长。\n"
    assert appointments(raw) == {("谢一星", "任命", "某大学", "党委书记"), ("刘二平", "任命", "某大学", "校长")}


def test_each_person_s_new_posts_after_the_last_one_s_removal() -> None:
    """ "A任X，免去其Y职务；B任Z，免去其W职务": after a removal, the next person's 任 appoints; a zone's 管委会
    after its 党工委 names its own body."""
    raw = (
        "某区召开领导干部大会\n会上宣布了市委决定：钱立同志任区党工委副书记、管委会主任，免去其市科技局局长职务；"
        "孙海同志任市生态环境局局长，免去其区管委会主任职务。\n"
    )
    assert appointments(raw) == {
        ("钱立", "任命", "区党工委", "副书记"),
        ("钱立", "任命", "管委会", "主任"),
        ("钱立", "免去", "市科技局", "局长"),
        ("孙海", "任命", "市生态环境局", "局长"),
        ("孙海", "免去", "区管委会", "主任"),
    }


def test_news_of_transfers_appoints_each_one_named_after_the_post_held_before() -> None:
    raw = (
        "多所高校领导班子调整\n新华社北京2月6日电 教育部近日对多所高校领导班子进行调整。某工业大学党委书记郭一成调任"
        "某理工大学党委书记，柯二生出任某农业大学校长；某市委书记王三已调任某省委常委、宣传部部长。\n"
    )
    assert appointments(raw) == {
        ("郭一成", "任命", "某理工大学", "党委书记"),
        ("柯二生", "任命", "某农业大学", "校长"),
        ("王三", "任命", "某省委", "常委"),
        ("王三", "任命", "某省委", "宣传部部长"),
    }


def test_the_steps_of_a_career_after_their_dates_are_no_news_of_a_transfer() -> None:
    raw = "某区新任区长简历\n王四东，1975年生。2016年6月，王四东出任某县委副书记，同年12月，王四东出任某县县长。\n"
    assert appointments(raw) == set()


def test_who_agreed_before_a_comrade_s_new_post_and_a_removal_between() -> None:
    raw = (
        "某市委召开全市领导干部会议\n会议宣布了中央和省委的决定：中央批准王一同志任中共某省委常委，免去王一同志中共某市委"
        "书记职务；中央批准徐二荣同志任某省委常委，省委决定徐二荣同志任某市委书记。\n"
    )
    assert appointments(raw) >= {
        ("王一", "任命", "中共某省委", "常委"),
        ("王一", "免去", "中共某市委", "书记"),
        ("徐二荣", "任命", "某省委", "常委"),
        ("徐二荣", "任命", "某市委", "书记"),
    }


def test_the_decision_read_out_about_adjusting_leaders_is_in_force_in_the_next_sentence() -> None:
    raw = (
        "某市召开全市领导干部大会\n昨日下午，某市召开全市领导干部大会。\n省委组织部副部长李三主持大会，并宣读省委关于调整"
        "某市党政主要领导的决定。上官四庆任中共某市委书记，不再担任某市人民政府市长职务。\n"
    )
    assert ("上官四庆", "任命", "中共某市委", "书记") in appointments(raw)


def test_ambassadors_to_a_federation_a_union_of_states_and_a_mission() -> None:
    raw = (
        "国家主席任免驻外大使\n一、免去张五的中华人民共和国驻某某合众国特命全权大使职务；\n任命陈六为中华人民共和国驻某某联邦"
        "特命全权大使。\n二、任命蒋七为中华人民共和国驻某盟使团团长、特命全权大使。\n"
    )
    assert appointments(raw) == {
        ("张五", "免去", "中华人民共和国驻某某合众国", "特命全权大使"),
        ("陈六", "任命", "中华人民共和国驻某某联邦", "特命全权大使"),
        ("蒋七", "任命", "中华人民共和国驻某盟使团", "团长"),
        ("蒋七", "任命", "中华人民共和国驻某盟使团", "特命全权大使"),
    }


def test_a_removal_named_after_the_post_held_or_before_it() -> None:
    raw = (
        "某市委主要领导职务变动\n会议宣读了省委关于某市委主要领导职务变动的决定：某市委副书记、市长毛一兵任中共某市委书记；"
        "某省委副书记王二军不再担任中共某市委书记、常委职务。\n"
        "某医院召开干部大会\n会议宣布了省委组织部决定：张三同志任某医院党委书记，王四斌院长不再兼任某医院党委书记。\n"
    )
    found = appointments(raw)
    assert {("王二军", "免去", "中共某市委", "书记"), ("王四斌", "免去", "某医院", "党委书记")} <= found
    assert not {a for a in found if a[0] == "张三" and a[1] == "免去"}


def test_和_inside_a_name_joins_no_two_people() -> None:
    raw = "某省人大常委会任免名单\n任命郑和平为某省人民政府副省长、代省长。\n任命孙红梅和刘苏社为某市政府副秘书长。\n"
    assert appointments(raw) == {
        ("郑和平", "任命", "某省人民政府", "副省长"),
        ("郑和平", "任命", "某省人民政府", "代省长"),
        ("孙红梅", "任命", "某市政府", "副秘书长"),
        ("刘苏社", "任命", "某市政府", "副秘书长"),
    }


def test_removals_stated_as_a_sanction() -> None:
    raw = (
        "某市通报森林火灾问责情况\n经市委常委会研究，对林业局副局长、市森林防火办公室主任胡一龙，森林公安局局长"
        "王二旦免职。\n区执法局执法中队中队长汪三济受到党内警告处分，并免职处理。\n"
        "刘四荣被免去某县水土保持管理局局长一职，并给予党内严重警告处分。\n对不履职的人员予以免职。\n"
        "7月12日，张五欣因涉嫌违纪被免去某市委书记、常委职务。\n"
    )
    assert appointments(raw) == {
        ("胡一龙", "免去", "林业局", "副局长"),
        ("胡一龙", "免去", "市森林防火办公室", "主任"),
        ("王二旦", "免去", "森林公安局", "局长"),
        ("汪三济", "免去", "区执法局执法中队", "中队长"),
        ("刘四荣", "免去", "某县水土保持管理局", "局长"),
        ("张五欣", "免去", "某市委", "书记"),
        ("张五欣", "免去", "某市委", "常委"),
    }


def test_passive_appointments_after_a_post_or_with_the_day_between() -> None:
    raw = (
        "某省委常委调整职务\n会议接受赵一平辞去某省副省长职务的请求。赵一平已于25日被任命为省委统战部部长。\n"
        "同样在25日，省委常委钱二安被任命为省委秘书长。\n"
    )
    assert appointments(raw) >= {("赵一平", "任命", "省委统战部", "部长"), ("钱二安", "任命", "省委", "秘书长")}


def test_a_report_titled_as_adjusting_posts_is_about_posts() -> None:
    raw = "某省委常委集中调整职务\n24日，省委常委孙三立不再兼任某市委书记，成为专职常委。\n"
    assert appointments(raw) == {("孙三立", "免去", "某市委", "书记")}


def test_an_institution_s_聘任_and_解聘_and_a_school_s_posts() -> None:
    raw = (
        "关于钱二安等同志职务任免的通知\n会议决定：聘任钱二安同志为市第一中学副校长，解聘孙三立同志的市第一中学"
        "副校长职务。\n经研究决定：赵一平同志任市实验小学校长。\n"
    )
    assert appointments(raw) == {
        ("钱二安", "任命", "市第一中学", "副校长"),
        ("孙三立", "免去", "市第一中学", "副校长"),
        ("赵一平", "任命", "市实验小学", "校长"),
    }


def test_an_appointed_name_may_end_in_正() -> None:
    assert appointments("某省人大常委会任免名单\n任命王立正为某省人民政府副省长。\n") == {
        ("王立正", "任命", "某省人民政府", "副省长")
    }


def test_one_who_follows_another_into_a_post_and_one_who_is_given_one() -> None:
    raw = (
        "两省区主要领导调整\n今天下午，两省区主要领导调整，王大明接替李小强任某省委书记，赵三平接任孙四海任某自治区"
        "党委书记。会议期间，周一强获任某省高级人民法院院长。\n"
    )
    assert appointments(raw) == {
        ("王大明", "任命", "某省委", "书记"),
        ("赵三平", "任命", "某自治区党委", "书记"),
        ("周一强", "任命", "某省高级人民法院", "院长"),
    }


def test_a_biography_s_sentence_opening_with_its_year_tells_no_appointment() -> None:
    raw = (
        "某市人大常委会任免一批干部\n会议决定，任命王大明为某市副市长。\n"
        "2015年4月李小强调任某省副省长后，王大明随即接任某市委副书记。\n"
    )
    assert appointments(raw) == {("王大明", "任命", "某市", "副市长")}


def test_several_posts_removed_before_等职务_each_in_the_congress_unit_it_names() -> None:
    raw = (
        "某区人大常委会举行会议\n会议决定：免去季一明同志的某区人大常委会人事代表工作室主任、人事代表工作委员会副主任、"
        "代表资格审查委员会委员等职务。\n"
    )
    assert appointments(raw) == {
        ("季一明", "免去", "某区人大常委会人事代表工作室", "主任"),
        ("季一明", "免去", "人事代表工作委员会", "副主任"),
        ("季一明", "免去", "代表资格审查委员会", "委员"),
    }


def test_an_acting_post_decided_after_the_appointment_is_in_its_body() -> None:
    raw = "某市人大常委会举行会议\n会议决定任命杜一辉为某市人民政府副市长，并决定其为代理市长。\n"
    assert appointments(raw) == {
        ("杜一辉", "任命", "某市人民政府", "副市长"),
        ("杜一辉", "任命", "某市人民政府", "代理市长"),
    }


def test_bare_posts_after_an_announcement_that_names_whose_leaders_it_appoints() -> None:
    raw = (
        "某院召开干部大会宣布领导人员任免决定\n会上，集团副总经理顾一军宣读了某设计院主要领导的任免决定。张一昆任党委书记，"
        "免去其总经理职务。\n"
    )
    assert appointments(raw) == {("张一昆", "任命", "某设计院", "党委书记"), ("张一昆", "免去", "某设计院", "总经理")}


def test_a_name_after_what_the_clause_says_of_it_and_履任_as_a_new_post() -> None:
    raw = (
        "多省调整领导班子\n在甲省，两年前从中央调来的王一军履任甲省省委书记。在乙省，去年接棒陈一高任乙省省长的李一希"
        "升任省委书记。林一涛此次履新前任职丙省副省长。\n"
    )
    assert appointments(raw) == {("王一军", "任命", "甲省省委", "书记"), ("李一希", "任命", "省委", "书记")}


def test_an_election_s_list_with_ethnicity_notes_and_amdo_names_after_the_way_it_voted() -> None:
    raw = (
        "某省人大会议举行第三次大会\n会议以无记名投票和差额选举方式，选举马一海(回族)、桑杰、昂毛(女、蒙古族)为某省人大常委会"
        "副主任，蔡一贵为某省人大常委会秘书长。\n"
    )
    assert posts(raw) == {
        ("马一海", "某省人大常委会", "副主任"),
        ("桑杰", "某省人大常委会", "副主任"),
        ("昂毛", "某省人大常委会", "副主任"),
        ("蔡一贵", "某省人大常委会", "秘书长"),
    }


def test_a_政协_committee_s_election_gives_posts_to_every_name_of_its_lists() -> None:
    raw = (
        "政协某旗第十一届委员会第一次会议第二次全体会议召开\n经全体委员投票选举,陶一迪当选为政协某旗第十一届委员会主席;"
        "于一强、奇军当选为政协某旗第十一届委员会副主席;王一山、额尔登图、李一燕当选为政协某旗第十一届委员会常务委员。\n"
    )
    body = "政协某旗第十一届委员会"
    assert posts(raw) == {
        ("陶一迪", body, "主席"),
        ("于一强", body, "副主席"),
        ("奇军", body, "副主席"),
        ("王一山", body, "常务委员"),
        ("额尔登图", body, "常务委员"),
        ("李一燕", body, "常务委员"),
    }


def test_a_motion_adopted_that_names_whom_it_appoints() -> None:
    raw = (
        "某区一次任命三名副主席\n某区人大常委会今天上午表决通过了某区政府提请的其美仁增、房一敏、王一全三人担任某区政府副主席的议案。"
        "会议还表决通过了关于某项目的议案。\n"
    )
    assert appointments(raw) == {
        ("其美仁增", "任命", "某区政府", "副主席"),
        ("房一敏", "任命", "某区政府", "副主席"),
        ("王一全", "任命", "某区政府", "副主席"),
    }


def test_an_election_s_clause_with_names_joined_by_和_and_a_post_held_besides_another() -> None:
    raw = "某乡换届选举\n会议选举王一汉为某乡乡长兼经管会主任，汪一彬和孙一清为某乡副乡长。\n"
    assert posts(raw) == {
        ("王一汉", "某乡", "乡长"),
        ("王一汉", "经管会", "主任"),
        ("汪一彬", "某乡", "副乡长"),
        ("孙一清", "某乡", "副乡长"),
    }


def test_a_post_held_besides_another_is_two_appointments_each_in_its_own_body() -> None:
    """ "任命A同志任某研究院常务副院长兼综合管理处处长": two posts, each in the body it names."""
    text = "某研究院领导班子任职宣布会\n会上宣读了任命决定。任命孙二明同志任某研究院常务副院长兼综合管理处处长。"
    assert appointments(text) == {
        ("孙二明", "任命", "某研究院", "常务副院长"),
        ("孙二明", "任命", "综合管理处", "处长"),
    }


def test_a_decision_told_in_a_report_holds_to_its_sentence_s_end_and_a_career_gives_no_posts() -> None:
    """ "中组部部长A在会上宣布了中央决定，B不再兼任…，C任…。": both clauses of the decision, and nothing in the
    next paragraph; "…曾任某市副市长，某市市长、市委书记": a career's posts are not the appointed one's new posts."""
    raw = (
        "某省书记调整 李立新接替王一鸣主政某市\n7月15日，某市召开领导干部会议，中央政治局委员、中组部部长赵大明在会上"
        "宣布了中央决定，王一鸣不再兼任某市委书记、常委、委员职务，李立新任某市委委员、常委、书记。"
        "同日，某省召开领导干部会议。孙立同志任某省委书记。现年63岁的孙立是某地人，曾任某甲市副市长，某乙市市长、市委书记。\n"
        "（原标题：王一鸣不再兼任市委书记）\n"
    )
    assert appointments(raw) == {
        *(("王一鸣", "免去", "某市委", post) for post in ("书记", "常委", "委员")),
        *(("李立新", "任命", "某市委", post) for post in ("委员", "常委", "书记")),
        ("孙立", "任命", "某省委", "书记"),
    }


def test_an_appointing_body_with_a_long_name_before_its_任命() -> None:
    """ "某市第一届人民代表大会常务委员会第十一次会议任命：A为…": a congress's session names itself in full before
    the verb (more than twenty characters)."""
    raw = "某甲市市长调整\n6月6日，某甲市第一届人民代表大会常务委员会第十一次会议任命：周立群为某甲市人民政府副市长。"
    assert appointments(raw) == {("周立群", "任命", "某甲市人民政府", "副市长")}


def test_a_list_of_appointments_announced_and_a_career_after_it() -> None:
    """ "中共中央通过某省一批任免名单。A任…；免去B的…职务。" appoints and removes; "A此前曾任…" in the next paragraph
    tells a career (no removal, whatever verb is in force)."""
    raw = (
        "某省人事调整\n近日，中共中央通过某省一批任免名单。周立群任某省委委员、常委；免去赵一帆的某省委常委职务。\n"
        "周立群此前曾任某甲省委常委、副省长。\n"
    )
    assert appointments(raw) == {
        ("周立群", "任命", "某省委", "委员"),
        ("周立群", "任命", "某省委", "常委"),
        ("赵一帆", "免去", "某省委", "常委"),
    }


def test_officials_named_after_被免职的_each_removed_from_each_post_and_no_person_post_for_them() -> None:
    """ "被免职的三名官员包括，A卫健委党组书记、副主任邓科，…": each post before each name is a removal (a two-character
    name may end in 科, a section's last character), and the compound post is no person post of theirs
    (ANNOTATION 13)."""
    raw = (
        "某市三人被免职\n据某市消息，被免职的三名官员包括，某市卫生健康委员会党组书记、副主任邓科，"
        "某县政府党组成员、副县长钱二明，某区区长孙三立。\n"
    )
    docs = extract_documents(Source(Path("news.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert {(a.person, a.action, a.org, a.post) for d in docs for a in d.appointments} == {
        ("邓科", "免去", "某市卫生健康委员会", "党组书记"),
        ("邓科", "免去", "某市卫生健康委员会", "副主任"),
        ("钱二明", "免去", "某县政府", "党组成员"),
        ("钱二明", "免去", "某县政府", "副县长"),
        ("孙三立", "免去", "某区", "区长"),
    }
    assert not [p for d in docs for p in d.person_posts]
