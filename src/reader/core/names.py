"""What a person's name looks like: Chinese names, transliterations, Latin names.

A Chinese name is a common surname plus one or two given-name characters. That
shape alone matches countless words (方面, 高度, 常说), so a candidate needs
evidence from its context: a role word before it (``分析師王珂``), a speech verb
or a name-ending word after it (``王珂指出``, ``林正雄認為``, ``陳先生``), and it
must not be a common dictionary word that is not a name.
"""

from __future__ import annotations

import re
from functools import cache

from reader.core.entities import CJK, RARE, Context
from reader.core.lexicon import trie_pattern
from reader.core.wordlists import longest_first, word_set, words

# Characters used to transliterate foreign names (simplified forms).
TRANSLIT = set(
    "阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾波伯博布查达大戴丹道德登邓迪蒂丁东杜敦多厄恩尔"
    "法范菲费芬丰弗福富盖甘冈高戈格葛根古瓜圭哈海汉罕豪赫黑亨洪胡华霍基吉加贾杰金京久卡凯坎康"
    "考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理利丽莉连列林琳隆卢鲁路露伦罗洛吕马玛迈麦曼芒茂梅门"
    "蒙米密明莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐琪恰乔切琴丘萨塞赛桑瑟森沙"
    "莎尚舍什施史斯松苏索塔泰坦汤唐特滕提蒂田汀通图托瓦万旺威韦维卫温沃乌伍西希锡夏谢辛休雅亚"
    "娅扬耶伊因英尤于约泽扎詹兹佐汗可山姆格黛琳娃莱尹丝茨怀惠琼肖朱契诗茜薇婕蓓嘉珊蜜得夫舒门"
    "察顿凡佛哥津喀昆钦叶许若席斐依吐买热逊令"
)

# Written Cantonese function characters (喺, 嘅, 俾), which no name holds.
CANTONESE_FUNCTION = set("喺嘅咗唔系哋啲咁嘢冇佢俾畀嚟睇紧晒")
# Characters that end a name rather than continue it (function words, verbs of saying).
NOT_GIVEN = (
    set(
        "的了是在也和与及或说称曾将则又都就被把对向于从为以而并但等着著过之其这那个们年日时表指认讲谈道问因费"
        "再需须应要会到姓某他她你我副医留它不几好未上已至街窝出每只仍搬涨完第私话揾后"
    )
    | CANTONESE_FUNCTION
)
# Measure words, which follow a number (4台, 380宗); some are surnames too.
MEASURE_WORDS = set("个家名位只座间所项场批些台辆架条艘宗户")

# Surnames that are also common function words (向外媒, 於開, 和創始人, 時我): a name
# starting with one needs a role word before it.
AMBIGUOUS_SURNAMES = set(
    "于向和时应全单党解明文常成安都从同管车万高方区利官宣乐招容朴冀鄂邸仲"
    "东云从代元公养别印双后国家封居山巴干平广强扶支权松步水满班皮盖相空红经能花计谈越通那都铁闻须鱼乌伊幸暴富益终充秋慎戈燕危丰寿宿索阴隆贝昌凤惠怀茹融衡苍蔚禄祖漆习井羊弓展"
    "钱连商帅冶辜粘籍付"
)

# After a name, these show it is one (besides speech verbs and titles).
NAME_ENDINGS = (
    "先生", "女士", "小姐", "在", "也", "亦", "则", "又", "曾", "就", "还", "更", "今天", "今日",
    "昨天", "昨日", "昨晚", "今早", "今晨", "昨早", "庭外", "庭后", "赛后", "会后", "日前",
    "近日", "早前", "当天", "当时", "随后", "受访", "接受",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期", "上周", "本周", "发表",
    "出席", "如今", "现年", "今年", "目前", "早年", "一直", "已经", "正在", "曾经", "原本",
    "／", "/", "向本报", "向记者", "向传媒", "向媒体", "向本台", "指，", "指：", "给记者", "对记者",
    "跟记者", "给本报", "话，", "话：",
)  # fmt: skip
_ACRONYM_GLOSS = re.compile(r"[（(][A-Z]{1,5}[)）]")
# The rest of a list of people after one of its names (、李洋、王齊麟等選手), not 等人流.
_LIST_OF_PEOPLE = re.compile(
    r"(?:、[\u4e00-\u9fff·]{2,8}?){0,6}等(?:人(?![流口员群气才类工文情体士次数])|选手)"
)
# A Latin name's gloss in brackets (山口美和（Miwa Yamaguchi）).
_LATIN_GLOSS_AFTER = re.compile(r"[（(][A-Z][a-z]")
# A bracket after a name, unless it holds a quantity, a number and its unit
# (胡麻醬（280毫升裝）), or a number alone (藍皮書（2024）); an age (陳大文（55歲）) or a
# life's years (祁文山（1930－2020）) are a person's.
_BRACKET_AFTER_NAME = re.compile(r"[（(](?!\d+(?!岁)[\u4e00-\u9fff]|\d+[)）])")
# Before a name, these show it is one (a byline ``文／林思远``, an age).
NAME_OPENINGS = ("文／", "文/", "撰文", "作者／", "作者/", "岁的")  # 78歲的潘錦棠
# Words for a person that open a name (無業男子聶浩賢) but, unlike roles, end none: 女子組
# after a name is a group, not the end of the name.
PERSON_NOUNS = ("男子", "女子", "男童", "女童", "少年", "少女", "青年")
_OPENINGS = (*NAME_OPENINGS, *PERSON_NOUNS)
_SKIP_BEFORE = " \u3000丨|"
# A word ending in these is a language, a role, a trade, a fee or a building, no name
# (馬來語, 申請人, 古董商, 鐘點費, 宿舍樓).
WORD_ENDS = "语人商费楼"


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    all_ = words("surnames")
    return frozenset(s for s in all_ if len(s) == 1), frozenset(s for s in all_ if len(s) == 2)


def native_name(s: str) -> bool:
    """``s`` has the shape of a Chinese name (surname + one or two characters)."""
    single, compound = surnames()
    if s[:2] in compound:
        return 3 <= len(s) <= 4 and all(CJK.match(c) for c in s)
    return 2 <= len(s) <= 3 and s[0] in single and all(CJK.match(c) for c in s)


