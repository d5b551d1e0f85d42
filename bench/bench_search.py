"""Search speed: the library index at 10,000 articles against grep, and search in one long article.

Builds a synthetic library in a temporary folder from the paragraphs of the
bundled articles (shuffled, 10-40 paragraphs per article, fixed random seed),
then prints index build time and size, query latency by query length in both
scripts next to ``grep -rc`` (and ``rg -c`` when installed) over the same
files, an incremental update, and ``find_all`` over a 1,000,000-character
article.

    python bench/bench_search.py [--articles N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from reader.core.convert import converter
from reader.core.document import build
from reader.core.find import find_all
from reader.core.search import SearchIndex
from reader.paths import seeds_dir

SEED = 20240601


def seed_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        paragraphs.extend(line.strip() for line in text.splitlines() if line.strip())
    return paragraphs


def make_library(root: Path, paragraphs: list[str], count: int, rng: random.Random) -> list[Path]:
    paths: list[Path] = []
    for n in range(count):
        folder = root / f"{n // 100:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"{n:05d}.txt"
        path.write_text("\n".join(rng.sample(paragraphs, rng.randint(10, 40))) + "\n", "utf-8")
        paths.append(path)
    return paths


def han_queries(paragraphs: list[str], length: int, n: int, rng: random.Random) -> list[str]:
    """``n`` runs of ``length`` Han characters cut from the text, half in each script."""
    out: list[str] = []
    t2s, s2t = converter("t2s"), converter("s2t")
    while len(out) < n:
        p = rng.choice(paragraphs)
        if len(p) < length:
            continue
        i = rng.randrange(len(p) - length + 1)
        q = p[i : i + length]
        if all("\u4e00" <= c <= "\u9fff" for c in q):
            out.append((t2s if len(out) % 2 else s2t).convert(q))
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_command(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50, help="queries per length")
    parser.add_argument("--scans", type=int, default=5, help="grep runs per length")
    args = parser.parse_args()
    rng = random.Random(SEED)
    paragraphs = seed_paragraphs()
    scanners = [["grep", "-rcF", "--"]]
    if shutil.which("rg"):
        scanners.append(["rg", "-cF", "--"])

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "library"
        root.mkdir()
        paths = make_library(root, paragraphs, args.articles, rng)
        mbytes = sum(p.stat().st_size for p in paths) / 1e6
        print(
            f"library: {len(paths):,} articles, {mbytes:.1f} MB, from {len(paragraphs)} paragraphs"
        )

        db = Path(tmp) / "search.sqlite3"
        index = SearchIndex(db)
        start = time.perf_counter()
        report = index.update(paths)
        build_s = time.perf_counter() - start
        size = sum(f.stat().st_size for f in Path(tmp).glob("search.sqlite3*"))
        print(f"index build: {build_s:.1f} s ({report.added:,} added), size {size / 1e6:.1f} MB")

        print()
        header = f"{'query':>7} {'median ms':>10} {'p95 ms':>8} {'docs':>6}"
        for cmd in scanners:
            header += f" {cmd[0] + ' ms':>10} {'×':>6}"
        print(header)
        for length in (1, 2, 4, 8):
            queries = han_queries(paragraphs, length, args.runs, rng)
            index.search(queries[0])  # warm the page cache
            times: list[float] = []
            docs: list[int] = []
            for q in queries:
                t0 = time.perf_counter()
                found = index.search(q)
                times.append(time.perf_counter() - t0)
                docs.append(len(found))
            median = statistics.median(times)
            line = f"{length:>5} ch {ms(median):>10} {ms(percentile(times, 0.95)):>8} {statistics.median(docs):>6.0f}"
            for cmd in scanners:
                scan = statistics.median(
                    time_command([*cmd, q, str(root)]) for q in queries[: args.scans]
                )
                line += f" {ms(scan):>10} {scan / median:>6.0f}"
            print(line)

        print()
        touched = rng.sample(paths, 10)
        for p in touched:
            st = p.stat()
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        t0 = time.perf_counter()
        report = index.update(paths)
        print(
            f"update after touching 10 files: {ms(time.perf_counter() - t0).strip()} ms "
            f"({report.unchanged:,} unchanged, {report.changed} changed)"
        )
        for p in touched:
            p.write_text(p.read_text("utf-8") + "新增的一段。\n", "utf-8")
        t0 = time.perf_counter()
        report = index.update(paths)
        print(
            f"update after editing 10 files:  {ms(time.perf_counter() - t0).strip()} ms "
            f"({report.changed} changed)"
        )
        index.close()

    print()
    text = "\n".join(paragraphs)
    big = build((text + "\n") * (1_000_000 // len(text) + 1))
    print(
        f"find_all in one article of {big.chars:,} characters ({len(big.paragraphs):,} paragraphs):"
    )
    for rendering in ("original", "taiwan"):
        for query in ("美国", "DeepSeek"):
            t0 = time.perf_counter()
            found = find_all(big, query, rendering)
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            find_all(big, query, rendering)
            warm = time.perf_counter() - t0
            print(
                f"  {rendering:9} {query:10} {len(found):6,} matches: "
                f"first {ms(cold).strip()} ms, again {ms(warm).strip()} ms"
            )


if __name__ == "__main__":
    main()
