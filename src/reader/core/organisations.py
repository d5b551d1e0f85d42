"""What an organisation's name looks like.

A Chinese organisation is a head plus an ending from ``reader/data/org_suffixes.txt``
(中信 + 證券, 合肥市工業和信息化 + 局, 台灣工具機暨零組件工業同業 + 公會): the head is a
run of nouns that starts with a proper noun (a place, a known organisation, a
word the dictionary does not know) or a level word (中央, 國家), and the longest
such span wins. A Latin organisation ends with an organisation word (``Scale AI``).
"""

from __future__ import annotations

import re
from functools import cache

from reader.core.entities import (
    CJK,
    CLOSING_MARKS,
    MODALS,
    OPENING_MARKS,
    RARE,
    Context,
    trusted_name_tag,
)
from reader.core.lexicon import trie_pattern
from reader.core.names import (
    CANTONESE_FUNCTION,
    MEASURE_WORDS,
    TRANSLIT,
    name_ending_after,
    starts_title,
    time_after,
)
from reader.core.segment import Token
from reader.core.wordlists import word_set, words

ORG_WORDS_LATIN = {
    "ai", "capital", "inc", "inc.", "corp", "corp.", "labs", "lab", "group", "technologies",
    "technology", "ventures", "partners", "fund", "bank", "media", "news", "times", "post",
    "journal", "university", "institute", "college", "foundation", "association", "agency",
    "council", "committee", "party", "motors", "systems", "networks", "holdings", "research",
    "securities", "academy", "ministry", "department", "office", "commission", "company",
    "energy", "power", "pharma", "pharmaceuticals", "therapeutics", "robotics", "airlines",
    "electronics", "semiconductor", "solutions", "industries", "materials", "biotech",
    "health", "insurance", "entertainment", "studios", "games", "trust", "club",
    "alliance", "union", "society", "league", "institution", "authority", "board",
    "observatory", "museum", "hospital", "court", "school", "library", "center", "centre",
    "laboratory", "laboratories", "orchestra", "police", "service", "services",
    "chemical", "chemicals", "mining", "metals", "resources", "logistics", "shipping",
    "airways", "investments", "federation", "corporation", "limited", "ltd", "ltd.",
    "trustees", "foods", "earths",
}  # fmt: skip

# Words that start an organisation's name without being proper nouns.
LEVEL_WORDS = (
    "中央",
    "国家",
    "全国",
    "中华",
    "国立",
    "市立",
    "省立",
    "市府",
    "县府",
    "政府",
    "特区",
)
# Who runs a body, between its place and its name (台南市|私立|嘉南民俗文物館).
OWNERSHIPS = ("私立", "市立", "县立", "省立", "公立")
# Company endings that say nothing of the trade.
COMPANY_ENDINGS = {"公司", "集团", "控股", "有限公司", "股份有限公司", "集团有限公司"}
# Joiners inside a name (科學與工程, 工具機暨零組件).
JOINERS = {"和", "与", "暨", "及", "会同"}
# Category nouns in apposition before a name (智庫X研究中心): the name starts after them.
CATEGORY_WORDS = {
    "智库", "媒体", "机构", "企业", "车企", "厂商", "大厂", "业者", "巨头", "官方", "当局", "警方",
    "团队",
    "相关", "有关", "旗下", "母公司", "子公司", "对手", "品牌", "龙头", "药厂", "同业",
    "制造商", "供应商", "开发商", "运营商", "营运商", "服务商", "经销商", "生产商", "零售商",
    "承建商", "初创", "新创", "独角兽", "东道主", "船东", "药企", "房企", "苗企", "险企", "国企",
    "央企", "民企", "外企", "团体",
}  # fmt: skip
# Words that make what follows a kind of body, not one body (公立醫院, 部分醫院, 各大銀行).
KIND_WORDS = (
    "公立", "私立", "部分", "各大", "多家", "多间", "当地", "本地", "基层", "民营", "中型",
    "国营", "大型", "小型", "中小", "主要", "其他", "所有", "一些", "多数", "不少", "个别",
    "县级", "市级", "省级", "区级", "一审", "二审", "终审", "三甲", "二甲", "多地", "各地",
    "中小型", "顶尖", "知名", "著名", "一流", "涉事", "持牌", "外资",
)  # fmt: skip
_NAMING_KINDS = ("公立", "私立", "中小型", "中小", "民营", "国营", "船东")
# Heads that refer back rather than name (該公司, 本報): never an organisation.
_DEICTIC = set("该本各其此这那每某全")
# Function words that start no brand name (雖非, 並非, 仍是).
_FUNCTION = set("虽但并而即非也都就还只仍已再又则却于乃或令随转会系连不没")
# Before 學會, these make it the verb "learnt" (剛學會, 沒學會).
_LEARNT = set("刚才已没不还都要会能得也就")
# Words the segmenter glues to an unknown name after them (是祥碩, 指德昇).
_GLUED_BEFORE = set("是为与和及在由到向指称并但对将")
# Endings that name a kind of body whatever the head (浸會大學, 中華經濟研究院).
STRONG = {"大学", "学院", "研究院", "研究所", "研究中心", "委员会", "协会", "公会", "学会",
          "基金会", "医院", "法院", "法庭", "银行", "证券", "集团", "实验室",
          "气象台", "有限公司", "股份有限公司"}  # fmt: skip
# Bodies named without their country, even where a place follows it (英國|蘇塞克斯大學).
ACADEMIC = {"大学", "学院", "研究所", "研究院"}
# Bodies named after their city, the country before which only says where it is.
_ABROAD = {*ACADEMIC, "动物园"}
# One-character endings of government bodies: a head of common nouns names one
# when its chief or staff follow (運輸及物流局局長, 入境事務處職員).
BUREAUS = {"局", "处", "署", "厅", "部"}
# Industries that end company names (鼎曜科技) and descriptions alike (國防科技):
# the brand before them must be a name nobody's dictionary knows, or a known brand.
INDUSTRIES = {
    "科技", "实业", "工业", "资本", "投资", "传媒", "物流", "食品", "航运", "电讯", "网络",
    "软件", "半导体", "光电", "化工", "钢铁", "矿业", "资源", "娱乐", "咨询", "建筑",
    "电信", "智库", "人寿", "锂业", "客车", "药业", "宇航", "航天", "创意", "行销", "营销",
}  # fmt: skip
# Endings of registered companies: whatever comes before is the company's name.
LIMITED = {"有限公司", "股份有限公司", "有限责任公司", "株式会社"}
# Endings that are common words too: a body only when its chief or staff follow.
NEEDS_ROLE = {"会"}
EVENTS = {"记者会", "发布会", "说明会", "研讨会", "座谈会", "听证会", "博览会", "运动会", "展览会"}
STAFF_WORDS = ("职员", "人员", "官员", "发言人", "首长")
# Before 部, these make it a part of a region (河北中南部, 東部), not a ministry.
DIRECTIONS = set("东南西北中内外全局")
_ADDRESSED = {
    "接受", "向", "对", "致电", "据", "另据", "请求", "恳请", "要求", "促请", "尊重", "陈报",
    "去信", "致函", "入禀", "起诉", "控告", "状告", "留医", "送往", "转往", "成立", "创办", "设立",
    "离开", "出任", "批予", "位于",
}  # fmt: skip
# Words for a spot that 處 ends (交界處, 河灣處, 入口處): a place, not an office.
_SPOTS = ("交界", "交汇", "汇合", "河湾", "转弯", "入口", "出口", "路口", "拐角", "深", "远", "近")
_HALLS = set("廊大餐舞客展宴礼会宾")
_NOUNISH = ("n", "vn", "j", "l", "b", "a")  # a: 衛生健康, 平等機會
_MAX_HEAD = 16


