"""lean rows: drop the indexes no query uses

Revision ID: 0011_lean_rows
Revises: 0008
Create Date: 2026-12-03 17:30:00

Issue 21 §4 (bytes per parcel): every index was checked against the queries that use it.
``ix_scan_journal_source`` served no WHERE (the per-scanner totals read the whole journal and
group it anyway); ``ix_scan_journal_at`` and ``ix_audit_log_at`` served only the nightly
purge, which now finds old rows through the primary key (rows are appended in time order);
``ix_wh_event_waybill_no`` is replaced by the stays' waybill index (a
waybill's timeline is the events of its stays, ``ix_wh_event_stay_id``; a partial index
keeps the events without a stay findable by number). The search index of
migration 0008 is queried and stays.
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_scan_journal_source', table_name='scan_journal')
    op.drop_index('ix_scan_journal_at', table_name='scan_journal')
    op.drop_index('ix_audit_log_at', table_name='audit_log')
    op.drop_index('ix_wh_event_waybill_no', table_name='wh_event')
    # events without a stay (none written today) keep a lookup by number, for them alone
    op.create_index('ix_wh_event_stayless_waybill_no', 'wh_event', ['waybill_no'],
                    sqlite_where=sa.text('stay_id IS NULL'),
                    postgresql_where=sa.text('stay_id IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_wh_event_stayless_waybill_no', table_name='wh_event')
    op.create_index('ix_wh_event_waybill_no', 'wh_event', ['waybill_no'], unique=False)
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_scan_journal_at', 'scan_journal', ['at'], unique=False)
    op.create_index('ix_scan_journal_source', 'scan_journal', ['source'], unique=False)
