"""Actors and quotes against the annotated evaluation set in tests/data/gold/.

Runs ``reader actors FILE --json`` and ``reader quotes FILE --json`` on every
annotated article (the five seeds and the unseen articles in tests/data/unseen/)
and prints, per article and overall: actor precision/recall/F1 (with split and
merged actors), speech-quote precision/recall, term quotes, kind accuracy and
speaker accuracy. It is a measurement: it always exits 0.

The extra sets are scored each as its own block, left out of ``[all]`` and the
summary, and ``--verbose`` lists their misses only when ``--set`` names them:

- held-out (tests/data/heldout/, gold in tests/data/gold_heldout/), written after
  the first round of tuning and tuned on in the second;
- blind (tests/data/blind/, gold in tests/data/gold_blind/), written after that
  round and tuned on in the third;
- blind2 … blind40 (tests/data/blindN/, gold in tests/data/gold_blindN/), each
  written by annotators who never saw the extractor, while or after the round before
  was tuned, measured once, then tuned on in turn;
- blind41 … blind48, written the same way. Each is scored only when ``--set`` names
  it: they are the honest measure, as long as nobody tunes on them.

    python bench/eval_extract.py [--verbose] [--set all|tuning|SET]

Annotation guidelines
---------------------
The gold files annotate the article as the reader cleans it, by surface strings
and paragraph index (the index of the non-blank line, from 0), never by offsets.

Actors are people and organisations: companies, governments and their agencies,
parliaments and parties, media, universities, think tanks, associations, sports
clubs. Places (countries, cities, regions) are annotated apart with type
``place`` and are not scored as actors. Not actors: products and models (R1,
ChatGPT, H100, Llama, TikTok as an app), laws, events and competitions, titles
of works, generic references (美國官員, 外媒, 消息人士, 網友, 業內人士, 法人),
and roles nobody in the article is named for (特首, 財政司司長). An
administration named after its leader (拜登政府, 特朗普政府) is a mention of the
leader. A role is an alias only when the article makes its holder plain (美國總統
next to 特朗普提名的美國商務部長). ``aliases`` lists every surface form of the
actor that occurs: full names, glosses (大衛·薩克斯（David Sacks）gives both),
short forms (索爾貝克, Dario, 陳執行長), cross-region spellings (特朗普/川普) and the
source's own typos (DeekSeek); pronouns (他, 該公司) are not aliases. Forms that
mojibake in the source damaged beyond repair are kept apart in
``damaged_aliases``. People named only in page furniture (image credits,
photographers, editors' notes, reprint footers) are not annotated; the
paragraphs left out as furniture are listed in ``furniture``.

Quotes are the spans inside quotation marks (“”, ‘’, 「」, 『』, straight or
full-width double quotes, misdirected closing marks included), one entry per
occurrence, nested quotes as entries of their own; 《》 titles and unmarked
block quotations are not quotes. ``text`` is the exact text inside the marks; a
quote whose closing mark is missing or garbled runs to the end of its sentence
and carries a ``damage`` note. ``kind`` is ``speech`` for words someone said or
wrote, whole or in part, whether or not the text names who (a comment by 網友 is
speech); ``term`` for scare quotes, coined terms, slogans, nicknames and names
of things (“蒸餾”, “CloseAI”, 「矽盾」). ``speaker`` is the canonical name of the
actor who said or wrote it, only when the text tells: named next to the quote,
through a pronoun or a title (他說, 陳執行長補充), as the speaker a quote-only
paragraph continues, the publication or author the article names for a column or
headline, or the organisation a spokesperson speaks for; otherwise null.

Scoring
-------
Names are compared on a key: NFKC, name separators (· ・ • ‧ ．) unified, spaces
dropped, traditional folded to simplified and lower case
(``reader.core.convert.fold``), a trailing 公司/集團 dropped. A predicted actor
matches a gold actor when their alias sets share a key; predictions and gold are
paired one to one, so a gold actor split into several predictions counts the
extra ones as false positives ("split"). A predicted quote matches a gold quote
in the same paragraph when their keys are equal or overlap by at least 80% of
the longer. Speaker accuracy is over matched speech quotes whose gold speaker is
not null: the predicted speaker must share a key with the gold actor's aliases
(directly or through the predicted actor it names). Predictions that lie only in
the furniture paragraphs are left out.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import cli
from reader.core.convert import fold
from reader.core.document import Document, open_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
# The extra sets, each scored as its own block; the honest ones only when asked for.
DATA = ROOT / "tests" / "data"
HONEST = 8  # the newest sets, which nobody has tuned on
EXTRA_SETS = {name: DATA / f"gold_{name}" for name in ("heldout", "blind")} | {
    f"blind{n}": DATA / f"gold_blind{n}" for n in range(2, 49)
}
IN_ALL = tuple(EXTRA_SETS)[:-HONEST]

ACTOR_TYPES = {"person", "org"}
PLACE_TYPES = {"place", "loc", "location", "gpe", "ns"}
_SEPARATORS = str.maketrans(dict.fromkeys("・•‧．", "·"))
_SUFFIXES = ("公司", "集團", "集团")
OVERLAP = 0.8


def key(text: str) -> str:
    """The form names and quote texts are compared in."""
    k = unicodedata.normalize("NFKC", text.translate(_SEPARATORS))
    k = fold("".join(k.split())).casefold()
    for suffix in _SUFFIXES:
        if k.endswith(fold(suffix)) and len(k) - len(suffix) >= 2:
            k = k[: -len(suffix)]
    return k


class Unavailable(Exception):
    """The extractor's command is missing or failed; the message says which."""


