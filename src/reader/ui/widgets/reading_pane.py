"""The reading pane: an article as wrapped lines, in any rendering, with highlights.

A line-based ``ScrollView`` (like toolong's ``LogLines``): the virtual height is
the number of wrapped lines, ``render_line`` draws one line, and LRU caches keep
the converted paragraphs, their line breaks and the drawn ``Strip``s. Only what
is on screen is converted and drawn.

Layout. Each paragraph is wrapped in terminal cells by ``reader.core.wrap``;
paragraphs are separated by one blank line and set in a column of at most
``measure`` cells, centred, with ``margin`` cells on either side. The number
of lines of every paragraph is known exactly for short documents. For long
ones (more than ``SYNC_CHARS`` characters) it starts as an estimate (the
previous rendering's counts, or the text's length), the paragraphs on screen
are laid out at once, and a thread worker counts the rest; when it is done
the pane re-anchors, so the top line stays where the reader left it.

Position. The reading position is the first character of the top line,
kept as (paragraph, offset) and re-applied after every change of rendering,
view, width or layout, never as a scroll fraction.

Safety. Article text is untrusted: it is never parsed as markup (lines are
built from ``Segment``s), and ``reader.core.wrap.visible`` shows control
characters and invisible format characters as symbols (ESC as ``␛``), one
symbol per character so offsets stay exact.

Selection. Segments carry Textual's ``offset`` metadata (character in line,
line), so mouse selection works and ``App.copy_text`` / ctrl+c copy the text
as shown: wrapped lines of a paragraph are joined without a break,
paragraphs are separated by a line break. ``selected_text()`` returns the same
text for key-driven copying.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from math import ceil
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.worker import get_current_worker

from reader.core.convert import CONFIGS, RENDERINGS, Rendered, converter, render
from reader.core.document import Document, Paragraph, split_paragraphs
from reader.core.offsets import OffsetMap
from reader.core.wrap import line_counts, text_width, visible, wrap

#: Documents up to this many characters are laid out completely at once.
SYNC_CHARS = 50_000

# Spaces a line may end with: they stay in its span but are not drawn.
_BREAK_SPACES = " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"

# Highlight groups from the lowest to the highest priority; a later style wins.
_GROUPS = ("mention", "quote", "search")


@dataclass
class _Layout:
    """Line counts of every paragraph for one (document, view, rendering, width)."""

    key: tuple[int, bool, str, int]
    counts: list[int]
    known: bytearray  # 1 where counts[i] is exact, 0 where it is an estimate
    starts: list[int]  # first line of each paragraph, plus one past the end

    @classmethod
    def build(cls, key: tuple[int, bool, str, int], counts: list[int], known: bytearray):
        layout = cls(key, counts, known, [])
        layout.restart()
        return layout

    def restart(self) -> None:
        """Recompute the line starts after counts changed."""
        self.starts = list(accumulate((c + 1 for c in self.counts), initial=0))

    @property
    def height(self) -> int:
        return max(0, self.starts[-1] - 1)

    def locate(self, y: int) -> tuple[int, int]:
        """Paragraph and line in it of virtual line ``y`` (line == count: the gap after)."""
        i = bisect_right(self.starts, y) - 1
        return i, y - self.starts[i]


@dataclass
class _Spans:
    """Highlight spans of a group in the view's text, sorted by start."""

    spans: list[tuple[int, int, bool]]  # start, end, is current
    starts: list[int]
    longest: int

    @classmethod
    def build(cls, spans: list[tuple[int, int, bool]]) -> _Spans:
        spans.sort()
        return cls(spans, [s for s, _, _ in spans], max((e - s for s, e, _ in spans), default=0))

    def within(self, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
        """Spans overlapping ``[start, end)``."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        for s, e, current in self.spans[lo:hi]:
            if e > start and s < end and e > s:
                yield s, e, current


class ReadingPane(ScrollView, can_focus=True):
    """Shows a document's paragraphs, wrapped, in one rendering, with highlights."""

    ALLOW_SELECT = True

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading-pane--furniture",
        "reading-pane--search",
        "reading-pane--search-current",
        "reading-pane--mention",
        "reading-pane--quote",
    }

    DEFAULT_CSS = """
    ReadingPane {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        /* A scrollbar that comes and goes would change the width and re-wrap. */
        overflow-y: scroll;
        & > .reading-pane--furniture { color: $text-muted; text-style: italic; }
        & > .reading-pane--search { background: $warning 35%; }
        & > .reading-pane--search-current { background: $warning; color: $background; }
        & > .reading-pane--mention { text-style: underline; }
        & > .reading-pane--quote { color: $accent; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "line_down", "Line down", id="reading_pane.line_down", show=False),
        Binding("k,up", "line_up", "Line up", id="reading_pane.line_up", show=False),
        Binding(
            "space,pagedown", "page_down", "Page down", id="reading_pane.page_down", show=False
        ),
        Binding("b,pageup", "page_up", "Page up", id="reading_pane.page_up", show=False),
        Binding(
            "ctrl+d",
            "half_page_down",
            "Half page down",
            id="reading_pane.half_page_down",
            show=False,
        ),
        Binding(
            "ctrl+u", "half_page_up", "Half page up", id="reading_pane.half_page_up", show=False
        ),
        Binding("g,home", "top", "Top", id="reading_pane.top", show=False),
        Binding("G,end", "bottom", "Bottom", id="reading_pane.bottom", show=False),
    ]

    measure: reactive[int] = reactive(80)
    """Maximum width of the text column in cells, for comfortable reading."""

    margin: reactive[int] = reactive(2)
    """Cells kept free on the left and on the right of the text."""

    @dataclass
    class PositionChanged(Message):
        """The top line of the pane now starts at ``offset`` in ``paragraph``.

        ``paragraph`` indexes ``Document.paragraphs`` and ``offset`` is a
        character offset in that (cleaned) paragraph, whatever the view and
        rendering; ``percent`` is how far down the document the pane is.
        """

        paragraph: int
        offset: int
        percent: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReadingPane.PositionChanged)

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._doc: Document | None = None
        self._generation = 0  # increases with every load, keys every cache
        self._rendering = "original"
        self._original_view = False
        self._paras: tuple[Paragraph, ...] = ()
        self._para_starts: list[int] = []
        self._clean_map = OffsetMap()
        self._layout: _Layout | None = None
        # (paragraph, offset in its untransformed text) at the top of the pane.
        self._anchor = (0, 0)
        self._restoring = False
        self._posted: tuple[int, int, int] | None = None
        self._highlights: dict[str, tuple[list[tuple[int, int]], int | None]] = {}
        self._view_spans: dict[str, _Spans] = {}
        self._hl_version = 0
        self._rendered: LRUCache[tuple, Rendered] = LRUCache(4096)
        self._wrapped: LRUCache[tuple, list[tuple[int, int]]] = LRUCache(4096)
        self._marks: LRUCache[tuple, list[tuple[int, int, str]]] = LRUCache(1024)
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)
        self._style: Style | None = None  # the pane's own style, cached for drawing

    # -- public API ---------------------------------------------------------

    @property
    def document(self) -> Document | None:
        """The document shown, if any."""
        return self._doc

    @property
    def rendering(self) -> str:
        """The rendering shown (one of ``reader.core.convert.RENDERINGS``)."""
        return self._rendering

    @property
    def original_view(self) -> bool:
        """Whether the original (uncleaned) text is shown."""
        return self._original_view

    def load(
        self,
        doc: Document,
        *,
        rendering: str = "original",
        original_view: bool = False,
        position: tuple[int, int] = (0, 0),
    ) -> None:
        """Show ``doc``; ``position`` is (paragraph index, offset in that paragraph)."""
        _check_rendering(rendering)
        self._doc = doc
        self._generation += 1
        self._rendering = rendering
        self._highlights.clear()
        self._view_spans.clear()
        self._layout = None
        self._posted = None
        self._clear_caches()
        self._clean_map = doc.cleaned.map
        self._set_view(original_view, self._cleaned_offset(position))
        if self._generation == 1:
            self.call_after_refresh(self._warm_converters)

    def set_rendering(self, rendering: str) -> None:
        """Switch to ``rendering``, keeping the top line's paragraph and character."""
        _check_rendering(rendering)
        if rendering == self._rendering:
            return
        self._rendering = rendering
        self._marks.clear()
        self._relayout()

    def set_original_view(self, on: bool) -> None:
        """Show the original text (``True``) or the cleaned text, keeping the position."""
        if self._doc is None or on == self._original_view:
            self._original_view = on
            return
        self._set_view(on, self._cleaned_offset(self.position))

    def set_highlights(
        self, group: str, spans: Sequence[tuple[int, int]], current: int | None = None
    ) -> None:
        """Highlight ``spans`` (offsets into ``Document.text``) as ``group``.

        ``group`` is ``"search"``, ``"mention"`` or ``"quote"``; ``current`` is
        the index of the span to show as the current one (search only).
        """
        if group not in _GROUPS:
            raise ValueError(f"unknown highlight group {group!r}; choose from {', '.join(_GROUPS)}")
        self._highlights[group] = (list(spans), current)
        self._map_highlights(group)
        self._highlights_changed()

    def clear_highlights(self, group: str) -> None:
        """Remove the highlights of ``group``."""
        if self._highlights.pop(group, None) is not None:
            self._view_spans.pop(group, None)
            self._highlights_changed()

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Bring the character at ``offset`` in ``Document.text`` into view."""
        layout = self._layout
        if self._doc is None or layout is None or not self._paras:
            return
        i, local = self._view_position(offset)
        self._make_exact(i)
        y = layout.starts[i] + self._line_of(i, local)
        height = self.scrollable_content_region.height
        if center:
            target = y - height // 2
        elif self.scroll_offset.y <= y < self.scroll_offset.y + height:
            return
        else:
            target = y - min(2, height // 4)
        self.scroll_to(y=max(0, target), animate=False)

    @property
    def position(self) -> tuple[int, int]:
        """(paragraph, offset) of the top line's first character in ``Document.paragraphs``."""
        if self._doc is None or not self._doc.paragraphs:
            return (0, 0)
        i, local = self._anchor
        if not self._original_view:
            return (i, local)
        original = self._paras[i].start + local if i < len(self._paras) else len(self._doc.original)
        cleaned = self._clean_map.to_dst(original)
        para = self._doc.paragraph_at(cleaned)
        return para.index, min(max(0, cleaned - para.start), len(para.text))

    @property
    def layout_exact(self) -> bool:
        """Whether every paragraph's line count is known (not an estimate).

        Long documents and rendering switches are counted in the background;
        until then the scrollbar and ``percent`` are close estimates.
        """
        return self._layout is not None and all(self._layout.known)

    @property
    def percent(self) -> int:
        """How far down the document the pane is, 0–100."""
        top = self.max_scroll_y
        if top <= 0:
            return 100 if self._layout is not None and self._layout.height else 0
        return round(100 * min(self.scroll_offset.y, top) / top)

    def rendered_text(self, start: int, end: int) -> str:
        """``Document.text[start:end]`` as currently rendered and drawn."""
        doc = self._doc
        if doc is None or end <= start or not doc.paragraphs:
            return ""
        parts = []
        for para in doc.paragraphs[doc.paragraph_at(start).index :]:
            if para.start >= end:
                break
            lo, hi = max(start, para.start) - para.start, min(end, para.end) - para.start
            if hi <= lo:
                continue
            if self._original_view:
                rendered = render(para.text, self._rendering)
            else:
                rendered = self._rendered_para(para.index)
            a, b = rendered.map.span_to_dst(lo, hi)
            parts.append(visible(rendered.text[a:b]))
        return "\n".join(parts)

    def selected_text(self) -> str | None:
        """The text selected with the mouse, as shown, or None."""
        selection = self.text_selection
        if selection is None:
            return None
        extracted = self.get_selection(selection)
        return extracted[0] if extracted else None

    # -- Textual hooks ------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._columns
        line = self.scroll_offset.y + y
        layout = self._layout
        if layout is None or line >= layout.height:
            return Strip.blank(width, self.rich_style)
        selection = self.text_selection
        key = (layout.key, self._hl_version, width, line)
        if selection is None and (cached := self._strips.get(key)) is not None:
            return cached
        strip = self._draw(layout, line, width, selection)
        if selection is None:
            self._strips[key] = strip
        return strip

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        layout = self._layout
        if layout is None or not self._paras:
            return None
        first = (0, 0) if selection.start is None else self._point(*selection.start)
        last = (
            (len(self._paras) - 1, len(self._rendered_para(len(self._paras) - 1).text))
            if selection.end is None
            else self._point(*selection.end)
        )
        parts = []
        for i in range(first[0], last[0] + 1):
            text = self._rendered_para(i).text
            lo = first[1] if i == first[0] else 0
            hi = last[1] if i == last[0] else len(text)
            parts.append(visible(text[lo:hi]))
        return "\n".join(parts), "\n"

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style = None
        self._strips.clear()

    def _warm_converters(self) -> None:
        # OpenCC takes tens of milliseconds to load each dictionary set, holding
        # the interpreter: load them once the first text is on screen, so that
        # neither the first frame nor the first switch of rendering waits.
        self.run_worker(
            lambda: [converter(config) for config in CONFIGS.values()],
            thread=True,
            group="reading-pane-warm",
            description="load the OpenCC converters",
        )

    def on_resize(self) -> None:
        self._strips.clear()
        self._relayout()
        self._settle()  # a taller pane shows more paragraphs

    def watch_measure(self) -> None:
        self._relayout()

    def watch_margin(self) -> None:
        self._strips.clear()
        self._relayout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._layout is None:
            return
        self._settle()
        if not self._restoring:
            self._anchor = self._top_anchor()
        self._post_position()

    # -- actions ------------------------------------------------------------

    def _scroll_lines(self, lines: int) -> None:
        self.scroll_to(y=max(0, self.scroll_offset.y + lines), animate=False)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_line_down(self) -> None:
        self._scroll_lines(1)

    def action_line_up(self) -> None:
        self._scroll_lines(-1)

    def action_page_down(self) -> None:
        self._scroll_lines(self._page())

    def action_page_up(self) -> None:
        self._scroll_lines(-self._page())

    def action_half_page_down(self) -> None:
        self._scroll_lines(max(1, self.scrollable_content_region.height // 2))

    def action_half_page_up(self) -> None:
        self._scroll_lines(-max(1, self.scrollable_content_region.height // 2))

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    # -- views and positions ------------------------------------------------

    def _set_view(self, original_view: bool, cleaned_offset: int) -> None:
        doc = self._doc
        assert doc is not None
        self._original_view = original_view
        self._paras = split_paragraphs(doc.original) if original_view else doc.paragraphs
        self._para_starts = [p.start for p in self._paras]
        self._layout = None
        for group in self._highlights:
            self._map_highlights(group)
        self._marks.clear()
        self._anchor = self._view_position(cleaned_offset) if self._paras else (0, 0)
        self._relayout()

    def _cleaned_offset(self, position: tuple[int, int]) -> int:
        """Offset in ``Document.text`` of a (paragraph, offset) position."""
        paragraphs = self._doc.paragraphs if self._doc else ()
        if not paragraphs:
            return 0
        index, offset = position
        para = paragraphs[min(max(0, index), len(paragraphs) - 1)]
        return para.start + min(max(0, offset), len(para.text))

    def _view_position(self, cleaned_offset: int) -> tuple[int, int]:
        """View paragraph and offset in its text of a ``Document.text`` offset."""
        offset = self._clean_map.to_src(cleaned_offset) if self._original_view else cleaned_offset
        i = max(0, bisect_right(self._para_starts, offset) - 1)
        para = self._paras[i]
        return i, min(max(0, offset - para.start), len(para.text))

    def _top_anchor(self) -> tuple[int, int]:
        layout = self._layout
        if layout is None or not self._paras:
            return (0, 0)
        i, k = layout.locate(self.scroll_offset.y)
        lines = self._wrap_para(i)
        if k >= len(lines):
            return (i + 1, 0) if i + 1 < len(self._paras) else (i, len(self._paras[i].text))
        return i, self._rendered_para(i).map.to_src(lines[k][0])

    def _line_of(self, i: int, local: int) -> int:
        """Line of paragraph ``i`` holding offset ``local`` of its untransformed text."""
        offset = self._rendered_para(i).map.to_dst(local)
        lines = self._wrap_para(i)
        return max(0, bisect_right([s for s, _ in lines], offset) - 1)

    def _post_position(self) -> None:
        if self._doc is None:
            return
        paragraph, offset = self.position
        state = (paragraph, offset, self.percent)
        if state != self._posted:
            self._posted = state
            self.post_message(self.PositionChanged(*state))

    # -- layout -------------------------------------------------------------

    @property
    def _columns(self) -> int:
        """Cells across the pane, not counting its scrollbar."""
        return self.scrollable_content_region.width

    def _text_width(self) -> int:
        return max(1, min(self.measure, self._columns - 2 * self._margin()))

    def _margin(self) -> int:
        # A pane too narrow for its margins gives them up before the text.
        return max(0, min(self.margin, (self._columns - 2) // 2))

    def _relayout(self) -> None:
        """Lay the document out for the current view, rendering and width."""
        if self._doc is None or self._columns <= 0:
            return
        width = self._text_width()
        key = (self._generation, self._original_view, self._rendering, width)
        old = self._layout
        if old is not None and old.key == key:
            return
        n = len(self._paras)
        if old is not None and old.key[:2] == key[:2] and old.key[3] == width:
            # Another rendering of the same text: its line breaks are nearly
            # always the same (same-shape text wraps alike), so the old counts
            # stand until the paragraphs are converted, those on screen first.
            layout = _Layout.build(key, list(old.counts), bytearray(n))
        elif sum(len(p.text) for p in self._paras) <= SYNC_CHARS:
            counts = [len(self._wrap_para(i, key)) for i in range(n)]
            layout = _Layout.build(key, counts, bytearray(b"\x01" * n))
        else:
            counts = [max(1, ceil(2 * len(p.text) / width)) for p in self._paras]
            layout = _Layout.build(key, counts, bytearray(n))
        if not all(layout.known):
            # After the next paint, so the first screen does not wait for the GIL.
            self.call_after_refresh(self._count_in_background, key)
        self._layout = layout
        self._strips.clear()
        self._restore()

    def _restore(self) -> None:
        """Put the anchor back on the top line after the layout changed."""
        layout = self._layout
        if layout is None:
            return
        self.virtual_size = Size(self._columns, layout.height)
        if self._paras:
            i, local = self._anchor
            self._make_exact(i)
            y = layout.starts[i] + self._line_of(i, local)
            self._restoring = True
            try:
                self.scroll_to(y=y, animate=False)
            finally:
                self._restoring = False
        self._settle()
        self.refresh()
        self._post_position()

    def _settle(self) -> None:
        """Make the line counts of the paragraphs on screen exact."""
        layout = self._layout
        if layout is None or all(layout.known):
            return
        top = self.scroll_offset.y
        bottom = top + max(1, self.scrollable_content_region.height)
        i, _ = layout.locate(top)
        y = layout.starts[i]
        changed = False
        while i < len(layout.counts) and y < bottom:
            if not layout.known[i]:
                count = len(self._wrap_para(i))
                layout.known[i] = 1
                changed |= count != layout.counts[i]
                layout.counts[i] = count
            y += layout.counts[i] + 1
            i += 1
        if changed:
            layout.restart()
            self._strips.clear()
            self.virtual_size = Size(self._columns, layout.height)

    def _make_exact(self, i: int) -> None:
        layout = self._layout
        if layout is None or layout.known[i]:
            return
        count = len(self._wrap_para(i))
        layout.known[i] = 1
        if count != layout.counts[i]:
            layout.counts[i] = count
            layout.restart()
            self._strips.clear()
            self.virtual_size = Size(self._columns, layout.height)

    def _count_in_background(self, key: tuple) -> None:
        """Count the lines of every paragraph in a thread, then apply the counts."""
        layout = self._layout
        if layout is None or layout.key != key:
            return
        paras, rendering, width = self._paras, key[2], key[3]

        def count() -> None:
            worker = get_current_worker()
            # Counting needs the converted text, not render()'s offset map,
            # which is the slow part where a phrase changes length.
            if rendering == "original":
                texts = (p.text for p in paras)
            else:
                convert = converter(CONFIGS[rendering]).convert
                texts = (convert(p.text) for p in paras)
            counts = line_counts(texts, width, lambda: worker.is_cancelled)
            if counts is not None and not worker.is_cancelled:
                self.app.call_from_thread(self._apply_counts, key, counts)

        # An explicit description: Textual would otherwise repr every paragraph.
        self.run_worker(
            count,
            thread=True,
            exclusive=True,
            group="reading-pane-layout",
            description="count the lines of the document",
        )

    def _apply_counts(self, key: tuple, counts: list[int]) -> None:
        layout = self._layout
        if layout is None or layout.key != key:
            return
        self._layout = _Layout.build(key, counts, bytearray(b"\x01" * len(counts)))
        self._strips.clear()
        self._restore()

    # -- paragraphs ---------------------------------------------------------

    def _rendered_para(self, i: int) -> Rendered:
        key = (self._generation, self._original_view, self._rendering, i)
        rendered = self._rendered.get(key)
        if rendered is None:
            rendered = render(self._paras[i].text, self._rendering)
            self._rendered[key] = rendered
        return rendered

    def _wrap_para(self, i: int, key: tuple | None = None) -> list[tuple[int, int]]:
        if key is None:
            assert self._layout is not None
            key = self._layout.key
        cache_key = (*key, i)
        lines = self._wrapped.get(cache_key)
        if lines is None:
            lines = wrap(self._rendered_para(i).text, key[3])
            self._wrapped[cache_key] = lines
        return lines

    def _clear_caches(self) -> None:
        self._rendered.clear()
        self._wrapped.clear()
        self._marks.clear()
        self._strips.clear()

    # -- highlights ---------------------------------------------------------

    def _map_highlights(self, group: str) -> None:
        spans, current = self._highlights[group]
        mapped = []
        for n, (start, end) in enumerate(spans):
            if self._original_view:
                start, end = self._clean_map.span_to_src(start, end)
            mapped.append((start, end, n == current))
        self._view_spans[group] = _Spans.build(mapped)

    def _highlights_changed(self) -> None:
        self._hl_version += 1
        self._marks.clear()
        self._strips.clear()
        self.refresh()

    def _para_marks(self, i: int) -> list[tuple[int, int, str]]:
        """Highlights of paragraph ``i`` as (start, end, component) in its rendered text."""
        key = (self._generation, self._original_view, self._rendering, self._hl_version, i)
        marks = self._marks.get(key)
        if marks is not None:
            return marks
        marks = []
        para = self._paras[i]
        rendered = self._rendered_para(i)
        for group in _GROUPS:
            spans = self._view_spans.get(group)
            if spans is None:
                continue
            for s, e, current in spans.within(para.start, para.end):
                lo = max(s, para.start) - para.start
                hi = min(e, para.end) - para.start
                a, b = rendered.map.span_to_dst(lo, hi)
                name = f"{group}-current" if current and group == "search" else group
                marks.append((a, b, f"reading-pane--{name}"))
        self._marks[key] = marks
        return marks

    # -- drawing ------------------------------------------------------------

    def _point(self, x: int, y: int) -> tuple[int, int]:
        """Paragraph and offset in its rendered text of a selection offset."""
        layout = self._layout
        assert layout is not None
        y = min(max(0, y), max(0, layout.height - 1))
        i, k = layout.locate(y)
        lines = self._wrap_para(i)
        if k >= len(lines):
            return i, len(self._rendered_para(i).text)
        start, end = lines[k]
        return i, start + min(max(0, x), end - start)

    def _draw(self, layout: _Layout, line: int, width: int, selection: Selection | None) -> Strip:
        base = self._base_style()
        i, k = layout.locate(line)
        lines = self._wrap_para(i)
        if k >= len(lines):
            blank = Segment(" " * width, base + _meta(0, line))
            strip = Strip([blank], width)
            if selection is not None and selection.get_span(line) is not None:
                strip = Strip([Segment(" " * width, base + self._selection_style())], width)
            return strip
        para = self._paras[i]
        if para.furniture is not None:
            base += self.get_component_rich_style("reading-pane--furniture", partial=True)
        start, end = lines[k]
        rendered = self._rendered_para(i)
        text = visible(rendered.text[start:end]).rstrip(_BREAK_SPACES)
        size = len(text)
        # Style layers as (from, to, style) in line coordinates, lowest first.
        layers: list[tuple[int, int, Style]] = []
        for a, b, component in self._para_marks(i):
            if a < start + size and b > start:
                style = self.get_component_rich_style(component, partial=True)
                layers.append((max(a, start) - start, min(b, start + size) - start, style))
        if selection is not None and (span := selection.get_span(line)) is not None:
            lo, hi = span
            hi = size if hi == -1 else hi
            lo, hi = min(max(0, lo), size), min(max(0, hi), size)
            if hi > lo:
                layers.append((lo, hi, self._selection_style()))
        cuts = sorted({0, size, *(p for a, b, _ in layers for p in (a, b))})
        used = text_width(text)
        margin = self._margin()
        left = margin + max(0, (width - 2 * margin - self._text_width()) // 2)
        segments = [Segment(" " * left, base + _meta(-left, line))]
        for a, b in pairwise(cuts):
            style = base
            for la, lb, layer in layers:
                if la <= a and b <= lb:
                    style += layer
            segments.append(Segment(text[a:b], style + _meta(a, line)))
        right = width - left - used
        if right > 0:
            segments.append(Segment(" " * right, base + _meta(size, line)))
        strip = Strip(segments)
        if strip.cell_length != width:
            strip = strip.crop_extend(0, width, base)
        return strip

    def _base_style(self) -> Style:
        if self._style is None:
            self._style = self.rich_style
        return self._style

    def _selection_style(self) -> Style:
        return self.screen.get_component_rich_style("screen--selection")


def _meta(x: int, y: int) -> Style:
    """Style metadata that tells Textual's selection which character a cell shows."""
    return Style.from_meta({"offset": (x, y)})


def _check_rendering(rendering: str) -> None:
    if rendering not in RENDERINGS:
        raise ValueError(f"unknown rendering {rendering!r}; choose from {', '.join(RENDERINGS)}")
