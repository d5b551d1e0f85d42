"""Actors written in Latin script: runs of capitalised words, kept whole.

``Anthropic CEO Dario Amodei`` is split at the role into an organisation and a
person; a single unknown word is an organisation only when its context says so
(``初創公司Vectara``, ``Vectara CEO``); ``Scale``, ``Scale AI`` and ``Scale.ai``
are one organisation.
"""

from __future__ import annotations

import re

from reader.core import lexicon as lexicon_mod
from reader.core.entities import LETTER, Context, Entity, Registry, SpanIndex
from reader.core.glosses import LATIN_STOP
from reader.core.lexicon import Lexicon
from reader.core.names import person_shaped_latin
from reader.core.organisations import CATEGORY_WORDS, ORG_WORDS_LATIN

# Context that makes an unknown Latin word an organisation.
ORG_CUES_AFTER = (
    "公司", "集团", "的ceo", "ceo", "首席执行官", "创始人", "联合创始人", "发言人", "旗下", "股价",
    "的股价", "的服务条款", "的安全研究人员", "的研究人员", "的高管", "总部", "官网",
)  # fmt: skip
ORG_CUES_BEFORE = (
    "公司", "企业", "创企", "厂商", "平台", "媒体", "机构", "实验室", "巨头", "初创公司",
    "竞争对手", "投资方", "母公司", "组织", "旗下的", "集团", "银行",
    "商",  # 電池製造商, 電信運營商, 開發商
    *CATEGORY_WORDS,
)  # fmt: skip
# Kinds of body only, never of people: what follows is an organisation however it looks.
BODY_BEFORE = ("公司", "企业", "机构", "集团", "银行", "平台", "实验室", "组织", "商")
PRODUCT_CUES = ("模型", "系列", "芯片", "版本", "应用", "大模型")

_TOKEN = rf"(?:[A-Z]\.(?= [A-Z])|[{LETTER}][{LETTER}0-9]*(?:[&'.\-][{LETTER}0-9]+)*)"
_RUN = re.compile(rf"(?<![{LETTER}0-9@/.]){_TOKEN}(?: {_TOKEN})*(?![{LETTER}0-9@])")


def from_latin(ctx: Context, reg: Registry, lex: Lexicon) -> None:
    """Runs of capitalised Latin words: whole names, split at roles and numbers."""
    persons: list[tuple[int, int]] = []
    singles: list[tuple[int, int]] = []
    read = SpanIndex(ctx.read_glosses)
    for m in _RUN.finditer(ctx.simp):
        if ctx.in_latin_prose(m.start()) or read.overlaps(m.start(), m.start() + 1):
            continue
        for s, e in _split_run(ctx.simp, m.start(), m.end()):
            word = ctx.simp[s:e]
            if lexicon_mod.key(word) in reg.by_key or lex.get(word):
                continue
            if word.lower() in LATIN_STOP or re.search(r"\d", word) or not word[0].isupper():
                continue
            ws = word.split()
            if len(ws) > 1 and ws[-1].lower() in ORG_WORDS_LATIN:
                reg.add(word, "org")
            elif person_shaped_latin(word) and ctx.before(s, 8).rstrip().endswith(BODY_BEFORE):
                reg.add(word, "org")  # 做市商Aurora Quant: a body's kind before the name
            elif person_shaped_latin(word):
                if not _product_context(ctx, s, e):
                    persons.append((s, e))
            elif len(ws) == 1 and len(word) > 1:
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


def _product_context(ctx: Context, start: int, end: int) -> bool:
    before = ctx.before(start, 4).rstrip()
    after = ctx.after(end, 4).lstrip()
    return before.endswith(PRODUCT_CUES) or after.startswith(PRODUCT_CUES)


def _org_context(ctx: Context, start: int, end: int, reg: Registry) -> bool:
    after = ctx.after(end, 24).lstrip()
    before = ctx.before(start, 8).rstrip()
    if after.startswith(ORG_CUES_AFTER):
        return True
    if before.endswith(ORG_CUES_BEFORE):
        return not after.startswith(PRODUCT_CUES)
    # "X的 <a person>": the person works for X.
    if after.startswith("的"):
        rest = after[1:]
        return any(
            rest.startswith(k) and ent.type == "person"
            for k, ent in reg.by_key.items()
            if len(k) > 2
        )
    return False


def merge_org_variants(reg: Registry) -> None:
    """``Scale`` = ``Scale AI`` = ``Scale.ai``, ``Kinetra`` = ``Kinetra Robotics``: one Latin
    org under suffix variants."""
    stems: dict[str, Entity] = {}
    for ent in reg.entities():
        if ent.type != "org":
            continue
        for k in list(ent.forms):
            if not k.isascii():
                continue
            stem = re.sub(r"(?:[ .](?:ai|inc\.?|corp\.?|com|io))$", "", k)
            head, _, last = stem.rpartition(" ")
            if head and last in ORG_WORDS_LATIN:
                stem = head  # Kinetra = Kinetra Robotics
            other = stems.get(stem)
            if other is not None and other is not ent:
                ent = reg.merge(other, ent)
            stems[stem] = ent