def run_cli(args: list[str]) -> Any:
    """Run ``reader ARGS`` in this process and parse its JSON output."""
    # An unknown command would be taken for a path and start the app.
    if args[0] not in cli._subcommands():
        raise Unavailable(f"reader has no `{args[0]}` command yet")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(args)
        except Exception as exc:
            raise Unavailable(f"reader {' '.join(args)} raised {exc!r}") from None
    if status != 0:
        first = (err.getvalue().strip().splitlines() or ["no message"])[-1]
        raise Unavailable(f"reader {' '.join(args)} exited {status}: {first}")
    try:
        return json.loads(out.getvalue())
    except json.JSONDecodeError as exc:
        raise Unavailable(f"reader {' '.join(args)} did not print JSON ({exc})") from None


def _unwrap(data: Any, field_name: str) -> list[dict[str, Any]]:
    """The list of items, whether printed bare, in an object, or per file."""
    if isinstance(data, dict):
        data = data.get(field_name, data.get("items", []))
    if isinstance(data, list) and data and isinstance(data[0], dict) and field_name in data[0]:
        data = data[0][field_name]
    if not isinstance(data, list):
        raise Unavailable(f"unexpected JSON shape for {field_name}: {type(data).__name__}")
    return [item for item in data if isinstance(item, dict)]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _strings(value.get("text") or value.get("name") or value.get("surface"))
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@dataclass
class Actor:
    name: str
    type: str
    keys: set[str]


@dataclass
class Quote:
    text: str
    kind: str
    speaker: str | None
    paragraph: int | None


@dataclass
class Article:
    """One gold file with its document."""

    stem: str
    doc: Document
    actors: list[Actor]
    places: list[Actor]
    quotes: list[Quote]
    furniture: set[int]
    body_keys: str = field(init=False)
    furniture_keys: str = field(init=False)

    def __post_init__(self) -> None:
        paragraphs = self.doc.paragraphs
        self.body_keys = "\n".join(key(p.text) for p in paragraphs if p.index not in self.furniture)
        self.furniture_keys = "\n".join(
            key(p.text) for p in paragraphs if p.index in self.furniture
        )


def load_gold(path: Path) -> Article:
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = open_document(ROOT / data["file"])
    actors, places = [], []
    for a in data["actors"]:
        forms = [a["name"], *a["aliases"], *a.get("damaged_aliases", [])]
        actor = Actor(a["name"], a["type"], {key(f) for f in forms})
        (places if a["type"] == "place" else actors).append(actor)
    quotes = [Quote(q["text"], q["kind"], q["speaker"], q["paragraph"]) for q in data["quotes"]]
    return Article(path.stem, doc, actors, places, quotes, set(data.get("furniture", [])))


