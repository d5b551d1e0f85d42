"""Aliases the article teaches: ``中文名（Latin）`` glosses and ``（以下簡稱X）`` short forms."""

from __future__ import annotations

import re

from reader.core import lexicon as lexicon_mod
from reader.core.entities import (
    CJK,
    CLOSING_MARKS,
    LETTER,
    Context,
    Entity,
    Registry,
    add_listed,
)
from reader.core.lexicon import Lexicon
from reader.core.names import (
    TRANSLIT,
    back_to_role,
    dotted_first_part,
    japanese_family,
    japanese_name_before,
    native_name,
    past_role,
    person_shaped_latin,
    title_before,
)
from reader.core.organisations import CATEGORY_WORDS, ORG_WORDS_LATIN, org_shaped_chinese

# Latin words that are roles, acronyms of things or page furniture, never actors.
LATIN_STOP = {
    "ceo", "cto", "cfo", "coo", "ai", "agi", "api", "gpu", "cpu", "ip", "app", "pc", "it", "id",
    "the", "notice", "pro", "ddos", "llm", "vs", "ok", "faq", "pdf", "url", "www", "http",
    "https", "com", "cn", "ps", "pr", "pk", "vr", "ar", "eng", "usb", "ppt",
}  # fmt: skip

_GLOSS = re.compile(rf"[（(]\s*(?:以下简称|下称|简称)?\s*([{LETTER}][{LETTER}0-9&'.\- ]*?)\s*[)）]")
# A number only inside a name of several words (…for the 2025 World Exposition), never
# in a model's or a product's (GPT-4, iPhone 16).
_NAME_WITH_NUMBERS = re.compile(r"[^\d]+|\S+ \S+ (?:\S+ )*\d+ (?:\S+ )*\S*[^\d\s]")
# A gloss on one of these names a scheme, not an actor.
_PROGRAMMES = ("计划", "计画", "方案", "项目", "政策", "条例", "法案", "倡议")
_GLOSS_AND_SHORT = re.compile(
    rf"[（(]\s*([{LETTER}][{LETTER}0-9&'.\- ]*?)\s*[，,]\s*(?:以下简称|下称|简称)[：:\s]?"
    r"[“「\"]?([^”」\"）)，,]{1,20}?)[”」\"]?\s*[)）]"
)
# 國際展覽局（Bureau International des Expositions，BIE）, 貝思半導體（BE Semiconductor
# Industries，Besi）: a name and its acronym or short name.
_GLOSS_AND_ACRONYM = re.compile(
    rf"[（(]\s*([{LETTER}][{LETTER}0-9&'.\- ]*?)\s*[，,]\s*([A-Z][A-Za-z]{{1,7}})\s*[)）]"
)
_SHORT_FORM = re.compile(
    r"[（(，,]\s*(?:以下简称|下称|简称)[：:\s]?[“「\"]?([^”」\"）)]{1,12})[”」\"]?"
)


def from_short_forms(ctx: Context, reg: Registry) -> None:
    """``全名（以下簡稱“簡稱”）``: the short form names the same actor."""
    for m in _SHORT_FORM.finditer(ctx.simp):
        if ctx.simp[m.start()] not in "（(":
            continue
        head = gloss_head(ctx, m.start())
        if head is None:
            continue
        full = ctx.text[head[0] : head[1]]
        known = reg.by_key.get(lexicon_mod.key(full))
        if known is not None:
            type_ = known.type
        elif org_shaped_chinese(ctx, *head):
            type_ = "org"
        elif native_name(ctx.simp[head[0] : head[1]]) or "·" in ctx.simp[head[0] : head[1]]:
            type_ = "person"
        else:
            continue
        short = ctx.text[m.start(1) : m.end(1)].strip()
        reg.merge(reg.add(full, type_), reg.add(short, type_))


def from_bracketed_short_forms(ctx: Context, reg: Registry) -> None:
    """``地產代理監管局（監管局）``: a short form in brackets after an organisation is its own.

    The short form takes its characters, in order, from the name (世界衞生組織（世衞）).
    """
    for m in _BRACKETED.finditer(ctx.key):
        head = gloss_head(ctx, m.start())
        if head is None:
            continue
        full = ctx.key[head[0] : head[1]]
        short = m.group(1)
        ent = reg.by_key.get(full)
        if ent is None or ent.type != "org" or not _in_order(short, full):
            continue
        other = reg.by_key.get(short)
        if other is None:
            ent.forms.setdefault(short, ctx.text[m.start(1) : m.end(1)])
            reg.by_key[short] = ent
        elif other.type == "org" and other.canonical is None:
            reg.merge(ent, other)  # found on its own as a body's name


