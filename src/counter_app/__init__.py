"""网点前台 — station counter & warehouse office."""

__version__ = "0.1.0"
