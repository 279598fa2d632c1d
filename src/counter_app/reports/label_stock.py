"""The pickup label's stock on this PC's Qt print path (issue 15 §2): 60 × 40 mm or 40 × 30 mm.

A print setting of the pickup-label document kind (``ui.printing.PrintSetups``), chosen once
per PC; ``render_pickup_labels_pdf`` draws the chosen stock when its caller names none. Kept
apart from the renderer so the setting is read at start-up without importing reportlab
(issue 18 §4). The raw TSPL/ZPL path has its own sizes (``raw_labels.LABEL_SIZES``).
"""

from __future__ import annotations

PICKUP_LABEL_SIZES: dict[str, tuple[float, float]] = {"60x40": (60.0, 40.0),
                                                      "40x30": (40.0, 30.0)}
"""Width and height in mm of each stock, by name."""
DEFAULT_PICKUP_LABEL = "60x40"

_chosen = DEFAULT_PICKUP_LABEL


def choose_pickup_label_size(name: str) -> str:
    """Make ``name`` the stock printed from now on (an unknown name: the default); returns the
    stock chosen."""
    global _chosen
    _chosen = name if name in PICKUP_LABEL_SIZES else DEFAULT_PICKUP_LABEL
    return _chosen


def pickup_label_size() -> str:
    """The stock chosen on this PC."""
    return _chosen
