"""Every word list govkg reads text with, in one place, each with where it comes from.

These are the standard forms of Chinese government writing (the role verbs of
task-division documents, the labels of their tables, the seats of leading
groups, the standard short names of departments, common surnames), not words of
any one document. Patterns are built from them in the modules that use them
(``alternation``), so a new label word or a new short form is one line here.

Sources: GB/T 9704-2012 (党政机关公文格式) for document kinds and heads; the
usage of 分工方案 / 工作要点 / 任务分解 and of notices that set up 议事协调机构
(领导小组, 工作专班, 联席会议, 指挥部) for role words, labels and seats; the
names of 市/县 government departments after the 2018 institutional reform (and
their common older forms) for the short-form table; the frequency lists of
Chinese surnames for people's names.
"""

from __future__ import annotations

from kg.wordtree import alternation as alternation  # the lexicon's words become patterns by it

# -- who does what ------------------------------------------------------------------------

# The three role verbs of task-division text (GUIDELINE: 牵头 leads, 配合 supports, 负责 is responsible).
ROLE_VERBS = ("牵头", "配合", "负责")

# Role labels and columns → the role they state; the verb in the label decides (GUIDELINE "Labels
# and columns"): 牵头责任单位 leads, 协同配合单位 supports, 主要责任单位 is responsible. A label that
# ends in 领导 names a person. 主办/协办, 参与, 承担 and the like are outside these tables: not roles.
ROLE_LABELS = {  # a department's own sections stand where bodies do ("牵头处室", "责任科室")
    **dict.fromkeys(
        "牵头单位 牵头部门 牵头责任单位 牵头责任部门 牵头负责单位 牵头负责部门 牵头领导 牵头负责领导 牵头处室 牵头科室 牵头 "
        "牵头市领导 牵头区领导 牵头县领导 牵头省领导".split(),
        "牵头",
    ),
    **dict.fromkeys(
        "配合单位 配合部门 协同配合单位 协助单位 协助部门 配合处室 配合科室 协助领导 配合领导 配合".split(), "配合"
    ),
    **dict.fromkeys(
        "责任单位 责任部门 主要责任单位 第一责任单位 协同责任单位 共同责任单位 主责单位 主责部门 责任领导 责任处室 责任科室 "
        "责任地区 责任市领导 责任区领导 责任县领导".split(),
        "负责",
    ),
}
# The column names of task tables (任务分解表, 责任分工表): what each column holds. The task
# column is the first of these a header names; the others of them are details of the task.
TABLE_NUMBER_COLUMNS = ("序号", "编号")
TABLE_TASK_COLUMNS = (
    "重点工作任务 主要工作任务 重点工作 重点任务 工作任务 目标任务 主要任务 具体任务 任务内容 工作内容 工作事项 重点督办内容 督办内容 "
    "项目名称 重点项目 工作措施 政策措施 具体措施 主要内容 任务 事项 内容 主要目标 策略措施"
).split()
# Columns that are neither the task nor a role: they state no fact govkg reads.
TABLE_OTHER_COLUMNS = (
    "完成时限 完成时间 时间节点 时限 进度安排 时间要求 类别 领域 备注 完成情况 全年完成情况 进展情况 工作进展 目标要求 "
    "分管领导 区政府分管领导 市政府分管领导 县政府分管领导 分管市领导 分管区领导 分管县领导 联系人"
).split()
# Columns of the people answerable for a row: 负责, as 责任领导 (in a table only: "负责人：X" in prose heads a
# member list).
TABLE_PERSON_COLUMNS = ("负责人", "责任人")
# The columns that name a task's supervising leader (分管领导): no role, a person who oversees the task.
LEADER_COLUMNS = frozenset(name for name in TABLE_OTHER_COLUMNS if "分管" in name)
# What a label line of a task list looks like, roles or not ("主办单位：", "协办单位："): it starts a paragraph.
LIST_LABEL_VERBS = ("牵头", "配合", "责任", "主责", "主办", "协办", "参与", "协同", "协助")
LIST_LABEL_NOUNS = ("单位", "部门", "领导")

