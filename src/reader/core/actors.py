"""The people and organisations of an article, with every surface form merged.

Candidates come from the curated alias list, from glosses the article gives
(``大衛·薩克斯（David Sacks）``, ``深度求索（DeepSeek）``, ``以下簡稱``), from runs
of capitalised Latin words, transliterated names joined by a middle dot, Chinese
names vouched for by their context (``names``) and organisation names built on a
known ending (``organisations``). Short forms are linked to the one full name
they belong to (``short_forms``). Everything is computed on a same-length
simplified copy of the text, so offsets are offsets into the cleaned text.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass

from reader.core import lexicon as lexicon_mod
from reader.core.entities import (
    CJK,
    RARE,
    Context,
    Entity,
    Registry,
    SpanIndex,
    add_listed,
    normalise,
    part_boundary,
    trusted_name_tag,
)
from reader.core.glosses import (
    from_bracketed_short_forms,
    from_english_names,
    from_glosses,
    from_short_forms,
)
from reader.core.latin import from_latin, merge_org_variants
from reader.core.lexicon import Lexicon
from reader.core.names import (
    AMBIGUOUS_SURNAMES,
    BODY_ENDINGS,
    HONORIFICS,
    MEASURE_WORDS,
    NOT_GIVEN,
    PERSON_NOUNS,
    PREPOSITION_SURNAMES,
    TRANSLIT,
    WORD_ENDS,
    anonymised,
    back_to_role,
    chinese_names,
    dotted_first_part,
    familiar_latin_names,
    familiar_names,
    honorific_names,
    name_ending_after,
    native_name,
    past_role,
    pseudonyms,
    starts_title,
    surname_of,
    surname_then,
    surname_with_title,
    surnames,
    title_before,
)
from reader.core.organisations import (
    CATEGORY_WORDS,
    COMPANY_ENDINGS,
    COUNTRIES,
    DIRECTIONS,
    EVERY,
    KIND_WORDS,
    LEVEL_WORDS,
    NOT_PLACES,
    OWNERSHIPS,
    PLACE_LEVELS,
    chinese_orgs,
    generic,
    local_place_name,
    named_after_kind,
)
from reader.core.segment import Segmenter, Token, shared, tag_text
from reader.core.short_forms import (
    link_abbreviations,
    link_brands,
    link_departments,
    link_familiar_names,
    link_gendered_surnames,
    link_name_parts,
    link_name_tails,
    link_national_teams,
    link_nicknames,
    link_org_short_forms,
    link_surname_roles,
    people_by_surname,
)
from reader.core.tagger import COUNTED_TAGS, SURE, tagged_names
from reader.core.wordlists import words

__all__ = ["ACTOR_TYPES", "Actor", "Mention", "extract_actors", "normalise", "prepared"]

ACTOR_TYPES = ("person", "org", "place")
# "X政府" is an organisation for any place X (美国政府); for a person, the person.
GOV_SUFFIXES = ("政府", "州政府", "市政府", "县政府", "省政府", "国会", "议会", "内阁")
# A title in 《》 with one of these endings, or quoted as a source, is a publication.
MEDIA_ENDINGS = (
    "报",
    "时报",
    "周刊",
    "杂志",
    "新闻",
    "邮报",
    "财经",
    "新闻网",
    "通讯社",
    "电视台",
    "电台",
)
MEDIA_CUES_AFTER = ("报道", "报导", "称", "指出", "披露", "引述", "援引", "社论")
# 《自然》雜誌: a title followed by one of these is a journal.
JOURNALS = ("杂志", "期刊")
# 據中國新聞網報道: a source named without 《》, by a media ending and a reporting verb.
_CITED = re.compile(
    r"据([\u4e00-\u9fff]{2,10}?(?:新闻网|通讯社|电视台|电台|日报|时报|晚报|早报))"
    r"(?:报道|报导|消息|援引|引述)"
)
_MEDIA = re.compile(r"《([^《》]{2,12})》")
_INTERVIEW = re.compile(r"(?:视讯|越洋|独家|书面|电话)?(?:专访|采访|访问)")
_ACCEPTS = re.compile(r"接受[\u4e00-\u9fff]{0,4}$")
# A body's name in quotation marks, after the kind of body it is (外賣平台「速遞俠」,
# 關注組「霓虹留港」) or after 名為 and before it (一家名為「知行少年」的機構).
_BODY_KINDS = (
    "平台|机构|团体|组织|关注组|公司|品牌|集团|企业|餐厅|老店|商号|工作室|乐队|剧团|酒藏|酒厂|书店"
    "|代工厂|大厂|业者|新创|初创|进口商|贸易商|经销商|供应商|运营商|零售商|制造商|承建商|球会"
    "|俱乐部|茶楼|球队"
)
_QUOTED_NAME = re.compile(
    rf"(?:({_BODY_KINDS})[「“『]([^」”』，。、！？：；\s]{{2,10}})[」”』]"
    rf"|名[为叫][「“『]([^」”』，。、！？：；\s]{{2,8}})[」”』]的(?:{_BODY_KINDS}))"
)
# Kinds that name products, not bodies (社群平台「真實社群」).
_PRODUCT_KINDS = ("社群平台", "社交平台", "视频平台", "直播平台", "社交媒体平台")


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


def extract_actors(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    segmenter: Segmenter | None = None,
    tokens: list[Token] | None = None,
) -> list[Actor]:
    """The actors of ``text``, most mentioned first."""
    lex = lexicon if lexicon is not None else lexicon_mod.load()
    seg = prepared(segmenter, lex)
    if tokens is None:
        tokens = tag_text(text, seg)
    ctx = Context(text, tokens, getattr(seg, "lookup", None))
    reg = Registry()
    _from_lexicon(ctx, reg, lex)
    org_heads = _from_org_endings(ctx, reg, lex)
    _from_media(ctx, reg)
    _from_quoted_names(ctx, reg)
    _from_kinds(ctx, reg)
    _from_listed_bodies(ctx, reg, lex)
    from_glosses(ctx, reg, lex)
    from_short_forms(ctx, reg)
    from_bracketed_short_forms(ctx, reg)
    from_latin(ctx, reg, lex)
    _from_dotted(ctx, reg)
    _from_chinese_names(ctx, reg, lex)
    _from_tokens(ctx, reg)
    _from_tagger(ctx, reg)
    link_name_parts(ctx, reg)
    link_surname_roles(ctx, reg)
    link_familiar_names(ctx, reg)
    link_gendered_surnames(reg)
    link_nicknames(ctx, reg)
    from_english_names(ctx, reg)
    _from_honorifics(ctx, reg)
    _from_police(ctx, reg)
    link_org_short_forms(ctx, reg, org_heads)
    link_national_teams(reg, lex)
    link_departments(reg)
    link_abbreviations(ctx, reg)
    link_name_tails(ctx, reg)
    link_brands(ctx, reg)
    _from_spokespeople(ctx, reg)
    merge_org_variants(reg)
    return _collect(ctx, reg)


_TAGS = {"person": "nr", "org": "nt", "place": "ns", "product": "nz"}


def prepared(segmenter: Segmenter | None, lex: Lexicon) -> Segmenter:
    """``segmenter`` (default: the shared jieba) taught the lexicon's Chinese names.

    It learns the speech verbs its dictionary lacks or rarely sees, so that they
    stay whole (笑言, not 笑|言; 司馬驍|笑稱, not 司馬驍笑|稱).
    """
    seg = segmenter if segmenter is not None else shared()
    if _taught.get(seg) is lex:
        return seg  # taught already: walking the list again costs milliseconds per article
    seg.add_words((k, _TAGS[e.type]) for k, e in lex.by_key.items() if not k.isascii())
    lookup = getattr(seg, "lookup", None)
    # A list, not a generator: lookup takes the lock add_words holds.
    verbs = [(v, "v") for v in speech_verbs() if lookup is None or _rare(lookup(v))]
    seg.add_words(verbs)
    # 藥企|康諾生物, 船東|北海星航運: the kinds of body a name follows stay whole.
    kinds = [(w, "n") for w in CATEGORY_WORDS if lookup is None or _rare(lookup(w))]
    seg.add_words(kinds)
    _taught[seg] = lex
    return seg


# Each segmenter and the lexicon it was last taught.
_taught: weakref.WeakKeyDictionary[Segmenter, Lexicon] = weakref.WeakKeyDictionary()


def _rare(found: tuple[int, str] | None) -> bool:
    return found is None or found[0] < RARE


def _from_lexicon(ctx: Context, reg: Registry, lex: Lexicon) -> None:
    for m in lex.pattern.finditer(ctx.key):
        k = m.group()
        if _another_place_s(ctx, lex, m.start(), k):
            continue
        if _good_boundaries(ctx, m.start(), m.end(), lex.surfaces[k]):
            ent = add_listed(reg, lex, ctx.text[m.start() : m.end()])
            if ent is not None:
                ctx.spans[m.span()] = ent.type


def _another_place_s(ctx: Context, lex: Lexicon, start: int, k: str) -> bool:
    """A listed body of one place (高等法院, Hong Kong's) named after another place
    (愛爾蘭|高等法院): that place's own body."""
    entry = lex.by_key[k]
    if entry.type != "org" or not start:
        return False
    before = ctx.tokens[ctx.token_index(start - 1)]
    if before.end != start:
        return False
    home = re.search(r"\(([^)]*)\)$", entry.name)
    if home is None:
        return False
    place = lex.get(before.word)
    if place is not None and place.type == "place":
        return place.name != home.group(1)
    return before.tag.startswith("ns") or ctx.simp[before.start : start] in COUNTRIES


def _good_boundaries(ctx: Context, start: int, end: int, listed: str) -> bool:
    """A listed alias matches whole words; a short acronym only in capitals."""
    if listed.isascii():
        if not part_boundary(ctx, start, end, listed.lower()) or ctx.in_latin_prose(start):
            return False
        if " " not in listed and _inside_latin_name(ctx.text, start, end):
            return False  # Jensen of Peter Jensen is not Jensen Huang
        return not (listed.isupper() and len(listed) <= 4) or ctx.simp[start:end] == listed
    if len(listed) <= 2:
        return (
            start in ctx.starts
            and end in ctx.ends
            and not _word_across(ctx, start)
            and not _word_across_end(ctx, end)
            and not _given_name_after_role(ctx, start)
        )
    return True


def _given_name_after_role(ctx: Context, start: int) -> bool:
    """次長阮|清華: a role and a surname before make the short name someone's given name;
    not 記者向|台電, a preposition."""
    surname = ctx.simp[start - 1 : start]
    if not surname or surname not in surnames()[0] or surname in PREPOSITION_SURNAMES:
        return False
    return title_before(ctx.simp, start - 1) is not None


def _word_across(ctx: Context, start: int) -> bool:
    """每|日經: the character before and the name's first make a common word (每日);
    4|台大功率: after a number, the name's first is a measure word."""
    if start and ctx.simp[start - 1].isdigit() and ctx.simp[start] in MEASURE_WORDS:
        return True
    return start > 0 and start - 1 in ctx.starts and _common_pair(ctx, start - 1)


def _word_across_end(ctx: Context, end: int) -> bool:
    """向南航|行: the name's last character and the one after make a common word the
    segmenter split for the taught name (航行), before a rare word (港大|學者 stands)."""
    if end not in ctx.starts:
        return False
    following = ctx.tokens[ctx.token_index(end)]
    rare = len(following.word) == 1 or _rare(ctx.lookup(following.word))
    return rare and _common_pair(ctx, end - 1)


def _common_pair(ctx: Context, i: int) -> bool:
    """The Chinese characters at i and i + 1 make a dictionary word."""
    pair = ctx.simp[i : i + 2]
    if len(pair) < 2 or not (CJK.match(pair[0]) and CJK.match(pair[1])):
        return False
    found = ctx.lookup(pair)
    return found is not None and found[0] >= RARE


# A capitalised word, not an acronym (CEO): part of a person's name.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z][\w'.-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")


def _inside_latin_name(text: str, start: int, end: int) -> bool:
    """[start, end) is one word of a longer capitalised Latin name (Peter Jensen)."""
    return bool(
        _CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
        or _CAPITALISED_AFTER.match(text, end)
    )


def _from_org_endings(ctx: Context, reg: Registry, lex: Lexicon) -> dict[str, int]:
    """Chinese organisation names; returns each one's key → length of its leading place."""
    heads: dict[str, int] = {}
    for s, e, a in chinese_orgs(ctx):
        surface = ctx.text[s:e]
        k = lexicon_mod.key(surface)
        if k in reg.by_key:
            if reg.by_key[k].type == "org":
                ctx.spans[(s, e)] = "org"  # a later mention may carry a gloss
            continue
        ent = reg.add(surface, "org")
        ctx.spans[(s, e)] = "org"
        # 小米集團, 騰訊控股, 傑志隊: a listed company with its corporate ending, a team.
        listed = lex.get(ctx.text[s:a])
        ending = ctx.simp[a:e]
        if (
            listed is not None
            and listed.type == "org"
            and (ending in COMPANY_ENDINGS or ending == "队")
        ):
            reg.merge(add_listed(reg, lex, ctx.text[s:a]) or ent, ent)
        place = _place_length(ctx, s, e)
        if place:
            heads[k] = place
    return heads


def _place_length(ctx: Context, s: int, e: int) -> int:
    """How long the place is that an organisation's name [s, e) starts with.

    A known place or level (香港, 中央), or words ending in a place level however
    the tagger cut them (苗栗縣苑裡鎮|慈和宮).
    """
    first = ctx.tokens[ctx.token_index(s)]
    if first.start != s or first.end >= e:
        return 0
    cut = first.end - s if first.tag.startswith("ns") or first.word in LEVEL_WORDS else 0
    for t in ctx.tokens_in(s + cut, e):
        if cut and t.word in OWNERSHIPS and t.end < e:
            return t.end - s  # 台南市|私立|嘉南民俗文物館: who runs it is no part of its name
        if not (local_place_name(ctx, t) or (len(t.word) == 1 and t.word in PLACE_LEVELS)):
            break
        if t.word[-1] in PLACE_LEVELS and t.end < e:
            cut = t.end - s  # 嘉義縣|民雄鄉|慈惠宮
    return cut


def _from_police(ctx: Context, reg: Registry) -> None:
    """警方: the police of the article, the force it names (警務處, 芬蘭警方) or one of its own."""
    forces = {
        id(e): e
        for k, e in reg.by_key.items()
        if e.type == "org" and (_POLICE.search(k) or k.endswith("公安局"))
    }
    bare = []
    for m in re.finditer("警方", ctx.key):
        s = m.start()
        t = ctx.tokens[ctx.token_index(s - 1)] if s else None
        if t is not None and t.end == s and _place_word(ctx, reg, t):
            # A place names it: its public security bureau (蘇州警方, 蘇州市公安局), if named.
            place = ctx.key[t.start : s]
            own = [e for e in forces.values() if any(_city_force(k, place) for k in e.forms)]
            if len(own) == 1:
                own[0].forms.setdefault(ctx.key[t.start : m.end()], ctx.text[t.start : m.end()])
                reg.by_key[ctx.key[t.start : m.end()]] = own[0]
                continue
            force = reg.add(ctx.text[t.start : m.end()], "org")
            forces[id(force)] = force
        else:
            bare.append(m.span())
    if bare:
        s, e = bare[0]  # one key names them all
        if len(forces) == 1:
            force = next(iter(forces.values()))
            force.forms.setdefault("警方", ctx.text[s:e])
            reg.by_key["警方"] = force
        else:
            reg.add(ctx.text[s:e], "org")


_POLICE = re.compile("警务|警察|警政")


def _city_force(key: str, place: str) -> bool:
    """The place's whole force (蘇州市公安局 for 蘇州警方), not one precinct of it."""
    return key.startswith(place) and key.endswith(("公安局", "警察局", "警务处"))


def _place_word(ctx: Context, reg: Registry, t: Token) -> bool:
    known = reg.by_key.get(ctx.key[t.start : t.end])
    return t.tag == "ns" or (known is not None and known.type == "place")


def _from_media(ctx: Context, reg: Registry) -> None:
    """``據《經濟日報》報導``: a publication quoted as a source is an organisation."""
    for m in _MEDIA.finditer(ctx.simp):
        # 據越南《青年報》: the source's country may stand between.
        cited = "据" in ctx.simp[max(0, m.start() - 4) : m.start()] or ctx.simp[
            m.end() : m.end() + 4
        ].startswith(MEDIA_CUES_AFTER)
        cited = cited or ctx.simp[m.start() - 1 : m.start()] == "在"
        # 據日媒《日刊體育》報導, 《自然》雜誌: a source that reports, or a journal.
        source = "据" in ctx.simp[max(0, m.start() - 4) : m.start()]
        reports = source and ctx.simp.startswith(("报道", "报导"), m.end())
        journal = ctx.simp.startswith(JOURNALS, m.end())
        # 接受瑞典《每日工業報》採訪, 接受《天下》越洋專訪: a publication that interviews;
        # 運動媒體《籃球週報》: one named as a medium.
        interviews = _INTERVIEW.match(ctx.simp, m.end()) and _ACCEPTS.search(
            ctx.simp, max(0, m.start() - 6), m.start()
        )
        medium = ctx.simp.endswith("媒体", 0, m.start())
        if (
            reports
            or journal
            or interviews
            or medium
            or (cited and m.group(1).endswith(MEDIA_ENDINGS))
        ):
            reg.add(ctx.text[m.start(1) : m.end(1)], "org")
    for m in _CITED.finditer(ctx.simp):
        if lexicon_mod.key(m.group(1)) not in reg.by_key:
            reg.add(ctx.text[m.start(1) : m.end(1)], "org")


def _from_quoted_names(ctx: Context, reg: Registry) -> None:
    """``外賣平台「速遞俠」``: a quoted name after its kind of body, or 名為 a quoted name."""
    for m in _QUOTED_NAME.finditer(ctx.simp):
        group = 2 if m.group(2) else 3
        if group == 2 and not _names_a_body(ctx, m):
            continue
        k = lexicon_mod.key(m.group(group))
        if k in reg.by_key:
            continue
        reg.add(ctx.text[m.start(group) : m.end(group)], "org")
        for again in re.finditer(re.escape(k), ctx.key):
            ctx.spans[again.span()] = "org"  # a later mention may carry a gloss


def _from_kinds(ctx: Context, reg: Registry) -> None:
    """``進口商橡樹灣洋酒``: a name right after the kind of body it is."""
    for s, e in named_after_kind(ctx):
        if lexicon_mod.key(ctx.text[s:e]) not in reg.by_key:
            reg.add(ctx.text[s:e], "org")
            ctx.spans[(s, e)] = "org"


def _from_listed_bodies(ctx: Context, reg: Registry, lex: Lexicon) -> None:
    """``古越龍山、會稽山等頭部企業``: the names in a list of bodies of one kind."""
    for m in _LISTED_BODIES.finditer(ctx.simp):
        start = m.start(1)
        for item in m.group(1).split("、"):
            s, e = start, start + len(item)
            start = e + 1
            k = lexicon_mod.key(ctx.text[s:e])
            # Two Han characters are as often a trade (電池、電驅等配套企業).
            short = e - s < (2 if ctx.simp[s:e].isascii() else 3)
            if short or lex.get(k) or ctx.common_word(ctx.simp[s:e]):
                continue
            if any(k in known for known in reg.by_key):
                continue  # 聲衡醫療 of 杭州聲衡醫療科技有限公司: a short form of a known body
            if ctx.known().overlaps(s, e) or any(c in ctx.simp[s:e] for c in "的了是在"):
                continue
            if any(t.tag.startswith("v") for t in ctx.tokens_in(s, e)):
                continue  # 價格上漲、需求下降等: events, not names
            reg.add(ctx.text[s:e], "org")
            ctx.spans[(s, e)] = "org"


def _from_spokespeople(ctx: Context, reg: Registry) -> None:
    """``恒駿資產管理發言人稱``, ``快馳出行相關負責人回應``, ``閩江建工方面回應稱``: what
    opens a clause and has a spokesperson, or speaks as a side, is a body, when it
    starts with a proper noun or a word the dictionary lacks and is no short form of a
    body already known."""
    for m in _SPOKEN_FOR.finditer(ctx.simp):
        i = ctx.token_index(m.start())
        if ctx.tokens[i].start != m.start() or (i and ctx.tokens[i - 1].word.endswith(_CHARGES)):
            continue
        j = i
        while j > 0 and m.start() - ctx.tokens[j - 1].start <= 10:
            t = ctx.tokens[j - 1]
            # 快馳|出行: a verb after a word the dictionary lacks is in the brand, not 兼任
            # after a name (李佳蓉|兼任|負責人).
            prev = ctx.tokens[j - 2] if j >= 2 else None
            branded = prev is not None and prev.new
            if not (_body_word(t) or (t.tag == "v" and branded and t.word not in _POSTS)):
                break
            j -= 1
        first = ctx.tokens[j]
        edge = j == 0 or not CJK.match(ctx.tokens[j - 1].word)
        # 閩江|建工方面: a place opens a company's name before the words of its trade
        # (not 福州|業主方面, people of the place).
        second = ctx.tokens[j + 1]
        trade = second.tag.startswith("n") and second.word not in _PEOPLE_OF_A_PLACE
        placed = first.tag.startswith("ns") and i - j >= 2 and trade
        proper = first.new or first.tag.startswith(("nt", "nz", "j")) or placed
        s, e = first.start, m.start()
        if not (edge and proper and e - s >= 2) or ctx.known().overlaps(s, e):
            continue
        k = lexicon_mod.key(ctx.text[s:e])
        if first.word[0] in _NOT_BODY_START or any(k in known for known in reg.by_key):
            continue  # 漢莎 of 漢莎航空, 執委會 of 歐盟執委會: a short form of a known body
        if len(k) == 2 and k.endswith("方"):
            continue  # 署方, 院方: the department or hospital spoken of, by its side
        ent = reg.add(ctx.text[s:e], "org")
        # 藍湖溫泉運營公司: the company of a body already known is that body.
        owner = next((o for x, o in reg.by_key.items() if k.startswith(x) and x != k), None)
        if owner is not None and owner.type == "org":
            reg.merge(owner, ent)


def _body_word(t: Token) -> bool:
    return bool(CJK.match(t.word)) and (t.new or t.tag.startswith(("n", "j", "vn")))


_SPOKEN_FOR = re.compile(
    r"(?:新闻)?发言人|(?:相关)?负责人|方面(?=[^，。：]{0,6}?(?:回应|表示|称|说|指出|回复|证实|透露))"
)
# What a person is in charge of, not a body (業務|負責人, 華東區|負責人, 登月計劃|負責人).
_CHARGES = ("业务", "项目", "计划", "工作", "部门", "区")
_POSTS = {"担任", "出任", "兼任", "接任", "成为", "出掌"}
_PEOPLE_OF_A_PLACE = {
    "业主", "家属", "游客", "商户", "车主", "工人", "居民", "市民", "村民", "民众", "学生", "家长",
    "校方", "网友", "选民", "乘客", "旅客", "渔民", "农民", "球迷",
}  # fmt: skip
# Two names or more, then 等 and the kind of body they are (快馳出行、雲途約車等多家網約車平台).
_LISTED_BODIES = re.compile(
    r"(?:^|(?<=[，。；：\n]))([^，。；：、\s]{2,10}(?:、[^，。；：、\s]{2,10})+)等"
    r"(?:多家|几家|数家|多间|头部|主要|大型|知名|其他)?[\u4e00-\u9fff]{0,3}?"
    r"(?:企业|平台|公司|业者|品牌|厂商|车企|酒企|药企|银行|集团|电商)"
)
# Pronouns and determiners that open no body's name (該公司發言人, 其發言人).
_NOT_BODY_START = set("该本其此这那他她它各每")


def _names_a_body(ctx: Context, m: re.Match[str]) -> bool:
    """The quote after a kind of body is its name, not its words or a verb's object.

    The name is no verb or idiom (「出海」). Its people follow it (關注組「霓虹留港」召集人),
    or the kind is a described one (太空公司, 關注組織), not a subject alone (，公司「強烈
    不同意」) or a verb (自發|組織「夜行隊」), and the name goes on into the sentence
    (「速遞俠」月底, 「月弧動力」（Lunarc）).
    """
    inside = ctx.tokens_in(m.start(2), m.end(2))
    if len(inside) == 1 and inside[0].tag[:1] in ("v", "a", "d", "i", "l"):
        return False
    if inside and inside[0].tag[:1] in ("p", "c", "d"):
        return False  # 保險公司「以公平及合理的方式」處理: words, not a name
    if ctx.simp.endswith(_PRODUCT_KINDS, 0, m.end(1)):
        return False
    if starts_title(ctx.simp, m.end()):
        return True
    after = ctx.simp[m.end() : m.end() + 1]
    if not (CJK.match(after) or after in ("（", "(")):
        return False
    kind_start = m.start(1)
    if ctx.known().overlaps(kind_start, m.end(1)):
        return False  # 啟德體育園有限公司「徹底改善」: the kind ends a name
    if ctx.tokens[ctx.token_index(kind_start)].start < kind_start:
        return True  # 外賣平台 as one word
    before = ctx.tokens[ctx.token_index(kind_start - 1)] if kind_start else None
    return not (
        before is None
        or not CJK.match(before.word)
        or before.tag[:1] in ("d", "r", "m", "q")
        or (m.group(1) == "组织" and before.tag[:1] == "v")  # 組織 as a verb
    )


def _from_dotted(ctx: Context, reg: Registry) -> None:
    """Transliterated names joined by a middle dot, kept whole."""
    for s, e in _dotted_spans(ctx):
        if lexicon_mod.key(ctx.text[s:e]) in reg.by_key or _inside_span(ctx, s, e):
            continue
        # Names nested in a longer known form (a gloss head) are already there.
        if any(
            k in ctx.key[max(0, s - 4) : e + 4] and k != ctx.key[s:e]
            for k in reg.by_key
            if "·" in k and ctx.key[s:e] in k
        ):
            continue
        reg.add(ctx.text[s:e], "person")


_T = "[" + "".join(sorted(TRANSLIT)) + "]"
# Parts joined by a middle dot, or a hyphen inside a part (莉婭·莫羅-瓊斯).
_DOTTED = re.compile(rf"{_T}{{1,4}}(?:·(?:{_T}{{1,8}}(?:-{_T}{{1,6}})?|[a-z]\.?))+")


def _dotted_spans(ctx: Context) -> list[tuple[int, int]]:
    spans = [(back_to_role(ctx, m.start()), m.end()) for m in _DOTTED.finditer(ctx.key)]
    covered = SpanIndex(spans)
    for m in re.finditer("·", ctx.key):
        dot = m.start()
        start = dotted_first_part(ctx, dot)
        if start is None or covered.overlaps(start, dot + 1):
            continue
        last = re.match(r"[\u4e00-\u9fff]{2,6}", ctx.key[dot + 1 : dot + 7])
        if last is None or ctx.key[dot + 1 + last.end() : dot + 2 + last.end()] == "·":
            continue
        # Where a last part in characters no transliteration uses ends is told by
        # what follows (阿巴斯·優路拿納|說), a joiner or a pause too (伊婉．瓦旦|與族人).
        end = next(
            (
                k
                for k in range(dot + 3, dot + 2 + last.end())
                if name_ending_after(ctx.simp, k) or ctx.simp[k : k + 1] in ("与", "和", "、", "，")
            ),
            None,
        )
        if end is not None:
            spans.append((start, end))
    return [(past_role(ctx.simp, s), _before_word(ctx, e)) for s, e in spans]  # 主席|若昂·…


def _before_word(ctx: Context, end: int) -> int:
    """Where a dotted name ends that ran into a word (努爾蘭諾夫|通過), or took in an
    adverb or a time (頌猜·汶瑪|常年): before that word."""
    t = ctx.tokens[ctx.token_index(end - 1)]
    dot = ctx.key.rfind("·", 0, end)
    across = t.start < end < t.end
    taken_in = t.end == end and len(t.word) > 1 and t.tag[:1] in "dtvpcmf"
    cut = (across or taken_in) and not t.new and t.start - dot > 2
    return t.start if cut and CJK.match(t.word) else end


def _inside_span(ctx: Context, s: int, e: int) -> bool:
    """[s, e) lies inside a longer name found earlier (马克斯·普朗克 in its institute)."""
    return ctx.known().encloses(s, e)


def _from_chinese_names(ctx: Context, reg: Registry, lex: Lexicon) -> None:
    """Chinese names vouched for by context, or named by the tagger more than once."""
    dotted_parts = {k.rsplit("·", 1)[1] for k in reg.by_key if "·" in k}
    forms = _occurrences(ctx, reg)
    for s, e in chinese_names(ctx):
        k = ctx.key[s:e]
        if k in reg.by_key or lex.get(k) or k in dotted_parts or _inside_span(ctx, s, e):
            continue
        if forms.encloses(s, e):
            continue  # 蘇南農商行董事長: part of a name the article taught in brackets
        if "·" in ctx.key[max(0, s - 1) : e + 1] or _place_named_like_a_person(ctx, s, e):
            continue
        reg.add(ctx.text[s:e], "person")
    counts = Counter(t.word for t in ctx.tokens)
    for t in ctx.tokens:
        w = t.word
        # The cheap tests first: few tokens are tagged as names and shaped like one.
        if not t.tag.startswith("nr") or counts[w] < 2 or w[0] in AMBIGUOUS_SURNAMES:
            continue
        if not trusted_name_tag(w, t.tag) or not native_name(w) or w.endswith("姓"):
            continue  # 劉姓: "surnamed Liu", no one's name
        if _place_named_like_a_person(ctx, t.start, t.end) or w[-1] in WORD_ENDS:
            continue  # 熊本縣, 馬來語, 申請人 read as a name: a place, a language, a role
        k = ctx.key[t.start : t.end]
        if k in reg.by_key or lex.get(k) or k in dotted_parts:
            continue
        if not ctx.common_word(w) and "·" not in ctx.key[max(0, t.start - 1) : t.end + 1]:
            reg.add(ctx.text[t.start : t.end], "person")


# Place levels no given name ends in (the tagger reads 熊本縣 as a name).
_PLACE_ENDS = set("省县州市区")


def _place_named_like_a_person(ctx: Context, s: int, e: int) -> bool:
    """苗栗縣: a place, whatever its context; 景德鎮, 龍溪鎮: a place unless a role
    names its bearer (主任李文鎮, 外交部長黃鎮)."""
    last = ctx.simp[e - 1]
    return last in _PLACE_ENDS or (last == "镇" and title_before(ctx.simp, s) is None)


def _from_honorifics(ctx: Context, reg: Registry) -> None:
    """陳女士, 潘伯: people named by surname and honorific, or pseudonym (阿敏（化名）).

    One is the article's only person of that surname when there is one (潘錦棠 … 潘伯).
    """
    by_surname = people_by_surname(reg)
    for s, e in honorific_names(ctx):
        k = ctx.key[s:e]
        current = reg.by_key.get(k)
        if current is not None and len(current.forms) > 1:
            continue  # already linked to a full name
        owners = {id(p): p for p in by_surname.get(surname_of(k), [])}
        owners.pop(id(current), None)
        if len(owners) == 1:
            ent = next(iter(owners.values()))
            if current is not None:
                reg.merge(ent, current)
            else:
                ent.forms.setdefault(k, ctx.text[s:e])
                reg.by_key[k] = ent
        elif current is None:
            reg.add(ctx.text[s:e], "person")
    found = [*pseudonyms(ctx), *anonymised(ctx), *familiar_names(ctx), *familiar_latin_names(ctx)]
    for s, e in found:
        if ctx.key[s:e] not in reg.by_key:
            reg.add(ctx.text[s:e], "person")


def _occurrences(ctx: Context, reg: Registry) -> SpanIndex:
    """Where the Chinese names found so far occur in the text."""
    keys = sorted((k for k in reg.by_key if len(k) >= 3 and CJK.match(k)), key=len, reverse=True)
    if not keys:
        return SpanIndex([])
    pattern = re.compile("|".join(map(re.escape, keys)))
    return SpanIndex(m.span() for m in pattern.finditer(ctx.key))


def _from_tagger(ctx: Context, reg: Registry) -> None:
    """Names the learnt tagger is sure of that no rule has found, nor a part of.

    Not short forms, which the linking rules own (星漾國際 of 星漾國際娛樂). The
    tagger reads no Latin text: Latin names are the rules' alone.
    """
    keys = list(reg.by_key)
    found = [
        t
        for t in tagged_names(ctx.tokens)
        if t.confidence >= SURE and not any(ctx.key[t.start : t.end] in other for other in keys)
    ]
    if not found:
        return
    taken, known = _occurrences(ctx, reg), ctx.known()
    for t in found:
        if taken.overlaps(t.start, t.end) or known.overlaps(t.start, t.end):
            continue
        vouched = (
            _tagged_person(ctx, t.start, t.end)
            if t.type == "person"
            else _tagged_body(ctx, t.start, t.end)
        )
        if vouched:
            reg.add(ctx.text[t.start : t.end], t.type)


# Kin and familiar words after a surname (陳爸, 林媽, 王嫂): who, the text tells elsewhere.
_KIN = set("爸妈嫂哥姐叔婶爷兄父母妻氏伯婆太仔")


def _tagged_person(ctx: Context, s: int, e: int) -> bool:
    """A Chinese name, not a surname with a role (周局長) or kin (陳爸), a noun (鄭男子),
    a word (東主), a place (苗栗縣) or part of a word (李坤|城, 陳素|月).

    Nor one whose surname is also a common word (向海晴: "to 海晴"), which the
    rules take only after a role.
    """
    k = ctx.key[s:e]
    if _surname_and_role(k) or k.endswith(PERSON_NOUNS) or ctx.common_word(k):
        return False
    if k[0] in AMBIGUOUS_SURNAMES or k[-1] in _KIN or k[-1] in WORD_ENDS:
        return False
    if s not in ctx.starts or e not in ctx.ends or _place_named_like_a_person(ctx, s, e):
        return False
    after = ctx.tokens[ctx.token_index(e)] if e < len(ctx.text) else None
    if after is not None and len(after.word) == 1 and after.tag in COUNTED_TAGS:
        return False  # 陳素|月, 馬英|九: the tagger skipped the last character, a "number"
    return native_name(k) and not NOT_GIVEN & set(k[1:])


def _tagged_body(ctx: Context, s: int, e: int) -> bool:
    """Not a common word (國家隊, 組委會), nor a common word and a kind (高鐵|公司, 公共|圖書館)."""
    found = ctx.lookup(ctx.simp[s:e])
    if e - s < 3 or (found is not None and found[0] >= RARE):
        return False
    if ctx.simp[s] in "省市县区" or ctx.simp.endswith(("警方", "政府"), s, e):
        return False  # 省農業農村廳, 玄武警方, 石破政府: bodies the rules own
    first = ctx.tokens[ctx.token_index(s)]
    last = ctx.tokens[ctx.token_index(e - 1)]
    if first.start != s or last.end != e:
        return False  # the tagger cut a word: 江西信丰|通报 is no body's name
    if not last.tag.startswith(("n", "j")) or last.tag.startswith("ns"):
        return False  # 梧州|地处, 鼎晟|早, 內斯|半島: a verb or a place ends no body's name
    inner = ctx.tokens[ctx.token_index(s) : ctx.token_index(e - 1) + 1]
    if any(t.tag in _VERBS for t in inner):
        return False  # 縣府|願意|配合|協會: a clause (a body named with a verb is the rules')
    head = ctx.lookup(first.word)
    if head is not None and head[1].startswith("ns") and all(_common(ctx, t) for t in inner[1:]):
        return False  # 亞洲|科技|業: a place's trade, no body
    if len(inner) == 1:
        return False  # a word the dictionary knows is a kind (海洋館) or the rules' name
    return len(inner) > 2 or not _common(ctx, first)  # 高鐵|公司: a common word and a kind


def _common(ctx: Context, t: Token) -> bool:
    """A frequent dictionary word that names nothing in particular."""
    found = ctx.lookup(t.word)
    return found is not None and found[0] >= RARE and not found[1].startswith(_PROPER)


_PROPER = ("nr", "ns", "nt", "nz")
_VERBS = frozenset(["v", "vd", "vi", "vq"])


def _from_tokens(ctx: Context, reg: Registry) -> None:
    """Governments of a known place (美國政府) and places, from the tagger."""
    toks = ctx.tokens
    for i, t in enumerate(toks):
        w = t.word
        if len(w) < 2 or not CJK.match(w):
            continue
        if ctx.key[t.start : t.end] in reg.by_key:
            continue
        if (
            t.tag == "nt"
            and len(w) >= 3
            and w.endswith(("政府", "部", "局", "署", "委", "院", "党"))
            and w[0] not in "新该本前现各其非"  # 非政府|組織: no government
            and not w.startswith(KIND_WORDS)
            and not (w.endswith("部") and w[-2] in DIRECTIONS)
            and not (i > 0 and _modifier(toks[i - 1], t))
            and not ctx.known().overlaps(t.start, t.end)  # 美國|麻省理工學院 as one word
        ):
            start = t.start
            if i > 0 and generic(ctx, w) and _place_word(ctx, reg, toks[i - 1]):
                start = toks[i - 1].start  # 梧州市|人民政府: a body every place has
            reg.add(ctx.text[start : t.end], "org")
        elif (gov := _government_word(ctx, w)) and i > 0:
            owner = toks[i - 1]
            owner_ent = reg.by_key.get(ctx.key[owner.start : t.start])
            # 苗栗縣|政府: a place, known, tagged or named by its level. An unknown name
            # before 政府 is more often a leader's (米萊政府) than a place's.
            place = (
                owner_ent.type == "place"
                if owner_ent is not None
                else owner.tag.startswith("ns") or owner.word[-1] in PLACE_LEVELS
            )
            place = place and owner.tag != "r"  # 各縣|市政府: every county's, no one's
            # 灣仔|政府總部: the government's offices, a building there.
            end = t.start + len(gov)
            if owner.end == t.start and place and not ctx.simp.startswith("总部", end):
                reg.add(ctx.text[owner.start : end], "org")
        elif (
            t.tag == "ns"
            and (len(w) >= 3 or w.endswith(("洲", "省", "市", "州", "县", "岛")))
            and not w.endswith(("彼岸", "营利"))
            and w not in NOT_PLACES
            and w[0] not in EVERY  # 各縣市: every one, no place
            and not _inside_span(ctx, t.start, t.end)
        ):
            reg.add(ctx.text[t.start : t.end], "place", strong=True)


def _government_word(ctx: Context, w: str) -> str:
    """政府, 市政府, or one read with the word after it (彰化縣|政府公告|為): the part
    that names the government, or ""."""
    if not w.startswith(GOV_SUFFIXES):
        return ""  # most words: the cheap test first
    if w in GOV_SUFFIXES:
        return w
    gov = next(g for g in GOV_SUFFIXES if w.startswith(g))
    return gov if ctx.common_word(w[len(gov) :]) else ""


def _modifier(prev: Token, t: Token) -> bool:
    """鄉鎮|衛生院: a common noun right before makes the body a kind, not a name."""
    return prev.end == t.start and prev.tag in ("n", "vn") and CJK.match(prev.word) is not None


def _collect(ctx: Context, reg: Registry) -> list[Actor]:
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
            if k.isascii() and not part_boundary(ctx, s, e, k):
                continue
            if k in ent.short_forms and not part_boundary(ctx, s, e, k):
                continue
            if k.isascii() and ctx.in_latin_prose(s):
                continue
            for j in range(s, e):
                taken[j] = True
            found.setdefault(id(ent), []).append(Mention(s, e, ctx.text[s:e]))
    _fold_parents(ctx, found, ents)
    actors = []
    for eid, mentions in found.items():
        ent = ents[eid]
        if ent.type not in ACTOR_TYPES or not ent.strong:
            continue
        mentions.sort(key=lambda m: m.start)
        surfaces = Counter(m.text for m in mentions)
        name = ent.canonical or _best_surface(surfaces, ent.type)
        if CJK.search(name) and name not in ctx.text:
            # A Chinese name from the list shows as the article writes it (經濟部, not 经济部).
            same = [s for s in surfaces if lexicon_mod.key(s) == lexicon_mod.key(name)]
            name = same[0] if same else _best_surface(surfaces, ent.type)
        seen = {lexicon_mod.key(name)}
        aliases = []
        for alias in sorted(surfaces, key=lambda a: (-surfaces[a], a)) + _heads(ent, surfaces):
            if lexicon_mod.key(alias) not in seen:
                seen.add(lexicon_mod.key(alias))
                aliases.append(alias)
        actors.append(Actor(name, ent.type, tuple(aliases), tuple(mentions)))
    actors.sort(key=lambda a: (-a.count, a.mentions[0].start))
    return actors


def _fold_parents(ctx: Context, found: dict[int, list[Mention]], ents: dict[int, Entity]) -> None:
    """A department named once, and only right before another body (衞生署|衞生防護中心,
    交通部|航港局), names where that body sits: its mention joins the body's."""

    def shown(eid: int) -> bool:
        return ents[eid].type == "org" and ents[eid].strong

    starts = {
        m.start: (eid, i) for eid, ms in found.items() if shown(eid) for i, m in enumerate(ms)
    }
    # From the last: 食衞局|衞生署|衞生防護中心 folds the middle one first, then the first.
    for eid in sorted(
        (e for e, ms in found.items() if shown(e) and len(ms) == 1),
        key=lambda e: -found[e][0].start,
    ):
        (parent,) = found[eid]
        child = starts.get(parent.end)
        if child is None or child[0] == eid or ctx.simp[parent.end - 1] not in BODY_ENDINGS:
            continue
        other = found[child[0]][child[1]]
        if ctx.simp.endswith("公司", 0, parent.end) and other.text.endswith("有限公司"):
            continue  # 管理公司|宏基物業管理有限公司: a kind of company, then a registered name
        if not CJK.match(other.text):
            continue
        found[child[0]][child[1]] = Mention(parent.start, other.end, parent.text + other.text)
        starts[parent.start] = child
        del found[eid]


def _heads(ent: Entity, surfaces: Counter[str]) -> list[str]:
    """The body's own name where the article writes it only before a department
    folded into it (臺大醫院 of 臺大醫院急診醫學部)."""
    out: list[str] = []
    if ent.type != "org":
        return out
    for surface in surfaces:
        k = lexicon_mod.key(surface)
        if not CJK.match(k):
            continue
        heads = [f for f in ent.forms if 2 <= len(f) < len(k) and k.startswith(f)]
        if heads:
            out.append(surface[: len(max(heads, key=len))])
    return out


def _best_surface(surfaces: Counter[str], type_: str) -> str:
    """The fullest common form: Latin full names first, then the longest.

    A person is named by their name, not by surname and role (陳志明, not 陳執行長).
    """

    def rank(s: str) -> tuple:
        named = type_ != "person" or not _surname_and_role(lexicon_mod.key(s))
        return (named, " " in s and s.isascii(), len(s), surfaces[s])

    return max(surfaces, key=rank)


def _surname_and_role(key: str) -> bool:
    return bool(surname_with_title().fullmatch(key) or surname_then(HONORIFICS).fullmatch(key))


def speech_verbs() -> tuple[str, ...]:
    """The speech verbs (simplified script) the quote attributor looks for."""
    return words("speech_verbs")