@cache
def org_endings() -> tuple[str, ...]:
    """The endings of organisations' and companies' names, longest first."""
    return tuple(
        sorted({*words("org_suffixes"), *words("company_suffixes")}, key=len, reverse=True)
    )


@cache
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(trie_pattern(org_endings()))


def org_shaped_chinese(ctx: Context, start: int, end: int) -> bool:
    """[start, end) ends like an organisation name."""
    s = ctx.simp[start:end]
    if s.endswith(org_endings()) or s.endswith(("组织", "中心")):
        return True
    last = ctx.tokens_in(start, end)
    return bool(last) and last[-1].tag == "nt"


def chinese_orgs(ctx: Context) -> list[tuple[int, int, int]]:
    """(start, end, head end) of organisation names, using the names in ``ctx.spans``."""
    out: list[tuple[int, int, int]] = []
    proper = {s: type_ for (s, _), type_ in ctx.spans.items()}
    # 熊本縣 … 熊本|大學: a word the article also writes with its place level is a place.
    taught = {t.word[:-1] for t in ctx.tokens if len(t.word) >= 3 and t.word[-1] in "省市县州"}
    for t in ctx.tokens:
        if t.word in taught or _city(ctx, t):
            proper.setdefault(t.start, "place")
    companies = set(words("company_suffixes"))
    for m in _suffix_pattern().finditer(ctx.simp):
        a, b = m.span()
        if not _ends_word(ctx, a, b):
            continue
        if m.group() == "部" and ctx.simp[a - 1 : a] in DIRECTIONS:
            continue
        if m.group() == "处" and ctx.simp.endswith(_SPOTS, 0, a):
            continue  # 兩省交界處, 河灣處: a spot, not an office
        if m.group() == "厅" and ctx.simp[a - 1 : a] in _HALLS:
            continue  # 登機廊廳, 宴會廳: a hall, not a department
        if m.group() == "中心" and _no_centre(ctx, a, proper):
            continue
        glued = ctx.tokens[ctx.token_index(a)]
        if m.group() in TEMPLES and glued.start < a and ctx.lookup(ctx.simp[glued.start : b]):
            continue  # 清真寺, 土地廟: a kind of building, not one temple
        if glued.word in EVENTS:
            continue  # 召開記者會表示: a meeting, not a body
        if m.group() in NEEDS_ROLE and not _staff_after(ctx, b):
            continue  # 會 is mostly the verb (香港會繼續); 船東會主席 is a body
        if m.group() == "学会" and ctx.simp[a - 1 : a] in _LEARNT:
            continue  # 剛學會: learnt, not a learned society
        if _role_of_previous(ctx, a, b, proper):
            continue
        if m.group() in LIMITED:
            start = _limited_start(ctx, a)
        elif m.group() in companies:
            start = _brand_start(ctx, a, b, proper)
            if start is not None and m.group() in INDUSTRIES and not _brand_name(ctx, start, a):
                start = None  # 國防科技, 亞洲科技: a field, not a company
            if start is None and m.group() in STRONG:
                start = _head_start(ctx, a, b, proper)  # 北京市自來水集團: a place heads it
                if start is not None and not _place_at(ctx, start, proper):
                    start = None  # 詐騙集團: a kind of group
        else:
            start = _head_start(ctx, a, b, proper)
        if start is not None and ctx.simp[start:b] in _GENERIC_TEAMS:
            start = None  # 國家隊: the article's country's team, named by no name
        if start is not None and "最" in ctx.simp[start:a]:
            start = None  # 北歐最大乳業合作社: a description, not a name
        if start is not None and m.group() in _EVERY_COUNTRY_S and ctx.simp[start:a] in COUNTRIES:
            start = None  # 美國監獄, 美國醫院: a country's kind of place, not one
        if start is not None and ctx.simp[start - 1 : start] == "驻":
            start -= 1  # 駐捷克台北經濟文化辦事處: a mission is named with where it is
            owner = ctx.tokens[ctx.token_index(start - 1)] if start else None
            if owner is not None and owner.end == start and owner.tag.startswith("ns"):
                start = owner.start  # 法國|駐港澳總領事館: and with whose it is
        if start is not None and _describes_latin(ctx, start, a, b):
            start = None  # 阿聯酋投資集團|Qamar Interactive: a kind of body, then its name
        if start is not None and _after_body(ctx, start):
            start = None  # 世界自然基金會（WWF）北京代表處: an office of the body before
        unit = ctx.simp[a - 2 : a] in _UNITS.get(m.group(), ())
        if start is not None and unit and _unit_owner(ctx, start, a - 2, proper):
            # 清華大學|代表隊, 金聲粵藝基金|董事局: the body itself is meant.
            b = a - 2
            a = b - len(next((e for e in org_endings() if ctx.simp.endswith(e, 0, b)), ""))
        if start is not None:
            out.append((_past_province(ctx, start, a), b, a))
    # Overlapping spans: keep the longest.
    out.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, int]] = []
    for span in out:
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


# A body's team or board, named after it: the body is who acts.
_UNITS = {"队": ("代表",), "局": ("董事",), "会": ("董事", "理事")}
_GAMES = ("运", "运会", "奥会", "运动会")


def _unit_owner(ctx: Context, start: int, end: int, proper: dict[int, str]) -> bool:
    """[start, end), before a team or a board, names the body they are of: an
    organisation's name or a word nobody's dictionary knows (粵藝); not a place (香港|代表隊:
    its team is a body of its own), a games (亞運, 冬奧會), people (青少年) or a bare kind
    (公司|董事會)."""
    toks = ctx.tokens_in(start, end)
    if not toks or ctx.simp[start:end] in org_endings() or _place_at(ctx, start, proper):
        return False
    if ctx.simp.endswith(_GAMES, start, end):
        return False
    shaped = ctx.simp.endswith(org_endings(), start, end) or toks[-1].tag == "nt"
    return shaped or any(t.new for t in toks)


def _city(ctx: Context, t: Token) -> bool:
    """榮成市 read as a common noun: a name, then its level; not 外縣市, 山區縣."""
    if len(t.word) < 3 or t.word[-1] not in "省市县州" or t.tag not in ("n", "nr"):
        return False
    stem = t.word[:-1]
    found = ctx.lookup(stem)
    # A rare name: not 小康縣, 外縣市 or 山區縣.
    named = found is not None and found[1].startswith(("ns", "nr")) and found[0] < _RARE_PLACE
    return named and stem not in NOT_PLACES and stem[0] not in "外各每本全该"


