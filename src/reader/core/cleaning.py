"""Repairs of damaged web text, kept as a view over the original.

The original text is never changed: ``clean`` returns the repaired text with
the list of edits that lead from one to the other, so every repair can be
shown, listed and undone, and offsets can be mapped both ways. Page furniture
(editors' notes, image credits, reprint footers) is marked, not deleted.

Repairs run in two stages. The first (mojibake, pinyin, separator, html)
removes damage that changes the length of the text; the second (script,
punctuation) replaces single characters and reads the text the first stage
left, so that phrases broken up by inserted pinyin are seen whole.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from reader.core.convert import converter
from reader.core.lexicon import NAME_SEPARATORS
from reader.core.loading import common_han
from reader.core.offsets import OffsetMap
from reader.core.script import TRADITIONAL_DOMINANT, cantonese, detect_script
from reader.core.wordlists import longest_first, words


@dataclass(frozen=True, slots=True)
class Edit:
    """One repair: ``original[start:end]`` became ``cleaned[cstart:cstart+len(after)]``."""

    kind: str
    start: int
    end: int
    cstart: int
    before: str
    after: str

    @property
    def cend(self) -> int:
        return self.cstart + len(self.after)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A whole line of page furniture (editor's note, image credit, footer...)."""

    start: int  # offsets into the cleaned text, the line without surrounding blanks
    end: int
    kind: str


@dataclass(frozen=True)
class Cleaned:
    """The original text, the cleaned text, and how they relate."""

    original: str
    text: str
    edits: tuple[Edit, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    map: OffsetMap = field(default_factory=OffsetMap, repr=False, compare=False)
    """Maps offsets in ``original`` (source) to ``text`` (derived) and back."""

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Map an offset in the cleaned text to the original text."""
        return self.map.to_src(offset, end=end)

    def to_cleaned(self, offset: int, *, end: bool = False) -> int:
        """Map an offset in the original text to the cleaned text."""
        return self.map.to_dst(offset, end=end)

    def counts(self) -> dict[str, int]:
        """Number of edits by kind."""
        out: dict[str, int] = {}
        for e in self.edits:
            out[e.kind] = out.get(e.kind, 0) + 1
        return out


# A repair found in some text: text[start:end] should read ``after``.
_Fix = tuple[int, int, str, str]  # start, end, kind, after

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IS_HAN = re.compile(f"[{_HAN}]")


def _is_han(ch: str) -> bool:
    return bool(_IS_HAN.match(ch))


# --- pinyin -----------------------------------------------------------------

# Every syllable of Mandarin, without tones.
_SYLLABLE_TABLE = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu pa pai pan
pang pao pei pen peng pi pian piao pie pin ping po pou pu ma mai man mang mao me mei men
meng mi mian miao mie min ming miu mo mou mu fa fan fang fei fen feng fo fou fu da dai dan
dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo ta tai
tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo na nai nan nang nao
ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe la lai lan
lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü
lüe ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ka kai
kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo ha hai han hang hao
he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin
jing jiong jiu ju juan jue jun qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun zha zhai zhan zhang zhao zhe
zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo cha chai chan
chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo sha shai
shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo ra
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen
zeng zi zong zou zu zuan zui zun zuo ca cai can cang cao ce cen ceng ci cong cou cu cuan cui
cun cuo sa sai san sang sao se sen seng si song sou su suan sui sun suo ya yan yang yao ye
yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu e ei en eng er o
ou
"""
_SYLLABLES = frozenset(_SYLLABLE_TABLE.split())
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_UNTONE = str.maketrans(_TONED + "v", "aaaaeeeeiiiioooouuuuüüüüü")
_PINYIN = re.compile(f"(?<=[{_HAN}])[(（]([a-z{_TONED}ü]{{1,6}})[)）]")


def _pinyin(text: str) -> Iterator[_Fix]:
    """Pinyin glosses inserted after characters: ``創(chuàng)業`` → ``創業``."""
    found = [
        (m, m.group(1).translate(_UNTONE))
        for m in _PINYIN.finditer(text)
        if m.group(1).translate(_UNTONE) in _SYLLABLES
    ]
    toned = [any(c in _TONED for c in m.group(1)) for m, _ in found]
    for i, (m, _) in enumerate(found):
        # Without a tone mark, ``(de)`` could be a real gloss; accept it only
        # inside a run of glosses, next to one that has a tone mark.
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(found) and toned[j]]
        close = any(
            "\n" not in text[min(m.end(), found[j][0].end()) : max(m.start(), found[j][0].start())]
            for j in near
        )
        if toned[i] or close:
            yield m.start(), m.end(), "pinyin", ""


