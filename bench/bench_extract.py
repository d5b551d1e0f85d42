"""Speed of actor and quote extraction: jieba's load, then each seed cold and cached.

Then two big articles built from the files' paragraphs, to show the time grows
linearly with the text: 1,000,000 characters in paragraphs, and one 2 MB line.

Run: python bench/bench_extract.py [FILE...]   (default: the bundled seeds)
Uses a throwaway READER_HOME so the user's cache is neither read nor written.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    home = tempfile.mkdtemp(prefix="reader-bench-")
    os.environ["READER_HOME"] = home

    from reader.core import lexicon
    from reader.core.actors import extract_actors, prepared
    from reader.core.analysis import analyse
    from reader.core.document import open_document
    from reader.core.quotes import extract_quotes
    from reader.core.segment import shared, tag_text

    files = [Path(a) for a in argv] or sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
    t = time.perf_counter()
    shared().load()
    print(f"jieba load (no cache yet): {time.perf_counter() - t:.3f} s")
    t = time.perf_counter()
    lex = lexicon.load()
    seg = prepared(None, lex)
    print(f"alias list + user words:   {time.perf_counter() - t:.3f} s")

    def extract(doc) -> float:
        t = time.perf_counter()
        tokens = tag_text(doc.text, seg)
        actors = extract_actors(doc.text, lexicon=lex, tokens=tokens)
        extract_quotes(doc.text, doc.paragraphs, tokens, actors)
        return time.perf_counter() - t

    total_chars = 0
    total_time = 0.0
    paragraphs: list[str] = []
    print(
        f"{'file':28} {'chars':>6} {'extract ms':>10} {'cold ms':>8} {'cached ms':>9} {'chars/s':>9}"
    )
    for path in files:
        doc = open_document(path)
        paragraphs.extend(p.text for p in doc.paragraphs if p.text.strip())
        n = len(doc.text)
        # Pure extraction, best of 5 (no cache involved).
        best = min(extract(doc) for _ in range(5))
        t = time.perf_counter()
        analyse(doc)
        cold = time.perf_counter() - t
        reopened = open_document(path)
        t = time.perf_counter()
        analyse(reopened)
        cached = time.perf_counter() - t
        total_chars += n
        total_time += best
        print(
            f"{path.name[:28]:28} {n:6} {best * 1000:10.1f} {cold * 1000:8.1f} "
            f"{cached * 1000:9.1f} {n / best:9.0f}"
        )
    if not total_time:
        return 0
    per5k = total_time / total_chars * 5000 * 1000
    rate = total_chars / total_time
    print(f"overall: {rate:.0f} chars/s, {per5k:.1f} ms per 5,000 characters")
    if not paragraphs:
        return 0
    big = Path(home) / "big"
    big.mkdir()
    line = "".join(paragraphs)
    two_mb = int((2 << 20) * len(line) / len(line.encode()))  # characters in 2 MB of UTF-8
    cases = {
        "1M chars, paragraphs": _repeated(paragraphs, "\n", 1_000_000),
        "2 MB, one line": _repeated(paragraphs, "", two_mb),
    }
    print(f"{'big article':28} {'chars':>8} {'extract s':>9} {'chars/s':>9} {'vs small':>8}")
    for i, (label, text) in enumerate(cases.items()):
        path = big / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        doc = open_document(path)
        took = extract(doc)
        n = len(doc.text)
        print(f"{label:28} {n:8} {took:9.2f} {n / took:9.0f} {n / took / rate:8.2f}")
    return 0


def _repeated(paragraphs: list[str], sep: str, chars: int) -> str:
    """``paragraphs`` joined by ``sep`` over and over, cut at ``chars`` characters."""
    once = sep.join(paragraphs) + sep
    return (once * (chars // len(once) + 1))[:chars]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