def _no_centre(ctx: Context, a: int, proper: dict[int, str]) -> bool:
    """北京市中心, 國際航運中心: the middle of a place, or a status; not a body."""
    i = ctx.token_index(a)
    prev = ctx.tokens[i - 1] if i > 0 else None
    return (
        ctx.simp[a - 1 : a] in "市城镇区"
        or prev is None
        or prev.tag.startswith("ns")
        or proper.get(prev.start) == "place"
        or prev.word.startswith("国际")
        or (i > 1 and ctx.tokens[i - 2].word == "国际")
        or ctx.simp[a - 2 : a] in VENUES
    )


# After 站, these make it "stand", not "station" (站出來, 站在, 站穩).
_STANDS = set("出在上稳起着了到")


def _ends_word(ctx: Context, a: int, b: int) -> bool:
    """The ending at [a, b) closes a word: 局 in 工業局, 局長, 局局長; not 局面, 當局, 總部."""
    tok = ctx.tokens[ctx.token_index(a)]
    if b - a == 1:
        # A one-character ending stands alone, starts a role (局長), or ends an
        # organisation the dictionary knows (經濟部).
        if tok.start == a:
            glued = _glued_to_next(tok)  # 交通運輸局及|福州地鐵
            return tok.end == b or glued or starts_title(ctx.simp, a) or starts_title(ctx.simp, b)
        # A noun or fixed phrase (發展署 read as one) ends there; a temple's or a team's
        # name is seldom in the dictionary (慈祐宮, 農糧署, 琴海隊), so for them an unknown
        # word will do.
        unknown = tok.new and (ctx.simp[a] in TEMPLES or ctx.simp[a] in _SELDOM_KNOWN)
        unknown = unknown and tok.word[0] not in _FUNCTION  # 連買|部: "even buy", no body
        unknown = unknown and tok.word[0] != "前"  # 前港隊: the former team, no name
        known = tok.tag.startswith(("n", "l", "j")) or unknown  # j: 環保局
        return tok.end == b and (tok.tag == "nt" or (known and len(tok.word) >= 3))
    rest = ctx.simp[b : b + 1]
    if rest == "化":
        return False  # 過度銀行化: a process, not a bank
    if rest == "站" and ctx.simp[b + 1 : b + 2] not in _STANDS:
        return False  # 中山國中站: a station; not 醫學會|站出來
    if b in ctx.ends or b == len(ctx.simp):
        return True
    return starts_title(ctx.simp, b) or (
        rest != "" and (not CJK.match(rest) or rest in _AFTER_NAME)
    )


def _role_of_previous(ctx: Context, a: int, b: int, proper: dict[int, str]) -> bool:
    """房屋局|局長: a one-character ending that starts the role of the organisation before."""
    if b - a != 1 or not starts_title(ctx.simp, a):
        return False
    i = ctx.token_index(a)
    if i == 0 or ctx.tokens[i].start != a:
        return False
    prev = ctx.tokens[i - 1]
    if prev.word in _DEPUTY and i > 1:
        prev = ctx.tokens[i - 2]  # 漁護署|助理|署長: the deputy's role of the body before
    return (
        prev.tag.startswith("nt")
        or proper.get(prev.start) == "org"
        or prev.word.endswith(ctx.simp[a])
    )


def _brand_start(ctx: Context, a: int, b: int, proper: dict[int, str]) -> int | None:
    """Start of the brand right before a company ending: 星途|汽車, 中信|證券 (one word)."""
    i = ctx.token_index(a)
    tok = ctx.tokens[i]
    if tok.start < a:
        # The ending is glued to the brand: a word the dictionary knows as an organisation.
        brand = ctx.simp[tok.start : a]
        found = ctx.lookup(brand)
        if (found is not None and found[1].startswith("ns")) or proper.get(tok.start) == "place":
            return None  # 美國公司: a description
        if brand in _FIRM_WORDS and i > 0:
            return _brand_before_firm_words(ctx, i)  # 台鹽|實業公司
        if not (tok.tag.startswith("nt") and len(brand) >= 2):
            return None
        if brand not in word_set("company_suffixes"):
            return tok.start
        # 魯豐|化工集團, 中國|化工集團: a trade and its ending, the dictionary's one word, name
        # a company after a brand it lacks or a place; alone, a kind (這家化工集團).
        prev = ctx.tokens[i - 1] if i else None
        if prev is None or prev.end != tok.start or not CJK.match(prev.word):
            return None
        named = (prev.new and len(prev.word) >= 2) or prev.tag.startswith("ns")
        return prev.start if named else None
    if i == 0:
        return None
    t = ctx.tokens[i - 1]
    if t.word.endswith(tuple(STRONG)):
        return None  # 理工大學|物流: a field a university teaches, not a company's trade
    if proper.get(t.start) == "org" and t.end == a:
        # 小米|營銷, 台積電|行銷: a known brand's department, not a firm of its own.
        return None if ctx.simp[a:b] in _DEPARTMENT_TRADES else t.start
    if proper.get(t.start) == "place" or not CJK.match(t.word) or len(t.word) < 2:
        return None
    if _glued(t):
        return t.start + 1  # 是|祥碩科技: the segmenter glued the verb to the brand
    if t.word[0] in _DEICTIC or t.word in CATEGORY_WORDS or t.word[0] in _FUNCTION:
        return None  # 該, 旗下; 雖非集團: no brand
    if i > 1 and _quantifier(ctx.tokens[i - 2]):
        return None  # 各巴士公司, 兩家汽車公司: a kind of company, not one
    if t.tag.startswith("ns") and ctx.simp.startswith("公司", a):
        return None  # 丹麥公司: a company of that country, not its name
    if t.new and i > 1 and ctx.tokens[i - 2].word in MODALS:
        return None  # 只能|改搭|客運: a verb the segmenter did not know, after a modal
    if t.word in NOT_PLACES:
        return None  # 深圳|巴士|集團: a common word the dictionary calls a place
    if t.new and _trade_of_a_noun(ctx, a, b):
        return None  # 推高|海運|成本, 歐線|物流|鏈: a trade word describing the noun after
    if t.new or t.tag.startswith(("nt", "j", "nr", "ns")):
        return t.start
    # 宏遠|投顧|首席經濟學家, 宏達|保險|回覆: a brand the dictionary reads as a word, before
    # a trade (not 公司: 管理|公司|發言人) and its people or its words.
    trade = ctx.simp[a:b] not in COMPANY_ENDINGS
    spoken = _staff_after(ctx, b) or b in ctx.speech_starts or _issues_after(ctx, b)
    if len(t.word) == 2 and t.tag[:2] in ("nz", "a", "v", "z") and trade and spoken:
        return t.start
    firm = t.word in _FIRM_WORDS and ctx.simp[a:b] in COMPANY_ENDINGS
    return _brand_before_firm_words(ctx, i) if firm else None


# 翔宇建設|20日下午|發出聲明, 星潮行銷|則在臉書|發表聲明: a body that issues
# a statement, after when and where.
_ISSUES = re.compile(
    r"(?:[今昨前本][天日早晚晨]|\d{1,2}日|[上下中]午|晚间|深夜|凌晨|也|亦|则|已|随即|当天|同日)*"
    r"(?:在[^，。：；“”「」]{1,12}?)?(?:发表|发出|发布)(?:声明|新闻稿|公告|情况说明|通报)"
)


