"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_client_profile_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_profile'))
    )
    op.create_table('supplier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('siren', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('siret', sqlmodel.sql.sqltypes.AutoString(length=14), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('website', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('certifications', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("siren IS NULL OR (length(siren) = 9 AND siren NOT GLOB '*[^0-9]*')", name=op.f('ck_supplier_siren')),
    sa.CheckConstraint("siret IS NULL OR (length(siret) = 14 AND siret NOT GLOB '*[^0-9]*')", name=op.f('ck_supplier_siret')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_supplier_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier')),
    sa.UniqueConstraint('name', name=op.f('uq_supplier_name'))
    )
    op.create_table('committee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('cotech', 'copil', 'costrat', 'codir', 'other', name='committee_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'minutes_sent', name='committee_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('review_period', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_committee_duration_positive')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_committee_supplier_id_supplier'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee'))
    )
    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('side', sa.Enum('client', 'supplier', name='side', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("side = 'client' OR supplier_id IS NOT NULL", name=op.f('ck_contact_supplier_side_has_supplier')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_contact_name_not_blank')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_contact_supplier_id_supplier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('contract',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sa.Enum('atu', 'atg', 'fixed_price', 'service_center', 'managed_services', 'tma', 'maintenance', 'saas', name='contract_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('commitment', sa.Enum('means', 'results', name='commitment', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('initial_duration_months', sa.Integer(), nullable=False),
    sa.Column('renewal', sa.Enum('none', 'tacit', 'express', name='renewal', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('renewal_period_months', sa.Integer(), nullable=False),
    sa.Column('notice_period_months', sa.Integer(), nullable=False),
    sa.Column('annual_amount', sa.Float(), nullable=False),
    sa.Column('annual_budget', sa.Float(), nullable=True),
    sa.Column('daily_rate', sa.Float(), nullable=True),
    sa.Column('unit_price', sa.Float(), nullable=True),
    sa.Column('penalty_cap_percent', sa.Float(), nullable=True),
    sa.Column('has_evolution_clause', sa.Boolean(), nullable=False),
    sa.Column('has_reversibility_clause', sa.Boolean(), nullable=False),
    sa.Column('has_penalty_clause', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'active', 'renewal_due', 'reversibility', 'ended', name='contract_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint('annual_amount IS NULL OR annual_amount >= 0', name=op.f('ck_contract_annual_amount_not_negative')),
    sa.CheckConstraint('annual_budget IS NULL OR annual_budget >= 0', name=op.f('ck_contract_annual_budget_not_negative')),
    sa.CheckConstraint('daily_rate IS NULL OR daily_rate >= 0', name=op.f('ck_contract_daily_rate_not_negative')),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= start_date', name=op.f('ck_contract_end_after_start')),
    sa.CheckConstraint('initial_duration_months > 0', name=op.f('ck_contract_duration_positive')),
    sa.CheckConstraint('notice_period_months >= 0', name=op.f('ck_contract_notice_not_negative')),
    sa.CheckConstraint('penalty_cap_percent IS NULL OR penalty_cap_percent <= 100', name=op.f('ck_contract_penalty_cap_at_most_100')),
    sa.CheckConstraint('penalty_cap_percent IS NULL OR penalty_cap_percent >= 0', name=op.f('ck_contract_penalty_cap_percent_not_negative')),
    sa.CheckConstraint('renewal_period_months >= 0', name=op.f('ck_contract_renewal_period_not_negative')),
    sa.CheckConstraint('unit_price IS NULL OR unit_price >= 0', name=op.f('ck_contract_unit_price_not_negative')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_contract_supplier_id_supplier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('reference', name=op.f('uq_contract_reference'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=True),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('side', sa.Enum('client', 'supplier', name='side', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('priority', sa.Enum('low', 'normal', 'high', 'critical', name='priority', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', 'cancelled', name='action_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint('closed_on IS NULL OR closed_on >= created_on', name=op.f('ck_action_closed_after_created')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_action_title_not_blank')),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_action_committee_id_committee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_action_contract_id_contract'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['contact.id'], name=op.f('fk_action_owner_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_action_supplier_id_supplier'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_agenda_item_committee_id_committee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('committee_id', 'position', name=op.f('uq_agenda_item_committee_id_position'))
    )
    op.create_table('committee_contract',
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_committee_contract_committee_id_committee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_committee_contract_contract_id_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('committee_id', 'contract_id', name=op.f('pk_committee_contract'))
    )
    with op.batch_alter_table('committee_contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_contract_contract_id'), ['contract_id'], unique=False)

    op.create_table('committee_participant',
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('attendance', sa.Enum('invited', 'present', 'excused', 'absent', name='attendance', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_committee_participant_committee_id_committee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_committee_participant_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('committee_id', 'contact_id', name=op.f('pk_committee_participant'))
    )
    with op.batch_alter_table('committee_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_participant_contact_id'), ['contact_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_decision_committee_id_committee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('committee_id', 'position', name=op.f('uq_decision_committee_id_position'))
    )
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sa.Enum('service_level', 'budget', 'satisfaction', 'client_inputs', 'advice', 'resources', name='indicator_category', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('direction', sa.Enum('higher', 'lower', name='direction', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('alert_threshold', sa.Float(), nullable=True),
    sa.Column('frequency', sa.Enum('weekly', 'monthly', 'quarterly', name='frequency', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('contractual', sa.Boolean(), nullable=False),
    sa.Column('penalty_kind', sa.Enum('none', 'fixed', 'percent', name='penalty_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('penalty_amount', sa.Float(), nullable=True),
    sa.Column('penalty_percent', sa.Float(), nullable=True),
    sa.Column('measured_side', sa.Enum('client', 'supplier', name='side', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.CheckConstraint('length(trim(code)) > 0', name=op.f('ck_indicator_code_not_blank')),
    sa.CheckConstraint('penalty_amount IS NULL OR penalty_amount >= 0', name=op.f('ck_indicator_penalty_amount_not_negative')),
    sa.CheckConstraint('penalty_percent IS NULL OR penalty_percent >= 0', name=op.f('ck_indicator_penalty_percent_not_negative')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_indicator_contract_id_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('contract_id', 'code', name=op.f('uq_indicator_contract_id_code'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_contract_id'), ['contract_id'], unique=False)

    op.create_table('invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('days_billed', sa.Float(), nullable=True),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sa.Enum('received', 'validated', 'disputed', name='invoice_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.CheckConstraint('amount IS NULL OR amount >= 0', name=op.f('ck_invoice_amount_not_negative')),
    sa.CheckConstraint('days_billed IS NULL OR days_billed >= 0', name=op.f('ck_invoice_days_billed_not_negative')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_invoice_contract_id_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_contract_id'), ['contract_id'], unique=False)

    op.create_table('reversibility_milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.Enum('preparation', 'knowledge_transfer', 'shadowing', 'reverse_shadowing', 'documentation', 'cutover', 'acceptance', name='reversibility_phase', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('deliverable', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'cancelled', name='milestone_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('pv_signed', sa.Boolean(), nullable=False),
    sa.Column('pv_signed_on', sa.Date(), nullable=True),
    sa.CheckConstraint('actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start', name=op.f('ck_reversibility_milestone_actual_end_after_start')),
    sa.CheckConstraint('planned_end >= planned_start', name=op.f('ck_reversibility_milestone_planned_end_after_start')),
    sa.CheckConstraint('pv_signed_on IS NULL OR pv_signed', name=op.f('ck_reversibility_milestone_pv_date_needs_pv')),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_reversibility_milestone_contract_id_contract'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['contact.id'], name=op.f('fk_reversibility_milestone_owner_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reversibility_milestone'))
    )
    with op.batch_alter_table('reversibility_milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reversibility_milestone_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reversibility_milestone_owner_id'), ['owner_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sa.Enum('entered', 'imported', name='measurement_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement')),
    sa.UniqueConstraint('indicator_id', 'period', name=op.f('uq_measurement_indicator_id_period'))
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_period'), ['period'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurement_period'))

    op.drop_table('measurement')
    with op.batch_alter_table('reversibility_milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reversibility_milestone_owner_id'))
        batch_op.drop_index(batch_op.f('ix_reversibility_milestone_contract_id'))

    op.drop_table('reversibility_milestone')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_contract_id'))

    op.drop_table('invoice')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_contract_id'))

    op.drop_table('indicator')
    op.drop_table('decision')
    with op.batch_alter_table('committee_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_participant_contact_id'))

    op.drop_table('committee_participant')
    with op.batch_alter_table('committee_contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_contract_contract_id'))

    op.drop_table('committee_contract')
    op.drop_table('agenda_item')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_action_owner_id'))
        batch_op.drop_index(batch_op.f('ix_action_due_date'))
        batch_op.drop_index(batch_op.f('ix_action_contract_id'))
        batch_op.drop_index(batch_op.f('ix_action_committee_id'))

    op.drop_table('action')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_supplier_id'))

    op.drop_table('contract')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_supplier_id'))

    op.drop_table('contact')
    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_committee_starts_at'))

    op.drop_table('committee')
    op.drop_table('supplier')
    op.drop_table('client_profile')
