"""AP-PY19 cli-writes-rows: CLI commands that write business data themselves."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "cli-writes-rows"


def test_argparse_command_changing_a_loaded_row() -> None:
    assert_detects(
        NAME,
        """
        import argparse
        from sqlalchemy.orm import Session

        def cli(argv: list[str], engine) -> None:
            args = argparse.ArgumentParser().parse_args(argv)
            with Session(engine) as session:
                customer = session.get_one(Customer, args.customer_id)
                customer.credit_cents += args.cents  # [AP-PY19]
                session.add(LedgerEntry(cents=0))  # [AP-PY19]
                session.commit()
        """,
    )


def test_click_and_typer_commands() -> None:
    assert_detects(
        NAME,
        """
        import click
        import typer
        from sqlalchemy import select, text, update
        from sqlalchemy.orm import Session

        app = typer.Typer()

        @click.command()
        def close_all() -> None:
            with SessionLocal() as s:
                s.execute(update(Account).values(closed=True))  # [AP-PY19]
                s.execute(text("DELETE FROM accounts"))  # [AP-PY19]
                s.execute(text("SELECT count(*) FROM accounts"))
                s.commit()

        @app.command()
        def rename(session: Session, new: str) -> None:
            for user in session.scalars(select(User)):
                user.name = new  # [AP-PY19]
        """,
    )


def test_django_management_command() -> None:
    assert_detects(
        NAME,
        """
        from django.core.management.base import BaseCommand

        class Command(BaseCommand):
            def handle(self, *args, **options):
                Order.objects.filter(status="new").update(status="void")  # [AP-PY19]
                order = Order.objects.get(pk=1)
                order.status = "paid"  # [AP-PY19]
                order.save()  # [AP-PY19]
                print(Order.objects.count())
        """,
    )


def test_commands_calling_the_core_and_read_only_reports_pass() -> None:
    assert_detects(
        NAME,
        """
        import argparse
        import click
        from sqlalchemy import func, select
        from sqlalchemy.orm import Session

        def cli(argv: list[str], engine) -> str:
            args = argparse.ArgumentParser().parse_args(argv)
            with Session(engine) as session:
                return str(grant_credit(session, args.customer_id, args.cents))

        @click.command()
        def report() -> None:
            with SessionLocal() as session:
                print(session.scalar(select(func.count()).select_from(Order)))

        def not_a_command(session: Session) -> None:
            session.add(Order())
        """,
    )
