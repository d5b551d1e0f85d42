"""Quotations of an article, told apart as speech or terms, with the speaker the text names.

A quote's ``start``/``end`` cover the quotation *with* its marks (what the UI
highlights); ``text`` is what stands inside the marks. A quote whose closing mark
was lost ends at the end of its paragraph, never later. 《》 marks titles, not quotes.

Attribution follows the patterns of news prose, most reliable first: a speech
verb before the quote (``S 表示：“…”``, ``S 稱 X 是“…”``), a speaker and verb
after it (``“…，”S 說``), a quote-only paragraph after ``S 表示：``, pronouns
(他/她/該公司/其) resolved to the nearest compatible actor. Anything else keeps
``speaker = None``: a speaker is never guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from reader.core.actors import Actor, normalise, speech_verbs
from reader.core.convert import fold
from reader.core.document import Paragraph
from reader.core.entities import CJK, LETTER, MODALS
from reader.core.names import title_before
from reader.core.organisations import JOINERS
from reader.core.script import cantonese
from reader.core.segment import Token

# Opening mark → the marks that can close it. Straight and curly double quotes
# are mixed up in web text, so any of them closes any other.
_DOUBLE = '“”"＂〝〞〟'
PAIRS = {
    "“": _DOUBLE,
    '"': _DOUBLE,
    "＂": _DOUBLE,
    "〝": _DOUBLE,
    "‘": "’",
    "「": "」",
    "『": "』",
    "﹁": "﹂",
    "﹃": "﹄",
}
_SENTENCE_END = "。！？!?"
_SENTENCE_ENDS = re.compile(f"[{_SENTENCE_END}]")
_PREPOSITIONS = set("在于从到对向给跟就与同替以")
# Verbs the segmenter's new-word guesses glue to a name before them.
_GLUED_VERBS = ("表示", "指出", "说", "称", "指")
# How someone says it, in words the tagger reads with the verb (明確要求, 再次強調).
_MANNER = {"明确", "公开", "再次", "一再", "强烈", "严正", "郑重", "多次", "反复", "特别"}
# Verbs that report what someone holds or admits: what follows is their words, never
# an action they promise (坦言|收到通知時, unlike 承諾|設立).
_REPORTING = {"坦言", "直言", "坦承", "透露", "表示", "指出", "指", "强调", "认为", "直指", "笑言"}
# Words a verb of saying gets glued to in segmentation (致辭|時說, 則稱).
_GLUED_BEFORE = set("时则并也又还亦便就再更续")
# Tags of the words of a noun phrase (jieba's tag set; x: Latin and unknown words).
_NOUN_TAGS = ("n", "vn", "j", "m", "q", "b", "x", "eng", "uj", "f")
_PUNCT = "，。！？,!?；;：:、…"

# Nouns that carry speech like a verb does (``一番言論``, ``一句“…”``), and the
# Hong Kong ``又指`` / ``亦指`` (指 alone is too common a word to count).
SPEECH_NOUNS = (
    "言论", "一句", "表态", "发言", "推文", "贴文", "的话", "所说", "所言", "声明中称",
    "又指", "亦指", "并指", "更指", "他指", "她指", "则指", "续指", "回应指", "发帖指", "，指",
    "中指，", "中指：",
)  # fmt: skip
_SPEECH_SET = frozenset(speech_verbs())
# Kinds of body that, opening a sentence, mean the one named with that ending last.
_NAMED_KINDS = ("乐团", "学院")
# Kinds of body that, opening a sentence, mean the one of that kind last named.
_OPENING_KINDS = (
    "公司",
    "集团",
    "办公室",
    "委员会",
    "协会",
    "基金会",
    "商会",
    "工会",
    "法团",
    "学会",
    *_NAMED_KINDS,
)
_SPEECH_LONGEST = tuple(sorted(_SPEECH_SET, key=len, reverse=True))
# Who speaks for a body without a name of their own, after 該 (該發言人, 該負責人).
SPOKESPEOPLE = ("发言人", "负责人")
# A bracketed aside (下稱「湘綠循環」), which may hold quotation marks of its own.
_ASIDE = re.compile(r"[（(][^（）()]{0,30}[)）]")
# Words that end in 稱 and name a thing rather than say something (下稱「湘綠循環」).
_NAMING = frozenset(("下称", "简称", "号称", "堪称", "俗称", "戏称", "统称", "合称", "之称"))
# Before the medium someone speaks to (接受, 向, 對), a country and 《 may stand between.
_TO_REPORTER = re.compile(r"[向对跟给][^，。；：！？「」“”『』]{0,8}?记者")
_SPOKEN_TO = re.compile(r"(?:接受|向|对|跟|告诉|回应|回复|答复)(?:[^，。、；：！？\s]{0,3}《)?$")
# A gloss right after a name (彭博電視（Bloomberg TV）訪問).
_GLOSS_AFTER = re.compile(r"^[（(][^（()）]{1,30}[)）]")
# A space between Chinese words: the next clause of a headline.
_CLAUSE_SPACE = re.compile(r"[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]")
# People the article does not name, speaking (不少網友留言, 有居民表示).
# A writing as the subject of a verb of saying (聲明說, 通報同時表示, 判決書指出).
_SAYING_WRITINGS = "声明|报告|通报|公告|通知|新闻稿|文件|回复|判决书|裁定书|起诉书"
_WRITING_SAYS = re.compile(rf"({_SAYING_WRITINGS})(?:中|同时|也|则|又|亦|更)?$")
_WRITING_POINTS = re.compile(rf"(?:{_SAYING_WRITINGS})(指)[，：:]")  # 文件指，
_ISSUED = re.compile("发布|发表|发出|公布")
_OBTAINED = ("取得", "获得", "看到", "拿到", "引述", "获取")
_PAUSES = re.compile("[，。；！？,;]")
# Words that bring in a writing of its own (一份研究報告), not one named before.
_ANOTHER_WRITING = ("一份", "一项", "一篇", "另一份", "一则", "一封")
_COURT_WRITINGS = {
    "判决书": ("法院", "法庭", "Court", "Courts"),
    "裁定书": ("法院", "法庭", "Court", "Courts"),
    "起诉书": ("检察院", "检察署", "地检署", "律政司"),
}
_UNNAMED_SPEAKER = re.compile(
    r"(?<![对向跟给])(?:网友|网民|民众|市民|居民|街坊|村民|消息人士|知情人士|业内人士|分析人士|"
    r"有人|不少人|许多人|家长|乘客|旅客|游客|球迷|粉丝|业主|租客|职员|员工|店员|工作人员)"
    r"(?:也|则|都|纷纷|亦|更)?$"
)
# Someone the text does not name, right before the verb: 一位…負責人對記者. (這名 and
# 該名 point back to someone already named or not.)
_ANONYMOUS_SUBJECT = re.compile(
    r"(?<![第其唯每以])(?:一位|一名)[^，。！？：“”「」『』]{0,18}?"
    r"(?:对记者|向记者|对本报|向本报|告诉记者)?(?:也|则|又|亦|更)?$"
)
# Someone introduced without a name (一名曾任車手的少年): a later 他 is them.
_SOMEONE_UNNAMED = re.compile(
    r"另?(?:一名|一位|一个)[^。！？]{0,15}(?:少年|少女|男子|女子|男童|女童|男孩|女孩|市民|居民|员工|"
    r"职员|工人|学生|司机|乘客|旅客|游客|病人|患者|家长|老人|长者|妇人|妇女|青年|网友|村民|车手|骑手|"
    r"店主|摊贩|商户|业主|住户|租户|农民|渔民|护士|教师|老师|男性|女性|男士|女士|受试者|志愿者|"
    r"车长|厨师|保安|工友|店员|外卖员|快递员|清洁工|医生|医师|官员|移工|看护)"
)
# Unnamed people opening a sentence (有法國網友, 不少市民): they speak in it.
_SOME_PEOPLE = re.compile(
    r"(?:有|不少|许多|部分|一些|也有|亦有)[^，。：]{0,4}?(?:网友|网民|民众|市民|居民|街坊|球迷|人)"
)
# After a body's name: one unnamed person of it (南洲街道辦事處一名工作人員).
_ONE_OF = ("一名", "一位", "一些", "多名", "有员工", "有职员", "部分")
# What of a person's speaks for them (X的文章稱, X的推文寫道).
WRITINGS = (
    "文章", "专栏", "推文", "贴文", "帖子", "声明", "信", "书", "报告", "评论", "社论",
    "博客", "网志", "脸书", "微博", "社交", "演讲", "讲话", "发言", "回应", "说法", "话",
    "账号", "帐号", "专页", "主页", "频道", "动态",
)  # fmt: skip
# How far a speech verb before a quote may stand, in characters, within its sentence.
VERB_REACH = 80
# How far after it: a speaker with a role and a gloss (Kinetra技術長Marcus Lee在領英（LinkedIn）發文寫道).
VERB_AFTER_REACH = 60
# Before a quote, these make it a name for something, not words said.
TERM_CUES = (
    "所谓",
    "所谓的",
    "称为",
    "被称为",
    "叫做",
    "名为",
    "号称",
    "堪称",
    "简称",
    "俗称",
    "戏称",
    "调侃",
    "下称",
    "定性为",  # 將車手定性為「自僱人士」: a label put on someone
    "列为",
    "视为",
    "归类为",
    # Verbs whose object is a named thing (啟動「冬季應變計劃」).
    "启动",
    "推出",
    "发起",
    "实施",
    "开展",
    "成立",
    "设立",
    "举办",
)
# After a quote, these make it a label (“股災”式, “…”這種模式).
TERM_CUES_AFTER = ("这种", "这类", "这样的", "式", "一词", "这个词", "等词")
# Punctuation inside a quote that makes it a clause rather than a name.
_CLAUSE_PUNCT = "，。！？,!?；;：:…"
# Verbs of saying that introduce a quotation inside a quotation.
_NESTED_VERBS = ("说", "讲", "问", "道", "喊", "写", "告诉我", "告诉我们")
_HABITUAL = ("常", "总", "爱", "成日", "经常", "老是")
# Words right after a quote that end an action on the words said (說“…”後, “…”時).
_AFTER_SAYING = set("后才时")
PRONOUNS = {
    "他": ("person",),
    "她": ("person",),
    "其": ("person", "org"),
    "它": ("org",),
    "我": ("author",),
    # 這位已28歲的選手說: the person just named.
    "这位": ("person",),
    "这名": ("person",),
    "该名": ("person",),
}
_DEMONSTRATIVES = ("这位", "这名", "该名")
# 該 + the kind of body (該公司, 該署), or the body's one-character kind + 方
# (署方, 校方): the nearest organisation of that kind, else the nearest one.
ORG_KINDS = {
    "公司", "机构", "集团", "银行", "大学", "医院", "法院", "协会", "组织", "政府", "局", "署",
    "院", "校", "会", "部", "处", "所", "行", "党", "馆", "厂", "店", "团", "台",
}  # fmt: skip
_ORG_SIDES = {k + "方" for k in ORG_KINDS if len(k) == 1 and k not in "行党店团台"}
_ORG_REACH = 20


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``text`` inside the marks, ``[start, end)`` with them."""

    text: str
    kind: str  # "speech" or "term"
    speaker: str | None
    paragraph: int
    start: int
    end: int