def _issues_after(ctx: Context, b: int) -> bool:
    """A statement is issued from ``b`` on, after when and where."""
    return _ISSUES.match(ctx.simp, b) is not None


def _brand_before_firm_words(ctx: Context, i: int) -> int | None:
    """晶棧|國際|開發|公司, 台鹽|實業公司: a brand the dictionary does not know, then the
    words firms name themselves with, before the ending at token ``i``."""
    k = i - 1
    while k >= 0 and i - k <= 3 and ctx.tokens[k].word in _FIRM_WORDS:
        k -= 1
    head = ctx.tokens[k] if k >= 0 else None
    if head is None or not CJK.match(head.word) or head.word[0] in _DEICTIC | _FUNCTION:
        return None
    if _quantifier(head) or head.word[0] in "一二三四五六七八九十两几多":
        return None  # 六大|科技公司: a kind
    return head.start if head.new or head.tag.startswith(("nt", "j")) else None


def _trade_of_a_noun(ctx: Context, a: int, b: int) -> bool:
    """A trade's word (海運, 物流), not 公司, before a noun that is no role, body or a
    company's own (鼎泰物流|股價): the trade or a field, not a company."""
    if ctx.simp[a:b] in COMPANY_ENDINGS or b >= len(ctx.simp):
        return False
    after = ctx.tokens[ctx.token_index(b)]
    noun = after.start == b and after.tag.startswith("n") and CJK.match(after.word) is not None
    if not noun or after.word in _A_COMPANY_S or after.word.endswith(org_endings()):
        return False
    # 元大投顧|資深分析師, 華岳證券|電力設備行業首席分析師: a role soon after names its firm.
    return not any(starts_title(ctx.simp, k) for k in range(b, min(b + 10, len(ctx.simp))))


def _limited_start(ctx: Context, a: int) -> int | None:
    """Start of a registered company's name (啟德體育園|有限公司): back to 的, a verb or a mark."""
    i = ctx.token_index(a) - 1
    start = a
    while i >= 0 and a - ctx.tokens[i].start <= _MAX_HEAD:
        t = ctx.tokens[i]
        # 頤康悅|居, 鑫|盛: one character of an unknown name, read as a verb, is still the name.
        prev = ctx.tokens[i - 1] if i > 0 else None
        unknown = prev is not None and (prev.new or (len(prev.word) == 1 and prev.tag == "nr"))
        # 代理商|寵|樂坊: so is one right after a trade.
        traded = prev is not None and len(prev.word) >= 2 and prev.word.endswith("商")
        split_name = len(t.word) == 1 and t.tag == "v" and (unknown or traded)
        # 天津|津港|通|汽車貿易有限公司, 北京|啟明|研學…: a verb right after a place is in
        # the brand.
        # 通匯|支付|有限公司: so is one after a word the dictionary lacks.
        named = i > 0 and (ctx.tokens[i - 1].tag == "ns" or ctx.tokens[i - 1].new)
        placed = t.tag == "v" and len(t.word) <= 2 and named
        stop = t.tag in ("uj", "p", "v", "c", "r") and not (split_name or placed)
        if not CJK.match(t.word) or stop or t.word in CATEGORY_WORDS or t.word == "公司":
            break  # 管理公司|宏基物業管理有限公司: a kind of company before the name
        after_verb = t.word == "商" and prev is not None and prev.tag == "v"
        if (len(t.word) >= 2 and t.word.endswith("商")) or after_verb:
            break  # 分判商|昇輝建築工程有限公司, 承辦|商|恆昇…: a trade before the name
        start = t.start
        i -= 1
    # 被告杭州禾悅電子商務有限公司: the name starts at its place or first proper noun;
    # 山西省忻州市|寧武縣鑫盛煤業有限公司: at the last of a run of places (its address).
    toks = ctx.tokens_in(start, a)
    places = [t.start for t in toks if t.tag.startswith(("ns", "nz", "nr")) or t.new]
    # 禾|豐行食品有限公司: one character before the first proper word is part of the name.
    start = places[0] if places and places[0] - start > 1 else start
    while len(toks) > 2 and toks[0].start == start and _run_of_places(toks):
        toks = toks[1:]
        start = toks[0].start
    return start if a - start >= 2 and ctx.simp[start] not in _DEICTIC else None


def _run_of_places(toks: list[Token]) -> bool:
    """The first two words are places, the second of a lower level (省, 市, 縣)."""
    first, second = toks[0], toks[1]
    return all(t.tag == "ns" and t.word[-1] in PLACE_LEVELS for t in (first, second)) and (
        PLACE_LEVELS.index(first.word[-1]) <= PLACE_LEVELS.index(second.word[-1])
    )


def _brand_name(ctx: Context, start: int, a: int) -> bool:
    """[start, a) is a name: words the dictionary does not know, or knows as brands."""
    i = ctx.token_index(start)
    if ctx.tokens[i].end > a:  # glued to the ending (國防科技): ask for the brand alone
        found = ctx.lookup(ctx.simp[start:a])
        return found is None or found[1].startswith(("nt", "nz"))
    toks = [ctx.tokens[i], *ctx.tokens_in(ctx.tokens[i].end, a)]
    return all(t.new or t.tag.startswith(("nt", "nz")) for t in toks)


def _quantifier(t: Token) -> bool:
    return t.tag.startswith(("m", "q")) or (t.word[0] in _DEICTIC and t.tag.startswith("r"))


