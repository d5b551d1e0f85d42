"""Cached analysis: computed once per content, invalidated by alias edits, robust to bad entries."""

from __future__ import annotations

import threading

import pytest

from reader import paths
from reader.core import analysis
from reader.core.analysis import Analysis, Cancelled, analyse
from reader.core.document import build, open_document

TEXT = "標題\n外交部發言人毛寧表示：「中方堅決反對。」毛寧還說，美國應當停止施壓。\n"


def _entries() -> list:
    folder = paths.cache_dir() / "analysis"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_result_is_cached_and_reused() -> None:
    doc = build(TEXT)
    first = analyse(doc)
    assert len(_entries()) == 1
    again = analyse(build(TEXT))
    assert again == first
    assert any(a.name == "Mao Ning" for a in first.actors)


def test_cache_survives_a_round_trip_through_json() -> None:
    result = analyse(build(TEXT))
    assert Analysis.from_json(result.to_json()) == result


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param("", id="empty"),
        pytest.param("{not json", id="truncated"),
        pytest.param('{"actors": 3}', id="wrong-shape"),
    ],
)
def test_corrupt_cache_entry_is_ignored(damage: str) -> None:
    doc = build(TEXT)
    good = analyse(doc)
    (entry,) = _entries()
    entry.write_text(damage, encoding="utf-8")
    assert analyse(build(TEXT)) == good


def test_editing_the_user_alias_file_recomputes() -> None:
    text = "標題\n艾克米機器人週一表示：「我們會擴產。」\n"
    before = analyse(build(text))
    assert not any(a.name == "Acme Robotics" for a in before.actors)
    cfg = paths.config_dir()
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "aliases.tsv").write_text("Acme Robotics\torg\t艾克米機器人\n", encoding="utf-8")
    after = analyse(build(text))
    assert any(a.name == "Acme Robotics" for a in after.actors)
    assert [q.speaker for q in after.quotes] == ["Acme Robotics"]


def test_new_extractor_version_recomputes(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = build(TEXT)
    analyse(doc)
    monkeypatch.setattr(analysis, "EXTRACTOR_VERSION", analysis.EXTRACTOR_VERSION + 1)
    analyse(doc)
    assert len(_entries()) == 2


def test_cancelled_request_stops_early() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        analyse(build(TEXT), cancel)
    assert _entries() == []


def test_every_seed_analyses_with_offsets_in_the_text(seed_paths) -> None:
    for p in seed_paths:
        doc = open_document(p)
        result = analyse(doc)
        for actor in result.actors:
            assert actor.type in ("person", "org", "place")
            for m in actor.mentions:
                assert doc.text[m.start : m.end] == m.text
        for q in result.quotes:
            assert q.kind in ("speech", "term")


def test_jieba_cache_lives_in_the_cache_dir(seed_paths) -> None:
    from reader.core.segment import JiebaSegmenter

    seg = JiebaSegmenter()
    seg.load()
    assert (paths.cache_dir() / "jieba.cache").is_file()