def person_shaped_latin(latin: str) -> bool:
    """Two to four capitalised words that do not end in an organisation word."""
    from reader.core.organisations import ORG_WORDS_LATIN

    ws = latin.split()
    if not 2 <= len(ws) <= 5 or ws[-1].lower() in ORG_WORDS_LATIN:
        return False
    inner = [w for w in ws[1:-1] if w not in _PARTICLES]  # João Pereira da Silva
    return len(ws) - len(inner) <= 3 and all(_capitalised(w) for w in (ws[0], *inner, ws[-1]))


# Lower-case words inside a family name (da Silva, van Dijk, bin Salman).
_PARTICLES = frozenset(
    [
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "al",
    ]
)


_NAME_PREFIXES = ("Mac", "Mc", "De", "Le", "La", "Van", "Von", "O'")


def _capitalised(word: str) -> bool:
    """``Sørensen``, ``J.``, ``McKenzie``, ``DeSantis``: a capital, then lower-case letters.

    Accents are allowed, and one more capital after a family-name prefix.
    """
    if "-" in word[1:]:
        return all(_capitalised(part) for part in word.split("-"))  # Ashdown-Kane
    rest = word[1:].replace("'", "")
    if not word[:1].isupper():  # nor an empty part (Smith-, a dash typed as --)
        return False
    if rest in ("", ".") or rest.islower():
        return True
    prefix = next((p for p in _NAME_PREFIXES if word.startswith(p)), None)
    return prefix is not None and _capitalised(word[len(prefix) :])


def title_before(simp: str, pos: int) -> str | None:
    """The role word (or byline opening) that ends right before ``pos``, if any."""
    k = pos
    while k > 0 and simp[k - 1] in _SKIP_BEFORE and pos - k < 3:
        k -= 1
    if simp[k - 1 : k] == "为" and k == pos:
        k -= 1  # 法定代表人為|黃啟明: the role is the name's
    field = False  # 助理處長|（消防安全）|區永康: the post's field in brackets
    if k == pos and k > 0 and simp[k - 1] in "）)":
        opening = max(simp.rfind("（", max(0, k - 10), k), simp.rfind("(", max(0, k - 10), k))
        field = opening > 0 and not any(c.isdigit() for c in simp[opening:k])  # not 男子（50歲）
        k = opening if field else k
    if simp[k - 1 : k] not in _role_last_characters():
        return None  # most characters end no role: the cheap test first
    head = simp[max(0, k - 8) : k]
    for t in _OPENINGS:
        if head.endswith(t):
            return None if field else t
    for n, titles in _titles_by_length():
        if head[-n:] in titles:
            return None if field and head[-n:] in HONORIFICS else head[-n:]
    return None


def starts_title(simp: str, pos: int) -> bool:
    """A role word starts at ``pos`` (``司长``, ``执行长``)."""
    return any(simp[pos : pos + n] in titles for n, titles in _titles_by_length())


def dotted_first_part(ctx: Context, dot: int) -> int | None:
    """Start of the first part of a dotted name ending at ``dot``: two to four
    transliteration characters, or up to six of any after a role (太魯閣族青年|伊婉．瓦旦, 總裁|凱文·
    布倫南); a dot between other words also lists places (中國·北京)."""
    # After the nearest role; a Uyghur name's first part may be longer (種植戶|阿不都熱合曼·).
    for n in range(2, 7):
        part = ctx.key[max(0, dot - n) : dot]
        if len(part) < n or not all(CJK.match(c) for c in part) or set(part) & _NEVER_GIVEN:
            break
        # 議長|出席澳門·里斯本: a verb right after the role is no part of a name.
        t = ctx.tokens[ctx.token_index(dot - n)]
        verb = t.tag.startswith("v") and common_given(ctx, t.word)  # not 協調人|差猜·汶薩
        if title_before(ctx.simp, dot - n) and not verb:
            return dot - n
    for n in (4, 3, 2):
        part = ctx.key[max(0, dot - n) : dot]
        if len(part) == n and all(CJK.match(c) for c in part) and set(part) <= TRANSLIT:
            return dot - n
    return None


def back_to_role(ctx: Context, start: int) -> int:
    """Where a dotted name starting at ``start`` starts when its first part runs back to
    a role (種植戶|阿不都熱合|曼·吐爾遜, 發言人|約翰|娜·貝克)."""
    dot = ctx.key.find("·", start)
    first = dotted_first_part(ctx, dot) if dot > 0 else None
    roled = first is not None and first < start and title_before(ctx.simp, first) is not None
    return first if roled else start


def past_role(simp: str, pos: int) -> int:
    """Past the end of a role word that starts before ``pos`` and runs over it (首席分析師
    over 席), or ``pos``."""
    for back in (1, 2, 3):
        for n, titles in _titles_by_length():
            if n > back and simp[pos - back : pos - back + n] in titles:
                return pos - back + n
    return pos


@cache
def _role_last_characters() -> frozenset[str]:
    return frozenset(t[-1] for t in (*words("titles"), *_OPENINGS))