# --- mojibake ---------------------------------------------------------------

# A lead byte 0x81-0xFE without its high bit is 0x01-0x7E: printable ASCII,
# or a control character for the leads below 0xA1 (e.g. 歷, 9A 76).
_QUESTION_LEAD = re.compile(f"(?<=[{_HAN}])\\?[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7e]")
_MAX_DAMAGE = 16  # characters a shifted run may span before it realigns


def _mojibake(text: str) -> Iterator[_Fix]:
    """GBK text whose lead byte lost its high bit: ``產品?,F有`` → ``產品。現有``.

    The damaged run is a ``?`` (standing for the ``。`` whose bytes were
    lost) and an ASCII character that is the lead byte of a GBK pair minus
    0x80. Its trail byte is the first byte of the next character as stored,
    so every later pair is shifted by one byte until a character boundary
    lines up again. Re-encoding the run as GBK with the high bit restored
    and decoding it anew gives the lost characters back.
    """
    common = common_han()
    for m in _QUESTION_LEAD.finditer(text):
        q = m.start()
        data = bytearray([ord(text[q + 1]) | 0x80])
        boundary: dict[int, int] = {}  # byte offset → text offset just after that character
        for j in range(q + 2, min(len(text), q + 2 + _MAX_DAMAGE)):
            if text[j] == "\n":
                break
            try:
                data += text[j].encode("gbk")
            except UnicodeEncodeError:
                break
            boundary[len(data)] = j + 1
        out: list[str] = []
        k = 0
        while k + 1 < len(data):
            try:
                ch = bytes(data[k : k + 2]).decode("gbk")
            except UnicodeDecodeError:
                break
            out.append(ch)
            k += 2
            if k in boundary:
                break
        if k in boundary and out and all(c in common for c in out):
            yield q, boundary[k], "mojibake", "。" + "".join(out)
        elif _lost_closing_quote(text, q, data):
            yield q, q + 3, "mojibake", "。”"


def _lost_closing_quote(text: str, q: int, data: bytearray) -> bool:
    """``?!?``: the pair for ``”`` (A1 B1) lost its trail byte to a ``?``.

    Only read that way when the line has an opening quote left unclosed, so
    a genuine ``?!?`` stays as it is.
    """
    if data[0] != 0xA1 or text[q + 2 : q + 3] != "?":
        return False
    line = text[text.rfind("\n", 0, q) + 1 : q]
    return line.count("“") > line.count("”")


# --- html remnants ----------------------------------------------------------

