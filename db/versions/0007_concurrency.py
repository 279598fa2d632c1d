"""concurrency (issue 13): one receipt batch per courier and day; version columns

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Duplicate batches already in the database (two PCs opened the same courier's day before this
index existed) are merged before the unique index is created: the oldest batch (lowest id)
keeps every receipt and set-aside of the others; it stays open if any of them was open (so the
night desk closes it once and prints one cover), otherwise it takes the latest close. Each
merge is written to the audit log (actor ``system``, action ``merge (0007)``) with the ids it
absorbed, so nothing disappears silently.
"""
import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ('station', 'station_setting', 'staff', 'courier', 'misroute_entry', 'wh_location')


def _merge_duplicate_batches() -> None:
    conn = op.get_bind()
    groups = conn.execute(sa.text(
        "SELECT courier_id, delivery_date FROM receipt_batch "
        "GROUP BY courier_id, delivery_date HAVING count(*) > 1")).all()
    for courier_id, delivery_date in groups:
        batches = conn.execute(sa.text(
            "SELECT id, closed_at, closed_by FROM receipt_batch "
            "WHERE courier_id = :c AND delivery_date = :d ORDER BY id"),
            {"c": courier_id, "d": delivery_date}).all()
        keeper, others = batches[0], batches[1:]
        ids = [b.id for b in others]
        for table in ('receipt', 'receipt_set_aside'):
            conn.execute(sa.text(f"UPDATE {table} SET batch_id = :k WHERE batch_id IN :ids")
                         .bindparams(sa.bindparam('ids', expanding=True)),
                         {"k": keeper.id, "ids": ids})
        if any(b.closed_at is None for b in batches):
            closed_at, closed_by = None, None
        else:
            last = max(batches, key=lambda b: b.closed_at)
            closed_at, closed_by = last.closed_at, last.closed_by
        conn.execute(sa.text("UPDATE receipt_batch SET closed_at = :at, closed_by = :by "
                             "WHERE id = :k"), {"at": closed_at, "by": closed_by, "k": keeper.id})
        conn.execute(sa.text("DELETE FROM receipt_batch WHERE id IN :ids")
                     .bindparams(sa.bindparam('ids', expanding=True)), {"ids": ids})
        conn.execute(sa.text(
            "INSERT INTO audit_log (at, actor_id, actor, entity, entity_id, action, after) "
            "VALUES (:at, NULL, 'system', 'receipt_batch', :k, 'merge (0007)', :after)"),
            {"at": datetime.now(), "k": str(keeper.id),
             "after": json.dumps({"merged_batches": ids})})


def upgrade() -> None:
    _merge_duplicate_batches()
    op.create_index('uq_receipt_batch_courier_day', 'receipt_batch',
                    ['courier_id', 'delivery_date'], unique=True)
    for table in VERSIONED:
        # a plain ALTER TABLE ADD COLUMN on both databases: batch mode would copy (drop and
        # recreate) tables that others reference, which SQLite's foreign keys refuse
        op.add_column(table, sa.Column('version', sa.Integer(), server_default=sa.text('1'),
                                       nullable=False))


def downgrade() -> None:
    for table in VERSIONED:
        # SQLite ≥ 3.35 drops a column in place; batch mode would copy tables that others
        # reference (staff, courier) while foreign keys are on.
        op.execute(f'ALTER TABLE {table} DROP COLUMN version')
    op.drop_index('uq_receipt_batch_courier_day', table_name='receipt_batch')