def find_spans(text: str) -> list[tuple[int, int, int | None]]:
    """Top-level quotations in one paragraph: (open, end, close) offsets.

    ``close`` is the closing mark's offset, or None when it was lost and the quote
    runs to the end of the paragraph. Nested quotes stay inside their outer quote.
    """
    out: list[tuple[int, int, int | None]] = []
    i = 0
    while i < len(text):
        if text[i] in PAIRS:
            close = _find_close(text, i)
            end = close + 1 if close is not None else len(text)
            if end - i > 1:
                out.append((i, end, close))
            i = end
        else:
            i += 1
    return out


def _find_close(text: str, i: int) -> int | None:
    stack = [text[i]]
    for k in range(i + 1, len(text)):
        ch, top = text[k], stack[-1]
        double_top = top in _DOUBLE
        if ch in PAIRS[top] and not (ch == "“" and not _after_punct(text, k)):
            # “ closes a “ only when it stands where a closing mark would
            # (after punctuation): web text often types the wrong one.
            stack.pop()
            if not stack:
                return k
        elif (
            (ch in PAIRS and ch not in _DOUBLE)
            or (ch in "“〝" and not double_top)
            or (ch == "“" and double_top)
        ):
            stack.append(ch)
    return None


def _after_punct(text: str, k: int) -> bool:
    return k > 0 and text[k - 1] in _PUNCT


