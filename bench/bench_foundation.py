"""Foundation figures: OpenCC start-up, conversion, load + clean + build, repairs per seed.

Run: python bench/bench_foundation.py [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def best(fn, repeat: int) -> float:
    """Best wall time of ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (best is kept)")
    repeat = parser.parse_args().repeat

    t0 = time.perf_counter()
    opencc = importlib.import_module("opencc")
    print(f"import opencc                      {(time.perf_counter() - t0) * 1000:8.1f} ms")
    from reader.core.convert import CONFIGS, converter, render

    for rendering, config in CONFIGS.items():
        t0 = time.perf_counter()
        opencc.OpenCC(config)
        print(
            f"create converter {config:6} ({rendering:11}) {(time.perf_counter() - t0) * 1000:6.1f} ms"
        )
        converter(config)

    from reader.core.document import build, open_document
    from reader.core.loading import read_text

    texts = [read_text(p).text for p in SEEDS]
    chars = sum(len(t) for t in texts)
    print(f"\nconvert all {len(SEEDS)} seeds ({chars:,} characters), best of {repeat}:")
    for rendering in CONFIGS:
        ms = best(lambda r=rendering: [render(t, r) for t in texts], repeat)
        print(f"  {rendering:11} {ms:8.2f} ms")

    # The first build pays for one-off tables (script sets, common characters).
    t0 = time.perf_counter()
    build(texts[0])
    print(f"\nfirst build (one-off tables)       {(time.perf_counter() - t0) * 1000:8.1f} ms")
    print(f"load + clean + build, best of {repeat}:")
    for path in SEEDS:
        ms = best(lambda p=path: open_document(p), repeat)
        print(f"  {path.name[:3]}  {len(read_text(path).text):6,} chars  {ms:8.2f} ms")

    print("\nrepairs by kind:")
    kinds = ("pinyin", "mojibake", "html", "separator", "script", "punctuation")
    print("  seed " + "".join(f"{k:>12}" for k in kinds) + "   furniture")
    for path in SEEDS:
        doc = open_document(path)
        counts = doc.cleaned.counts()
        row = "".join(f"{counts.get(k, 0):12}" for k in kinds)
        print(f"  {path.name[:3]}  {row}   {len(doc.cleaned.furniture):9}")


if __name__ == "__main__":
    sys.exit(main())