@cache
def _titles_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The role words grouped by length, longest first."""
    # Asked at every surname: one slice and set lookup per length beats a scan of the list.
    by_length: dict[int, set[str]] = {}
    for t in words("titles"):
        by_length.setdefault(len(t), set()).add(t)
    return tuple((n, frozenset(ts)) for n, ts in sorted(by_length.items(), reverse=True))


def name_ending_after(simp: str, pos: int) -> bool:
    """What follows ``pos`` shows that a name ended there; not a unit's or an acronym's
    brackets (3吉瓦（GW）)."""
    rest = simp[pos : pos + 6]
    if _ACRONYM_GLOSS.match(simp, pos):
        return False
    return (
        rest.startswith(NAME_ENDINGS)
        or bool(_BRACKET_AFTER_NAME.match(rest))
        or rest.startswith(longest_first("speech_verbs"))
        or starts_title(simp, pos)
    )


def chinese_names(ctx: Context) -> list[tuple[int, int]]:
    """Spans of Chinese names that their context vouches for."""
    single, compound = surnames()
    simp = ctx.simp
    out: list[tuple[int, int]] = []
    roled_end = -1  # where the last name after a role ended
    japanese = _japanese_families()
    speech, starts, title_ends = ctx.speech_starts, ctx.starts, ctx.title_ends
    unlisted_starts = ctx.unlisted_starts
    i = 0
    while i < len(simp):
        unlisted = False
        # The cheap tests first: a long name ends right before a verb of saying.
        long = (i + 4 in speech or i + 5 in speech) and i in starts and past_role(simp, i) == i
        if long and (long_end := _long_name(ctx, i)) is not None:
            out.append((i, long_end))  # 總監|達娃卓瑪|坦言: longer than a Han name
            i = roled_end = long_end
            continue
        if simp[i] in japanese and (japanese_end := _japanese_name(ctx, i)) is not None:
            out.append((i, japanese_end))
            i = japanese_end
            continue
        if simp[i + 1 : i + 2] == "氏" and simp[i] in single and _vietnamese_name(ctx, i):
            out.append((i, i + 4))  # 配偶|阮氏秋恆: a Vietnamese woman's name
            i += 4
            continue
        if i + 1 in title_ends and (simp[i] in single or simp[i : i + 2] in compound):
            i += 1  # 護理|師小葉: the character ends a role word, it starts no name
            continue
        if simp[i : i + 2] in compound:
            lengths, surname = (4, 3), 2
        elif simp[i] in single:
            lengths, surname = (3, 2), 1
        elif i in unlisted_starts:
            lengths, surname, unlisted = (3, 2), 1, True  # 分析師笪佳琪, 太太阿玲: after a role
        else:
            i += 1
            continue
        role = title_before(simp, i)
        if role is not None and i not in ctx.starts and _across_a_role(ctx, i - len(role), i):
            role = None  # 房東|主張|自住: 東主 read across a role and a verb is none
        if role is not None and _role_into_word(ctx, i):
            role = None  # 文物保|護工|程資質, 設計業|主管|私下: the role's end opens a word
        if role is None and _counted_or_a_day(ctx, i):
            i += 1  # 380宗|山火, 周二晚: a measure word after a number, or a day's name
            continue
        if role is None and _abbreviated_place(ctx, i):
            i += 1  # 日|韓|頂尖選手: a country's one-character short name
            continue
        if role is None and i - 1 == roled_end and simp[i - 1] in " 、":
            role = "、"  # 記者 覃雪松 尉遲航: the role covers the whole list
        if role is None and _kin_before(ctx, i):
            role = simp[i - 2 : i]  # 蕭妻|葉淑芬: someone's wife, named
        # 陳女士向本報: an honorific ends the name before it, it starts none; 「頭手」
        # 師傅|曾萬福: after no surname, it is a role.
        after_surname = role is not None and simp[i - len(role) - 1 : i - len(role)] in single
        titled = role is not None and (role not in HONORIFICS or not after_surname)
        # 彩繪師傅|施作，: after such a role, two characters are a name only before speech
        # (裝修師傅黃強指).
        honoured = titled and role in HONORIFICS and not unlisted
        if honoured and not (_speech_after(ctx, i + 2) or name_ending_after(simp, i + 2)):
            lengths = tuple(n for n in lengths if n > 2)
        if unlisted:
            if role is None:
                i += 1
                continue
            titled = True
        found = None
        ambiguous = surname == 1 and simp[i] in AMBIGUOUS_SURNAMES
        if simp[i] in PREPOSITION_SURNAMES and (
            common_given(ctx, simp[i + 1 : i + 3], 0) or _adverb(ctx, simp[i + 1 : i + 2])
        ):
            i += 1  # 向本報, 和剛入職: a preposition before a word, whatever role precedes
            continue
        vouched = titled or not ambiguous or _described(ctx, i, lengths)
        vouched = vouched or _introduced(ctx, i, i + 3)  # 書院的|區凱晴|則直言
        if (i in ctx.starts or titled) and vouched:
            for n in lengths:
                if not _name_candidate(ctx, i, i + n, titled):
                    continue
                if n == 4 and _last_opens_a_word(ctx, i + n):
                    # 司馬蓉|參與: the last character opens the next word. (A single
                    # surname's given name keeps two: 涂志明|說 is read 涂志|明說.)
                    continue
                if not titled and _noun_then_verb(ctx, i, i + n):
                    continue
                given = simp[i + surname : i + n]
                # After a role, a time word ends the name too (隊長文國威|賽後).
                # So does one the segmenter read as one unknown word (廖炳煌|當年).
                ended = (
                    name_ending_after(simp, i + n)
                    or (
                        (titled or (n > 2 and _unknown_word(ctx, i, i + n)))
                        and time_after(ctx, i + n)
                    )
                    or _introduced(ctx, i, i + n)
                    or _LIST_OF_PEOPLE.match(simp, i + n) is not None
                )
                speaks = simp.startswith(longest_first("speech_verbs"), i + n)
                interviewed = simp.startswith(("受访", "接受"), i + n)
                weak = ambiguous and not (speaks or interviewed or time_after(ctx, i + n))
                # 市民須預先在, 居民都樂見: a word, not a name, after the role; a rare
                # word may be a given name after a surname that is no adverb (付立新在).
                if weak and common_given(ctx, given, 0 if simp[i] == "都" else 100):
                    continue
                # 官员和企业: a role before a common word is not a name; 曾公開,
                # 莊重新: without a role, no surname-like character before one is either.
                common = common_given(ctx, given)
                if common and (not titled or _adverb(ctx, given)) and len(given) == 2:
                    continue  # 發言人曾|公開|表示: a surname-like word before an adverb
                if ended or (titled and not common):
                    found = (i, i + n)
                    break
        if found and titled and surname == 1 and _married_name(ctx, i):
            found = (i, i + 4)  # 船長妻子|陳林秀琴: her husband's surname, then her name
        if found:
            out.append(found)
            i = found[1]
            if titled:
                roled_end = i
        else:
            i += 1
    return out


_KIN = set("妻夫母父子女姊妹兄弟")


def _married_name(ctx: Context, i: int) -> bool:
    """Two surnames and a given name of two, ending a word (陳林秀琴, 吳陳月娥); not a
    name and the word after it (陳林|美國, 岑慕賢則表示, 鄺桂英排在, 練卓峰庭後, 鍾孟璇昨)."""
    simp = ctx.simp
    if simp[i + 1 : i + 2] not in surnames()[0] or i + 4 not in ctx.ends:
        return False
    given = simp[i + 2 : i + 4]
    found = ctx.lookup(given)
    if not _han(given) or set(given) & NOT_GIVEN or (found and found[0] > 1000):
        return False
    if name_ending_after(simp, i + 2) or name_ending_after(simp, i + 3):
        return False
    last = ctx.lookup(simp[i + 3])
    return not (last and last[1][:1] in "vdpcut")


def _han(s: str) -> bool:
    return len(s) == 2 and all(CJK.match(c) for c in s)


def _kin_before(ctx: Context, i: int) -> bool:
    """A surname and a relative (蕭妻, 陳母) stand right before ``i``, no word."""
    if i < 2 or ctx.simp[i - 1] not in _KIN or ctx.simp[i - 2] not in surnames()[0]:
        return False
    return ctx.lookup(ctx.simp[i - 2 : i]) is None


def _vietnamese_name(ctx: Context, i: int) -> bool:
    """A surname, 氏 and a given name of two at ``i``, read whole or ended (阮氏秋恆|今年);
    not 陳氏|集團, a family's company."""
    given = ctx.simp[i + 2 : i + 4]
    if len(given) < 2 or not _han(given) or set(given) & NOT_GIVEN or ctx.common_word(given):
        return False
    ended = name_ending_after(ctx.simp, i + 4) or time_after(ctx, i + 4)
    return _unknown_word(ctx, i, i + 4) or ended