class _Spans:
    """Sorted, disjoint spans, asked whether they cover an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str
    type: str


class _Attributor:
    """Speech verbs, actor mentions and pronouns of one document, by offset."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        actors: list[Actor],
        quoted: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.key = normalise(text, tokens)[1]
        self.mentions = sorted(
            (
                _Mention(m.start, m.end, a.name, a.type)
                for a in actors
                if a.type != "place"
                for m in a.mentions
            ),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self._types = {m.name: m.type for m in self.mentions}
        self._of_type: dict[str, list[int]] = {}  # type → indices of its mentions, in order
        for i, m in enumerate(self.mentions):
            self._of_type.setdefault(m.type, []).append(i)
        self.verbs: list[tuple[int, int]] = []
        self.pronouns: list[tuple[int, int, str]] = []
        verbs = set(speech_verbs())
        inside = self.inside = _Spans(quoted)
        for i, t in enumerate(tokens):
            w = t.word
            if inside.covers(t.start):
                continue  # words inside quotations are someone's speech, not the narration
            glued = t.new and len(w) <= 5 and w.endswith(_GLUED_VERBS)
            if w in verbs:
                self.verbs.append((t.start, t.end))
            elif w[0] in _GLUED_BEFORE and w[1:] in verbs:
                self.verbs.append((t.start + 1, t.end))
            elif w[-2:] in verbs and w[:-2] in _MANNER:
                self.verbs.append((t.end - 2, t.end))  # 明確要求 read as one word
            elif w == "发表声明":
                self.verbs.append((t.end - 2, t.end))  # 發表聲明，對事件「…」: its words
            elif glued:
                # 陳怡安說 as one unknown word: the verb is its end.
                v = next(v for v in _GLUED_VERBS if w.endswith(v))
                self.verbs.append((t.end - len(v), t.end))
                head = w[: -len(v)]
                if head in PRONOUNS or head in _ORG_SIDES:
                    self.pronouns.append((t.start, t.start + len(head), head))  # 他稱, 署方指
            elif w in PRONOUNS or w in _ORG_SIDES:
                self.pronouns.append((t.start, t.end, w))
            elif (
                t.new and len(w) == 2 and w[0] in "他她" and (w[1] in _GLUED_BEFORE or w[1] == "话")
            ):
                self.pronouns.append((t.start, t.start + 1, w[0]))  # 她續|說, 他話 as one word
            elif w in ("合议庭", "法庭") and self.mention_ending(t.start) is None:
                self.pronouns.append((t.start, t.end, "院方"))  # 合議庭認為: the court
            elif w == "发言人" and self.mention_ending(t.start) is None:
                if not (self.pronouns and self.pronouns[-1][1] == t.start):  # 集團|發言人
                    self.pronouns.append((t.start, t.end, w))  # 發言人又提醒: the body's, again
            elif w == "该" and i + 1 < len(tokens) and tokens[i + 1].word in SPOKESPEOPLE:
                self.pronouns.append((t.start, tokens[i + 1].end, "发言人"))  # 該負責人說
            elif w == "该" and i + 1 < len(tokens) and tokens[i + 1].word in ORG_KINDS:
                self.pronouns.append((t.start, tokens[i + 1].end, "该" + tokens[i + 1].word))
            elif w[0] == "该" and w[1:] in ORG_KINDS:
                self.pronouns.append((t.start, t.end, w))
            elif w in _OPENING_KINDS and (
                self.key[t.start - 1 : t.start] in "。\n"
                or (self.key.startswith(SPOKESPEOPLE, t.end) and self._bare_kind(t))
            ):
                # 公司在聲明中表示, 集團發言人昨日稱: its own, as 該公司.
                self.pronouns.append((t.start, t.end, "该" + w))
        # 林志明說 segments as 林志|明說: a verb right after a name counts however it is cut.
        lengths = sorted({len(v) for v in verbs}, reverse=True)
        for m in self.mentions:
            # 房委會發言人|指，: past the body's spokesperson.
            at = m.end + next((len(s) for s in SPOKESPEOPLE if self.key.startswith(s, m.end)), 0)
            # The longest verb starting there: one slice per verb length, not a scan of them all.
            heads = (self.key[at : at + n] for n in lengths)
            v = next((h for h in heads if h in verbs), None)
            if v is None and m.type == "person" and self.key[at : at + 1] == "话":
                v = "话"  # 符小姐話: Cantonese "says", right after a name
            if v is None and self.key[at : at + 2] in ("指，", "指：", "指:"):
                v = "指"  # 鄭子晴指，: "points out", right after a name and before a pause
            if v is not None and not inside.covers(at):
                self.verbs.append((at, at + len(v)))
        for _, end, word in self.pronouns:
            if word in ("他", "她") and self.key[end : end + 2] in ("话，", "话：", "话:"):
                self.verbs.append((end, end + 1))  # 她話，: Cantonese "she says"
            elif self.key[end : end + 2] in ("指，", "指：", "指:"):
                self.verbs.append((end, end + 1))  # 發言人指，: "points out", as after a name
        for m in _WRITING_POINTS.finditer(self.key):
            obtained = any(w in self.key[max(0, m.start() - 8) : m.start()] for w in _OBTAINED)
            if not inside.covers(m.start(1)) and not obtained:
                self.verbs.append(m.span(1))  # 文件指，: as after a name; not 路透社取得的文件
        for noun in SPEECH_NOUNS:
            # 又指: the verb is 指, joined to the subject of the verb before; 她指: the
            # verb is 指, and 她 its subject.
            skip = 1 if noun[0] in "又亦并更他她中" else 0
            for m in re.finditer(noun, self.key):
                if not inside.covers(m.start()):
                    self.verbs.append((m.start() + skip, m.end()))
        self.tokens = tokens
        self.token_starts = [t.start for t in tokens]
        for m in _TO_REPORTER.finditer(self.key):
            # 向記者算賬, 向本報記者展示: what one does to a reporter, one says.
            i = bisect.bisect_left(self.token_starts, m.end())
            t = tokens[i] if i < len(tokens) else None
            if t is None or t.start != m.end() or inside.covers(t.start):
                continue
            if t.tag == "v" and len(t.word) >= 2:
                self.verbs.append((t.start, t.end))
        # 下稱, 簡稱, 號稱: 稱 that names a thing says nothing.
        # 承諾設立: a verb of saying whose object is an action says no words.
        # 新聞發言|人, 負責|人: who speaks, not a verb (but 表示|人手, 透露|人數).
        self.verbs = sorted(
            (s, e)
            for s, e in set(self.verbs)
            if not self._naming(s, e)
            and not self._acting(s, e)
            and not self.key.startswith(SPOKESPEOPLE, s)
        )
        self.verb_starts = [s for s, _ in self.verbs]
        self.pronoun_starts = [s for s, _, _ in self.pronouns]  # tokens come in order
        self._orgs_by_head: dict[int, dict[str, set[str]]] = {}
        self._holders: dict[str, str | None] = {}
        self._followers: dict[str, list[tuple[int, str]]] = {}
        self.sentence_ends = [m.start() for m in _SENTENCE_ENDS.finditer(text)]
        self.author = _byline_author(self.key, self.mentions)

    def _acting(self, start: int, end: int) -> bool:
        """An action verb follows the verb of saying [start, end) (承諾|設立).

        Not after a verb that reports a clause (坦言|收到通知時), nor a one-character
        verb (說|罷), a modal (強調|要), or a word the tagger calls a verb right before a
        quote (嗆|對手「…」), unless that word names the quoted thing (承諾|設立「…」).
        """
        if self.key[start:end].lstrip("，,") in _REPORTING:
            return False
        i = bisect.bisect_left(self.token_starts, end)
        if i >= len(self.tokens) or self.tokens[i].start != end:
            return False
        t = self.tokens[i]
        if t.tag != "v" or len(t.word) < 2 or t.word in _SPEECH_SET or t.word in MODALS:
            return False
        if t.word in _RELATED:
            return False  # 要求|相關部門: "concerned", not an action
        return self.text[t.end : t.end + 1] not in PAIRS or t.word in TERM_CUES

    def _naming(self, start: int, end: int) -> bool:
        """稱 as the end of a naming word read as one (簡稱) or cut after a lone 下 (下|稱).

        Not 總統|稱: the character before must not end another word.
        """
        if self.key[start:end] != "称" or self.key[start : start + 2] == "称为":
            return self.key[start : start + 2] == "称为"
        i = bisect.bisect_right(self.token_starts, start) - 1
        if i < 0:
            return False
        t = self.tokens[i]
        if t.start < start:  # 稱 glued to what comes before
            return self.key[t.start : start + 1] in _NAMING
        return (
            i > 0
            and self.tokens[i - 1].end == start
            and len(self.tokens[i - 1].word) == 1
            and (self.key[start - 1 : start + 1] in _NAMING)
        )

    def sentence_start(self, pos: int, floor: int) -> int:
        """Where the sentence holding ``pos`` starts, not before ``floor`` (its paragraph)."""
        if pos <= floor:
            return pos
        i = bisect.bisect_left(self.sentence_ends, pos) - 1
        return max(floor, self.sentence_ends[i] + 1) if i >= 0 else floor

    def noun_phrase(self, start: int, end: int) -> bool:
        """[start, end) segments as nouns only, ending in a noun (國防科技, 出口管制框架)."""
        toks = self.tokens_from(start, end)
        if not toks or not toks[-1].tag.startswith("n"):
            return False
        return all(t.tag.startswith(_NOUN_TAGS) or not t.word.strip() for t in toks)

    def tokens_from(self, start: int, end: int) -> list[Token]:
        """The tokens starting in [start, end)."""
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return self.tokens[i:j]

    def set_phrase(self, start: int, end: int) -> bool:
        """[start, end) is one dictionary word that is a set phrase or idiom (穩中求進)."""
        i = bisect.bisect_left(self.token_starts, start)
        if i >= len(self.tokens):
            return False
        t = self.tokens[i]
        return t.start == start and t.end == end and t.tag in ("l", "i")

    def names_at(self, pos: int) -> bool:
        """An actor mention or a pronoun starts at ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return True
        i = bisect.bisect_left(self.pronoun_starts, pos)
        return i < len(self.pronouns) and self.pronoun_starts[i] == pos

    def pronoun_ending(self, pos: int) -> bool:
        """A pronoun (他, 該署, 校方) ends exactly at ``pos``."""
        i = bisect.bisect_left(self.pronoun_starts, pos) - 1
        return i >= 0 and self.pronouns[i][1] == pos

    def after_preposition(self, pos: int) -> bool:
        """在, 對, 向… right before ``pos``, or before the title mark it opens (在《自然》)."""
        k = pos - 2 if self.key[pos - 1 : pos] == "《" else pos - 1
        return k >= 0 and self.key[k] in _PREPOSITIONS

    def mention_ending(self, pos: int) -> _Mention | None:
        """The actor mention that ends exactly at ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.mentions[i].start <= 24:
            if self.mentions[i].end == pos:
                return self.mentions[i]
            i -= 1
        return None

    def role_holder(self, org: _Mention, role_end: int) -> str | None:
        """江城隊主帥 → the person the article names right after the same words."""
        phrase = self.key[org.start : role_end]
        for at, name in self._named_after(phrase):
            if at != org.start:
                return name
        return None

    def holder_of(self, role: str) -> str | None:
        """The one person the article names right after ``role`` (法官譚詠芝), if only one."""
        if role not in self._holders:
            names = {name for _, name in self._named_after(role)}
            self._holders[role] = names.pop() if len(names) == 1 else None
        return self._holders[role]

    def _named_after(self, phrase: str) -> list[tuple[int, str]]:
        """(where, person) for each occurrence of ``phrase`` a person's mention follows."""
        # Asked once per quote, the same phrases come back: scan the text once for each.
        if phrase not in self._followers:
            found = []
            for m in re.finditer(re.escape(phrase), self.key):
                i = bisect.bisect_left(self.starts, m.end())
                if i < len(self.mentions):
                    nxt = self.mentions[i]
                    if nxt.start == m.end() and nxt.type == "person":
                        found.append((m.start(), nxt.name))
            self._followers[phrase] = found
        return self._followers[phrase]

    def type_of(self, name: str) -> str | None:
        return self._types.get(name)

    def org_starting(self, short: str) -> str | None:
        """The one organisation whose mentions start with ``short`` (中原 → 中原地產)."""
        n = len(short)
        if n not in self._orgs_by_head:
            heads: dict[str, set[str]] = {}
            for m in self.mentions:
                if m.type == "org" and m.end > m.start + n:
                    heads.setdefault(self.key[m.start : m.start + n], set()).add(m.name)
            self._orgs_by_head[n] = heads
        names = self._orgs_by_head[n].get(short, set())
        return next(iter(names)) if len(names) == 1 else None

    def verb_before(self, pos: int, lo: int) -> tuple[int, int] | None:
        """The last speech verb ending in [lo, pos] with no sentence end or quote after it."""
        # Verbs starting after ``pos`` end after it too: start the walk at ``pos``.
        for k in range(bisect.bisect_right(self.verb_starts, pos) - 1, -1, -1):
            s, e = self.verbs[k]
            if e > pos:
                continue
            if s < lo or pos - e > VERB_REACH:
                return None
            # Earlier quotes of the same sentence may stand between (S 稱，“a”，“b”).
            gap = _unquoted(self.text[e:pos])
            if any(c in gap for c in _SENTENCE_END):
                return None
            return s, e
        return None

    def verb_after(self, pos: int, hi: int) -> tuple[int, int] | None:
        """The first speech verb after ``pos`` in the same sentence, close by."""
        for k in range(bisect.bisect_left(self.verb_starts, pos), len(self.verbs)):
            s, e = self.verbs[k]
            if s >= hi:
                return None
            # Glosses in brackets do not count towards the reach (X（Abyssal Resources）…說).
            gap = _ASIDE.sub("", self.text[pos:s])
            if len(gap) > VERB_AFTER_REACH:
                return None
            if any(c in gap for c in _SENTENCE_END) or any(c in gap for c in PAIRS):
                return None
            if _CLAUSE_SPACE.search(gap) or gap[:1] in (" ", "\u3000"):
                return None  # a space parts a headline's clauses (農戶憂「…」 漁護署稱…)
            if self.key[e : e + 1] == "的" and e - s > 1 and self.key[e + 1 : e + 2] != "时":
                continue  # 「…」參與技術分析的|教授蔣文韜說: it describes the speaker
            if self.text[pos - 2 : pos - 1] in _SENTENCE_END and self.key.startswith(
                _NEW_SENTENCE, pos
            ):
                return None  # 「…？」對此，X回應: the quote ended its sentence
            return s, e
        return None

    def subject(self, lo: int, hi: int) -> str | None:
        """The actor (or pronoun) nearest before ``hi`` in [lo, hi), resolved."""
        best: tuple[int, str | None] | None = None
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            # 在白宮、對媒體、向外媒: a place or an addressee, not the one speaking.
            if (
                m.end <= hi
                and not self.after_preposition(m.start)
                and not self.object_of_verb(m.start)
                and not self.interviewer(m)
                and not self.gloss(i)
                and not self.joined_to_object(i)
            ):
                if self.possessed(m, hi):
                    return None  # 代表X的律師稱: someone of X's speaks, unnamed
                if self.unnamed_speaker(m.end, hi) or self.anonymous_after(m, hi):
                    return None  # X…，不少網友留言: the unnamed people after X speak
                around = _ANONYMOUS_SUBJECT.search(self.key, max(lo, m.start - 18), hi)
                if m.type == "org" and around is not None and around.start() < m.start:
                    return None  # 一名不願具名的衛生院職工告訴記者: someone of X's, unnamed
                best = (m.start, m.name)
                break
            i -= 1
        # Pronouns are in text order: walk back from ``hi`` until one fits or ``lo`` is passed.
        for k in range(bisect.bisect_left(self.pronoun_starts, hi) - 1, -1, -1):
            s, e, word = self.pronouns[k]
            if s < lo:
                break
            if e <= hi and not self.after_preposition(s):
                if best is None or s > best[0]:
                    if self.someone_of(e, hi):
                        return None  # 他的女兒則稱: someone of theirs, unnamed
                    best = (s, self.resolve_pronoun(s, word))
                break
        writing = _WRITING_SAYS.search(self.key, lo, hi)
        if writing is not None and (
            best is None or _PAUSES.search(self.key, best[0], writing.start())
        ):
            # 聲明說, 報告指出; 消基會發表聲明，要求台水公開…，聲明中說: the writing speaks,
            # for who issued it, not for the one its clause before names.
            return self.issuer(writing.group(1), writing.start()) or (best[1] if best else None)
        return best[1] if best else None

    def issuer(self, writing: str, pos: int) -> str | None:
        """The body or person named just before the last mention of ``writing`` before
        ``pos`` (X發布情況通報稱…。通報同時表示: X; 院長Y發布聲明…。聲明中寫道: Y), or
        before an earlier one (X公布…報告指出…。…是報告關注的重點。報告指出: X)."""
        at = self.key.rfind(writing, 0, pos)
        while at >= 0:
            if (name := self._issuer_at(at)) is not None:
                return name
            if any(w in self.key[max(0, at - 8) : at] for w in _ANOTHER_WRITING):
                break  # 另外，一份國際研究報告指出: another writing, not the one before
            at = self.key.rfind(writing, 0, at)
        # 法院未採納。判決書指出: a court's or a prosecutor's writing is the nearest one's.
        bodies = _COURT_WRITINGS.get(writing)
        if bodies is None:
            return None
        for m in reversed(self.mentions[: bisect.bisect_left(self.starts, pos)]):
            named = self.key[m.start : m.end].endswith(bodies) or m.name.endswith(bodies)
            if m.type == "org" and named and not self.inside.covers(m.start):
                return m.name
        return None

    def _issuer_at(self, at: int) -> str | None:
        """Who issued the writing named at ``at``: the body or person just before it, or
        one that published it earlier in the clause (監察院今日公布…的調查報告)."""
        i = bisect.bisect_left(self.starts, at) - 1
        while i >= 0 and at - self.mentions[i].end <= 40:
            m = self.mentions[i]
            # 院長Y發布聲明: a person only as its issuer, not 布林肯批評中方聲明.
            published = _ISSUED.search(self.key, m.end, at) is not None
            between = self.key[m.end : at]
            # Not across a sentence (高雄第二監獄的超收比例更逾2成。報告直言).
            near = at - m.end <= 12 and not any(c in between for c in _SENTENCE_END)
            near = near or (published and not _PAUSES.search(between))
            issued = m.type == "org" or published
            if near and m.type in ("org", "person") and issued and not self.inside.covers(m.start):
                return m.name
            i -= 1
        return None

    def anonymous_after(self, m: _Mention, hi: int) -> bool:
        """Someone unnamed (一位…負責人) opens a clause after ``m`` and speaks; a body's
        own official (教育部基礎教育司|一位負責人表示) speaks for it."""
        found = _ANONYMOUS_SUBJECT.search(self.key, m.end, hi)
        if found is None:
            return False
        # Only one that opens a clause of its own: not 陳克勤作為|一名候選人.
        between = self.key[m.end : found.start()]
        return bool(set(between) & set(_PUNCT))

    def unnamed_speaker(self, lo: int, hi: int) -> bool:
        """Unnamed people (網友, 球迷) stand right before ``hi`` as its subject, not as the
        object of a verb (感謝球員及球迷：)."""
        m = _UNNAMED_SPEAKER.search(self.key, lo, hi)
        if m is None:
            return False
        before = self.key[m.start() - 1 : m.start()]
        if before == "有":
            return True  # 有網友留言: there are some who say
        return before not in "及和与、" and not self.object_of_verb(m.start())

    def someone_of(self, end: int, hi: int) -> bool:
        """Right after ``end`` stands 的 and someone else of theirs (他的女兒), not writings."""
        if self.key[end : end + 1] != "的":
            return False
        rest = self.key[end + 1 : hi]
        return bool(rest) and not rest.startswith(WRITINGS)

    def interviewer(self, m: _Mention) -> bool:
        """接受《明報》訪問, 向路透社表示, 對丹麥《貝林時報》表示: the medium spoken to."""
        before = self.key[max(0, m.start - 7) : m.start]
        after = _GLOSS_AFTER.sub("", self.key[m.end : m.end + 40].lstrip("》"))
        return _SPOKEN_TO.search(before) is not None or (
            m.type == "org" and after.startswith(("访问", "采访", "专访", "记者", "查询", "提问"))
        )

    def _located(self, m: _Mention) -> bool:
        """在香港交易所上市: the preposition 在 right before the body, which is a place there."""
        i = bisect.bisect_left(self.token_starts, m.start) - 1
        return i >= 0 and self.tokens[i].end == m.start and self.tokens[i].word == "在"

    def _bare_kind(self, t: Token) -> bool:
        """The kind word ``t`` (集團) stands alone, ending no name (宏昌集團)."""
        return self.mention_ending(t.end) is None and self.mention_ending(t.start) is None

    def joined_to_object(self, i: int) -> bool:
        """與建造業議會、勞工處, 去信發展局及民政事務總署: listed with a name that follows
        a preposition or a verb, the mention is spoken to or of too."""
        while i > 0:
            m, prev = self.mentions[i], self.mentions[i - 1]
            if self.key[prev.end : m.start] not in _LISTED:
                return False
            if self.after_preposition(prev.start) or self.object_of_verb(prev.start):
                return True
            i -= 1
        return False

    def gloss(self, i: int) -> bool:
        """在領英（LinkedIn）, 《曼谷郵報》（Bangkok Post）: a gloss of the name before it.

        The name before decides whether it speaks; the gloss is never a subject of its own.
        """
        m = self.mentions[i]
        if i == 0 or self.key[m.start - 1 : m.start] not in "（(":
            return False
        prev = self.mentions[i - 1]
        between = self.key[prev.end : m.start - 1]
        return len(between) <= 3 and all(CJK.match(c) or c == "》" for c in between)

    def object_of_verb(self, pos: int) -> bool:
        """A verb ends right at ``pos``: what follows is its object (冒充X, 撥補X, …，稱X「…」)."""
        if pos >= 2 and self.key[pos - 2] in "，," and self.key[pos - 1] in "称指赞批":
            return True  # 發布新聞稿，稱|許承恩「…」: who is spoken of, after the verb
        i = bisect.bisect_left(self.token_starts, pos) - 1
        if i < 0 or self.tokens[i].end != pos:
            return False
        w = self.tokens[i].word
        role = title_before(self.key, pos) or ""
        # 醫管|處處長: a "verb" that ends in a role word is the role.
        named = _is_role(w) or (len(role) >= 2 and w.endswith(role))
        return self.tokens[i].tag == "v" and w not in _SPEECH_SET and not named

    def possessed(self, m: _Mention, hi: int) -> bool:
        """X的經紀人 (a person's), X一名職員 (a body's): someone of X's speaks, unnamed."""
        one = next((o for o in _ONE_OF if self.key.startswith(o, m.end)), None)
        if m.type == "org" and one is not None:
            # 鑫禾膳食一名負責人: who answers for the body speaks for it.
            return not self.key.startswith(SPOKESPEOPLE, m.end + len(one))
        return m.type == "person" and self.someone_of(m.end, hi)

    def resolve_pronoun(self, pos: int, word: str) -> str | None:
        """Who the pronoun ``word`` at ``pos`` stands for."""
        if word in PRONOUNS:
            return self.resolve(pos, PRONOUNS[word], word)
        kind = word[1:] if word[0] == "该" else word[:-1]
        orgs = self._of_type.get("org", [])
        last = bisect.bisect_right(orgs, bisect.bisect_left(self.starts, pos) - 1) - 1
        # The last few organisations named are the candidates, nearest first: one of
        # that kind, or for a spokesperson opening a sentence, the one whose
        # spokesperson spoke last (醫管局發言人表示，…社署…。發言人指).
        opening = self.key[pos - 1 : pos] in ("。", "\n", "")
        for k in range(last, max(-1, last - _ORG_REACH), -1):
            m = self.mentions[orgs[k]]
            if m.end > pos:
                continue
            if word == "发言人":
                if not opening:
                    break
                if self.key.startswith(SPOKESPEOPLE, m.end):
                    return m.name
            elif self.key[m.start : m.end].endswith(kind):
                return m.name
        if kind in _NAMED_KINDS:
            return None  # 樂團在聲明中: only one named so (城市愛樂 may be an orchestra or not)
        return self.resolve(pos, ("org",))

    def resolve(self, pos: int, types: tuple[str, ...], word: str = "") -> str | None:
        """The nearest actor of ``types`` mentioned before ``pos`` (``author``: the byline's)."""
        if types == ("author",):
            return self.author
        best = self._nearest(pos, types)
        if best < 0:
            return None
        if "person" in types and (
            self._unnamed_subject_before(pos) or self._unnamed_subject_of(pos, best)
        ):
            return None  # 一名…少年也遭起訴。他說: the one just introduced, unnamed
        if word in _DEMONSTRATIVES and self._unnamed_since(self.mentions[best].end, pos):
            return None  # 一位老人告訴記者…。這位老人說: someone introduced after the last name
        if word in ("他", "她") and self._after_full_stop(pos):
            # X感謝Y…。他也透露: the subject of the sentence before, not the last name in it.
            subject = self._sentence_subject(pos)
            if subject is not None:
                return subject
        if word in ("他", "她"):
            # X表示，Y「…」。「…，」他說: the one who spoke, not the one spoken of.
            teller = self._teller_of(self.mentions[best])
            if teller is not None:
                return teller
        return self.mentions[best].name

    def _teller_of(self, m: _Mention) -> str | None:
        """The person whose verb of saying, earlier in the sentence, reports ``m``."""
        floor = self.text.rfind("\n", 0, m.start) + 1
        lo = self.sentence_start(m.start, floor)
        verb = self.verb_before(m.start, lo)
        if verb is None:
            return None
        teller = self.subject(lo, verb[0])
        same = teller == m.name or teller is None
        return None if same or self.type_of(teller) != "person" else teller

    def _after_full_stop(self, pos: int) -> bool:
        """A sentence or paragraph ends right before ``pos``, closing quote marks aside."""
        before = self.key[max(0, pos - 2) : pos].rstrip('”」』’"')
        return not before or before[-1] in _SENTENCE_END + "\n"

    def _sentence_opening(self, i: int) -> int:
        """Where the sentence ending at ``sentence_ends[i]`` opens, within its paragraph."""
        end = self.sentence_ends[i] if i >= 0 else 0
        lo = self.sentence_ends[i - 1] + 1 if i > 0 else 0
        return max(lo, self.text.rfind("\n", 0, end) + 1)

    def _sentence_subject(self, pos: int) -> str | None:
        """The person who opens the sentence before ``pos``: its first named subject."""
        i = bisect.bisect_left(self.sentence_ends, pos) - 1
        lo = self._sentence_opening(i)
        # 「…。」他說: the sentence before is someone's words; the narration before them.
        while i > 0 and self.inside.covers(self.sentence_ends[i]) and self.inside.covers(lo):
            i -= 1
            lo = self._sentence_opening(i)
        if i < 0:
            return None
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.mentions) and self.mentions[k].start < self.sentence_ends[i]:
            m = self.mentions[k]
            # 芷晴的母親甄太…: the one of theirs is the subject, not the possessor.
            possessor = self.key[m.end : m.end + 1] == "的"
            if (
                not self.inside.covers(m.start)
                and not self.after_preposition(m.start)
                and not possessor
            ):
                if self.object_of_verb(m.start) or self.interviewer(m) or self.gloss(k):
                    return None
                nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
                # X協會（社協）幹事施麗珊: the body's person is the subject.
                if m.type == "org" and nxt and nxt.type == "person" and nxt.start - m.end <= 10:
                    return nxt.name
                return m.name if m.type == "person" else None
            k += 1
        return None

    def _unnamed_subject_before(self, pos: int) -> bool:
        """A sentence before ``pos`` opens with someone unnamed (一名…少年), and none
        since names anyone (一名車長透露，…。他坦言：「…」。「…」他說)."""
        i = bisect.bisect_left(self.sentence_ends, pos) - 1
        for k in range(i, max(-1, i - 3), -1):
            start = self.sentence_ends[k - 1] + 1 if k > 0 else 0
            if self._unnamed_opening(start, self.sentence_ends[k]) is not None:
                return True
            first = bisect.bisect_left(self.starts, start)
            if first < len(self.starts) and self.starts[first] < self.sentence_ends[k]:
                return False  # someone is named in between
        return False

    def _unnamed_subject_of(self, pos: int, best: int) -> bool:
        """The sentence holding ``pos`` opens with someone unnamed, named by nobody since
        (另一名車手表示…，但他指「…」)."""
        i = bisect.bisect_left(self.sentence_ends, pos) - 1
        start = self.sentence_ends[i] + 1 if i >= 0 else 0
        unnamed = self._unnamed_opening(start, pos)
        return unnamed is not None and self.mentions[best].end <= unnamed

    def _unnamed_opening(self, start: int, end: int) -> int | None:
        """Where someone unnamed (一名…少年) opens the sentence from ``start``, perhaps
        described first by words that name nobody (住在對面的一名退休男士)."""
        m = _SOMEONE_UNNAMED.search(self.key, start, end)
        if m is None or self.inside.covers(m.start()):
            return None  # 「一個剛考上的年輕老師…」他說: someone in the words, not the speaker
        k = bisect.bisect_left(self.starts, m.end())
        if k < len(self.starts) and self.starts[k] == m.end():
            return None  # 另一位乘客劉志遠: the role before a name
        k = bisect.bisect_left(self.starts, start)
        named_before = k < len(self.starts) and self.starts[k] < m.start()
        described = self.key[m.start() - 1] == "的" and not named_before
        return m.start() if m.start() - start <= 3 or described else None

    def _unnamed_since(self, lo: int, pos: int) -> bool:
        return _SOMEONE_UNNAMED.search(self.key, lo, pos) is not None

    def _nearest(self, pos: int, types: tuple[str, ...]) -> int:
        """Index of the nearest mention of ``types`` before ``pos``, or -1."""
        last = bisect.bisect_left(self.starts, pos) - 1
        best = -1
        for type_ in types:
            of_type = self._of_type.get(type_, [])
            k = bisect.bisect_right(of_type, last) - 1
            # Not a name inside someone's quoted words: they speak of it, it is not them.
            # Nor the medium someone answered (回應HK01查詢): it asked, it did not speak.
            # Nor a body where something is (在香港交易所上市): it is a place there.
            while k >= 0 and (
                self.mentions[of_type[k]].end > pos
                or self.inside.covers(self.mentions[of_type[k]].start)
                or self.interviewer(self.mentions[of_type[k]])
                or (type_ == "org" and self._located(self.mentions[of_type[k]]))
            ):
                k -= 1
            if k >= 0:
                best = max(best, of_type[k])
        return best


