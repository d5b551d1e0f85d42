"""Shorter names of an actor the article already named in full.

``Dario`` → ``Dario Amodei`` and ``可汗`` → ``莉娜·M·可汗`` (a part of one person's
name), ``陳執行長`` → ``艾琳·陳`` (a surname with a role), ``江城隊`` → ``武漢江城隊``
and ``氣象署`` → ``中央氣象署`` (an organisation without its place). Each link is
made only when exactly one actor owns the short form. A department named after
its organisation (``北京大學公共衛生學院``, ``中原地產研究部``) is a mention of it,
and so is the usual abbreviation of an organisation's name (``台鐵工會`` for
``台灣鐵路工會``, ``中選會`` for ``中央選舉委員會``).
"""

from __future__ import annotations

import re

from reader.core.entities import CJK, RARE, Context, Entity, Registry, part_boundary
from reader.core.lexicon import Lexicon
from reader.core.names import (
    common_given,
    japanese_family,
    name_ending_after,
    native_name,
    surname_of,
    surname_with_title,
    surnames,
    title_before,
)
from reader.core.organisations import OWNERSHIPS, org_endings
from reader.core.wordlists import longest_first, word_set, words


def link_name_parts(ctx: Context, reg: Registry) -> None:
    """``Dario`` → ``Dario Amodei``, ``可汗`` → ``莉娜·M·可汗``, ``芷晴`` → ``司徒芷晴``: when
    one person owns the part."""
    owners: dict[str, list[Entity]] = {}
    for ent in reg.entities():
        if ent.type != "person":
            continue
        parts: set[str] = set()
        for k in list(ent.forms):
            if " " in k:
                ws = k.split()
                parts.update(w for w in (ws[0], ws[-1]) if len(w) > 2)
            elif "·" in k:
                # The family name (馬斯克), or the given name (莎卡 of 莎卡·嘉拉瓦安).
                segs = [s for s in k.split("·") if len(s) >= 2]
                if segs:
                    parts.update((segs[0], segs[-1]))
            elif family := japanese_family(k):
                # 吉永 for 吉永健一: a Japanese is called by family name, which may have
                # been read as a Chinese name of its own (吉|永).
                alone = reg.by_key.get(family)
                if alone is not None and alone.type == "person" and set(alone.forms) == {family}:
                    reg.merge(ent, alone)
                parts.add(family)
            elif native_name(k) and _rare_given(ctx, given := k[len(surname_of(k)) :]):
                parts.add(given)  # 芷晴 for 司徒芷晴, 家朗 for 張家朗
        for p in parts:
            if p not in reg.by_key:
                owners.setdefault(p, []).append(ent)
    for part, ents in owners.items():
        if len({id(e) for e in ents}) != 1:
            continue
        ent = ents[0]
        for m in re.finditer(re.escape(part), ctx.key):
            if part_boundary(ctx, m.start(), m.end(), part):
                ent.forms.setdefault(part, ctx.text[m.start() : m.end()])
                ent.short_forms.add(part)
                reg.by_key[part] = ent
                break


def _rare_given(ctx: Context, given: str) -> bool:
    """A two-character given name no common word shares (芷晴, not 建國)."""
    return len(given) == 2 and not common_given(ctx, given, RARE - 1)


def people_by_surname(reg: Registry) -> dict[str, list[Entity]]:
    """The people of the article under each surname their Chinese names carry."""
    single, compound = surnames()
    by_surname: dict[str, list[Entity]] = {}
    for ent in reg.entities():
        if ent.type != "person":
            continue
        names = {k.rsplit("·", 1)[-1] if "·" in k else k for k in ent.forms if not k.isascii()}
        for s in {surname_of(n) for n in names if n}:
            if s in single or s in compound:
                by_surname.setdefault(s, []).append(ent)
    return by_surname