def _unknown_word(ctx: Context, start: int, end: int) -> bool:
    t = ctx.tokens[ctx.token_index(start)]
    return t.start == start and t.end == end and t.new


def _adverb(ctx: Context, word: str) -> bool:
    found = ctx.lookup(word)
    return found is not None and found[1] in ("d", "ad")


def _last_opens_a_word(ctx: Context, end: int) -> bool:
    """The character before ``end`` starts a dictionary word that runs past it."""
    t = ctx.tokens[ctx.token_index(end - 1)]
    return t.start == end - 1 and t.end > end and not t.new


def _role_into_word(ctx: Context, i: int) -> bool:
    """The role ending at ``i`` ends inside a common word that runs on past ``i``, and a
    common word follows the surname (保護|工程|資質, 設計業|主管|私下坦言); not 議長|官銘煌,
    read 會議|長官, nor 主任|何平安|表示: a rarer word or a quality, before speech. A word
    read across the role's end whose rest is a frequent word is no role either (顧問|公司)."""
    t = ctx.tokens[ctx.token_index(i)]
    if t.start < i < t.end and common_given(ctx, ctx.simp[i : i + 2], 5000):
        return True
    inside = t.start < i < t.end and common_given(ctx, t.word)
    if not inside or not common_given(ctx, ctx.simp[i + 1 : i + 3], 0):
        return False
    if _speech_after(ctx, i + 3) or name_ending_after(ctx.simp, i + 3):
        return common_given(ctx, ctx.simp[i + 1 : i + 3], 100) and not _quality(ctx, i + 1)
    return True


def _abbreviated_place(ctx: Context, i: int) -> bool:
    """A country's one-character short name right after another's (日|韓, 中|美)."""
    t = ctx.tokens[ctx.token_index(i)]
    alone = t.start == i and t.end == i + 1 and t.tag == "j"
    return alone and i > 0 and ctx.simp[i - 1] in _COUNTRY_CHARACTERS


_COUNTRY_CHARACTERS = set("中美日韩英法德俄欧朝越泰印澳加")


_DAYS = set("一二三四五六日天末")
_TIME_CHARACTERS = set("今昨前明后")


def _quality(ctx: Context, i: int) -> bool:
    """The word at ``i`` is an adjective (平安), as given names often are."""
    found = ctx.lookup(ctx.simp[i : i + 2])
    return found is not None and found[1].startswith("a")


def _counted_or_a_day(ctx: Context, i: int) -> bool:
    """A measure word after a number stands at ``i`` (380宗), or a day's name starts
    there (周二)."""
    t = ctx.tokens[ctx.token_index(i)]
    day = t.start == i and t.end > i + 1 and t.tag == "t" and t.word[1] in _DAYS
    return (ctx.simp[i - 1 : i].isdigit() and ctx.simp[i] in MEASURE_WORDS) or day


def _across_a_role(ctx: Context, start: int, end: int) -> bool:
    """The role at [start, end) begins inside a word that is a role itself (房東|主)."""
    t = ctx.tokens[ctx.token_index(start)]
    return t.start < start < t.end < end and title_before(ctx.simp, t.end) is not None


