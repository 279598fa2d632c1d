"""Kill ``upgrade_to_head`` after each schema statement, then start again (issue 12 §3).

Run as a script by ``test_data_safety.py``: ``python upgrade_kill_driver.py TEMPLATE WORKDIR``.
For k = 1, 2, … it copies TEMPLATE, forks a child that upgrades the copy and SIGKILLs itself
right after the k-th statement that writes (DDL, INSERT, UPDATE, DELETE) has executed, then
upgrades the copy again in the parent, as the next start would, and checks it: the schema is
head and matches the models, and the station's rows are all there. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event

from counter_app.paths import migrations_dir
from counter_app.persistence.engine import make_engine
from counter_app.persistence.migrate import head_revision, upgrade_to_head
from counter_app.persistence.search_index import include_object
from counter_app.persistence.tables import Base

WRITES = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE")


def rows(db: Path) -> dict[str, int]:
    """Row counts of the tables that hold the station's data."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name IN "
            "('staff','station','station_setting','audit_log','courier','local_note')")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return counts


def kill_after(k: int) -> None:
    seen = 0

    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        nonlocal seen
        if statement.lstrip().upper().startswith(WRITES):
            seen += 1
            if seen == k:
                os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", after)


def main() -> int:
    template, work = Path(sys.argv[1]), Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    expected = rows(template) if template.stat().st_size else {}
    head = head_revision(migrations_dir())
    results: dict[str, Any] = {"killed": 0, "failures": [], "statements": 0}
    k = 0
    while True:
        k += 1
        db = work / f"k{k}.sqlite3"
        shutil.copy(template, db)
        pid = os.fork()
        if pid == 0:  # the child: upgrade until killed
            kill_after(k)
            engine = make_engine(f"sqlite:///{db}")
            upgrade_to_head(engine, migrations_dir(), work / f"b{k}")
            os._exit(0)  # finished: k is past the last statement
        _pid, status = os.waitpid(pid, 0)
        if not os.WIFSIGNALED(status):
            results["statements"] = k - 1
            break
        results["killed"] += 1
        engine = make_engine(f"sqlite:///{db}")  # the next start
        try:
            upgrade_to_head(engine, migrations_dir(), work / f"b{k}")
            with engine.connect() as conn:
                context = MigrationContext.configure(
                    conn, opts={"include_object": include_object})
                diff = [d for d in compare_metadata(context, Base.metadata)
                        # the station's own tables (local_*) are not in the models: kept
                        if not (d[0] == "remove_table" and d[1].name.startswith("local_"))]
                revision = MigrationContext.configure(conn).get_current_revision()
            engine.dispose()
            got = {t: n for t, n in rows(db).items() if t in expected}
            if diff or revision != head or got != expected:
                results["failures"].append({"k": k, "diff": len(diff), "rev": revision,
                                            "rows": got})
        except Exception as err:  # the point of the test: report, do not stop
            results["failures"].append({"k": k, "error": f"{type(err).__name__}: {err}"[:300]})
        backups = list((work / f"b{k}").glob("*.sqlite3")) if (work / f"b{k}").exists() else []
        results.setdefault("max_backups", 0)
        results["max_backups"] = max(results["max_backups"], len(backups))
        db.unlink()
        shutil.rmtree(work / f"b{k}", ignore_errors=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