def link_surname_roles(ctx: Context, reg: Registry) -> None:
    """``陳執行長``: the one person of the article with that surname, in that role or not."""
    compound = surnames()[1]
    by_surname = people_by_surname(reg)
    for m in surname_with_title().finditer(ctx.key):
        k = m.group()
        t = ctx.tokens[ctx.token_index(m.start())]
        if k in reg.by_key or t.start < m.start():
            continue  # 首席|分析師: the surname ends a word
        if k in word_set("titles"):
            continue  # 西貢|區議員: a role of its own, no surname in it
        sur = k[:2] if k[:2] in by_surname and k[:2] in compound else k[:1]
        people = list({id(e): e for e in by_surname.get(sur, [])}.values())
        if len(people) > 1:
            # 鄭部長, with 鄭英耀 and 鄭書瑋 in the article: the one named in that role.
            people = [p for p in people if _named_as(ctx, p, k[len(sur) :])]
        _give_to_one(ctx, reg, people, m)


def _named_as(ctx: Context, person: Entity, role: str) -> bool:
    """Somewhere the article names ``person`` right after ``role`` (教育部長|鄭英耀) or
    right before it (館主麥志雄|師傅)."""
    for k in person.forms:
        if k.isascii() or len(k) < 2:
            continue
        for m in re.finditer(re.escape(k), ctx.key):
            before = title_before(ctx.simp, m.start())
            if (before is not None and before.endswith(role)) or ctx.key.startswith(role, m.end()):
                return True
    return False


def link_familiar_names(ctx: Context, reg: Registry) -> None:
    """``老潘``, ``小林``: the one person of the article with that surname, called familiarly."""
    by_surname = people_by_surname(reg)
    single = surnames()[0]
    for m in _FAMILIAR.finditer(ctx.key):
        k = m.group()
        if k in reg.by_key or k[1] not in single or not _stands_alone(ctx, m.start(), m.end()):
            continue
        _give_to_one(ctx, reg, by_surname.get(k[1], []), m)


def link_gendered_surnames(reg: Registry) -> None:
    """``陳女``, ``蔡男``, ``崔姐``: the one other person of the article with
    that surname."""
    by_surname = people_by_surname(reg)
    for ent in reg.entities():
        k = next(iter(ent.forms))
        if ent.type != "person" or len(ent.forms) != 1 or len(k) < 2 or k[-1] not in _GENDERED:
            continue
        others = {id(p): p for p in by_surname.get(k[:-1], []) if p is not ent}
        if len(others) == 1:
            reg.merge(next(iter(others.values())), ent)


# 陳女, 蔡男 in court reports; 崔姐, 李叔 among neighbours and colleagues.
_GENDERED = set("男女姐哥叔姨嫲")


def _give_to_one(ctx: Context, reg: Registry, people: list[Entity], m: re.Match[str]) -> None:
    """The form ``m`` matched is a name of the one person in ``people``, if only one."""
    owners = {id(e): e for e in people}
    if len(owners) == 1:
        ent = next(iter(owners.values()))
        ent.forms.setdefault(m.group(), ctx.text[m.start() : m.end()])
        reg.by_key[m.group()] = ent


_FAMILIAR = re.compile(r"[老小][\u4e00-\u9fff]")


def _stands_alone(ctx: Context, start: int, end: int) -> bool:
    """No Han character runs into [start, end), and a name ending follows within a few
    characters (老潘|笑著|說)."""
    before = ctx.simp[start - 1 : start]
    if before and CJK.match(before) and before not in "的，、":
        return False
    return any(
        name_ending_after(ctx.simp, k) and all(CJK.match(c) for c in ctx.simp[end:k])
        for k in range(end, end + 3)
    )