_BYLINE = re.compile(r"(?:^|\n)\s*(?:文|作者|撰文)\s*[／/|丨:：]\s*")


def _byline_author(key: str, mentions: list[_Mention]) -> str | None:
    """The person named in a column's byline (``文／林思遠``): who ``我`` is."""
    m = _BYLINE.search(key[:400])
    if m is None:
        return None
    for mention in mentions:
        if mention.start == m.end() and mention.type == "person":
            return mention.name
    return None


def _unquoted(text: str) -> str:
    """``text`` without the quotations in it."""
    out, i = [], 0
    for s, e, _ in find_spans(text):
        out.append(text[i:s])
        i = e
    out.append(text[i:])
    return "".join(out)


def extract_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...] | list[Paragraph],
    tokens: list[Token],
    actors: list[Actor],
) -> list[Quote]:
    """Every quotation of the document, nested ones included, in order."""
    spans = {p.index: find_spans(p.text) for p in paragraphs}
    quoted = [(p.start + s, p.start + e) for p in paragraphs for s, e, _ in spans[p.index]]
    att = _Attributor(text, tokens, actors, quoted)
    quotes: list[Quote] = []
    last_speaker: dict[int, str | None] = {}
    for p in paragraphs:
        covered = sum(e - s for s, e, _ in spans[p.index])
        quote_only = bool(spans[p.index]) and spans[p.index][0][0] == 0
        quote_only = quote_only and covered >= 0.8 * len(p.text)
        prev = _Previous(p.start, None, p.start)
        said = False  # the paragraph quotes someone's words (not only terms)
        for s, e, close in spans[p.index]:
            start, end = p.start + s, p.start + e
            inner = p.text[s + 1 : close if close is not None else e]
            kind, speaker = _attribute(att, p, start, end, inner, prev)
            if kind is None and quote_only and p.index - 1 in last_speaker:
                kind, speaker = "speech", last_speaker[p.index - 1]
            elif kind is None and quote_only and s == 0:
                # 俞建平…。他打算…。¶「做了三十年茶…」: a paragraph of quotation after one
                # person was spoken of, nobody quoted, is theirs.
                speaker = _sole_person(att, *_spoken_of_before(att, paragraphs, p, start))
                kind = "speech" if speaker is not None else None
            if kind is None and _opens_sentence(text, start, p.start) and _sounds_said(inner):
                # A quoted sentence after S's indirect speech continues S (S 指出…。「…」).
                kind, speaker = "speech", _paragraph_speaker(att, p, start, prev)
            if kind is None and len(inner) >= 6 and text[end : end + 1] in ("。", "", "\n"):
                # S 認為，……。……，“…”。: a quote closing a sentence of S's reported view.
                continued = _paragraph_speaker(att, p, start, prev)
                if continued is not None:
                    kind, speaker = "speech", continued
            # What something reads (內容是「…」) is no one's words.
            content = text[start - 1 : start] == "是"
            if kind is None and (
                _FIRST_PERSON.search(inner) or (_sounds_said(inner) and not content)
            ):
                # 鍾美玲上月買了月餅券，「而家啲券變咗廢紙，我問佢哋…」: the words of
                # the one person the sentence is about, in the first person or said whole.
                speaker = _sole_person(att, att.sentence_start(start, p.start), start)
                kind = "speech" if speaker is not None else None
            alone = _opens_sentence(text, start, p.start) and not text[end : p.end].strip("。 ")
            spoken = _FIRST_PERSON.search(inner) or cantonese(inner, least=1)
            if speaker is None and kind != "term" and alone and spoken:
                # 他曾…。「我…」 or 付永強顯得很冷靜。¶「我們…」: a sentence of its own in
                # the first person, after one person was spoken of.
                speaker = _sole_person(att, *_spoken_of_before(att, paragraphs, p, start))
                kind = "speech" if speaker is not None else kind
            if kind is None:
                kind = "speech" if _sounds_said(inner) or quote_only else "term"
            if kind == "term":
                speaker = None
            quotes.append(Quote(inner, kind, speaker, p.index, start, end))
            if kind == "speech":
                said = True
                prev = _Previous(end, speaker, start)
                if speaker:
                    last_speaker[p.index] = speaker
            quotes.extend(_nested(att, p, s + 1, inner))
        ends_in_colon = p.text.endswith(("：", ":"))
        if p.index not in last_speaker and (not said or ends_in_colon):
            # S 表示：(its last verb) or S 表示，……。(its first), terms quoted or not:
            # a quote-only paragraph after it continues S.
            first = bisect.bisect_left(att.verb_starts, p.start)
            last = bisect.bisect_left(att.verb_starts, p.end) - 1
            order = [last] if ends_in_colon else range(first, min(last + 1, first + 3))
            for k in order:
                if k < first:
                    break
                vs = att.verbs[k][0]
                speaker = att.subject(att.sentence_start(vs, p.start), vs)
                if speaker is not None:
                    last_speaker[p.index] = speaker
                    break
    return _headline_speakers(att, quotes, paragraphs)


