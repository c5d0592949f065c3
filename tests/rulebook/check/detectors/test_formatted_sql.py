"""DATA-07 formatted-sql: formatted SQL fragments that ruff's S608 does not see."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "formatted-sql"


def test_formatted_fragments_passed_to_sql_calls_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import sqlalchemy as sa
        from sqlalchemy import literal_column, text

        def search(session, conn, cursor, name: str, sort: str, limit: int):
            session.scalars(select(User).where(text(f"name = '{name}'")))  # [DATA-07]
            select(User).order_by(text("lower(" + sort + ")"))  # [DATA-07]
            select(literal_column("'%s'" % name))  # [DATA-07]
            conn.exec_driver_sql("LIMIT {}".format(limit))  # [DATA-07]
            Order.objects.extra(where=[f"ref = '{name}'"])  # [DATA-07]
            where = f"name = '{name}'"
            sa.text(where)  # [DATA-07]
        """,
    )


def test_whole_statements_are_left_to_s608() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import text

        def find(session, cursor, name: str):
            sql = f"SELECT email FROM users WHERE name = '{name}'"
            session.scalars(text(sql))
            cursor.execute("DELETE FROM users WHERE name = '%s'" % name)
        """,
    )


def test_bound_parameters_constants_and_identifier_statements_are_not_reported() -> (
    None
):
    assert_detects(
        NAME,
        """
        from sqlalchemy import text

        def run(session, conn, cursor, name: str, level: str, ident: str):
            session.execute(text("SELECT 1 WHERE name = :name"), {"name": name})
            text("name = " + ":name")
            cursor.execute("UPDATE t SET a = %s", (name,))
            cursor.execute(f"SET TRANSACTION ISOLATION LEVEL {level}")
            conn.exec_driver_sql("DROP DATABASE %s" % ident)
            statement = f"{prefix}{ident}"
            conn.exec_driver_sql(statement)
            message = f"hello {name}"
            logger.info(message)
            text(name)
        """,
    )


def test_only_the_last_assignment_before_the_call_counts() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import text

        def run(session, name: str):
            clause = f"name = '{name}'"
            clause = "name = :name"
            session.scalars(select(User).where(text(clause)))
            clause = f"name = '{name}'"
        """,
    )


def test_django_raw_sql_fragments() -> None:
    assert_detects(
        NAME,
        """
        from django.db import connection
        from django.db.models.expressions import RawSQL

        def search(name, sort, since):
            Customer.objects.raw(  # a whole statement: ruff's S608 reports it
                f"SELECT * FROM crm_customer WHERE name = '{name}'"
                f" ORDER BY {sort}"
            )
            Customer.objects.raw("WITH recent AS (%s) SELECT 1" % since)  # [DATA-07]
            Customer.objects.annotate(rank=RawSQL(f"score * {sort}", []))  # [DATA-07]
            Customer.objects.extra(select={"late": "due < '%s'" % since})  # [DATA-07]
            where = "name = '" + name + "'"
            Customer.objects.extra(where=[where])  # [DATA-07]
            with connection.cursor() as cursor:
                cursor.execute("WITH x AS ({}) SELECT 1".format(since))  # [DATA-07]
        """,
    )


def test_django_bound_parameters_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.db import connection
        from django.db.models.expressions import RawSQL

        def search(name, since):
            Customer.objects.raw("SELECT * FROM crm_customer WHERE name = %s", [name])
            Customer.objects.annotate(late=RawSQL("due < %s", (since,)))
            Customer.objects.extra(where=["name = %s"], params=[name])
            with connection.cursor() as cursor:
                cursor.execute("SELECT id FROM crm_customer WHERE name = %s", [name])
        """,
    )