def _head_start(ctx: Context, a: int, b: int, proper: dict[int, str]) -> int | None:
    """Where the name ending at [a, b) starts, or None when its head is no name."""
    i = ctx.token_index(a)
    toks: list[Token] = []
    if ctx.tokens[i].start < a:
        glued = ctx.tokens[i]
        if proper.get(glued.start) == "org" and glued.end == b:
            # A known organisation (立法院, 發展局) is a whole name unless a
            # place heads it (台北市產業發展局).
            place = _place_before(ctx, i, proper) if generic(ctx, glued.word) else None
            return place if place is not None else glued.start
        inner = [p for p in range(glued.start + 1, a) if proper.get(p) == "org"]
        if inner:
            return inner[0]  # 英國劍橋大學 as one word: the listed name inside it
        country = _country_before_name(glued.word)
        if country and glued.end == b:
            return glued.start + country  # 美國杜克大學 as one word: 杜克大學
        toks.append(glued)  # the ending is glued to the head's last word
    j = i - 1
    stopped_at_edge = False
    staff = _staff_after(ctx, b) or ctx.simp.startswith(_FIGURES, b)
    while j >= 0:
        t = ctx.tokens[j]
        if a - t.start > _MAX_HEAD:
            break
        w = t.word
        if not CJK.match(w) and w != "·":
            stopped_at_edge = not w.strip() or not w.isalnum()
            break
        if t.start and ctx.simp[t.start - 1].isdigit():
            stopped_at_edge = True
            break  # 18日|向斯德哥爾摩地方法院: the word is glued to a date
        # 香港|中小型|食肆商會, 大阪|公立|大學: after a place, some kinds name one body.
        named = w in _NAMING_KINDS and j and ctx.tokens[j - 1].tag.startswith("ns")
        kind = w in KIND_WORDS and not named
        # 香港幼兒教育|同業|聯會: a category word right before the ending names nothing.
        category = w in CATEGORY_WORDS and (t.end < a or b - a < 2) and not named
        if w == "所属":
            break  # 黃埔海關|所屬|茂名海關: a body under another
        if t.new and len(w) == 2 and w[1] in "到往":
            stopped_at_edge = True
            break  # 晚到|醫院, 部長到|立法院: where someone goes, the body after it
        if t.new and (w[0] == "等" or w[-1] in _NO_NAME):
            stopped_at_edge = True
            break  # 歐洲|等國|動物園, 家長|帶著|孩子參觀|動物園: a list's end, a verb
        # 交通運輸局及|南寧軌道交通集團: the ending of a bureau before, not part of the name.
        bureau_before = w[0] in BUREAUS and _glued_to_next(t)
        # 永順營造負責人|及|鄉公所: a body's staff before the joiner; the body is what
        # follows (not 香港教師|及|教育工作者協會, a union of two trades).
        staff_before = ctx.simp.endswith(_STAFF_BEFORE_JOINER, 0, t.start)
        joined = w in JOINERS and (_org_ends_at(ctx, t.start) or staff_before)
        if category or kind or bureau_before or joined:
            # 瑪嘉烈醫院與仁濟醫院: two bodies joined, not one name with a joiner.
            stopped_at_edge = True
            break
        if t.new and (w[0] in JOINERS or _glued(t)) and _org_ends_at(ctx, t.start):
            # …小學|及恩光會|兆麟小學, 幼稚園|由樂晴|教育基金會: a joiner or a verb glued to
            # the next name, after another body.
            toks.insert(0, t)
            stopped_at_edge = True
            break
        # A verb right before the ending (政府統計|處, 浸會|大學); elsewhere only in the
        # name of a body with people (外賣|車手|關注組召集人), checked below.
        # Not 經濟部|到|委員會, nor 慈雲山|再有|幼稚園.
        # 疾病|預防|控制中心: so is one right before the word the ending is glued into,
        # after a noun of the name (not 健保署|提高|醫學中心, a body and what it does).
        glued_next = len(toks) == 1 and toks[0].start < a and t.end == toks[0].start
        noun_before = j > 0 and ctx.tokens[j - 1].tag == "n" and not _org_ends_at(ctx, t.start)
        glued_next = glued_next and noun_before
        verb = t.tag == "v" and (((t.end == a or glued_next) and len(w) > 1) or staff)
        verb = verb and not w.endswith("有")
        ordinal = t.tag == "m" and w.startswith("第")  # 鄭州大學|第一|附屬醫院
        # 港九|麻雀業商會主席, 香港|八|和會館: a numeral in the name of a body with people.
        numeral = t.tag == "m" and staff and not any(c.isdigit() or c in MEASURE_WORDS for c in w)
        # 濕地, 香港|仔, 華富|邨, 反|詐騙: the tagger's morphemes; not Cantonese 交晒|俾.
        morpheme = t.tag in ("z", "zg", "g") and w not in CANTONESE_FUNCTION
        nounish = t.tag.startswith(_NOUNISH) or morpheme or (w in _REGIONS and bool(toks))
        if not (w in JOINERS or w == "·" or t.new or nounish or verb or ordinal or numeral):
            # 協助租屋糾紛的|崔媽媽基金會表示: a clause describes the body that speaks.
            stopped_at_edge = w == "的" and b in ctx.speech_starts
            break
        toks.insert(0, t)
        j -= 1
    else:
        stopped_at_edge = True
    counted = len(toks) >= 2 and toks[-2].tag == "m"  # 八|和|會館: a name
    if toks and toks[-1].word in JOINERS and toks[-1].end == a and not counted:
        return None  # 演員及|劇團: two kinds, no name
    if clause := _clause_in_head(toks, a, ctx.simp.startswith(_RELATED_STAFF, b)):
        toks, stopped_at_edge = toks[clause:], False
    said = [
        k
        for k, t in enumerate(toks)
        if t.word in word_set("speech_verbs") or t.word in _ADDRESSED or t.word == "指"
    ]
    if said:
        # 樊國豪承認|球會, 晏家明今早接受|電台: the body is spoken of or to, unnamed.
        toks = toks[said[-1] + 1 :]
        if not toks:
            return None
    if toks and (cut := _after_addressing(ctx.simp[toks[0].start : a])):
        # 曾留|醫廣華|醫院: the verb is cut across words; the name starts after it.
        start = toks[0].start + cut
        return _trim(ctx, start, a) if a - start >= 2 else None
    if ctx.simp[a:b] in TEAMS:
        # 日本職棒|北海道日本火腿鬥士隊: a league before a team is not part of its name.
        leagues = [k for k, t in enumerate(toks) if proper.get(t.start) == "org"]
        if leagues and leagues[-1] + 1 < len(toks) and toks[leagues[-1] + 1].tag == "ns":
            toks = toks[leagues[-1] + 1 :]
    if len(toks) >= 2 and local_place_name(ctx, toks[-2]) and toks[-1].word[0] in PLACE_LEVELS:
        return toks[-2].start  # 苑裡|鎮公所: the tagger took the town for a name
    if toks and toks[-1].end == a and _town(ctx, toks[-1].word):
        return toks[-1].start  # 員林市|公所: the town and its level read as one common word
    # The name starts at its first proper word; 德國|馬克斯·普朗克研究所: a country
    # before a foreign name is where the body is, not part of its name.
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.word in PLACE_LEVELS and _named_before_level(t):
            return t.start  # 吳江|區|人民政府: the tagger took the district for a name
        # 中部|腎友關懷協會: a region of the country opens a name, not 中部|醫院.
        region = t.word in _REGIONS and nxt is not None
        if _proper(ctx, t, proper) or region:
            # 英國|劍橋大學, 德國|馬克斯·普朗克: the country is where it is.
            # 英國|蘇塞克斯|大學: before a university's place, too.
            # 新加坡|高等法院: a name every country's body has is that country's.
            courts = nxt is not None and ctx.simp[a:b] not in ACADEMIC and generic(ctx, nxt.word)
            # 山西|古建築|保護研究所: a frequent word the dictionary also calls a name.
            frequent = nxt is not None and (ctx.lookup(nxt.word) or (0,))[0] > 1000
            named = nxt is not None and (
                (nxt.tag.startswith("nr") and nxt.word[-1] not in PLACE_LEVELS and not frequent)
                or (proper.get(nxt.start) == "org" and not generic(ctx, nxt.word))
                or (t.word in COUNTRIES and nxt.tag.startswith("nt") and not courts)
            )
            abroad = nxt is not None and t.word in COUNTRIES and ctx.simp[a:b] in _ABROAD
            if t.tag == "ns" and abroad and _named_place(nxt):
                return _trim(ctx, nxt.start, a)  # 英國|蘇塞克斯大學, 德國|不來梅…研究所
            # 彰化|基督教醫院, 台東|馬偕紀念醫院: a city or county before a name is part of it.
            if (
                t.tag == "ns"
                and named
                and not (ctx.simp[a:b] == "医院" and t.word not in COUNTRIES)
            ):
                continue
            # 日本東京大學|地震研究所: the country inside one word is not part of the name.
            if k == 1 and t.new and toks[0].tag == "n" and stopped_at_edge:
                return _trim(ctx, toks[0].start, a)  # 親師|共好|協會: a noun opens the name
            if k and toks[k - 1].word in _OWN_LEVELS and toks[k - 1].end == t.start:
                return toks[k - 1].start  # 省|交通運輸廳: the province's own, named so at home
            return _trim(ctx, t.start + (_glued(t) or _country_before_name(t.word)), a)
    head = ctx.simp[toks[0].start : a] if toks else ""
    if not (2 <= len(head) <= 8 and _clean(toks)):
        return None
    # 病人互助|聯盟主席: common words from the clause's start to a body's ending, then
    # its people, name the body, verbs and all.
    # 據博彩監察協調局資料: a body cited for its figures names itself, like one with staff.
    cited = ctx.simp[toks[0].start - 1 : toks[0].start] == "据" and ctx.simp.startswith(_FIGURES, b)
    # 「公屋住戶權益關注組」: a group's whole name in quotation marks names it; other
    # quoted words are a term (推動「智慧醫院」).
    opened = toks[0].start > 0 and ctx.simp[toks[0].start - 1] in OPENING_MARKS
    quoted = opened and b < len(ctx.simp) and ctx.simp[b] in CLOSING_MARKS
    if quoted and ctx.simp[a:b] not in _GROUPS and not staff:
        return None
    # 行政上訴委員會|昨日裁定, 民意觀察基金會|昨日公布: a body of people that acts, named by
    # what it does.
    acts = b in ctx.speech_starts or (b < len(ctx.simp) and time_after(ctx, b))
    acting = stopped_at_edge and acts and ctx.simp[a:b] in _PEOPLE_S_BODIES
    staffed = (stopped_at_edge and staff) or cited or quoted or acting
    if len(toks) > 1 and any(t.tag == "v" for t in toks) and not staffed:
        return None  # 死者遺孀離開|法院: a clause, not a name
    if stopped_at_edge and ctx.simp[a:b] in STRONG and not _common_verb(ctx, toks):
        return _trim(ctx, toks[0].start, a)
    # One dictionary word (考察隊|隊長) or one verb is a kind of body, not a name.
    one = len(toks) == 1 and toks[0].end > a and not toks[0].new and toks[0].tag[:2] != "nt"
    if one and ctx.simp[a:b] == "部":
        return None  # 門口的|小賣部老闆, 事業部: one common word holds the ending, a kind
    named = len(toks) > 1 or toks[0].new or toks[0].tag.startswith("nr")  # 天恩|小學校長
    if (staffed and named) or (ctx.simp[a:b] in BUREAUS and staff):
        if _after_body(ctx, toks[0].start):
            return None  # 明德醫院（明德醫院）急診部主任: a department of the body before
        return _trim(ctx, toks[0].start, a)  # 運輸及物流局局長, 入境事務處職員
    return None


