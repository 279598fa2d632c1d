"""「第 x 页 共 y 页」 on every page: a reportlab canvas that holds the pages back until the end."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


def fit_size(text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to ``size`` at which ``text`` fits on one line of ``width``."""
    natural = pdfmetrics.stringWidth(text, font, size)
    if natural <= width:
        return size
    return int(size * width / natural * 10) / 10  # round down so it surely fits


def numbered_canvas(
    font: str, page_size: tuple[float, float], running: str, margin: float
) -> type:
    """A canvas class for ``doc.build(canvasmaker=…)``: the page number and total centred at
    the foot of every page, and ``running`` at the top of every page after the first (page 1
    carries the full header block; a loose later page still says what it belongs to)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = page_size
            self.saveState()
            self.setFillColor(colors.black)
            if number > 1:
                self.setFont(font, fit_size(running, font, 8, width - 2 * margin))
                self.drawString(margin, height - 9 * mm, running)
            self.setFont(font, 8)
            self.drawCentredString(width / 2, 7 * mm, f"第 {number} 页 共 {total} 页")
            self.restoreState()

    return NumberedCanvas