# What may follow a role verb at the end of a clause without being a duty of its own: "各县政府负责落实".
VERB_TAILS = ("落实", "实施", "组织实施", "推进", "推动落实", "办理", "抓总", "负责", "协调")
# Words that stand between a list of actors and its verb without naming anyone:
# "按照职责分工负责", "分别牵头", "按属地负责", "要牵头".
PADDING_WORDS = tuple(
    "按照职责分工 按职责分工 应当 切实 按照职能分工 按职能分工 按照各自职责 按各自职责 按照职责 "
    "按职责 按照职能 按职能 按照属地原则 按属地原则 按属地 属地 根据职责 分工 共同 具体 分别 要 "
    "应 主要 统一 各自 统筹 协同 密切 积极 全力 主动 全面 直接 加强 予以".split()
)
# What a news report puts between the bodies and their verb, of the future or of more work ("发展改革委、财政部等
# 部门还将负责…"): read only right before the verb, since some are a place's part too (都江堰, 将乐县)
MODAL_WORDS = tuple("将 还将 也将 仍将 还 也 均 都 须 必须 需 继续".split())

# Verbs a duty often starts with, right after the bodies named for it ("会同市财政局研究制定…").
DUTY_VERBS = (
    "研究",
    "制定",
    "组织",
    "开展",
    "推进",
    "推动",
    "做好",
    "加强",
    "建立",
    "落实",
    "完善",
    "指导",
    "督促",
    "协调",
    "统筹",
)
# Words that join a sentence to the one before it, not part of its subject ("同时，市财政局负责…").
CONNECTIVES = ("同时", "并", "另外", "其中", "此外")
# What closes a list without naming anyone: 等, then maybe a qualifier and a noun
# ("…市能源局等部门", "等有关单位"), or 等等.
TRAILER_QUALIFIERS = ("有关", "相关")
TRAILER_NOUNS = (
    "部门（单位）",
    "部门",
    "单位",
    "机构",
    "成员单位",
    "部门单位",
    "部门和单位",
    "职能部门",
    "方面",
)  # "等有关部门（单位）", "等相关职能部门"
# Words that join the last two items of a list ("市财政局和各县（市、区）人民政府").
CONJUNCTIONS = ("以及", "和", "及", "与")
# A suffix several places share: "黄埔区、南沙区政府".
SHARED_SUFFIXES = ("人民政府", "政府", "党委", "管委会")
# The administrative levels a bare department name ("工信局") borrows from the item before it.
ADMIN_PLACES = frozenset(("市", "县", "区", "省", "市级", "县级", "区级", "省级"))

# -- organizations ---------------------------------------------------------------------------

# What an organization's name ends with; a list item that ends otherwise is not one.
ORG_ENDINGS = (
    "局 委 办 厅 部 院 署 防指 防总 处 科 股 所 站 队 台 馆 社 会 组 室 厂 中心 政府 管委会 委员会 公司 集团 企业 银行 支行 分行 "
    "分局 海关 单位 部门 机关 机构 学校 党校 中学 小学 幼儿园 医院 法院 检察院 党委 党组 支部 工委 团委 妇联 总工会 工商联 街道 "
    "残联 社区 科协 侨联 文联 社科联 台联 消协 政协 大学 学院 电大 代表团 储备库 粮库 林场 农场 牧场 少年宫 监狱 公路段 "
    "乡镇 园区 产业园 物流园 科技园 工业园 开发区 监管局 供电公司 联合会 协会 商会 专班 小组 指挥部 项目部 联席会议 主席团 国企 人大 "
    "军区 军分区 警备区 党组织 集团军 战区 司 审判庭 法庭 功能板块 管理区 高新区 经开区 综保区 保税区 示范区 共和国 王国 合众国 联邦 公国 酋长国 苏丹国 使团 大使馆 总领事馆 领事馆"
).split()
# Governments and bodies that govern an area ("各县（市、区）人民政府", "开发区管委会").
GOVERNMENT_ENDINGS = ("人民政府", "政府", "管委会", "管理委员会")
# Enterprises: what company names end with.
ENTERPRISE_ENDINGS = ("公司", "集团", "有限", "企业", "厂", "股份", "银行")
# Collective actors: many bodies named as one ("各县（市、区）人民政府", "市直各有关单位",
# "市领导小组成员单位"); forms at the start, anywhere, or at the end of a name.
COLLECTIVE_STARTS = ("各", "有关", "相关", "市直", "县直", "区直")
COLLECTIVE_INSIDE = ("各有关", "各相关", "各级", "属各")  # "区属各重点国企"
COLLECTIVE_ENDS = ("成员单位",)

