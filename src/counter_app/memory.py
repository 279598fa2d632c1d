"""Give memory back after a large job (issue 18 §4: memory after printing a long statement).

A long print or report leaves its page objects and pdfium's buffers freed but held by the
allocators: Python's collector runs when it next counts enough new objects, and glibc keeps
freed heap pages for reuse. After such a job, :func:`release_memory` collects now and asks
glibc to return its free pages to the system (``malloc_trim``), so the desk's resident size
falls back instead of keeping the job's high-water mark for the rest of the day.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_memory() -> None:
    """Collect garbage now and return glibc's free heap pages to the system (elsewhere only
    the collection: Windows' heap gives back on its own)."""
    gc.collect()
    if (libc := _libc()) is not None:
        libc.malloc_trim(0)
