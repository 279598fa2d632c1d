"""Issue 15 §2: the pickup label on the Qt print path (no raw label printer set) goes to the
printer as text and bars on paper of the label's own size, not scaled to A4."""

from __future__ import annotations

from pathlib import Path

from counter_app.domain.warehouse import Reason
from counter_app.services.app import AppServices
from tests.gui.test_printing import size_mm
from tests.gui.test_vector_printing import images_in, ink_difference, text_of
from tests.gui.test_warehouse_workspace import Clerk, lone, no, pickup, stock

__all__ = ["lone"]  # the fixture, imported to be found


def test_the_pickup_label_prints_as_vectors_at_its_own_size(
        qtbot, lone: Clerk, services: AppServices, printed_files: list[Path],
        tmp_path: Path) -> None:
    stock(services, lone, no(8), Reason.SELF_PICKUP, pickup())
    lone.ws.scan_in_panel._last_in = no(8)  # as a scan-in through the form leaves it
    lone.ws.scan_in_panel.print_label()  # labels print at once by default: no dialog
    assert lone.ws.ui.in_message_label.text() == f"Label of {no(8)} printed."
    (printed,) = printed_files
    stay = services.warehouse.lookup(lone.clerk, no(8)).open_stay
    assert stay is not None
    text = text_of(printed)
    assert stay.pickup_code in text
    assert no(8) in text.replace(" ", "")
    assert images_in(printed) == 0
    source = tmp_path / "label.pdf"
    source.write_bytes(lone.ws.scan_in_panel.last_print)
    assert size_mm(printed) == size_mm(source) == (60, 40)  # its own paper, not A4
    assert printed.stat().st_size < 40_000
    assert ink_difference(source, printed, dpi=200) < 0.02