@cache
def _japanese_families() -> dict[str, tuple[str, ...]]:
    """Japanese family names by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for name in longest_first("japanese_surnames"):
        out.setdefault(name[0], []).append(name)
    return {c: tuple(names) for c, names in out.items()}


def japanese_family(name: str, glossed: bool = False) -> str:
    """The family name of a Japanese name (松尾 of 松尾由紀子), or ''; ``glossed``: its
    gloss follows, which shows where it ends (山口美和（Miwa Yamaguchi）)."""
    for family in _japanese_families().get(name[:1], ()):
        given = name[len(family) :]
        banned = set(given[:-1] if glossed else given) & NOT_GIVEN
        if name.startswith(family) and 1 <= len(given) <= 3 and not banned:
            return family if all(CJK.match(c) for c in given) else ""
    return ""


def japanese_name_before(ctx: Context, end: int) -> int | None:
    """Start of a Japanese name that ends at ``end`` (…教授|松尾由紀子（Yukiko Matsuo）)."""
    for start in range(max(0, end - 6), end - 2):
        name = ctx.simp[start:end]
        if japanese_family(name, glossed=True) and not ctx.common_word(name):
            return start
    return None


def _japanese_name(ctx: Context, i: int) -> int | None:
    """End of a Japanese name at ``i``: a family name, then a given name of one to three
    characters, after a role and before a name ending (教授松尾由紀子（, 會長大西健一在),
    or before a verb of saying (吉永健一說). A one-character given name (穗積隆) needs both.
    """
    simp = ctx.simp
    families = _japanese_families().get(simp[i], ())
    family = next((f for f in families if simp.startswith(f, i)), None)
    if family is None:
        return None
    ends = [i + len(family) + n for n in (2, 3, 1)]
    ended = any(_speech_after(ctx, e) or name_ending_after(simp, e) for e in ends)
    role = title_before(simp, i)
    if not ended and role is None:
        return None  # no name ending after any length, and no role before
    titled = role not in (None, *HONORIFICS)
    if not titled and (i not in ctx.starts or simp[i] in AMBIGUOUS_SURNAMES):
        return None  # 水肥和|田間管理: a function word opens no name without a role
    for n in (2, 3, 1):
        end = i + len(family) + n
        given = simp[end - n : end]
        # 社長坂本勝也（: 也 ends many Japanese given names, before a bracket.
        closing = n >= 2 and given[-1:] == "也" and simp.startswith(("（", "("), end)
        # 山口美和（Miwa Yamaguchi）: a Latin gloss right after shows where the name ends.
        glossed = n >= 2 and _LATIN_GLOSS_AFTER.match(simp, end) is not None
        banned = set(given[:-1] if closing or glossed else given) & NOT_GIVEN
        if len(given) < n or not all(CJK.match(c) for c in given) or banned:
            continue
        if (common_given(ctx, given, 0) or ctx.common_word(simp[i:end])) and not glossed:
            continue  # 本田|汽車, 中山|大學: a family name before a word
        speaks = _speech_after(ctx, end)
        # 發言人佐佐木彩|在聲明中表示, 本部長坂口隆|發表: after a role, a function word or
        # another ending ends it too.
        after_role = simp[end : end + 1] in _AFTER_ROLED or name_ending_after(simp, end)
        if n == 1 and (given in _TIME_CHARACTERS or not (titled and (speaks or after_role))):
            continue  # 首相岸田|今對記者說: a time, not a given name
        # 老店的|田中幸子|則: after 的, as after a role.
        if speaks or ((titled or simp[i - 1 : i] == "的") and name_ending_after(simp, end)):
            return end
    # After a role, a two-character given name ending where a word or a function word
    # starts (建築師藤本壯介|設計, 課長山田浩二|對); a common word only before an ending
    # (知事吉村洋文|此前).
    end = i + len(family) + 2
    given = simp[end - 2 : end]
    opens = end in ctx.starts or simp[end : end + 1] in _AFTER_ROLED
    if not titled or not opens or not all(CJK.match(c) for c in given):
        return None
    ended = _speech_after(ctx, end) or name_ending_after(simp, end) or time_after(ctx, end)
    if set(given) & NOT_GIVEN or (common_given(ctx, given, 0) and not ended):
        return None
    return end


def _introduced(ctx: Context, start: int, end: int) -> bool:
    """住在大里區的|游秀鑾|，, 書院的|麥穎琳|是: an unknown three-character word, or a
    compound surname and two, between 的 and a pause, 是, 同, 與, 對, 有 or a verb
    (上海隊的|劉一萱|奪得)."""
    if ctx.simp[start - 1 : start] != "的" or end >= len(ctx.simp):
        return False
    after = ctx.tokens[ctx.token_index(end)]
    verb = after.start == end and after.tag in ("v", "a")  # 車隊的|薛嘉樂|落後
    # 書院的|區凱晴|則直言: an adverb, then a verb of saying.
    speaks = ctx.simp[end] in "则亦也又" and (
        _speech_after(ctx, end + 1) or ctx.simp.startswith(("指，", "指："), end + 1)
    )
    # 經營民宿的|鄭秀蘭|來說, 大學的|馮芷瑜|以8分奪冠, 經營觀光船的|阿輝|亦擔心.
    acts = (
        ctx.simp[end] in "则亦也又仍都还"
        and end + 1 < len(ctx.simp)
        and ctx.tokens[ctx.token_index(end + 1)].tag == "v"
    )
    acts = acts or ctx.simp.startswith("来说", end)
    # 文員的|區詠欣|今年38歲: a time word ends it too.
    if ctx.simp[end] not in "，是同与对有以" and not (
        verb or speaks or acts or time_after(ctx, end)
    ):
        return False
    if end - start == 4:  # 喇沙書院的|歐陽朗軒|同樣
        given = ctx.simp[start + 2 : end]
        return ctx.simp[start : start + 2] in surnames()[1] and not ctx.common_word(given)
    t = ctx.tokens[ctx.token_index(start)]
    if end - start != 3 or t.start != start:
        return False
    # One word the dictionary lacks (游秀鑾), or, before a verb, a surname it tags alone
    # and one word (麥|浩然|對; not 的金|紙錢|，).
    alone = len(t.word) == 1 and t.tag == "nr" and ctx.simp[end] != "，"
    # 擔任工程師的|簡|志豪|，: after a role and 的, a surname the tagger read as a word.
    roled = len(t.word) == 1 and t.word in surnames()[0] and title_before(ctx.simp, start - 1)
    one_given = roled and ctx.tokens[ctx.token_index(start + 1)].end == end
    # 區凱|晴|則直言, 任職的|黃子|晴|，: an unknown word and one more character, before
    # speech or a pause.
    cut = (speaks or ctx.simp[end] == "，") and t.new and len(t.word) == 2 and end in ctx.ends
    whole = t.new and (t.end == end or _runs_on(ctx, start, end))  # 中四的|陳卓謙是
    return whole or ((alone or one_given or cut) and end in ctx.ends)


def _runs_on(ctx: Context, start: int, end: int) -> bool:
    """The word the segmenter did not know at ``start`` runs one character past the name,
    into 是 or a preposition (陳卓謙是)."""
    t = ctx.tokens[ctx.token_index(start)]
    return t.new and t.start == start and t.end == end + 1 and ctx.simp[end] in "是与对以"


_TIME_OPENING = re.compile("[今昨明前后当同][天日年早晚]|[上下中]午|晚上|凌晨")


def _long_name(ctx: Context, i: int) -> int | None:
    """End of a four- or five-character name right before speech (達娃卓瑪坦言, 丹羽修平直言).

    Tibetan, Mongolian and Japanese names run longer than Han ones; after a role and
    before a verb of saying, a run of characters holding no common word is one.
    """
    simp = ctx.simp
    starts = ctx.speech_starts
    if (i + 4 not in starts and i + 5 not in starts) or title_before(simp, i) in (None, *_OPENINGS):
        return None
    for n in (5, 4):
        if i + n not in starts:
            continue
        s = simp[i : i + n]
        if len(s) < n or not all(CJK.match(c) for c in s) or set(s) & _NOT_IN_LONG:
            continue
        if s.endswith("时"):
            continue  # 記者|越洋電訪時|表示: "when", no name
        if _TIME_OPENING.match(s):
            continue  # 發言人|今天下午|受訪時表示: a time, no name
        # No shorter name ends inside (林家緯|賽後, 經理|蔣文濤), nor a common word.
        inner = range(i + 1, i + n)
        if any(name_ending_after(simp, k) or time_after(ctx, k) for k in inner):
            continue
        if any(common_given(ctx, t.word) for t in ctx.tokens_in(i, i + n)):
            continue
        if not _han_name_then_word(ctx, i, i + n):
            return i + n
    return None


def _han_name_then_word(ctx: Context, start: int, end: int) -> bool:
    """晏志明|今早, 梁文鋒|來: a Han name the article also writes alone, or then a verb or time."""
    simp = ctx.simp
    head = len(surname_of(simp[start:end])) + 2
    if not native_name(simp[start : start + head]):
        return False
    tail = simp[start + head : end]
    found = ctx.lookup(tail)
    if found is not None and found[1][:1] in ("v", "f", "t", "d"):
        return True
    alone = simp.count(simp[start : start + head]) > simp.count(simp[start:end])
    return alone


# Characters no long name holds; 其 and 日 are common in Mongolian ones (烏蘭其其格).
_NOT_IN_LONG = NOT_GIVEN - set("其年日时")


def _described(ctx: Context, i: int, lengths: tuple[int, ...]) -> bool:
    """二十多年的貝國強告訴記者: after 的 and before speech, a word-like surname is one."""
    first = ctx.tokens[ctx.token_index(i)]
    return (
        ctx.simp[i - 1 : i] == "的"
        and (first.new or first.tag.startswith("nr") or len(first.word) == 1)
        and any(_speech_after(ctx, i + n) for n in lengths)
    )


def honorific_names(ctx: Context) -> list[tuple[int, int]]:
    """``陳女士``, ``李太``, ``黃伯``: the public, named by surname and honorific."""
    simp = ctx.simp
    out: list[tuple[int, int]] = []
    for m in surname_then(HONORIFICS).finditer(simp):
        s, e = m.span()
        titled = title_before(simp, s) is not None
        if not _may_start_name(ctx, s):
            continue
        # 從事物流工作的|區先生: described first, a word-like surname is one too.
        described = simp[s - 1 : s] == "的"
        if (
            simp[s] in AMBIGUOUS_SURNAMES
            and not (titled or described)
            and not simp[s:e].endswith(_ROLE_HONORIFICS)
        ):
            continue
        # 施官|判刑時指出: a role honorific the segmenter reads whole may precede a verb.
        whole = simp[s:e].endswith(_ROLE_HONORIFICS) and _unknown_word(ctx, s, e)
        ended = simp.startswith(_AFTER_HONORIFIC, e) or name_ending_after(simp, e)
        after = ctx.tokens[ctx.token_index(e)] if e < len(simp) else None
        verb = whole and after is not None and after.tag[:1] in ("v", "t")
        # 上班的王女士|點了, 徐小姐|事後: the public's own honorifics name someone who acts,
        # or whom a clause describes.
        # Not 高官的|官太太, 富太太們: a word, or many.
        public = simp[s:e].endswith(_PUBLIC_HONORIFICS) and simp[s] not in AMBIGUOUS_SURNAMES
        public = public and simp[e : e + 1] != "们"
        acts = public and after is not None and after.start == e and after.tag[:1] in "vtdp"
        if not (titled or ended or verb or (public and (acts or described))):
            continue
        found = ctx.lookup(simp[s:e])
        if found is not None and found[0] >= RARE and not found[1].startswith("nr"):
            continue  # 高官, 古董: a word, not a surname and an honorific (梁先生 is one)
        if not ctx.known().overlaps(s, e):
            out.append((s, e))
    return out


def surname_of(name: str) -> str:
    """The surname a Chinese name starts with (歐陽 of 歐陽靖, 陳 of 陳女士)."""
    return name[:2] if name[:2] in surnames()[1] else name[:1]


def pseudonyms(ctx: Context) -> list[tuple[int, int]]:
    """``阿敏（化名）``: a name the article says it made up is still someone's name."""
    return [m.span(1) for m in _PSEUDONYM.finditer(ctx.simp) if _may_start_name(ctx, m.start(1))]


