"""DATA-04 empty-downgrade: Alembic revisions whose downgrade does nothing."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "empty-downgrade"


def test_pass_in_a_revision_downgrade_is_reported() -> None:
    assert_detects(
        NAME,
        """
        from alembic import op

        revision = "7c41e2a9b0d3"

        def upgrade() -> None:
            op.create_table("refunds")

        def downgrade() -> None:
            pass  # [DATA-04]
        """,
    )


def test_docstring_and_ellipsis_only_are_reported() -> None:
    assert_detects(
        NAME,
        '''
        revision: str = "7c41e2a9b0d3"

        def upgrade():
            op.create_table("refunds")

        def downgrade():
            """Nothing to do."""  # [DATA-04]
            ...
        ''',
    )


def test_real_and_raising_downgrades_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from alembic import op

        def upgrade() -> None:
            op.create_table("refunds")

        def downgrade() -> None:
            op.drop_table("refunds")
        """,
    )
    assert_detects(
        NAME,
        """
        from alembic import op

        def upgrade() -> None:
            op.drop_column("orders", "legacy_ref")

        def downgrade() -> None:
            raise NotImplementedError("the dropped column's data is gone")
        """,
    )


def test_a_downgrade_outside_a_revision_is_not_reported() -> None:
    assert_detects(
        NAME,
        """
        def upgrade() -> None:
            plan.bump()

        def downgrade() -> None:
            pass
        """,
    )
