"""The pickup label's stock on this PC's Qt print path (issue 15 §2): 60 × 40 mm or 40 × 30 mm.

A print setting of the pickup-label document kind (``ui.printing.PrintSetups.label_stock``),
chosen once per PC and passed to ``render_pickup_labels_pdf`` by the desk that prints. Kept
apart from the renderer so the setting is read at start-up without importing reportlab
(issue 18 §4). The raw TSPL/ZPL path has its own sizes (``raw_labels.LABEL_SIZES``).
"""

from __future__ import annotations

PICKUP_LABEL_SIZES: dict[str, tuple[float, float]] = {"60x40": (60.0, 40.0),
                                                      "40x30": (40.0, 30.0)}
"""Width and height in mm of each stock, by name."""
DEFAULT_PICKUP_LABEL = "60x40"


def known_stock(name: str) -> str:
    """``name`` when it is a stock, else the default (a settings file from another version)."""
    return name if name in PICKUP_LABEL_SIZES else DEFAULT_PICKUP_LABEL
