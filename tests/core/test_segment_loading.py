"""jieba loads off the caller's thread: a reader that quits while it loads does not wait."""

from __future__ import annotations

import threading

from reader.core.segment import JiebaSegmenter


def test_a_cancelled_wait_gives_up_and_the_load_goes_on() -> None:
    segmenter = JiebaSegmenter()
    cancel = threading.Event()
    cancel.set()
    assert segmenter.wait_loaded(cancel) is False
    assert not segmenter.loaded
    assert segmenter.wait_loaded() is True
    assert segmenter.loaded
    assert [t.word for t in segmenter.tag("美国总统发表讲话")][:2] == ["美国", "总统"]


def test_the_load_never_keeps_the_program_alive() -> None:
    segmenter = JiebaSegmenter()
    cancel = threading.Event()
    cancel.set()
    segmenter.wait_loaded(cancel)
    loaders = [t for t in threading.enumerate() if t.name == "jieba-load" and t.is_alive()]
    assert loaders and all(t.daemon for t in loaders)
    segmenter.wait_loaded()