_TAGS = (
    "p|br|div|span|strong|em|b|i|u|a|img|section|h[1-6]|li|ul|ol|blockquote|figure|"
    "figcaption|table|tr|td|th|tbody|thead|font|center|sup|sub|hr"
)
_HTML = re.compile(
    f"</?(?:{_TAGS})(?:\\s+[a-zA-Z:-]+(?:\\s*=\\s*(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s<>]+))?)*\\s*/?>"
    f"|(?<![<\\w/])/(?:{_TAGS})>"  # a closing tag that lost its '<'
    r"|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});",
    re.IGNORECASE,
)
_SPACES = {"\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " "}


def _html(text: str) -> Iterator[_Fix]:
    """HTML tags, tag remnants and entities left in the text."""
    for m in _HTML.finditer(text):
        s = m.group()
        if s.startswith("&"):
            after = html.unescape(s)
            if after == s:
                continue
            after = _SPACES.get(after, after)
        else:
            after = ""
        yield m.start(), m.end(), "html", after


# --- name separator ---------------------------------------------------------

_SEPARATOR = re.compile(f"(?<=[{_HAN}])[\u2de0-\u2dff]")


def _separator(text: str) -> Iterator[_Fix]:
    """The name separator ``·`` garbled into U+2DE0–U+2DFF: ``大衛ⷨ饅斯``.

    The damage took the separator and part of the next character's bytes;
    what follows may be the surviving rest of the name or a wrong character,
    and no rule can tell which. So the reader gets the separator back and
    keeps what survived, unaltered: the Latin name that usually follows in
    brackets (which other parts of the reader prefer for such names) stays.
    """
    for m in _SEPARATOR.finditer(text):
        yield m.start(), m.end(), "separator", "·"


# --- script -----------------------------------------------------------------

# Characters that are a simplified form and also the everyday traditional
# spelling in Taiwan and Hong Kong (台灣, 平台, 雇主, 恒生, 市占率), surnames that are
# rarely damage (岳, 姜), and Taiwan's own forms OpenCC does not know (讚,
# 情蒐, 遶境, 週末, 療癒) or reads as another's (臺中, 鐵鎚, 綑住, 搧耳光, 拚金牌): never
# "repaired".
_TRADITIONAL_IN_USE = frozenset("台岳雇姜咸恒讚蒐遶週癒占臺鎚綑搧拚")
# Simplified characters that are also traditional surnames (余, 范, 朴, 郁, 游, 涂): converted
# only when a word they make says so, not in a name (余振邦, not 餘振邦; 涂副局長, not 塗).
ALSO_TRADITIONAL = frozenset("余范朴郁游涂")
# Written Cantonese words whose character is also a simplified one.
_CANTONESE_IN_USE = frozenset("晒吓")  # 冇晒, 眨吓眼: not 曬, not 嚇
# Distinct characters that conversion damage must show before any of them is repaired.
_DAMAGED_MIN = 3
_LINE = re.compile(r"[^\n]+")


@cache
def _char(config: str, ch: str) -> str:
    return converter(config).convert(ch)


def _script(text: str) -> Iterator[_Fix]:
    """Characters of the wrong script in traditional text.

    Two kinds: simplified characters left in (``呼吁`` → ``呼籲``), and an
    earlier simplified → traditional conversion that chose the wrong one of
    several traditional characters (``管製`` → ``管制``, ``矽穀`` → ``矽谷``).
    A tw2s → s2tw round trip proposes fixes for both, but it also rewrites
    correct text (variant forms ``羣``/``説``, Taiwan spellings, phrases it
    matches across word boundaries such as ``美國歷史`` → ``國曆``), so each
    change is only kept when it is one of the two kinds.
    """
    if detect_script(text).traditional < TRADITIONAL_DOMINANT:
        return
    tw2s, s2tw = converter("tw2s"), converter("s2tw")
    fixes: list[_Fix] = []
    hong_kong = cantonese(text)
    for line in _LINE.finditer(text):
        src = line.group()
        out = s2tw.convert(tw2s.convert(src))
        if len(out) != len(src):
            continue
        for i, (c, r) in enumerate(zip(src, out, strict=True)):
            if c == r or _in_name(src, i) or (c == "里" and _transliterated(src, i)):
                continue
            fix = _accept(src, i, c, r, hong_kong)
            if fix and fix != c:
                fixes.append((line.start() + i, line.start() + i + 1, "script", fix))
    # Almost every candidate is also a legitimate character somewhere (Cantonese
    # 係, 颱風, 恒生, 修咸頓, 占卜): one or two of them in a text are usage. An
    # earlier bad conversion leaves its mark on many different characters.
    if len({text[s] for s, *_ in fixes}) >= _DAMAGED_MIN:
        yield from fixes


def _in_name(line: str, i: int) -> bool:
    """``line[i]`` is in a name after a role (記者邱郁雯, 董事長涂金水), not 作者呼吁.

    Names keep the characters their owners write them with, whatever a
    conversion table thinks of them.
    """
    t2s = converter("t2s")
    head = t2s.convert(line[max(0, i - 10) : i])
    titles = longest_first("titles")
    family = words("surnames")
    for k in range(3):
        if len(head) >= k and head[: len(head) - k].endswith(titles):
            name = t2s.convert(line[i - k : i + 1])
            return name[:1] in family or name[:2] in family
    return False


_DOTS = "·．" + NAME_SEPARATORS
_GLOSS_OPENS = re.compile(r"[（(][A-Z]")  # a name's gloss, capitalised (not 公司里（company）)


def _transliterated(line: str, i: int) -> bool:
    """``line[i]`` is in a foreign name: its run of Chinese touches a middle dot or a
    Latin gloss follows it (巴德爾·穆泰里（Badr…), where 里 is a sound, not 裡."""
    a, b = i, i + 1
    while a > 0 and _IS_HAN.match(line[a - 1]):
        a -= 1
    while b < len(line) and _IS_HAN.match(line[b]):
        b += 1
    dotted = (a > 0 and line[a - 1] in _DOTS) or (b < len(line) and line[b] in _DOTS)
    return b - a <= 8 and (dotted or _GLOSS_OPENS.match(line, b) is not None)


def _accept(line: str, i: int, c: str, r: str, hong_kong: bool = False) -> str | None:
    """The repair for ``c`` the round trip turned into ``r``, or None to keep ``c``.

    Written Cantonese is Hong Kong's own writing, never converted from simplified:
    its rarer forms (係, 半粒鐘) are usage, not conversion damage.
    """
    if c in _TRADITIONAL_IN_USE or r in (_char("t2tw", c), _char("hk2t", c), _char("tw2t", c)):
        return None  # a variant form (Taiwan, Hong Kong, OpenCC's standard), not damage
    if hong_kong and c in _CANTONESE_IN_USE:
        return None  # 冇晒, 多謝晒: Cantonese "all", not a simplified 曬
    simp = _char("t2s", c)
    if simp == c:
        # A simplified character in traditional text.
        if _char("s2t", c) == c:
            return None
        # The character must change. The words it is read in pick the right form
        # (鐘錶, not 鍾表) when they agree; 回復稱 is read as 回覆 and as 複稱.
        usual = _char("s2tw", c)
        if _kept_by_a_word(line, i):
            return None  # 游泳: a word keeps the character as it is written
        votes = _pair_readings(line, i)
        if c in ALSO_TRADITIONAL or votes - {usual}:
            # A word reads it otherwise (年曆 against 歷史), or it may be right as it is:
            # the most frequent word it makes decides.
            reading = _word_reading(line, i)
            if reading is not None:
                return reading
            if c in ALSO_TRADITIONAL:
                return None  # 吉田沙保里: no word says the character is not its own
        return r if r == usual or votes == {r} else usual
    if _char("t2s", r) != simp or hong_kong:
        return None
    if _char("s2tw", simp) == r:
        # Converted to a rarer traditional form where the usual one is right,
        # unless some phrase around it keeps it (陸上颱風 is read as 上臺 + 風
        # by the round trip, but 颱風 itself round-trips to 颱).
        return None if _kept_in_context(line, i) else r
    # The round trip chose a rarer form from a phrase. Two-character matches
    # across a word boundary are common false changes (美國歷史 read as 國曆,
    # 上傳并發布 as 併發) that OpenCC alone cannot tell from true ones (阿裏巴巴
    # matched as 阿里), so only phrases of three or more characters are trusted.
    return r if _phrase_length(line, i, r) >= 3 else None


def _kept_in_context(line: str, i: int) -> bool:
    """Whether a short window around ``i`` round-trips its character unchanged."""
    tw2s, s2tw = converter("tw2s"), converter("s2tw")
    for size in range(2, 5):
        for a in range(max(0, i - size + 1), min(i, len(line) - size) + 1):
            window = line[a : a + size]
            if s2tw.convert(tw2s.convert(window))[i - a : i - a + 1] == line[i]:
                return True
    return False


def _phrase_length(line: str, i: int, r: str) -> int:
    """The shortest window around ``i`` whose round trip still gives ``r``."""
    tw2s, s2tw = converter("tw2s"), converter("s2tw")
    for size in range(2, 6):
        for a in range(max(0, i - size + 1), min(i, len(line) - size) + 1):
            window = line[a : a + size]
            if s2tw.convert(tw2s.convert(window))[i - a : i - a + 1] == r:
                return size
    return 6


def _kept_by_a_word(line: str, i: int) -> bool:
    """``line[i]`` is also a traditional character, and a word with a neighbour keeps it
    when converted (游泳, though 游 alone becomes 遊)."""
    s2tw = converter("s2tw")
    return any(s2tw.convert(pair)[i - a] == line[i] for a, pair in _han_pairs(line, i))


def _pair_readings(line: str, i: int) -> set[str]:
    """The forms of ``line[i]`` that the words it makes with a Chinese neighbour give.

    A pair the converter reads as a word (華髮, 發佈) votes for its form, even the
    usual one; a pair it converts character by character is no word and has no vote,
    nor has one the dictionary does not know (單打|並奪, which the converter reads 打併).
    """
    tw2s, s2tw = converter("tw2s"), converter("s2tw")
    readings = set()
    for a, pair in _han_pairs(line, i):
        simp = tw2s.convert(pair)
        if simp not in _word_frequencies():
            continue
        out = s2tw.convert(simp)
        if out != "".join(_char("s2tw", ch) for ch in simp):
            readings.add(out[i - a])
    return readings


def _word_reading(line: str, i: int) -> str | None:
    """The form of ``line[i]`` in the most frequent word it makes with a neighbour
    (六十年|歷史, not 年曆), or None when it makes no word the dictionary knows."""
    tw2s, s2tw = converter("tw2s"), converter("s2tw")
    best, reading = 0, None
    for a, pair in _han_pairs(line, i):
        simp = tw2s.convert(pair)
        n = _word_frequencies().get(simp, 0)
        if n > best:
            best, reading = n, s2tw.convert(simp)[i - a]
    return reading


@cache
def _word_frequencies() -> dict[str, int]:
    """Two-character words and how often each is seen: those of the segmenter's
    dictionary that hold a character whose form depends on its word."""
    pairs = (line.split() for line in words("word_counts"))
    return {word: int(count) for word, count in pairs}


def _han_pairs(line: str, i: int) -> Iterator[tuple[int, str]]:
    """The two-character runs of Chinese holding ``line[i]``, with where they start."""
    for a in (i - 1, i):
        pair = line[a : a + 2] if a >= 0 else ""
        if len(pair) == 2 and all(_IS_HAN.match(ch) for ch in pair):
            yield a, pair


# --- punctuation ------------------------------------------------------------

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_PUNCT = "，。、；：！？「」『』“”‘’《》〈〉（）【】…—"
_CJK = f"[{_HAN}{_CJK_PUNCT}]"
_MARK = re.compile(
    # After a Chinese character or punctuation, or between a word and a
    # Chinese character: 1,000 and 9:21 (digits on both sides) stay. A run (?!)
    # is converted whole, so cleaning the cleaned text changes nothing more.
    f"(?<={_CJK})[,:;?!]+|(?<=[^\\s,:;?!])[,:;?!](?=[{_HAN}])"
)
_BRACKETS = re.compile(r"\(([^()\n]{1,80})\)")


def _punctuation(text: str) -> Iterator[_Fix]:
    """Half-width punctuation in Chinese text → full width."""
    for m in _MARK.finditer(text):
        for i in range(m.start(), m.end()):
            if not _in_latin_token(text, i):
                yield i, i + 1, "punctuation", _FULL[text[i]]
    for m in _BRACKETS.finditer(text):
        # Brackets follow their content: (算力) is Chinese, (API) and
        # (Catherine Thorbecke) stay as they are.
        if _IS_HAN.search(m.group(1)):
            yield m.start(), m.start() + 1, "punctuation", "（"
            yield m.end() - 1, m.end(), "punctuation", "）"


_URLISH = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|[a-z][a-z0-9+.-]*://\S+|www\.\S+", re.IGNORECASE
)


