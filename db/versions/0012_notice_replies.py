"""notice replies: customers' SMS replies read from the provider's queue, stored once

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 19:50:00

Issue 20. ``notice_reply`` holds each up-going message (Aliyun SmsUp) once: the unique key on
the provider's message id makes a redelivered message (at-least-once queue) or two PCs reading
the same message store it once.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('notice_reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.Column('intent', sa.String(length=10), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('stays', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['wh_stay.id'],
                            name=op.f('fk_notice_reply_stay_id_wh_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_reply')),
    sa.UniqueConstraint('message_id', name='uq_notice_reply_message_id')
    )
    with op.batch_alter_table('notice_reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_reply_received_at'), ['received_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notice_reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_reply_received_at'))
    op.drop_table('notice_reply')