_PSEUDONYM = re.compile(r"((?:阿|小|老)?[\u4e00-\u9fff]{1,2})[（(]化名[)）]")


def familiar_names(ctx: Context) -> list[tuple[int, int]]:
    """``老李說``, ``小王表示``: someone called by 老 or 小 and their surname, then speech."""
    single = surnames()[0]
    out = []
    for m in re.finditer("[老小]", ctx.simp):
        s, e = m.start(), m.end() + 1
        if ctx.simp[s + 1 : e] not in single or s not in ctx.starts or not _speech_after(ctx, e):
            continue
        if ctx.simp[s - 1 : s] == "姓":
            continue  # 一名吳姓|老翁說: an old man, surnamed Wu
        found = ctx.lookup(ctx.simp[s:e])
        if found is not None and not found[1].startswith("nr"):
            continue  # 老師說, 小姐表示: a word, not a name
        if not ctx.known().overlaps(s, e):
            out.append((s, e))
    return out


def familiar_latin_names(ctx: Context) -> list[tuple[int, int]]:
    """``阿Ken``, ``阿May``: someone called by 阿 and an English name."""
    return [m.span() for m in _FAMILIAR_LATIN.finditer(ctx.simp)]


_FAMILIAR_LATIN = re.compile("阿[A-Z][a-z]{1,9}(?![A-Za-z])")