def link_nicknames(ctx: Context, reg: Registry) -> None:
    """外號「阿鬼」的游擊手胡冠霆, 冼福根，街坊都叫他「根叔」, 同事都叫他Kevin: the
    nickname is the person's.

    The person named next after it in the sentence, else the one named last before it.
    """
    people = [(k, e) for e in reg.entities() if e.type == "person" for k in e.forms if len(k) > 1]
    for m in _NICKNAME.finditer(ctx.key):
        group = 1 if m.group(1) else 2
        nick = m.group(group)
        if nick in reg.by_key or (group == 2 and not ctx.text[m.start(2)].isupper()):
            continue
        lo = max(ctx.key.rfind(c, 0, m.start()) for c in "。！？\n") + 1
        hi = min(
            (i for c in "。！？\n" if (i := ctx.key.find(c, m.end())) >= 0), default=len(ctx.key)
        )
        found = [(i, e) for k, e in people if (i := ctx.key.find(k, lo, hi)) >= 0]
        after = [f for f in found if f[0] >= m.end()]
        target = (
            min(after, key=lambda f: f[0])
            if after
            else max(found, default=None, key=lambda f: f[0])
        )
        if target is None and "叫" in m.group():
            # 同事都叫他Kevin: 他 is the one named last before.
            before = [(i, e) for k, e in people if (i := ctx.key.rfind(k, 0, lo)) >= 0]
            target = max(before, default=None, key=lambda f: f[0])
        if target is not None:
            ent = target[1]
            # Named by the name, not the nickname, however long (溫子謙, not Kevin).
            ent.canonical = ent.canonical or _best_named(ent)
            ent.forms.setdefault(nick, ctx.text[m.start(group) : m.end(group)])
            reg.by_key[nick] = ent


def _best_named(ent: Entity) -> str:
    return max(ent.forms.values(), key=len)


_NICKNAME = re.compile(
    r"(?:外号|绰号|人称|昵称|叫他|叫她|称他为|称她为)"
    r"(?:[“「\"]([^”」\"]{1,6})[”」\"]|([a-z]{3,12})(?![a-z]))"  # 「阿鬼」, or Kevin
)


def link_org_short_forms(ctx: Context, reg: Registry, heads: dict[str, int]) -> None:
    """``江城隊`` → ``武漢江城隊``: an organisation named again without its leading place.

    ``heads`` maps an organisation's key to the length of that leading place.
    """
    named: dict[str, list[str]] = {}
    for k, cut in heads.items():
        named.setdefault(_without_place(k, cut), []).append(k)
    one_place = {s: _one_place([k[: heads[k]] for k in keys]) for s, keys in named.items()}
    for short, keys in named.items():
        if one_place[short]:
            for k in keys[1:]:  # 台中市私立|梧棲民俗文物館, 台中|梧棲民俗文物館: one body
                reg.merge(reg.by_key[keys[0]], reg.by_key[k])
    for k, cut in heads.items():
        short = _without_place(k, cut)
        cut = len(k) - len(short)
        ent = reg.by_key.get(k)
        if ent is None or len(short) < 3 or not one_place[short]:
            continue  # 台北市衛生局 and 新北市衛生局: a bare 衛生局 could be either
        other = reg.by_key.get(short)
        if other is not None:
            # Found on its own (江城隊主帥) before the full name was known.
            # A name of several governments' bodies (教育部) is this one's here.
            if other.type == "org" and (other.canonical is None or not other.canonical.isascii()):
                reg.merge(ent, other)
            continue
        pattern = f"(?<!{re.escape(k[:cut])}){re.escape(short)}"
        for m in re.finditer(pattern, ctx.key):
            # Not the end of another body's name (錫東農村商業銀行 for 蘇南農村商業銀行),
            # nor its team after it (北京大學|代表隊 for 香港代表隊).
            known = ctx.known()
            if not known.encloses(m.start(), m.end()) and not known.ends_at(m.start()):
                ent.forms.setdefault(short, ctx.text[m.start() : m.end()])
                reg.by_key[short] = ent
                break


