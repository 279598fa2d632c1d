"""The desk's look: the base font and a tighter layout rhythm, so that every workspace with its
pages fits a 1366×768 counter screen with a Windows taskbar (usable height 728 px, issue 15)."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

BASE_POINT_SIZE = 11  # readable at arm's length on a 1366×768 counter screen (desk-ux §4)

# Layout metrics (px) where a .ui leaves them at the style's default: rows of a form 3 px apart,
# group boxes 4 px inside (Fusion's 6 and 9 cost a 14-row form about 80 px of height).
LAYOUT_METRICS = {
    QStyle.PixelMetric.PM_LayoutVerticalSpacing: 3,
    QStyle.PixelMetric.PM_LayoutTopMargin: 4,
    QStyle.PixelMetric.PM_LayoutBottomMargin: 4,
    QStyle.PixelMetric.PM_LayoutLeftMargin: 6,
    QStyle.PixelMetric.PM_LayoutRightMargin: 6,
}


FOCUS_COLOUR = QColor("#1565c0")


# The colours of a message line under a form: done, take care, refused (one place, every desk).
OK_STYLE = "color: #1b5e20;"
WARN_STYLE = "color: #9a6700;"
ERROR_STYLE = "color: #b00020;"


class DeskStyle(QProxyStyle):
    """Fusion with the desk's layout metrics and a focus ring one can see from the counter:
    a 2 px blue frame around the focused combo box (Fusion's is a faint tint) and a solid frame
    instead of the dotted focus rectangle of check boxes and buttons."""

    @override
    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (control == QStyle.ComplexControl.CC_ComboBox
                and option.state & QStyle.StateFlag.State_HasFocus):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()

    @override
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            painter.setPen(QPen(FOCUS_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    @override
    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if (value := LAYOUT_METRICS.get(metric)) is not None:
            return value
        return super().pixelMetric(metric, option, widget)


def apply_desk_look(app: QApplication) -> None:
    """Set the desk's style and base font on the application."""
    if not isinstance(app.style(), DeskStyle):
        app.setStyle(DeskStyle("Fusion"))
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
