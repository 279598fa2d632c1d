"""driver notices: goods a courier reports, passed to the line-haul driver

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 20:00:00

Issue 19 (CS-8, 002 第六节 「业务员通知公司某客户处有货要取，要尽快通知驾驶员取货」):
``cs_driver_notice``, one row per notice, listed for the driver's run of ``run_day`` (indexed:
the run list reads one day). A plain table, the same on SQLite and PostgreSQL.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cs_driver_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('taken_by', sa.String(length=16), nullable=False),
    sa.Column('courier_name', sa.String(length=40), nullable=False),
    sa.Column('driver_id', sa.Integer(), nullable=True),
    sa.Column('driver_name', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('goods', sa.String(length=200), nullable=False),
    sa.Column('run_day', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['driver_id'], ['courier.id'],
                            name=op.f('fk_cs_driver_notice_driver_id_courier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_driver_notice')),
    )
    with op.batch_alter_table('cs_driver_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_driver_notice_run_day'), ['run_day'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('cs_driver_notice')
