"""Figures for the reading app: first frame, rendering toggle, memory.

    python bench/bench_app.py

Prints the time to the first frame with the bundled articles (a fresh process,
imports included), the time for the rendering key on a seed article and on a
1,000,000-character document (key press to the pane redrawn), and the peak
memory of the run. Goals: first frame ≤ 0.35 s, toggle ≤ 16 ms (article) and
≤ 100 ms (1M characters).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

FIRST_FRAME = """
import time
t0 = time.perf_counter()
import asyncio
from reader.ui.app import ReaderApp, make_app

marks = {}
mounted = ReaderApp.on_mount

def on_mount(self):
    mounted(self)
    # Runs once the screen composed on mount has been painted.
    self.call_after_refresh(lambda: marks.setdefault("frame", time.perf_counter() - t0))

ReaderApp.on_mount = on_mount
shown = ReaderApp._show

def show(self, index):
    shown(self, index)
    self.call_after_refresh(lambda: marks.setdefault("text", time.perf_counter() - t0))

ReaderApp._show = show

async def main():
    app = make_app([])
    async with app.run_test(size=(120, 40)) as pilot:
        while "text" not in marks:
            await pilot.pause(0.005)
    print(marks["frame"], marks["text"])

asyncio.run(main())
"""


def first_frame() -> tuple[list[float], list[float]]:
    """Seconds to the first frame, and to the first document's text on screen."""
    env = dict(os.environ)
    frames, texts = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env["READER_HOME"] = home
            out = subprocess.run(
                [sys.executable, "-c", FIRST_FRAME],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            frame, text = out.stdout.strip().splitlines()[-1].split()
            frames.append(float(frame))
            texts.append(float(text))
    return frames, texts


def big_document(folder: Path) -> Path:
    """About 1,000,000 characters: the seeds' paragraphs repeated."""
    paragraphs = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p for p in seed.read_text(encoding="utf-8-sig").splitlines() if p.strip()]
    out, size, i = [], 0, 0
    while size < 1_000_000:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p)
        i += 1
    path = folder / "big.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


async def toggle_times(path: Path) -> list[float]:
    from reader.ui.app import make_app

    app = make_app([path])
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        while app.document is None:
            await pilot.pause(0.05)
        # Settle first, as a reader's first key press comes after the background
        # work that follows the first text (extraction, warming the converters).
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        # Start from the middle, where a reader would be.
        app.pane.scroll_to(y=app.pane.max_scroll_y // 2, animate=False)
        await pilot.pause()
        for _ in range(2 * RUNS):
            t0 = time.perf_counter()
            app.action_cycle_rendering()
            # Draw what is visible, as the next frame would.
            for y in range(app.pane.size.height):
                app.pane.render_line(y)
            times.append(time.perf_counter() - t0)
            await pilot.pause()
    return times


def report(name: str, times: list[float], goal: float | None = None) -> None:
    ms = [t * 1000 for t in times]
    target = f"   goal ≤ {goal * 1000:.0f} ms" if goal else ""
    print(f"{name:34} median {statistics.median(ms):7.1f} ms   max {max(ms):7.1f} ms{target}")


def main() -> None:
    frames, texts = first_frame()
    report("first frame (seeds, new process)", frames, 0.35)
    report("first article text on screen", texts)
    with tempfile.TemporaryDirectory() as home:
        os.environ["READER_HOME"] = home
        tracemalloc.start()
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        report("toggle rendering, seed article", asyncio.run(toggle_times(seed)), 0.016)
        report(
            "toggle rendering, 1M characters",
            asyncio.run(toggle_times(big_document(Path(home)))),
            0.100,
        )
        _, peak = tracemalloc.get_traced_memory()
        print(f"{'peak Python memory (both runs)':34} {peak / 2**20:7.1f} MiB")


if __name__ == "__main__":
    main()
