"""Industrial chains with their link sequences, and enterprises' roles in them.

"（一）精品钢产业链 围绕“建筑用钢→精品钢冶炼及压延→汽车用钢加工及装备制造”链条，打造…
等系列高附加值产品，构建…产业链", two sequences joined by 和, "A—B—C" dashes;
"中铝新材料、大运新能源汽车…4家企业成为全省首批“链主”", "发挥大运汽车“链主”作用".
"""

from __future__ import annotations

import re

from kg.model import Chain, ChainRole, Document, Evidence
from kg.segment import heading_of

# a quoted link sequence: “A→B→C”, “A—B—C”, “A->B”
SEQUENCE_RE = re.compile(r"“(?P<body>[^“”]{2,200}?(?:→|—|－>|->|-)[^“”]{1,200}?)”")
# arrows; a dash only between words, not in "2023—2025"
ARROW_SPLIT_RE = re.compile(r"\s*(?:→|－>|->|(?<!\d)—+(?!\d)|(?<=[\u4e00-\u9fff）])-(?=[\u4e00-\u9fff（]))\s*")
# "围绕“…”和“…”链条": the sequences a chain runs along
AROUND_RE = re.compile(r"围绕(?P<seqs>(?:“[^“”]+”(?:和|、|及)?)+)(?:链条|链|产业链)?")
CHAIN_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,20}?产业链)")
PRODUCTS_RE = re.compile(r"打造(?P<products>[^。；]{2,200}?(?:等)?[^，。；]{0,12}?产品)")
GOAL_RE = re.compile(r"(?P<goal>(?:努力)?构建[^。；]+)[。；]?")
# "X、Y 4家企业成为…“链主”": enterprises named 链主
NAMED_ROLE_RE = re.compile(
    r"(?P<list>[\u4e00-\u9fff、]{2,80}?)\s*\d*\s*(?:家)?(?:企业)?(?:被)?(?:成为|确定为|认定为|评为|列为|作为)"
    r"(?P<chain>[\u4e00-\u9fff]{2,20}?产业链)?[^，。；“]{0,12}?“?(?P<role>链主|链核)”?(?:企业)?"
)
# "发挥大运汽车“链主”作用", "强化中铝新材料、银光华盛镁业的“链主”作用"
PLAY_ROLE_RE = re.compile(
    r"(?:发挥|强化|突出|做强)(?P<list>[\u4e00-\u9fff、]{2,60}?)的?“(?P<role>链主|链核)”(?:企业)?作用"
)
# "新能源汽车产业要重点…": the industry a sentence is about
INDUSTRY_SUBJECT_RE = re.compile(r"^(?P<industry>[\u4e00-\u9fff]{2,20}?产业(?:链)?)要")


def chain_key(name: str) -> str:
    """The part of a chain's name that tells it from others: "生物医药和大健康产业" → "生物医药大健康"."""
    name = re.sub(r"(?:产业链|产业)$", "", name)
    return re.sub(r"[和与及、“”]", "", name)


def split_sequence(body: str) -> tuple[str, ...]:
    stages = tuple(s.strip("，、 ") for s in ARROW_SPLIT_RE.split(body) if s.strip("，、 "))
    return stages if len(stages) >= 2 else ()


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, start) for c in "。！？；\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？\n") if i >= 0]
    return s, (min(ends) + 1 if ends else len(text))