def _clause_in_head(toks: list[Token], a: int, related: bool) -> int:
    """How many tokens of the head are a clause, not a name: up to its last verb, unless
    every verb opens the name or follows a place or body (單位|中華路|跑|發展協會).

    騙徒|冒充|勞工事務處職員 gives 1 (the head is 勞工事務); 陳大文|出席|… gives 1 too.
    """
    verbs = [k for k, t in enumerate(toks) if t.tag == "v" and t.end != a]
    if not verbs:
        return 0
    before = toks[: verbs[-1]]
    placed = any(t.tag.startswith(("ns", "nt", "nz", "j")) for t in before) and not any(
        t.new or t.tag.startswith("nr") for t in before
    )
    # 國家|認證|認可|監督管理|委員會|有關負責人: a level word opens the name of a body
    # whose official in charge follows, verbs and all (not 國家|鼓勵|行業協會|負責人).
    leveled = related and bool(before) and before[0].word in LEVEL_WORDS
    return 0 if verbs == [0] or placed or leveled else verbs[-1] + 1


PLACE_LEVELS = "省市县区镇乡村州"
TEMPLES = "宫庙寺"
# Countries news names before a foreign body's own name (美國|馬里蘭大學, 德國|普朗克學會).
COUNTRIES = (
    "美国", "英国", "法国", "德国", "日本", "韩国", "澳大利亚", "澳洲", "加拿大", "意大利",
    "西班牙", "荷兰", "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "俄罗斯", "印度", "新加坡",
    "以色列", "爱尔兰", "比利时", "奥地利", "新西兰", "纽西兰", "巴西", "墨西哥", "南韩",
)  # fmt: skip
_DEPUTY = ("助理", "副", "代理", "署理", "常务")
# A centre that is a place people go to, not a body (體育中心, 活動中心).
VENUES = ("体育", "活动", "会展", "购物", "展览", "会议", "文化", "社区", "演艺")
TEAMS = ("队", "球会", "足球会")


def local_place_name(ctx: Context, t: Token) -> bool:
    """A place, or a rare word the tagger calls a name or does not know, before a level.

    苑裡|鎮公所, 嘉義縣|民雄鄉: the tagger often takes a town for a person.
    """
    if len(t.word) < 2 or CJK.match(t.word) is None or t.word[0] in _FUNCTION:
        return False  # 而家: Cantonese "now", not a place
    found = ctx.lookup(t.word)
    rare = found is None or found[0] < RARE
    return t.tag.startswith("ns") or ((t.new or t.tag.startswith("nr")) and rare)


def _named_before_level(t: Token) -> bool:
    """A name the tagger cut from its place level (吳江|區), known or not."""
    named = t.tag.startswith(("nr", "ns")) or t.new
    return named and len(t.word) >= 2 and CJK.match(t.word) is not None


def _common_verb(ctx: Context, toks: list[Token]) -> bool:
    """The head is one common verb (需要|醫院, 離開|法院), the body its object, or one common
    attribute (單項|協會, 有關|協會), the body a kind: unnamed."""
    if len(toks) != 1 or toks[0].tag not in ("v", "vn", "b"):
        return False
    found = ctx.lookup(toks[0].word)
    return found is not None and found[0] >= RARE


def _town(ctx: Context, word: str) -> bool:
    """A rare name and a place level read as one word (員林市, 竹山鎮)."""
    if len(word) < 3 or word[-1] not in PLACE_LEVELS or CJK.match(word) is None:
        return False
    found = ctx.lookup(word[:-1])
    return found is None or found[0] < RARE


def generic(ctx: Context, name: str) -> bool:
    """A name made of common words (發展局, 環境部), which many places' bodies share."""
    found = ctx.lookup(name[:2])
    return found is not None and not found[1].startswith(("nr", "ns", "nz", "nt"))


def _place_at(ctx: Context, pos: int, proper: dict[int, str]) -> bool:
    t = ctx.tokens[ctx.token_index(pos)]
    return t.start == pos and (t.tag.startswith("ns") or proper.get(pos) == "place")


