"""Add the refunds table.

Revision ID: 7c41e2a9b0d3
Revises: 2f9a0c6e1b57
"""

import sqlalchemy as sa
from alembic import op

revision = "7c41e2a9b0d3"
down_revision = "2f9a0c6e1b57"


def upgrade() -> None:
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("amount_cents", sa.Integer, nullable=False),
    )
    op.create_index("ix_refunds_order_id", "refunds", ["order_id"])


def downgrade() -> None:
    pass  # [DATA-04]