def _in_latin_token(text: str, pos: int) -> bool:
    """True inside a URL or e-mail address touching ``pos``."""
    a = text.rfind(" ", 0, pos) + 1
    b = text.find(" ", pos)
    chunk_start = max(a, pos - 200)
    chunk = text[chunk_start : b if b != -1 else min(len(text), pos + 200)]
    return any(m.start() <= pos - chunk_start < m.end() for m in _URLISH.finditer(chunk))


# --- furniture --------------------------------------------------------------

_C = "[:：丨|｜/／]"  # the separator after a label: 來源：, 圖源丨, 作者|
_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("editor_note", re.compile("^[【\\[]?(?:編者按|编者按|編者註|编者注|編者注|編輯按|编辑按)")),
    (
        "image_credit",
        re.compile(
            f"^(?:▲|△|↑)|^[（(]?(?:圖源|图源|圖片來源|图片来源|圖片|图片|配圖|配图|插圖|插图|"
            f"攝影|摄影|攝影師|摄影师|圖|图|視覺中國|视觉中国){_C}"
            f"|[（(](?:圖源|图源|圖片來源|图片来源|圖|图)\\s*{_C}?[^()（）]{{0,30}}[)）]$"
            f"|\\s[|丨｜]\\s*(?:來源|来源|圖源|图源)\\s*{_C}?\\s*\\S{{1,30}}$"
        ),
    ),
    (
        "byline",
        re.compile(
            f"^(?:來源|来源|作者|文|撰文|記者|记者|編輯|编辑|責任編輯|责任编辑|責編|责编|"
            f"原標題|原标题|出品|本文來源|本文来源|本文作者|校對|校对){_C}"
            # a bare Latin author name on its own line
            r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}$"
        ),
    ),
    (
        "footer",
        re.compile(
            r"^(?:本文|本篇|文章)(?:為|为|系|係|經|经|由|來自|来自)?.{0,40}(?:授權|授权)"
            r"|轉載請|转载请|版權歸|版权归|版權所有|版权所有"
            r"|(?:未經|未经)(?:授權|授权|許可|许可).{0,6}(?:轉載|转载|使用|複製|复制)"
            r"|^(?:特別聲明|特别声明|免責聲明|免责声明|聲明|声明)[:：]"
            r"|^Notice:|^Disclaimer:|^(?:文章|本文)(?:僅|仅)(?:做|作|代表|供)"
            r"|不構成(?:任何)?投資建議|不构成(?:任何)?投资建议"
        ),
    ),
    (
        "media",
        re.compile(
            r"^\d{1,2}:\d{2}(?::\d{2})?$"  # a player's duration
            r"|[（(](?:音頻|音频|視頻|视频|影片|播客)[)）]$"
        ),
    ),
)


