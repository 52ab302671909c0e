"""The chains family: industrial chains with their link sequences, and enterprises' roles in them.

"（一）精品钢产业链 围绕“建筑用钢→精品钢冶炼及压延→汽车用钢加工及装备制造”链条，打造…
等系列高附加值产品，构建…产业链", two sequences joined by 和, "A—B—C" dashes;
"中铝新材料、大运新能源汽车…4家企业成为全省首批“链主”", "发挥大运汽车“链主”作用".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.headings import heading_of
from kg.model import Chain, ChainRole, Document
from kg.rules import At, Family, Found, Rule

# a quoted link sequence: “A→B→C”, “A—B—C”, “A->B”
SEQUENCE_RE = re.compile(r"“(?P<body>[^“”]{2,200}?(?:→|—|－>|->|-)[^“”]{1,200}?)”")
# arrows; a dash only between words, not in "2023—2025"
ARROW_SPLIT_RE = re.compile(r"\s*(?:→|－>|->|(?<!\d)—+(?!\d)|(?<=[\u4e00-\u9fff）])-(?=[\u4e00-\u9fff（]))\s*")
# "围绕“…”和“…”链条": the sequences a chain runs along
AROUND_RE = re.compile(r"围绕(?P<seqs>(?:“[^“”]+”(?:和|、|及)?)+)(?:链条|链|产业链)?")
# "从关键环节缺失到“多晶硅—硅片—电池—组件”主链条基本成型": a quoted sequence a chain's own word follows
CHAIN_SEQUENCE_RE = re.compile(r"“(?P<body>[^“”，。；]{2,200}?)”?(?:主链条|全链条|链条)")
CHAIN_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,20}?产业链)")
PRODUCTS_RE = re.compile(r"打造(?P<products>[^。；]{2,200}?(?:等)?[^，。；]{0,12}?产品)")
GOAL_RE = re.compile(r"(?P<goal>(?:努力)?构建[^。；]+)[。；]?")
# "新能源汽车产业要重点…": the industry a sentence is about
INDUSTRY_SUBJECT_RE = re.compile(r"(?P<industry>[\u4e00-\u9fff]{2,20}?产业(?:链)?)要")
ROLE_WORDS = ("链主", "链核")


def chain_key(name: str) -> str:
    """The part of a chain's name that tells it from others: "生物医药和大健康产业" → "生物医药大健康"."""
    name = re.sub(r"(?:产业链|产业)$", "", name)
    return re.sub(r"[和与及、“”]", "", name)


def split_sequence(body: str) -> tuple[str, ...]:
    stages = tuple(s.strip("，、 ") for s in ARROW_SPLIT_RE.split(body) if s.strip("，、 "))
    return stages if len(stages) >= 2 else ()


def around(m: re.Match[str], at: At) -> Iterator[Found]:
    """A chain described by "围绕“A→B→C”链条", named by its heading or by the 产业链 its paragraph names."""
    sequences = tuple(s for s in (split_sequence(q["body"]) for q in SEQUENCE_RE.finditer(m["seqs"])) if s)
    yield from _chain_of(m, at, sequences)


def sequence_chain(m: re.Match[str], at: At) -> Iterator[Found]:
    """A quoted sequence the words 主链条 or 链条 follow (its closing quote may be lost), named as around names."""
    yield from _chain_of(m, at, tuple(s for s in [split_sequence(m["body"])] if s))


def _chain_of(m: re.Match[str], at: At, sequences: tuple[tuple[str, ...], ...]) -> Iterator[Found]:
    """The chain a match describes by its sequences, named by its heading or by the 产业链 its paragraph names."""
    if not sequences:
        return
    doc, start = at.doc, at.start + m.start()
    text = doc.text.text
    para_start, _ = doc.paragraph_at(start)
    ends, named, goal, products = at.context.once(f"chains:{para_start}", lambda d: _paragraph(d, para_start))
    task = at.context.task_at(start)
    names = [task.heading] if task and task.heading.endswith("产业链") else []
    names += named[: min(bisect.bisect_right(ends, start), NAMES_BEFORE)]
    heading = text[doc.paragraph_at(para_start - 1)[0] : para_start - 1] if para_start else ""
    marker = heading_of(heading)
    if marker and heading.rstrip().endswith("产业链"):
        names.append(heading[marker[2] :].strip())
    names += [n["name"] for n in CHAIN_NAME_RE.finditer(goal)] if goal else []
    if names:
        aliases = tuple(dict.fromkeys(n for n in names[1:] if n != names[0]))
        chain = Chain(names[0], aliases, sequences, products, goal, task and task.key, None)
        yield at.found(m.start(), m.end(), chain)