# The bodies a notice sets up: 议事协调机构 and their kin ("关于成立…领导小组的通知").
GROUP_KINDS = (
    "领导小组",
    "工作专班",
    "专班",  # "国家植物园建设专班"
    "工作小组",
    "协调小组",
    "专项小组",
    "联席会议",
    "办公会议",  # "建立某市政府信息公开办公会议制度": a joint meeting by another name
    "指挥部",
    "防总",  # a 防汛抗旱总指挥部 by its usual short name: "国家防总", "长江防总"
    "指挥所",  # "防汛指挥所": a town's command, seated 所长, 副所长
    "委员会",
    *"组委会 筹委会 执委会".split(),  # committees named short: 组织委员会, 筹备委员会, an expo's 执行委员会
    "主席团",  # a congress session's presidium: "大会主席团常务主席A、B"
    "代表团",  # a congress delegation: "某盟代表团召开全团会议，推选A为团长"
    "项目部",
    "专家咨询组",
    "专家组",
    "工作组",
    "咨询组",
    "领导组",  # "审计整改工作领导组"
    "推进组",
    "督导组",
    "督查组",
    "督察组",  # "中央生态环境保护督察组"
    "巡察组",  # "县委第一巡察组": a party committee's inspection team, seated 组长, 副组长
    "巡视组",
    "调查组",  # "事故调查组": an accident's investigation team
    "检查组",
    "考评组",
    *"验收组 验收小组 评估组".split(),  # a project's acceptance and assessment teams: "由A、B等专家组成的验收组"
    "指导组",
    "考核组",
    "链长制",  # "建立重点产业链链长制": a mechanism whose seats are 总链长 and 链长
    *"河长制 湖长制 林长制 田长制 路长制".split(),  # systems whose seats are leaders by name: "总河长：省委书记A"
)
# What a leading group's name ends with (a 委员会 alone is usually a department: 发展和改革委员会),
# mechanisms such as 链长制, and their offices.
LEADING_GROUP_ENDINGS = (
    "领导小组 工作专班 专班 联席会议 联席会议制度 指挥部 指挥所 项目部 工作组 咨询组 专家组 链长制 河长制 湖长制 林长制 田长制 路长制 "
    "巡察组 巡视组 督察组 调查组 主席团 代表团 "
    "委员会办公室 领导小组办公室 专班办公室 联席会议办公室"
).split()
# the standing committees that coordinate a field, by their usual short names ("县禁毒委常务副主任")
COMMITTEE_SHORT_NAMES = "禁毒委 安委会 关工委 老龄委 妇儿工委 食安委 食药安委 爱卫会 绿化委 国动委 文明委 防艾委 残工委 减灾委 防指 森防指 防总".split()
LEADING_GROUP_ENDINGS += COMMITTEE_SHORT_NAMES
# The short names an event's committees go by, alone in a report of the event ("执委会常务副主任杨福平").
EVENT_COMMITTEES = ("组委会", "执委会", "筹委会")
# The sectors a list names departments by, without the body's kind ("发改、财政、林业等为成员单位"): a body
# when the list's other items are bodies, or its seat is a body's (成员单位).
SECTORS = frozenset(
    "发改 工信 经信 教育 教体 科技 公安 民政 司法 财政 人社 自然资源 国土 规划 生态环境 环保 住建 城建 城管 交通 水利 水务 "
    "农业 农业农村 农委 农办 林业 商务 文旅 文化 旅游 卫健 卫生 应急 安监 审计 国资 市场监管 工商 质监 统计 医保 税务 "
    "人防 信访 气象 地震 消防 宣传 网信 组织 编办 政法 统战 武装 团委 妇联 工会 残联 科协 扶贫 移民 粮食 体育 供电 邮政 "
    "通信 金融 银行 保险 电力 国土资源 人力资源社会保障 住房城乡建设 市场监督管理 文化旅游 卫生健康 应急管理 交通运输 "
    "广播电视 新闻出版 民族宗教 退役军人事务 医疗保障 行政审批 大数据 物价 外事 侨务 档案 保密 机关事务 铁路 民航 纪检 监察 "
    "检察 煤炭 人行 联通 移动 电信 烟草 石油 石化".split()
)
# What a mechanism set up as a body is called ("工作机制", "协调机制"): a body only where a text names it so.
MECHANISM_KINDS = ("工作机制", "协调机制", "推进机制", "联动机制")
# The verbs that set a body up ("成立", "建立…制度", "调整…机构设置").
SET_UP_VERBS = ("成立", "建立", "设立", "组建", "调整")