def _place_before(ctx: Context, i: int, proper: dict[int, str]) -> int | None:
    """Start of the place that heads token ``i`` through common nouns, if one does."""
    for j in range(i - 1, max(-1, i - 4), -1):
        t = ctx.tokens[j]
        if t.end != ctx.tokens[j + 1].start or not CJK.match(t.word):
            return None
        # 越秀區 read as a name (not 報區, a verb glued to 區).
        local = t.tag.startswith("nr") and local_place_name(ctx, t) and t.word[-1] in PLACE_LEVELS
        if t.tag.startswith("ns") or proper.get(t.start) == "place" or local:
            return _places_start(ctx, j, proper)
        if t.start in proper or starts_title(ctx.simp, t.start) or _org_ends_at(ctx, t.start):
            return None
        if not (t.tag in ("n", "vn") or t.word in JOINERS):
            return None
        if t.word in JOINERS and j and ctx.tokens[j - 1].word.endswith(org_endings()):
            return None  # 台中市消防局|與|內政部…: two bodies joined
    return None


def _places_start(ctx: Context, j: int, proper: dict[int, str]) -> int:
    """Start of the run of places ending with token ``j`` (廣州市|越秀區)."""
    while j > 0:
        t = ctx.tokens[j - 1]
        if t.end != ctx.tokens[j].start or not (
            t.tag.startswith("ns") or proper.get(t.start) == "place"
        ):
            break
        j -= 1
    return ctx.tokens[j].start


_RELATED_STAFF = ("有关负责人", "相关负责人")
_STAFF_BEFORE_JOINER = ("负责人", *STAFF_WORDS)
# Trades that are a department of a known brand (小米營銷) and a firm of an unknown one.
_DEPARTMENT_TRADES = {"营销", "行销", "创意"}


def _staff_after(ctx: Context, b: int) -> bool:
    """A role or staff word follows: the words before name a body with people in it.

    A short form in brackets may stand between (文化體育及旅遊局（文體旅局）副局長).
    """
    m = _BRACKETED.match(ctx.simp, b)
    if m:
        b = m.end()
    if ctx.simp.startswith(_RELATED_STAFF, b):
        b += 2  # 認證認可監督管理委員會|有關|負責人: the body's own official in charge
    return (
        starts_title(ctx.simp, b)
        or ctx.simp.startswith(STAFF_WORDS, b)
        or ctx.simp.startswith(_BODY_SAYS, b)  # 職業訓練局表示: a body that speaks
    )


# What a company has (鼎泰物流|股價): after a trade's word, a company's name.
_A_COMPANY_S = {
    "股价", "股票", "股份", "仓库", "工厂", "厂房", "总部", "门市", "门店", "营收", "业绩",
    "财报", "员工", "产品", "网站", "官网", "旗下", "董事会", "股东",
}  # fmt: skip
# Rarer than this, a word before a city's level is its name (榮成|市, not 小康|縣).
_RARE_PLACE = 500
# Endings of groups people form (關注組, 自救會), which a term seldom ends in.
_GROUPS = {
    "关注组", "协会", "联盟", "联会", "商会", "工会", "基金会", "自救会", "促进会", "协进会",
    "互助会", "联谊会", "工友会", "大联盟",
}  # fmt: skip
_FIGURES = ("资料", "统计", "数据", "估计", "调查", "公布")
_BODY_SAYS = ("表示", "指出", "发言人", "回应", "强调", "发表声明", "发出声明")
_BRACKETED = re.compile(r"[（(][^（()）]{1,8}[)）]")


def _describes_latin(ctx: Context, start: int, a: int, b: int) -> bool:
    """A Latin name follows, and the head before the ending is only places and common
    words (美國生技公司Cytora Bio): the words say what the Latin-named body is."""
    if not re.match(r"\s?[A-Z]", ctx.simp[b : b + 2]):
        return False
    toks = ctx.tokens_in(start, a)
    return all(t.tag.startswith("ns") or (not t.new and generic(ctx, t.word)) for t in toks)


def _glued_to_next(t: Token) -> bool:
    """A one-character ending and the function word after it, read as one unknown word by
    the segmenter (局及, 隊以)."""
    return t.new and len(t.word) == 2 and t.word[1] in _AFTER_NAME


def _past_province(ctx: Context, start: int, a: int) -> int:
    """Where a body under a city or county is named from: past the province before it
    (江蘇省|靖江市人民法院) and a prefecture above the county (江西省贛州市|信豐縣衛健委);
    a city keeps its district (廣州市天河區人民法院)."""
    toks = ctx.tokens_in(start, a)
    if len(toks) < 2 or toks[0].start != start or not toks[0].word.endswith(_PROVINCES):
        return start
    places = []
    for t in toks[1:]:
        if not (t.tag.startswith("ns") and t.word[-1] in "市州县区" and len(t.word) >= 3):
            break
        places.append(t)
    if not places:
        return start
    if len(places) >= 2 and places[0].word[-1] in "市州" and places[1].word[-1] in "市县":
        return places[1].start
    return places[0].start


def _after_body(ctx: Context, pos: int) -> bool:
    """A body's name, and its short form in brackets, end right before ``pos``."""
    if ctx.simp[pos - 1 : pos] not in "）)" or pos == 0:
        return False
    opened = max(ctx.simp.rfind("（", 0, pos), ctx.simp.rfind("(", 0, pos))
    return opened > 0 and _org_ends_at(ctx, opened)


def _named_place(t: Token) -> bool:
    """A place's name, as the tagger reads it or fails to (不來梅 as an idiom)."""
    return t.tag in ("ns", "l", "nz") or t.new


_GOVERNMENTS = ("政府", "市府", "县府", "省府")


def _org_ends_at(ctx: Context, pos: int) -> bool:
    """An organisation ending (醫院, 大學, 政府, 衛生局 as the tagger's body) ends right at
    ``pos``."""
    if any(ctx.simp.endswith(e, 0, pos) for e in STRONG) or ctx.simp.endswith(_GOVERNMENTS, 0, pos):
        return True
    t = ctx.tokens[ctx.token_index(pos - 1)] if pos else None
    if t is None or t.end != pos:
        return False
    # The tagger's body, or a word ending in a body's own ending (歷史博物館|與).
    if t.tag == "nt" and t.word.endswith(org_endings()):
        return True
    # A department's own word ends one too (市場監督|管理局|與).
    # 都|發局|與: a short name the segmenter does not know ends one too.
    department = (len(t.word) >= 3 or t.new) and t.word[-1] in BUREAUS
    if t.word in BUREAUS and t.start:
        before = ctx.tokens[ctx.token_index(t.start - 1)]
        department = len(before.word) >= 2 and before.tag.startswith(_NOUNISH)  # 交通運輸|局
    return department or any(len(e) >= 2 and t.word.endswith(e) for e in words("org_suffixes"))


def _proper(ctx: Context, t: Token, proper: dict[int, str]) -> bool:
    if t.word.startswith(KIND_WORDS):
        return False  # 公立醫院 as one word: a kind of hospital
    if t.word.startswith(LEVEL_WORDS):
        return True  # 全國 before 全: a level, not "every"
    if t.word[0] in _DEICTIC and not t.tag.startswith(("ns", "nt")):
        return False
    if t.word in NOT_PLACES or t.word[0] in EVERY:
        return False  # 城市|動物園, 深圳|巴士|集團, 各縣市: no one place
    return (
        t.start in proper
        or t.tag.startswith(("ns", "nt", "nz", "j"))
        # A name, but not a common word the dictionary also calls one (非牟利博物館).
        or (t.tag.startswith("nr") and (len(t.word) >= 3 or trusted_name_tag(t.word, t.tag)))
        # An unknown word is a name, unless a pronoun was glued to a verb (他讀|中學)
        # or a function word to what follows (並會|與西九管理局).
        or (t.new and CJK.match(t.word) is not None and t.word[0] not in _NOT_PROPER_START)
    )


