"""Read-only QTableWidget lists keyed by their first column (staff, couriers, receipts …)."""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, NamedTuple

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]],
               keys: list[object]) -> None:
    """Replace the table's content; ``keys[i]`` is stored on row i's first cell."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    # on a refill the last column was just sized to its contents; the header stretches it
    # again only when the flag changes, so toggle it
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)


def show_rows(table: QTableWidget, headers: list[str], rows: list[list[str]], keys: list[object],
              *, wrap_last: bool = False) -> None:
    """``fill_table``, with the last column filling the width (wrapped for long texts such as
    a timeline's 'what'), also when the table is filled again."""
    fill_table(table, headers, rows, keys)
    if not headers:
        return
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    if wrap_last:
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()
    else:
        header.resizeSection(len(headers) - 1, header.minimumSectionSize())
        header.setStretchLastSection(True)


def selected_key(table: QTableWidget) -> object | None:
    """The key of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


class Row(NamedTuple):
    """One row of a :class:`KeyedRows` table: its identity, its place, its texts and the value
    stored on its first cell (what :func:`selected_key` returns)."""

    key: Hashable
    sort: tuple[Any, ...]
    cells: list[str]
    data: object


class KeyedRows(QObject):
    """A read-only table whose rows are known by key and kept in order of a sort key, changed
    row by row (issue 21 §5: after a scan the deadline board and the problem list update the
    scanned parcel's rows instead of refilling 3,000 of them).

    :meth:`put` and :meth:`remove` change one row; :meth:`replace` compares a whole new list
    with what is shown and removes, updates or inserts only the rows that differ. Changes are
    applied in slices of at most ``SLICE_MS`` of GUI time, the rest on the next turns of the
    event loop, so a long list never freezes the window; changes queued meanwhile are applied
    after it, in order. ``settled`` is emitted when nothing is left to apply.

    Signals:
        settled()
    """

    settled = Signal()
    SLICE_MS = 12

    def __init__(self, table: QTableWidget, *, wrap_last: bool = False) -> None:
        """Manage ``table`` (emptied here)."""
        super().__init__(table)
        self._table = table
        self._wrap = wrap_last
        self._keys: list[Hashable] = []  # row keys in row order
        self._sorts: list[tuple[Any, ...]] = []  # their sort keys, ascending
        self._cells: dict[Hashable, list[str]] = {}
        self._queue: deque[Iterator[None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self.applied = 0  # rows inserted, updated or removed (tests, benchmarks)
        table.setRowCount(0)
        table.horizontalHeader().setResizeContentsPrecision(200)
        if wrap_last:
            table.setWordWrap(True)

    # --- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        """Rows shown."""
        return len(self._keys)

    def keys(self) -> list[Hashable]:
        """Row keys in row order."""
        return list(self._keys)

    @property
    def busy(self) -> bool:
        """Changes are still being applied."""
        return bool(self._queue)

    # --- changing --------------------------------------------------------------------------
    def set_headers(self, headers: list[str]) -> None:
        """Column titles (and count); the last column takes the rest of the width."""
        table = self._table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        if headers and self._wrap:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)

    def put(self, row: Row) -> None:
        """Insert the row at its place, or update it where it is."""
        self._enqueue(self._put(row))

    def remove(self, key: Hashable) -> None:
        """Remove the row of ``key`` (nothing if there is none)."""
        self._enqueue(self._remove_key(key))

    def remove_where(self, test: Callable[[Hashable], bool]) -> None:
        """Remove every row whose key passes ``test`` (tested when the change is applied)."""
        self._enqueue(self._remove_where(test))

    def replace(self, rows: Iterable[Row]) -> None:
        """Show exactly ``rows``, changing only the rows that differ."""
        self._enqueue(self._replace(sorted(rows, key=lambda r: r.sort)))

    # --- applying --------------------------------------------------------------------------
    def _enqueue(self, change: Iterator[None]) -> None:
        self._queue.append(change)
        if len(self._queue) == 1:
            self._run()

    def _run(self) -> None:
        clock = QElapsedTimer()
        clock.start()
        while self._queue:
            try:
                next(self._queue[0])
            except StopIteration:
                self._queue.popleft()
                continue
            if clock.elapsed() >= self.SLICE_MS:
                self._timer.start(0)
                return
        self.settled.emit()

    def _fit_columns(self) -> None:
        table = self._table
        if not table.columnCount():
            return
        last = table.columnCount() - 1
        for column in range(last):
            table.resizeColumnToContents(column)
        if not self._wrap:
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def _insert(self, pos: int, row: Row) -> None:
        table = self._table
        table.insertRow(pos)
        for column, text in enumerate(row.cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, row.data)
            table.setItem(pos, column, item)
        self._keys.insert(pos, row.key)
        self._sorts.insert(pos, row.sort)
        self._cells[row.key] = list(row.cells)
        if self._wrap:
            table.resizeRowToContents(pos)
        self.applied += 1

    def _update(self, pos: int, row: Row) -> None:
        table = self._table
        old = self._cells[row.key]
        for column, text in enumerate(row.cells):
            if column >= len(old) or old[column] != text:
                item = table.item(pos, column)
                if item is None:
                    table.setItem(pos, column, QTableWidgetItem(text))
                else:
                    item.setText(text)
        first = table.item(pos, 0)
        if first is not None:
            first.setData(Qt.ItemDataRole.UserRole, row.data)
        self._cells[row.key] = list(row.cells)
        if self._wrap:
            table.resizeRowToContents(pos)
        self.applied += 1

    def _remove_at(self, pos: int) -> None:
        self._table.removeRow(pos)
        key = self._keys.pop(pos)
        self._sorts.pop(pos)
        self._cells.pop(key, None)
        self.applied += 1

    def _put(self, row: Row) -> Iterator[None]:
        if row.key in self._cells:
            pos = self._keys.index(row.key)
            if self._sorts[pos] == row.sort:
                if self._cells[row.key] != row.cells:
                    self._update(pos, row)
                return
            self._remove_at(pos)
        self._insert(bisect.bisect_right(self._sorts, row.sort), row)
        if len(self._keys) == 1:
            self._fit_columns()
        yield from ()

    def _remove_key(self, key: Hashable) -> Iterator[None]:
        if key in self._cells:
            self._remove_at(self._keys.index(key))
        yield from ()

    def _remove_where(self, test: Callable[[Hashable], bool]) -> Iterator[None]:
        for pos in range(len(self._keys) - 1, -1, -1):
            if test(self._keys[pos]):
                self._remove_at(pos)
        yield from ()

    def _replace(self, rows: list[Row]) -> Iterator[None]:
        wanted = {row.key: row.sort for row in rows}
        # 1. rows gone, or whose place changed; what stays is then in the new list's order
        for pos in range(len(self._keys) - 1, -1, -1):
            key = self._keys[pos]
            if wanted.get(key) != self._sorts[pos]:
                self._remove_at(pos)
                yield
        # 2. one walk: a row already at its index is updated if it differs, else inserted
        for index, row in enumerate(rows):
            if index < len(self._keys) and self._keys[index] == row.key:
                if self._cells[row.key] != row.cells:
                    self._update(index, row)
                    yield
            else:
                self._insert(index, row)
                yield
        self._fit_columns()