NAMES_BEFORE = 8  # chain names read before a "围绕…链条" in its paragraph: the first few name it


def _paragraph(doc: Document, para_start: int) -> tuple[list[int], list[str], str | None, str | None]:
    """What a paragraph gives every chain described in it, read once however many it describes: where each
    chain name ends and the name, its goal (构建…) and its products (打造…产品)."""
    para_end = doc.paragraph_at(para_start)[1]
    found = list(CHAIN_NAME_RE.finditer(doc.text.text, para_start, para_end))
    para = doc.text.text[para_start:para_end]
    goal = GOAL_RE.search(para)
    products = PRODUCTS_RE.search(para)
    return (
        [n.end() for n in found],
        [n["name"] for n in found],
        goal["goal"] if goal else None,
        products["products"] if products else None,
    )


@dataclass(frozen=True)
class Role:
    """Enterprises named in one role ("链主"), with the chain the phrase names, if it does."""

    enterprises: tuple[str, ...]
    role: str
    chain: str | None


# "X、Y 4家企业成为…“链主”": enterprises named 链主
NAMED_ROLE_RE = re.compile(
    r"(?P<list>[\u4e00-\u9fff、]{2,80}?)\s*\d*\s*(?:家)?(?:企业)?(?:被)?(?:成为|确定为|认定为|评为|列为|作为)"
    r"(?P<chain>[\u4e00-\u9fff]{2,20}?产业链)?[^，。；“]{0,12}?“?(?P<role>链主|链核)”?(?:企业)?"
)
# "发挥大运汽车“链主”作用", "强化中铝新材料、银光华盛镁业的“链主”作用"
PLAY_ROLE_RE = re.compile(
    r"(?:发挥|强化|突出|做强)(?P<list>[\u4e00-\u9fff、]{2,60}?)的?“(?P<role>链主|链核)”(?:企业)?作用"
)


# "新能源汽车产业链链主企业为A、B", "生物医药产业链的链主企业：A": the chain, then its enterprises
CHAIN_THEN_ROLE_RE = re.compile(
    r"(?P<chain>[\u4e00-\u9fff]{2,20}?产业链)的?(?P<role>链主|链核)企业(?:为|是|有|包括|[：:])(?P<list>[^。；，]{2,120})"
)


def chain_then_role(m: re.Match[str], at: At) -> Iterator[Found]:
    """A chain's 链主 enterprises, listed after it."""
    names = tuple(
        e for e in (x.strip() for x in re.split(r"[、和及]", m["list"].removesuffix("等"))) if 2 <= len(e) <= 30
    )
    if names:
        yield at.found(m.start(), m.end(), Role(names, m["role"], m["chain"]))


# "链主企业：A、B" on a line of its own, under a chain's heading ("1.新能源汽车产业链")
ROLE_LABEL_RE = re.compile(r"^(?P<role>链主|链核)(?:企业)?[：:](?P<list>[^。；]{2,200}?)[。；]?$")
CLAUSE_WORD_RE = re.compile(r"要|应|将|发挥|带动|推动|加快|支持|培育|引进")  # "链主企业：要发挥…" names none
HEADED_CHAIN_RE = re.compile(r"(?P<chain>[\u4e00-\u9fff]{2,20}?产业链)$")


def role_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """A 链主 label and its enterprises, the chain the heading above names."""
    names = tuple(
        e for e in (x.strip() for x in re.split(r"[、，,]", m["list"].removesuffix("等"))) if 2 <= len(e) <= 30
    )
    chain = HEADED_CHAIN_RE.search(at.context.section_heading(at.start)) if at.context else None
    if names and not any(CLAUSE_WORD_RE.search(name) for name in names):
        yield at.found(m.start(), m.end(), Role(names, m["role"], chain["chain"] if chain else None))


def named_role(m: re.Match[str], at: At) -> Iterator[Found]:
    """Enterprises named 链主 or 链核, with the chain the sentence ties them to."""
    # "…；新能源汽车产业要发挥…": the industry the clause is about
    industry = INDUSTRY_SUBJECT_RE.match(at.text, at.text.rfind("；", 0, m.start()) + 1)
    chain = m.groupdict().get("chain") or (industry["industry"] if industry else None)
    names = tuple(e for e in (x.strip() for x in m["list"].split("、")) if 2 <= len(e) <= 12)
    yield at.found(m.start(), m.end(), Role(names, m["role"], chain))