# The standard short forms of department names. Each line: the canonical short
# form, then the other forms of the same body (full names, older names).
DEPARTMENT_FORMS = """
发展改革委 发改委 发展和改革委员会 发展改革委员会 发展和改革委 发展和改革局 发展改革局 发改局
工信局 工业和信息化局 工业和信息化委员会 工信委
教育局 教育委员会 教委
科技局 科学技术局 科学技术委员会 科委
公安局
民政局
司法局
财政局
人社局 人力资源和社会保障局 人力资源社会保障局
规划和自然资源局 自然资源和规划局
生态环境局
住建局 住房和城乡建设局 住房城乡建设局 住建委 住房和城乡建设委员会
城市管理局 城管局 城市管理综合行政执法局 城市管理和综合执法局
交通局 交通运输局
水务局 水利局
农业农村局 农业农村委 农业农村委员会 农委
商务局
文旅局 文化和旅游局 文化旅游局 文旅广电局 文化旅游广电局
卫健委 卫生健康委员会 卫生健康委 卫生和健康委员会 卫健局 卫生健康局
退役军人事务局 退役军人局
应急局 应急管理局
审计局
国资委 国有资产监督管理委员会 国资局
市场监管局 市场监督管理局 市场监管委
广电局 广播电视局
体育局
统计局
医保局 医疗保障局
林业局
信访局
税务局
乡村振兴局
能源局
外事办 外事办公室 外办
金融办 金融工作办公室 地方金融监督管理局 金融局
审批服务管理局 行政审批服务管理局 审批局 行政审批局 行政审批服务局
机关事务管理局 机关事务局
气象局
地震局
档案局
人防办 人民防空办公室
招商投资中心 招商局
委宣传部
委组织部
委统战部
委政法委
委网信办 委网络安全和信息化委员会办公室
委编办 机构编制委员会办公室 编办
"""

# -- groups and seats --------------------------------------------------------------------------

# The seats of a group as notices name them ("组长：", "办公室设在…", "总链长").
SEAT_WORDS = tuple(
    "总链长牵头单位 办公室副主任 办公室主任 项目法人代表 技术负责人 财务负责人 副主任委员 主任委员 名誉主任 名誉组长 常设委员 副总指挥 副指挥长 总指挥 "
    "总召集人 副召集人 成员单位 成员部门 副组长 副链长 召集人 指挥长 副秘书长 秘书长 总链长 副主任 联络员 组长 成员 组员 委员 主任 链长 秘书 顾问 副总河长 总河长 河长 "
    "湖长 副总林长 总林长 林长 田长 副总路长 总路长 副路长 路长 政委 副所长 所长 常务主席 执行主席 名誉主席 副主席 主席 副团长 团长 "
    "副指挥 指挥".split()
)  # the seats of a group (at the end: of a 河长制, 林长制…, a command's 政委, a presidium's 常务主席)
# Seats that are posts in the body itself (a project department's officers), not places on a committee.
POST_SEATS = frozenset(("项目法人代表", "技术负责人", "财务负责人", "法定代表人", "负责人"))
# Words that make a body's name into a post described in words ("市委宣传部主持日常工作的副部长").
POST_DESCRIPTION_WORDS = (
    "分管 协管 主管 主持 主要负责人 负责人 负责同志 领导 市长 副市长 秘书长 副秘书长 部长 副部长 主任 局长 书记 调研员"
).split()

