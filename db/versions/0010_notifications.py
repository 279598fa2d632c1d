"""notifications: notices to recipients (one of a kind per parcel stay and day), consent register

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03 17:10:00

Issue 20. ``notice`` holds every pickup notice, reminder and held reminder of a parcel stay;
the unique key (stay_id, kind, day) lets the database decide between two PCs (or a clerk and the
automatic reminder) that would send the same notice twice in a day. ``consent`` is the X-7
register, append-only: the newest entry per phone speaks.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('provider_ref', sa.String(length=64), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_try_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['stay_id'], ['wh_stay.id'], name=op.f('fk_notice_stay_id_wh_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice')),
    sa.UniqueConstraint('stay_id', 'kind', 'day', name='uq_notice_stay_kind_day')
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_day'), ['day'], unique=False)
        batch_op.create_index('ix_notice_phone_day', ['phone', 'day'], unique=False)
        batch_op.create_index('ix_notice_status_next_try_at', ['status', 'next_try_at'],
                              unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=16), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index('ix_consent_phone_recorded_at', ['phone', 'recorded_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index('ix_consent_phone_recorded_at')
    op.drop_table('consent')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_status_next_try_at')
        batch_op.drop_index('ix_notice_phone_day')
        batch_op.drop_index(batch_op.f('ix_notice_day'))
    op.drop_table('notice')