def anonymised(ctx: Context) -> list[tuple[int, int]]:
    """``萬某``, ``鍾某某``, ``邱姓男子``: people the article names by surname only.

    Someone ``surnamed Lin`` met once (一名林姓女子說) is a passer-by, not an actor;
    named again (邱男), they are one.
    """
    pattern = surname_then(ANONYMOUS)
    return [
        m.span()
        for m in pattern.finditer(ctx.simp)
        if _may_start_name(ctx, m.start()) and ("姓" not in m.group() or _met_again(ctx, m))
    ]


def _met_again(ctx: Context, m: re.Match[str]) -> bool:
    surname = m.group()[: m.group().index("姓")]
    return len(re.findall(re.escape(surname) + "[姓男女]", ctx.simp)) > 1


def _may_start_name(ctx: Context, pos: int) -> bool:
    """A name can start at ``pos``: a word starts there, or a role, 的, 、 or no Han before it."""
    before = ctx.simp[pos - 1 : pos] if pos else ""
    return (
        pos in ctx.starts
        or not CJK.match(before or " ")
        or before in "的、，,：:（("
        or title_before(ctx.simp, pos) is not None
    )


# What follows a bare surname when the article withholds the rest (萬某, 邱姓男子).
ANONYMOUS = ("某某", "某", "姓男子", "姓女子", "姓男", "姓女", "大娘", "大爷", "大妈", "大婶")


# Honorifics after a surname; the first three also follow full names (陳大文先生).
HONORIFICS = (
    "先生",
    "女士",
    "小姐",
    "太太",
    "太",
    "伯伯",
    "伯",
    "婆婆",
    "婆",
    "阿姨",
    "师傅",
    "董",
    "官",
    "总",
)
_PUBLIC_HONORIFICS = ("先生", "女士", "小姐", "太太")
# Honorifics that are roles (黎官, 涂董, 巫總): they follow any surname, common word or not.
_ROLE_HONORIFICS = ("董", "官")
_AFTER_HONORIFIC = (
    "（化名）",
    "(化名)",
    "，",
    "。",
    "：",
    "、",
    ",",
    ":",
    "表示",
    "说",
    "向",
    "对",
    "话",
    "续",
    "不",
    "亦",
    "并",
    "仍",
    "已",
    "每",
)


@cache
def surname_then(tails: tuple[str, ...]) -> re.Pattern[str]:
    """A surname followed by one of ``tails``, the longest first (陈执行长, 陈女士, 萬某)."""
    single, compound = surnames()
    # Tries, not flat alternations: a thousand roles are tried at every character.
    return re.compile(f"(?:{trie_pattern(compound | single)})(?:{trie_pattern(tails)})")


# Surnames that are prepositions too (向記者, 和企業).
PREPOSITION_SURNAMES = set("向于和从同对与跟")


def time_after(ctx: Context, pos: int) -> bool:
    """A time word starts at ``pos`` (文國威|賽後, 王強|昨晚): the name ended."""
    t = ctx.tokens[ctx.token_index(pos)]
    return t.start == pos and t.tag == "t"


# Last characters of a public body's name (署, 局, 處, 部): of a department.
BODY_ENDINGS = set("署局厅处部司")
_AFTER_ROLED = set("以在于与和及将曾已对向")
# Characters that mostly end a name but may be in one the tagger reads whole (龔伯年).
_SOFT_NOT_GIVEN = set("年日时")
# Characters no given name has (萬某, 劉姓, 叫他).
_NEVER_GIVEN = set("某姓他她你我的了是")


def _unlisted_start(ctx: Context, pos: int) -> bool:
    """After a role, a name may start with 阿 or a surname missing from our list (笪)."""
    return pos in ctx.unlisted_starts