# -- people ----------------------------------------------------------------------------------

# The most common Chinese surnames (single and double): general knowledge that
# tells a name from the word after it ("储祥好担任", "蓝佛安对"). Not 由, though a surname: "主任由孙明
# 兼任" writes the preposition far more often than anyone's name.
# Words that start with a surname's character but are no name: a verb or noun that stands where a name may
# ("决定任命…", "常务副市长", "全面负责", "安全生产", "方面工作").
NOT_NAMES = frozenset(
    "任命 任免 任职 任期 任务 任何 任用 任内 任上 常务 常委 全面 全市 全省 全县 全区 全体 安全 方面 明确 计划 金融 "
    "和平 于是 万元 万亩 万吨 万头 万只 万人 万户 万台 万辆 万个 万株 万套 万件 余额 都要 时间 向前 成员 党组 管理 严格 包括 施工 文化 温度 程序 项目 强调 指出 要求 表示 单位 部门 相关 纪检 "
    "全国 国家 原标题 成立 安排 开展 推进 建立 加强 落实 组织 组建 应邀 任组 公示 包联 公布 公开 公告 公共 公务 党总 党支 党委 党工 "
    "鄂州 鄂尔 鄂西 鄂东 鄂北 鄂南 鄂中 鄂豫 鄂湘 鄂赣 武警 区武".split()  # 鄂 (a surname) is Hubei's short name; 武警, 区武装部
)
# words no given name is, after a surname's character that ends another word ("有关部" + "门主要" + "负责人")
NOT_GIVEN_NAMES = frozenset("主要 负责 有关 相关 分管 部门 单位 领导 成员 人员 就座 就位".split())
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖"
    "贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
    "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
    "习司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
    "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於"
    "呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭逄傅洪赖矫萧阎丘畅竺滑"
    "酆贲钮荀羿汲邴糜隗郗钭郦璩濮郏庾訾蒯桓淳仉禚鄂蹇"  # rarer ones of the 百家姓 that open no common word
) | frozenset(
    ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐")
)