_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]")


def from_english_names(ctx: Context, reg: Registry) -> None:
    """``駱家朗（Kelvin）``, ``Kevin（祁凱文）``: a Chinese name and the English given name
    its owner goes by (Kelvin續指 then speaks as 駱家朗)."""
    for m in _ENGLISH_NAME.finditer(ctx.text):
        english = m.group(1) or m.group(3)
        if english.lower() in LATIN_STOP:
            continue
        if m.group(2):  # Kevin（祁凱文）: the name in brackets, the one to show
            han, simp = m.group(2), ctx.simp[m.start(2) : m.end(2)]
            if native_name(simp) and not ctx.common_word(simp):
                reg.merge(reg.add(han, "person", han), reg.add(english, "person"))
            continue
        # 駱家朗（Kelvin）: a person already found right before the bracket
        for n in (4, 3, 2):
            person = reg.by_key.get(ctx.key[m.start() - n : m.start()])
            if person is not None and person.type == "person":
                # Named by the Chinese name, not the shorter English one.
                person.canonical = person.canonical or ctx.text[m.start() - n : m.start()]
                reg.merge(person, reg.add(english, "person"))
                break


_ENGLISH_NAME = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]{2,11})[（(]([\u4e00-\u9fff]{2,4})[)）]"
    r"|(?<=[\u4e00-\u9fff])[（(]([A-Z][a-z]{2,11})[)）]"
)


def _in_order(short: str, full: str) -> bool:
    """Every character of ``short`` stands in ``full``, in the same order, and it is shorter."""
    rest = iter(full)
    return len(short) < len(full) and all(c in rest for c in short)


def from_glosses(ctx: Context, reg: Registry, lex: Lexicon) -> None:
    """``中文名（Latin）``, ``中文名（Latin，以下簡稱X）``: all the forms name one actor."""
    for m in _GLOSS.finditer(ctx.simp):
        if _gloss(ctx, reg, lex, m) is not None:
            ctx.read_glosses.append(m.span(1))
    shorts = [(m, False) for m in _GLOSS_AND_SHORT.finditer(ctx.simp)]
    # People have no acronyms: what is glossed with one is a body.
    shorts += [(m, True) for m in _GLOSS_AND_ACRONYM.finditer(ctx.simp) if _shortens(m)]
    for m, body in shorts:
        ent = _gloss(ctx, reg, lex, m, body)
        if ent is not None:
            ctx.read_glosses.append(m.span(1))
            short = ctx.text[m.start(2) : m.end(2)].strip()
            reg.merge(ent, reg.add(short, ent.type))


def _shortens(m: re.Match[str]) -> bool:
    """The word after the comma is the name's acronym (BIE) or short name (Besi for BE
    Semiconductor Industries): its letters in the name's order, from its first; not
    another name (Elon Musk，Tesla)."""
    name, short = m.group(1).lower(), m.group(2).lower()
    letters = iter(name)
    return m.group(2).isupper() or (short[0] == name[0] and all(c in letters for c in short))