CHAINS = Family(
    "chains",
    (
        Rule(
            "chains.around",
            AROUND_RE,
            around,
            ("（一）精品钢产业链\n围绕“建筑用钢→精品钢冶炼及压延→汽车用钢加工及装备制造”链条，构建精品钢产业链。",),
            ("（一）精品钢产业链\n围绕“两个率先”目标，加快发展。",),
            needs=("围绕",),
        ),
        Rule(
            "chains.sequence-chain",
            CHAIN_SEQUENCE_RE,
            sequence_chain,
            ("光伏产业链先后引入甲、乙等企业，从关键环节缺失到“多晶硅—硅片—电池—组件”主链条基本成型。",),
            ("从“十三五”到“十四五”链条不断延伸。",),
            needs=("链条",),
        ),
        Rule(
            "chains.named-role",
            NAMED_ROLE_RE,
            named_role,
            ("中铝新材料、大运新能源汽车4家企业成为全省首批“链主”企业。",),
            ("培育一批“链主”企业。",),
            needs=ROLE_WORDS,
        ),
        Rule(
            "chains.chain-then-role",
            CHAIN_THEN_ROLE_RE,
            chain_then_role,
            ("新能源汽车产业链链主企业为甲汽车集团有限公司、乙电池股份有限公司。",),
            ("各产业链链主企业要发挥带动作用。",),
            needs=ROLE_WORDS,
        ),
        Rule(
            "chains.role-label",
            ROLE_LABEL_RE,
            role_label,
            ("2.智能装备产业链\n链长：副市长 王一鸣\n链主企业：甲重工集团有限公司、乙机床股份有限公司",),
            ("链主企业：要发挥带动作用，",),
            unit="paragraph",
            needs=ROLE_WORDS,
        ),
        Rule(
            "chains.plays-role",
            PLAY_ROLE_RE,
            named_role,
            ("新能源汽车产业要发挥大运汽车“链主”作用。",),
            ("发挥“链主”作用。",),
            needs=ROLE_WORDS,
        ),
    ),
)


def same_company(a: str, b: str) -> bool:
    """ "大运汽车" and "大运新能源汽车": the same first two characters, and one's characters in order in the other."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[:2] != long[:2]:
        return False
    chars = iter(long)
    return all(c in chars for c in short)


# the words between punctuation and common verbs: candidate company names in a sentence
WORD_SPLIT_RE = re.compile(r"[，。、；：“”（）\s]|发挥|支持|强化|带动|推动|加快|的")


def _words(sentence: str) -> list[str]:
    return [w for w in WORD_SPLIT_RE.split(sentence) if 3 <= len(w) <= 12]


def _by_start(words: list[str]) -> dict[str, set[str]]:
    """Words by their first two characters, which two names of one company share (same_company): a name
    is compared with those words only, not with every word of the document."""
    index: dict[str, set[str]] = {}
    for w in words:
        index.setdefault(w[:2], set()).add(w)
    return index


def _mentions(words: dict[str, set[str]], name: str) -> list[str]:
    """Other names of the same company a document uses ("大运汽车" for "大运新能源汽车")."""
    names = {
        w for w in words.get(name[:2], ()) if w != name and same_company(w, name) and not w.endswith(("产业", "产业链"))
    }
    return sorted(names)


def _chain_roles(doc: Document, found: list[tuple[str, Role, Found]]) -> list[ChainRole]:
    """One role per company (its names merged), tied to the chain its phrase or an industry's sentence names."""
    if not found:
        return []
    text = doc.text.text
    words = _by_start(_words(text))
    ties = [
        (m["industry"], _by_start(_words(text[s:e])))
        for s, e in doc.sentences
        if (m := INDUSTRY_SUBJECT_RE.match(text, s))
    ]
    roles: dict[str, ChainRole] = {}
    for name, role, f in found:
        chain = role.chain or next(
            (ind for ind, said in ties if any(same_company(name, w) for w in said.get(name[:2], ()))), None
        )
        key = next((k for k in roles if same_company(k, name)), name)
        existing = roles.get(key)
        if existing is None or (existing.chain is None and chain is not None):
            aliases = tuple(w for w in _mentions(words, name) if w != name)
            evidence = doc.evidence(*doc.sentence_span(f.start, f.end), f.rule.name)
            roles[key] = ChainRole(name, aliases, role.role, chain, evidence)
    return list(roles.values())


def extract_chains(doc: Document, context: object) -> tuple[list[Chain], list[ChainRole]]:
    """The chains a document describes, and the enterprises it names in a chain role."""
    chains: dict[str, Chain] = {}
    roles: list[tuple[str, Role, Found]] = []
    for found in CHAINS.run(doc, context):
        for item in found.records:
            if isinstance(item, Chain):
                evidence = doc.evidence(*doc.sentence_span(found.start, found.end), found.rule.name)
                chains.setdefault(item.name, replace(item, evidence=evidence))
            else:
                roles += [(name, item, found) for name in item.enterprises]
    return list(chains.values()), _chain_roles(doc, roles)
