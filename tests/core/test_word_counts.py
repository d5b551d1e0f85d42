"""The word counts script repair reads are jieba's, for the words where they matter.

``reader/data/word_counts.txt`` holds the two-character words of jieba's dictionary
that contain a character whose traditional form depends on the word it is in (历 in
历史 and 年历), or that is a traditional surname too (余, 范), with jieba's counts.
Run this file to write it again: ``python tests/core/test_word_counts.py``.
"""

from __future__ import annotations

import re
import sys
from importlib import resources

from reader import paths
from reader.core.cleaning import ALSO_TRADITIONAL, _word_frequencies
from reader.core.convert import converter

HEADER = """\
# Two-character words of jieba's dictionary (MIT licence) whose characters take a
# traditional form that depends on the word (历史/年历: 歷/曆), or are traditional
# surnames too (余, 范, 涂), with the dictionary's count of each (simplified script).
# Script repair reads them to pick a character's form; made by
# tests/core/test_word_counts.py, which checks them against the dictionary.
"""


def derive() -> dict[str, int]:
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    counts = {w: int(n) for w, n in re.findall(r"(?m)^(\S\S) (\d+)", text)}
    s2tw = converter("s2tw")
    varying = set(ALSO_TRADITIONAL)
    for word in counts:
        out = s2tw.convert(word)
        if len(out) == 2:
            varying |= {c for k, c in enumerate(word) if out[k] != s2tw.convert(c)}
    return {w: n for w, n in counts.items() if set(w) & varying}


def test_the_word_counts_are_the_dictionary_s() -> None:
    assert _word_frequencies() == derive()


if __name__ == "__main__":
    lines = [f"{w} {n}" for w, n in sorted(derive().items())]
    paths.data_file("word_counts.txt").write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    sys.exit(0)