def predicted_actors(article: Article, items: list[dict[str, Any]]) -> list[Actor]:
    out = []
    for item in items:
        name = _strings(item.get("name"))
        forms = name + _strings(item.get("aliases") or item.get("forms") or item.get("mentions"))
        keys = {key(f) for f in forms if f.strip()}
        if not keys:
            continue
        # An actor seen only in image credits or footers is outside the annotation.
        in_body = any(k in article.body_keys for k in keys)
        if not in_body and any(k in article.furniture_keys for k in keys):
            continue
        kind = str(item.get("type") or item.get("kind") or item.get("label") or "").lower()
        out.append(Actor(name[0] if name else sorted(keys)[0], kind, keys))
    return out


def predicted_quotes(article: Article, items: list[dict[str, Any]]) -> list[Quote]:
    doc = article.doc
    out = []
    for item in items:
        text = (_strings(item.get("text")) or [""])[0]
        if not text:
            continue
        paragraph = item.get("paragraph")
        if not isinstance(paragraph, int) and isinstance(item.get("start"), int):
            paragraph = doc.paragraph_at(item["start"]).index
        if not isinstance(paragraph, int):
            where = doc.text.find(text)
            paragraph = doc.paragraph_at(where).index if where >= 0 else None
        if paragraph in article.furniture:
            continue
        kind = "term" if str(item.get("kind", "speech")).lower() == "term" else "speech"
        speaker = (_strings(item.get("speaker")) or [None])[0]
        out.append(Quote(text, kind, speaker, paragraph))
    return out