# Regions of a country (中部: central Taiwan), which the tagger reads as directions.
_REGIONS = {"中部", "北部", "南部", "东部", "西部"}
# Words firms put between their brand and 公司 (晶棧|國際|開發|公司, 台鹽|實業公司).
_FIRM_WORDS = {
    "国际", "开发", "发展", "实业", "投资", "科技", "建设", "顾问", "管理", "咨询", "贸易",
    "工程", "服务", "信息", "技术", "网络", "文化", "传媒", "能源", "环保", "营造", "置业",
}  # fmt: skip
_OWN_LEVELS = {"省", "市", "县"}
_GENERIC_TEAMS = {"国家队", "国家代表队"}
# Words that follow a body's name without being part of it.
_AFTER_NAME = "则也在的和与及以今昨将已曾又就还"
_SELDOM_KNOWN = BUREAUS | {"队"}
_PROVINCES = ("省", "自治区")
# Places every country has: after a country's name alone, a kind (美國監獄), not a name.
_EVERY_COUNTRY_S = {"监狱", "医院", "小学", "中学"}
_PEOPLE_S_BODIES = {"委员会", "基金会", "协会", "学会", "联盟", "联会", "总会", "工会", "商会"}
_NOT_PROPER_START = set("他她我你它曾") | _FUNCTION  # 曾任|國家隊: once served
# Words that make what follows every one of its kind, no one (各縣市, 每間).
EVERY = "各每"
# Words the tagger's dictionary calls places that are not one (上市: go public).
NOT_PLACES = frozenset(("上市", "入市", "城市", "都市", "海岛", "诸州", "山区", "巴士", "串联"))


def _country_before_name(word: str) -> int:
    """Length of the country that opens ``word`` before a name of four characters or more."""
    country = next((c for c in COUNTRIES if word.startswith(c)), "")
    return len(country) if country and len(word) - len(country) >= 4 else 0


def _after_addressing(head: str) -> int:
    """Where a head goes on after a verb of two or more characters whose object is the
    body (曾留醫|廣華), or 0."""
    ends = [head.rfind(v) + len(v) for v in _ADDRESSED if len(v) >= 2 and v in head]
    return max(ends, default=0)


def _glued(t: Token) -> bool:
    """The segmenter glued a one-character verb to the unknown name after it (指|德昇)."""
    return t.new and len(t.word) >= 3 and t.word[0] in _GLUED_BEFORE


def _clean(toks: list[Token]) -> bool:
    return bool(toks) and toks[0].word[0] not in _DEICTIC


def _trim(ctx: Context, start: int, a: int) -> int | None:
    """Skip joiners at the start, not a word's own first character (暨南大學), and a
    preposition glued to a level (由省|應急管理廳); a head needs two characters."""
    while start < a and ctx.simp[start] in JOINERS and not _joiner_opens_word(ctx, start):
        start += 1
    t = ctx.tokens[ctx.token_index(start)]
    glued_level = t.new and len(t.word) == 2 and t.word[1] in _OWN_LEVELS
    if t.start == start and glued_level and t.word[0] in _GLUED_BEFORE:
        start += 1
    return start if a - start >= 2 else None


def _joiner_opens_word(ctx: Context, pos: int) -> bool:
    t = ctx.tokens[ctx.token_index(pos)]
    return t.start == pos and t.end > pos + 1 and not t.new


# Kinds of body a name follows in apposition (物流公司|迅達環球物流, 進口商|橡樹灣洋酒).
APPOSITION_KINDS = (
    "公司", "集团", "企业", "商", "新创", "初创", "大厂", "船厂", "代工厂", "团体", "业者",
    "超市", "专卖店", "球会", "球队",
)  # fmt: skip
# Tags of the words a name in apposition is made of: nouns, names, abbreviations,
# words the dictionary lacks and adjectives or attributives it reads in them (宏碩).
_NAME_TAGS = ("n", "j", "x", "a", "b")
# Not a person's name (保險公司|陳小姐說); a transliteration may be a brand (德莫伊倫,
# 奧雅納).
_PROPER_TAGS = ("nrt", "nz", "ns", "nt", "j")


def named_after_kind(ctx: Context) -> list[tuple[int, int]]:
    """Spans of names right after the kind of body they are (充電運營商|極能超充|創始人).

    The name is a run of nouns, of three to eight characters, up to what closes a name
    (``_name_ends``); it starts with a word the dictionary lacks or a proper noun that
    is no person's, and is no common word."""
    out = []
    for i, kind in enumerate(ctx.tokens[:-1]):
        if kind.new or len(kind.word) < 2 or not kind.word.endswith(APPOSITION_KINDS):
            continue
        if kind.word[0] in _DEICTIC or (i and _quantifier(ctx.tokens[i - 1])):
            continue  # 該公司, 這家公司, 兩家公司: a company spoken of, then what it did
        words: list[Token] = []
        for t in ctx.tokens[i + 1 :]:
            if not CJK.match(t.word) or not t.tag.startswith(_NAME_TAGS):
                break
            if starts_title(ctx.simp, t.start):
                break
            words.append(t)
        # Two characters are as often a verb the dictionary lacks (球隊|換帥).
        if not words or not 3 <= words[-1].end - kind.end <= 8:
            continue
        first, end = words[0], words[-1].end
        translit = first.tag.startswith("nr") and set(first.word) <= TRANSLIT
        proper = first.new or first.tag.startswith(_PROPER_TAGS) or translit
        if not proper or first.word[0] in _FUNCTION:
            continue
        if not _name_ends(ctx, end):
            continue
        name = ctx.simp[kind.end : end]
        if ctx.common_word(name) or name[0] in _DEICTIC or _named(ctx, kind.end, end):
            continue
        if set(name) & _NO_NAME or _DATE.search(name):
            continue  # 新創|搶著下單, 客商|五月份: a verb, a time
        if all(t.tag.startswith("ns") for t in words):
            continue  # 公司|台北: where the company is, no name
        out.append((kind.end, end))
    return out


_NO_NAME = set("着著了过")
_DATE = re.compile(r"[一二三四五六七八九十\d][月年日]")


def _name_ends(ctx: Context, pos: int) -> bool:
    """What follows ``pos`` closes a name: a role, speech, 的, a bracket, a time word or
    a word that follows names (則, 今年); not a pause, which as often ends a verb
    (公司換帥，)."""
    if pos >= len(ctx.simp):
        return False
    return ctx.simp[pos] in "的（(" or time_after(ctx, pos) or name_ending_after(ctx.simp, pos)


def _named(ctx: Context, start: int, end: int) -> bool:
    """A person or body already found overlaps [start, end)."""
    return any(s < end and start < e and k != "place" for (s, e), k in ctx.spans.items())