def _headline_speakers(
    att: _Attributor, quotes: list[Quote], paragraphs: Sequence[Paragraph]
) -> list[Quote]:
    """A headline's quote after a role and a colon (漁民：「…」), nobody named, is said by
    whoever says it in the body; so is one after a headline's one-character verb of saying
    (醫師嘆「…」, 官斥「…」), whose subject, when named, says it (衞生防護中心籲市民「…」)."""
    if not paragraphs:
        return quotes
    head = paragraphs[0]
    body = [(_bare(q.text), q.speaker) for q in quotes if q.paragraph != head.index]
    said = [(words, who) for words, who in body if who]
    out = []
    for q in quotes:
        colon = att.text[q.start - 1 : q.start] in ("：", ":")
        # 乘客：「…」: a role, not a name, before the colon; whoever says the words in the
        # body says them, rather than the one person the article gives that role.
        role = (
            colon
            and att.type_of(q.speaker or "") == "person"
            and att.mention_ending(q.start - 1) is None
        )
        if q.paragraph == head.index and (q.speaker is None or role):
            verb = None if colon else _headline_verb(att, head.start, q)
            if (colon and q.kind == "speech") or verb is not None:
                bare = _bare(q.text)
                speaker = next((who for body, who in said if bare in body), None)
                if speaker is None and colon and q.kind == "speech":
                    speaker = _echoed(bare, body)
                speaker = speaker or q.speaker
                if verb is not None:
                    named = att.mention_ending(verb)
                    speaker = named.name if named is not None else speaker
                    if att.key[verb - 1 : verb] == "互":
                        speaker = None  # 甲、乙互批「…」: each says it of the other
                q = replace(q, kind="speech", speaker=speaker)
        out.append(q)
    return out