def _one_place(heads: list[str]) -> bool:
    """The places these bodies are named with are one: 台中市, 台中 and 台中市私立; not
    新竹縣 and 新竹市."""
    for ownership in OWNERSHIPS:
        heads = [h.removesuffix(ownership) for h in heads]
    levels = {h[-1] for h in heads if h and h[-1] in "省市县区"}  # 市立|美術館: no head
    return len({h.rstrip("省市县区") for h in heads}) == 1 and len(levels) <= 1


def _without_place(key: str, cut: int) -> str:
    """The name without its leading place, and the government of it (台南市政府|水利局)."""
    short = key[cut:]
    government = re.match(r"[省市县区]?政府", short)
    return short[government.end() :] if government and len(short) - government.end() >= 3 else short


# Endings of a department of an organisation (研究部, 學院, 分行), and how long
# its own name may be: a long-named institute is a body of its own.
DEPARTMENTS = (
    "部",
    "处",
    "科",
    "系",
    "组",
    "学院",
    "研究所",
    "研究中心",
    "分行",
    "分公司",
    "董事会",
)
_DEPARTMENT_MAX = 8


def link_departments(reg: Registry) -> None:
    """``中原地產研究部`` → ``中原地產``: a department is a mention of its organisation."""
    endings = org_endings()
    for ent in reg.entities():
        if ent.type != "org":
            continue
        for k in list(ent.forms):
            parent = _parent_key(reg, k, endings)
            if parent is None:
                continue
            owner = reg.by_key.get(parent)
            if owner is None:
                owner = reg.add(ent.forms[k][: len(parent)], "org")
            # The organisation shows by its own name, even where only its departments
            # are mentioned.
            owner.canonical = owner.canonical or owner.forms[parent]
            if owner.type == "org" and owner is not ent:
                ent = reg.merge(owner, ent)


def _parent_key(reg: Registry, k: str, endings: tuple[str, ...]) -> str | None:
    """The organisation ``k`` is a department of, or None."""
    if k.isascii() or not k.endswith((*DEPARTMENTS, _COMMITTEE)):
        return None
    # A department's own name has three characters or more (研究部, 商學院): 辦|事處 is none.
    cuts = range(max(2, len(k) - _DEPARTMENT_MAX), len(k) - 2)
    # A body the article names opens the department's name; a longer one only when it
    # holds no body's ending (中研院|生物多樣性研究中心, not 農業部|農田水利署桃園管理處).
    # So does it a committee's (立法院|交通委員會).
    for cut in range(len(k) - 3, 1, -1):
        known = reg.by_key.get(k[:cut])
        if known is None or known.type != "org":
            continue
        committee = k.endswith(_COMMITTEE)
        if committee and (len(k) - cut < 5 or k[:cut].endswith("党")):
            continue  # 歐盟|委員會, 國民黨|組織發展委員會: bodies of their own
        if (cut in cuts and not committee) or not _holds_a_body(k[cut:]):
            return k[:cut]
    if k.endswith(_COMMITTEE):
        return None
    # The shortest body name: 香港理工大學|物流及航運學系, not 香港理工大學物流|及航運學系;
    # a government's (屏東縣政府|農業處); a longer department only of a government's
    # body (湖北省教育廳|體育衛生與藝術教育處).
    for cut in range(3, len(k) - 2):
        parent = k[:cut]
        body = parent.endswith(endings) or parent.endswith("政府")
        if not body or parent.endswith(DEPARTMENTS):
            continue
        trade = parent.endswith(longest_first("company_suffixes"))
        if trade and k.endswith(("科", *_BODIES_OF_THEIR_OWN)):
            # 醫院|眼科, 大隊|火災調查科; not 網絡安全及科技|罪案調查科, nor 山西古建築|
            # 保護研究所, where a trade's ending stands inside a word.
            continue
        # 浙江省交通運|輸廳公路處: an ending read across words leaves a body in the rest.
        if _holds_a_body(k[cut:]):
            continue
        if cut in cuts or parent.endswith(_GOVERNMENT_ENDINGS):
            return parent
    return None