def pair(gold: list[Any], pred: list[Any], ok: Any) -> dict[int, int]:
    """A largest one-to-one pairing of pred to gold under ``ok``: {gold index: pred index}."""
    options = [[j for j, p in enumerate(pred) if ok(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def same_quote(g: Quote, p: Quote) -> bool:
    if p.paragraph is not None and g.paragraph != p.paragraph:
        return False
    a, b = key(g.text), key(p.text)
    if a == b:
        return True
    if not a or not b:
        return False
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    overlap = sum(block.size for block in m.get_matching_blocks())
    return overlap >= OVERLAP * max(len(a), len(b))


@dataclass
class Counts:
    """Tallies that add up across articles."""

    gold_actors: int = 0
    pred_actors: int = 0
    actor_tp: int = 0
    split: int = 0
    merged: int = 0
    gold_places: int = 0
    place_tp: int = 0
    pred_places: int = 0
    gold_speech: int = 0
    speech_found: int = 0
    pred_speech: int = 0
    gold_term: int = 0
    term_found: int = 0
    pred_term: int = 0
    matched: int = 0
    kind_ok: int = 0
    speaker_gold: int = 0
    speaker_ok: int = 0
    null_gold: int = 0
    null_guessed: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))


def score(article: Article, actors: list[Actor], quotes: list[Quote]) -> Counts:
    c = Counts()
    places = [a for a in actors if a.type in PLACE_TYPES]
    actors = [a for a in actors if a.type not in PLACE_TYPES]

    def shares(g: Actor, p: Actor) -> bool:
        return bool(g.keys & p.keys)

    c.gold_actors, c.pred_actors = len(article.actors), len(actors)
    pairs = pair(article.actors, actors, shares)
    c.actor_tp = len(pairs)
    c.split = sum(1 for g in article.actors if sum(shares(g, p) for p in actors) > 1)
    for p in actors:
        covered = [g.name for g in article.actors if shares(g, p)]
        if len(covered) > 1:
            c.merged += 1
            c.misses.append(f"actors merged: {p.name} holds {' + '.join(covered)}")
    for i, g in enumerate(article.actors):
        if i not in pairs:
            c.misses.append(f"actor missed: {g.name}")
    paired = set(pairs.values())
    for j, p in enumerate(actors):
        if j not in paired:
            c.misses.append(f"actor extra: {p.name}")
    c.gold_places, c.pred_places = len(article.places), len(places)
    c.place_tp = len(pair(article.places, places, shares))

    by_name = {a.name: a for a in article.actors}
    gold_speech = [q for q in article.quotes if q.kind == "speech"]
    gold_term = [q for q in article.quotes if q.kind == "term"]
    c.gold_speech, c.gold_term = len(gold_speech), len(gold_term)
    c.pred_speech = sum(q.kind == "speech" for q in quotes)
    c.pred_term = sum(q.kind == "term" for q in quotes)
    qpairs = pair(article.quotes, quotes, same_quote)
    c.matched = len(qpairs)
    for i, g in enumerate(article.quotes):
        if i not in qpairs:
            c.misses.append(f"{g.kind} missed (¶{g.paragraph}): {g.text[:30]}")
            continue
        p = quotes[qpairs[i]]
        c.kind_ok += p.kind == g.kind
        # Found under the other kind counts for neither kind: a speech quote
        # shown as a term has no speaker.
        if p.kind == g.kind:
            found = "speech_found" if g.kind == "speech" else "term_found"
            setattr(c, found, getattr(c, found) + 1)
        else:
            c.misses.append(f"{g.kind} taken for a {p.kind} (¶{g.paragraph}): {g.text[:30]}")
        if g.kind != "speech":
            continue
        if g.speaker is None:
            c.null_gold += 1
            if p.speaker:
                c.null_guessed += 1
                c.misses.append(f"speaker guessed for a null (¶{g.paragraph}): {p.speaker}")
            continue
        c.speaker_gold += 1
        if p.speaker and speaker_keys(p.speaker, actors) & by_name[g.speaker].keys:
            c.speaker_ok += 1
        else:
            c.misses.append(f"speaker {p.speaker!r} for {g.speaker} (¶{g.paragraph})")
    paired_q = set(qpairs.values())
    for j, p in enumerate(quotes):
        if j not in paired_q:
            c.misses.append(f"quote extra (¶{p.paragraph}): {p.text[:30]}")
    return c


def speaker_keys(speaker: str, actors: list[Actor]) -> set[str]:
    """The keys a predicted speaker stands for: itself and the predicted actor it names."""
    keys = {key(speaker)}
    for a in actors:
        if key(speaker) in a.keys:
            keys |= a.keys
    return keys


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def fmt(value: float | None) -> str:
    return "  —  " if value is None else f"{value:5.2f}"


def figures(c: Counts) -> dict[str, float | None]:
    p, r = ratio(c.actor_tp, c.pred_actors), ratio(c.actor_tp, c.gold_actors)
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {
        "actor_p": p,
        "actor_r": r,
        "actor_f1": f1,
        "speech_p": ratio(c.speech_found, c.pred_speech),
        "speech_r": ratio(c.speech_found, c.gold_speech),
        "term_p": ratio(c.term_found, c.pred_term),
        "term_r": ratio(c.term_found, c.gold_term),
        "found": ratio(c.matched, c.gold_speech + c.gold_term),
        "kind": ratio(c.kind_ok, c.matched),
        "speaker": ratio(c.speaker_ok, c.speaker_gold),
    }


HEADER = (
    f"{'article':24} {'act P':>5} {'act R':>5} {'F1':>5} {'split':>5}  "
    f"{'sp P':>5} {'sp R':>5} {'tm P':>5} {'tm R':>5} {'found':>5} {'kind':>5} {'spkr':>5} {'null?':>6}"
)


def row(label: str, c: Counts) -> str:
    f = figures(c)
    return (
        f"{label:24} {fmt(f['actor_p'])} {fmt(f['actor_r'])} {fmt(f['actor_f1'])} {c.split:5d}  "
        f"{fmt(f['speech_p'])} {fmt(f['speech_r'])} {fmt(f['term_p'])} {fmt(f['term_r'])} "
        f"{fmt(f['found'])} {fmt(f['kind'])} {fmt(f['speaker'])} {c.null_guessed:2d}/{c.null_gold:<3d}"
    )


def block_summary(name: str, articles: int, c: Counts) -> str:
    """One line of figures for a set scored apart from the tuning sets."""
    f = figures(c)
    return (
        f"{name}: {articles} articles; actor F1 {fmt(f['actor_f1']).strip()} "
        f"(split {c.split}, merged {c.merged}), speech P {fmt(f['speech_p']).strip()} "
        f"R {fmt(f['speech_r']).strip()}, terms P {fmt(f['term_p']).strip()} "
        f"R {fmt(f['term_r']).strip()}, kind {fmt(f['kind']).strip()}, "
        f"speaker {fmt(f['speaker']).strip()} ({c.speaker_ok}/{c.speaker_gold}), "
        f"null guessed {c.null_guessed}/{c.null_gold}, "
        f"places {c.place_tp}/{c.gold_places}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument(
        "--set",
        choices=("all", "tuning", *EXTRA_SETS),
        default="all",
        help="score the tuning sets (seeds, unseen), one extra set, or the tuning sets and "
        "the extra sets tuned on",
    )
    args = parser.parse_args(argv)

    tuning = [load_gold(p) for p in sorted(GOLD_DIR.glob("*.json"))]
    wanted = IN_ALL if args.set == "all" else (args.set,) if args.set in EXTRA_SETS else ()
    extra = {
        name: [load_gold(p) for p in sorted(EXTRA_SETS[name].glob("*.json"))] for name in wanted
    }
    print(HEADER)
    total, groups = Counts(), {"seeds": Counts(), "unseen": Counts()}
    blocks = {name: Counts() for name in extra}
    sets = [("", article) for article in tuning] if args.set in ("all", "tuning") else []
    sets += [(name, article) for name, articles in extra.items() for article in articles]
    for name, article in sets:
        path = str(article.doc.path)
        try:
            actors = predicted_actors(
                article, _unwrap(run_cli(["actors", path, "--json"]), "actors")
            )
            quotes = predicted_quotes(
                article, _unwrap(run_cli(["quotes", path, "--json"]), "quotes")
            )
        except Unavailable as exc:
            print(f"cannot score: {exc}")
            print("(the extractor's `reader actors` / `reader quotes --json` are needed)")
            return 0
        c = score(article, actors, quotes)
        print(row(f"{name}/{article.stem}"[:24] if name else article.stem[:24], c))
        if args.verbose and (not name or args.set == name):
            for line in c.misses:
                print(f"    {line}")
        if name:
            blocks[name].add(c)
            continue
        total.add(c)
        groups["seeds" if "seeds/" in path.replace("\\", "/") else "unseen"].add(c)

    print("-" * len(HEADER))
    if args.set in ("all", "tuning"):
        for group, c in groups.items():
            print(row(f"[{group}]", c))
        print(row("[all]", total))
    for name, c in blocks.items():
        print(row(f"[{name}]", c))
        print(block_summary(name, len(extra[name]), c))
    if args.set in EXTRA_SETS:
        return 0
    f = figures(total)
    places = ratio(total.place_tp, total.gold_places)
    print(
        f"places: {total.place_tp}/{total.gold_places} found among {total.pred_places} "
        f"predicted as places (recall {fmt(places).strip()}); merged actors: {total.merged}"
    )
    bars = {"actor_f1": 0.90, "speech_r": 0.95, "speech_p": 0.90, "speaker": 0.85}
    met = [name for name, bar in bars.items() if (f[name] or 0) >= bar]
    print(
        f"summary: {len(tuning)} articles; actor F1 {fmt(f['actor_f1']).strip()} "
        f"(split {total.split}), speech P {fmt(f['speech_p']).strip()} "
        f"R {fmt(f['speech_r']).strip()}, terms P {fmt(f['term_p']).strip()} "
        f"R {fmt(f['term_r']).strip()}, quotes found (either kind) {fmt(f['found']).strip()}, "
        f"kind {fmt(f['kind']).strip()}, "
        f"speaker {fmt(f['speaker']).strip()} ({total.speaker_ok}/{total.speaker_gold}), "
        f"null guessed {total.null_guessed}/{total.null_gold}; "
        f"bars met {len(met)}/{len(bars)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
