"""Reading pane speed: open, first screen, rendering toggles, paging, memory.

Drives the pane headless (``App.run_test``) on a seed article and on a
1,000,000-character document made of the seeds' paragraphs repeated, and
prints wall times in milliseconds. A "screen" is every visible line drawn
with ``render_line`` (what Textual asks for when it paints). Long documents
are laid out in the background; the time until that layout is exact is
printed too. Memory: tracemalloc peak and the process's maximum RSS.

    python bench/bench_pane.py [--chars N] [--pages N] [--size WxH]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import time
import tracemalloc
from pathlib import Path

from textual.app import App, ComposeResult

from reader.core.document import Document, build, open_document
from reader.core.wrap import wrap
from reader.ui.widgets.reading_pane import ReadingPane

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
TOGGLES = ("simplified", "taiwan", "hongkong", "traditional", "original")


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ReadingPane()


def big_document(chars: int) -> Document:
    paragraphs = [p.text for path in SEEDS for p in open_document(path).paragraphs]
    out: list[str] = []
    total = 0
    while total < chars:
        for text in paragraphs:
            out.append(text)
            total += len(text)
    return build("\n".join(out))


def draw(pane: ReadingPane) -> None:
    for y in range(pane.size.height):
        pane.render_line(y)


async def exact(pane: ReadingPane, pilot) -> None:
    """Wait until the background line count is applied."""
    while not pane.layout_exact:
        await pilot.pause(0.005)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


async def measure(doc: Document, size: tuple[int, int], pages: int) -> dict[str, float]:
    app = PaneApp()
    figures: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:
        pane = app.query_one(ReadingPane)
        await pane.app.workers.wait_for_complete()  # the OpenCC converters are loaded
        t0 = time.perf_counter()
        pane.load(doc)
        draw(pane)
        figures["open + first screen"] = (time.perf_counter() - t0) * 1000
        await exact(pane, pilot)
        figures["open: exact layout ready"] = (time.perf_counter() - t0) * 1000
        await pilot.pause()
        pane.scroll_to(y=pane.max_scroll_y // 2, animate=False)
        await pilot.pause()
        for rendering in TOGGLES:
            t0 = time.perf_counter()
            pane.set_rendering(rendering)
            draw(pane)
            figures[f"toggle → {rendering} + screen"] = (time.perf_counter() - t0) * 1000
            await exact(pane, pilot)
            figures[f"toggle → {rendering}: exact layout ready"] = (time.perf_counter() - t0) * 1000
            await pilot.pause()
        page_times = []
        for _ in range(pages):
            page_times.append(timed(lambda: (pane.action_page_down(), draw(pane))))
        figures["page down + screen (median)"] = statistics.median(page_times)
        figures["page down + screen (max)"] = max(page_times)
        figures["lines"] = pane.virtual_size.height
    return figures


def report(title: str, figures: dict[str, float]) -> None:
    print(f"\n{title}")
    for name, value in figures.items():
        unit = "" if name == "lines" else " ms"
        print(f"  {name:<42} {value:>10.1f}{unit}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="size of the long document")
    parser.add_argument("--pages", type=int, default=50, help="pages to scroll")
    parser.add_argument("--size", default="100x40", help="terminal size, WxH")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))

    seed = open_document(SEEDS[1])
    report(f"seed {SEEDS[1].name} ({seed.chars:,} chars)", asyncio.run(measure(seed, size, 10)))

    t0 = time.perf_counter()
    doc = big_document(args.chars)
    built = (time.perf_counter() - t0) * 1000
    text = "".join(p.text for p in doc.paragraphs)
    wrap_all = timed(lambda: [wrap(p.text, 80) for p in doc.paragraphs])
    wrap_one = timed(lambda: wrap(text, 80))
    print(f"\nlong document: {doc.chars:,} chars, {len(doc.paragraphs):,} paragraphs")
    print(f"  {'build (clean + model), not the pane':<42} {built:>10.1f} ms")
    print(f"  {'wrap every paragraph at 80 cells':<42} {wrap_all:>10.1f} ms")
    print(f"  {'wrap it as one string at 80 cells':<42} {wrap_one:>10.1f} ms")

    tracemalloc.start()
    figures = asyncio.run(measure(doc, size, args.pages))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report(f"long document in the pane ({size[0]}x{size[1]})", figures)
    print(f"  {'tracemalloc peak during the pane run':<42} {peak / 2**20:>10.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {'max RSS of the process':<42} {rss:>10.1f} MiB")


if __name__ == "__main__":
    main()