def _name_candidate(ctx: Context, start: int, end: int, titled: bool = False) -> bool:
    """[start, end) could be a name: name-shaped, ends a word, is no common word or role."""
    s = ctx.simp[start:end]
    if len(s) < end - start or not all(CJK.match(c) for c in s):
        return False
    if not native_name(s) and not (len(s) <= 3 and _unlisted_start(ctx, start)):
        return False
    if s[-1] in BODY_ENDINGS:
        return False  # 勞發署也: a body's short name before a name ending
    place = ctx.lookup(s)
    if s[-1] in "省市县区州" and place is not None and place[1].startswith("ns"):
        return False  # 華東區|負責人: a region before a role
    if s[-1] in WORD_ENDS and place is not None:
        return False  # 馬來語, 申請人: a language or a role the dictionary knows
    given = s[len(surname_of(s)) :]
    if given.startswith(_ROLE_HONORIFICS):
        return False  # 鄺官|續說: a surname and a role, then a verb
    # 歌手蕭以澄說, 研究員詹其睿在: after a role and before speech or a name ending, 以, 應
    # or 其 inside a given name is one.
    found = ctx.lookup(given)
    # 會長何永年表示: 年 may end a given name the dictionary knows as a rare word.
    soft_end = given[-1] in _SOFT_NOT_GIVEN and found is not None and found[0] <= 100
    spoken = (
        titled
        and (given[-1] not in NOT_GIVEN or soft_end)
        and not set(given) & _NEVER_GIVEN
        and (_speech_after(ctx, end) or name_ending_after(ctx.simp, end))
    )
    loose = any(c in NOT_GIVEN for c in given) and not spoken
    if loose and not _one_given_name(ctx, end - len(given), end):
        return False
    if s[0] in "向于从往赴经" and found is not None and found[1].startswith("ns"):
        return False  # 律師向|荷蘭: a preposition before a place, not 向 and a given name
    verb = found is not None and found[1].startswith("v") and not _speech_after(ctx, end)
    if verb and ((len(given) == 2 and not titled) or s[0] in AMBIGUOUS_SURNAMES):
        return False  # 被揭|拖欠, 街坊都|叫他: a surname-like character before a verb
    one_and_one = len(s) == 2 and s[0] in AMBIGUOUS_SURNAMES
    if one_and_one and found and found[1][:1] in "vdp":
        return False  # 老闆都|來問: an adverb and a verb, then speech
    if len(s) == 2 and s[1] == "家":
        return False  # 陳家|原本: the family, not a given name
    if s[-1] in "今昨" and ctx.simp[end : end + 1] and ctx.simp[end] in "早晨午晚天日夜":
        return False  # 何太|今早: the last character opens a time word
    # A word ends there, or after a role a function word follows (消防員卓穎詩|以).
    ended = end in ctx.ends or end == len(ctx.simp) or (titled and ctx.simp[end] in _AFTER_ROLED)
    # 立委|柴芷晴會|中, 漁民|莊添|財站: after a role, the segmenter's unknown word may run on.
    run_on = (
        titled
        and ctx.tokens[ctx.token_index(start)].new
        and ctx.tokens[ctx.token_index(end - 1)].new
    )
    # 中四的|陳卓謙是: after 的, the unknown word runs on into 是 or a preposition.
    run_on = run_on or (ctx.simp[start - 1 : start] == "的" and _runs_on(ctx, start, end))
    if not (ended or run_on) and not name_ending_after(ctx.simp, end):
        return False
    if _verb_across(ctx, start, end):
        return False
    if len(given) == 2 and ctx.simp[end : end + 1] in "了过着" and end + 1 in ctx.ends:
        return False  # 代表陸婷|投|了: the last character is a verb, not the name's
    if len(given) == 2 and given[-1] in _ADVERBS and _adverb_alone(ctx, end - 1):
        return False  # 歐陽帆|還|提到: the last character is an adverb, not the name's
    first = ctx.tokens[ctx.token_index(start)]
    if len(s) == 2 and s[1] in "有是" and first.word == s[0] and first.tag == "d":
        return False  # 曾|有|選手: an adverb, then "there is", not a surname and a name
    if first.start == start and first.end < end:
        # 公司|辯稱, 費用|約: a frequent word starts there, not a surname. Words of
        # the surnames that are common words often start names too (萬家|綺).
        frequent = 3000 if s[0] in AMBIGUOUS_SURNAMES and first.tag != "n" else 1000
        compound = titled and first.word in surnames()[1]  # 副教授|東方|雨桐
        if common_given(ctx, first.word, frequent) and not compound:
            return False
        # 陳述|中表示, 顧客|來說: a frequent word the dictionary also tags as a name, then a
        # function word or the start of another word; not 白雪|梅表示.
        found = ctx.lookup(first.word)
        famous = found is not None and found[1] == "nr" and found[0] > _FREQUENT_NAME_WORD
        last = ctx.tokens[ctx.token_index(end - 1)]
        loose = last.end > end or (last.start == end - 1 and last.tag[:1] in "fupdcv")
        if (
            famous
            and loose
            and not titled
            and len(first.word) > 1
            and first.word not in surnames()[1]
        ):
            return False
    if starts_title(ctx.simp, start) or starts_title(ctx.simp, start + len(surname_of(s))):
        return False  # 司长, 陈执行长, 聞人法官: a role, or a surname with a role
    if ctx.known().overlaps(start, end):
        return False  # overlaps a name already known (谷歌前)
    if ctx.common_word(s):
        # 院長萬德福表示: after a role and before speech, the dictionary's name is one.
        return spoken and ctx.lookup(s)[1] == "nr"
    return True


# A word seen this often is mostly a word, whatever the dictionary tags it (顧客, 陳述).
_FREQUENT_NAME_WORD = 700
# One-character adverbs that follow a name (還, 也, 則, 又, 曾, 就, 更, 亦, 仍).
_ADVERBS = set("还也则又曾就更亦仍")


def _adverb_alone(ctx: Context, pos: int) -> bool:
    t = ctx.tokens[ctx.token_index(pos)]
    return t.start == pos and t.end == pos + 1 and t.tag.startswith("d")


def _verb_across(ctx: Context, start: int, end: int) -> bool:
    """司馬驍|笑稱: a speech verb the tagger read whole starts inside the candidate."""
    t = ctx.tokens[ctx.token_index(end - 1)]
    return start < t.start and t.end > end and t.word in word_set("speech_verbs")


def _speech_after(ctx: Context, pos: int) -> bool:
    """A verb of saying, or a time word then one, follows ``pos`` (蕭以澄說, 丘應樺晚上表示)."""
    verbs = longest_first("speech_verbs")
    return ctx.simp.startswith(verbs, pos) or (
        time_after(ctx, pos) and ctx.simp.startswith(verbs, ctx.tokens[ctx.token_index(pos)].end)
    )


def _one_given_name(ctx: Context, start: int, end: int) -> bool:
    """The tagger read the given name [start, end) as one name, whatever its characters.

    閔|向東 (a name), or 龔伯年 whole (a word it does not know).
    """
    for t in ctx.tokens_in(start - 2, end):
        if t.end != end:
            continue
        if t.start == start:
            return t.tag.startswith("nr")
        soft = all(c in _SOFT_NOT_GIVEN or c not in NOT_GIVEN for c in ctx.simp[start:end])
        return t.new and soft and t.start in (start - 1, start - 2)
    return False


def _noun_then_verb(ctx: Context, start: int, end: int) -> bool:
    """把錢花在: two one-character words, a noun and a verb, read as a sentence."""
    toks = ctx.tokens_in(start, end)
    return (
        end - start == 2
        and len(toks) == 2
        and toks[0].tag.startswith("n")
        and toks[1].tag.startswith("v")
    )


def common_given(ctx: Context, given: str, threshold: int = 1000) -> bool:
    """``given`` is a dictionary word seen more than ``threshold`` times, and no name."""
    if len(given) < 2:
        return False
    found = ctx.lookup(given)
    return (
        found is not None and found[0] > threshold and not found[1].startswith(("nr", "ns", "nz"))
    )


@cache
def surname_with_title() -> re.Pattern[str]:
    """``陈执行长``, ``黄董事长``: a surname followed by a role word."""
    titles = longest_first("titles")
    # 簡副司長, 招助理處長: a deputy's role names the deputy, whether the list has it or not.
    deputies = tuple(
        f"{rank}{t}" for t in titles for rank in ("副", "助理") if not t.startswith(rank)
    )
    return surname_then(tuple(sorted({*titles, *deputies}, key=len, reverse=True)))
