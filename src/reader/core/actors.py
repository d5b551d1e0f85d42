"""The people and organisations of an article, with every surface form merged.

Candidates come from the curated alias list, from glosses the article gives
(``大衛·薩克斯（David Sacks）``, ``深度求索（DeepSeek）``, ``以下簡稱``), from runs
of capitalised Latin words, transliterated names joined by a middle dot, and
jieba's segmentation (Chinese names and organisation suffixes). Each candidate
type needs evidence from its context, since jieba's own name tags are noisy.
Short forms (``Dario``, ``可汗``) are linked to the one full name they belong to.
Everything is computed on a same-length folded copy of the text, so offsets are
offsets into the cleaned text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from reader.core import lexicon as lexicon_mod
from reader.core.lexicon import Lexicon
from reader.core.segment import Segmenter, Token, shared, tag_text

ACTOR_TYPES = ("person", "org", "place")


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor: ``text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor of an article."""

    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)


# Characters used to transliterate foreign names (simplified forms).
TRANSLIT = set(
    "阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾波伯博布查达大戴丹道德登邓迪蒂丁东杜敦多厄恩尔"
    "法范菲费芬丰弗福富盖甘冈高戈格葛根古瓜圭哈海汉罕豪赫黑亨洪胡华霍基吉加贾杰金京久卡凯坎康"
    "考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理利丽莉连列林琳隆卢鲁路露伦罗洛吕马玛迈麦曼芒茂梅门"
    "蒙米密明莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐琪恰乔切琴丘萨塞赛桑瑟森沙"
    "莎尚舍什施史斯松苏索塔泰坦汤唐特滕提蒂田汀通图托瓦万旺威韦维卫温沃乌伍西希锡夏谢辛休雅亚"
    "娅扬耶伊因英尤于约泽扎詹兹佐汗可山姆格黛琳娃莱尹"
)

# The most common Chinese surnames; a native name starts with one of them.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒")

# Speech and writing verbs (simplified; the text is folded before matching).
SPEECH_VERBS = [
    "表示",
    "说",
    "称",
    "指出",
    "提到",
    "谈到",
    "讲",
    "写道",
    "告诉",
    "介绍",
    "解释",
    "说明",
    "补充",
    "回应",
    "回答",
    "答复",
    "问",
    "透露",
    "披露",
    "宣布",
    "声称",
    "宣称",
    "声明",
    "发文",
    "贴文",
    "证实",
    "确认",
    "澄清",
    "强调",
    "重申",
    "坦言",
    "坦承",
    "直言",
    "承认",
    "否认",
    "警告",
    "提醒",
    "呼吁",
    "敦促",
    "要求",
    "建议",
    "批评",
    "抨击",
    "反驳",
    "质疑",
    "认为",
    "相信",
    "预计",
    "估计",
    "喊话",
    "呛",
    "告诫",
    "主张",
    "感叹",
    "坦白",
    "指称",
    "写道",
    "说道",
    "问道",
    "所说",
    "揶揄",
    "宣告",
    "称之为",
    "表態",
    "受访时表示",
]

# Words for a person's role: a name right after one is a name.
TITLES = [
    "立委",
    "司长",
    "处长",
    "主委",
    "县长",
    "议长",
    "行政总裁",
    "特首",
    "执行长",
    "副总统",
    "阁揆",
    "院长",
    "党主席",
    "总干事",
    "秘书长",
    "董事",
    "创办人",
    "学者",
    "助理教授",
    "副教授",
    "研究员",
    "所长",
    "厅长",
    "省长",
    "检察官",
    "总统",
    "总理",
    "首相",
    "主席",
    "部长",
    "副部长",
    "国务卿",
    "发言人",
    "大使",
    "议员",
    "参议员",
    "众议员",
    "州长",
    "市长",
    "官员",
    "顾问",
    "秘书",
    "局长",
    "署长",
    "主任",
    "主管",
    "董事长",
    "总裁",
    "首席执行官",
    "执行长",
    "CEO",
    "CTO",
    "创始人",
    "创办人",
    "联合创始人",
    "合伙人",
    "投资人",
    "投资者",
    "高管",
    "经理",
    "总监",
    "负责人",
    "老板",
    "研究员",
    "研究人员",
    "科学家",
    "教授",
    "学者",
    "博士",
    "博士生",
    "分析师",
    "专家",
    "律师",
    "法官",
    "记者",
    "编辑",
    "作者",
    "作家",
    "专栏作家",
    "主编",
    "总编辑",
    "评论员",
    "摄影师",
    "先生",
    "女士",
    "院长",
    "校长",
    "书记",
    "委员",
    "总经理",
    "副总裁",
    "创办人兼",
]