# What a post title ends with ("副主任", "三级调研员", "党组成员", "副总经理"): the titles of
# civil-service, party, enterprise and institution posts.
POST_TITLES = (
    "主任 副主任 主任委员 院长 局长 站长 校长 理事长 总经理 经理 董事长 董事 秘书长 部长 处长 科长 所长 馆长 会长 主席 "
    "书记 总书记 调研员 巡视员 委员 常委 成员 市长 省长 县长 区长 镇长 乡长 行长 社长 台长 厅长 署长 主任科员 主管 总监 "
    "总工程师 总会计师 总经济师 总审计师 督学 总督学 检察长 庭长 审判员 队长 司令员 政委 首长 组长 专员 参事 监事 监事长 团长 主编 馆员 干事 负责人 代表 "
    "总裁 执行官 法人 厂长 场长 园长 书记员 检察员 检察官 法官 审判长 执行员 总理 国务委员 委员长 州长 旗长 盟长 "
    "总统计师 统计师 经济师 工程师 会计师 教导员 指导员 组织部长 宣传部长 统战部长 司长 部长助理 省长助理 市长助理 州长助理 县长助理 区长助理 助理 股长 主委 "
    "宣传委员 组织委员 纪检委员 统战委员 政法委员 武装部长 组成人员 组织员 总队长 支队长 大队长 中队长 "
    "特命全权大使 大使 总领事 领事 参赞 人武部长 政治委员 参谋长 召集人 楼栋长 网格长 网格员 小组长 村长 纪检组长 纪检监察组长"
).split()
# What may stand before a post title: its rank, its kind, its acting or deputy form
# ("二级巡视员", "常务副市长", "代理市长", "代市长", "党组副书记").
POST_PREFIXES = ("常务", "专职", "执行", "第一", "驻会", "兼职", "助理", "代理", "代", "部务")
# What a post before a name may be ("市长储祥好", "省委书记蓝佛安").
LEADER_TITLES = (
    "书记",
    "市长",
    "省长",
    "县长",
    "区长",
    "州长",
    "旗长",
    "盟长",
    "镇长",
    "乡长",
    "主任",
    "局长",
    "厅长",
    "部长",
    "主席",
    "总理",
    "秘书长",
)
# What the last word of a "name post" line of a list may be: any …长, and the titles above
# that do not end in 长 ("陈 杰 市委常委、常务副市长", "马茂畅 市交通局三级调研员").
POST_LINE_ENDINGS = (
    "长 主任 书记 委员 常委 成员 经理 调研员 负责人 秘书 秘书长 部长 主席 理事 代表 专员 巡视员 "
    "干事 总监 总师 工程师 会计师 馆员 馆长 站长 行长 科员 监事 参事 组长 总理 助理 政委 教导员 指导员 干部"
).split()
# Words that follow a person's name in running text ("储祥好担任", "蓝佛安对…").
AFTER_NAME_WORDS = (
    "担任 同志 兼任 任 为 则 也 还 主持 出席 讲话 指出 强调 对 在 于 、 ， 。 ： 和 与 及 的 等 作 要求 表示 率 到 赴 "
    "参加 列席 宣读 颁发 介绍 汇报 受 代表 就 向 牵头 负责 提名 说明 作了 委托 召集 一行 拟任 拟提名 "
    "宣布 通报 传达 部署 调研 会见 看望 慰问 考察 带队 陪同 关于 分别 领导 说 曾任 分管 组织 带领 做 "
    "总结 致辞 发言 点评 解读 布置 安排"
).split()
# A body's head written with the body's last character once: "县统计局长" (县统计局's 局长).
SHARED_HEAD_TITLES = ("局长", "厅长", "所长", "站长")
# A title that follows a national leader's name ("习近平总书记").
NATIONAL_TITLES = ("总书记", "总理", "委员长")

# -- appointments ----------------------------------------------------------------------------

# The verbs of appointment notices and people's-congress decisions.
APPOINT_VERBS = ("任命", "免去", "免除", "聘任", "解聘")  # 免除 removes as 免去 does ("免除X同志副县长一职"); an
# institution's 聘任 and 解聘 appoint and remove (corpus/ANNOTATION.md: 聘任 as 任命)
# Title words of a notice about posts ("关于程严等人任免职务的通知").
APPOINTMENT_TITLE_WORDS = ("任免", "任职", "免职", "任命", "人事", "换人", "履新", "到任", "调整职务", "职务调整")

# -- documents --------------------------------------------------------------------------------

# Kinds of document whose title ends a document's head (GB/T 9704 文种, and plans).
DOCUMENT_KINDS = (
    "通知 批复 决定 意见 通报 报告 办法 方案 规定 公告 通告 命令 请示 纪要 细则 规划 计划 函 复函 答复 令"
).split()
# Kinds of plan whose title can be printed as a running head ("…三年行动计划").
PLAN_KINDS = ("方案", "计划", "办法", "报告", "意见", "规定", "细则", "规划", "纲要")
# What an issuer line of a document head ends with ("运城市人民政府办公室").
ISSUER_ENDINGS = ("人民政府 政府 办公室 办公厅 委员会 常委会 委 局 厅 部 署 院 办 管委会 中心 公司 协会 联合会").split()
# Sections that state principles, goals, conditions, procedures or what a plan
# covers, not work items: their items are tasks only if a role clause names them.
NON_TASK_SECTIONS = (
    "指导思想 基本原则 工作原则 分工原则 总体要求 总体思路 总体目标 工作目标 主要目标 发展目标 目标任务 "
    "组成人员 机构设置 组织机构 成员名单 工作制度 会议制度 工作机制 适用范围 实施对象 适用对象 编制依据 名词解释 "
    "基本条件 申报条件 认定条件 认定标准 重点产业链 重点产业 主导产业 产业布局"
).split()

