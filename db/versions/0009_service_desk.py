"""service desk: enquiries with reply deadlines, the notebook, complaints and claims

Revision ID: 0009_service_desk
Revises: 0008
Create Date: 2026-12-03 17:05:00

Issue 19 (CS-1, CS-2, CS-9, X-3): ``cs_enquiry`` holds each enquiry, its deadline fixed when it
was logged, and its answer (versioned: two PCs may answer the same enquiry); ``cs_note`` is the
desk's work notebook; ``cs_complaint`` (CS-6) and ``cs_claim`` (CS-7) and ``cs_problem``
(CS-4, outgoing problem parcels), each versioned; ``cs_pickup`` (CS-8). Plain tables, the same on SQLite and PostgreSQL.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cs_enquiry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('caller_kind', sa.String(length=16), nullable=False),
    sa.Column('caller_name', sa.String(length=40), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('caller_point', sa.String(length=60), nullable=False),
    sa.Column('sender_phone', sa.String(length=20), nullable=False),
    sa.Column('recipient_phone', sa.String(length=20), nullable=False),
    sa.Column('sender_address', sa.String(length=200), nullable=False),
    sa.Column('recipient_address', sa.String(length=200), nullable=False),
    sa.Column('question', sa.String(length=500), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=16), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('case', sa.String(length=24), nullable=False),
    sa.Column('checked', sa.Text(), nullable=False),
    sa.Column('answer', sa.String(length=500), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answered_by', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_enquiry')),
    )
    with op.batch_alter_table('cs_enquiry', schema=None) as batch_op:
        batch_op.create_index('ix_cs_enquiry_answered_at_due_at', ['answered_at', 'due_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_cs_enquiry_received_at'), ['received_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_cs_enquiry_waybill_no'), ['waybill_no'],
                              unique=False)
    op.create_table('cs_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=16), nullable=False),
    sa.Column('desk', sa.String(length=16), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_note')),
    )
    with op.batch_alter_table('cs_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_note_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cs_note_waybill_no'), ['waybill_no'], unique=False)
    op.create_table('cs_complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=16), nullable=False),
    sa.Column('caller_name', sa.String(length=40), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('content', sa.String(length=500), nullable=False),
    sa.Column('customer_evidence', sa.String(length=500), nullable=False),
    sa.Column('staff_evidence', sa.String(length=500), nullable=False),
    sa.Column('staff_member', sa.String(length=40), nullable=False),
    sa.Column('ruling', sa.String(length=12), nullable=False),
    sa.Column('solution', sa.String(length=500), nullable=False),
    sa.Column('fine', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('ruled_at', sa.DateTime(), nullable=True),
    sa.Column('ruled_by', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_complaint')),
    )
    with op.batch_alter_table('cs_complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_complaint_received_at'), ['received_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_cs_complaint_waybill_no'), ['waybill_no'],
                              unique=False)
    op.create_table('cs_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('claimed_on', sa.Date(), nullable=False),
    sa.Column('claimant_name', sa.String(length=40), nullable=False),
    sa.Column('claimant_phone', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('received_by', sa.String(length=16), nullable=False),
    sa.Column('settle_by', sa.Date(), nullable=False),
    sa.Column('offer', sa.String(length=8), nullable=False),
    sa.Column('amount', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('finance_by', sa.Date(), nullable=True),
    sa.Column('handed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_claim')),
    )
    with op.batch_alter_table('cs_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_claim_settle_by'), ['settle_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_cs_claim_waybill_no'), ['waybill_no'],
                              unique=False)
    op.create_table('cs_problem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=40), nullable=False),
    sa.Column('from_point', sa.String(length=60), nullable=False),
    sa.Column('message', sa.String(length=500), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=16), nullable=False),
    sa.Column('deadline', sa.DateTime(), nullable=False),
    sa.Column('actions', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_problem')),
    )
    with op.batch_alter_table('cs_problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_problem_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_cs_problem_waybill_no'), ['waybill_no'],
                              unique=False)
    op.create_table('cs_pickup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('taken_by', sa.String(length=16), nullable=False),
    sa.Column('caller_name', sa.String(length=40), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('courier_name', sa.String(length=40), nullable=False),
    sa.Column('not_before', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['courier.id'],
                            name=op.f('fk_cs_pickup_courier_id_courier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_pickup')),
    )
    with op.batch_alter_table('cs_pickup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cs_pickup_not_before'), ['not_before'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('cs_pickup')
    op.drop_table('cs_problem')
    op.drop_table('cs_claim')
    op.drop_table('cs_complaint')
    op.drop_table('cs_note')
    op.drop_table('cs_enquiry')