_COMMITTEE = "委员会"
# Departments that are bodies of their own after a company's name.
_BODIES_OF_THEIR_OWN = ("研究所", "研究中心", "学院")
_GOVERNMENT_ENDINGS = ("厅", "局", "署", "部", "政府")


def _holds_a_body(department: str) -> bool:
    """A department's name holds another body's ending before its own (農田水利署|桃園…)."""
    own = next(d for d in (*DEPARTMENTS, _COMMITTEE) if department.endswith(d))
    inner = department[: -len(own)]
    # One-character endings only of government bodies: 社 and 會 stand in 社會 too.
    return any(e in inner for e in words("org_suffixes") if len(e) > 1) or bool(
        set(inner) & set("署局厅部处")
    )


def link_national_teams(reg: Registry, lex: Lexicon) -> None:
    """台灣隊, 中華台北隊 and 中國台北隊, 韓國隊 and 南韓隊: the teams of one country,
    by whichever of its names, are one team."""
    by_country: dict[str, Entity] = {}
    for ent in reg.entities():
        if ent.type != "org":
            continue
        for k in list(ent.forms):
            place = lex.get(k[:-1]) if k.endswith("队") and len(k) >= 3 else None
            if place is None or place.type != "place":
                continue
            team = by_country.setdefault(place.name, ent)
            if team is not ent and reg.by_key.get(next(iter(team.forms))) is team:
                reg.merge(team, ent)
            break


def link_abbreviations(ctx: Context, reg: Registry) -> None:
    """``中選會`` → ``中央選舉委員會``: a word made of the name's characters, in order.

    The abbreviation starts with the name's first character and ends in its
    ending (會 of 委員會, 大 of 大學, 工會); ``中國銀行`` is not ``中國人民銀行``,
    as a name that only drops words from the middle is another organisation's.
    """
    endings = org_endings()
    by_first: dict[str, list[tuple[str, str, Entity]]] = {}
    for ent in reg.entities():
        if ent.type != "org":
            continue
        for k in ent.forms:
            ending = next((e for e in endings if k.endswith(e)), None)
            if ending is None or len(k) < 4 or k.isascii():
                continue
            # 國立臺灣師範大學 is 台師大, 香港紮鐵及模板工友會 is 紮鐵工友會, 經濟部國際
            # 貿易署 is 國貿署: the status word, the place or the parent is left out.
            for name in {
                k,
                k[2:] if k.startswith(_STATUS) else k,
                _without_head(reg, k),
                _level_of_place(k),
            }:
                by_first.setdefault(name[0], []).append((name, ending, ent))
    if not by_first:
        return
    # 縣衛健局局長: a short form the finder took for a body of its own, its ending glued.
    for ent in reg.entities():
        shorts = [k for k in ent.forms if 3 <= len(k) <= 12] if ent.type == "org" else []
        for short in shorts if ent.canonical is None else ():
            names = by_first.get(short[0], [])
            owners = {id(e): e for k, ending, e in names if _abbreviates_placed(short, k, ending)}
            owner = next(iter(owners.values())) if len(owners) == 1 else None
            owner = owner and reg.by_key.get(next(iter(owner.forms)))  # merged since
            if owner is not None and owner is not ent and reg.by_key.get(short) is ent:
                reg.merge(owner, ent)
    ends = ctx.ends
    for i, t in enumerate(ctx.tokens):
        names = by_first.get(ctx.key[t.start : t.start + 1])
        if not names:
            continue
        for j in range(i, min(i + 4, len(ctx.tokens))):
            end = ctx.tokens[j].end
            short = ctx.key[t.start : end]
            if len(short) < 3 or end not in ends:
                continue
            if len(short) > 6:
                break
            owners = {id(e): e for k, ending, e in names if _abbreviates(short, k, ending)}
            known = reg.by_key.get(short)
            if len(owners) != 1 or (known is not None and known.canonical is not None):
                continue
            ent = next(iter(owners.values()))
            if known is not None:
                if known.type == "org":
                    reg.merge(ent, known)
                continue
            ent.forms.setdefault(short, ctx.text[t.start : end])
            reg.by_key[short] = ent


