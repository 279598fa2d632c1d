"""Everything QtWidgets."""

from counter_app.ui.source_scan import lighten_source_scan

lighten_source_scan()
