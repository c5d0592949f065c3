"""The migration was only ever run forward; this is its first rollback."""

import add_refunds
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.exc import OperationalError

engine = sa.create_engine("sqlite://")
with engine.begin() as connection:
    connection.execute(sa.text("CREATE TABLE orders (id INTEGER PRIMARY KEY)"))
    with Operations.context(MigrationContext.configure(connection)):
        add_refunds.upgrade()
        print(sa.inspect(connection).get_table_names())
        #> ['orders', 'refunds']

        # An incident: roll the release back. The downgrade "succeeds" and the
        # version table moves back one revision, but the schema did not change...
        add_refunds.downgrade()
        print(sa.inspect(connection).get_table_names())
        #> ['orders', 'refunds']

        # ...so the fixed release, which runs the same upgrade again, cannot deploy.
        try:
            add_refunds.upgrade()
        except OperationalError as error:
            print(error.orig)
            #> table refunds already exists