_STATUS = ("国立", "市立", "省立", "县立", "私立")


def link_name_tails(ctx: Context, reg: Registry) -> None:
    """``博覽會協會`` → ``日本國際博覽會協會``: a body named again by the end of its name;
    ``瑞康生物`` → ``蘇州瑞康生物醫藥有限公司``: a company by what follows its place.
    Each when only one body's name holds it so."""
    orgs = [e for e in reg.entities() if e.type == "org"]
    brands = {k: _company_brands(ctx, k) for o in orgs for k in o.forms}
    for ent in orgs:
        if len(ent.forms) != 1 or ent.canonical is not None:
            continue  # found alone, and no listed body of its own
        short = next(iter(ent.forms))
        if short.isascii() or len(short) < 3:
            continue
        owners = {
            id(o): o
            for o in orgs
            if o is not ent and any(_holds(ctx, k, short, brands[k]) for k in o.forms)
        }
        if len(owners) == 1:
            reg.merge(next(iter(owners.values())), ent)


def _holds(ctx: Context, name: str, short: str, brands: list[str]) -> bool:
    """``name`` ends in ``short`` (not cut inside its place), or is a company whose
    ``brands`` after its place hold ``short``."""
    if name == short:
        return False
    if name.endswith(short):
        return not _splits_a_place(ctx, name, len(name) - len(short))
    return short in brands


def _company_brands(ctx: Context, name: str) -> list[str]:
    """The brands a company's name holds after its place (杭州|恒遠生物|醫藥有限公司)."""
    endings = longest_first("company_suffixes")
    ending = next((e for e in endings if name.endswith(e)), None)
    return _after_place(ctx, name[: -len(ending)], endings) if ending else []


def _without_head(reg: Registry, k: str) -> str:
    """``k`` without the known place, parent body or government it starts with (香港,
    經濟部, 新北市政府|觀光旅遊局)."""
    government = k.find("政府")
    if government > 0 and len(k) - government - 2 >= 4 and k[: government + 2] in reg.by_key:
        return k[government + 2 :]
    for n in (3, 2):
        head = reg.by_key.get(k[:n])
        if head is not None and head.type in ("place", "org") and len(k) - n >= 4:
            return _without_place(k, n)
    return k


def _level_of_place(k: str) -> str:
    """``k`` from its place's level on (衡陽縣市場監督管理局 → 縣市場監督管理局, which the
    county's own news shortens to 縣市場監管局), or ``k``."""
    for n in range(3, 8):
        level = next((lv for lv in _LEVELS if k[:n].endswith(lv)), None)
        if level is not None and n - len(level) >= 2 and len(k) - n >= 4:
            return k[n - len(level) :]
    return k


_LEVELS = ("自治区", "省", "市", "县", "区", "州")
_NUMBERED = set("第一二三四五六七八九十")


def _abbreviates_placed(short: str, name: str, ending: str) -> bool:
    """``short`` abbreviates ``name``, both after the place they share (江西省|市場監管局
    for 江西省|市場監督管理局)."""
    if len(short) <= 6 and _abbreviates(short, name, ending):
        return True
    if set(name) & _NUMBERED - set(short):
        return False  # 四川省人民醫院 is not 四川省第四人民醫院
    pairs = enumerate(zip(short, name, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), len(short))
    return any(
        short[:k].endswith(_LEVELS)
        and 3 <= len(short) - k <= 6
        and _abbreviates(short[k:], name[k:], ending)
        for k in range(2, shared + 1)
    )