def extract_chains(doc: Document) -> list[Chain]:
    """Chains described by "围绕“A→B→C”链条" in a document."""
    text = doc.text.text
    chains: dict[str, Chain] = {}
    tasks = sorted(doc.tasks, key=lambda t: t.start)
    for m in AROUND_RE.finditer(text):
        sequences = tuple(s for s in (split_sequence(q["body"]) for q in SEQUENCE_RE.finditer(m["seqs"])) if s)
        if not sequences:
            continue
        s, e = _sentence(text, m.start(), m.end())
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para = text[para_start : para_end if para_end >= 0 else len(text)]
        task = next((t for t in reversed(tasks) if t.start <= m.start() < t.start + len(t.text)), None)
        names: list[str] = []
        if task and task.heading.endswith("产业链"):
            names.append(task.heading)
        before = text[para_start : m.start()]
        names += [n["name"] for n in CHAIN_NAME_RE.finditer(before)]
        heading = text[text.rfind("\n", 0, para_start - 1) + 1 : para_start - 1] if para_start else ""
        if heading_of(heading) and heading.rstrip().endswith("产业链"):
            names.append(heading[heading_of(heading)[2] :].strip())
        goal = GOAL_RE.search(para)
        after = [n["name"] for n in CHAIN_NAME_RE.finditer(goal["goal"])] if goal else []
        names += after
        if not names:
            continue
        name = names[0]
        products = PRODUCTS_RE.search(para)
        aliases = tuple(dict.fromkeys(n for n in names[1:] if n != name))
        evidence = doc.evidence(s, e, "chain-around")
        chains.setdefault(
            name,
            Chain(
                name,
                aliases,
                sequences,
                products["products"] if products else None,
                goal["goal"] if goal else None,
                task.key if task else None,
                evidence,
            ),
        )
    return list(chains.values())


def same_company(a: str, b: str) -> bool:
    """ "大运汽车" and "大运新能源汽车": the same first two characters, and one's characters in order in the other."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[:2] != long[:2]:
        return False
    chars = iter(long)
    return all(c in chars for c in short)


def _enterprises(text: str) -> list[str]:
    return [e for e in (x.strip() for x in text.split("、")) if 2 <= len(e) <= 12]


def _near_role_words(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of a pattern in the sentences that hold 链主 or 链核 (the pattern is costly on long text)."""
    matches = []
    for word in re.finditer(r"链主|链核", text):
        s, e = _sentence(text, word.start(), word.end())
        matches += [m for m in pattern.finditer(text, s, e)]
    return matches


def extract_chain_roles(doc: Document) -> list[ChainRole]:
    """Enterprises the document names as 链主 (or 链核), each with the chain or industry it ties them to."""
    text = doc.text.text
    if "链主" not in text and "链核" not in text:
        return []
    found: list[tuple[str, str, str | None, Evidence]] = []
    seen: set[tuple[int, int]] = set()
    for pattern, rule in ((NAMED_ROLE_RE, "chain-role-named"), (PLAY_ROLE_RE, "chain-role-plays")):
        for m in _near_role_words(pattern, text):
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            s, e = _sentence(text, m.start(), m.end())
            sentence = text[s:e]
            industry = INDUSTRY_SUBJECT_RE.match(sentence)
            chain = m.groupdict().get("chain") or (industry["industry"] if industry else None)
            for name in _enterprises(m["list"]):
                found.append((name, m["role"], chain, doc.evidence(s, e, rule)))
    # a sentence about an industry ties the enterprises it names to that industry
    ties: list[tuple[str, str]] = []
    for para in text.split("\n"):
        for sentence in re.split(r"(?<=[。！？])", para):
            industry = INDUSTRY_SUBJECT_RE.match(sentence)
            if industry:
                ties.append((industry["industry"], sentence))
    roles: dict[str, ChainRole] = {}
    for name, role, chain, evidence in found:
        if chain is None:
            chain = next((ind for ind, sentence in ties if any(same_company(name, w) for w in _words(sentence))), None)
        key = next((k for k in roles if same_company(k, name)), name)
        existing = roles.get(key)
        if existing is None or (existing.chain is None and chain is not None):
            aliases = tuple(w for w in _mentions(text, name) if w != name)
            roles[key] = ChainRole(name, aliases, role, chain, evidence)
    return list(roles.values())


def _words(sentence: str) -> list[str]:
    """Candidate company names in a sentence: runs of Chinese characters between punctuation and verbs."""
    return [
        w for w in re.split(r"[，。、；：“”（）\s]|发挥|支持|强化|带动|推动|加快|的", sentence) if 3 <= len(w) <= 12
    ]


def _mentions(text: str, name: str) -> list[str]:
    """Other names of the same company a document uses ("大运汽车" for "大运新能源汽车")."""
    names = {w for w in _words(text) if w != name and same_company(w, name) and not w.endswith(("产业", "产业链"))}
    return sorted(names)
