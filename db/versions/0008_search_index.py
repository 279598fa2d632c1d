"""search index: trigrams of waybill numbers and recipients, bigrams of short names

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:50:00

Issue 18 §1: partial waybill numbers and names are found through an n-gram index instead of a
scan. SQLite: a contentless FTS5 table with the trigram tokenizer over (waybill_no, recipient,
grams), kept by triggers in the same transaction as the stay. PostgreSQL: pg_trgm GIN indexes.
Two-character Chinese names (trigrams need three characters) are found through ``grams``: the
name's bigrams, each between spaces (" 张伟 伟明 "), so "张伟" is searched as the 4-character
pattern "% 张伟 %", which the trigram index answers.
"""
import sys
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Names are at most 40 characters (wh_stay.recipient): positions 1..39 start a bigram.
_SERIES = " UNION ALL ".join(f"SELECT {n} AS n" for n in range(1, 40))


def _sqlite_grams(expr: str) -> str:
    return (f"(' ' || coalesce((SELECT group_concat(substr({expr}, s.n, 2), ' ') "
            f"FROM ({_SERIES}) AS s WHERE s.n < length({expr})), '') || ' ')")


def _progress(done: int, total: int) -> None:
    print(f"search index: {done:,} of {total:,} parcels", file=sys.stderr, flush=True)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE wh_stay_search USING fts5("
            "waybill_no, recipient, grams, content='', tokenize='trigram')")
        new, old = _sqlite_grams("new.recipient"), _sqlite_grams("old.recipient")
        op.execute(
            "CREATE TRIGGER wh_stay_search_insert AFTER INSERT ON wh_stay BEGIN "
            "INSERT INTO wh_stay_search(rowid, waybill_no, recipient, grams) "
            f"VALUES (new.id, new.waybill_no, new.recipient, {new}); END")
        op.execute(
            "CREATE TRIGGER wh_stay_search_delete AFTER DELETE ON wh_stay BEGIN "
            "INSERT INTO wh_stay_search(wh_stay_search, rowid, waybill_no, recipient, grams) "
            f"VALUES ('delete', old.id, old.waybill_no, old.recipient, {old}); END")
        op.execute(
            "CREATE TRIGGER wh_stay_search_update AFTER UPDATE OF waybill_no, recipient "
            "ON wh_stay BEGIN "
            "INSERT INTO wh_stay_search(wh_stay_search, rowid, waybill_no, recipient, grams) "
            f"VALUES ('delete', old.id, old.waybill_no, old.recipient, {old}); "
            "INSERT INTO wh_stay_search(rowid, waybill_no, recipient, grams) "
            f"VALUES (new.id, new.waybill_no, new.recipient, {new}); END")
        total = bind.execute(sa.text("SELECT count(*) FROM wh_stay")).scalar_one()
        last, done, step = 0, 0, 50_000
        while done < total:
            fill = _sqlite_grams("recipient")
            result = bind.execute(sa.text(
                "INSERT INTO wh_stay_search(rowid, waybill_no, recipient, grams) "
                f"SELECT id, waybill_no, recipient, {fill} FROM wh_stay "
                "WHERE id > :last ORDER BY id LIMIT :step"), {"last": last, "step": step})
            if not result.rowcount:
                break
            done += result.rowcount
            last = bind.execute(sa.text(
                "SELECT max(rowid) FROM wh_stay_search")).scalar_one()
            if total > step:
                _progress(done, total)
        return
    schema = _trgm_schema()
    op.execute(
        "CREATE FUNCTION wh_name_grams(name text) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE AS $$ SELECT ' ' || coalesce(string_agg(substr(name, i, 2), ' ' "
        "ORDER BY i), '') || ' ' FROM generate_series(1, length(name) - 1) AS i $$")
    total = bind.execute(sa.text("SELECT count(*) FROM wh_stay")).scalar_one()
    if total > 50_000:
        _progress(0, total)
    op.execute(f"CREATE INDEX ix_wh_stay_waybill_trgm ON wh_stay "
               f"USING gin (waybill_no {schema}.gin_trgm_ops)")
    op.execute(f"CREATE INDEX ix_wh_stay_recipient_trgm ON wh_stay "
               f"USING gin (recipient {schema}.gin_trgm_ops)")
    op.execute(f"CREATE INDEX ix_wh_stay_name_grams ON wh_stay "
               f"USING gin (wh_name_grams(recipient) {schema}.gin_trgm_ops)")
    if total > 50_000:
        _progress(total, total)


def _trgm_schema() -> str:
    """pg_trgm's schema: created in public when missing (a trusted extension since PG 13)."""
    bind = op.get_bind()
    find = sa.text("SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n "
                   "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")
    schema = bind.execute(find).scalar()
    if schema is None:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        schema = bind.execute(find).scalar_one()
    return '"' + str(schema).replace('"', '""') + '"'


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS wh_stay_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS wh_stay_search")
        return
    for index in ("ix_wh_stay_name_grams", "ix_wh_stay_recipient_trgm",
                  "ix_wh_stay_waybill_trgm"):
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.execute("DROP FUNCTION IF EXISTS wh_name_grams(text)")
