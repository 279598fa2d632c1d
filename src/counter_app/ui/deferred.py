"""Report renderers imported on their first call (issue 18 §4).

reportlab, openpyxl, python-barcode and pdfium take about half of the desk's start-up to
import, and nothing is printed before someone has logged in. A workspace names a renderer as

    if TYPE_CHECKING:
        from counter_app.reports.intake_pdf import render_statement_pdf
    else:
        render_statement_pdf = deferred("counter_app.reports.intake_pdf", "render_statement_pdf")

so the type checker sees the real function and the module is imported when it is first used
(on whatever thread renders; importing is thread-safe).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def deferred(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for ``module.name`` that imports the module on its first call."""
    target: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not target:
            target.append(getattr(importlib.import_module(module), name))
        return target[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported on the first call."
    return call
