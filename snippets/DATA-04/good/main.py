"""Forward and rollback evidence: upgrade, downgrade, upgrade on a scratch database."""

from collections.abc import Callable

import add_refunds
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations


def run(connection: sa.Connection, step: Callable[[], None]) -> None:
    """Run one migration function with Alembic's `op` bound to `connection`."""
    with Operations.context(MigrationContext.configure(connection)):
        step()


def schema(connection: sa.Connection) -> dict[str, list[str]]:
    """Every table with the names of its indexes."""
    inspector = sa.inspect(connection)
    return {
        table: [str(index["name"]) for index in inspector.get_indexes(table)]
        for table in inspector.get_table_names()
    }


engine = sa.create_engine("sqlite://")
with engine.begin() as connection:
    connection.execute(sa.text("CREATE TABLE orders (id INTEGER PRIMARY KEY)"))
    before = schema(connection)
    print(before)
    #> {'orders': []}
    run(connection, add_refunds.upgrade)
    print(schema(connection))
    #> {'orders': [], 'refunds': ['ix_refunds_order_id']}
    run(connection, add_refunds.downgrade)
    print(schema(connection))
    #> {'orders': []}
    print(schema(connection) == before)
    #> True
    run(connection, add_refunds.upgrade)  # and forward again: the stairway test
    print(schema(connection))
    #> {'orders': [], 'refunds': ['ix_refunds_order_id']}
