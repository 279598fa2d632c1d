"""Staff shown by name with the job number in brackets — 王丽（1001）— wherever a record keeps
only the job number (issue 15)."""

from __future__ import annotations

from collections.abc import Callable


class People:
    """Job number → "name（job）", from the staff names the service gives, cached until
    :meth:`refresh` (called when a workspace is shown)."""

    def __init__(self, names: Callable[[], dict[str, str]]) -> None:
        """``names`` is ``StaffService.names``."""
        self._source = names
        self._names: dict[str, str] | None = None

    def refresh(self) -> None:
        """Forget the cached names (they are read again when next needed)."""
        self._names = None

    def label(self, job_number: str | None) -> str:
        """"王丽（1001）"; a value that is not a job number (a name, "system", "") as it is."""
        if not job_number:
            return ""
        if self._names is None:
            self._names = self._source()
        name = self._names.get(job_number)
        return f"{name}（{job_number}）" if name else job_number