# A Latin or Chinese organisation name ends with one of these.
ORG_WORDS_LATIN = {
    "ai", "capital", "inc", "inc.", "corp", "corp.", "labs", "lab", "group", "technologies",
    "technology", "ventures", "partners", "fund", "bank", "media", "news", "times", "post",
    "journal", "university", "institute", "college", "foundation", "association", "agency",
    "council", "committee", "party", "motors", "systems", "networks", "holdings", "research",
    "securities", "academy", "ministry", "department", "office", "commission", "company",
}  # fmt: skip
ORG_SUFFIXES = [
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "委员会",
    "基金会",
    "协会",
    "实验室",
    "出版社",
    "通讯社",
    "电视台",
    "日报",
    "时报",
    "交易所",
    "法院",
    "分校",
]
# "X政府" is an organisation for any place or person X (美国政府, 拜登政府).
GOV_SUFFIXES = ("政府", "国会", "议会", "当局", "内阁")

# Context that makes an unknown Latin word an organisation.
ORG_CUES_AFTER = [
    "公司",
    "集团",
    "的ceo",
    "ceo",
    "首席执行官",
    "创始人",
    "联合创始人",
    "发言人",
    "旗下",
    "股价",
    "的股价",
    "的服务条款",
    "的安全研究人员",
    "的研究人员",
    "的高管",
    "总部",
    "官网",
]
ORG_CUES_BEFORE = [
    "公司",
    "企业",
    "创企",
    "厂商",
    "平台",
    "媒体",
    "机构",
    "实验室",
    "巨头",
    "初创公司",
    "竞争对手",
    "投资方",
    "母公司",
]
# Latin words that are roles, acronyms of things or page furniture, never actors.
LATIN_STOP = {
    "ceo", "cto", "cfo", "coo", "ai", "agi", "api", "gpu", "cpu", "ip", "app", "pc", "it", "id",
    "the", "notice", "pro", "ddos", "llm", "vs", "ok", "faq", "pdf", "url", "www", "http",
    "https", "com", "cn", "ps", "pr", "pk", "vr", "ar", "eng", "usb",
}  # fmt: skip
PRODUCT_CUES = ("模型", "系列", "芯片", "版本", "应用", "大模型")

# Pronouns that continue an actor named earlier, by the type they refer to.
PRONOUNS = {"他": "person", "她": "person", "该公司": "org", "该机构": "org", "其": "any"}

