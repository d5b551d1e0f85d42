"""Offset maps: spans land on the same characters on both sides of a replacement."""

from __future__ import annotations

import pytest

from reader.core.offsets import OffsetMap

# src "ab内存cd" → dst "ab記憶體cd": one segment grows from 2 to 3 characters.
GROW = OffsetMap([(2, 4, 2, 5)])
# src "創(chuàng)業" → dst "創業": a deletion.
DELETE = OffsetMap([(1, 10, 1, 1)])


@pytest.mark.parametrize(
    ("omap", "span", "expected"),
    [
        pytest.param(GROW, (0, 2), (0, 2), id="before the segment"),
        pytest.param(GROW, (2, 4), (2, 5), id="the whole segment"),
        pytest.param(GROW, (3, 4), (2, 5), id="inside widens to the segment"),
        pytest.param(GROW, (4, 6), (5, 7), id="after the segment shifts"),
        pytest.param(DELETE, (0, 1), (0, 1), id="before a deletion"),
        pytest.param(DELETE, (10, 11), (1, 2), id="after a deletion"),
        pytest.param(DELETE, (0, 11), (0, 2), id="across a deletion"),
    ],
)
def test_span_to_dst(omap: OffsetMap, span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert omap.span_to_dst(*span) == expected


@pytest.mark.parametrize(
    ("omap", "span", "expected"),
    [
        pytest.param(GROW, (2, 5), (2, 4), id="segment back"),
        pytest.param(GROW, (5, 7), (4, 6), id="after back"),
        pytest.param(DELETE, (0, 2), (0, 11), id="across a deletion, back"),
        pytest.param(DELETE, (1, 2), (10, 11), id="the character after a deletion"),
    ],
)
def test_span_to_src(omap: OffsetMap, span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert omap.span_to_src(*span) == expected


def test_identity() -> None:
    assert OffsetMap().identity and OffsetMap().to_dst(7) == 7
    assert not GROW.identity