def _gloss(
    ctx: Context, reg: Registry, lex: Lexicon, m: re.Match[str], body: bool = False
) -> Entity | None:
    """The actor a gloss ``m`` (its Latin name in group 1) names, or None; ``body``: it
    is an organisation whatever its head looks like."""
    latin = m.group(1).strip()
    if not latin or latin.lower() in LATIN_STOP or not _NAME_WITH_NUMBERS.fullmatch(latin):
        return None
    chinese_span = gloss_head(ctx, m.start())
    if chinese_span is None:
        before = ctx.simp[m.start() - 1 : m.start()]
        paper = _paper_titled(ctx, reg, m.start() - 1) if before == "》" else None
        if paper is not None:
            return reg.merge(paper, reg.add(latin, "org"))  # 《選舉報》（Gazeta Wyborcza）
        if before in (*CLOSING_MARKS, "》"):
            # 「真實社群」（Truth Social）, 《紅樓夢》（Dream of the Red Chamber）: a gloss
            # of a term or a work.
            ctx.read_glosses.append(m.span(1))
        return None
    cs, ce = chinese_span
    if ctx.simp.endswith(_PROGRAMMES, cs, ce):
        ctx.read_glosses.append(m.span(1))  # 小販培訓計劃（Hawkers' Development Programme）
        return None
    japanese = japanese_family(ctx.simp[cs:ce], glossed=True)
    if (
        "·" not in ctx.simp[cs:ce]
        and not japanese
        and (person_shaped_latin(latin) or lex.get(latin))
    ):
        # A name right before the bracket, not the titles before it (總裁庫克).
        cs = _name_suffix(ctx, cs, ce, lex)
    chinese = ctx.text[cs:ce]
    known = lex.get(latin) or lex.get(chinese)
    if known is not None:
        if known.type == "product":
            return None
        a = add_listed(reg, lex, latin) or reg.add(latin, known.type, known.name)
        if lex.get(chinese) in (None, known):
            a = reg.merge(a, reg.add(chinese, known.type, known.name))
        return a
    head = ctx.simp[cs:ce]
    # 德桑蒂斯（Ron DeSantis）: a transliteration glossed with a person's name is them.
    translit = len(head) >= 3 and set(head) <= TRANSLIT
    kind = _after_kind(ctx, cs)
    shaped = "·" in head or native_name(head) or translit or japanese
    if person_shaped_latin(latin) and shaped and not kind and not body:
        a = reg.add(latin, "person", latin)
        return reg.merge(a, reg.add(chinese, "person"))
    known_org = reg.by_key.get(lexicon_mod.key(chinese))
    listed = (known_org and known_org.type == "org") or _listed_after_body(reg, ctx, cs)
    if org_shaped_chinese(ctx, cs, ce) or kind or listed or body:
        a = known_org if known_org is not None else reg.add(chinese, "org")
        return reg.merge(a, reg.add(latin, "org"))
    if known_org is None and _org_shaped_latin(latin):
        # 澳洲|萊納斯稀土（Lynas Rare Earths）: a body, named from past the places and
        # common nouns before it. A common word glossed so (資格賽（Q School）) is a
        # thing, no body.
        cs = _proper_start(ctx, cs, ce, latin)
        if not ctx.common_word(ctx.simp[cs:ce]):
            return reg.merge(reg.add(ctx.text[cs:ce], "org"), reg.add(latin, "org"))
    ctx.read_glosses.append(m.span(1))
    return None


# Titles ending in 報 that are documents, not papers (年報, 海報).
_DOCUMENTS = ("年报", "海报", "简报", "画报", "通报", "公报", "情报", "快报", "月报")


def _paper_titled(ctx: Context, reg: Registry, close: int) -> Entity | None:
    """The paper named by the 《title》 that closes at ``close``: one the article names
    elsewhere, or a title ending in 報 or 刊 (《標準報》)."""
    opened = ctx.simp.rfind("《", 0, close) + 1
    if not opened or close - opened < 2:
        return None
    paper = reg.by_key.get(ctx.key[opened:close])
    title = ctx.simp[opened:close]
    if (
        paper is None
        and close - opened >= 3
        and title[-1] in "报刊"
        and not title.endswith(_DOCUMENTS)
    ):
        paper = reg.add(ctx.text[opened:close], "org")
    return paper if paper is not None and paper.type == "org" else None


def _org_shaped_latin(latin: str) -> bool:
    """Words that end like a body's name (Lynas Rare Earths, Hang Fung Trustees)."""
    words = latin.split()
    return len(words) >= 2 and words[-1].lower() in ORG_WORDS_LATIN


def _proper_start(ctx: Context, start: int, end: int, latin: str) -> int:
    """Where a glossed body's name starts in the noun phrase [start, end): past the
    places and common nouns before it (強積金受託人|恒豐信託), and back over the Latin
    letters it shares with its gloss (MP|材料（MP Materials）)."""
    for t in ctx.tokens_in(start, end)[:-1]:
        place = ctx.spans.get((t.start, t.end)) == "place"
        common = t.tag == "n" and len(t.word) >= 2 and not t.new
        if not (place or common or t.word in CATEGORY_WORDS):
            break
        start = t.end
    first = latin.split()[0]
    if ctx.text[start - len(first) : start] == first:
        start -= len(first)
    return start


# A glossed body, then the mark that lists the next one: "…（Sony Semiconductor）、".
_LISTED_GLOSS = re.compile(rf"[（(]\s*([{LETTER}][^（()）]*?)\s*[)）](?:、|及|和|与)$")


def _listed_after_body(reg: Registry, ctx: Context, start: int) -> bool:
    """…公司（Sony Semiconductor）、電裝（Denso）: listed right after a glossed body."""
    m = _LISTED_GLOSS.search(ctx.simp, max(0, start - 40), start)
    known = reg.by_key.get(lexicon_mod.key(m.group(1))) if m else None
    return known is not None and known.type == "org"