_LATIN_TOKEN = r"(?:[A-Z]\.(?= [A-Z])|[A-Za-z][A-Za-z0-9]*(?:[&'.\-][A-Za-z0-9]+)*)"
_LATIN_RUN = re.compile(rf"(?<![A-Za-z0-9@/.]){_LATIN_TOKEN}(?: {_LATIN_TOKEN})*(?![A-Za-z0-9@])")
_T = "[" + "".join(sorted(TRANSLIT)) + "]"
_DOTTED = re.compile(rf"{_T}{{1,4}}(?:·(?:{_T}{{1,6}}|[a-z]\.?))+")
_GLOSS = re.compile(r"[（(]\s*(?:以下简称|下称|简称)?\s*([A-Za-z][A-Za-z0-9&'.\- ]*?)\s*[)）]")
_SHORT_FORM = re.compile(
    r"[（(，,]\s*(?:以下简称|下称|简称)[：:\s]?[“「\"]?([^”」\"）)]{1,12})[”」\"]?"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


def normalise(text: str) -> tuple[str, str]:
    """Same-length (simplified copy with case, lower-case key) of ``text``.

    Name separators (· ・ • ‧ ．and the garbled U+2DEx left by broken encodings)
    all become ``·``.
    """
    from reader.core.segment import simplified

    simp = simplified(text)
    simp = re.sub(r"[\u2de0-\u2dff・•‧･⋅∙]", "·", simp)
    simp = re.sub(r"(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])", "·", simp)
    return simp, simp.lower()


@dataclass
class _Entity:
    type: str
    forms: dict[str, str] = field(default_factory=dict)  # key → first surface seen
    canonical: str | None = None  # from the lexicon or a Latin gloss
    strong: bool = False  # has evidence beyond a bare tagger guess
    short_forms: set[str] = field(default_factory=set)  # keys matched only at name boundaries


class _Registry:
    """Entities and the surface keys that name them (a union-find over keys)."""

    def __init__(self) -> None:
        self.by_key: dict[str, _Entity] = {}
        self.listed: dict[str, _Entity] = {}  # lexicon name → its entity

    def add(self, surface: str, type_: str, canonical: str | None = None, strong=True) -> _Entity:
        k = lexicon_mod.key(surface)
        ent = self.by_key.get(k)
        if ent is None:
            ent = _Entity(type_)
            self.by_key[k] = ent
        ent.forms.setdefault(k, surface)
        ent.strong = ent.strong or strong
        if canonical and not ent.canonical:
            ent.canonical = canonical
        if type_ == "person" or ent.type not in ("person", "org"):
            ent.type = type_ if ent.type != "product" else ent.type
        return ent

    def merge(self, a: _Entity, b: _Entity) -> _Entity:
        if a is b:
            return a
        a.forms.update({k: v for k, v in b.forms.items() if k not in a.forms})
        a.short_forms |= b.short_forms
        a.strong = a.strong or b.strong
        a.canonical = a.canonical or b.canonical
        if a.type not in ("person", "org"):
            a.type = b.type
        for k in b.forms:
            self.by_key[k] = a
        return a

    def entities(self) -> list[_Entity]:
        seen: dict[int, _Entity] = {}
        for ent in self.by_key.values():
            seen.setdefault(id(ent), ent)
        return list(seen.values())


class _Context:
    """The text in its three forms plus its tokens, and helpers over them."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.simp, self.key = normalise(text)
        self.tokens = tokens
        self.starts = {t.start for t in tokens}
        self._token_starts = [t.start for t in tokens]
        self.ends = {t.end for t in tokens}
        self.latin_heavy = _latin_heavy_spans(text)
        self.not_names: list[tuple[int, int]] = []  # glosses of things that are not actors

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly in [start, end)."""
        i = bisect.bisect_left(self._token_starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start + len(self.tokens[i].word) <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def before(self, pos: int, n: int = 8) -> str:
        return self.key[max(0, pos - n) : pos]

    def after(self, pos: int, n: int = 8) -> str:
        return self.key[pos : pos + n]

    def in_latin_prose(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.latin_heavy)


def _latin_heavy_spans(text: str) -> list[tuple[int, int]]:
    """Lines written mostly in Latin script (English notices): no names from them."""
    out = []
    pos = 0
    for line in text.split("\n"):
        letters = sum(c.isascii() and c.isalpha() for c in line)
        if len(line) > 40 and letters > 0.6 * len(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def extract_actors(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    segmenter: Segmenter | None = None,
    tokens: list[Token] | None = None,
) -> list[Actor]:
    """The actors of ``text``, most mentioned first."""
    lex = lexicon if lexicon is not None else lexicon_mod.load()
    if tokens is None:
        tokens = tag_text(text, prepared(segmenter, lex))
    ctx = _Context(text, tokens)
    reg = _Registry()
    _from_lexicon(ctx, reg, lex)
    _from_glosses(ctx, reg, lex)
    _from_short_forms(ctx, reg)
    _from_latin(ctx, reg, lex)
    _from_dotted(ctx, reg)
    _from_tokens(ctx, reg, lex)
    _link_short_forms(ctx, reg)
    _merge_org_variants(reg)
    return _collect(ctx, reg)


_TAGS = {"person": "nr", "org": "nt", "place": "ns", "product": "nz"}


def prepared(segmenter: Segmenter | None, lex: Lexicon) -> Segmenter:
    """``segmenter`` (default: the shared jieba) taught the lexicon's Chinese names."""
    seg = segmenter if segmenter is not None else shared()
    seg.add_words((k, _TAGS[e.type]) for k, e in lex.by_key.items() if not k.isascii())
    return seg


def _lex_add(reg: _Registry, lex: Lexicon, surface: str) -> _Entity | None:
    entry = lex.get(surface)
    if entry is None:
        return None
    ent = reg.add(surface, entry.type, entry.name)
    named = reg.listed.get(entry.name)
    if named is not None:
        ent = reg.merge(named, ent)
    reg.listed[entry.name] = ent
    ent.canonical = entry.name
    ent.type = entry.type
    return ent


def _from_lexicon(ctx: _Context, reg: _Registry, lex: Lexicon) -> None:
    for m in lex.pattern.finditer(ctx.key):
        k = m.group()
        if _good_boundaries(ctx, m.start(), m.end(), lex.surfaces[k]):
            _lex_add(reg, lex, ctx.text[m.start() : m.end()])


def _good_boundaries(ctx: _Context, start: int, end: int, listed: str) -> bool:
    """A listed alias matches whole words; a short acronym only in capitals."""
    if listed.isascii():
        if not _part_boundary(ctx, start, end, listed.lower()) or ctx.in_latin_prose(start):
            return False
        return not (listed.isupper() and len(listed) <= 4) or ctx.simp[start:end] == listed
    if len(listed) <= 2:
        return start in ctx.starts and end in ctx.ends
    return True


def _from_short_forms(ctx: _Context, reg: _Registry) -> None:
    """``全名（以下簡稱“簡稱”）``: the short form names the same actor."""
    for m in _SHORT_FORM.finditer(ctx.simp):
        if ctx.simp[m.start()] not in "（(":
            continue
        head = _gloss_head(ctx, m.start())
        if head is None:
            continue
        full = ctx.text[head[0] : head[1]]
        known = reg.by_key.get(lexicon_mod.key(full))
        if known is not None:
            type_ = known.type
        elif _org_shaped_chinese(ctx, *head):
            type_ = "org"
        elif _native_name(ctx.simp[head[0] : head[1]]) or "·" in ctx.simp[head[0] : head[1]]:
            type_ = "person"
        else:
            continue
        short = ctx.text[m.start(1) : m.end(1)].strip()
        reg.merge(reg.add(full, type_), reg.add(short, type_))


def _from_glosses(ctx: _Context, reg: _Registry, lex: Lexicon) -> None:
    """``中文名（Latin）``: both forms name one actor."""
    for m in _GLOSS.finditer(ctx.simp):
        latin = m.group(1).strip()
        if not latin or latin.lower() in LATIN_STOP or re.search(r"\d", latin):
            continue
        chinese_span = _gloss_head(ctx, m.start())
        if chinese_span is None:
            continue
        cs, ce = chinese_span
        if "·" not in ctx.simp[cs:ce] and (_person_shaped_latin(latin) or lex.get(latin)):
            # A name right before the bracket, not the titles before it (總裁庫克).
            cs = _name_suffix(ctx, cs, ce, lex)
        chinese = ctx.text[cs:ce]
        known = lex.get(latin) or lex.get(chinese)
        if known is not None:
            if known.type == "product":
                continue
            a = _lex_add(reg, lex, latin) or reg.add(latin, known.type, known.name)
            if lex.get(chinese) in (None, known):
                reg.merge(a, reg.add(chinese, known.type, known.name))
            continue
        head = ctx.simp[cs:ce]
        if _person_shaped_latin(latin) and ("·" in head or _native_name(head)):
            a = reg.add(latin, "person", latin)
            reg.merge(a, reg.add(chinese, "person"))
        elif _org_shaped_chinese(ctx, cs, ce):
            a = reg.add(chinese, "org")
            reg.merge(a, reg.add(latin, "org"))
        else:
            ctx.not_names.append(m.span(1))


def _name_suffix(ctx: _Context, start: int, end: int, lex: Lexicon) -> int:
    """Start of the shortest listed or name-shaped token suffix of [start, end)."""
    for t in reversed(ctx.tokens_in(start, end)):
        s = ctx.simp[t.start : end]
        if lex.get(s) or _native_name(s) or (len(s) >= 2 and set(s) <= TRANSLIT):
            return t.start
    return start


def _gloss_head(ctx: _Context, paren: int) -> tuple[int, int] | None:
    """The Chinese name just before a gloss's opening bracket."""
    end = paren
    while end > 0 and ctx.simp[end - 1] == " ":
        end -= 1
    # A dotted name, whatever garbled characters stand for its last part.
    sep = ctx.simp.rfind("·", max(0, end - 7), end)
    if sep > 0 and all(_CJK.match(c) for c in ctx.simp[sep + 1 : end]):
        start = sep
        while (
            start > sep - 9
            and start > 0
            and (
                ctx.simp[start - 1] in TRANSLIT
                or ctx.simp[start - 1] in "·."
                or ctx.simp[start - 1].isupper()
            )
        ):
            start -= 1
        if start < sep:
            return start, end
    # Otherwise: the noun phrase of tokens before the bracket.
    toks = ctx.tokens_in(max(0, end - 20), end)
    if not toks or toks[-1].end != end or not _CJK.match(toks[-1].word):
        return None
    start = toks[-1].start
    for t in reversed(toks[:-1]):
        joiner = t.word in ("和", "与") and start - t.end == 0
        if not joiner and (
            not _CJK.match(t.word) or (t.tag[:1] != "n" and not t.new) or end - t.start > 14
        ):
            break
        start = t.start
    return start, end


def _person_shaped_latin(latin: str) -> bool:
    words = latin.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() in ORG_WORDS_LATIN:
        return False
    return all(re.fullmatch(r"[A-Z][a-z'\-]+|[A-Z]\.?", w) for w in words)


def _native_name(s: str) -> bool:
    if s[:2] in COMPOUND_SURNAMES:
        return 3 <= len(s) <= 4
    return 2 <= len(s) <= 3 and s[0] in SURNAMES and all(_CJK.match(c) for c in s)


def _org_shaped_chinese(ctx: _Context, start: int, end: int) -> bool:
    s = ctx.simp[start:end]
    if any(
        s.endswith(x) for x in (*ORG_SUFFIXES, *GOV_SUFFIXES, "部", "局", "署", "办公室", "组织")
    ):
        return True
    last = ctx.tokens_in(start, end)
    return bool(last) and last[-1].tag == "nt"


def _from_latin(ctx: _Context, reg: _Registry, lex: Lexicon) -> None:
    """Runs of capitalised Latin words: whole names, split at roles and numbers."""
    persons: list[tuple[int, int]] = []
    singles: list[tuple[int, int]] = []
    for m in _LATIN_RUN.finditer(ctx.simp):
        if ctx.in_latin_prose(m.start()) or any(s <= m.start() < e for s, e in ctx.not_names):
            continue
        for s, e in _split_run(ctx.simp, m.start(), m.end()):
            word = ctx.simp[s:e]
            if lexicon_mod.key(word) in reg.by_key or lex.get(word):
                continue
            if word.lower() in LATIN_STOP or re.search(r"\d", word) or not word[0].isupper():
                continue
            words = word.split()
            if len(words) > 1 and words[-1].lower() in ORG_WORDS_LATIN:
                reg.add(word, "org")
            elif _person_shaped_latin(word):
                if not _product_context(ctx, s, e):
                    persons.append((s, e))
            elif len(words) == 1 and len(word) > 1:
                singles.append((s, e))
    for s, e in persons:
        reg.add(ctx.text[s:e], "person", ctx.text[s:e])
    for s, e in singles:
        word = ctx.text[s:e]
        if re.fullmatch(r"[A-Za-z]+\.(?:ai|com|io)", word) or _org_context(ctx, s, e, reg):
            reg.add(word, "org")


def _split_run(simp: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a Latin run at role words (``Anthropic CEO Dario Amodei``) and numbers."""
    out: list[tuple[int, int]] = []
    cur = None
    for m in re.finditer(r"\S+", simp[start:end]):
        s, e = start + m.start(), start + m.end()
        w = m.group()
        suffix = cur is not None and w.lower() in ORG_WORDS_LATIN
        breaker = not suffix and (
            w.lower() in LATIN_STOP or re.search(r"\d", w) or not w[0].isupper()
        )
        if breaker:
            if cur:
                out.append(cur)
            out.append((s, e))
            cur = None
        else:
            cur = (cur[0], e) if cur else (s, e)
    if cur:
        out.append(cur)
    return out


def _product_context(ctx: _Context, start: int, end: int) -> bool:
    before = ctx.before(start, 4).rstrip()
    after = ctx.after(end, 4).lstrip()
    return any(before.endswith(c) for c in PRODUCT_CUES) or any(
        after.startswith(c) for c in PRODUCT_CUES
    )


def _org_context(ctx: _Context, start: int, end: int, reg: _Registry) -> bool:
    after = ctx.after(end, 24).lstrip()
    before = ctx.before(start, 8).rstrip()
    if any(after.startswith(c) for c in ORG_CUES_AFTER):
        return True
    if any(before.endswith(c) for c in ORG_CUES_BEFORE):
        return not any(after.startswith(c) for c in PRODUCT_CUES)
    # "X的 <a person>": the person works for X.
    if after.startswith("的"):
        rest = after[1:]
        return any(
            rest.startswith(k) and ent.type == "person"
            for k, ent in reg.by_key.items()
            if len(k) > 2
        )
    return False


def _from_dotted(ctx: _Context, reg: _Registry) -> None:
    """Transliterated names joined by a middle dot, kept whole."""
    for m in _DOTTED.finditer(ctx.key):
        s, e = m.start(), m.end()
        if lexicon_mod.key(ctx.text[s:e]) in reg.by_key:
            continue
        # Names nested in a longer known form (a gloss head) are already there.
        if any(
            k in ctx.key[max(0, s - 4) : e + 4] and k != m.group()
            for k in reg.by_key
            if "·" in k and m.group() in k
        ):
            continue
        reg.add(ctx.text[s:e], "person")


def _from_tokens(ctx: _Context, reg: _Registry, lex: Lexicon) -> None:
    """Chinese names and organisations found by segmentation, with evidence."""
    toks = ctx.tokens
    counts = Counter(t.word for t in toks)
    # 馬歇爾 after 卡米拉·馬歇爾 is a short form, linked later, not a new name.
    dotted_parts = {k.rsplit("·", 1)[1] for k in reg.by_key if "·" in k}
    for i, t in enumerate(toks):
        w = t.word
        if len(w) < 2 or not _CJK.match(w):
            continue
        k = ctx.key[t.start : t.start + len(w)]
        if k in lex.by_key or k in reg.by_key:
            continue
        if (
            (t.tag.startswith("nr") or t.new)
            and _native_name(w)
            and not _in_dotted(ctx, t)
            and k not in dotted_parts
        ):
            prev = _prev_word(toks, i)
            nxt = toks[i + 1].word if i + 1 < len(toks) else ""
            titled = any(prev.endswith(x) for x in TITLES)
            speaks = any(nxt.startswith(v) for v in SPEECH_VERBS) or nxt in ("也", "则", "曾", "在")
            title_after = any(nxt.startswith(x) for x in TITLES)
            if titled or title_after or speaks or counts[w] > 1:
                reg.add(ctx.text[t.start : t.end], "person")
        elif w in GOV_SUFFIXES and i > 0:
            owner = toks[i - 1]
            owner_ent = reg.by_key.get(ctx.key[owner.start : t.start])
            if owner.end == t.start and owner_ent is not None and owner_ent.type == "place":
                reg.add(ctx.text[owner.start : t.end], "org")
        elif (
            t.tag == "nt"
            and len(w) >= 3
            and w.endswith(_NT_ENDINGS)
            and w[0] not in "新该本前现各其"
        ):
            reg.add(ctx.text[t.start : t.end], "org")
        elif any(w == x for x in ORG_SUFFIXES) and i > 0:
            owner = toks[i - 1]
            if (
                owner.end == t.start
                and len(owner.word) > 1
                and (owner.new or set(owner.word) <= TRANSLIT)
            ):
                known = reg.by_key.get(lexicon_mod.key(owner.word))
                if known is not None and known.type == "org":
                    reg.merge(known, reg.add(ctx.text[owner.start : t.end], "org"))
                elif _CJK.match(owner.word) and known is None and not owner.word.isascii():
                    reg.add(ctx.text[owner.start : t.end], "org")
        elif (
            t.tag == "ns"
            and (len(w) >= 3 or w.endswith(("洲", "省", "市", "州", "县", "岛")))
            and not w.endswith(("彼岸", "营利"))
        ):
            reg.add(ctx.text[t.start : t.end], "place", strong=True)


_NT_ENDINGS = (
    "部",
    "局",
    "会",
    "院",
    "署",
    "所",
    "社",
    "团",
    "党",
    "军",
    "行",
    "校",
    "大学",
    "政府",
    "中心",
    "组织",
    "办",
    "委",
    "台",
    "报",
)


def _prev_word(toks: list[Token], i: int) -> str:
    """The word before token ``i``, skipping spaces and a byline bar."""
    j = i - 1
    while j >= 0 and toks[j].word.strip() in ("", "丨", "|", ":", "：", "/"):
        j -= 1
    return toks[j].word if j >= 0 else ""


def _in_dotted(ctx: _Context, t: Token) -> bool:
    return "·" in ctx.key[max(0, t.start - 1) : t.end + 1]


def _link_short_forms(ctx: _Context, reg: _Registry) -> None:
    """``Dario`` → ``Dario Amodei``, ``可汗`` → ``莉娜·M·可汗``: when one person owns the part."""
    owners: dict[str, list[_Entity]] = {}
    for ent in reg.entities():
        if ent.type != "person":
            continue
        parts: set[str] = set()
        for k in ent.forms:
            if " " in k:
                ws = k.split()
                parts.update(w for w in (ws[0], ws[-1]) if len(w) > 2)
            elif "·" in k:
                segs = [s for s in k.split("·") if len(s) >= 2]
                if segs:
                    parts.add(segs[-1])
        for p in parts:
            if p not in reg.by_key:
                owners.setdefault(p, []).append(ent)
    for part, ents in owners.items():
        if len({id(e) for e in ents}) != 1:
            continue
        ent = ents[0]
        for m in re.finditer(re.escape(part), ctx.key):
            if _part_boundary(ctx, m.start(), m.end(), part):
                ent.forms.setdefault(part, ctx.text[m.start() : m.end()])
                ent.short_forms.add(part)
                reg.by_key[part] = ent
                break


def _part_boundary(ctx: _Context, s: int, e: int, part: str) -> bool:
    before = ctx.key[s - 1] if s > 0 else " "
    after = ctx.key[e] if e < len(ctx.key) else " "
    if part.isascii():
        return not _ascii_alnum(before) and not _ascii_alnum(after)
    return before not in TRANSLIT and before != "·" and after not in TRANSLIT and after != "·"


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _merge_org_variants(reg: _Registry) -> None:
    """``Scale`` = ``Scale AI`` = ``Scale.ai``: one Latin org under suffix variants."""
    stems: dict[str, _Entity] = {}
    for ent in reg.entities():
        if ent.type != "org":
            continue
        for k in list(ent.forms):
            if not k.isascii():
                continue
            stem = re.sub(r"(?:[ .](?:ai|inc\.?|corp\.?|com|io))$", "", k)
            other = stems.get(stem)
            if other is not None and other is not ent:
                ent = reg.merge(other, ent)
            stems[stem] = ent


def _collect(ctx: _Context, reg: _Registry) -> list[Actor]:
    """Find every occurrence of every form, longest first, and build the actors."""
    forms = sorted(reg.by_key, key=len, reverse=True)
    taken = [False] * len(ctx.key)
    found: dict[int, list[Mention]] = {}
    ents = {id(e): e for e in reg.entities()}
    for k in forms:
        ent = reg.by_key[k]
        if ent.type == "product" or not k:
            continue
        for m in re.finditer(re.escape(k), ctx.key):
            s, e = m.start(), m.end()
            if any(taken[s:e]):
                continue
            if k.isascii() and not _part_boundary(ctx, s, e, k):
                continue
            if k in ent.short_forms and not _part_boundary(ctx, s, e, k):
                continue
            if k.isascii() and ctx.in_latin_prose(s):
                continue
            for j in range(s, e):
                taken[j] = True
            found.setdefault(id(ent), []).append(Mention(s, e, ctx.text[s:e]))
    actors = []
    for eid, mentions in found.items():
        ent = ents[eid]
        if ent.type not in ACTOR_TYPES or not ent.strong:
            continue
        mentions.sort(key=lambda m: m.start)
        surfaces = Counter(m.text for m in mentions)
        name = ent.canonical or _best_surface(surfaces)
        seen = {lexicon_mod.key(name)}
        aliases = []
        for alias in sorted(surfaces, key=lambda a: (-surfaces[a], a)):
            if lexicon_mod.key(alias) not in seen:
                seen.add(lexicon_mod.key(alias))
                aliases.append(alias)
        actors.append(Actor(name, ent.type, tuple(aliases), tuple(mentions)))
    actors.sort(key=lambda a: (-a.count, a.mentions[0].start))
    return actors


def _best_surface(surfaces: Counter[str]) -> str:
    """The fullest common form: Latin full names first, then the longest."""

    def rank(s: str) -> tuple:
        return (" " in s and s.isascii(), len(s), surfaces[s])

    return max(surfaces, key=rank)