# A notice at the foot of a page is short or opens its line; a paragraph that mentions one is
# longer.
_FOOTER_MAX = 80


def _furniture(text: str) -> tuple[Furniture, ...]:
    """Mark whole lines of page furniture in ``text``."""
    out: list[Furniture] = []
    for line in _LINE.finditer(text):
        stripped = line.group().strip()
        if not stripped:
            continue
        start = line.start() + line.group().index(stripped[0])
        for kind, pattern in _FURNITURE:
            m = pattern.search(stripped)
            if m and kind == "footer" and m.start() > 0 and len(stripped) > _FOOTER_MAX:
                continue  # 該公司未經許可使用…: a paragraph about copying, not a notice
            if m:
                out.append(Furniture(start, start + len(stripped), kind))
                break
    return tuple(out)


# --- the pipeline -----------------------------------------------------------

_STAGE_ONE = (_mojibake, _pinyin, _separator, _html)
_STAGE_TWO = (_script, _punctuation)


def _collect(text: str, finders: tuple) -> list[_Fix]:
    """Fixes from ``finders`` in text order; an overlap keeps the earlier finder's."""
    found = sorted(
        (
            (s, e, kind, after, rank)
            for rank, f in enumerate(finders)
            for s, e, kind, after in f(text)
        ),
        key=lambda x: (x[0], x[4]),
    )
    out: list[_Fix] = []
    last = -1
    for s, e, kind, after, _ in found:
        if s >= last and text[s:e] != after:
            out.append((s, e, kind, after))
            last = e
    return out


