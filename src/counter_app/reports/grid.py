"""A long list table drawn straight on the canvas (issue 18 §3).

reportlab's ``Table`` builds a cell object, a style entry and a measured size for every cell and
re-measures the whole remainder at every page break: a 6,370-row statement took 9.5 s. A list
table of the station's forms is simpler: one line of text per cell (shrunk to fit, wrapped only
when shrinking is not enough), a grid, a shaded header. ``GridTable`` measures each cell once,
keeps the row heights as running sums, splits at a page break by bisection (no copy of the
rows) and draws a page's rows as one text object and one path of grid lines.

It looks like the ``Table`` it replaces (the same paddings, shades, lines and leading), repeats
its header rows on every page it continues on, and keeps the total row under the last entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

LEADING = 12.0
"""reportlab's cell leading for text cells (FONTSIZE does not change it)."""
_TOKENS = re.compile(r"[!-~]+|\s|.")
"""Line-break units: a run of ASCII stays whole; a CJK character may break anywhere."""


@dataclass(frozen=True)
class Style:
    """How the table looks; every form's list table uses the same one (form_layout)."""

    font: str
    size: float = 9.0
    min_size: float = 6.5
    pad_x: float = 3.0
    pad_y: float = 2.5
    grid: float = 0.5
    box: float = 1.0
    total_rule: float = 1.2
    head_shade: Any = None
    total_shade: Any = None
    heading_shade: Any = None
    heading_size: float = 11.0
    """The shades are reportlab colours (form_layout passes the house shades)."""


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``; no character but spaces is lost."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if stringWidth(line + token, font, size) <= width:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        if token.isspace():
            continue
        for char in token:
            if line and stringWidth(line + char, font, size) > width:
                lines.append(line)
                line = ""
            line += char
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class _Cell:
    """A cell that is not one line at the style's size: its size and lines."""

    __slots__ = ("lines", "size")

    def __init__(self, size: float, lines: list[str]) -> None:
        self.size = size
        self.lines = lines


class _Rows:
    """Measured rows: texts, the odd cells, heights and their running sums."""

    def __init__(self, rows: Sequence[Sequence[str]], widths: list[float], style: Style,
                 size: float | None = None, pad_y: float | None = None) -> None:
        size = style.size if size is None else size
        pad_y = style.pad_y if pad_y is None else pad_y
        self.texts = rows
        self.odd: dict[tuple[int, int], _Cell] = {}
        font = style.font
        inner = [w - 2 * style.pad_x for w in widths]
        plain = LEADING + 2 * pad_y
        heights: list[float] = []
        for r, values in enumerate(rows):
            height = plain
            for c, text in enumerate(values):
                if not text:
                    continue
                natural = stringWidth(text, font, size)
                if natural <= inner[c]:
                    if size != style.size:
                        self.odd[(r, c)] = _Cell(size, [text])
                    continue
                fitted = int(size * inner[c] / natural * 10) / 10
                if fitted >= style.min_size:
                    self.odd[(r, c)] = _Cell(fitted, [text])
                    continue
                lines = wrap_text(text, font, style.min_size, inner[c])
                self.odd[(r, c)] = _Cell(style.min_size, lines)
                height = max(height, len(lines) * style.min_size * 1.2 + 2 * pad_y)
            heights.append(height)
        self.heights = heights
        self.cum = [0.0, *accumulate(heights)]
        self.size = size


@dataclass(frozen=True)
class _Part:
    """One kind of row group: shade, alignment per column, spans the whole width or not."""

    rows: _Rows
    align: tuple[str, ...]
    shade: Any = None
    span: bool = False


class GridTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A list table: header rows (repeated on every page), entries, an optional total row.

    Args:
        header: the column header row (centred, shaded).
        rows: the entries' cells, already the printed text.
        widths: the column widths (points).
        style: the look.
        align: per column ``"L"``, ``"C"`` or ``"R"`` for the entries and the total.
        heading: a title row above the column header (spanning the width, darker), or none.
        total: the total row (shaded, under a heavier rule, never alone on a page), or none.
        empty: the text of the one spanning row shown when there are no entries.
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: list[float], style: Style, *, align: Sequence[str] = (),
                 heading: str | None = None, total: Sequence[str] | None = None,
                 empty: str = "（无）", section: bool = False) -> None:
        super().__init__()
        self.widths = widths
        self.style = style
        self.hAlign = "LEFT"
        ncols = len(widths)
        body_align = tuple(align) + ("L",) * (ncols - len(align))
        pad_y = 2.0 if section else style.pad_y
        head: list[_Part] = []
        if heading is not None:
            head.append(_Part(_Rows([[heading]], [sum(widths)], style, style.heading_size,
                                    pad_y), ("L",), style.heading_shade, span=True))
        head.append(_Part(_Rows([list(header)], widths, style, None, pad_y), ("C",) * ncols,
                          style.head_shade))
        self._head = head
        if rows:
            self._body = _Part(_Rows(rows, widths, style, None, pad_y), body_align)
        else:
            self._body = _Part(_Rows([[empty]], [sum(widths)], style, None, pad_y), ("C",),
                               span=True)
        self._total = (_Part(_Rows([list(total)], widths, style, None, pad_y), body_align,
                             style.total_shade) if total is not None else None)
        self._start = 0
        self._end = len(self._body.rows.heights)
        self._with_total = self._total is not None

    # --- platypus -------------------------------------------------------------------------

    def _head_height(self) -> float:
        return sum(part.rows.cum[-1] for part in self._head)

    def _height(self, start: int, end: int, with_total: bool) -> float:
        cum = self._body.rows.cum
        total = self._total.rows.cum[-1] if with_total and self._total is not None else 0.0
        return self._head_height() + cum[end] - cum[start] + total

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._height(self._start, self._end, self._with_total)
        return self.width, self.height

    def _copy(self, start: int, end: int, with_total: bool) -> GridTable:
        part = GridTable.__new__(GridTable)
        part.__dict__.update(self.__dict__)
        part.__dict__.pop("_postponed", None)  # platypus's mark on the whole, not the parts
        part._start, part._end, part._with_total = start, end, with_total
        return part

    def split(self, avail_width: float, avail_height: float) -> list[GridTable]:
        """The entries that fit in ``avail_height`` under the header, and the rest (with the
        header again); nothing when not even one entry fits."""
        cum = self._body.rows.cum
        room = avail_height - self._head_height() + cum[self._start]
        end = min(bisect_right(cum, room + 1e-6) - 1, self._end)
        if end >= self._end and self._with_total:
            end = self._end - 1  # the whole body fits but not the total: the last entry goes
        if end <= self._start:
            return []
        return [self._copy(self._start, end, False),
                self._copy(end, self._end, self._with_total)]

    # --- drawing --------------------------------------------------------------------------

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        width = sum(self.widths)
        parts: list[tuple[_Part, int, int]] = [(p, 0, len(p.rows.heights)) for p in self._head]
        parts.append((self._body, self._start, self._end))
        if self._with_total and self._total is not None:
            parts.append((self._total, 0, 1))
        xs = [0.0, *accumulate(self.widths)]
        top = self.height
        text = _Text(canv)
        rules: list[tuple[float, bool]] = []  # y of each row's bottom, and whether it spans
        total_top = None
        canv.saveState()
        y = top
        for part, start, end in parts:
            rows = part.rows
            if part is self._total:
                total_top = y
            for r in range(start, end):
                h = rows.heights[r]
                bottom = y - h
                if part.shade is not None:
                    canv.setFillColor(part.shade)
                    canv.rect(0, bottom, width, h, stroke=0, fill=1)
                for c, value in enumerate(rows.texts[r]):
                    if not value:
                        continue
                    odd = rows.odd.get((r, c))
                    size = odd.size if odd is not None else rows.size
                    lines = odd.lines if odd is not None else (value,)
                    left, right = (0.0, width) if part.span else (xs[c], xs[c + 1])
                    how = part.align[0] if part.span else part.align[c]
                    lead = size * 1.2 if len(lines) > 1 else size
                    base = (bottom + (h - lead * (len(lines) - 1) - size) / 2
                            + lead * (len(lines) - 1) + size * 0.18)
                    for line in lines:
                        x = left + style.pad_x
                        if how != "L":
                            w = stringWidth(line, style.font, size)
                            x = (right - style.pad_x - w if how == "R"
                                 else (left + right - w) / 2)
                        text.show(style.font, size, x, base, line)
                        base -= lead
                y = bottom
                rules.append((y, part.span))
        canv.setFillColor(colors.black)
        canv.drawText(text.obj)
        self._draw_grid(xs, top, rules, total_top)
        canv.restoreState()

    def _draw_grid(self, xs: list[float], top: float, rules: list[tuple[float, bool]],
                   total_top: float | None) -> None:
        """Row lines, column lines (one per run of rows that do not span), the total's rule
        and the frame."""
        canv, style = self.canv, self.style
        width = xs[-1]
        ops = [f"0 {y:.3f} m {width:.3f} {y:.3f} l" for y, _span in rules[:-1]]
        y, run_top = top, None
        for bottom, span in [*rules, (rules[-1][0], True)] if rules else []:
            if not span and run_top is None:
                run_top = y
            if span and run_top is not None:
                ops += [f"{x:.3f} {run_top:.3f} m {x:.3f} {y:.3f} l" for x in xs[1:-1]]
                run_top = None
            y = bottom
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(style.grid)
        if ops:
            canv.addLiteral("\n".join(ops) + " S")
        canv.setStrokeColor(colors.black)
        if total_top is not None:
            canv.setLineWidth(style.total_rule)
            canv.line(0, total_top, width, total_top)
        bottom = rules[-1][0] if rules else top
        canv.setLineWidth(style.box)
        canv.rect(0, bottom, width, top - bottom, stroke=1, fill=0)


class _Text:
    """One text object for a page of cells: each line placed with ``Tm`` and shown with the
    font's subset codes, the codes of a text already shown in the same state reused (a
    statement repeats its dates, places and clerks on every row)."""

    def __init__(self, canv: Any) -> None:
        self.obj = canv.beginText()
        self.size = 0.0
        cache = getattr(canv, "_grid_text_cache", None)
        if cache is None:
            cache = {}
            canv._grid_text_cache = cache
        self.cache: dict[tuple[Any, ...], tuple[str, Any]] = cache

    def show(self, font: str, size: float, x: float, y: float, line: str) -> None:
        obj = self.obj
        if size != self.size:
            obj.setFont(font, size, LEADING)
            self.size = size
        key = (font, size, obj._curSubset, line)
        hit = self.cache.get(key)
        if hit is None:
            hit = (obj._formatText(line), obj._curSubset)
            self.cache[key] = hit
        code, obj._curSubset = hit
        obj._code.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm {code}")