# -- PDF repair -------------------------------------------------------------------------------

# Glyphs that a gazette's PDF fonts turned into other characters (GUIDELINE.md):
# "建筑用钢冥精品钢" (→), "7伊24 小时" (×), "1耀2 个" (～), "芋类"/"郁类" (Ⅲ类/Ⅳ类).
GLYPH_SUBSTITUTES = {"冥": "→", "伊": "×", "耀": "～", "芋": "Ⅲ", "郁": "Ⅳ"}
# Real words with 冥, where it is not an arrow.
ARROW_LOOKALIKES = frozenset("冥想 冥冥 冥王 冥思 冥顽 幽冥 冥界 冥币 冥府 冥河 冥寿 冥诞".split())
# What stands before × in a product ("7伊24", "面积伊2").
TIMES_BEFORE = frozenset("0123456789０１２３４５６７８９数额量率价积")
# What stands before 芋类 when it is a real taro ("薯芋类"), not Ⅲ类.
TARO_BEFORE = frozenset("薯蔬根茎")


# -- telling an encoding -------------------------------------------------------------------

# The 500 characters that government text uses most (89% of the Han characters of the development corpus
# and the seed, counted in Simplified script), then the Traditional forms of those that have one: bytes
# decoded in the right encoding read mostly these; decoded in a wrong one, they read rare characters.
COMMON_HAN = frozenset(
    "市业工政局的建发人城区作设产实会府务展委任一长和生动大民全项进化公省新运目年重中推成办主开链等责关管县制加定各组部力合国高水地副体保位行施理导单镇员资点通要有专强企为议提能级标领持分机改事农经个育用小增造三在规源决服上以文电调好于划对统落品方度海现下完质室不常职负态场平报技日批家心头村联总量法系构立性同信优入月支济协升乡科金程及收安特代门创商治学河策配范二护基环十托色深物社绵自期补打出时第解与面快共精集牵广案研革院审由五应东做引四次情效件健充准求监示计道知整融号路数投防域表教湖本向助促厅交园坚网书续查题式按财稳指费型利到督境术核内条告西线字惠元确清活旅卫况车南普流是亿名相问就控营聚培所明可结排材州取布医席康然前野志步过接免供招命将山抓老认考争其住我间料积了记党台外更善群织备究筹消放转天传达极盐绿意速冥障据照带贯措植格万当土检养根战形评复桩届后北际来游综兴药套汽多严先干担具彻率底围张请空校儿如需得街扩印序息已污并宣两居至津受林处值去团承置验们险种势王召类焦口雨预原残础风依幼贴黄龙手减模见智六此低节察李之站容港络司突举正满直试义房略子申采近疫牌绕许励算执才变江习念称户永果列版视税限疾价断挥"
    "並來個們備傳價億優兒內兩創劃動務勢勵區協員問單嚴國圍園團執堅報場學實審將專對導屆帶幹廣廳張強後復徹態應戰戶採揮擔據擴數斷於時書會東條業極構樁標機檢殘決況減準滿濟營爭爲牽現環產當發監確礎稅種稱積穩節範籌級組結絡統經綜綠網綿線縣總織繞續羣義習聯職臺與興舉萬藥處號術衛補見規視計記設許評試認調請議護變負財貫責費貼資質車轉辦農進遊運過達鄉醫鎮鏈長門開間關際險電項預領頭題類風養驗體鹽黃點黨龍"
)
