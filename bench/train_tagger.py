"""Train the name tagger (src/reader/data/names.crfsuite) on the annotated articles.

Every gold file the evaluation scores in ``--set all`` teaches it: the seeds and
the sets already tuned on, never the newest (``eval_extract.HONEST``), which stay
the honest measure. Each occurrence of an actor's name or alias in the cleaned
text is labelled with the actor's type (person, org, place); the longest forms
are labelled first and never overlap. Takes a minute or two. After training,
raise ``EXTRACTOR_VERSION`` (``reader.core.analysis``) so cached results are redone.

    python bench/train_tagger.py [--leave-out SET,SET...] [--out PATH]

``--leave-out`` trains without some sets, to score the tagger on them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pycrfsuite

import eval_extract

LABELS = {"person": "PER", "org": "ORG"}


def labels(text: str, actors: list[dict]) -> list[str]:
    """BIO labels of the characters of ``text`` from the gold actors' forms."""
    forms = sorted(
        (
            (form, LABELS.get(a["type"], "LOC"))
            for a in actors
            for form in {a["name"], *a["aliases"]}
            if len(form) >= 2
        ),
        key=lambda f: -len(f[0]),
    )
    out = ["O"] * len(text)
    for form, label in forms:
        i = text.find(form)
        while i >= 0:
            span = range(i, i + len(form))
            if all(out[k] == "O" for k in span):
                out[i] = "B-" + label
                for k in span[1:]:
                    out[k] = "I-" + label
            i = text.find(form, i + 1)
    return out


def gold_files(leave_out: set[str]) -> list[Path]:
    folders = [eval_extract.GOLD_DIR]
    folders += [eval_extract.EXTRA_SETS[s] for s in eval_extract.IN_ALL if s not in leave_out]
    return [p for folder in folders for p in sorted(folder.glob("*.json"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", default="", help="sets not to train on, comma-separated")
    parser.add_argument(
        "--out", type=Path, default=eval_extract.ROOT / "src/reader/data/names.crfsuite"
    )
    args = parser.parse_args(argv)
    os.environ["READER_HOME"] = tempfile.mkdtemp(prefix="reader-train-")

    from reader.core import lexicon
    from reader.core.actors import prepared
    from reader.core.segment import tag_text
    from reader.core.tagger import features, read_offsets

    seg = prepared(None, lexicon.load())
    trainer = pycrfsuite.Trainer(verbose=False)
    files = gold_files({s for s in args.leave_out.split(",") if s})
    chars = 0
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = eval_extract.open_document(eval_extract.ROOT / gold["file"]).text
        tokens = tag_text(text, seg)
        offsets = read_offsets(tokens)
        every = labels(text, gold["actors"])
        trainer.append(features(tokens, offsets), [every[i] for i in offsets])
        chars += len(text)
    trainer.set_params(
        {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
    )
    t = time.perf_counter()
    trainer.train(str(args.out))
    print(
        f"{len(files)} articles, {chars:,} characters; trained in {time.perf_counter() - t:.0f} s;"
        f" {args.out.stat().st_size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
