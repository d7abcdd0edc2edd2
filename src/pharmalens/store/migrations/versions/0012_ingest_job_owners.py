"""Which server process owns each ingest job, so that a job left queued or running by a process
that died can be told from one still in hand (interfaces/job_owners.py) and reported `interrupted`.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("ingest_jobs", sa.Column("owner", sa.String(), nullable=True))
    op.create_index("ix_ingest_jobs_status", "ingest_jobs", ["status"])


def downgrade() -> None:
    op.drop_index("ix_ingest_jobs_status", table_name="ingest_jobs")
    with op.batch_alter_table("ingest_jobs") as batch:
        batch.drop_column("owner")