def _after_kind(ctx: Context, start: int) -> bool:
    """材料巨頭|優美科（Umicore）: a kind of body names what follows as one."""
    t = ctx.tokens[ctx.token_index(start - 1)] if start else None
    return t is not None and t.end == start and t.word in CATEGORY_WORDS


def _name_suffix(ctx: Context, start: int, end: int, lex: Lexicon) -> int:
    """Start of the shortest listed or name-shaped token suffix of [start, end).

    A transliteration gives way to a Chinese name one word longer (司徒|嘉恩).
    """
    for n in (4, 3):
        # 球評人|麥祖倫 cut as 人麥|祖倫: a name right after a role, however it is cut.
        s = ctx.simp[end - n : end]
        if end - n >= start and native_name(s) and title_before(ctx.simp, end - n):
            return end - n
    translit = None
    for t in reversed(ctx.tokens_in(start, end)):
        s = ctx.simp[t.start : end]
        if lex.get(s) or (native_name(s) and not ctx.common_word(s)):
            return t.start
        if translit is not None:
            return translit
        if len(s) >= 2 and set(s) <= TRANSLIT:
            translit = t.start
    return translit if translit is not None else start


def gloss_head(ctx: Context, paren: int) -> tuple[int, int] | None:
    """The Chinese name just before a gloss's opening bracket."""
    end = paren
    while end > 0 and ctx.simp[end - 1] == " ":
        end -= 1
    # A name already found that ends at the bracket (an organisation, a person), or at
    # the quotation mark before it (「月弧動力」（Lunarc Dynamics）).
    for close in (end, end - 1) if ctx.simp[end - 1 : end] in CLOSING_MARKS else (end,):
        for k in range(max(0, close - 20), close - 1):
            if ctx.spans.get((k, close)) is not None:
                return k, close
    # A Japanese name: its given name may run to three characters (松尾|由紀子).
    japanese = japanese_name_before(ctx, end)
    if japanese is not None:
        return japanese, end
    # A dotted name, whatever garbled characters stand for its last part, which a hyphen
    # may make long (娜塔莎·埃德南-拉佩魯斯).
    sep = ctx.simp.rfind("·", max(0, end - 12), end)
    if sep > 0 and all(CJK.match(c) or c in "-－" for c in ctx.simp[sep + 1 : end]):
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
        start = past_role(ctx.simp, start)  # 主席|若昂·…
        if start == sep:
            start = dotted_first_part(ctx, sep) or sep  # 總裁|凱文·布倫南
        elif start < sep:
            start = back_to_role(ctx, start)
        if start < sep:
            return start, end
    # Otherwise: the noun phrase of tokens before the bracket.
    toks = ctx.tokens_in(max(0, end - 20), end)
    if not toks or toks[-1].end != end or not CJK.match(toks[-1].word):
        return None
    # 材料巨頭|優美科（Umicore）: after a kind of body, whatever the words, a name.
    for k in range(len(toks) - 2, max(-1, len(toks) - 6), -1):
        words = toks[k + 1 :]
        plain = all(CJK.match(t.word) and t.tag != "uj" for t in words)
        kind = toks[k].word in CATEGORY_WORDS or toks[k].word == "公司"  # 澳洲公司|南天…
        if kind and 2 <= end - toks[k].end <= 6 and plain:
            return toks[k].end, end
    start = toks[-1].start
    for k in range(len(toks) - 2, -1, -1):
        t = toks[k]
        joiner = t.word in ("和", "与") and start - t.end == 0
        # 太空|探索|科技公司: a verb between nouns is part of the name.
        inner_verb = t.tag in ("v", "vn") and k > 0 and toks[k - 1].tag[:1] == "n"
        if not joiner and (
            not CJK.match(t.word)
            or (t.tag[:1] != "n" and not t.new and not inner_verb)
            or end - t.start > 14
            or t.word in CATEGORY_WORDS  # 電池製造商|星光能源: the name starts after
        ):
            break
        start = t.start
    # 判令賣家|義烏市欣達文具商行: after a verb, the name starts at its place.
    head = [t for t in toks if t.start >= start]
    verbs = [k for k, t in enumerate(head) if t.tag == "v"]
    places = [t.start for t in head[verbs[-1] + 1 :] if t.tag.startswith("ns")] if verbs else []
    return (places[0] if places else start), end