def _abbreviates(short: str, name: str, ending: str) -> bool:
    if len(short) >= len(name) or short[-1] not in ending or name.startswith(short):
        return False
    head = short[: -len(ending)]
    dropped = name[len(head) : -len(ending)]
    if short.endswith(ending) and name.startswith(head) and dropped[:1] not in "及和与暨":
        # 中國銀行 for 中國人民銀行: words dropped, not abbreviated; but 紮鐵工友會
        # for 紮鐵及模板工友會 drops the second of two trades.
        return False
    it = iter(name)
    return all(c in it for c in short)


def _splits_a_place(ctx: Context, name: str, cut: int) -> bool:
    """The cut falls inside a place's name (新|北市交通局: 新北市, not 台北市)."""
    for lo in range(max(0, cut - 2), cut):
        found = ctx.lookup(name[lo : cut + 2])
        if found is not None and found[1].startswith("ns"):
            return True
    return False


# Words a registered name ends in before its legal form, which its short name drops.
_GENERIC_LAST = ("服务", "发展", "国际", "实业", "贸易", "管理", "工程", "技术")


def _up_to_trades(name: str, endings: tuple[str, ...]) -> list[str]:
    """恒遠生物|醫藥: the name up to each trade inside it."""
    return [name[: name.find(e, 2) + len(e)] for e in endings if name.find(e, 2) > 0]


def _after_place(ctx: Context, name: str, endings: tuple[str, ...]) -> list[str]:
    """杭州|恒遠生物|醫藥: the brand after a company's place, up to a trade it ends in."""
    for n in (3, 2):
        found = ctx.lookup(name[:n])
        if found is not None and found[1].startswith("ns") and name[n : n + 1] not in _LEVELS:
            rest = name[n:]
            return _up_to_trades(rest, endings) or [rest]  # 寧武縣|鑫盛煤業: no trade
    # 寧武縣|鑫盛煤業: a county the dictionary lacks, named by its level.
    level = next((n for n in (2, 3) if name[n : n + 1] in _LEVELS), None)
    if level is not None and len(name) - level - 1 >= 3:
        return [name[level + 1 :]]
    return []


def link_brands(ctx: Context, reg: Registry) -> None:
    """``鼎曜`` → ``鼎曜科技``: a company named again by its brand alone."""
    endings = longest_first("company_suffixes")
    owners: dict[str, list[Entity]] = {}
    # Brands found on their own as bodies (豐和食品 by its trade): the company's too.
    alone: dict[str, list[Entity]] = {}
    for ent in reg.entities():
        if ent.type != "org" or ent.canonical is not None:
            continue
        for k in ent.forms:
            ending = next((e for e in endings if k.endswith(e)), None)
            if ending is None or k.isascii():
                continue
            stem = k[: -len(ending)]
            # 東昇物流|服務有限公司: named again up to its trade, or after its place.
            brands = {stem, *_up_to_trades(stem, endings), *_after_place(ctx, stem, endings)}
            # 東昇港運|服務有限公司: named again without the generic word before its form.
            if stem.endswith(_GENERIC_LAST) and len(stem) >= 6:
                brands.add(stem[:-2])
            for brand in brands:
                other = reg.by_key.get(brand)
                if len(brand) < 2:
                    continue
                if other is None:
                    owners.setdefault(brand, []).append(ent)
                elif other is not ent and other.canonical is None and set(other.forms) == {brand}:
                    alone.setdefault(brand, []).append(ent)
    for brand, ents in alone.items():
        if len({id(e) for e in ents}) == 1 and reg.by_key[brand].type == "org":
            reg.merge(ents[0], reg.by_key[brand])
    for brand, ents in owners.items():
        if len({id(e) for e in ents}) != 1 or ctx.common_word(brand):
            continue
        for m in re.finditer(re.escape(brand), ctx.key):
            s, e = m.span()
            if s in ctx.starts and e in ctx.ends and not ctx.known().encloses(s, e):
                ent = ents[0]
                ent.forms.setdefault(brand, ctx.text[s:e])
                ent.short_forms.add(brand)
                reg.by_key[brand] = ent
                break
