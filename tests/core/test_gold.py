"""The annotated evaluation sets (tests/data/gold/, the held-out tests/data/gold_heldout/,
the blind tests/data/gold_blind/ and the second blind set tests/data/gold_blind2/) are
well-formed and anchored in their articles.

Only the annotations are checked here; how well the extractor does against them
is measured by bench/eval_extract.py. Texts are compared as the reader cleans
the article, in a form that ignores what the cleaner may still change without
changing the words: NFKC width, the name separator, script (``fold``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from reader.core.convert import fold
from reader.core.document import Document, open_document
from tests.conftest import ROOT, SEEDS

GOLD_DIR = ROOT / "tests" / "data" / "gold"
UNSEEN_DIR = ROOT / "tests" / "data" / "unseen"
# Kept apart from the articles the extractor is tuned on, so it stays an honest measure.
HELDOUT_GOLD_DIR = ROOT / "tests" / "data" / "gold_heldout"
HELDOUT_DIR = ROOT / "tests" / "data" / "heldout"
# Written after the extractor was tuned on the held-out set, then tuned on in turn.
BLIND_GOLD_DIR = ROOT / "tests" / "data" / "gold_blind"
BLIND_DIR = ROOT / "tests" / "data" / "blind"
# blind2 … blind44: written by annotators who never saw the extractor, each measured once
# before it was tuned on (the four newest are not tuned on).
LATER_BLIND = [f"blind{n}" for n in range(2, 49)]
DATA_DIR = ROOT / "tests" / "data"
PREFIXES = {
    GOLD_DIR: "",
    HELDOUT_GOLD_DIR: "heldout-",
    BLIND_GOLD_DIR: "blind-",
    **{DATA_DIR / f"gold_{name}": f"{name}-" for name in LATER_BLIND},
}
GOLD = [path for gold_dir in PREFIXES for path in sorted(gold_dir.glob("*.json"))]

TYPES = {"person", "org", "place"}
KINDS = {"speech", "term"}
TOP_KEYS = {"file", "actors", "quotes"}
TOP_OPTIONAL = {"notes", "furniture"}
ACTOR_KEYS = {"name", "type", "aliases"}
QUOTE_KEYS = {"text", "kind", "speaker", "paragraph"}
# Closing marks count as openers too: the sources close quotes with the wrong
# mark, and a quote opened by ” is still a quote.
OPENERS = set('“「『‘"〝﹁﹃”')
CLOSERS = set('”」』’"〞﹂﹄“')
# A quoted span as a plain scan pairs marks: “ may close a quote opened with “.
_SPAN = re.compile(r'“([^“”]*)[”“]|「([^「」]*)」|『([^『』]*)』|‘([^‘’]*)’|"([^"\n]*)"')
_SEPARATORS = str.maketrans(dict.fromkeys("・•‧．", "·"))


def norm(text: str) -> str:
    return fold(unicodedata.normalize("NFKC", text.translate(_SEPARATORS)))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


_docs: dict[str, Document] = {}


def document(gold: dict[str, Any]) -> Document:
    if gold["file"] not in _docs:
        _docs[gold["file"]] = open_document(ROOT / gold["file"])
    return _docs[gold["file"]]


def gold_params() -> list[Any]:
    return [pytest.param(p, id=f"{PREFIXES[p.parent]}{p.stem}") for p in GOLD]


def test_every_article_is_annotated() -> None:
    annotated = {load(p)["file"] for p in GOLD}
    articles = [*SEEDS, *sorted(UNSEEN_DIR.glob("*.txt"))]
    assert len(articles) >= 15
    assert {p.relative_to(ROOT).as_posix() for p in articles} <= annotated


@pytest.mark.parametrize(
    ("region", "count"),
    [
        pytest.param("mainland", 3, id="mainland"),
        pytest.param("taiwan", 3, id="taiwan"),
        pytest.param("hongkong", 2, id="hongkong"),
        pytest.param("mixed", 2, id="mixed"),
    ],
)
def test_unseen_articles_by_region(region: str, count: int) -> None:
    files = sorted(UNSEEN_DIR.glob(f"*_{region}.txt"))
    assert len(files) == count
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert 300 <= len(text.replace("\n", "")) <= 1500, path.name


# Each extra set: its articles, its gold, articles per region, longest article.
EXTRA_SETS = [
    pytest.param(HELDOUT_DIR, HELDOUT_GOLD_DIR, 3, 1200, id="heldout"),
    pytest.param(BLIND_DIR, BLIND_GOLD_DIR, 3, 1000, id="blind"),
    *(
        pytest.param(DATA_DIR / name, DATA_DIR / f"gold_{name}", 4, 1600, id=name)
        for name in LATER_BLIND[:12]
    ),
    # From blind14 on, the articles run longer, as most news does.
    *(
        pytest.param(DATA_DIR / name, DATA_DIR / f"gold_{name}", 4, 2200, id=name)
        for name in LATER_BLIND[12:]
    ),
]
REGIONS = ["mainland", "taiwan", "hongkong", "mixed"]


@pytest.mark.parametrize(("articles_dir", "gold_dir", "per_region", "longest"), EXTRA_SETS)
def test_every_article_is_annotated_in_its_own_set(
    articles_dir: Path, gold_dir: Path, per_region: int, longest: int
) -> None:
    annotated = {load(p)["file"] for p in gold_dir.glob("*.json")}
    articles = {p.relative_to(ROOT).as_posix() for p in articles_dir.glob("*.txt")}
    assert len(articles) == per_region * len(REGIONS)
    assert annotated == articles


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize(("articles_dir", "gold_dir", "per_region", "longest"), EXTRA_SETS)
def test_articles_by_region(
    articles_dir: Path, gold_dir: Path, per_region: int, longest: int, region: str
) -> None:
    files = sorted(articles_dir.glob(f"*_{region}.txt"))
    assert len(files) == per_region
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert 300 <= len(text.replace("\n", "")) <= longest, path.name


@pytest.mark.parametrize("path", gold_params())
def test_schema(path: Path) -> None:
    gold = load(path)
    assert TOP_KEYS <= gold.keys() <= TOP_KEYS | TOP_OPTIONAL
    assert Path(gold["file"]).stem == path.stem
    assert (ROOT / gold["file"]).is_file()
    names = [a["name"] for a in gold["actors"]]
    assert len(names) == len(set(names)), "one entry per actor"
    for actor in gold["actors"]:
        assert ACTOR_KEYS <= actor.keys() <= ACTOR_KEYS | {"damaged_aliases"}, actor
        assert actor["type"] in TYPES, actor
        assert actor["aliases"] and actor["name"] in actor["aliases"], actor
        assert all(isinstance(a, str) and a.strip() == a != "" for a in actor["aliases"]), actor
    paragraphs = len(document(gold).paragraphs)
    for quote in gold["quotes"]:
        assert QUOTE_KEYS <= quote.keys() <= QUOTE_KEYS | {"damage"}, quote
        assert quote["kind"] in KINDS, quote
        assert quote["text"], quote
        assert isinstance(quote["paragraph"], int) and 0 <= quote["paragraph"] < paragraphs, quote
        if quote["kind"] == "term":
            assert quote["speaker"] is None, quote
    assert all(0 <= i < paragraphs for i in gold.get("furniture", []))


@pytest.mark.parametrize("path", gold_params())
def test_aliases_belong_to_one_actor(path: Path) -> None:
    owner: dict[str, str] = {}
    for actor in load(path)["actors"]:
        for alias in actor["aliases"] + actor.get("damaged_aliases", []):
            assert owner.setdefault(norm(alias), actor["name"]) == actor["name"], alias


@pytest.mark.parametrize("path", gold_params())
def test_speakers_are_annotated_actors(path: Path) -> None:
    gold = load(path)
    speakers = {a["name"] for a in gold["actors"] if a["type"] != "place"}
    for quote in gold["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in speakers, quote


@pytest.mark.parametrize("path", gold_params())
def test_aliases_occur_in_cleaned_text(path: Path) -> None:
    gold = load(path)
    doc = document(gold)
    cleaned, original = norm(doc.text), norm(doc.original)
    for actor in gold["actors"]:
        for alias in actor["aliases"]:
            assert norm(alias) in cleaned, alias
        # Mojibake ate part of these names; the cleaner can only ever fix the
        # separator, so they are looked for in either text.
        for alias in actor.get("damaged_aliases", []):
            assert norm(alias) in cleaned or norm(alias) in original, alias


@pytest.mark.parametrize("path", gold_params())
def test_quotes_sit_inside_marks_in_their_paragraph(path: Path) -> None:
    gold = load(path)
    doc = document(gold)
    for quote in gold["quotes"]:
        para = norm(doc.paragraphs[quote["paragraph"]].text)
        text = norm(quote["text"])
        starts = [
            i
            for i in range(len(para))
            if para.startswith(text, i) and i > 0 and para[i - 1] in OPENERS
        ]
        assert starts, f"{quote['text']!r} not after a quotation mark in ¶{quote['paragraph']}"
        if "damage" not in quote:
            ends = [i + len(text) for i in starts]
            assert any(e < len(para) and para[e] in CLOSERS for e in ends), quote["text"]


@pytest.mark.parametrize("path", gold_params())
def test_repeated_quotes_have_as_many_occurrences(path: Path) -> None:
    gold = load(path)
    doc = document(gold)
    wanted: dict[tuple[int, str], int] = {}
    for quote in gold["quotes"]:
        k = (quote["paragraph"], norm(quote["text"]))
        wanted[k] = wanted.get(k, 0) + 1
    for (index, text), n in wanted.items():
        para = norm(doc.paragraphs[index].text)
        found = sum(1 for mark in OPENERS for _ in _occurrences(para, mark + text))
        assert found >= n, (index, text)


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


@pytest.mark.parametrize("path", gold_params())
def test_no_quote_lies_in_furniture(path: Path) -> None:
    gold = load(path)
    furniture = set(gold.get("furniture", []))
    assert not [q for q in gold["quotes"] if q["paragraph"] in furniture]


@pytest.mark.parametrize("path", gold_params())
def test_every_marked_span_is_annotated(path: Path) -> None:
    gold = load(path)
    doc = document(gold)
    furniture = set(gold.get("furniture", []))
    annotated = {(q["paragraph"], norm(q["text"])) for q in gold["quotes"]}
    missing = [
        (p.index, span)
        for p in doc.paragraphs
        if p.index not in furniture
        for m in _SPAN.finditer(p.text)
        if (span := next(g for g in m.groups() if g is not None))
        and (p.index, norm(span)) not in annotated
    ]
    assert not missing
