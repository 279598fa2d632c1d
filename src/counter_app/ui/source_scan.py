"""PySide6 reads the source of every Python module imported after it (issue 18 §4).

shiboken's import hook (``shibokensupport.feature``, PYSIDE-2029) asks whether each new module
uses PySide6 by calling ``inspect.getsource`` on it, which keeps every line of every module in
``linecache``: about 700 files, 29 MB, held for the life of the desk, and read at start-up. The
question is answered the same way here from the file's bytes, which are not kept; anything
that is not a plain ``.py`` file still goes to PySide6's own check.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def lighten_source_scan() -> None:
    """Replace the hook's source check (once) and drop the lines it has kept so far."""
    import PySide6.QtCore  # noqa: F401 - makes shiboken load its feature module

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "counter_app", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.counter_app = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