def _echoed(bare: str, body: list[tuple[str, str | None]]) -> str | None:
    """Who says most of the headline's words in the body, shortened or reworded at the
    edges (總工程師：「要一幀一幀地還原」 for 「…現在要把數據一幀一幀地還原」); nobody when
    the body's closest words are no one's we can name."""
    best, who = 0, None
    for words, speaker in body:
        match = SequenceMatcher(None, bare, words, autojunk=False).find_longest_match()
        if match.size > best:
            best, who = match.size, speaker
    return who if best >= max(6, (len(bare) * 3 + 4) // 5) else None


# One-character verbs of saying that headlines use (官斥「…」, 全產總批「…」).
_HEADLINE_VERBS = "叹斥批吁轰促呛赞忧盼喊骂"
_HEADLINE_VERB = re.compile(rf"(?<=[\u4e00-\u9fff])[{_HEADLINE_VERBS}][\u4e00-\u9fff]{{0,6}}$")


def _headline_verb(att: _Attributor, floor: int, q: Quote) -> int | None:
    """Where a headline's one-character verb of saying stands in the clause before ``q``.

    None when the quote names a thing another verb acts on (籲推「預設同意」, 憂打「…戰」)
    or the words run on from it (「預設同意」機制).
    """
    start = q.start
    lo = max(floor, att.key.rfind(" ", floor, start) + 1, att.key.rfind("\u3000", floor, start) + 1)
    m = _HEADLINE_VERB.search(att.key, lo, start)
    after = att.tokens_from(q.end, q.end + 1)
    if m is None or (after and after[0].tag.startswith("n")):
        return None
    if att.key[m.start() - 1 : m.start() + 1] in _SPEECH_SET:
        return None  # 呼|籲: the end of a longer verb, which the usual rules read
    before = att.tokens_from(start - 1, start)
    acted_on = before and before[0].tag == "v" and len(before[0].word) == 1
    return None if acted_on and start - 1 != m.start() else m.start()


_RELATED = frozenset(("相关", "有关"))  # tagged as verbs, they describe the object

_LISTED = JOINERS | {"、", "以及"}


def _bare(text: str) -> str:
    """``text`` folded to simplified, without punctuation or spaces (to match a quote trimmed)."""
    return "".join(c for c in fold(text) if c.isalnum())


@dataclass(frozen=True, slots=True)
class _Previous:
    """Where the paragraph's last speech quote ended, who said it, and where it opened."""

    end: int
    speaker: str | None
    opened: int  # where that quote starts


def _nested(att: _Attributor, p: Paragraph, offset: int, inner: str) -> list[Quote]:
    """Quotations inside a quotation (『…』 in 「…」): a quoted saying, or a term.

    A clause is a saying, and so are words right after a verb of saying (跟我說
    『相信自己』) unless they are one set phrase (常講‘穩中求進’); words the
    sentence runs on from (為‘製造業回流’買單) are a term.
    """
    out = []
    for s, e, close in find_spans(inner):
        text = inner[s + 1 : close if close is not None else e]
        start = p.start + offset + s
        if _used_as_noun(att, text, start + e - s):
            kind = "term"
        elif _clause(text) or (
            _after_verb(att, start) and not att.set_phrase(start + 1, start + 1 + len(text))
        ):
            kind = "speech"
        else:
            kind = "term"
        speaker = _nested_speaker(att, p.start + offset, start) if kind == "speech" else None
        out.append(Quote(text, kind, speaker, p.index, start, start + e - s))
    return out


def _nested_speaker(att: _Attributor, lo: int, start: int) -> str | None:
    """處長邱文彬坦言：『…』 inside a quotation: the one named right before the verb."""
    before = att.key[lo:start].rstrip("：:，, ")
    verb = next((v for v in _SPEECH_LONGEST if before.endswith(v)), None)
    if verb is None:
        return None
    m = att.mention_ending(lo + len(before) - len(verb))
    return m.name if m is not None and m.start >= lo else None


def _after_verb(att: _Attributor, pos: int) -> bool:
    """A verb of saying ends right before ``pos`` (a colon may stand between)."""
    k = pos - 1 if att.key[pos - 1 : pos] in ("：", ":") else pos
    for v in _NESTED_VERBS:
        if att.key.startswith(v, k - len(v)):
            # 常說‘小院高牆’: what people habitually say is a catchphrase.
            return not att.key[max(0, k - len(v) - 2) : k - len(v)].endswith(_HABITUAL)
    return False


def _attribute(
    att: _Attributor, p: Paragraph, start: int, end: int, inner: str, prev: _Previous
) -> tuple[str | None, str | None]:
    """(kind, speaker) from the verbs around a quote; kind None when nothing says."""
    text = att.text
    key = att.key
    if any(key[max(p.start, start - len(c)) : start] == c for c in TERM_CUES):
        return "term", None
    if key[end : end + 3].startswith(TERM_CUES_AFTER) and not any(c in inner for c in _PUNCT):
        return "term", None
    if _used_as_noun(att, inner, end) and (
        key[end : end + 1] == "的" or not _predicate(att, start)
    ):
        return "term", None  # 「先授權歐洲、自營美國」的模式: a name for a plan
    if _GLOSSED.match(text, end) or _counted(att, start):
        return "term", None  # 「真實社群」（Truth Social）, 40餘支「滅蚊小分隊」: a name
    if _scheme(inner):
        return "term", None  # 「海魚養殖緊急援助計劃」: the name of a scheme
    headline, speaker = _colon_speaker(att, start, p.start)
    if headline:
        return "speech", speaker
    before = att.verb_before(start, p.start)
    after = att.verb_after(end, p.end)
    colon = text[max(p.start, start - 1) : start] in ("：", ":")
    starts_sentence = start == p.start or text[start - 1] in _SENTENCE_END + "，,"
    # S 提醒，「…」；該署也呼籲: a verb right before the quote is its verb.
    starts_sentence = starts_sentence and not (before is not None and start - before[1] <= 1)
    # S 指出，……，「…。」黨團立委T則表示: words that end S's sentence are S's; the verb
    # after them opens the next sentence, unless its speaker is named right after the
    # words (「…？」T透露).
    ends = inner.endswith(("。", "！", "？"))
    if before is not None and after is not None and ends:
        named = att.mention_ending(after[0])
        # 「…。」運動部回應，相關經費…: the verb after opens a statement of its own.
        pause, then = text[after[1] : after[1] + 1], text[after[1] + 1 : after[1] + 2]
        opens = pause != "" and pause in "，,：:" and then not in PAIRS
        if named is None or named.start != end or opens:
            after = None
    elif colon and after is not None and ends:
        # 發文致謝：「…。」唱片公司也…表示: words a colon brings in; the next sentence's
        # speaker says something too. (「…。」陳大文昨日表示 names the colon's speaker.)
        also = any(c in key[end : after[0]] for c in "也亦")
        if also or att.subject(end, after[0]) is None:
            after = None
    speaker: str | None = None
    role = False  # an unnamed role speaks (代表被告的大律師稱)
    # 「…」服務區一名工作人員告訴記者：「…」: an unnamed speaker's verb that opens the
    # next quote; this one continues whoever spoke before it.
    opens_next = after is not None and before is None and starts_sentence
    opens_next = opens_next and _OPENS_WITH_COLON.match(key, after[1]) is not None
    opens_next = opens_next and not _joined(key, after[0]) and not _has_role(key[end : after[0]])
    if opens_next and att.subject(end, after[0]) is None:
        return None, None
    if after is not None and (before is None or (starts_sentence and not colon)):
        speaker = att.subject(end, after[0])
        if speaker is None and before is not None:
            # “…”，並喊話國會: the verb after has no subject of its own.
            after = None
        elif (
            speaker is None and _joined(key, after[0]) and not _subject_before_joiner(att, after[0])
        ):
            # 他感謝X「…」，並說: the sentence's subject says both.
            speaker = att.subject(att.sentence_start(start, p.start), start)
    if after is not None and (before is None or (starts_sentence and not colon)):
        verb_gap = after[0] - end
    elif before is not None:
        if before[1] <= prev.end:
            # S 稱，“a”，“b”: the verb before the first quote covers the second.
            speaker = prev.speaker
        else:
            lo = max(att.sentence_start(before[0], p.start), prev.end)
            verb = before
            # S 指出，……，並喊話 X「…」: a verb joined by 並/也 has the first verb's subject.
            while _joined(key, verb[0]):
                earlier = att.verb_before(verb[0] - 1, lo)
                if earlier is None or earlier[1] > verb[0] - 1:
                    break
                if _subject_before_joiner(att, verb[0]):
                    break  # 該局也呼籲: the second verb has a subject of its own
                verb = earlier
            speaker = att.subject(lo, verb[0])
            if speaker is not None and att.type_of(speaker) == "org":
                speaker = _reporter(att, lo, verb[0]) or speaker
            # 她斥被告「…」，又說：「…」: the verb joins the one before the last quote.
            continues = lo == prev.end and key[lo : lo + 1] in "，,"
            joined = speaker is None and continues and _joined(key, verb[0])
            if joined and not _subject_before_joiner(att, verb[0]):
                # …「a」，並說：「b」: whoever said a, else the subject before a.
                speaker = prev.speaker or att.subject(
                    att.sentence_start(prev.opened, p.start), prev.opened
                )
            elif speaker is None and continues and _adverbs_only(att, lo + 1, verb[0]):
                # 他稱「…」，已建議…「…」: the same subject goes on; 她對員工「…」，稱「…」:
                # the subject before an unattributed quote, too.
                speaker = prev.speaker or att.subject(
                    att.sentence_start(prev.opened, p.start), prev.opened
                )
            role = speaker is None and _has_role(key[lo : verb[0]])
        verb_gap = start - before[1]
    else:
        speaker = _colon_subject(att, p, start)
        return ("speech", speaker) if speaker is not None and _clause(inner) else (None, None)
    embedded = verb_gap > 1 and not any(c in inner for c in _PUNCT)
    if embedded and len(inner) <= 3:
        return "term", None  # a name for something inside the reported words
    # Nobody named: words read as said only when they are not a bare noun phrase.
    if (
        embedded
        and speaker is None
        and not role
        and (not _clause(inner) or att.noun_phrase(start + 1, start + 1 + len(inner)))
    ):
        return "term", None
    return "speech", speaker


# What a named scheme, plan or law ends in.
_SCHEMES = (
    "方案", "计划", "计画", "政策", "条例", "法案", "专案", "倡议", "战略", "行动", "工程",
    "基金", "机制", "框架", "规划", "纲要",
)  # fmt: skip


def _scheme(inner: str) -> bool:
    """The name of a scheme, plan or law: no clause words in it (not 已有具體方案)."""
    simp = fold(inner)
    return len(inner) >= 5 and simp.endswith(_SCHEMES) and not set(simp) & _CLAUSE_WORDS


_CLAUSE_WORDS = set(_PUNCT + "的有是都已并无没不会将要在嘅冇系咗唔")
# Words that open a new sentence, after a quote that ended one (「…？」對此，X回應).
_NEW_SENTENCE = ("对此", "不过", "但", "然而", "此外", "另外", "同时", "随后", "其后", "事后")
# Words that join a second verb to the first one's subject (並喊話, 也強調).
_JOINERS = ("并", "也", "还", "又", "亦", "更", "再", "同时", "但")


def _colon_subject(att: _Attributor, p: Paragraph, start: int) -> str | None:
    """他仍難掩激動：「…」, X給記者算了一筆賬：……，「…」: a colon in the quote's sentence
    with no verb of saying; the subject of the clause before it speaks."""
    lo = att.sentence_start(start, p.start)
    colon = max(att.key.rfind("：", lo, start), att.key.rfind(":", lo, start))
    if colon <= lo:
        return None
    return att.subject(lo, colon)


def _reporter(att: _Attributor, lo: int, verb_start: int) -> str | None:
    """X處長Y表示，體育處將要求…，「…」: a body's verb inside what a person reports; the
    person says the quote."""
    outer = att.verb_before(verb_start - 1, lo)
    if outer is None or att.key[outer[1] : outer[1] + 1] not in "，,":
        return None
    k = bisect.bisect_left(att.pronoun_starts, outer[1])
    if k < len(att.pronouns) and att.pronoun_starts[k] < verb_start:
        return None  # …提醒…；該局也呼籲: the body speaks for itself
    who = att.subject(lo, outer[0])
    return who if who is not None and att.type_of(who) == "person" else None


def _joined(key: str, verb_start: int) -> bool:
    return key[max(0, verb_start - 2) : verb_start].endswith(_JOINERS)


def _adverbs_only(att: _Attributor, start: int, end: int) -> bool:
    """[start, end) holds adverbs or nothing (已, 亦已): no subject of its own."""
    toks = att.tokens_from(start, end)
    ends = not toks or toks[-1].end == end
    return ends and all(t.tag in ("d", "ad") for t in toks)


def _subject_before_joiner(att: _Attributor, verb_start: int) -> bool:
    """An actor, a pronoun or a writing right before the joiner (該局|也|呼籲, 聲明|又|表示)."""
    head = att.key[max(0, verb_start - 2) : verb_start]
    joiner = next(j for j in _JOINERS if head.endswith(j))
    at = verb_start - len(joiner)
    writing = _WRITING_SAYS.search(att.key, max(0, at - 3), at) is not None
    return att.mention_ending(at) is not None or att.pronoun_ending(at) or writing


def _has_role(phrase: str) -> bool:
    from reader.core.wordlists import words

    return any(t in phrase for t in words("titles"))


def _used_as_noun(att: _Attributor, inner: str, end: int) -> bool:
    """“上熱下冷”的現象, “基層首診”能否落地: quoted words the sentence runs on from.

    Words someone said end where the sentence pauses; a quote the text runs straight
    on from is a name used inside the sentence, unless its speaker follows (“…”他說).
    """
    if any(c in inner for c in _CLAUSE_PUNCT):
        return False
    nxt = att.key[end : end + 1]
    if not nxt or not CJK.match(nxt) or nxt in _AFTER_SAYING:
        return False
    return not att.names_at(end)


_GLOSSED = re.compile(rf"\s*[（(]\s*[{LETTER}][{LETTER} .'&-]*[)）]")


def _counted(att: _Attributor, start: int) -> bool:
    """A measure word right before the quote: it names a thing counted (一次「翻盆倒罐」)."""
    i = bisect.bisect_left(att.token_starts, start) - 1
    if i < 0 or att.tokens[i].end != start:
        return False
    t = att.tokens[i]
    if t.word.endswith(_UNITS):
        return False  # 過去10年「…」, 最後15米「…」: a time or a length, not a count of things
    return t.tag in ("m", "q", "mq") and not att.key.startswith(SPEECH_NOUNS, t.start)


_UNITS = (
    "年", "月", "日", "天", "周", "小时", "分钟", "秒", "岁", "号", "米", "公里", "公尺", "英里",
)  # fmt: skip


def _colon_earlier(att: _Attributor, start: int, floor: int) -> tuple[bool, str | None]:
    """鮑爾：降息「不急」, 能源署：環社檢核「不會放水」: who speaks before a colon
    earlier in the same clause speaks the quote."""
    lo = max(floor, start - 12)
    colon = max(att.key.rfind("：", lo, start), att.key.rfind(":", lo, start))
    if colon < 0 or any(c in att.key[colon + 1 : start] for c in _PUNCT + '“「『"　 '):
        return False, None
    # In the body, only someone named or pointed to: 活動主題：推廣「綠色生活」 is a label.
    said, speaker = _colon_speaker(att, colon + 1, floor)
    return (said, speaker) if speaker is not None or floor == 0 else (False, None)


def _predicate(att: _Attributor, start: int) -> bool:
    """教育部“不提倡、不鼓勵”, 政府會「積極研究」: quoted words that are what someone does."""
    i = bisect.bisect_left(att.token_starts, start) - 1
    if i >= 0 and att.tokens[i].end == start and att.tokens[i].word in MODALS:
        return True
    i = bisect.bisect_left(att.token_starts, start + 1)
    if i >= len(att.tokens):
        return False
    first = att.tokens[i]
    # 不, 完全, 強烈: words that act, not a name; a modal, after someone named.
    if first.tag in ("d", "ad"):
        return True
    named = att.mention_ending(start) is not None or att.pronoun_ending(start)
    return named and first.word in MODALS


# Modal verbs that open what an actor says it will or must do (署方「會密切留意」).


def _colon_speaker(att: _Attributor, start: int, floor: int) -> tuple[bool, str | None]:
    """``北市府：「…」``, ``法官：「…」``: who speaks before a colon, headline style.

    Returns (the quote is speech, its speaker). The words before the colon name an
    actor, an actor with a verb of saying (總統府賀電), a role the article names
    one person in (法官 … 法官譚詠芝), or a short form of one organisation (中原 for
    中原地產); a short phrase nobody is named for still says the quote is speech.
    """
    if start - 1 < floor or att.text[start - 1] not in "：:":
        return _colon_earlier(att, start, floor)
    colon = start - 1
    m = att.mention_ending(colon)
    if m is not None:
        role = title_before(att.key, m.start)
        before = m.start - len(role) if role and m.type == "person" else m.start
        if att.key[max(floor, before - 2) : before].endswith(_ADDRESSING):
            return False, None  # 喊話江啟明：「…」: the one spoken to; the verb's subject speaks
        return True, m.name
    for word in _SAYING_BEFORE_COLON:
        if att.key.startswith(word, colon - len(word)):
            m = att.mention_ending(colon - len(word))
            # 對韓聯社表示：the medium listens; 在LinkedIn發文：the place it is written
            placed = m is not None and att.after_preposition(m.start)
            if m is not None and not att.interviewer(m) and not placed:
                return True, m.name
    # ORG + role: the person the article names in that role.
    for k in range(start - 2, max(floor, start - 8) - 1, -1):
        org = att.mention_ending(k)
        if org is not None and org.type == "org" and _is_role(att.key[k:colon]):
            return True, att.role_holder(org, colon)
    verb = att.verb_before(colon, floor)
    if verb is not None and verb[1] == colon:
        return False, None  # 德雷薩賽後說：a verb of saying; its subject is found the usual way
    phrase_start = colon
    while phrase_start > floor and CJK.match(att.key[phrase_start - 1]):
        phrase_start -= 1
    phrase = att.key[phrase_start:colon]
    if not 2 <= len(phrase) <= 6 or (phrase_start > floor and att.key[phrase_start - 1] != " "):
        return False, None
    if _is_role(phrase):
        return True, att.holder_of(phrase)
    # 開幕片導演, 男主角: the article names one person right after the phrase or its end.
    for k in range(len(phrase) - 1):
        if holder := att.holder_of(phrase[k:]):
            return True, holder
    return True, att.org_starting(phrase)


# A verb's clause that ends in a colon (告訴記者：): it opens the words after it.
_OPENS_WITH_COLON = re.compile(r"[^，。！？；：,!?;:「」“”]{0,6}[：:]")
# Verbs of speaking to someone: who follows them is spoken to (喊話X：, 告訴X：).
_ADDRESSING = ("喊话", "呼吁", "告诉", "提醒", "质问", "反问", "问", "对", "向", "敦促", "警告")
# A verb or noun of saying between a speaker and a headline's colon (總統府賀電：).
_SAYING_BEFORE_COLON = (
    "贺电", "声明", "回应", "表示", "称", "说", "强调", "指出", "发文", "喊话", "重申",
)  # fmt: skip


def _is_role(s: str) -> bool:
    from reader.core.wordlists import words

    return s in words("titles")


def _opens_sentence(text: str, start: int, floor: int) -> bool:
    return start == floor or text[start - 1] in _SENTENCE_END


_FIRST_PERSON = re.compile("[我咱]")


def _spoken_of_before(
    att: _Attributor, paragraphs: Sequence[Paragraph], p: Paragraph, start: int
) -> tuple[int, int]:
    """Where someone was spoken of before a quote that opens a sentence at ``start``:
    its paragraph so far, or the last sentence of the paragraph before."""
    if start > p.start:
        return p.start, start
    before = [q for q in paragraphs if q.end <= p.start]
    if not before:
        return start, start
    last = before[-1]
    return att.sentence_start(last.end - 1, last.start), last.end


def _sole_person(att: _Attributor, lo: int, hi: int) -> str | None:
    """The one actor named or referred to in [lo, hi), when it is a person."""
    first = bisect.bisect_left(att.starts, lo)
    last = bisect.bisect_left(att.starts, hi)
    named = {m.name for m in att.mentions[first:last] if m.end <= hi}
    first = bisect.bisect_left(att.pronoun_starts, lo)
    last = bisect.bisect_left(att.pronoun_starts, hi)
    named |= {att.resolve_pronoun(s, w) for s, e, w in att.pronouns[first:last] if e <= hi}
    if len(named) != 1:
        return None
    who = next(iter(named))
    return who if who is not None and att.type_of(who) == "person" else None


def _paragraph_speaker(att: _Attributor, p: Paragraph, start: int, prev: _Previous) -> str | None:
    """Who the paragraph reports before ``start``: its last speech verb's subject; nobody
    when unnamed people open the quote's sentence (有法國網友調侃：「…」)."""
    if _SOME_PEOPLE.match(att.key, att.sentence_start(start, p.start), start):
        return None
    if prev.speaker:
        return prev.speaker
    k = bisect.bisect_left(att.verb_starts, start) - 1
    if k < 0 or att.verbs[k][0] < p.start:
        return None
    vs = att.verbs[k][0]
    return att.subject(att.sentence_start(vs, p.start), vs)


def _clause(inner: str) -> bool:
    """Quoted words that read as said rather than named: punctuation or running text."""
    return any(c in inner for c in _PUNCT) or len(inner) >= 5


def _sounds_said(inner: str) -> bool:
    """Unattributed words that read as a sentence rather than a term.

    Cantonese particles mark the spoken language: whoever said them, they were said.
    """
    return (
        len(inner) >= 12
        or (len(inner) >= 8 and any(c in inner for c in "，。！？,!?；"))
        or cantonese(inner, least=1)
    )
