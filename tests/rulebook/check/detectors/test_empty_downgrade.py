"""DATA-04 empty-downgrade: empty Alembic downgrades, Django steps with no reverse."""

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


def test_django_operations_without_a_reverse() -> None:
    assert_detects(
        NAME,
        """
        from django.db import migrations
        from django.db.migrations import RunPython

        def copy_refunds(apps, schema_editor): ...

        class Migration(migrations.Migration):
            dependencies = [("shop", "0001_initial")]
            operations = [
                migrations.RunPython(copy_refunds),  # [DATA-04]
                RunPython(code=copy_refunds, reverse_code=None),  # [DATA-04]
                migrations.RunSQL("ALTER INDEX a RENAME TO b"),  # [DATA-04]
                migrations.RunPython(migrations.RunPython.noop),  # [DATA-04]
            ]
        """,
        path="shop/migrations/0002_refunds.py",
    )


def test_django_operations_with_a_reverse_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.db import migrations

        def copy_refunds(apps, schema_editor): ...
        def restore_flags(apps, schema_editor): ...
        def cannot_undo(apps, schema_editor):
            raise migrations.IrreversibleError("the flags are gone; restore a backup")

        class Migration(migrations.Migration):
            operations = [
                migrations.RunPython(copy_refunds, reverse_code=restore_flags),
                migrations.RunPython(copy_refunds, restore_flags),
                migrations.RunPython(copy_refunds, migrations.RunPython.noop),
                migrations.RunPython(copy_refunds, cannot_undo),
                migrations.RunSQL("ALTER INDEX a RENAME TO b", "ALTER INDEX b TO a"),
                migrations.RunSQL(sql="SELECT 1", reverse_sql=migrations.RunSQL.noop),
                migrations.RunPython(**options),
            ]
        """,
        path="shop/migrations/0002_refunds.py",
    )