def _apply(text: str, fixes: list[_Fix]) -> str:
    parts: list[str] = []
    pos = 0
    for s, e, _, after in fixes:
        parts.append(text[pos:s])
        parts.append(after)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def clean(original: str) -> Cleaned:
    """Repair ``original`` and list what was changed."""
    first = _collect(original, _STAGE_ONE)
    middle = _apply(original, first)
    first_map = OffsetMap((s, e, s2, s2 + len(a)) for (s, e, _, a), s2 in _dst_starts(first))
    replaced = {i for (_, _, _, a), s2 in _dst_starts(first) for i in range(s2, s2 + len(a))}
    fixes = list(first)
    for s, e, kind, after in _collect(middle, _STAGE_TWO):
        if any(i in replaced for i in range(s, e)):
            continue
        src = first_map.to_src(s)
        fixes.append((src, src + (e - s), kind, after))
    fixes.sort()
    text = _apply(original, fixes)
    edits = tuple(
        Edit(kind, s, e, cstart, original[s:e], after)
        for (s, e, kind, after), cstart in _dst_starts(fixes)
    )
    omap = OffsetMap((e.start, e.end, e.cstart, e.cend) for e in edits)
    return Cleaned(original, text, edits, _furniture(text), omap)


def _dst_starts(fixes: list[_Fix]) -> Iterator[tuple[_Fix, int]]:
    """Each fix with where its replacement starts in the repaired text."""
    shift = 0
    for fix in fixes:
        s, e, _, after = fix
        yield fix, s + shift
        shift += len(after) - (e - s)
